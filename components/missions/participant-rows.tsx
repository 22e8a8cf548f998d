"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import type { FieldErrors as Errors } from "@/lib/action-result";
import { formRows } from "@/lib/missions/form-values";
import { participantKinds, textLimits } from "@/lib/missions/form-limits";
import { SelectField } from "@/components/ui/form-field";
import { RepeatingRows } from "./repeating-rows";

/** The people travelling: officials, companies, start-ups, artists, press. */
export function ParticipantRows({ values, errors }: { values: Record<string, string>; errors: Errors | undefined }) {
  const t = useTranslations("missions.rows");
  const tKinds = useTranslations("missions.participantKinds");
  const rows = useMemo(() => formRows(values, "participants").rows, [values]);
  return (
    <RepeatingRows
      section="participants"
      rows={rows}
      addLabel={t("addParticipant")}
      rowLabel={(number) => t("participant", { number })}
      errors={errors?.participants}
      renderRow={(index, row) => {
        const name = (field: string) => `participants.${index}.${field}`;
        return (
          <>
            <div className="sm:min-w-56 sm:flex-1">
              <FormField
                label={t("name")}
                name={name("name")}
                maxLength={textLimits.line}
                autoComplete="off"
                defaultValue={row?.name ?? ""}
                errors={errors?.[name("name")]}
              />
            </div>
            <SelectField
              label={t("kind")}
              name={name("kind")}
              defaultValue={row?.kind || "COMPANY"}
              errors={errors?.[name("kind")]}
            >
              {participantKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {tKinds(kind)}
                </option>
              ))}
            </SelectField>
            <div className="sm:min-w-48 sm:flex-1">
              <FormField
                label={t("participantOrganisation")}
                name={name("organisation")}
                maxLength={textLimits.line}
                autoComplete="off"
                defaultValue={row?.organisation ?? ""}
                errors={errors?.[name("organisation")]}
              />
            </div>
          </>
        );
      }}
    />
  );
}
