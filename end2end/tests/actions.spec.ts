import { Page } from "@playwright/test";
import { test, expect, ready, hasJs, cards } from "./fixtures";
import { mailedLink } from "./mail";
import { expectNoAxeViolations, uniqueEmail } from "./people";

const INITIAL = "/actions/icsgp-initial-letter";
const STARVATION = "icsgp-letter-against-starvation";

/** The figure of signatures on an action's page, as a number. */
async function signatures(page: Page): Promise<number> {
  const text = (await page.locator('[data-figure="signatures"]').textContent()) ?? "";
  const n = /\d+/.exec(text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)));
  if (!n) throw new Error(`no figure in ${text}`);
  return Number(n[0]);
}

async function logIn(page: Page, project: string, email: string, password: string) {
  await page.goto("/log-in");
  await ready(page, project);
  await page.locator("#li-email").fill(email);
  await page.locator("#li-password").fill(password);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/log-in/);
}

test("browse and filter the actions; the initial letter shows its reported count; Arabic is right to left", async ({ page }, info) => {
  const project = info.project.name;
  await page.goto("/actions");
  await ready(page, project);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Actions");
  // The demo's three, and any petition the other browser project's run has added.
  await expect(cards(page).first()).toBeVisible();
  expect(await cards(page).count()).toBeGreaterThanOrEqual(3);
  await page.getByLabel("Kind").selectOption("statement");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/actions\?kind=statement/);
  await expect(cards(page)).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Follow these actions (Atom feed)" })).toHaveAttribute("href", "/actions.atom?kind=statement");

  await page.goto(INITIAL);
  await ready(page, project);
  await expect(page.locator('[data-figure="signatures"]')).toHaveText("2000 signatures");
  await expect(page.locator('[data-figure="countries"]')).toHaveText("120 countries");
  await expect(page.getByText("2,000 organizations from over 120 countries")).toBeVisible();
  await expect(page.getByText("This action no longer takes signatures.")).toBeVisible();

  await page.goto(`/ar${INITIAL}`);
  await ready(page, project);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator('[data-figure="signatures"]')).toHaveText("2000 توقيع");
  if (hasJs(project)) await expectNoAxeViolations(page);
});

test("an organisation signs the open letter, confirms from the mail, and the counts change", async ({ page }, info) => {
  const project = info.project.name;
  const email = uniqueEmail(project, "organisation");
  const name = `Example Solidarity Group ${project} ${Date.now()}`;
  await page.goto(`/actions/${STARVATION}`);
  await ready(page, project);
  const before = await signatures(page);
  const box = page.locator("#sign");
  // Organisations only: no form for a person.
  await expect(box.getByRole("heading", { name: "Sign as an individual" })).toHaveCount(0);
  await box.getByLabel("Name of the organisation").fill(name);
  await box.getByLabel("Country").selectOption("BE");
  await box.getByLabel("Contact person").fill("An Example Contact");
  await box.getByLabel("Email address").fill(email);
  await box.getByLabel("Show this name in the public list of signers").check();
  await box.getByRole("button", { name: "Sign", exact: true }).click();
  await expect(page).toHaveURL(/\?signed=check-mail#sign$/);
  await expect(page.getByText("Thank you. Check your mail")).toBeVisible();
  expect(await signatures(page)).toBe(before);

  await page.goto(await mailedLink(email, `/actions/${STARVATION}/sign`));
  await ready(page, project);
  await expect(page.getByText(name)).toBeVisible();
  await page.getByRole("button", { name: "Confirm the signature" }).click();
  await expect(page).toHaveURL(/\?signed=confirmed#sign$/);
  await expect(page.getByText("Confirmed: the signature counts. Thank you.")).toBeVisible();
  expect(await signatures(page)).toBeGreaterThan(before);
  await expect(page.locator("#signers").getByText(name)).toBeVisible();
  // Its contact and address are for the organisers alone.
  await expect(page.getByText("An Example Contact")).toHaveCount(0);
  await expect(page.getByText(email)).toHaveCount(0);
});

test("an editor adds a petition; a person signs it in Arabic and confirms from the mail", async ({ page }, info) => {
  const project = info.project.name;
  const slug = `example-petition-${project}-${Date.now()}`;
  await logIn(page, project, `editor-${project}@example.org`, `edit the events ${project}`);
  await page.goto("/actions");
  await ready(page, project);
  await page.getByRole("link", { name: "Add an action" }).click();
  await expect(page).toHaveURL(/\/actions\/new$/);
  await ready(page, project);
  await page.getByLabel("Address", { exact: true }).fill(slug);
  await page.getByLabel("Kind", { exact: true }).selectOption("petition");
  await page.getByLabel("Who may sign", { exact: true }).selectOption("both");
  await page.getByLabel("Goal", { exact: true }).fill("10");
  await page.locator("#ac-en-title").fill("An example petition, made up by the browser tests");
  await page.locator("#ac-ar-title").fill("عريضة مثال أنشأتها اختبارات المتصفح");
  await page.locator("#ac-en-body").fill("We ask for **an example**.");
  await page.getByRole("button", { name: "Create the action" }).click();
  await expect(page).toHaveURL(new RegExp(`/actions/${slug}\\?saved=1$`));
  await expect(page.getByText("The action is saved.")).toBeVisible();
  // The editor signs as themselves, in one click: it counts at once.
  const box = page.locator("#sign");
  await box.getByLabel("Country").last().selectOption("PS");
  await box.getByRole("button", { name: "Sign", exact: true }).last().click();
  await expect(page).toHaveURL(/\?signed=counted#sign$/);
  expect(await signatures(page)).toBe(1);
  await page.context().clearCookies();

  const email = uniqueEmail(project, "person");
  await page.goto(`/ar/actions/${slug}`);
  await ready(page, project);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const arabic = page.locator("#sign");
  await arabic.getByLabel("اسمك (يمكنك استخدام اسم مستعار)").fill("ليلى");
  await arabic.getByLabel("البلد").last().selectOption("JO");
  await arabic.getByLabel("البريد الإلكتروني").last().fill(email);
  await arabic.getByRole("button", { name: "وقّع", exact: true }).last().click();
  await expect(page).toHaveURL(/\?signed=check-mail#sign$/);
  await expect(page.getByText("شكرًا لك. تفقّد بريدك")).toBeVisible();
  if (hasJs(project)) await expectNoAxeViolations(page);
  const link = await mailedLink(email, `/ar/actions/${slug}/sign`);
  await page.goto(link);
  await ready(page, project);
  await page.getByRole("button", { name: "تأكيد التوقيع" }).click();
  await expect(page).toHaveURL(/\?signed=confirmed#sign$/);
  // Two, in Arabic's dual: the editor's and this one.
  await expect(page.locator('[data-figure="signatures"]')).toHaveText("توقيعان");
  // Not shown by name: it was not asked for.
  await expect(page.locator("#signers").getByText("ليلى")).toHaveCount(0);
});
