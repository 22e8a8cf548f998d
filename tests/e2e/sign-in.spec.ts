import { demoPassword, demoUsers } from "@/prisma/demo/users";
import { expect, expectAccessible, test } from "./fixtures";
import { signedOut } from "./roles";

// A refused sign-in answers 401, which the browser logs as a console error.
test.use({ storageState: signedOut, expectedConsoleErrors: [/status of 401/] });

async function signIn(page: import("@playwright/test").Page, email: string, password: string) {
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

test("sends a signed-out visitor to the sign-in page, then back where they were going", async ({ page }) => {
  await page.goto("/missions?status=planned");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmissions%3Fstatus%3Dplanned$/);
  await expectAccessible(page);
  await signIn(page, demoUsers[2].email, demoPassword);
  await expect(page).toHaveURL(/\/missions\?status=planned$/);
  await expect(page.locator("aside").getByText("Marc Manager")).toBeVisible();
});

test("says only that the email or password is wrong, whichever it is", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, demoUsers[1].email, "not the password");
  await expect(page.locator("main").getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
  await signIn(page, "nobody@example.test", demoPassword);
  await expect(page.locator("main").getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
});

test("blocks an account after 10 failed attempts and says so", async ({ page }) => {
  await page.goto("/sign-in");
  const target = "lockout-target@example.test";
  for (let attempt = 0; attempt < 9; attempt += 1) {
    await signIn(page, target, `wrong password ${attempt}`);
    await expect(page.locator("main").getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
  }
  await signIn(page, target, "wrong password 9");
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    "Trop de tentatives échouées : la connexion à ce compte est bloquée pendant 15 minutes.",
  );
});

test("signs out", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, demoUsers[2].email, demoPassword);
  await expect(page).toHaveURL(/\/dashboard$/);
  // Signing out is next-auth's client call: wait until the page's script is running.
  await page.waitForLoadState("networkidle");
  await page.locator("aside").getByRole("button", { name: "Se déconnecter" }).click();
  // The sign-out round trip (a CSRF token, then the sign-out) took over 5 s once on a loaded 2-core machine.
  await expect(page).toHaveURL(/\/sign-in/, { timeout: 15_000 });
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
});
