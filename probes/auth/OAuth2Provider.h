#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The OAuth2 settings an administrator gives in the deployment settings ([oauth2] in mailfix.conf): MailFix
// has no client secret and no client id of its own; MSPs register their own application with Microsoft
// Entra or Google. "custom" is an identity provider of the organisation's own (on-premises servers; the
// tests' local one).
struct OAuth2Settings
{
    QString microsoftClientId;
    QString microsoftTenant = QStringLiteral("common");
    QString googleClientId;
    QString customIssuer; // https URL; the iss it must send back (RFC 9207)
    QString customAuthorizeUrl;
    QString customTokenUrl;
    QString customClientId;
    QString customScopes;    // space-separated, all requested
    QString customSmtpScope; // the one that allows sending
    QString customDomains;   // space-separated mail domains that sign in there
};

// One identity provider MailFix can sign in with (the authorization code flow with PKCE, RFC 7636).
struct OAuth2Provider
{
    QString id;   // "microsoft", "google", "custom"
    QString name; // "Microsoft", "Google", the custom issuer's host
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString issuer;      // the iss the redirect must carry when it carries one; empty: not known
    QString clientId;    // empty: the administrator set none, MailFix cannot sign in
    QStringList scopes;  // requested
    QString smtpScope;   // the scope that lets the token send mail
    QString settingsKey; // where the client id goes: "oauth2/microsoftClientId"

    [[nodiscard]] bool canSignIn() const { return !clientId.isEmpty(); }
};

namespace OAuth2Providers {

// Pure: the provider the address signs in with, from the provider detection found (its id in
// resources/providers/platforms.json: microsoft365, outlook, google) or the custom provider's domains;
// nullopt when the address does not sign in with OAuth2 as far as MailFix knows. The provider's URLs and
// scopes are in the table in OAuth2Provider.cpp (Microsoft identity platform v2.0, Google OAuth 2.0).
[[nodiscard]] std::optional<OAuth2Provider> forAccount(const QString &detectedProviderId,
                                                       const QString &domain, const OAuth2Settings &settings);

} // namespace OAuth2Providers
