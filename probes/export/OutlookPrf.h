#pragma once

#include "export/ExportAccount.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// A classic Outlook profile file (.prf, an INI file; `outlook.exe /importprf FILE`) that adds the POP or
// IMAP account with the checked settings to the user's default profile, in the format the Office
// Customization Tool writes: [General], [Service List], [Internet Account List], [Account1] and the
// property mapping section for the account's type ([I_Mail] for POP3, [IMAP_I_Mail] for IMAP). Never a
// password. The new Outlook for Windows does not read PRF files at all.
class OutlookPrf
{
    Q_DECLARE_TR_FUNCTIONS(OutlookPrf)

public:
    using Entries = QList<QPair<QString, QString>>; // key, value: in file order

    // The file's text, lines ending in CRLF; empty with *error when the account cannot be written.
    [[nodiscard]] static QString build(const ExportAccount &account, QString *error);
    // The bytes to save: plain ASCII when the text is ASCII, else UTF-16LE with a byte order mark (the
    // form Windows' profile (INI) functions read as Unicode).
    [[nodiscard]] static QByteArray encode(const QString &text);

    // The [Account1] values (no section mapping).
    [[nodiscard]] static Entries accountEntries(const ExportAccount &account);
    // The mapping section's name and lines for a protocol, as the Office Customization Tool writes them.
    [[nodiscard]] static QString mappingSection(Protocol incoming);
    [[nodiscard]] static Entries mapping(Protocol incoming);
    // PROP_SMTP_SECURE_CONNECTION (Microsoft's ENCRYPT_CONN_*): 0 none, 1 SSL, 2 TLS (STARTTLS).
    [[nodiscard]] static int secureConnection(SecurityMode mode);
};
