import { AreaMessages } from "@/components/i18n/area-messages";

export default function SignInLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="sign-in">{children}</AreaMessages>;
}
