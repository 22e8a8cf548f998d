import "server-only";
import type { ActingUser } from "@/lib/auth";
import { assertCanEditRecords } from "@/lib/records/access";
import { findDestinationOption, findPartnerOptions } from "@/lib/reference/option-search";
import { listSectorOptions } from "@/lib/reference/options";
import { countryOptions } from "@/lib/records/countries";
import type { DelegationDetail } from "./queries";

// What the create and edit forms need: the choices (archived reference data only when the record
// already links to it) and the record's values as the form's text fields. The origin city and the
// partners are searched (GET /api/options/…), not listed: only the current ones' labels are sent.

export async function delegationFormOptions(actor: ActingUser, delegation?: DelegationDetail) {
  assertCanEditRecords(actor);
  const [sectors, partners, origin] = await Promise.all([
    listSectorOptions(actor.locale, delegation?.sectors.map((sector) => sector.id) ?? []),
    findPartnerOptions(actor, delegation?.partners.map((partner) => partner.id) ?? []),
    findDestinationOption(delegation?.originDestinationId ?? undefined),
  ]);
  return { sectors, partners, origin, countries: countryOptions(actor.locale) };
}
