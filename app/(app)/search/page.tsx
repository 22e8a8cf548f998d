import { getTranslations } from "next-intl/server";
import { SearchBox } from "@/components/search/search-box";
import { SearchResults } from "@/components/search/search-results";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";
import { searchEverything, searchableKinds } from "@/lib/search/everything";
import { parseSearchQuery, searchMinLength } from "@/lib/search/query";

export async function generateMetadata({ searchParams }: PageProps<"/search">) {
  const t = await getTranslations("search");
  const query = parseSearchQuery((await searchParams).q);
  return { title: query.kind === "empty" ? t("title") : t("titleFor", { q: query.text }) };
}

/** GET /search?q= — every kind of record the user may read, by title or name (issue 21). */
export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const user = await requireUser();
  const t = await getTranslations("search");
  const query = parseSearchQuery((await searchParams).q);
  const groups = query.kind === "ready" ? await searchEverything(user, query.text) : [];
  const kinds = searchableKinds(user)
    .map((kind) => t(`kinds.${kind}`).toLocaleLowerCase())
    .join(", ");
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { kinds })} />
      <div className="mb-6 max-w-xl">
        <SearchBox id="search-page-query" defaultValue={query.kind === "empty" ? "" : query.text} />
      </div>
      {query.kind === "tooShort" ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
          {t("tooShort", { min: searchMinLength })}
        </p>
      ) : query.kind === "empty" ? (
        <p className="text-slate-600">{t("hint", { min: searchMinLength })}</p>
      ) : groups.length === 0 ? (
        <EmptyState title={t("noResultsTitle", { q: query.text })} body={t("noResultsBody")} />
      ) : (
        <SearchResults groups={groups} />
      )}
    </>
  );
}
