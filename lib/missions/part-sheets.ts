// A mission's travellers and its cost lines as spreadsheets (decision 024): one row per traveller
// or cost line, its mission named in the first column ("Title (YYYY-MM-DD)", as the joint actions
// name theirs), then the part's declared fields (./travellers/fields.ts, ./costs/fields.ts) read
// through the part's own form schema. Keys: a traveller is its mission and name; a cost line its
// mission, category and description (several lines may share one: rows and lines are paired).
// An import adds and updates parts; it never removes one. No server imports.
import type { z } from "zod";
import { recordReference } from "@/lib/joint-actions/sheet";
import type { Fields } from "@/lib/records/fields";
import type { ColumnDef, ColumnGroup } from "@/lib/spreadsheets/columns";
import { declaredColumns, issueColumnOf, readDeclared, type SheetValues } from "@/lib/spreadsheets/declared-columns";
import { reportIssues, type RowReader } from "@/lib/spreadsheets/import/row-reader";
import { canonicalJson, titleKey, type ImportableSheet, type SheetRecord } from "@/lib/spreadsheets/sheet-types";
import { costFields } from "./costs/fields";
import { costSchema, type CostInput } from "./costs/schemas";
import { travellerFields } from "./travellers/fields";
import { travellerSchema, type TravellerInput } from "./travellers/schemas";

/** The mission a part's row names, as its first column writes it. */
export type PartMission = { missionId: string; mission: { title: string; startDate: string } };

export type TravellerSheetRecord = SheetRecord & PartMission & SheetValues<typeof travellerFields>;
export type CostSheetRecord = SheetRecord & PartMission & SheetValues<typeof costFields>;

const missionColumn: ColumnDef<PartMission> = {
  key: "mission",
  kind: "record",
  required: true,
  write: (r) => recordReference(r.mission.title, r.mission.startDate),
};

function partSheet<TRecord extends SheetRecord & PartMission, TInput extends { missionId: string }>(spec: {
  group: Extract<ColumnGroup, "missionTravellers" | "missionCosts">;
  fields: Fields;
  schema: z.ZodType<TInput>;
  /** The part's key within its mission. */
  keyOf(part: TInput | TRecord): string;
  /** How the preview names the part, after its mission. */
  label(input: TInput, reader: RowReader): string;
}): ImportableSheet<TRecord, TInput> {
  const fieldColumn = issueColumnOf(spec.fields);
  const columns = [missionColumn, ...declaredColumns<TRecord>(spec.fields)] as ColumnDef<TRecord>[];

  function read(reader: RowReader): ReturnType<ImportableSheet<TRecord, TInput>["read"]> {
    const mission = reader.optionalReference("mission", "mission");
    if (mission === undefined) reader.failValidation("mission", "missions", "required");
    const { input: cells } = readDeclared(reader, spec.fields);
    const parsed = spec.schema.safeParse({ ...cells, missionId: mission?.id ?? "" });
    if (!parsed.success)
      reportIssues(reader, parsed.error.issues, "missions", (field) =>
        field === "missionId" ? { column: "mission" } : fieldColumn(field),
      );
    if (!parsed.success || reader.failed || !mission) return null;
    const input = parsed.data;
    return {
      input,
      keys: [`${input.missionId}|${spec.keyOf(input)}`],
      label: `${mission.label} — ${spec.label(input, reader)}`,
      fields: canonicalJson(input),
    };
  }

  return {
    group: spec.group,
    namespace: "missions",
    columns,
    read,
    recordKeys: (record) => [`${record.missionId}|${spec.keyOf(record)}`],
    extraReferenceKinds: ["mission"],
  };
}

export const travellerSheet = partSheet<TravellerSheetRecord, TravellerInput>({
  group: "missionTravellers",
  fields: travellerFields,
  schema: travellerSchema,
  keyOf: (traveller) => titleKey(traveller.name),
  label: (traveller) => traveller.name,
});

export const costSheet = partSheet<CostSheetRecord, CostInput>({
  group: "missionCosts",
  fields: costFields,
  schema: costSchema,
  keyOf: (cost) => `${cost.category}|${titleKey(cost.description)}`,
  label: (cost, reader) =>
    [reader.context.t.t(`${costFields.category.labels}.${cost.category}`), cost.description]
      .filter(Boolean)
      .join(" — "),
});
