import { AreaMessages } from "@/components/i18n/area-messages";

export default function DashboardLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="dashboard">{children}</AreaMessages>;
}
