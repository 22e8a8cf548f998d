import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { Area } from "./areas";

/** The page of an area whose records do not exist yet: its title and a clean empty state. */
export async function AreaPlaceholder({ area }: { area: Area }) {
  const t = await getTranslations(`areas.${area}`);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
    </>
  );
}

export async function areaMetadata(area: Area) {
  const t = await getTranslations(`areas.${area}`);
  return { title: t("title") };
}
