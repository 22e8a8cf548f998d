import { describe, expect, it } from "vitest";
import { accountRule, lockedUntil } from "./throttle";

const now = new Date("2026-03-01T10:00:00Z");
const minutesAgo = (count: number) => new Date(now.getTime() - count * 60_000);
/** `count` failures, newest first, one every `spacing` minutes, the newest `newest` minutes ago. */
const failures = (count: number, newest: number, spacing = 1) =>
  Array.from({ length: count }, (_, i) => minutesAgo(newest + i * spacing));

describe("lockedUntil", () => {
  it("does not lock before the tenth failure", () => {
    expect(lockedUntil(failures(9, 0), accountRule, now)).toBeNull();
  });

  it("locks for 15 minutes from the tenth failure within 15 minutes", () => {
    expect(lockedUntil(failures(10, 2), accountRule, now)).toEqual(new Date(minutesAgo(2).getTime() + 15 * 60_000));
  });

  it("does not lock when the ten failures are spread over more than 15 minutes", () => {
    expect(lockedUntil(failures(10, 0, 2), accountRule, now)).toBeNull();
  });

  it("lets the lock expire 15 minutes after the last failure", () => {
    expect(lockedUntil(failures(10, 15), accountRule, now)).toBeNull();
    expect(lockedUntil(failures(10, 14), accountRule, now)).not.toBeNull();
  });
});
