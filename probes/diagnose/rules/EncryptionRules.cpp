// Encryption: sign-in offered only after STARTTLS, the wrong TLS mode for the port, certificates that
// cannot be trusted, servers that take mail only over TLS.
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

void certificateInvalid(const DiagnosisContext &c, FindingList &findings)
{
    QStringList evidence;
    for (const ProbeResult &p : c.probes) {
        if (p.tls.established && !p.tls.certificateTrusted && evidence.isEmpty()) {
            evidence << Diagnoser::tr("certificate for %1, issued by %2, valid until %3")
                            .arg(p.tls.subject, p.tls.issuer, p.tls.notAfter.toString(Qt::ISODate));
            evidence += p.tls.errorTexts;
        }
    }
    if (evidence.isEmpty())
        return;
    Finding &f = findings.add(
        FindingCode::TlsCertificateInvalid,
        c.recommended && c.recommended->verified ? Severity::Warning : Severity::Cause,
        Diagnoser::tr("The server's certificate cannot be trusted."),
        Diagnoser::tr("The certificate is how a server proves who it is. This one does not prove it, so your "
                      "password could reach someone else. MailFix did not send your password there."));
    f.evidence = evidence;
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
