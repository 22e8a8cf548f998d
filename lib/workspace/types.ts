import type {
  DelegationStatus,
  EventStatus,
  JointActionKind,
  MissionPartnerRole,
  MissionStatus,
} from "@/lib/generated/prisma/enums";

// What the partner workspace shows (lib/workspace/queries.ts builds it). No server imports, so the
// page's components can name these types.

/** How many missions, delegations, events and joint actions each section of the workspace shows. */
export const workspaceSectionLimit = 10;

/** This Paris year, for the actor's organisation. */
export type WorkspaceSummary = {
  year: number;
  missions: number;
  delegations: number;
  events: number;
  jointActions: number;
  contacts: number;
  investorLeads: number;
  contributionCents: number;
};

export type WorkspaceMission = {
  id: string;
  title: string;
  status: MissionStatus;
  startDate: Date;
  endDate: Date;
  isUpcoming: boolean;
  destinations: string[];
  role: MissionPartnerRole;
  contributionCents: number;
};

export type WorkspaceDelegation = {
  id: string;
  title: string;
  status: DelegationStatus;
  arrivalAt: Date;
  departureAt: Date;
  isUpcoming: boolean;
  originCity: string | null;
  originCountryCode: string;
};

export type WorkspaceEvent = {
  id: string;
  title: string;
  status: EventStatus;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  isUpcoming: boolean;
};

export type WorkspaceJointAction = {
  id: string;
  date: Date;
  kind: JointActionKind;
  title: string;
  contactsCount: number;
  investorLeadsCount: number;
  destinationCity: string | null;
};

export type WorkspaceData = {
  partner: { name: string; shortName: string };
  summary: WorkspaceSummary;
  missions: WorkspaceMission[];
  delegations: WorkspaceDelegation[];
  events: WorkspaceEvent[];
  jointActions: WorkspaceJointAction[];
};
