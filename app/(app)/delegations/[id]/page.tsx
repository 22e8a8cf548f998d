import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AddToCalendarLink } from "@/components/calendar-export/add-to-calendar-link";
import { DelegationDetails } from "@/components/delegations/delegation-details";
import { ArchiveControl } from "@/components/ui/archive-control";
import { RecordPage } from "@/components/records/record-page";
import { StatusActions } from "@/components/records/status-actions";
import { requireCapability } from "@/lib/auth";
import { recordLoader, recordMetadata } from "@/lib/records/record-page-title";
import { canEditDelegations, getDelegation } from "@/lib/delegations/queries";
import { canChangeDelegationStatus, nextDelegationStatuses } from "@/lib/delegations/status";
import { canReadAllRecords } from "@/lib/records/access";
import { changeDelegationStatusAction, setDelegationArchivedAction } from "@/lib/delegations/actions";

const loadDelegation = recordLoader(getDelegation);

export const generateMetadata = recordMetadata(
  loadDelegation,
  (delegation) => delegation.title,
  async () => (await getTranslations("areas.delegations"))("title"),
);

export default async function DelegationPage({ params }: PageProps<"/delegations/[id]">) {
  // Partner users may open the delegations their organisation takes part in (the query scopes them).
  const user = await requireCapability("records.read", "records.readOwn");
  const { id } = await params;
  const [delegation, t] = await Promise.all([loadDelegation(id), getTranslations("delegations")]);
  if (!delegation) notFound();
  const isEditable = canEditDelegations(user) && !delegation.archivedAt;
  const now = new Date();
  const nextStatuses = nextDelegationStatuses(delegation.status).filter((status) =>
    canChangeDelegationStatus(delegation.status, status, delegation.arrivalAt, now),
  );
  const record = { id: delegation.id, version: delegation.version, title: delegation.title };
  return (
    <RecordPage
      back={canReadAllRecords(user) ? { href: "/delegations", label: t("back") } : undefined}
      title={delegation.title}
      description={delegation.origin}
      editHref={isEditable ? `/delegations/${id}/edit` : undefined}
      isArchived={delegation.archivedAt !== null}
      actions={<AddToCalendarLink kind="delegation" id={delegation.id} />}
      details={<DelegationDetails delegation={delegation} />}
      status={
        isEditable
          ? {
              title: t("statusTitle"),
              control: (
                <StatusActions
                  namespace="delegations"
                  record={record}
                  nextStatuses={nextStatuses}
                  action={changeDelegationStatusAction}
                  asksWhyCancelled
                  // "Welcomed" is left out until the delegation has arrived: say so.
                  later={
                    delegation.status === "EXPECTED" && !nextStatuses.includes("WELCOMED")
                      ? t("welcomeLater")
                      : undefined
                  }
                />
              ),
            }
          : undefined
      }
      archive={
        canEditDelegations(user) ? (
          <ArchiveControl
            action={setDelegationArchivedAction}
            record={{ ...record, name: record.title, isArchived: delegation.archivedAt !== null }}
          />
        ) : null
      }
    />
  );
}
