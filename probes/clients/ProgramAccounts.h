#pragma once

#include "clients/AppleMailAccounts.h"
#include "clients/MailClients.h"
#include "clients/OutlookProfiles.h"
#include "diagnose/Diagnosis.h"

#include <QCoreApplication>
#include <QList>

// The accounts of a mail program on this computer with the outgoing settings each uses, as the
// diagnosis takes them: Thunderbird's default profile (prefs.js), classic Outlook's profiles (the
// registry, Windows only), Apple Mail's Accounts.plist (macOS only). Only call read() after the user agreed;
// nothing is written, no password read.
class ProgramAccounts
{
    Q_DECLARE_TR_FUNCTIONS(ProgramAccounts)

public:
    // The program's accounts; on failure (program not found, unreadable profile) empty and *error says why.
    [[nodiscard]] static QList<ProgramAccount> read(MailClients::Program program, QString *error);

    // Pure: one account per identity that sends through a server (Thunderbird).
    [[nodiscard]] static QList<ProgramAccount>
    fromThunderbird(const MailClients::ThunderbirdProfile &profile);
    // Pure: one account per POP/IMAP account (Outlook).
    [[nodiscard]] static QList<ProgramAccount> fromOutlook(const QList<OutlookProfiles::Account> &accounts);
    // Pure: one account per address of each POP/IMAP account that names an outgoing server (Apple Mail).
    [[nodiscard]] static QList<ProgramAccount>
    fromAppleMail(const QList<AppleMailAccounts::Account> &accounts);
};
