#include "diagnose/DiagnosisContext.h"

#include "core/CertificateNames.h"
#include "diagnose/CertificateHosts.h"
#include "diagnose/Diagnoser.h"

#include <algorithm>
#include <functional>
#include <tuple>

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

bool sameHost(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool certificateFailed(const ProbeResult &p)
{
    return p.tls.established && !p.tls.certificateTrusted;
}

// The name of the certificate (maybe a wildcard) that covers the host.
QString coveringName(const ProbeResult &p, const QString &host)
{
    const QStringList names = CertificateNames::dnsNames(p.tls.subjectAltNames);
    for (const QString &name : names.isEmpty() ? QStringList{p.tls.subject} : names) {
        if (CertificateNames::matches(name, host))
            return name;
    }
    return host;
}

} // namespace

DiagnosisContext::DiagnosisContext(const DiagnosisInput &input)
    : in(input), probes(input.probes), current(input.current), incomingProbes(input.incomingProbes),
      username(!input.username.isEmpty() ? input.username : input.address.text)
{
    if (in.error && in.error->recognized)
        explained = in.error->findings;
    program = programOf();
    if (in.detection && !in.detection->candidates.isEmpty())
        notes = in.detection->candidates.first().notes;
    anythingReachable = anyProbe(probes, [](const ProbeResult &p) { return p.reachedServer(); });
    if (current) {
        for (const ProbeResult &p : probes) {
            if (sameEndpoint(p, *current) && (!currentProbe || usedSecurity(p) == current->security))
                currentProbe = &p;
        }
    }
    findRealNames();
    recommend();
    explainUnconfirmed();
    judgeIncoming();
}

std::optional<MailProgram> DiagnosisContext::programOf() const
{
    if (in.program)
        return in.program;
    if (!in.error)
        return std::nullopt;
    switch (in.error->client) {
    case ErrorExplainer::Client::Outlook:
        return MailProgram::Outlook;
    case ErrorExplainer::Client::Thunderbird:
        return MailProgram::Thunderbird;
    case ErrorExplainer::Client::AppleMail:
        return MailProgram::AppleMail;
    case ErrorExplainer::Client::Unknown:
        break;
    }
    return std::nullopt;
}

bool DiagnosisContext::incomingPreferred(const IncomingSettings &a, const IncomingSettings &b,
                                         const std::optional<IncomingSettings> &current)
{
    const auto rank = [&current](const IncomingSettings &s) {
        const int own = current && s.protocol == current->protocol ? 0 : 1;
        const int protocol = s.protocol == Protocol::Imap ? 0 : 1;
        const int security = s.settings.security == SecurityMode::ImplicitTls ? 0
                             : s.settings.security == SecurityMode::StartTls  ? 1
                                                                              : 2;
        return std::make_tuple(own, protocol, security);
    };
    return rank(a) < rank(b);
}

// The incoming probes: which signed in, which refused the password, and the incoming server to use
// (verified: signed in; else reached with a trusted certificate).
void DiagnosisContext::judgeIncoming()
{
    const std::optional<IncomingSettings> &own = in.currentIncoming;
    const auto isOwn = [&own](const ProbeResult &p) {
        return own && sameEndpoint(p, own->settings) && p.endpoint.protocol == own->protocol;
    };
    QList<IncomingSettings> verifiedIn;
    QList<IncomingSettings> plausible;
    const auto settingsOf = [this](const ProbeResult &p) {
        return IncomingSettings{MailSettings{p.endpoint.host, p.endpoint.port, usedSecurity(p),
                                             MailSettings::Auth::NormalPassword, username},
                                p.endpoint.protocol};
    };
    // the user's own, else the one to recommend
    const auto pick = [&](const ProbeResult *&slot, const ProbeResult &p) {
        if (!slot ||
            (!isOwn(*slot) && (isOwn(p) || incomingPreferred(settingsOf(p), settingsOf(*slot), own))))
            slot = &p;
    };
    for (const ProbeResult &p : incomingProbes) {
        if (p.verifiedSignIn())
            pick(incomingSignedIn, p);
        if (p.incoming.signIn.outcome == SignInOutcome::Rejected)
            pick(incomingRefused, p);
        const IncomingSettings s = settingsOf(p);
        const bool trusted = p.tls.established && p.tls.certificateTrusted;
        QList<IncomingSettings> *list =
            p.verifiedSignIn() ? &verifiedIn : (p.reachedServer() && trusted ? &plausible : nullptr);
        if (list && !list->contains(s))
            list->append(s);
    }
    const auto better = [&own](const IncomingSettings &a, const IncomingSettings &b) {
        return incomingPreferred(a, b, own);
    };
    std::stable_sort(verifiedIn.begin(), verifiedIn.end(), better);
    std::stable_sort(plausible.begin(), plausible.end(), better);
    const QList<IncomingSettings> &best = !verifiedIn.isEmpty() ? verifiedIn : plausible;
    if (best.isEmpty())
        return;
    IncomingRecommendation r;
    r.settings = best.first();
    r.verified = !verifiedIn.isEmpty();
    r.alternatives = best.mid(1);
    if (!r.verified)
        r.unconfirmed << (in.credentialsGiven
                              ? Diagnoser::tr("MailFix could not sign in to the incoming server.")
                              : Diagnoser::tr("MailFix could not test signing in without your password."));
    incoming = r;
}

void DiagnosisContext::findRealNames()
{
    for (const ProbeResult &origin : probes) {
        if (!CertificateHosts::onlyNameMismatch(origin))
            continue;
        for (const QString &name : CertificateHosts::namesFor(origin)) {
            const auto reached = std::find_if(probes.cbegin(), probes.cend(), [&](const ProbeResult &p) {
                return sameHost(p.endpoint.host, name) && p.reachedServer() && p.tls.certificateTrusted &&
                       CertificateHosts::sameServer(p, origin);
            });
            if (reached == probes.cend())
                continue;
            auto it = std::find_if(realNames.begin(), realNames.end(),
                                   [&name](const RealName &r) { return sameHost(r.host, name); });
            if (it == realNames.end()) {
                realNames.append(RealName{name, coveringName(origin, name), {}, &origin, &*reached});
                it = realNames.end() - 1;
            }
            if (!it->origins.contains(origin.endpoint.host, Qt::CaseInsensitive))
                it->origins << origin.endpoint.host;
        }
    }
}

const DiagnosisContext::RealName *DiagnosisContext::realName(const QString &host) const
{
    for (const RealName &r : realNames) {
        if (sameHost(r.host, host))
            return &r;
    }
    return nullptr;
}

bool DiagnosisContext::hasRealName(const QString &host) const
{
    return std::any_of(realNames.cbegin(), realNames.cend(),
                       [&host](const RealName &r) { return r.origins.contains(host, Qt::CaseInsensitive); });
}

bool DiagnosisContext::strayCertificateName(const ProbeResult &p) const
{
    if (!in.detection)
        return false;
    bool fromCertificate = false;
    bool sameServer = false;
    for (const Candidate &c : in.detection->candidates) {
        if (c.source != CandidateSource::Certificate || !sameHost(c.endpoint.host, p.endpoint.host))
            continue;
        fromCertificate = true;
        sameServer = sameServer || anyProbe(probes, [&](const ProbeResult &o) {
                         return sameHost(o.endpoint.host, c.origin) && o.tls.established &&
                                CertificateHosts::sameServer(p, o);
                     });
    }
    return fromCertificate && !sameServer;
}

// The best verified settings; else the best that should work (reached, TLS up with a trusted certificate,
// sign-in offered); else settings verified despite a certificate the user allowed; else, when nothing
// answered, the best candidate from detection. A host whose certificate failed is never recommended
// beside one whose certificate is trusted, nor listed as an alternative to it.
void DiagnosisContext::recommend()
{
    QList<MailSettings> plausible;
    QList<MailSettings> allowedCertificate; // verified only because the user allowed the certificate
    for (const ProbeResult &p : probes) {
        if (strayCertificateName(p))
            continue;
        const MailSettings s{p.endpoint.host, p.endpoint.port, usedSecurity(p), authFor(p), username};
        const bool failed = certificateFailed(p);
        QList<MailSettings> *list = nullptr;
        if (p.verifiedSending())
            list = failed ? &allowedCertificate : &verified;
        else if (!failed && p.reachedServer() && p.tls.established &&
                 !p.capabilities.authMechanisms.isEmpty())
            list = &plausible;
        if (list && !list->contains(s))
            list->append(s);
    }
    // RFC 8314 order; between equals, the server the user's program already uses
    const auto better = [this](const MailSettings &a, const MailSettings &b) {
        if (Diagnoser::preferredOver(a, b) || Diagnoser::preferredOver(b, a))
            return Diagnoser::preferredOver(a, b);
        const bool aCurrent = current && sameHost(a.host, current->host);
        const bool bCurrent = current && sameHost(b.host, current->host);
        return aCurrent && !bCurrent;
    };
    for (QList<MailSettings> *list : {&verified, &plausible, &allowedCertificate})
        std::stable_sort(list->begin(), list->end(), better);
    if (notes.oauth2Required) {
        for (MailSettings &s : plausible)
            s.auth = MailSettings::Auth::OAuth2;
    }
    const bool useAllowed = verified.isEmpty() && plausible.isEmpty() && !allowedCertificate.isEmpty();
    if (useAllowed)
        verified = allowedCertificate;
    const QList<MailSettings> &best = !verified.isEmpty() ? verified : plausible;
    if (!best.isEmpty()) {
        Recommendation r;
        r.settings = best.first();
        r.verified = !verified.isEmpty();
        for (const MailSettings &s : best.mid(1))
            r.alternatives.append(Alternative{s, r.verified});
        recommended = r;
    } else if (in.popBeforeSmtp && in.popBeforeSmtp->relayOpened()) {
        // sending worked without signing in, right after a check for new mail
        const ProbeResult &p = *in.popBeforeSmtp->opened();
        Recommendation r;
        r.settings = MailSettings{p.endpoint.host, p.endpoint.port, usedSecurity(p), MailSettings::Auth::None,
                                  username};
        r.verified = true;
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
    const QString &host = recommended->settings.host;
    const bool certificateStopped = anyProbe(probes, [&host](const ProbeResult &p) {
        return sameHost(p.endpoint.host, host) && p.auth.outcome == AuthOutcome::WithheldUntrustedCertificate;
    });
    // a host outside the user's domain the user did not approve: probed without the password
    const bool notApproved =
        anyProbe(
            probes,
            [&host](const ProbeResult &p) { return sameHost(p.endpoint.host, host) && p.reachedServer(); }) &&
        !anyProbe(probes, [&host](const ProbeResult &p) {
            return sameHost(p.endpoint.host, host) && p.auth.outcome != AuthOutcome::NotTried;
        });
    const bool rejected = anyProbe(probes, [](const ProbeResult &p) {
        return p.auth.outcome == AuthOutcome::Rejected || p.auth.outcome == AuthOutcome::Failed;
    });
    QStringList &why = recommended->unconfirmed;
    if (recommended->settings.auth == MailSettings::Auth::OAuth2 && !in.oauth2Tested)
        why << Diagnoser::tr(
            "MailFix could not test signing in through your provider's sign-in window here.");
    else if (!in.credentialsGiven)
        why << Diagnoser::tr("MailFix could not test signing in without your password.");
    else if (certificateStopped)
        why << Diagnoser::tr(
            "The server's certificate is not trusted, so MailFix did not send your password there.");
    else if (notApproved)
        why << Diagnoser::tr("%1 is not part of %2, and MailFix sends your password there only when you "
                             "allow it, so signing in there is not checked.")
                   .arg(host, in.address.domain);
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

QString DiagnosisContext::incomingLabel(const ProbeResult &p)
{
    return Diagnoser::tr("%1, port %2")
        .arg(p.endpoint.protocol == Protocol::Pop3 ? QStringLiteral("POP3") : QStringLiteral("IMAP"))
        .arg(p.endpoint.port);
}

bool DiagnosisContext::mentions(const SmtpReply &reply, const QRegularExpression &re)
{
    return reply.isValid() && re.match(reply.rawLines.join(QLatin1Char(' '))).hasMatch();
}
