#include "LanguageMenu.h"

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
        if (code.isEmpty())
            m_system = action;
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

void LanguageMenu::retranslate()
{
    m_system->setText(tr("Same as the system"));
}
