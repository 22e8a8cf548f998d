import { expect, expectAccessible, test } from "./fixtures";

// Integrations (decision 010): API tokens and calendar feeds made from the account, and "Add to calendar" on a record.
// Runs as staff (the default); names carry the time so parallel runs do not see each other's rows.

test("staff create an API token, see it once, use it, find it listed, and revoke it after confirming", async ({
  page,
}) => {
  const name = `Site de la communication ${Date.now()}`;
  await page.goto("/account");
  await page.getByRole("link", { name: "Gérer mes jetons et flux de calendrier" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Intégrations" })).toBeVisible();
  await expectAccessible(page);

  const tokens = page.getByRole("region", { name: "Jetons d'API" });
  await tokens.getByLabel("Nom").fill(name);
  await tokens.getByRole("button", { name: "Créer le jeton" }).click();
  await expect(tokens.getByText("vous ne le reverrez plus")).toBeVisible();
  const secretField = tokens.getByLabel("Votre jeton");
  await expect(secretField).toBeFocused();
  await expect(secretField).toHaveAttribute("readonly", "");
  const secret = await secretField.inputValue();
  expect(secret).toMatch(/^imk_[A-Za-z0-9_-]{43}$/);
  await expectAccessible(page);

  const row = tokens.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(secret.slice(0, 10));
  await expect(row).toContainText("jamais");

  // The token works on the API with the staff member's rights; the page no longer shows it.
  const withToken = { headers: { Authorization: `Bearer ${secret}` } };
  expect((await page.request.get("/api/v1/towns", withToken)).status()).toBe(200);
  await page.reload();
  await expect(tokens.getByLabel("Votre jeton")).toHaveCount(0);
  await expect(row).not.toContainText("jamais");

  await row.getByRole("button", { name: "Révoquer" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(`Révoquer le jeton « ${name} » ?`);
  await dialog.getByRole("button", { name: "Révoquer" }).click();
  await expect(row).toHaveCount(0);
  expect((await page.request.get("/api/v1/towns", withToken)).status()).toBe(401);
});

test("staff create a calendar feed address that calendar apps can read without signing in", async ({
  page,
  playwright,
}) => {
  await page.goto("/account/integrations");
  const feeds = page.getByRole("region", { name: "Flux de calendrier" });
  await expect(feeds.getByText("S'abonner au flux")).toBeVisible();
  await feeds.getByLabel("Nom").fill(`Outlook ${Date.now()}`);
  await feeds.getByRole("button", { name: "Créer l'adresse" }).click();
  const address = await feeds.getByLabel("Adresse du flux").inputValue();
  expect(address).toMatch(/^https?:\/\/[^/]+\/api\/calendar\/imc_[A-Za-z0-9_-]{43}\.ics$/);
  await expectAccessible(page);

  // A calendar app has no session: only the secret address.
  const calendarApp = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  const feed = await calendarApp.get(new URL(address).pathname);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");
  await calendarApp.dispose();
});

test("a mission's page offers it as an .ics file for the user's calendar", async ({ page }) => {
  await page.goto("/missions");
  await page.getByRole("table").locator("tbody").getByRole("link").first().click();
  const link = page.getByRole("link", { name: "Ajouter à mon calendrier (.ics)" });
  await expect(link).toHaveAttribute("href", /^\/missions\/[^/]+\/calendar\.ics$/);
  const download = await page.request.get((await link.getAttribute("href")) ?? "");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="mission.*\.ics"$/);
  expect(await download.text()).toMatch(/DTSTART;VALUE=DATE:\d{8}/);
});
