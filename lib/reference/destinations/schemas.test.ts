import { describe, expect, it } from "vitest";
import { destinationSchema, isCountryCode } from "./schemas";

describe("destination country codes", () => {
  it("are ISO 3166-1 alpha-2 codes of countries", () => {
    expect(["CN", "IL", "US", "TN", "CI"].every(isCountryCode)).toBe(true);
    expect(["cn", "CHN", "QQ", "ZZ", "EU", "UN", ""].some(isCountryCode)).toBe(false);
  });

  it("are upper-cased from the form, coordinates read with a comma or a point", () => {
    expect(
      destinationSchema.parse({ city: "Sousse", countryCode: " tn ", latitude: "35,8256", longitude: "10.6369" }),
    ).toEqual({
      city: "Sousse",
      countryCode: "TN",
      latitude: 35.8256,
      longitude: 10.6369,
    });
    expect(
      destinationSchema.safeParse({ city: "Sousse", countryCode: "TN", latitude: "35°", longitude: "10" }).error
        ?.issues[0]?.message,
    ).toBe("latitude");
  });
});
