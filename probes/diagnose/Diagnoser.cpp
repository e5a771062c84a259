#include "diagnose/Diagnoser.h"

#include "diagnose/DiagnosisRules.h"

namespace {

int portRank(quint16 port)
{
    switch (port) {
    case 465:
        return 0;
    case 587:
        return 1;
    case 26:
        return 3;
    case 25:
        return 4;
    default:
        return 2;
    }
}

int securityRank(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::ImplicitTls:
        return 0;
    case SecurityMode::StartTls:
        return 1;
    case SecurityMode::None:
        return 2;
    }
    return 3;
}

} // namespace

bool Diagnoser::preferredOver(const MailSettings &a, const MailSettings &b)
{
    if (securityRank(a.security) != securityRank(b.security))
        return securityRank(a.security) < securityRank(b.security);
    return portRank(a.port) < portRank(b.port);
}

Diagnosis Diagnoser::diagnose(const DiagnosisInput &input)
{
    const DiagnosisContext context(input);
    FindingList findings;
    for (const DiagnosisRules::Rule rule : DiagnosisRules::ordered())
        rule(context, findings);

    Diagnosis out;
    if (input.detection && !input.detection->candidates.isEmpty()) {
        out.providerName = input.detection->providerName;
        out.providerSource = input.detection->providerSource;
    }
    out.anythingReachable = context.anythingReachable;
    out.recommended = context.recommended;
    out.findings = findings.sorted();
    out.nextSteps = DiagnosisRules::nextSteps(context);
    return out;
}
