// Reads one row of an imported file, cell by cell, collecting every problem with its column so the
// preview shows them all at once. Names are resolved to ids here; an archived entry resolves too
// but is noted, since only links a record already has may point to archived reference data.
import { choiceLabels, readChoice, type ChoiceSetName } from "../choices";
import { readDateTime, readDay, ungroupDigits } from "../day-text";
import { maxCellLength } from "../limits";
import type { SheetTranslator } from "../messages";
import { validationMessage } from "../messages";
import { splitList } from "../names";
import { restoreText } from "../neutralise";
import type { ReferenceEntry, References, ReferenceKind } from "./references";

export type RowError = { column: string | null; message: string };

export type ReadContext = {
  /** The reader's language, for messages. */
  t: SheetTranslator;
  /** Both languages, for recognising labels. */
  translators: readonly SheetTranslator[];
  references: References;
  /** The Paris day and the instant the import runs (status rules compare dates with them). */
  today: string;
  now: Date;
};

export class RowReader {
  readonly errors: RowError[] = [];
  /** Archived reference data the row links to, by column: allowed only where the record already links to it. */
  readonly archivedUses: { column: string; id: string; name: string }[] = [];
  /** Every id the row links to, by column. */
  readonly linked = new Map<string, Set<string>>();

  constructor(
    private readonly cells: ReadonlyMap<string, string>,
    readonly context: ReadContext,
  ) {}

  /** The cell's text, trimmed, with an export's formula guard taken off. */
  text(column: string): string {
    const value = restoreText((this.cells.get(column) ?? "").trim());
    if (value.length > maxCellLength) {
      this.fail(column, "cellTooLong");
      return "";
    }
    return value;
  }

  fail(column: string | null, code: string, values: Record<string, string | number> = {}): void {
    this.errors.push({ column, message: this.context.t.t(`spreadsheets.rowErrors.${code}`, values) });
  }

  /** A validation code of a form schema ("tooLong", "endBeforeStart"…) in words. */
  failValidation(column: string | null, namespace: string, code: string, line?: number): void {
    const message = validationMessage(this.context.t, namespace, code);
    this.errors.push({
      column,
      message: line === undefined ? message : this.context.t.t("spreadsheets.rowErrors.inLine", { line, message }),
    });
  }

  /** "YYYY-MM-DD", "" when empty, null (and an error) when unreadable. */
  day(column: string): string | null {
    const value = this.text(column);
    if (value === "") return "";
    const day = readDay(value);
    if (!day) this.fail(column, "invalidDay", { value });
    return day;
  }

  /** A datetime-local value for the schemas, "" when empty, null (and an error) when unreadable. */
  dateTime(column: string): string | null {
    const value = this.text(column);
    if (value === "") return "";
    const dateTime = readDateTime(value);
    if (!dateTime) this.fail(column, "invalidDateTime", { value });
    return dateTime;
  }

  /** A whole number as the schemas read it ("1 234" → "1234"); their own rules judge it. */
  wholeNumber(column: string): string {
    return ungroupDigits(this.text(column));
  }

  /** The code of a choice, `fallback` when empty, null (and an error) when unknown. */
  choice(column: string, set: ChoiceSetName, fallback: string | null = null): string | null {
    const value = this.text(column);
    if (value === "") return fallback;
    return this.choiceOf(column, set, value);
  }

  choiceOf(column: string, set: ChoiceSetName, value: string, line?: number): string | null {
    const code = readChoice(this.context.translators, set, value);
    if (code === null) {
      const message = this.context.t.t("spreadsheets.rowErrors.unknownChoice", {
        value,
        choices: choiceLabels(this.context.t, set),
      });
      this.errors.push({
        column,
        message: line === undefined ? message : this.context.t.t("spreadsheets.rowErrors.inLine", { line, message }),
      });
    }
    return code;
  }

  /** The entry `name` refers to, or null (and an error). */
  reference(column: string, kind: ReferenceKind, name: string, line?: number): ReferenceEntry | null {
    const resolution = this.context.references.resolve(kind, name);
    if ("problem" in resolution) {
      const values: Record<string, string> =
        resolution.problem === "ambiguousName" ? { name, example: resolution.example } : { name };
      const message = this.context.t.t(`spreadsheets.rowErrors.${resolution.problem}`, values);
      this.errors.push({
        column,
        message: line === undefined ? message : this.context.t.t("spreadsheets.rowErrors.inLine", { line, message }),
      });
      return null;
    }
    const { entry } = resolution;
    if (entry.isArchived) this.archivedUses.push({ column, id: entry.id, name: entry.label });
    const ids = this.linked.get(column) ?? new Set<string>();
    ids.add(entry.id);
    this.linked.set(column, ids);
    return entry;
  }

  /** The ids a list cell ("Smart Cities; Culture") names, each once; unresolved names are errors. */
  references(column: string, kind: ReferenceKind): string[] {
    const entries = splitList(this.text(column)).map((name) => this.reference(column, kind, name));
    return [...new Set(entries.flatMap((entry) => (entry ? [entry.id] : [])))];
  }

  /** An optional single reference: undefined when the cell is empty, null when it names nothing usable. */
  optionalReference(column: string, kind: ReferenceKind): ReferenceEntry | null | undefined {
    const value = this.text(column);
    return value === "" ? undefined : this.reference(column, kind, value);
  }

  /** True when a problem was already reported on `column` (a schema need not report it again). */
  hasError(column: string): boolean {
    return this.errors.some((error) => error.column === column);
  }

  get failed(): boolean {
    return this.errors.length > 0;
  }
}

/** Reports a form schema's issues on the columns their fields come from. */
export function reportIssues(
  reader: RowReader,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  namespace: string,
  columnOf: (field: string) => { column: string; line?: number },
): void {
  const alreadyReported = new Set(reader.errors.map((error) => error.column));
  for (const issue of issues) {
    const { column, line } = columnOf(issue.path.map(String).join("."));
    // A cell the reader could not read is reported once, by the reader.
    if (!alreadyReported.has(column)) reader.failValidation(column, namespace, issue.message, line);
  }
}
