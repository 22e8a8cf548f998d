import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";

// The page of one record, laid out alike in every area: the way back to the list, the title with
// what places the record (an origin, a venue, a kind) and the edit button, a notice when it is
// archived, the details, then what the editors may do (change its status, archive or restore).

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
      {back ? (
        <Link href={back.href} className="mb-4 inline-block text-sm text-brand-700 underline">
          {back.label}
        </Link>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title={title} {...(description ? { description } : {})} />
        {editHref && !isArchived ? (
          <Link href={editHref} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
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
          {archive}
        </div>
      ) : null}
    </>
  );
}
