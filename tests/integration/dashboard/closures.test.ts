import { describe, expect, it } from "vitest";
import { closeYear, getClosure, getDifferences, reopenYear } from "@/lib/dashboard/closures";
import { getKeyFigures } from "@/lib/dashboard/figures";
import { createActingUser } from "../accounts/helpers";
import { testDb } from "../setup/database";

const welcomed = (title: string, arrivalAt: string) => ({
  title,
  originCountryCode: "IL",
  size: 4,
  status: "WELCOMED" as const,
  arrivalAt: new Date(arrivalAt),
  departureAt: new Date("2016-12-31T23:59:00Z"),
});

describe("closing a year", () => {
  it("freezes the figures; later edits show both values and the records that differ", async () => {
    const manager = await createActingUser("MANAGER");
    await testDb.delegation.createMany({
      data: [welcomed("Haifa", "2016-03-01T10:00:00Z"), welcomed("Tokyo", "2016-04-01T10:00:00Z")],
    });
    await closeYear(manager, 2016);
    const late = await testDb.delegation.create({ data: welcomed("Sousse", "2016-05-01T10:00:00Z") });

    const closure = await getClosure(2016);
    expect(closure?.figures.delegationsWelcomed).toBe(2);
    const [live] = await getKeyFigures(2016, 2016);
    expect(live?.delegationsWelcomed).toBe(3);
    const differences = await getDifferences(closure!, live!);
    expect(differences).toEqual([
      { figure: "delegationsWelcomed", published: 2, live: 3, added: [{ id: late.id, title: "Sousse" }], removed: [] },
    ]);
    expect(await testDb.auditEntry.count({ where: { action: "year.close" } })).toBe(1);
  });

  it("is for managers and admins; reopening is for admins only, and audited", async () => {
    const staff = await createActingUser("STAFF");
    const manager = await createActingUser("MANAGER");
    const admin = await createActingUser("ADMIN");
    await expect(closeYear(staff, 2016)).rejects.toMatchObject({ code: "forbidden" });
    await closeYear(manager, 2016);
    await expect(closeYear(admin, 2016)).rejects.toMatchObject({ code: "yearAlreadyClosed" });
    await expect(reopenYear(manager, 2016)).rejects.toMatchObject({ code: "forbidden" });
    await reopenYear(admin, 2016);
    expect(await getClosure(2016)).toBeNull();
    await expect(reopenYear(admin, 2016)).rejects.toMatchObject({ code: "yearNotClosed" });
    expect(
      await testDb.auditEntry.findMany({
        where: { entityType: "YearClosure" },
        select: { action: true },
        orderBy: { id: "asc" },
      }),
    ).toEqual([{ action: "year.close" }, { action: "year.reopen" }]);
    await closeYear(manager, 2016);
    expect(await getClosure(2016)).not.toBeNull();
  });
});
