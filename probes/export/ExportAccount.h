#pragma once

#include "diagnose/Diagnosis.h"

#include <QCoreApplication>
#include <QString>

// The mail account a setup file describes (an Apple Mail profile, an Outlook PRF, a settings card): who
// it is for and the settings MailFix checked. It never holds a password, so no file made from it can.
struct ExportAccount
{
    Q_DECLARE_TR_FUNCTIONS(ExportAccount)

public:
    QString address;     // the email address
    QString displayName; // the person's name on sent mail; may be empty
    MailSettings outgoing;
    IncomingSettings incoming;

    // A value as it may go into a one-line field of a file: control characters (line breaks, NUL, ...)
    // become spaces, and the ends are trimmed.
    [[nodiscard]] static QString oneLine(const QString &text);
    // False with *error when the address is not one, or a setting cannot be written into a setup file
    // (OAuth2: neither Apple's profile nor a PRF file can set it up).
    [[nodiscard]] bool check(QString *error) const;
};
