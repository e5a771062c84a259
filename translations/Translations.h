#pragma once

#include <QList>
#include <QLocale>
#include <QString>

// The languages MailFix speaks, and installing their translations (embedded as :/i18n/mailfix_xx.qm).
namespace Translations {

struct Language
{
    QString code;       // "en", "de", ...
    QString nativeName; // the language's name in itself: "Deutsch", "Français", ...
};

// English (the source language) first, then every translation MailFix carries.
QList<Language> languages();

// The QSettings key of the wizard's language: a code from languages(), or empty to follow the system.
QString settingsKey();

// The language to use for `requested` (a code from languages()), or, when that is empty or unknown, the
// first of the system's languages that MailFix speaks (QLocale::system().uiLanguages(): on Unix from
// LANGUAGE, LC_ALL, LC_MESSAGES and LANG). English when none is.
QString resolve(const QString &requested = {});

// The locale for numbers and dates in `language`: the system's country where the system speaks it.
QLocale localeOf(const QString &language);

// Installs the translators for resolve(requested), replacing those installed before: MailFix's own, and
// Qt's (qtbase_xx.qm) when Qt's translations are installed, and makes localeOf() the default QLocale. Returns
// the language now in use. Needs a QCoreApplication.
QString install(const QString &requested = {});

} // namespace Translations
