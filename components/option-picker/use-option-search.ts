"use client";

import { useEffect, useState } from "react";
import { optionSearchUrl, type OptionKind, type PickerOption } from "@/lib/records/option-query";

export type OptionSearchStatus = "loading" | "ready" | "error";

/** Waits this long after the last keystroke before asking the server: one request per pause, not per key. */
const debounceMs = 250;

type Answer = { kind: OptionKind; query: string; status: "ready" | "error"; options: PickerOption[] };

/**
 * The server's matches for `query` while `isOpen`. A newer query aborts the older request, so an
 * answer that arrives late never replaces a newer one. Until the answer for the current query is
 * in, the status is "loading" (derived, not stored: nothing to reset on each keystroke).
 */
export function useOptionSearch(
  kind: OptionKind,
  query: string,
  isOpen: boolean,
): { status: OptionSearchStatus; options: PickerOption[] } {
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (!isOpen) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(optionSearchUrl(kind, query), {
          signal: controller.signal,
          headers: { Accept: "application/json" },
        });
        if (!response.ok) throw new Error(`options ${kind}: ${response.status}`);
        const body = (await response.json()) as { options: PickerOption[] };
        setAnswer({ kind, query, status: "ready", options: body.options });
      } catch {
        if (!controller.signal.aborted) setAnswer({ kind, query, status: "error", options: [] });
      }
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [kind, query, isOpen]);
  if (!answer || answer.kind !== kind || answer.query !== query) return { status: "loading", options: [] };
  return { status: answer.status, options: answer.options };
}
