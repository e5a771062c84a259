#include "report/Wording.h"

QString Wording::security(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::None:
        return tr("None");
    case SecurityMode::StartTls:
        return tr("STARTTLS");
    case SecurityMode::ImplicitTls:
        return tr("SSL/TLS");
    }
    return {};
}

QString Wording::securityInSentence(SecurityMode mode)
{
    return mode == SecurityMode::None ? tr("no encryption") : security(mode);
}

QString Wording::auth(MailSettings::Auth auth)
{
    switch (auth) {
    case MailSettings::Auth::None:
        return tr("No authentication");
    case MailSettings::Auth::NormalPassword:
        return tr("Normal password");
    case MailSettings::Auth::EncryptedPassword:
        return tr("Encrypted password");
    case MailSettings::Auth::OAuth2:
        return tr("OAuth2");
    }
    return {};
}

QString Wording::settings(const MailSettings &s)
{
    return tr("server %1, port %2, %3").arg(s.host).arg(s.port).arg(securityInSentence(s.security));
}

QString Wording::endpoint(const ProbeEndpoint &e)
{
    return QStringLiteral("%1:%2 (%3)").arg(e.host).arg(e.port).arg(securityInSentence(e.security));
}
