import { describe, expect, it } from "vitest";
import { similarTitles, titleWords } from "./title-words";

describe("title likeness", () => {
  it("ignores case, accents and common words", () => {
    expect([...titleWords("Rencontre avec Nvidia à Séoul")]).toEqual(["nvidia", "seoul"]);
  });

  it("finds titles sharing half of their significant words, not unrelated ones", () => {
    expect(similarTitles("Visite Nvidia Séoul", "Rendez-vous NVIDIA à Seoul")).toBe(true);
    expect(similarTitles("Salon du tourisme Tokyo", "Visite Nvidia Séoul")).toBe(false);
    expect(similarTitles("", "Visite Nvidia")).toBe(false);
  });
});
