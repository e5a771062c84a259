#pragma once

#include "smtp/SmtpReply.h"

#include <QStringList>

// What a server offers in its EHLO reply (RFC 5321 4.1.1.1 and the extensions' RFCs).
struct SmtpCapabilities
{
    QString serverName;               // the domain in the first line of the EHLO reply
    QStringList keywords;             // every extension line as sent, without the code, e.g. "SIZE 52428800"
    bool startTls = false;            // RFC 3207
    bool pipelining = false;          // RFC 2920
    bool eightBitMime = false;        // RFC 6152
    bool smtpUtf8 = false;            // RFC 6531
    bool enhancedStatusCodes = false; // RFC 2034
    bool chunking = false;            // RFC 3030
    bool sizeAdvertised = false;
    qint64 sizeLimit = 0;       // RFC 1870: 0 = no limit given
    QStringList authMechanisms; // RFC 4954, upper case, no duplicates; "AUTH=..." (old form) merged in

    // Pure: reads a 250 EHLO reply. Unknown keywords are kept in keywords only; odd lines are ignored.
    [[nodiscard]] static SmtpCapabilities fromEhloReply(const SmtpReply &reply);
    [[nodiscard]] bool offersAuth(const QString &mechanism) const;
};
