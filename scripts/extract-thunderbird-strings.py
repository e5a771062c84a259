#!/usr/bin/env python3
"""Writes resources/programs/thunderbird-messages.json: Thunderbird's own send-error messages and the
labels of its outgoing-server settings, in English, German, French, Spanish and Dutch, taken from the
installed Thunderbird (Debian's packages thunderbird and thunderbird-l10n-de/-fr/-es-es/-nl).

    python3 scripts/extract-thunderbird-strings.py            # rewrite the file
    python3 scripts/extract-thunderbird-strings.py --check    # exit 1 when the file differs

The English strings are inside /usr/lib/thunderbird/omni.ja, the others inside the language packs'
.xpi files (/usr/lib/thunderbird/extensions/langpack-LL@thunderbird.mozilla.org.xpi); both are zip
archives. MailFix's error explainer recognises every message (ProgramMessages, tst_programmessages),
and tst_programmessages checks the drawn Thunderbird guide's labels against the labels here.
Thunderbird's strings are under the Mozilla Public License 2.0. Python 3 standard library only.
"""

import json
import pathlib
import re
import subprocess
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "programs" / "thunderbird-messages.json"
TB_DIR = pathlib.Path("/usr/lib/thunderbird")
# MailFix's language -> Thunderbird's locale and Debian package.
LANGUAGES = {
    "en": ("en-US", "thunderbird"),
    "de": ("de", "thunderbird-l10n-de"),
    "fr": ("fr", "thunderbird-l10n-fr"),
    "es": ("es-ES", "thunderbird-l10n-es-es"),
    "nl": ("nl", "thunderbird-l10n-nl"),
}
COMPOSE = "chrome/{loc}/locale/{loc}/messenger/messengercompose/composeMsgs.properties"

# The send errors of composeMsgs.properties that MailFix recognises, each with why it is one and, when one of
# its placeholders is the server's reply (without its code, in Thunderbird 102 and later), that placeholder's
# number ("reply" in the data). The other entries of the file are about composing, saving, attachments,
# cloud files or news, not sending mail.
MESSAGES = [
    ("sendMessageErrorTitle", "title of the dialog that shows every send error"),
    ("sendFailed", "first line of every send error dialog (the reason follows it)"),
    ("errorSendingFromCommand", "MAIL FROM refused: the server's reply follows", 1),
    ("errorSendingRcptCommand", "RCPT TO refused: the server's reply and the recipient follow", 1),
    ("errorSendingDataCommand", "DATA refused: the server's reply follows", 1),
    ("errorSendingMessage", "the message was refused after its data: the server's reply follows", 1),
    ("smtpServerError", "greeting, EHLO, STARTTLS or AUTH refused: the server's reply follows", 1),
    ("smtpTooManyRecipients", "451/452 to MAIL FROM: too many recipients or messages", 1),
    ("smtpPermSizeExceeded2", "552 to MAIL FROM: the message is bigger than the server takes", 1),
    ("errorIllegalLocalPart2", "a non-ASCII recipient and a server without SMTPUTF8"),
    ("startTlsFailed", "STARTTLS chosen but the server does not offer it"),
    ("smtpSecurityIssue", "follows a certificate or TLS error of the connection"),
    ("smtpSendFailedUnknownServer", "the server's name does not resolve"),
    ("smtpSendRequestRefused", "the connection to the server was refused"),
    ("smtpSendInterrupted", "the connection broke off while sending"),
    ("smtpSendTimeout", "the connection timed out or was reset"),
    ("smtpHintAuthEncryptToPlainNoSsl", "encrypted password not offered, on a connection without TLS"),
    ("smtpHintAuthEncryptToPlainSsl", "encrypted password not offered, on a TLS connection"),
    ("smtpHintAuthPlainToEncrypt", "normal password not allowed by the server"),
    ("smtpAuthFailure", "sign-in refused"),
    ("smtpAuthGssapi", "Kerberos ticket refused"),
    ("smtpAuthMechNotSupported", "the chosen authentication method is not offered"),
]

# The labels of the outgoing-server settings the drawn guide (resources/guides/thunderbird-115.json) shows:
# (id, file inside the archive, key). Files: .dtd entities, .properties keys, .ftl messages.
M = "chrome/{loc}/locale/{loc}/messenger/"
F = "localization/{loc}/messenger/"
LABELS = [
    ("smtp-edit.title", M + "smtpEditOverlay.dtd", "smtpEditTitle.label"),
    ("smtp-edit.settings", M + "smtpEditOverlay.dtd", "settings.caption"),
    ("smtp-edit.description", M + "smtpEditOverlay.dtd", "serverDescription.label"),
    ("smtp-edit.server-name", M + "smtpEditOverlay.dtd", "serverName.label"),
    ("smtp-edit.port", M + "smtpEditOverlay.dtd", "serverPort.label"),
    ("smtp-edit.security-and-authentication", M + "smtpEditOverlay.dtd", "security.caption"),
    ("smtp-edit.connection-security", M + "smtpEditOverlay.dtd", "connectionSecurity.label"),
    ("smtp-edit.security-none", M + "smtpEditOverlay.dtd", "connectionSecurityType-0.label"),
    ("smtp-edit.security-starttls", M + "smtpEditOverlay.dtd", "connectionSecurityType-2.label"),
    ("smtp-edit.security-tls", M + "smtpEditOverlay.dtd", "connectionSecurityType-3.label"),
    ("smtp-edit.authentication-method", M + "smtpEditOverlay.dtd", "authMethod.label"),
    ("smtp-edit.user-name", M + "smtpEditOverlay.dtd", "userName.label"),
    ("auth.none", M + "messenger.properties", "authNo"),
    ("auth.normal-password", M + "messenger.properties", "authPasswordCleartextViaSSL"),
    ("auth.encrypted-password", M + "messenger.properties", "authPasswordEncrypted"),
    ("auth.oauth2", M + "messenger.properties", "authOAuth2"),
    ("account-tree.outgoing-server", F + "accountManager.ftl", "outgoing-server-section-name"),
    ("account-tree.server-settings", M + "prefs.properties", "prefPanel-server"),
    ("account-tree.copies", M + "prefs.properties", "prefPanel-copies"),
    ("account-tree.addressing", M + "prefs.properties", "prefPanel-addressing"),
    ("account-tree.spam", F + "accountManager.ftl", "panel-settings-spam"),
    ("account-tree.synchronization", M + "prefs.properties", "prefPanel-synchronization"),
    ("account-tree.e2e", M + "am-e2e.properties", "prefPanel-e2e"),
    ("account-tree.return-receipts", M + "am-mdn.properties", "prefPanel-mdn"),
    ("account-tree.disk-space", M + "prefs.properties", "prefPanel-diskspace"),
    ("outgoing-servers.title", F + "accountManager.ftl", "outgoing-server-settings-title"),
    ("outgoing-servers.description", F + "accountManager.ftl", "outgoing-server-settings-description"),
    ("outgoing-servers.add", M + "am-advanced.dtd", "smtpListAdd.label"),
    ("outgoing-servers.edit", M + "am-advanced.dtd", "smtpListEdit.label"),
    ("outgoing-servers.remove", M + "am-advanced.dtd", "smtpListDelete.label"),
    ("outgoing-servers.set-default", M + "am-advanced.dtd", "smtpListSetDefault.label"),
    ("outgoing-servers.details", M + "am-advanced.dtd", "serverDetails.label"),
    ("outgoing-servers.server-name", M + "am-advanced.dtd", "serverName.label"),
    ("account.title", M + "am-main.dtd", "accountTitle.label"),
    ("account.name", M + "am-main.dtd", "accountName.label"),
    ("account.identity", M + "am-main.dtd", "identityTitle.label"),
    ("account.identity-description", M + "am-main.dtd", "identityDesc.label"),
    ("account.your-name", M + "am-main.dtd", "name.label"),
    ("account.email", M + "am-main.dtd", "email.label"),
    ("account.reply-to", M + "am-main.dtd", "replyTo.label"),
    ("account.organization", M + "am-main.dtd", "organization.label"),
    ("account.manage-identities", M + "am-main.dtd", "manageIdentities.label"),
    ("account.outgoing-server", F + "accountSettings.ftl", "outgoing-server-name"),
    ("account.edit-outgoing-server", F + "accountSettings.ftl", "outgoing-server-edit.label"),
]

NOTICE = (
    "Strings of Mozilla Thunderbird, extracted by scripts/extract-thunderbird-strings.py. This Source Code "
    "Form is subject to the terms of the Mozilla Public License, v. 2.0. If a copy of the MPL was not "
    "distributed with this file, You can obtain one at http://mozilla.org/MPL/2.0/."
)


def fail(message):
    print("extract-thunderbird-strings: " + message, file=sys.stderr)
    sys.exit(2)


def package_version(package):
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        fail("dpkg-query is missing: run this on Debian with the Thunderbird packages installed")
    if out.returncode != 0 or not out.stdout:
        fail(
            "the package %s is not installed: apt-get install thunderbird thunderbird-l10n-de "
            "thunderbird-l10n-fr thunderbird-l10n-es-es thunderbird-l10n-nl" % package
        )
    return out.stdout.strip()


def archive_for(locale):
    if locale == "en-US":
        return TB_DIR / "omni.ja"
    return TB_DIR / "extensions" / ("langpack-%s@thunderbird.mozilla.org.xpi" % locale)


def unescape_properties(value):
    def repl(m):
        c = m.group(1)
        if c.startswith("u"):
            return chr(int(c[1:], 16))
        return {"n": "\n", "t": "\t", "r": "\r"}.get(c, c)

    return re.sub(r"\\(u[0-9a-fA-F]{4}|.)", repl, value)


def parse_properties(text):
    out = {}
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].lstrip()
        i += 1
        if not line or line[0] in "#!":
            continue
        while line.endswith("\\") and not line.endswith("\\\\") and i < len(lines):
            line = line[:-1] + lines[i].lstrip()
            i += 1
        m = re.match(r"([^=:\s]+)\s*[=:]\s?(.*)$", line)
        if m:
            out[m.group(1)] = unescape_properties(m.group(2).strip())
    return out


def parse_dtd(text):
    out = {}
    for m in re.finditer(r"<!ENTITY\s+([\w.\-]+)\s+(\"([^\"]*)\"|'([^']*)')\s*>", text):
        value = m.group(3) if m.group(3) is not None else m.group(4)
        out[m.group(1)] = value.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return out


def parse_ftl(text):
    """Simple Fluent: messages and their attributes (id, id.attr), one-line or indented values."""
    out = {}
    current = None
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m = re.match(r"([a-zA-Z][\w-]*)\s*=\s*(.*)$", raw)
        if m and not raw[0].isspace():
            current = m.group(1)
            out[current] = m.group(2).strip()
            last = current
            continue
        a = re.match(r"\s+\.([\w-]+)\s*=\s*(.*)$", raw)
        if a and current:
            last = current + "." + a.group(1)
            out[last] = a.group(2).strip()
            continue
        if current and raw[0].isspace():
            out[last] = (out[last] + " " + raw.strip()).strip()
    return out


def read_catalogue(archive, path):
    try:
        with zipfile.ZipFile(archive) as z:
            text = z.read(path).decode("utf-8")
    except FileNotFoundError:
        fail("%s is missing: install Thunderbird and its language packs" % archive)
    except KeyError:
        fail("%s has no %s: has Thunderbird moved its strings?" % (archive, path))
    if path.endswith(".properties"):
        return parse_properties(text)
    if path.endswith(".dtd"):
        return parse_dtd(text)
    return parse_ftl(text)


def texts_for(path_template, key, cache):
    texts = {}
    for lang, (locale, _package) in LANGUAGES.items():
        path = path_template.format(loc=locale)
        if (locale, path) not in cache:
            cache[(locale, path)] = read_catalogue(archive_for(locale), path)
        catalogue = cache[(locale, path)]
        if key not in catalogue:
            fail("%s has no %s in %s" % (archive_for(locale).name, key, path))
        texts[lang] = catalogue[key]
    return texts


def generate():
    versions = {package: package_version(package) for _loc, package in LANGUAGES.values()}
    cache = {}
    messages = []
    for key, why, *reply in MESSAGES:
        message = {"id": key, "why": why}
        if reply:
            message["reply"] = reply[0]
        message["texts"] = texts_for(COMPOSE, key, cache)
        messages.append(message)
    labels = []
    for label_id, path, key in LABELS:
        texts = {lang: t.strip() for lang, t in texts_for(path, key, cache).items()}
        labels.append({"id": label_id, "file": path, "key": key, "texts": texts})
    data = {
        "licence": NOTICE,
        "program": "thunderbird",
        "packages": versions,
        "archives": {lang: str(archive_for(loc)) for lang, (loc, _p) in LANGUAGES.items()},
        "messagesFile": COMPOSE,
        "languages": list(LANGUAGES),
        "messages": messages,
        "labels": labels,
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main():
    text = generate()
    current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
    if "--check" in sys.argv[1:]:
        if current != text:
            print("%s differs from the installed Thunderbird" % OUTPUT.relative_to(ROOT))
            return 1
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    data = json.loads(text)
    print(
        "wrote %s: %d messages and %d labels in %d languages (thunderbird %s)"
        % (OUTPUT.relative_to(ROOT), len(data["messages"]), len(data["labels"]), len(LANGUAGES),
           data["packages"]["thunderbird"])
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
