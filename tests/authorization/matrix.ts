// THE AUTHORIZATION MATRIX (docs/reliability.md): who may call what. One row per server action, per route
// handler method and per API operation; one column per kind of caller. The tests in
// tests/integration/authorization/ run every cell against a real database and fail for any
// action, route or operation that has no row here — so adding an endpoint means deciding, here,
// who may use it.
//
// Partner A is the organisation the records belong to (it takes part in the mission, delegation
// and event; the joint action is its own); partner B is another organisation.

export const actors = ["anonymous", "admin", "staff", "manager", "partnerA", "partnerB"] as const;
export type Actor = (typeof actors)[number];

export const actorLabels: Record<Actor, string> = {
  anonymous: "anonymous",
  admin: "ADMIN",
  staff: "STAFF",
  manager: "MANAGER",
  partnerA: "PARTNER of A",
  partnerB: "PARTNER of B",
};

/** What the caller gets. Every refusal is also checked to have changed nothing in the database. */
export const outcomes = {
  ok: "allowed and done: the change is in the database (actions, writes) or a 2xx answer with the record (reads)",
  scoped: "allowed, but the answer holds only the caller's organisation's records (partner A's record is not in it)",
  "sign-in": "server action: redirected to the sign-in page",
  "401": "route or API: 401, no session or no valid token",
  "403": "refused for the role: the 403 page (server action) or a 403 answer",
  "404": "outside the caller's scope: answered as if the record did not exist",
} as const;
export type Outcome = keyof typeof outcomes;

type Row = readonly [
  anonymous: Outcome,
  admin: Outcome,
  staff: Outcome,
  manager: Outcome,
  partnerA: Outcome,
  partnerB: Outcome,
];

/**
 * Server actions, by "<module>#<export>": the module is the "use server" file's path without
 * "lib/" and "/actions.ts" (lib/reference/destinations/actions.ts is "reference/destinations").
 */
// The tables are aligned by column on purpose (Prettier leaves them alone).
// prettier-ignore
export const serverActions: Record<string, Row> = {
  //                                                  anonymous   ADMIN  STAFF  MANAGER  partner A  partner B
  "missions#createMissionAction":                     ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "missions#updateMissionAction":                     ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "missions#changeMissionStatusAction":               ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "missions#archiveMissionAction":                    ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "missions#restoreMissionAction":                    ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "missions/travellers#createTravellerAction":        ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "missions/travellers#updateTravellerAction":        ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "missions/travellers#setTravellerArchivedAction":   ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "missions/costs#createCostAction":                  ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "missions/costs#updateCostAction":                  ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "missions/costs#setCostArchivedAction":             ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "missions/allowances#saveAllowanceDaysAction":      ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "missions/allowances#recordAllowanceCostAction":    ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  // Staff record a partner's answer for it; partner A answers for itself; B has nothing to answer there.
  "missions/follow-ups#answerFollowUpAction":         ["sign-in", "ok",  "ok",  "403",   "ok",      "404"],
  "delegations#createDelegationAction":               ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "delegations#updateDelegationAction":               ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "delegations#changeDelegationStatusAction":         ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "delegations#setDelegationArchivedAction":          ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "events#createEventAction":                         ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "events#updateEventAction":                         ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "events#changeEventStatusAction":                   ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "events#setEventArchivedAction":                    ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  // Partners log their own organisation's actions: B creating one creates B's, and A's are out of B's reach.
  "joint-actions#createJointActionAction":            ["sign-in", "ok",  "ok",  "403",   "ok",      "ok"],
  "joint-actions#updateJointActionAction":            ["sign-in", "ok",  "ok",  "403",   "ok",      "404"],
  "joint-actions#setJointActionArchivedAction":       ["sign-in", "ok",  "ok",  "403",   "ok",      "404"],
  "agreements#createAgreementAction":                 ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "agreements#updateAgreementAction":                 ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "agreements#setAgreementArchivedAction":            ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "towns#createTownAction":                           ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "towns#updateTownAction":                           ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "towns#setTownArchivedAction":                      ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "partners#createPartnerAction":                     ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "partners#updatePartnerAction":                     ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "partners#setPartnerArchivedAction":                ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "reference/destinations#createDestinationAction":   ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "reference/destinations#updateDestinationAction":   ["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "reference/destinations#setDestinationArchivedAction":["sign-in", "ok",  "ok",  "403",   "403",     "403"],
  "reference#createCodeListEntryAction":              ["sign-in", "ok",  "403", "403",   "403",     "403"],
  "reference#updateCodeListEntryAction":              ["sign-in", "ok",  "403", "403",   "403",     "403"],
  "reference#setSectorArchivedAction":                ["sign-in", "ok",  "403", "403",   "403",     "403"],
  "reference#setObjectiveArchivedAction":             ["sign-in", "ok",  "403", "403",   "403",     "403"],
  "reference#createPeriodAction":                     ["sign-in", "ok",  "403", "403",   "403",     "403"],
  "reference#updatePeriodAction":                     ["sign-in", "ok",  "403", "403",   "403",     "403"],
  "reference#setPeriodArchivedAction":                ["sign-in", "ok",  "403", "403",   "403",     "403"],
  "reference/allowance-rates#createAllowanceRateAction":      ["sign-in", "ok",  "403", "403",   "403",     "403"],
  "reference/allowance-rates#updateAllowanceRateAction":      ["sign-in", "ok",  "403", "403",   "403",     "403"],
  "reference/allowance-rates#setAllowanceRateArchivedAction": ["sign-in", "ok",  "403", "403",   "403",     "403"],
  "reference/mission-order-rule#updateMissionOrderRuleAction": ["sign-in", "ok", "403", "403",   "403",     "403"],
  "users#createUserAction":                           ["sign-in", "ok",  "403", "403",   "403",     "403"],
  "users#changeRoleAction":                           ["sign-in", "ok",  "403", "403",   "403",     "403"],
  "users#setActiveAction":                            ["sign-in", "ok",  "403", "403",   "403",     "403"],
  "users#resetPasswordAction":                        ["sign-in", "ok",  "403", "403",   "403",     "403"],
  "users#endSessionsAction":                          ["sign-in", "ok",  "403", "403",   "403",     "403"],
  "dashboard#closeYearAction":                        ["sign-in", "ok",  "403", "ok",    "403",     "403"],
  "dashboard#reopenYearAction":                       ["sign-in", "ok",  "403", "403",   "403",     "403"],
  "account#changeOwnPasswordAction":                  ["sign-in", "ok",  "ok",  "ok",    "ok",      "ok"],
  "account#endOwnOtherSessionsAction":                ["sign-in", "ok",  "ok",  "ok",    "ok",      "ok"],
  // Everyone keeps their own API tokens and calendar feeds (only ever their own rows).
  "account#createApiTokenAction":                     ["sign-in", "ok",  "ok",  "ok",    "ok",      "ok"],
  "account#createCalendarFeedAction":                 ["sign-in", "ok",  "ok",  "ok",    "ok",      "ok"],
  "account#revokeAccessTokenAction":                  ["sign-in", "ok",  "ok",  "ok",    "ok",      "ok"],
  // The language switcher works before signing in too (a cookie); signed in, it is saved on the account.
  "i18n#setLocaleAction":                             ["ok",      "ok",  "ok",  "ok",    "ok",      "ok"],
};

/** Route handlers outside /api/v1, by "<METHOD> <URL path>" (route groups left out). */
// prettier-ignore
export const routeHandlers: Record<string, Row> = {
  //                                                  anonymous   ADMIN  STAFF  MANAGER  partner A  partner B
  "GET /dashboard/export":                            ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "GET /dashboard/report/pdf":                        ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  // The map's country outlines: public geography, one file for everyone, prerendered at build
  // time (the proxy still sends a browser without a session cookie to sign in first).
  "GET /dashboard/world-map.svg":                     ["ok",      "ok",  "ok",  "ok",    "ok",      "ok"],
  // Public by design: a load balancer asks without credentials.
  "GET /api/health":                                  ["ok",      "ok",  "ok",  "ok",    "ok",      "ok"],
  // next-auth's own endpoints: the session answer is the caller's own (empty when anonymous);
  // anyone may sign in, with their own credentials.
  "GET /api/auth/[...nextauth]":                      ["ok",      "ok",  "ok",  "ok",    "ok",      "ok"],
  "POST /api/auth/[...nextauth]":                     ["ok",      "ok",  "ok",  "ok",    "ok",      "ok"],
  // A record as a calendar file: the record's own read rule (another organisation's is "not found").
  "GET /missions/[id]/calendar.ics":                  ["401",     "ok",  "ok",  "ok",    "ok",      "404"],
  "GET /delegations/[id]/calendar.ics":               ["401",     "ok",  "ok",  "ok",    "ok",      "404"],
  "GET /events/[id]/calendar.ics":                    ["401",     "ok",  "ok",  "ok",    "ok",      "404"],
  // The briefing book: whoever may read the mission carries it, partners taking part included.
  "GET /missions/[id]/briefing-book":                 ["401",     "ok",  "ok",  "ok",    "ok",      "404"],
  // The personal feed: its secret is the credential (anonymous = a made-up secret); each feed is
  // its owner's, scoped like everything else.
  "GET /api/calendar/[secret]":                       ["404",     "ok",  "ok",  "ok",    "ok",      "scoped"],
  // Spreadsheet exports: every matching row the caller may read. Partners get their own
  // organisation's missions, delegations, events and joint actions — what the API lists give
  // them — although the missions, delegations and events list pages are closed to them.
  "GET /missions/export":                             ["401",     "ok",  "ok",  "ok",    "ok",      "scoped"],
  "GET /missions/travellers/export":                  ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "GET /missions/costs/export":                       ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "GET /delegations/export":                          ["401",     "ok",  "ok",  "ok",    "ok",      "scoped"],
  "GET /events/export":                               ["401",     "ok",  "ok",  "ok",    "ok",      "scoped"],
  "GET /agreements/export":                           ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "GET /towns/export":                                ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "GET /partners/export":                             ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "GET /destinations/export":                         ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "GET /joint-actions/export":                        ["401",     "ok",  "ok",  "ok",    "ok",      "scoped"],
  "GET /admin/reference/sectors/export":              ["401",     "ok",  "403", "403",   "403",     "403"],
  "GET /admin/reference/objectives/export":           ["401",     "ok",  "403", "403",   "403",     "403"],
  "GET /admin/reference/periods/export":              ["401",     "ok",  "403", "403",   "403",     "403"],
  "GET /admin/reference/allowance-rates/export":      ["401",     "ok",  "403", "403",   "403",     "403"],
  "GET /admin/users/export":                          ["401",     "ok",  "403", "403",   "403",     "403"],
  "GET /admin/audit/export":                          ["401",     "ok",  "403", "403",   "403",     "403"],
  // Imports (template and run): ADMIN and STAFF.
  "GET /missions/import/template":                    ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /missions/import/run":                        ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /missions/travellers/import/template":         ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /missions/travellers/import/run":             ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /missions/costs/import/template":              ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /missions/costs/import/run":                  ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /delegations/import/template":                 ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /delegations/import/run":                     ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /events/import/template":                      ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /events/import/run":                          ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /joint-actions/import/template":               ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /joint-actions/import/run":                   ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /towns/import/template":                       ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /towns/import/run":                           ["401",     "ok",  "ok",  "403",   "403",     "403"],
  // The rates are reference data administrators keep (decision 018): their import is theirs.
  "GET /admin/reference/allowance-rates/import/template":["401",   "ok",  "403", "403",   "403",     "403"],
  "POST /admin/reference/allowance-rates/import/run":  ["401",     "ok",  "403", "403",   "403",     "403"],
  // The searchable pickers' matches (lists' filters, forms' choices): the same rule as the lists
  // and forms they serve. Partners are the office's; every role links and filters by destination
  // (partner users on their joint actions); missions, delegations and events as their lists read them.
  "GET /api/options/partners":                        ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "GET /api/options/destinations":                    ["401",     "ok",  "ok",  "ok",    "ok",      "ok"],
  "GET /api/options/missions":                        ["401",     "ok",  "ok",  "ok",    "ok",      "scoped"],
  "GET /api/options/delegations":                     ["401",     "ok",  "ok",  "ok",    "ok",      "scoped"],
  "GET /api/options/events":                          ["401",     "ok",  "ok",  "ok",    "ok",      "scoped"],
  // The API's contract is public like any published specification (it holds no data).
  "GET /api/v1/openapi.json":                         ["ok",      "ok",  "ok",  "ok",    "ok",      "ok"],
};

/** API operations, by "<METHOD> <OpenAPI path>"; anonymous = no token. */
// prettier-ignore
export const apiOperations: Record<string, Row> = {
  //                                                  anonymous   ADMIN  STAFF  MANAGER  partner A  partner B
  // Partners read the records their organisation takes part in; another organisation's are "not found".
  "GET /api/v1/missions":                             ["401",     "ok",  "ok",  "ok",    "ok",      "scoped"],
  "POST /api/v1/missions":                            ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /api/v1/missions/{id}":                        ["401",     "ok",  "ok",  "ok",    "ok",      "404"],
  "PUT /api/v1/missions/{id}":                        ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "DELETE /api/v1/missions/{id}":                     ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /api/v1/missions/{id}/restore":               ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /api/v1/missions/{id}/status":                ["401",     "ok",  "ok",  "403",   "403",     "403"],
  // A mission's travellers and costs: the department's own papers and budget (decision 016, 017).
  "GET /api/v1/mission-travellers":                   ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "POST /api/v1/mission-travellers":                  ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /api/v1/mission-travellers/{id}":              ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "PUT /api/v1/mission-travellers/{id}":              ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "DELETE /api/v1/mission-travellers/{id}":           ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /api/v1/mission-travellers/{id}/restore":     ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /api/v1/mission-costs":                        ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "POST /api/v1/mission-costs":                       ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /api/v1/mission-costs/{id}":                   ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "PUT /api/v1/mission-costs/{id}":                   ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "DELETE /api/v1/mission-costs/{id}":                ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /api/v1/mission-costs/{id}/restore":          ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /api/v1/delegations":                          ["401",     "ok",  "ok",  "ok",    "ok",      "scoped"],
  "POST /api/v1/delegations":                         ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /api/v1/delegations/{id}":                     ["401",     "ok",  "ok",  "ok",    "ok",      "404"],
  "PUT /api/v1/delegations/{id}":                     ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "DELETE /api/v1/delegations/{id}":                  ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /api/v1/delegations/{id}/restore":            ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /api/v1/delegations/{id}/status":             ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /api/v1/events":                               ["401",     "ok",  "ok",  "ok",    "ok",      "scoped"],
  "POST /api/v1/events":                              ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /api/v1/events/{id}":                          ["401",     "ok",  "ok",  "ok",    "ok",      "404"],
  "PUT /api/v1/events/{id}":                          ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "DELETE /api/v1/events/{id}":                       ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /api/v1/events/{id}/restore":                 ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /api/v1/events/{id}/status":                  ["401",     "ok",  "ok",  "403",   "403",     "403"],
  // Partners log and change their own organisation's joint actions (B creating one creates B's).
  "GET /api/v1/joint-actions":                        ["401",     "ok",  "ok",  "ok",    "ok",      "scoped"],
  "POST /api/v1/joint-actions":                       ["401",     "ok",  "ok",  "403",   "ok",      "ok"],
  "GET /api/v1/joint-actions/{id}":                   ["401",     "ok",  "ok",  "ok",    "ok",      "404"],
  "PUT /api/v1/joint-actions/{id}":                   ["401",     "ok",  "ok",  "403",   "ok",      "404"],
  "DELETE /api/v1/joint-actions/{id}":                ["401",     "ok",  "ok",  "403",   "ok",      "404"],
  "POST /api/v1/joint-actions/{id}/restore":          ["401",     "ok",  "ok",  "403",   "ok",      "404"],
  // The department's own records: nothing of them is a partner's.
  "GET /api/v1/towns":                                ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "POST /api/v1/towns":                               ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /api/v1/towns/{id}":                           ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "PUT /api/v1/towns/{id}":                           ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "DELETE /api/v1/towns/{id}":                        ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /api/v1/towns/{id}/restore":                  ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /api/v1/agreements":                           ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "POST /api/v1/agreements":                          ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /api/v1/agreements/{id}":                      ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "PUT /api/v1/agreements/{id}":                      ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "DELETE /api/v1/agreements/{id}":                   ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /api/v1/agreements/{id}/restore":             ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /api/v1/partners":                             ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "POST /api/v1/partners":                            ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /api/v1/partners/{id}":                        ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "PUT /api/v1/partners/{id}":                        ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "DELETE /api/v1/partners/{id}":                     ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /api/v1/partners/{id}/restore":               ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /api/v1/destinations":                         ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "POST /api/v1/destinations":                        ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "GET /api/v1/destinations/{id}":                    ["401",     "ok",  "ok",  "ok",    "403",     "403"],
  "PUT /api/v1/destinations/{id}":                    ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "DELETE /api/v1/destinations/{id}":                 ["401",     "ok",  "ok",  "403",   "403",     "403"],
  "POST /api/v1/destinations/{id}/restore":           ["401",     "ok",  "ok",  "403",   "403",     "403"],
  // Sectors and objectives are kept under /admin by ADMIN; every signed-in user reads them (their ids are what bodies name).
  "GET /api/v1/sectors":                              ["401",     "ok",  "ok",  "ok",    "ok",      "ok"],
  "POST /api/v1/sectors":                             ["401",     "ok",  "403", "403",   "403",     "403"],
  "GET /api/v1/sectors/{id}":                         ["401",     "ok",  "ok",  "ok",    "ok",      "ok"],
  "PUT /api/v1/sectors/{id}":                         ["401",     "ok",  "403", "403",   "403",     "403"],
  "DELETE /api/v1/sectors/{id}":                      ["401",     "ok",  "403", "403",   "403",     "403"],
  "POST /api/v1/sectors/{id}/restore":                ["401",     "ok",  "403", "403",   "403",     "403"],
  "GET /api/v1/objectives":                           ["401",     "ok",  "ok",  "ok",    "ok",      "ok"],
  "POST /api/v1/objectives":                          ["401",     "ok",  "403", "403",   "403",     "403"],
  "GET /api/v1/objectives/{id}":                      ["401",     "ok",  "ok",  "ok",    "ok",      "ok"],
  "PUT /api/v1/objectives/{id}":                      ["401",     "ok",  "403", "403",   "403",     "403"],
  "DELETE /api/v1/objectives/{id}":                   ["401",     "ok",  "403", "403",   "403",     "403"],
  "POST /api/v1/objectives/{id}/restore":             ["401",     "ok",  "403", "403",   "403",     "403"],
  // The dashboard's figures: the roles that open the dashboard.
  "GET /api/v1/figures":                              ["401",     "ok",  "ok",  "ok",    "403",     "403"],
};

export type MatrixSection = "serverActions" | "routeHandlers" | "apiOperations";
export const matrix: Record<MatrixSection, Record<string, Row>> = { serverActions, routeHandlers, apiOperations };

/** The expected outcome of one cell. */
export function expected(section: MatrixSection, id: string, actor: Actor): Outcome {
  const row = matrix[section][id];
  if (!row) throw new Error(`${id} has no row in tests/authorization/matrix.ts (${section})`);
  return row[actors.indexOf(actor)]!;
}
