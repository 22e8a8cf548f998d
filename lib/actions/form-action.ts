import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { requireCapability, requireUser, type ActingUser } from "@/lib/auth";
import type { Capability } from "@/lib/policy";
import { failedAction } from "./failure";
import { invalidInput, readForm, type AreaMessages, type FormReading } from "./form-input";
import { withSavedNotice } from "./saved-notice";

// Every server action is built here, one way (docs/decisions/014-one-way-to-write.md): check the
// caller first, read and parse the form with the area's schema, run the data layer (which checks
// again, locks, audits), revalidate, and answer with the one result type or go to the saved
// record. An area's actions.ts ("use server") only says what differs.

/** Who may call: holders of a capability (any of several), or any signed-in user. */
export type Caller =
  Capability | readonly [Capability, ...Capability[]] | "signedIn" | "signedInAwaitingPasswordChange";

/** A path to revalidate once done: a page, or a layout and everything below it. */
export type Revalidation = string | { path: string; type: "layout" | "page" };

type Options<TInput, TData, TEarly> = {
  caller: Caller;
  /** How to read the form (default: its text fields). */
  read?: (formData: FormData) => FormReading;
  schema: z.ZodType<TInput>;
  /** The area's validation messages, looked up before the shared ones ("missions.validation"). */
  messages?: AreaMessages;
  /**
   * Runs before the write and may answer instead of it (a save held back until the user has seen
   * similar records). Null lets the write go on.
   */
  check?: (user: ActingUser, input: TInput, values: Record<string, string>) => Promise<TEarly | null>;
  run: (user: ActingUser, input: TInput) => Promise<TData>;
  revalidate?: readonly Revalidation[] | ((input: TInput) => readonly Revalidation[]);
  /** Where to go once saved (the record's page); without it the action answers { ok: true, data }. */
  redirectTo?: (data: TData, input: TInput) => string;
  /** What was typed is not sent back after a refusal (passwords). */
  isSecret?: boolean;
};

export type FormAction<TResult> = (previous: TResult | null, formData: FormData) => Promise<TResult>;

async function requireCaller(caller: Caller): Promise<ActingUser> {
  if (caller === "signedIn") return requireUser();
  if (caller === "signedInAwaitingPasswordChange") return requireUser({ allowPendingPasswordChange: true });
  return typeof caller === "string" ? requireCapability(caller) : requireCapability(...caller);
}

/** What a successful action answers: nothing for a write that returns nothing. */
type Answer<TData> = TData extends void ? undefined : TData;

/** An action that goes to the saved record answers only its refusals. */
export function formAction<TInput, TData, TEarly = never>(
  options: Options<TInput, TData, TEarly> & { redirectTo: (data: TData, input: TInput) => string },
): FormAction<ActionResult | TEarly>;
export function formAction<TInput, TData, TEarly = never>(
  options: Options<TInput, TData, TEarly> & { redirectTo?: undefined },
): FormAction<ActionResult<Answer<TData>> | TEarly>;
export function formAction<TInput, TData, TEarly = never>(
  options: Options<TInput, TData, TEarly>,
): FormAction<ActionResult<Answer<TData>> | TEarly> {
  return async (_previous, formData) => {
    const user = await requireCaller(options.caller);
    const reading = (options.read ?? readForm)(formData);
    const values = options.isSecret ? {} : reading.values;
    const parsed = options.schema.safeParse(reading.input);
    if (!parsed.success) return invalidInput(parsed.error, values, options.messages);
    let data: TData;
    try {
      const early = options.check ? await options.check(user, parsed.data, values) : null;
      if (early !== null) return early;
      data = await options.run(user, parsed.data);
    } catch (error) {
      return failedAction(error, options.isSecret ? undefined : values);
    }
    const paths =
      typeof options.revalidate === "function" ? options.revalidate(parsed.data) : (options.revalidate ?? []);
    for (const path of paths) {
      if (typeof path === "string") revalidatePath(path);
      else revalidatePath(path.path, path.type);
    }
    // The page it goes to says it is saved (components/app-shell/saved-notice.tsx).
    if (options.redirectTo) redirect(withSavedNotice(options.redirectTo(data, parsed.data)));
    return { ok: true, data: data as Answer<TData> };
  };
}
