#include "WizardContext.h"
#include "pages/FixPage.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

// The Fix page's checked values, each with a button that copies it, and the "Save a setup profile for
// Apple Mail" button, shown for Apple Mail only (and only when the incoming server is known).
// MAILFIX_SCREENSHOT_DIR=DIR saves the page as fixpage-values.png there, to look at.
class TestFixPageValues : public QObject
{
    Q_OBJECT

    static Diagnosis diagnosis(bool withIncoming)
    {
        Diagnosis d;
        Recommendation r;
        r.settings = {QStringLiteral("smtp.example.com"), 587, SecurityMode::StartTls,
                      MailSettings::Auth::NormalPassword, QStringLiteral("alice@example.com")};
        r.verified = true;
        d.recommended = r;
        d.anythingReachable = true;
        if (withIncoming) {
            IncomingRecommendation in;
            in.settings.settings = {QStringLiteral("imap.example.com"), 993, SecurityMode::ImplicitTls,
                                    MailSettings::Auth::NormalPassword, QStringLiteral("alice@example.com")};
            in.verified = true;
            d.incoming = in;
        }
        return d;
    }

private slots:
    void valuesAreCopied()
    {
        WizardContext context({});
        FixPage page(&context);
        page.resize(860, 900);
        page.showFix(MailClients::Program::AppleMail, diagnosis(true), std::nullopt,
                     QStringLiteral("alice@example.com"));
        page.show();
        QStringList values;
        for (int i = 0;; ++i) {
            auto *value = page.findChild<QLabel *>(QStringLiteral("fixValue%1").arg(i));
            auto *copy = page.findChild<QToolButton *>(QStringLiteral("copyValue%1").arg(i));
            if (!value)
                break;
            QVERIFY(copy);
            QGuiApplication::clipboard()->clear();
            QTest::mouseClick(copy, Qt::LeftButton);
            QCOMPARE(QGuiApplication::clipboard()->text(), value->text());
            values << value->text();
        }
        QCOMPARE(values, (QStringList{QStringLiteral("imap.example.com"), QStringLiteral("993"),
                                      QStringLiteral("smtp.example.com"), QStringLiteral("587"),
                                      QStringLiteral("alice@example.com")}));
        auto *profile = page.findChild<QPushButton *>(QStringLiteral("saveAppleProfile"));
        QVERIFY(profile);
        QVERIFY(profile->isVisible());
        const QString dir = qEnvironmentVariable("MAILFIX_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("fixpage-values.png"))));
    }

    void profileButtonOnlyForAppleMail_data()
    {
        QTest::addColumn<MailClients::Program>("program");
        QTest::addColumn<bool>("incoming");
        QTest::addColumn<bool>("shown");
        QTest::newRow("apple mail") << MailClients::Program::AppleMail << true << true;
        QTest::newRow("apple mail, incoming unknown") << MailClients::Program::AppleMail << false << false;
        QTest::newRow("thunderbird") << MailClients::Program::Thunderbird << true << false;
        QTest::newRow("outlook") << MailClients::Program::Outlook << true << false;
    }
    void profileButtonOnlyForAppleMail()
    {
        QFETCH(MailClients::Program, program);
        QFETCH(bool, incoming);
        QFETCH(bool, shown);
        WizardContext context({});
        FixPage page(&context);
        page.showFix(program, diagnosis(incoming), std::nullopt, QStringLiteral("alice@example.com"));
        page.show();
        QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("saveAppleProfile"))->isVisible(), shown);
        // without the incoming server there are no incoming rows
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("fixValue0"))->text(),
                 incoming ? QStringLiteral("imap.example.com") : QStringLiteral("smtp.example.com"));
    }
};

QTEST_MAIN(TestFixPageValues)
#include "tst_fixpagevalues.moc"
