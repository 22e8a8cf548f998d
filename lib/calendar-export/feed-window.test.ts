import { describe, expect, it } from "vitest";
import { feedWindow } from "./feed-window";

describe("the feed's window", () => {
  it("runs from 30 days before today in Paris to 18 months after", () => {
    expect(feedWindow(new Date("2016-05-12T10:00:00Z"))).toEqual({ firstDay: "2016-04-12", lastDay: "2017-11-12" });
  });

  it("counts from the Paris day, not the UTC one (23:30Z on 31 December is 1 January in Paris)", () => {
    expect(feedWindow(new Date("2016-12-31T23:30:00Z"))).toEqual({ firstDay: "2016-12-02", lastDay: "2018-07-01" });
  });
});
