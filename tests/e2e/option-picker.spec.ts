import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { storageStatePath } from "./roles";
import { parisDay } from "@/lib/time";

// The searchable picker (docs/decisions/011-benchmark.md) as a keyboard user meets it: in a list's
// filters, where a choice goes to the URL, and in the joint-action form, where it is a field.

test("staff filter the missions by partner with the keyboard, then clear the filter", async ({ page }) => {
  await page.goto("/missions");
  const partner = page.getByRole("combobox", { name: "Partenaire", exact: true });
  await expect(partner).toHaveAttribute("aria-expanded", "false");

  // Down opens the list on the first entries; Home and End jump to its ends.
  await partner.focus();
  await partner.press("ArrowDown");
  const options = page.getByRole("listbox", { name: "Partenaire" }).getByRole("option");
  await expect(options.first()).toBeVisible();
  await partner.press("End");
  await expect(options.last()).toHaveAttribute("aria-selected", "true");
  await partner.press("Home");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await expect(partner).toHaveAttribute("aria-activedescendant", (await options.first().getAttribute("id")) ?? "");

  // Typing searches; a search that matches nothing says so; Escape closes and puts back the text.
  await partner.pressSequentially("zzzz introuvable");
  await expect(page.getByText("Aucun résultat")).toBeVisible();
  await partner.press("Escape");
  await expect(partner).toHaveAttribute("aria-expanded", "false");
  await expect(partner).toHaveValue("");

  await partner.pressSequentially("otcn");
  await expect(page.getByRole("option", { name: /Office du Tourisme/ })).toBeVisible();
  await partner.press("ArrowDown");
  await partner.press("Enter");
  await expect(page).toHaveURL(/[?&]partner=/);
  await expect(partner).toHaveValue(/Office du Tourisme.*\(OTCN\)/);
  await expectAccessible(page);

  // The server names the partner the URL holds.
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Partenaire", exact: true })).toHaveValue(/\(OTCN\)/);
  await page.getByRole("button", { name: "Effacer Partenaire" }).click();
  await expect(page).not.toHaveURL(/[?&]partner=/);
  await expect(page.getByRole("combobox", { name: "Partenaire", exact: true })).toHaveValue("");
});

async function chooseMission(page: Page, search: string): Promise<void> {
  const mission = page.getByRole("combobox", { name: "Mission", exact: true });
  await mission.fill("");
  await mission.pressSequentially(search);
  await expect(page.getByRole("option", { name: new RegExp(search) })).toBeVisible();
  await mission.press("ArrowDown");
  await mission.press("Enter");
}

test("a partner user links a joint action to one of their organisation's missions; the choice survives the form's answer", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: storageStatePath("partner") });
  const page = await context.newPage();
  const title = `Suivi de la mission de Turin ${Date.now()}`;
  const mission = page.getByRole("combobox", { name: "Mission", exact: true });
  // Twice the same action: the second save is held back as similar to the first, and the form comes back with the mission still chosen.
  for (const attempt of [1, 2]) {
    await page.goto("/joint-actions/new");
    await page.getByLabel("Titre", { exact: true }).fill(title);
    await page.getByLabel("Date", { exact: true }).fill(parisDay());
    await page.getByLabel("Type", { exact: true }).selectOption("B2B_MEETINGS");
    // Gdansk is the Nice tourist office's mission, not Team Côte d'Azur's: it is not offered.
    await mission.pressSequentially("Gdansk");
    await expect(page.getByText("Aucun résultat")).toBeVisible();
    await chooseMission(page, "Mission Turin");
    await expect(mission).toHaveValue(/Mission Turin/);
    await page.getByRole("button", { name: "Créer", exact: true }).click();
    if (attempt === 2) {
      await expect(page.getByRole("button", { name: "Enregistrer quand même" })).toBeVisible();
      await expect(mission).toHaveValue(/Mission Turin/);
      await expectAccessible(page);
      await page.getByRole("button", { name: "Enregistrer quand même" }).click();
    }
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("link", { name: /Mission Turin/ })).toBeVisible();
  }
  await context.close();
});

test("staff choose a mission's destinations with the keyboard; a refused save keeps them and the mission's page lists them", async ({
  page,
}) => {
  const title = `Mission Asie ${Date.now()}`;
  await page.goto("/missions/new");
  await page.getByLabel("Titre", { exact: true }).fill(title);
  await page.getByLabel("Premier jour").fill("2027-06-05");
  await page.getByLabel("Dernier jour").fill("2027-06-01");
  const destinations = page.getByRole("combobox", { name: "Destinations" });
  const chosen = page.getByRole("list", { name: "Destinations : sélection" });
  const options = page.getByRole("listbox", { name: "Destinations" }).getByRole("option");

  // Type, ↓, Enter: the city joins the chosen ones; the list closes and the search empties for the next.
  await destinations.pressSequentially("Tokyo");
  await expect(options).toHaveText([/Tokyo \(JP\)/]);
  await destinations.press("ArrowDown");
  await destinations.press("Enter");
  await expect(chosen.getByRole("button", { name: "Retirer Tokyo (JP)" })).toBeVisible();
  await expect(destinations).toHaveValue("");
  await expect(destinations).toHaveAttribute("aria-expanded", "false");
  await expect(destinations).toBeFocused();
  // The list marks it as chosen.
  await destinations.pressSequentially("tok");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await destinations.press("Escape");
  await expect(destinations).toHaveValue("");

  // Backspace in the empty input takes back the last city chosen.
  await destinations.pressSequentially("Hangzhou");
  await expect(options).toHaveText([/Hangzhou \(CN\)/]);
  await destinations.press("ArrowDown");
  await destinations.press("Enter");
  await expect(chosen.getByRole("button")).toHaveCount(2);
  await destinations.press("Backspace");
  await expect(chosen.getByRole("button", { name: /Hangzhou/ })).toHaveCount(0);

  // End and Home jump to the last and first matches.
  await destinations.pressSequentially("CN");
  await expect(options.first()).toHaveText(/\(CN\)/);
  await destinations.press("End");
  await expect(destinations).toHaveAttribute("aria-activedescendant", (await options.last().getAttribute("id")) ?? "");
  await destinations.press("Home");
  await expect(destinations).toHaveAttribute("aria-activedescendant", (await options.first().getAttribute("id")) ?? "");
  // agreements-towns.spec.ts adds cities named "Xiamen <id>" at the same time: go down to the demo's.
  await destinations.fill("Xiamen");
  const xiamen = options.filter({ hasText: /Xiamen \(CN\)/ });
  // The answer to "Xiamen" is in once no match of the previous search is left.
  await expect(options.filter({ hasNotText: /Xiamen/ })).toHaveCount(0);
  await expect(xiamen).toHaveCount(1);
  const position = (await options.allTextContents()).findIndex((label) => /Xiamen \(CN\)/.test(label));
  for (let step = 0; step <= position; step += 1) await destinations.press("ArrowDown");
  await expect(destinations).toHaveAttribute("aria-activedescendant", (await xiamen.getAttribute("id")) ?? "");
  await destinations.press("Enter");
  await expect(chosen.getByRole("button")).toHaveText([/Tokyo \(JP\)/, /Xiamen \(CN\)/]);
  await destinations.pressSequentially("a");
  await expect(options.first()).toBeVisible();
  await expectAccessible(page);

  // With the list closed, Enter submits the form: the dates are refused, the cities stay.
  await destinations.press("Escape");
  await destinations.press("Enter");
  await expect(page.getByText("Le dernier jour ne peut pas précéder le premier.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Destinations : sélection" }).getByRole("button")).toHaveText([
    /Tokyo \(JP\)/,
    /Xiamen \(CN\)/,
  ]);

  await page.getByLabel("Dernier jour").fill("2027-06-09");
  await page.getByRole("button", { name: "Créer", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/Tokyo/).first()).toBeVisible();
  await expect(page.getByText(/Xiamen/).first()).toBeVisible();
  await expect(page.getByText(/Hangzhou/)).toHaveCount(0);
});

test.describe("an admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("chooses a new priority period's destinations; a refused save keeps them, the period's page names them and one is removed", async ({
    page,
  }) => {
    const label = `Période e2e ${Date.now()}`;
    await page.goto("/admin/reference/periods/new");
    await page.getByLabel("Libellé").fill(label);
    await page.getByLabel("Année de début").fill("2090");
    await page.getByLabel("Année de fin").fill("2085");
    const destinations = page.getByRole("combobox", { name: "Destinations prioritaires" });
    for (const city of ["Turin", "Sousse"]) {
      await destinations.pressSequentially(city);
      await expect(page.getByRole("option", { name: new RegExp(city) })).toBeVisible();
      await destinations.press("ArrowDown");
      await destinations.press("Enter");
    }
    const chosen = page.getByRole("list", { name: "Destinations prioritaires : sélection" }).getByRole("button");
    await page.getByRole("button", { name: "Créer", exact: true }).click();
    await expect(page.getByText("L'année de fin ne peut pas précéder l'année de début.")).toBeVisible();
    await expect(chosen).toHaveText([/Turin \(IT\)/, /Sousse \(TN\)/]);

    await page.getByLabel("Année de fin").fill("2094");
    await page.getByRole("button", { name: "Créer", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: label })).toBeVisible();
    // The server names the period's destinations; the others are searched, not listed.
    await expect(chosen).toHaveText([/Sousse \(TN\)/, /Turin \(IT\)/]);
    await expect(page.getByText("Houston")).toHaveCount(0);

    // A chosen city's button removes it and leaves the focus in the search.
    await page.getByRole("button", { name: "Retirer Turin (IT)" }).click();
    await expect(destinations).toBeFocused();
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("Modifications enregistrées.")).toBeVisible();
    await expectAccessible(page);
    await page.reload();
    await expect(chosen).toHaveText([/Sousse \(TN\)/]);
  });
});
