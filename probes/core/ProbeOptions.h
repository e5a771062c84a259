#pragma once

#include "core/Credentials.h"
#include "core/SignInGate.h"

#include <QPointer>
#include <QString>
#include <QStringList>

// What any probe may do and how long each step may take, whatever its protocol.
struct CommonProbeOptions
{
    int timeoutMs = 10000;                   // per step, and for the whole probe (Thunderbird uses 10 s)
    Credentials credentials;                 // empty: do not sign in
    QStringList caFiles;                     // extra CAs to trust (PEM); verification is never switched off
    bool allowPlaintextAuth = false;         // send the password without TLS (never by default)
    bool approvedDespiteCertificate = false; // the user approved this host despite a certificate problem
    // IMAP, POP3: when set and closed, the probe waits there before signing in (see SignInGate).
    QPointer<SignInGate> signInGate;
};

// The options of a probe run: the common part, and what only the SMTP probe uses (the relay test and
// the test message, RFC 5321). An IMAP or POP3 probe reads the common part only.
struct ProbeOptions : CommonProbeOptions
{
    QString from;                       // MAIL FROM for the relay test; empty: no relay test
    QString to;                         // RCPT TO for the relay test
    bool sendTestMessage = false;       // after signing in, really send a short message to `from`
    bool reproduceDataRejection = true; // after a refused RCPT, send DATA to see the server's own reply
    QString ehloName;                   // empty: an address literal of the local address, like Thunderbird
};
