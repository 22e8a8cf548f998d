import { expect, test as setup } from "@playwright/test";
import { demoPassword, demoUsers } from "@/prisma/demo/users";
import { languageTesterEmail, storageStatePath, type DemoRole } from "./roles";

// Signs in once per demo role through the real sign-in page and saves the session cookie, so the
// tests start signed in as the role they need (tests/e2e/roles.ts).
const accounts: Record<DemoRole, string> = {
  admin: demoUsers[0].email,
  staff: demoUsers[1].email,
  manager: demoUsers[2].email,
  partner: demoUsers[3].email,
  otherPartner: demoUsers[4].email,
  languageTester: languageTesterEmail,
};

for (const [role, email] of Object.entries(accounts) as [DemoRole, string][]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Mot de passe").fill(demoPassword);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(role === "partner" || role === "otherPartner" ? /\/workspace$/ : /\/dashboard$/);
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
