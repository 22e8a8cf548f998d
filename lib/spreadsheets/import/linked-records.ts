import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readDay } from "../day-text";
import { splitQualifier } from "../names";
import { restoreText } from "../neutralise";
import { loadJointActionLinks, loadLinkedRecords } from "../queries/references";
import type { ReferenceData } from "./references";

// The missions, delegations and events a joint-actions file may name: those whose title one of its
// cells gives ("Title" or "Title (2016-05-12)"), and those the existing actions the file may update
// already link to (so an unchanged row reads as unchanged).

const linkColumns = { mission: "mission", delegation: "delegation", event: "event" } as const;

export async function linkedRecordReferences(
  client: Prisma.TransactionClient,
  rows: readonly ReadonlyMap<string, string>[],
): Promise<ReferenceData> {
  const titles = { mission: new Set<string>(), delegation: new Set<string>(), event: new Set<string>() };
  const actionTitles = new Set<string>();
  const actionDays = new Set<string>();
  for (const cells of rows) {
    for (const [kind, column] of Object.entries(linkColumns) as [keyof typeof titles, string][]) {
      const text = restoreText((cells.get(column) ?? "").trim());
      if (text === "") continue;
      titles[kind].add(text);
      titles[kind].add(splitQualifier(text).name);
    }
    const title = restoreText((cells.get("title") ?? "").trim());
    const day = readDay(cells.get("date") ?? "");
    if (title && day) {
      actionTitles.add(title);
      actionDays.add(day);
    }
  }
  const linkedIds = await loadJointActionLinks(client, [...actionDays], [...actionTitles]);
  return loadLinkedRecords(client, {
    mission: { titles: [...titles.mission], ids: linkedIds.mission },
    delegation: { titles: [...titles.delegation], ids: linkedIds.delegation },
    event: { titles: [...titles.event], ids: linkedIds.event },
  });
}

/**
 * The missions a file of missions' parts (travellers, cost lines) names in its "mission" column;
 * the parts the file may update belong to them, so their rows name the same missions.
 */
export async function missionReferences(
  client: Prisma.TransactionClient,
  rows: readonly ReadonlyMap<string, string>[],
): Promise<ReferenceData> {
  const titles = new Set<string>();
  for (const cells of rows) {
    const text = restoreText((cells.get("mission") ?? "").trim());
    if (text === "") continue;
    titles.add(text);
    titles.add(splitQualifier(text).name);
  }
  const none = { titles: [], ids: [] };
  const { mission } = await loadLinkedRecords(client, {
    mission: { titles: [...titles], ids: [] },
    delegation: none,
    event: none,
  });
  return { mission };
}
