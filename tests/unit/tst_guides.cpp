#include "clients/MailClients.h"
#include "diagnose/Findings.h"
#include "guides/GuideDocument.h"
#include "guides/GuideLibrary.h"
#include "guides/GuideSelection.h"
#include "guides/GuideStrings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

Q_DECLARE_METATYPE(std::optional<MailSettings>)

namespace {
// JSON written with ' for " (easier to read in C++).
QString json(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('\''), QLatin1Char('"'));
}

MailSettings settings(const QString &host, quint16 port, SecurityMode security,
                      MailSettings::Auth auth = MailSettings::Auth::NormalPassword)
{
    MailSettings s;
    s.host = host;
    s.port = port;
    s.security = security;
    s.auth = auth;
    s.username = QStringLiteral("alice@example.com");
    return s;
}

MailSettings recommended()
{
    return settings(QStringLiteral("smtp.example.com"), 465, SecurityMode::ImplicitTls);
}

// The incoming server to use in the incoming tests: POP3 with SSL/TLS, its own user name.
IncomingSettings incomingSettings()
{
    return IncomingSettings{MailSettings{QStringLiteral("pop.example.net"), 995, SecurityMode::ImplicitTls,
                                         MailSettings::Auth::NormalPassword, QStringLiteral("alice.pop")},
                            Protocol::Pop3};
}

// A finding's JSON id, as the test tables write them.
QString id(FindingCode code)
{
    return Findings::id(code);
}

// A diagnosis with these findings ("id" is a cause; "id:info" and "id:warning" are not) and the
// recommended settings above.
Diagnosis diagnosis(const QStringList &findings, bool withRecommendation = true)
{
    Diagnosis d;
    for (const QString &spec : findings) {
        Finding f;
        f.code = Findings::fromId(spec.section(QLatin1Char(':'), 0, 0)).value();
        const QString severity = spec.section(QLatin1Char(':'), 1, 1);
        f.severity = severity == QLatin1String("info")      ? Finding::Severity::Info
                     : severity == QLatin1String("warning") ? Finding::Severity::Warning
                                                            : Finding::Severity::Cause;
        f.fix = QStringLiteral("fix for %1").arg(f.id());
        d.findings << f;
    }
    if (withRecommendation) {
        Recommendation r;
        r.settings = recommended();
        r.verified = true;
        d.recommended = r;
    }
    return d;
}

// Translates every guide text ("Guide/<program>") into upper case, to show that guides go through the
// translator.
class UpperTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (!QByteArray(context).startsWith("Guide/"))
            return {};
        // Upper case, except the {placeholders}.
        QString out = QString::fromUtf8(sourceText);
        bool inside = false;
        for (QChar &c : out) {
            if (c == QLatin1Char('{') || c == QLatin1Char('}'))
                inside = c == QLatin1Char('{');
            else if (!inside)
                c = c.toUpper();
        }
        return out;
    }
    [[nodiscard]] bool isEmpty() const override { return false; }
};
} // namespace

// The guides as data: every bundled guide parses, broken guides give clear errors, guides from a
// folder replace bundled ones, GuideStrings.cpp matches the JSON, and the steps chosen for each
// finding (tables).
class TestGuides : public QObject
{
    Q_OBJECT

    GuideLibrary m_library;

    const Guide *guide(const QString &key) const
    {
        for (const Guide &g : m_library.guides()) {
            if (g.key() == key)
                return &g;
        }
        return nullptr;
    }

    static QString wrap(const QString &step)
    {
        return json("{'format': 1, 'program': 'test', 'version': '1', 'title': 'T', 'steps': [%1]}")
            .arg(step);
    }
    static QString stepWith(const QString &dialogWidgets, const QString &items = QStringLiteral("[]"))
    {
        return json("{'id': 's', 'text': 't', 'needs': ['always'], 'items': %2, 'dialog': {'title': 'D', "
                    "'frame': 'windows', 'size': [300, 200], 'widgets': [%1]}}")
            .arg(dialogWidgets, items);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<std::optional<MailSettings>>();
        m_library.loadBundled();
    }

    void everyBundledGuideParses()
    {
        QVERIFY2(m_library.errors().isEmpty(), qPrintable(m_library.errors().join(QLatin1Char('\n'))));
        QSet<QString> keys;
        for (const Guide &g : m_library.guides())
            keys.insert(g.key());
        const QSet<QString> expected{
            QStringLiteral("outlook-classic"),    QStringLiteral("outlook-2010-2013"),
            QStringLiteral("outlook-new"),        QStringLiteral("thunderbird-115"),
            QStringLiteral("apple-mail-13"),      QStringLiteral("apple-mail-legacy"),
            QStringLiteral("apple-mail-profile"), QStringLiteral("other-any")};
        QCOMPARE(keys, expected);
        // The files in the source folder are the ones compiled in.
        const QStringList files =
            QDir(QStringLiteral(GUIDES_DIR)).entryList({QStringLiteral("*.json")}, QDir::Files);
        QCOMPARE(files.size(), GuideLibrary::bundledFiles().size());
        for (const Guide &g : m_library.guides()) {
            QVERIFY(!g.steps.isEmpty());
            QVERIFY2(g.steps.first().needs.contains(GuideNeed::Always), qPrintable(g.key()));
            // A program's guide has its own words; the guide for any other program uses MailFix's.
            const bool own = g.program != MailClients::programName(MailClients::Program::Other);
            QCOMPARE(g.securityWords.size(), own ? 3 : 0);
            QCOMPARE(g.authWords.size(), own ? 4 : 0);
        }
        // Every mail program has a guide, and only those programs do.
        QSet<QString> programs;
        for (const Guide &g : m_library.guides())
            programs.insert(g.program);
        QSet<QString> expectedPrograms;
        for (const MailClients::ProgramInfo &p : MailClients::programs())
            expectedPrograms.insert(p.id);
        QCOMPARE(programs, expectedPrograms);
    }

    void brokenGuides_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error");
        const QString field = json("{'type': 'lineedit', 'rect': [10, 10, 100, 24], 'value': '{host}'}");
        QTest::newRow("not json") << QStringLiteral("{\n  \"format\": 1,\n  oops")
                                  << QStringLiteral("broken.json: not valid JSON at line 3, column ");
        QTest::newRow("not an object")
            << QStringLiteral("[]") << QStringLiteral("a guide must be a JSON object");
        QTest::newRow("format") << wrap(QString()).replace(QStringLiteral("\"format\": 1"),
                                                           QStringLiteral("\"format\": 2"))
                                << QStringLiteral("format: must be 1");
        QTest::newRow("no program") << json("{'format': 1, 'version': '1', 'title': 'T', 'steps': []}")
                                    << QStringLiteral("the key \"program\" is missing");
        QTest::newRow("program id") << wrap(QString()).replace(QStringLiteral("\"test\""),
                                                               QStringLiteral("\"Test Mail\""))
                                    << QStringLiteral("program: use small letters, digits and - only");
        QTest::newRow("no steps") << wrap(QString()) << QStringLiteral("steps: needs a list of steps");
        QTest::newRow("unknown key") << wrap(json("{'id': 'a', 'text': 't', 'needs': ['always']}"))
                                            .replace(QStringLiteral("\"title\""), QStringLiteral("\"titel\""))
                                     << QStringLiteral("the key \"title\" is missing");
        QTest::newRow("misspelt key")
            << wrap(json("{'id': 'a', 'text': 't', 'needs': ['always'], 'perAcount': true}"))
            << QStringLiteral("steps[0].perAcount: unknown key \"perAcount\"");
        QTest::newRow("step condition")
            << wrap(json("{'id': 'a', 'text': 't', 'needs': ['always'], 'when': 'auth=oauth'}"))
            << QStringLiteral("steps[0].when: unknown value \"oauth\"");
        QTest::newRow("step id missing") << wrap(json("{'text': 't', 'needs': ['always']}"))
                                         << QStringLiteral("steps[0]: the key \"id\" is missing");
        QTest::newRow("step id twice") << wrap(json("{'id': 'a', 'text': 't', 'needs': ['always']}, {'id': "
                                                    "'a', 'text': 'u', 'needs': ['auth']}"))
                                       << QStringLiteral("steps[1].id: the id \"a\" is used twice");
        QTest::newRow("unknown need") << wrap(json("{'id': 'a', 'text': 't', 'needs': ['ath']}"))
                                      << QStringLiteral("steps[0].needs: unknown need \"ath\"");
        QTest::newRow("no needs") << wrap(json("{'id': 'a', 'text': 't', 'needs': []}"))
                                  << QStringLiteral("steps[0].needs: needs at least one of");
        QTest::newRow("unknown placeholder")
            << wrap(json("{'id': 'a', 'text': 'Set {hots}', 'needs': ['always']}"))
            << QStringLiteral("steps[0].text: unknown placeholder {hots}");
        QTest::newRow("lone brace") << wrap(json("{'id': 'a', 'text': 'Set {host', 'needs': ['always']}"))
                                    << QStringLiteral("steps[0].text: a { or } without its partner");
        QTest::newRow("widget type")
            << wrap(stepWith(json("{'type': 'chekbox', 'rect': [0, 0, 10, 10], 'text': 'x'}")))
            << QStringLiteral("steps[0].dialog.widgets[0].type: unknown widget type \"chekbox\"");
        QTest::newRow("rect")
            << wrap(stepWith(json("{'type': 'label', 'rect': [0, 0, 10], 'text': 'x'}")))
            << QStringLiteral("steps[0].dialog.widgets[0].rect: needs four numbers [x, y, width, height]");
        QTest::newRow("outside") << wrap(stepWith(
                                        json("{'type': 'label', 'rect': [250, 0, 100, 20], 'text': 'x'}")))
                                 << QStringLiteral("widgets[0].rect: lies outside the dialog (300 x 200)");
        QTest::newRow("widget key") << wrap(stepWith(json(
                                           "{'type': 'lineedit', 'rect': [0, 0, 100, 20], 'valeu': 'x'}")))
                                    << QStringLiteral("widgets[0].valeu: unknown key \"valeu\"");
        QTest::newRow("frame")
            << wrap(stepWith(field).replace(QStringLiteral("\"windows\""), QStringLiteral("\"win\"")))
            << QStringLiteral("steps[0].dialog.frame: must be one of \"windows\", \"gtk\", \"macos\"");
        QTest::newRow("condition value")
            << wrap(stepWith(json(
                   "{'type': 'checkbox', 'rect': [0, 0, 100, 20], 'text': 'x', 'checked': 'security=ssl'}")))
            << QStringLiteral("widgets[0].checked: unknown value \"ssl\" for security");
        QTest::newRow("condition form")
            << wrap(stepWith(json(
                   "{'type': 'checkbox', 'rect': [0, 0, 100, 20], 'text': 'x', 'checked': 'auth is none'}")))
            << QStringLiteral("widgets[0].checked: must be true, false, or a condition");
        QTest::newRow("item callout without widget")
            << wrap(stepWith(field, json("[{'text': 'x', 'callout': 3}]")))
            << QStringLiteral("steps[0].items[0].callout: no widget of this step's dialog has callout 3");
        QTest::newRow("widget callout without item")
            << wrap(stepWith(
                   json("{'type': 'lineedit', 'rect': [0, 0, 100, 20], 'value': 'x', 'callout': 2}")))
            << QStringLiteral(
                   "steps[0].dialog: callout 2 is on a widget but no item of the step explains it");
        QTest::newRow("list row")
            << wrap(stepWith(json("{'type': 'list', 'rect': [0, 0, 100, 100], 'rows': ['a'], 'active': 5}")))
            << QStringLiteral("widgets[0].active: there is no row 5");
        QTest::newRow("wording") << wrap(json("{'id': 'a', 'text': 't', 'needs': ['always']}"))
                                        .replace(QStringLiteral("\"steps\""),
                                                 json("'wording': {'security': {'ssl': 'SSL'}}, 'steps'"))
                                 << QStringLiteral("wording.security.ssl: unknown key \"ssl\"");
        QTest::newRow("item needs") << wrap(json("{'id': 'a', 'text': 't', 'needs': ['always'], 'items': "
                                                 "[{'text': 'x', 'needs': ['port', 'prot']}]}"))
                                    << QStringLiteral("steps[0].items[0].needs: unknown need \"prot\"");
    }

    void brokenGuides()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!Guide::parse(json.toUtf8(), QStringLiteral("broken.json"), &message));
        QVERIFY2(message.startsWith(QLatin1String("broken.json: ")), qPrintable(message));
        QVERIFY2(message.contains(error),
                 qPrintable(QStringLiteral("got: %1\nwanted: %2").arg(message, error)));
    }

    void folderGuidesReplaceBundledOnes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile bundled(QStringLiteral(":/guides/thunderbird-115.json"));
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QByteArray own = bundled.readAll();
        own.replace("\"Thunderbird 115 and later\"", "\"Thunderbird (our company's setup)\"");
        QFile file(dir.filePath(QStringLiteral("thunderbird-115.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(own);
        file.close();
        QFile broken(dir.filePath(QStringLiteral("zz-broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": 1}");
        broken.close();

        GuideLibrary library;
        library.loadBundled();
        const qsizetype before = library.guides().size();
        QCOMPARE(library.loadFolder(dir.path()), 1);
        QCOMPARE(library.guides().size(), before);
        QCOMPARE(library.find(QStringLiteral("thunderbird"), QStringLiteral("115"))->title,
                 QStringLiteral("Thunderbird (our company's setup)"));
        QCOMPARE(library.errors().size(), 1);
        QVERIFY(library.errors().first().contains(QLatin1String("zz-broken.json: ")));
        QVERIFY(library.errors().first().contains(QLatin1String("the key \"program\" is missing")));

        QCOMPARE(library.loadFolder(dir.filePath(QStringLiteral("missing"))), 0);
        QVERIFY(library.errors().last().contains(QLatin1String("does not exist")));
    }

    void newestFirst()
    {
        auto versions = [this](const QString &program) {
            QStringList out;
            for (const Guide *g : m_library.guidesFor(program))
                out << g->version;
            return out;
        };
        QCOMPARE(
            versions(QStringLiteral("outlook")),
            (QStringList{QStringLiteral("classic"), QStringLiteral("new"), QStringLiteral("2010-2013")}));
        QCOMPARE(versions(QStringLiteral("thunderbird")), QStringList{QStringLiteral("115")});
        QCOMPARE(versions(QStringLiteral("apple-mail")),
                 (QStringList{QStringLiteral("13"), QStringLiteral("legacy")}));
        QCOMPARE(versions(QStringLiteral("other")), QStringList{QStringLiteral("any")}); // text steps only
        QVERIFY(versions(QStringLiteral("eudora")).isEmpty());
    }

    // Apple Mail's setup profile (issue 16): three drawn steps, with the user's address filled in, never in
    // the version list (newestFirst); the last one removes the old account, which the profile cannot change.
    void appleProfileSteps()
    {
        const QList<const Guide *> profiles =
            m_library.guidesFor(QStringLiteral("apple-mail"), Guide::Purpose::Profile);
        QCOMPARE(profiles.size(), 1);
        const Guide *g = profiles.first();
        QCOMPARE(g->key(), QStringLiteral("apple-mail-profile"));
        GuideSelection::Result all;
        all.needs = QStringList{GuideNeed::Always};
        const GuideValues v = GuideValues::from(recommended(), QStringLiteral("bob@example.org"));
        const GuideDocument doc = GuideDocument::build(*g, all, v, {}, 1);
        QStringList ids;
        for (const GuideDocument::Step &step : doc.steps) {
            ids << step.id;
            QVERIFY2(!step.image.isNull(), qPrintable(step.id));
            QVERIFY2(step.issues.isEmpty(), qPrintable(step.id));
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("install-profile"), QStringLiteral("profile-password"),
                                   QStringLiteral("remove-old-account")}));
        QCOMPARE(doc.steps.at(0).items.at(1),
                 qMakePair(
                     2, QStringLiteral("Under Downloaded, double-click Mail settings for bob@example.org.")));
        QCOMPARE(doc.steps.at(1).items.at(0),
                 qMakePair(1, QStringLiteral("Type the password of bob@example.org.")));
        QCOMPARE(
            doc.steps.at(2).items.at(1).second,
            QStringLiteral("Click the old account, bob@example.org. The new account is the one at the bottom "
                           "of the list."));
        QCOMPARE(doc.steps.at(2).items.at(2).first, 3); // the minus button
        // find() still finds it by program and version (a folder guide of the same key replaces it).
        QCOMPARE(m_library.find(QStringLiteral("apple-mail"), QStringLiteral("profile")), g);
    }

    void programWording_data()
    {
        QTest::addColumn<QString>("guide");
        QTest::addColumn<int>("security");
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("securityWord");
        QTest::addColumn<QString>("authWord");
        QTest::newRow("outlook tls") << "outlook-classic" << int(SecurityMode::ImplicitTls)
                                     << int(MailSettings::Auth::NormalPassword) << "SSL/TLS"
                                     << "sign in with a password";
        QTest::newRow("outlook starttls")
            << "outlook-classic" << int(SecurityMode::StartTls) << int(MailSettings::Auth::None) << "STARTTLS"
            << "no sign-in";
        QTest::newRow("outlook 2010 tls") << "outlook-2010-2013" << int(SecurityMode::ImplicitTls)
                                          << int(MailSettings::Auth::NormalPassword) << "SSL"
                                          << "sign in with a password";
        QTest::newRow("outlook 2010 starttls") << "outlook-2010-2013" << int(SecurityMode::StartTls)
                                               << int(MailSettings::Auth::NormalPassword) << "TLS"
                                               << "sign in with a password";
        QTest::newRow("thunderbird") << "thunderbird-115" << int(SecurityMode::ImplicitTls)
                                     << int(MailSettings::Auth::NormalPassword) << "SSL/TLS"
                                     << "Normal password";
        QTest::newRow("thunderbird none")
            << "thunderbird-115" << int(SecurityMode::None) << int(MailSettings::Auth::None) << "None"
            << "No authentication";
        QTest::newRow("apple mail") << "apple-mail-13" << int(SecurityMode::StartTls)
                                    << int(MailSettings::Auth::NormalPassword) << "Use TLS/SSL"
                                    << "Password";
    }

    void programWording()
    {
        QFETCH(QString, guide);
        QFETCH(int, security);
        QFETCH(int, auth);
        QFETCH(QString, securityWord);
        QFETCH(QString, authWord);
        const Guide *g = this->guide(guide);
        QVERIFY(g);
        QCOMPARE(g->securityWord(SecurityMode(security)), securityWord);
        QCOMPARE(g->authWord(MailSettings::Auth(auth)), authWord);
        GuideValues v = GuideValues::from(recommended(), QStringLiteral("alice@example.com"));
        v.security = SecurityMode(security);
        v.auth = MailSettings::Auth(auth);
        QCOMPARE(
            g->text(QStringLiteral(
                        "{host}:{port} {security} / {auth} / {username} {address} {account} {currentHost}"),
                    v),
            QStringLiteral(
                "smtp.example.com:465 %1 / %2 / alice@example.com alice@example.com alice@example.com "
                "smtp.example.com")
                .arg(securityWord, authWord));
    }

    void textsAreTranslatedThenFilledIn()
    {
        UpperTranslator upper;
        QVERIFY(QCoreApplication::installTranslator(&upper));
        const Guide *g = guide(QStringLiteral("thunderbird-115"));
        const GuideValues v = GuideValues::from(recommended(), QStringLiteral("alice@example.com"));
        // The text is translated first; the values are the user's own, never translated.
        QCOMPARE(g->text(QStringLiteral("Set Server Name to {host}."), v),
                 QStringLiteral("SET SERVER NAME TO smtp.example.com."));
        QCOMPARE(g->securityWord(SecurityMode::ImplicitTls), QStringLiteral("SSL/TLS"));
        QCOMPARE(g->authWord(MailSettings::Auth::NormalPassword), QStringLiteral("NORMAL PASSWORD"));
        const GuideDocument doc = GuideDocument::build(
            *g, GuideSelection::select(diagnosis({id(FindingCode::AuthRequired)}), {}), v, {}, 1);
        QVERIFY(doc.title.contains(QLatin1String("THUNDERBIRD 115 AND LATER")));
        QVERIFY(doc.steps.first().text.startsWith(QLatin1String("IN THUNDERBIRD")));
        QCoreApplication::removeTranslator(&upper);
        QCOMPARE(g->text(QStringLiteral("Set Server Name to {host}."), v),
                 QStringLiteral("Set Server Name to smtp.example.com."));
    }

    // GuideStrings.cpp (for lupdate) lists exactly the texts of the bundled guides, each in its program's
    // translation context.
    void guideStringsAreInSync()
    {
        QSet<QString> fromGuides;
        for (const Guide &g : m_library.guides()) {
            for (const QString &s : g.translatableStrings())
                fromGuides.insert(QString::fromUtf8(g.translationContext()) + QLatin1String(": ") + s);
        }
        QSet<QString> listed;
        for (const GuideStrings::Entry &e : GuideStrings::all())
            listed.insert(e.context + QLatin1String(": ") + e.text);
        QStringList missing = QSet<QString>(fromGuides).subtract(listed).values();
        QStringList extra = QSet<QString>(listed).subtract(fromGuides).values();
        missing.sort();
        extra.sort();
        QVERIFY2(
            missing.isEmpty() && extra.isEmpty(),
            qPrintable(
                QStringLiteral("wizard/guides/GuideStrings.cpp is out of sync with resources/guides/*.json: "
                               "run scripts/update-guide-strings.py\nmissing: %1\nno longer used: %2")
                    .arg(missing.join(QStringLiteral(" | ")), extra.join(QStringLiteral(" | ")))));
        QVERIFY(Guide::isTranslatable(QStringLiteral("Set Port to {port}.")));
        QVERIFY(!Guide::isTranslatable(QStringLiteral("{host}")));
        QVERIFY(!Guide::isTranslatable(QStringLiteral("{port} ...")));
        QVERIFY(!Guide::isTranslatable(QStringLiteral("993")));
    }

    void needsForFinding_data()
    {
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QStringList>("needs");
        using namespace GuideNeed;
        QTest::newRow("auth-required") << id(FindingCode::AuthRequired) << QStringList{Auth};
        QTest::newRow("auth-mechanism-mismatch")
            << id(FindingCode::AuthMechanismMismatch) << QStringList{Auth};
        QTest::newRow("oauth-required") << id(FindingCode::OauthRequired) << QStringList{Auth};
        QTest::newRow("tls-mode-mismatch")
            << id(FindingCode::TlsModeMismatch) << QStringList{Port, Encryption};
        QTest::newRow("port-blocked") << id(FindingCode::PortBlocked) << QStringList{Port, Encryption};
        QTest::newRow("port-unresponsive")
            << id(FindingCode::PortUnresponsive) << QStringList{Port, Encryption};
        QTest::newRow("auth-needs-tls") << id(FindingCode::AuthNeedsTls) << QStringList{Encryption};
        QTest::newRow("tls-required") << id(FindingCode::TlsRequired) << QStringList{Encryption};
        QTest::newRow("auth-failed") << id(FindingCode::AuthFailed) << QStringList{Username};
        QTest::newRow("app-password-required")
            << id(FindingCode::AppPasswordRequired) << QStringList{Username};
        QTest::newRow("sender-rejected") << id(FindingCode::SenderRejected) << QStringList{Address};
        QTest::newRow("domain-not-found") << id(FindingCode::DomainNotFound) << QStringList{Server};
        QTest::newRow("server-unreachable") << id(FindingCode::ServerUnreachable) << QStringList{Server};
        QTest::newRow("tls-certificate-invalid")
            << id(FindingCode::TlsCertificateInvalid) << QStringList{Server};
        QTest::newRow("settings-ok") << id(FindingCode::SettingsOk) << QStringList();
        QTest::newRow("mailbox-full") << id(FindingCode::MailboxFull) << QStringList();
        QTest::newRow("smtp-auth-disabled-by-admin")
            << id(FindingCode::SmtpAuthDisabledByAdmin) << QStringList();
        QTest::newRow("ip-blocklisted") << id(FindingCode::IpBlocklisted) << QStringList();
        QTest::newRow("bad-command-sequence") << id(FindingCode::BadCommandSequence) << QStringList();
        QTest::newRow("incoming-settings-wrong")
            << id(FindingCode::IncomingSettingsWrong) << QStringList{Incoming};
    }

    void needsForFinding()
    {
        QFETCH(QString, finding);
        QFETCH(QStringList, needs);
        QCOMPARE(GuideSelection::needsForFinding(Findings::fromId(finding).value()), needs);
    }

    void selection_data()
    {
        QTest::addColumn<QStringList>("findings");
        QTest::addColumn<std::optional<MailSettings>>("current");
        QTest::addColumn<int>("accounts");
        QTest::addColumn<QStringList>("needs");
        QTest::addColumn<bool>("nothingToChange");
        QTest::addColumn<int>("notes");
        using namespace GuideNeed;
        const std::optional<MailSettings> unknown;
        const std::optional<MailSettings> same = recommended();
        const std::optional<MailSettings> other =
            settings(QStringLiteral("mail.example.com"), 25, SecurityMode::None);
        const QStringList all{Auth, Server, Port, Encryption, Username};
        QTest::newRow("auth-required")
            << QStringList{id(FindingCode::AuthRequired)} << other << 1 << QStringList{Auth} << false << 0;
        QTest::newRow("auth-required, symptom")
            << QStringList{id(FindingCode::AuthRequired), QStringLiteral("bad-command-sequence:info")}
            << other << 1 << QStringList{Auth} << false << 0;
        QTest::newRow("tls-mode-mismatch") << QStringList{id(FindingCode::TlsModeMismatch)} << other << 1
                                           << QStringList{Port, Encryption} << false << 0;
        QTest::newRow("port-blocked") << QStringList{id(FindingCode::PortBlocked)} << other << 1
                                      << QStringList{Port, Encryption} << false << 0;
        QTest::newRow("auth-needs-tls + auth-required")
            << QStringList{id(FindingCode::AuthNeedsTls), id(FindingCode::AuthRequired)} << other << 1
            << QStringList{Auth, Encryption} << false << 0;
        QTest::newRow("auth-failed") << QStringList{id(FindingCode::AuthFailed)} << same << 1
                                     << QStringList{Username} << false << 1;
        QTest::newRow("app-password-required") << QStringList{id(FindingCode::AppPasswordRequired)} << same
                                               << 1 << QStringList{Username} << false << 1;
        QTest::newRow("sender-rejected") << QStringList{id(FindingCode::SenderRejected)} << same << 1
                                         << QStringList{Address} << false << 0;
        QTest::newRow("settings-ok") << QStringList{QStringLiteral("settings-ok:info")} << same << 1
                                     << QStringList() << true << 0;
        QTest::newRow("no cause, other settings")
            << QStringList{QStringLiteral("port-unresponsive:info")} << other << 1 << all << false << 0;
        QTest::newRow("no cause, settings unknown") << QStringList() << unknown << 1 << all << false << 0;
        QTest::newRow("no cause, same settings") << QStringList() << same << 1 << QStringList() << true << 0;
        QTest::newRow("auth-required only a warning")
            << QStringList{QStringLiteral("auth-required:warning")} << other << 1 << all << false << 0;
        QTest::newRow("several accounts") << QStringList{id(FindingCode::AuthRequired)} << other << 2
                                          << QStringList{Auth, AccountServer} << false << 0;
        QTest::newRow("several accounts, nothing to change")
            << QStringList{QStringLiteral("settings-ok:info")} << same << 3 << QStringList() << true << 0;
        QTest::newRow("not a setting")
            << QStringList{id(FindingCode::MailboxFull)} << same << 1 << QStringList() << false << 1;
    }

    void selection()
    {
        QFETCH(QStringList, findings);
        QFETCH(std::optional<MailSettings>, current);
        QFETCH(int, accounts);
        QFETCH(QStringList, needs);
        QFETCH(bool, nothingToChange);
        QFETCH(int, notes);
        const GuideSelection::Result r = GuideSelection::select(diagnosis(findings), current, accounts);
        QCOMPARE(r.needs, needs);
        QCOMPARE(r.nothingToChange, nothingToChange);
        QCOMPARE(r.notes.size(), notes);
    }

    void noRecommendationNoSteps()
    {
        const GuideSelection::Result r =
            GuideSelection::select(diagnosis({id(FindingCode::AuthRequired)}, false), {});
        QVERIFY(r.needs.isEmpty());
        QVERIFY(!r.nothingToChange);
    }

    void steps_data()
    {
        QTest::addColumn<QString>("guide");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QStringList>("steps");
        const QString tb = QStringLiteral("thunderbird-115");
        const QString ol = QStringLiteral("outlook-classic");
        const QString old = QStringLiteral("outlook-2010-2013");
        const QString nol = QStringLiteral("outlook-new");
        const QString am = QStringLiteral("apple-mail-13");
        const QString aml = QStringLiteral("apple-mail-legacy");
        auto list = [](const char *ids) {
            return QString::fromLatin1(ids).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTest::newRow("tb auth") << tb << id(FindingCode::AuthRequired)
                                 << list("open-account-settings open-outgoing-server edit-server finish");
        QTest::newRow("tb tls mode") << tb << id(FindingCode::TlsModeMismatch)
                                     << list("open-account-settings open-outgoing-server edit-server finish");
        QTest::newRow("tb sender") << tb << id(FindingCode::SenderRejected)
                                   << list("open-account-settings account-page finish");
        QTest::newRow("tb ok") << tb << QStringLiteral("settings-ok:info") << QStringList();
        QTest::newRow("ol auth")
            << ol << id(FindingCode::AuthRequired)
            << list("open-account-settings select-account change-account outgoing-server-tab "
                    "close-more-settings finish");
        QTest::newRow("ol port") << ol << id(FindingCode::PortBlocked)
                                 << list("open-account-settings select-account change-account advanced-tab "
                                         "close-more-settings finish");
        QTest::newRow("ol tls") << ol << id(FindingCode::TlsRequired)
                                << list("open-account-settings select-account change-account advanced-tab "
                                        "close-more-settings finish");
        QTest::newRow("ol password") << ol << id(FindingCode::AuthFailed)
                                     << list("open-account-settings select-account change-account finish");
        QTest::newRow("ol sender") << ol << id(FindingCode::SenderRejected)
                                   << list("open-account-settings select-account change-account finish");
        QTest::newRow("ol all")
            << ol << QString()
            << list("open-account-settings select-account change-account outgoing-server-tab "
                    "advanced-tab close-more-settings finish");
        QTest::newRow("ol ok") << ol << QStringLiteral("settings-ok:info") << QStringList();
        QTest::newRow("ol2010 auth")
            << old << id(FindingCode::AuthRequired)
            << list("open-account-settings select-account change-account outgoing-server-tab "
                    "close-more-settings finish");
        QTest::newRow("new ol auth") << nol << id(FindingCode::AuthRequired)
                                     << list("open-settings remove-account add-account imap-form finish");
        QTest::newRow("am auth") << am << id(FindingCode::AuthRequired)
                                 << list("open-settings choose-account server-settings finish");
        QTest::newRow("am sender") << am << id(FindingCode::SenderRejected)
                                   << list("open-settings choose-account finish");
        QTest::newRow("am legacy port") << aml << id(FindingCode::TlsModeMismatch)
                                        << list("open-settings choose-account server-settings finish");
        // Any other program: text steps only, the settings in MailFix's words.
        const QString other = QStringLiteral("other-any");
        QTest::newRow("other auth") << other << id(FindingCode::AuthRequired)
                                    << list("open-settings server sign-in finish");
        QTest::newRow("other sender")
            << other << id(FindingCode::SenderRejected) << list("open-settings account finish");
        QTest::newRow("other password")
            << other << id(FindingCode::AuthFailed) << list("open-settings server sign-in finish");
        QTest::newRow("other ok") << other << QStringLiteral("settings-ok:info") << QStringList();
    }

    void steps()
    {
        QFETCH(QString, guide);
        QFETCH(QString, finding);
        QFETCH(QStringList, steps);
        const Guide *g = this->guide(guide);
        QVERIFY(g);
        const GuideValues v = GuideValues::from(recommended(), QStringLiteral("alice@example.com"));
        const GuideSelection::Result r =
            GuideSelection::select(diagnosis(finding.isEmpty() ? QStringList() : QStringList{finding}),
                                   settings(QStringLiteral("mail.example.com"), 25, SecurityMode::None));
        QStringList ids;
        for (const GuideSelection::Step &s : GuideSelection::steps(*g, r.needs, {}, v))
            ids << s.step->id;
        QCOMPARE(ids, steps);
    }

    // Only the items a fix needs are shown, and their callouts are numbered 1, 2, ... in order.
    void itemsAndCallouts_data()
    {
        QTest::addColumn<QString>("guide");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<int>("auth");
        QTest::addColumn<QStringList>("items");
        const QString ol = QStringLiteral("outlook-classic");
        QTest::newRow("outlook auth on")
            << ol << QStringLiteral("outgoing-server-tab") << id(FindingCode::AuthRequired)
            << int(MailSettings::Auth::NormalPassword)
            << QStringList{QStringLiteral("1 Click the Outgoing Server tab."),
                           QStringLiteral("2 Tick \"My outgoing server (SMTP) requires authentication\"."),
                           QStringLiteral("3 Choose \"Use same settings as my incoming mail server\".")};
        QTest::newRow("outlook auth off")
            << ol << QStringLiteral("outgoing-server-tab") << id(FindingCode::AuthRequired)
            << int(MailSettings::Auth::None)
            << QStringList{QStringLiteral("1 Click the Outgoing Server tab."),
                           QStringLiteral("2 Untick \"My outgoing server (SMTP) requires authentication\".")};
        QTest::newRow("outlook port")
            << ol << QStringLiteral("advanced-tab") << id(FindingCode::PortBlocked)
            << int(MailSettings::Auth::NormalPassword)
            << QStringList{QStringLiteral("1 Click the Advanced tab."),
                           QStringLiteral("2 Under \"Outgoing server (SMTP)\", set \"Use the following type "
                                          "of encrypted connection\" to SSL/TLS."),
                           QStringLiteral("3 Set \"Outgoing server (SMTP)\" to 465. Do this after choosing "
                                          "the encryption: Outlook changes the number when the encryption "
                                          "changes.")};
        QTest::newRow("outlook password")
            << ol << QStringLiteral("change-account") << id(FindingCode::AuthFailed)
            << int(MailSettings::Auth::NormalPassword)
            << QStringList{QStringLiteral("1 Set User Name to alice@example.com."),
                           QStringLiteral("2 Type your password again in the Password box.")};
        QTest::newRow("thunderbird tls")
            << QStringLiteral("thunderbird-115") << QStringLiteral("edit-server")
            << id(FindingCode::TlsModeMismatch) << int(MailSettings::Auth::NormalPassword)
            << QStringList{QStringLiteral("1 Set Connection security to SSL/TLS. Thunderbird may "
                                          "change the port when you do."),
                           QStringLiteral("2 Set Port to 465."), QStringLiteral("3 Click OK.")};
        QTest::newRow("apple mail auth")
            << QStringLiteral("apple-mail-13") << QStringLiteral("server-settings")
            << id(FindingCode::AuthRequired) << int(MailSettings::Auth::NormalPassword)
            << QStringList{QStringLiteral("1 Untick \"Automatically manage connection settings\". "
                                          "Port, Use TLS/SSL and Authentication appear."),
                           QStringLiteral("2 Set Authentication to Password."),
                           QStringLiteral("3 Click Save.")};
        const QString oauth = id(FindingCode::OauthRequired);
        const int oauth2 = int(MailSettings::Auth::OAuth2);
        QTest::newRow("thunderbird incoming oauth2")
            << QStringLiteral("thunderbird-115") << QStringLiteral("incoming-oauth2") << oauth << oauth2
            << QStringList{
                   QStringLiteral("1 Click Server Settings, under your account alice@example.com in the "
                                  "list on the left."),
                   QStringLiteral("2 Set Authentication method to OAuth2.")};
        QTest::newRow("thunderbird outgoing oauth2")
            << QStringLiteral("thunderbird-115") << QStringLiteral("edit-server") << oauth << oauth2
            << QStringList{QStringLiteral("1 Set Authentication method to OAuth2."),
                           QStringLiteral("2 Set User Name to alice@example.com."),
                           QStringLiteral("3 Click OK.")};
        QTest::newRow("outlook remove")
            << QStringLiteral("outlook-classic") << QStringLiteral("select-account") << oauth << oauth2
            << QStringList{QStringLiteral("1 Click your account, alice@example.com."),
                           QStringLiteral("2 Click Remove, then Yes. Outlook removes the account from this "
                                          "computer only; with IMAP, your mail stays on the server.")};
        QTest::newRow("outlook connect")
            << QStringLiteral("outlook-classic") << QStringLiteral("connect-oauth2") << oauth << oauth2
            << QStringList{
                   QStringLiteral("1 Type alice@example.com."),
                   QStringLiteral("2 Leave \"Let me set up my account manually\" unticked."),
                   QStringLiteral("3 Click Connect. If Outlook asks which kind of account it is, choose "
                                  "Microsoft 365, Outlook.com, Exchange or Google, not IMAP or POP.")};
        QTest::newRow("new outlook add")
            << QStringLiteral("outlook-new") << QStringLiteral("add-account") << oauth << oauth2
            << QStringList{
                   QStringLiteral("1 Type alice@example.com."),
                   QStringLiteral("2 Click Continue. Outlook opens the sign-in window of Microsoft or "
                                  "your provider: sign in there. If Outlook asks which kind of account "
                                  "it is, do not choose IMAP or POP.")};
        QTest::newRow("apple mail oauth2")
            << QStringLiteral("apple-mail-13") << QStringLiteral("server-settings") << oauth << oauth2
            << QStringList{QStringLiteral("1 Untick \"Automatically manage connection settings\". "
                                          "Port, Use TLS/SSL and Authentication appear."),
                           QStringLiteral("2 Set Authentication to OAuth 2.0."),
                           QStringLiteral("3 Click Save.")};
    }

    void itemsAndCallouts()
    {
        QFETCH(QString, guide);
        QFETCH(QString, step);
        QFETCH(QString, finding);
        QFETCH(int, auth);
        QFETCH(QStringList, items);
        const Guide *g = this->guide(guide);
        QVERIFY(g);
        MailSettings s = recommended();
        s.auth = MailSettings::Auth(auth);
        const GuideValues v = GuideValues::from(s, QStringLiteral("alice@example.com"));
        const GuideSelection::Result r = GuideSelection::select(diagnosis({finding}), {});
        const QList<GuideSelection::Step> steps = GuideSelection::steps(*g, r.needs, {}, v);
        const auto found = std::find_if(steps.cbegin(), steps.cend(), [&step](const GuideSelection::Step &x) {
            return x.step->id == step;
        });
        QVERIFY(found != steps.cend());
        const GuideDocument::Step built = GuideDocument::buildStep(*g, *found, v, 1);
        QStringList got;
        for (const auto &item : built.items)
            got << QStringLiteral("%1 %2").arg(item.first).arg(item.second);
        QCOMPARE(got, items);
        QVERIFY(!built.image.isNull());
        QStringList issues;
        for (const GuideTextIssue &issue : built.issues)
            issues << issue.toString();
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join(QLatin1Char('\n'))));
    }

    // When the recommended settings sign in through the provider (OAuth2), each program's guide shows that
    // program's own way to switch to it, and hides the steps for a password; otherwise the OAuth2 steps hide.
    void oauth2Steps_data()
    {
        QTest::addColumn<QString>("guide");
        QTest::addColumn<int>("auth");
        QTest::addColumn<QStringList>("steps");
        auto list = [](const char *ids) {
            return QString::fromLatin1(ids).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        const int oauth2 = int(MailSettings::Auth::OAuth2);
        const int password = int(MailSettings::Auth::NormalPassword);
        QTest::newRow("thunderbird")
            << QStringLiteral("thunderbird-115") << oauth2
            << list("open-account-settings incoming-oauth2 open-outgoing-server edit-server finish");
        QTest::newRow("thunderbird password")
            << QStringLiteral("thunderbird-115") << password
            << list("open-account-settings open-outgoing-server edit-server finish");
        QTest::newRow("outlook") << QStringLiteral("outlook-classic") << oauth2
                                 << list("open-account-settings select-account add-account-oauth2 "
                                         "connect-oauth2 sign-in-oauth2");
        QTest::newRow("outlook password")
            << QStringLiteral("outlook-classic") << password
            << list("open-account-settings select-account change-account outgoing-server-tab "
                    "close-more-settings finish");
        QTest::newRow("outlook 2010")
            << QStringLiteral("outlook-2010-2013") << oauth2 << list("oauth2-not-possible");
        QTest::newRow("new outlook") << QStringLiteral("outlook-new") << oauth2
                                     << list("open-settings remove-account-oauth2 add-account finish");
        QTest::newRow("new outlook password")
            << QStringLiteral("outlook-new") << password
            << list("open-settings remove-account add-account imap-form finish");
        QTest::newRow("apple mail")
            << QStringLiteral("apple-mail-13") << oauth2
            << list("open-settings choose-account server-settings internet-accounts-oauth2 finish");
        QTest::newRow("apple mail password") << QStringLiteral("apple-mail-13") << password
                                             << list("open-settings choose-account server-settings finish");
        QTest::newRow("apple mail legacy")
            << QStringLiteral("apple-mail-legacy") << oauth2
            << list("open-settings choose-account server-settings internet-accounts-oauth2 finish");
    }

    void oauth2Steps()
    {
        QFETCH(QString, guide);
        QFETCH(int, auth);
        QFETCH(QStringList, steps);
        const Guide *g = this->guide(guide);
        QVERIFY(g);
        MailSettings s = recommended();
        s.auth = MailSettings::Auth(auth);
        const GuideValues v = GuideValues::from(s, QStringLiteral("alice@example.com"));
        const GuideSelection::Result r =
            GuideSelection::select(diagnosis({id(FindingCode::OauthRequired)}), {});
        QStringList ids;
        for (const GuideSelection::Step &x : GuideSelection::steps(*g, r.needs, {}, v))
            ids << x.step->id;
        QCOMPARE(ids, steps);
    }

    // The incoming server's steps: only when a finding says its settings are wrong and the diagnosis has
    // incoming settings to show.
    void incomingSelection_data()
    {
        QTest::addColumn<QStringList>("findings");
        QTest::addColumn<bool>("incoming");
        QTest::addColumn<int>("accounts");
        QTest::addColumn<QStringList>("needs");
        QTest::addColumn<bool>("nothingToChange");
        using namespace GuideNeed;
        const QString wrong = id(FindingCode::IncomingSettingsWrong) + QStringLiteral(":warning");
        const QString ok = QStringLiteral("settings-ok:info");
        QTest::newRow("sending works, receiving settings wrong")
            << QStringList{ok, wrong} << true << 1 << QStringList{Incoming} << false;
        QTest::newRow("no incoming settings to show")
            << QStringList{ok, wrong} << false << 1 << QStringList() << true;
        QTest::newRow("with a sending cause") << QStringList{id(FindingCode::AuthRequired), wrong} << true
                                              << 1 << QStringList{Auth, Incoming} << false;
        QTest::newRow("several accounts: no outgoing server per account")
            << QStringList{ok, wrong} << true << 3 << QStringList{Incoming} << false;
        QTest::newRow("incoming settings known, nothing wrong")
            << QStringList{ok} << true << 1 << QStringList() << true;
        QTest::newRow("only a remark")
            << QStringList{ok, id(FindingCode::IncomingSettingsWrong) + QStringLiteral(":info")} << true << 1
            << QStringList() << true;
        QTest::newRow("sending cause alone")
            << QStringList{id(FindingCode::AuthRequired)} << true << 1 << QStringList{Auth} << false;
    }

    void incomingSelection()
    {
        QFETCH(QStringList, findings);
        QFETCH(bool, incoming);
        QFETCH(int, accounts);
        QFETCH(QStringList, needs);
        QFETCH(bool, nothingToChange);
        Diagnosis d = diagnosis(findings);
        if (incoming)
            d.incoming = IncomingRecommendation{incomingSettings(), true, {}, {}};
        const GuideSelection::Result r = GuideSelection::select(d, recommended(), accounts);
        QCOMPARE(r.needs, needs);
        QCOMPARE(r.nothingToChange, nothingToChange);
    }

    void incomingSteps_data()
    {
        QTest::addColumn<QString>("guide");
        QTest::addColumn<QStringList>("findings");
        QTest::addColumn<QStringList>("steps");
        auto list = [](const char *ids) {
            return QString::fromLatin1(ids).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        const QStringList wrong{QStringLiteral("settings-ok:info"),
                                id(FindingCode::IncomingSettingsWrong) + QStringLiteral(":warning")};
        const QStringList both{id(FindingCode::AuthRequired),
                               id(FindingCode::IncomingSettingsWrong) + QStringLiteral(":warning")};
        QTest::newRow("tb") << QStringLiteral("thunderbird-115") << wrong
                            << list("open-account-settings incoming-server finish");
        QTest::newRow("tb with auth") << QStringLiteral("thunderbird-115") << both
                                      << list("open-account-settings incoming-server open-outgoing-server "
                                              "edit-server finish");
        QTest::newRow("ol") << QStringLiteral("outlook-classic") << wrong
                            << list("open-account-settings select-account incoming-change-account "
                                    "incoming-advanced-tab finish");
        QTest::newRow("ol2010") << QStringLiteral("outlook-2010-2013") << wrong
                                << list("open-account-settings select-account incoming-change-account "
                                        "incoming-advanced-tab finish");
        QTest::newRow("new ol")
            << QStringLiteral("outlook-new") << wrong
            << list("open-settings remove-account add-account incoming-imap-form imap-form "
                    "finish");
        QTest::newRow("am") << QStringLiteral("apple-mail-13") << wrong
                            << list("open-settings choose-account incoming-server-settings finish");
        QTest::newRow("am legacy") << QStringLiteral("apple-mail-legacy") << wrong
                                   << list("open-settings choose-account incoming-server-settings finish");
        QTest::newRow("other") << QStringLiteral("other-any") << wrong
                               << list("open-settings incoming finish");
        QTest::newRow("other with auth")
            << QStringLiteral("other-any") << both << list("open-settings incoming server sign-in finish");
    }

    void incomingSteps()
    {
        QFETCH(QString, guide);
        QFETCH(QStringList, findings);
        QFETCH(QStringList, steps);
        const Guide *g = this->guide(guide);
        QVERIFY(g);
        Diagnosis d = diagnosis(findings);
        d.incoming = IncomingRecommendation{incomingSettings(), true, {}, {}};
        const GuideValues v =
            GuideValues::from(recommended(), QStringLiteral("alice@example.com"), {}, incomingSettings());
        const GuideSelection::Result r = GuideSelection::select(d, recommended());
        QStringList ids;
        for (const GuideSelection::Step &s : GuideSelection::steps(*g, r.needs, {}, v))
            ids << s.step->id;
        QCOMPARE(ids, steps);
        // every step is drawn and its texts fit
        const GuideDocument doc = GuideDocument::build(*g, r, v, {}, 1);
        QCOMPARE(doc.steps.size(), steps.size());
        QStringList issues;
        for (const GuideTextIssue &issue : doc.issues())
            issues << issue.toString();
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join(QLatin1Char('\n'))));
        QVERIFY2(doc.summary.contains(QLatin1String("pop.example.net")), qPrintable(doc.summary));
    }

    // The user's incoming values, in the program's words, in the texts of the steps.
    void incomingValuesAppear_data()
    {
        QTest::addColumn<QString>("guide");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QStringList>("items");
        QTest::newRow("thunderbird")
            << QStringLiteral("thunderbird-115") << QStringLiteral("incoming-server")
            << QStringList{
                   QStringLiteral("1 Click Server Settings, under your account alice@example.com in the list "
                                  "on the left."),
                   QStringLiteral("2 Set Server Name to pop.example.net."),
                   QStringLiteral("3 Set Connection security to SSL/TLS. Thunderbird may change the port "
                                  "when you do."),
                   QStringLiteral("4 Set Port to 995."), QStringLiteral("5 Set User Name to alice.pop.")};
        QTest::newRow("outlook")
            << QStringLiteral("outlook-classic") << QStringLiteral("incoming-advanced-tab")
            << QStringList{
                   QStringLiteral("1 Click the Advanced tab."),
                   QStringLiteral("2 Under \"Incoming server (POP3)\", set \"Use the following type of "
                                  "encrypted connection\" to SSL/TLS."),
                   QStringLiteral("3 Set \"Incoming server (POP3)\" to 995. Do this after choosing the "
                                  "encryption: Outlook changes the number when the encryption changes."),
                   QStringLiteral("4 Click OK.")};
        QTest::newRow("outlook 2010: SSL")
            << QStringLiteral("outlook-2010-2013") << QStringLiteral("incoming-change-account")
            << QStringList{QStringLiteral("1 Set \"Incoming mail server\" to pop.example.net."),
                           QStringLiteral("2 Set User Name to alice.pop."),
                           QStringLiteral("3 Click More Settings ...")};
        QTest::newRow("new outlook") << QStringLiteral("outlook-new") << QStringLiteral("incoming-imap-form")
                                     << QStringList{
                                            QStringLiteral("1 Set POP Username to alice.pop."),
                                            QStringLiteral("2 Type your password in POP Password."),
                                            QStringLiteral("3 Set POP Incoming server to pop.example.net."),
                                            QStringLiteral("4 Set Port to 995."),
                                            QStringLiteral("5 Set Secure connection type to SSL/TLS.")};
        QTest::newRow("new outlook: the incoming settings are not 'as before'")
            << QStringLiteral("outlook-new") << QStringLiteral("imap-form")
            << QStringList{QStringLiteral("1 Set SMTP Username to alice@example.com."),
                           QStringLiteral("2 Type your password in SMTP Password."),
                           QStringLiteral("3 Set SMTP Outgoing server to smtp.example.com."),
                           QStringLiteral("4 Set Port to 465."),
                           QStringLiteral("5 Set Secure connection type to SSL/TLS."),
                           QStringLiteral("6 Click Continue.")};
        QTest::newRow("apple mail")
            << QStringLiteral("apple-mail-13") << QStringLiteral("incoming-server-settings")
            << QStringList{
                   QStringLiteral("1 Set User Name to alice.pop."),
                   QStringLiteral("2 Set Host Name to pop.example.net."),
                   QStringLiteral("3 Untick \"Automatically manage connection settings\". Port, Use TLS/SSL "
                                  "and Authentication appear."),
                   QStringLiteral("4 Set Port to 995."),
                   QStringLiteral("5 Tick \"Use TLS/SSL\"."),
                   QStringLiteral("6 Click Save.")};
    }

    void incomingValuesAppear()
    {
        QFETCH(QString, guide);
        QFETCH(QString, step);
        QFETCH(QStringList, items);
        const Guide *g = this->guide(guide);
        QVERIFY(g);
        Diagnosis d = diagnosis({id(FindingCode::IncomingSettingsWrong)});
        d.incoming = IncomingRecommendation{incomingSettings(), true, {}, {}};
        const GuideValues v =
            GuideValues::from(recommended(), QStringLiteral("alice@example.com"), {}, incomingSettings());
        const GuideSelection::Result r = GuideSelection::select(d, {});
        const QList<GuideSelection::Step> steps = GuideSelection::steps(*g, r.needs, {}, v);
        const auto found = std::find_if(steps.cbegin(), steps.cend(), [&step](const GuideSelection::Step &x) {
            return x.step->id == step;
        });
        QVERIFY(found != steps.cend());
        const GuideDocument::Step built = GuideDocument::buildStep(*g, *found, v, 1);
        QStringList got;
        for (const auto &item : built.items)
            got << QStringLiteral("%1 %2").arg(item.first).arg(item.second);
        QCOMPARE(got, items);
        QVERIFY(!built.image.isNull());
        QVERIFY(built.issues.isEmpty());
    }

    void incomingConditionsAndWords()
    {
        GuideValues v =
            GuideValues::from(recommended(), QStringLiteral("alice@example.com"), {}, incomingSettings());
        QCOMPARE(v.incomingUsername, QStringLiteral("alice.pop"));
        QCOMPARE((GuideCondition{GuideCondition::Kind::Protocol, false, {QStringLiteral("pop3")}}.test(v)),
                 true);
        QCOMPARE(
            (GuideCondition{GuideCondition::Kind::IncomingSecurity, false, {QStringLiteral("none")}}.test(v)),
            false);
        v.incomingSecurity = SecurityMode::None;
        QCOMPARE(
            (GuideCondition{GuideCondition::Kind::IncomingSecurity, false, {QStringLiteral("none")}}.test(v)),
            true);
        // no incoming user name: the outgoing one
        IncomingSettings noName = incomingSettings();
        noName.settings.username.clear();
        QCOMPARE(GuideValues::from(recommended(), QStringLiteral("alice@example.com"), {}, noName)
                     .incomingUsername,
                 QStringLiteral("alice@example.com"));
        // the program's word for the protocol (Thunderbird says "POP Mail Server"), MailFix's elsewhere
        QCOMPARE(guide(QStringLiteral("thunderbird-115"))
                     ->text(QStringLiteral("{incomingProtocol} Mail Server"), v),
                 QStringLiteral("POP Mail Server"));
        QCOMPARE(guide(QStringLiteral("other-any"))->text(QStringLiteral("{incomingProtocol}"), v),
                 QStringLiteral("POP3"));
        // conditions and "unless" are checked when a guide is read
        QString error;
        QVERIFY(
            !Guide::parse(wrap(json("{'id': 's', 'text': 't', 'needs': ['always'], 'items': [{'text': 'x', "
                                    "'when': 'protocol=smtp'}]}"))
                              .toUtf8(),
                          QStringLiteral("x.json"), &error));
        QVERIFY2(error.contains(QLatin1String("unknown value \"smtp\" for protocol")), qPrintable(error));
        QVERIFY(
            !Guide::parse(wrap(json("{'id': 's', 'text': 't', 'needs': ['always'], 'items': [{'text': 'x', "
                                    "'unless': ['incomming']}]}"))
                              .toUtf8(),
                          QStringLiteral("x.json"), &error));
        QVERIFY2(error.contains(QLatin1String("steps[0].items[0].unless: unknown need \"incomming\"")),
                 qPrintable(error));
    }

    void perAccountStepsRepeat()
    {
        const QStringList accounts{QStringLiteral("Work"), QStringLiteral("Home")};
        const GuideValues v = GuideValues::from(recommended(), QStringLiteral("alice@example.com"));
        const GuideSelection::Result r =
            GuideSelection::select(diagnosis({id(FindingCode::AuthRequired)}), {}, int(accounts.size()));
        auto ids = [&](const QString &key) {
            QStringList out;
            for (const GuideSelection::Step &s : GuideSelection::steps(*guide(key), r.needs, accounts, v))
                out << (s.step->perAccount ? s.step->id + QLatin1Char('@') + s.account : s.step->id);
            return out;
        };
        QCOMPARE(ids(QStringLiteral("thunderbird-115")),
                 (QStringList{QStringLiteral("open-account-settings"), QStringLiteral("open-outgoing-server"),
                              QStringLiteral("edit-server"), QStringLiteral("account-page@Work"),
                              QStringLiteral("account-page@Home"), QStringLiteral("finish")}));
        const QStringList outlook = ids(QStringLiteral("outlook-classic"));
        QCOMPARE(outlook.size(), 1 + 2 * 5);
        QCOMPARE(outlook.at(1), QStringLiteral("select-account@Work"));
        QCOMPARE(outlook.at(5), QStringLiteral("finish@Work"));
        QCOMPARE(outlook.at(6), QStringLiteral("select-account@Home"));

        // The account's name is in its steps' texts.
        const GuideDocument doc =
            GuideDocument::build(*guide(QStringLiteral("thunderbird-115")), r, v, accounts, 1);
        QCOMPARE(doc.steps.size(), 6);
        QCOMPARE(doc.steps.at(3).text, QStringLiteral("Check the account Work."));
        QCOMPARE(doc.steps.at(4).text, QStringLiteral("Check the account Home."));
        QCOMPARE(doc.steps.at(4).number, 5);
    }
};

QTEST_MAIN(TestGuides)
#include "tst_guides.moc"
