/** What several browser tests do as people: sign up, and check a page with axe. */
import AxeBuilder from "@axe-core/playwright";
import { Page } from "@playwright/test";
import { expect, ready } from "./fixtures";
import { mailedLink } from "./mail";

export const PASSWORD = "olive harvest in ras al-auja";

export const uniqueEmail = (project: string, what: string) =>
  `${what}-${project}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`);
  expect(summary, summary.join("\n")).toEqual([]);
}

export async function signUp(page: Page, project: string, name: string, email: string) {
  await page.goto("/sign-up");
  await ready(page, project);
  await page.getByLabel("Name to show").fill(name);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/check-your-email\?for=sign-up$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
}

/** Signs up and confirms the address from the mail: the browser is then logged in. */
export async function verifiedMember(page: Page, project: string, name: string, email: string) {
  await signUp(page, project, name, email);
  await page.goto(await mailedLink(email, "/account/verify"));
  await ready(page, project);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page).toHaveURL(/\/account\?done=verified$/);
}
