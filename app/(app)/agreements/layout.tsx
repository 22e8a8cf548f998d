import { AreaMessages } from "@/components/i18n/area-messages";

export default function AgreementsLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="agreements">{children}</AreaMessages>;
}
