import { AreaMessages } from "@/components/i18n/area-messages";

/** The partner workspace's forms (a mission's follow-up) read their words in the browser. */
export default function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="workspace">{children}</AreaMessages>;
}
