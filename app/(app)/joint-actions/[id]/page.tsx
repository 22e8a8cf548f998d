import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { areaCapability } from "@/components/app-shell/areas";
import { ArchiveControl } from "@/components/ui/archive-control";
import { JointActionDetails } from "@/components/joint-actions/joint-action-details";
import { RecordPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";
import { recordLoader, recordMetadata } from "@/lib/records/record-page-title";
import { canEditJointActions, getJointAction } from "@/lib/joint-actions/queries";
import { setJointActionArchivedAction } from "@/lib/joint-actions/actions";

const loadJointAction = recordLoader(getJointAction);

export const generateMetadata = recordMetadata(
  loadJointAction,
  (action) => action.title,
  async () => (await getTranslations("areas.joint-actions"))("title"),
);

export default async function JointActionPage({ params }: PageProps<"/joint-actions/[id]">) {
  // Partner users open only their organisation's actions (the query scopes them; others are "not found").
  const user = await requireCapability(areaCapability["joint-actions"]);
  const { id } = await params;
  const [action, t] = await Promise.all([loadJointAction(id), getTranslations("jointActions")]);
  if (!action) notFound();
  const canEdit = canEditJointActions(user);
  const record = {
    id: action.id,
    version: action.version,
    title: action.title,
    isArchived: action.archivedAt !== null,
  };
  return (
    <RecordPage
      back={{ href: "/joint-actions", label: t("back") }}
      title={action.title}
      description={t(`kinds.${action.kind}`)}
      editHref={canEdit ? `/joint-actions/${id}/edit` : undefined}
      isArchived={record.isArchived}
      details={<JointActionDetails action={action} />}
      archive={
        canEdit ? (
          <ArchiveControl action={setJointActionArchivedAction} record={{ ...record, name: record.title }} />
        ) : null
      }
    />
  );
}
