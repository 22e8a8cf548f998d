import { NewCodeListEntryPage, codeListMetadata } from "@/components/reference/code-list-pages";

export const generateMetadata = () => codeListMetadata("sector");

export default function NewSectorPage() {
  return <NewCodeListEntryPage kind="sector" />;
}
