#include "WizardContext.h"
#include "diagnose/Findings.h"
#include "guides/GuideDocument.h"
#include "guides/GuideLibrary.h"
#include "pages/FixPage.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

namespace {
Diagnosis diagnosis(FindingCode code, Finding::Severity severity = Finding::Severity::Cause)
{
    Diagnosis d;
    Finding f;
    f.code = code;
    f.severity = severity;
    d.findings << f;
    Recommendation r;
    r.settings.host = QStringLiteral("smtp.example.com");
    r.settings.port = 465;
    r.settings.security = SecurityMode::ImplicitTls;
    r.settings.auth = MailSettings::Auth::NormalPassword;
    r.settings.username = QStringLiteral("a&b@example.com"); // must be escaped in HTML
    r.verified = true;
    d.recommended = r;
    d.anythingReachable = true;
    return d;
}

MailSettings current()
{
    MailSettings s;
    s.host = QStringLiteral("smtp.example.com");
    s.port = 587;
    s.security = SecurityMode::StartTls;
    s.auth = MailSettings::Auth::None;
    return s;
}
} // namespace

// Saving a guide (HTML with embedded pictures, PDF, a folder of PNGs) and the Fix page showing it.
class TestGuidesExport : public QObject
{
    Q_OBJECT

    GuideLibrary m_library;
    GuideDocument m_document;

private slots:
    void initTestCase()
    {
        m_library.loadBundled();
        const Guide *g = m_library.find(QStringLiteral("thunderbird"), QStringLiteral("115"));
        QVERIFY(g);
        const Diagnosis d = diagnosis(FindingCode::AuthRequired);
        m_document = GuideDocument::build(
            *g, GuideSelection::select(d, current()),
            GuideValues::from(d.recommended->settings, QStringLiteral("a&b@example.com")), {}, 2);
        QCOMPARE(m_document.steps.size(), 4);
    }

    void html()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("guide.html"));
        QString error;
        QVERIFY2(m_document.save(GuideDocument::Format::Html, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        int pictures = 0;
        for (const GuideDocument::Step &s : m_document.steps)
            pictures += s.image.isNull() ? 0 : 1;
        QCOMPARE(int(html.count(QLatin1String("src=\"data:image/png;base64,"))), pictures);
        QVERIFY(html.contains(QLatin1String("a&amp;b@example.com")));
        QVERIFY(!html.contains(QLatin1String("a&b@example.com")));
        QVERIFY(html.contains(QLatin1String("Set Authentication method to Normal password.")));
        // The pictures are real PNGs at 200%, shown at their logical size.
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("base64,([A-Za-z0-9+/=]+)\" width=\"(\\d+)\"")).match(html);
        QVERIFY(m.hasMatch());
        const QImage first = QImage::fromData(QByteArray::fromBase64(m.captured(1).toLatin1()), "PNG");
        QVERIFY(!first.isNull());
        QCOMPARE(first.width(), 2 * m.captured(2).toInt());
    }

    void pdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("guide.pdf"));
        QString error;
        QVERIFY2(m_document.save(GuideDocument::Format::Pdf, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY2(bytes.size() > 20000, QByteArray::number(bytes.size()).constData()); // fonts and pictures
    }

    void images()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("MailFix guide")); // made by save()
        QString error;
        QVERIFY2(m_document.save(GuideDocument::Format::Images, path, &error), qPrintable(error));
        const QStringList pngs = QDir(path).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(pngs, (QStringList{QStringLiteral("01-open-account-settings.png"),
                                    QStringLiteral("02-open-outgoing-server.png"),
                                    QStringLiteral("03-edit-server.png")}));
        const QImage picture(QDir(path).filePath(pngs.first()));
        QCOMPARE(picture.size(), m_document.steps.first().image.size());
        QFile text(QDir(path).filePath(QStringLiteral("steps.txt")));
        QVERIFY(text.open(QIODevice::ReadOnly));
        const QString steps = QString::fromUtf8(text.readAll());
        QVERIFY(steps.contains(QLatin1String("1. In Thunderbird, open Account Settings.")));
        QVERIFY(steps.contains(QLatin1String("03-edit-server.png")));
        QVERIFY(steps.contains(QLatin1String("4. Close the Account Settings tab")));
    }

    void unwritablePlace()
    {
        QString error;
        QVERIFY(!m_document.save(GuideDocument::Format::Html, QStringLiteral("/proc/mailfix/guide.html"),
                                 &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(
            !m_document.save(GuideDocument::Format::Images, QStringLiteral("/proc/mailfix-guide"), &error));
        QVERIFY(!error.isEmpty());
    }

    // Not a check: MAILFIX_GUIDES_REVIEW_DIR=DIR writes the exports there for a person to look at.
    void writeReviewFiles()
    {
        const QString dir = qEnvironmentVariable("MAILFIX_GUIDES_REVIEW_DIR");
        if (dir.isEmpty())
            QSKIP("set MAILFIX_GUIDES_REVIEW_DIR to write the exports");
        QString error;
        QVERIFY2(m_document.save(GuideDocument::Format::Html,
                                 QDir(dir).filePath(QStringLiteral("export.html")), &error),
                 qPrintable(error));
        QVERIFY2(m_document.save(GuideDocument::Format::Pdf, QDir(dir).filePath(QStringLiteral("export.pdf")),
                                 &error),
                 qPrintable(error));
        QVERIFY2(m_document.save(GuideDocument::Format::Images,
                                 QDir(dir).filePath(QStringLiteral("export-pictures")), &error),
                 qPrintable(error));
        WizardContext context({});
        // The Fix page: a drawn guide (Outlook), and the text steps for any other program.
        for (const auto &[program, finding, height, name] :
             {std::make_tuple(MailClients::Program::Outlook, FindingCode::TlsModeMismatch, 1400, "outlook"),
              std::make_tuple(MailClients::Program::Other, FindingCode::AppPasswordRequired, 500, "other")}) {
            FixPage page(&context);
            page.resize(820, height);
            page.showFix(program, diagnosis(finding), current(), QStringLiteral("alice@example.com"));
            page.show();
            QVERIFY(page.grab().save(
                QDir(dir).filePath(QStringLiteral("fixpage-%1.png").arg(QLatin1String(name)))));
        }
    }

    void fixPageShowsTheGuide()
    {
        WizardContext context({});
        FixPage page(&context);
        page.resize(820, 600);
        page.showFix(MailClients::Program::Thunderbird, diagnosis(FindingCode::AuthRequired), current(),
                     QStringLiteral("alice@example.com"));
        auto *version = page.findChild<QComboBox *>(QStringLiteral("guideVersion"));
        QVERIFY(version);
        QCOMPARE(version->count(), 1);
        QCOMPARE(version->currentText(), QStringLiteral("Thunderbird 115 and later"));
        const QString summary = page.findChild<QLabel *>(QStringLiteral("fixSteps"))->text();
        QVERIFY(summary.contains(QLatin1String("smtp.example.com")));
        QVERIFY(summary.contains(QLatin1String("465")));
        QVERIFY(summary.contains(QLatin1String("SSL/TLS")));
        QCOMPARE(page.findChildren<QWidget *>(QStringLiteral("guideStep")).size(), 4);
        QCOMPARE(page.findChildren<QWidget *>(QStringLiteral("guidePicture")).size(), 3);
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("saveGuide"))->isEnabled());

        // Outlook: three versions, the classic one first; another version shows its own steps.
        page.showFix(MailClients::Program::Outlook, diagnosis(FindingCode::AuthRequired), current(),
                     QStringLiteral("alice@example.com"));
        QCOMPARE(version->count(), 3);
        QCOMPARE(version->currentIndex(), 0);
        QCOMPARE(page.currentGuide()->version, QStringLiteral("classic"));
        QCOMPARE(page.document().steps.size(), 6);
        version->setCurrentIndex(1);
        QCOMPARE(page.currentGuide()->version, QStringLiteral("new"));
        QCOMPARE(page.document().steps.first().id, QStringLiteral("open-settings"));
        QCOMPARE(page.findChildren<QWidget *>(QStringLiteral("guideStep")).size(),
                 page.document().steps.size());

        // Several accounts: their steps repeat.
        version->setCurrentIndex(0);
        page.setAccounts({QStringLiteral("Work"), QStringLiteral("Home")});
        QCOMPARE(page.document().steps.size(), 11);

        // Saving from the page.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(page.saveGuide(GuideDocument::Format::Html, dir.filePath(QStringLiteral("g.html")), &error),
                 qPrintable(error));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("g.html"))));
    }

    // An MSP's guides beside its provider overrides replace the bundled ones; broken ones are named.
    void fixPageLoadsGuidesFromTheOverridesFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("guides")));
        QFile bundled(QStringLiteral(":/guides/thunderbird-115.json"));
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QFile own(dir.filePath(QStringLiteral("guides/thunderbird.json")));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write(bundled.readAll().replace("\"Thunderbird 115 and later\"",
                                            "\"Thunderbird (Example IT's setup)\""));
        own.close();
        QFile broken(dir.filePath(QStringLiteral("guides/broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();

        WizardContext::Environment environment;
        environment.overridesDir = dir.path();
        WizardContext context(environment);
        FixPage page(&context);
        page.showFix(MailClients::Program::Thunderbird, diagnosis(FindingCode::AuthRequired), current(),
                     QStringLiteral("alice@example.com"));
        QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("guideVersion"))->currentText(),
                 QStringLiteral("Thunderbird (Example IT's setup)"));
        auto *errors = page.findChild<QLabel *>(QStringLiteral("guideErrors"));
        QVERIFY(!errors->isHidden());
        QVERIFY(errors->text().contains(QLatin1String("broken.json: not valid JSON at line 1")));
    }

    void fixPageNothingToChange()
    {
        WizardContext context({});
        FixPage page(&context);
        page.showFix(MailClients::Program::AppleMail,
                     diagnosis(FindingCode::SettingsOk, Finding::Severity::Info), std::nullopt,
                     QStringLiteral("alice@example.com"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("fixSteps"))
                    ->text()
                    .contains(QLatin1String("nothing to change")));
        QVERIFY(page.findChildren<QWidget *>(QStringLiteral("guideStep")).isEmpty());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("saveGuide"))->isEnabled());
    }

    void fixPageOtherProgramKeepsTextSteps()
    {
        WizardContext context({});
        FixPage page(&context);
        page.showFix(MailClients::Program::Other, diagnosis(FindingCode::AuthRequired), current(),
                     QStringLiteral("alice@example.com"));
        const QString text = page.findChild<QLabel *>(QStringLiteral("fixSteps"))->text();
        QVERIFY(text.contains(QLatin1String("<ol>")));
        QVERIFY(text.contains(QLatin1String("Outgoing server (SMTP): smtp.example.com. Port: 465.")));
        QVERIFY(page.findChild<QComboBox *>(QStringLiteral("guideVersion"))->isHidden());
        QVERIFY(page.findChildren<QWidget *>(QStringLiteral("guideStep")).isEmpty());
        // The steps come from the guide data for any program (other.json), in MailFix's words.
        QCOMPARE(page.currentGuide()->key(), QStringLiteral("other-any"));
        QCOMPARE(page.document().steps.size(), 4);
        QVERIFY(text.contains(QLatin1String("Encryption: SSL/TLS.")));
        QVERIFY(text.contains(
            QLatin1String("Sign-in: Normal password, with the user name a&amp;b@example.com.")));
        QVERIFY(page.subTitle().contains(QLatin1String("in your mail program")));

        // A finding's note, and the address step when the sender was refused.
        page.showFix(MailClients::Program::Other, diagnosis(FindingCode::AppPasswordRequired), current(),
                     QStringLiteral("alice@example.com"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("fixSteps"))
                    ->text()
                    .contains(QLatin1String("app password")));
        page.showFix(MailClients::Program::Other, diagnosis(FindingCode::SenderRejected), current(),
                     QStringLiteral("alice@example.com"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("fixSteps"))
                    ->text()
                    .contains(QLatin1String("Make sure the account's email address is alice@example.com.")));
    }
};

QTEST_MAIN(TestGuidesExport)
#include "tst_guidesexport.moc"
