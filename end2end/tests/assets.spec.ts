import { test as plain } from "@playwright/test";
import { test, expect, ready, cards, hasJs } from "./fixtures";

// The bundle's names carry a hash of their content, so browsers may keep them for a year; the
// pages themselves are never cached that way.
test("the hashed bundle is cached for a year, pages are not", async ({ page, request }) => {
  const response = await page.goto("/organisations");
  expect(response?.headers()["cache-control"] ?? "").not.toContain("immutable");
  const stylesheet = await page.locator("link[rel=stylesheet]").getAttribute("href");
  // The script and the wasm are named in the islands' loader, not linked from the head.
  const loader = (await request.get("/organisations").then((r) => r.text())).match(/import init, \* as bundle from "([^"]+)";.*module_or_path: "([^"]+)"/);
  expect(loader, "the directory's loader").not.toBeNull();
  const bundle = [stylesheet!, loader![1], loader![2]];
  const names = bundle.map((url) => url.replace("/pkg/", ""));
  for (const ext of ["css", "js", "wasm"]) {
    expect(names.some((n) => new RegExp(`^tadamun\\.[\\w-]+\\.${ext}$`).test(n)), `hashed .${ext} in ${names}`).toBe(true);
  }
  for (const url of bundle) {
    const file = await request.get(url);
    expect(file.status(), url).toBe(200);
    expect(file.headers()["cache-control"], url).toBe("public, max-age=31536000, immutable");
  }
  // An unhashed name is not the bundle: it is either absent or revalidated.
  const plainName = await request.get("/pkg/tadamun.js");
  expect(plainName.headers()["cache-control"] ?? "no-cache").not.toContain("immutable");
});

/** What a page fetched from `/pkg`, once it has settled. */
async function bundleRequests(page: import("@playwright/test").Page, url: string, project: string) {
  const fetched: string[] = [];
  page.on("request", (req) => {
    const path = new URL(req.url()).pathname;
    if (/\.(js|wasm)$/.test(path)) fetched.push(path);
  });
  await page.goto(url);
  await ready(page, project);
  await page.waitForLoadState("networkidle");
  return fetched;
}

// A page without islands has nothing to run: it loads no script and no wasm, with JavaScript on
// or off (a reader on a metered link or in Tor Browser's safest mode pays for none of it).
for (const url of ["/", "/ar", "/organisations/ccivs", "/events", "/events?view=calendar&month=2024-03", "/log-in", "/sign-up", "/ar/password-reset"]) {
  test(`no script or wasm is fetched for ${url}`, async ({ page }, info) => {
    expect(await bundleRequests(page, url, info.project.name)).toEqual([]);
    expect(await page.locator("script[src], link[rel=modulepreload], link[rel=preload]").count()).toBe(0);
  });
}

// A page with islands fetches the bundle only when scripts run.
for (const url of ["/organisations", "/ar/organisations", "/events/icsgp-global-call-2024-03"]) {
  test(`${url} fetches the wasm only when scripts run`, async ({ page }, info) => {
    const fetched = await bundleRequests(page, url, info.project.name);
    if (hasJs(info.project.name)) {
      expect(fetched.filter((p) => p.endsWith(".wasm")), `${fetched}`).toHaveLength(1);
      expect(fetched.filter((p) => /^\/pkg\/tadamun\.[\w-]+\.js$/.test(p)), `${fetched}`).toHaveLength(1);
    } else {
      expect(fetched).toEqual([]);
    }
  });
}

// The server's views and the wasm's must be built alike (issue 21: a release wasm with erased
// components panicked hydrating a typed server's page). The wasm checks what the server says of
// itself; told otherwise, it refuses with an error and leaves the page as plain, working HTML.
plain("a bundle built otherwise than the server refuses to hydrate, and says why", async ({ page }, info) => {
  plain.skip(!hasJs(info.project.name), "needs JavaScript");
  const errors: string[] = [];
  page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
  page.on("pageerror", (err) => errors.push(`page error: ${err.message}`));
  let told = "";
  await page.route("**/organisations", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/bundle\.hydrate\("(\w+)"\)/, (_, views) => {
      told = views === "typed" ? "erased" : "typed";
      return `bundle.hydrate("${told}")`;
    });
    // The changed script no longer matches a kept page's hash: the policy is left out.
    const headers = { ...response.headers() };
    delete headers["content-security-policy"];
    delete headers["content-encoding"];
    delete headers["content-length"];
    await route.fulfill({ response, body, headers });
  });
  await page.goto("/organisations");
  await expect.poll(() => errors.join("\n")).toContain(`the server's views are ${told}`);
  expect(errors.filter((e) => e.startsWith("page error"))).toEqual([]);
  await expect(page.locator("html")).not.toHaveAttribute("data-hydrated", "true");
  // The filter form still works, as it does without JavaScript.
  await page.getByLabel("Search").fill("seed bank");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(cards(page)).toHaveText(["Union of Agricultural Work Committees (UAWC)"]);
});
