"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField, selectClassName } from "@/components/ui/form-field";
import type { FieldErrors } from "@/lib/action-result";

export type DestinationOption = { id: string; label: string; countryCode: string };

type Props = {
  destinations: DestinationOption[];
  countries: { code: string; name: string }[];
  originDestinationId: string;
  originCountryCode: string;
  errors: FieldErrors | undefined;
};

/**
 * The delegation's origin: a city among the destinations, or only a country. Choosing a city fills
 * in its country (the server takes the city's country anyway); without one, the country is typed,
 * with the countries' names as suggestions.
 */
export function DelegationOriginFields({ destinations, countries, originDestinationId, originCountryCode, errors }: Props) {
  const t = useTranslations("delegations");
  // Controlled: React resets a form's uncontrolled selects after each action, which would drop the
  // chosen city when the server sends the form back with an error.
  const [cityId, setCityId] = useState(originDestinationId);
  const hasCity = cityId !== "";
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField label={t("fields.originDestinationId")} name="originDestinationId" hint={t("hints.originDestinationId")} errors={errors?.originDestinationId}>
        <select
          id="originDestinationId"
          name="originDestinationId"
          value={cityId}
          className={selectClassName}
          aria-describedby={errors?.originDestinationId ? "originDestinationId-hint originDestinationId-errors" : "originDestinationId-hint"}
          aria-invalid={errors?.originDestinationId ? true : undefined}
          onChange={(event) => {
            const city = destinations.find((destination) => destination.id === event.currentTarget.value);
            setCityId(event.currentTarget.value);
            const country = event.currentTarget.form?.elements.namedItem("originCountryCode");
            if (city && country instanceof HTMLInputElement) country.value = city.countryCode;
          }}
        >
          <option value="">{t("noOriginCity")}</option>
          {destinations.map((destination) => (
            <option key={destination.id} value={destination.id}>{destination.label}</option>
          ))}
        </select>
      </FormField>
      <FormField
        label={t("fields.originCountryCode")}
        name="originCountryCode"
        hint={t("hints.originCountryCode")}
        errors={errors?.originCountryCode}
        defaultValue={originCountryCode}
        readOnly={hasCity}
        maxLength={2}
        autoComplete="off"
        list="country-codes"
        className="rounded-md border border-slate-300 px-3 py-2 uppercase read-only:bg-slate-100 aria-invalid:border-red-600"
      />
      <datalist id="country-codes">
        {countries.map((option) => (
          <option key={option.code} value={option.code}>{option.name}</option>
        ))}
      </datalist>
    </div>
  );
}
