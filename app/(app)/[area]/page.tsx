import { notFound } from "next/navigation";
import { AreaPlaceholder, areaMetadata } from "@/components/app-shell/area-placeholder";
import { areaCapability, areas, type Area } from "@/components/app-shell/areas";
import { requireCapability } from "@/lib/auth";

// Areas whose records are not built yet render their empty state here. An area that gets its own
// folder (app/(app)/partners/…) takes precedence over this dynamic segment.
function parseArea(value: string): Area {
  const area = areas.find((candidate) => candidate === value);
  if (!area) notFound();
  return area;
}

export async function generateMetadata({ params }: PageProps<"/[area]">) {
  return areaMetadata(parseArea((await params).area));
}

export default async function AreaPage({ params }: PageProps<"/[area]">) {
  const area = parseArea((await params).area);
  await requireCapability(areaCapability[area]);
  return <AreaPlaceholder area={area} />;
}
