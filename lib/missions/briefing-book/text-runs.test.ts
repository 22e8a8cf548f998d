import { describe, expect, it } from "vitest";
import { textRuns, visualOrder } from "./text-runs";

describe("briefing book text runs", () => {
  it("keeps Latin, accented and Cyrillic text in one run", () => {
    expect(textRuns("Réunion à Санкт-Петербург, 10:00")).toEqual([
      { text: "Réunion à Санкт-Петербург, 10:00", script: "latin" },
    ]);
  });

  it("cuts where Chinese starts and ends, spaces going with the run they follow", () => {
    expect(textRuns("Mairie de Xiamen 厦门市人民政府 (accueil)")).toEqual([
      { text: "Mairie de Xiamen ", script: "latin" },
      { text: "厦门市人民政府 (", script: "cjk" },
      { text: "accueil)", script: "latin" },
    ]);
  });

  it("orders runs as they are seen, one Hebrew word a run, its letters left for the font engine to turn around", () => {
    // "Tel Aviv" in Hebrew is seen starting from its last letter.
    expect(visualOrder("תל אביב")).toBe("ביבא לת");
    expect(textRuns("Mairie de תל אביב")).toEqual([
      { text: "Mairie de ", script: "latin" },
      { text: "אביב", script: "hebrew" },
      { text: " ", script: "latin" },
      { text: "תל", script: "hebrew" },
    ]);
    // A Hebrew line with Latin in it: the Latin words come first, on the left.
    expect(textRuns("מלון Marco Polo")).toEqual([
      { text: "Marco Polo ", script: "latin" },
      { text: "מלון", script: "hebrew" },
    ]);
    expect(textRuns("Levi (לוי)")).toEqual([
      { text: "Levi (", script: "latin" },
      { text: "לוי", script: "hebrew" },
      { text: ")", script: "latin" },
    ]);
  });

  it("leaves text without right-to-left letters as it is", () => {
    expect(visualOrder("Nice → Xiamen (MU 554)")).toBe("Nice → Xiamen (MU 554)");
  });
});
