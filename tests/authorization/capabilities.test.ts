import { describe, expect, it } from "vitest";
import { roles, type Role } from "@/lib/auth/schemas";
import { rolesWith } from "@/lib/policy";
import { requirementOf } from "./capabilities";
import { actors, matrix, type Actor, type MatrixSection, type Outcome } from "./matrix";

// A refusal for want of the capability; "404" and "scoped" are the organisation scope applied on
// top of a capability the caller holds.
const refusals: Outcome[] = ["sign-in", "401", "403"];

const roleOf: Record<Exclude<Actor, "anonymous">, Role> = {
  admin: "ADMIN",
  staff: "STAFF",
  manager: "MANAGER",
  partnerA: "PARTNER",
  partnerB: "PARTNER",
};

describe("the authorization matrix follows lib/policy.ts", () => {
  for (const section of Object.keys(matrix) as MatrixSection[]) {
    for (const [id, row] of Object.entries(matrix[section])) {
      it(`${section}: ${id}`, () => {
        const requirement = requirementOf(section, id);
        expect(requirement, `${id}: tests/authorization/capabilities.ts names no capability for it`).not.toBeNull();
        const allowed = (actor: Actor) => !refusals.includes(row[actors.indexOf(actor)]!);
        expect(allowed("anonymous"), `${id}: anonymous`).toBe(requirement === "public");
        for (const actor of actors.filter(
          (candidate): candidate is Exclude<Actor, "anonymous"> => candidate !== "anonymous",
        )) {
          const role = roleOf[actor];
          const granted =
            typeof requirement === "string"
              ? true
              : requirement!.some((capability) => rolesWith(capability).includes(role));
          expect(allowed(actor), `${id}: ${actor} (${role})`).toBe(granted);
        }
      });
    }
  }

  it("knows every role", () => {
    expect(Object.values(roleOf).sort()).toEqual(
      [...roles].sort().flatMap((role) => (role === "PARTNER" ? [role, role] : [role])),
    );
  });
});
