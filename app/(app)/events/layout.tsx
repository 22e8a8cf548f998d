import { AreaMessages } from "@/components/i18n/area-messages";

export default function EventsLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="events">{children}</AreaMessages>;
}
