#!/usr/bin/env python3
"""Checks a .mobileconfig that MailFix wrote against the keys Apple documents, then prints it as JSON.

The documented keys, their types, whether they are required and their allowed values are Apple's:
github.com/apple/device-management, mdm/profiles/TopLevel.yaml, CommonPayloadKeys.yaml and
com.apple.mail.managed.yaml (read 2026; only the keys a mail account profile can use are listed).
Usage: check_mobileconfig.py FILE. Exit code 0 and the JSON on stdout when the file is valid; 1 and the
problems on stderr when not.
"""
import json
import plistlib
import re
import sys

STR, INT, BOOL, ARRAY, DICT = str, int, bool, list, dict

# key: (type, required, allowed values or None)
TOP_LEVEL = {
    "PayloadContent": (ARRAY, True, None),
    "PayloadDescription": (STR, False, None),
    "PayloadDisplayName": (STR, False, None),
    "PayloadIdentifier": (STR, True, None),
    "PayloadOrganization": (STR, False, None),
    "PayloadRemovalDisallowed": (BOOL, False, None),
    "PayloadScope": (STR, False, ["System", "User"]),
    "PayloadType": (STR, True, ["Configuration"]),
    "PayloadUUID": (STR, True, None),
    "PayloadVersion": (INT, True, [1]),
}
COMMON = {
    "PayloadDescription": (STR, False, None),
    "PayloadDisplayName": (STR, False, None),
    "PayloadIdentifier": (STR, True, None),
    "PayloadOrganization": (STR, False, None),
    "PayloadType": (STR, True, ["com.apple.mail.managed"]),
    "PayloadUUID": (STR, True, None),
    "PayloadVersion": (INT, True, [1]),
}
AUTH = ["EmailAuthNone", "EmailAuthPassword", "EmailAuthCRAMMD5", "EmailAuthNTLM", "EmailAuthHTTPMD5"]
MAIL = {
    "EmailAccountDescription": (STR, False, None),
    "EmailAccountName": (STR, False, None),
    "EmailAccountType": (STR, True, ["EmailTypeIMAP", "EmailTypePOP"]),
    "EmailAddress": (STR, False, None),
    "IncomingMailServerAuthentication": (STR, True, AUTH),
    "IncomingMailServerHostName": (STR, True, None),
    "IncomingMailServerPortNumber": (INT, False, None),
    "IncomingMailServerUseSSL": (BOOL, False, None),
    "IncomingMailServerUsername": (STR, False, None),
    "IncomingMailServerIMAPPathPrefix": (STR, False, None),
    "IncomingPassword": (STR, False, None),
    "OutgoingPassword": (STR, False, None),
    "OutgoingPasswordSameAsIncomingPassword": (BOOL, False, None),
    "OutgoingMailServerAuthentication": (STR, True, AUTH),
    "OutgoingMailServerHostName": (STR, True, None),
    "OutgoingMailServerPortNumber": (INT, False, None),
    "OutgoingMailServerUseSSL": (BOOL, False, None),
    "OutgoingMailServerUsername": (STR, False, None),
    "PreventMove": (BOOL, False, None),
    "PreventAppSheet": (BOOL, False, None),
    "SMIMEEnabled": (BOOL, False, None),
    "disableMailRecentsSyncing": (BOOL, False, None),
    "allowMailDrop": (BOOL, False, None),
}
NEVER = ["IncomingPassword", "OutgoingPassword"]  # a MailFix profile never holds a password
UUID = re.compile(r"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$")


def check_dict(where, values, schema, problems):
    for key, value in values.items():
        if key not in schema:
            problems.append(f"{where}: {key} is not a documented key")
            continue
        kind, _, allowed = schema[key]
        # plistlib reads <true/> as bool, which is also an int in Python: compare the exact type
        if type(value) is not kind:
            problems.append(f"{where}: {key} is {type(value).__name__}, documented as {kind.__name__}")
        elif allowed is not None and value not in allowed:
            problems.append(f"{where}: {key} = {value!r} is not one of {allowed}")
    for key, (_, required, _) in schema.items():
        if required and key not in values:
            problems.append(f"{where}: the required key {key} is missing")


def main():
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    problems = []
    if not data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>'):
        problems.append("no XML declaration naming UTF-8")
    if b"<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\"" not in data:
        problems.append("no plist DOCTYPE")
    profile = plistlib.loads(data, fmt=plistlib.FMT_XML)
    check_dict("profile", profile, TOP_LEVEL, problems)
    payloads = profile.get("PayloadContent", [])
    if len(payloads) != 1:
        problems.append(f"{len(payloads)} payloads, expected exactly one")
    account = payloads[0] if payloads else {}
    schema = dict(MAIL)
    schema.update(COMMON)
    check_dict("payload", account, schema, problems)
    for key in NEVER:
        if key in account:
            problems.append(f"payload: {key} is there (a password)")
    for where, values in (("profile", profile), ("payload", account)):
        if not UUID.match(values.get("PayloadUUID", "")):
            problems.append(f"{where}: PayloadUUID {values.get('PayloadUUID')!r} is not a UUID")
    if profile.get("PayloadUUID") == account.get("PayloadUUID"):
        problems.append("the profile and its payload share a PayloadUUID")
    if not str(account.get("PayloadIdentifier", "")).startswith(str(profile.get("PayloadIdentifier")) + "."):
        problems.append("the payload's identifier does not extend the profile's")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    top = {k: v for k, v in profile.items() if k != "PayloadContent"}
    print(json.dumps({"profile": top, "account": account}, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
