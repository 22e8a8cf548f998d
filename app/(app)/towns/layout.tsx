import { AreaMessages } from "@/components/i18n/area-messages";

export default function TownsLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="towns">{children}</AreaMessages>;
}
