import Link from "next/link";
import { RecordLink } from "@/components/records/record-link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { WorkspaceJointAction } from "@/lib/workspace/types";
import { WorkspaceItem, WorkspaceSection } from "./workspace-section";

// The organisation's latest joint actions and the way to log one (the joint actions area).

export async function WorkspaceJointActions({ actions }: { actions: WorkspaceJointAction[] }) {
  const [t, format] = await Promise.all([getTranslations("workspace.jointActions"), getFormatter()]);
  const logLink = (
    <Link
      href="/joint-actions/new"
      className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
    >
      {t("log")}
    </Link>
  );
  return (
    <WorkspaceSection
      id="workspace-joint-actions"
      title={t("title")}
      emptyText={t("empty")}
      isEmpty={actions.length === 0}
      action={logLink}
    >
      {actions.map((action) => (
        <WorkspaceItem key={action.id}>
          <div className="flex flex-wrap items-center gap-2">
            <RecordLink href={`/joint-actions/${action.id}`}>{action.title}</RecordLink>
            <span className="inline-block whitespace-nowrap rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800">
              {t(`kinds.${action.kind}`)}
            </span>
          </div>
          <p className="text-sm text-slate-600">
            {/* A calendar day stored as UTC midnight: format it in UTC so it never shifts a day. */}
            {format.dateTime(action.date, { dateStyle: "medium", timeZone: "UTC" })}
            {action.destinationCity ? ` · ${action.destinationCity}` : ""}
            {" · "}
            {t("contacts", { count: action.contactsCount })}
            {" · "}
            {t("investorLeads", { count: action.investorLeadsCount })}
          </p>
        </WorkspaceItem>
      ))}
    </WorkspaceSection>
  );
}
