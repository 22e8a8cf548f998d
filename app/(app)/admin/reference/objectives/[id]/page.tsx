import { CodeListEntryPage, codeListMetadata } from "@/components/reference/code-list-pages";

export const generateMetadata = () => codeListMetadata("objective");

export default async function ObjectivePage({ params }: PageProps<"/admin/reference/objectives/[id]">) {
  return <CodeListEntryPage kind="objective" id={(await params).id} />;
}
