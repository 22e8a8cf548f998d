// Runs one row of the matrix: for each caller, make what the call needs, send it as that caller,
// and hold the answer against the row. An allowed write must leave its audit entry by the caller;
// every refusal must leave the database exactly as it was and revalidate nothing.
import { actors, expected, type Actor, type MatrixSection } from "@/tests/authorization/matrix";
import { revalidated } from "./next-modules";
import { requestAs } from "./request-scope";
import {
  auditSince,
  changedTables,
  createWorld,
  databaseFingerprint,
  lastAuditId,
  userOf,
  type MatrixUser,
  type World,
} from "./world";

export type Cell = {
  send(): Promise<{ outcome: string; detail: string }>;
  /** The audit entry an allowed call writes, by the caller; null for reads. */
  audit: string | null;
  verify?: () => Promise<void>;
};

export async function wrongCells(
  section: MatrixSection,
  id: string,
  prepare: (world: World, actor: Actor, caller: MatrixUser | null) => Promise<Cell>,
): Promise<string[]> {
  const world = await createWorld();
  const wrong: string[] = [];
  for (const actor of actors) {
    const caller = userOf(world, actor);
    const cell = await prepare(world, actor, caller);
    await requestAs(caller);
    const [before, auditBefore] = [await databaseFingerprint(), await lastAuditId()];
    revalidated.length = 0;
    const { outcome, detail } = await cell.send();
    const changed = changedTables(before, await databaseFingerprint());
    const want = expected(section, id, actor);
    if (outcome !== want) {
      wrong.push(`${actor}: expected ${want}, got ${outcome} (${detail.slice(0, 400)})`);
      continue;
    }
    if (outcome !== "ok" && outcome !== "scoped") {
      if (changed.length > 0 || revalidated.length > 0)
        wrong.push(
          `${actor}: refused (${outcome}) but changed [${changed.join(", ")}], revalidated [${revalidated.join(", ")}]`,
        );
      continue;
    }
    if (cell.audit) {
      const written = await auditSince(auditBefore);
      if (!written.some((entry) => entry.action === cell.audit && entry.actorId === caller?.id)) {
        wrong.push(`${actor}: allowed, but no "${cell.audit}" audit entry by them (${JSON.stringify(written)})`);
      }
      if (changed.length === 0) wrong.push(`${actor}: allowed, but the database did not change`);
    }
    try {
      await cell.verify?.();
    } catch (error) {
      wrong.push(`${actor}: allowed, but ${String(error)}`);
    }
  }
  return wrong;
}
