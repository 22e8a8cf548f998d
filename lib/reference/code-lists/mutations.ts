import "server-only";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { assertCanEditReference } from "@/lib/records/access";
import { declaredWrites, modelOf } from "@/lib/records/declared-writes";
import { setArchived, withUniqueNames, type ArchiveInput } from "@/lib/records/writes";
import { codeListFields } from "./fields";
import { codeListKinds, type CodeListEntryInput, type CodeListKind, type UpdateCodeListEntryInput } from "./schemas";
import { codeListEntity, codeListTable } from "./table";

// Sectors and objectives (ADMIN), written the way every declared record is
// (lib/records/declared-writes.ts). Code and both names are unique; archived entries stay on the
// records that use them but are no longer offered (lib/reference/options.ts).

/** One writer per list: same fields, their own table and audit names. */
const writes = Object.fromEntries(
  codeListKinds.map((kind) => [
    kind,
    declaredWrites({
      table: codeListEntity[kind].entityType,
      area: codeListEntity[kind].area,
      fields: codeListFields,
      model: (tx) => modelOf(codeListTable(tx, kind)),
      extra: {},
      authorize: (actor) => assertCanEditReference(actor, kind),
    }),
  ]),
) as Record<CodeListKind, ReturnType<typeof declaredWrites<typeof codeListFields, Record<never, never>>>>;

export async function createCodeListEntry(
  actor: ActingUser,
  kind: CodeListKind,
  input: CodeListEntryInput,
): Promise<{ id: string }> {
  assertCanEditReference(actor, kind);
  return withUniqueNames("code", () => db.$transaction((tx) => writes[kind].create(tx, actor, input)));
}

export async function updateCodeListEntry(
  actor: ActingUser,
  kind: CodeListKind,
  input: UpdateCodeListEntryInput,
): Promise<void> {
  assertCanEditReference(actor, kind);
  await withUniqueNames("code", () => db.$transaction((tx) => writes[kind].update(tx, actor, input)));
}

export async function setCodeListEntryArchived(
  actor: ActingUser,
  kind: CodeListKind,
  input: ArchiveInput,
): Promise<void> {
  assertCanEditReference(actor, kind);
  await db.$transaction((tx) =>
    setArchived(
      tx,
      { table: kind === "sector" ? "Sector" : "Objective", delegate: codeListTable(tx, kind) },
      actor,
      input,
      codeListEntity[kind],
    ),
  );
}
