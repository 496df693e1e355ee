import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { outbox } from "../playwright.config";

/** The text of each part of a MIME message, decoded (quoted-printable or base64). */
function decodedParts(raw: string): string[] {
  const boundary = /boundary="?([^";\r\n]+)"?/.exec(raw)?.[1];
  const parts = boundary ? raw.split(`--${boundary}`) : [raw];
  return parts.map((part) => {
    const [head, ...rest] = part.split(/\r?\n\r?\n/);
    const body = rest.join("\n\n");
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    if (encoding === "quoted-printable") {
      const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)));
      return Buffer.from(bytes, "latin1").toString("utf8");
    }
    return body;
  });
}

/** Waits for the newest mail to `to` whose text holds a link to `path`, and returns that link
 *  (the mail worker looks at the queue every two seconds). */
export async function mailedLink(to: string, path: string, after = 0): Promise<string> {
  const pattern = new RegExp(`https?://[^\\s"<>]+${path.replace(/[/?]/g, "\\$&")}\\?token=[0-9a-f]{64}`);
  for (let i = 0; i < 50; i++) {
    let files: string[] = [];
    try {
      files = readdirSync(outbox).filter((f) => f.endsWith(".eml"));
    } catch {
      // The folder appears with the first mail.
    }
    const found = files
      .map((f) => ({ file: f, raw: readFileSync(join(outbox, f), "utf8") }))
      .filter(({ raw }) => new RegExp(`^To: .*${to.replace(/[.+]/g, "\\$&")}`, "mi").test(raw))
      .map(({ raw }) => decodedParts(raw).map((p) => pattern.exec(p)?.[0]).find(Boolean))
      .filter((link): link is string => !!link);
    if (found.length > after) return found[found.length - 1];
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${to} with a link to ${path} in ${outbox}`);
}
