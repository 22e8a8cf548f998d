import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import shared from "@/messages/fr.json";
import missions from "@/messages/fr/missions.json";
import { MissionForm } from "./mission-form";
import { PartnerRows } from "./partner-rows";

vi.mock("@/app/(app)/missions/actions", () => ({ createMissionAction: vi.fn(), updateMissionAction: vi.fn() }));
vi.mock("next/link", () => ({
  default: ({ href, children }: { href: string; children: React.ReactNode }) => <a href={href}>{children}</a>,
}));

const messages = { ...shared, ...missions };
const render = (node: React.ReactNode) =>
  renderToStaticMarkup(<NextIntlClientProvider locale="fr" messages={messages} timeZone="Europe/Paris">{node}</NextIntlClientProvider>);

const partners = [{ id: "p1", label: "Team Côte d'Azur (TCA)" }, { id: "p2", label: "Office du Tourisme et des Congrès de Nice (OTCN)" }];
const options = { destinations: [{ id: "d1", label: "Houston (US)" }, { id: "d2", label: "Gdansk (PL)" }], sectors: [], objectives: [], partners };

describe("the mission form", () => {
  it("prefills fields, checkbox groups and every row from flat values, with the version to save over", () => {
    const html = render(
      <MissionForm mode="edit" cancelHref="/missions/m1" options={options} initialValues={{
        id: "m1", version: "4", title: "Houston", startDate: "2016-05-10", endDate: "2016-05-12", destinationIds: "d1",
        "partners.0.partnerId": "p2", "partners.0.role": "LEAD", "partners.0.contribution": "1500.50",
        "agenda.0.day": "2016-05-11", "agenda.0.time": "09:30", "agenda.0.title": "NASA", "agenda.0.location": "",
      }} />,
    );
    expect(html).toContain('name="version" value="4"');
    expect(html).toMatch(/<input type="checkbox"[^>]*checked=""[^>]*value="d1"/);
    expect(html).not.toMatch(/<input type="checkbox"[^>]*checked=""[^>]*value="d2"/);
    expect(html).toMatch(/<option value="p2" selected="">/);
    expect(html).toContain('name="partners.0.contribution"');
    expect(html).toContain('value="1500.50"');
    expect(html).toContain('name="agenda.0.time"');
    expect(html).toContain("Partenaire 1");
    expect(html).toMatch(/Total des apports : 1\s500,50\s€/);
  });
});

describe("the partner rows", () => {
  it("rebuild what was typed and show each error next to its row", () => {
    const html = render(
      <PartnerRows
        partners={partners}
        values={{
          "partners.0.partnerId": "p1", "partners.0.role": "LEAD", "partners.0.contribution": "100",
          "partners.1.partnerId": "p1", "partners.1.role": "PARTICIPANT", "partners.1.contribution": "-5",
        }}
        errors={{ "partners.1.partnerId": ["Ce partenaire figure déjà dans la liste."], "partners.1.contribution": ["Saisissez un nombre positif ou nul."] }}
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
