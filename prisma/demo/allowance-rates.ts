// The demo's daily allowance rates and one mission's host-provided days (decision 018). The
// rates are DEMO VALUES, not the official ones: their source says so, and a real install keeps
// the rates of the arrêté of 3 July 2006 (as amended) that administrators enter. Same on every call.
import type { AllowanceProvision, TravellerKind } from "@/lib/generated/prisma/enums";
import { computeAllowances, type DaySetting } from "@/lib/missions/allowances/compute";
import { dayOf } from "@/lib/time";
import type { DemoMission } from "./record-builders";
import { countryOf, demoDestinations, demoId } from "./reference";

export const demoRateSource =
  "Valeur de démonstration, pas un taux officiel : remplacez-la par le taux de l'arrêté du 3 juillet 2006 en vigueur.";

/** A plausible order of magnitude per country, in euros a day: demo values only. */
const demoDailyEuros: Record<string, number> = {
  BR: 190,
  CA: 230,
  CH: 250,
  CI: 170,
  CN: 200,
  DE: 210,
  GB: 250,
  IL: 220,
  IT: 200,
  JP: 260,
  PL: 160,
  RU: 210,
  SE: 230,
  SG: 240,
  TN: 140,
  US: 240,
};

const day = (text: string) => new Date(`${text}T00:00:00Z`);

export function demoAllowanceRates() {
  const countries = [...new Set(demoDestinations.map((destination) => destination.countryCode))].sort();
  return countries.flatMap((countryCode) => {
    const euros = demoDailyEuros[countryCode] ?? 180;
    const rate = (key: string, cents: number, validFrom: string, validUntil: string | null) => ({
      id: demoId("allowanceRate", `${countryCode}:${key}`),
      countryCode,
      dailyCents: cents,
      validFrom: day(validFrom),
      validUntil: validUntil ? day(validUntil) : null,
      source: demoRateSource,
    });
    // The United States' rate was revised in 2018, to show a rate's validity in use.
    return countryCode === "US"
      ? [rate("2015", euros * 100, "2015-01-01", "2017-12-31"), rate("2018", (euros + 10) * 100, "2018-01-01", null)]
      : [rate("2015", euros * 100, "2015-01-01", null)];
  });
}

/** In Xiamen (7–10 March 2016) the municipality lodged the delegation on its first two nights and hosted a dinner. */
export function demoAllowanceDays() {
  const missionId = demoId("mission", "2016-xiamen");
  const rows: [string, AllowanceProvision, AllowanceProvision, AllowanceProvision][] = [
    ["2016-03-07", "HOST", "NONE", "DUE"],
    ["2016-03-08", "HOST", "DUE", "HOST"],
  ];
  return rows.map(([text, night, lunch, dinner]) => ({ missionId, day: day(text), night, lunch, dinner }));
}

/**
 * Each demo mission's daily allowances as its page computes them (lib/missions/allowances), so
 * the demo's planned allowance lines agree with the computation a newcomer opens.
 */
export function demoAllowanceTotals(
  missions: DemoMission[],
  travellers: { missionId: string; kind: TravellerKind }[],
): Map<string, number> {
  const rates = demoAllowanceRates().map((rate) => ({
    ...rate,
    validFrom: dayOf(rate.validFrom),
    validUntil: rate.validUntil ? dayOf(rate.validUntil) : null,
  }));
  const settings = new Map<string, Map<string, DaySetting>>();
  for (const { missionId, day, ...setting } of demoAllowanceDays()) {
    settings.set(missionId, (settings.get(missionId) ?? new Map()).set(dayOf(day), setting));
  }
  return new Map(
    missions.map(({ mission, destinations, agenda }) => [
      mission.id,
      computeAllowances({
        startDate: dayOf(mission.startDate as Date),
        endDate: dayOf(mission.endDate as Date),
        agenda: agenda.map((slot) => ({
          day: dayOf(slot.day as Date),
          time: typeof slot.time === "string" ? slot.time : "",
          title: slot.title,
          location: typeof slot.location === "string" ? slot.location : "",
        })),
        // In the order the mission's page reads them.
        destinations: [...destinations].sort().map((city) => ({ city, countryCode: countryOf(city) })),
        rates,
        settings: settings.get(mission.id) ?? new Map(),
        travellers: travellers.filter((traveller) => traveller.missionId === mission.id && traveller.kind !== "PARTNER")
          .length,
      }).totalCents,
    ]),
  );
}
