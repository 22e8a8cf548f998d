import { expect, expectAccessible, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 } });

test("at phone width the navigation folds into a menu that opens with the keyboard", async ({ page }) => {
  await page.goto("/dashboard");
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  await expect(nav).toBeHidden();
  const menu = page.getByText("Ouvrir le menu");
  await expect(menu).toBeVisible();
  await page.locator("header summary").focus();
  await page.keyboard.press("Enter");
  await expect(nav).toBeVisible();
  await nav.getByRole("link", { name: "Délégations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Délégations étrangères" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "no horizontal scrolling at phone width").toBeLessThanOrEqual(0);
  await expectAccessible(page);
});

test("at phone width the calendar's month reads as a list of its busy days, titles whole, nothing off screen", async ({
  page,
}) => {
  await page.goto("/calendar?view=month&month=2016-03");
  const byDay = page.getByRole("region", { name: "Le mois jour par jour" });
  await expect(byDay).toBeVisible();
  await expect(page.getByRole("table")).toBeHidden();
  // The Carnival licence mission to Xiamen, 7–10 March 2016, on each of its days.
  await expect(byDay.getByRole("heading", { name: /^\S+ 7 mars$/ })).toBeVisible();
  await expect(byDay.getByRole("link", { name: /Mission Xiamen/ }).first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "no horizontal scrolling at phone width").toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
