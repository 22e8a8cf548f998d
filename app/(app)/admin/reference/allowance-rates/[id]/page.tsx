import { notFound } from "next/navigation";
import { getAppLocale } from "@/lib/i18n/app-locale";
import { getFormatter, getTranslations } from "next-intl/server";
import { RecordPage } from "@/components/records/record-page";
import { AllowanceRateForm } from "@/components/reference/allowance-rate-form";
import { countryName } from "@/components/reference/country-name";
import { ArchiveControl } from "@/components/ui/archive-control";
import { DetailList } from "@/components/ui/detail-list";
import { requireCapability } from "@/lib/auth";
import { editFormValuesOf } from "@/lib/records/form-schema";
import { setAllowanceRateArchivedAction } from "@/lib/reference/allowance-rates/actions";
import { allowanceRateFields } from "@/lib/reference/allowance-rates/fields";
import { getAllowanceRate } from "@/lib/reference/allowance-rates/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("reference.allowanceRates"))("editTitle") };
}

export default async function AllowanceRatePage({ params }: PageProps<"/admin/reference/allowance-rates/[id]">) {
  const admin = await requireCapability("codeLists.manage");
  const { id } = await params;
  const [rate, t, format, locale] = await Promise.all([
    getAllowanceRate(admin, id),
    getTranslations("reference.allowanceRates"),
    getFormatter(),
    getAppLocale(),
  ]);
  if (!rate) notFound();
  const isArchived = rate.archivedAt !== null;
  const name = `${countryName(rate.countryCode, locale)} · ${format.dateTime(rate.validFrom, { dateStyle: "medium", timeZone: "UTC" })}`;
  return (
    <RecordPage
      back={{ href: "/admin/reference/allowance-rates", label: t("back") }}
      title={name}
      isArchived={isArchived}
      details={
        // Edited in place; read-only while archived.
        isArchived ? (
          <DetailList
            rows={[
              [t("fields.dailyCents"), format.number(rate.dailyCents / 100, { style: "currency", currency: "EUR" })],
              [t("fields.source"), rate.source],
            ]}
          />
        ) : (
          <AllowanceRateForm initial={editFormValuesOf(allowanceRateFields, rate)} />
        )
      }
      archive={
        <ArchiveControl
          action={setAllowanceRateArchivedAction}
          record={{ id: rate.id, version: rate.version, name, isArchived }}
        />
      }
    />
  );
}
