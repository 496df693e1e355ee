#!/usr/bin/env bash
# Lighthouse's SEO score of the public pages, in English and Arabic, against the release build
# on a fresh SQLite database with the demo (scripts/build-release.sh first). Prints each page's
# score and the audits it failed, writes them to bench/results/seo.txt, and exits 1 if a page
# scores under 95. A measurement, not a test: CI does not run it (the browser tests check the
# same tags in end2end/tests/seo.spec.ts).
#   bench/seo.sh [PATH...]     default: the public pages listed below
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${SEO_PORT:-3400}
out=bench/results
mkdir -p "$out"
[ -x target/release/tadamun ] || { echo "build first: scripts/build-release.sh" >&2; exit 2; }
scripts/setup.sh --tests >/dev/null   # Debian's Chromium
[ -d bench/seo/node_modules/lighthouse ] || (cd bench/seo && npm ci --no-audit --no-fund --loglevel=error)

pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
  pages=(/ /organisations /organisations/ccivs /organisations/uawc /events /events/icsgp-global-call-2024-03
         /events/vica-training-2021 /log-in /sign-up /password-reset)
fi

db_dir=$(mktemp -d /tmp/tadamun-seo.XXXXXX)
DATABASE_URL="sqlite:$db_dir/seo.db" LEPTOS_SITE_ADDR=127.0.0.1:$PORT LEPTOS_SITE_ROOT=target/site LEPTOS_ENV=PROD \
  TADAMUN_PUBLIC_URL=http://127.0.0.1:$PORT TADAMUN_OUTBOX="$db_dir/outbox" RUST_LOG=warn \
  target/release/tadamun serve --demo 2>"$out/seo-server.log" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$db_dir"' EXIT
for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" && break; sleep 0.2; done

flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
printf '%-48s %s\n' "page" "SEO score (failed audits)" | tee "$out/seo.txt"
low=0
for path in "${pages[@]}"; do
  for prefix in "" /ar; do
    url="http://127.0.0.1:$PORT$prefix$( [ "$path" = / ] && [ -n "$prefix" ] && echo "" || echo "$path")"
    report="$db_dir/report.json"
    CHROME_PATH=/usr/bin/chromium bench/seo/node_modules/.bin/lighthouse "$url" --quiet --only-categories=seo \
      --output=json --output-path="$report" --chrome-flags="$flags" >"$db_dir/lighthouse.log" 2>&1 \
      || { cat "$db_dir/lighthouse.log" >&2; echo "lighthouse failed on $url" >&2; exit 1; }
    line=$(node -e '
      const r = require(process.argv[1]);
      const score = Math.round(r.categories.seo.score * 100);
      const failed = r.categories.seo.auditRefs
        .map((a) => r.audits[a.id])
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "manual")
        .map((a) => a.id);
      console.log(`${score} ${failed.length ? "(" + failed.join(", ") + ")" : ""}`);
    ' "$report")
    printf "%-48s %s\n" "${url#http://127.0.0.1:$PORT}" "$line" | tee -a "$out/seo.txt"
    [ "${line%% *}" -ge 95 ] || low=1
  done
done
if grep -q "panicked\|ERROR" "$out/seo-server.log"; then
  echo "the server logged errors while Lighthouse read it: $out/seo-server.log" >&2
  low=1
fi
exit $low
