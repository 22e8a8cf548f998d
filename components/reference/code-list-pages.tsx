import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { setObjectiveArchivedAction, setSectorArchivedAction } from "@/lib/reference/actions";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { buildListQuery, hasActiveFilters, pageCount, parseListParams, type SearchParams } from "@/lib/list-params";
import { codeListSchema } from "@/lib/reference/code-lists/list-params";
import { getCodeListEntry, listCodeListEntries } from "@/lib/reference/code-lists/queries";
import type { CodeListKind } from "@/lib/reference/code-lists/schemas";
import { ArchiveControl } from "@/components/ui/archive-control";
import { editFormValuesOf } from "@/lib/records/form-schema";
import { codeListFields } from "@/lib/reference/code-lists/fields";
import { CodeListForm } from "./code-list-form";
import { CodeListTable } from "./code-list-table";
import { ActionLink, ArchivedNotice, BackLink, RecordHeader } from "./record-parts";
import { SpreadsheetActions } from "@/components/spreadsheets/spreadsheet-actions";

// The pages of the sectors and objectives lists (ADMIN): the same pages for both, so the route
// files under app/(app)/admin/reference/ only say which list they show.

export const codeListPath = (kind: CodeListKind) => `/admin/reference/${kind === "sector" ? "sectors" : "objectives"}`;

const translations = (kind: CodeListKind) =>
  getTranslations(kind === "sector" ? "reference.codeLists.sector" : "reference.codeLists.objective");

export async function codeListMetadata(kind: CodeListKind) {
  return { title: (await translations(kind))("title") };
}

export async function CodeListIndexPage({ kind, searchParams }: { kind: CodeListKind; searchParams: SearchParams }) {
  const admin = await requireCapability("codeLists.manage");
  const params = parseListParams(codeListSchema, searchParams);
  const [t, tAdmin, { rows, total }] = await Promise.all([
    translations(kind),
    getTranslations("reference.admin"),
    listCodeListEntries(admin, kind, params),
  ]);
  const path = codeListPath(kind);
  const lastPage = pageCount(total, params.pageSize);
  if (params.page > lastPage) redirect(`${path}${buildListQuery(params, { page: lastPage })}`);
  return (
    <>
      <BackLink href="/admin/reference" label={tAdmin("back")} />
      <RecordHeader actions={<ActionLink href={`${path}/new`} label={t("new")} />}>
        <PageHeader title={t("title")} description={t("description")} />
      </RecordHeader>
      <SpreadsheetActions path={path} params={params} />
      {total === 0 && !hasActiveFilters(params) ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <CodeListTable basePath={path} caption={t("title")} rows={rows} total={total} params={params} />
      )}
    </>
  );
}

export async function NewCodeListEntryPage({ kind }: { kind: CodeListKind }) {
  await requireCapability("codeLists.manage");
  const t = await translations(kind);
  return (
    <>
      <BackLink href={codeListPath(kind)} label={t("back")} />
      <PageHeader title={t("new")} />
      <CodeListForm kind={kind} />
    </>
  );
}

export async function CodeListEntryPage({ kind, id }: { kind: CodeListKind; id: string }) {
  const admin = await requireCapability("codeLists.manage");
  const [entry, t, tRecords] = await Promise.all([
    getCodeListEntry(admin, kind, id),
    translations(kind),
    getTranslations("records"),
  ]);
  if (!entry) notFound();
  const isArchived = entry.archivedAt !== null;
  const action = kind === "sector" ? setSectorArchivedAction : setObjectiveArchivedAction;
  return (
    <>
      <BackLink href={codeListPath(kind)} label={t("back")} />
      <RecordHeader
        actions={
          <ArchiveControl
            action={action}
            record={{ id: entry.id, version: entry.version, name: entry.nameFr, isArchived }}
          />
        }
      >
        <PageHeader title={entry.nameFr} description={`${entry.code} — ${entry.nameEn}`} />
      </RecordHeader>
      {isArchived ? (
        <ArchivedNotice text={tRecords("archivedNotice")} />
      ) : (
        <CodeListForm kind={kind} initial={editFormValuesOf(codeListFields, entry)} />
      )}
    </>
  );
}
