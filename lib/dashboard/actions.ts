"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { yearField } from "@/lib/records/form-fields";
import { closeYear, reopenYear } from "./closures";

// Closing and reopening a year of the dashboard (lib/actions/form-action.ts).

const yearSchema = z.object({ year: yearField });

export const closeYearAction = formAction({
  caller: "years.close",
  schema: yearSchema,
  run: (user, input) => closeYear(user, input.year),
  revalidate: ["/dashboard"],
});

export const reopenYearAction = formAction({
  caller: "years.reopen",
  schema: yearSchema,
  run: (user, input) => reopenYear(user, input.year),
  revalidate: ["/dashboard"],
});
