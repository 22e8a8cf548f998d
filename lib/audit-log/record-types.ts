// Record types the audit log can be filtered by (entityType values written by the data layer). A
// module of its own, free of zod, so the audit table's browser bundle does not carry the schema
// library (decision 011); lib/users/list-params.ts re-exports it for the URL schema.
export const auditedRecordTypes = [
  "User",
  "Partner",
  "Mission",
  "MissionTraveller",
  "MissionCost",
  "AllowanceRate",
  "MissionOrderRule",
  "MissionFollowUp",
  "Delegation",
  "InternationalEvent",
  "Agreement",
  "Town",
  "Destination",
  "Sector",
  "Objective",
  "PriorityPeriod",
  "YearClosure",
  "JointAction",
  "AccessToken",
] as const;
