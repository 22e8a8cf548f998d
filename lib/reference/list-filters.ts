// List filters agreements, towns and reference data share. No server imports.
import { z } from "zod";

/** A year in the URL (`?year=2016`); anything else means "all years". */
export function yearFilter() {
  return z
    .preprocess((value) => (Array.isArray(value) ? value[0] : value), z.coerce.number().int().min(1900).max(2200).optional())
    .catch(undefined);
}

/** An id in the URL (`?destinationId=…`); anything unusable means "all". */
export function idFilter() {
  return z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().trim().min(1).max(64).optional()).catch(undefined);
}

/** Archived rows are hidden unless `archived=true`, which shows only them. */
export function archivedWhere(archived: boolean | undefined): { archivedAt: null } | { archivedAt: { not: null } } {
  return archived ? { archivedAt: { not: null } } : { archivedAt: null };
}
