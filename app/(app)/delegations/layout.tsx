import { AreaMessages } from "@/components/i18n/area-messages";

export default function DelegationsLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="delegations">{children}</AreaMessages>;
}
