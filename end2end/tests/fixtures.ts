import { test as base, expect, Page } from "@playwright/test";

/** Every test fails on a console error, a hydration warning, an uncaught exception, or a
 *  request to any origin but the site's own. */
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on("console", (msg) => {
        const text = msg.text();
        // A 404 (or 401, 403, 429) page's own status is reported as a failed load of the
        // document: that is the page working as intended, not a fault.
        const documentStatus = /^Failed to load resource: .* 4\d\d/.test(text) && msg.location().url === page.url();
        // A form's server function refusing bad input answers 4xx with the reason, which the
        // page shows; Chromium logs every 4xx fetch. Server errors (5xx) still fail the test.
        const refusedForm = /^Failed to load resource: .* 4\d\d/.test(text) && isApiCall(msg.location().url);
        if ((msg.type() === "error" && !documentStatus && !refusedForm) || /hydrat/i.test(text)) {
          problems.push(`console ${msg.type()}: ${text}`);
        }
      });
      page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
      page.on("request", (req) => {
        const url = req.url();
        if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
          problems.push(`request to another origin: ${url}`);
        }
      });
      await use();
      expect(problems, problems.join("\n")).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

function isApiCall(url: string): boolean {
  try {
    return new URL(url).pathname.startsWith("/api/");
  } catch {
    return false;
  }
}

export const hasJs = (project: string) => project === "js";

/** Waits until the page's islands are live (only when JavaScript runs, and only on a page that
 *  has islands: the others load no script at all). A bound on waiting, not a measure of speed
 *  (bench/ measures the bundle); a busy 2-core machine compiling the wasm in a new browser
 *  context can take several seconds. */
export async function ready(page: Page, project: string) {
  if (hasJs(project) && (await page.locator("leptos-island").count()) > 0) {
    await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true", { timeout: 30_000 });
  }
}

export const cards = (page: Page) => page.locator(".card-title a");
