import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv-read";
import { writeCsv } from "./csv-write";
import { neutraliseText, restoreText } from "./neutralise";

describe("formula neutralisation", () => {
  it.each([
    '=HYPERLINK("http://evil")',
    "+33 4 93 00 00 00",
    "-20 % sur le stand",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
    '＝HYPERLINK("http://evil")',
    "＋1+1",
    "－1+1",
    "＠SUM(A1)",
  ])("prefixes %j with an apostrophe", (text) => {
    expect(neutraliseText(text)).toBe(`'${text}`);
    expect(restoreText(neutraliseText(text))).toBe(text);
  });

  it("leaves other text alone, apostrophes included", () => {
    for (const text of ["Nice", "'s-Hertogenbosch", "L'Ariane", ""]) {
      expect(neutraliseText(text)).toBe(text);
      expect(restoreText(text)).toBe(text);
    }
  });

  it("writes numbers as numbers, a negative one included, and only text neutralised", () => {
    const csv = writeCsv({
      header: ["Titre", "Écart"],
      rows: [
        ["=1+1", -5],
        ["Mission", { cents: 150_050 }],
      ],
    });
    expect(csv).toBe("\uFEFFTitre,Écart\r\n'=1+1,-5\r\nMission,1500.50\r\n");
  });

  it("gives back any text written to CSV and read again: quotes, commas, semicolons, line breaks, formulas", () => {
    // Lossy only for a text that itself starts with an apostrophe and a formula character.
    const cell = fc
      .string({
        unit: fc.constantFrom(
          "a",
          "é",
          '"',
          ",",
          ";",
          "\n",
          "\r",
          " ",
          "=",
          "+",
          "-",
          "@",
          "\t",
          "'",
          "|",
          "＝",
          "＋",
          "－",
          "＠",
        ),
      })
      .filter((text) => !/^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text));
    const row = fc.tuple(cell, cell).filter(([a, b]) => a !== "" || b !== "");
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), (rows) => {
        const read = parseCsv(writeCsv({ header: ["a", "b"], rows }).slice(1)).rows.slice(1);
        expect(read.map((cells) => cells.map(restoreText))).toEqual(rows);
      }),
    );
  });
});
