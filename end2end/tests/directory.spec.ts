import { test, expect, ready, cards, hasJs } from "./fixtures";

test("the directory lists the demo network with a summary", async ({ page }, info) => {
  await page.goto("/organisations");
  await ready(page, info.project.name);
  await expect(page.locator("h1")).toHaveText("Organisations");
  await expect(page.locator(".summary")).toHaveText("25 organisations in 3 countries");
  await expect(cards(page)).toHaveCount(20);
});

test("results follow the typing without a page reload", async ({ page }, info) => {
  test.skip(!hasJs(info.project.name), "needs JavaScript");
  await page.goto("/organisations");
  await ready(page, info.project.name);
  await page.evaluate(() => ((window as any).__sameDocument = true));
  await page.getByLabel("Search").fill("seed bank");
  await expect(page).toHaveURL(/\?q=seed\+bank/);
  await expect(cards(page)).toHaveText(["Union of Agricultural Work Committees (UAWC)"]);
  await expect(page.locator(".summary")).toHaveText("1 organisation");
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
  // Choosing a filter applies it at once, still without a reload.
  await page.getByLabel("Search").fill("");
  await page.getByLabel("Kind").selectOption("chapter");
  await expect(page).toHaveURL(/kind=chapter/);
  await expect(cards(page)).toHaveCount(3);
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
});

test("results follow the typing in Arabic too", async ({ page }, info) => {
  test.skip(!hasJs(info.project.name), "needs JavaScript");
  await page.goto("/ar/organisations");
  await ready(page, info.project.name);
  const all = await cards(page).count();
  await page.evaluate(() => ((window as any).__sameDocument = true));
  await page.getByLabel("بحث", { exact: true }).fill("بلدنا");
  await expect(page).toHaveURL(/\/ar\/organisations\?q=/);
  await expect(cards(page).filter({ hasText: "بلدنا – جمعية الشباب العربي" })).toHaveCount(1);
  await expect(cards(page)).not.toHaveCount(all);
  const found = await cards(page).count();
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(all);
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
});

test("back returns to the earlier results, and the language switcher keeps the live search", async ({ page }, info) => {
  test.skip(!hasJs(info.project.name), "needs JavaScript");
  await page.goto("/organisations");
  await ready(page, info.project.name);
  const clear = page.getByRole("link", { name: "Clear filters" });
  await expect(clear).toHaveCount(0);
  await page.getByLabel("Kind").selectOption("chapter");
  await expect(page).toHaveURL(/\?kind=chapter$/);
  await expect(cards(page)).toHaveCount(3);
  // The offer to clear follows the results.
  await expect(clear).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/organisations$/);
  await expect(cards(page)).toHaveCount(20);
  await expect(page.getByLabel("Kind")).toHaveValue("");
  await expect(clear).toHaveCount(0);
  await page.goForward();
  await expect(cards(page)).toHaveCount(3);
  await expect(page.getByLabel("Kind")).toHaveValue("chapter");
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/organisations\?kind=chapter$/);
  await expect(cards(page)).toHaveCount(3);
});

test("the first results are sent once, not a second time as the island's data", async ({ request }) => {
  const page = await (await request.get("/organisations")).text();
  const excerpt = "based in Haifa, inside the Green Line";
  expect(page.split(excerpt).length - 1).toBe(1);
});

test("filters work as a plain form without JavaScript", async ({ page }, info) => {
  test.skip(hasJs(info.project.name), "the no-JavaScript path");
  await page.goto("/organisations");
  await page.getByLabel("Country").selectOption("PS");
  await page.getByLabel("Theme").selectOption("protection");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/country=PS/);
  await expect(page).toHaveURL(/theme=protection/);
  await expect(cards(page)).toHaveText(["Ras al-Auja community", "UCP in Palestine"]);
  await expect(page.getByLabel("Country")).toHaveValue("PS");
});

test("a filtered list is a link, and clearing the filters goes back to all", async ({ page }, info) => {
  await page.goto("/organisations?network=ucp-solidarity-network");
  await ready(page, info.project.name);
  await expect(cards(page)).toHaveCount(3);
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/organisations$/);
  await expect(cards(page)).toHaveCount(20);
});

test("no match says so and offers to clear", async ({ page }, info) => {
  await page.goto("/organisations?q=no-such-thing-anywhere");
  await ready(page, info.project.name);
  await expect(page.locator(".empty")).toContainText("No organisations match these filters.");
});

test("a profile shows its details and its network", async ({ page }, info) => {
  await page.goto("/organisations?q=ipyl");
  await ready(page, info.project.name);
  await page.getByRole("link", { name: "International Palestinian Youth League (IPYL)" }).click();
  await expect(page).toHaveURL(/\/organisations\/ipyl$/);
  await expect(page.locator("h1")).toHaveText("International Palestinian Youth League (IPYL)");
  await expect(page.getByRole("heading", { name: "Member of" })).toBeVisible();
  await page.getByRole("link", { name: "Coordinating Committee for International Voluntary Service (CCIVS)" }).click();
  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Baladna – Association for Arab Youth" })).toBeVisible();
});

test("bad filter values get a clear message", async ({ page }, info) => {
  await page.goto("/organisations?page=abc&country=XX");
  await ready(page, info.project.name);
  await expect(page.locator(".notice")).toHaveText([
    "There is no country with the code “XX”; that filter was ignored.",
    "“abc” is not a page number, so the first page is shown.",
  ]);
  await expect(cards(page)).toHaveCount(20);
});

test("an unknown organisation is a 404 page", async ({ page }) => {
  const response = await page.goto("/organisations/not-here");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("Page not found");
});

test("a kept copy of a page runs its scripts as the rendered page does", async ({ page }, info) => {
  test.skip(!hasJs(info.project.name), "needs JavaScript");
  // The same address again within the page cache's two seconds is a kept copy, whose
  // scripts the policy allows by hash instead of by nonce: were a hash wrong, the browser
  // would refuse the script (a console error, which fails the test) and the results would
  // not follow the typing. Another test's form post clears the cache, so try a few times.
  let kept = false;
  for (let attempt = 0; attempt < 5 && !kept; attempt++) {
    const response = await page.goto("/organisations");
    kept = response?.headers()["x-page-cache"] === "hit";
  }
  expect(kept).toBe(true);
  await ready(page, info.project.name);
  await page.getByLabel("Search").fill("seed bank");
  await expect(cards(page)).toHaveText(["Union of Agricultural Work Committees (UAWC)"]);
});
