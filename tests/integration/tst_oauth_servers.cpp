#include "HarnessEnv.h"
#include "cli/CliApp.h"
#include "smtp/SmtpProbe.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>

// OAuth2 sign-in (issue 17) against the harness's real Postfix and Dovecot for oauth.test, whose tokens
// Dovecot checks with the harness's identity provider (tests/harness/idp-server.py): a right token signs
// in and the relay is accepted, an expired one and one without the SMTP scope are refused with the
// server's words. The token is in no output.
class TestOAuthServers : public QObject
{
    Q_OBJECT

    HarnessEnv m_env;
    QString m_user;
    QString m_scope;
    QString m_clientId;
    QUrl m_idp;
    QNetworkAccessManager m_nam;

    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const
    {
        QUrl url = m_idp;
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest r(url);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_env.caFile));
        r.setSslConfiguration(ssl);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        return r;
    }

    // Waits for the reply; its body, and its status in *status.
    static QByteArray finish(QNetworkReply *reply, int *status, QUrl *location = nullptr)
    {
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (location)
            *location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    QString tokenFrom(const QByteArray &body) const
    {
        return QJsonDocument::fromJson(body).object().value(QLatin1String("access_token")).toString();
    }

    // A token straight from the provider's test endpoint (no browser flow).
    QString mintToken(const QString &scope, int expiresIn)
    {
        QUrlQuery form{{QStringLiteral("user"), m_user},
                       {QStringLiteral("scope"), scope},
                       {QStringLiteral("expires_in"), QString::number(expiresIn)}};
        int status = 0;
        const QByteArray body = finish(
            m_nam.post(request(QStringLiteral("/test/token")), form.toString(QUrl::FullyEncoded).toUtf8()),
            &status);
        return status == 200 ? tokenFrom(body) : QString();
    }

    // A token the way a mail program gets one: the authorization code flow with PKCE (S256), the test
    // playing the browser (the provider consents for its one user at once and redirects).
    QString authorizationCodeToken()
    {
        // RFC 7636 4.1: 43 to 128 unreserved characters
        const QByteArray verifier =
            QByteArray::number(QRandomGenerator::global()->generate64(), 16).leftJustified(48, '-') +
            "mailfix";
        const QByteArray challenge =
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QString redirect = QStringLiteral("http://127.0.0.1:7777/");
        const QUrlQuery authorize{{QStringLiteral("response_type"), QStringLiteral("code")},
                                  {QStringLiteral("client_id"), m_clientId},
                                  {QStringLiteral("redirect_uri"), redirect},
                                  {QStringLiteral("scope"), m_scope + QStringLiteral(" offline_access")},
                                  {QStringLiteral("state"), QStringLiteral("st-42")},
                                  {QStringLiteral("code_challenge"), QString::fromLatin1(challenge)},
                                  {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
        int status = 0;
        QUrl location;
        finish(m_nam.get(request(QStringLiteral("/authorize"), authorize)), &status, &location);
        const QUrlQuery back(location);
        if (status != 302 || back.queryItemValue(QStringLiteral("state")) != QLatin1String("st-42"))
            return {};
        const QUrlQuery form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                             {QStringLiteral("code"), back.queryItemValue(QStringLiteral("code"))},
                             {QStringLiteral("client_id"), m_clientId},
                             {QStringLiteral("redirect_uri"), redirect},
                             {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}};
        const QByteArray body =
            finish(m_nam.post(request(QStringLiteral("/token")), form.toString(QUrl::FullyEncoded).toUtf8()),
                   &status);
        return status == 200 ? tokenFrom(body) : QString();
    }

    ProbeOptions options(const QString &token) const
    {
        ProbeOptions o;
        o.timeoutMs = 8000;
        o.caFiles = {m_env.caFile};
        o.from = m_user;
        o.to = QStringLiteral("bob@postfix.test");
        o.credentials.username = m_user;
        o.credentials.oauth2Token = token;
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

    QString oauthName() const { return qEnvironmentVariable("MAILFIX_TEST_OAUTH_NAME"); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ProbeResult>();
        MAILFIX_REQUIRE_HARNESS(m_env);
        m_user = qEnvironmentVariable("MAILFIX_TEST_OAUTH_USER");
        m_scope = qEnvironmentVariable("MAILFIX_TEST_OAUTH_SMTP_SCOPE");
        m_clientId = qEnvironmentVariable("MAILFIX_TEST_OAUTH_CLIENT_ID");
        m_idp = QUrl(qEnvironmentVariable("MAILFIX_TEST_IDP_URL"));
        QVERIFY2(!m_user.isEmpty() && !m_scope.isEmpty() && !m_clientId.isEmpty() && m_idp.isValid(),
                 "the harness gives no OAuth2 account (MAILFIX_TEST_OAUTH_*)");
    }

    // mailfix-cli probe --oauth2-token-stdin on 587 (STARTTLS) and 465 (TLS): signed in, relay accepted
    void rightTokenSignsInAndTheRelayIsAccepted()
    {
        const QString token = authorizationCodeToken();
        QVERIFY2(!token.isEmpty(), "no token from the authorization code flow");
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
                     oauthName(), QStringLiteral("--ports"), QStringLiteral("587,465"),
                     QStringLiteral("--user"), m_user, QStringLiteral("--oauth2-token-stdin"),
                     QStringLiteral("--to"), QStringLiteral("bob@postfix.test"), QStringLiteral("--ca-file"),
                     m_env.caFile, QStringLiteral("--json")});
        outStream.flush();
        errStream.flush();
        QVERIFY2(code == 0, qPrintable(out + err));
        QVERIFY(!out.contains(token) && !err.contains(token));
        const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("verified")).toBool(), true);
        const QJsonArray probes = root.value(QLatin1String("probes")).toArray();
        QCOMPARE(probes.size(), 2);
        for (const QJsonValue &value : probes) {
            const QJsonObject p = value.toObject();
            const QJsonObject auth = p.value(QLatin1String("auth")).toObject();
            QCOMPARE(auth.value(QLatin1String("outcome")).toString(), QStringLiteral("succeeded"));
            QCOMPARE(auth.value(QLatin1String("mechanism")).toString(), QStringLiteral("OAUTHBEARER"));
            QCOMPARE(
                p.value(QLatin1String("relayWithAuth")).toObject().value(QLatin1String("outcome")).toString(),
                QStringLiteral("accepted"));
        }
    }

    void refusedTokens_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("expiresIn");
        QTest::addColumn<quint16>("port");
        QTest::addColumn<SecurityMode>("security");
        const QString smtp = qEnvironmentVariable("MAILFIX_TEST_OAUTH_SMTP_SCOPE");
        const QString imapOnly = QStringLiteral("https://idp.test/IMAP.AccessAsUser.All offline_access");
        QTest::newRow("expired, 587") << smtp << -60 << quint16(587) << SecurityMode::StartTls;
        QTest::newRow("expired, 465") << smtp << -60 << quint16(465) << SecurityMode::ImplicitTls;
        QTest::newRow("without the SMTP scope, 587")
            << imapOnly << 3600 << quint16(587) << SecurityMode::StartTls;
        QTest::newRow("without the SMTP scope, 465")
            << imapOnly << 3600 << quint16(465) << SecurityMode::ImplicitTls;
    }
    void refusedTokens()
    {
        QFETCH(QString, scope);
        QFETCH(int, expiresIn);
        QFETCH(quint16, port);
        QFETCH(SecurityMode, security);
        const QString token = mintToken(scope, expiresIn);
        QVERIFY(!token.isEmpty());
        const ProbeResult r = probe({oauthName(), port, security}, options(token));
        QCOMPARE(r.outcome, ProbeResult::Outcome::Completed);
        QVERIFY(r.tls.certificateTrusted);
        QCOMPARE(r.auth.mechanism, QStringLiteral("OAUTHBEARER"));
        QCOMPARE(r.auth.outcome, AuthOutcome::Rejected);
        // Postfix's words after Dovecot's error challenge, which the transcript shows decoded
        QCOMPARE(r.auth.reply.rawLines,
                 QStringList{QStringLiteral("535 5.7.8 Error: authentication failed: (reason unavailable)")});
        const QString transcript = r.transcript.toText();
        QVERIFY2(transcript.contains(QLatin1String("{\"status\":\"invalid_token\"}")),
                 qPrintable(transcript));
        QVERIFY(!transcript.contains(token));
        QCOMPARE(r.relayWithAuth.outcome, RelayOutcome::NotTested);
        QVERIFY(!r.verifiedSending());

        // the same user's token with the SMTP scope, unexpired, signs in: the refusal was the token's
        const ProbeResult good = probe({oauthName(), port, security}, options(mintToken(m_scope, 3600)));
        QCOMPARE(good.auth.outcome, AuthOutcome::Succeeded);
        QVERIFY(good.verifiedSending());
    }
};

QTEST_GUILESS_MAIN(TestOAuthServers)
#include "tst_oauth_servers.moc"
