import { AreaMessages } from "@/components/i18n/area-messages";

export default function CalendarLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="calendar">{children}</AreaMessages>;
}
