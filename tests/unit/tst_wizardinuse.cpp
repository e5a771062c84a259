#include "MailFixWizard.h"
#include "Translations.h"
#include "Version.h"
#include "WizardActions.h"
#include "WizardWindow.h"
#include "pages/AccountPage.h"
#include "pages/FixPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>

#include <cmath>
#include <tuple>

// The wizard as people use it (issue 18), driven with real key presses and mouse clicks on the offscreen
// platform, with the check replaced by a fixed diagnosis (no network): changing the language keeps the page
// and every answer, the Fix page starts at step 1, and no two things on a page share a mnemonic.
namespace {

Diagnosis signInNeeded()
{
    Diagnosis d;
    Finding cause;
    cause.code = FindingCode::AuthRequired;
    cause.severity = Finding::Severity::Cause;
    cause.title = QStringLiteral("Your mail server wants your mail program to sign in before it sends.");
    cause.fix = QStringLiteral("Turn on signing in.");
    d.findings << cause;
    Recommendation r;
    r.settings.host = QStringLiteral("smtp.example.com");
    r.settings.port = 465;
    r.settings.security = SecurityMode::ImplicitTls;
    r.settings.auth = MailSettings::Auth::NormalPassword;
    r.settings.username = QStringLiteral("alice@example.com");
    r.verified = true;
    d.recommended = r;
    d.anythingReachable = true;
    return d;
}

// The seed case with a wrong password: the pasted error says the program does not sign in (first, as the
// engine lists it), and MailFix's own sign-in with the typed password was refused. One alternative was not
// checked.
Diagnosis passwordRefusedAfterPaste()
{
    Diagnosis d = signInNeeded();
    d.findings.first().detail = QStringLiteral(
        "This comes from the message your program showed; MailFix could not check it by itself.");
    Finding refused;
    refused.code = FindingCode::AuthFailed;
    refused.severity = Finding::Severity::Cause;
    refused.title = QStringLiteral("The server did not accept your user name or password.");
    refused.detail = QStringLiteral("MailFix tried to sign in as alice@example.com and the server said no.");
    refused.fix = QStringLiteral("Check your password, and use your full email address as the user name.");
    d.findings << refused;
    d.summaryLine = QStringLiteral("Sending does not work: ") + d.findings.first().title;
    d.recommended->verified = false;
    d.recommended->unconfirmed << QStringLiteral("The server did not accept the password.");
    MailSettings other = d.recommended->settings;
    other.port = 587;
    other.security = SecurityMode::StartTls;
    d.recommended->alternatives << Alternative{other, false};
    return d;
}

WizardContext::Environment offline()
{
    WizardContext::Environment e;
    e.fakeRun = [](const DiagnosisRun::Options &) { return signInNeeded(); };
    e.approveHosts = [](const QStringList &, const DetectionResult &) { return QStringList(); };
    return e;
}

// The rows the checking page shows for a typical account, with the longest words it has: sending on 25, 465,
// 587 and a second server, all working; receiving on all four ports, refused.
WizardContext::Environment withEveryKindOfRow()
{
    WizardContext::Environment d = offline();
    const auto smtp = [](const QString &host, quint16 port, SecurityMode security) {
        ProbeResult r;
        r.endpoint = {host, port, security, Protocol::Smtp};
        r.outcome = ProbeResult::Outcome::Completed;
        r.connect = ConnectOutcome::Connected;
        r.banner = BannerOutcome::Ready;
        r.auth.outcome = AuthOutcome::Succeeded;
        r.relayWithAuth.outcome = RelayOutcome::Accepted;
        r.elapsedMs = 1234;
        return r;
    };
    const QString host = QStringLiteral("smtp.example.com");
    d.fakeProbes << smtp(host, 587, SecurityMode::StartTls) << smtp(host, 25, SecurityMode::StartTls)
                 << smtp(host, 465, SecurityMode::ImplicitTls)
                 << smtp(QStringLiteral("mail.example.com"), 587, SecurityMode::StartTls);
    for (const auto &[protocol, port, security] :
         {std::tuple{Protocol::Imap, quint16(993), SecurityMode::ImplicitTls},
          {Protocol::Pop3, quint16(995), SecurityMode::ImplicitTls},
          {Protocol::Imap, quint16(143), SecurityMode::StartTls},
          {Protocol::Pop3, quint16(110), SecurityMode::StartTls}}) {
        ProbeResult r;
        r.endpoint = {QStringLiteral("imap.example.com"), port, security, protocol};
        r.connect = ConnectOutcome::Refused;
        d.fakeIncomingProbes << r;
    }
    return d;
}

template <typename T> T *child(const QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

// Clicks a button of the wizard with the mouse (it must be enabled).
bool click(QWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard->button(which);
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

// Selects what the field holds and types `text` over it.
void typeInto(QWidget *field, const QString &text)
{
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

// Chooses an item of a combo box with the arrow keys.
void chooseWithKeys(QComboBox *combo, const QVariant &data)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData() != data; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

using WizardActions::chooseLanguage;

// From the welcome page to the verdict, as a user does it.
void goToVerdict(MailFixWizard *wizard, MailClients::Program program)
{
    QCOMPARE(wizard->currentId(), int(MailFixWizard::WelcomePageId));
    auto *error = child<QPlainTextEdit>(wizard, "errorText");
    QTest::mouseClick(error->viewport(), Qt::LeftButton);
    QTest::keyClicks(error, QStringLiteral("530 5.7.0 Authentication required"));
    QVERIFY(click(wizard, QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(MailFixWizard::AccountPageId));
    typeInto(child<QLineEdit>(wizard, "address"), QStringLiteral("alice@example.com"));
    typeInto(child<QLineEdit>(wizard, "password"), QStringLiteral("not-a-secret"));
    chooseWithKeys(child<QComboBox>(wizard, "program"), int(program));
    QVERIFY(click(wizard, QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(MailFixWizard::CheckingPageId));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(click(wizard, QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(MailFixWizard::VerdictPageId));
}

// From the welcome page to the Fix page.
void goToFix(MailFixWizard *wizard, MailClients::Program program)
{
    goToVerdict(wizard, program);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(click(wizard, QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(MailFixWizard::FixPageId));
}

// Every text the current page shows: its visible labels and text browsers.
QString shownText(const QWizard *wizard)
{
    QStringList out;
    for (const QLabel *label : wizard->currentPage()->findChildren<QLabel *>()) {
        if (label->isVisible())
            out << label->text();
    }
    for (const QTextBrowser *browser : wizard->currentPage()->findChildren<QTextBrowser *>()) {
        if (browser->isVisible())
            out << browser->toPlainText();
    }
    return out.join(QLatin1Char('\n'));
}

// The label a form gives `field` ("&Email address:").
QString labelOf(QWidget *field)
{
    for (const QFormLayout *form : field->window()->findChildren<QFormLayout *>()) {
        if (const auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            return label->text();
    }
    return {};
}

QString mnemonicOf(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : key.toString(QKeySequence::NativeText);
}

// The mnemonics a user can press on the wizard's current page: its buttons (also those it shows only at
// times, like "Check again" after a stop), the labels of its fields, its group boxes, and the wizard's own
// buttons shown now. Each mnemonic maps to the texts that use it.
QMultiMap<QString, QString> pageMnemonics(const QWizard *wizard)
{
    QMultiMap<QString, QString> found;
    const auto add = [&found](const QString &text) {
        const QString key = mnemonicOf(text);
        if (!key.isEmpty())
            found.insert(key, text);
    };
    const QWidget *page = wizard->currentPage();
    for (const QAbstractButton *button : page->findChildren<QAbstractButton *>())
        add(button->text());
    for (const QLabel *label : page->findChildren<QLabel *>()) {
        if (label->buddy())
            add(label->text());
    }
    for (const QGroupBox *box : page->findChildren<QGroupBox *>())
        add(box->title());
    for (const QAbstractButton *button : wizard->findChildren<QAbstractButton *>()) {
        if (!page->isAncestorOf(button) && button->isVisible())
            add(button->text());
    }
    return found;
}

// The mnemonics used twice: "page: Alt+A: '&About', 'Check &again'"; also inside each menu of the page.
QStringList clashes(const QString &where, const QMultiMap<QString, QString> &mnemonics)
{
    QStringList out;
    for (const QString &key : mnemonics.uniqueKeys()) {
        const QStringList texts = mnemonics.values(key);
        if (texts.size() > 1)
            out << QStringLiteral("%1: %2: '%3'").arg(where, key, texts.join(QStringLiteral("', '")));
    }
    return out;
}

QStringList menuClashes(const QString &where, const QWidget *page)
{
    QStringList out;
    for (const QMenu *menu : page->findChildren<QMenu *>()) {
        QMultiMap<QString, QString> items;
        for (const QAction *action : menu->actions()) {
            const QString key = mnemonicOf(action->text());
            if (!key.isEmpty())
                items.insert(key, action->text());
        }
        out += clashes(where + QStringLiteral(" (menu)"), items);
    }
    return out;
}

// The texts on the wizard's current page (and its buttons) that do not fit where they are shown: a label of
// one line wider than itself, a button narrower than its text, a combo box narrower than its choice, a
// tree cell whose text needs more room than its row gives it. "page: button 'Check again' needs 130 px, has
// 90".
QStringList cutOffTexts(const QWizard *wizard)
{
    QStringList out;
    const QString where = wizard->currentPage()->title();
    const auto report = [&](const char *kind, const QString &text, int needs, int has) {
        out << QStringLiteral("%1: %2 '%3' needs %4 px, has %5")
                   .arg(where, QLatin1String(kind), text)
                   .arg(needs)
                   .arg(has);
    };
    const auto showing = [wizard](const QWidget *w) {
        return w->isVisibleTo(wizard) && w->isVisible() && w->width() > 0;
    };
    for (const QLabel *label : wizard->findChildren<QLabel *>()) {
        if (!showing(label) || label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        QTextDocument doc; // rich text measured as shown
        doc.setDefaultFont(label->font());
        doc.setDocumentMargin(0);
        QString text = label->text();
        if (label->buddy()) // "&Port:" shows as "Port:" with P underlined
            text.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
        if (Qt::mightBeRichText(text))
            doc.setHtml(text);
        else
            doc.setPlainText(text);
        const int needs = int(std::ceil(doc.idealWidth())) + 2 * label->margin();
        if (needs > label->contentsRect().width())
            report("label", doc.toPlainText(), needs, label->contentsRect().width());
    }
    for (const QAbstractButton *button : wizard->findChildren<QAbstractButton *>()) {
        if (showing(button) && !button->text().isEmpty() && button->sizeHint().width() > button->width())
            report("button", button->text(), button->sizeHint().width(), button->width());
    }
    for (const QComboBox *combo : wizard->findChildren<QComboBox *>()) {
        if (!showing(combo) || combo->currentText().isEmpty())
            continue;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        option.currentText = combo->currentText();
        const QSize text(combo->fontMetrics().horizontalAdvance(combo->currentText()),
                         combo->fontMetrics().height());
        const int needs = combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, combo).width();
        if (needs > combo->width())
            report("choice", combo->currentText(), needs, combo->width());
    }
    for (const QTreeWidget *tree : wizard->findChildren<QTreeWidget *>()) {
        if (!showing(tree))
            continue;
        for (int row = 0; row < tree->topLevelItemCount(); ++row) {
            for (int column = 0; column < tree->columnCount(); ++column) {
                const QModelIndex index = tree->model()->index(row, column);
                const QRect cell = tree->visualRect(index);
                if (tree->isColumnHidden(column) || cell.isEmpty() || index.data().toString().isEmpty())
                    continue;
                QStyleOptionViewItem option;
                option.initFrom(tree);
                option.font = tree->font();
                option.features =
                    tree->wordWrap() ? QStyleOptionViewItem::WrapText : QStyleOptionViewItem::None;
                option.decorationSize = tree->iconSize().isValid() ? tree->iconSize() : QSize(16, 16);
                option.rect = QRect(0, 0, cell.width(), 1);
                const QSize needs = tree->itemDelegateForIndex(index)->sizeHint(option, index);
                if (needs.height() > cell.height() || (!tree->wordWrap() && needs.width() > cell.width()))
                    report("cell", index.data().toString(), needs.width(), cell.width());
            }
        }
    }
    return out;
}

// Stands in for the desktop's file manager: records the URLs MailFix asks it to open.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened << url; }
};

} // namespace

class TestWizardInUse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QCoreApplication::setOrganizationName(QStringLiteral("MailFixTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizardinuse"));
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
    }

    void cleanup()
    {
        QSettings().clear();
        Translations::install(QStringLiteral("en"));
    }

    // Issue 18: choosing another language keeps the page, the results and every answer; only the words
    // change.
    void changingTheLanguageKeepsEverything()
    {
        WizardWindow window(offline());
        MailFixWizard *wizard = window.wizard();
        wizard->resize(760, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        goToFix(wizard, MailClients::Program::Thunderbird);
        QCOMPARE(wizard->currentPage()->title(), QStringLiteral("Fix it"));

        QVERIFY(chooseLanguage(wizard, QStringLiteral("Deutsch")));
        QTRY_VERIFY(FixPage::tr("Fix it") != QLatin1String("Fix it")); // German is installed
        QTRY_COMPARE(window.wizard()->button(QWizard::NextButton)->text(),
                     QCoreApplication::translate("QWizard", "&Next >"));
        QVERIFY2(window.wizard() == wizard, "the window was built again, on the welcome page");
        QCOMPARE(QSettings().value(Translations::settingsKey()).toString(), QStringLiteral("de"));
        QCOMPARE(wizard->currentId(), int(MailFixWizard::FixPageId));
        QTRY_COMPARE(wizard->currentPage()->title(), FixPage::tr("Fix it"));
        QCOMPARE(wizard->button(QWizard::CustomButton2)->text(), MailFixWizard::tr("&Language"));
        QCOMPARE(wizard->button(QWizard::CustomButton1)->text(), MailFixWizard::tr("Abo&ut"));
        QVERIFY(wizard->context()->hasResult());
        QCOMPARE(wizard->context()->program, MailClients::Program::Thunderbird);
        QCOMPARE(wizard->context()->address, QStringLiteral("alice@example.com"));
        QVERIFY(!wizard->findChildren<QWidget *>(QStringLiteral("guideStep")).isEmpty());

        // Back on the account page: the answers as typed, the words in German.
        for (int i = 0; i < 3; ++i)
            QVERIFY(click(wizard, QWizard::BackButton));
        QCOMPARE(wizard->currentId(), int(MailFixWizard::AccountPageId));
        QCOMPARE(wizard->currentPage()->title(), AccountPage::tr("Your account"));
        auto *address = child<QLineEdit>(wizard, "address");
        QCOMPARE(address->text(), QStringLiteral("alice@example.com"));
        QCOMPARE(labelOf(address), AccountPage::tr("&Email address:"));
        QVERIFY(labelOf(address) != QLatin1String("&Email address:"));
        QCOMPARE(child<QLineEdit>(wizard, "password")->text(), QStringLiteral("not-a-secret"));
        QCOMPARE(child<QComboBox>(wizard, "program")->currentData().toInt(),
                 int(MailClients::Program::Thunderbird));
        QCOMPARE(wizard->field(QStringLiteral("errorText")).toString(),
                 QStringLiteral("530 5.7.0 Authentication required"));

        QVERIFY(chooseLanguage(wizard, QStringLiteral("English")));
        QTRY_COMPARE(FixPage::tr("Fix it"), QStringLiteral("Fix it"));
        QTRY_COMPARE(wizard->currentPage()->title(), QStringLiteral("Your account"));
        QVERIFY(window.wizard() == wizard);
        QCOMPARE(labelOf(address), QStringLiteral("&Email address:"));
        QCOMPARE(wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Next >"));
        QCOMPARE(address->text(), QStringLiteral("alice@example.com"));
    }

    // Issue 18 item 6: when the server refused the password typed into MailFix, that is the headline, even
    // when the pasted error suggested the program does not sign in; the Fix note does not blame the program.
    void aRefusedPasswordIsTheHeadline()
    {
        WizardContext::Environment environment = offline();
        environment.fakeRun = [](const DiagnosisRun::Options &) { return passwordRefusedAfterPaste(); };
        MailFixWizard wizard(environment);
        wizard.resize(760, 560);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        goToVerdict(&wizard, MailClients::Program::Thunderbird);
        auto *headline = child<QLabel>(&wizard, "summary");
        QVERIFY(headline->isVisible());
        QCOMPARE(headline->text(), QStringLiteral("The server did not accept this password."));
        const QString verdict = shownText(&wizard);
        QVERIFY2(!verdict.contains(QLatin1String("does not sign in")) ||
                     verdict.indexOf(QLatin1String("does not sign in")) >
                         verdict.indexOf(QLatin1String("MailFix tried to sign in as alice@example.com")),
                 qPrintable(verdict));
        QVERIFY2(child<QLabel>(&wizard, "fix")->text().contains(QLatin1String("Check your password")),
                 qPrintable(verdict));

        QVERIFY(click(&wizard, QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(MailFixWizard::FixPageId));
        const QString fix = shownText(&wizard);
        QVERIFY2(!fix.contains(QLatin1String("your program used")), qPrintable(fix));
        QVERIFY2(fix.contains(QLatin1String("did not accept the password you typed into MailFix")),
                 qPrintable(fix));
    }

    // Without a password typed into MailFix, the headline stays the engine's summary.
    void withoutAPasswordTheSummaryStays()
    {
        WizardContext::Environment environment = offline();
        environment.fakeRun = [](const DiagnosisRun::Options &) {
            Diagnosis d = signInNeeded();
            d.summaryLine = QStringLiteral("Sending does not work: ") + d.findings.first().title;
            return d;
        };
        MailFixWizard wizard(environment);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        goToVerdict(&wizard, MailClients::Program::Outlook);
        QCOMPARE(child<QLabel>(&wizard, "summary")->text(),
                 QStringLiteral("Sending does not work: ") + signInNeeded().findings.first().title);
    }

    // Issue 18 items 8 and 10: saving confirms with the file's name and an "Open folder" button; the dialog
    // starts in Documents and then in the folder used last; the verdict keeps the header band.
    void savingAReportConfirmsIt()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QStringList suggested;
        WizardContext::Environment environment = offline();
        environment.askSaveFileName = [&](QWidget *, const QString &, const QString &path, const QString &) {
            suggested << path;
            return folder.filePath(QStringLiteral("alice-report.html"));
        };
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        MailFixWizard wizard(environment);
        wizard.resize(760, 560);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        goToVerdict(&wizard, MailClients::Program::Thunderbird);
        QVERIFY(!wizard.currentPage()->subTitle().isEmpty()); // ModernStyle draws the header band only then

        auto *feedback = child<QLabel>(&wizard, "reportFeedback");
        auto *openFolder = child<QPushButton>(&wizard, "openReportFolder");
        QVERIFY(!feedback->isVisible());
        QTest::mouseClick(child<QPushButton>(&wizard, "saveReport"), Qt::LeftButton);
        QCOMPARE(suggested.size(), 1);
        QCOMPARE(QFileInfo(suggested.first()).absolutePath(),
                 QFileInfo(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                           QStringLiteral("/x"))
                     .absolutePath());
        QVERIFY(QFileInfo::exists(folder.filePath(QStringLiteral("alice-report.html"))));
        QVERIFY(feedback->isVisible());
        QVERIFY2(feedback->text().contains(QLatin1String("alice-report.html")), qPrintable(feedback->text()));
        QVERIFY(openFolder->isVisible());
        QTest::mouseClick(openFolder, Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(catcher.opened.size(), 1);
        QCOMPARE(QDir(catcher.opened.first().toLocalFile()).canonicalPath(),
                 QDir(folder.path()).canonicalPath());

        // the next save starts in that folder, also in a new window (remembered, with no secret in it)
        MailFixWizard again(environment);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        goToVerdict(&again, MailClients::Program::Thunderbird);
        QTest::mouseClick(child<QPushButton>(&again, "saveReport"), Qt::LeftButton);
        QCOMPARE(suggested.size(), 2);
        QCOMPARE(QDir(QFileInfo(suggested.last()).absolutePath()).canonicalPath(),
                 QDir(folder.path()).canonicalPath());
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(QLatin1String("not-a-secret")));
    }

    // Issue 18 item 8: copying confirms it; the copied text starts with a header (address, program and
    // version, date, MailFix version) and says "not checked" for settings that were not verified.
    void theCopiedTextHasAHeader()
    {
        WizardContext::Environment environment = offline();
        environment.fakeRun = [](const DiagnosisRun::Options &) { return passwordRefusedAfterPaste(); };
        MailFixWizard wizard(environment);
        wizard.resize(760, 560);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        goToFix(&wizard, MailClients::Program::Outlook);
        auto *version = child<QComboBox>(&wizard, "guideVersion");
        QVERIFY(version->count() > 1);
        version->setFocus();
        QTest::keyClick(version, Qt::Key_Down);
        const QString chosen = version->currentText();
        QVERIFY(click(&wizard, QWizard::BackButton));
        QCOMPARE(wizard.currentId(), int(MailFixWizard::VerdictPageId));

        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(&wizard, "copyReport"), Qt::LeftButton);
        const QString text = QGuiApplication::clipboard()->text();
        const QStringList lines = text.split(QLatin1Char('\n'));
        QVERIFY2(lines.size() > 4, qPrintable(text));
        QCOMPARE(lines.at(0), QStringLiteral("MailFix report for alice@example.com"));
        QCOMPARE(lines.at(1), QStringLiteral("Mail program: Outlook (version: %1)").arg(chosen));
        QVERIFY2(lines.at(2).startsWith(QLatin1String("Date: ")), qPrintable(text));
        QVERIFY2(lines.at(2).contains(QString::number(QDate::currentDate().year())), qPrintable(text));
        QCOMPARE(lines.at(3), QStringLiteral("MailFix version: %1").arg(QLatin1String(MailFix::kVersion)));
        QVERIFY2(text.contains(QLatin1String("(not checked)")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("These work too")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("not-a-secret")));
        auto *feedback = child<QLabel>(&wizard, "reportFeedback");
        QVERIFY(feedback->isVisible());
        QVERIFY2(feedback->text().startsWith(QLatin1String("Report copied")), qPrintable(feedback->text()));
        QVERIFY(!child<QPushButton>(&wizard, "openReportFolder")->isVisible());
    }

    // Issue 18: the Fix page always opens at step 1, after another program, another version, or coming back.
    // Issue 18: a guide's picture, shrunk to the page, opens at its full size with a click or with Space;
    // the text in it is then as large as it was drawn (11 px and more).
    void aPictureOpensLarger()
    {
        MailFixWizard wizard(offline());
        wizard.resize(760, 560);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        goToFix(&wizard, MailClients::Program::Outlook);
        auto *picture = child<QAbstractButton>(&wizard, "guidePicture");
        QVERIFY(picture);
        QSize full;
        int opened = 0;
        const auto closeWhenOpen = [&] {
            QTimer::singleShot(0, &wizard, [&] {
                auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                ++opened;
                auto *label = dialog->findChild<QLabel *>();
                full = label ? label->pixmap().deviceIndependentSize().toSize() : QSize();
                QTest::keyClick(dialog, Qt::Key_Escape);
            });
        };
        closeWhenOpen();
        QTest::mouseClick(picture, Qt::LeftButton, {}, QPoint(10, 10));
        QCOMPARE(opened, 1);
        QVERIFY2(full.width() > picture->width(), "shown larger than on the page"); // shrunk on the page
        closeWhenOpen();
        picture->setFocus();
        QTest::keyClick(picture, Qt::Key_Space);
        QCOMPARE(opened, 2);
    }

    void theFixPageStartsAtStepOne()
    {
        MailFixWizard wizard(offline());
        wizard.resize(760, 560);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        goToFix(&wizard, MailClients::Program::Outlook);
        auto *scroll = wizard.currentPage()->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QScrollBar *bar = scroll->verticalScrollBar();
        const auto scrollDown = [&] {
            QTRY_VERIFY(bar->maximum() > 0);
            for (int i = 0; i < 3; ++i)
                QTest::keyClick(scroll, Qt::Key_PageDown);
            QVERIFY(bar->value() > 0);
        };
        const auto atStepOne = [&] {
            QTRY_COMPARE(bar->value(), 0);
            const QList<QWidget *> steps =
                scroll->widget()->findChildren<QWidget *>(QStringLiteral("guideStep"));
            QVERIFY(!steps.isEmpty());
            QTRY_VERIFY(steps.first()->mapTo(scroll->viewport(), QPoint(0, 0)).y() <
                        scroll->viewport()->height());
        };

        // another version of Outlook, chosen with the keyboard
        scrollDown();
        auto *version = child<QComboBox>(&wizard, "guideVersion");
        QVERIFY(version->count() > 1);
        version->setFocus();
        QTest::keyClick(version, Qt::Key_Down);
        QCOMPARE(version->currentIndex(), 1);
        atStepOne();

        // leaving the page and coming back
        scrollDown();
        QVERIFY(click(&wizard, QWizard::BackButton));
        QVERIFY(click(&wizard, QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(MailFixWizard::FixPageId));
        atStepOne();

        // another program, chosen on the account page
        scrollDown();
        for (int i = 0; i < 3; ++i)
            QVERIFY(click(&wizard, QWizard::BackButton));
        chooseWithKeys(child<QComboBox>(&wizard, "program"), int(MailClients::Program::Thunderbird));
        QVERIFY(click(&wizard, QWizard::NextButton));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(click(&wizard, QWizard::NextButton));
        QVERIFY(click(&wizard, QWizard::NextButton));
        QCOMPARE(wizard.currentId(), int(MailFixWizard::FixPageId));
        atStepOne();
    }

    // Issue 18: on every page, in every language, no two buttons or fields share a mnemonic (Alt+letter).
    void noMnemonicIsUsedTwice_data()
    {
        QTest::addColumn<QString>("language");
        for (const Translations::Language &language : Translations::languages())
            QTest::newRow(qPrintable(language.code)) << language.code;
    }
    void noMnemonicIsUsedTwice()
    {
        QFETCH(QString, language);
        QCOMPARE(Translations::install(language), language);
        MailFixWizard wizard(offline());
        wizard.resize(760, 560);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // the buttons shown only at times: reading a program's settings, stopping and checking again
        for (const char *name : {"readThunderbird", "readOutlook"})
            child<QWidget>(&wizard, name)->setVisible(true);
        QStringList problems;
        const auto check = [&] {
            const QString where = wizard.currentPage()->title();
            problems += clashes(where, pageMnemonics(&wizard));
            problems += menuClashes(where, wizard.currentPage());
        };
        check();
        QVERIFY(click(&wizard, QWizard::NextButton));
        typeInto(child<QLineEdit>(&wizard, "address"), QStringLiteral("alice@example.com"));
        chooseWithKeys(child<QComboBox>(&wizard, "program"), int(MailClients::Program::Outlook));
        check();
        QVERIFY(click(&wizard, QWizard::NextButton));
        check(); // running: Stop, and (hidden until stopped) Check again
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        for (int page :
             {MailFixWizard::VerdictPageId, MailFixWizard::FixPageId, MailFixWizard::CheckAgainPageId}) {
            QVERIFY(click(&wizard, QWizard::NextButton));
            QCOMPARE(wizard.currentId(), page);
            QTRY_VERIFY(!wizard.context()->isRunning());
            check();
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(language + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
    }

    // Issue 18: on every page, in every language, no text is cut off ("...") at the wizard's own size. Run
    // again at 200 % by ctest (QT_SCALE_FACTOR=2).
    void noTextIsCutOff_data() { noMnemonicIsUsedTwice_data(); }
    void noTextIsCutOff()
    {
        QFETCH(QString, language);
        QCOMPARE(Translations::install(language), language);
        MailFixWizard wizard(withEveryKindOfRow());
        wizard.show(); // its own size, as people first see it
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QStringList problems = cutOffTexts(&wizard);
        QVERIFY(click(&wizard, QWizard::NextButton));
        typeInto(child<QLineEdit>(&wizard, "address"), QStringLiteral("alice@example.com"));
        chooseWithKeys(child<QComboBox>(&wizard, "program"), int(MailClients::Program::Outlook));
        problems += cutOffTexts(&wizard);
        QVERIFY(click(&wizard, QWizard::NextButton));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(child<QTreeWidget>(&wizard, "steps")->topLevelItemCount(),
                 1 + 8);  // finding the settings, then the probes
        QTest::qWait(50); // the rows' heights follow the columns' widths
        problems += cutOffTexts(&wizard);
        for (int page :
             {MailFixWizard::VerdictPageId, MailFixWizard::FixPageId, MailFixWizard::CheckAgainPageId}) {
            QVERIFY(click(&wizard, QWizard::NextButton));
            QCOMPARE(wizard.currentId(), page);
            QTRY_VERIFY(!wizard.context()->isRunning());
            QTest::qWait(50); // layouts settle
            problems += cutOffTexts(&wizard);
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(language + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
    }

    // Issue 18: Alt and a letter no button answers (Next is disabled while the address is incomplete) types
    // nothing into the field; a label's mnemonic still moves to its field.
    void altAndALetterTypesNothing()
    {
        MailFixWizard wizard(offline());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *error = child<QPlainTextEdit>(&wizard, "errorText");
        QTest::mouseClick(error->viewport(), Qt::LeftButton);
        QTest::keyClicks(error, QStringLiteral("535"));
        QTest::keyClick(error, Qt::Key_X, Qt::AltModifier); // no mnemonic
        QCOMPARE(error->toPlainText(), QStringLiteral("535"));

        QVERIFY(click(&wizard, QWizard::NextButton));
        auto *address = child<QLineEdit>(&wizard, "address");
        typeInto(address, QStringLiteral("alice"));
        QVERIFY(address->hasFocus());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTest::keyClick(address, Qt::Key_N, Qt::AltModifier); // Next, disabled
        QCOMPARE(address->text(), QStringLiteral("alice"));
        QTest::keyClick(address, Qt::Key_Z, Qt::AltModifier); // nothing
        QCOMPARE(address->text(), QStringLiteral("alice"));
        QCOMPARE(wizard.currentId(), int(MailFixWizard::AccountPageId));

        // a mnemonic still works: Alt+W moves to the password ("Pass&word:")
        QTest::keyClick(address, Qt::Key_W, Qt::AltModifier);
        auto *password = child<QLineEdit>(&wizard, "password");
        QTRY_VERIFY(password->hasFocus());
        QTest::keyClick(password, Qt::Key_N, Qt::AltModifier);
        QCOMPARE(password->text(), QString());
        QTest::keyClicks(password, QStringLiteral("n"));
        QCOMPARE(password->text(), QStringLiteral("n")); // plain letters are typed as always
    }
};

QTEST_MAIN(TestWizardInUse)
#include "tst_wizardinuse.moc"
