import { AreaMessages } from "@/components/i18n/area-messages";

export default function PartnersLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="partners">{children}</AreaMessages>;
}
