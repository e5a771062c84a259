#include "guides/GuideDocument.h"
#include "guides/GuideLibrary.h"
#include "guides/GuideRenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QTest>

namespace {
// JSON written with ' for " (easier to read in C++).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}
} // namespace

// The drawn dialogs of every bundled guide: every text fits its box, for every combination of
// settings, at 100% and 200%; a few pictures match reference images (tests/golden, made with
// MAILFIX_UPDATE_GOLDEN=1); MAILFIX_GUIDES_REVIEW_DIR=DIR writes every picture there for review.
class TestGuidesRender : public QObject
{
    Q_OBJECT

    GuideLibrary m_library;

    static QHash<int, int> allCallouts(const GuideDialog &dialog)
    {
        QHash<int, int> out;
        for (const GuideWidget &w : dialog.widgets) {
            if (w.callout > 0)
                out.insert(w.callout, w.callout);
        }
        return out;
    }

    // The callouts of the items these values show, numbered 1, 2, 3... as the Fix page numbers them.
    static QHash<int, int> shownCallouts(const GuideStep &step, const GuideValues &v)
    {
        QHash<int, int> out;
        for (const GuideItem &item : step.items) {
            if (item.callout > 0 && item.when.test(v) && !out.contains(item.callout))
                out.insert(item.callout, int(out.size()) + 1);
        }
        return out;
    }

    static GuideValues values(SecurityMode security, MailSettings::Auth auth, bool longNames, quint16 port)
    {
        GuideValues v;
        v.host = longNames ? QStringLiteral("smtp.eu-west-1.mailprovider-example.com")
                           : QStringLiteral("smtp.example.com");
        v.currentHost = longNames ? QStringLiteral("mail.old-provider-example-hosting.co.uk")
                                  : QStringLiteral("mail.example.com");
        v.port = port;
        v.security = security;
        v.auth = auth;
        v.username = longNames ? QStringLiteral("firstname.lastname@example-company.co.uk")
                               : QStringLiteral("alice@example.com");
        v.address = v.username;
        v.account = v.username;
        // the incoming server: IMAP or POP3 (the longer words), each port, the same security
        v.incomingHost = longNames ? QStringLiteral("imap.eu-west-1.mailprovider-example.com")
                                   : QStringLiteral("imap.example.com");
        v.incomingPort = port == 25 ? 110 : port == 465 ? 993 : 995;
        v.incomingProtocol = port == 465 ? Protocol::Imap : Protocol::Pop3;
        v.incomingSecurity = security;
        v.incomingUsername = v.username;
        return v;
    }

    static GuideValues typical()
    {
        return values(SecurityMode::StartTls, MailSettings::Auth::NormalPassword, false, 587);
    }

    // The reference images of this platform. Windows' font engine places the glyphs alike but anti-aliases
    // them differently (about 2% of the pixels differ): the Windows build, tested under Wine, has its own.
    static QString goldenDir()
    {
#ifdef Q_OS_WIN
        return QStringLiteral(GOLDEN_DIR "/windows");
#else
        return QStringLiteral(GOLDEN_DIR);
#endif
    }

    // Per-pixel comparison with a small tolerance (anti-aliasing may differ by a step or two).
    static QString compare(const QImage &actual, const QImage &expected)
    {
        if (actual.size() != expected.size())
            return QStringLiteral("size %1x%2, expected %3x%4")
                .arg(actual.width())
                .arg(actual.height())
                .arg(expected.width())
                .arg(expected.height());
        const QImage a = actual.convertToFormat(QImage::Format_ARGB32);
        const QImage e = expected.convertToFormat(QImage::Format_ARGB32);
        qint64 off = 0;
        for (int y = 0; y < a.height(); ++y) {
            const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
            const auto *pe = reinterpret_cast<const QRgb *>(e.constScanLine(y));
            for (int x = 0; x < a.width(); ++x) {
                const int d = std::max(
                    {std::abs(qRed(pa[x]) - qRed(pe[x])), std::abs(qGreen(pa[x]) - qGreen(pe[x])),
                     std::abs(qBlue(pa[x]) - qBlue(pe[x])), std::abs(qAlpha(pa[x]) - qAlpha(pe[x]))});
                if (d > 24)
                    ++off;
            }
        }
        const qint64 allowed = qint64(a.width()) * a.height() / 1000; // 0.1%
        if (off > allowed)
            return QStringLiteral("%1 pixels differ (allowed %2)").arg(off).arg(allowed);
        return {};
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(GuideRenderer::fontFamily(), QStringLiteral("DejaVu Sans"));
        m_library.loadBundled();
        QVERIFY2(m_library.errors().isEmpty(), qPrintable(m_library.errors().join(QLatin1Char('\n'))));
        QVERIFY(!m_library.guides().isEmpty());
    }

    void textFitsItsBoxes_data()
    {
        QTest::addColumn<QString>("guide");
        QTest::addColumn<QString>("step");
        QTest::addColumn<qreal>("scale");
        for (const Guide &g : m_library.guides()) {
            for (const GuideStep &s : g.steps) {
                if (!s.dialog)
                    continue;
                for (qreal scale : {1.0, 2.0}) {
                    QTest::addRow("%s/%s@%gx", qPrintable(g.key()), qPrintable(s.id), scale)
                        << g.key() << s.id << scale;
                }
            }
        }
    }

    // Every combination: security x sign-in x short/long names x ports 25/465/587.
    void textFitsItsBoxes()
    {
        QFETCH(QString, guide);
        QFETCH(QString, step);
        QFETCH(qreal, scale);
        const Guide *g = nullptr;
        for (const Guide &candidate : m_library.guides()) {
            if (candidate.key() == guide)
                g = &candidate;
        }
        QVERIFY(g);
        const GuideStep *s = nullptr;
        for (const GuideStep &candidate : g->steps) {
            if (candidate.id == step)
                s = &candidate;
        }
        QVERIFY(s && s->dialog);
        const QHash<int, int> callouts = allCallouts(*s->dialog);
        QStringList problems;
        for (SecurityMode security :
             {SecurityMode::None, SecurityMode::StartTls, SecurityMode::ImplicitTls}) {
            for (MailSettings::Auth auth :
                 {MailSettings::Auth::None, MailSettings::Auth::NormalPassword,
                  MailSettings::Auth::EncryptedPassword, MailSettings::Auth::OAuth2}) {
                for (bool longNames : {false, true}) {
                    for (quint16 port : {quint16(25), quint16(465), quint16(587)}) {
                        const GuideRenderer::Result r = GuideRenderer::render(
                            *g, *s->dialog, values(security, auth, longNames, port), callouts, scale);
                        QVERIFY(!r.image.isNull());
                        QCOMPARE(r.image.devicePixelRatio(), scale);
                        const QSizeF logical = GuideRenderer::imageSize(*s->dialog);
                        QCOMPARE(r.image.width(), qCeil(logical.width() * scale));
                        for (const GuideTextIssue &issue : r.issues)
                            problems << issue.toString();
                    }
                }
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void reportsOverflow()
    {
        // A value too long for its field is reported, not elided.
        const QByteArray text =
            json("{'format': 1, 'program': 'x', 'version': '1', 'title': 'T', 'steps': [{'id': 's', 'text': "
                 "'t', 'needs': ['always'], 'dialog': {'title': 'D', 'frame': 'windows', 'size': [200, 60], "
                 "'widgets': [{'type': 'lineedit', 'rect': [10, 10, 60, 24], 'value': '{host}'}]}}]}");
        QString error;
        const std::optional<Guide> g = Guide::parse(text, QStringLiteral("x.json"), &error);
        QVERIFY2(g, qPrintable(error));
        const GuideRenderer::Result r = GuideRenderer::render(*g, *g->steps.first().dialog, typical(), {}, 1);
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.first().text, QStringLiteral("smtp.example.com"));
        QVERIFY(r.issues.first().needed > r.issues.first().available);
        QVERIFY(r.issues.first().toString().contains(QLatin1String("lineedit")));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("guide");
        QTest::addColumn<QString>("step");
        QTest::addColumn<bool>("oauth2"); // drawn with sign-in through the provider (OAuth2): "-oauth2.png"
        QTest::newRow("thunderbird edit-server")
            << QStringLiteral("thunderbird-115") << QStringLiteral("edit-server") << false;
        QTest::newRow("outlook advanced")
            << QStringLiteral("outlook-classic") << QStringLiteral("advanced-tab") << false;
        QTest::newRow("outlook outgoing")
            << QStringLiteral("outlook-classic") << QStringLiteral("outgoing-server-tab") << false;
        QTest::newRow("apple mail server")
            << QStringLiteral("apple-mail-13") << QStringLiteral("server-settings") << false;
        QTest::newRow("new outlook form")
            << QStringLiteral("outlook-new") << QStringLiteral("imap-form") << false;
        QTest::newRow("thunderbird incoming")
            << QStringLiteral("thunderbird-115") << QStringLiteral("incoming-server") << false;
        QTest::newRow("outlook incoming account")
            << QStringLiteral("outlook-classic") << QStringLiteral("incoming-change-account") << false;
        QTest::newRow("outlook incoming advanced")
            << QStringLiteral("outlook-classic") << QStringLiteral("incoming-advanced-tab") << false;
        QTest::newRow("apple mail incoming")
            << QStringLiteral("apple-mail-13") << QStringLiteral("incoming-server-settings") << false;
        QTest::newRow("new outlook incoming form")
            << QStringLiteral("outlook-new") << QStringLiteral("incoming-imap-form") << false;
        // the steps that switch each program to OAuth2
        QTest::newRow("thunderbird edit-server oauth2")
            << QStringLiteral("thunderbird-115") << QStringLiteral("edit-server") << true;
        QTest::newRow("thunderbird incoming oauth2")
            << QStringLiteral("thunderbird-115") << QStringLiteral("incoming-oauth2") << true;
        QTest::newRow("outlook remove account")
            << QStringLiteral("outlook-classic") << QStringLiteral("select-account") << true;
        QTest::newRow("outlook add account")
            << QStringLiteral("outlook-classic") << QStringLiteral("add-account-oauth2") << true;
        QTest::newRow("outlook connect")
            << QStringLiteral("outlook-classic") << QStringLiteral("connect-oauth2") << true;
        QTest::newRow("new outlook add account")
            << QStringLiteral("outlook-new") << QStringLiteral("add-account") << true;
        QTest::newRow("apple mail server oauth2")
            << QStringLiteral("apple-mail-13") << QStringLiteral("server-settings") << true;
        QTest::newRow("apple mail internet accounts")
            << QStringLiteral("apple-mail-13") << QStringLiteral("internet-accounts-oauth2") << true;
        // issue 16: installing Apple Mail's setup profile, then removing the old account
        QTest::newRow("apple mail profile install")
            << QStringLiteral("apple-mail-profile") << QStringLiteral("install-profile") << false;
        QTest::newRow("apple mail profile password")
            << QStringLiteral("apple-mail-profile") << QStringLiteral("profile-password") << false;
        QTest::newRow("apple mail profile remove old account")
            << QStringLiteral("apple-mail-profile") << QStringLiteral("remove-old-account") << false;
        QTest::newRow("apple mail legacy internet accounts")
            << QStringLiteral("apple-mail-legacy") << QStringLiteral("internet-accounts-oauth2") << true;
    }

    void golden()
    {
        QFETCH(QString, guide);
        QFETCH(QString, step);
        QFETCH(bool, oauth2);
        const Guide *g = nullptr;
        for (const Guide &candidate : m_library.guides()) {
            if (candidate.key() == guide)
                g = &candidate;
        }
        QVERIFY2(g, qPrintable(guide));
        const GuideStep *s = nullptr;
        for (const GuideStep &candidate : g->steps) {
            if (candidate.id == step)
                s = &candidate;
        }
        QVERIFY2(s && s->dialog, qPrintable(step));
        const GuideValues v =
            values(SecurityMode::ImplicitTls,
                   oauth2 ? MailSettings::Auth::OAuth2 : MailSettings::Auth::NormalPassword, false, 465);
        const QImage image = GuideRenderer::render(*g, *s->dialog, v,
                                                   oauth2 ? shownCallouts(*s, v) : allCallouts(*s->dialog), 1)
                                 .image;
        const QString file =
            QStringLiteral("%1/%2-%3%4.png")
                .arg(goldenDir(), guide, step,
                     oauth2 && !step.endsWith(QLatin1String("-oauth2")) ? QStringLiteral("-oauth2")
                                                                        : QString());
        if (qEnvironmentVariableIsSet("MAILFIX_UPDATE_GOLDEN")) {
            QDir().mkpath(goldenDir());
            QVERIFY(image.save(file));
            qInfo("wrote %s", qPrintable(file));
            return;
        }
        const QImage expected(file);
        QVERIFY2(!expected.isNull(),
                 qPrintable(QStringLiteral("%1 is missing: run with MAILFIX_UPDATE_GOLDEN=1").arg(file)));
        const QString difference = compare(image, expected);
        if (!difference.isEmpty()) {
            const QString actual = QDir::temp().filePath(QStringLiteral("%1-%2-actual.png").arg(guide, step));
            image.save(actual);
            QFAIL(qPrintable(QStringLiteral("%1 differs from %2: %3 (this rendering: %4; if the change is "
                                            "intended, run with MAILFIX_UPDATE_GOLDEN=1)")
                                 .arg(guide + QLatin1Char('/') + step, file, difference, actual)));
        }
    }

    void goldenComparisonNoticesChanges()
    {
        const Guide &g = m_library.guides().first();
        const GuideStep &s = *std::find_if(g.steps.cbegin(), g.steps.cend(),
                                           [](const GuideStep &x) { return bool(x.dialog); });
        const QImage image = GuideRenderer::render(g, *s.dialog, typical(), {}, 1).image;
        QVERIFY(compare(image, image).isEmpty());
        QImage changed = image.copy();
        QPainter(&changed).fillRect(QRect(40, 40, 30, 30), Qt::black);
        QVERIFY(!compare(changed, image).isEmpty());
        QVERIFY(!compare(image.scaled(image.size() / 2), image).isEmpty());
    }

    // Not a check: writes every step's picture (all callouts, typical and long values, 100% and
    // 200%) for a person to look at.
    void writeReviewImages()
    {
        const QString dir = qEnvironmentVariable("MAILFIX_GUIDES_REVIEW_DIR");
        if (dir.isEmpty())
            QSKIP("set MAILFIX_GUIDES_REVIEW_DIR to write the pictures");
        QDir().mkpath(dir);
        for (const Guide &g : m_library.guides()) {
            for (const GuideStep &s : g.steps) {
                if (!s.dialog)
                    continue;
                const GuideValues longValues =
                    values(SecurityMode::ImplicitTls, MailSettings::Auth::EncryptedPassword, true, 465);
                const auto callouts = allCallouts(*s.dialog);
                QVERIFY(GuideRenderer::render(g, *s.dialog, typical(), callouts, 1)
                            .image.save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(g.key(), s.id))));
                QVERIFY(GuideRenderer::render(g, *s.dialog, longValues, callouts, 2)
                            .image.save(
                                QDir(dir).filePath(QStringLiteral("%1-%2-long@2x.png").arg(g.key(), s.id))));
            }
        }
    }
};

QTEST_MAIN(TestGuidesRender)
#include "tst_guidesrender.moc"
