// Encryption: sign-in offered only after STARTTLS, the wrong TLS mode for the port, certificates that
// name the hosting server, certificates that cannot be trusted, servers that take mail only over TLS.
#include "core/CertificateNames.h"
#include "detect/ProviderDetector.h"
#include "diagnose/CertificateHosts.h"
#include "diagnose/Diagnoser.h"
#include "diagnose/DiagnosisRules.h"
#include "report/Wording.h"

#include <algorithm>

namespace DiagnosisRules {

namespace {
using Severity = FindingSeverity;

// The probe of the user's port that did encrypt with STARTTLS.
const ProbeResult *startTlsOnCurrentPort(const DiagnosisContext &c)
{
    const ProbeResult *found = nullptr;
    for (const ProbeResult &p : c.probes) {
        if (DiagnosisContext::sameEndpoint(p, *c.current) && p.tls.established &&
            p.endpoint.security == SecurityMode::StartTls)
            found = &p;
    }
    return found;
}
} // namespace

// The server offers sign-in only after STARTTLS (Postfix's smtpd_tls_auth_only), and the user's program
// uses no encryption: seen on a probe of the same port that did encrypt.
void authNeedsTls(const DiagnosisContext &c, FindingList &findings)
{
    if (!c.current || c.current->security != SecurityMode::None ||
        c.current->auth == MailSettings::Auth::None)
        return;
    const ProbeResult *tls = startTlsOnCurrentPort(c);
    if (!tls || !tls->capabilitiesBeforeTls.authMechanisms.isEmpty() ||
        tls->capabilities.authMechanisms.isEmpty())
        return;
    Finding &f =
        findings.add(FindingCode::AuthNeedsTls, Severity::Cause,
                     Diagnoser::tr("The server lets you sign in only over an encrypted connection."),
                     Diagnoser::tr("Your program uses no encryption on port %1, so the server does not "
                                   "even offer signing in. This protects your password.")
                         .arg(c.current->port));
    f.evidence << Diagnoser::tr("offered before encryption: %1")
                      .arg(tls->capabilitiesBeforeTls.keywords.join(QLatin1String(", ")))
               << Diagnoser::tr("offered after encryption: %1")
                      .arg(tls->capabilities.keywords.join(QLatin1String(", ")));
    f.fix = Diagnoser::tr("Turn on encryption: STARTTLS on port %1, or SSL/TLS on port 465.")
                .arg(c.current->port);
    c.attachFix(f);
}

// SSL/TLS (implicit) against a port that speaks plain text first, or the reverse. Checked before the
// reachability rules, since a mismatch also looks like a silent port.
void tlsModeMismatch(const DiagnosisContext &c, FindingList &findings)
{
    if (!c.current || !c.currentProbe)
        return;
    const MailSettings &current = *c.current;
    const bool wantsImplicit = current.security == SecurityMode::ImplicitTls;
    bool plainWorks = false;
    bool implicitWorks = false;
    bool plainSilent = false;
    for (const ProbeResult &p : c.probes) {
        if (!DiagnosisContext::sameEndpoint(p, current))
            continue;
        const bool implicit = p.endpoint.security == SecurityMode::ImplicitTls;
        plainWorks = plainWorks || (!implicit && p.reachedServer());
        implicitWorks = implicitWorks || (implicit && p.reachedServer());
        // waiting for a TLS handshake that never comes
        plainSilent = plainSilent || (!implicit && p.connect == ConnectOutcome::Connected &&
                                      p.banner == BannerOutcome::Silent);
    }
    const bool mismatch =
        wantsImplicit ? plainWorks && !implicitWorks : (implicitWorks || plainSilent) && !plainWorks;
    if (!mismatch)
        return;
    const SecurityMode right = wantsImplicit ? SecurityMode::StartTls : SecurityMode::ImplicitTls;
    const QString rightWords = Wording::securityInSentence(right);
    Finding &f = findings.add(
        FindingCode::TlsModeMismatch, Severity::Cause,
        Diagnoser::tr("Port %1 needs %2, but your program uses %3.")
            .arg(current.port)
            .arg(rightWords, Wording::securityInSentence(current.security)),
        Diagnoser::tr("On port %1 the server expects %2 from the first moment. When the two sides disagree, "
                      "the connection stalls or breaks off without a clear message.")
            .arg(current.port)
            .arg(rightWords));
    f.fix = Diagnoser::tr("Set the encryption for port %1 to %2, or use the settings below.")
                .arg(current.port)
                .arg(rightWords);
    c.attachFix(f);
}

namespace {
// "server17.hoster.example", or for a wildcard "every name ending in .hoster.example".
QString certificateNames(const TlsInfo &tls)
{
    QStringList names = CertificateNames::dnsNames(tls.subjectAltNames);
    if (names.isEmpty())
        names << tls.subject;
    QStringList out;
    for (const QString &name : std::as_const(names))
        out << (CertificateNames::isWildcard(name) ? Diagnoser::tr("every name ending in %1").arg(name.mid(1))
                                                   : name);
    return out.mid(0, 3).join(QLatin1String(", "));
}
} // namespace

// Shared hosting: the certificate of the name the program uses is for the hosting machine, and that
// name reaches the same server with a certificate that is trusted.
void certificateNamesHostingServer(const DiagnosisContext &c, FindingList &findings)
{
    const MailSettings *fix = c.fix();
    const DiagnosisContext::RealName *real = fix ? c.realName(fix->host) : nullptr;
    if (!real || (c.current && c.current->host.compare(real->host, Qt::CaseInsensitive) == 0))
        return; // no real name to use, or the program already uses it
    const bool currentFails = !c.current || real->origins.contains(c.current->host, Qt::CaseInsensitive);
    const QString used = currentFails && c.current ? c.current->host : real->origins.first();
    const QString certificateFor =
        CertificateNames::isWildcard(real->pattern)
            ? Diagnoser::tr("every name ending in %1, such as %2").arg(real->pattern.mid(1), real->host)
            : real->host;
    QString detail =
        Diagnoser::tr("The name %1 leads to the same server, but that server's certificate is for "
                      "%2, not for %1. So your mail program cannot check that it really talks to "
                      "your provider, and warns or refuses to send.")
            .arg(used, certificateFor);
    if (!ProviderDetector::isInsideDomain(real->host, c.in.address.aceDomain))
        detail += QLatin1Char(' ') + Diagnoser::tr("This is usual when many websites share one server.");
    Finding &f = findings.add(FindingCode::CertificateNamesHostingServer,
                              currentFails ? Severity::Cause : Severity::Warning,
                              Diagnoser::tr("Your mail server's real name is %1.").arg(real->host), detail);
    const TlsInfo &tls = real->origin->tls;
    f.evidence << Diagnoser::tr("%1: certificate for %2, issued by %3")
                      .arg(real->origin->endpoint.host, certificateNames(tls), tls.issuer)
               << tls.errorTexts;
    f.evidence << Diagnoser::tr("%1: the same server (%2), certificate trusted")
                      .arg(real->host, real->reached->connectedAddress.toString());
    f.fix =
        Diagnoser::tr("Use %1 as the outgoing server (SMTP). Your provider's own certificate is for %1, so "
                      "your mail program can check that it really talks to your provider.")
            .arg(real->host);
    c.attachFix(f);
}

void certificateInvalid(const DiagnosisContext &c, FindingList &findings)
{
    const ProbeResult *failed = nullptr;
    for (const ProbeResult &p : c.probes) {
        // a name whose server was reached under its real name is the finding above
        if (p.tls.established && !p.tls.certificateTrusted && !failed && !c.hasRealName(p.endpoint.host))
            failed = &p;
    }
    if (!failed)
        return;
    Finding &f = findings.add(
        FindingCode::TlsCertificateInvalid,
        c.recommended && c.recommended->verified ? Severity::Warning : Severity::Cause,
        Diagnoser::tr("The server's certificate cannot be trusted."),
        Diagnoser::tr("The certificate is how a server proves who it is. This one does not prove it, so your "
                      "password could reach someone else. MailFix did not send your password there."));
    f.evidence << Diagnoser::tr("certificate for %1, issued by %2, valid until %3")
                      .arg(failed->tls.subject, failed->tls.issuer,
                           failed->tls.notAfter.toString(Qt::ISODate));
    f.evidence += failed->tls.errorTexts;
    if (CertificateHosts::onlyNameMismatch(*failed)) {
        f.fix = Diagnoser::tr("The certificate of %1 is for %2. Ask your provider for the name of its "
                              "outgoing server (SMTP), and use that name.")
                    .arg(failed->endpoint.host, certificateNames(failed->tls));
        return;
    }
    f.fix = Diagnoser::tr(
        "Use the server name your provider gives (it must match the certificate). If your provider "
        "says this certificate is right, you can allow it for this server only.");
}

void tlsRequired(const DiagnosisContext &c, FindingList &findings)
{
    static const QRegularExpression startTls(QStringLiteral("STARTTLS"),
                                             QRegularExpression::CaseInsensitiveOption);
    const bool seen = std::any_of(c.probes.cbegin(), c.probes.cend(), [](const ProbeResult &p) {
        return p.relayWithoutAuth.mailReply.code == 530 &&
               DiagnosisContext::mentions(p.relayWithoutAuth.mailReply, startTls);
    });
    const bool plainNow = c.current && c.current->security == SecurityMode::None;
    if (!seen && !(c.explained.contains(FindingCode::TlsRequired) && plainNow))
        return;
    const bool cause = plainNow && !findings.has(FindingCode::AuthNeedsTls);
    Finding &f =
        findings.add(FindingCode::TlsRequired, cause ? Severity::Cause : Severity::Warning,
                     Diagnoser::tr("The server only takes mail over an encrypted connection."),
                     Diagnoser::tr("Your mail program must switch on encryption before it sends anything."));
    f.fix = Diagnoser::tr("Turn on encryption (SSL/TLS or STARTTLS) for the outgoing server.");
    c.attachFix(f);
}

} // namespace DiagnosisRules
