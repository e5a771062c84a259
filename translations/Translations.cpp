#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Translations {
namespace {
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

bool isKnown(const QString &code)
{
    for (const Language &language : languages()) {
        if (language.code == code)
            return true;
    }
    return false;
}
} // namespace

QList<Language> languages()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("nl"), QStringLiteral("Nederlands")},
    };
}

QString settingsKey()
{
    return QStringLiteral("language");
}

QString resolve(const QString &requested)
{
    if (isKnown(requested))
        return requested;
    // In the order of the user's preference: the first language MailFix speaks wins, English included
    // (LANGUAGE=en:de means English, although there is no mailfix_en.qm).
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QLocale locale(name);
        if (locale.language() == QLocale::C)
            return QStringLiteral("en");
        const QString code = QLocale::languageToCode(locale.language());
        if (isKnown(code))
            return code;
    }
    return QStringLiteral("en");
}

QLocale localeOf(const QString &language)
{
    const QLocale system = QLocale::system();
    // The system's country when it speaks that language (de_CH), from the locale data: QLocale::system()
    // itself may format numbers after LC_NUMERIC, another language's.
    if (QLocale::languageToCode(system.language()) == language)
        return QLocale(system.language(), system.territory());
    return QLocale(language);
}

QString install(const QString &requested)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();

    const QString language = resolve(requested);
    QLocale::setDefault(localeOf(language)); // dates and numbers in the language MailFix speaks
    if (language == QLatin1String("en"))
        return language;
    // Qt's own strings first, so that MailFix's (installed last, asked first) win where both have one.
    const QStringList files{QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_"),
                            QStringLiteral(":/i18n/mailfix_")};
    for (const QString &file : files) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(file + language + QStringLiteral(".qm")) &&
            QCoreApplication::installTranslator(translator)) {
            installed() << translator;
        } else {
            delete translator;
        }
    }
    return language;
}

} // namespace Translations
