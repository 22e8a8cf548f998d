// Users and roles, the year close, one's own account and language.
import { expect } from "vitest";
import { closeYear } from "@/lib/dashboard/closures";
import { localeCookieName } from "@/lib/i18n/config";
import { nextNumber, staffAccount } from "../fixtures";
import { requestCookies } from "../request-scope";
import { matrixPassword } from "../world";
import { form, type ActionScenario } from "./types";

// Each call closes a year of its own (a closed year cannot be closed twice).
let year = 1990;

export const accountScenarios: Record<string, ActionScenario> = {
  "admin/users#createUserAction": {
    audit: "user.create",
    prepare: async () => ({ form: form({ email: `new-colleague-${nextNumber()}@example.test`, name: "New Colleague", role: "STAFF", partnerId: "" }) }),
  },
  "admin/users#changeRoleAction": {
    audit: "user.changeRole",
    prepare: async () => {
      const target = await staffAccount();
      return { form: form({ userId: target.id, role: "MANAGER", partnerId: "", version: String(target.version) }) };
    },
  },
  "admin/users#setActiveAction": {
    audit: "user.deactivate",
    prepare: async () => {
      const target = await staffAccount();
      return { form: form({ userId: target.id, isActive: "false", version: String(target.version) }) };
    },
  },
  "admin/users#resetPasswordAction": {
    audit: "user.resetPassword",
    prepare: async () => {
      const target = await staffAccount();
      return { form: form({ userId: target.id, version: String(target.version) }) };
    },
  },
  "dashboard#closeYearAction": { audit: "year.close", prepare: async () => ({ form: form({ year: String((year += 1)) }) }) },
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
  "lib/i18n#setLocaleAction": {
    // Anonymous: only the cookie; signed in: the account too.
    audit: (caller) => (caller ? "user.setLocale" : null),
    prepare: async () => ({
      form: form({ locale: "en" }),
      verify: async () => expect(requestCookies().get(localeCookieName)?.value).toBe("en"),
    }),
  },
};
