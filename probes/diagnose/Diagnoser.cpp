#include "diagnose/Diagnoser.h"

#include "diagnose/DiagnosisRules.h"
#include "report/Wording.h"

#include <algorithm>

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
    out.incoming = context.incoming;
    out.popBeforeSmtp = input.popBeforeSmtp;
    Summary summary;
    summary.incomingChecked = !input.incomingProbes.isEmpty();
    summary.incomingSignedIn = context.incomingSignedIn != nullptr;
    summary.incomingRefused = context.incomingRefused != nullptr;
    summary.incomingReached = std::any_of(input.incomingProbes.cbegin(), input.incomingProbes.cend(),
                                          [](const ProbeResult &p) { return p.reachedServer(); });
    summary.incomingKnown = input.currentIncoming.has_value();
    if (context.incomingSignedIn)
        summary.incomingLabel = DiagnosisContext::incomingLabel(*context.incomingSignedIn);
    out.summaryLine = summaryLine(out, summary);
    return out;
}

QString Diagnoser::summaryLine(const Diagnosis &diagnosis, const Summary &incoming)
{
    QString receiving;
    if (!incoming.incomingChecked || (!incoming.incomingReached && !incoming.incomingKnown))
        receiving.clear();
    else if (incoming.incomingSignedIn && diagnosis.find(FindingCode::IncomingSettingsWrong))
        receiving = tr("Receiving works with other settings (%1), not with your program's.")
                        .arg(incoming.incomingLabel);
    else if (incoming.incomingSignedIn)
        receiving = tr("Receiving works (%1).").arg(incoming.incomingLabel);
    else if (incoming.incomingRefused)
        receiving = tr("Receiving does not work: the incoming server refused your user name or password.");
    else if (incoming.incomingReached)
        receiving = tr("Receiving is not confirmed: MailFix could not sign in to the incoming server.");
    else
        receiving = tr("MailFix could not reach your incoming server.");

    const Finding *cause = nullptr;
    for (const Finding &f : diagnosis.findings) {
        if (f.severity == Finding::Severity::Cause) {
            cause = &f;
            break;
        }
    }
    const std::optional<Recommendation> &r = diagnosis.recommended;
    QString sending;
    if (cause)
        sending = tr("Sending does not work: %1").arg(cause->title);
    else if (r && r->verified)
        sending = tr("Sending works (port %1, %2).")
                      .arg(r->settings.port)
                      .arg(Wording::security(r->settings.security));
    else if (!diagnosis.anythingReachable)
        sending = tr("MailFix could not reach an outgoing server.");
    else
        sending = tr("Sending is not confirmed: MailFix could not sign in and send a test recipient.");
    return receiving.isEmpty() ? sending : receiving + QLatin1Char(' ') + sending;
}
