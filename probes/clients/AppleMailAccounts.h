#pragma once

#include "diagnose/Diagnosis.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// Apple Mail's accounts and the outgoing server each sends through, as Mail keeps them in
// ~/Library/Mail/V<N>/MailData/Accounts.plist (XML or binary property list): "MailAccounts" (the incoming
// accounts, each naming its outgoing server by "SMTPIdentifier") and "DeliveryAccounts" (the outgoing
// servers). Newer macOS versions keep accounts in ~/Library/Accounts/Accounts4.sqlite, which is not read.
// Reading never writes anything and reads no password (Mail keeps it in the Keychain).
// The key names are those public readers of the file use (README "Apple Mail's accounts"); not checked
// against a Mac.
class AppleMailAccounts
{
    Q_DECLARE_TR_FUNCTIONS(AppleMailAccounts)

public:
    // One outgoing server ("DeliveryAccounts" entry).
    struct Delivery
    {
        QString
            identifier; // what an account's SMTPIdentifier names it by: "Hostname:Username", or "Hostname"
        QString name;   // AccountName (Mail's description of the server), may be empty
        MailSettings settings;
    };

    // One incoming account ("MailAccounts" entry of a POP or IMAP type).
    struct Account
    {
        QString type;       // AccountType, e.g. "IMAPAccount", "POPAccount"
        QString name;       // AccountName, may be empty
        QStringList emails; // EmailAddresses, trimmed, empty ones left out
        IncomingSettings incoming;
        QString smtpIdentifier;               // SMTPIdentifier, may be empty
        std::optional<MailSettings> outgoing; // the delivery account SMTPIdentifier names; nullopt if none
    };

    struct List
    {
        QList<Account> accounts;
        QList<Delivery> deliveries;
    };

    // Pure: one outgoing server from its dict; nullopt without a host name or when AccountType says it is
    // no SMTP account.
    [[nodiscard]] static std::optional<Delivery> deliveryFromDict(const QVariantMap &dict);
    // Pure: one incoming account from its dict; nullopt when it is no POP or IMAP account or has no host.
    [[nodiscard]] static std::optional<Account> accountFromDict(const QVariantMap &dict);
    // Pure: the accounts of a parsed property list, each with the outgoing server it names. nullopt (and
    // *error) when the root is no dict with a "MailAccounts" array.
    [[nodiscard]] static std::optional<List> fromPlist(const QVariant &root, QString *error);
    // Pure: the same from the file's bytes (XML or binary).
    [[nodiscard]] static std::optional<List> parse(QByteArrayView bytes, QString *error);

    // The newest Accounts.plist below home (Library/Mail/V10 down to V2), empty when there is none.
    [[nodiscard]] static QString accountsFile(const QString &home);
    // Finds and reads the file below home. Only call after the user agreed.
    [[nodiscard]] static std::optional<List> read(const QString &home, QString *error);

    static constexpr int kOldestVersion = 2;
    static constexpr int kNewestVersion = 10;
};
