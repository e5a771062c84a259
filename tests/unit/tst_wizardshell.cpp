#include "AboutDialog.h"
#include "MailFixWizard.h"

#include <QAbstractButton>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

// The wizard shell: it opens on the welcome page, takes a pasted error, and its About box names the
// licences (Qt, OpenSSL and the ISPDB's MPL-2.0).
class TestWizardShell : public QObject
{
    Q_OBJECT

private slots:
    void opensOnTheWelcomePage()
    {
        MailFixWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(MailFixWizard::WelcomePageId));
        auto *error = wizard.findChild<QPlainTextEdit *>(QStringLiteral("errorText"));
        QVERIFY(error);
        QVERIFY(!error->accessibleName().isEmpty());
        QTest::keyClicks(error, QStringLiteral("503 valid RCPT command must precede DATA"));
        QCOMPARE(wizard.field(QStringLiteral("errorText")).toString(),
                 QStringLiteral("503 valid RCPT command must precede DATA"));
    }

    void aboutNamesTheLicences()
    {
        const QString text = AboutDialog::licenceText();
        QVERIFY(text.contains(QLatin1String("MPL-2.0")));
        QVERIFY(text.contains(QLatin1String("ISPDB")));
        QVERIFY(text.contains(QLatin1String("LGPL-3.0")));
        QVERIFY(text.contains(QLatin1String("OpenSSL")));

        MailFixWizard wizard;
        QAbstractButton *about = wizard.button(QWizard::CustomButton1);
        QVERIFY(about);
        QVERIFY(!about->accessibleName().isEmpty());
        bool shown = false;
        QTimer::singleShot(0, &wizard, [&] {
            auto *dialog = wizard.findChild<AboutDialog *>();
            shown = dialog && dialog->findChild<QTextBrowser *>(QStringLiteral("licences"));
            if (dialog)
                dialog->reject();
        });
        about->click();
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestWizardShell)
#include "tst_wizardshell.moc"
