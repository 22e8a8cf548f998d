import { describe, expect, it } from "vitest";
import { exportBreakdownCsv } from "@/lib/dashboard/exports";
import { breakdownTopRows, mapTopDestinations } from "@/lib/dashboard/top-rows";
import { buildJointAction } from "@/prisma/demo/joint-actions";
import { calendarDay } from "@/prisma/demo/record-builders";
import { buildPartner } from "@/tests/factories/partners";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

// The dashboard shows the leading partners, countries and destinations only; its CSV downloads
// must still hold every row (lib/dashboard/top-rows.ts).

const label = (key: string) => key;
const dataLines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean)
    .slice(1);
const countries = [
  "FR",
  "IT",
  "JP",
  "CN",
  "US",
  "BR",
  "DE",
  "ES",
  "GB",
  "IL",
  "IN",
  "KR",
  "SG",
  "AE",
  "CA",
  "MA",
  "TN",
  "SN",
  "RU",
  "AR",
];

describe("the dashboard's CSV downloads", () => {
  it("hold every partner, country and destination of the year, more than the page shows", async () => {
    const partnerCount = breakdownTopRows + 5;
    for (let index = 0; index < partnerCount; index += 1) {
      const partner = await testDb.partner.create({
        data: buildPartner({ name: `Partner ${String(index).padStart(2, "0")}` }),
      });
      await testDb.jointAction.create({
        data: buildJointAction({ partnerId: partner.id, date: calendarDay("2017-03-01") }),
      });
    }
    const destinationCount = mapTopDestinations + 5;
    for (let index = 0; index < destinationCount; index += 1) {
      const countryCode = countries[index % countries.length]!;
      const destination = await testDb.destination.create({
        data: { city: `City ${index}`, countryCode, latitude: 10, longitude: index },
      });
      await testDb.delegation.create({
        data: {
          title: `Delegation ${index}`,
          originCountryCode: countryCode,
          originDestinationId: destination.id,
          size: 3,
          status: "WELCOMED",
          arrivalAt: new Date("2017-05-01T10:00:00Z"),
          departureAt: new Date("2017-05-02T10:00:00Z"),
        },
      });
    }
    const staff = await createActingUser("STAFF");

    const partners = dataLines(await exportBreakdownCsv(staff, "partners", 2017, "en", label));
    expect(partners).toHaveLength(partnerCount);
    expect(partners).toContain("Partner 19,0,0,0,0.00,1,0,0");

    const destinations = await exportBreakdownCsv(staff, "destinations", 2017, "fr", label);
    expect(destinations.split("\r\n")[0]).toBe(
      "\uFEFFcoverage.destination;country;figures.missionsCarriedOut.short;figures.delegationsWelcomed.short",
    );
    expect(dataLines(destinations)).toHaveLength(destinationCount);
    // In French, ";" between cells, as a French spreadsheet program splits them.
    expect(dataLines(destinations)).toContain("City 2;Japon;0;1");

    const byCountry = dataLines(await exportBreakdownCsv(staff, "countries", 2017, "en", label));
    expect(byCountry).toHaveLength(countries.length);
    expect(byCountry.map((line) => Number(line.split(",").at(-1))).reduce((sum, value) => sum + value, 0)).toBe(
      destinationCount,
    );
  });
});
