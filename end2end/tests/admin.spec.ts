import AxeBuilder from "@axe-core/playwright";
import { Page } from "@playwright/test";
import { test, expect, ready, hasJs } from "./fixtures";
import { mailedLink } from "./mail";
import { totp } from "./totp";

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`);
  expect(summary, summary.join("\n")).toEqual([]);
}

async function logIn(page: Page, project: string, email: string, password: string) {
  await page.goto("/log-in");
  await ready(page, project);
  await page.locator("#li-email").fill(email);
  await page.locator("#li-password").fill(password);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
}

/** Turns on two-factor authentication from the account page; returns the key. */
async function turnOnTwoFactor(page: Page, project: string): Promise<string> {
  await page.goto("/account");
  await ready(page, project);
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await ready(page, project);
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  const secret = (await page.locator(".secret").innerText()).replace(/\s/g, "");
  if (hasJs(project)) await noAxeViolations(page);
  await page.getByLabel("Code", { exact: true }).fill(totp(secret));
  await page.getByRole("button", { name: "Turn on", exact: true }).click();
  await expect(page).toHaveURL(/\/account\/recovery-codes$/);
  await expect(page.locator(".recovery-codes li")).toHaveCount(10);
  await page.getByRole("button", { name: "I have kept them" }).click();
  await expect(page).toHaveURL(/\/account\?done=two-factor-on$/);
  await expect(page.getByText("Two-factor authentication is on.")).toBeVisible();
  return secret;
}

test("turn on two-factor, log out, and log in with a code", async ({ page }, info) => {
  const project = info.project.name;
  const email = `tf-${project}-${Date.now()}@example.org`;
  const password = "olive harvest in ras al-auja";
  await page.goto("/sign-up");
  await ready(page, project);
  await page.getByLabel("Name to show").fill("Rami");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/check-your-email/);
  await page.goto(await mailedLink(email, "/account/verify"));
  await ready(page, project);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page).toHaveURL(/\/account\?done=verified$/);

  const secret = await turnOnTwoFactor(page, project);
  await page.getByRole("button", { name: "Log out", exact: true }).click();
  await expect(page).toHaveURL(/\/\?done=logged-out$/);

  await logIn(page, project, email, password);
  await expect(page).toHaveURL(/\/log-in\/code$/);
  await ready(page, project);
  await page.getByLabel("Code", { exact: true }).fill("000000");
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("This code is not right");
  await page.getByLabel("Code", { exact: true }).fill(totp(secret, 1));
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator(".account-menu")).toContainText("Rami");
});

test("an administrator needs two-factor, then grants the moderator role", async ({ page }, info) => {
  const project = info.project.name;
  await logIn(page, project, `admin-${project}@example.org`, `administer the network ${project}`);
  await expect(page).toHaveURL(/\/account$/);

  // Before two-factor authentication is on, the admin page refuses.
  await page.goto("/ar/admin/people");
  await ready(page, project);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByText(/فعّل المصادقة الثنائية في حسابك أولًا/)).toBeVisible();
  if (hasJs(project)) await noAxeViolations(page);
  // Back to English (the Arabic address made Arabic the remembered choice).
  await page.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(/\/admin\/people$/);

  await turnOnTwoFactor(page, project);
  await page.goto("/admin/people?q=admin-");
  await ready(page, project);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("People and roles");
  if (hasJs(project)) await noAxeViolations(page);
  // Each project's admin makes the other project's admin a moderator too, and takes it back.
  const other = project === "js" ? "Admin nojs" : "Admin js";
  const row = page.getByRole("row", { name: new RegExp(other) });
  await row.getByRole("button", { name: "Make moderator" }).click();
  await expect(page.getByText("The roles are saved.")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(other) })).toContainText("moderator");
  await page.getByRole("row", { name: new RegExp(other) }).getByRole("button", { name: "Remove moderator" }).click();
  await expect(page.getByRole("row", { name: new RegExp(other) }).getByRole("button", { name: "Make moderator" })).toBeVisible();
  await expect(page).toHaveURL(/q=admin-/);
});
