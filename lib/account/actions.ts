"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { createAccessTokenSchema, revokeAccessTokenSchema } from "@/lib/api/token-schemas";
import { createAccessToken, revokeAccessToken } from "@/lib/api/tokens";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { calendarFeedUrl } from "@/lib/calendar-export/site";
import { changeOwnPassword, endOwnOtherSessions } from "@/lib/users/account";

// What every signed-in user does on their own account (lib/actions/form-action.ts): password,
// sessions, API tokens and calendar feeds. The data layer only ever touches the caller's rows.

/** What the integrations page shows once: the token itself, or the feed's full address. */
export type CreatedSecret = { name: string; secret: string };

const integrationsPath = "/account/integrations";

export const changeOwnPasswordAction = formAction({
  // The one thing a session opened with a temporary password may do.
  caller: "signedInAwaitingPasswordChange",
  schema: changePasswordSchema,
  // Passwords are never sent back to the browser, even to refill the form.
  isSecret: true,
  run: changeOwnPassword,
  revalidate: ["/account"],
});

export const endOwnOtherSessionsAction = formAction({
  caller: "signedIn",
  schema: z.object({}),
  run: async (user) => ({ endedSessions: await endOwnOtherSessions(user) }),
  revalidate: ["/account"],
});

export const createApiTokenAction = formAction({
  caller: "signedIn",
  schema: createAccessTokenSchema,
  run: async (user, input): Promise<CreatedSecret> => ({
    name: input.name,
    secret: (await createAccessToken(user, { kind: "API", name: input.name })).secret,
  }),
  revalidate: [integrationsPath],
});

export const createCalendarFeedAction = formAction({
  caller: "signedIn",
  schema: createAccessTokenSchema,
  run: async (user, input): Promise<CreatedSecret> => ({
    name: input.name,
    secret: calendarFeedUrl((await createAccessToken(user, { kind: "CALENDAR_FEED", name: input.name })).secret),
  }),
  revalidate: [integrationsPath],
});

export const revokeAccessTokenAction = formAction({
  caller: "signedIn",
  schema: revokeAccessTokenSchema,
  // The token id is not sent back: the form is a button.
  isSecret: true,
  run: (user, input) => revokeAccessToken(user, input.id),
  revalidate: [integrationsPath],
});
