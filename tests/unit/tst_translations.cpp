#include "LanguageMenu.h"
#include "MailFixWizard.h"
#include "Translations.h"
#include "WizardWindow.h"
#include "guides/GuideLibrary.h"
#include "guides/GuideRenderer.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// The translations (translations/*.ts): every one complete, none stale, the .qm files built from them
// embedded and used, and the translated guide texts fitting their boxes.
//
// Complete: no message unfinished, vanished or obsolete, none empty; the same placeholders (%1..%9, %n,
// {host}), mnemonics (&), HTML tags, indentation and final line breaks as the English source. Not stale:
// lupdate, run exactly as the build's update_translations target runs it (same sources, include paths and
// options; only the output file is a temporary one), finds the same messages as each .ts file holds. When
// this test fails: build the update_translations target, translate what it marked unfinished, commit (README,
// "Translations").
namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // of <translation>: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form

    [[nodiscard]] QString key() const
    {
        return context + QLatin1Char('|') + source + QLatin1Char('|') + comment +
               (numerus ? QStringLiteral("|n") : QString());
    }
    [[nodiscard]] QString where() const
    {
        QString text = source.left(90);
        text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        return QLatin1Char('[') + context + QStringLiteral("] \"") + text + QLatin1Char('"');
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations << xml.readElementText();
                ts.messages << message;
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("numerusform"))
                    message.translations << xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("line %1: %2").arg(QString::number(xml.lineNumber()), xml.errorString());
    return ts;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList matches(const QRegularExpression &expression, const QString &text)
{
    QStringList found;
    for (auto it = expression.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

// %1..%99, %L1, %n, %Ln, and the guides' {host}, {port}, ...: the set (a translation may repeat one, or say
// it once where English says it twice).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression expression(QStringLiteral("%L?(\\d{1,2}|n)|\\{[A-Za-z]+\\}"));
    QStringList found = matches(expression, text);
    for (QString &one : found) {
        if (one.startsWith(QLatin1String("%L")))
            one.remove(1, 1);
    }
    found.removeDuplicates();
    return sorted(found);
}

// Mnemonics: a single & before a character, not "&&" and not an HTML entity (&lt;, &#160;).
int mnemonics(QString text)
{
    text.replace(QLatin1String("&&"), QString());
    static const QRegularExpression expression(QStringLiteral("&(?![a-zA-Z]+;|#\\d+;)\\S"));
    return int(matches(expression, text).size());
}

// HTML tags, whole (attributes included), as a multiset.
QStringList htmlTags(const QString &text)
{
    static const QRegularExpression expression(
        QStringLiteral(
            "</?(a|b|i|u|s|p|br|hr|ul|ol|li|tt|code|pre|em|strong|small|big|span|div|table|tr|td|th|"
            "h[1-6]|img|qt|font|nobr|sub|sup|blockquote|dl|dt|dd|html|head|body|style)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    return sorted(matches(expression, text));
}

// The indentation and the line breaks at the end (console output is aligned and ends its lines).
QString edges(const QString &text)
{
    qsizetype indent = 0;
    while (indent < text.size() && text.at(indent) == QLatin1Char(' '))
        ++indent;
    qsizetype breaks = 0;
    while (breaks < text.size() && text.at(text.size() - 1 - breaks) == QLatin1Char('\n'))
        ++breaks;
    return QStringLiteral("%1/%2").arg(indent).arg(breaks);
}

QString tsDirectory()
{
    return QStringLiteral(MAILFIX_TS_DIR);
}

QStringList tsFiles()
{
    return QDir(tsDirectory()).entryList({QStringLiteral("mailfix_*.ts")}, QDir::Files, QDir::Name);
}

QString languageOf(const QString &tsFile)
{
    return tsFile.section(QLatin1Char('_'), 1).section(QLatin1Char('.'), 0, 0);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    // The messages in MailFix's sources now, found by lupdate as the build runs it; empty on failure.
    QSet<QString> m_sourceKeys;
    QString m_lupdateProblem;

    void runLupdate()
    {
        QTemporaryDir temp;
        if (!temp.isValid()) {
            m_lupdateProblem = QStringLiteral("no temporary folder");
            return;
        }
        QFile projectFile(QStringLiteral(MAILFIX_LUPDATE_PROJECT));
        if (!projectFile.open(QIODevice::ReadOnly)) {
            m_lupdateProblem = QStringLiteral("cannot read %1").arg(projectFile.fileName());
            return;
        }
        QJsonObject project = QJsonDocument::fromJson(projectFile.readAll()).object();
        // As Qt's GenerateLUpdateProject.cmake: sources that do not exist (yet) are left out.
        QJsonArray sources;
        for (const QJsonValue &source : project.value(QLatin1String("sources")).toArray()) {
            if (QFile::exists(source.toString()))
                sources << source;
        }
        project.insert(QLatin1String("sources"), sources);
        const QString ts = temp.filePath(QStringLiteral("mailfix_check.ts"));
        project.insert(QLatin1String("translations"), QJsonArray{ts});
        const QString json = temp.filePath(QStringLiteral("project.json"));
        QFile jsonFile(json);
        if (!jsonFile.open(QIODevice::WriteOnly) || jsonFile.write(QJsonDocument(project).toJson()) < 0 ||
            !jsonFile.flush()) {
            m_lupdateProblem = QStringLiteral("cannot write %1").arg(json);
            return;
        }
        jsonFile.close();

        QStringList arguments{QStringLiteral("-project"), json};
        arguments << QStringLiteral(MAILFIX_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QProcess lupdate;
        lupdate.start(QStringLiteral(MAILFIX_LUPDATE), arguments);
        if (!lupdate.waitForFinished(120000) || lupdate.exitStatus() != QProcess::NormalExit ||
            lupdate.exitCode() != 0) {
            m_lupdateProblem =
                QStringLiteral("%1 %2 failed: %3 %4")
                    .arg(QStringLiteral(MAILFIX_LUPDATE), arguments.join(QLatin1Char(' ')),
                         lupdate.errorString(), QString::fromLocal8Bit(lupdate.readAllStandardError()));
            return;
        }
        const QString warnings = QString::fromLocal8Bit(lupdate.readAllStandardError()).trimmed();
        if (!warnings.isEmpty())
            qInfo().noquote() << "lupdate says:" << warnings;
        const TsFile fresh = readTs(ts);
        if (!fresh.error.isEmpty()) {
            m_lupdateProblem = fresh.error;
            return;
        }
        for (const Message &message : fresh.messages)
            m_sourceKeys.insert(message.key());
    }

    static void tsFileRows()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : tsFiles())
            QTest::newRow(qPrintable(file)) << file;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the language choice goes to a test settings file
        // An INI file on every platform (Windows' default is the registry, which test mode does not move),
        // under a name of its own (on Windows QSettings() reads and writes nothing without one).
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QCoreApplication::setOrganizationName(QStringLiteral("MailFixTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        QSettings().remove(Translations::settingsKey());
#ifndef MAILFIX_CROSS_BUILT
        runLupdate();
#endif
    }

    void cleanupTestCase()
    {
        QSettings().remove(Translations::settingsKey());
        Translations::install(QStringLiteral("en"));
    }

    // Every language MailFix offers (but English, the source) has a .ts file, and every .ts file is offered.
    void everyLanguageHasItsFile()
    {
        QStringList offered;
        for (const Translations::Language &language : Translations::languages()) {
            QVERIFY(!language.nativeName.isEmpty());
            if (language.code != QLatin1String("en"))
                offered << language.code;
        }
        QStringList files;
        for (const QString &file : tsFiles())
            files << languageOf(file);
        QCOMPARE(sorted(files), sorted(offered));
        QCOMPARE(sorted(files), sorted({QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                                        QStringLiteral("nl")}));
    }

    void isComplete_data() { tsFileRows(); }
    void isComplete()
    {
        QFETCH(QString, file);
        const TsFile ts = readTs(QDir(tsDirectory()).filePath(file));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language.section(QLatin1Char('_'), 0, 0), languageOf(file));
        QVERIFY(!ts.messages.isEmpty());

        QStringList problems;
        for (const Message &message : ts.messages) {
            if (!message.type.isEmpty()) {
                problems << message.type + QStringLiteral(": ") + message.where();
                continue;
            }
            if (message.numerus && message.translations.size() < 2)
                problems << QStringLiteral("plural forms missing: ") + message.where();
            for (const QString &translation : message.translations) {
                if (translation.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty: ") + message.where();
                    continue;
                }
                const QString what =
                    message.where() + QStringLiteral(" -> \"") + translation + QLatin1Char('"');
                if (placeholders(translation) != placeholders(message.source)) {
                    problems << QStringLiteral("placeholders %1 instead of %2: ")
                                        .arg(placeholders(translation).join(QLatin1Char(',')),
                                             placeholders(message.source).join(QLatin1Char(','))) +
                                    what;
                }
                if (mnemonics(translation) != mnemonics(message.source)) {
                    problems << QStringLiteral("%1 mnemonic(s) instead of %2: ")
                                        .arg(mnemonics(translation))
                                        .arg(mnemonics(message.source)) +
                                    what;
                }
                if (htmlTags(translation) != htmlTags(message.source))
                    problems << QStringLiteral("HTML tags differ: ") + what;
                if (edges(translation) != edges(message.source))
                    problems << QStringLiteral("leading spaces or line breaks at the end differ: ") + what;
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s) in ").arg(problems.size()) + file +
                            QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
    }

    void isUpToDate_data() { tsFileRows(); }
    void isUpToDate()
    {
        QFETCH(QString, file);
#ifdef MAILFIX_CROSS_BUILT
        QSKIP("lupdate is a tool of the build machine, not of the one that runs this test: the native build's "
              "run of this test checks the .ts files");
#endif
        QVERIFY2(m_lupdateProblem.isEmpty(), qPrintable(m_lupdateProblem));
        QVERIFY(!m_sourceKeys.isEmpty());
        const TsFile ts = readTs(QDir(tsDirectory()).filePath(file));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QSet<QString> committed;
        for (const Message &message : ts.messages)
            committed.insert(message.key());

        QStringList missing = QStringList((m_sourceKeys - committed).values());
        QStringList gone = QStringList((committed - m_sourceKeys).values());
        missing.sort();
        gone.sort();
        const QString separator = QStringLiteral("\n    ");
        const QString report =
            file + QStringLiteral(" is stale: build the update_translations target and translate.") +
            QStringLiteral("\n  Not in the file (%1):").arg(missing.size()) + separator +
            missing.mid(0, 20).join(separator) +
            QStringLiteral("\n  No longer in the sources (%1):").arg(gone.size()) + separator +
            gone.mid(0, 20).join(separator);
        QVERIFY2(missing.isEmpty() && gone.isEmpty(), qPrintable(report));
    }

    // The .qm files are in the binary (:/i18n), and installing a language translates MailFix's strings and
    // Qt's own (the wizard's buttons).
    void qmFilesAreEmbedded_data() { tsFileRows(); }
    void qmFilesAreEmbedded()
    {
        QFETCH(QString, file);
        const QString language = languageOf(file);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/mailfix_%1.qm").arg(language)));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language().section(QLatin1Char('_'), 0, 0), language);

        QCOMPARE(Translations::install(language), language);
        const QString cancel = QCoreApplication::translate("QWizard", "Cancel");
        QVERIFY2(cancel != QLatin1String("Cancel"), qPrintable(cancel));
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QWizard", "Cancel"), QStringLiteral("Cancel"));
    }

    // The guides draw the mail programs' dialogs with translated texts: each must still fit its box, as in
    // English (tst_guidesrender checks every combination in English; here, in every language, the settings
    // that change the words). A text that does not fit is drawn clipped: shorten the translation, or widen
    // the box in the guide.
    void guideTextsFitInEveryLanguage_data() { tsFileRows(); }
    void guideTextsFitInEveryLanguage()
    {
        QFETCH(QString, file);
        QCOMPARE(Translations::install(languageOf(file)), languageOf(file));
        GuideLibrary library;
        library.loadBundled();
        QVERIFY2(library.errors().isEmpty(), qPrintable(library.errors().join(QLatin1Char('\n'))));
        QStringList problems;
        for (const Guide &guide : library.guides()) {
            for (const GuideStep &step : guide.steps) {
                if (!step.dialog)
                    continue;
                QHash<int, int> callouts;
                for (const GuideWidget &widget : step.dialog->widgets) {
                    if (widget.callout > 0)
                        callouts.insert(widget.callout, widget.callout);
                }
                for (SecurityMode security :
                     {SecurityMode::None, SecurityMode::StartTls, SecurityMode::ImplicitTls}) {
                    for (MailSettings::Auth auth :
                         {MailSettings::Auth::None, MailSettings::Auth::NormalPassword,
                          MailSettings::Auth::EncryptedPassword, MailSettings::Auth::OAuth2}) {
                        GuideValues values;
                        values.host = QStringLiteral("smtp.example.com");
                        values.currentHost = QStringLiteral("mail.example.com");
                        values.port = 587;
                        values.security = security;
                        values.auth = auth;
                        values.username = QStringLiteral("alice@example.com");
                        values.address = values.username;
                        values.account = values.username;
                        const GuideRenderer::Result result =
                            GuideRenderer::render(guide, *step.dialog, values, callouts, 1);
                        for (const GuideTextIssue &issue : result.issues)
                            problems << guide.key() + QLatin1Char('/') + step.id + QStringLiteral(": ") +
                                            issue.toString();
                    }
                }
            }
        }
        Translations::install(QStringLiteral("en"));
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QString::number(problems.size()) + QStringLiteral(" text(s) too large:\n  ") +
                            problems.join(QStringLiteral("\n  "))));
    }

    void unknownLanguagesFollowTheSystem()
    {
        const QString system = Translations::resolve();
        QCOMPARE(Translations::resolve(QStringLiteral("xx")), system);
        QCOMPARE(Translations::resolve(QStringLiteral("nl")), QStringLiteral("nl"));
    }

    // The Language button lists the languages in their own names; choosing one saves it and retranslates the
    // wizard in place (the same window: tst_wizardinuse checks that the page and the answers stay).
    void languageMenuRetranslatesTheWizard()
    {
        Translations::install(QStringLiteral("en"));
        WizardWindow window({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(window.wizard()));
        auto *button = qobject_cast<QPushButton *>(window.wizard()->button(QWizard::CustomButton2));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(!button->accessibleName().isEmpty());
        QMenu *menu = button->menu();
        QVERIFY(menu);
        QStringList names;
        QAction *deutsch = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            names << action->text();
            if (action->text() == QLatin1String("Deutsch"))
                deutsch = action;
        }
        for (const char *name : {"English", "Deutsch", "Français", "Español", "Nederlands"})
            QVERIFY2(names.contains(QString::fromUtf8(name)), name);
        QVERIFY(deutsch);
        QCOMPARE(window.wizard()->button(QWizard::NextButton)->text(), QStringLiteral("&Next >"));

        window.wizard()->setField(QStringLiteral("errorText"),
                                  QStringLiteral("535 Incorrect authentication data"));
        const MailFixWizard *before = window.wizard();
        deutsch->trigger();
        QTRY_COMPARE(window.wizard()->button(QWizard::NextButton)->text(),
                     QCoreApplication::translate("QWizard", "&Next >"));
        QVERIFY(window.wizard() == before);
        QCOMPARE(QSettings().value(Translations::settingsKey()).toString(), QStringLiteral("de"));
        QVERIFY(window.wizard()->isVisible());
        QCOMPARE(window.wizard()->field(QStringLiteral("errorText")).toString(),
                 QStringLiteral("535 Incorrect authentication data"));
        const QString next = window.wizard()->button(QWizard::NextButton)->text();
        QCOMPARE(next, QCoreApplication::translate("QWizard", "&Next >"));
        QVERIFY2(next != QLatin1String("&Next >"), qPrintable(next));
        QCOMPARE(window.wizard()->button(QWizard::CustomButton2)->text(), MailFixWizard::tr("&Language"));
        QVERIFY(MailFixWizard::tr("&Language") != QLatin1String("&Language"));

        window.changeLanguage(QStringLiteral("en"));
        QTRY_COMPARE(window.wizard()->button(QWizard::NextButton)->text(), QStringLiteral("&Next >"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
