import { test, expect, ready, cards } from "./fixtures";

test("switching to Arabic keeps the page and turns it right-to-left", async ({ page, context }, info) => {
  await page.goto("/organisations?country=PS");
  await ready(page, info.project.name);
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/organisations\?country=PS$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("h1")).toHaveText("المنظمات");
  // The whole frame is Arabic, not only the content.
  await expect(page.getByRole("navigation").getByRole("link", { name: "المنظمات" })).toBeVisible();
  await expect(page.getByRole("button", { name: "العربية" })).toHaveAttribute("aria-current", "true");
  await expect(page.locator(".summary")).toHaveText("3 منظمات في دولة واحدة");
  // The choice is remembered: the English address now leads to Arabic…
  await ready(page, info.project.name);
  await page.goto("/organisations");
  await expect(page).toHaveURL(/\/ar\/organisations$/);
  // …until English is chosen again.
  await ready(page, info.project.name);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(/\/organisations$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(cards(page)).toHaveCount(20);
});

test("untranslated text is shown in its own language with a note", async ({ page }, info) => {
  // Every demo text is in English and Arabic; few are in French.
  await page.goto("/fr/organisations/pcmrd");
  await ready(page, info.project.name);
  await expect(page.locator("h1")).toHaveText("Palestinian Centre for Media, Research and Development");
  await expect(page.locator("h1")).toHaveAttribute("lang", "en");
  await expect(page.locator(".fallback-note")).toHaveText("Pas encore traduit : affiché en English.");
});

test("French and Spanish interfaces", async ({ page }, info) => {
  await page.goto("/fr/organisations");
  await ready(page, info.project.name);
  await expect(page.locator(".summary")).toHaveText("25 organisations dans 3 pays");
  await page.goto("/es/organisations/ccivs");
  await ready(page, info.project.name);
  await expect(page.getByRole("heading", { name: "Presentación" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
});
