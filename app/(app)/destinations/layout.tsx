import { AreaMessages } from "@/components/i18n/area-messages";

export default function DestinationsLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="destinations">{children}</AreaMessages>;
}
