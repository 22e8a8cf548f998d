import Link from "next/link";

/** A grid of cards, each a link with a title and a line saying what is behind it (index pages). */
export function LinkCards({ links }: { links: { href: string; title: string; body: string }[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {links.map((link) => (
        <li key={link.href}>
          <Link
            href={link.href}
            className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600"
          >
            <span className="font-medium text-brand-900">{link.title}</span>
            <span className="mt-1 block text-sm text-slate-600">{link.body}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
