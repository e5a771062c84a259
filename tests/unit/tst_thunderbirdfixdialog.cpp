// The wizard's "Fix it for me" for Thunderbird (issue 16), driven with real clicks on the offscreen platform:
// the accounts that use the broken server are offered, the preview shows exactly what changes, nothing is
// written before the user says Thunderbird is closed, Change writes it, Undo restores prefs.js byte for byte.
#include "pages/ThunderbirdFixDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace {

// alice@example.test sends through smtp1 (port 25, no sign-in), and so does her second identity;
// bob@other.test through smtp2, which is fine.
const QByteArray kPrefs = R"(// Mozilla User Preferences

user_pref("mail.accountmanager.accounts", "account1,account2");
user_pref("mail.account.account1.identities", "id1,id3");
user_pref("mail.account.account2.identities", "id2");
user_pref("mail.identity.id1.useremail", "alice@example.test");
user_pref("mail.identity.id1.smtpServer", "smtp1");
user_pref("mail.identity.id3.useremail", "alice@example.test");
user_pref("mail.identity.id3.smtpServer", "smtp1");
user_pref("mail.identity.id2.useremail", "bob@other.test");
user_pref("mail.identity.id2.smtpServer", "smtp2");
user_pref("mail.smtpservers", "smtp1,smtp2");
user_pref("mail.smtpserver.smtp1.hostname", "smtp.example.test");
user_pref("mail.smtpserver.smtp1.port", 25);
user_pref("mail.smtpserver.smtp1.try_ssl", 0);
user_pref("mail.smtpserver.smtp1.authMethod", 1);
user_pref("mail.smtpserver.smtp2.hostname", "smtp.other.test");
user_pref("mail.smtpserver.smtp2.port", 587);
user_pref("mail.smtpserver.smtp2.try_ssl", 2);
user_pref("mail.smtpserver.smtp2.authMethod", 3);
user_pref("mail.smtpserver.smtp2.username", "bob");
)";

MailSettings verified()
{
    MailSettings s;
    s.host = QStringLiteral("smtp.example.test");
    s.port = 465;
    s.security = SecurityMode::ImplicitTls;
    s.auth = MailSettings::Auth::NormalPassword;
    s.username = QStringLiteral("alice@example.test");
    return s;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestThunderbirdFixDialog : public QObject
{
    Q_OBJECT

private slots:
    void previewConsentChangeAndUndo()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString prefs = profile.filePath(QStringLiteral("prefs.js"));
        {
            QFile f(prefs);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kPrefs);
        }
        ThunderbirdFixDialog dialog(profile.path(), verified());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (qEnvironmentVariableIsSet("MAILFIX_SCREENSHOT_DIR")) // for a person to look at
            dialog.grab().save(QDir(qEnvironmentVariable("MAILFIX_SCREENSHOT_DIR"))
                                   .filePath(QStringLiteral("thunderbird-fix-dialog.png")));

        // the two identities that send through the broken server, both chosen; not bob's
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("accounts"));
        QCOMPARE(list->count(), 2);
        for (int i = 0; i < list->count(); ++i) {
            QVERIFY2(list->item(i)->text().startsWith(QLatin1String("alice@example.test (now: ")),
                     qPrintable(list->item(i)->text()));
            QCOMPARE(list->item(i)->checkState(), Qt::Checked);
        }
        const QString changes = dialog.findChild<QPlainTextEdit *>(QStringLiteral("changes"))->toPlainText();
        QVERIFY2(changes.contains(QLatin1String("25")) && changes.contains(QLatin1String("465")),
                 qPrintable(changes));
        QVERIFY2(!changes.contains(QLatin1String("smtp2")), qPrintable(changes)); // bob's server stays

        // nothing is written before the user says Thunderbird is closed
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("apply"));
        auto *undo = dialog.findChild<QPushButton *>(QStringLiteral("undo"));
        auto *consent = dialog.findChild<QCheckBox *>(QStringLiteral("consent"));
        QVERIFY(!apply->isEnabled());
        QVERIFY(!undo->isEnabled());
        QTest::mouseClick(consent, Qt::LeftButton, {}, QPoint(8, consent->height() / 2));
        QVERIFY(consent->isChecked());
        QVERIFY(apply->isEnabled());
        QCOMPARE(readAll(prefs), kPrefs);

        QTest::mouseClick(apply, Qt::LeftButton);
        const QByteArray written = readAll(prefs);
        QVERIFY(written.contains(R"(user_pref("mail.smtpserver.smtp1.port", 465);)"));
        QVERIFY(written.contains(R"(user_pref("mail.smtpserver.smtp1.try_ssl", 3);)"));
        QVERIFY(written.contains(R"(user_pref("mail.smtpserver.smtp1.username", "alice@example.test");)"));
        QVERIFY(written.contains(R"(user_pref("mail.smtpserver.smtp2.port", 587);)"));
        const QString result = dialog.findChild<QLabel *>(QStringLiteral("result"))->text();
        QVERIFY2(result.startsWith(QLatin1String("Done.")), qPrintable(result));
        QVERIFY(undo->isEnabled());
        QVERIFY(!consent->isChecked()); // a second change needs a second yes
        QVERIFY(!apply->isEnabled());

        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(readAll(prefs), kPrefs);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("result"))->text(),
                 QStringLiteral("Undone: Thunderbird's settings are back as they were."));
    }

    void aProfileThatIsNotThereSaysSo()
    {
        QTemporaryDir parent;
        const QString missing = parent.filePath(QStringLiteral("gone.default"));
        ThunderbirdFixDialog dialog(missing, verified());
        dialog.show();
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("apply"))->isEnabled());
        QVERIFY(!dialog.findChild<QListWidget *>(QStringLiteral("accounts"))->isVisibleTo(&dialog));
        QVERIFY(!QFileInfo::exists(missing));
    }
};

QTEST_MAIN(TestThunderbirdFixDialog)
#include "tst_thunderbirdfixdialog.moc"
