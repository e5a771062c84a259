#include "WizardWindow.h"

#include "MailFixWizard.h"
#include "Translations.h"

WizardWindow::WizardWindow(WizardContext::Environment environment, QObject *parent)
    : QObject(parent), m_environment(std::move(environment)), m_wizard(build())
{}

WizardWindow::~WizardWindow() = default;

void WizardWindow::show()
{
    m_wizard->show();
}

void WizardWindow::changeLanguage(const QString &language)
{
    Translations::install(language);
    std::unique_ptr<MailFixWizard> wizard = build();
    wizard->restoreGeometry(m_wizard->saveGeometry());
    wizard->setField(QStringLiteral("errorText"), m_wizard->field(QStringLiteral("errorText")));
    // The new window shows before the old one goes, so the application always has a window.
    if (m_wizard->isVisible())
        wizard->show();
    m_wizard = std::move(wizard);
}

std::unique_ptr<MailFixWizard> WizardWindow::build()
{
    auto wizard = std::make_unique<MailFixWizard>(m_environment);
    // Queued: the old window is deleted after the menu that asked for it has closed.
    connect(wizard.get(), &MailFixWizard::languageChangeRequested, this, &WizardWindow::changeLanguage,
            Qt::QueuedConnection);
    return wizard;
}
