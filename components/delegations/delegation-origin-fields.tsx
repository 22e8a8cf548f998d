"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { OptionPickerField } from "@/components/option-picker/option-picker-field";
import { FormField } from "@/components/ui/form-field";
import type { FieldErrors } from "@/lib/action-result";
import type { PickerOption } from "@/lib/records/option-query";
import { countryCodeLength } from "@/lib/records/fields";

type Props = {
  /** The city the form holds when it opens (its label and country), or null. */
  origin: PickerOption | null;
  countries: { code: string; name: string }[];
  originCountryCode: string;
  errors: FieldErrors | undefined;
  /** Told of every city chosen, so the form can show it again after an answer. */
  onChoose: (option: PickerOption) => void;
};

/**
 * The delegation's origin: a city among the destinations (searched, not listed: there can be
 * thousands), or only a country. Choosing a city fills in its country (the server takes the city's
 * country anyway); without one, the country is typed, with the countries' names as suggestions.
 */
export function DelegationOriginFields({ origin, countries, originCountryCode, errors, onChoose }: Props) {
  const t = useTranslations("delegations");
  const [hasCity, setHasCity] = useState(origin !== null);
  const [countryCode, setCountryCode] = useState(origin?.countryCode ?? originCountryCode);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <OptionPickerField
        label={t("fields.originDestinationId")}
        name="originDestinationId"
        kind="destinations"
        hint={t("hints.originDestinationId")}
        initial={origin}
        placeholder={t("noOriginCity")}
        errors={errors?.originDestinationId}
        onChoose={onChoose}
        onChange={(city) => {
          setHasCity(city !== null);
          if (city?.countryCode) setCountryCode(city.countryCode);
        }}
      />
      <FormField
        label={t("fields.originCountryCode")}
        name="originCountryCode"
        hint={t("hints.originCountryCode")}
        errors={errors?.originCountryCode}
        value={countryCode}
        onChange={(event) => setCountryCode(event.currentTarget.value)}
        readOnly={hasCity}
        maxLength={countryCodeLength}
        autoComplete="off"
        list="country-codes"
        className="rounded-md border border-slate-300 px-3 py-2 uppercase read-only:bg-slate-100 aria-invalid:border-red-600"
      />
      <datalist id="country-codes">
        {countries.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </datalist>
    </div>
  );
}
