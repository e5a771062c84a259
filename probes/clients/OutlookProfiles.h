#pragma once

#include "diagnose/Diagnosis.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

// Classic Outlook's POP and IMAP accounts as the Windows registry keeps them, and the outgoing
// settings each uses. Outlook 2013 and later (15.0, 16.0: Microsoft 365, 2021, 2019, 2016) keep a profile's
// accounts under HKCU\Software\Microsoft\Office\<version>\Outlook\Profiles\<profile>
// \9375CFF0413111d3B88A00104B2A6676\<nnnnnnnn>, one key per account. Reading never writes anything, and
// reads no password (Outlook keeps it encrypted there; MailFix never asks for it).
// Which values mean what is known from public descriptions of the registry, not from Microsoft's
// documentation: README "Outlook on Windows" marks it unverified.
class OutlookProfiles
{
    Q_DECLARE_TR_FUNCTIONS(OutlookProfiles)

public:
    // One account key's values: REG_BINARY text (UTF-16LE, NUL-terminated) as QByteArray or QString,
    // REG_DWORD as a number, REG_SZ as QString.
    using Values = QHash<QString, QVariant>;

    struct Account
    {
        QString officeVersion; // "16.0"
        QString profile;       // e.g. "Outlook"
        QString key;           // e.g. "00000002"
        QString name;          // "Account Name"
        QString email;         // "Email"
        QString incomingServer;
        QString incomingUser;
        bool imap = false;                 // IMAP, else POP3
        MailSettings outgoing;             // host, port, security, sign-in, user name
        bool sameAsIncoming = false;       // "Use same settings as my incoming mail server"
        bool logOnToIncomingFirst = false; // "Log on to incoming mail server before sending mail"
    };

    // Pure: an account from one key's values; nullopt when it is not a POP or IMAP account (Exchange,
    // or no SMTP server).
    [[nodiscard]] static std::optional<Account> accountFromValues(const Values &values);
    // Pure: the text of a REG_BINARY or REG_SZ value.
    [[nodiscard]] static QString text(const QVariant &value);

    // Every POP and IMAP account of every profile of every Outlook version, for the current user, read
    // from the registry. Only call after the user agreed. Empty on other systems than Windows.
    [[nodiscard]] static QList<Account> readAll();
    // The registry key that holds the accounts, for messages and the consent question.
    [[nodiscard]] static QString registryRoot();

    // Where the account keys live below a profile.
    static constexpr const char *kAccountsKey = "9375CFF0413111d3B88A00104B2A6676";
};
