import { AreaMessages } from "@/components/i18n/area-messages";

export default function JointActionsLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="joint-actions">{children}</AreaMessages>;
}
