// `npm run screenshots -- [baseUrl] [path…]`: full-page screenshots of a running app, in French
// and English, at desktop and phone width, into test-results/screenshots/ (git-ignored), so a
// developer can look at what users see. Defaults: http://localhost:3000, every area of the shell.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { areas } from "@/components/app-shell/areas";

const [baseUrl = "http://localhost:3000", ...requestedPaths] = process.argv.slice(2);
const paths = requestedPaths.length > 0 ? requestedPaths : areas.map((area) => `/${area}`);
const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const outputDir = "test-results/screenshots";

mkdirSync(outputDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  for (const locale of ["fr", "en"] as const) {
    for (const [name, viewport] of Object.entries(viewports)) {
      const context = await browser.newContext({ viewport });
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseUrl }]);
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(new URL(path, baseUrl).toString());
        const file = `${outputDir}/${path.replace(/\W+/g, "_").replace(/^_|_$/g, "") || "home"}-${locale}-${name}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
