import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AgreementRow } from "@/lib/agreements/queries";

/** The agreements ending within six months, earliest first: what to renew or let expire. */
export async function ExpiringAgreements({ rows, total }: { rows: AgreementRow[]; total: number }) {
  const [t, format] = await Promise.all([getTranslations("agreements"), getFormatter()]);
  return (
    <section aria-labelledby="expiring-title" className="mb-6 rounded-lg border border-amber-200 bg-amber-50 p-4">
      <h2 id="expiring-title" className="font-medium text-amber-950">
        {t("expiringTitle")}
      </h2>
      {total === 0 ? (
        <p className="mt-1 text-sm text-amber-950">{t("expiringEmpty")}</p>
      ) : (
        <>
          <ul className="mt-2 flex flex-col gap-1 text-sm">
            {rows.map((agreement) => (
              <li key={agreement.id} className="flex flex-wrap gap-x-2">
                <Link href={`/agreements/${agreement.id}`} className="font-medium text-brand-700 underline">
                  {agreement.title}
                </Link>
                <span className="text-slate-700">
                  {t("endsOn", {
                    date: agreement.endDate ? format.dateTime(agreement.endDate, { dateStyle: "long" }) : "",
                  })}
                </span>
              </li>
            ))}
          </ul>
          <Link
            href="/agreements?expiring=true"
            className="mt-2 inline-block text-sm font-medium text-brand-700 underline"
          >
            {t("expiringAll", { count: total })}
          </Link>
        </>
      )}
    </section>
  );
}
