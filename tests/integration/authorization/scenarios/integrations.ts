// API tokens and calendar feeds: every signed-in user manages their own.
import { createAccessToken } from "@/lib/api/tokens";
import { form, type ActionScenario } from "./types";

export const integrationScenarios: Record<string, ActionScenario> = {
  "account#createApiTokenAction": {
    audit: "accessToken.create",
    prepare: async () => ({ form: form({ name: "Site de la communication" }) }),
  },
  "account#createCalendarFeedAction": {
    audit: "accessToken.create",
    prepare: async () => ({ form: form({ name: "Outlook" }) }),
  },
  "account#revokeAccessTokenAction": {
    audit: "accessToken.revoke",
    // The caller's own token (an anonymous visitor is sent to sign in before anything is looked up).
    prepare: async (world, caller) => {
      const { id } = await createAccessToken(caller ?? world.users.staff, { kind: "API", name: "to revoke" });
      return { form: form({ id }) };
    },
  },
};
