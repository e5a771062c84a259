#pragma once

// What a person does with the wizard's own buttons, for the GUI tests (header only: it needs Qt Widgets,
// which the rest of mailfix_testsupport does not).
#include <QAction>
#include <QMenu>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QWizard>

namespace WizardActions {

// Opens the Language button's menu with the mouse and clicks the language named `nativeName`.
inline bool chooseLanguage(QWizard *wizard, const QString &nativeName)
{
    auto *button = qobject_cast<QPushButton *>(wizard->button(QWizard::CustomButton2));
    if (!button || !button->menu())
        return false;
    QMenu *menu = button->menu();
    QAction *target = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == nativeName)
            target = action;
    }
    if (!target)
        return false;
    bool clicked = false;
    auto *poll = new QTimer(menu);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, menu, [&clicked, menu, target, poll] {
        if (!menu->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(target).center());
        clicked = true;
    });
    poll->start();
    QTest::mouseClick(button, Qt::LeftButton); // the menu runs its own loop until the click above
    return clicked;
}

} // namespace WizardActions
