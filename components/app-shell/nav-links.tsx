"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { areaHref, type Area } from "./areas";

export function NavLinks({ areas }: { areas: Area[] }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <ul className="flex flex-col gap-1">
      {areas.map((area) => {
        const href = areaHref(area);
        const isCurrent = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <li key={area}>
            <Link
              href={href}
              aria-current={isCurrent ? "page" : undefined}
              className={`block rounded-md px-3 py-2 text-sm font-medium ${
                isCurrent ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-brand-50 hover:text-brand-900"
              }`}
            >
              {t(area)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
