// Shared by the mission form and its actions: no server imports. Messages are keys under
// "validation", or under "missions.validation" for the mission-specific ones (see form-errors.ts).
import { z } from "zod";
import type { MissionPartnerRole, ParticipantKind } from "@/lib/generated/prisma/enums";
import { parseEuros } from "@/lib/money";
import { isAcceptedDay } from "@/lib/time";
import { chosenIds, formRows, type RowSection } from "./form-values";
import { missionStatuses } from "./status";

import { participantKinds, partnerRoles, textLimits } from "./form-limits";

export { participantKinds, partnerRoles, textLimits };
/** Below PostgreSQL's int limit for cents (21 million euros). */
const maxCents = 2_000_000_000;
const maxCount = 1_000_000;

export type MissionPartnerInput = {
  partnerId: string;
  role: MissionPartnerRole;
  contributionCents: number;
  /** What the partner seeks from the trip; none when left out. */
  seeks?: string;
};
export type MissionParticipantInput = { name: string; kind: ParticipantKind; organisation: string };
/** One slot; its time is the local time of where it takes place. */
export type MissionAgendaInput = { day: string; time: string; title: string; location: string; counterpart?: string };

export type MissionInput = {
  title: string;
  /** Calendar days, YYYY-MM-DD. */
  startDate: string;
  endDate: string;
  destinationIds: string[];
  sectorIds: string[];
  objectiveIds: string[];
  summary: string;
  budgetCents: number | null;
  contactsCount: number | null;
  leadsCount: number | null;
  lettersOfIntentCount: number | null;
  outcomeNotes: string;
  nextSteps: string;
  practicalNotes: string;
  partners: MissionPartnerInput[];
  participants: MissionParticipantInput[];
  agenda: MissionAgendaInput[];
};

export type UpdateMissionInput = MissionInput & { id: string; version: number };

/** Reads the flat form fields one by one, recording a keyed issue per bad field, so every mistake shows at once. */
class MissionFormReader {
  failed = false;
  constructor(
    private readonly values: Record<string, string>,
    private readonly ctx: z.RefinementCtx,
  ) {}

  problem(field: string, message: string): void {
    this.failed = true;
    this.ctx.addIssue({ code: "custom", message, path: [field] });
  }

  raw(field: string): string {
    return (this.values[field] ?? "").trim();
  }

  text(field: string, max: number, options: { required?: boolean } = {}): string {
    const value = this.raw(field);
    if (options.required && value === "") this.problem(field, "required");
    else if (value.length > max) this.problem(field, "tooLong");
    return value;
  }

  day(field: string): string {
    const value = this.raw(field);
    if (value === "") this.problem(field, "required");
    else if (!isAcceptedDay(value)) this.problem(field, "invalidDate");
    return value;
  }

  euros(field: string): number | null {
    const value = this.raw(field);
    const cents = parseEuros(value);
    if (cents === null) return null;
    if (value.startsWith("-")) this.problem(field, "notNegative");
    else if (Number.isNaN(cents) || cents > maxCents) this.problem(field, "invalidAmount");
    return cents;
  }

  count(field: string): number | null {
    const value = this.raw(field);
    if (value === "") return null;
    if (value.startsWith("-")) this.problem(field, "notNegative");
    else if (!/^\d{1,7}$/.test(value) || Number(value) > maxCount) this.problem(field, "invalidCount");
    return Number(value);
  }

  choice<T extends string>(field: string, options: readonly T[]): T {
    const value = this.raw(field);
    if (!(options as readonly string[]).includes(value)) this.problem(field, "invalidChoice");
    return value as T;
  }

  ids(field: "destinationIds" | "sectorIds" | "objectiveIds"): string[] {
    const ids = chosenIds(this.values, field);
    if (ids.some((id) => id.length > textLimits.id)) this.problem(field, "invalidChoice");
    return ids;
  }

  rows<S extends RowSection>(section: S) {
    const { rows, overflow } = formRows(this.values, section);
    if (overflow) this.problem(section, "tooManyRows");
    return rows;
  }
}

function readPartners(form: MissionFormReader): MissionPartnerInput[] {
  const seen = new Set<string>();
  const partners: MissionPartnerInput[] = [];
  form.rows("partners").forEach((row, index) => {
    const prefix = `partners.${index}`;
    // A row added and left empty is dropped, not an error.
    if (row.partnerId.trim() === "" && row.contribution.trim() === "" && row.seeks.trim() === "") return;
    const partnerId = form.text(`${prefix}.partnerId`, textLimits.id, { required: true });
    if (partnerId && seen.has(partnerId)) form.problem(`${prefix}.partnerId`, "duplicatePartner");
    seen.add(partnerId);
    const role = form.choice(`${prefix}.role`, partnerRoles);
    const contributionCents = form.euros(`${prefix}.contribution`) ?? 0;
    const seeks = form.text(`${prefix}.seeks`, textLimits.line);
    partners.push({ partnerId, role, contributionCents, seeks });
  });
  return partners;
}

function readParticipants(form: MissionFormReader): MissionParticipantInput[] {
  const participants: MissionParticipantInput[] = [];
  form.rows("participants").forEach((row, index) => {
    const prefix = `participants.${index}`;
    if (row.name.trim() === "" && row.organisation.trim() === "") return;
    participants.push({
      name: form.text(`${prefix}.name`, textLimits.line, { required: true }),
      kind: form.choice(`${prefix}.kind`, participantKinds),
      organisation: form.text(`${prefix}.organisation`, textLimits.line),
    });
  });
  return participants;
}

function readAgenda(form: MissionFormReader, startDate: string, endDate: string): MissionAgendaInput[] {
  const agenda: MissionAgendaInput[] = [];
  form.rows("agenda").forEach((row, index) => {
    const prefix = `agenda.${index}`;
    if (Object.values(row).every((value) => value.trim() === "")) return;
    const day = form.day(`${prefix}.day`);
    // Only checked against valid mission dates: wrong dates are reported once, on their own fields.
    const datesValid = isAcceptedDay(startDate) && isAcceptedDay(endDate) && startDate <= endDate;
    if (datesValid && isAcceptedDay(day) && (day < startDate || day > endDate)) {
      form.problem(`${prefix}.day`, "agendaDayOutsideMission");
    }
    const time = form.raw(`${prefix}.time`);
    if (time !== "" && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) form.problem(`${prefix}.time`, "invalidTime");
    agenda.push({
      day,
      time,
      title: form.text(`${prefix}.title`, textLimits.line, { required: true }),
      location: form.text(`${prefix}.location`, textLimits.line),
      counterpart: form.text(`${prefix}.counterpart`, textLimits.line),
    });
  });
  return agenda;
}

function readMission(form: MissionFormReader): MissionInput {
  const startDate = form.day("startDate");
  const endDate = form.day("endDate");
  if (isAcceptedDay(startDate) && isAcceptedDay(endDate) && endDate < startDate)
    form.problem("endDate", "endBeforeStart");
  const destinationIds = form.ids("destinationIds");
  if (destinationIds.length === 0) form.problem("destinationIds", "destinationRequired");
  return {
    title: form.text("title", textLimits.title, { required: true }),
    startDate,
    endDate,
    destinationIds,
    sectorIds: form.ids("sectorIds"),
    objectiveIds: form.ids("objectiveIds"),
    summary: form.text("summary", textLimits.longText),
    budgetCents: form.euros("budget"),
    contactsCount: form.count("contactsCount"),
    leadsCount: form.count("leadsCount"),
    lettersOfIntentCount: form.count("lettersOfIntentCount"),
    outcomeNotes: form.text("outcomeNotes", textLimits.longText),
    nextSteps: form.text("nextSteps", textLimits.longText),
    practicalNotes: form.text("practicalNotes", textLimits.longText),
    partners: readPartners(form),
    participants: readParticipants(form),
    agenda: readAgenda(form, startDate, endDate),
  };
}

const formFields = z.record(z.string(), z.string());

/** The create form's fields (see form-values.ts for their names) → a mission, or keyed issues. */
export const createMissionSchema = formFields.transform((values, ctx): MissionInput => {
  const form = new MissionFormReader(values, ctx);
  const mission = readMission(form);
  return form.failed ? z.NEVER : mission;
});

const recordId = z.string().trim().min(1, { error: "invalid" }).max(textLimits.id, { error: "invalid" });
const version = z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" });

/** The edit form: the same fields plus the record and the version it was loaded at. */
export const updateMissionSchema = formFields.transform((values, ctx): UpdateMissionInput => {
  const form = new MissionFormReader(values, ctx);
  const mission = readMission(form);
  const id = recordId.safeParse(values.id);
  const loadedVersion = version.safeParse(values.version);
  if (!id.success) form.problem("id", "invalid");
  if (!loadedVersion.success) form.problem("version", "invalid");
  return form.failed || !id.success || !loadedVersion.success
    ? z.NEVER
    : { ...mission, id: id.data, version: loadedVersion.data };
});

export const changeMissionStatusSchema = z.object({
  id: recordId,
  version,
  status: z.enum(missionStatuses, { error: "invalidChoice" }),
  /** Why: required to return, cancel or reopen (lib/missions/status.ts), kept in the mission's history. */
  comment: z.string().trim().max(textLimits.reason, { error: "tooLong" }).default(""),
});

export const missionVersionSchema = z.object({ id: recordId, version });

export type ChangeMissionStatusInput = {
  id: string;
  version: number;
  status: (typeof missionStatuses)[number];
  comment?: string;
};
export type MissionVersionInput = z.output<typeof missionVersionSchema>;
