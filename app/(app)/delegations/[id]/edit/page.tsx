import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DelegationForm } from "@/components/delegations/delegation-form";
import { SubPage } from "@/components/records/record-page";
import { requireCapability } from "@/lib/auth";
import { delegationFormOptions } from "@/lib/delegations/form-options";
import { delegationFields } from "@/lib/delegations/fields";
import { editFormValuesOf } from "@/lib/records/form-schema";
import { getDelegation } from "@/lib/delegations/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("delegations"))("editTitle") };
}

export default async function EditDelegationPage({ params }: PageProps<"/delegations/[id]/edit">) {
  const user = await requireCapability("records.edit");
  const { id } = await params;
  const delegation = await getDelegation(user, id);
  if (!delegation) notFound();
  // Archived records are read-only until restored: their page says so and offers "restore".
  if (delegation.archivedAt) redirect(`/delegations/${id}`);
  const [t, options] = await Promise.all([getTranslations("delegations"), delegationFormOptions(user, delegation)]);
  return (
    <SubPage
      back={{ href: `/delegations/${id}`, label: t("backToDelegation") }}
      title={t("editTitle")}
      description={delegation.title}
    >
      <DelegationForm
        options={options}
        initial={editFormValuesOf(delegationFields, delegation)}
        cancelHref={`/delegations/${id}`}
      />
    </SubPage>
  );
}
