#pragma once

#include "auth/OAuth2SignIn.h"
#include "detect/ProviderDetector.h"

#include <QObject>
#include <QPointer>

// Before a diagnosis that signs in with OAuth2 (mailfix-cli diagnose --oauth2, the wizard's "Sign in with
// my provider"): finds the address's provider as the diagnosis will, then signs in with it (OAuth2SignIn)
// when the deployment settings give a client id. start() once; finished() exactly once.
class OAuth2Preflight : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        SignedIn,      // result.signIn carries the token
        NotConfigured, // the provider signs in with OAuth2, but no client id is set: nothing tried
        NotOAuth2,     // MailFix knows no OAuth2 sign-in for this address
        Failed,        // refused, timed out, cancelled (result.signIn says which)
    };

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        std::optional<OAuth2Provider> provider;
        OAuth2SignIn::Result signIn;
        bool sendScopeMissing = false; // signed in, but without the scope that allows sending
    };

    struct Options
    {
        QString address;
        ProviderDetector::Options detection; // timeout and CAs included
        OAuth2Settings settings;
        int waitMs = 300000;
    };

    explicit OAuth2Preflight(Options options, QObject *parent = nullptr);

    void start();
    void cancel();

signals:
    void signingIn(const OAuth2Provider &provider); // detection is done; the browser comes next
    void openBrowser(const QUrl &url);
    void finished(const OAuth2Preflight::Result &result);

private:
    void onDetected(const DetectionResult &detection);
    void finish(Result result);

    Options m_options;
    QPointer<ProviderDetector> m_detector;
    QPointer<OAuth2SignIn> m_signIn;
    Result m_result;
    bool m_finished = false;
    bool m_cancelled = false;
};

Q_DECLARE_METATYPE(OAuth2Preflight::Result)
