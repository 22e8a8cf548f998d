"use client";

import Link from "next/link";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { useFormatter, useTranslations } from "next-intl";
import { countryName } from "@/components/reference/country-name";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { recordAllowanceCostAction, saveAllowanceDaysAction } from "@/lib/missions/allowances/actions";
import { provisions, type AllowanceDay, type DaySetting } from "@/lib/missions/allowances/compute";
import type { MissionAllowances } from "@/lib/missions/allowances/queries";

const parts = ["night", "lunch", "dinner"] as const;

/**
 * A mission's daily allowances day by day (decision 018): where each day is spent and at what
 * rate, whether its night and meals are paid, provided by the host or not on mission, and the
 * total for the Métropole's travellers, which staff record as the planned allowance line.
 */
export function MissionAllowancesView({
  read,
  canEdit,
  canKeepRates,
}: {
  read: MissionAllowances;
  canEdit: boolean;
  /** The reader keeps the rate table: a missing rate links to it. */
  canKeepRates: boolean;
}) {
  const t = useTranslations("missions.allowances");
  const locale = useAppLocale();
  const format = useFormatter();
  const [saved, saveAction, saveKey] = useFormAction(saveAllowanceDaysAction);
  const [recorded, recordAction] = useFormAction(recordAllowanceCostAction);
  const { mission, allowances } = read;
  const euros = (cents: number) => format.number(cents / 100, { style: "currency", currency: "EUR" });
  const dayLabel = (day: string) =>
    format.dateTime(new Date(`${day}T00:00:00Z`), {
      weekday: "short",
      day: "numeric",
      month: "short",
      timeZone: "UTC",
    });
  const editable = canEdit && !mission.isArchived;
  // After a refusal the choices stay as they were sent.
  const failed = saved && !saved.ok ? saved : null;
  const settingOf = (row: AllowanceDay, part: (typeof parts)[number]) =>
    (failed?.values?.[`${part}.${row.day}`] as DaySetting[typeof part] | undefined) ?? row.setting[part];

  // The texts the rates come from, demo values saying so.
  const sources = [...new Set(allowances.days.flatMap((row) => (row.rate ? [row.rate.source] : [])))];

  if (!mission.hasDestinations) return <p className="text-sm text-slate-700">{t("noDestination")}</p>;
  const cell = "px-3 py-2";
  const amount = `${cell} text-right tabular-nums whitespace-nowrap`;
  return (
    <div className="flex flex-col gap-6">
      {allowances.missingRates.length > 0 ? (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p>
            {t("missingRates", {
              countries: [...new Set(allowances.missingRates.map((missing) => missing.countryCode))]
                .map((code) => countryName(code, locale))
                .join(", "),
              days: allowances.missingRates.length,
            })}
          </p>
          {canKeepRates ? (
            <Link href="/admin/reference/allowance-rates" className="text-brand-700 underline">
              {t("keepRates")}
            </Link>
          ) : (
            <p>{t("askAdministrator")}</p>
          )}
        </div>
      ) : null}
      <form action={saveAction} key={saveKey} className="flex flex-col gap-3">
        <input type="hidden" name="missionId" value={mission.id} />
        <input type="hidden" name="basis" value={read.basis} />
        <div className="overflow-x-auto">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className={cell}>
                  {t("columns.day")}
                </th>
                <th scope="col" className={cell}>
                  {t("columns.country")}
                </th>
                {parts.map((part) => (
                  <th key={part} scope="col" className={cell}>
                    {t(`columns.${part}`)}
                  </th>
                ))}
                <th scope="col" className={`${cell} text-right`}>
                  {t("columns.perTraveller")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {allowances.days.map((row) => (
                <tr key={row.day}>
                  <th scope="row" className={`${cell} text-left font-medium whitespace-nowrap`}>
                    {dayLabel(row.day)}
                  </th>
                  <td className={`${cell} min-w-48`}>
                    <span>{countryName(row.countryCode, locale)}</span>
                    <span className="block text-xs whitespace-nowrap text-slate-600">
                      {row.rate ? t("rateOf", { amount: euros(row.rate.dailyCents) }) : t("noRate")}
                    </span>
                    <span className="block text-xs text-slate-600">{t(`countryReasons.${row.countryReason}`)}</span>
                  </td>
                  {parts.map((part) => (
                    <td key={part} className={cell}>
                      {editable ? (
                        <select
                          name={`${part}.${row.day}`}
                          defaultValue={settingOf(row, part)}
                          aria-label={t("choiceLabel", { part: t(`columns.${part}`), day: dayLabel(row.day) })}
                          className="rounded-md border border-slate-300 bg-white px-2 py-1"
                        >
                          {provisions.map((provision) => (
                            <option key={provision} value={provision}>
                              {t(`provisions.${provision}`)}
                              {provision === row.suggested[part] ? ` ${t("suggested")}` : ""}
                            </option>
                          ))}
                        </select>
                      ) : (
                        t(`provisions.${row.setting[part]}`)
                      )}
                    </td>
                  ))}
                  <td className={amount}>{euros(row.cents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {sources.length > 0 ? (
          <p className="max-w-prose text-xs text-slate-600">{t("rateSources", { sources: sources.join(" ; ") })}</p>
        ) : null}
        {editable ? (
          <div className="flex flex-col items-start gap-2">
            <FormMessage result={saved} success={t("saved")} />
            <SubmitButton label={t("save")} pendingLabel={t("saving")} />
          </div>
        ) : null}
      </form>
      <section aria-labelledby="allowance-total" className="rounded-md border border-slate-200 bg-white p-4">
        <h2 id="allowance-total" className="text-lg font-semibold">
          {t("totalTitle")}
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="text-slate-600">{t("nights")}</dt>
          <dd>{allowances.nights}</dd>
          <dt className="text-slate-600">{t("meals")}</dt>
          <dd>{allowances.meals}</dd>
          <dt className="text-slate-600">{t("perTraveller")}</dt>
          <dd className="tabular-nums">{euros(allowances.perTravellerCents)}</dd>
          <dt className="text-slate-600">{t("travellers")}</dt>
          <dd>{allowances.travellers}</dd>
          <dt className="font-medium">{t("total")}</dt>
          <dd className="font-medium tabular-nums" data-testid="allowance-total">
            {euros(allowances.totalCents)}
          </dd>
        </dl>
        {allowances.travellers === 0 ? <p className="mt-2 text-sm text-slate-700">{t("noTravellers")}</p> : null}
        {editable ? (
          <form action={recordAction} className="mt-4 flex flex-col items-start gap-2">
            <input type="hidden" name="missionId" value={mission.id} />
            <input type="hidden" name="expectedCents" value={allowances.totalCents} />
            <p className="max-w-prose text-sm text-slate-600">{t("recordHint")}</p>
            <FormMessage result={recorded} />
            {allowances.missingRates.length === 0 ? (
              <SubmitButton label={t("record")} pendingLabel={t("recording")} />
            ) : null}
          </form>
        ) : null}
      </section>
    </div>
  );
}
