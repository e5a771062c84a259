#include "diagnose/Diagnoser.h"

#include "diagnose/FindingIds.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

using Severity = Finding::Severity;

QString securityWords(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::None:
        return Diagnoser::tr("no encryption");
    case SecurityMode::StartTls:
        return Diagnoser::tr("STARTTLS");
    case SecurityMode::ImplicitTls:
        return Diagnoser::tr("SSL/TLS");
    }
    return {};
}

QString settingsWords(const MailSettings &s)
{
    return Diagnoser::tr("server %1, port %2, %3").arg(s.host).arg(s.port).arg(securityWords(s.security));
}

// The security a probe actually used.
SecurityMode usedSecurity(const ProbeResult &p)
{
    if (p.endpoint.security == SecurityMode::ImplicitTls)
        return SecurityMode::ImplicitTls;
    return p.tls.established ? SecurityMode::StartTls : SecurityMode::None;
}

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

QStringList replyLines(const SmtpReply &reply)
{
    return reply.isValid() ? reply.rawLines : QStringList();
}

bool sameEndpoint(const ProbeResult &p, const MailSettings &s)
{
    return p.endpoint.host.compare(s.host, Qt::CaseInsensitive) == 0 && p.endpoint.port == s.port;
}

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

// Builds the findings, in the order they are added, and keeps each id once.
class FindingList
{
public:
    Finding &add(QLatin1String id, Severity severity, const QString &title, const QString &detail)
    {
        for (Finding &f : m_items) {
            if (f.id == id) {
                if (int(severity) < int(f.severity))
                    f.severity = severity;
                return f;
            }
        }
        Finding f;
        f.id = id;
        f.severity = severity;
        f.title = title;
        f.detail = detail;
        m_items.append(f);
        return m_items.last();
    }
    [[nodiscard]] bool has(QLatin1String id) const
    {
        return std::any_of(m_items.cbegin(), m_items.cend(), [id](const Finding &f) { return f.id == id; });
    }
    [[nodiscard]] QList<Finding> sorted() const
    {
        QList<Finding> out = m_items;
        std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) {
            return int(a.severity) < int(b.severity);
        });
        return out;
    }

private:
    QList<Finding> m_items;
};

bool mentions(const SmtpReply &reply, const QRegularExpression &re)
{
    return reply.isValid() && re.match(reply.rawLines.join(QLatin1Char(' '))).hasMatch();
}

} // namespace

bool Diagnoser::preferredOver(const MailSettings &a, const MailSettings &b)
{
    if (securityRank(a.security) != securityRank(b.security))
        return securityRank(a.security) < securityRank(b.security);
    return portRank(a.port) < portRank(b.port);
}

Diagnosis Diagnoser::diagnose(const DiagnosisInput &in)
{
    Diagnosis out;
    FindingList findings;
    const QList<ProbeResult> &probes = in.probes;
    const std::optional<MailSettings> &current = in.current;
    const QStringList explained = in.error && in.error->recognized ? in.error->findingIds : QStringList();
    const QString username = !in.username.isEmpty() ? in.username : in.address.text;

    ProviderNotes notes;
    if (in.detection && !in.detection->candidates.isEmpty()) {
        const Candidate &best = in.detection->candidates.first();
        notes = best.notes;
        out.providerName = in.detection->providerName;
        out.providerSource = in.detection->providerSource;
    }

    out.anythingReachable =
        std::any_of(probes.cbegin(), probes.cend(), [](const ProbeResult &p) { return p.reachedServer(); });
    const ProbeResult *currentProbe = nullptr;
    if (current) {
        for (const ProbeResult &p : probes) {
            if (sameEndpoint(p, *current) && (!currentProbe || usedSecurity(p) == current->security))
                currentProbe = &p;
        }
    }

    // ---- the recommendation ----
    QList<MailSettings> verified;
    QList<MailSettings> plausible; // reached, TLS up, sign-in offered: should work, not confirmed
    for (const ProbeResult &p : probes) {
        MailSettings s{p.endpoint.host, p.endpoint.port, usedSecurity(p), authFor(p), username};
        if (p.verifiedSending()) {
            if (!verified.contains(s))
                verified.append(s);
        } else if (p.reachedServer() && p.tls.established && !p.capabilities.authMechanisms.isEmpty()) {
            if (!plausible.contains(s))
                plausible.append(s);
        }
    }
    // RFC 8314 order; between equals, the server the user's program already uses
    auto better = [&current](const MailSettings &a, const MailSettings &b) {
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
    if (!verified.isEmpty()) {
        Recommendation r;
        r.settings = verified.first();
        r.verified = true;
        r.alternatives = verified.mid(1);
        out.recommended = r;
    } else if (!plausible.isEmpty()) {
        Recommendation r;
        r.settings = plausible.first();
        r.alternatives = plausible.mid(1);
        out.recommended = r;
    } else if (in.detection && !in.detection->candidates.isEmpty() && !out.anythingReachable) {
        const Candidate &c = in.detection->candidates.first();
        Recommendation r;
        r.settings =
            MailSettings{c.endpoint.host, c.endpoint.port, c.endpoint.security,
                         MailSettings::Auth::NormalPassword, c.username.isEmpty() ? username : c.username};
        r.unconfirmed << tr("MailFix could not reach this server, so nothing about it is confirmed.");
        out.recommended = r;
    }
    if (out.recommended && !out.recommended->verified && out.anythingReachable) {
        QStringList &why = out.recommended->unconfirmed;
        const bool certificateStopped = std::any_of(probes.cbegin(), probes.cend(), [](const ProbeResult &p) {
            return p.auth.outcome == AuthOutcome::WithheldUntrustedCertificate;
        });
        const bool rejected = std::any_of(probes.cbegin(), probes.cend(), [](const ProbeResult &p) {
            return p.auth.outcome == AuthOutcome::Rejected || p.auth.outcome == AuthOutcome::Failed;
        });
        if (!in.credentialsGiven)
            why << tr("MailFix could not test signing in without your password.");
        else if (certificateStopped)
            why << tr(
                "The server's certificate is not trusted, so MailFix did not send your password there.");
        else if (rejected)
            why << tr("Signing in did not work, so these settings are not confirmed yet.");
        else
            why << tr("MailFix could not sign in and send a test recipient with these settings.");
    }
    const MailSettings *fix = out.recommended ? &out.recommended->settings : nullptr;
    auto withFix = [fix](Finding &f) {
        if (fix)
            f.fixSettings = *fix;
    };

    // The server offers sign-in only after STARTTLS (Postfix's smtpd_tls_auth_only), and the user's
    // program uses no encryption: seen on a probe of the same port that did encrypt.
    const ProbeResult *tlsOnCurrentPort = nullptr;
    if (current) {
        for (const ProbeResult &p : probes) {
            if (sameEndpoint(p, *current) && p.tls.established &&
                p.endpoint.security == SecurityMode::StartTls)
                tlsOnCurrentPort = &p;
        }
    }
    const bool authNeedsTls = current && tlsOnCurrentPort && current->security == SecurityMode::None &&
                              current->auth != MailSettings::Auth::None &&
                              tlsOnCurrentPort->capabilitiesBeforeTls.authMechanisms.isEmpty() &&
                              !tlsOnCurrentPort->capabilities.authMechanisms.isEmpty();
    if (authNeedsTls) {
        Finding &f =
            findings.add(FindingId::AuthNeedsTls, Severity::Cause,
                         tr("The server lets you sign in only over an encrypted connection."),
                         tr("Your program uses no encryption on port %1, so the server does not even offer "
                            "signing in. This protects your password.")
                             .arg(current->port));
        f.evidence << tr("offered before encryption: %1")
                          .arg(tlsOnCurrentPort->capabilitiesBeforeTls.keywords.join(QLatin1String(", ")))
                   << tr("offered after encryption: %1")
                          .arg(tlsOnCurrentPort->capabilities.keywords.join(QLatin1String(", ")));
        f.fix = tr("Turn on encryption: STARTTLS on port %1, or SSL/TLS on port 465.").arg(current->port);
        withFix(f);
    }

    // A server that greets and then breaks off or stalls (in EHLO, STARTTLS or the handshake).
    for (const ProbeResult &p : probes) {
        const bool brokeOff =
            p.reachedServer() && p.outcome != ProbeResult::Outcome::Completed &&
            p.outcome != ProbeResult::Outcome::Cancelled &&
            (p.lastStage == ProbeStage::Ehlo || p.lastStage == ProbeStage::StartTls ||
             p.lastStage == ProbeStage::TlsHandshake || p.lastStage == ProbeStage::EhloAfterTls);
        if (!brokeOff)
            continue;
        const bool isCurrent = current && sameEndpoint(p, *current);
        const bool othersWork = std::any_of(probes.cbegin(), probes.cend(), [](const ProbeResult &o) {
            return o.reachedServer() && o.outcome == ProbeResult::Outcome::Completed;
        });
        Finding &f = findings.add(
            FindingId::PortUnresponsive, isCurrent || !othersWork ? Severity::Cause : Severity::Info,
            tr("The server on port %1 stops answering after its greeting.").arg(p.endpoint.port),
            tr("It greeted MailFix, then the conversation broke off while setting up (%1). A "
               "firewall or antivirus program that inspects mail can do this, or the server "
               "has a problem.")
                .arg(p.failure));
        f.evidence << QStringLiteral("%1:%2 %3").arg(p.endpoint.host).arg(p.endpoint.port).arg(p.failure);
        if (fix && (fix->host != p.endpoint.host || fix->port != p.endpoint.port))
            f.fix = tr("Use port %1 with %2 instead.").arg(fix->port).arg(securityWords(fix->security));
        break;
    }

    // ---- encryption: the mode first, since a mismatch also looks like a silent port ----
    bool modeMismatch = false;
    if (current && currentProbe) {
        // SSL/TLS (implicit) against a port that speaks plain text first, or the reverse.
        const bool wantsImplicit = current->security == SecurityMode::ImplicitTls;
        QList<const ProbeResult *> samePort;
        for (const ProbeResult &p : probes) {
            if (sameEndpoint(p, *current))
                samePort.append(&p);
        }
        const bool plainWorks = std::any_of(samePort.cbegin(), samePort.cend(), [](const ProbeResult *p) {
            return p->endpoint.security != SecurityMode::ImplicitTls && p->reachedServer();
        });
        const bool implicitWorks = std::any_of(samePort.cbegin(), samePort.cend(), [](const ProbeResult *p) {
            return p->endpoint.security == SecurityMode::ImplicitTls && p->reachedServer();
        });
        const bool plainSilent = std::any_of(samePort.cbegin(), samePort.cend(), [](const ProbeResult *p) {
            return p->endpoint.security != SecurityMode::ImplicitTls &&
                   p->connect == ConnectOutcome::Connected &&
                   p->banner == BannerOutcome::Silent; // waiting for a TLS handshake that never comes
        });
        if ((wantsImplicit && plainWorks && !implicitWorks) ||
            (!wantsImplicit && (implicitWorks || plainSilent) && !plainWorks)) {
            modeMismatch = true;
            const SecurityMode right = wantsImplicit ? SecurityMode::StartTls : SecurityMode::ImplicitTls;
            Finding &f = findings.add(
                FindingId::TlsModeMismatch, Severity::Cause,
                tr("Port %1 needs %2, but your program uses %3.")
                    .arg(current->port)
                    .arg(securityWords(right), securityWords(current->security)),
                tr("On port %1 the server expects %2 from the first moment. When the two sides disagree, the "
                   "connection stalls or breaks off without a clear message.")
                    .arg(current->port)
                    .arg(securityWords(right)));
            f.fix = tr("Set the encryption for port %1 to %2, or use the settings below.")
                        .arg(current->port)
                        .arg(securityWords(right));
            withFix(f);
        }
    }
    // ---- reaching the server ----
    const bool domainMissing = in.detection && !in.detection->domainExists;
    const bool allUnresolved =
        !probes.isEmpty() && std::all_of(probes.cbegin(), probes.cend(), [](const ProbeResult &p) {
            return p.connect == ConnectOutcome::ResolveFailed;
        });
    if (domainMissing || allUnresolved) {
        const QString name = domainMissing ? in.address.domain : probes.first().endpoint.host;
        Finding &f = findings.add(
            FindingId::DomainNotFound, Severity::Cause, tr("The name %1 does not exist.").arg(name),
            tr("The internet's address book (DNS) has no entry for %1. Check the spelling of "
               "your email address and of the outgoing server.")
                .arg(name));
        f.fix = tr("Check that %1 is spelled right.").arg(name);
    }
    if (!out.anythingReachable && !probes.isEmpty() && !allUnresolved) {
        const bool allTimedOut = std::all_of(probes.cbegin(), probes.cend(), [](const ProbeResult &p) {
            return p.connect == ConnectOutcome::TimedOut;
        });
        const ProbeResult *busy = nullptr;
        for (const ProbeResult &p : probes) {
            if (p.banner == BannerOutcome::Unavailable)
                busy = &p;
        }
        QString title =
            tr("MailFix could not reach the outgoing server %1.").arg(probes.first().endpoint.host);
        QString detail =
            allTimedOut
                ? tr("Nothing answered on any port. A firewall, a VPN or your network may be blocking mail.")
                : tr("The server did not accept a connection on any port MailFix tried.");
        if (busy) {
            title = tr("The server %1 is too busy to take mail right now.").arg(busy->endpoint.host);
            detail = tr(
                "It answered that it cannot take more connections. Try again in a few minutes; if it keeps "
                "happening, your provider may limit how many connections one address may open.");
        }
        Finding &f = findings.add(FindingId::ServerUnreachable, Severity::Cause, title, detail);
        if (busy)
            f.evidence += replyLines(busy->bannerReply);
        for (const ProbeResult &p : probes)
            f.evidence << QStringLiteral("%1:%2 %3 %4")
                              .arg(p.endpoint.host)
                              .arg(p.endpoint.port)
                              .arg(ProbeNames::connect(p.connect), p.failure);
        f.fix = tr("Check that you are online, then try again without a VPN and with your firewall allowing "
                   "your mail program.");
    }
    if (out.anythingReachable) {
        QStringList blocked;
        QStringList silent;
        QStringList evidence;
        for (const ProbeResult &p : probes) {
            const bool sameHostReached =
                std::any_of(probes.cbegin(), probes.cend(), [&p](const ProbeResult &o) {
                    return o.reachedServer() &&
                           o.endpoint.host.compare(p.endpoint.host, Qt::CaseInsensitive) == 0;
                });
            if (!sameHostReached)
                continue;
            if (p.connect == ConnectOutcome::TimedOut) {
                blocked << QString::number(p.endpoint.port);
                evidence
                    << QStringLiteral("%1:%2 %3").arg(p.endpoint.host).arg(p.endpoint.port).arg(p.failure);
            } else if (p.connect == ConnectOutcome::Connected && !p.reachedServer() &&
                       p.endpoint.security != SecurityMode::ImplicitTls) {
                silent << QString::number(p.endpoint.port);
            }
        }
        if (!blocked.isEmpty()) {
            const bool isCurrent = current && blocked.contains(QString::number(current->port));
            Finding &f = findings.add(
                FindingId::PortBlocked, isCurrent ? Severity::Cause : Severity::Warning,
                isCurrent ? tr("Port %1 is blocked on your network.").arg(current->port)
                          : tr("Port %1 is blocked on your network.").arg(blocked.join(QLatin1String(", "))),
                tr("Connections to port %1 get no answer at all, while other ports of the same server "
                   "answer. "
                   "Internet providers often block port 25 so that infected computers cannot send spam.")
                    .arg(blocked.join(QLatin1String(", "))));
            f.evidence = evidence;
            if (fix)
                f.fix = tr("Use port %1 with %2 instead.").arg(fix->port).arg(securityWords(fix->security));
            withFix(f);
        }
        if (current && currentProbe && !currentProbe->reachedServer() && !modeMismatch &&
            currentProbe->connect != ConnectOutcome::TimedOut && !findings.has(FindingId::PortBlocked)) {
            {
                Finding &f = findings.add(
                    FindingId::PortUnresponsive, Severity::Cause,
                    tr("Nothing answers on port %1 of %2.").arg(current->port).arg(current->host),
                    currentProbe->connect == ConnectOutcome::Refused
                        ? tr("The server refuses connections on port %1: it does not take mail there.")
                              .arg(current->port)
                    : currentProbe->banner == BannerOutcome::Unavailable
                        ? tr("On port %1 the server says it is too busy to take more connections.")
                              .arg(current->port)
                        : tr("The server accepts the connection on port %1 but then does not answer like a "
                             "mail server.")
                              .arg(current->port));
                f.evidence << currentProbe->failure;
                if (fix)
                    f.fix =
                        tr("Use port %1 with %2 instead.").arg(fix->port).arg(securityWords(fix->security));
                withFix(f);
            }
        } else if (!silent.isEmpty()) {
            findings.add(
                FindingId::PortUnresponsive, Severity::Info,
                tr("Port %1 accepts connections but does not answer.").arg(silent.join(QLatin1String(", "))),
                tr("Something on your network or at the server takes the connection but never greets your "
                   "mail program. MailFix uses another port."));
        }
    }

    {
        QStringList evidence;
        bool untrusted = false;
        for (const ProbeResult &p : probes) {
            if (p.tls.established && !p.tls.certificateTrusted) {
                untrusted = true;
                if (evidence.isEmpty()) {
                    evidence << tr("certificate for %1, issued by %2, valid until %3")
                                    .arg(p.tls.subject, p.tls.issuer, p.tls.notAfter.toString(Qt::ISODate));
                    evidence += p.tls.errorTexts;
                }
            }
        }
        if (untrusted) {
            Finding &f = findings.add(
                FindingId::TlsCertificateInvalid,
                out.recommended && out.recommended->verified ? Severity::Warning : Severity::Cause,
                tr("The server's certificate cannot be trusted."),
                tr("The certificate is how a server proves who it is. This one does not prove it, so your "
                   "password could reach someone else. MailFix did not send your password there."));
            f.evidence = evidence;
            f.fix = tr(
                "Use the server name your provider gives (it must match the certificate). If your provider "
                "says this certificate is right, you can allow it for this server only.");
        }
    }
    const bool tlsRequiredSeen = std::any_of(probes.cbegin(), probes.cend(), [](const ProbeResult &p) {
        static const QRegularExpression re(QStringLiteral("STARTTLS"),
                                           QRegularExpression::CaseInsensitiveOption);
        return (p.relayWithoutAuth.mailReply.code == 530 && mentions(p.relayWithoutAuth.mailReply, re));
    });
    if (tlsRequiredSeen ||
        (explained.contains(FindingId::TlsRequired) && current && current->security == SecurityMode::None)) {
        const bool cause = current && current->security == SecurityMode::None && !authNeedsTls;
        Finding &f =
            findings.add(FindingId::TlsRequired, cause ? Severity::Cause : Severity::Warning,
                         tr("The server only takes mail over an encrypted connection."),
                         tr("Your mail program must switch on encryption before it sends anything."));
        f.fix = tr("Turn on encryption (SSL/TLS or STARTTLS) for the outgoing server.");
        withFix(f);
    }

    // ---- signing in ----
    const ProbeResult *relayProof = nullptr;
    for (const ProbeResult &p : probes) {
        if (p.relayWithoutAuth.outcome == RelayOutcome::RecipientRejected) {
            relayProof = &p;
            break;
        }
    }
    if (relayProof) {
        const bool programDoesNotSignIn = current && current->auth == MailSettings::Auth::None;
        const bool errorSaysSo = !explained.isEmpty() && (explained.first() == FindingId::AuthRequired ||
                                                          explained.first() == FindingId::BadCommandSequence);
        const bool cause = programDoesNotSignIn || (errorSaysSo && !current);
        Finding &f = findings.add(
            FindingId::AuthRequired, cause ? Severity::Cause : Severity::Info,
            cause ? tr("Your mail server wants your mail program to sign in before it sends. Your program is "
                       "not "
                       "signing in.")
                  : tr("Your mail server sends mail only for people who sign in."),
            tr("Without signing in, the server refuses every recipient outside its own domain. A program "
               "that then "
               "sends the message anyway gets errors such as \"503 valid RCPT command must precede DATA\"."));
        f.evidence = replyLines(relayProof->relayWithoutAuth.rcptReply) +
                     replyLines(relayProof->relayWithoutAuth.dataReply);
        f.fix = tr("Turn on \"My outgoing server (SMTP) requires authentication\" (Outlook), or set the "
                   "authentication method to \"Normal password\" (Thunderbird), with your user name %1.")
                    .arg(username);
        withFix(f);
        if (relayProof->relayWithoutAuth.dataReply.code == 503 ||
            explained.contains(FindingId::BadCommandSequence)) {
            Finding &b =
                findings.add(FindingId::BadCommandSequence, Severity::Info,
                             tr("The \"503\" message is a consequence, not the cause."),
                             tr("The server says 503 when a program sends the message after every recipient "
                                "was refused. Fix the cause above and the 503 goes away."));
            b.evidence = replyLines(relayProof->relayWithoutAuth.dataReply);
        }
    }
    for (const ProbeResult &p : probes) {
        const SmtpReply &reply = p.auth.reply;
        static const QRegularExpression tenant(QStringLiteral("SmtpClientAuthentication is disabled"),
                                               QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression basicOff(
            QStringLiteral("basic auth\\w* is disabled|did not meet the criteria"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression appPassword(
            QStringLiteral("application-specific password|app password"),
            QRegularExpression::CaseInsensitiveOption);
        if (p.auth.outcome == AuthOutcome::Rejected || p.auth.outcome == AuthOutcome::Failed ||
            p.auth.outcome == AuthOutcome::TemporaryFailure) {
            if (mentions(reply, tenant)) {
                Finding &f = findings.add(
                    FindingId::SmtpAuthDisabledByAdmin, Severity::Cause,
                    tr("Signing in from mail programs is switched off for your organisation."),
                    tr("Your Microsoft 365 administrator has turned off SMTP sign-in. Your password "
                       "is probably right."));
                f.evidence = replyLines(reply);
                f.fix =
                    tr("Ask your administrator to allow \"Authenticated SMTP\" for your mailbox, or use a "
                       "program that signs in with your Microsoft account (OAuth2).");
            } else if (mentions(reply, basicOff)) {
                Finding &f =
                    findings.add(FindingId::OauthRequired, Severity::Cause,
                                 tr("Your provider no longer accepts a password from mail programs."),
                                 tr("Sign-in must go through your provider's own login page (OAuth2)."));
                f.evidence = replyLines(reply);
                f.fix = tr("Set the authentication method to OAuth2 and sign in when your program asks.");
            } else if (reply.code == 534 && reply.enhancedCode == QLatin1String("5.7.9") &&
                       !mentions(reply, appPassword)) {
                Finding &f = findings.add(FindingId::AuthMechanismMismatch, Severity::Cause,
                                          tr("The server does not accept this way of signing in."),
                                          tr("The server says the sign-in method is too weak."));
                f.evidence = replyLines(reply);
                withFix(f);
            } else if (mentions(reply, appPassword) || (reply.code == 534 && mentions(reply, appPassword))) {
                Finding &f =
                    findings.add(FindingId::AppPasswordRequired, Severity::Cause,
                                 tr("Your provider wants an app password, not your normal password."),
                                 tr("With 2-step verification on, mail programs must use a separate app "
                                    "password that you create in your account's security settings."));
                f.evidence = replyLines(reply);
                f.fix = tr("Create an app password in your account's security settings and use it in your "
                           "mail program.");
            } else {
                Finding &f =
                    findings.add(FindingId::AuthFailed, Severity::Cause,
                                 tr("The server did not accept your user name or password."),
                                 tr("MailFix tried to sign in as %1 and the server said no.").arg(username));
                f.evidence = replyLines(reply);
                f.fix =
                    in.passwordHasUnusualCharacters
                        ? tr("Check your password. It contains characters such as quotes, spaces or accented "
                             "letters, which some programs garble: try typing it again by hand.")
                        : tr("Check your password, and use your full email address %1 as the user name.")
                              .arg(in.address.text);
                if (notes.appPasswordRequired) {
                    Finding &a =
                        findings.add(FindingId::AppPasswordRequired, Severity::Cause,
                                     tr("Your provider may want an app password, not your normal password."),
                                     tr("With 2-step verification on, mail programs must use a separate app "
                                        "password that you "
                                        "create in your account's security settings."));
                    a.fix = tr("Create an app password in your account's security settings and use it in "
                               "your mail program.");
                }
                if (notes.smtpAuthMayBeDisabled) {
                    findings.add(
                        FindingId::SmtpAuthDisabledByAdmin, Severity::Warning,
                        tr("Signing in from mail programs may be switched off for your organisation."),
                        tr("Microsoft 365 administrators can turn off SMTP sign-in for each mailbox."));
                }
            }
        }
    }
    {
        const bool onlyOauth =
            !probes.isEmpty() && std::any_of(probes.cbegin(), probes.cend(), [](const ProbeResult &p) {
                return p.auth.outcome == AuthOutcome::NeedsOAuth2;
            });
        const bool currentUsesPassword = current && (current->auth == MailSettings::Auth::NormalPassword ||
                                                     current->auth == MailSettings::Auth::EncryptedPassword);
        if (onlyOauth || notes.oauth2Required) {
            Finding &f =
                findings.add(FindingId::OauthRequired,
                             (in.credentialsGiven || currentUsesPassword) ? Severity::Cause : Severity::Info,
                             tr("Your provider accepts sign-in only through its own login page (OAuth2)."),
                             tr("A password typed into your mail program is not accepted."));
            f.fix = tr("Set the authentication method to OAuth2 and sign in when your program asks.");
            withFix(f);
        }
        if (notes.appPasswordRequired && !in.credentialsGiven &&
            !findings.has(FindingId::AppPasswordRequired)) {
            findings.add(
                FindingId::AppPasswordRequired, Severity::Info,
                tr("If you use 2-step verification, your provider wants an app password."),
                tr("Mail programs then need a separate app password from your account's security settings."));
        }
    }
    if (current && currentProbe && currentProbe->reachedServer()) {
        const QStringList &offered = currentProbe->capabilities.authMechanisms;
        const bool normalOffered =
            offered.contains(QLatin1String("PLAIN")) || offered.contains(QLatin1String("LOGIN"));
        const bool encryptedOffered = offered.contains(QLatin1String("CRAM-MD5"));
        const bool mismatch =
            !offered.isEmpty() &&
            ((current->auth == MailSettings::Auth::EncryptedPassword && !encryptedOffered) ||
             (current->auth == MailSettings::Auth::NormalPassword && !normalOffered && encryptedOffered));
        if (mismatch || currentProbe->auth.outcome == AuthOutcome::NoCommonMechanism) {
            Finding &f = findings.add(FindingId::AuthMechanismMismatch, Severity::Cause,
                                      tr("Your program signs in a way this server does not offer."),
                                      tr("The server offers: %1.").arg(offered.join(QLatin1String(", "))));
            f.fix = tr("Set the authentication method to \"%1\".")
                        .arg(encryptedOffered && !normalOffered ? tr("Encrypted password")
                                                                : tr("Normal password"));
            withFix(f);
        }
    }

    // ---- addresses and mailbox ----
    for (const ProbeResult &p : probes) {
        if (p.relayWithAuth.outcome == RelayOutcome::SenderRejected) {
            Finding &f = findings.add(
                FindingId::SenderRejected, Severity::Cause,
                tr("The server does not let you send from this address."),
                tr("After you sign in, the server checks the From address. It must be an address "
                   "that belongs to your account."));
            f.evidence = replyLines(p.relayWithAuth.mailReply);
            f.fix = tr("Use %1 as the email address of this account, or ask your provider to allow the other "
                       "address.")
                        .arg(username.contains(QLatin1Char('@')) ? username : in.address.text);
        } else if (p.relayWithAuth.outcome == RelayOutcome::RecipientRejected) {
            Finding &f = findings.add(FindingId::RecipientRejected, Severity::Warning,
                                      tr("The server refused the test recipient even after signing in."),
                                      tr("Check the recipient's address for typing mistakes."));
            f.evidence = replyLines(p.relayWithAuth.rcptReply);
        }
    }
    static const QRegularExpression full(
        QStringLiteral("mailbox full|over quota|quota exceeded|insufficient storage"),
        QRegularExpression::CaseInsensitiveOption);
    for (const ProbeResult &p : probes) {
        for (const SmtpReply *r : {&p.relayWithAuth.rcptReply, &p.sendTestReply}) {
            if (r->enhancedCode == QLatin1String("5.2.2") || r->enhancedCode == QLatin1String("4.2.2") ||
                mentions(*r, full)) {
                Finding &f = findings.add(FindingId::MailboxFull, Severity::Cause, tr("A mailbox is full."),
                                          tr("The server refuses mail because a mailbox has no room left."));
                f.evidence = replyLines(*r);
            }
        }
    }
    if (!in.address.oddities.isEmpty()) {
        QStringList what;
        bool serious = false;
        for (const EmailAddress::Oddity o : in.address.oddities) {
            switch (o) {
            case EmailAddress::Oddity::NonAsciiLocalPart: {
                const bool utf8 = std::any_of(probes.cbegin(), probes.cend(),
                                              [](const ProbeResult &p) { return p.capabilities.smtpUtf8; });
                what << tr("letters outside the English alphabet before the @");
                serious = serious || !utf8;
                break;
            }
            case EmailAddress::Oddity::DotProblem:
                what << tr("a dot at the start or end, or two dots in a row");
                serious = true;
                break;
            case EmailAddress::Oddity::UnusualCharacter:
                what << tr("unusual characters such as commas, brackets or quotes");
                break;
            case EmailAddress::Oddity::QuotedLocalPart:
                what << tr("quotation marks");
                break;
            case EmailAddress::Oddity::SurroundingSpace:
                what << tr("spaces before or after it");
                break;
            case EmailAddress::Oddity::TrailingDotInDomain:
                what << tr("a dot at the very end");
                break;
            case EmailAddress::Oddity::InternationalDomain:
                break; // converted for the user; nothing to worry about
            }
        }
        if (!what.isEmpty()) {
            Finding &f =
                findings.add(FindingId::AddressOddCharacters, serious ? Severity::Warning : Severity::Info,
                             tr("Your email address contains characters that some programs and servers "
                                "refuse."),
                             tr("It has %1.").arg(what.join(QLatin1String("; "))));
            f.fix = tr("Type the address again in your mail program, exactly as your provider gave it.");
        }
    }

    // ---- other causes ----
    static const QRegularExpression blocklist(
        QStringLiteral("block ?list|black ?list|spamhaus|dnsbl|blocked using|\\bRBL\\b"),
        QRegularExpression::CaseInsensitiveOption);
    for (const ProbeResult &p : probes) {
        if (p.banner == BannerOutcome::Rejected || mentions(p.bannerReply, blocklist) ||
            mentions(p.relayWithoutAuth.rcptReply, blocklist)) {
            Finding &f =
                findings.add(FindingId::IpBlocklisted, Severity::Cause,
                             tr("The server refuses your internet connection's address."),
                             tr("Your connection's address is on a list of addresses that send spam, or the "
                                "server does not take mail from home connections on this port."));
            f.evidence = replyLines(p.bannerReply.code == 554 ? p.bannerReply : p.relayWithoutAuth.rcptReply);
            f.fix = tr(
                "Send through your provider's submission port (587 or 465) with sign-in; if that is refused "
                "too, ask your internet provider why your address is listed.");
            break;
        }
    }
    if (in.detection) {
        for (const Candidate &c : in.detection->candidates) {
            if (c.authentication.contains(OutgoingServerConfig::Auth::SmtpAfterPop)) {
                Finding &f =
                    findings.add(FindingId::PopBeforeSmtp, Severity::Warning,
                                 tr("Your provider may want you to check your mail before you send."),
                                 tr("Some servers allow sending only shortly after your program has fetched "
                                    "mail (\"POP before SMTP\")."));
                f.fix = tr("Click \"Send/Receive\" (or \"Get Messages\") first, then send.");
                break;
            }
        }
    }
    if (in.vpnActive) {
        const bool trouble = findings.has(FindingId::PortBlocked) ||
                             findings.has(FindingId::ServerUnreachable) ||
                             findings.has(FindingId::PortUnresponsive);
        Finding &f = findings.add(
            FindingId::VpnActive, trouble ? Severity::Warning : Severity::Info, tr("A VPN is switched on."),
            tr("A VPN sends your mail through another network, which may block mail ports or "
               "be on a spam list."));
        f.fix = tr("Switch the VPN off for a moment and check again.");
    }

    // What the pasted error says that the probes could not see for themselves.
    for (const QString &id : explained) {
        static const QStringList confirmable = {
            FindingId::AuthRequired,      FindingId::BadCommandSequence, FindingId::AuthFailed,
            FindingId::TlsRequired,       FindingId::PortBlocked,        FindingId::PortUnresponsive,
            FindingId::ServerUnreachable, FindingId::TlsModeMismatch,    FindingId::AuthNeedsTls};
        if (confirmable.contains(id))
            continue;
        const QByteArray idBytes = id.toLatin1();
        const QLatin1String key(idBytes.constData(), idBytes.size());
        if (findings.has(key))
            continue;
        static const QStringList strong = {
            FindingId::MailboxFull,          FindingId::RecipientRejected,
            FindingId::IpBlocklisted,        FindingId::PopBeforeSmtp,
            FindingId::SenderRejected,       FindingId::SmtpAuthDisabledByAdmin,
            FindingId::OauthRequired,        FindingId::AppPasswordRequired,
            FindingId::DomainNotFound,       FindingId::TlsCertificateInvalid,
            FindingId::AuthMechanismMismatch};
        const QString title =
            in.error->summary.isEmpty() ? tr("The error message points to this cause.") : in.error->summary;
        Finding &f = findings.add(
            key, strong.contains(id) ? Severity::Cause : Severity::Warning, title,
            tr("This comes from the message your program showed; MailFix could not check it by itself."));
        if (!in.error->serverText.isEmpty())
            f.evidence << in.error->serverText;
    }

    // ---- all is well ----
    if (out.recommended && out.recommended->verified) {
        const bool currentWorks =
            !current || std::any_of(verified.cbegin(), verified.cend(), [&current](const MailSettings &s) {
                return s.host.compare(current->host, Qt::CaseInsensitive) == 0 && s.port == current->port &&
                       s.security == current->security && current->auth != MailSettings::Auth::None;
            });
        bool anyCause = false;
        for (const Finding &f : findings.sorted())
            anyCause = anyCause || f.severity == Severity::Cause;
        if (currentWorks && !anyCause) {
            Finding &f = findings.add(
                FindingId::SettingsOk, Severity::Info,
                current ? tr("Your settings work: MailFix signed in and the server accepted a recipient.")
                        : tr("These settings work: MailFix signed in and the server accepted a recipient."),
                tr("We checked this: %1 with sign-in.").arg(settingsWords(out.recommended->settings)));
            withFix(f);
        }
    }

    out.findings = findings.sorted();

    // ---- what no probe can see ----
    auto step = [&out](const QString &id, const QString &title, const QString &detail) {
        Finding f;
        f.id = id;
        f.severity = Severity::Info;
        f.title = title;
        f.detail = detail;
        out.nextSteps.append(f);
    };
    step(NextStepId::CheckEachAccount, tr("Check every account in your mail program."),
         tr("Outlook, Thunderbird and Apple Mail keep outgoing settings for each account. When you have "
            "several, the "
            "one sending may not be the one you fixed. In Outlook, also check \"Use same settings as my "
            "incoming mail "
            "server\" on the Outgoing Server tab."));
    if (in.passwordHasUnusualCharacters)
        step(NextStepId::PasswordSpecialCharacters, tr("Your password has unusual characters."),
             tr("Some programs garble quotes, spaces or accented letters in passwords. Try a password "
                "without them."));
    step(NextStepId::ProviderOutgoingServer, tr("Use your mail provider's outgoing server."),
         tr("Sending through your internet provider's server instead of your mail provider's often fails."));
    step(NextStepId::AntivirusMailScan, tr("Pause your antivirus program's email scanning."),
         tr("Some antivirus programs sit between your mail program and the server and break encrypted "
            "connections."));
    step(NextStepId::OutlookDataFile, tr("Repair Outlook's data file."),
         tr("A damaged Outlook data file can stop sending even with the right settings: close Outlook and "
            "run the "
            "Inbox Repair Tool (SCANPST.EXE)."));
    step(NextStepId::DnsPropagation, tr("Wait if you just moved your domain."),
         tr("After a domain moves to a new mail provider, the change can take up to a day or two to reach "
            "everyone."));
    step(NextStepId::ScriptWithoutRecipient,
         tr("If a script or device sends the mail, check that it gives a "
            "recipient."),
         tr("A program that sends the message without any accepted recipient gets \"503 valid RCPT command "
            "must "
            "precede DATA\" from the server."));
    return out;
}
