#pragma once

#include "clients/ThunderbirdSettingsWriter.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// "Fix it for me" for Thunderbird: shows which accounts of the profile can get the verified settings and
// exactly which values change, from what to what; with the user's consent (Thunderbird closed), writes them
// (ThunderbirdSettingsWriter: a backup first) and offers Undo.
class ThunderbirdFixDialog : public QDialog
{
    Q_OBJECT

public:
    ThunderbirdFixDialog(const QString &profilePath, const MailSettings &verified, QWidget *parent = nullptr);

    // The profile the wizard read (ProgramAccounts::read's): the first profile of the first root; empty if
    // none.
    [[nodiscard]] static QString defaultProfile();

private:
    void preview();
    void applyChanges();
    void undoChanges();
    [[nodiscard]] QStringList chosenAccounts() const;

    ThunderbirdSettingsWriter m_writer;
    MailSettings m_verified;
    QList<ThunderbirdSettingsWriter::Account> m_accounts;
    ThunderbirdSettingsWriter::Plan m_plan;
    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_changes = nullptr;
    QCheckBox *m_consent = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_undo = nullptr;
    bool m_loaded = false;
};
