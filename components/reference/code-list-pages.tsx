import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { setObjectiveArchivedAction, setSectorArchivedAction } from "@/lib/reference/actions";
import { keepWithinPages, ListPage, RecordPage, SubPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";
import { hasActiveFilters, parseListParams, type SearchParams } from "@/lib/list-params";
import { codeListSchema } from "@/lib/reference/code-lists/list-params";
import { getCodeListEntry, listCodeListEntries } from "@/lib/reference/code-lists/queries";
import type { CodeListKind } from "@/lib/reference/code-lists/schemas";
import { ArchiveControl } from "@/components/ui/archive-control";
import { editFormValuesOf } from "@/lib/records/form-schema";
import { codeListFields } from "@/lib/reference/code-lists/fields";
import { CodeListForm } from "./code-list-form";
import { CodeListTable } from "./code-list-table";
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
  keepWithinPages(path, params, total);
  return (
    <ListPage
      words={kind === "sector" ? "reference.codeLists.sector" : "reference.codeLists.objective"}
      back={{ href: "/admin/reference", label: tAdmin("back") }}
      create={{ href: `${path}/new`, label: t("new") }}
      tools={<SpreadsheetActions path={path} params={params} />}
      isEmpty={total === 0 && !hasActiveFilters(params)}
    >
      <CodeListTable basePath={path} caption={t("title")} rows={rows} total={total} params={params} />
    </ListPage>
  );
}

export async function NewCodeListEntryPage({ kind }: { kind: CodeListKind }) {
  await requireCapability("codeLists.manage");
  const t = await translations(kind);
  return (
    <SubPage back={{ href: codeListPath(kind), label: t("back") }} title={t("new")}>
      <CodeListForm kind={kind} />
    </SubPage>
  );
}

export async function CodeListEntryPage({ kind, id }: { kind: CodeListKind; id: string }) {
  const admin = await requireCapability("codeLists.manage");
  const [entry, t] = await Promise.all([getCodeListEntry(admin, kind, id), translations(kind)]);
  if (!entry) notFound();
  const isArchived = entry.archivedAt !== null;
  const action = kind === "sector" ? setSectorArchivedAction : setObjectiveArchivedAction;
  return (
    <RecordPage
      back={{ href: codeListPath(kind), label: t("back") }}
      title={entry.nameFr}
      description={`${entry.code} — ${entry.nameEn}`}
      isArchived={isArchived}
      // Edited in place; read-only while archived.
      details={isArchived ? null : <CodeListForm kind={kind} initial={editFormValuesOf(codeListFields, entry)} />}
      archive={
        <ArchiveControl
          action={action}
          record={{ id: entry.id, version: entry.version, name: entry.nameFr, isArchived }}
        />
      }
    />
  );
}
