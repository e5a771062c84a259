#include "MailFixWizard.h"
#include "pages/CheckAgainPage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Check again (issue 18, item 4), driven with real key presses and mouse clicks on the offscreen platform,
// with the check replaced by a diagnosis that depends only on the settings and password it is given (no
// network): Thunderbird's settings are read again and checked; for other programs the user confirms or types
// the settings, or says how a test message went; a refused password can be typed again on the page; each
// check shows progress, can be stopped, and says when it ran.
namespace {

const QString kAddress = QStringLiteral("alice@example.com");
const QString kRightPassword = QStringLiteral("right-password");

MailSettings goodSettings()
{
    MailSettings s;
    s.host = QStringLiteral("smtp.example.com");
    s.port = 465;
    s.security = SecurityMode::ImplicitTls;
    s.auth = MailSettings::Auth::NormalPassword;
    s.username = kAddress;
    return s;
}

Finding finding(FindingCode code, FindingSeverity severity, const QString &title)
{
    Finding f;
    f.code = code;
    f.severity = severity;
    f.title = title;
    return f;
}

// A server that wants goodSettings() and kRightPassword: says so for exactly those, names the cause else.
Diagnosis judge(const DiagnosisRun::Options &options)
{
    Diagnosis d;
    Recommendation r;
    r.settings = goodSettings();
    r.verified = true;
    d.recommended = r;
    d.anythingReachable = true;
    if (options.credentials.password != kRightPassword && !options.credentials.password.isEmpty())
        d.findings << finding(FindingCode::AuthFailed, FindingSeverity::Cause,
                              QStringLiteral("The server did not accept the password."));
    else if (!options.current || !(*options.current == goodSettings()))
        d.findings << finding(FindingCode::AuthRequired, FindingSeverity::Cause,
                              QStringLiteral("Your mail server wants your mail program to sign in."));
    else
        d.findings << finding(FindingCode::SettingsOk, FindingSeverity::Info, QStringLiteral("All is well."));
    return d;
}

template <typename T> T *child(const QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

bool click(QWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard->button(which);
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

void typeInto(QWidget *field, const QString &text)
{
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

void chooseWithKeys(QComboBox *combo, const QVariant &data)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData() != data; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

// Answers the next message box with its Yes button, clicked with the mouse.
void answerYesSoon(QObject *owner)
{
    auto *poll = new QTimer(owner);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, owner, [poll] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    poll->start();
}

// Thunderbird's settings for kAddress in a profile under `home` (as ~/.thunderbird).
bool writeThunderbirdProfile(const QString &home, quint16 port, int trySsl, int authMethod)
{
    const QDir root(home + QStringLiteral("/.thunderbird"));
    if (!root.mkpath(QStringLiteral("abcd.default")))
        return false;
    QFile ini(root.filePath(QStringLiteral("profiles.ini")));
    if (!ini.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    ini.write("[Profile0]\nName=default\nIsRelative=1\nPath=abcd.default\nDefault=1\n");
    ini.close();
    QFile prefs(root.filePath(QStringLiteral("abcd.default/prefs.js")));
    if (!prefs.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    prefs.write(QStringLiteral(R"JS(user_pref("mail.account.account1.identities", "id1");
user_pref("mail.account.account1.server", "server1");
user_pref("mail.accountmanager.accounts", "account1");
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.identity.id1.useremail", "alice@example.com");
user_pref("mail.identity.id1.valid", true);
user_pref("mail.server.server1.hostname", "imap.example.com");
user_pref("mail.server.server1.type", "imap");
user_pref("mail.smtp.defaultserver", "smtp1");
user_pref("mail.smtpserver.smtp1.authMethod", %1);
user_pref("mail.smtpserver.smtp1.hostname", "smtp.example.com");
user_pref("mail.smtpserver.smtp1.port", %2);
user_pref("mail.smtpserver.smtp1.try_ssl", %3);
user_pref("mail.smtpserver.smtp1.username", "alice@example.com");
user_pref("mail.smtpservers", "smtp1");
)JS")
                    .arg(authMethod)
                    .arg(port)
                    .arg(trySsl)
                    .toUtf8());
    return true;
}

} // namespace

class TestCheckAgain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QList<DiagnosisRun::Options> m_runs; // every check the wizard started, in order

    WizardContext::Environment offline()
    {
        WizardContext::Environment e;
        e.fakeRun = [this](const DiagnosisRun::Options &options) {
            m_runs << options;
            return judge(options);
        };
        e.approveHosts = [](const QStringList &, const DetectionResult &) { return QStringList(); };
        return e;
    }

    // From the welcome page to the Check again page, as a user does it.
    void goToCheckAgain(MailFixWizard *wizard, MailClients::Program program, const QString &password,
                        bool readThunderbird = false)
    {
        auto *error = child<QPlainTextEdit>(wizard, "errorText");
        QTest::mouseClick(error->viewport(), Qt::LeftButton);
        QTest::keyClicks(error, QStringLiteral("530 5.7.0 Authentication required"));
        QVERIFY(click(wizard, QWizard::NextButton));
        QCOMPARE(wizard->currentId(), int(MailFixWizard::AccountPageId));
        typeInto(child<QLineEdit>(wizard, "address"), kAddress);
        if (!password.isEmpty())
            typeInto(child<QLineEdit>(wizard, "password"), password);
        if (readThunderbird) {
            auto *read = child<QPushButton>(wizard, "readThunderbird");
            QVERIFY(read->isVisible());
            auto *box = child<QGroupBox>(wizard, "currentSettings"); // "I know the settings ...": on
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Space);
            QVERIFY(read->isEnabled());
            answerYesSoon(wizard);
            QTest::mouseClick(read, Qt::LeftButton);
            QTRY_VERIFY(!QApplication::activeModalWidget());
            QTRY_COMPARE(child<QLineEdit>(wizard, "currentHost")->text(), QStringLiteral("smtp.example.com"));
            QCOMPARE(child<QComboBox>(wizard, "program")->currentData().toInt(), int(program));
        } else {
            chooseWithKeys(child<QComboBox>(wizard, "program"), int(program));
        }
        QVERIFY(click(wizard, QWizard::NextButton));
        QCOMPARE(wizard->currentId(), int(MailFixWizard::CheckingPageId));
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        for (int page :
             {MailFixWizard::VerdictPageId, MailFixWizard::FixPageId, MailFixWizard::CheckAgainPageId}) {
            QVERIFY(click(wizard, QWizard::NextButton));
            QCOMPARE(wizard->currentId(), page);
        }
    }

    static QString result(const QWidget *wizard) { return child<QLabel>(wizard, "checkAgainResult")->text(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path())); // Thunderbird's profile and the settings
        QCoreApplication::setOrganizationName(QStringLiteral("MailFixTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_checkagain"));
    }

    void init()
    {
        m_runs.clear();
        QDir(m_home.path() + QStringLiteral("/.thunderbird")).removeRecursively();
    }

    // Thunderbird, with the consent given on the account page: the settings Thunderbird has now are read
    // again and checked, not the ones MailFix recommended. Before the user changed them, it says "not yet".
    void thunderbirdSettingsAreReadAgain()
    {
        QVERIFY(writeThunderbirdProfile(m_home.path(), 25, 0, 1)); // port 25, no encryption, no sign-in
        MailFixWizard wizard(offline());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        goToCheckAgain(&wizard, MailClients::Program::Thunderbird, kRightPassword, true);

        // The user has not changed Thunderbird yet: its settings are checked, and they do not work.
        QTRY_VERIFY(!wizard.context()->isRunning());
        QVERIFY2(m_runs.size() == 2, qPrintable(QStringLiteral("%1 accounts, program %2, runs %3: %4")
                                                    .arg(wizard.context()->accounts.size())
                                                    .arg(int(wizard.context()->program))
                                                    .arg(m_runs.size())
                                                    .arg(result(&wizard))));
        QVERIFY(m_runs.last().current);
        QCOMPARE(m_runs.last().current->port, quint16(25));
        QCOMPARE(m_runs.last().current->security, SecurityMode::None);
        QTRY_VERIFY(result(&wizard).contains(QLatin1String("Not yet")));
        QVERIFY(!result(&wizard).contains(QLatin1String("works")));
        QVERIFY(result(&wizard).contains(QLatin1String("Thunderbird")));
        QVERIFY(!child<QWidget>(&wizard, "checkAgainSettings")->isVisible()); // nothing to type

        // The user puts the recommended settings into Thunderbird and clicks Check again.
        QVERIFY(writeThunderbirdProfile(m_home.path(), 465, 3, 3));
        auto *again = child<QPushButton>(&wizard, "checkAgain");
        QVERIFY(again->isVisible());
        QTest::mouseClick(again, Qt::LeftButton);
        QTRY_COMPARE(m_runs.size(), 3);
        QTRY_VERIFY(!wizard.context()->isRunning());
        QVERIFY(m_runs.last().current);
        QVERIFY(*m_runs.last().current == goodSettings());
        QVERIFY(!m_runs.last().accounts.isEmpty());
        QCOMPARE(m_runs.last().accounts.first().outgoing.port, quint16(465));
        QTRY_VERIFY(result(&wizard).contains(QLatin1String("works")));
        QVERIFY(result(&wizard).contains(QLatin1String("read the settings Thunderbird uses now")));
    }

    // Another program: nothing is checked until the user confirms the settings, then exactly those.
    void otherProgramConfirmsOrTypesTheSettings()
    {
        MailFixWizard wizard(offline());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        goToCheckAgain(&wizard, MailClients::Program::Outlook, kRightPassword);
        QTest::qWait(50);
        QCOMPARE(m_runs.size(), 1); // no check before the user says what the program uses
        QVERIFY(!result(&wizard).contains(QLatin1String("works")));

        auto *host = child<QLineEdit>(&wizard, "checkAgainHost");
        auto *port = child<QSpinBox>(&wizard, "checkAgainPort");
        QVERIFY(host->isVisible());
        QCOMPARE(host->text(), goodSettings().host); // what the Fix page told the user
        QCOMPARE(port->value(), 465);

        // Typed: port 587 (the server wants 465 with SSL/TLS).
        typeInto(port, QStringLiteral("587"));
        QTest::mouseClick(child<QPushButton>(&wizard, "checkAgainFields"), Qt::LeftButton);
        QTRY_COMPARE(m_runs.size(), 2);
        QTRY_VERIFY(!wizard.context()->isRunning());
        QCOMPARE(m_runs.last().current->port, quint16(587));
        QTRY_VERIFY(result(&wizard).contains(QLatin1String("Not yet")));
        QVERIFY(result(&wizard).contains(QLatin1String("you typed")));

        // Confirmed: back to the suggested port, checked with the keyboard (Alt+T).
        typeInto(port, QStringLiteral("465"));
        QTest::keyClick(port, Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(m_runs.size(), 3);
        QTRY_VERIFY(!wizard.context()->isRunning());
        QVERIFY(*m_runs.last().current == goodSettings());
        QTRY_VERIFY(result(&wizard).contains(QLatin1String("works")));
        QVERIFY(result(&wizard).contains(QLatin1String("you confirmed")));

        // A test message sent from the program: said so, and no check of MailFix's own.
        QTest::mouseClick(child<QPushButton>(&wizard, "testMessageArrived"), Qt::LeftButton);
        QVERIFY(result(&wizard).contains(QLatin1String("test message")));
        QVERIFY(result(&wizard).contains(QLatin1String("did not check the settings itself")));
        QTest::mouseClick(child<QPushButton>(&wizard, "testMessageLost"), Qt::LeftButton);
        QVERIFY(result(&wizard).contains(QLatin1String("did not arrive")));
        QCOMPARE(m_runs.size(), 3);
    }

    // A refused password is typed again on the page, and the check runs with it.
    void refusedPasswordCanBeTypedAgain()
    {
        MailFixWizard wizard(offline());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        goToCheckAgain(&wizard, MailClients::Program::AppleMail, QStringLiteral("wrong-password"));
        auto *password = child<QLineEdit>(&wizard, "checkAgainPassword");
        QVERIFY(!password->isVisible());
        QTest::mouseClick(child<QPushButton>(&wizard, "checkAgainFields"), Qt::LeftButton);
        QTRY_VERIFY(!wizard.context()->isRunning());
        QTRY_VERIFY(result(&wizard).contains(QLatin1String("did not accept this password")));
        QVERIFY(password->isVisible());
        QVERIFY(password->hasFocus());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, kRightPassword);
        QTest::mouseClick(child<QPushButton>(&wizard, "checkAgainRetryPassword"), Qt::LeftButton);
        QTRY_COMPARE(m_runs.size(), 3);
        QTRY_VERIFY(!wizard.context()->isRunning());
        QCOMPARE(m_runs.last().credentials.password, kRightPassword);
        QTRY_VERIFY(result(&wizard).contains(QLatin1String("works")));
        QVERIFY(!password->isVisible());
        QVERIFY(password->text().isEmpty()); // not kept in the field
    }

    // Each check shows progress and a Stop button while it runs, and the time it ran when done.
    void progressStopAndTimeStamp()
    {
        MailFixWizard wizard(offline());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        goToCheckAgain(&wizard, MailClients::Program::Other, kRightPassword);
        auto *page = wizard.currentPage();
        auto *progress = child<QProgressBar>(page, "checkAgainProgress");
        auto *stop = child<QPushButton>(page, "checkAgainStop");
        auto *checkedAt = child<QLabel>(page, "checkedAt");
        QVERIFY(!progress->isVisible());
        QVERIFY(!checkedAt->isVisible());
        auto *checkAgain = qobject_cast<CheckAgainPage *>(page);
        QVERIFY(checkAgain);
        checkAgain->setClock([] { return QDateTime(QDate(2026, 12, 6), QTime(14, 32)); });

        // Started and stopped before the diagnosis arrives: progress while it runs, nothing confirmed.
        QTest::mouseClick(child<QPushButton>(page, "checkAgainFields"), Qt::LeftButton);
        QVERIFY(progress->isVisible());
        QVERIFY(stop->isVisible());
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(result(&wizard).contains(QLatin1String("Checking")));
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY(!wizard.context()->isRunning());
        QTRY_VERIFY(result(&wizard).contains(QLatin1String("stopped")));
        QVERIFY(!result(&wizard).contains(QLatin1String("works")));
        QVERIFY(!progress->isVisible());
        QVERIFY(!stop->isVisible());
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

        // Run to its end: the time it ran, in the user's locale.
        QTest::mouseClick(child<QPushButton>(page, "checkAgainFields"), Qt::LeftButton);
        QTRY_VERIFY(result(&wizard).contains(QLatin1String("works")));
        QVERIFY(checkedAt->isVisible());
        QCOMPARE(
            checkedAt->text(),
            QStringLiteral("Checked at %1").arg(QLocale().toString(QTime(14, 32), QLocale::ShortFormat)));

        // A picture of the page, to look at (set CHECKAGAIN_SCREENSHOT to a PNG path).
        const QString shot = qEnvironmentVariable("CHECKAGAIN_SCREENSHOT");
        if (!shot.isEmpty())
            QVERIFY(wizard.grab().save(shot));
    }
};

QTEST_MAIN(TestCheckAgain)
#include "tst_checkagain.moc"
