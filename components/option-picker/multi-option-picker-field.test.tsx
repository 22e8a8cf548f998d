import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { MultiOptionPickerField } from "./multi-option-picker-field";
import { intlLocaleOf } from "@/lib/i18n/config";

const chosen = [
  { id: "d1", label: "Houston (US)" },
  { id: "d2", label: "Gdansk (PL)" },
];

function render(props: Partial<Parameters<typeof MultiOptionPickerField>[0]>, locale: "fr" | "en" = "fr") {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={intlLocaleOf[locale]} messages={locale === "fr" ? fr : en} timeZone="Europe/Paris">
      <MultiOptionPickerField
        label="Destinations"
        name="destinationIds"
        kind="destinations"
        initial={chosen}
        {...props}
      />
    </NextIntlClientProvider>,
  );
}

describe("the multi-choice picker field", () => {
  it("submits each chosen entry under the field's name, in order, and nothing when none is chosen", () => {
    const html = render({});
    expect(html.match(/<input type="hidden" name="destinationIds" value="[^"]*"\/>/g)).toEqual([
      '<input type="hidden" name="destinationIds" value="d1"/>',
      '<input type="hidden" name="destinationIds" value="d2"/>',
    ]);
    expect(render({ initial: [] })).not.toContain('type="hidden"');
  });

  it("shows each chosen entry as a button that removes it, named for screen readers", () => {
    const html = render({});
    expect(html).toMatch(/<ul aria-label="Destinations : sélection"/);
    expect(html).toMatch(/<button type="button" aria-label="Retirer Houston \(US\)"[^>]*>Houston \(US\)/);
    expect(html).toMatch(/<button type="button" aria-label="Retirer Gdansk \(PL\)"/);
    expect(render({}, "en")).toMatch(/aria-label="Remove Gdansk \(PL\)"/);
    expect(render({ initial: [] })).not.toContain("<button");
  });

  it("is a labelled, closed combobox whose description names what is chosen, and a multi-selectable list", () => {
    const html = render({});
    expect(html).toMatch(/<label for="destinationIds"[^>]*>Destinations<\/label>/);
    const input = html.match(/<input[^>]*role="combobox"[^>]*>/)?.[0] ?? "";
    expect(input).toContain('id="destinationIds"');
    expect(input).toContain('aria-expanded="false"');
    expect(input).toContain('placeholder="Rechercher une ville…"');
    expect(input).toContain('value=""');
    const summaryId = input.match(/aria-describedby="([^" ]+)/)?.[1];
    expect(html).toContain(`<p id="${summaryId}" class="sr-only">Sélection : Houston (US), Gdansk (PL)</p>`);
    expect(render({ initial: [] })).toContain("Aucune sélection");
    expect(html).toMatch(/role="listbox" aria-multiselectable="true" aria-label="Destinations"/);
  });

  it("shows the server's error next to the field and marks the input invalid", () => {
    const html = render({ initial: [], errors: ["Choisissez au moins une destination."], hint: "Au moins une ville." });
    const input = html.match(/<input[^>]*role="combobox"[^>]*>/)?.[0] ?? "";
    expect(input).toContain('aria-invalid="true"');
    expect(input).toMatch(/aria-describedby="[^"]*destinationIds-hint destinationIds-errors"/);
    expect(html).toContain(
      '<ul id="destinationIds-errors" class="text-sm text-red-700"><li>Choisissez au moins une destination.</li></ul>',
    );
    expect(render({}, "en")).toContain("Chosen: Houston (US), Gdansk (PL)");
  });
});
