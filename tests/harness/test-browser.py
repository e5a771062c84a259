#!/usr/bin/python3
"""Plays the user's browser for MailFix's OAuth2 tests (inside the harness namespace only).

test-browser.py URL -- what `mailfix-cli diagnose --oauth2 --browser-command` starts with the sign-in
address: like a browser whose user is signed in at the identity provider (tests/harness/idp-server.py),
it fetches the authorize URL (https, trusting $MAILFIX_TEST_CA), takes the redirect the provider answers
with, and follows it to the loopback address MailFix listens on. It detaches first, as a browser does,
so that the caller does not wait for it.

MAILFIX_TEST_BROWSER_MODE changes what the user does:
  follow       (default) sign in and come back
  wrong-state  come back with another state than the one sent (a forged or mixed-up redirect)
  never        do nothing: the user closes the browser without signing in
Writes one line of what it did to $MAILFIX_TEST_BROWSER_LOG when set (never the code or a token).
"""
import http.client
import os
import ssl
import sys
import urllib.error
import urllib.parse
import urllib.request


def log(line):
    path = os.environ.get("MAILFIX_TEST_BROWSER_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(line + "\n")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def main():
    url = sys.argv[1]
    mode = os.environ.get("MAILFIX_TEST_BROWSER_MODE", "follow")
    if os.fork() > 0:  # the caller goes on at once, as with a real browser
        return 0
    if mode == "never":
        log("never: did nothing")
        return 0
    context = ssl.create_default_context(cafile=os.environ["MAILFIX_TEST_CA"])
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context), NoRedirect())
    try:
        opener.open(url, timeout=10)
        log("no redirect from the provider")
        return 1
    except urllib.error.HTTPError as e:
        if e.code not in (301, 302, 303, 307):
            log(f"provider answered {e.code}")
            return 1
        back = e.headers["Location"]
    parts = urllib.parse.urlsplit(back)
    if parts.hostname != "127.0.0.1":
        log(f"redirect to {parts.hostname}, not 127.0.0.1: not followed")
        return 1
    if mode == "wrong-state":
        query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
        query = [(k, "forged-" + v if k == "state" else v) for k, v in query]
        back = urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))
    try:
        with urllib.request.urlopen(back, timeout=10) as reply:  # the loopback listener, plain http
            log(f"{mode}: came back, listener answered {reply.status}")
    except (OSError, http.client.HTTPException) as e:
        log(f"{mode}: came back, listener gave no page ({type(e).__name__})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
