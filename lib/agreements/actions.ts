"use server";

import { formAction } from "@/lib/actions/form-action";
import { formValues } from "@/lib/actions/form-input";
import { archiveSchema } from "@/lib/records/archive";
import { createAgreement, setAgreementArchived, updateAgreement } from "./mutations";
import { agreementFormInput, agreementSchema, updateAgreementSchema } from "./schemas";

// The agreement forms' actions (lib/actions/form-action.ts). Saving a form goes to the agreement.

const readAgreementForm = (formData: FormData) => {
  const values = formValues(formData);
  return { input: agreementFormInput(values), values };
};

const messages = "reference.validation";

export const createAgreementAction = formAction({
  caller: "records.edit",
  read: readAgreementForm,
  schema: agreementSchema,
  messages,
  run: createAgreement,
  revalidate: ["/agreements"],
  redirectTo: ({ id }) => `/agreements/${id}`,
});

export const updateAgreementAction = formAction({
  caller: "records.edit",
  read: readAgreementForm,
  schema: updateAgreementSchema,
  messages,
  run: updateAgreement,
  revalidate: [{ path: "/agreements", type: "layout" }],
  redirectTo: (_data, input) => `/agreements/${input.id}`,
});

export const setAgreementArchivedAction = formAction({
  caller: "records.edit",
  schema: archiveSchema,
  messages,
  run: setAgreementArchived,
  revalidate: [{ path: "/agreements", type: "layout" }],
});
