import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { DetailList } from "@/components/ui/detail-list";
import en from "@/messages/en.json";
import { defineFields } from "@/lib/records/fields";
import { travellerFields } from "@/lib/missions/travellers/fields";
import { parisInputToDate } from "@/lib/time";
import { declaredDetailRows } from "./declared-details";
import { DeclaredFormFields } from "./declared-form-fields";

const fields = defineFields({
  title: { kind: "text", max: 200, required: true },
  notes: { kind: "longText", max: 5000 },
  startsAt: { kind: "parisDateTime", required: true, half: true, column: "start" },
  size: { kind: "wholeNumber", min: 1, max: 10, message: "sizeOutOfRange", half: true },
  sectorIds: { kind: "links", to: "sector", relation: "sectors" },
  partnerIds: { kind: "links", to: "partner", relation: "partners" },
});

const words = {
  label: (key: string) => `[${key}]`,
  none: "None",
  when: (instant: Date) => instant.toISOString(),
  day: (day: string) => `day ${day}`,
  choice: (labels: string, code: string) => `${labels}.${code}`,
  yesNo: (value: boolean) => (value ? "Yes" : "No"),
  number: (value: number) => value.toLocaleString("en-GB"),
  money: (cents: number) => `€${cents / 100}`,
};

const record = {
  title: "Délégation de Haïfa",
  notes: "",
  startsAt: parisInputToDate("2016-05-12T14:30")!,
  size: 1200,
  sectors: [{ id: "s1", label: "Health" }],
  partners: [],
};

/** The attributes of the first `tag` element named `name`. */
function attributesOf(html: string, tag: string, name: string): string[] {
  const element = [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, "g"))]
    .map((match) => match[0])
    .find((found) => found.includes(` name="${name}"`));
  return element?.match(/[\w-]+="[^"]*"/g) ?? [];
}

function form(values: Record<string, string>, errors?: Record<string, string[]>, custom?: Record<string, null>) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="en-GB" messages={en} timeZone="Europe/Paris">
      <DeclaredFormFields
        fields={fields}
        label={(name) => `[${name}]`}
        hint={(name) => (name === "size" ? "How many" : undefined)}
        value={(name) => values[name] ?? ""}
        errors={errors}
        checkboxOptions={{ sector: [{ id: "s1", label: "Health" }] }}
        noneToChoose="Nothing to choose"
        choiceLabel={(labels, code) => `${labels}.${code}`}
        choose="Choose"
        optionFor={(id) => ({ id, label: `Partner ${id}` })}
        onChoose={() => {}}
        {...(custom ? { custom } : {})}
      />
    </NextIntlClientProvider>,
  );
}

describe("a record's detail rows derived from its field declarations", () => {
  it("shows each field by its kind, in order with long texts last, empty ones as none", () => {
    const html = renderToStaticMarkup(<DetailList rows={declaredDetailRows(fields, record, words)} />);
    const labels = [...html.matchAll(/<dt[^>]*>([^<]*)<\/dt>/g)].map((match) => match[1]);
    expect(labels).toEqual(["[title]", "[start]", "[size]", "[sectorIds]", "[partnerIds]", "[notes]"]);
    const values = [...html.matchAll(/<dd[^>]*>([^<]*)<\/dd>/g)].map((match) => match[1]);
    expect(values).toEqual(["Délégation de Haïfa", "2016-05-12T12:30:00.000Z", "1,200", "Health", "None", "None"]);
  });

  it("lets the area show a field its own way or leave it out", () => {
    const rows = declaredDetailRows(fields, record, words, { title: null, size: ["People", "1,200 people"] });
    expect(rows.map(([label]) => label)).toEqual(["[start]", "People", "[sectorIds]", "[partnerIds]", "[notes]"]);
  });
});

describe("a record form's controls derived from its field declarations", () => {
  it("gives each field the control of its kind with the limits its schema enforces", () => {
    const html = form({ title: "Haïfa", size: "4", sectorIds: "s1", partnerIds: "p1" });
    expect(attributesOf(html, "input", "title")).toEqual(
      expect.arrayContaining(['required=""', 'maxLength="200"', 'value="Haïfa"']),
    );
    expect(attributesOf(html, "textarea", "notes")).toContain('maxLength="5000"');
    expect(attributesOf(html, "input", "startsAt")).toEqual(
      expect.arrayContaining(['type="datetime-local"', 'required=""']),
    );
    expect(attributesOf(html, "input", "size")).toEqual(
      expect.arrayContaining(['type="number"', 'min="1"', 'max="10"', 'step="1"', 'aria-describedby="size-hint"']),
    );
    expect(html).toContain("How many");
    expect(attributesOf(html, "input", "sectorIds")).toEqual(
      expect.arrayContaining(['type="checkbox"', 'value="s1"', 'checked=""']),
    );
    expect(attributesOf(html, "input", "partnerIds")).toEqual(expect.arrayContaining(['type="hidden"', 'value="p1"']));
  });

  it("sets the half-width fields side by side and the long text last", () => {
    const html = form({});
    expect(html).toMatch(/<div class="grid gap-4 sm:grid-cols-2">.*name="startsAt".*name="size".*<\/div>/);
    expect(html.indexOf('name="notes"')).toBeGreaterThan(html.indexOf('name="partnerIds"'));
  });

  it("shows a field's errors under it, and leaves out a field the area renders elsewhere", () => {
    const html = form({}, { title: ["Required."] }, { notes: null });
    expect(html).toContain("Required.");
    expect(html).toContain('aria-invalid="true"');
    expect(html).not.toContain('name="notes"');
  });
});

describe("a field shown only for some choices", () => {
  const shown = (kind: string) =>
    renderToStaticMarkup(
      <NextIntlClientProvider locale="en-GB" messages={en} timeZone="Europe/Paris">
        <DeclaredFormFields
          fields={travellerFields}
          label={(name) => `[${name}]`}
          hint={() => undefined}
          value={(name) => (name === "kind" ? kind : "")}
          errors={undefined}
          noneToChoose=""
          choiceLabel={(labels, code) => `${labels}.${code}`}
          choose="Choose"
        />
      </NextIntlClientProvider>,
    );

  it("is in the form while its choice holds one of its codes, and out otherwise", () => {
    expect(shown("STAFF")).toContain('name="orderNumber"');
    expect(shown("STAFF")).not.toContain('name="deliberationNumber"');
    expect(shown("ELECTED")).toContain('name="deliberationDate"');
    expect(shown("ELECTED")).not.toContain('name="orderSignedOn"');
    expect(shown("PARTNER")).not.toMatch(/name="(order|deliberation)/);
  });
});
