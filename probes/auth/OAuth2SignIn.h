#pragma once

#include "auth/OAuth2Provider.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

// Signs the user in with their provider the way their mail program does: the OAuth2 authorization code
// flow (RFC 6749 4.1) with PKCE S256 (RFC 7636) in the user's browser and a redirect to a listener on
// 127.0.0.1 only (RFC 8252 7.3), through Qt NetworkAuth 6.4 (its gaps filled here: PKCE, the listener's
// address, the redirect's state and iss (RFC 9207) checked and refused, Google's twice-encoded code,
// redirect_uri on refresh). The token stays in memory; nothing here writes or logs it. start() once;
// finished() comes exactly once, on every path (signed in, refused, cancelled, timed out).
class OAuth2SignIn : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        SignedIn,
        ProviderRefused, // the provider redirected with error=... (e.g. access_denied)
        StateMismatch,   // the redirect's state is not the one MailFix sent: refused, nothing exchanged
        IssuerMismatch,  // the redirect names another issuer (RFC 9207 mix-up defence)
        TokenRefused,    // the token endpoint refused the code (or answered with no token)
        TimedOut,        // the user did not finish in the browser in time
        Cancelled,
        NotConfigured, // no client id: nothing was tried
        ListenFailed,  // no port on 127.0.0.1 for the redirect
    };

    struct Result
    {
        Outcome outcome = Outcome::Cancelled;
        QString accessToken;  // memory only; never written, logged or shown
        QString refreshToken; // memory only
        QStringList scopes;   // granted (the token response's scope; else the requested ones)
        QDateTime expires;    // invalid when not said
        QString error;        // the provider's error code and description, or why it failed
    };

    struct Options
    {
        QString loginHint;      // the address, so the provider offers that account
        int timeoutMs = 300000; // for the whole sign-in, browser included
        QStringList caFiles;    // extra CAs for the provider's HTTPS (tests)
    };

    OAuth2SignIn(OAuth2Provider provider, Options options, QObject *parent = nullptr);
    ~OAuth2SignIn() override;

    void start();
    void cancel();
    // The redirect listener's port on 127.0.0.1 (0 before start() or when it failed).
    [[nodiscard]] quint16 redirectPort() const;

    // Pure, RFC 7636: a code_verifier of 64 characters from the unreserved set, and its S256 challenge.
    [[nodiscard]] static QByteArray makeVerifier();
    [[nodiscard]] static QByteArray challengeOf(const QByteArray &verifier);
    [[nodiscard]] static QString outcomeName(Outcome outcome);

signals:
    // Open this in the user's browser (or show it to a technician). It carries no secret: the challenge,
    // not the verifier.
    void openBrowser(const QUrl &url);
    void finished(const OAuth2SignIn::Result &result);

private:
    void onCallback(const QVariantMap &values);
    void onGranted();
    void onTokenReply(const QByteArray &data);
    void finish(Outcome outcome, const QString &error = {});

    OAuth2Provider m_provider;
    Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QOAuthHttpServerReplyHandler *m_handler = nullptr;
    QByteArray m_verifier;
    QString m_code; // the code as the redirect gave it
    QTimer m_timeout;
    bool m_started = false;
    bool m_finished = false;
    bool m_exchanging = false;
};

Q_DECLARE_METATYPE(OAuth2SignIn::Result)
