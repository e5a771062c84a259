#pragma once

#include <QDateTime>
#include <QList>
#include <QSslError>
#include <QString>
#include <QStringList>

// What a probe learnt about the connection itself, before any protocol: the TCP connect and TLS.

enum class ConnectOutcome {
    NotTried,
    Connected,
    ResolveFailed, // the host name does not resolve
    Refused,       // RST: nothing listens, or a firewall rejects
    TimedOut,      // no answer at all: a firewall drops the packets (ISP blocking)
    Unreachable,   // no route
    Error,
};

// The TLS session and the server's certificate.
struct TlsInfo
{
    bool attempted = false;          // a TLS handshake was started
    bool offered = false;            // STARTTLS was offered (implicit TLS: true)
    bool established = false;        // the handshake completed
    bool certificateTrusted = false; // validates for the host name with the trusted CAs
    QString protocol;                // e.g. "TLSv1.3"
    QString cipher;
    QString subject; // the certificate's subject common name
    QStringList subjectAltNames;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256;                    // the certificate's SHA-256 fingerprint, hex bytes separated by colons
    QList<QSslError::SslError> errors; // validation errors (empty when trusted)
    QStringList errorTexts;            // the same, as Qt describes them
    QString failure;                   // handshake failure (socket error text), empty when established
};

namespace ProbeNames {
[[nodiscard]] QString connect(ConnectOutcome outcome);
} // namespace ProbeNames
