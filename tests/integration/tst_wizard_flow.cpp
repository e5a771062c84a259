#include "HarnessEnv.h"
#include "MailFixWizard.h"
#include "ReportExporter.h"
#include "diagnose/Findings.h"
#include "pages/AccountPage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

// The wizard end to end against the harness's real servers, on the offscreen platform: the user's
// path from the pasted error to a verified fix, with the event loop never blocked while probing.
class TestWizardFlow : public QObject
{
    Q_OBJECT

    HarnessEnv m_env;
    QTemporaryDir m_settingsDir;

    WizardContext::Environment environment() const
    {
        WizardContext::Environment e;
        e.caFiles = {m_env.caFile};
        e.ispdbBaseUrl = QStringLiteral("https://ispdb.test/v1.1/");
        e.timeoutMs = 3000;
        e.approveHosts = [](const QStringList &, const DetectionResult &) { return QStringList(); };
        return e;
    }

    // Measures the longest gap between two ticks of a 10 ms timer while `work` runs the event loop.
    struct LatencyProbe
    {
        QTimer timer;
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worst = 0;
        LatencyProbe()
        {
            timer.setInterval(10);
            timer.setTimerType(Qt::PreciseTimer);
            QObject::connect(&timer, &QTimer::timeout, [this] {
                const qint64 now = clock.elapsed();
                worst = std::max(worst, now - last);
                last = now;
            });
            clock.start();
            timer.start();
        }
    };

    static void fillAccount(MailFixWizard &wizard, const QString &address, const QString &password)
    {
        wizard.findChild<QLineEdit *>(QStringLiteral("address"))->setText(address);
        wizard.findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Diagnosis>();
        MAILFIX_REQUIRE_HARNESS(m_env);
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("MailFixTest"));
        QCoreApplication::setApplicationName(QStringLiteral("MailFixTest"));
    }

    void fromThePastedErrorToAVerifiedFix()
    {
        MailFixWizard wizard(environment());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        // 1. Welcome: the pasted error is explained at once.
        auto *error = wizard.findChild<QPlainTextEdit *>(QStringLiteral("errorText"));
        error->setPlainText(
            QStringLiteral("Sending of the message failed.\nThe mail server responded: 503 valid RCPT "
                           "command must precede DATA"));
        auto *explanation = wizard.findChild<QLabel *>(QStringLiteral("explanation"));
        QVERIFY(!explanation->text().isEmpty());
        QVERIFY(explanation->text().contains(QLatin1String("sign in"), Qt::CaseInsensitive));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MailFixWizard::AccountPageId));

        // 2. Account: an odd address is refused with a sentence; the real one is taken.
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        fillAccount(wizard, QStringLiteral("alice at example.test"), QString());
        QVERIFY(!next->isEnabled());
        QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("addressProblem"))->text().isEmpty());
        fillAccount(wizard, m_env.user, m_env.password);
        QVERIFY(next->isEnabled());
        auto *account = qobject_cast<AccountPage *>(wizard.currentPage());
        QString parseError;
        account->setCurrentSettings(
            *MailSettings::parse(QStringLiteral("smtp.example.test:587:starttls:none"), &parseError));

        // 3. Checking: live rows, never blocking the UI thread.
        LatencyProbe latency;
        QSignalSpy finished(wizard.context(), &WizardContext::runFinished);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MailFixWizard::CheckingPageId));
        QVERIFY(!next->isEnabled());
        QVERIFY(finished.wait(20000));
        latency.timer.stop();
        QVERIFY2(latency.worst < 100,
                 qPrintable(QStringLiteral("UI thread blocked for %1 ms").arg(latency.worst)));
        auto *steps = wizard.findChild<QTreeWidget *>(QStringLiteral("steps"));
        QVERIFY(steps->topLevelItemCount() >= 5); // detection + at least the four ports
        QTRY_VERIFY(next->isEnabled());

        // 4. Verdict: the main cause in a sentence, verified settings.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MailFixWizard::VerdictPageId));
        const Diagnosis &d = wizard.context()->diagnosis();
        QVERIFY(!d.findings.isEmpty());
        QCOMPARE(d.findings.first().code, FindingCode::AuthRequired);
        QVERIFY(d.recommended && d.recommended->verified);
        QVERIFY(
            wizard.findChild<QLabel *>(QStringLiteral("cause"))->text().contains(QLatin1String("sign in")));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("verified"))
                    ->text()
                    .contains(QLatin1String("We checked this")));

        // The reports never contain the password, and show the transcripts.
        const QString html = ReportExporter::html(*wizard.context());
        QVERIFY(!html.contains(m_env.password));
        QVERIFY(html.contains(QLatin1String("AUTH PLAIN &lt;redacted&gt;")));
        QVERIFY(!ReportExporter::json(*wizard.context()).contains(m_env.password.toUtf8()));
        QTemporaryDir out;
        QString saveError;
        for (const QString &name :
             {QStringLiteral("r.html"), QStringLiteral("r.pdf"), QStringLiteral("r.json")}) {
            const QString path = out.filePath(name);
            QVERIFY2(ReportExporter::save(*wizard.context(), ReportExporter::formatForPath(path), path,
                                          &saveError),
                     qPrintable(saveError));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.size() > 500);
            QVERIFY(!bytes.contains(m_env.password.toUtf8()));
        }

        // 5. Fix it: steps with the user's values.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MailFixWizard::FixPageId));
        const QString fix = wizard.findChild<QLabel *>(QStringLiteral("fixSteps"))->text();
        QVERIFY(fix.contains(QLatin1String("smtp.example.test")));
        QVERIFY(fix.contains(QLatin1String("465")));

        // 6. Check again: with the recommended settings, sending works.
        QSignalSpy again(wizard.context(), &WizardContext::runFinished);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MailFixWizard::CheckAgainPageId));
        QVERIFY(again.wait(20000));
        QTRY_VERIFY(wizard.findChild<QLabel *>(QStringLiteral("checkAgainResult"))
                        ->text()
                        .contains(QLatin1String("works")));
        QVERIFY(wizard.context()->diagnosis().find(FindingCode::SettingsOk));

        // The address is remembered, the password is not.
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("lastAddress")).toString(), m_env.user);
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(m_env.password));
    }

    // An MSP's allowCertificateOverride=false hides "Allow this server's certificate" on the verdict page.
    void certificateOverrideFollowsThePolicy_data()
    {
        QTest::addColumn<bool>("allowed");
        QTest::newRow("allowed (default)") << true;
        QTest::newRow("forbidden by the deployment settings") << false;
    }

    void certificateOverrideFollowsThePolicy()
    {
        QFETCH(bool, allowed);
        WizardContext::Environment e = environment();
        e.caFiles.clear(); // the harness's certificates are not trusted
        e.deployment.allowCertificateOverride = allowed;
        MailFixWizard wizard(e);
        wizard.show();
        wizard.next();
        fillAccount(wizard, m_env.user, m_env.password);
        QSignalSpy finished(wizard.context(), &WizardContext::runFinished);
        wizard.next();
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MailFixWizard::VerdictPageId));
        QVERIFY(wizard.context()->diagnosis().find(FindingCode::TlsCertificateInvalid));
        QCOMPARE(wizard.findChild<QPushButton *>(QStringLiteral("allowCertificate"))->isVisible(), allowed);
    }

    // Shared hosting (issue 14): mail.shopfront.test's certificate is for server17.sharedhost.test. The
    // wizard asks before the password goes there, naming the host, and the verdict says the server's real
    // name. With MAILFIX_SCREENSHOT_DIR set, the verdict page is saved there as shared-hosting-verdict.png.
    void sharedHostingVerdict()
    {
        WizardContext::Environment e = environment();
        QList<MailFixWizard::Question> questions;
        e.approveHosts = [&questions](const QStringList &hosts, const DetectionResult &detection) {
            for (const QString &host : hosts)
                questions << MailFixWizard::approvalQuestion(host, detection,
                                                             QStringLiteral("alice@shopfront.test"));
            return hosts; // the user says yes
        };
        MailFixWizard wizard(e);
        wizard.resize(820, 680);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        fillAccount(wizard, QStringLiteral("alice@shopfront.test"), m_env.password);
        wizard.findChild<QGroupBox *>(QStringLiteral("currentSettings"))->setChecked(true);
        wizard.findChild<QLineEdit *>(QStringLiteral("currentHost"))
            ->setText(QStringLiteral("mail.shopfront.test"));
        wizard.findChild<QSpinBox *>(QStringLiteral("currentPort"))->setValue(587);
        auto *auth = wizard.findChild<QComboBox *>(QStringLiteral("currentAuth"));
        auth->setCurrentIndex(auth->findData(int(MailSettings::Auth::NormalPassword)));
        QSignalSpy finished(wizard.context(), &WizardContext::runFinished);
        wizard.next();
        QVERIFY(finished.wait(30000));

        // the question named the host, and said where its name came from
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions.first().title.contains(QLatin1String("server17.sharedhost.test")),
                 qPrintable(questions.first().title));
        QVERIFY2(questions.first().text.contains(QLatin1String("real name is server17.sharedhost.test")),
                 qPrintable(questions.first().text));
        QVERIFY2(questions.first().text.contains(QLatin1String("mail.shopfront.test")),
                 qPrintable(questions.first().text));

        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MailFixWizard::VerdictPageId));
        const QString cause = wizard.findChild<QLabel *>(QStringLiteral("cause"))->text();
        const QString fix = wizard.findChild<QLabel *>(QStringLiteral("fix"))->text();
        const QString settings = wizard.findChild<QLabel *>(QStringLiteral("settings"))->text();
        QVERIFY2(cause.contains(QLatin1String("real name is server17.sharedhost.test")), qPrintable(cause));
        QVERIFY2(fix.contains(QLatin1String("Use server17.sharedhost.test as the outgoing server")),
                 qPrintable(fix));
        QVERIFY2(fix.contains(QLatin1String("own certificate is for server17.sharedhost.test")),
                 qPrintable(fix));
        QVERIFY2(settings.contains(QLatin1String("server17.sharedhost.test")), qPrintable(settings));
        QVERIFY(wizard.context()->diagnosis().recommended->verified);
        QVERIFY(!wizard.findChild<QPushButton *>(QStringLiteral("allowCertificate"))->isVisible());
        const QString screenshots = qEnvironmentVariable("MAILFIX_SCREENSHOT_DIR");
        if (!screenshots.isEmpty())
            QVERIFY(
                wizard.grab().save(QDir(screenshots).filePath(QStringLiteral("shared-hosting-verdict.png"))));
    }

    void stopWhileChecking()
    {
        MailFixWizard wizard(environment());
        wizard.show();
        wizard.next();
        fillAccount(wizard, QStringLiteral("bob@blocked25.test"), QString());
        QSignalSpy finished(wizard.context(), &WizardContext::runFinished);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MailFixWizard::CheckingPageId));
        QTRY_VERIFY(wizard.context()->isRunning());
        QTest::qWait(300);
        wizard.findChild<QPushButton *>(QStringLiteral("stop"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000); // a stop ends the run at once
        QVERIFY(wizard.context()->wasCancelled());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.findChild<QPushButton *>(QStringLiteral("again"))->isVisible());
    }
};

QTEST_MAIN(TestWizardFlow)
#include "tst_wizard_flow.moc"
