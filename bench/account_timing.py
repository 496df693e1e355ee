#!/usr/bin/env python3
"""How long the account forms take for an address with an account and for one without, in
the same run: the two must not be told apart by time (no account enumeration). Expects a
server at BENCH_ADDR (bench/account-timing.sh starts one); prints median/min/max per form."""
import http.client, os, statistics, time, urllib.parse

ADDR = os.environ.get("BENCH_ADDR", "127.0.0.1:3300")
N = int(os.environ.get("BENCH_ROUNDS", "15"))
PASSWORD = "olive harvest in ras al-auja"

def post(path, fields):
    body = urllib.parse.urlencode(fields)
    conn = http.client.HTTPConnection(ADDR)
    start = time.perf_counter()
    conn.request("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded",
                                      "Accept": "text/html", "Sec-Fetch-Site": "same-origin"})
    response = conn.getresponse()
    response.read()
    return (response.status, response.getheader("location")), (time.perf_counter() - start) * 1000

# Every address is used once per form: the per-account limits would refuse a second try.
for i in range(N):
    post("/api/sign-up", {"locale": "en", "display_name": "T", "email": f"known{i}@example.org", "password": PASSWORD})

forms = [
    ("sign-up", "/api/sign-up", lambda e: {"locale": "en", "display_name": "T", "email": e, "password": PASSWORD}),
    ("log-in (wrong password)", "/api/log-in", lambda e: {"locale": "en", "email": e, "password": "not the password"}),
    ("password reset", "/api/password-reset", lambda e: {"locale": "en", "email": e}),
    ("log-in link", "/api/log-in-link", lambda e: {"locale": "en", "email": e}),
]
print(f"{'form':26s} {'address':8s} {'median':>8s} {'min':>8s} {'max':>8s}  answer")
for name, path, fields in forms:
    answers = {}
    for kind, address in (("known", "known{}@example.org"), ("unknown", f"nobody-{name[:5]}" + "{}@example.org")):
        times, seen = [], set()
        for i in range(N):
            answer, ms = post(path, fields(address.format(i)))
            times.append(ms)
            seen.add(answer)
        answers[kind] = seen
        print(f"{name:26s} {kind:8s} {statistics.median(times):6.1f}ms {min(times):6.1f}ms {max(times):6.1f}ms  {sorted(seen)}")
    if answers["known"] != answers["unknown"]:
        print(f"  !! {name}: the answers differ")
