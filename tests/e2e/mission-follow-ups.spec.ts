import { expect, expectAccessible, test } from "./fixtures";
import { storageStatePath } from "./roles";

// What came of a mission (decision 020): Team Côte d'Azur's user answers a follow-up its
// workspace asks for; staff then read the answer on the mission, and the list of follow-ups to
// answer no longer holds it.

test.use({ storageState: storageStatePath("partner") });

test("a partner answers a mission's follow-up from its workspace, and staff read it on the mission", async ({
  page,
  browser,
}) => {
  await page.goto("/workspace");
  const asked = page.getByRole("region", { name: "Suivis de missions à renseigner" });
  const answer = /^Répondre au suivi À 6 mois pour Team Côte d'Azur/;
  const row = asked
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: answer }) })
    .first();
  const link = row.getByRole("link", { name: answer });
  const missionHref = (await row.getByRole("link").first().getAttribute("href")) ?? "";
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Suivi À 6 mois — Team Côte d'Azur" })).toBeVisible();
  // The browser itself refuses a negative count.
  await expect(page.getByLabel("Projets concrétisés")).toHaveAttribute("min", "0");
  await page
    .getByLabel("La mission en valait-elle la peine ?")
    .selectOption({ label: "La mission en valait la peine" });
  await page.getByLabel("Projets concrétisés").fill("1");
  await page.getByLabel("Emplois annoncés").fill("35");
  await page.getByLabel("Ce qui s'est passé").fill("Un centre de R&D ouvert à Sophia Antipolis.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Enregistrer la réponse" }).click();
  await expect(page).toHaveURL(/\/workspace#follow-ups$/);

  const staffContext = await browser.newContext({ storageState: storageStatePath("staff") });
  const staff = await staffContext.newPage();
  await staff.goto("/missions/follow-ups");
  await expect(staff.getByRole("heading", { level: 1, name: "Suivis après mission à renseigner" })).toBeVisible();
  await expect(staff.getByText(/suivis? attend/)).toBeVisible();
  await expectAccessible(staff);
  await staff.goto(missionHref);
  const followUps = staff.getByRole("region", { name: "Suivi après la mission" });
  await expect(followUps).toContainText("1 projet concrétisé · 35 emplois annoncés");
  await expect(followUps).toContainText("Renseigné par Paul Partner");
  await expectAccessible(staff);
  await staffContext.close();
});
