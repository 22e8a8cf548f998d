import { describe, expect, it } from "vitest";
import { computeAllowances, shareCents, type AllowanceInput } from "./compute";

// A two-city mission: Tel Aviv then Haifa (Israel) would be one country; Xiamen (China) then
// Tokyo (Japan) is two, with rates of their own.
const rates: AllowanceInput["rates"] = [
  { countryCode: "CN", dailyCents: 20_000, validFrom: "2016-01-01", validUntil: null, source: "Demo CN" },
  { countryCode: "JP", dailyCents: 30_000, validFrom: "2016-01-01", validUntil: "2016-06-30", source: "Demo JP" },
];

const base: AllowanceInput = {
  startDate: "2016-06-01",
  endDate: "2016-06-04",
  agenda: [
    { day: "2016-06-01", time: "16:00", title: "Arrivée", location: "Aéroport de Xiamen" },
    { day: "2016-06-02", time: "10:00", title: "Rencontre avec la municipalité", location: "Xiamen" },
    { day: "2016-06-03", time: "09:00", title: "Vol vers Tokyo", location: "" },
    { day: "2016-06-03", time: "15:00", title: "Réunion investisseurs", location: "Tokyo" },
    { day: "2016-06-04", time: "09:30", title: "Petit-déjeuner d'affaires", location: "Tokyo" },
  ],
  destinations: [
    { city: "Tokyo", countryCode: "JP" },
    { city: "Xiamen", countryCode: "CN" },
  ],
  rates,
  settings: new Map(),
  travellers: 3,
};

describe("a day's shares of the rate", () => {
  it("pays 65 % for the night and 17.5 % for each meal, each to the cent", () => {
    expect(shareCents(20_000, "night")).toBe(13_000);
    expect(shareCents(20_000, "meal")).toBe(3_500);
    // 17.5 % of 123.45 € is 21.60375 €: rounded to the nearest cent.
    expect(shareCents(12_345, "meal")).toBe(2_160);
  });
});

describe("computeAllowances", () => {
  it("spends each day where the programme says and pays it at that country's rate", () => {
    const { days } = computeAllowances(base);
    expect(days.map((day) => [day.day, day.countryCode, day.countryReason])).toEqual([
      ["2016-06-01", "CN", "agenda"],
      ["2016-06-02", "CN", "agenda"],
      // The last slot naming a city decides where the night is spent.
      ["2016-06-03", "JP", "agenda"],
      ["2016-06-04", "JP", "agenda"],
    ]);
    expect(days.map((day) => day.rate?.dailyCents)).toEqual([20_000, 20_000, 30_000, 30_000]);
  });

  it("counts nights but the last, and the first lunch and last dinner only when the programme covers them", () => {
    const { days, nights, meals } = computeAllowances(base);
    expect(days[0]!.suggested).toEqual({ night: "DUE", lunch: "NONE", dinner: "DUE" });
    expect(days[1]!.suggested).toEqual({ night: "DUE", lunch: "DUE", dinner: "DUE" });
    expect(days[3]!.suggested).toEqual({ night: "NONE", lunch: "DUE", dinner: "NONE" });
    expect(nights).toBe(3);
    expect(meals).toBe(6);
  });

  it("adds up each day for one traveller and multiplies by the Métropole's travellers, in cents", () => {
    const result = computeAllowances(base);
    // CN: 130 + 35 (dinner) ; 130 + 35 + 35 ; JP: 195 + 52.50 + 52.50 ; 52.50 (lunch).
    expect(result.days.map((day) => day.cents)).toEqual([16_500, 20_000, 30_000, 5_250]);
    expect(result.perTravellerCents).toBe(71_750);
    expect(result.totalCents).toBe(215_250);
    expect(result.missingRates).toEqual([]);
  });

  it("does not pay what the host provides or what falls outside the mission", () => {
    const settings = new Map([
      ["2016-06-02", { night: "HOST", lunch: "HOST", dinner: "DUE" }],
      ["2016-06-04", { night: "NONE", lunch: "NONE", dinner: "NONE" }],
    ] as const);
    const result = computeAllowances({ ...base, settings: new Map(settings) });
    expect(result.days[1]!.cents).toBe(3_500);
    expect(result.days[3]!.cents).toBe(0);
    expect(result.perTravellerCents).toBe(16_500 + 3_500 + 30_000);
  });

  it("keeps a day that names no city in the country of the day before, or of the day after at the start", () => {
    const agenda = [
      { day: "2016-06-01", time: "", title: "Voyage", location: "" },
      { day: "2016-06-02", time: "10:00", title: "Visite", location: "Tokyo" },
      { day: "2016-06-03", time: "10:00", title: "Temps libre", location: "" },
    ];
    const { days } = computeAllowances({ ...base, agenda, endDate: "2016-06-03" });
    expect(days.map((day) => [day.countryCode, day.countryReason])).toEqual([
      ["JP", "next"],
      ["JP", "agenda"],
      ["JP", "previous"],
    ]);
  });

  it("matches a city without regard to accents or case, and falls back on the mission's first destination", () => {
    const geneva = { ...base, destinations: [{ city: "Genève", countryCode: "CH" }, ...base.destinations] };
    const named = computeAllowances({
      ...geneva,
      agenda: [{ day: "2016-06-01", time: "10:00", title: "Visite", location: "GENEVE, Palais des Nations" }],
    });
    expect(named.days.every((day) => day.countryCode === "CH")).toBe(true);
    const unnamed = computeAllowances({ ...base, agenda: [] });
    expect(unnamed.days.every((day) => day.countryCode === "JP" && day.countryReason === "mission")).toBe(true);
  });

  it("names the paid days whose country has no rate in force, and leaves them out of the total", () => {
    // The Japanese rate ends on 30 June 2016.
    const result = computeAllowances({ ...base, startDate: "2016-06-29", endDate: "2016-07-01", agenda: [] });
    expect(result.missingRates).toEqual([{ day: "2016-07-01", countryCode: "JP" }]);
    expect(result.days.at(-1)!.cents).toBe(0);
    expect(result.perTravellerCents).toBe(30_000 + 19_500 + 5_250);
  });

  it("pays nothing without Métropole travellers, and has no day when the dates are reversed", () => {
    expect(computeAllowances({ ...base, travellers: 0 }).totalCents).toBe(0);
    expect(computeAllowances({ ...base, startDate: "2016-06-05" }).days).toEqual([]);
  });
});
