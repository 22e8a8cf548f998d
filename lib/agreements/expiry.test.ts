import { describe, expect, it } from "vitest";
import { expiryWindow } from "./expiry";

describe("the expiring-within-six-months window", () => {
  it("runs from today to the same day six months later", () => {
    expect(expiryWindow("2017-01-15")).toEqual({ from: "2017-01-15", to: "2017-07-15" });
  });

  it("ends on the last day of a shorter month", () => {
    expect(expiryWindow("2016-08-31")).toEqual({ from: "2016-08-31", to: "2017-02-28" });
  });
});
