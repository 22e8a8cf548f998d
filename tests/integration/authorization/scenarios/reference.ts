// Agreements, towns and reference data (partners, destinations, sectors, objectives, periods).
import {
  agreement,
  allowanceRate,
  allowanceRateFields,
  codeListEntry,
  destination,
  nextNumber,
  partner,
  period,
  town,
  type Fixture,
} from "../fixtures";
import { testDb } from "../../setup/database";
import type { World } from "../world";
import { form, type ActionScenario } from "./types";

const agreementFields = (world: World) => ({
  title: `Matrix agreement ${nextNumber()}`,
  kind: "TRADEMARK_LICENCE",
  counterpart: "Xiamen municipality",
  destinationId: world.destinationId,
  startDate: "2017-01-01",
  endDate: "2021-12-31",
  isExclusive: "on",
  notes: "",
  missionId: "",
  "themes.0.year": "2017",
  "themes.0.theme": "Carnival",
});

// INSEE codes are unique too: one per town.
const townFields = () => ({
  name: `Matrix town ${nextNumber()}`,
  inseeCode: `06${String(nextNumber() % 1000).padStart(3, "0")}`,
  connectedOn: "2016-04-01",
});
const partnerFields = () => ({
  name: `Matrix organisation ${nextNumber()}`,
  shortName: `MO${nextNumber()}`,
  kind: "AGENCY",
  isActive: "on",
});
const destinationFields = () => ({
  city: `Matrix destination ${nextNumber()}`,
  countryCode: "SG",
  latitude: "1,35",
  longitude: "103.8",
});
const codeListFields = (list: "sector" | "objective") => ({
  list,
  code: `NEW_${nextNumber()}`,
  nameFr: `Nouveau ${nextNumber()}`,
  nameEn: `New ${nextNumber()}`,
});
const periodFields = (world: World) => ({
  label: `P${nextNumber()}`,
  startYear: "2021",
  endYear: "2026",
  destinationIds: [world.destinationId],
});

const archive = (fixture: Fixture) => form({ id: fixture.id, version: String(fixture.version), archived: "true" });
const withVersion = (fixture: Fixture) => ({ id: fixture.id, version: String(fixture.version) });

export const referenceScenarios: Record<string, ActionScenario> = {
  "agreements#createAgreementAction": {
    audit: "agreement.create",
    prepare: async (world) => ({ form: form(agreementFields(world)) }),
  },
  "agreements#updateAgreementAction": {
    audit: "agreement.update",
    prepare: async (world) => ({ form: form({ ...agreementFields(world), ...withVersion(await agreement(world)) }) }),
  },
  "agreements#setAgreementArchivedAction": {
    audit: "agreement.archive",
    prepare: async (world) => ({ form: archive(await agreement(world)) }),
  },
  "towns#createTownAction": { audit: "town.create", prepare: async () => ({ form: form(townFields()) }) },
  "towns#updateTownAction": {
    audit: "town.update",
    prepare: async (world) => ({ form: form({ ...townFields(), ...withVersion(await town(world)) }) }),
  },
  "towns#setTownArchivedAction": {
    audit: "town.archive",
    prepare: async (world) => ({ form: archive(await town(world)) }),
  },
  "partners#createPartnerAction": { audit: "partner.create", prepare: async () => ({ form: form(partnerFields()) }) },
  "partners#updatePartnerAction": {
    audit: "partner.update",
    prepare: async (world) => ({ form: form({ ...partnerFields(), ...withVersion(await partner(world)) }) }),
  },
  "partners#setPartnerArchivedAction": {
    audit: "partner.archive",
    prepare: async (world) => ({ form: archive(await partner(world)) }),
  },
  "reference/destinations#createDestinationAction": {
    audit: "destination.create",
    prepare: async () => ({ form: form(destinationFields()) }),
  },
  "reference/destinations#updateDestinationAction": {
    audit: "destination.update",
    prepare: async (world) => ({ form: form({ ...destinationFields(), ...withVersion(await destination(world)) }) }),
  },
  "reference/destinations#setDestinationArchivedAction": {
    audit: "destination.archive",
    prepare: async (world) => ({ form: archive(await destination(world)) }),
  },
  "reference#createCodeListEntryAction": {
    audit: "sector.create",
    prepare: async () => ({ form: form(codeListFields("sector")) }),
  },
  "reference#updateCodeListEntryAction": {
    audit: "objective.update",
    prepare: async (world) => ({
      form: form({ ...codeListFields("objective"), ...withVersion(await codeListEntry(world, "objective")) }),
    }),
  },
  "reference#setSectorArchivedAction": {
    audit: "sector.archive",
    prepare: async (world) => ({ form: archive(await codeListEntry(world, "sector")) }),
  },
  "reference#setObjectiveArchivedAction": {
    audit: "objective.archive",
    prepare: async (world) => ({ form: archive(await codeListEntry(world, "objective")) }),
  },
  "reference#createPeriodAction": {
    audit: "period.create",
    prepare: async (world) => ({ form: form(periodFields(world)) }),
  },
  "reference#updatePeriodAction": {
    audit: "period.update",
    prepare: async (world) => ({ form: form({ ...periodFields(world), ...withVersion(await period(world)) }) }),
  },
  "reference#setPeriodArchivedAction": {
    audit: "period.archive",
    prepare: async (world) => ({ form: archive(await period(world)) }),
  },
  "reference/allowance-rates#createAllowanceRateAction": {
    audit: "allowanceRate.create",
    prepare: async () => ({ form: form(allowanceRateFields()) }),
  },
  "reference/allowance-rates#updateAllowanceRateAction": {
    audit: "allowanceRate.update",
    prepare: async (world) => {
      const rate = await allowanceRate(world);
      const stored = await testDb.allowanceRate.findUniqueOrThrow({ where: { id: rate.id } });
      return {
        form: form({
          ...withVersion(rate),
          countryCode: stored.countryCode,
          dailyCents: "185,50",
          validFrom: stored.validFrom.toISOString().slice(0, 10),
          validUntil: "",
          source: "Matrix example rate, revised",
        }),
      };
    },
  },
  "reference/allowance-rates#setAllowanceRateArchivedAction": {
    audit: "allowanceRate.archive",
    prepare: async (world) => ({ form: archive(await allowanceRate(world)) }),
  },
  // The one rule: each call saves a new cap at the version stored (its row may be missing in an emptied database).
  "reference/mission-order-rule#updateMissionOrderRuleAction": {
    audit: "missionOrderRule.update",
    prepare: async () => {
      const stored = await testDb.missionOrderRule.findUnique({ where: { id: "mission-orders" } });
      return {
        form: form({
          id: "mission-orders",
          version: String(stored?.version ?? 1),
          maxValidityMonths: String((nextNumber() % 24) + 1),
          source: "Matrix example rule",
        }),
      };
    },
  },
};
