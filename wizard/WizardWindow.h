#pragma once

#include "WizardContext.h"

#include <QObject>

#include <memory>

class MailFixWizard;

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
