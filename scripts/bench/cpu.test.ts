import { describe, expect, it } from "vitest";
import { cpuPerRequest, cpuSnapshot, parseProcessStat } from "./cpu";

describe("the benchmark's CPU accounting", () => {
  it("reads a process's parent and CPU time, whatever its command name holds", () => {
    // A worker named with spaces and a parenthesis: the fields are counted from the last ")".
    const line =
      "4242 (next-server (v1) x) S 4200 4200 4200 0 -1 4194560 1000 0 0 0 250 30 0 0 20 0 11 0 500 1000000 5000";
    expect(parseProcessStat(line)).toEqual({ pid: 4242, parentPid: 4200, command: "next-server (v1) x", cpuMs: 2800 });
    expect(parseProcessStat("garbage")).toBeNull();
  });

  it("divides the CPU used between two snapshots by the requests answered", () => {
    // Worker 11 started during the run; PostgreSQL backend 21 ended (its time is gone, not negative).
    const before = {
      app: new Map([[10, 1000]]),
      postgres: new Map([
        [20, 500],
        [21, 9000],
      ]),
      loadToolMs: 100,
    };
    const after = {
      app: new Map([
        [10, 2500],
        [11, 1500],
      ]),
      postgres: new Map([[20, 1100]]),
      loadToolMs: 160,
    };
    expect(cpuPerRequest(before, after, 60)).toEqual({ appMs: 50, postgresMs: 10, loadToolMs: 1 });
    expect(cpuPerRequest(null, after, 60)).toBeNull();
    expect(cpuPerRequest(before, after, 0)).toBeNull();
  });

  it.runIf(process.platform === "linux")("counts this process's own work as the load tool's", () => {
    const before = cpuSnapshot(process.pid);
    let spin = 0;
    for (let index = 0; index < 5e7; index += 1) spin += index % 3;
    const after = cpuSnapshot(process.pid);
    expect(spin).toBeGreaterThan(0);
    const used = cpuPerRequest(before, after, 1);
    expect(used?.loadToolMs).toBeGreaterThan(10);
    // Given as the server's process, it is counted in the app's time too (from /proc, in ticks of 10 ms).
    expect(used?.appMs).toBeGreaterThan(0);
  });
});
