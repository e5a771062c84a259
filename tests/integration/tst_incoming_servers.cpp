#include "HarnessEnv.h"
#include "cli/CliApp.h"
#include "core/Probe.h"
#include "core/ProbeFactory.h"
#include "core/ProbeSession.h"
#include "report/ProbeReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(Protocol)
Q_DECLARE_METATYPE(SecurityMode)

// The IMAP and POP3 probes against the harness's real Dovecot (postfix.test, 127.0.0.3): IMAP on 143
// (STARTTLS) and 993 (TLS), POP3 on 110 (STLS) and 995 (TLS), for alice@postfix.test, with the right and
// a wrong password; the password never appears in a result's transcript, text or JSON; and
// `mailfix-cli probe --protocol imap|pop3`.
class TestIncomingServers : public QObject
{
    Q_OBJECT

    HarnessEnv m_env;
    static constexpr int kWrongPasswordTimeoutMs = 10000;

    ProbeOptions options(const QString &password) const
    {
        ProbeOptions o;
        o.timeoutMs = 5000;
        o.caFiles = {m_env.caFile};
        o.credentials = {m_env.postfixUser, password};
        return o;
    }

    static ProbeResult probe(const ProbeEndpoint &endpoint, const ProbeOptions &opts)
    {
        QObject parent;
        Probe *probe = ProbeFactories::standard()(endpoint, opts, &parent);
        QSignalSpy finished(probe, &Probe::finished);
        probe->start();
        if (!finished.wait(opts.timeoutMs + 5000) || finished.size() != 1)
            return {};
        QTest::qWait(20);
        if (finished.size() != 1)
            return {};
        return finished.first().first().value<ProbeResult>();
    }

    static void verifyNowhere(const ProbeResult &result, const QString &password)
    {
        const QByteArray plain =
            QByteArray(1, '\0') + QByteArray("alice@postfix.test") + '\0' + password.toUtf8();
        const QString everything = result.transcript.toText() + ProbeReport::toText(result, true) +
                                   QString::fromUtf8(QJsonDocument(ProbeReport::toJson(result)).toJson());
        QVERIFY2(!everything.contains(password), "the password is in the result");
        QVERIFY2(!everything.contains(QString::fromLatin1(password.toUtf8().toBase64())), "base64 password");
        QVERIFY2(!everything.contains(QString::fromLatin1(plain.toBase64())), "AUTH PLAIN payload");
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ProbeResult>();
        MAILFIX_REQUIRE_HARNESS(m_env);
    }

    void signIn_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<quint16>("port");
        QTest::addColumn<SecurityMode>("security");
        QTest::addColumn<bool>("rightPassword");
        for (const bool right : {true, false}) {
            const char *which = right ? "right password" : "wrong password";
            QTest::addRow("imap 143 starttls, %s", which)
                << Protocol::Imap << quint16(143) << SecurityMode::StartTls << right;
            QTest::addRow("imap 993 tls, %s", which)
                << Protocol::Imap << quint16(993) << SecurityMode::ImplicitTls << right;
            QTest::addRow("pop3 110 stls, %s", which)
                << Protocol::Pop3 << quint16(110) << SecurityMode::StartTls << right;
            QTest::addRow("pop3 995 tls, %s", which)
                << Protocol::Pop3 << quint16(995) << SecurityMode::ImplicitTls << right;
        }
    }

    void signIn()
    {
        QFETCH(Protocol, protocol);
        QFETCH(quint16, port);
        QFETCH(SecurityMode, security);
        QFETCH(bool, rightPassword);
        const QString password = rightPassword ? m_env.password : m_env.password + QStringLiteral("-wrong");
        ProbeOptions o = options(password);
        // Dovecot answers a failed sign-in only after its auth_failure_delay (2 s; the harness switches its
        // doubling auth penalty off), plus the time a loaded machine needs.
        if (!rightPassword)
            o.timeoutMs = kWrongPasswordTimeoutMs;
        const ProbeResult r = probe({QStringLiteral("postfix.test"), port, security, protocol}, o);
        const QByteArray why = r.transcript.toText().toUtf8();
        QCOMPARE(r.protocol(), protocol);
        QVERIFY2(r.outcome == ProbeResult::Outcome::Completed, why.constData());
        QCOMPARE(r.incoming.greeting, GreetingOutcome::Ready);
        QVERIFY(r.reachedServer());
        QVERIFY2(r.tls.established && r.tls.certificateTrusted, why.constData());
        QCOMPARE(r.incoming.capabilities.known, true);
        QVERIFY2(r.incoming.capabilities.offersAuth(QStringLiteral("PLAIN")), why.constData());
        QCOMPARE(r.incoming.signIn.method, SignInMethod::SaslPlain);
        if (rightPassword) {
            QVERIFY2(r.incoming.signIn.outcome == SignInOutcome::Succeeded, why.constData());
            QCOMPARE(r.incoming.signIn.reply.status, IncomingReply::Status::Ok);
            QVERIFY(r.verifiedSignIn());
        } else {
            QVERIFY2(r.incoming.signIn.outcome == SignInOutcome::Rejected, why.constData());
            QCOMPARE(r.incoming.signIn.reply.status,
                     protocol == Protocol::Imap ? IncomingReply::Status::No : IncomingReply::Status::Err);
            QCOMPARE(r.incoming.signIn.reply.code, protocol == Protocol::Imap
                                                       ? QStringLiteral("AUTHENTICATIONFAILED")
                                                       : QStringLiteral("AUTH"));
        }
        QCOMPARE(r.incoming.logout, LogoutOutcome::Ok);
        QCOMPARE(r.lastStage, ProbeStage::Quit);
        if (security == SecurityMode::StartTls) {
            // Dovecot (disable_plaintext_auth) offers no sign-in before TLS, and STARTTLS/STLS.
            QVERIFY(r.tls.offered);
            QVERIFY(r.incoming.capabilitiesBeforeTls.startTls);
            QVERIFY(r.incoming.capabilitiesBeforeTls.authMechanisms.isEmpty());
        }
        verifyNowhere(r, password);
    }

    void withoutTlsThePasswordIsWithheld()
    {
        const ProbeResult imap =
            probe({QStringLiteral("postfix.test"), 143, SecurityMode::None, Protocol::Imap},
                  options(m_env.password));
        QCOMPARE(imap.outcome, ProbeResult::Outcome::Completed);
        QVERIFY(imap.incoming.capabilities.loginDisabled);
        QCOMPARE(imap.incoming.signIn.outcome, SignInOutcome::NotOffered);
        verifyNowhere(imap, m_env.password);
        ProbeOptions o = options(m_env.password);
        const ProbeResult pop =
            probe({QStringLiteral("postfix.test"), 110, SecurityMode::None, Protocol::Pop3}, o);
        QCOMPARE(pop.outcome, ProbeResult::Outcome::Completed);
        QCOMPARE(pop.incoming.signIn.outcome, SignInOutcome::NotOffered);
        verifyNowhere(pop, m_env.password);
    }

    void untrustedCertificateWithholdsThePassword()
    {
        ProbeOptions o = options(m_env.password);
        o.caFiles.clear(); // the harness's CA is not trusted now
        for (const Protocol protocol : {Protocol::Imap, Protocol::Pop3}) {
            const ProbeResult r =
                probe({QStringLiteral("postfix.test"), quint16(protocol == Protocol::Imap ? 993 : 995),
                       SecurityMode::ImplicitTls, protocol},
                      o);
            QCOMPARE(r.outcome, ProbeResult::Outcome::Completed);
            QVERIFY(!r.tls.certificateTrusted);
            QCOMPARE(r.incoming.signIn.outcome, SignInOutcome::WithheldUntrustedCertificate);
            verifyNowhere(r, m_env.password);
        }
    }

    void cliProbesImapAndPop3()
    {
        for (const QString &protocol : {QStringLiteral("imap"), QStringLiteral("pop3")}) {
            for (const bool right : {true, false}) {
                const QString password = right ? m_env.password : m_env.password + QStringLiteral("-wrong");
                for (const bool json : {true, false}) {
                    if (!right && !json)
                        continue; // each failure costs Dovecot's auth_failure_delay
                    QString out;
                    QString err;
                    QTextStream outStream(&out);
                    QTextStream errStream(&err);
                    CliApp cli(outStream, errStream);
                    cli.setPasswordReader([password](QString *p) {
                        *p = password;
                        return true;
                    });
                    QStringList args{
                        QStringLiteral("mailfix-cli"),      QStringLiteral("probe"),
                        QStringLiteral("--server"),         QStringLiteral("postfix.test"),
                        QStringLiteral("--protocol"),       protocol,
                        QStringLiteral("--ca-file"),        m_env.caFile,
                        QStringLiteral("--user"),           m_env.postfixUser,
                        QStringLiteral("--password-stdin"), QStringLiteral("--transcript"),
                        QStringLiteral("--timeout"),        QString::number(kWrongPasswordTimeoutMs / 1000)};
                    if (json)
                        args << QStringLiteral("--json");
                    const int code = cli.run(args);
                    outStream.flush();
                    errStream.flush();
                    QCOMPARE(code, right ? 0 : 1);
                    QVERIFY2(!out.contains(password) && !err.contains(password),
                             "the password is in the output");
                    QVERIFY(!out.contains(QString::fromLatin1(password.toUtf8().toBase64())));
                    if (!json) {
                        QVERIFY2(out.contains(right ? QLatin1String("Signing in works on at least one port.")
                                                    : QLatin1String("signing in was not verified")),
                                 qPrintable(out));
                        continue;
                    }
                    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
                    QCOMPARE(root.value(QLatin1String("protocol")).toString(), protocol);
                    QCOMPARE(root.value(QLatin1String("verified")).toBool(), right);
                    const QJsonArray probes = root.value(QLatin1String("probes")).toArray();
                    QCOMPARE(probes.size(), 2); // 143,993 or 110,995
                    for (const QJsonValue &p : probes) {
                        const QJsonObject o = p.toObject();
                        QCOMPARE(o.value(QLatin1String("protocol")).toString(), protocol);
                        QCOMPARE(o.value(QLatin1String("incoming"))
                                     .toObject()
                                     .value(QLatin1String("signIn"))
                                     .toObject()
                                     .value(QLatin1String("outcome"))
                                     .toString(),
                                 right ? QStringLiteral("succeeded") : QStringLiteral("rejected"));
                    }
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestIncomingServers)
#include "tst_incoming_servers.moc"
