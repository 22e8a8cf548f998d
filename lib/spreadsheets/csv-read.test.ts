import { describe, expect, it } from "vitest";
import { CsvSyntaxError, detectDelimiter, parseCsv } from "./csv-read";

describe("parseCsv", () => {
  it("reads the semicolons French Excel writes, with quoted cells holding semicolons and line breaks", () => {
    const text =
      'Titre;Destinations;Programme\r\n"Mission Xiamen";"Xiamen; Hangzhou";"2016-03-08 | 09:30 | Signature\n2016-03-09 | | Visite"\r\n';
    expect(parseCsv(text)).toEqual({
      delimiter: ";",
      rows: [
        ["Titre", "Destinations", "Programme"],
        ["Mission Xiamen", "Xiamen; Hangzhou", "2016-03-08 | 09:30 | Signature\n2016-03-09 | | Visite"],
      ],
    });
  });

  it("reads commas, and a comma inside quotes is not a delimiter", () => {
    expect(parseCsv('Commune,Code INSEE\n"Nice, ville",06088\n').rows).toEqual([
      ["Commune", "Code INSEE"],
      ["Nice, ville", "06088"],
    ]);
  });

  it("tells the delimiter from the header row only, ignoring quoted text", () => {
    expect(detectDelimiter('"a;b;c",d,e\nx;y;z;w')).toBe(",");
    expect(detectDelimiter("Titre\tStatut\n")).toBe("\t");
    expect(detectDelimiter("Titre\n")).toBe(",");
  });

  it("refuses a quote left open, naming its row", () => {
    expect(() => parseCsv('a,b\n"open,1\n2,3\n')).toThrow(new CsvSyntaxError(2));
  });
});
