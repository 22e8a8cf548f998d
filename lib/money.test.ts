import { describe, expect, it } from "vitest";
import { centsToInput, parseEuros } from "./money";

describe("parseEuros", () => {
  it.each([
    ["1234", 123400],
    ["1 234,50", 123450],
    ["1234.5", 123450],
    ["15 000 €", 1500000],
    ["0,07", 7],
  ])("reads %s as %i cents", (input, cents) => {
    expect(parseEuros(input)).toBe(cents);
  });

  it("reads an empty field as no amount, and anything else as invalid", () => {
    expect(parseEuros("  ")).toBeNull();
    for (const input of ["-5", "12,345", "1e3", "abc", "1.2.3"]) expect(parseEuros(input)).toBeNaN();
  });
});

describe("centsToInput", () => {
  it("shows cents back as euros with two decimals", () => {
    expect(centsToInput(123450)).toBe("1234.50");
    expect(centsToInput(7)).toBe("0.07");
    expect(centsToInput(null)).toBe("");
  });
});
