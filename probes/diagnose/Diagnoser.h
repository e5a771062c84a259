#pragma once

#include "diagnose/Diagnosis.h"

#include <QCoreApplication>

// Turns what detection and the probes found, the user's current settings and the error they saw
// into findings and a recommendation. Pure: the same input always gives the same diagnosis.
class Diagnoser
{
    Q_DECLARE_TR_FUNCTIONS(Diagnoser)

public:
    [[nodiscard]] static Diagnosis diagnose(const DiagnosisInput &input);

    // RFC 8314 preference among working settings: implicit TLS, then STARTTLS, then none; then the
    // submission ports before 25.
    [[nodiscard]] static bool preferredOver(const MailSettings &a, const MailSettings &b);

    // One line, what works and what does not: "Receiving works (IMAP, port 993). Sending does not: ...".
    // Receiving is left out when no incoming server was checked, or when none answered and the program's is
    // not known (the guessed names were wrong, which says nothing about the user's server).
    struct Summary
    {
        bool incomingChecked = false;
        bool incomingSignedIn = false;
        bool incomingRefused = false; // the incoming server refused the user name or password
        bool incomingReached = false;
        bool incomingKnown = false; // the user's program's incoming server was given
        QString incomingLabel;      // "IMAP, port 993" of the incoming server that worked
    };
    [[nodiscard]] static QString summaryLine(const Diagnosis &diagnosis, const Summary &incoming);
};
