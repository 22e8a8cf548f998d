import { expect, expectAccessible, test } from "./fixtures";
import { storageStatePath } from "./roles";

test.describe("the API reference", () => {
  test.use({ storageState: storageStatePath("manager") });

  test("describes every resource and each kind of problem, and passes the accessibility checks", async ({ page }) => {
    await page.goto("/api-reference");
    await expect(page.getByRole("heading", { level: 1, name: "Référence de l'API" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Missions" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "GET /api/v1/missions", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Problèmes" })).toBeVisible();
    // Problem documents' `type` points at these anchors.
    await expect(page.locator("#problem-conflict")).toContainText("409");
    await expect(page.getByRole("link", { name: "votre page de compte" })).toHaveAttribute("href", "/account");
    await expect(page.getByRole("link", { name: "le document OpenAPI 3.1" })).toHaveAttribute(
      "href",
      "/api/v1/openapi.json",
    );
    await expectAccessible(page);
  });

  test("reads on a phone without scrolling the page sideways", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/api-reference#problem-conflict");
    await expect(page.getByRole("heading", { level: 3, name: "409 Conflit" })).toBeInViewport();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "no horizontal scrolling at phone width").toBeLessThanOrEqual(0);
  });
});
