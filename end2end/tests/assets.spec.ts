import { test, expect } from "./fixtures";

// The bundle's names carry a hash of its content, so browsers may keep it for a year; the
// pages themselves are never cached that way.
test("the hashed bundle is cached for a year, pages are not", async ({ page, request }) => {
  const response = await page.goto("/organisations");
  expect(response?.headers()["cache-control"] ?? "").not.toContain("immutable");
  const bundle = await page.evaluate(() =>
    [...document.querySelectorAll("link[href^='/pkg/'], script[src^='/pkg/']")].map(
      (e) => e.getAttribute("href") ?? e.getAttribute("src") ?? "",
    ),
  );
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
  const plain = await request.get("/pkg/tadamun.js");
  expect(plain.headers()["cache-control"] ?? "no-cache").not.toContain("immutable");
});
