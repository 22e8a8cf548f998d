import { describe, expect, it } from "vitest";
import { destinationSchema } from "./schemas";

describe("the destination form", () => {
  it("are upper-cased from the form, coordinates read with a comma or a point", () => {
    expect(
      destinationSchema.parse({ city: "Sousse", countryCode: " tn ", latitude: "35,8256", longitude: "10.6369" }),
    ).toEqual({
      city: "Sousse",
      countryCode: "TN",
      latitude: 35.8256,
      longitude: 10.6369,
      timeZone: null,
    });
    expect(
      destinationSchema.safeParse({ city: "Sousse", countryCode: "TN", latitude: "35°", longitude: "10" }).error
        ?.issues[0]?.message,
    ).toBe("latitude");
  });

  it("refuses a code that names no country, and one coordinate without the other", () => {
    const issues = (input: Record<string, string>) =>
      destinationSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
    expect(issues({ city: "Bruxelles", countryCode: "EU" })).toEqual(["countryCode:countryCode"]);
    expect(issues({ city: "", countryCode: "" })).toEqual(["city:required", "countryCode:required"]);
    expect(issues({ city: "Sousse", countryCode: "TN", latitude: "35.8" })).toEqual(["longitude:required"]);
    expect(issues({ city: "Sousse", countryCode: "TN", longitude: "-181" })).toEqual(["longitude:longitude"]);
  });
});
