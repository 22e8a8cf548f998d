// Which capability of lib/policy.ts each row of the authorization matrix exercises. The unit test
// next to this file checks that the roles a row lets in are exactly the roles the policy gives
// that capability: the matrix proves the endpoints, and this proves the endpoints follow the policy.
import type { Capability } from "@/lib/policy";
import { type MatrixSection } from "./matrix";

/** "public": no sign-in needed; "signedIn": anyone signed in (their own account, their own language). */
export type Requirement = Capability[] | "public" | "signedIn";

const readsRecords: Capability[] = ["records.read", "records.readOwn"];

/** Rules in order, the first whose pattern matches a row id wins. */
const rules: Record<MatrixSection, [RegExp, Requirement][]> = {
  serverActions: [
    [
      /^(missions|missions\/travellers|missions\/costs|missions\/allowances|delegations|events|agreements|towns)#/,
      ["records.edit"],
    ],
    [/^joint-actions#/, ["jointActions.log"]],
    [/^missions\/follow-ups#/, ["followUps.answer"]],
    [/^(partners|reference\/destinations)#/, ["reference.edit"]],
    [/^(reference|reference\/allowance-rates|reference\/mission-order-rule)#/, ["codeLists.manage"]],
    [/^users#/, ["users.manage"]],
    [/^dashboard#closeYearAction$/, ["years.close"]],
    [/^dashboard#reopenYearAction$/, ["years.reopen"]],
    [/^account#/, "signedIn"],
    [/^i18n#setLocaleAction$/, "public"],
  ],
  routeHandlers: [
    [/^GET \/dashboard\/(export|report\/pdf)$/, ["figures.read"]],
    [/^GET \/(dashboard\/world-map\.svg|api\/health|api\/v1\/openapi\.json|api\/calendar\/\[secret\])$/, "public"],
    [/^(GET|POST) \/api\/auth\/\[\.\.\.nextauth\]$/, "public"],
    [/^GET \/(missions|delegations|events)\/(\[id\]\/calendar\.ics|export)$/, readsRecords],
    [/^GET \/missions\/\[id\]\/briefing-book$/, readsRecords],
    [/^GET \/api\/options\/(missions|delegations|events)$/, readsRecords],
    [/^GET \/joint-actions\/export$/, ["jointActions.read"]],
    [/^GET \/(agreements|towns|missions\/travellers|missions\/costs)\/export$/, ["records.read"]],
    [/^GET \/(partners|destinations)\/export$/, ["reference.read"]],
    [/^GET \/api\/options\/partners$/, ["reference.read"]],
    // Every role picks destinations (partners on their joint actions).
    [/^GET \/api\/options\/destinations$/, "signedIn"],
    [/^GET \/admin\/reference\/[\w-]+\/export$/, ["codeLists.manage"]],
    [/^GET \/admin\/users\/export$/, ["users.manage"]],
    [/^GET \/admin\/audit\/export$/, ["audit.read"]],
    [/^(GET|POST) \/\w[\w-]*(\/(travellers|costs))?\/import\/(template|run)$/, ["records.edit"]],
    [/^(GET|POST) \/admin\/reference\/allowance-rates\/import\/(template|run)$/, ["codeLists.manage"]],
  ],
  apiOperations: [
    [/^GET \/api\/v1\/(missions|delegations|events)(\/\{id\})?$/, readsRecords],
    [/^GET \/api\/v1\/(agreements|towns|mission-travellers|mission-costs)(\/\{id\})?$/, ["records.read"]],
    [/^\w+ \/api\/v1\/(mission-travellers|mission-costs)/, ["records.edit"]],
    [/^\w+ \/api\/v1\/(missions|delegations|events|agreements|towns)/, ["records.edit"]],
    [/^GET \/api\/v1\/joint-actions(\/\{id\})?$/, ["jointActions.read"]],
    [/^\w+ \/api\/v1\/joint-actions/, ["jointActions.log"]],
    [/^GET \/api\/v1\/(partners|destinations)(\/\{id\})?$/, ["reference.read"]],
    [/^\w+ \/api\/v1\/(partners|destinations)/, ["reference.edit"]],
    [/^GET \/api\/v1\/(sectors|objectives)(\/\{id\})?$/, ["codeLists.read"]],
    [/^\w+ \/api\/v1\/(sectors|objectives)/, ["codeLists.manage"]],
    [/^GET \/api\/v1\/figures$/, ["figures.read"]],
  ],
};

/** The requirement of a matrix row, or null when no rule names it (the test then fails). */
export function requirementOf(section: MatrixSection, id: string): Requirement | null {
  return rules[section].find(([pattern]) => pattern.test(id))?.[1] ?? null;
}
