import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Told to those who approve: how many missions wait for them, and the way to that list (soonest first). */
export async function ApprovalQueueNotice({ count }: { count: number }) {
  const t = await getTranslations("missions.approvals");
  return (
    <p role="status" className="mb-4 rounded-md border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-950">
      {t("waiting", { count })}{" "}
      <Link
        href="/missions?status=SUBMITTED&sort=startDate&direction=asc"
        className="font-medium text-brand-700 underline"
      >
        {t("open")}
      </Link>
    </p>
  );
}
