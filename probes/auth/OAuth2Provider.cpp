#include "auth/OAuth2Provider.h"

#include <QRegularExpression>

namespace OAuth2Providers {
namespace {

QStringList words(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
}

// Microsoft identity platform v2.0 (learn.microsoft.com: "Authenticate an IMAP, POP or SMTP connection
// using OAuth"); the tenant is "common" unless the administrator names one. Unverified here: no Microsoft
// server can be reached from the test machine.
OAuth2Provider microsoft(const OAuth2Settings &s)
{
    const QString tenant = s.microsoftTenant.isEmpty() ? QStringLiteral("common") : s.microsoftTenant;
    const QString base = QStringLiteral("https://login.microsoftonline.com/%1/oauth2/v2.0/").arg(tenant);
    OAuth2Provider p;
    p.id = QStringLiteral("microsoft");
    p.name = QStringLiteral("Microsoft");
    p.authorizeUrl = QUrl(base + QStringLiteral("authorize"));
    p.tokenUrl = QUrl(base + QStringLiteral("token"));
    // v2.0 sends iss (RFC 9207) only for some tenants; a "common" tenant's issuer names the user's tenant
    p.issuer = tenant == QLatin1String("common") || tenant == QLatin1String("organizations") ||
                       tenant == QLatin1String("consumers")
                   ? QString()
                   : QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(tenant);
    p.clientId = s.microsoftClientId;
    p.smtpScope = QStringLiteral("https://outlook.office.com/SMTP.Send");
    p.scopes = {p.smtpScope, QStringLiteral("https://outlook.office.com/IMAP.AccessAsUser.All"),
                QStringLiteral("https://outlook.office.com/POP.AccessAsUser.All"),
                QStringLiteral("offline_access")};
    p.settingsKey = QStringLiteral("oauth2/microsoftClientId");
    return p;
}

// Google (developers.google.com: "OAuth 2.0 for Mobile & Desktop Apps", the loopback redirect; the
// https://mail.google.com/ scope for IMAP and SMTP). Unverified here, as above.
OAuth2Provider google(const OAuth2Settings &s)
{
    OAuth2Provider p;
    p.id = QStringLiteral("google");
    p.name = QStringLiteral("Google");
    p.authorizeUrl = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    p.tokenUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
    p.issuer = QStringLiteral("https://accounts.google.com");
    p.clientId = s.googleClientId;
    p.smtpScope = QStringLiteral("https://mail.google.com/");
    p.scopes = {p.smtpScope};
    p.settingsKey = QStringLiteral("oauth2/googleClientId");
    return p;
}

OAuth2Provider custom(const OAuth2Settings &s)
{
    OAuth2Provider p;
    p.id = QStringLiteral("custom");
    p.name = QUrl(s.customIssuer).host();
    p.authorizeUrl = QUrl(s.customAuthorizeUrl);
    p.tokenUrl = QUrl(s.customTokenUrl);
    p.issuer = s.customIssuer;
    p.clientId = s.customClientId;
    p.scopes = words(s.customScopes);
    p.smtpScope = s.customSmtpScope;
    p.settingsKey = QStringLiteral("oauth2/customClientId");
    return p;
}

} // namespace

std::optional<OAuth2Provider> forAccount(const QString &detectedProviderId, const QString &domain,
                                         const OAuth2Settings &settings)
{
    if (words(settings.customDomains).contains(domain, Qt::CaseInsensitive))
        return custom(settings);
    if (detectedProviderId == QLatin1String("microsoft365") || detectedProviderId == QLatin1String("outlook"))
        return microsoft(settings);
    if (detectedProviderId == QLatin1String("google"))
        return google(settings);
    return std::nullopt;
}

} // namespace OAuth2Providers
