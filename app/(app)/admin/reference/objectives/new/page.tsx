import { NewCodeListEntryPage, codeListMetadata } from "@/components/reference/code-list-pages";

export const generateMetadata = () => codeListMetadata("objective");

export default function NewObjectivePage() {
  return <NewCodeListEntryPage kind="objective" />;
}
