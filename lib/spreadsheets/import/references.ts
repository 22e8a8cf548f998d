// Names in an imported file → the ids of existing records: partners by short name or name,
// destinations by "City (CC)" or a city found once, sectors and objectives by either language's
// name or code, and (for joint actions) missions, delegations and events by title, with their date
// in brackets when one title is used more than once. No server imports: the data is loaded by
// lib/spreadsheets/queries and handed in.
import { nameKey, splitQualifier } from "../names";

export type ReferenceKind = "partner" | "destination" | "sector" | "objective" | "mission" | "delegation" | "event";

export type ReferenceEntry = { id: string; label: string; isArchived: boolean; names: string[]; qualifier: string };

export type Resolution =
  { entry: ReferenceEntry } | { problem: "unknownName" } | { problem: "ambiguousName"; example: string };

export type ReferenceData = Partial<Record<ReferenceKind, ReferenceEntry[]>>;

class NameIndex {
  private readonly byName = new Map<string, ReferenceEntry[]>();

  constructor(entries: readonly ReferenceEntry[]) {
    for (const entry of entries) {
      for (const name of new Set(entry.names.map(nameKey))) {
        const list = this.byName.get(name) ?? [];
        list.push(entry);
        this.byName.set(name, list);
      }
    }
  }

  resolve(text: string): Resolution {
    const exact = this.byName.get(nameKey(text)) ?? [];
    if (exact.length === 1) return { entry: exact[0]! };
    // "Xiamen (CN)", "Mission Turin (2016-10-17)": the bracket says which of several.
    const { name, qualifier } = splitQualifier(text);
    if (qualifier !== null) {
      const qualified = (this.byName.get(nameKey(name)) ?? []).filter(
        (entry) => nameKey(entry.qualifier) === nameKey(qualifier),
      );
      if (qualified.length === 1) return { entry: qualified[0]! };
    }
    if (exact.length > 1) return { problem: "ambiguousName", example: `${text.trim()} (${exact[0]!.qualifier})` };
    return { problem: "unknownName" };
  }
}

export class References {
  private readonly indexes = new Map<ReferenceKind, NameIndex>();

  constructor(data: ReferenceData) {
    for (const [kind, entries] of Object.entries(data) as [ReferenceKind, ReferenceEntry[]][])
      this.indexes.set(kind, new NameIndex(entries));
  }

  resolve(kind: ReferenceKind, text: string): Resolution {
    return this.indexes.get(kind)?.resolve(text) ?? { problem: "unknownName" };
  }
}
