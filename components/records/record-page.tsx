import type { ReactNode } from "react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Area } from "@/components/app-shell/areas";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { buildListQuery, pageCount, type ListParams, type ListQueryState } from "@/lib/list-params";

// The pages of a record area, laid out alike in every area. The list: the area's title, the new
// record's button, the spreadsheet actions, then the list or, with nothing recorded yet, the
// empty state. A record: the way back to the list, the title with what places the record (an
// origin, a venue, a kind) and the edit button, a notice when it is archived, the details, then
// what the editors may do (change its status, archive or restore). A page below another (a form,
// an import): the way back, the title, what it holds.

const primaryButton = "rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700";

function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <Link href={href} className="mb-4 inline-block text-sm text-brand-700 underline">
      {label}
    </Link>
  );
}

/** A page past the end (an old bookmark, rows archived since) shows the last page instead. */
export function keepWithinPages(path: string, params: ListParams & ListQueryState, total: number): void {
  const lastPage = pageCount(total, params.pageSize);
  if (params.page > lastPage) redirect(`${path}${buildListQuery(params, { page: lastPage })}`);
}

/** The messages that hold a list page's title, description and empty state. */
type ListWords =
  | `areas.${Area}`
  | "reference.periods"
  | "reference.allowanceRates"
  | "reference.codeLists.sector"
  | "reference.codeLists.objective";

export async function ListPage({
  words,
  back,
  create,
  tools,
  isEmpty,
  children,
}: {
  words: ListWords;
  /** The page above, for a list that is not an area of its own (reference data under administration). */
  back?: { href: string; label: string };
  /** The new record's button, for those who may create one. */
  create?: { href: string; label: string } | null | undefined;
  /** What works on the whole list (export, import). */
  tools?: ReactNode;
  /** Nothing recorded yet (not merely nothing matching the filters): the empty state instead of the list. */
  isEmpty: boolean;
  /** The list. */
  children: ReactNode;
}) {
  const t = await getTranslations(words as "reference.periods");
  return (
    <>
      {back ? <BackLink {...back} /> : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title={t("title")} description={t("description")} />
        {create ? (
          <Link href={create.href} className={primaryButton}>
            {create.label}
          </Link>
        ) : null}
      </div>
      {tools}
      {isEmpty ? <EmptyState title={t("emptyTitle")} body={t("emptyBody")} /> : children}
    </>
  );
}

/** A page below another (a record's form, an import): the way back, the title, what it holds. */
export function SubPage({
  back,
  title,
  description,
  children,
}: {
  back: { href: string; label: string };
  title: string;
  description?: string | undefined;
  children: ReactNode;
}) {
  return (
    <>
      <BackLink {...back} />
      <PageHeader title={title} {...(description ? { description } : {})} />
      {children}
    </>
  );
}

type Props = {
  /** The list the record belongs to; none for readers who cannot open the whole list. */
  back?: { href: string; label: string } | undefined;
  title: string;
  description?: string | undefined;
  /** Where its edit form is, for those who may change it while it is not archived. */
  editHref?: string | undefined;
  isArchived: boolean;
  /** What comes before the details (adding it to one's calendar). */
  actions?: ReactNode;
  details: ReactNode;
  /** The status section, with its heading, when the record's status can be changed now. */
  status?: { title: string; control: ReactNode } | undefined;
  /** The archive or restore control, for those who may change the record. */
  archive?: ReactNode;
};

export async function RecordPage({
  back,
  title,
  description,
  editHref,
  isArchived,
  actions,
  details,
  status,
  archive,
}: Props) {
  const t = await getTranslations("records");
  return (
    <>
      {back ? <BackLink {...back} /> : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title={title} {...(description ? { description } : {})} />
        {editHref && !isArchived ? (
          <Link href={editHref} className={primaryButton}>
            {t("edit")}
          </Link>
        ) : null}
      </div>
      {actions ? <div className="mb-6">{actions}</div> : null}
      {isArchived ? (
        <p
          role="status"
          className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          {t("archivedNotice")}
        </p>
      ) : null}
      {details}
      {status || archive ? (
        <div className="mt-8 flex flex-col gap-6">
          {status ? (
            <section aria-labelledby="status-title">
              <h2 id="status-title" className="mb-3 text-lg font-medium">
                {status.title}
              </h2>
              {status.control}
            </section>
          ) : null}
          {archive ? <div className="flex">{archive}</div> : null}
        </div>
      ) : null}
    </>
  );
}
