// The one result type of every server action (STYLE.md): expected failures carry a message the user
// can act on; anything unexpected is logged on the server and shown as a generic message.

export type FieldErrors = Record<string, string[] | undefined>;

/** A field someone else changed since the form was opened: its value now, as shown to users. */
export type ConflictField = { field: string; current: string };

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | {
      ok: false;
      message: string;
      fieldErrors?: FieldErrors;
      values?: Record<string, string>;
      conflict?: ConflictField[];
    };

/** An expected failure of a data-layer function (conflict, not found, rule broken): shown as is. */
export class DomainError extends Error {
  constructor(
    /** A message key under "errors" in messages/*.json. */
    readonly code: DomainErrorCode,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(code);
    this.name = "DomainError";
  }
}

export type DomainErrorCode =
  | "conflict"
  | "notFound"
  | "forbidden"
  | "emailTaken"
  | "partnerRequired"
  | "partnerNotAllowed"
  | "unknownPartner"
  | "cannotChangeOwnAccount"
  | "lastAdmin"
  | "wrongCurrentPassword"
  | "commonPassword"
  | "samePassword"
  | "unknownReference"
  | "invalidStatusChange"
  | "completedBeforeStart"
  | "commentRequired"
  | "awaitingApproval"
  | "authorityMissing"
  | "payerNotPartner"
  | "rateOverlaps"
  | "allowanceRateMissing"
  | "allowanceLinesAmbiguous"
  | "allowanceChanged"
  | "followUpNotOpen"
  | "followUpNotDue"
  | "nameTaken"
  | "archived"
  | "yearAlreadyClosed"
  | "yearNotClosed"
  | "unstorableText";

/**
 * Saving over a newer version: nothing was written. `changed` lists the fields whose stored value
 * differs from what the user submitted, so the form can show what the other person changed.
 */
export class ConflictError extends DomainError {
  constructor(readonly changed: ConflictField[]) {
    super("conflict");
    this.name = "ConflictError";
  }
}

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}
