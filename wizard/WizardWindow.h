#pragma once

#include "WizardContext.h"

#include <QObject>

#include <memory>

class MailFixWizard;

// The program's window: holds the wizard and, when the user chooses another language, installs it. The
// wizard retranslates itself in place: the page, the answers and the results stay.
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
    std::unique_ptr<MailFixWizard> m_wizard;
};
