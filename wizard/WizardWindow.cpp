#include "WizardWindow.h"

#include "MailFixWizard.h"
#include "Translations.h"

WizardWindow::WizardWindow(WizardContext::Environment environment, QObject *parent)
    : QObject(parent), m_wizard(std::make_unique<MailFixWizard>(std::move(environment)))
{
    connect(m_wizard.get(), &MailFixWizard::languageChangeRequested, this, &WizardWindow::changeLanguage);
}

WizardWindow::~WizardWindow() = default;

void WizardWindow::show()
{
    m_wizard->show();
}

void WizardWindow::changeLanguage(const QString &language)
{
    // Qt tells every window (QEvent::LanguageChange); the wizard then sets its texts again.
    Translations::install(language);
}
