import type { Role } from "./schemas";

/** The signed-in user as every data-layer function receives it: who, what role, which organisation. */
export type ActingUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  partnerId: string | null;
  locale: "fr" | "en";
  mustChangePassword: boolean;
  /** The browser session the request came with; absent for API tokens and scripts. */
  sessionId?: string;
};
