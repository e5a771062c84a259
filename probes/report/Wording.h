#pragma once

#include "diagnose/Diagnosis.h"

#include <QCoreApplication>
#include <QString>

// The one place that names security modes and sign-in methods for people: the CLI, the reports, the
// wizard and the diagnosis all use these words. Each mail program's own wording stays in its guide
// (resources/guides/*.json: securityWords, authWords).
class Wording
{
    Q_DECLARE_TR_FUNCTIONS(Wording)

public:
    [[nodiscard]] static QString security(SecurityMode mode);           // "None", "STARTTLS", "SSL/TLS"
    [[nodiscard]] static QString securityInSentence(SecurityMode mode); // "no encryption", "STARTTLS", ...
    [[nodiscard]] static QString auth(MailSettings::Auth auth);         // "Normal password", ...
    [[nodiscard]] static QString settings(const MailSettings &s);       // "server H, port P, SSL/TLS"
    [[nodiscard]] static QString endpoint(const ProbeEndpoint &e);      // "H:P (SSL/TLS)"
};
