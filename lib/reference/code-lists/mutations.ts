import "server-only";
import { changedFields, recordAudit } from "@/lib/audit";
import type { ActingUser } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCanEditReference } from "@/lib/records/access";
import {
  assertEditable,
  lockRecord,
  lockUniqueNames,
  nameTaken,
  setArchived,
  staleFields,
  withUniqueNames,
  type ArchiveInput,
  type Snapshot,
} from "@/lib/records/writes";
import type { CodeListEntryInput, CodeListKind, UpdateCodeListEntryInput } from "./schemas";
import { codeListEntity, codeListTable } from "./table";

// Sectors and objectives (ADMIN). Code and both names are unique; archived entries stay on the
// records that use them but are no longer offered (lib/reference/options.ts).

const snapshot = ({ code, nameFr, nameEn }: CodeListEntryInput): Snapshot => ({ code, nameFr, nameEn });

/** The first of code, French name, English name another entry already uses (any case). */
async function assertUnique(
  tx: Prisma.TransactionClient,
  kind: CodeListKind,
  input: CodeListEntryInput,
  exceptId?: string,
): Promise<void> {
  await lockUniqueNames(tx, codeListEntity[kind].entityType, {
    code: input.code,
    nameFr: input.nameFr,
    nameEn: input.nameEn,
  });
  const table = codeListTable(tx, kind);
  for (const field of ["code", "nameFr", "nameEn"] as const) {
    const where: Prisma.SectorWhereInput = {
      ...(exceptId ? { id: { not: exceptId } } : {}),
      [field]: { equals: input[field], mode: "insensitive" },
    };
    if (await table.findFirst({ where, select: { id: true } })) throw nameTaken(field);
  }
}

export async function createCodeListEntry(
  actor: ActingUser,
  kind: CodeListKind,
  input: CodeListEntryInput,
): Promise<{ id: string }> {
  assertCanEditReference(actor, kind);
  const { area, entityType } = codeListEntity[kind];
  return withUniqueNames("code", () =>
    db.$transaction(async (tx) => {
      await assertUnique(tx, kind, input);
      const { code, nameFr, nameEn } = input;
      const entry = await codeListTable(tx, kind).create({ data: { code, nameFr, nameEn }, select: { id: true } });
      await recordAudit(tx, {
        actor,
        action: `${area}.create`,
        entityType,
        entityId: entry.id,
        changes: changedFields({}, snapshot(input)),
      });
      return entry;
    }),
  );
}

export async function updateCodeListEntry(
  actor: ActingUser,
  kind: CodeListKind,
  input: UpdateCodeListEntryInput,
): Promise<void> {
  assertCanEditReference(actor, kind);
  const { area, entityType } = codeListEntity[kind];
  await withUniqueNames("code", () =>
    db.$transaction(async (tx) => {
      const table = codeListTable(tx, kind);
      await lockRecord(tx, kind === "sector" ? "Sector" : "Objective", input.id);
      const stored = await table.findUnique({
        where: { id: input.id },
        select: { code: true, nameFr: true, nameEn: true, version: true, archivedAt: true },
      });
      assertEditable(stored, input.version, (current) => staleFields(snapshot(current), snapshot(input)));
      await assertUnique(tx, kind, input, input.id);
      const { code, nameFr, nameEn } = input;
      await table.update({
        where: { id: input.id },
        select: { id: true },
        data: { code, nameFr, nameEn, version: { increment: 1 } },
      });
      await recordAudit(tx, {
        actor,
        action: `${area}.update`,
        entityType,
        entityId: input.id,
        changes: changedFields(snapshot(stored), snapshot(input)),
      });
    }),
  );
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
