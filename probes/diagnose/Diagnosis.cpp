#include "diagnose/Diagnosis.h"

#include <QCoreApplication>

QString MailSettings::authName(Auth auth)
{
    switch (auth) {
    case Auth::None:
        return QStringLiteral("none");
    case Auth::NormalPassword:
        return QStringLiteral("normal-password");
    case Auth::EncryptedPassword:
        return QStringLiteral("encrypted-password");
    case Auth::OAuth2:
        return QStringLiteral("oauth2");
    }
    return {};
}

bool MailSettings::parseAuth(const QString &text, Auth *auth)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("none"))
        *auth = Auth::None;
    else if (t == QLatin1String("normal-password") || t == QLatin1String("password") ||
             t == QLatin1String("normal"))
        *auth = Auth::NormalPassword;
    else if (t == QLatin1String("encrypted-password") || t == QLatin1String("encrypted") ||
             t == QLatin1String("cram-md5"))
        *auth = Auth::EncryptedPassword;
    else if (t == QLatin1String("oauth2") || t == QLatin1String("oauth"))
        *auth = Auth::OAuth2;
    else
        return false;
    return true;
}

std::optional<MailSettings> MailSettings::parse(const QString &text, QString *error)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    auto fail = [error](const QString &message) {
        *error = message;
        return std::optional<MailSettings>();
    };
    if (parts.size() != 4)
        return fail(QCoreApplication::translate("MailSettings",
                                                "\"%1\" is not HOST:PORT:SECURITY:AUTH, for example "
                                                "smtp.example.com:587:starttls:normal-password")
                        .arg(text));
    MailSettings s;
    s.host = parts.at(0).trimmed().toLower();
    if (s.host.isEmpty() || s.host.contains(QLatin1Char(' ')) || s.host.contains(QLatin1Char('/')))
        return fail(
            QCoreApplication::translate("MailSettings", "\"%1\" is not a server name").arg(parts.at(0)));
    bool ok = false;
    const uint port = parts.at(1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return fail(
            QCoreApplication::translate("MailSettings", "\"%1\" is not a port (1-65535)").arg(parts.at(1)));
    s.port = quint16(port);
    if (!ProbeNames::parseSecurity(parts.at(2), &s.security))
        return fail(
            QCoreApplication::translate("MailSettings", "unknown security \"%1\" (use none, starttls or tls)")
                .arg(parts.at(2)));
    if (!parseAuth(parts.at(3), &s.auth))
        return fail(
            QCoreApplication::translate(
                "MailSettings",
                "unknown authentication \"%1\" (use none, normal-password, encrypted-password or oauth2)")
                .arg(parts.at(3)));
    return s;
}

std::optional<IncomingSettings> IncomingSettings::parse(const QString &text, QString *error)
{
    QStringList parts = text.trimmed().split(QLatin1Char(':'));
    IncomingSettings s;
    if (parts.size() != 4 || !ProbeNames::parseProtocol(parts.at(3).trimmed().toLower(), &s.protocol) ||
        s.protocol == Protocol::Smtp) {
        *error = QCoreApplication::translate("MailSettings",
                                             "\"%1\" is not HOST:PORT:SECURITY:PROTOCOL, for example "
                                             "imap.example.com:993:tls:imap (the protocol is imap or pop3)")
                     .arg(text);
        return std::nullopt;
    }
    parts[3] = QStringLiteral("normal-password");
    const std::optional<MailSettings> settings = MailSettings::parse(parts.join(QLatin1Char(':')), error);
    if (!settings)
        return std::nullopt;
    s.settings = *settings;
    return s;
}

bool Diagnosis::hasCause() const
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return f.severity == Finding::Severity::Cause; });
}

const Finding *Diagnosis::find(FindingCode code) const
{
    for (const Finding &f : findings) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

const Finding *AccountVerdict::cause() const
{
    for (const Finding &f : findings) {
        if (f.severity == Finding::Severity::Cause)
            return &f;
    }
    return nullptr;
}
