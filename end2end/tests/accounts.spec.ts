import { test, expect, ready, hasJs } from "./fixtures";
import { mailedLink } from "./mail";
import { PASSWORD, expectNoAxeViolations, signUp, uniqueEmail } from "./people";

test("sign up, confirm from the mail, log out and log in again", async ({ page }, info) => {
  const project = info.project.name;
  const email = uniqueEmail(project, "layla");
  await signUp(page, project, "Layla Haddad", email);

  const link = await mailedLink(email, "/account/verify");
  await page.goto(link);
  await ready(page, project);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page).toHaveURL(/\/account\?done=verified$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  await expect(page.getByText("Your email address is confirmed. Welcome!")).toBeVisible();
  await expect(page.locator(".account-menu")).toContainText("Layla Haddad");
  await expect(page.getByText(email)).toBeVisible();
  if (hasJs(project)) await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Log out", exact: true }).click();
  await expect(page).toHaveURL(/\/\?done=logged-out$/);
  await expect(page.getByText("You have logged out.")).toBeVisible();
  await expect(page.locator(".account-menu")).toContainText("Log in");

  await page.goto("/account");
  await expect(page).toHaveURL(/\/log-in$/);
  await ready(page, project);
  await page.locator("#li-email").fill(email);
  await page.locator("#li-password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator(".account-menu")).toContainText("Layla Haddad");
});

test("a wrong password is explained in the reader's language", async ({ page }, info) => {
  const project = info.project.name;
  await page.goto("/ar/log-in");
  await ready(page, project);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.locator("#li-email").fill("nobody@example.org");
  await page.locator("#li-password").fill("not the password at all");
  await page.getByRole("button", { name: "دخول" }).click();
  await expect(page.getByRole("alert")).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحة.");
  if (hasJs(project)) await expectNoAxeViolations(page);
});

test("a common password is refused before any account is made", async ({ page }, info) => {
  const project = info.project.name;
  await page.goto("/fr/sign-up");
  await ready(page, project);
  await page.getByLabel("Nom affiché").fill("Léa");
  await page.getByLabel("Adresse e-mail").fill(uniqueEmail(project, "lea"));
  await page.getByLabel("Mot de passe").fill("password123456");
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByRole("alert")).toContainText("Ce mot de passe est trop courant");
  await expect(page).toHaveURL(/\/fr\/sign-up/);
});

// Sign-ups are limited to six per five minutes from one address, and both projects run from
// 127.0.0.1: the flows share accounts where they can.
test("log in with a link sent by email, then reset the password", async ({ page }, info) => {
  const project = info.project.name;
  const email = uniqueEmail(project, "sami");
  await signUp(page, project, "Sami", email);

  // Logging in by link also confirms the address.
  await page.goto("/log-in");
  await ready(page, project);
  await page.locator("#li-link-email").fill(email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page).toHaveURL(/\/check-your-email\?for=log-in$/);
  await page.goto(await mailedLink(email, "/log-in/link"));
  await ready(page, project);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator(".account-menu")).toContainText("Sami");
  await page.getByRole("button", { name: "Log out", exact: true }).click();
  await expect(page).toHaveURL(/\/\?done=logged-out$/);

  await page.goto("/password-reset");
  await ready(page, project);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page).toHaveURL(/\/check-your-email\?for=reset$/);
  await page.goto(await mailedLink(email, "/password-reset/new"));
  await ready(page, project);
  await page.getByLabel("New password").fill("figs and za'atar at dawn");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL(/\/account\?done=password$/);
  await expect(page.getByText("Your new password is saved.")).toBeVisible();
});
