// Fuzzes the Thunderbird prefs.js reader: MailClients::parsePrefs on the input, then profileFromPrefs on
// what it read. Also: a broken statement never takes a later line with it (unless an unclosed comment
// does), so a good line after the input and a line holding only ";" is always read, after the same prefs.
// And the writer (ThunderbirdSettingsWriter) on the same input: the plan for every account touches only
// outgoing-server and identity keys, and the rendered file, read again, gives those accounts the verified
// settings and every other pref its old value; a value taken from the input's first line (a user name
// with any characters) is written so that it reads back unchanged.
#include "FuzzCheck.h"
#include "clients/MailClients.h"
#include "clients/ThunderbirdSettingsWriter.h"

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QSet>

#include <cstddef>
#include <cstdint>

namespace {

using Prefs = QList<QPair<QString, QVariant>>;

void checkPrefs(const Prefs &prefs)
{
    FUZZ_CHECK(prefs.size() <= MailClients::kMaxPrefs, QStringLiteral("%1 prefs").arg(prefs.size()));
    for (const auto &pref : prefs) {
        const int type = pref.second.typeId();
        FUZZ_CHECK(
            type == QMetaType::QString || type == QMetaType::LongLong || type == QMetaType::Bool,
            QStringLiteral("pref %1 has a value of type %2").arg(fuzzcheck::shown(pref.first)).arg(type));
    }
}

void checkProfile(const MailClients::ThunderbirdProfile &profile)
{
    QSet<QString> keys;
    for (const MailClients::ThunderbirdSmtpServer &server : profile.smtpServers) {
        FUZZ_CHECK(!server.key.isEmpty() && server.key != QLatin1String("default"),
                   QStringLiteral("server key %1").arg(fuzzcheck::shown(server.key)));
        FUZZ_CHECK(!keys.contains(server.key),
                   QStringLiteral("server %1 twice").arg(fuzzcheck::shown(server.key)));
        keys.insert(server.key);
        FUZZ_CHECK(server.hostname == server.hostname.trimmed(),
                   QStringLiteral("untrimmed host name %1").arg(fuzzcheck::shown(server.hostname)));
        for (qsizetype i = 0; i < server.identities.size(); ++i) {
            const QString &identity = server.identities.at(i);
            FUZZ_CHECK(!identity.isEmpty() && identity == identity.trimmed(),
                       QStringLiteral("identity %1").arg(fuzzcheck::shown(identity)));
            FUZZ_CHECK(server.identities.indexOf(identity) == i && server.identities.count(identity) == 1,
                       QStringLiteral("identity %1 twice").arg(fuzzcheck::shown(identity)));
        }
        const MailSettings settings = server.toMailSettings();
        FUZZ_CHECK(settings.port != 0,
                   QStringLiteral("server %1 has no port").arg(fuzzcheck::shown(server.key)));
        FUZZ_CHECK(server.port == 0 || settings.port == server.port, QStringLiteral("the port changed"));
        FUZZ_CHECK(settings.host == server.hostname.trimmed(), QStringLiteral("the host name changed"));
    }
    FUZZ_CHECK(profile.defaultServerKey.isEmpty() == profile.smtpServers.isEmpty(),
               QStringLiteral("default server %1 with %2 servers")
                   .arg(fuzzcheck::shown(profile.defaultServerKey))
                   .arg(profile.smtpServers.size()));
    FUZZ_CHECK(
        profile.defaultServerKey.isEmpty() || keys.contains(profile.defaultServerKey),
        QStringLiteral("default server %1 is not a server").arg(fuzzcheck::shown(profile.defaultServerKey)));
}

QHash<QString, QVariant> effective(const Prefs &prefs)
{
    QHash<QString, QVariant> values;
    for (const auto &pref : prefs)
        values.insert(pref.first, pref.second);
    return values;
}

void checkWriter(const QByteArray &text, const Prefs &prefs)
{
    using Writer = ThunderbirdSettingsWriter;
    (void)Writer::firstDamagedLine(text);
    const MailClients::ThunderbirdProfile profile = MailClients::profileFromPrefs(prefs);
    MailSettings verified;
    verified.host = QStringLiteral("smtp.example.test");
    verified.port = 465;
    verified.security = SecurityMode::ImplicitTls;
    verified.username =
        QString::fromUtf8(text.left(text.indexOf('\n') < 0 ? 64 : text.indexOf('\n')).left(64));
    if (verified.username.isEmpty())
        verified.username = QStringLiteral("u"); // apply asks for one
    QStringList everyone;
    for (const MailClients::ThunderbirdIdentity &identity : profile.identities)
        everyone.append(identity.key);
    const Writer::Plan plan = Writer::plan(prefs, profile, verified, everyone);
    for (const Writer::Change &c : plan.changes)
        FUZZ_CHECK(c.pref.startsWith(QLatin1String("mail.smtpserver")) ||
                       (c.pref.startsWith(QLatin1String("mail.identity.")) &&
                        c.pref.endsWith(QLatin1String(".smtpServer"))),
                   QStringLiteral("the plan writes %1").arg(fuzzcheck::shown(c.pref)));
    const std::optional<QByteArray> rendered = Writer::render(text, plan.changes);
    if (!rendered)
        return; // refused: the file is left as it is
    const Prefs after = MailClients::parsePrefs(*rendered);
    QHash<QString, QVariant> expected = effective(prefs);
    for (const Writer::Change &c : plan.changes)
        expected.insert(c.pref, c.after);
    FUZZ_CHECK(effective(after) == expected, QStringLiteral("the rendered file reads back differently"));
    if (text.contains("/*"))
        return; // a comment may hide lines from the profile reader's identity order; values checked above
    for (const Writer::Account &a : Writer::accounts(MailClients::profileFromPrefs(after), verified))
        FUZZ_CHECK(!everyone.contains(a.identityKey) || !a.needsFix,
                   QStringLiteral("identity %1 still needs the fix").arg(fuzzcheck::shown(a.identityKey)));

    // The user name alone, written into an empty file, reads back as it was.
    const Writer::Change name{QStringLiteral("mail.smtpserver.smtp1.username"), {}, verified.username};
    const std::optional<QByteArray> one = Writer::render(QByteArray(), {name});
    FUZZ_CHECK(one.has_value() || verified.username.contains(QChar(0)),
               QStringLiteral("the user name %1 was not written").arg(fuzzcheck::shown(verified.username)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const Prefs prefs = MailClients::parsePrefs(text);
    checkPrefs(prefs);
    checkProfile(MailClients::profileFromPrefs(prefs));
    if (prefs.size() < MailClients::kMaxPrefs)
        checkWriter(text, prefs);

    if (!text.contains("/*") && prefs.size() < MailClients::kMaxPrefs) {
        const QByteArray sentinel = QByteArrayLiteral("user_pref(\"fuzz.sentinel\", \"ok\");");
        const Prefs more = MailClients::parsePrefs(text + "\n;\n" + sentinel + '\n');
        checkPrefs(more);
        FUZZ_CHECK(!more.isEmpty() && more.last().first == QLatin1String("fuzz.sentinel") &&
                       more.last().second == QVariant(QStringLiteral("ok")),
                   QStringLiteral("a good line after the input was not read (%1 prefs, the last %2)")
                       .arg(more.size())
                       .arg(more.isEmpty() ? QString() : fuzzcheck::shown(more.last().first)));
        FUZZ_CHECK(more.size() >= prefs.size() + 1 && more.mid(0, prefs.size()) == prefs,
                   QStringLiteral("the input's %1 prefs changed when lines followed it (%2 prefs)")
                       .arg(prefs.size())
                       .arg(more.size()));
    }
    return 0;
}
