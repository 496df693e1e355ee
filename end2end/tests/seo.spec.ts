import { test, expect, hasJs } from "./fixtures";
import { baseURL } from "../playwright.config";

// What search engines and messengers read of a page: its description, its address in every
// language (whole, from the configured public URL), and the Open Graph tags of a shared link's
// preview. Read from the HTML as served, so JavaScript plays no part (run once).

const publicPages = [
  "/",
  "/organisations",
  "/organisations/ccivs",
  "/events",
  "/events/icsgp-global-call-2024-03",
  "/log-in",
  "/sign-up",
  "/password-reset",
];
// Reached by a link or a log-in: never to be listed by a search engine.
const privatePages = ["/account/verify?token=0", "/log-in/link?token=0", "/log-in/code", "/events/ras-al-auja-monthly-call-1/rsvp?token=0"];

/** The `<head>` tags of a page, as [tag name, attributes]. */
async function headTags(request: import("@playwright/test").APIRequestContext, url: string) {
  const html = await (await request.get(url)).text();
  const head = html.slice(0, html.indexOf("</head>"));
  return [...head.matchAll(/<(meta|link)\s([^>]*)>/g)].map(([, tag, attrs]) => {
    const found: Record<string, string> = {};
    for (const [, name, value] of attrs.matchAll(/([\w:-]+)="([^"]*)"/g)) found[name] = value.replaceAll("&amp;", "&");
    return { tag, ...found };
  });
}

const meta = (tags: Record<string, string>[], key: string) =>
  tags.filter((t) => t.tag === "meta" && (t.name === key || t.property === key)).map((t) => t.content);

for (const path of publicPages) {
  test(`${path} describes itself in each language, with whole addresses`, async ({ request }, info) => {
    test.skip(!hasJs(info.project.name), "reads the served HTML once");
    const descriptions: string[] = [];
    for (const prefix of ["", "/ar"]) {
      const url = prefix + (path === "/" && prefix ? "" : path);
      const tags = await headTags(request, url);
      const [description] = meta(tags, "description");
      expect(description?.length ?? 0, `${url}: a description`).toBeGreaterThan(20);
      expect(description.length, `${url}: description length`).toBeLessThanOrEqual(161);
      descriptions.push(description);
      expect(meta(tags, "robots"), url).toEqual([]);
      const here = `${baseURL}${url}`;
      const canonical = tags.filter((t) => t.rel === "canonical").map((t) => t.href);
      expect(canonical, url).toEqual([here]);
      const alternates = Object.fromEntries(tags.filter((t) => t.rel === "alternate").map((t) => [t.hreflang, t.href]));
      const bare = path === "/" ? "" : path;
      expect(alternates, url).toEqual({
        en: `${baseURL}${path}`,
        ar: `${baseURL}/ar${bare}`,
        fr: `${baseURL}/fr${bare}`,
        es: `${baseURL}/es${bare}`,
        "x-default": `${baseURL}${path}`,
      });
      expect(meta(tags, "og:url"), url).toEqual([here]);
      expect(meta(tags, "og:site_name"), url).toEqual([prefix ? "تضامن" : "Tadamun"]);
      expect(meta(tags, "og:description"), url).toEqual([description]);
      expect(meta(tags, "og:title")[0]?.length ?? 0, url).toBeGreaterThan(0);
      expect(meta(tags, "og:locale"), url).toEqual([prefix ? "ar_AR" : "en_GB"]);
      expect(meta(tags, "og:locale:alternate"), url).toHaveLength(3);
      // No image or anything else from another site.
      for (const t of tags) for (const value of [t.href, t.content]) {
        if (value?.startsWith("http")) expect(value.startsWith(baseURL), `${url}: ${value}`).toBe(true);
      }
    }
    expect(descriptions[0], "the Arabic description is not the English one").not.toEqual(descriptions[1]);
  });
}

test("an organisation's description is its own", async ({ request }, info) => {
  test.skip(!hasJs(info.project.name), "reads the served HTML once");
  const [description] = meta(await headTags(request, "/organisations/uawc"), "description");
  expect(description).toMatch(/^Its director, Fuad Abu Saifa, strongly supports Palestinian farmers/);
});

for (const url of privatePages) {
  test(`${url} asks search engines not to list it`, async ({ request }, info) => {
    test.skip(!hasJs(info.project.name), "reads the served HTML once");
    const tags = await headTags(request, url);
    expect(meta(tags, "robots")).toEqual(["noindex"]);
    expect(meta(tags, "description")[0]?.length ?? 0).toBeGreaterThan(20);
  });
}
