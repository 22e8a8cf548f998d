import "server-only";
import type { ActingUser } from "@/lib/auth";
import { assertCanEditRecords } from "@/lib/records/access";
import type { PickerOption } from "@/lib/records/option-query";
import { destinationLabel, listObjectiveOptions, listSectorOptions, partnerLabel } from "@/lib/reference/options";
import type { MissionDetail } from "./queries";

// What the create and edit forms need. Sectors and objectives are short lists, offered whole
// (archived ones only when the mission already links to them). Destinations and partners are
// searched (GET /api/options/…), not listed — thousands at the scale of decades (decision 011): only
// the mission's own are sent, for their labels, read from the mission already loaded.

export async function missionFormOptions(actor: ActingUser, mission?: MissionDetail) {
  assertCanEditRecords(actor);
  const [sectors, objectives] = await Promise.all([
    listSectorOptions(actor.locale, mission?.sectors.map((item) => item.id) ?? []),
    listObjectiveOptions(actor.locale, mission?.objectives.map((item) => item.id) ?? []),
  ]);
  const chosen: PickerOption[] = [
    ...(mission?.destinations ?? []).map((destination) => ({
      id: destination.id,
      label: destinationLabel(destination),
      countryCode: destination.countryCode,
    })),
    ...(mission?.partners ?? []).map((partner) => ({ id: partner.partnerId, label: partnerLabel(partner) })),
  ];
  return { sectors, objectives, chosen };
}
