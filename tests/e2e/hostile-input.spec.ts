import { expect, expectAccessible, test } from "./fixtures";

// Hostile input (docs/reliability.md): markup typed into a form is stored and shown as text — on the record's page, in the
// list, in the edit form — and never runs (no dialog opens, no element is created).
const stamp = () => `${Date.now()}-${Math.floor(Math.random() * 1000)}`;

test("a town named with markup is shown as text everywhere and runs nothing", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const name = `<img src=x onerror=alert(1)> "Nice" & <script>alert(2)</script> ${stamp()}`;

  await page.goto("/towns/new");
  await page.getByLabel("Nom", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Créer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator("main img[src='x'], main script:not([nonce])")).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(`/towns?q=${encodeURIComponent(name.slice(-20))}`);
  await expect(page.getByRole("row", { name: new RegExp(name.slice(-20)) })).toContainText(
    "<img src=x onerror=alert(1)>",
  );

  await page.getByRole("link", { name }).click();
  await page.getByRole("link", { name: "Modifier" }).click();
  await expect(page.getByLabel("Nom", { exact: true })).toHaveValue(name);

  await expect(page.locator("img[src='x']")).toHaveCount(0);
  expect(dialogs, "dialogs opened by the stored markup").toEqual([]);
});
