// The stored version of whatever record an id names, so a fuzzed form that kept its record and
// version fields is sent at the current version (otherwise every run after the first accepted
// one would stop at "someone changed it" before reaching the checks worth trying).
import { testDb } from "../setup/database";

let versionedTables: Promise<string[]> | undefined;

async function tablesWithVersions(): Promise<string[]> {
  const rows = await testDb.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'version'
      AND table_name IN (SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id')`;
  return rows.map((row) => row.table_name);
}

export async function currentVersion(id: string): Promise<number | null> {
  versionedTables ??= tablesWithVersions();
  const union = (await versionedTables)
    .map((table) => `SELECT "version" FROM "public"."${table}" WHERE "id" = $1`)
    .join(" UNION ALL ");
  const [row] = await testDb.$queryRawUnsafe<{ version: number }[]>(union, id);
  return row?.version ?? null;
}

/** Sets `version` to the record's current one when the variant kept both the record's id and the valid form's version. */
export async function atCurrentVersion<T extends Record<string, unknown>>(
  variant: T,
  valid: Record<string, unknown>,
): Promise<T> {
  const idField = ["id", "userId"].find((field) => typeof valid[field] === "string" && variant[field] === valid[field]);
  if (!idField || !("version" in valid) || variant.version !== valid.version) return variant;
  const version = await currentVersion(variant[idField] as string);
  return version === null
    ? variant
    : { ...variant, version: typeof valid.version === "number" ? version : String(version) };
}
