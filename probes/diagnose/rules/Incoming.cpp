// The incoming server (IMAP or POP3): the settings the user's program receives with do not work, while
// other incoming settings were verified or at least reached.
#include "diagnose/Diagnoser.h"
#include "diagnose/DiagnosisRules.h"
#include "report/Wording.h"

#include <algorithm>

namespace DiagnosisRules {

namespace {

QString protocolName(Protocol protocol)
{
    return protocol == Protocol::Pop3 ? QStringLiteral("POP3") : QStringLiteral("IMAP");
}

// "imap.example.com (IMAP, port 993, SSL/TLS)"
QString describe(const IncomingSettings &s)
{
    return Diagnoser::tr("%1 (%2, port %3, %4)")
        .arg(s.settings.host, protocolName(s.protocol))
        .arg(s.settings.port)
        .arg(Wording::security(s.settings.security));
}

// Why the probe of the program's own incoming settings did not get in; empty when it did.
QString whyOwnFailed(const ProbeResult &p, const IncomingRecommendation &other)
{
    const quint16 port = p.endpoint.port;
    switch (p.connect) {
    case ConnectOutcome::ResolveFailed:
        return Diagnoser::tr("The server name %1 does not exist.").arg(p.endpoint.host);
    case ConnectOutcome::Refused:
    case ConnectOutcome::TimedOut:
    case ConnectOutcome::Unreachable:
    case ConnectOutcome::Error:
    case ConnectOutcome::NotTried:
        return Diagnoser::tr("Nothing answers on port %1 of %2.").arg(port).arg(p.endpoint.host);
    case ConnectOutcome::Connected:
        break;
    }
    const SecurityMode security = p.endpoint.security;
    if (security != SecurityMode::None && p.tls.attempted && !p.tls.established)
        return Diagnoser::tr("The encrypted connection (%1) could not be set up on port %2: this port wants "
                             "another connection security.")
            .arg(Wording::security(security))
            .arg(port);
    if (!p.reachedServer())
        return Diagnoser::tr("The server did not answer as a mail server on port %1 with %2: this port "
                             "wants another connection security.")
            .arg(port)
            .arg(Wording::security(security));
    if (DiagnosisContext::usedSecurity(p) == SecurityMode::None &&
        other.settings.settings.security != SecurityMode::None)
        return Diagnoser::tr("Your program receives without encryption, so MailFix does not send your "
                             "password there, and many servers refuse it.");
    return {};
}

} // namespace

// The program's incoming settings were probed and failed (nothing answers, wrong security, no encryption),
// and other incoming settings work (verified) or answer (reached with a trusted certificate).
void incomingSettingsWrong(const DiagnosisContext &c, FindingList &findings)
{
    const std::optional<IncomingSettings> &own = c.in.currentIncoming;
    if (!own || !c.incoming || c.incoming->settings == *own)
        return;
    const auto probe =
        std::find_if(c.incomingProbes.cbegin(), c.incomingProbes.cend(), [&own](const ProbeResult &p) {
            return p.endpoint.protocol == own->protocol && DiagnosisContext::sameEndpoint(p, own->settings) &&
                   p.endpoint.security == own->settings.security;
        });
    if (probe == c.incomingProbes.cend())
        return; // not checked: nothing to say
    const QString why = whyOwnFailed(*probe, *c.incoming);
    if (why.isEmpty())
        return;
    const IncomingRecommendation &r = *c.incoming;
    const QString works =
        r.verified ? Diagnoser::tr("We checked this: signing in to %1 works.").arg(describe(r.settings))
                   : Diagnoser::tr("%1 answers, but signing in there could not be checked.")
                         .arg(describe(r.settings));
    Finding &f = findings.add(FindingCode::IncomingSettingsWrong,
                              Diagnoser::tr("Your program's incoming mail settings do not work."),
                              Diagnoser::tr("Your program receives mail from %1.").arg(describe(*own)) +
                                  QLatin1Char(' ') + why + QLatin1Char(' ') + works);
    if (!probe->failure.isEmpty())
        f.evidence << QStringLiteral("%1: %2").arg(Wording::endpoint(probe->endpoint), probe->failure);
    f.fix = Diagnoser::tr("Set the incoming server in your program to %1, port %2, %3 (%4).")
                .arg(r.settings.settings.host)
                .arg(r.settings.settings.port)
                .arg(Wording::security(r.settings.settings.security), protocolName(r.settings.protocol));
}

} // namespace DiagnosisRules
