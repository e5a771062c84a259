#include "AboutDialog.h"
#include "MailFixWizard.h"
#include "ReportExporter.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The wizard with an MSP's deployment settings: the product name in the title, the About box and the
// reports; the logo on the welcome page and in reports; the support line on the verdict page; the
// default mail program pre-selected; a JSON report saved after each check. (That the certificate button
// stays hidden when allowCertificateOverride=false needs a real certificate problem: see
// tests/integration/tst_wizard_flow.) It runs inside the harness's namespace, because a check asks DNS
// and the ISPDB: there no-such-domain.test does not exist, at once and every time.
class TestWizardDeployment : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    WizardContext::Environment environment() const
    {
        WizardContext::Environment e;
        e.deployment.branding.productName = QStringLiteral("Contoso Mail Help");
        e.deployment.branding.logoPath = m_dir.filePath(QStringLiteral("logo.png"));
        e.deployment.branding.supportContact = QStringLiteral("Contoso IT");
        e.deployment.branding.supportPhone = QStringLiteral("+1 555 0100");
        e.deployment.defaultProgram = MailClients::Program::Thunderbird;
        e.timeoutMs = 1000;
        e.ispdbBaseUrl = QStringLiteral("https://ispdb.test/v1.1/"); // the harness's stand-in
        return e;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // INI files in the test's folder on every platform: on Windows the native format is the registry
        // (HKCU), which setPath() does not redirect.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("user")));
        QCoreApplication::setOrganizationName(QStringLiteral("MailFixTest"));
        QCoreApplication::setApplicationName(QStringLiteral("MailFixDeploymentTest"));
        QImage logo(128, 64, QImage::Format_RGB32);
        logo.fill(Qt::darkBlue);
        QVERIFY(logo.save(m_dir.filePath(QStringLiteral("logo.png"))));
    }

    void defaultsKeepMailFixsOwnLook()
    {
        MailFixWizard wizard;
        QCOMPARE(wizard.windowTitle(), QStringLiteral("MailFix"));
        QVERIFY(wizard.page(MailFixWizard::WelcomePageId)->pixmap(QWizard::LogoPixmap).isNull());
        auto *support = wizard.findChild<QLabel *>(QStringLiteral("support"));
        QVERIFY(support);
        QVERIFY(support->isHidden());
    }

    void brandingIsShown()
    {
        MailFixWizard wizard(environment());
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Contoso Mail Help"));
        const QPixmap logo = wizard.page(MailFixWizard::WelcomePageId)->pixmap(QWizard::LogoPixmap);
        QVERIFY(!logo.isNull());
        QVERIFY(logo.width() <= 64 && logo.height() <= 64);
        auto *support = wizard.findChild<QLabel *>(QStringLiteral("support"));
        QCOMPARE(support->text(), QStringLiteral("Need help? Call Contoso IT at +1 555 0100."));
        QVERIFY(!support->isHidden());

        AboutDialog about(&wizard, wizard.context()->environment().deployment.branding);
        QCOMPARE(about.windowTitle(), QStringLiteral("About Contoso Mail Help"));
        QVERIFY(about.findChild<QLabel *>(QStringLiteral("productTitle"))
                    ->text()
                    .contains(QLatin1String("Contoso Mail Help (MailFix ")));
        QCOMPARE(about.findChild<QLabel *>(QStringLiteral("support"))->text(), support->text());
    }

    void defaultProgramIsPreselected()
    {
        MailFixWizard wizard(environment());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(MailFixWizard::AccountPageId));
        auto *program = wizard.findChild<QComboBox *>(QStringLiteral("program"));
        QCOMPARE(program->currentData().toInt(), int(MailClients::Program::Thunderbird));
    }

    void reportsCarryTheBrandingAndAreSavedAutomatically()
    {
        WizardContext::Environment e = environment();
        e.deployment.reportsDir = m_dir.filePath(QStringLiteral("reports"));
        e.deployment.autoSaveReports = true;
        MailFixWizard wizard(e);
        WizardContext *context = wizard.context();
        context->address = QStringLiteral("alice@no-such-domain.test"); // the harness: does not exist
        QSignalSpy finished(context, &WizardContext::runFinished);
        context->startRun();
        QVERIFY(finished.wait(15000));

        const QString html = ReportExporter::html(*context);
        QVERIFY(html.contains(QLatin1String("<title>Contoso Mail Help report</title>")));
        QVERIFY(html.contains(QLatin1String("Need help? Call Contoso IT at +1 555 0100.")));
        QVERIFY(html.contains(QLatin1String("<img src=\"data:image/png;base64,")));
        QVERIFY(ReportExporter::text(*context).contains(QLatin1String("Need help? Call Contoso IT")));
        const QJsonObject json = QJsonDocument::fromJson(ReportExporter::json(*context)).object();
        QCOMPARE(
            json.value(QLatin1String("branding")).toObject().value(QLatin1String("productName")).toString(),
            QStringLiteral("Contoso Mail Help"));

        const QStringList saved =
            QDir(e.deployment.reportsDir)
                .entryList({QStringLiteral("mailfix-report-*-alice@no-such-domain.test.json")});
        QCOMPARE(saved.size(), 1);
        QFile file(QDir(e.deployment.reportsDir).filePath(saved.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(file.readAll()).object().contains(QLatin1String("findings")));
    }
};

QTEST_MAIN(TestWizardDeployment)
#include "tst_wizarddeployment.moc"
