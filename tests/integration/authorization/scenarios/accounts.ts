// Users and roles, the year close, one's own account and language.
import { expect } from "vitest";
import { closeYear } from "@/lib/dashboard/closures";
import { openSession } from "@/lib/auth/sessions";
import { localeCookieName } from "@/lib/i18n/config";
import { testDb } from "../../setup/database";
import { nextNumber, staffAccount } from "../fixtures";
import { requestCookies } from "../request-scope";
import { matrixPassword } from "../world";
import { form, type ActionScenario } from "./types";

// Each call closes a year of its own (a closed year cannot be closed twice).
let year = 1990;

export const accountScenarios: Record<string, ActionScenario> = {
  "users#createUserAction": {
    audit: "user.create",
    prepare: async () => ({
      form: form({
        email: `new-colleague-${nextNumber()}@example.test`,
        name: "New Colleague",
        role: "STAFF",
        partnerId: "",
      }),
    }),
  },
  "users#changeRoleAction": {
    audit: "user.changeRole",
    prepare: async () => {
      const target = await staffAccount();
      return { form: form({ userId: target.id, role: "MANAGER", partnerId: "", version: String(target.version) }) };
    },
  },
  "users#setActiveAction": {
    audit: "user.deactivate",
    prepare: async () => {
      const target = await staffAccount();
      return { form: form({ userId: target.id, isActive: "false", version: String(target.version) }) };
    },
  },
  "users#resetPasswordAction": {
    audit: "user.resetPassword",
    prepare: async () => {
      const target = await staffAccount();
      return { form: form({ userId: target.id, version: String(target.version) }) };
    },
  },
  "users#endSessionsAction": {
    audit: "user.signOutEverywhere",
    prepare: async () => {
      const target = await staffAccount();
      await openSession(testDb, target.id);
      return { form: form({ userId: target.id }) };
    },
  },
  "dashboard#closeYearAction": {
    audit: "year.close",
    prepare: async () => ({ form: form({ year: String((year += 1)) }) }),
  },
  "dashboard#reopenYearAction": {
    audit: "year.reopen",
    prepare: async (world) => {
      year += 1;
      await closeYear(world.users.admin, year);
      return { form: form({ year: String(year) }) };
    },
  },
  "account#changeOwnPasswordAction": {
    audit: "user.changeOwnPassword",
    prepare: async () => {
      const newPassword = `Correct horse battery staple ${nextNumber()} Nice`;
      return { form: form({ currentPassword: matrixPassword, newPassword, confirmPassword: newPassword }) };
    },
  },
  "account#endOwnOtherSessionsAction": {
    audit: "user.endOwnOtherSessions",
    prepare: async (_world, caller) => {
      // The caller is signed in on a second browser, which the call ends.
      const otherBrowser = caller ? await openSession(testDb, caller.id) : null;
      return {
        form: form({}),
        verify: async () =>
          expect(await testDb.userSession.findUniqueOrThrow({ where: { id: otherBrowser! } })).toMatchObject({
            endedReason: "SIGNED_OUT_EVERYWHERE",
          }),
      };
    },
  },
  "i18n#setLocaleAction": {
    // Anonymous: only the cookie; signed in: the account too.
    audit: (caller) => (caller ? "user.setLocale" : null),
    prepare: async () => ({
      form: form({ locale: "en" }),
      verify: async () => expect(requestCookies().get(localeCookieName)?.value).toBe("en"),
    }),
  },
};
