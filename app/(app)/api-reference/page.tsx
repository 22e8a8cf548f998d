import { getTranslations } from "next-intl/server";
import { Introduction } from "@/components/api-reference/introduction";
import { OperationDetails } from "@/components/api-reference/operation-details";
import { ProblemList } from "@/components/api-reference/problem-list";
import { Prose } from "@/components/api-reference/prose";
import { referenceSections } from "@/components/api-reference/reference-model";
import { PageHeader } from "@/components/ui/page-header";
import { openApiDocument } from "@/lib/api/contract";
import { maxBodyBytes } from "@/lib/api/input";
import { requireUser } from "@/lib/auth";
import { getEnv } from "@/lib/env";

export async function generateMetadata() {
  return { title: (await getTranslations("apiReference"))("title") };
}

// The API's reference, for every signed-in role (each sees what their role may call in the
// prose; the API itself enforces it). Read from the same OpenAPI document /api/v1/openapi.json
// serves, so it describes exactly the API that runs.
export default async function ApiReferencePage() {
  await requireUser();
  const t = await getTranslations("apiReference");
  const sections = referenceSections(openApiDocument());
  const { NEXTAUTH_URL, API_RATE_LIMIT_PER_MINUTE } = getEnv();
  const limits = { limit: API_RATE_LIMIT_PER_MINUTE, maxBytes: maxBodyBytes };
  const origin = NEXTAUTH_URL.replace(/\/$/, "");
  const contents = [
    { href: "#introduction", label: t("intro.title") },
    ...sections.map((section) => ({ href: `#${section.slug}`, label: section.tag })),
    { href: "#problems", label: t("problemsTitle") },
  ];
  return (
    // One shrinkable column: long paths and code never widen the page on a phone.
    <div className="grid max-w-4xl grid-cols-[minmax(0,1fr)] gap-10">
      <div>
        <PageHeader title={t("title")} description={t("description")} />
        <p className="text-slate-700">
          {t.rich("document", {
            link: (chunks) => (
              <a href="/api/v1/openapi.json" className="text-brand-700 underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      </div>
      <nav aria-label={t("contents")}>
        <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t("contents")}</h2>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
          {contents.map((entry) => (
            <li key={entry.href}>
              <a href={entry.href} className="text-brand-700 underline">
                {entry.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Introduction origin={origin} {...limits} />
      {sections.map((section) => (
        <section key={section.slug} aria-labelledby={section.slug} className="flex flex-col gap-4">
          <div>
            <h2 id={section.slug} className="scroll-mt-4 text-xl font-semibold text-brand-900">
              {section.tag}
            </h2>
            {section.description ? (
              <p className="mt-1 text-slate-700">
                <Prose text={section.description} />
              </p>
            ) : null}
          </div>
          {section.operations.map((operation) => (
            <OperationDetails key={operation.id} operation={operation} />
          ))}
        </section>
      ))}
      <ProblemList {...limits} />
    </div>
  );
}
