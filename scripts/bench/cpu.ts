// Where a request's machine time goes: CPU time used during a load run by the app's server (its
// process and every descendant: the cluster's workers), by PostgreSQL (every `postgres` process)
// and by the load tool (this process), divided by the requests answered. On two shared cores the
// latency under load is mostly queueing for the CPU, so these figures say which part to cut.
// Read from Linux's /proc; elsewhere the figures are unknown (null), never guessed.
import { readdirSync, readFileSync } from "node:fs";

/** Linux reports process CPU time in clock ticks; USER_HZ is 100 on every Linux ABI Node.js runs on. */
const ticksPerSecond = 100;

type ProcessStat = { pid: number; parentPid: number; command: string; cpuMs: number };

/** /proc/<pid>/stat: "pid (comm) state ppid … utime stime …"; comm may hold spaces and parentheses. */
export function parseProcessStat(line: string): ProcessStat | null {
  const open = line.indexOf("(");
  const close = line.lastIndexOf(")");
  if (open < 0 || close < open) return null;
  const fields = line.slice(close + 2).split(" ");
  // After the command: state(0) ppid(1) … utime(11) stime(12), in the kernel's proc(5) order.
  const userTicks = Number(fields[11]);
  const systemTicks = Number(fields[12]);
  if (!Number.isFinite(userTicks) || !Number.isFinite(systemTicks)) return null;
  return {
    pid: Number(line.slice(0, open).trim()),
    parentPid: Number(fields[1]),
    command: line.slice(open + 1, close),
    cpuMs: ((userTicks + systemTicks) * 1000) / ticksPerSecond,
  };
}

function readProcesses(): ProcessStat[] | null {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const processes: ProcessStat[] = [];
  for (const pid of entries) {
    try {
      const stat = parseProcessStat(readFileSync(`/proc/${pid}/stat`, "utf8"));
      if (stat) processes.push(stat);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return processes;
}

/** CPU used so far by each process of the three groups, by pid. */
export type CpuSnapshot = { app: Map<number, number>; postgres: Map<number, number>; loadToolMs: number } | null;

/** CPU used so far by the server rooted at `serverPid` (with its workers), PostgreSQL and this process. */
export function cpuSnapshot(serverPid: number): CpuSnapshot {
  const processes = readProcesses();
  if (!processes) return null;
  const childrenOf = new Map<number, ProcessStat[]>();
  for (const stat of processes) childrenOf.set(stat.parentPid, [...(childrenOf.get(stat.parentPid) ?? []), stat]);
  const app = new Map<number, number>();
  const pending = processes.filter((stat) => stat.pid === serverPid);
  for (let stat = pending.pop(); stat; stat = pending.pop()) {
    app.set(stat.pid, stat.cpuMs);
    pending.push(...(childrenOf.get(stat.pid) ?? []));
  }
  const postgres = new Map(
    processes.filter((stat) => stat.command === "postgres").map((stat) => [stat.pid, stat.cpuMs]),
  );
  const own = process.cpuUsage();
  return { app, postgres, loadToolMs: (own.user + own.system) / 1000 };
}

export type CpuPerRequest = { appMs: number; postgresMs: number; loadToolMs: number };

/** What the processes alive at the end used since the start (a process started in between: all of it). */
function usedSince(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, cpuMs] of after) total += cpuMs - (before.get(pid) ?? 0);
  return total;
}

/**
 * Milliseconds of CPU per request between two snapshots. A process that ended in between (a
 * PostgreSQL backend of an earlier client) takes its time with it; the app's pool keeps its
 * connections open during a run.
 */
export function cpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number): CpuPerRequest | null {
  if (!before || !after || requests <= 0) return null;
  return {
    appMs: usedSince(before.app, after.app) / requests,
    postgresMs: usedSince(before.postgres, after.postgres) / requests,
    loadToolMs: (after.loadToolMs - before.loadToolMs) / requests,
  };
}
