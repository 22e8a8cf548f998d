import { describe, expect, it } from "vitest";
import { foldTopRows } from "./top-rows";

const row = (name: string, missions: number, delegations: number) => ({ name, missions, delegations });

describe("foldTopRows", () => {
  const rows = [row("A", 9, 1), row("B", 5, 5), row("C", 3, 0), row("D", 2, 4), row("E", 1, 1)];

  it("keeps the first rows in their order and sums the others column by column", () => {
    expect(foldTopRows(rows, 2, ["missions", "delegations"])).toEqual({
      top: [row("A", 9, 1), row("B", 5, 5)],
      others: { count: 3, totals: { missions: 6, delegations: 5 } },
    });
  });

  it("sums only the columns asked for", () => {
    expect(foldTopRows(rows, 3, ["delegations"]).others).toEqual({ count: 2, totals: { delegations: 5 } });
  });

  it("folds nothing when every row fits", () => {
    expect(foldTopRows(rows, 5, ["missions"])).toEqual({ top: rows, others: null });
    expect(foldTopRows([], 15, ["missions"])).toEqual({ top: [], others: null });
  });

  it("shows a single leftover row as itself rather than as 'others (1)'", () => {
    expect(foldTopRows(rows, 4, ["missions"])).toEqual({ top: rows, others: null });
  });

  it("loses no value: the shown rows and the others add up to the whole", () => {
    const many = Array.from({ length: 500 }, (_, index) => row(`P${index}`, (index * 7) % 13, (index * 5) % 11));
    const { top, others } = foldTopRows(many, 15, ["missions", "delegations"]);
    expect(top).toHaveLength(15);
    expect(others?.count).toBe(485);
    const total = (key: "missions" | "delegations") => many.reduce((sum, item) => sum + item[key], 0);
    expect(top.reduce((sum, item) => sum + item.missions, 0) + (others?.totals.missions ?? 0)).toBe(total("missions"));
    expect(top.reduce((sum, item) => sum + item.delegations, 0) + (others?.totals.delegations ?? 0)).toBe(
      total("delegations"),
    );
  });

  it("does not change the rows it is given", () => {
    const copy = structuredClone(rows);
    foldTopRows(rows, 1, ["missions"]);
    expect(rows).toEqual(copy);
  });
});
