#include "WizardContext.h"
#include "pages/FixPage.h"

#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Issue 16: saving Apple Mail's setup profile writes the file where the user says, then shows the drawn
// steps (install it, type the password, remove the old account) in a dialog that fits the wizard, with
// what the profile cannot do. MAILFIX_SCREENSHOT_DIR=DIR saves the dialog as appleprofile-steps.png.
class TestAppleProfileSteps : public QObject
{
    Q_OBJECT

    static Diagnosis diagnosis(SecurityMode security)
    {
        Diagnosis d;
        Recommendation r;
        r.settings = {QStringLiteral("smtp.example.com"), 587, security, MailSettings::Auth::NormalPassword,
                      QStringLiteral("alice@example.com")};
        r.verified = true;
        d.recommended = r;
        d.anythingReachable = true;
        IncomingRecommendation in;
        in.settings.settings = {QStringLiteral("imap.example.com"), 993, SecurityMode::ImplicitTls,
                                MailSettings::Auth::NormalPassword, QStringLiteral("alice@example.com")};
        in.verified = true;
        d.incoming = in;
        return d;
    }

    static QDialog *stepsDialog(QWidget *page)
    {
        return page->findChild<QDialog *>(QStringLiteral("appleProfileSteps"));
    }

private slots:
    void savingShowsTheDrawnSteps_data()
    {
        QTest::addColumn<SecurityMode>("security");
        QTest::addColumn<bool>("tlsSentence");
        QTest::newRow("starttls") << SecurityMode::StartTls << true;
        QTest::newRow("none") << SecurityMode::None << false;
    }

    void savingShowsTheDrawnSteps()
    {
        QFETCH(SecurityMode, security);
        QFETCH(bool, tlsSentence);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString chosen = folder.filePath(QStringLiteral("alice.mobileconfig"));
        QStringList suggested;
        WizardContext::Environment environment;
        environment.askSaveFileName = [&](QWidget *, const QString &, const QString &path, const QString &) {
            suggested << path;
            return chosen;
        };
        WizardContext context(environment);
        QWidget window; // as the wizard: the dialog must fit inside it
        window.resize(760, 560);
        auto *page = new FixPage(&context, &window);
        page->resize(window.size());
        page->showFix(MailClients::Program::AppleMail, diagnosis(security), std::nullopt,
                      QStringLiteral("alice@example.com"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!stepsDialog(page));

        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveAppleProfile")), Qt::LeftButton);
        QCOMPARE(suggested.size(), 1);
        QCOMPARE(QFileInfo(suggested.first()).fileName(), QStringLiteral("alice@example.com.mobileconfig"));
        QFile file(chosen);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray profile = file.readAll();
        QVERIFY(profile.contains("<string>com.apple.mail.managed</string>"));
        QVERIFY(profile.contains("<string>imap.example.com</string>"));
        QVERIFY(profile.contains("<string>smtp.example.com</string>"));

        QDialog *dialog = stepsDialog(page);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY2(dialog->width() <= window.width() && dialog->height() <= window.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(dialog->width()).arg(dialog->height())));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("appleProfileSaved"))->text(),
                 QStringLiteral("The setup profile was saved as alice.mobileconfig."));
        const QString limit = dialog->findChild<QLabel *>(QStringLiteral("appleProfileLimit"))->text();
        QVERIFY2(limit.contains(QLatin1String("It cannot change the account you have now.")),
                 qPrintable(limit));
        QCOMPARE(limit.contains(QLatin1String("Use TLS/SSL on")), tlsSentence);

        const QList<QWidget *> pictures =
            dialog->findChildren<QWidget *>(QStringLiteral("appleProfilePicture"));
        QCOMPARE(pictures.size(), 3);
        const QList<QLabel *> texts = dialog->findChildren<QLabel *>(QStringLiteral("appleProfileStepText"));
        QCOMPARE(texts.size(), 3);
        QVERIFY2(texts.at(0)->text().contains(QLatin1String("Mail settings for alice@example.com")),
                 qPrintable(texts.at(0)->text()));
        QVERIFY(texts.at(1)->text().contains(QLatin1String("Type the password of alice@example.com.")));
        QVERIFY(texts.at(2)->text().contains(QLatin1String("minus button")));
        // The pictures shrink to the dialog's width: nothing to scroll sideways.
        auto *scroll = dialog->findChild<QScrollArea *>(QStringLiteral("appleProfileScroll"));
        for (QWidget *picture : pictures)
            QVERIFY(picture->width() <= scroll->viewport()->width());

        const QString dir = qEnvironmentVariable("MAILFIX_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(dialog->grab().save(
                QDir(dir).filePath(QStringLiteral("appleprofile-steps-%1.png")
                                       .arg(QString::fromLatin1(QTest::currentDataTag())))));
        auto *close = dialog->findChild<QPushButton *>();
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(!stepsDialog(page)); // closed and deleted
    }

    void cancellingSavesNothing()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        WizardContext::Environment environment;
        int asked = 0;
        environment.askSaveFileName = [&](QWidget *, const QString &, const QString &, const QString &) {
            ++asked;
            return QString();
        };
        WizardContext context(environment);
        FixPage page(&context);
        page.showFix(MailClients::Program::AppleMail, diagnosis(SecurityMode::StartTls), std::nullopt,
                     QStringLiteral("alice@example.com"));
        page.show();
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveAppleProfile")), Qt::LeftButton);
        QCOMPARE(asked, 1);
        QVERIFY(!stepsDialog(&page));
        QVERIFY(QDir(folder.path()).isEmpty());
    }
};

QTEST_MAIN(TestAppleProfileSteps)
#include "tst_appleprofilesteps.moc"
