"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createDestinationAction, updateDestinationAction } from "@/lib/reference/destinations/actions";
import { RecordForm } from "@/components/records/record-form";
import { FormField } from "@/components/ui/form-field";
import { countryCodeLength, maxNameLength } from "@/lib/records/fields";

export type DestinationFormValues = {
  id: string;
  version: number;
  city: string;
  countryCode: string;
  latitude: string;
  longitude: string;
};

const shortInput = "w-40 rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-600";

/** Creates a destination, or edits one (prefilled, posting the version it loaded). */
export function DestinationForm({ destination }: { destination?: DestinationFormValues }) {
  const t = useTranslations("reference.destinations");
  const [result, action] = useActionState(destination ? updateDestinationAction : createDestinationAction, null);
  const failed = result && !result.ok ? result : null;
  const values = failed?.values ?? destination;
  const errors = failed?.fieldErrors;
  return (
    <RecordForm
      action={action}
      result={result}
      conflictLabels={{
        city: t("city"),
        countryCode: t("countryCode"),
        latitude: t("latitude"),
        longitude: t("longitude"),
      }}
      record={destination}
      look="plain"
    >
      <FormField
        label={t("city")}
        name="city"
        required
        maxLength={maxNameLength}
        autoComplete="off"
        defaultValue={values?.city}
        errors={errors?.city}
      />
      <FormField
        label={t("countryCode")}
        name="countryCode"
        required
        maxLength={countryCodeLength}
        autoComplete="off"
        hint={t("countryCodeHint")}
        defaultValue={values?.countryCode}
        errors={errors?.countryCode}
        className="w-24 rounded-md border border-slate-300 px-3 py-2 uppercase aria-invalid:border-red-600"
      />
      <div className="flex flex-wrap gap-4">
        <FormField
          label={t("latitude")}
          name="latitude"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={values?.latitude}
          errors={errors?.latitude}
          className={shortInput}
        />
        <FormField
          label={t("longitude")}
          name="longitude"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={values?.longitude}
          errors={errors?.longitude}
          className={shortInput}
        />
      </div>
      <p className="-mt-2 text-xs text-slate-600">{t("coordinatesHint")}</p>
    </RecordForm>
  );
}
