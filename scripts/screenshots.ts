// `npm run screenshots -- [baseUrl] [path…]`: full-page screenshots of a running app, in French
// and English, at desktop and phone width, into test-results/screenshots/ (git-ignored), so a
// developer can look at what users see. Defaults: http://localhost:3000, every area of the shell.
// Signs in first as SCREENSHOT_EMAIL (default: the demo admin) with the demo password.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { areas } from "@/components/app-shell/areas";
import { demoPassword, demoUsers } from "@/prisma/demo/users";

const [baseUrl = "http://localhost:3000", ...requestedPaths] = process.argv.slice(2);
const paths = requestedPaths.length > 0 ? requestedPaths : areas.map((area) => `/${area}`);
const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const outputDir = "test-results/screenshots";

mkdirSync(outputDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
try {
  for (const locale of ["fr", "en"] as const) {
    const context = await browser.newContext({ viewport: viewports.desktop });
    const page = await context.newPage();
    await page.goto(new URL("/sign-in", baseUrl).toString());
    await page.locator("input[name=email]").fill(process.env.SCREENSHOT_EMAIL ?? demoUsers[0].email);
    await page.locator("input[name=password]").fill(process.env.SCREENSHOT_PASSWORD ?? demoPassword);
    await page.locator("input[name=password]").press("Enter");
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    // A signed-in user's saved language wins over the cookie: choose it with the switcher (this
    // saves it on the account, as a user's own choice would).
    await page.locator(`aside button[name=locale][value=${locale}]`).click();
    await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
    for (const [name, viewport] of Object.entries(viewports)) {
      await page.setViewportSize(viewport);
      for (const path of paths) {
        await page.goto(new URL(path, baseUrl).toString());
        const file = `${outputDir}/${path.replace(/\W+/g, "_").replace(/^_|_$/g, "") || "home"}-${locale}-${name}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
}
