#include "HarnessEnv.h"
#include "cli/CliApp.h"
#include "core/ProbeSession.h"
#include "smtp/SmtpProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

// The probe engine against the harness's real Exim and Postfix: the relay test, signing in, TLS
// modes, hidden AUTH, a dropped port and certificate validation.
class TestProbeServers : public QObject
{
    Q_OBJECT

    HarnessEnv m_env;

    ProbeOptions options(bool withPassword, const QString &user = QString()) const
    {
        ProbeOptions o;
        o.timeoutMs = 5000;
        o.caFiles = {m_env.caFile};
        o.to = QStringLiteral("someone@elsewhere.test");
        o.from = user.isEmpty() ? m_env.user : user;
        if (withPassword)
            o.credentials = {o.from, m_env.password};
        return o;
    }

    static ProbeResult probe(const ProbeEndpoint &endpoint, const ProbeOptions &opts)
    {
        SmtpProbe probe(endpoint, opts);
        QSignalSpy finished(&probe, &SmtpProbe::finished);
        probe.start();
        if (!finished.wait(opts.timeoutMs + 5000) || finished.size() != 1)
            return {};
        return finished.first().first().value<ProbeResult>();
    }

    void verifyNoPassword(const ProbeResult &result)
    {
        QVERIFY2(!result.transcript.toText().contains(m_env.password), "the password is in the transcript");
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ProbeResult>();
        MAILFIX_REQUIRE_HARNESS(m_env);
    }

    void withoutSigningInTheRecipientIsRefusedAndDataGets503()
    {
        const ProbeResult r =
            probe({QStringLiteral("smtp.example.test"), 587, SecurityMode::StartTls}, options(false));
        QCOMPARE(r.outcome, ProbeResult::Outcome::Completed);
        QVERIFY(r.tls.established);
        QVERIFY(r.tls.certificateTrusted);
        QCOMPARE(r.relayWithoutAuth.outcome, RelayOutcome::RecipientRejected);
        QCOMPARE(r.relayWithoutAuth.mailReply.code, 250);
        QCOMPARE(r.relayWithoutAuth.rcptReply.code, 550);
        QCOMPARE(r.relayWithoutAuth.rcptReply.text(), QStringLiteral("relay not permitted"));
        QCOMPARE(r.relayWithoutAuth.dataReply.code, 503);
        QCOMPARE(r.relayWithoutAuth.dataReply.rawLines.last(),
                 QStringLiteral("503 Valid RCPT command must precede DATA"));
        QCOMPARE(r.auth.outcome, AuthOutcome::NotTried);
        QVERIFY(!r.verifiedSending());
    }

    void signedInTheSameRecipientIsAcceptedOnEveryPort()
    {
        ProbeSession session(ProbeSession::defaultEndpoints(QStringLiteral("smtp.example.test")),
                             options(true));
        QSignalSpy streamed(&session, &ProbeSession::probeFinished);
        QSignalSpy finished(&session, &ProbeSession::finished);
        session.start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(streamed.size(), 4);
        QCOMPARE(session.results().size(), 4);
        for (const ProbeResult &r : session.results()) {
            QVERIFY2(r.verifiedSending(), qPrintable(r.transcript.toText()));
            QCOMPARE(r.auth.outcome, AuthOutcome::Succeeded);
            QCOMPARE(r.auth.reply.code, 235);
            QCOMPARE(r.relayWithAuth.rcptReply.code, 250);
            QVERIFY(r.tls.established);
            QVERIFY(r.capabilities.offersAuth(QStringLiteral("CRAM-MD5")));
            verifyNoPassword(r);
        }
        QCOMPARE(session.results().at(2).endpoint.port, quint16(465));
        QCOMPARE(session.results().at(2).endpoint.security, SecurityMode::ImplicitTls);
    }

    // Exim and Postfix offer PIPELINING (RFC 2920): MAIL and RCPT go together, DATA alone once the RCPT's
    // refusal is known, RSET with AUTH, and the signed-in round with its RSET and QUIT: 5 waits after the
    // greeting instead of 10, and the same findings.
    void pipelinedRoundsOnEximAndPostfix_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("postfix");
        QTest::newRow("exim") << QStringLiteral("smtp.example.test") << false;
        QTest::newRow("postfix") << QStringLiteral("smtp.postfix.test") << true;
    }

    void pipelinedRoundsOnEximAndPostfix()
    {
        QFETCH(QString, host);
        QFETCH(bool, postfix);
        const ProbeResult r = probe({host, 587, SecurityMode::StartTls},
                                    options(true, postfix ? m_env.postfixUser : QString()));
        QVERIFY2(r.verifiedSending(), qPrintable(r.transcript.toText()));
        QVERIFY(r.capabilities.pipelining);
        QCOMPARE(r.relayWithoutAuth.outcome, RelayOutcome::RecipientRejected);
        QCOMPARE(r.relayWithoutAuth.mailReply.code, 250);
        QVERIFY(r.relayWithoutAuth.rcptReply.code >= 550);
        QCOMPARE(r.relayWithoutAuth.dataReply.code, postfix ? 554 : 503);
        QCOMPARE(r.auth.reply.code, 235);
        QCOMPARE(r.relayWithAuth.mailReply.code, 250);
        QCOMPARE(r.relayWithAuth.rcptReply.code, 250);
        QStringList groups; // the client's commands as sent together (one wait each), first words
        bool inGroup = false;
        for (const Transcript::Line &line : r.transcript.lines()) {
            if (line.direction == Transcript::Direction::Note)
                continue;
            const bool client = line.direction == Transcript::Direction::Client;
            const QString verb = line.text.section(QLatin1Char(' '), 0, 0);
            if (client && inGroup)
                groups.last() += QLatin1Char(' ') + verb;
            else if (client)
                groups.append(verb);
            inGroup = client;
        }
        QCOMPARE(groups,
                 (QStringList{QStringLiteral("EHLO"), QStringLiteral("STARTTLS"), QStringLiteral("EHLO"),
                              QStringLiteral("MAIL RCPT"), QStringLiteral("DATA"),
                              QStringLiteral("RSET AUTH"), QStringLiteral("MAIL RCPT RSET QUIT")}));
        verifyNoPassword(r);
    }

    void wrongPasswordGets535()
    {
        ProbeOptions o = options(true);
        o.credentials.password = QStringLiteral("not-the-password");
        const ProbeResult r = probe({QStringLiteral("smtp.example.test"), 465, SecurityMode::ImplicitTls}, o);
        QCOMPARE(r.auth.outcome, AuthOutcome::Rejected);
        QCOMPARE(r.auth.reply.code, 535);
        QCOMPARE(r.relayWithAuth.outcome, RelayOutcome::NotTested);
        QVERIFY(!r.transcript.toText().contains(QLatin1String("not-the-password")));
    }

    void port465NeedsImplicitTls()
    {
        ProbeOptions o = options(false);
        o.timeoutMs = 1500;
        const ProbeResult plain =
            probe({QStringLiteral("smtp.example.test"), 465, SecurityMode::StartTls}, o);
        QCOMPARE(plain.connect, ConnectOutcome::Connected);
        QVERIFY(plain.banner != BannerOutcome::Ready); // the server waits for a TLS handshake
        QVERIFY(plain.outcome != ProbeResult::Outcome::Completed);

        const ProbeResult tls =
            probe({QStringLiteral("smtp.example.test"), 465, SecurityMode::ImplicitTls}, o);
        QCOMPARE(tls.banner, BannerOutcome::Ready);
        QVERIFY(tls.tls.established);
    }

    void postfixHidesAuthBeforeStartTls()
    {
        ProbeOptions o = options(true, m_env.postfixUser);
        const ProbeResult r = probe({QStringLiteral("smtp.postfix.test"), 587, SecurityMode::StartTls}, o);
        QVERIFY(r.capabilitiesBeforeTls.startTls);
        QVERIFY(r.capabilitiesBeforeTls.authMechanisms.isEmpty());
        QCOMPARE(r.capabilities.authMechanisms,
                 (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}));
        QCOMPARE(r.relayWithoutAuth.rcptReply.code, 554);
        QCOMPARE(r.relayWithoutAuth.rcptReply.enhancedCode, QStringLiteral("5.7.1"));
        QCOMPARE(r.auth.outcome, AuthOutcome::Succeeded);
        QVERIFY(r.verifiedSending());
        verifyNoPassword(r);
    }

    void postfixWithoutTlsWithholdsThePassword()
    {
        ProbeOptions o = options(true, m_env.postfixUser);
        const ProbeResult r = probe({QStringLiteral("smtp.postfix.test"), 25, SecurityMode::None}, o);
        QCOMPARE(r.outcome, ProbeResult::Outcome::Completed);
        QVERIFY(!r.tls.attempted);
        QCOMPARE(r.auth.outcome, AuthOutcome::NotOffered); // smtpd_tls_auth_only
        QCOMPARE(r.relayWithoutAuth.outcome, RelayOutcome::RecipientRejected);
        QCOMPARE(r.relayWithoutAuth.rcptReply.rawLines.last(),
                 QStringLiteral("554 5.7.1 <someone@elsewhere.test>: Relay access denied"));
    }

    void droppedPortTimesOutWhileTheOthersReport()
    {
        ProbeOptions o = options(false);
        o.timeoutMs = 2000;
        ProbeSession session(ProbeSession::defaultEndpoints(QStringLiteral("smtp.blocked25.test")), o);
        QSignalSpy finished(&session, &ProbeSession::finished);
        session.start();
        QVERIFY(finished.wait(10000));
        const QList<ProbeResult> &results = session.results();
        QCOMPARE(results.at(0).endpoint.port, quint16(25));
        QCOMPARE(results.at(0).connect, ConnectOutcome::TimedOut);
        QCOMPARE(results.at(0).outcome, ProbeResult::Outcome::TimedOut);
        for (int i = 1; i < results.size(); ++i) {
            QCOMPARE(results.at(i).outcome, ProbeResult::Outcome::Completed);
            QCOMPARE(results.at(i).banner, BannerOutcome::Ready);
        }
    }

    void closedPortIsRefused()
    {
        const ProbeResult r =
            probe({QStringLiteral("smtp.example.test"), 2525, SecurityMode::StartTls}, options(false));
        QCOMPARE(r.connect, ConnectOutcome::Refused);
        QCOMPARE(r.outcome, ProbeResult::Outcome::Failed);
        QCOMPARE(r.lastStage, ProbeStage::Connect);
    }

    void unknownHostFailsToResolve()
    {
        const ProbeResult r =
            probe({QStringLiteral("smtp.no-such-domain.test"), 587, SecurityMode::StartTls}, options(false));
        QCOMPARE(r.connect, ConnectOutcome::ResolveFailed);
        QCOMPARE(r.lastStage, ProbeStage::Resolve);
    }

    void certificateValidatesOnlyWithTheTestCa()
    {
        ProbeOptions untrusted = options(true);
        untrusted.caFiles = {m_env.otherCaFile};
        const ProbeResult r =
            probe({QStringLiteral("smtp.example.test"), 587, SecurityMode::StartTls}, untrusted);
        QVERIFY(r.tls.established);
        QVERIFY(!r.tls.certificateTrusted);
        QVERIFY(!r.tls.errors.isEmpty());
        QCOMPARE(r.auth.outcome, AuthOutcome::WithheldUntrustedCertificate);
        for (const Transcript::Line &line : r.transcript.lines()) // no AUTH command was sent
            QVERIFY(line.direction != Transcript::Direction::Client ||
                    !line.text.startsWith(QLatin1String("AUTH")));

        untrusted.approvedDespiteCertificate = true; // the user said yes for this host
        const ProbeResult approved =
            probe({QStringLiteral("smtp.example.test"), 587, SecurityMode::StartTls}, untrusted);
        QVERIFY(!approved.tls.certificateTrusted);
        QCOMPARE(approved.auth.outcome, AuthOutcome::Succeeded);

        const ProbeResult wrongName =
            probe({QStringLiteral("127.0.0.2"), 465, SecurityMode::ImplicitTls}, options(true));
        QVERIFY(wrongName.tls.certificateTrusted); // 127.0.0.2 is in the certificate's SANs
    }

    void cliProbeJsonAndExitCodes()
    {
        auto runCli = [this](const QStringList &args, const QString &password, QString *out) {
            QString err;
            QTextStream outStream(out);
            QTextStream errStream(&err);
            CliApp cli(outStream, errStream);
            cli.setPasswordReader([password](QString *p) {
                *p = password;
                return !password.isEmpty();
            });
            return cli.run(QStringList{QStringLiteral("mailfix-cli"), QStringLiteral("probe")} + args);
        };
        const QStringList common{QStringLiteral("--server"),  QStringLiteral("smtp.example.test"),
                                 QStringLiteral("--ca-file"), m_env.caFile,
                                 QStringLiteral("--to"),      QStringLiteral("someone@elsewhere.test"),
                                 QStringLiteral("--json")};
        QString out;
        const int code = runCli(
            common + QStringList{QStringLiteral("--user"), m_env.user, QStringLiteral("--password-stdin")},
            m_env.password, &out);
        QCOMPARE(code, 0);
        QVERIFY(!out.contains(m_env.password));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QLatin1String("verified")).toBool(), true);
        const QJsonArray probes = root.value(QLatin1String("probes")).toArray();
        QCOMPARE(probes.size(), 4);
        const QJsonObject first = probes.first().toObject();
        QCOMPARE(first.value(QLatin1String("port")).toInt(), 25);
        QCOMPARE(first.value(QLatin1String("auth")).toObject().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(first.value(QLatin1String("relayWithoutAuth"))
                     .toObject()
                     .value(QLatin1String("outcome"))
                     .toString(),
                 QStringLiteral("recipient-rejected"));

        out.clear();
        QCOMPARE(runCli(common + QStringList{QStringLiteral("--user"), m_env.user,
                                             QStringLiteral("--password-stdin")},
                        QStringLiteral("wrong"), &out),
                 1);
        out.clear();
        QCOMPARE(runCli({QStringLiteral("--server"), QStringLiteral("smtp.example.test"),
                         QStringLiteral("--ports"), QStringLiteral("2525,2526"), QStringLiteral("--timeout"),
                         QStringLiteral("2")},
                        QString(), &out),
                 3);
    }
};

QTEST_GUILESS_MAIN(TestProbeServers)
#include "tst_probe_servers.moc"
