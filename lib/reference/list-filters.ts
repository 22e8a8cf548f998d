// List filters agreements, towns and reference data share. No server imports.

/** Archived rows are hidden unless `archived=true`, which shows only them. */
export function archivedWhere(archived: boolean | undefined): { archivedAt: null } | { archivedAt: { not: null } } {
  return archived ? { archivedAt: { not: null } } : { archivedAt: null };
}
