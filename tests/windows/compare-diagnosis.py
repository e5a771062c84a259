#!/usr/bin/env python3
"""compare-diagnosis.py LINUX.json WINE.json -- the same diagnosis from the Linux and the Windows build:
exit code, findings (id and severity, in order), the recommendation and the provider. Times, transcripts
and probe details are left out: they differ between any two runs."""
import json
import sys


def essentials(path):
    d = json.load(open(path, encoding="utf-8"))
    rec = d.get("recommended") or {}
    return {
        "exitCode": d.get("exitCode"),
        "findings": [(f["id"], f["severity"]) for f in d.get("findings", [])],
        "recommended": {k: rec.get(k) for k in ("host", "port", "security", "auth", "verified")},
        "provider": d.get("provider"),
    }


def main():
    try:
        linux, wine = essentials(sys.argv[1]), essentials(sys.argv[2])
    except (OSError, ValueError) as e:
        print(f"unreadable JSON: {e}")
        return 1
    differ = [k for k in linux if linux[k] != wine[k]]
    for k in differ:
        print(f"{k}: Linux {linux[k]} / Wine {wine[k]}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
