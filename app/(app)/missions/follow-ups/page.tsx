import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FollowUpTable } from "@/components/missions/mission-follow-ups";
import { SubPage } from "@/components/records/record-page";
import { EmptyState } from "@/components/ui/empty-state";
import { requireCapability } from "@/lib/auth";
import { answerHrefFor } from "@/lib/missions/follow-ups/links";
import { listPendingFollowUps } from "@/lib/missions/follow-ups/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("missions.followUps"))("pendingTitle") };
}

/** The follow-ups asked and not answered, the department's and its partners', oldest first (decision 020). */
export default async function PendingFollowUpsPage() {
  const user = await requireCapability("records.read");
  const [t, tMissions, pending] = await Promise.all([
    getTranslations("missions.followUps"),
    getTranslations("missions"),
    listPendingFollowUps(user),
  ]);
  const overdue = pending.filter((slot) => slot.state === "overdue").length;
  return (
    <SubPage
      back={{ href: "/missions", label: tMissions("back") }}
      title={t("pendingTitle")}
      description={t("pendingDescription")}
    >
      {pending.length === 0 ? (
        <EmptyState title={t("noneTitle")} body={t("noneBody")} />
      ) : (
        <div className="flex flex-col gap-3">
          <p className="text-sm text-slate-700">{t("pendingCount", { count: pending.length, overdue })}</p>
          <FollowUpTable slots={pending} answerHref={answerHrefFor(user)} showMission />
          <Link href="/missions?status=COMPLETED" className="text-sm text-brand-700 underline">
            {t("completedMissions")}
          </Link>
        </div>
      )}
    </SubPage>
  );
}
