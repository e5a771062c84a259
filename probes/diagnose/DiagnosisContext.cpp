#include "diagnose/DiagnosisContext.h"

#include "diagnose/Diagnoser.h"

#include <algorithm>
#include <functional>

namespace {

MailSettings::Auth authFor(const ProbeResult &p)
{
    if (p.auth.mechanism == QLatin1String("CRAM-MD5"))
        return MailSettings::Auth::EncryptedPassword;
    if (p.auth.outcome == AuthOutcome::NeedsOAuth2)
        return MailSettings::Auth::OAuth2;
    const QStringList &offered = p.capabilities.authMechanisms;
    const bool normal = offered.contains(QLatin1String("PLAIN")) || offered.contains(QLatin1String("LOGIN"));
    if (!normal && offered.contains(QLatin1String("CRAM-MD5")))
        return MailSettings::Auth::EncryptedPassword;
    if (!normal &&
        (offered.contains(QLatin1String("XOAUTH2")) || offered.contains(QLatin1String("OAUTHBEARER"))))
        return MailSettings::Auth::OAuth2;
    return MailSettings::Auth::NormalPassword;
}

bool anyProbe(const QList<ProbeResult> &probes, const std::function<bool(const ProbeResult &)> &test)
{
    return std::any_of(probes.cbegin(), probes.cend(), test);
}

} // namespace

DiagnosisContext::DiagnosisContext(const DiagnosisInput &input)
    : in(input), probes(input.probes), current(input.current),
      username(!input.username.isEmpty() ? input.username : input.address.text)
{
    if (in.error && in.error->recognized)
        explained = in.error->findings;
    if (in.detection && !in.detection->candidates.isEmpty())
        notes = in.detection->candidates.first().notes;
    anythingReachable = anyProbe(probes, [](const ProbeResult &p) { return p.reachedServer(); });
    if (current) {
        for (const ProbeResult &p : probes) {
            if (sameEndpoint(p, *current) && (!currentProbe || usedSecurity(p) == current->security))
                currentProbe = &p;
        }
    }
    recommend();
    explainUnconfirmed();
}

// The best verified settings; else the best that should work (reached, TLS up, sign-in offered); else,
// when nothing answered, the best candidate from detection.
void DiagnosisContext::recommend()
{
    QList<MailSettings> plausible;
    for (const ProbeResult &p : probes) {
        MailSettings s{p.endpoint.host, p.endpoint.port, usedSecurity(p), authFor(p), username};
        QList<MailSettings> &list = p.verifiedSending() ? verified : plausible;
        const bool counts = p.verifiedSending() || (p.reachedServer() && p.tls.established &&
                                                    !p.capabilities.authMechanisms.isEmpty());
        if (counts && !list.contains(s))
            list.append(s);
    }
    // RFC 8314 order; between equals, the server the user's program already uses
    const auto better = [this](const MailSettings &a, const MailSettings &b) {
        if (Diagnoser::preferredOver(a, b) || Diagnoser::preferredOver(b, a))
            return Diagnoser::preferredOver(a, b);
        const bool aCurrent = current && a.host.compare(current->host, Qt::CaseInsensitive) == 0;
        const bool bCurrent = current && b.host.compare(current->host, Qt::CaseInsensitive) == 0;
        return aCurrent && !bCurrent;
    };
    std::stable_sort(verified.begin(), verified.end(), better);
    std::stable_sort(plausible.begin(), plausible.end(), better);
    if (notes.oauth2Required) {
        for (MailSettings &s : plausible)
            s.auth = MailSettings::Auth::OAuth2;
    }
    const QList<MailSettings> &best = !verified.isEmpty() ? verified : plausible;
    if (!best.isEmpty()) {
        Recommendation r;
        r.settings = best.first();
        r.verified = !verified.isEmpty();
        r.alternatives = best.mid(1);
        recommended = r;
    } else if (in.detection && !in.detection->candidates.isEmpty() && !anythingReachable) {
        const Candidate &c = in.detection->candidates.first();
        Recommendation r;
        r.settings =
            MailSettings{c.endpoint.host, c.endpoint.port, c.endpoint.security,
                         MailSettings::Auth::NormalPassword, c.username.isEmpty() ? username : c.username};
        r.unconfirmed << Diagnoser::tr(
            "MailFix could not reach this server, so nothing about it is confirmed.");
        recommended = r;
    }
}

// Says why a recommendation of reached settings is not verified.
void DiagnosisContext::explainUnconfirmed()
{
    if (!recommended || recommended->verified || !anythingReachable)
        return;
    const bool certificateStopped = anyProbe(probes, [](const ProbeResult &p) {
        return p.auth.outcome == AuthOutcome::WithheldUntrustedCertificate;
    });
    const bool rejected = anyProbe(probes, [](const ProbeResult &p) {
        return p.auth.outcome == AuthOutcome::Rejected || p.auth.outcome == AuthOutcome::Failed;
    });
    QStringList &why = recommended->unconfirmed;
    if (!in.credentialsGiven)
        why << Diagnoser::tr("MailFix could not test signing in without your password.");
    else if (certificateStopped)
        why << Diagnoser::tr(
            "The server's certificate is not trusted, so MailFix did not send your password there.");
    else if (rejected)
        why << Diagnoser::tr("Signing in did not work, so these settings are not confirmed yet.");
    else
        why << Diagnoser::tr("MailFix could not sign in and send a test recipient with these settings.");
}

void DiagnosisContext::attachFix(Finding &finding) const
{
    if (const MailSettings *s = fix())
        finding.fixSettings = *s;
}

SecurityMode DiagnosisContext::usedSecurity(const ProbeResult &p)
{
    if (p.endpoint.security == SecurityMode::ImplicitTls)
        return SecurityMode::ImplicitTls;
    return p.tls.established ? SecurityMode::StartTls : SecurityMode::None;
}

bool DiagnosisContext::sameEndpoint(const ProbeResult &p, const MailSettings &s)
{
    return p.endpoint.host.compare(s.host, Qt::CaseInsensitive) == 0 && p.endpoint.port == s.port;
}

QStringList DiagnosisContext::replyLines(const SmtpReply &reply)
{
    return reply.isValid() ? reply.rawLines : QStringList();
}

bool DiagnosisContext::mentions(const SmtpReply &reply, const QRegularExpression &re)
{
    return reply.isValid() && re.match(reply.rawLines.join(QLatin1Char(' '))).hasMatch();
}
