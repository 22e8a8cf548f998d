import { useTranslations } from "next-intl";

/** Shown once, right after an admin created an account or reset a password. */
export function TemporaryPassword({ name, password }: { name: string; password: string }) {
  const t = useTranslations("users");
  return (
    <section
      role="status"
      aria-labelledby="temporary-password-title"
      className="rounded-md border border-green-300 bg-green-50 p-4 text-sm"
    >
      <h2 id="temporary-password-title" className="font-medium text-green-900">
        {t("temporaryPasswordTitle")}
      </h2>
      <p className="mt-1 text-green-900">{t("temporaryPasswordBody", { name })}</p>
      <p className="mt-2 select-all font-mono text-lg tracking-wider text-slate-900" data-testid="temporary-password">
        {password}
      </p>
    </section>
  );
}
