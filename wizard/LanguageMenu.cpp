#include "LanguageMenu.h"

#include "MailFixWizard.h"
#include "Translations.h"

#include <QActionGroup>
#include <QSettings>

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString chosen = QSettings().value(Translations::settingsKey()).toString();
    auto *group = new QActionGroup(this);
    const auto add = [&](const QString &text, const QString &code) {
        QAction *action = addAction(text);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
    };
    add(tr("Same as the system"), QString());
    addSeparator();
    for (const Translations::Language &language : Translations::languages())
        add(language.nativeName, language.code);
    if (!group->checkedAction())
        group->actions().constFirst()->setChecked(true);

    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        QSettings settings;
        if (code.isEmpty())
            settings.remove(Translations::settingsKey());
        else
            settings.setValue(Translations::settingsKey(), code);
        emit languageChosen(code);
    });
}

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
