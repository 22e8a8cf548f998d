import { AreaMessages } from "@/components/i18n/area-messages";

export default function MissionsLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="missions">{children}</AreaMessages>;
}
