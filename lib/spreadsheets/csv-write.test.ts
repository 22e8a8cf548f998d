import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv-read";
import { csvConventionOf, writeCsv } from "./csv-write";

// A French spreadsheet program splits CSV cells on ";" and reads "6000,00" as a number; an English
// one splits on "," and reads "6000.00". Each reader gets the file their program opens right.

const sheet = {
  header: ["Titre", "Budget (€)", "Latitude"],
  rows: [["Mission Xiamen; licence", { cents: 600_000 }, 24.4798]],
};

describe("a CSV export", () => {
  it("is written for a French reader with ';' between cells and a decimal comma", () => {
    const text = writeCsv(sheet, csvConventionOf("fr"));
    expect(text).toBe('\uFEFFTitre;Budget (€);Latitude\r\n"Mission Xiamen; licence";6000,00;24,4798\r\n');
    // The import reads it back, the separator found from the header.
    expect(parseCsv(text.slice(1))).toEqual({
      delimiter: ";",
      rows: [
        ["Titre", "Budget (€)", "Latitude"],
        ["Mission Xiamen; licence", "6000,00", "24,4798"],
      ],
    });
  });

  it("is written for an English reader with ',' between cells and a decimal point", () => {
    expect(writeCsv(sheet, csvConventionOf("en"))).toBe(
      "\uFEFFTitre,Budget (€),Latitude\r\nMission Xiamen; licence,6000.00,24.4798\r\n",
    );
  });
});
