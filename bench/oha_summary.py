#!/usr/bin/env python3
"""Reads oha's JSON report on stdin; prints "rps p50_ms p99_ms non_2xx"."""
import json
import sys

report = json.load(sys.stdin)
summary, percentiles = report["summary"], report["latencyPercentiles"]
codes = report.get("statusCodeDistribution", {})
non_2xx = sum(count for code, count in codes.items() if not str(code).startswith("2"))
errors = sum(report.get("errorDistribution", {}).values())
rps = summary["requestsPerSec"] or 0
p50 = (percentiles.get("p50") or 0) * 1000
p99 = (percentiles.get("p99") or 0) * 1000
print(f"{rps:.0f} {p50:.2f} {p99:.2f} {non_2xx + errors}")
