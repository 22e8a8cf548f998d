import { describe, expect, it } from "vitest";
import { townSheet } from "@/lib/towns/sheet";
import { matchHeaders } from "./header-match";
import { bothTranslators } from "./messages";

const keys = townSheet.columns.map((column) => column.key);

async function match(header: string[], hasData: (index: number) => boolean = () => false) {
  const { fr, en } = await bothTranslators();
  return matchHeaders(header, "towns", keys, [fr, en], hasData);
}

describe("matching a file's headers", () => {
  it("recognises headers in French or English, whatever their case, accents and spacing, in any order", async () => {
    expect((await match(["Code INSEE", "commune", "RACCORDEE  LE"])).positions).toEqual(
      new Map([
        ["inseeCode", 0],
        ["name", 1],
        ["connectedOn", 2],
      ]),
    );
    expect((await match(["Town", "INSEE code", "Connected on"])).problems).toEqual([]);
  });

  it("names unknown, repeated and missing columns", async () => {
    expect((await match(["Commune", "Population", "Town"])).problems).toEqual([
      { code: "unknownColumns", columns: ["Population"] },
      { code: "duplicateColumns", columns: ["Town"] },
      { code: "missingColumns", columns: ["inseeCode", "connectedOn"] },
    ]);
  });

  it("ignores an empty column without a header but refuses one holding values", async () => {
    const header = ["Commune", "Code INSEE", "Raccordée le", ""];
    expect((await match(header)).problems).toEqual([]);
    expect((await match(header, (index) => index === 3)).problems).toEqual([{ code: "unnamedColumn", column: "D" }]);
  });
});
