import { AppShell } from "@/components/app-shell/app-shell";
import { requireUser } from "@/lib/auth";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  // The password page is inside the shell, so a user with a temporary password may reach it.
  const user = await requireUser({ allowPendingPasswordChange: true });
  return <AppShell user={user}>{children}</AppShell>;
}
