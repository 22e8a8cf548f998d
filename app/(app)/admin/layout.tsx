import { AreaMessages } from "@/components/i18n/area-messages";

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="admin">{children}</AreaMessages>;
}
