#!/usr/bin/python3
"""Autoconfig web server for MailFix's integration tests (loopback, inside the test namespace only).

Serves DOCROOT/<host>/<path> for the Host header of each request, over http on port 80 and https on
port 443 of every --listen address; HTTP_ONLY_DOCROOT/<host>/<path> over http only. Query strings are ignored but logged (autoconfig passes the
email address as ?emailaddress=). Nothing else: no directory listings, no uploads.
"""
import argparse
import http.server
import os
import ssl
import sys
import threading


def make_handler(docroot, http_only_docroot, log):
    class Handler(http.server.BaseHTTPRequestHandler):
        server_version = "mailfix-test-autoconfig"

        def hostile(self, host):
            """Answers for the hostile test hosts; True when it answered."""
            if host == "autoconfig.huge.test":  # 8 MiB of XML-ish junk, streamed
                self.send_response(200)
                self.send_header("Content-Type", "text/xml")
                self.end_headers()
                chunk = b"<clientConfig>" + b"<a>x</a>" * 8192
                try:
                    for _ in range(128):
                        self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                return True
            if host == "autoconfig.deep.test":  # 50000 nested elements
                body = b"<?xml version='1.0'?><clientConfig>" + b"<a>" * 50000 + b"</a>" * 50000 + b"</clientConfig>"
                self.send_response(200)
                self.send_header("Content-Type", "text/xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return True
            return False

        def do_GET(self):
            host = (self.headers.get("Host") or "").split(":")[0].lower()
            path = self.path.split("?", 1)[0]
            if self.hostile(host):
                return
            full = None
            roots = [docroot] + ([http_only_docroot] if not self.server.secure else [])
            for root in roots:
                candidate = os.path.realpath(os.path.join(root, host, path.lstrip("/")))
                if candidate.startswith(os.path.realpath(root) + os.sep) and os.path.isfile(candidate):
                    full = candidate
                    break
            if full is None:
                self.send_error(404)
                return
            with open(full, "rb") as f:
                body = f.read()
            self.send_response(200)
            ctype = "text/xml" if full.endswith(".xml") or "/v1.1/" in path else "application/octet-stream"
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, fmt, *args):
            log.write("%s %s\n" % (self.headers.get("Host") if self.headers else "-", fmt % args))
            log.flush()

    return Handler


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docroot", required=True)
    ap.add_argument("--http-only-docroot", required=True)
    ap.add_argument("--cert", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--listen", required=True, help="comma-separated addresses")
    ap.add_argument("--log", required=True)
    ap.add_argument("--pidfile", required=True)
    args = ap.parse_args()

    log = open(args.log, "a")
    handler = make_handler(os.path.abspath(args.docroot), os.path.abspath(args.http_only_docroot), log)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(args.cert, args.key)
    servers = []
    for addr in args.listen.split(","):
        plain = http.server.ThreadingHTTPServer((addr, 80), handler)
        secure = http.server.ThreadingHTTPServer((addr, 443), handler)
        # the TLS handshake in each request's thread, not in accept(): clients are served side by side
        secure.socket = ctx.wrap_socket(secure.socket, server_side=True, do_handshake_on_connect=False)
        plain.secure = False
        secure.secure = True
        servers += [plain, secure]
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in servers]
    for t in threads:
        t.start()
    with open(args.pidfile, "w") as f:
        f.write("%d\n" % os.getpid())
    for t in threads:
        t.join()


if __name__ == "__main__":
    sys.exit(main())
