import Link from "next/link";
import type { ReactNode } from "react";

/** A link to a record, as lists and summaries show its name. */
export function RecordLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="font-medium text-brand-700 underline-offset-2 hover:underline">
      {children}
    </Link>
  );
}
