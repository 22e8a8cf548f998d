import { CodeListIndexPage, codeListMetadata } from "@/components/reference/code-list-pages";

export const generateMetadata = () => codeListMetadata("sector");

export default async function SectorsPage({ searchParams }: PageProps<"/admin/reference/sectors">) {
  return <CodeListIndexPage kind="sector" searchParams={await searchParams} />;
}
