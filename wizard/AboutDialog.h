#pragma once

#include <QDialog>

// Help > About: what MailFix is, its version, and the licences of what it is built from (Qt,
// OpenSSL, the Thunderbird ISPDB data).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The licence text shown, also for tests.
    [[nodiscard]] static QString licenceText();
};
