import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("writes a header and rows, quoting what needs it, with a BOM", () => {
    expect(
      toCsv(
        ["Partenaire", "Missions"],
        [
          ["Team Côte d'Azur", 3],
          ['Le "Carnaval", Nice', 1],
        ],
      ),
    ).toBe('\uFEFFPartenaire,Missions\r\nTeam Côte d\'Azur,3\r\n"Le ""Carnaval"", Nice",1\r\n');
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(toCsv(["x"], [['=HYPERLINK("http://evil")'], [-5]])).toBe(
      '\uFEFFx\r\n"\'=HYPERLINK(""http://evil"")"\r\n-5\r\n',
    );
  });
});
