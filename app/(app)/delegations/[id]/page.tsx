import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AddToCalendarLink } from "@/components/calendar-export/add-to-calendar-link";
import { DelegationDetails } from "@/components/delegations/delegation-details";
import { DelegationStatusActions } from "@/components/delegations/delegation-status-actions";
import { ArchiveControl } from "@/components/ui/archive-control";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth";
import { canEditDelegations, getDelegation } from "@/lib/delegations/queries";
import { canChangeDelegationStatus, nextDelegationStatuses } from "@/lib/delegations/status";
import { canReadAllRecords } from "@/lib/records/access";
import { setDelegationArchivedAction } from "@/lib/delegations/actions";

export default async function DelegationPage({ params }: PageProps<"/delegations/[id]">) {
  // Partner users may open the delegations their organisation takes part in (the query scopes them).
  const user = await requireCapability("records.read", "records.readOwn");
  const { id } = await params;
  const [delegation, t, tRecords] = await Promise.all([
    getDelegation(user, id),
    getTranslations("delegations"),
    getTranslations("records"),
  ]);
  if (!delegation) notFound();
  const isEditable = canEditDelegations(user) && !delegation.archivedAt;
  const now = new Date();
  const nextStatuses = nextDelegationStatuses(delegation.status).filter((status) =>
    canChangeDelegationStatus(delegation.status, status, delegation.arrivalAt, now),
  );
  const record = { id: delegation.id, version: delegation.version, title: delegation.title };
  return (
    <>
      {canReadAllRecords(user) ? (
        <Link href="/delegations" className="mb-4 inline-block text-sm text-brand-700 underline">
          {t("back")}
        </Link>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title={delegation.title} description={delegation.origin} />
        {isEditable ? (
          <Link
            href={`/delegations/${id}/edit`}
            className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            {tRecords("edit")}
          </Link>
        ) : null}
      </div>
      <div className="mb-6">
        <AddToCalendarLink kind="delegation" id={delegation.id} />
      </div>
      {delegation.archivedAt ? (
        <p
          role="status"
          className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          {tRecords("archivedNotice")}
        </p>
      ) : null}
      <DelegationDetails delegation={delegation} />
      {canEditDelegations(user) ? (
        <div className="mt-8 flex flex-col gap-6">
          {isEditable ? (
            <section aria-labelledby="status-title">
              <h2 id="status-title" className="mb-3 text-lg font-medium">
                {t("statusTitle")}
              </h2>
              <DelegationStatusActions
                delegation={record}
                nextStatuses={nextStatuses}
                isWelcomeLater={delegation.status === "EXPECTED" && !nextStatuses.includes("WELCOMED")}
              />
            </section>
          ) : null}
          <ArchiveControl
            action={setDelegationArchivedAction}
            record={{ ...record, name: record.title, isArchived: delegation.archivedAt !== null }}
          />
        </div>
      ) : null}
    </>
  );
}
