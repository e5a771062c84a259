#pragma once

#include "WizardContext.h"

#include <QMenu>

#include <memory>

class MailFixWizard;

// The wizard's language menu (on its "Language" button): "the system's language", then English and every
// language MailFix carries, each named in itself. Choosing one saves it in QSettings
// (Translations::settingsKey()) and emits languageChosen.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    // A code from Translations::languages(), or empty: follow the system.
    void languageChosen(const QString &language);
};

// The program's window: holds the wizard and, when the user chooses another language, installs it and
// builds the wizard again in that language (simpler and surer than retranslating every page in place;
// the pasted error message is kept, the address is remembered anyway).
class WizardWindow : public QObject
{
    Q_OBJECT

public:
    explicit WizardWindow(WizardContext::Environment environment, QObject *parent = nullptr);
    ~WizardWindow() override;

    [[nodiscard]] MailFixWizard *wizard() const { return m_wizard.get(); }
    void show();
    void changeLanguage(const QString &language);

private:
    [[nodiscard]] std::unique_ptr<MailFixWizard> build();

    WizardContext::Environment m_environment;
    std::unique_ptr<MailFixWizard> m_wizard;
};
