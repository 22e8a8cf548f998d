import { expect, expectAccessible, test } from "./fixtures";
import { storageStatePath } from "./roles";

// A partner's and a destination's history (issue 21): year by year, each count opening its list
// with the same records.

test.use({ storageState: storageStatePath("manager") });

test("a partner's page shows what it took part in, year by year, each count opening the list", async ({ page }) => {
  await page.goto("/partners");
  await page.getByRole("link", { name: "Team Côte d'Azur", exact: true }).click();
  const history = page.getByRole("region", { name: "Historique" });
  await expect(history.getByRole("columnheader")).toHaveText([
    "Année",
    "Missions",
    "Délégations",
    "Événements",
    "Actions conjointes",
  ]);
  const missions2016 = history.getByRole("link", { name: /^Missions 2016 : \d+ fiches?$/ });
  const count = Number(await missions2016.textContent());
  expect(count).toBeGreaterThan(0);
  await expectAccessible(page);
  await missions2016.click();
  await expect(page).toHaveURL(/\/missions\?partner=\w+&year=2016$/);
  await expect(page.getByText(new RegExp(`^1–${count} sur ${count}$`))).toBeVisible();
});

test("a destination's page shows the missions to it and the delegations from it", async ({ page }) => {
  await page.goto("/destinations?q=Xiamen");
  await page.getByRole("link", { name: "Xiamen", exact: true }).first().click();
  const history = page.getByRole("region", { name: "Historique" });
  await expect(history.getByRole("columnheader")).toHaveText([
    "Année",
    "Missions",
    "Délégations",
    "Actions conjointes",
  ]);
  await expect(history.getByRole("link", { name: "Missions 2016 : 1 fiche" })).toBeVisible();
});
