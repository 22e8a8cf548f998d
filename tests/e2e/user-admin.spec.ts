import type { Browser } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { signedOut, storageStatePath } from "./roles";

test.use({ storageState: storageStatePath("admin") });

async function signInFresh(browser: Browser, email: string, password: string) {
  const context = await browser.newContext({ storageState: signedOut });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  return { context, page };
}

test("an admin creates an account; its owner must change the temporary password; deactivation ends their session", async ({
  page,
  browser,
}) => {
  const email = `claire.${Date.now()}@example.test`;
  await page.goto("/admin/users");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Nouvel utilisateur" }).click();

  // Bad input keeps what was typed and says what to fix.
  await page.getByLabel("Nom").fill("Claire Martin");
  await page.getByLabel("Adresse e-mail").fill("not-an-email");
  await page.getByLabel("Adresse e-mail").evaluate((input: HTMLInputElement) => (input.type = "text"));
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByText("Saisissez une adresse e-mail valide.")).toBeVisible();
  await expect(page.getByLabel("Nom")).toHaveValue("Claire Martin");

  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Rôle").selectOption({ label: "Chargé de mission" });
  await page.getByRole("button", { name: "Créer le compte" }).click();
  const temporaryPassword = (await page.getByTestId("temporary-password").textContent()) ?? "";
  expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{16}$/);

  const claire = await signInFresh(browser, email, temporaryPassword);
  await expect(claire.page).toHaveURL(/\/account\/password$/);
  await expect(claire.page.getByText("Votre mot de passe est temporaire")).toBeVisible();
  await claire.page.getByLabel("Mot de passe actuel").fill(temporaryPassword);
  await claire.page.getByLabel("Nouveau mot de passe", { exact: true }).fill("qwerty123456");
  await claire.page.getByLabel("Confirmer le nouveau mot de passe").fill("qwerty123456");
  await claire.page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(
    claire.page.locator("main").getByText("Ce mot de passe est trop courant : choisissez-en un autre."),
  ).toBeVisible();
  await claire.page.getByLabel("Mot de passe actuel").fill(temporaryPassword);
  await claire.page.getByLabel("Nouveau mot de passe", { exact: true }).fill("baie des anges 2026");
  await claire.page.getByLabel("Confirmer le nouveau mot de passe").fill("baie des anges 2026");
  await claire.page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(claire.page.getByText("Votre mot de passe a été changé.")).toBeVisible();
  await claire.page.goto("/missions");
  await expect(claire.page.getByRole("heading", { level: 1, name: "Missions à l'international" })).toBeVisible();

  // The admin deactivates the account, after confirming; Claire's open tab is signed out.
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: "Claire Martin" }).click();
  await page.getByRole("button", { name: "Désactiver le compte" }).click();
  await expect(page.getByRole("dialog")).toContainText("Ses sessions ouvertes prendront fin immédiatement.");
  await page.getByRole("dialog").getByRole("button", { name: "Confirmer" }).click();
  await expect(page.getByText("Compte désactivé.")).toBeVisible();

  await claire.page.goto("/missions");
  await expect(claire.page).toHaveURL(/\/sign-in/);
  await claire.context.close();

  // Every step is in the audit log.
  await page.goto("/admin/audit");
  const log = page.getByRole("table", { name: "Entrées du journal d'audit" });
  for (const action of ["Création d'utilisateur", "Changement de mot de passe", "Désactivation"]) {
    await expect(log.getByRole("cell", { name: action }).first()).toBeVisible();
  }
  await expectAccessible(page);
});
