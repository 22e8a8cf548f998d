import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import fr from "@/messages/fr.json";
import { DataTable } from "./data-table";
import { DataTableFilterSelect } from "./data-table-filter-select";
import { createDataTableColumnHelper } from "./features";

vi.mock("next/navigation", () => ({ useRouter: () => ({ replace: vi.fn() }), usePathname: () => "/things" }));
vi.mock("next/link", () => ({
  default: ({ href, className, children }: { href: string; className?: string; children: React.ReactNode }) => (
    <a href={href} className={className}>
      {children}
    </a>
  ),
}));

type Thing = { id: string; name: string; size: number };
const column = createDataTableColumnHelper<Thing>();
const columns = column.columns([
  column.accessor("name", { header: "Nom", enableSorting: true, meta: { isRowHeader: true } }),
  column.accessor("size", { header: "Taille", enableSorting: true, cell: (cell) => `${cell.getValue()} m` }),
  column.accessor("id", { header: "Code" }),
]);
const rows: Thing[] = [
  { id: "a", name: "Alpha", size: 3 },
  { id: "b", name: "Beta", size: 5 },
];
const baseParams = { page: 1, pageSize: 25, sort: "size", direction: "desc", q: undefined } as const;

function render(props: {
  data?: Thing[];
  total?: number;
  params?: Record<string, string | number | boolean | undefined>;
}) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="fr-FR" messages={fr} timeZone="Europe/Paris">
      <DataTable
        caption="Des choses"
        columns={columns}
        data={props.data ?? rows}
        total={props.total ?? rows.length}
        params={{ ...baseParams, ...props.params }}
        getRowId={(thing) => thing.id}
        filters={<DataTableFilterSelect param="kind" label="Type" options={[{ value: "BIG", label: "Grand" }]} />}
      />
    </NextIntlClientProvider>,
  );
}

/** The opening tags of every element with this name. */
const tags = (html: string, name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, "g")) ?? [];

describe("DataTable", () => {
  it("renders a captioned table with column headers and the server's rows in order", () => {
    const html = render({});
    expect(html).toContain('<caption class="sr-only">Des choses</caption>');
    expect(tags(html, "th").filter((tag) => tag.includes('scope="col"'))).toHaveLength(3);
    expect(html.indexOf("Alpha")).toBeLessThan(html.indexOf("Beta"));
    expect(html).toMatch(/<th scope="row"[^>]*>Alpha<\/th>/);
    expect(html).toContain('<td class="px-4 py-3 ">5 m</td>');
  });

  it("marks only the sorted column with aria-sort and gives sortable columns a button", () => {
    const html = render({});
    const headers = tags(html, "th").filter((tag) => tag.includes('scope="col"'));
    expect(headers.filter((tag) => tag.includes("aria-sort"))).toEqual([
      expect.stringContaining('aria-sort="descending"'),
    ]);
    const buttons = tags(html, "button").filter((tag) => tag.includes("Trier par"));
    expect(buttons).toHaveLength(2);
    // Size is sorted descending: its button offers ascending next; Name starts ascending.
    expect(buttons).toEqual([
      expect.stringContaining('title="Trier par Nom, ordre croissant"'),
      expect.stringContaining('title="Trier par Taille, ordre croissant"'),
    ]);
    expect(render({ params: { sort: "name", direction: "asc" } })).toMatch(
      /aria-sort="ascending"[^>]*><button[^>]*title="Trier par Nom, ordre décroissant"/,
    );
  });

  it("shows the range and disables previous/next at the ends", () => {
    const firstPage = render({ total: 132 });
    expect(firstPage).toContain("1–25 sur 132");
    expect(firstPage).toContain("Page 1 sur 6");
    const [previous, next] = tags(firstPage, "button").filter((tag) => tag.includes("aria-disabled"));
    expect(previous).toContain('aria-disabled="true"');
    expect(next).toContain('aria-disabled="false"');
    const lastPage = render({ total: 132, params: { page: 6 } });
    expect(lastPage).toContain("126–132 sur 132");
    const [previousOnLast, nextOnLast] = tags(lastPage, "button").filter((tag) => tag.includes("aria-disabled"));
    expect(previousOnLast).toContain('aria-disabled="false"');
    expect(nextOnLast).toContain('aria-disabled="true"');
  });

  it("shows an empty row, with a link that clears the filters when some are active", () => {
    const filtered = render({ data: [], total: 0, params: { q: "zeta", kind: "BIG", pageSize: 50 } });
    expect(filtered).toContain("Aucun résultat");
    expect(filtered).toContain('<td colSpan="3"');
    expect(filtered).toContain('href="/things?pageSize=50&amp;sort=size&amp;direction=desc"');
    expect(filtered).not.toContain("sur 0");
    const unfiltered = render({ data: [], total: 0 });
    expect(unfiltered).toContain("Aucun résultat");
    expect(unfiltered).not.toContain("Effacer les filtres");
  });

  it("labels the search and filter controls and keeps the other params for a search without JavaScript", () => {
    const html = render({ params: { kind: "BIG", q: "al" } });
    const search = tags(html, "input").find((tag) => tag.includes('type="search"')) ?? "";
    expect(search).toContain('name="q"');
    expect(search).toContain('value="al"');
    const inputId = search.match(/id="([^"]+)"/)?.[1];
    expect(inputId).toBeTruthy();
    expect(html).toContain(`<label for="${inputId}"`);
    expect(html).toContain('<input type="hidden" name="kind" value="BIG"/>');
    expect(html).not.toContain('name="page"');
    expect(html).toMatch(/<select[^>]*name="kind"/);
    expect(html).toMatch(/<option value="BIG" selected="">Grand<\/option>/);
  });
});
