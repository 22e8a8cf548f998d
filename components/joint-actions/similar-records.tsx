"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { SimilarRecord } from "@/lib/joint-actions/similar";

/** The earlier records that look like the one being saved (coordination between partners). */
export function SimilarRecords({ records }: { records: SimilarRecord[] }) {
  const t = useTranslations("jointActions");
  const format = useFormatter();
  const href = (record: SimilarRecord) =>
    record.kind === "jointAction" ? `/joint-actions/${record.id}` : `/delegations/${record.id}`;
  return (
    <section
      aria-labelledby="similar-title"
      className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <h2 id="similar-title" className="mb-1 font-medium">
        {t("similarTitle")}
      </h2>
      <p className="mb-3">{t("similarFound")}</p>
      <ul className="flex flex-col gap-1">
        {records.map((record) => (
          <li key={`${record.kind}-${record.id}`}>
            <span className="font-medium">{t(`similarKinds.${record.kind}`)}</span>
            {" · "}
            {format.dateTime(record.date, {
              dateStyle: "medium",
              timeZone: record.kind === "jointAction" ? "UTC" : "Europe/Paris",
            })}
            {" · "}
            <Link href={href(record)} target="_blank" className="text-brand-700 underline">
              {record.title}
            </Link>
            {record.partnerShortName ? ` (${record.partnerShortName})` : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
