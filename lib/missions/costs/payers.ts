// Who may pay a mission's cost line: the Métropole (no payer) or one of the mission's partners.
// No server imports.

/** The mission's partners as the payer's choices, "Name (SHORT)". */
export function payersOf(partners: { partnerId: string; name: string; shortName: string }[]) {
  return partners.map((partner) => ({ id: partner.partnerId, label: `${partner.name} (${partner.shortName})` }));
}
