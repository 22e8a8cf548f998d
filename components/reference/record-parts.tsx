import Link from "next/link";
import type { ReactNode } from "react";

// Small pieces every record page of agreements, towns and reference data uses.

export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <Link href={href} className="mb-4 inline-block text-sm text-brand-700 underline">
      {label}
    </Link>
  );
}

/** A primary action that navigates (new record, edit). */
export function ActionLink({ href, label }: { href: string; label: string }) {
  return (
    <Link
      href={href}
      className="inline-block rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
    >
      {label}
    </Link>
  );
}

/** The page title with its actions on the right (below it on a phone). */
export function RecordHeader({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-4">
      <div className="min-w-0">{children}</div>
      {actions ? <div className="flex flex-wrap items-center gap-3">{actions}</div> : null}
    </div>
  );
}

/** A record's fields as label/value pairs in a white card. */
export function DetailList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="mb-8 grid max-w-2xl grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[auto_1fr]">
      {items.map((item) => (
        <div key={item.label} className="contents">
          <dt className="text-slate-600">{item.label}</dt>
          <dd className="mb-2 break-words sm:mb-0">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Said above an archived record, which is read-only until restored. */
export function ArchivedNotice({ text }: { text: string }) {
  return (
    <p
      role="status"
      className="mb-6 max-w-2xl rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      {text}
    </p>
  );
}
