// OAuth2SignIn (issue 17) on this computer only: PKCE (RFC 7636's own example), the authorization address
// it builds, the redirect listener bound to 127.0.0.1 alone, and every way a sign-in can end without a
// provider: a redirect with another state, another issuer, the provider's error, no client id, the user
// who never comes back, cancel. finished() comes once on each path. (With the harness's identity provider
// and real Postfix: tests/integration/tst_oauth_diagnose.)
#include "auth/OAuth2SignIn.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

namespace {

OAuth2Provider provider()
{
    OAuth2Provider p;
    p.id = QStringLiteral("custom");
    p.name = QStringLiteral("idp.invalid");
    p.authorizeUrl = QUrl(QStringLiteral("https://idp.invalid/authorize"));
    p.tokenUrl = QUrl(QStringLiteral("https://idp.invalid/token"));
    p.issuer = QStringLiteral("https://idp.invalid");
    p.clientId = QStringLiteral("mailfix-test");
    p.scopes = {QStringLiteral("mail.send"), QStringLiteral("offline_access")};
    p.smtpScope = QStringLiteral("mail.send");
    return p;
}

} // namespace

class TestOAuth2SignIn : public QObject
{
    Q_OBJECT

    // Starts a sign-in; the address it wants opened in *url.
    static void start(OAuth2SignIn &signIn, QUrl *url)
    {
        QObject::connect(&signIn, &OAuth2SignIn::openBrowser, &signIn, [url](const QUrl &u) { *url = u; });
        signIn.start();
    }

    // What a browser does with the redirect: GET it on the listener.
    void comeBack(quint16 port, const QUrlQuery &query)
    {
        QUrl back(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        back.setQuery(query);
        QNetworkReply *reply = m_nam.get(QNetworkRequest(back));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

    QNetworkAccessManager m_nam;

private slots:
    void initTestCase() { qRegisterMetaType<OAuth2SignIn::Result>(); }

    void pkce()
    {
        // RFC 7636 appendix B
        QCOMPARE(OAuth2SignIn::challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const QByteArray verifier = OAuth2SignIn::makeVerifier();
        QCOMPARE(verifier.size(), 64); // 43 to 128 (RFC 7636 4.1)
        for (const char c : verifier)
            QVERIFY2(QByteArray("-._~").contains(c) || QChar::isLetterOrNumber(uchar(c)), &c);
        QVERIFY(OAuth2SignIn::makeVerifier() != verifier);
    }

    void authorizationAddress()
    {
        OAuth2SignIn::Options options;
        options.loginHint = QStringLiteral("carol@oauth.test");
        OAuth2SignIn signIn(provider(), options);
        QUrl url;
        start(signIn, &url);
        QVERIFY(url.isValid());
        QCOMPARE(url.host(), QStringLiteral("idp.invalid"));
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), QStringLiteral("mailfix-test"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43); // base64url of SHA-256
        QVERIFY(!q.hasQueryItem(QStringLiteral("code_verifier")));               // the secret half stays here
        QCOMPARE(q.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded), options.loginHint);
        QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("mail.send offline_access"));
        QVERIFY(q.queryItemValue(QStringLiteral("state")).size() >= 8);
        QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("http://127.0.0.1:%1/").arg(signIn.redirectPort()));
        signIn.cancel();
    }

    // RFC 8252 8.3: the listener answers on 127.0.0.1 only, not on the machine's other addresses.
    void listensOnLoopbackOnly()
    {
        OAuth2SignIn signIn(provider(), {});
        QUrl url;
        start(signIn, &url);
        const quint16 port = signIn.redirectPort();
        QVERIFY(port != 0);
        QTcpSocket here;
        here.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(here.waitForConnected(2000));
        QTcpSocket elsewhere; // another loopback address: routed here, but nothing listens on it
        elsewhere.connectToHost(QHostAddress(QStringLiteral("127.0.0.2")), port);
        QVERIFY(!elsewhere.waitForConnected(2000));
        QCOMPARE(elsewhere.error(), QAbstractSocket::ConnectionRefusedError);
        signIn.cancel();
    }

    void endings_data()
    {
        QTest::addColumn<QString>("state");  // "(sent)": the one the sign-in sent
        QTest::addColumn<QString>("issuer"); // empty: none
        QTest::addColumn<QString>("error");  // the provider's error=, empty: a code
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("message");
        QTest::newRow("another state")
            << "forged"
            << "https://idp.invalid" << QString() << int(OAuth2SignIn::Outcome::StateMismatch)
            << "The sign-in came back with another state than MailFix sent.";
        QTest::newRow("another issuer (RFC 9207)")
            << "(sent)"
            << "https://evil.invalid" << QString() << int(OAuth2SignIn::Outcome::IssuerMismatch)
            << "The sign-in came back from https://evil.invalid, not from https://idp.invalid.";
        QTest::newRow("the user said no") << "(sent)"
                                          << "https://idp.invalid"
                                          << "access_denied" << int(OAuth2SignIn::Outcome::ProviderRefused)
                                          << "access_denied: the user declined";
    }
    void endings()
    {
        QFETCH(QString, state);
        QFETCH(QString, issuer);
        QFETCH(QString, error);
        QFETCH(int, outcome);
        QFETCH(QString, message);
        OAuth2SignIn signIn(provider(), {});
        QSignalSpy finished(&signIn, &OAuth2SignIn::finished);
        QUrl url;
        start(signIn, &url);
        QUrlQuery back;
        back.addQueryItem(QStringLiteral("state"),
                          state == QLatin1String("(sent)")
                              ? QUrlQuery(url).queryItemValue(QStringLiteral("state"))
                              : state);
        if (!issuer.isEmpty())
            back.addQueryItem(QStringLiteral("iss"), QString::fromLatin1(QUrl::toPercentEncoding(issuer)));
        if (error.isEmpty()) {
            back.addQueryItem(QStringLiteral("code"), QStringLiteral("4%2Fcode"));
        } else {
            back.addQueryItem(QStringLiteral("error"), error);
            back.addQueryItem(QStringLiteral("error_description"), QStringLiteral("the%20user%20declined"));
        }
        comeBack(signIn.redirectPort(), back);
        QVERIFY(finished.wait(5000));
        const auto result = finished.first().first().value<OAuth2SignIn::Result>();
        QCOMPARE(int(result.outcome), outcome);
        QCOMPARE(result.error, message);
        QVERIFY(result.accessToken.isEmpty());
        QTest::qWait(100); // nothing more comes (the token endpoint is never asked)
        QCOMPARE(finished.size(), 1);
    }

    void noClientIdTriesNothing()
    {
        OAuth2Provider p = provider();
        p.clientId.clear();
        OAuth2SignIn signIn(p, {});
        QSignalSpy finished(&signIn, &OAuth2SignIn::finished);
        QSignalSpy browser(&signIn, &OAuth2SignIn::openBrowser);
        signIn.start();
        QVERIFY(finished.wait(2000));
        QCOMPARE(int(finished.first().first().value<OAuth2SignIn::Result>().outcome),
                 int(OAuth2SignIn::Outcome::NotConfigured));
        QCOMPARE(browser.size(), 0);
        QCOMPARE(signIn.redirectPort(), quint16(0));
    }

    void theUserNeverComesBack()
    {
        OAuth2SignIn::Options options;
        options.timeoutMs = 200;
        OAuth2SignIn signIn(provider(), options);
        QSignalSpy finished(&signIn, &OAuth2SignIn::finished);
        QUrl url;
        start(signIn, &url);
        const quint16 port = signIn.redirectPort();
        QVERIFY(finished.wait(5000));
        QCOMPARE(int(finished.first().first().value<OAuth2SignIn::Result>().outcome),
                 int(OAuth2SignIn::Outcome::TimedOut));
        QTRY_VERIFY([port] { // the listener is gone: a late redirect finds nobody
            QTcpSocket late;
            late.connectToHost(QHostAddress::LocalHost, port);
            return !late.waitForConnected(500);
        }());
        signIn.cancel();
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }

    void cancelEndsItOnce()
    {
        OAuth2SignIn signIn(provider(), {});
        QSignalSpy finished(&signIn, &OAuth2SignIn::finished);
        QUrl url;
        start(signIn, &url);
        signIn.cancel();
        signIn.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(int(finished.first().first().value<OAuth2SignIn::Result>().outcome),
                 int(OAuth2SignIn::Outcome::Cancelled));
    }
};

QTEST_GUILESS_MAIN(TestOAuth2SignIn)
#include "tst_oauth2signin.moc"
