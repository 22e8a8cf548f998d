import { addMonths } from "@/lib/time";
// "Expiring within six months": agreements whose end date falls between today and the
// same day six months later, both included, in Paris calendar days. Pure, so it is unit-tested
// and the list query can be given a fixed "today".

export const expiryMonths = 6;

export function expiryWindow(today: string): { from: string; to: string } {
  return { from: today, to: addMonths(today, expiryMonths) };
}
