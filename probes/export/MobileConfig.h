#pragma once

#include "export/ExportAccount.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

// An Apple configuration profile (.mobileconfig, an XML property list) with one email account payload
// (com.apple.mail.managed) for Mail on macOS, iPhone and iPad: incoming and outgoing server, port, SSL,
// sign-in and user names, the address and the person's name; never a password (Mail asks for it).
// The keys are Apple's (github.com/apple/device-management, mdm/profiles/com.apple.mail.managed.yaml).
// Its identifiers are derived from the address, so installing a newer profile for the same address
// replaces the older one instead of adding a second account.
class MobileConfig
{
    Q_DECLARE_TR_FUNCTIONS(MobileConfig)

public:
    // The profile's text; empty with *error when the account cannot be written (ExportAccount::check).
    [[nodiscard]] static QString build(const ExportAccount &account, QString *error);

    // "EmailAuthNone", "EmailAuthPassword", "EmailAuthCRAMMD5"; empty for OAuth2 (the payload has none).
    [[nodiscard]] static QString authentication(MailSettings::Auth auth);
    // Apple's one switch, "Use SSL": on for SSL/TLS and for STARTTLS alike. The payload has no way to say
    // which of the two; Mail chooses by itself.
    [[nodiscard]] static bool useSsl(SecurityMode mode) { return mode != SecurityMode::None; }
    // The profile's PayloadIdentifier and the two UUIDs: the same for the same address (any case).
    [[nodiscard]] static QString profileIdentifier(const QString &address);
    [[nodiscard]] static QUuid profileUuid(const QString &address);
    [[nodiscard]] static QUuid accountUuid(const QString &address);
};
