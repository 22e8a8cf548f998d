// A mission's repeating parts in one cell each: one item per line, its parts separated by "|"
// ("TCA | Lead | 8000"). Lines → the mission form's row fields ("partners.0.partnerId"…), with the
// cell line each form row came from, so a problem is reported on the right line. No server imports.
import { centsToInput } from "@/lib/money";
import { choiceLabel } from "@/lib/spreadsheets/choices";
import type { WriteContext } from "@/lib/spreadsheets/columns";
import { readDay } from "@/lib/spreadsheets/day-text";
import { splitLines } from "@/lib/spreadsheets/names";
import type { RowReader } from "@/lib/spreadsheets/import/row-reader";

export type MissionLinesRecord = {
  partners: { shortName: string; role: string; contributionCents: number; seeks: string }[];
  participants: { name: string; kind: string; organisation: string }[];
  agenda: { day: string; time: string; title: string; location: string; counterpart: string }[];
};

/** The parts of a line; empty trailing ones are left out, so a line without the optional parts reads as before. */
const joinLine = (...parts: string[]) => {
  while (parts.length > 1 && parts.at(-1) === "") parts.pop();
  return parts.join(" | ");
};

export function writePartnerLines(record: MissionLinesRecord, { t }: WriteContext): string {
  return record.partners
    .map((p) =>
      joinLine(p.shortName, choiceLabel(t, "partnerRole", p.role), centsToInput(p.contributionCents), p.seeks),
    )
    .join("\n");
}

export function writeParticipantLines(record: MissionLinesRecord, { t }: WriteContext): string {
  return record.participants
    .map((p) => joinLine(p.name, choiceLabel(t, "participantKind", p.kind), p.organisation))
    .join("\n");
}

export function writeAgendaLines(record: MissionLinesRecord): string {
  return record.agenda
    .map((item) => joinLine(item.day, item.time, item.title, item.location, item.counterpart))
    .join("\n");
}

/** Form row index → cell line (1-based), per section. */
export type LineMap = Record<"partners" | "participants" | "agenda", number[]>;

const parts = (line: string) => line.split("|").map((part) => part.trim());

/** Adds the three sections' form fields to `values`; returns where each form row came from. */
export function readMissionLines(reader: RowReader, values: Record<string, string>): LineMap {
  const lines: LineMap = { partners: [], participants: [], agenda: [] };
  splitLines(reader.text("partners")).forEach((line, index) => {
    const [name = "", role = "", contribution = "", seeks = ""] = parts(line);
    const partner = reader.reference("partners", "partner", name, index + 1);
    // A role left out means a plain participant; a contribution left out, none.
    const roleCode = role === "" ? "PARTICIPANT" : reader.choiceOf("partners", "partnerRole", role, index + 1);
    if (!partner || !roleCode) return;
    const row = lines.partners.push(index + 1) - 1;
    Object.assign(values, {
      [`partners.${row}.partnerId`]: partner.id,
      [`partners.${row}.role`]: roleCode,
      [`partners.${row}.contribution`]: contribution,
      [`partners.${row}.seeks`]: seeks,
    });
  });
  splitLines(reader.text("participants")).forEach((line, index) => {
    const [name = "", kind = "", organisation = ""] = parts(line);
    const kindCode = kind === "" ? "OTHER" : reader.choiceOf("participants", "participantKind", kind, index + 1);
    if (!kindCode) return;
    const row = lines.participants.push(index + 1) - 1;
    Object.assign(values, {
      [`participants.${row}.name`]: name,
      [`participants.${row}.kind`]: kindCode,
      [`participants.${row}.organisation`]: organisation,
    });
  });
  splitLines(reader.text("agenda")).forEach((line, index) => {
    const items = parts(line);
    if (items.length < 3 || items.length > 5) {
      reader.fail("agenda", "invalidLine", { line: index + 1, parts: "3–5" });
      return;
    }
    const [day = "", time = "", title = "", location = "", counterpart = ""] = items;
    const row = lines.agenda.push(index + 1) - 1;
    // The form takes YYYY-MM-DD; a day written DD/MM/YYYY is converted, anything else left for the schema to refuse.
    Object.assign(values, {
      [`agenda.${row}.day`]: readDay(day) ?? day,
      [`agenda.${row}.time`]: time,
      [`agenda.${row}.title`]: title,
      [`agenda.${row}.location`]: location,
      [`agenda.${row}.counterpart`]: counterpart,
    });
  });
  return lines;
}
