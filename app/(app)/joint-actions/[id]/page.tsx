import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaCapability } from "@/components/app-shell/areas";
import { ArchiveControl } from "@/components/ui/archive-control";
import { JointActionDetails } from "@/components/joint-actions/joint-action-details";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { canEditJointActions, getJointAction } from "@/lib/joint-actions/queries";
import { setJointActionArchivedAction } from "@/lib/joint-actions/actions";

export default async function JointActionPage({ params }: PageProps<"/joint-actions/[id]">) {
  // Partner users open only their organisation's actions (the query scopes them; others are "not found").
  const user = await requireCapability(areaCapability["joint-actions"]);
  const { id } = await params;
  const [action, t, tRecords] = await Promise.all([
    getJointAction(user, id),
    getTranslations("jointActions"),
    getTranslations("records"),
  ]);
  if (!action) notFound();
  const canEdit = canEditJointActions(user);
  const record = {
    id: action.id,
    version: action.version,
    title: action.title,
    isArchived: action.archivedAt !== null,
  };
  return (
    <>
      <Link href="/joint-actions" className="mb-4 inline-block text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title={action.title} description={t(`kinds.${action.kind}`)} />
        {canEdit && !action.archivedAt ? (
          <Link
            href={`/joint-actions/${id}/edit`}
            className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            {tRecords("edit")}
          </Link>
        ) : null}
      </div>
      {action.archivedAt ? (
        <p
          role="status"
          className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          {tRecords("archivedNotice")}
        </p>
      ) : null}
      <JointActionDetails action={action} />
      {canEdit ? (
        <div className="mt-8">
          <ArchiveControl action={setJointActionArchivedAction} record={{ ...record, name: record.title }} />
        </div>
      ) : null}
    </>
  );
}
