import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("passwordTitle") };
}

export default async function ChangePasswordPage() {
  const user = await requireUser({ allowPendingPasswordChange: true });
  const t = await getTranslations("account");
  return (
    <>
      <PageHeader title={t("passwordTitle")} />
      {user.mustChangePassword ? (
        <p
          role="status"
          className="mb-4 max-w-md rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t("passwordRequired")}
        </p>
      ) : null}
      <ChangePasswordForm />
    </>
  );
}
