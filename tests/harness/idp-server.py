#!/usr/bin/python3
"""A local OAuth2 identity provider for MailFix's integration tests (inside the test namespace only).

It plays Microsoft's or Google's role for the harness's Dovecot (which checks bearer tokens through the
introspection endpoint) and for tests, over https on port 443 of --listen (idp.test):

  GET  /authorize   the authorization code flow (RFC 6749 4.1) with PKCE (RFC 7636, S256 only). No login
                    page: the user named by login_hint (else --default-user) consents at once, as a browser
                    whose user is signed in would see it. Redirects to redirect_uri (a loopback http URL)
                    with code, state and iss (RFC 9207), or with error=... .
  POST /token       grant_type=authorization_code (client_id, redirect_uri and code_verifier checked; a code
                    works once, within 60 s; a second use revokes what the first gave) and
                    grant_type=refresh_token (a new access token and a new refresh token; an extra
                    redirect_uri, which Qt 6.4 sends, is ignored).
  POST /introspect  RFC 7662: {"active": true, "scope", "username", "exp", "client_id", "token_type"} or
                    {"active": false} (unknown, revoked or expired token).
  POST /test/token  for tests only: mints an access token directly (user, scope, expires_in, which may be
                    negative for an already expired one), without the browser flow.
  GET  /test/last-exchange  for tests only: the last code exchanged, its code_verifier and the tokens it
                    gave, so that a secrets scan knows what must never appear in MailFix's outputs.

Tokens are random and live in this process's memory only; the log never shows a token, code or verifier.
"""
import argparse
import base64
import hashlib
import http.server
import json
import os
import re
import secrets
import ssl
import sys
import threading
import time
import urllib.parse

CODE_LIFETIME_S = 60


class Store:
    """Codes and tokens, shared by the server threads."""

    def __init__(self, users, client_ids, lifetime):
        self.lock = threading.Lock()
        self.users = users
        self.client_ids = client_ids
        self.lifetime = lifetime
        self.codes = {}  # code -> dict(client_id, redirect_uri, challenge, user, scope, expires, used, issued)
        self.access = {}  # token -> dict(user, scope, exp, client_id, active)
        self.refresh = {}  # token -> dict(user, scope, client_id, active)

    def mint(self, user, scope, client_id, expires_in=None):
        """A new access token and its refresh token; the caller holds the lock."""
        access = secrets.token_urlsafe(32)
        refresh = secrets.token_urlsafe(32)
        lifetime = self.lifetime if expires_in is None else expires_in
        self.access[access] = dict(user=user, scope=scope, exp=int(time.time()) + lifetime,
                                   client_id=client_id, active=True)
        self.refresh[refresh] = dict(user=user, scope=scope, client_id=client_id, active=True)
        return access, refresh, lifetime


def s256(verifier):
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).rstrip(b"=").decode()


def make_handler(store, issuer, log):
    class Handler(http.server.BaseHTTPRequestHandler):
        server_version = "mailfix-test-idp"

        def reply_json(self, status, obj, extra_headers=()):
            body = json.dumps(obj).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Cache-Control", "no-store")
            for k, v in extra_headers:
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def oauth_error(self, error, description, status=400):
            self.reply_json(status, {"error": error, "error_description": description})

        def form(self):
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length).decode("utf-8", "replace") if length else ""
            return {k: v[0] for k, v in urllib.parse.parse_qs(raw, keep_blank_values=True).items()}

        def do_GET(self):
            url = urllib.parse.urlsplit(self.path)
            if url.path == "/test/last-exchange":  # for the secrets scan: what the outputs must never hold
                with store.lock:
                    self.reply_json(200, getattr(store, "last_exchange", {}))
                return
            if url.path != "/authorize":
                self.send_error(404)
                return
            q = {k: v[0] for k, v in urllib.parse.parse_qs(url.query, keep_blank_values=True).items()}
            client_id = q.get("client_id", "")
            redirect_uri = q.get("redirect_uri", "")
            target = urllib.parse.urlsplit(redirect_uri)
            # RFC 6749 4.1.2.1: without a known client and a valid redirect, no redirect at all
            if client_id not in store.client_ids or target.scheme != "http" or \
                    target.hostname not in ("127.0.0.1", "localhost", "::1"):
                self.send_error(400, "unknown client or redirect_uri not a loopback http URL")
                return

            def back(params):
                params = dict(params)
                if "state" in q:
                    params["state"] = q["state"]
                params["iss"] = issuer
                sep = "&" if target.query else "?"
                self.send_response(302)
                self.send_header("Location", redirect_uri + sep + urllib.parse.urlencode(params))
                self.send_header("Content-Length", "0")
                self.end_headers()

            if q.get("response_type") != "code":
                back({"error": "unsupported_response_type"})
                return
            if not q.get("code_challenge") or q.get("code_challenge_method") != "S256":
                back({"error": "invalid_request", "error_description": "PKCE with S256 is required"})
                return
            user = q.get("login_hint") or store.default_user
            if user not in store.users:
                back({"error": "access_denied", "error_description": "no such user"})
                return
            # shaped like Google's ("4/0A..."): its "/" comes back percent-encoded in the redirect, which
            # Qt 6.4 then encodes a second time in the token request unless MailFix prevents it
            code = "4/" + secrets.token_urlsafe(24)
            with store.lock:
                store.codes[code] = dict(client_id=client_id, redirect_uri=redirect_uri,
                                         challenge=q["code_challenge"], user=user, scope=q.get("scope", ""),
                                         expires=time.time() + CODE_LIFETIME_S, used=False, issued=[])
            back({"code": code})

        def do_POST(self):
            path = urllib.parse.urlsplit(self.path).path
            f = self.form()
            if path == "/token":
                self.token(f)
            elif path == "/introspect":
                self.introspect(f)
            elif path == "/test/token":
                user = f.get("user", store.default_user)
                with store.lock:
                    access, refresh, lifetime = store.mint(user, f.get("scope", ""), f.get("client_id", "test"),
                                                           int(f.get("expires_in", store.lifetime)))
                self.reply_json(200, {"access_token": access, "refresh_token": refresh, "token_type": "Bearer",
                                      "expires_in": lifetime, "scope": f.get("scope", "")})
            else:
                self.send_error(404)

        def token(self, f):
            grant = f.get("grant_type")
            if f.get("client_id") not in store.client_ids:
                self.oauth_error("invalid_client", "unknown client", 401)
                return
            with store.lock:
                if grant == "authorization_code":
                    entry = store.codes.get(f.get("code", ""))
                    if entry is None or entry["client_id"] != f.get("client_id"):
                        self.oauth_error("invalid_grant", "unknown code")
                        return
                    if entry["used"]:  # RFC 6749 4.1.2: a code used twice revokes what it gave
                        for access, refresh in entry["issued"]:
                            store.access[access]["active"] = False
                            store.refresh[refresh]["active"] = False
                        self.oauth_error("invalid_grant", "code already used")
                        return
                    entry["used"] = True
                    if time.time() > entry["expires"]:
                        self.oauth_error("invalid_grant", "code expired")
                        return
                    if f.get("redirect_uri") != entry["redirect_uri"]:
                        self.oauth_error("invalid_grant", "redirect_uri does not match")
                        return
                    if s256(f.get("code_verifier", "")) != entry["challenge"]:
                        self.oauth_error("invalid_grant", "code_verifier does not match the code_challenge")
                        return
                    user, scope = entry["user"], entry["scope"]
                    access, refresh, lifetime = store.mint(user, scope, entry["client_id"])
                    entry["issued"].append((access, refresh))
                    store.last_exchange = dict(code=f.get("code", ""), code_verifier=f.get("code_verifier", ""),
                                               access_token=access, refresh_token=refresh)
                elif grant == "refresh_token":
                    old = store.refresh.get(f.get("refresh_token", ""))
                    if old is None or not old["active"] or old["client_id"] != f.get("client_id"):
                        self.oauth_error("invalid_grant", "unknown or revoked refresh token")
                        return
                    scope = f.get("scope") or old["scope"]
                    if not set(scope.split()) <= set(old["scope"].split()):
                        self.oauth_error("invalid_scope", "more scope than was granted")
                        return
                    old["active"] = False  # rotated, as Microsoft's and Google's may be
                    user = old["user"]
                    access, refresh, lifetime = store.mint(user, scope, old["client_id"])
                else:
                    self.oauth_error("unsupported_grant_type", "authorization_code or refresh_token")
                    return
            self.reply_json(200, {"access_token": access, "refresh_token": refresh, "token_type": "Bearer",
                                  "expires_in": lifetime, "scope": scope})

        def introspect(self, f):
            with store.lock:
                entry = store.access.get(f.get("token", ""))
                if entry is None or not entry["active"] or entry["exp"] <= time.time():
                    self.reply_json(200, {"active": False})
                    return
                self.reply_json(200, {"active": True, "scope": entry["scope"], "username": entry["user"],
                                      "exp": entry["exp"], "client_id": entry["client_id"],
                                      "token_type": "Bearer", "iss": issuer})

        def log_message(self, fmt, *args):
            # the request line without its query (authorize's carries the state and challenge)
            log.write("%s\n" % re.sub(r"\?[^ \"]*", "", fmt % args))
            log.flush()

    return Handler


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cert", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--listen", required=True)
    ap.add_argument("--issuer", required=True, help="e.g. https://idp.test")
    ap.add_argument("--users", required=True, help="comma-separated user names that may consent")
    ap.add_argument("--client-ids", required=True, help="comma-separated registered client ids")
    ap.add_argument("--token-lifetime", type=int, default=3600, help="access token lifetime, seconds")
    ap.add_argument("--log", required=True)
    ap.add_argument("--pidfile", required=True)
    args = ap.parse_args()

    log = open(args.log, "a")
    users = args.users.split(",")
    store = Store(users, args.client_ids.split(","), args.token_lifetime)
    store.default_user = users[0]
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(args.cert, args.key)
    server = http.server.ThreadingHTTPServer((args.listen, 443), make_handler(store, args.issuer, log))
    server.socket = ctx.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    with open(args.pidfile, "w") as f:
        f.write("%d\n" % os.getpid())
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
