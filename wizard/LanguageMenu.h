#pragma once

#include <QMenu>

// The wizard's language menu (on its "Language" button): "the system's language", then English and every
// language MailFix carries, each named in itself. Choosing one saves it in QSettings
// (Translations::settingsKey()) and emits languageChosen.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);
    // "Same as the system" in the language installed now (each language keeps its own name).
    void retranslate();

signals:
    // A code from Translations::languages(), or empty: follow the system.
    void languageChosen(const QString &language);

private:
    QAction *m_system = nullptr;
};
