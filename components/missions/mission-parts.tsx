import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArchiveControl } from "@/components/ui/archive-control";
import type { ActionResult } from "@/lib/action-result";

// What the sections of a mission's parts (travellers, cost lines) share: the way to add one, and
// the removed ones, each with its "put back".

type ArchiveAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** The messages of a part's section: add, remove and put back, and the removed list's title. */
type PartsNamespace = "missions.travellers" | "missions.costs";

/** A part as its remove and put-back controls name it. */
export type NamedPart = { id: string; version: number; name: string };

/** The remove (or put back) control of one part, confirmed with the part named. */
export async function RemovePart({
  namespace,
  action,
  part,
  isRemoved,
}: {
  namespace: PartsNamespace;
  action: ArchiveAction;
  part: NamedPart;
  isRemoved: boolean;
}) {
  const t = await getTranslations(namespace);
  return (
    <ArchiveControl
      action={action}
      record={{ ...part, isArchived: isRemoved }}
      words={{
        archive: t("remove"),
        restore: t("putBack"),
        confirmArchive: t("confirmRemove", { name: part.name }),
        confirmRestore: t("confirmPutBack", { name: part.name }),
      }}
    />
  );
}

/** Under a section's parts, for its editors: the way to add one, then the removed ones. */
export async function PartsFooter({
  namespace,
  addHref,
  action,
  removed,
}: {
  namespace: PartsNamespace;
  addHref: string;
  action: ArchiveAction;
  /** Each with what the list says of it (a name, a line and its amount). */
  removed: (NamedPart & { label: string })[];
}) {
  const t = await getTranslations(namespace);
  return (
    <>
      <div>
        <Link
          href={addHref}
          className="inline-block rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-slate-50"
        >
          {t("add")}
        </Link>
      </div>
      {removed.length > 0 ? (
        <div className="text-sm text-slate-600">
          <p>{t("removed")}</p>
          <ul className="mt-2 flex flex-col gap-2">
            {removed.map(({ label, ...part }) => (
              <li key={part.id} className="flex flex-wrap items-center gap-3">
                <span>{label}</span>
                <RemovePart namespace={namespace} action={action} part={part} isRemoved />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
