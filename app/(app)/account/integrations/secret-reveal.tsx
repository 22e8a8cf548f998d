"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

type CopyState = "idle" | "copied" | "failed";

/**
 * A secret shown once, right after it was made: a read-only field (focused, so the keyboard and
 * screen readers land on it) with a copy button. Reloading the page loses it for good.
 */
export function SecretReveal({
  id,
  title,
  label,
  secret,
  shownOnce,
  hint,
}: {
  id: string;
  title: string;
  label: string;
  secret: string;
  /** That it is shown once, in words that agree with what it is (a token, an address). */
  shownOnce: string;
  hint?: string;
}) {
  const t = useTranslations("integrations");
  const field = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<CopyState>("idle");
  useEffect(() => field.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopyState("copied");
    } catch {
      // Clipboard access needs a secure context and permission; the field stays selectable.
      field.current?.select();
      setCopyState("failed");
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="rounded-md border border-green-300 bg-green-50 p-4 text-sm">
      <h4 id={`${id}-title`} className="font-medium text-green-900">
        {title}
      </h4>
      <p className="mt-1 font-medium text-green-900">{shownOnce}</p>
      <label htmlFor={id} className="mt-3 block font-medium text-slate-900">
        {label}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          ref={field}
          id={id}
          readOnly
          value={secret}
          onFocus={(event) => event.currentTarget.select()}
          spellCheck={false}
          aria-describedby={hint ? `${id}-hint` : undefined}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm"
        />
        <button
          type="button"
          onClick={copy}
          className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
        >
          {t("copy")}
        </button>
      </div>
      <p aria-live="polite" className="mt-1 min-h-5 text-green-900">
        {copyState === "copied" ? t("copied") : copyState === "failed" ? t("copyFailed") : ""}
      </p>
      {hint ? (
        <p id={`${id}-hint`} className="text-slate-700">
          {hint}
        </p>
      ) : null}
    </section>
  );
}
