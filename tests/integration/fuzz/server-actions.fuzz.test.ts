// Every server action gets hundreds of hostile forms from a signed-in ADMIN (the role that may
// call them all, so what is tested is the input handling, not the role check): a valid form of
// the action (from the authorization matrix's scenarios) with fields made hostile, dropped,
// repeated or added. Whatever arrives: no unhandled error, no "unexpected error" answer, and a
// refused form writes nothing.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { serverActions } from "@/tests/authorization/matrix";
import { discoverServerActions, type DiscoveredAction } from "../authorization/discover";
import { nextIntlServerModule } from "../authorization/next-modules";
import { requestAs } from "../authorization/request-scope";
import { actionScenarios } from "../authorization/scenarios";
import { form } from "../authorization/scenarios/types";
import { createWorld } from "../authorization/world";
import { hostileString, hostileVariant, runsPerInput } from "./hostile";
import { atCurrentVersion } from "./versions";
import { countWritesInEachTest, writeCount } from "./write-counter";

vi.mock("next/headers", () => import("../authorization/request-scope").then((scope) => scope.nextHeadersModule));
vi.mock("next/cache", () => import("../authorization/next-modules").then((modules) => modules.nextCacheModule));
vi.mock("next-intl/server", () => import("../authorization/next-modules").then((modules) => modules.nextIntlServerModule));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

countWritesInEachTest();

let discovered: Map<string, DiscoveredAction>;
let inputsTried = 0;

/** What an action answers when something unexpected went wrong (the 500 of a form), in both languages. */
let unexpectedMessages: string[] = [];

beforeAll(async () => {
  discovered = new Map((await discoverServerActions()).map((action) => [action.id, action]));
  const errors = await Promise.all(["fr", "en"].map((locale) => nextIntlServerModule.getTranslations({ locale, namespace: "errors" })));
  unexpectedMessages = errors.map((t) => t("unexpected"));
});

afterAll(() => {
  console.info(`server-action fuzzing: ${inputsTried} hostile forms over ${discovered.size} actions`);
});

/** A form field as a browser could send it: text, several values, or a file where text is expected. */
const hostileFormValue: fc.Arbitrary<string | string[] | File> = fc.oneof(
  { weight: 8, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.array(hostileString, { minLength: 2, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constant(new File(["%PDF-1.4"], "payload.pdf", { type: "application/pdf" })) },
);

function toFormData(fields: Record<string, string | string[] | File | undefined>): FormData {
  const data = form({});
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

function fieldsOf(data: FormData): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const name of new Set(data.keys())) {
    const values = data.getAll(name).map(String);
    fields[name] = values.length === 1 ? values[0]! : values;
  }
  return fields;
}

type Verdict = { accepted: boolean; problem?: string };

async function judge(action: DiscoveredAction, data: FormData): Promise<Verdict> {
  let result: unknown;
  try {
    result = action.run.length === 1 ? await action.run(data) : await action.run(null, data);
  } catch (error) {
    const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : "";
    if (digest.startsWith("NEXT_REDIRECT;")) return { accepted: !digest.includes(";/sign-in;") };
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;")) return { accepted: false };
    return { accepted: false, problem: `unhandled error: ${String(error)}` };
  }
  if (result === undefined) return { accepted: true };
  const answer = result as { ok: boolean; message?: string };
  if (answer.ok) return { accepted: true };
  return unexpectedMessages.includes(answer.message ?? "") ? { accepted: false, problem: "answered with the generic unexpected-error message" } : { accepted: false };
}

describe("server actions under hostile forms", () => {
  for (const id of Object.keys(serverActions)) {
    it(id, async () => {
      const action = discovered.get(id);
      const scenario = actionScenarios[id];
      if (!action || !scenario) throw new Error(`${id}: no such action, or no scenario`);
      const world = await createWorld();
      const admin = world.users.admin;
      const valid = fieldsOf((await scenario.prepare(world, admin)).form);
      let written = await writeCount();
      await fc.assert(
        fc.asyncProperty(hostileVariant<string | string[] | File>(valid, hostileFormValue), async (variant) => {
          inputsTried += 1;
          // Each run is a new request by the same admin (the language cookie of a previous run is gone).
          await requestAs(admin);
          const data = toFormData(await atCurrentVersion(variant, valid));
          const verdict = await judge(action, data);
          expect(verdict.problem, JSON.stringify(variant).slice(0, 300)).toBeUndefined();
          const before = written;
          written = await writeCount();
          if (!verdict.accepted) expect(written, "a refused form wrote to the database").toBe(before);
        }),
        { numRuns: runsPerInput },
      );
    });
  }
});
