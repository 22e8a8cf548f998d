import { describe, expect, it } from "vitest";
import { parseBenchOptions } from "./options";
import { percentile, summarize } from "./stats";

describe("npm run bench options", () => {
  it("defaults to the issue's scale, full length, and the committed report", () => {
    expect(parseBenchOptions([])).toMatchObject({
      scale: 1,
      loadSeconds: 20,
      connections: 10,
      output: "bench/results.md",
      only: [],
    });
  });

  it("sends smaller or partial runs elsewhere, so they never overwrite the reference results", () => {
    expect(parseBenchOptions(["--scale", "0.01", "--duration", "short"])).toMatchObject({
      scale: 0.01,
      loadSeconds: 3,
      output: "test-results/bench/results-scale-0.01-short.md",
    });
    expect(parseBenchOptions(["--only", "dashboard, search"])).toMatchObject({
      only: ["dashboard", "search"],
      output: "test-results/bench/results-scale-1-full.md",
    });
  });

  it("refuses what it cannot run", () => {
    expect(() => parseBenchOptions(["--scale", "0"])).toThrow(/--scale/);
    expect(() => parseBenchOptions(["--scale", "5"])).toThrow(/--scale/);
    expect(() => parseBenchOptions(["--duration", "long"])).toThrow(/--duration/);
    expect(() => parseBenchOptions(["--fast"])).toThrow(/Unknown/);
    expect(() => parseBenchOptions(["--scale"])).toThrow(/incomplete/);
  });
});

describe("latency percentiles", () => {
  it("take the nearest rank over every value", () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(summarize(values)).toEqual({ count: 100, p50: 50, p95: 95, mean: 50.5, max: 100 });
    expect(percentile([7], 95)).toBe(7);
    expect(summarize([]).p50).toBeNaN();
  });
});
