import AxeBuilder from "@axe-core/playwright";
import { test, expect, ready, hasJs } from "./fixtures";

const pages = [
  "/",
  "/organisations",
  "/organisations?country=PS&kind=organisation",
  "/organisations?q=no-such-thing",
  "/organisations?page=abc",
  "/organisations/ccivs",
  "/organisations/icsgp",
  "/organisations/codepink",
  "/organisations/not-here",
  "/sign-up",
  "/sign-up?problem=password-too-common",
  "/log-in",
  "/log-in/link?token=0",
  "/account/verify?token=0",
  "/check-your-email?for=sign-up",
  "/password-reset",
  "/password-reset/new?token=0",
  "/log-in/code",
  "/events",
  "/events?when=past&kind=webinar",
  "/events?kind=nothing&month=13",
  "/events?view=calendar&month=2024-03",
  "/events/icsgp-global-call-2024-03",
  "/events/vica-training-2021",
  "/events/palestine-study-visit-2022",
  "/events/ras-al-auja-monthly-call-1",
  "/events/ras-al-auja-monthly-call-1?problem=invalid-email",
  "/events/ras-al-auja-monthly-call-1/rsvp?token=0",
  "/events/new",
  "/events/ras-al-auja-monthly-call-1/attendees",
  "/actions",
  "/actions?kind=sign_on_letter&organiser=icsgp",
  "/actions?kind=nothing&language=xx",
  "/actions/icsgp-initial-letter",
  "/actions/icsgp-letter-against-starvation",
  "/actions/icsgp-letter-against-starvation?form=individual&problem=organisations-only",
  "/actions/icsgp-letter-against-starvation?signed=check-mail",
  "/actions/ccivs-ceasefire-statement",
  "/actions/icsgp-letter-against-starvation/sign?token=0",
  "/actions/new",
  "/actions/icsgp-letter-against-starvation/signatures",
];

for (const prefix of ["", "/ar"]) {
  for (const path of pages) {
    const url = prefix + (path === "/" && prefix ? "" : path);
    test(`no WCAG 2.2 AA violations on ${url}`, async ({ page }, info) => {
      test.skip(!hasJs(info.project.name), "axe runs with JavaScript on");
      await page.goto(url);
      await ready(page, info.project.name);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`);
      expect(summary, summary.join("\n")).toEqual([]);
    });
  }
}

test("keyboard: the skip link moves focus to the content", async ({ page }, info) => {
  await page.goto("/organisations");
  await ready(page, info.project.name);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
