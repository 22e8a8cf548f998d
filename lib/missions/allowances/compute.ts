// A mission's daily allowances abroad (decision 018), computed from its dates, its agenda, the
// rates in force and what staff set for its days. Pure: no database, no server imports; the
// mission's allowance page and its tests call it with what they read.
import { addDays } from "@/lib/time";
import { destinationNamedIn } from "../agenda-places";

/**
 * The share of a day's allowance that pays the night and each of the two meals: arrêté of
 * 3 July 2006 on allowances abroad, article 3 (65 % for the night, 17.5 % for each meal). What
 * the host provides is not paid: the allowance is reduced by that share.
 */
export const allowanceShares = { night: 650, meal: 175 } as const;
const sharesBase = 1000;

export const provisions = ["DUE", "HOST", "NONE"] as const;
export type Provision = (typeof provisions)[number];
export type DaySetting = { night: Provision; lunch: Provision; dinner: Provision };

export type AllowanceInput = {
  startDate: string;
  endDate: string;
  agenda: { day: string; time: string; title: string; location: string }[];
  /** The mission's destinations in their order. */
  destinations: { city: string; countryCode: string }[];
  rates: { countryCode: string; dailyCents: number; validFrom: string; validUntil: string | null; source: string }[];
  /** What staff set, by day; a day without one follows the agenda. */
  settings: Map<string, DaySetting>;
  /** The Métropole's travellers (staff and elected officials): each is paid the same days. */
  travellers: number;
};

/** Why a day is counted in a country: a slot there, the day before's country, or the mission's only one. */
export type CountryReason = "agenda" | "previous" | "next" | "mission";

export type AllowanceDay = {
  day: string;
  countryCode: string;
  countryReason: CountryReason;
  rate: { dailyCents: number; source: string } | null;
  /** What the agenda says, before staff's choices. */
  suggested: DaySetting;
  setting: DaySetting;
  /** Paid for one traveller that day, in cents (0 without a rate). */
  cents: number;
};

export type Allowances = {
  days: AllowanceDay[];
  /** Nights and meals paid (DUE), for one traveller. */
  nights: number;
  meals: number;
  perTravellerCents: number;
  travellers: number;
  totalCents: number;
  /** Days whose country has no rate in force: the total leaves them out until a rate is kept. */
  missingRates: { day: string; countryCode: string }[];
};

/** The hour a slot starts, "HH:MM", or null when its time is not one (empty, "all day"). */
const startOf = (time: string) => (/^\d{2}:\d{2}/.test(time.trim()) ? time.trim().slice(0, 5) : null);

/** The mission's days, first to last. */
function daysOf(startDate: string, endDate: string): string[] {
  const days: string[] = [];
  for (let day = startDate; day <= endDate; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * Where each day is spent: the country of the last slot that day naming one of the mission's
 * cities (where the traveller sleeps); a day naming none stays in the day before's country, and
 * days before the first named one take its country. With no city named anywhere, the mission's
 * first destination.
 */
function countriesOf(input: AllowanceInput, days: string[]): { countryCode: string; reason: CountryReason }[] {
  const named = days.map((day) => {
    let country: string | null = null;
    for (const slot of input.agenda.filter((item) => item.day === day)) {
      const city = destinationNamedIn(slot, input.destinations);
      if (city) country = city.countryCode;
    }
    return country;
  });
  const first = named.find((country) => country !== null) ?? null;
  const fallback = first ?? input.destinations[0]?.countryCode ?? "";
  let previous: string | null = null;
  return named.map((country) => {
    if (country) return { countryCode: (previous = country), reason: "agenda" };
    if (previous) return { countryCode: previous, reason: "previous" };
    return { countryCode: fallback, reason: first ? "next" : "mission" };
  });
}

/**
 * What the agenda suggests: a night abroad every day but the last; lunch and dinner every day,
 * except lunch on the first day unless a slot starts before 14:00 (the traveller arrives after
 * it), and dinner on the last day unless a slot starts at 18:00 or later (they leave before it).
 */
function suggestionFor(day: string, input: AllowanceInput): DaySetting {
  const starts = input.agenda.flatMap((item) => (item.day === day ? [startOf(item.time)] : [])).filter(Boolean);
  const isFirst = day === input.startDate;
  const isLast = day === input.endDate;
  const lunchSeen = starts.some((start) => start! < "14:00");
  const dinnerSeen = starts.some((start) => start! >= "18:00");
  return {
    night: isLast ? "NONE" : "DUE",
    lunch: !isFirst || lunchSeen ? "DUE" : "NONE",
    dinner: !isLast || dinnerSeen ? "DUE" : "NONE",
  };
}

function rateOn(input: AllowanceInput, countryCode: string, day: string) {
  return (
    input.rates.find(
      (rate) =>
        rate.countryCode === countryCode &&
        rate.validFrom <= day &&
        (rate.validUntil === null || rate.validUntil >= day),
    ) ?? null
  );
}

/** One night's and one meal's part of a day's rate, each rounded to the cent. */
export function shareCents(dailyCents: number, share: "night" | "meal"): number {
  return Math.round((dailyCents * allowanceShares[share]) / sharesBase);
}

const isPaid = (setting: DaySetting) => Object.values(setting).includes("DUE");

export function computeAllowances(input: AllowanceInput): Allowances {
  const days = input.startDate <= input.endDate ? daysOf(input.startDate, input.endDate) : [];
  const countries = countriesOf(input, days);
  const rows = days.map((day, index): AllowanceDay => {
    const { countryCode, reason } = countries[index]!;
    const rate = rateOn(input, countryCode, day);
    const suggested = suggestionFor(day, input);
    const setting = input.settings.get(day) ?? suggested;
    const meals = [setting.lunch, setting.dinner].filter((provision) => provision === "DUE").length;
    const cents = rate
      ? (setting.night === "DUE" ? shareCents(rate.dailyCents, "night") : 0) +
        meals * shareCents(rate.dailyCents, "meal")
      : 0;
    return {
      day,
      countryCode,
      countryReason: reason,
      rate: rate ? { dailyCents: rate.dailyCents, source: rate.source } : null,
      suggested,
      setting,
      cents,
    };
  });
  const perTravellerCents = rows.reduce((sum, row) => sum + row.cents, 0);
  return {
    days: rows,
    nights: rows.filter((row) => row.setting.night === "DUE").length,
    meals: rows.reduce(
      (sum, row) => sum + [row.setting.lunch, row.setting.dinner].filter((provision) => provision === "DUE").length,
      0,
    ),
    perTravellerCents,
    travellers: input.travellers,
    totalCents: perTravellerCents * input.travellers,
    missingRates: rows.flatMap((row) =>
      row.rate || !row.countryCode || !isPaid(row.setting) ? [] : [{ day: row.day, countryCode: row.countryCode }],
    ),
  };
}
