// `mailfix-cli diagnose --oauth2` end to end (issue 17): MailFix signs in with the harness's identity
// provider (tests/harness/idp-server.py, configured as the [oauth2] custom provider for oauth.test) through
// the authorization code flow with PKCE, the browser played by tests/harness/test-browser.py, and checks
// the real Postfix (whose Dovecot checks the token with the provider). The six cases of the issue: a right
// token (verified), a wrong or expired one (the server's words), one without the sending scope, a redirect
// with another state, a user who never finishes, no client id. The secrets scan of each output: no token,
// no code, no PKCE verifier.
#include "HarnessEnv.h"
#include "cli/CliApp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

class TestOAuthDiagnose : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int code = -1;
        QJsonObject root;
        QString out;
        QString err;
        qint64 elapsedMs = 0;
    };

    HarnessEnv m_env;
    QString m_user;
    QString m_smtpScope;
    QNetworkAccessManager m_nam;

    // The provider of oauth.test as an administrator would set it ([oauth2] custom*).
    DeploymentConfig config(const QString &scopes, bool withClientId = true) const
    {
        DeploymentConfig c;
        c.oauth2.customIssuer = QStringLiteral("https://idp.test");
        c.oauth2.customAuthorizeUrl = QStringLiteral("https://idp.test/authorize");
        c.oauth2.customTokenUrl = QStringLiteral("https://idp.test/token");
        c.oauth2.customClientId =
            withClientId ? qEnvironmentVariable("MAILFIX_TEST_OAUTH_CLIENT_ID") : QString();
        c.oauth2.customScopes = scopes;
        c.oauth2.customSmtpScope = m_smtpScope;
        c.oauth2.customDomains = QStringLiteral("oauth.test");
        return c;
    }

    QString browser() const { return QFINDTESTDATA("../harness/test-browser.py"); }

    // mailfix-cli diagnose carol@oauth.test --json ...; the browser does what `mode` says.
    Outcome diagnose(const DeploymentConfig &c, const QString &mode, const QStringList &extra,
                     const QString &token = {})
    {
        qputenv("MAILFIX_TEST_BROWSER_MODE", mode.toUtf8());
        Outcome o;
        QTextStream outStream(&o.out);
        QTextStream errStream(&o.err);
        CliApp cli(outStream, errStream);
        cli.setDeploymentConfig(c);
        cli.setPasswordReader([token](QString *secret) {
            *secret = token;
            return !token.isEmpty();
        });
        QElapsedTimer clock;
        clock.start();
        o.code = cli.run(QStringList{QStringLiteral("mailfix-cli"), QStringLiteral("diagnose"), m_user,
                                     QStringLiteral("--ca-file"), m_env.caFile,
                                     QStringLiteral("--no-incoming"), QStringLiteral("--json")} +
                         extra);
        o.elapsedMs = clock.elapsed();
        outStream.flush();
        errStream.flush();
        o.root = QJsonDocument::fromJson(o.out.toUtf8()).object();
        return o;
    }

    QStringList oauth2Args(int waitS = 20) const
    {
        return {QStringLiteral("--oauth2"), QStringLiteral("--browser-command"), browser(),
                QStringLiteral("--oauth2-wait"), QString::number(waitS)};
    }

    QNetworkRequest idpRequest(const QString &path) const
    {
        QNetworkRequest r(QUrl(QStringLiteral("https://idp.test") + path));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_env.caFile));
        r.setSslConfiguration(ssl);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        return r;
    }

    QJsonObject idpJson(QNetworkReply *reply)
    {
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o;
    }

    // The identity provider's request log (request lines without their queries).
    QStringList idpLog() const
    {
        QFile f(QFileInfo(m_env.caFile).dir().filePath(QStringLiteral("../idp.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))
                                           : QStringList();
    }
    static int count(const QStringList &log, const char *request)
    {
        return int(std::count_if(log.cbegin(), log.cend(),
                                 [request](const QString &l) { return l.contains(QLatin1String(request)); }));
    }

    static QString describe(const Outcome &o)
    {
        return QStringLiteral("exit %1\n%2\n%3").arg(o.code).arg(o.err, o.out);
    }
    static QString firstCause(const Outcome &o)
    {
        for (const QJsonValue &v : o.root.value(QLatin1String("findings")).toArray()) {
            if (v.toObject().value(QLatin1String("severity")).toString() == QLatin1String("cause"))
                return v.toObject().value(QLatin1String("id")).toString();
        }
        return {};
    }
    static QJsonObject oauth2(const Outcome &o) { return o.root.value(QLatin1String("oauth2")).toObject(); }

    // What the provider exchanged last must be in no output: the code, the PKCE verifier, the tokens.
    void noSecretIn(const Outcome &o)
    {
        const QJsonObject last = idpJson(m_nam.get(idpRequest(QStringLiteral("/test/last-exchange"))));
        QVERIFY(!last.isEmpty());
        for (const char *key : {"code", "code_verifier", "access_token", "refresh_token"}) {
            const QString secret = last.value(QLatin1String(key)).toString();
            QVERIFY2(secret.size() > 8, key);
            const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
            for (const QString &output : {o.out, o.err})
                QVERIFY2(!output.contains(secret) && !output.contains(encoded), key);
        }
    }

private slots:
    void initTestCase()
    {
        MAILFIX_REQUIRE_HARNESS(m_env);
        m_user = qEnvironmentVariable("MAILFIX_TEST_OAUTH_USER");
        m_smtpScope = qEnvironmentVariable("MAILFIX_TEST_OAUTH_SMTP_SCOPE");
        QVERIFY(!m_user.isEmpty() && !m_smtpScope.isEmpty());
        QVERIFY(QFileInfo(browser()).isExecutable());
    }

    // 1. The right token: signed in with OAUTHBEARER or XOAUTH2, the relay accepted, verified.
    void rightTokenVerified()
    {
        const Outcome o = diagnose(config(m_smtpScope + QStringLiteral(" offline_access")),
                                   QStringLiteral("follow"), oauth2Args());
        QVERIFY2(o.code == 0, qPrintable(describe(o)));
        QCOMPARE(oauth2(o).value(QLatin1String("outcome")).toString(), QStringLiteral("signed-in"));
        QCOMPARE(oauth2(o).value(QLatin1String("sendScopeGranted")).toBool(), true);
        const QJsonObject r = o.root.value(QLatin1String("recommended")).toObject();
        QCOMPARE(r.value(QLatin1String("host")).toString(), QStringLiteral("smtp.oauth.test"));
        QCOMPARE(r.value(QLatin1String("auth")).toString(), QStringLiteral("oauth2"));
        QCOMPARE(r.value(QLatin1String("verified")).toBool(), true);
        QCOMPARE(firstCause(o), QString());
        noSecretIn(o);
    }

    // 2. A wrong or expired token (a script's, --oauth2-token-stdin): auth-failed, with the server's words.
    void expiredTokenRefused()
    {
        QUrlQuery form{{QStringLiteral("user"), m_user},
                       {QStringLiteral("scope"), m_smtpScope},
                       {QStringLiteral("expires_in"), QStringLiteral("-60")}};
        const QString token = idpJson(m_nam.post(idpRequest(QStringLiteral("/test/token")),
                                                 form.toString(QUrl::FullyEncoded).toUtf8()))
                                  .value(QLatin1String("access_token"))
                                  .toString();
        QVERIFY(!token.isEmpty());
        const Outcome o =
            diagnose(config(m_smtpScope), QStringLiteral("never"),
                     {QStringLiteral("--user"), m_user, QStringLiteral("--oauth2-token-stdin")}, token);
        QVERIFY2(o.code == 1, qPrintable(describe(o)));
        QCOMPARE(firstCause(o), QStringLiteral("auth-failed"));
        const QJsonObject f = o.root.value(QLatin1String("findings")).toArray().first().toObject();
        QVERIFY2(f.value(QLatin1String("title")).toString().contains(QLatin1String("OAuth2")),
                 qPrintable(describe(o)));
        const QStringList evidence = f.value(QLatin1String("evidence")).toVariant().toStringList();
        QVERIFY2(evidence.join(QLatin1Char('\n')).contains(QLatin1String("535")), qPrintable(describe(o)));
        QVERIFY(!o.out.contains(token) && !o.err.contains(token));
    }

    // 3. The sign-in worked but did not grant the scope that allows sending: said so, as the cause.
    void tokenWithoutTheSendingScope()
    {
        const Outcome o =
            diagnose(config(QStringLiteral("https://idp.test/IMAP.AccessAsUser.All offline_access")),
                     QStringLiteral("follow"), oauth2Args());
        QVERIFY2(o.code == 1, qPrintable(describe(o)));
        QCOMPARE(oauth2(o).value(QLatin1String("outcome")).toString(), QStringLiteral("signed-in"));
        QCOMPARE(oauth2(o).value(QLatin1String("sendScopeGranted")).toBool(), false);
        QCOMPARE(firstCause(o), QStringLiteral("oauth2-scope-missing"));
        noSecretIn(o);
    }

    // 4. A redirect with another state: refused, the code never exchanged.
    void wrongStateRefused()
    {
        const int tokensBefore = count(idpLog(), "POST /token");
        const Outcome o = diagnose(config(m_smtpScope), QStringLiteral("wrong-state"), oauth2Args());
        QVERIFY2(o.code == 1, qPrintable(describe(o)));
        QCOMPARE(oauth2(o).value(QLatin1String("outcome")).toString(), QStringLiteral("state-mismatch"));
        QVERIFY(!o.root.contains(QLatin1String("probes"))); // nothing checked with a doubtful sign-in
        QCOMPARE(count(idpLog(), "POST /token"), tokensBefore);
        QVERIFY2(o.err.contains(QLatin1String("another state")), qPrintable(o.err));
    }

    // 5. The user never finishes in the browser: it ends when the wait is over, and says so.
    void neverFinishedTimesOut()
    {
        const Outcome o = diagnose(config(m_smtpScope), QStringLiteral("never"), oauth2Args(2));
        QVERIFY2(o.code == 1, qPrintable(describe(o)));
        QCOMPARE(oauth2(o).value(QLatin1String("outcome")).toString(), QStringLiteral("timed-out"));
        QVERIFY2(o.err.contains(QLatin1String("was not finished in the browser")), qPrintable(o.err));
    }

    // 6. No client id: explained, not attempted; the check runs without signing in.
    void noClientIdExplained()
    {
        const int authorizeBefore = count(idpLog(), "GET /authorize");
        const Outcome o = diagnose(config(m_smtpScope, false), QStringLiteral("follow"), oauth2Args());
        QCOMPARE(oauth2(o).value(QLatin1String("outcome")).toString(), QStringLiteral("not-configured"));
        QCOMPARE(oauth2(o).value(QLatin1String("settingsKey")).toString(),
                 QStringLiteral("oauth2/customClientId"));
        QVERIFY2(o.err.contains(QLatin1String("could not test that sign-in here")), qPrintable(o.err));
        QVERIFY(o.root.contains(QLatin1String("probes"))); // checked without signing in
        QCOMPARE(count(idpLog(), "GET /authorize"), authorizeBefore);
    }
};

QTEST_GUILESS_MAIN(TestOAuthDiagnose)
#include "tst_oauth_diagnose.moc"
