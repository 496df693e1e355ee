import { Page } from "@playwright/test";
import { test, expect, ready, hasJs } from "./fixtures";
import { mailedLink } from "./mail";
import { expectNoAxeViolations, uniqueEmail, verifiedMember } from "./people";

/** Each browser project fills its own small event, so the two runs do not meet. */
const smallEvent = (project: string) => (hasJs(project) ? "ccivs-working-group-open-meeting" : "study-visit-information-session");
const PAST_CALL = "/events/icsgp-global-call-2024-03";

async function rsvpAsGuest(page: Page, project: string, slug: string, email: string) {
  await page.goto(`/events/${slug}`);
  await ready(page, project);
  const box = page.locator("#rsvp");
  await box.getByLabel("Email address").fill(email);
  await box.getByRole("button").first().click();
  await expect(page).toHaveURL(/\?rsvp=check-mail#rsvp$/);
  await expect(box.getByText("Almost done: we have sent you an email.")).toBeVisible();
}

/** Opens the newest mailed link to the guest's RSVP and confirms it; returns the link. */
async function confirmFromMail(page: Page, project: string, slug: string, email: string) {
  const link = await mailedLink(email, `/events/${slug}/rsvp`);
  await page.goto(link);
  await ready(page, project);
  await page.getByRole("button", { name: "Confirm my registration" }).click();
  await expect(page).toHaveURL(/&done=confirmed$/);
  await expect(page.getByText("Your address is confirmed.")).toBeVisible();
  return link;
}

test("browse, filter and open an event; Arabic is right to left", async ({ page }, info) => {
  const project = info.project.name;
  await page.goto("/events");
  await ready(page, project);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Events");
  await expect(page.locator(".card-title a").first()).toBeVisible();
  await page.getByRole("link", { name: "Past", exact: true }).click();
  await expect(page).toHaveURL(/\/events\?when=past$/);
  await ready(page, project);
  await page.getByLabel("Kind").selectOption("webinar");
  await page.getByRole("button", { name: "Show events" }).click();
  await expect(page).toHaveURL(/when=past&kind=webinar/);
  await expect(page.locator(".card-title a")).toHaveText(["International Coalition to Stop Genocide in Palestine (ICSGP): first Global Call to Action"]);
  await page.locator(".card-title a").first().click();
  await expect(page).toHaveURL(new RegExp(`${PAST_CALL}$`));
  await expect(page.getByText("Ajamu Baraka")).toBeVisible();
  await expect(page.getByText("the French translation begins about 50 minutes in")).toBeVisible();
  await expect(page.getByText("This event is over.")).toBeVisible();

  await page.goto(`/ar${PAST_CALL}`);
  await ready(page, project);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("التحالف الدولي لوقف الإبادة الجماعية في فلسطين: النداء العالمي الأول للعمل");
  if (hasJs(project)) await expectNoAxeViolations(page);
});

test("a guest RSVPs, confirms from the mail, and gets the join link", async ({ page }, info) => {
  const project = info.project.name;
  const slug = "ras-al-auja-monthly-call-2";
  const email = uniqueEmail(project, "guest");
  await rsvpAsGuest(page, project, slug, email);
  await confirmFromMail(page, project, slug, email);
  await expect(page.getByText("You are registered.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Join the event" })).toHaveAttribute("href", "https://meet.example.org/ucp-ras-al-auja");
  // The public page never shows it.
  await page.goto(`/events/${slug}`);
  await expect(page.getByRole("link", { name: "Join the event" })).toHaveCount(0);
});

test("a guest RSVPs in Arabic: the page, the mail and the confirmation are in Arabic", async ({ page }, info) => {
  const project = info.project.name;
  const slug = "ras-al-auja-monthly-call-1";
  const email = uniqueEmail(project, "arabic");
  await page.goto(`/ar/events/${slug}`);
  await ready(page, project);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.locator("#rsvp-email").fill(email);
  await page.locator("#rsvp button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/ar/events/${slug}\\?rsvp=check-mail#rsvp$`));
  await expect(page.getByText("اقتربت من الانتهاء")).toBeVisible();
  const link = await mailedLink(email, `/ar/events/${slug}/rsvp`);
  await page.goto(link);
  await ready(page, project);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  if (hasJs(project)) await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "تأكيد تسجيلي" }).click();
  await expect(page.getByText("تم تأكيد عنوانك.")).toBeVisible();
  await expect(page.getByText("أنت مسجّل.")).toBeVisible();
  await expect(page.getByRole("link", { name: "انضم إلى الفعالية" })).toBeVisible();
});

test("a member RSVPs in one click and cancels from the account page", async ({ page }, info) => {
  const project = info.project.name;
  await verifiedMember(page, project, "Nadia", uniqueEmail(project, "member"));
  const slug = "ras-al-auja-monthly-call-3";
  await page.goto(`/events/${slug}`);
  await ready(page, project);
  const box = page.locator("#rsvp");
  await expect(box.getByText("You will be registered as")).toBeVisible();
  await box.getByLabel("Interpretation").selectOption("en");
  await box.getByRole("button", { name: "Register" }).click();
  await expect(page).toHaveURL(/\?rsvp=confirmed#rsvp$/);
  await expect(box.getByText("You are registered.", { exact: true })).toBeVisible();
  await expect(box.getByRole("link", { name: "Join the event" })).toBeVisible();
  await expect(box.getByText("Consecutive interpretation")).toBeVisible();
  await page.goto("/account");
  await ready(page, project);
  const mine = page.locator(".my-events li", { hasText: "Monthly call with Ras al-Auja" });
  await expect(mine).toContainText("Registered");
  await mine.getByRole("button", { name: "Cancel my registration" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${slug}\\?rsvp=cancelled#rsvp$`));
  await expect(box.getByText("Your registration is cancelled.")).toBeVisible();
  await expect(box.getByRole("button", { name: "Register" })).toBeVisible();
});

test("fill an event, join the waitlist, and be promoted when someone cancels", async ({ page }, info) => {
  test.setTimeout(180_000);
  const project = info.project.name;
  const slug = smallEvent(project);
  const seated: string[] = [];
  // Take every place (four or three, whatever is left).
  for (let i = 0; i < 6; i++) {
    await page.goto(`/events/${slug}`);
    await ready(page, project);
    if (await page.getByText("All places are taken.", { exact: false }).count()) break;
    const email = uniqueEmail(project, `seat${i}`);
    await rsvpAsGuest(page, project, slug, email);
    await confirmFromMail(page, project, slug, email);
    await expect(page.getByText("You are registered.")).toBeVisible();
    seated.push(email);
  }
  expect(seated.length).toBeGreaterThan(0);
  await page.goto(`/events/${slug}`);
  await ready(page, project);
  await expect(page.locator(".seats")).toContainText(/(\d+) of \1 places taken/);
  await expect(page.locator("#rsvp").getByRole("button", { name: "Join the waitlist" })).toBeVisible();

  const waiting = uniqueEmail(project, "waiting");
  await rsvpAsGuest(page, project, slug, waiting);
  await confirmFromMail(page, project, slug, waiting);
  await expect(page.getByText("You are on the waitlist, number 1.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Join the event" })).toHaveCount(0);

  // The first seated guest cancels from their mailed link.
  await page.goto(await mailedLink(seated[0], `/events/${slug}/rsvp`));
  await ready(page, project);
  await page.getByRole("button", { name: "Cancel my registration" }).click();
  await expect(page).toHaveURL(/&done=cancelled$/);
  await expect(page.getByText("Your registration is cancelled.")).toBeVisible();

  // The waiting guest is told by mail, and their link now holds the join link.
  await page.goto(await mailedLink(waiting, `/events/${slug}/rsvp`, 1));
  await ready(page, project);
  await expect(page.getByText("You are registered.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Join the event" })).toBeVisible();
});

test("download an event's calendar file", async ({ page }, info) => {
  await page.goto(PAST_CALL);
  await ready(page, info.project.name);
  const link = page.getByRole("link", { name: "Add to my calendar (.ics)" });
  await expect(link).toHaveAttribute("href", `${PAST_CALL}.ics`);
  const response = await page.request.get(`${PAST_CALL}.ics`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const body = await response.text();
  expect(body).toContain("BEGIN:VCALENDAR");
  expect(body).toContain("DTSTART;TZID=America/New_York:20240317T100000");
  expect(body).not.toContain("meet.example.org");
});

test("an editor creates an event in the browser, then edits it", async ({ page }, info) => {
  const project = info.project.name;
  await page.goto("/log-in");
  await ready(page, project);
  await page.locator("#li-email").fill(`editor-${project}@example.org`);
  await page.locator("#li-password").fill(`edit the events ${project}`);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);

  await page.goto("/events");
  await ready(page, project);
  await page.getByRole("link", { name: "Add an event" }).click();
  await expect(page).toHaveURL(/\/events\/new$/);
  await ready(page, project);
  if (hasJs(project)) await expectNoAxeViolations(page);
  const slug = `seed-bank-${project}-${Date.now()}`;
  await page.getByLabel("Address").fill(slug);
  await page.getByLabel("Kind").selectOption("workshop");
  await page.getByLabel("Time zone").fill("Asia/Hebron");
  await page.getByLabel("Starts (local time)").fill("2031-04-13T10:00");
  // An end before the start is refused, and what was typed stays.
  await page.getByLabel("Ends (local time)").fill("2031-04-13T09:00");
  await page.locator("#ev-en-title").fill("The Indigenous Seed Bank: a workshop");
  await page.getByLabel("Agriculture").check();
  await page.getByLabel("Places").fill("20");
  await page.getByRole("button", { name: "Create the event" }).click();
  await expect(page).toHaveURL(/\/events\/new\?problem=ends-before-start$/);
  await expect(page.getByText("The end is before the start.")).toBeVisible();
  await expect(page.locator("#ev-en-title")).toHaveValue("The Indigenous Seed Bank: a workshop");

  await page.getByLabel("Ends (local time)").fill("2031-04-13T12:00");
  await page.getByRole("button", { name: "Create the event" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${slug}\\?saved=1$`));
  await expect(page.getByText("The event is saved.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Indigenous Seed Bank: a workshop");
  await expect(page.getByText("0 of 20 places taken")).toBeVisible();

  await page.getByRole("link", { name: "Edit this event" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${slug}/edit$`));
  await ready(page, project);
  await expect(page.getByLabel("Starts (local time)")).toHaveValue("2031-04-13T10:00");
  await page.getByLabel("Status").selectOption("postponed");
  await page.getByLabel("Starts (local time)").fill("2031-05-04T10:00");
  await page.getByLabel("Ends (local time)").fill("2031-05-04T12:00");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${slug}\\?saved=1$`));
  await expect(page.locator(".badge-status")).toHaveText("Postponed");
  await expect(page.getByText("4 May 2031, 10:00–12:00").first()).toBeVisible();
});
