import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CodeBlock } from "./code-block";

const code = (chunks: ReactNode) => (
  <code className="rounded bg-slate-100 px-1 font-mono text-sm [overflow-wrap:anywhere]">{chunks}</code>
);

/** How the example calls look from the outside: the app's public URL, a token kept in a variable. */
function curlExample(origin: string): string {
  return [
    `curl -H "Authorization: Bearer $API_TOKEN" \\`,
    `  "${origin}/api/v1/missions?status=COMPLETED&year=2016&pageSize=10"`,
    "",
    `curl -X PUT -H "Authorization: Bearer $API_TOKEN" -H 'If-Match: "3"' \\`,
    `  -H "Content-Type: application/json" \\`,
    `  --data '{"name": "Èze", "inseeCode": "06059", "connectedOn": "2016-03-01"}' \\`,
    `  "${origin}/api/v1/towns/<id>"`,
  ].join("\n");
}

/** The rules every call follows: authentication, bodies, versions, lists, rate limit, errors. */
export async function Introduction({ origin, limit, maxBytes }: { origin: string; limit: number; maxBytes: number }) {
  const t = await getTranslations("apiReference.intro");
  const paragraphs = [
    [
      "authTitle",
      t.rich("auth", {
        code,
        link: (chunks) => (
          <Link href="/account" className="text-brand-700 underline">
            {chunks}
          </Link>
        ),
      }),
    ],
    ["bodiesTitle", t.rich("bodies", { code, maxBytes })],
    ["versionsTitle", t.rich("versions", { code })],
    ["paginationTitle", t.rich("pagination", { code, shape: "{ data, page, pageSize, total }" })],
    ["rateLimitTitle", t.rich("rateLimit", { code, limit })],
    [
      "problemsTitle",
      t.rich("problems", {
        code,
        link: (chunks) => (
          <a href="#problems" className="text-brand-700 underline">
            {chunks}
          </a>
        ),
      }),
    ],
  ] as const;
  return (
    <section aria-labelledby="introduction" className="flex flex-col gap-4">
      <h2 id="introduction" className="text-xl font-semibold text-brand-900">
        {t("title")}
      </h2>
      {paragraphs.map(([title, body]) => (
        <div key={title}>
          <h3 className="font-medium text-slate-900">{t(title)}</h3>
          <p className="mt-1 text-slate-700">{body}</p>
        </div>
      ))}
      <div>
        <h3 className="font-medium text-slate-900">{t("exampleTitle")}</h3>
        <p className="mt-1 mb-2 text-slate-700">{t("example")}</p>
        <CodeBlock label={t("exampleTitle")} code={curlExample(origin)} />
      </div>
    </section>
  );
}
