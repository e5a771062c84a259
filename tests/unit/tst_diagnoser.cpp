#include "diagnose/Diagnoser.h"
#include "diagnose/DiagnosisContext.h"
#include "diagnose/DiagnosisRun.h"
#include "diagnose/Findings.h"
#include "report/DiagnosisReport.h"

#include <QTest>

Q_DECLARE_METATYPE(DiagnosisInput)

namespace {
bool hasFinding(const Diagnosis &d, const QString &id)
{
    const std::optional<FindingCode> code = Findings::fromId(id);
    return code && d.find(*code);
}
} // namespace

// Diagnoser: scenario tables from probe results (and the pasted error, the current settings) to
// findings, for every finding id, and the choice of the recommended settings.
class TestDiagnoser : public QObject
{
    Q_OBJECT

    static SmtpReply reply(int code, const QString &enhanced, const QString &text)
    {
        SmtpReply r;
        r.code = code;
        r.enhancedCode = enhanced;
        r.lines = {text};
        r.rawLines = {QStringLiteral("%1 %2%3").arg(code).arg(
            enhanced.isEmpty() ? QString() : enhanced + QLatin1Char(' '), text)};
        return r;
    }

    // A probe that reached the server, with TLS as its mode implies, AUTH PLAIN LOGIN after TLS, the relay
    // refused without signing in, and (with a password) signed in and accepted.
    static ProbeResult working(const QString &host, quint16 port, SecurityMode security, bool signedIn = true)
    {
        ProbeResult p;
        p.endpoint = {host, port, security};
        p.outcome = ProbeResult::Outcome::Completed;
        p.connect = ConnectOutcome::Connected;
        p.banner = BannerOutcome::Ready;
        p.bannerReply = reply(220, QString(), QStringLiteral("%1 ESMTP").arg(host));
        p.capabilities.authMechanisms = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
        p.capabilities.keywords = {QStringLiteral("AUTH PLAIN LOGIN")};
        if (security != SecurityMode::None) {
            p.tls.attempted = p.tls.offered = p.tls.established = p.tls.certificateTrusted = true;
            p.capabilitiesBeforeTls.startTls = security == SecurityMode::StartTls;
            p.capabilitiesBeforeTls.keywords = {QStringLiteral("STARTTLS")};
        } else {
            p.capabilitiesBeforeTls = p.capabilities;
        }
        p.relayWithoutAuth.outcome = RelayOutcome::RecipientRejected;
        p.relayWithoutAuth.mailReply = reply(250, QString(), QStringLiteral("OK"));
        p.relayWithoutAuth.rcptReply = reply(550, QString(), QStringLiteral("relay not permitted"));
        p.relayWithoutAuth.dataReply =
            reply(503, QString(), QStringLiteral("Valid RCPT command must precede DATA"));
        if (signedIn) {
            p.auth.outcome = AuthOutcome::Succeeded;
            p.auth.mechanism = QStringLiteral("PLAIN");
            p.auth.reply = reply(235, QString(), QStringLiteral("Authentication succeeded"));
            p.relayWithAuth.outcome = RelayOutcome::Accepted;
            p.relayWithAuth.rcptReply = reply(250, QString(), QStringLiteral("Accepted"));
        }
        return p;
    }

    static ProbeResult failedConnect(const QString &host, quint16 port, ConnectOutcome how)
    {
        ProbeResult p;
        p.endpoint = {host, port, ProbeEndpoint::defaultSecurityFor(port)};
        p.outcome =
            how == ConnectOutcome::TimedOut ? ProbeResult::Outcome::TimedOut : ProbeResult::Outcome::Failed;
        p.connect = how;
        p.failure = ProbeNames::connect(how);
        return p;
    }

    static ProbeResult withAuth(ProbeResult p, AuthOutcome outcome, const SmtpReply &r)
    {
        p.auth.outcome = outcome;
        p.auth.reply = r;
        p.relayWithAuth = {};
        return p;
    }

    // An IMAP or POP3 probe that reached the server over TLS and signed in (or was refused).
    static ProbeResult incoming(Protocol protocol, quint16 port, SignInOutcome signIn,
                                const QString &host = QStringLiteral("imap.example.com"))
    {
        ProbeResult p;
        p.endpoint = {host, port, ProbeEndpoint::defaultSecurityFor(port, protocol), protocol};
        p.outcome = ProbeResult::Outcome::Completed;
        p.connect = ConnectOutcome::Connected;
        p.tls.attempted = p.tls.offered = p.tls.established = p.tls.certificateTrusted = true;
        p.incoming.greeting = GreetingOutcome::Ready;
        p.incoming.signIn.outcome = signIn;
        p.incoming.signIn.reply.rawLines = {
            signIn == SignInOutcome::Succeeded ? QStringLiteral("a2 OK Logged in")
                                               : QStringLiteral("a2 NO [AUTHENTICATIONFAILED] Authentication "
                                                                "failed.")};
        return p;
    }

    // The probe of the program's own incoming settings, imap.example.com:993 with STARTTLS (or 143 without
    // encryption for Plain), and how it went.
    enum class IncomingFailure { Refused, Silent, TlsFailed, Plain, SignInRefused, Works };
    static ProbeResult ownIncoming(IncomingFailure how)
    {
        const bool plain = how == IncomingFailure::Plain;
        ProbeResult p =
            incoming(Protocol::Imap, plain ? 143 : 993,
                     how == IncomingFailure::Works ? SignInOutcome::Succeeded : SignInOutcome::Rejected);
        p.endpoint.security = plain ? SecurityMode::None : SecurityMode::StartTls;
        switch (how) {
        case IncomingFailure::Refused:
            p = failedConnect(p.endpoint.host, p.endpoint.port, ConnectOutcome::Refused);
            p.endpoint.protocol = Protocol::Imap;
            p.endpoint.security = SecurityMode::StartTls;
            break;
        case IncomingFailure::Silent:
            p.outcome = ProbeResult::Outcome::TimedOut;
            p.failure = QStringLiteral("no greeting within 10 s");
            p.tls = {};
            p.incoming.greeting = GreetingOutcome::Silent;
            p.incoming.signIn = {};
            break;
        case IncomingFailure::TlsFailed:
            p.outcome = ProbeResult::Outcome::Failed;
            p.failure = QStringLiteral("TLS handshake failed");
            p.tls.established = p.tls.certificateTrusted = false;
            p.incoming.signIn = {};
            break;
        case IncomingFailure::Plain:
            p.tls = {};
            p.incoming.signIn = {};
            p.incoming.signIn.outcome = SignInOutcome::WithheldNoTls;
            break;
        case IncomingFailure::SignInRefused:
        case IncomingFailure::Works:
            break;
        }
        return p;
    }

    static ProbeResult smtpRefused()
    {
        return withAuth(working(QStringLiteral("smtp.example.com"), 465, SecurityMode::ImplicitTls),
                        AuthOutcome::Rejected,
                        reply(535, QString(), QStringLiteral("Incorrect authentication data")));
    }

    static DiagnosisInput input(const QList<ProbeResult> &probes, const QString &current = QString(),
                                bool password = true)
    {
        DiagnosisInput in;
        in.address = EmailAddress::parse(QStringLiteral("alice@example.com"));
        in.probes = probes;
        in.credentialsGiven = password;
        if (!current.isEmpty()) {
            QString error;
            in.current = MailSettings::parse(current, &error);
        }
        return in;
    }

    static QList<ProbeResult> fourPorts(bool signedIn = true)
    {
        const QString h = QStringLiteral("smtp.example.com");
        return {failedConnect(h, 25, ConnectOutcome::Refused), failedConnect(h, 26, ConnectOutcome::Refused),
                working(h, 465, SecurityMode::ImplicitTls, signedIn),
                working(h, 587, SecurityMode::StartTls, signedIn)};
    }

    // Shared hosting: mail.example.com and example.com lead to 192.0.2.7, whose certificate is only for
    // the hosting machine (server17.hoster.example, or a wildcard *.hoster.example with the server greeting
    // as server17.hoster.example); with realName, that name was probed too, at the same address.
    static QList<ProbeResult> sharedHosting(bool realName = true, bool wildcard = false, bool signedIn = true)
    {
        const QString real = QStringLiteral("server17.hoster.example");
        QList<ProbeResult> out;
        for (const QString &host : {QStringLiteral("mail.example.com"), QStringLiteral("example.com")}) {
            for (ProbeResult p : {working(host, 465, SecurityMode::ImplicitTls, false),
                                  working(host, 587, SecurityMode::StartTls, false)}) {
                p.tls.certificateTrusted = false;
                p.tls.subject = wildcard ? QStringLiteral("*.hoster.example") : real;
                p.tls.subjectAltNames = {p.tls.subject};
                p.tls.issuer = QStringLiteral("Some CA");
                p.tls.errors = {QSslError::HostNameMismatch};
                p.tls.errorTexts = {QStringLiteral("The host name did not match any of the valid hosts")};
                p.tls.sha256 = QStringLiteral("AA:BB");
                p.auth.outcome = AuthOutcome::WithheldUntrustedCertificate;
                p.bannerReply = reply(220, QString(), real + QStringLiteral(" ESMTP"));
                out << p;
            }
        }
        if (realName) {
            out << working(real, 465, SecurityMode::ImplicitTls, signedIn)
                << working(real, 587, SecurityMode::StartTls, signedIn);
            for (qsizetype i = out.size() - 2; i < out.size(); ++i) {
                out[i].tls.subject = out.first().tls.subject;
                out[i].tls.subjectAltNames = out.first().tls.subjectAltNames;
                out[i].tls.sha256 = QStringLiteral("AA:BB");
            }
        }
        for (ProbeResult &p : out) {
            p.addresses = {QHostAddress(QStringLiteral("192.0.2.7"))};
            p.connectedAddress = p.addresses.first();
        }
        return out;
    }

    struct Scenario
    {
        const char *name;
        DiagnosisInput in;
        QString firstCause; // empty: no cause expected
        QString mustContain;
    };

    static QList<Scenario> scenarioTable()
    {
        QList<Scenario> rows;
        struct Row
        {
            QList<Scenario> *rows;
            const char *name;
            DiagnosisInput in;
            QString firstCause;
            Row &operator<<(const DiagnosisInput &i)
            {
                in = i;
                return *this;
            }
            Row &operator<<(const QString &text)
            {
                if (stage++ == 0) {
                    firstCause = text;
                } else {
                    rows->append({name, in, firstCause, text});
                }
                return *this;
            }
            int stage = 0;
        };
        auto newRow = [&rows](const char *name) { return Row{&rows, name, {}, {}}; };
        const QString h = QStringLiteral("smtp.example.com");

        newRow("auth-required") << input(fourPorts(), QStringLiteral("smtp.example.com:587:starttls:none"))
                                << QStringLiteral("auth-required") << QStringLiteral("bad-command-sequence");
        {
            DiagnosisInput in = input(fourPorts(), QString(), false);
            in.error = ErrorExplainer::explain(QStringLiteral("503 valid RCPT command must precede DATA"));
            newRow("auth-required from the pasted 503")
                << in << QStringLiteral("auth-required") << QStringLiteral("bad-command-sequence");
        }
        {
            // the pasted 503 points at "not signing in", but MailFix's own sign-in was refused: that first
            DiagnosisInput in =
                input({withAuth(working(h, 465, SecurityMode::ImplicitTls), AuthOutcome::Rejected,
                                reply(535, QString(), QStringLiteral("Incorrect authentication data")))});
            in.error = ErrorExplainer::explain(QStringLiteral("503 valid RCPT command must precede DATA"));
            newRow("auth-failed before the pasted cause")
                << in << QStringLiteral("auth-failed") << QStringLiteral("auth-required");
        }
        newRow("auth-failed") << input({withAuth(
                                     working(h, 465, SecurityMode::ImplicitTls), AuthOutcome::Rejected,
                                     reply(535, QString(), QStringLiteral("Incorrect authentication data")))})
                              << QStringLiteral("auth-failed") << QStringLiteral("auth-failed");
        {
            // MailFix signed in through the provider's window (OAuth2); the server refused the token
            DiagnosisInput in = input({withAuth(
                working(h, 587, SecurityMode::StartTls), AuthOutcome::Rejected,
                reply(535, QStringLiteral("5.7.8"), QStringLiteral("Error: authentication failed")))});
            in.oauth2Tested = true;
            newRow("oauth2 token refused")
                << in << QStringLiteral("auth-failed") << QStringLiteral("auth-failed");
            in.oauth2SendScopeMissing = true;
            newRow("oauth2-scope-missing")
                << in << QStringLiteral("oauth2-scope-missing") << QStringLiteral("oauth2-scope-missing");
        }
        {
            DiagnosisInput in = input({smtpRefused()});
            in.incomingProbes = {incoming(Protocol::Imap, 993, SignInOutcome::Succeeded)};
            newRow("smtp-password-refused-incoming-ok")
                << in << QStringLiteral("smtp-password-refused-incoming-ok")
                << QStringLiteral("smtp-password-refused-incoming-ok");
            in.incomingProbes = {incoming(Protocol::Imap, 993, SignInOutcome::Rejected),
                                 incoming(Protocol::Pop3, 995, SignInOutcome::Rejected)};
            newRow("auth-failed, the incoming server refused too")
                << in << QStringLiteral("auth-failed") << QStringLiteral("auth-failed");
        }
        {
            // the program receives as alice@example.com and sends as "alice", which the SMTP server refused
            DiagnosisInput in = input({smtpRefused()});
            in.username = QStringLiteral("alice");
            in.incomingProbes = {incoming(Protocol::Imap, 993, SignInOutcome::Succeeded)};
            IncomingSettings own;
            own.settings = {QStringLiteral("imap.example.com"), 993, SecurityMode::ImplicitTls,
                            MailSettings::Auth::NormalPassword, QStringLiteral("alice@example.com")};
            in.currentIncoming = own;
            newRow("smtp-username-differs")
                << in << QStringLiteral("smtp-username-differs") << QStringLiteral("smtp-username-differs");
            in.currentIncoming->settings.username =
                QStringLiteral("ALICE"); // the same name: not this finding
            newRow("same user name, refused for sending only")
                << in << QStringLiteral("smtp-password-refused-incoming-ok")
                << QStringLiteral("smtp-password-refused-incoming-ok");
        }
        {
            // sending works; the program receives with STARTTLS on 993, where only IMAP with SSL/TLS answers
            DiagnosisInput in = input({working(h, 465, SecurityMode::ImplicitTls)},
                                      QStringLiteral("smtp.example.com:465:tls:normal-password"));
            in.currentIncoming =
                IncomingSettings::parse(QStringLiteral("imap.example.com:993:starttls:imap"), nullptr);
            in.incomingProbes = {ownIncoming(IncomingFailure::Silent),
                                 incoming(Protocol::Imap, 993, SignInOutcome::Succeeded)};
            newRow("incoming-settings-wrong") << in << QString() << QStringLiteral("incoming-settings-wrong");
        }
        newRow("app-password-required")
            << input({withAuth(working(h, 465, SecurityMode::ImplicitTls), AuthOutcome::Failed,
                               reply(534, QStringLiteral("5.7.9"),
                                     QStringLiteral("Application-specific password required.")))})
            << QStringLiteral("app-password-required") << QStringLiteral("app-password-required");
        {
            ProbeResult p = working(h, 587, SecurityMode::StartTls, false);
            p.capabilities.authMechanisms = {QStringLiteral("XOAUTH2"), QStringLiteral("OAUTHBEARER")};
            p.auth.outcome = AuthOutcome::NeedsOAuth2;
            newRow("oauth-required") << input({p}) << QStringLiteral("oauth-required")
                                     << QStringLiteral("oauth-required");
        }
        newRow("smtp-auth-disabled-by-admin")
            << input({withAuth(working(h, 587, SecurityMode::StartTls), AuthOutcome::Rejected,
                               reply(535, QStringLiteral("5.7.139"),
                                     QStringLiteral("Authentication unsuccessful, SmtpClientAuthentication "
                                                    "is disabled for the Tenant.")))})
            << QStringLiteral("smtp-auth-disabled-by-admin") << QStringLiteral("smtp-auth-disabled-by-admin");
        newRow("auth-mechanism-mismatch")
            << input(fourPorts(), QStringLiteral("smtp.example.com:587:starttls:encrypted-password"))
            << QStringLiteral("auth-mechanism-mismatch") << QStringLiteral("auth-mechanism-mismatch");
        {
            QList<ProbeResult> probes = fourPorts();
            probes[3].capabilitiesBeforeTls.authMechanisms.clear(); // Postfix: AUTH only after STARTTLS
            newRow("auth-needs-tls") << input(probes,
                                              QStringLiteral("smtp.example.com:587:none:normal-password"))
                                     << QStringLiteral("auth-needs-tls") << QStringLiteral("auth-needs-tls");
        }
        {
            ProbeResult p = working(h, 25, SecurityMode::None, false);
            p.relayWithoutAuth.outcome = RelayOutcome::SenderRejected;
            p.relayWithoutAuth.mailReply =
                reply(530, QStringLiteral("5.7.0"), QStringLiteral("Must issue a STARTTLS command first"));
            newRow("tls-required") << input({p, working(h, 465, SecurityMode::ImplicitTls)},
                                            QStringLiteral("smtp.example.com:25:none:normal-password"))
                                   << QStringLiteral("tls-required") << QStringLiteral("tls-required");
        }
        {
            ProbeResult silent;
            silent.endpoint = {h, 465, SecurityMode::StartTls};
            silent.connect = ConnectOutcome::Connected;
            silent.banner = BannerOutcome::Silent;
            silent.outcome = ProbeResult::Outcome::TimedOut;
            newRow("tls-mode-mismatch 465 with STARTTLS")
                << input(fourPorts() << silent,
                         QStringLiteral("smtp.example.com:465:starttls:normal-password"))
                << QStringLiteral("tls-mode-mismatch") << QStringLiteral("tls-mode-mismatch");
            newRow("tls-mode-mismatch 587 with SSL")
                << input(fourPorts(), QStringLiteral("smtp.example.com:587:tls:normal-password"))
                << QStringLiteral("tls-mode-mismatch") << QStringLiteral("tls-mode-mismatch");
        }
        {
            QList<ProbeResult> probes = fourPorts(false);
            for (ProbeResult &p : probes) {
                if (p.tls.established) {
                    p.tls.certificateTrusted = false;
                    p.tls.errorTexts = {QStringLiteral("The certificate is self-signed, and untrusted")};
                    p.auth.outcome = AuthOutcome::WithheldUntrustedCertificate;
                }
            }
            newRow("tls-certificate-invalid") << input(probes) << QStringLiteral("tls-certificate-invalid")
                                              << QStringLiteral("tls-certificate-invalid");
        }
        newRow("certificate-names-hosting-server")
            << input(sharedHosting(), QStringLiteral("mail.example.com:587:starttls:normal-password"))
            << QStringLiteral("certificate-names-hosting-server")
            << QStringLiteral("certificate-names-hosting-server");
        newRow("port-blocked") << input({failedConnect(h, 25, ConnectOutcome::TimedOut),
                                         working(h, 465, SecurityMode::ImplicitTls),
                                         working(h, 587, SecurityMode::StartTls)},
                                        QStringLiteral("smtp.example.com:25:starttls:normal-password"))
                               << QStringLiteral("port-blocked") << QStringLiteral("port-blocked");
        newRow("port 25 blocked, not used: a warning only")
            << input({failedConnect(h, 25, ConnectOutcome::TimedOut),
                      working(h, 465, SecurityMode::ImplicitTls)})
            << QString() << QStringLiteral("port-blocked");
        newRow("port-unresponsive") << input(fourPorts(),
                                             QStringLiteral("smtp.example.com:26:starttls:normal-password"))
                                    << QStringLiteral("port-unresponsive")
                                    << QStringLiteral("port-unresponsive");
        newRow("server-unreachable") << input({failedConnect(h, 25, ConnectOutcome::Refused),
                                               failedConnect(h, 465, ConnectOutcome::Refused)})
                                     << QStringLiteral("server-unreachable")
                                     << QStringLiteral("server-unreachable");
        {
            DiagnosisInput in = input({failedConnect(h, 587, ConnectOutcome::ResolveFailed)});
            DetectionResult d;
            d.domainExists = false;
            in.detection = d;
            newRow("domain-not-found")
                << in << QStringLiteral("domain-not-found") << QStringLiteral("domain-not-found");
        }
        {
            ProbeResult p = working(h, 465, SecurityMode::ImplicitTls);
            p.relayWithAuth.outcome = RelayOutcome::SenderRejected;
            p.relayWithAuth.mailReply = reply(553, QStringLiteral("5.7.1"),
                                              QStringLiteral("Sender address rejected: not owned by user"));
            newRow("sender-rejected")
                << input({p}) << QStringLiteral("sender-rejected") << QStringLiteral("sender-rejected");
        }
        {
            ProbeResult p = working(h, 465, SecurityMode::ImplicitTls);
            p.relayWithAuth.outcome = RelayOutcome::RecipientRejected;
            p.relayWithAuth.rcptReply = reply(550, QStringLiteral("5.1.1"), QStringLiteral("User unknown"));
            newRow("recipient-rejected") << input({p}) << QString() << QStringLiteral("recipient-rejected");
        }
        {
            DiagnosisInput in =
                input(fourPorts(), QStringLiteral("smtp.example.com:465:tls:normal-password"));
            in.error = ErrorExplainer::explain(
                QStringLiteral("552 5.2.2 <bob@example.org>: Recipient address rejected: Mailbox full"));
            newRow("mailbox-full") << in << QStringLiteral("mailbox-full") << QStringLiteral("mailbox-full");
        }
        // Causes only the pasted error shows (issue 14): the settings work, the server still refuses.
        for (const auto &[id, pasted] : std::initializer_list<std::pair<const char *, const char *>>{
                 {"sending-limit-reached",
                  "550 5.4.5 Daily user sending quota exceeded. o65sm25351206pga.71 - gsmtp"},
                 {"account-sending-blocked",
                  "Remote Server returned '550 5.1.8 Access denied, bad outbound sender'"},
                 {"helo-rejected", "501 Syntactically invalid EHLO argument(s)"}}) {
            DiagnosisInput in =
                input(fourPorts(), QStringLiteral("smtp.example.com:465:tls:normal-password"));
            in.error = ErrorExplainer::explain(QString::fromLatin1(pasted));
            newRow(id) << in << QString::fromLatin1(id) << QString::fromLatin1(id);
        }
        {
            DiagnosisInput in = input(fourPorts());
            in.address = EmailAddress::parse(QStringLiteral("alice..smith@example.com"));
            newRow("address-odd-characters") << in << QString() << QStringLiteral("address-odd-characters");
        }
        {
            ProbeResult p;
            p.endpoint = {h, 25, SecurityMode::StartTls};
            p.connect = ConnectOutcome::Connected;
            p.banner = BannerOutcome::Rejected;
            p.bannerReply = reply(554, QString(), QStringLiteral("Your IP is listed at zen.spamhaus.org"));
            newRow("ip-blocklisted") << input({p, working(h, 465, SecurityMode::ImplicitTls)})
                                     << QStringLiteral("ip-blocklisted") << QStringLiteral("ip-blocklisted");
        }
        {
            DiagnosisInput in = input(fourPorts(false), QString(), false);
            DetectionResult d;
            Candidate c;
            c.endpoint = {h, 25, SecurityMode::None};
            c.authentication = {OutgoingServerConfig::Auth::SmtpAfterPop};
            d.candidates = {c};
            in.detection = d;
            newRow("pop-before-smtp") << in << QString() << QStringLiteral("pop-before-smtp");
        }
        {
            // proved: refused without signing in (no sign-in offered), accepted right after signing in to
            // IMAP
            ProbeResult refused = working(h, 587, SecurityMode::StartTls, false);
            refused.capabilities.authMechanisms.clear();
            refused.capabilities.keywords.clear();
            DiagnosisInput in = input({refused});
            in.credentialsGiven = true;
            in.incomingProbes = {incoming(Protocol::Imap, 993, SignInOutcome::Succeeded)};
            PopBeforeSmtp::Check check;
            check.incoming = in.incomingProbes.first().endpoint;
            check.signIn = in.incomingProbes.first();
            check.refusedBefore = {refused};
            ProbeResult accepted = refused;
            accepted.relayWithoutAuth.outcome = RelayOutcome::Accepted;
            accepted.relayWithoutAuth.rcptReply = reply(250, QString(), QStringLiteral("Accepted"));
            check.retests = {accepted};
            in.popBeforeSmtp = check;
            newRow("pop-before-smtp verified")
                << in << QStringLiteral("pop-before-smtp") << QStringLiteral("pop-before-smtp");
        }
        {
            DiagnosisInput in = input(
                {failedConnect(h, 25, ConnectOutcome::TimedOut), working(h, 465, SecurityMode::ImplicitTls)});
            in.vpnActive = true;
            newRow("vpn-active") << in << QString() << QStringLiteral("vpn-active");
        }
        newRow("settings-ok") << input(fourPorts(),
                                       QStringLiteral("smtp.example.com:465:tls:normal-password"))
                              << QString() << QStringLiteral("settings-ok");
        return rows;
    }

private slots:
    void scenarios_data()
    {
        QTest::addColumn<DiagnosisInput>("in");
        QTest::addColumn<QString>("firstCause");
        QTest::addColumn<QString>("mustContain");
        for (const Scenario &row : scenarioTable())
            QTest::newRow(row.name) << row.in << row.firstCause << row.mustContain;
    }

    void scenarios()
    {
        QFETCH(DiagnosisInput, in);
        QFETCH(QString, firstCause);
        QFETCH(QString, mustContain);
        const Diagnosis d = Diagnoser::diagnose(in);
        QStringList ids;
        for (const Finding &f : d.findings)
            ids << QStringLiteral("%1(%2)").arg(QString(f.id()), Findings::severityName(f.severity));
        const QByteArray all = ids.join(QLatin1Char(' ')).toUtf8();
        if (firstCause.isEmpty()) {
            QVERIFY2(!d.hasCause(), all.constData());
        } else {
            QVERIFY2(!d.findings.isEmpty(), all.constData());
            QCOMPARE(Findings::severityName(d.findings.first().severity), QStringLiteral("cause"));
            QVERIFY2(QString(d.findings.first().id()) == firstCause, all.constData());
        }
        QVERIFY2(hasFinding(d, mustContain), all.constData());
        for (const Finding &f : d.findings) {
            QVERIFY(!f.title.isEmpty());
            QVERIFY(!f.detail.isEmpty());
            QVERIFY2(!f.title.contains(QLatin1Char('!')), qPrintable(f.title));
        }
        // settings-ok (found only when nothing is a cause) is the headline; after it, severities never go up
        // again: causes, then warnings, then info
        const int from = !d.findings.isEmpty() && d.findings.first().code == FindingCode::SettingsOk ? 2 : 1;
        for (int i = from; i < d.findings.size(); ++i)
            QVERIFY(int(d.findings.at(i - 1).severity) <= int(d.findings.at(i).severity));
    }

    void everyIdHasAScenario()
    {
        // Every finding of the registry; scenarios_data() must cover each one.
        QStringList all;
        for (const Findings::Info &row : Findings::all()) {
            if (row.kind == Findings::Kind::Finding)
                all << row.id;
        }
        const QList<Scenario> table = scenarioTable();
        for (const QString &id : all) {
            const bool seen = std::any_of(table.cbegin(), table.cend(), [&id](const Scenario &row) {
                return (row.mustContain == id || row.firstCause == id) &&
                       hasFinding(Diagnoser::diagnose(row.in), id);
            });
            QVERIFY2(seen, qPrintable(id));
        }
    }

    // The incoming server accepted the password the outgoing one refused: not a wrong password.
    void incomingAcceptsWhatSmtpRefuses()
    {
        DiagnosisInput in = input({smtpRefused()});
        in.incomingProbes = {incoming(Protocol::Pop3, 995, SignInOutcome::Succeeded),
                             incoming(Protocol::Imap, 993, SignInOutcome::Succeeded)};
        const Diagnosis d = Diagnoser::diagnose(in);
        QVERIFY(!d.find(FindingCode::AuthFailed));
        const Finding *f = d.find(FindingCode::SmtpPasswordRefusedIncomingOk);
        QVERIFY(f);
        QVERIFY2(f->detail.contains(QLatin1String("IMAP, port 993")), qPrintable(f->detail));
        QVERIFY(f->evidence.contains(QStringLiteral("535 Incorrect authentication data")));
        QVERIFY(d.incoming);
        QVERIFY(d.incoming->verified);
        QCOMPARE(d.incoming->settings.protocol, Protocol::Imap);
        QCOMPARE(d.incoming->settings.settings.port, quint16(993));
        QCOMPARE(d.incoming->alternatives.size(), 1);
        QVERIFY2(d.summaryLine.startsWith(QLatin1String("Receiving works (IMAP, port 993). Sending does not "
                                                        "work: ")),
                 qPrintable(d.summaryLine));
    }

    void incomingRefusesToo()
    {
        DiagnosisInput in = input({smtpRefused()});
        in.incomingProbes = {incoming(Protocol::Imap, 993, SignInOutcome::Rejected)};
        const Diagnosis d = Diagnoser::diagnose(in);
        const Finding *f = d.find(FindingCode::AuthFailed);
        QVERIFY(f);
        QVERIFY2(f->detail.contains(QLatin1String("refused the same user name and password too")),
                 qPrintable(f->detail));
        QVERIFY(!d.find(FindingCode::SmtpPasswordRefusedIncomingOk));
        QVERIFY(d.incoming);
        QVERIFY(!d.incoming->verified);
    }

    // incoming-settings-wrong: the program's own incoming settings fail while others work (or answer).
    void incomingSettingsWrong_data()
    {
        QTest::addColumn<int>("how");          // IncomingFailure of the program's own settings
        QTest::addColumn<int>("other");        // the other probe, IMAP 993 SSL/TLS: -1 none, else its sign-in
        QTest::addColumn<QString>("expected"); // a sentence of the detail; empty: no finding
        using F = IncomingFailure;
        const int ok = int(SignInOutcome::Succeeded);
        const int notTried = int(SignInOutcome::NotTried);
        QTest::newRow("nothing answers")
            << int(F::Refused) << ok << QStringLiteral("Nothing answers on port 993");
        QTest::newRow("wrong security: silent")
            << int(F::Silent) << ok
            << QStringLiteral("did not answer as a mail server on port 993 with STARTTLS");
        QTest::newRow("wrong security: TLS fails")
            << int(F::TlsFailed) << ok
            << QStringLiteral("The encrypted connection (STARTTLS) could not be set up");
        QTest::newRow("no encryption")
            << int(F::Plain) << ok << QStringLiteral("receives without encryption");
        QTest::newRow("the other only answers")
            << int(F::Silent) << notTried
            << QStringLiteral("answers, but signing in there could not be checked");
        QTest::newRow("no other incoming server") << int(F::Silent) << -1 << QString();
        QTest::newRow("own settings work") << int(F::Works) << ok << QString();
        QTest::newRow("own server refuses the password: not this")
            << int(F::SignInRefused) << ok << QString();
    }

    void incomingSettingsWrong()
    {
        QFETCH(int, how);
        QFETCH(int, other);
        QFETCH(QString, expected);
        DiagnosisInput in =
            input({working(QStringLiteral("smtp.example.com"), 465, SecurityMode::ImplicitTls)},
                  QStringLiteral("smtp.example.com:465:tls:normal-password"));
        const ProbeResult own = ownIncoming(IncomingFailure(how));
        in.currentIncoming = IncomingSettings{MailSettings{own.endpoint.host,
                                                           own.endpoint.port,
                                                           own.endpoint.security,
                                                           MailSettings::Auth::NormalPassword,
                                                           {}},
                                              Protocol::Imap};
        in.incomingProbes = {own};
        if (other >= 0)
            in.incomingProbes << incoming(Protocol::Imap, 993, SignInOutcome(other));
        const Diagnosis d = Diagnoser::diagnose(in);
        const Finding *f = d.find(FindingCode::IncomingSettingsWrong);
        if (expected.isEmpty()) {
            QVERIFY2(!f, f ? qPrintable(f->detail) : "");
            return;
        }
        QVERIFY(f);
        QCOMPARE(f->severity, FindingSeverity::Warning);
        QVERIFY2(f->detail.contains(expected), qPrintable(f->detail));
        QVERIFY2(f->detail.startsWith(
                     QStringLiteral("Your program receives mail from imap.example.com (IMAP, port %1, ")
                         .arg(own.endpoint.port)),
                 qPrintable(f->detail));
        QCOMPARE(
            f->fix,
            QStringLiteral(
                "Set the incoming server in your program to imap.example.com, port 993, SSL/TLS (IMAP)."));
        QCOMPARE(d.incoming->settings.settings.port, quint16(993));
        QCOMPARE(d.incoming->settings.settings.security, SecurityMode::ImplicitTls);
        // a receiving problem, not a sending one: the outgoing verdict stays "your settings work"
        QVERIFY(!d.hasCause());
        QVERIFY(d.find(FindingCode::SettingsOk));
        QCOMPARE(Findings::info(f->code).needs, QList<QLatin1String>{FixNeed::Incoming});
    }

    void incomingPreference_data()
    {
        QTest::addColumn<int>("aProtocol");
        QTest::addColumn<int>("aPort");
        QTest::addColumn<int>("bProtocol");
        QTest::addColumn<int>("bPort");
        QTest::addColumn<int>("current"); // -1 none, else the current protocol
        QTest::addColumn<bool>("aBetter");
        const int imap = int(Protocol::Imap);
        const int pop3 = int(Protocol::Pop3);
        QTest::newRow("imap before pop3") << imap << 993 << pop3 << 995 << -1 << true;
        QTest::newRow("pop3 after imap") << pop3 << 995 << imap << 993 << -1 << false;
        QTest::newRow("the user's pop3 first") << pop3 << 995 << imap << 993 << pop3 << true;
        QTest::newRow("tls before starttls") << imap << 993 << imap << 143 << -1 << true;
        QTest::newRow("starttls after tls") << imap << 143 << imap << 993 << imap << false;
    }

    void incomingPreference()
    {
        QFETCH(int, aProtocol);
        QFETCH(int, aPort);
        QFETCH(int, bProtocol);
        QFETCH(int, bPort);
        QFETCH(int, current);
        QFETCH(bool, aBetter);
        const auto settings = [](int protocol, int port) {
            return IncomingSettings{
                MailSettings{QStringLiteral("mail.example.com"), quint16(port),
                             ProbeEndpoint::defaultSecurityFor(quint16(port), Protocol(protocol)),
                             MailSettings::Auth::NormalPassword, QString()},
                Protocol(protocol)};
        };
        std::optional<IncomingSettings> own;
        if (current >= 0)
            own = settings(current, 993);
        QCOMPARE(
            DiagnosisContext::incomingPreferred(settings(aProtocol, aPort), settings(bProtocol, bPort), own),
            aBetter);
    }

    void summaryLine_data()
    {
        QTest::addColumn<bool>("checked");
        QTest::addColumn<bool>("reached");
        QTest::addColumn<bool>("known"); // the program's incoming server was given
        QTest::addColumn<bool>("signedIn");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<bool>("cause");
        QTest::addColumn<QString>("expected");
        const QString works = QStringLiteral("Sending works (port 465, SSL/TLS).");
        const QString refused =
            QStringLiteral("Sending does not work: The server did not accept your user name or password.");
        QTest::newRow("both work") << true << true << false << true << false << false
                                   << QStringLiteral("Receiving works (IMAP, port 993). ") + works;
        QTest::newRow("sending fails") << true << true << false << true << false << true
                                       << QStringLiteral("Receiving works (IMAP, port 993). ") + refused;
        QTest::newRow("both refuse") << true << true << true << false << true << true
                                     << QStringLiteral("Receiving does not work: the incoming server refused "
                                                       "your user name or password. ") +
                                            refused;
        QTest::newRow("reached, not signed in")
            << true << true << false << false << false << false
            << QStringLiteral(
                   "Receiving is not confirmed: MailFix could not sign in to the incoming server. ") +
                   works;
        QTest::newRow("no incoming server found")
            << true << false << false << false << false << false << works;
        QTest::newRow("the program's incoming server not reached")
            << true << false << true << false << false << false
            << QStringLiteral("MailFix could not reach your incoming server. ") + works;
        QTest::newRow("no incoming check") << false << false << false << false << false << false << works;
    }

    void summaryLine()
    {
        QFETCH(bool, checked);
        QFETCH(bool, reached);
        QFETCH(bool, known);
        QFETCH(bool, signedIn);
        QFETCH(bool, refused);
        QFETCH(bool, cause);
        QFETCH(QString, expected);
        Diagnosis d;
        d.anythingReachable = true;
        d.recommended =
            Recommendation{MailSettings{QStringLiteral("smtp.example.com"), 465, SecurityMode::ImplicitTls,
                                        MailSettings::Auth::NormalPassword, QString()},
                           true,
                           {},
                           {}};
        if (cause) {
            Finding f;
            f.code = FindingCode::AuthFailed;
            f.severity = Finding::Severity::Cause;
            f.title = QStringLiteral("The server did not accept your user name or password.");
            d.findings << f;
        }
        Diagnoser::Summary s;
        s.incomingChecked = checked;
        s.incomingReached = reached;
        s.incomingKnown = known;
        s.incomingSignedIn = signedIn;
        s.incomingRefused = refused;
        s.incomingLabel = QStringLiteral("IMAP, port 993");
        QCOMPARE(Diagnoser::summaryLine(d, s), expected);
    }

    void recommendationFollowsRfc8314()
    {
        const Diagnosis d = Diagnoser::diagnose(input(fourPorts()));
        QVERIFY(d.recommended);
        QVERIFY(d.recommended->verified);
        QCOMPARE(d.recommended->settings.port, quint16(465));
        QCOMPARE(d.recommended->settings.security, SecurityMode::ImplicitTls);
        QCOMPARE(d.recommended->settings.auth, MailSettings::Auth::NormalPassword);
        QCOMPARE(d.recommended->settings.username, QStringLiteral("alice@example.com"));
        QCOMPARE(d.recommended->alternatives.size(), 1);
        QCOMPARE(d.recommended->alternatives.first().settings.port, quint16(587));
        QVERIFY(d.recommended->alternatives.first().verified);
        QVERIFY(d.anythingReachable);
    }

    void unverifiedSaysWhy()
    {
        const Diagnosis d = Diagnoser::diagnose(input(fourPorts(false), QString(), false));
        QVERIFY(d.recommended);
        QVERIFY(!d.recommended->verified);
        QCOMPARE(d.recommended->settings.port, quint16(465));
        QCOMPARE(d.recommended->unconfirmed.size(), 1);
        QVERIFY(d.recommended->unconfirmed.first().contains(QLatin1String("password")));
    }

    void nothingReachableHasNoVerifiedRecommendation()
    {
        const QString h = QStringLiteral("smtp.example.com");
        const Diagnosis d = Diagnoser::diagnose(input({failedConnect(h, 587, ConnectOutcome::TimedOut)}));
        QVERIFY(!d.anythingReachable);
        QVERIFY(!d.recommended || !d.recommended->verified);
        QVERIFY(!d.nextSteps.isEmpty());
    }

    // Shared hosting: the real name is recommended in plain words; the names whose certificate failed are
    // neither recommended nor listed as alternatives, and the certificate finding is not repeated.
    void sharedHostingRecommendsTheRealName_data()
    {
        QTest::addColumn<bool>("wildcard");
        QTest::newRow("the hosting machine's certificate") << false;
        QTest::newRow("a wildcard certificate, the server's own name") << true;
    }

    void sharedHostingRecommendsTheRealName()
    {
        QFETCH(bool, wildcard);
        const Diagnosis d = Diagnoser::diagnose(input(
            sharedHosting(true, wildcard), QStringLiteral("mail.example.com:587:starttls:normal-password")));
        QVERIFY(d.recommended);
        QCOMPARE(d.recommended->settings.host, QStringLiteral("server17.hoster.example"));
        QCOMPARE(d.recommended->settings.port, quint16(465));
        QVERIFY(d.recommended->verified);
        for (const Alternative &a : d.recommended->alternatives)
            QCOMPARE(a.settings.host, QStringLiteral("server17.hoster.example"));
        QVERIFY(!d.findings.isEmpty());
        const Finding &f = d.findings.first();
        QCOMPARE(f.code, FindingCode::CertificateNamesHostingServer);
        QCOMPARE(f.severity, FindingSeverity::Cause);
        QVERIFY2(f.title.contains(QLatin1String("real name is server17.hoster.example")),
                 qPrintable(f.title));
        QVERIFY2(f.fix.contains(QLatin1String("Use server17.hoster.example as the outgoing server")),
                 qPrintable(f.fix));
        QVERIFY2(f.fix.contains(QLatin1String("own certificate is for server17.hoster.example")),
                 qPrintable(f.fix));
        QVERIFY2(f.detail.contains(QLatin1String("mail.example.com")), qPrintable(f.detail));
        QCOMPARE(f.detail.contains(QLatin1String("every name ending in .hoster.example")), wildcard);
        QVERIFY(f.fixSettings && f.fixSettings->host == QLatin1String("server17.hoster.example"));
        QVERIFY(!d.find(FindingCode::TlsCertificateInvalid));
    }

    // The program already uses the real name: nothing to say about the other names.
    void sharedHostingAlreadyRight()
    {
        const Diagnosis d = Diagnoser::diagnose(
            input(sharedHosting(), QStringLiteral("server17.hoster.example:465:tls:normal-password")));
        QVERIFY(!d.hasCause());
        QVERIFY(d.find(FindingCode::SettingsOk));
        QVERIFY(!d.find(FindingCode::CertificateNamesHostingServer));
        QVERIFY(!d.find(FindingCode::TlsCertificateInvalid));
    }

    // Without the real name, a host whose certificate failed is never recommended; the certificate finding
    // says which names the certificate is for.
    void failedCertificateIsNeverRecommended_data()
    {
        QTest::addColumn<bool>("wildcard");
        QTest::newRow("the hosting machine's certificate") << false;
        QTest::newRow("a wildcard certificate") << true;
    }

    void failedCertificateIsNeverRecommended()
    {
        QFETCH(bool, wildcard);
        const Diagnosis d = Diagnoser::diagnose(input(sharedHosting(false, wildcard)));
        QVERIFY(!d.recommended);
        QVERIFY(!d.findings.isEmpty());
        QCOMPARE(d.findings.first().code, FindingCode::TlsCertificateInvalid);
        const QString names = wildcard ? QStringLiteral("every name ending in .hoster.example")
                                       : QStringLiteral("server17.hoster.example");
        QVERIFY2(d.findings.first().fix.contains(names), qPrintable(d.findings.first().fix));
    }

    // A name a certificate gave that leads elsewhere counts only when it shows the same certificate.
    void realNameElsewhereNeedsTheSameCertificate_data()
    {
        QTest::addColumn<QString>("sha256");
        QTest::addColumn<bool>("counts");
        QTest::newRow("the same certificate") << QStringLiteral("AA:BB") << true;
        QTest::newRow("another certificate") << QStringLiteral("CC:DD") << false;
    }

    void realNameElsewhereNeedsTheSameCertificate()
    {
        QFETCH(QString, sha256);
        QFETCH(bool, counts);
        DiagnosisInput in = input(sharedHosting());
        DetectionResult detection;
        for (ProbeResult &p : in.probes) {
            if (p.endpoint.host != QLatin1String("server17.hoster.example"))
                continue;
            p.connectedAddress = QHostAddress(QStringLiteral("198.51.100.9"));
            p.addresses = {p.connectedAddress};
            p.tls.sha256 = sha256;
            Candidate c;
            c.endpoint = p.endpoint;
            c.source = CandidateSource::Certificate;
            c.origin = QStringLiteral("mail.example.com");
            c.needsApproval = true;
            detection.candidates << c;
        }
        in.detection = detection;
        const Diagnosis d = Diagnoser::diagnose(in);
        QCOMPARE(bool(d.recommended), counts);
        QCOMPARE(bool(d.find(FindingCode::CertificateNamesHostingServer)), counts);
    }

    // Not checked: the recommendation and its alternatives say so.
    void uncheckedAlternativesSaySo()
    {
        const Diagnosis d = Diagnoser::diagnose(input(fourPorts(false), QString(), false));
        QVERIFY(d.recommended && !d.recommended->verified);
        QCOMPARE(d.recommended->alternatives.size(), 1);
        QVERIFY(!d.recommended->alternatives.first().verified);
        const QString text = DiagnosisReport::alternativesText(d.recommended->alternatives);
        QVERIFY2(text.contains(QLatin1String("should also work (not checked)")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("These work too")), qPrintable(text));
    }

    // A real name the user did not allow the password to go to: not checked, and said why.
    void realNameNotApprovedSaysWhy()
    {
        const Diagnosis d =
            Diagnoser::diagnose(input(sharedHosting(true, false, false),
                                      QStringLiteral("mail.example.com:587:starttls:normal-password")));
        QVERIFY(d.recommended);
        QCOMPARE(d.recommended->settings.host, QStringLiteral("server17.hoster.example"));
        QVERIFY(!d.recommended->verified);
        QVERIFY2(
            d.recommended->unconfirmed.join(QLatin1Char(' ')).contains(QLatin1String("when you allow it")),
            qPrintable(d.recommended->unconfirmed.join(QLatin1Char(' '))));
        QCOMPARE(d.findings.first().code, FindingCode::CertificateNamesHostingServer);
    }

    void preferredOver_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("aFirst");
        QTest::newRow("implicit TLS before STARTTLS")
            << QStringLiteral("h:465:tls:none") << QStringLiteral("h:587:starttls:none") << true;
        QTest::newRow("STARTTLS before none")
            << QStringLiteral("h:25:starttls:none") << QStringLiteral("h:587:none:none") << true;
        QTest::newRow("587 before 25")
            << QStringLiteral("h:587:starttls:none") << QStringLiteral("h:25:starttls:none") << true;
        QTest::newRow("26 before 25")
            << QStringLiteral("h:26:starttls:none") << QStringLiteral("h:25:starttls:none") << true;
        QTest::newRow("not the reverse")
            << QStringLiteral("h:587:starttls:none") << QStringLiteral("h:465:tls:none") << false;
    }

    void preferredOver()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, aFirst);
        QString error;
        QCOMPARE(Diagnoser::preferredOver(*MailSettings::parse(a, &error), *MailSettings::parse(b, &error)),
                 aFirst);
    }

    void parseCurrentSettings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("full") << QStringLiteral("smtp.example.com:587:starttls:normal-password") << true;
        QTest::newRow("ssl alias") << QStringLiteral("smtp.example.com:465:ssl:password") << true;
        QTest::newRow("oauth") << QStringLiteral("smtp.example.com:587:starttls:oauth2") << true;
        QTest::newRow("three parts") << QStringLiteral("smtp.example.com:587:starttls") << false;
        QTest::newRow("bad port") << QStringLiteral("smtp.example.com:99999:starttls:none") << false;
        QTest::newRow("bad security") << QStringLiteral("smtp.example.com:587:ssl3:none") << false;
        QTest::newRow("bad auth") << QStringLiteral("smtp.example.com:587:starttls:magic") << false;
        QTest::newRow("empty host") << QStringLiteral(":587:starttls:none") << false;
    }

    void parseCurrentSettings()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QString error;
        const std::optional<MailSettings> s = MailSettings::parse(text, &error);
        QCOMPARE(s.has_value(), ok);
        QCOMPARE(error.isEmpty(), ok);
    }

    void parseCurrentIncoming_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("imap tls") << QStringLiteral("imap.example.com:993:tls:imap") << true;
        QTest::newRow("pop3 starttls") << QStringLiteral("pop.example.com:110:starttls:POP3") << true;
        QTest::newRow("smtp is not incoming")
            << QStringLiteral("smtp.example.com:587:starttls:smtp") << false;
        QTest::newRow("auth instead of protocol")
            << QStringLiteral("imap.example.com:993:tls:normal-password") << false;
        QTest::newRow("three parts") << QStringLiteral("imap.example.com:993:tls") << false;
        QTest::newRow("bad port") << QStringLiteral("imap.example.com:0:tls:imap") << false;
    }

    void parseCurrentIncoming()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QString error;
        const std::optional<IncomingSettings> s = IncomingSettings::parse(text, &error);
        QCOMPARE(s.has_value(), ok);
        QCOMPARE(error.isEmpty(), ok);
    }

    // The incoming endpoints probed: the user's own first, then the best IMAP and the best POP3, then the
    // next of each; at most four.
    void incomingEndpoints()
    {
        DetectionResult d;
        const auto candidate = [](const QString &host, quint16 port, Protocol protocol) {
            Candidate c;
            c.endpoint = {host, port, ProbeEndpoint::defaultSecurityFor(port, protocol), protocol};
            return c;
        };
        const QString h = QStringLiteral("mail.example.com");
        d.incomingCandidates = {candidate(h, 993, Protocol::Imap), candidate(h, 143, Protocol::Imap),
                                candidate(h, 585, Protocol::Imap), candidate(h, 995, Protocol::Pop3),
                                candidate(h, 110, Protocol::Pop3)};
        QList<ProbeEndpoint> e = DiagnosisRun::incomingEndpointsFor(d, std::nullopt);
        QCOMPARE(e.size(), 4);
        QCOMPARE(e.at(0).port, quint16(993));
        QCOMPARE(e.at(1).port, quint16(995));
        QCOMPARE(e.at(2).port, quint16(143));
        QCOMPARE(e.at(3).port, quint16(110));
        QString error;
        e = DiagnosisRun::incomingEndpointsFor(
            d, IncomingSettings::parse(QStringLiteral("pop.example.com:110:none:pop3"), &error));
        QCOMPARE(e.size(), 4);
        QCOMPARE(e.at(0).host, QStringLiteral("pop.example.com"));
        QCOMPARE(e.at(0).protocol, Protocol::Pop3);
        QCOMPARE(e.at(1).port, quint16(993));
        QCOMPARE(DiagnosisRun::incomingEndpointsFor(DetectionResult(), std::nullopt).size(), 0);
    }

    // When the user's own settings work, that is the first thing the diagnosis says, before any remark.
    void settingsOkIsTheHeadline()
    {
        DiagnosisInput in = input(fourPorts(), QStringLiteral("smtp.example.com:465:tls:normal-password"));
        in.vpnActive = true; // adds a remark that used to come first
        const Diagnosis d = Diagnoser::diagnose(in);
        QVERIFY(hasFinding(d, QStringLiteral("vpn-active")));
        QCOMPARE(d.findings.first().id(), QStringLiteral("settings-ok"));
    }

    // The 503 that MailFix's relay test provokes is evidence for auth-required; bad-command-sequence comes
    // only from what the user saw (the paste) or from their own settings.
    void ownRelay503IsNotAFinding_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<bool>("badCommandSequence");
        QTest::newRow("no current settings, nothing pasted") << QString() << QString() << false;
        QTest::newRow("current settings sign in")
            << QStringLiteral("smtp.example.com:587:starttls:normal-password") << QString() << false;
        QTest::newRow("current settings do not sign in")
            << QStringLiteral("smtp.example.com:587:starttls:none") << QString() << true;
        QTest::newRow("the user saw the 503")
            << QString() << QStringLiteral("503 valid RCPT command must precede DATA") << true;
    }

    void ownRelay503IsNotAFinding()
    {
        QFETCH(QString, current);
        QFETCH(QString, pasted);
        QFETCH(bool, badCommandSequence);
        DiagnosisInput in = input(fourPorts(), current);
        if (!pasted.isEmpty())
            in.error = ErrorExplainer::explain(pasted);
        const Diagnosis d = Diagnoser::diagnose(in);
        QVERIFY(hasFinding(d, QStringLiteral("auth-required")));
        QCOMPARE(hasFinding(d, QStringLiteral("bad-command-sequence")), badCommandSequence);
    }

    // "If it still does not work": only the steps that fit the program and what the checks saw.
    void nextStepsFitTheProgram_data()
    {
        QTest::addColumn<int>("program"); // -1: unknown
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<bool>("providerFromMx"); // detection found the provider by the domain's MX records
        QTest::addColumn<QStringList>("steps");
        const int unknown = -1;
        const int outlook = int(MailProgram::Outlook);
        const int thunderbird = int(MailProgram::Thunderbird);
        const int other = int(MailProgram::Other);
        const QString works = QStringLiteral("smtp.example.com:465:tls:normal-password");
        const QString moved = QStringLiteral("mail.old-host.example:465:tls:normal-password");
        const QString each = QStringLiteral("check-each-account");
        const QString antivirus = QStringLiteral("antivirus-mail-scan");
        const QString provider = QStringLiteral("provider-outgoing-server");
        const QString dataFile = QStringLiteral("outlook-data-file");
        const QString dns = QStringLiteral("dns-propagation");
        const QString script = QStringLiteral("script-without-recipient");
        const QString rcpt503 = QStringLiteral("503 valid RCPT command must precede DATA");

        QTest::newRow("thunderbird, provider's server")
            << thunderbird << works << QString() << false << QStringList{each, antivirus};
        QTest::newRow("outlook, provider's server")
            << outlook << works << QString() << false << QStringList{each, antivirus, dataFile};
        // neutral words for an unknown program: no Outlook data file (issue 18)
        QTest::newRow("program unknown, nothing known")
            << unknown << QString() << QString() << false << QStringList{each, provider, antivirus};
        QTest::newRow("program unknown, Outlook's words pasted")
            << unknown << works << QStringLiteral("0x800CCC0F") << false
            << QStringList{each, antivirus, dataFile};
        QTest::newRow("program unknown, Thunderbird's words pasted")
            << unknown << works << QStringLiteral("Sending of the message failed. ") + rcpt503 << false
            << QStringList{each, antivirus};
        QTest::newRow("another program that got the 503")
            << other << QString() << rcpt503 << false << QStringList{each, provider, antivirus, script};
        QTest::newRow("thunderbird got the 503: no script")
            << thunderbird << QString() << rcpt503 << false << QStringList{each, provider, antivirus};
        QTest::newRow("domain moved: the MX leads elsewhere")
            << thunderbird << moved << QString() << true << QStringList{each, provider, antivirus, dns};
        QTest::newRow("server elsewhere, MX not looked at")
            << thunderbird << moved << QString() << false << QStringList{each, provider, antivirus};
    }

    void nextStepsFitTheProgram()
    {
        QFETCH(int, program);
        QFETCH(QString, current);
        QFETCH(QString, pasted);
        QFETCH(bool, providerFromMx);
        QFETCH(QStringList, steps);
        DiagnosisInput in = input(fourPorts(), current);
        if (program >= 0)
            in.program = MailProgram(program);
        if (!pasted.isEmpty())
            in.error = ErrorExplainer::explain(pasted);
        DetectionResult detection;
        detection.address = in.address;
        Candidate candidate;
        candidate.endpoint = {QStringLiteral("smtp.example.com"), 465, SecurityMode::ImplicitTls};
        candidate.source = providerFromMx ? CandidateSource::MxBundled : CandidateSource::Bundled;
        detection.candidates = {candidate};
        detection.providerSource = candidate.source;
        in.detection = detection;
        QStringList ids;
        for (const Finding &f : Diagnoser::diagnose(in).nextSteps)
            ids << f.id();
        QCOMPARE(ids, steps);
    }

    // Issue 18: every sentence names only the chosen program; another program or none: no program at all.
    void sentencesNameOnlyTheChosenProgram_data()
    {
        QTest::addColumn<int>("program"); // -1: unknown
        QTest::addColumn<QStringList>("allowed");
        const QStringList names{QStringLiteral("Outlook"), QStringLiteral("Thunderbird"),
                                QStringLiteral("Apple Mail"), QStringLiteral("Mail's")};
        QTest::newRow("outlook") << int(MailProgram::Outlook) << QStringList{names.at(0)};
        QTest::newRow("thunderbird") << int(MailProgram::Thunderbird) << QStringList{names.at(1)};
        QTest::newRow("apple mail") << int(MailProgram::AppleMail) << QStringList{names.at(2), names.at(3)};
        QTest::newRow("other") << int(MailProgram::Other) << QStringList{};
        QTest::newRow("unknown") << -1 << QStringList{};
    }

    void sentencesNameOnlyTheChosenProgram()
    {
        QFETCH(int, program);
        QFETCH(QStringList, allowed);
        const QStringList names{QStringLiteral("Outlook"), QStringLiteral("Thunderbird"),
                                QStringLiteral("Apple Mail"), QStringLiteral("Mail's")};
        // the program does not sign in (auth-required), and the account's user names differ
        QList<DiagnosisInput> cases;
        cases << input(fourPorts(), QStringLiteral("smtp.example.com:587:starttls:none"));
        DiagnosisInput differs = input({smtpRefused()});
        differs.username = QStringLiteral("alice");
        differs.incomingProbes = {incoming(Protocol::Imap, 993, SignInOutcome::Succeeded)};
        IncomingSettings own;
        own.settings = {QStringLiteral("imap.example.com"), 993, SecurityMode::ImplicitTls,
                        MailSettings::Auth::NormalPassword, QStringLiteral("alice@example.com")};
        differs.currentIncoming = own;
        cases << differs;
        for (DiagnosisInput in : cases) {
            if (program >= 0)
                in.program = MailProgram(program);
            const Diagnosis d = Diagnoser::diagnose(in);
            QVERIFY(d.hasCause());
            for (const Finding &f : d.findings + d.nextSteps) {
                for (const QString &text : {f.title, f.detail, f.fix}) {
                    for (const QString &name : names) {
                        if (!allowed.contains(name))
                            QVERIFY2(!text.contains(name), qPrintable(f.id() + QStringLiteral(": ") + text));
                    }
                }
            }
        }
    }

    // A provider that takes only OAuth2: the server says so (NeedsOAuth2), or refuses the password because
    // basic authentication is off.
    static QList<DiagnosisInput> oauthOnly()
    {
        const QString h = QStringLiteral("smtp.example.com");
        ProbeResult p = working(h, 587, SecurityMode::StartTls, false);
        p.capabilities.authMechanisms = {QStringLiteral("XOAUTH2"), QStringLiteral("OAUTHBEARER")};
        p.auth.outcome = AuthOutcome::NeedsOAuth2;
        const ProbeResult basicOff =
            withAuth(working(h, 587, SecurityMode::StartTls), AuthOutcome::Rejected,
                     reply(535, QStringLiteral("5.7.139"),
                           QStringLiteral("Authentication unsuccessful, basic authentication is disabled.")));
        return {input({p}), input({basicOff})};
    }

    void oauthFixNamesOnlyTheChosenProgram_data()
    {
        QTest::addColumn<int>("program");       // -1: unknown
        QTest::addColumn<QStringList>("words"); // what the fix must say, in the program's own words
        QTest::addColumn<QStringList>("allowed");
        QTest::newRow("outlook") << int(MailProgram::Outlook)
                                 << QStringList{QStringLiteral("In Outlook"), QStringLiteral("add it again")}
                                 << QStringList{QStringLiteral("Outlook")};
        QTest::newRow("thunderbird") << int(MailProgram::Thunderbird)
                                     << QStringList{QStringLiteral("\"Authentication method\""),
                                                    QStringLiteral("\"OAuth2\""), QStringLiteral("incoming")}
                                     << QStringList{QStringLiteral("Thunderbird")};
        QTest::newRow("apple mail") << int(MailProgram::AppleMail)
                                    << QStringList{QStringLiteral("\"Authentication\""),
                                                   QStringLiteral("\"OAuth 2.0\""),
                                                   QStringLiteral("Internet Accounts")}
                                    << QStringList{QStringLiteral("Mail's")};
        QTest::newRow("other") << int(MailProgram::Other)
                               << QStringList{QStringLiteral("In your mail program"),
                                              QStringLiteral("OAuth2")}
                               << QStringList{};
        QTest::newRow("unknown") << -1
                                 << QStringList{QStringLiteral("In your mail program"),
                                                QStringLiteral("OAuth2")}
                                 << QStringList{};
    }

    // The fix of oauth-required says, in one sentence, how the chosen program switches to OAuth2, and names
    // no other program; the finding says that MailFix could not test that sign-in (no OAuth2 client id).
    void oauthFixNamesOnlyTheChosenProgram()
    {
        QFETCH(int, program);
        QFETCH(QStringList, words);
        QFETCH(QStringList, allowed);
        const QStringList names{QStringLiteral("Outlook"), QStringLiteral("Thunderbird"),
                                QStringLiteral("Apple Mail"), QStringLiteral("Mail's")};
        for (DiagnosisInput in : oauthOnly()) {
            if (program >= 0)
                in.program = MailProgram(program);
            const Diagnosis d = Diagnoser::diagnose(in);
            const Finding *f = d.find(FindingCode::OauthRequired);
            QVERIFY(f);
            QCOMPARE(f->severity, Finding::Severity::Cause);
            for (const QString &w : words)
                QVERIFY2(f->fix.contains(w), qPrintable(f->fix));
            // one short sentence; the guide has the steps
            QCOMPARE(f->fix.count(QRegularExpression(QStringLiteral("\\.(\\s|$)"))), 1);
            QVERIFY2(f->detail.contains(QLatin1String("MailFix could not test")), qPrintable(f->detail));
            for (const Finding &any : d.findings + d.nextSteps) {
                for (const QString &text : {any.title, any.detail, any.fix}) {
                    for (const QString &name : names) {
                        if (!allowed.contains(name))
                            QVERIFY2(!text.contains(name),
                                     qPrintable(any.id() + QStringLiteral(": ") + text));
                    }
                }
            }
        }
    }

    void oauthNotTestedSaysSo_data()
    {
        QTest::addColumn<bool>("tested");
        QTest::newRow("not tested (no client id)") << false;
        QTest::newRow("tested") << true;
    }

    // Without an OAuth2 sign-in of its own, MailFix says the provider wants its own sign-in window and that
    // it could not test it; the recommended OAuth2 settings say why they are not confirmed.
    void oauthNotTestedSaysSo()
    {
        QFETCH(bool, tested);
        DiagnosisInput in = oauthOnly().first();
        QVERIFY(!in.oauth2Tested); // the default: not tested
        in.oauth2Tested = tested;
        const Diagnosis d = Diagnoser::diagnose(in);
        const Finding *f = d.find(FindingCode::OauthRequired);
        QVERIFY(f);
        QCOMPARE(f->detail.contains(QLatin1String("MailFix could not test")), !tested);
        QCOMPARE(f->title.contains(QLatin1String("sign-in window")), !tested);
        QVERIFY(f->title.contains(QLatin1String("(OAuth2)")));
        QVERIFY(d.recommended);
        QCOMPARE(d.recommended->settings.auth, MailSettings::Auth::OAuth2);
        QVERIFY(!d.recommended->verified);
        const QString why = d.recommended->unconfirmed.join(QLatin1Char(' '));
        QCOMPARE(why.contains(QLatin1String("through your provider's sign-in window")), !tested);
    }
};

QTEST_GUILESS_MAIN(TestDiagnoser)
#include "tst_diagnoser.moc"
