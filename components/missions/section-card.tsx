import type { ReactNode } from "react";

/** A titled white card: the parts of the mission form and of the mission page. */
export function SectionCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={id}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <h2 id={id} className="text-lg font-medium text-brand-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
