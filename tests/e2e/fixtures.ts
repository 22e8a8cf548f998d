import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every end-to-end test fails on a console error or an uncaught page error, and can ask for an
 * accessibility check that fails on serious or critical axe violations.
 */
export const test = base.extend<{ expectedConsoleErrors: RegExp[]; failOnConsoleErrors: void }>({
  // A test that provokes an error on purpose (a 404 page) names the console message it expects.
  expectedConsoleErrors: [[], { option: true }],
  failOnConsoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        const text = message.text();
        if (message.type() === "error" && !expectedConsoleErrors.some((pattern) => pattern.test(text)))
          errors.push(text);
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use();
      expect(errors, "console errors during the test").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function expectAccessible(page: Page): Promise<void> {
  // A list dims while the server renders its next page (aria-busy); judge the settled page.
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    );
  expect(blocking, "serious or critical accessibility violations").toEqual([]);
}

/** Chooses the interface language with the switcher, as a user would. */
export async function chooseLanguage(page: Page, locale: "fr" | "en"): Promise<void> {
  await page.locator("aside, header").locator(`button[name="locale"][value="${locale}"]:visible`).first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
}
