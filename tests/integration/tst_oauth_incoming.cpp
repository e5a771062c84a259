#include "HarnessEnv.h"
#include "cli/CliApp.h"
#include "core/Probe.h"
#include "core/ProbeFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>

Q_DECLARE_METATYPE(Protocol)
Q_DECLARE_METATYPE(SecurityMode)

// OAuth2 sign-in to IMAP and POP3 (issue 17) against the harness's real OAuth2 Dovecot for oauth.test
// (tests/harness/dovecot-oauth.conf.in: IMAP 143 993, POP3 110 995 on 127.0.0.13), whose tokens it checks
// with the harness's identity provider and which wants the IMAP scope there: a right token signs in over
// TLS and STARTTLS/STLS, an expired one and one with the SMTP scope only are refused with the server's
// words, and mailfix-cli probe --protocol imap --oauth2-token-stdin verifies the sign-in. The token is in
// no output.
class TestOAuthIncoming : public QObject
{
    Q_OBJECT

    HarnessEnv m_env;
    QString m_user;
    QString m_imapScope;
    QString m_smtpScope;
    QString m_imapName;
    QUrl m_idp;
    QNetworkAccessManager m_nam;

    // A token straight from the provider's test endpoint (POST /test/token, tests/harness/idp-server.py).
    QString mintToken(const QString &scope, int expiresIn)
    {
        QUrl url = m_idp;
        url.setPath(QStringLiteral("/test/token"));
        QNetworkRequest request(url);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_env.caFile));
        request.setSslConfiguration(ssl);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        const QUrlQuery form{{QStringLiteral("user"), m_user},
                             {QStringLiteral("scope"), scope},
                             {QStringLiteral("expires_in"), QString::number(expiresIn)}};
        QNetworkReply *reply = m_nam.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        if (status != 200)
            return {};
        return QJsonDocument::fromJson(body).object().value(QLatin1String("access_token")).toString();
    }

    ProbeResult probe(Protocol protocol, quint16 port, SecurityMode security, const QString &token) const
    {
        ProbeOptions options;
        options.timeoutMs = 8000;
        options.caFiles = {m_env.caFile};
        options.credentials.username = m_user;
        options.credentials.oauth2Token = token;
        QObject parent;
        Probe *p = ProbeFactories::standard()({m_imapName, port, security, protocol}, options, &parent);
        QSignalSpy finished(p, &Probe::finished);
        p->start();
        if (finished.isEmpty() && !finished.wait(options.timeoutMs + 5000))
            return {};
        return finished.size() == 1 ? finished.first().first().value<ProbeResult>() : ProbeResult{};
    }

    static void addEndpointColumns()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<quint16>("port");
        QTest::addColumn<SecurityMode>("security");
    }
    static void addEndpointRows(const char *what)
    {
        QTest::addRow("%s, imap 993", what) << Protocol::Imap << quint16(993) << SecurityMode::ImplicitTls;
        QTest::addRow("%s, imap 143 starttls", what)
            << Protocol::Imap << quint16(143) << SecurityMode::StartTls;
        QTest::addRow("%s, pop3 995", what) << Protocol::Pop3 << quint16(995) << SecurityMode::ImplicitTls;
        QTest::addRow("%s, pop3 110 stls", what) << Protocol::Pop3 << quint16(110) << SecurityMode::StartTls;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ProbeResult>();
        MAILFIX_REQUIRE_HARNESS(m_env);
        m_user = qEnvironmentVariable("MAILFIX_TEST_OAUTH_USER");
        m_imapScope = qEnvironmentVariable("MAILFIX_TEST_OAUTH_IMAP_SCOPE");
        m_smtpScope = qEnvironmentVariable("MAILFIX_TEST_OAUTH_SMTP_SCOPE");
        m_imapName = qEnvironmentVariable("MAILFIX_TEST_OAUTH_IMAP_NAME");
        m_idp = QUrl(qEnvironmentVariable("MAILFIX_TEST_IDP_URL"));
        QVERIFY2(!m_user.isEmpty() && !m_imapScope.isEmpty() && !m_smtpScope.isEmpty() &&
                     !m_imapName.isEmpty() && m_idp.isValid(),
                 "the harness gives no OAuth2 IMAP account (MAILFIX_TEST_OAUTH_*)");
    }

    void rightTokenSignsIn_data()
    {
        addEndpointColumns();
        addEndpointRows("imap scope");
    }
    void rightTokenSignsIn()
    {
        QFETCH(Protocol, protocol);
        QFETCH(quint16, port);
        QFETCH(SecurityMode, security);
        const QString token = mintToken(m_imapScope, 3600);
        QVERIFY(!token.isEmpty());
        const ProbeResult r = probe(protocol, port, security, token);
        const QString transcript = r.transcript.toText();
        QCOMPARE(r.outcome, ProbeResult::Outcome::Completed);
        QVERIFY(r.tls.established);
        QVERIFY(r.tls.certificateTrusted);
        QCOMPARE(r.incoming.capabilities.authMechanisms,
                 (QStringList{QStringLiteral("XOAUTH2"), QStringLiteral("OAUTHBEARER")}));
        QCOMPARE(r.incoming.signIn.method, SignInMethod::SaslOAuthBearer);
        QVERIFY2(r.incoming.signIn.outcome == SignInOutcome::Succeeded, qPrintable(transcript));
        QVERIFY(r.incoming.signIn.serverError.isEmpty());
        QVERIFY(r.verifiedSignIn());
        QVERIFY2(!transcript.contains(token), qPrintable(transcript));
    }

    void refusedTokens_data()
    {
        addEndpointColumns();
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("expiresIn");
        const QString imap = qEnvironmentVariable("MAILFIX_TEST_OAUTH_IMAP_SCOPE");
        const QString smtp = qEnvironmentVariable("MAILFIX_TEST_OAUTH_SMTP_SCOPE");
        QTest::newRow("expired, imap 993")
            << Protocol::Imap << quint16(993) << SecurityMode::ImplicitTls << imap << -60;
        QTest::newRow("expired, imap 143 starttls")
            << Protocol::Imap << quint16(143) << SecurityMode::StartTls << imap << -60;
        QTest::newRow("expired, pop3 995")
            << Protocol::Pop3 << quint16(995) << SecurityMode::ImplicitTls << imap << -60;
        // the per-service passdb: a token for sending only does not open the mailbox
        QTest::newRow("smtp scope only, imap 993")
            << Protocol::Imap << quint16(993) << SecurityMode::ImplicitTls << smtp << 3600;
    }
    void refusedTokens()
    {
        QFETCH(Protocol, protocol);
        QFETCH(quint16, port);
        QFETCH(SecurityMode, security);
        QFETCH(QString, scope);
        QFETCH(int, expiresIn);
        const QString token = mintToken(scope, expiresIn);
        QVERIFY(!token.isEmpty());
        const ProbeResult r = probe(protocol, port, security, token);
        const QString transcript = r.transcript.toText();
        QCOMPARE(r.outcome, ProbeResult::Outcome::Completed);
        QVERIFY(r.tls.certificateTrusted);
        QCOMPARE(r.incoming.signIn.method, SignInMethod::SaslOAuthBearer);
        QVERIFY2(r.incoming.signIn.outcome == SignInOutcome::Rejected, qPrintable(transcript));
        // Dovecot's error challenge, decoded, and its refusal after the answer
        QCOMPARE(r.incoming.signIn.serverError, QStringLiteral("{\"status\":\"invalid_token\"}"));
        QVERIFY2(transcript.contains(QLatin1String("{\"status\":\"invalid_token\"}")),
                 qPrintable(transcript));
        if (protocol == Protocol::Imap) {
            QCOMPARE(r.incoming.signIn.reply.status, IncomingReply::Status::No);
            QCOMPARE(r.incoming.signIn.reply.code, QStringLiteral("AUTHENTICATIONFAILED"));
        } else {
            QCOMPARE(r.incoming.signIn.reply.status, IncomingReply::Status::Err);
            QCOMPARE(r.incoming.signIn.reply.code, QStringLiteral("AUTH"));
        }
        QCOMPARE(r.incoming.signIn.reply.text, QStringLiteral("Authentication failed."));
        QVERIFY(!r.verifiedSignIn());
        QVERIFY(!transcript.contains(token));

        // the same user's token with the IMAP scope, unexpired, signs in: the refusal was the token's
        const ProbeResult good = probe(protocol, port, security, mintToken(m_imapScope, 3600));
        QCOMPARE(good.incoming.signIn.outcome, SignInOutcome::Succeeded);
    }

    // mailfix-cli probe --protocol imap --oauth2-token-stdin on 993 and 143: verified, exit code 0
    void cliProbeImapWithToken()
    {
        const QString token = mintToken(m_imapScope, 3600);
        QVERIFY(!token.isEmpty());
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliApp cli(outStream, errStream);
        cli.setPasswordReader([token](QString *p) {
            *p = token;
            return true;
        });
        const int code =
            cli.run({QStringLiteral("mailfix-cli"), QStringLiteral("probe"), QStringLiteral("--server"),
                     m_imapName, QStringLiteral("--protocol"), QStringLiteral("imap"),
                     QStringLiteral("--ports"), QStringLiteral("993,143"), QStringLiteral("--user"), m_user,
                     QStringLiteral("--oauth2-token-stdin"), QStringLiteral("--ca-file"), m_env.caFile,
                     QStringLiteral("--json")});
        outStream.flush();
        errStream.flush();
        QVERIFY2(code == 0, qPrintable(out + err));
        QVERIFY(!out.contains(token) && !err.contains(token));
        const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("verified")).toBool(), true);
        const QJsonArray probes = root.value(QLatin1String("probes")).toArray();
        QCOMPARE(probes.size(), 2);
        for (const QJsonValue &value : probes) {
            const QJsonObject signIn = value.toObject()
                                           .value(QLatin1String("incoming"))
                                           .toObject()
                                           .value(QLatin1String("signIn"))
                                           .toObject();
            QCOMPARE(signIn.value(QLatin1String("outcome")).toString(), QStringLiteral("succeeded"));
            QCOMPARE(signIn.value(QLatin1String("method")).toString(), QStringLiteral("sasl-oauthbearer"));
        }
    }
};

QTEST_GUILESS_MAIN(TestOAuthIncoming)
#include "tst_oauth_incoming.moc"
