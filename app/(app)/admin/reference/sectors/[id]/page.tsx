import { CodeListEntryPage, codeListMetadata } from "@/components/reference/code-list-pages";

export const generateMetadata = () => codeListMetadata("sector");

export default async function SectorPage({ params }: PageProps<"/admin/reference/sectors/[id]">) {
  return <CodeListEntryPage kind="sector" id={(await params).id} />;
}
