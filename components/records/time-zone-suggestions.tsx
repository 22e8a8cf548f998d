"use client";

import { useSyncExternalStore } from "react";
import { timeZoneNames } from "@/lib/time-zones";

const noSubscription = () => () => {};
const noNames: string[] = [];
let names: string[] | null = null;

/**
 * The zone names the browser knows, offered as the user types. Filled in the browser only: the
 * server's list may differ from the browser's, and a page must hydrate as it was rendered.
 */
export function TimeZoneSuggestions({ id }: { id: string }) {
  const suggestions = useSyncExternalStore(
    noSubscription,
    () => (names ??= timeZoneNames()),
    () => noNames,
  );
  return (
    <datalist id={id}>
      {suggestions.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}
