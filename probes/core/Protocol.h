#pragma once

#include <QString>

// The mail protocol a probe speaks; ProbeFactory picks the probe for it (SmtpProbe, ImapProbe, Pop3Probe).
enum class Protocol {
    Smtp, // RFC 5321 submission and relay
    Imap, // RFC 9051
    Pop3, // RFC 1939
};

namespace ProbeNames {
// "smtp", "imap", "pop3" (stable, never translated).
[[nodiscard]] QString protocol(Protocol protocol);
// The reverse; false when the text names no protocol.
[[nodiscard]] bool parseProtocol(const QString &text, Protocol *protocol);
} // namespace ProbeNames
