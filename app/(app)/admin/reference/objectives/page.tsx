import { CodeListIndexPage, codeListMetadata } from "@/components/reference/code-list-pages";

export const generateMetadata = () => codeListMetadata("objective");

export default async function ObjectivesPage({ searchParams }: PageProps<"/admin/reference/objectives">) {
  return <CodeListIndexPage kind="objective" searchParams={await searchParams} />;
}
