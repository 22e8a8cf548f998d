import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { problemKinds, type ProblemKind } from "@/lib/api/problem";

const code = (chunks: ReactNode) => <code className="rounded bg-slate-100 px-1 font-mono text-sm">{chunks}</code>;

/** Every kind of problem the API answers, each at the anchor its problem documents' `type` names. */
export async function ProblemList({ limit, maxBytes }: { limit: number; maxBytes: number }) {
  const [t, tTitle] = await Promise.all([getTranslations("apiReference"), getTranslations("apiProblems")]);
  const kinds = Object.keys(problemKinds) as ProblemKind[];
  return (
    <section aria-labelledby="problems" className="flex flex-col gap-3">
      <h2 id="problems" className="text-xl font-semibold text-brand-900">
        {t("problemsTitle")}
      </h2>
      <p className="text-slate-700">{t.rich("problemsIntro", { code })}</p>
      <div className="flex flex-col gap-3">
        {kinds.map((kind) => (
          <section
            key={kind}
            id={`problem-${kind}`}
            aria-labelledby={`problem-${kind}-title`}
            className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4"
          >
            <h3 id={`problem-${kind}-title`} className="font-semibold text-slate-900">
              {/* The title the caller's problem documents carry: in their account's language. */}
              <span className="font-mono">{problemKinds[kind].status}</span> {tTitle(kind)}
            </h3>
            <p className="mt-1 text-sm text-slate-700">{t(`problems.${kind}`, { limit, maxBytes })}</p>
          </section>
        ))}
      </div>
    </section>
  );
}
