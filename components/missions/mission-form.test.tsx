import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import shared from "@/messages/fr.json";
import missions from "@/messages/fr/missions.json";
import { MissionForm } from "./mission-form";
import { PartnerRows } from "./partner-rows";

vi.mock("@/lib/missions/actions", () => ({ createMissionAction: vi.fn(), updateMissionAction: vi.fn() }));
vi.mock("next/link", () => ({
  default: ({ href, children }: { href: string; children: React.ReactNode }) => <a href={href}>{children}</a>,
}));

const messages = { ...shared, ...missions };
const render = (node: React.ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="fr-FR" messages={messages} timeZone="Europe/Paris">
      {node}
    </NextIntlClientProvider>,
  );

const partners = [
  { id: "p1", label: "Team Côte d'Azur (TCA)" },
  { id: "p2", label: "Office du Tourisme et des Congrès de Nice (OTCN)" },
];
const destinations = [
  { id: "d1", label: "Houston (US)" },
  { id: "d2", label: "Gdansk (PL)" },
];
const options = {
  sectors: [
    { id: "s1", label: "Smart Cities" },
    { id: "s2", label: "Culture" },
  ],
  objectives: [],
  chosen: [...destinations, ...partners],
};
const optionFor = (id: string) => partners.find((partner) => partner.id === id) ?? null;

describe("the mission form", () => {
  it("prefills fields, pickers, checkbox groups and every row from flat values, with the version to save over", () => {
    const html = render(
      <MissionForm
        mode="edit"
        cancelHref="/missions/m1"
        options={options}
        initialValues={{
          id: "m1",
          version: "4",
          title: "Houston",
          startDate: "2016-05-10",
          endDate: "2016-05-12",
          destinationIds: "d1",
          sectorIds: "s2",
          "partners.0.partnerId": "p2",
          "partners.0.role": "LEAD",
          "partners.0.contribution": "1500.50",
          "agenda.0.day": "2016-05-11",
          "agenda.0.time": "09:30",
          "agenda.0.title": "NASA",
          "agenda.0.location": "",
        }}
      />,
    );
    expect(html).toContain('name="version" value="4"');
    // The destination it holds is a chip, posted as destinationIds; the others are searched, not listed.
    expect(html).toContain('<input type="hidden" name="destinationIds" value="d1"/>');
    expect(html).toContain('aria-label="Retirer Houston (US)"');
    expect(html).not.toContain("Gdansk");
    // Sectors stay a short list of checkboxes.
    expect(html).toMatch(/<input type="checkbox"[^>]*name="sectorIds" checked="" value="s2"/);
    expect(html).toMatch(/<input type="checkbox"[^>]*name="sectorIds" value="s1"/);
    // The partner row names its organisation and posts its id.
    expect(html).toContain('<input type="hidden" name="partners.0.partnerId" value="p2"/>');
    expect(html).toMatch(/id="partners.0.partnerId"[^>]*value="Office du Tourisme et des Congrès de Nice \(OTCN\)"/);
    expect(html).not.toContain("Team Côte d&#x27;Azur");
    expect(html).toContain('name="partners.0.contribution"');
    expect(html).toContain('value="1500.50"');
    expect(html).toContain('name="agenda.0.time"');
    expect(html).toContain("Partenaire 1");
    expect(html).toMatch(/Total des apports : 1\s500,50\s€/);
  });

  it("shows every destination sent back after a refusal, in the order chosen, by its label", () => {
    const html = render(
      <MissionForm
        mode="create"
        cancelHref="/missions"
        options={options}
        initialValues={{ destinationIds: "d2,d1" }}
      />,
    );
    expect(html.match(/name="destinationIds" value="(d\d)"/g)).toEqual([
      'name="destinationIds" value="d2"',
      'name="destinationIds" value="d1"',
    ]);
    expect(html.indexOf("Retirer Gdansk (PL)")).toBeLessThan(html.indexOf("Retirer Houston (US)"));
  });
});

describe("the partner rows", () => {
  it("rebuild what was typed and show each error next to its row", () => {
    const html = render(
      <PartnerRows
        optionFor={optionFor}
        onChoose={vi.fn()}
        values={{
          "partners.0.partnerId": "p1",
          "partners.0.role": "LEAD",
          "partners.0.contribution": "100",
          "partners.1.partnerId": "p1",
          "partners.1.role": "PARTICIPANT",
          "partners.1.contribution": "-5",
        }}
        errors={{
          "partners.1.partnerId": ["Ce partenaire figure déjà dans la liste."],
          "partners.1.contribution": ["Saisissez un nombre positif ou nul."],
        }}
      />,
    );
    expect(html.match(/<fieldset/g)).toHaveLength(2);
    expect(html).toContain('id="partners.1.contribution-errors"');
    expect(html).toContain("Saisissez un nombre positif ou nul.");
    expect(html).toMatch(/id="partners.1.partnerId"[^>]*aria-invalid="true"/);
    expect(html).toMatch(/id="partners.0.partnerId"(?![^>]*aria-invalid="true")/);
    // Only amounts that read as euros count towards the total.
    expect(html).toMatch(/Total des apports : 100,00\s€/);
  });
});
