#pragma once

#include <QString>

// How a connection is secured (RFC 8314 terms), whatever the protocol.
enum class SecurityMode {
    None,        // plain text, STARTTLS is not tried
    StartTls,    // plain first, then STARTTLS (SMTP RFC 3207, IMAP/POP3 RFC 2595) when offered
    ImplicitTls, // TLS from the first byte (RFC 8314: ports 465, 993, 995)
};

namespace ProbeNames {
// "none", "starttls", "tls" (stable, never translated).
[[nodiscard]] QString security(SecurityMode mode);
// "none", "starttls", "tls" (also "plain", "ssl"): false when the text names no mode.
[[nodiscard]] bool parseSecurity(const QString &text, SecurityMode *mode);
} // namespace ProbeNames
