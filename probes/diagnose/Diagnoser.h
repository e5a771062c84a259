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
};
