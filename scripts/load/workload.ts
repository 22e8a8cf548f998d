// What the department does at once: who the virtual users are (roles in the proportions of the
// department), and what each does next, weighted — dashboards, lists, searches, record pages, API
// reads, and saves through the API at the version just read (so two people saving the same town
// get a 409, counted apart: that is the conflict rule working, not an error).
import { Browser, timed } from "./browser";
import type { Recorder } from "./stats";

export type Role = "admin" | "staff" | "manager" | "partnerA" | "partnerB";

/** Ids the users click on, found through the API before the run. */
export type Catalogue = {
  towns: string[];
  missions: string[];
  delegations: string[];
  events: string[];
  searchWords: string[];
  /** The missions each partner organisation takes part in (a partner only opens those). */
  partnerMissions: Record<"partnerA" | "partnerB", string[]>;
};

export type VirtualUser = { role: Role; browser: Browser; token: string };

/** Of 100 users: half staff, a fifth managers, a tenth admins, a fifth partner users of two organisations. */
export function roleOf(index: number, users: number): Role {
  const share = index / users;
  if (share < 0.5) return "staff";
  if (share < 0.7) return "manager";
  if (share < 0.8) return "admin";
  return share < 0.9 ? "partnerA" : "partnerB";
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const year = () => pick([2014, 2015, 2016, 2017]);
const page = () => pick([1, 1, 1, 2, 3]);

type Step = { weight: number; run: (user: VirtualUser, recorder: Recorder, catalogue: Catalogue) => Promise<void> };

const get =
  (kind: string, path: (catalogue: Catalogue) => string): Step["run"] =>
  async (user, recorder, catalogue) => {
    await timed(recorder, kind, () => user.browser.fetch(path(catalogue)));
  };

const api =
  (kind: string, path: (catalogue: Catalogue) => string): Step["run"] =>
  async (user, recorder, catalogue) => {
    await timed(recorder, kind, () =>
      fetch(`${user.browser.baseUrl}${path(catalogue)}`, {
        headers: { authorization: `Bearer ${user.token}` },
        signal: AbortSignal.timeout(30_000),
      }),
    );
  };

/** Reads a town through the API and saves it back at that version (If-Match), as an integration would. */
const editTown: Step["run"] = async (user, recorder, catalogue) => {
  const id = pick(catalogue.towns.slice(0, 10));
  const base = user.browser.baseUrl;
  const headers = { authorization: `Bearer ${user.token}` };
  const read = await timed(recorder, "api read", () =>
    fetch(`${base}/api/v1/towns/${id}`, { headers, signal: AbortSignal.timeout(30_000) }),
  );
  if (!read) return;
  const town = JSON.parse(read.body) as { name: string; inseeCode: string | null; connectedOn: string | null };
  await timed(
    recorder,
    "api edit (PUT)",
    () =>
      fetch(`${base}/api/v1/towns/${id}`, {
        method: "PUT",
        signal: AbortSignal.timeout(30_000),
        headers: { ...headers, "content-type": "application/json", "if-match": read.headers.get("etag") ?? "" },
        body: JSON.stringify({ name: town.name, inseeCode: town.inseeCode, connectedOn: town.connectedOn }),
      }),
    true,
  );
};

const listPaths = [
  "/missions",
  "/delegations",
  "/events",
  "/towns",
  "/agreements",
  "/partners",
  "/destinations",
  "/joint-actions",
];
const officeSteps = (dashboardWeight: number): Step[] => [
  { weight: dashboardWeight, run: get("dashboard", () => `/dashboard?year=${year()}`) },
  { weight: 25, run: get("list", () => `${pick(listPaths)}?page=${page()}`) },
  {
    weight: 15,
    run: get(
      "search",
      (catalogue) =>
        `${pick(["/missions", "/delegations", "/events"])}?q=${encodeURIComponent(pick(catalogue.searchWords))}`,
    ),
  },
  {
    weight: 15,
    run: get("record page", (catalogue) =>
      pick([
        `/missions/${pick(catalogue.missions)}`,
        `/delegations/${pick(catalogue.delegations)}`,
        `/events/${pick(catalogue.events)}`,
      ]),
    ),
  },
  {
    weight: 10,
    run: api("api read", (catalogue) =>
      pick([
        `/api/v1/missions?pageSize=25&page=${page()}`,
        `/api/v1/figures?year=${year()}`,
        `/api/v1/delegations/${pick(catalogue.delegations)}`,
      ]),
    ),
  },
];

const stepsByRole: Record<Role, Step[]> = {
  staff: [...officeSteps(15), { weight: 20, run: editTown }],
  admin: [...officeSteps(15), { weight: 20, run: editTown }, { weight: 5, run: get("list", () => "/admin/audit") }],
  // Managers review figures: dashboards weigh more, and they edit nothing.
  manager: officeSteps(35),
  partnerA: partnerSteps("partnerA"),
  partnerB: partnerSteps("partnerB"),
};

function partnerSteps(organisation: "partnerA" | "partnerB"): Step[] {
  return [
    { weight: 30, run: get("dashboard", () => "/workspace") },
    { weight: 20, run: get("list", () => `/joint-actions?page=${page()}`) },
    { weight: 10, run: get("list", () => "/calendar") },
    // Their own organisation's missions only (any other is "not found" to them).
    {
      weight: 20,
      run: get("record page", (catalogue) =>
        catalogue.partnerMissions[organisation].length > 0
          ? `/missions/${pick(catalogue.partnerMissions[organisation])}`
          : "/workspace",
      ),
    },
    { weight: 20, run: api("api read", () => `/api/v1/joint-actions?pageSize=25&page=${page()}`) },
  ];
}

function chooseStep(steps: Step[]): Step {
  let ticket = Math.random() * steps.reduce((sum, step) => sum + step.weight, 0);
  for (const step of steps) {
    ticket -= step.weight;
    if (ticket < 0) return step;
  }
  return steps.at(-1)!;
}

/** One user's session: a step, a pause, until the end of the run. */
export async function runUser(
  user: VirtualUser,
  recorder: Recorder,
  catalogue: Catalogue,
  until: number,
  thinkMs: number,
): Promise<void> {
  // Users do not all start on the same millisecond.
  await new Promise((resolve) => setTimeout(resolve, Math.random() * thinkMs));
  while (Date.now() < until) {
    await chooseStep(stepsByRole[user.role]).run(user, recorder, catalogue);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * thinkMs));
  }
}
