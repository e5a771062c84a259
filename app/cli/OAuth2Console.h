#pragma once

#include "auth/OAuth2Provider.h"
#ifdef MAILFIX_HAVE_OAUTH2_SIGNIN
#include "auth/OAuth2Preflight.h"
#endif
#include "diagnose/DiagnosisRun.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

// `mailfix-cli diagnose --oauth2`: finds the address's provider, signs in with it in a browser on this
// computer (or prints the address to open, for a technician in a remote session), and gives the diagnosis
// the token, in memory only. Without a client id in the deployment settings it explains and tries nothing.
class OAuth2Console
{
    Q_DECLARE_TR_FUNCTIONS(OAuth2Console)

public:
    enum class Result {
        SignedIn,      // *options carries the token
        NotConfigured, // explained; the diagnosis runs without signing in
        NotOAuth2,     // MailFix knows no OAuth2 sign-in for this address; explained
        Failed,        // refused, timed out or cancelled; explained
    };

    OAuth2Console(QTextStream &err, OAuth2Settings settings, QString browserCommand, int waitMs);

    // Signs in for options->address; on success puts the token into options->credentials.
    [[nodiscard]] Result signIn(DiagnosisRun::Options *options);
    // For the JSON answer: the provider, what happened, the scopes granted and whether they allow sending
    // (never the token, the code or the verifier).
    [[nodiscard]] const QJsonObject &summary() const { return m_summary; }
    // The scopes granted lack the one that allows sending (known only after signIn()).
    [[nodiscard]] bool sendScopeMissing() const { return m_sendScopeMissing; }

private:
#ifdef MAILFIX_HAVE_OAUTH2_SIGNIN
    [[nodiscard]] Result conclude(const OAuth2Preflight::Result &result, DiagnosisRun::Options *options);
#endif
    void openBrowser(const QUrl &url) const;

    QTextStream &m_err;
    OAuth2Settings m_settings;
    QString m_browserCommand;
    int m_waitMs;
    QJsonObject m_summary;
    bool m_sendScopeMissing = false;
};
