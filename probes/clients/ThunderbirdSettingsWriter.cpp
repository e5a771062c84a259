#include "clients/ThunderbirdSettingsWriter.h"

#include "report/Wording.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#endif

namespace {

const QString kServerPrefix = QStringLiteral("mail.smtpserver.");
const QString kIdentityPrefix = QStringLiteral("mail.identity.");
const QString kServerList = QStringLiteral("mail.smtpservers");

QString serverPref(const QString &key, const char *attribute)
{
    return kServerPrefix + key + QLatin1Char('.') + QLatin1String(attribute);
}

QString identityServerPref(const QString &identityKey)
{
    return kIdentityPrefix + identityKey + QStringLiteral(".smtpServer");
}

// nsMsgSocketType and nsMsgAuthMethod for MailFix's settings (the inverse of toMailSettings).
qint64 socketType(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::ImplicitTls:
        return 3;
    case SecurityMode::StartTls:
        return 2;
    case SecurityMode::None:
        break;
    }
    return 0;
}

qint64 authMethod(MailSettings::Auth auth)
{
    switch (auth) {
    case MailSettings::Auth::None:
        return 1;
    case MailSettings::Auth::EncryptedPassword:
        return 4;
    case MailSettings::Auth::OAuth2:
        return 10;
    case MailSettings::Auth::NormalPassword:
        break;
    }
    return 3;
}

bool sameSettings(const MailSettings &a, const MailSettings &b)
{
    return a == b && (b.auth == MailSettings::Auth::None || a.username == b.username);
}

QHash<QString, QVariant> effective(const ThunderbirdSettingsWriter::Prefs &prefs)
{
    QHash<QString, QVariant> values;
    values.reserve(prefs.size());
    for (const auto &pref : prefs)
        values.insert(pref.first, pref.second); // a later line wins, as in Thunderbird
    return values;
}

// The same value as Thunderbird reads it: numbers also from strings that hold one.
bool sameValue(const QVariant &current, const QVariant &wanted)
{
    if (!current.isValid())
        return false;
    if (wanted.typeId() == QMetaType::LongLong) {
        bool ok = false;
        const qint64 number = current.typeId() == QMetaType::QString
                                  ? current.toString().trimmed().toLongLong(&ok)
                                  : (ok = current.typeId() == QMetaType::LongLong, current.toLongLong());
        return ok && number == wanted.toLongLong();
    }
    return current.typeId() == QMetaType::QString && current.toString() == wanted.toString();
}

// The lines of a prefs.js with what each is: blank or comment, a statement line, or inside /* */.
struct Line
{
    QByteArrayView text; // without its '\n' (a '\r' stays)
    bool statement = false;
};

QList<Line> splitLines(QByteArrayView text, qsizetype *damaged)
{
    QList<Line> lines;
    bool inComment = false;
    qsizetype start = 0;
    *damaged = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        const bool last = end < 0;
        if (last)
            end = text.size();
        Line line{text.sliced(start, end - start)};
        const QByteArrayView trimmed = QByteArrayView(line.text).trimmed();
        if (inComment) {
            inComment = !trimmed.contains(QByteArrayView("*/"));
        } else if (trimmed.startsWith("/*")) {
            inComment = !trimmed.sliced(2).contains(QByteArrayView("*/"));
        } else if (!trimmed.isEmpty() && !trimmed.startsWith("//") && !trimmed.startsWith("#")) {
            line.statement = true;
            if (*damaged == 0 && MailClients::parsePrefs(line.text).isEmpty())
                *damaged = lines.size() + 1;
        }
        if (*damaged == 0 && line.text.contains('\0'))
            *damaged = lines.size() + 1;
        lines.append(line);
        if (last)
            break;
        start = end + 1;
    }
    if (inComment && *damaged == 0)
        *damaged = lines.size(); // an unclosed comment hides the rest of the file from Thunderbird
    return lines;
}

QString shownValue(const QVariant &value)
{
    if (!value.isValid())
        return ThunderbirdSettingsWriter::tr("(not set)");
    const QString text = value.toString();
    return text.isEmpty() ? ThunderbirdSettingsWriter::tr("(empty)") : text;
}

// The next free "smtpN" key.
QString newServerKey(const QHash<QString, QVariant> &values)
{
    int highest = 0;
    static const QRegularExpression number(QStringLiteral("^mail\\.smtpserver\\.smtp(\\d{1,6})\\."));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QRegularExpressionMatch match = number.match(it.key());
        if (match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
    }
    const QStringList listed = values.value(kServerList).toString().split(QLatin1Char(','));
    for (const QString &key : listed) {
        const QString k = key.trimmed();
        if (k.startsWith(QLatin1String("smtp")))
            highest = std::max(highest, k.mid(4).toInt());
    }
    return QStringLiteral("smtp%1").arg(highest + 1);
}

QByteArray readBack(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("\0unreadable", 11);
    return file.readAll();
}

} // namespace

QString ThunderbirdSettingsWriter::statusId(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::NothingToChange:
        return QStringLiteral("nothing-to-change");
    case Status::ProfileNotFound:
        return QStringLiteral("profile-not-found");
    case Status::ThunderbirdRunning:
        return QStringLiteral("thunderbird-running");
    case Status::PrefsUnreadable:
        return QStringLiteral("prefs-unreadable");
    case Status::PrefsDamaged:
        return QStringLiteral("prefs-damaged");
    case Status::UnsafeFormat:
        return QStringLiteral("prefs-unusual");
    case Status::ChangedMeanwhile:
        return QStringLiteral("prefs-changed-meanwhile");
    case Status::WriteFailed:
        return QStringLiteral("write-failed");
    case Status::NoBackup:
        return QStringLiteral("no-backup");
    }
    return {};
}

qsizetype ThunderbirdSettingsWriter::firstDamagedLine(QByteArrayView text)
{
    qsizetype damaged = 0;
    (void)splitLines(text, &damaged);
    return damaged;
}

QList<ThunderbirdSettingsWriter::Account>
ThunderbirdSettingsWriter::accounts(const MailClients::ThunderbirdProfile &profile,
                                    const MailSettings &verified)
{
    QList<Account> out;
    for (const MailClients::ThunderbirdIdentity &identity : profile.identities) {
        const auto server = std::find_if(
            profile.smtpServers.cbegin(), profile.smtpServers.cend(),
            [&](const MailClients::ThunderbirdSmtpServer &s) { return s.key == identity.serverKey; });
        if (server == profile.smtpServers.cend())
            continue;
        Account account{identity.key, identity.email, server->key, server->description,
                        server->toMailSettings()};
        account.needsFix = !sameSettings(account.current, verified);
        out.append(account);
    }
    return out;
}

QStringList ThunderbirdSettingsWriter::defaultSelection(const QList<Account> &accounts,
                                                        const MailSettings &verified)
{
    QStringList keys;
    for (const Account &a : accounts) {
        const bool same =
            (!verified.username.isEmpty() && a.email.compare(verified.username, Qt::CaseInsensitive) == 0) ||
            a.current.host.compare(verified.host, Qt::CaseInsensitive) == 0;
        if (same)
            keys.append(a.identityKey);
    }
    return keys;
}

ThunderbirdSettingsWriter::Plan
ThunderbirdSettingsWriter::plan(const Prefs &prefs, const MailClients::ThunderbirdProfile &profile,
                                const MailSettings &verified, const QStringList &identityKeys)
{
    const QHash<QString, QVariant> values = effective(prefs);
    Plan plan;
    auto set = [&](const QString &pref, const QVariant &after) {
        const QVariant before = values.value(pref);
        if (sameValue(before, after))
            return;
        for (const Change &c : std::as_const(plan.changes)) {
            if (c.pref == pref)
                return;
        }
        plan.changes.append({pref, before, after});
    };
    auto setServer = [&](const QString &key) {
        set(serverPref(key, "hostname"), verified.host);
        set(serverPref(key, "port"), qint64(verified.port));
        set(serverPref(key, "try_ssl"), socketType(verified.security));
        set(serverPref(key, "authMethod"), authMethod(verified.auth));
        if (!verified.username.isEmpty())
            set(serverPref(key, "username"), verified.username);
    };

    const QList<Account> all = accounts(profile, verified);
    QSet<QString> chosen;
    for (const Account &a : all) {
        if (identityKeys.contains(a.identityKey) && a.needsFix)
            chosen.insert(a.identityKey);
    }
    QString sharedTarget; // the server the chosen identities of shared servers move to
    for (const MailClients::ThunderbirdSmtpServer &server : profile.smtpServers) {
        if (sameSettings(server.toMailSettings(), verified) && sharedTarget.isEmpty())
            sharedTarget = server.key;
    }
    for (const MailClients::ThunderbirdSmtpServer &server : profile.smtpServers) {
        QStringList mine;
        bool shared = false;
        for (const Account &a : all) {
            if (a.serverKey != server.key)
                continue;
            if (chosen.contains(a.identityKey))
                mine.append(a.identityKey);
            else
                shared = true;
        }
        if (mine.isEmpty())
            continue;
        plan.identityKeys += mine;
        if (!shared) {
            setServer(server.key);
            continue;
        }
        if (sharedTarget.isEmpty()) { // a new server, listed after the others
            sharedTarget = newServerKey(values);
            setServer(sharedTarget);
            const QString list = values.value(kServerList).toString().trimmed();
            set(kServerList, list.isEmpty() ? sharedTarget : list + QLatin1Char(',') + sharedTarget);
        }
        for (const QString &identity : std::as_const(mine))
            set(identityServerPref(identity), sharedTarget);
    }
    return plan;
}

QByteArray ThunderbirdSettingsWriter::prefLine(const QString &name, const QVariant &value)
{
    auto quoted = [](const QString &text) {
        QByteArray out = "\"";
        for (const char c : text.toUtf8()) {
            if (c == '\\' || c == '"')
                out += '\\';
            if (c == '\n')
                out += "\\n";
            else if (c == '\r')
                out += "\\r";
            else
                out += c;
        }
        return out + '"';
    };
    const QByteArray shown = value.typeId() == QMetaType::LongLong ? QByteArray::number(value.toLongLong())
                             : value.typeId() == QMetaType::Bool
                                 ? QByteArray(value.toBool() ? "true" : "false")
                                 : quoted(value.toString());
    return "user_pref(" + quoted(name) + ", " + shown + ");";
}

std::optional<QByteArray> ThunderbirdSettingsWriter::render(QByteArrayView original,
                                                            const QList<Change> &changes)
{
    qsizetype damaged = 0;
    const QList<Line> lines = splitLines(original, &damaged);
    const bool crlf = !lines.isEmpty() && lines.first().text.endsWith('\r');
    QHash<QString, QVariant> wanted;
    for (const Change &c : changes)
        wanted.insert(c.pref, c.after);

    QList<QByteArrayView> kept; // the lines of the new file, joined with '\n' as the old ones were
    QList<QByteArray> replaced; // owns the new lines (reserved: kept points into it)
    replaced.reserve(changes.size());
    QSet<QString> written;
    for (const Line &line : lines) {
        if (line.statement) {
            const Prefs here = MailClients::parsePrefs(line.text);
            if (here.size() == 1 && wanted.contains(here.first().first)) {
                const QString &name = here.first().first;
                if (written.contains(name))
                    continue; // a later line of the same pref: dropped
                written.insert(name);
                replaced.append(prefLine(name, wanted.value(name)) + (line.text.endsWith('\r') ? "\r" : ""));
                kept.append(replaced.last());
                continue;
            }
        }
        kept.append(line.text);
    }
    QByteArray out;
    out.reserve(original.size() + 128 * changes.size());
    for (qsizetype i = 0; i < kept.size(); ++i) {
        if (i > 0)
            out += '\n';
        out += kept.at(i);
    }
    for (const Change &c : changes) {
        if (written.contains(c.pref))
            continue;
        if (!out.isEmpty() && !out.endsWith('\n'))
            out += crlf ? "\r\n" : "\n";
        out += prefLine(c.pref, c.after) + (crlf ? "\r\n" : "\n");
    }

    // Read it again: exactly the planned values, every other pref as it was.
    const Prefs before = MailClients::parsePrefs(original);
    const Prefs after = MailClients::parsePrefs(out);
    if (before.size() >= MailClients::kMaxPrefs || after.size() >= MailClients::kMaxPrefs ||
        out.size() > MailClients::kMaxPrefsBytes)
        return std::nullopt;
    QHash<QString, QVariant> expected = effective(before);
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        expected.insert(it.key(), it.value());
    if (effective(after) != expected)
        return std::nullopt;
    return out;
}

QString ThunderbirdSettingsWriter::describe(const Change &change)
{
    static const QRegularExpression serverName(QStringLiteral("^mail\\.smtpserver\\.(.+)\\.([A-Za-z_]+)$"));
    static const QRegularExpression identityName(QStringLiteral("^mail\\.identity\\.(.+)\\.smtpServer$"));
    const QRegularExpressionMatch server = serverName.match(change.pref);
    if (server.hasMatch()) {
        const QString key = server.captured(1);
        const QString attribute = server.captured(2);
        MailClients::ThunderbirdSmtpServer before;
        MailClients::ThunderbirdSmtpServer after;
        before.socketType = int(change.before.toLongLong());
        after.socketType = int(change.after.toLongLong());
        before.authMethod = int(change.before.toLongLong());
        after.authMethod = int(change.after.toLongLong());
        QString field;
        QString from = shownValue(change.before);
        QString to = shownValue(change.after);
        if (attribute == QLatin1String("hostname")) {
            field = tr("server");
        } else if (attribute == QLatin1String("port")) {
            field = tr("port");
        } else if (attribute == QLatin1String("try_ssl")) {
            field = tr("connection security");
            from = change.before.isValid() ? Wording::security(before.toMailSettings().security) : from;
            to = Wording::security(after.toMailSettings().security);
        } else if (attribute == QLatin1String("authMethod")) {
            field = tr("authentication method");
            from = change.before.isValid() ? Wording::auth(before.toMailSettings().auth) : from;
            to = Wording::auth(after.toMailSettings().auth);
        } else if (attribute == QLatin1String("username")) {
            field = tr("user name");
        } else {
            field = attribute;
        }
        return tr("Outgoing server %1: ").arg(key) + tr("%1 %2 → %3").arg(field, from, to);
    }
    if (change.pref == kServerList)
        return tr("New outgoing server %1 in the list of servers")
            .arg(change.after.toString().section(QLatin1Char(','), -1));
    const QRegularExpressionMatch identity = identityName.match(change.pref);
    if (identity.hasMatch())
        return tr("Identity %1 sends through outgoing server %2 instead of %3")
            .arg(identity.captured(1), shownValue(change.after), shownValue(change.before));
    return tr("%1: %2 → %3").arg(change.pref, shownValue(change.before), shownValue(change.after));
}

QString ThunderbirdSettingsWriter::describe(const Change &change,
                                            const MailClients::ThunderbirdProfile &profile)
{
    static const QRegularExpression serverKey(QStringLiteral("^mail\\.smtpserver\\.(.+)\\.[A-Za-z_]+$"));
    const QString line = describe(change);
    const QRegularExpressionMatch match = serverKey.match(change.pref);
    if (!match.hasMatch())
        return line;
    const QString key = match.captured(1);
    const auto server =
        std::find_if(profile.smtpServers.cbegin(), profile.smtpServers.cend(),
                     [&key](const MailClients::ThunderbirdSmtpServer &s) { return s.key == key; });
    if (server == profile.smtpServers.cend() || server->hostname.isEmpty())
        return line;
    const QString prefix = tr("Outgoing server %1: ");
    const QString was = prefix.arg(key);
    return line.startsWith(was) ? prefix.arg(server->hostname) + line.mid(was.size()) : line;
}

QString ThunderbirdSettingsWriter::backupFileName(const QDateTime &when)
{
    return kBackupPrefix + when.toString(QStringLiteral("yyyyMMdd-HHmmsszzz")) + QStringLiteral(".bak");
}

// ---------------------------------------------------------------------------------------------------------

ThunderbirdSettingsWriter::ThunderbirdSettingsWriter(QString profilePath) : m_path(std::move(profilePath)) {}

QString ThunderbirdSettingsWriter::prefsPath() const
{
    return QDir(m_path).filePath(QStringLiteral("prefs.js"));
}

ThunderbirdSettingsWriter::Outcome ThunderbirdSettingsWriter::checkProfile() const
{
    const QFileInfo dir(m_path);
    if (m_path.isEmpty() || !dir.exists() || !dir.isDir())
        return {
            Status::ProfileNotFound,
            tr("The Thunderbird profile folder %1 does not exist.").arg(QDir::toNativeSeparators(m_path))};
    if (isThunderbirdRunning(m_path))
        return {Status::ThunderbirdRunning,
                tr("Thunderbird is open. Close Thunderbird, then try again. Nothing was changed.")};
    return {};
}

ThunderbirdSettingsWriter::Outcome ThunderbirdSettingsWriter::load()
{
    const QFileInfo dir(m_path);
    if (m_path.isEmpty() || !dir.exists() || !dir.isDir())
        return {
            Status::ProfileNotFound,
            tr("The Thunderbird profile folder %1 does not exist.").arg(QDir::toNativeSeparators(m_path))};
    const QString shown = QDir::toNativeSeparators(prefsPath());
    QFile file(prefsPath());
    if (!QFileInfo(file).isFile())
        return {Status::PrefsUnreadable,
                tr("%1 has no Thunderbird settings file (prefs.js). Start Thunderbird once with this "
                   "profile, close it, then try again.")
                    .arg(QDir::toNativeSeparators(m_path))};
    if (file.size() > MailClients::kMaxPrefsBytes || !file.open(QIODevice::ReadOnly))
        return {Status::PrefsUnreadable,
                tr("Thunderbird's settings file %1 could not be read: %2. Nothing was changed.")
                    .arg(shown, file.size() > MailClients::kMaxPrefsBytes ? tr("it is too large")
                                                                          : file.errorString())};
    m_text = file.read(MailClients::kMaxPrefsBytes + 1);
    if (file.error() != QFileDevice::NoError || m_text.size() > MailClients::kMaxPrefsBytes)
        return {Status::PrefsUnreadable,
                tr("Thunderbird's settings file %1 could not be read: %2. Nothing was changed.")
                    .arg(shown, file.errorString())};
    const qsizetype damaged = firstDamagedLine(m_text);
    if (damaged > 0)
        return {Status::PrefsDamaged,
                tr("Thunderbird's settings file %1 is damaged: line %2 cannot be read. MailFix changed "
                   "nothing. Start Thunderbird and close it again (it rewrites the file), then try again.")
                    .arg(shown)
                    .arg(damaged)};
    m_prefs = MailClients::parsePrefs(m_text);
    m_profile = MailClients::profileFromPrefs(m_prefs);
    m_profile.path = m_path;
    return {};
}

ThunderbirdSettingsWriter::Outcome
ThunderbirdSettingsWriter::writeFile(const QString &path, const QByteArray &data, const QString &what) const
{
    // A temporary file in the same folder, renamed over the old one on commit. Unbuffered: Qt 6.4's
    // QSaveFile can miss a failed flush in commit() (a full disk gave an empty file and success).
    QSaveFile file(path);
    QString why;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(data) != data.size() ||
        !file.commit()) {
        why = file.errorString();
        file.cancelWriting();
    } else if (readBack(path) != data) {
        why = tr("the file did not read back as written");
    }
    if (why.isEmpty())
        return {};
    return {Status::WriteFailed, tr("MailFix could not write %1 in %2: %3. Nothing was lost: Thunderbird's "
                                    "settings are as they were.")
                                     .arg(what, QDir::toNativeSeparators(m_path), why)};
}

ThunderbirdSettingsWriter::Outcome ThunderbirdSettingsWriter::apply(const Plan &plan, const QDateTime &now)
{
    Outcome checked = checkProfile();
    if (checked.status != Status::Ok)
        return checked;
    if (plan.changes.isEmpty())
        return {Status::NothingToChange, tr("Thunderbird already uses these settings. Nothing was changed.")};
    QFile current(prefsPath());
    if (!current.open(QIODevice::ReadOnly) || current.read(MailClients::kMaxPrefsBytes + 1) != m_text)
        return {Status::ChangedMeanwhile,
                tr("Thunderbird's settings file changed after MailFix read it. Nothing was changed; look at "
                   "the changes again.")};
    current.close();
    const std::optional<QByteArray> rendered = render(m_text, plan.changes);
    if (!rendered)
        return {Status::UnsafeFormat,
                tr("Thunderbird's settings file %1 is written in a way MailFix cannot change safely. Nothing "
                   "was changed; enter the settings in Thunderbird by hand.")
                    .arg(QDir::toNativeSeparators(prefsPath()))};

    const QString backup = QDir(m_path).filePath(backupFileName(now));
    Outcome saved = writeFile(backup, m_text, tr("a backup of Thunderbird's settings"));
    if (saved.status != Status::Ok)
        return saved;
    Outcome written = writeFile(prefsPath(), *rendered, tr("Thunderbird's settings file"));
    if (written.status != Status::Ok) {
        if (readBack(prefsPath()) == m_text)
            QFile::remove(backup); // prefs.js is unchanged: the backup is the same file
        else if (writeFile(prefsPath(), m_text, tr("Thunderbird's settings file")).status != Status::Ok)
            written.message =
                tr("MailFix could not write Thunderbird's settings file %1. Restore it from the "
                   "backup %2.")
                    .arg(QDir::toNativeSeparators(prefsPath()), QDir::toNativeSeparators(backup));
        return written;
    }
    m_text = *rendered;
    m_prefs = MailClients::parsePrefs(m_text);
    m_profile = MailClients::profileFromPrefs(m_prefs);
    m_profile.path = m_path;
    return {Status::Ok, {}, backup};
}

ThunderbirdSettingsWriter::Outcome ThunderbirdSettingsWriter::undo(const QDateTime &now)
{
    Outcome checked = checkProfile();
    if (checked.status != Status::Ok)
        return checked;
    const QStringList all = backups(m_path);
    if (all.isEmpty())
        return {Status::NoBackup, tr("There is no MailFix backup in %1: there is nothing to undo.")
                                      .arg(QDir::toNativeSeparators(m_path))};
    const QString latest = all.last();
    QFile backup(latest);
    if (!backup.open(QIODevice::ReadOnly))
        return {Status::PrefsUnreadable, tr("The backup %1 could not be read: %2. Nothing was changed.")
                                             .arg(QDir::toNativeSeparators(latest), backup.errorString())};
    const QByteArray data = backup.readAll();
    backup.close();

    QFile current(prefsPath());
    if (current.exists()) { // what it replaces is kept too: Thunderbird may have changed more since
        if (!current.open(QIODevice::ReadOnly))
            return {Status::PrefsUnreadable,
                    tr("Thunderbird's settings file %1 could not be read: %2. Nothing was changed.")
                        .arg(QDir::toNativeSeparators(prefsPath()), current.errorString())};
        const QString kept = QDir(m_path).filePath(QStringLiteral("prefs.js.mailfix-undone-") +
                                                   now.toString(QStringLiteral("yyyyMMdd-HHmmsszzz")) +
                                                   QStringLiteral(".bak"));
        Outcome saved = writeFile(kept, current.readAll(), tr("a copy of Thunderbird's settings"));
        if (saved.status != Status::Ok)
            return saved;
    }
    Outcome written = writeFile(prefsPath(), data, tr("Thunderbird's settings file"));
    if (written.status != Status::Ok)
        return written;
    QFile::remove(latest); // restored: the next undo goes one backup further back
    return {Status::Ok, {}, latest};
}

QStringList ThunderbirdSettingsWriter::backups(const QString &profilePath)
{
    static const QRegularExpression name(QStringLiteral("^prefs\\.js\\.mailfix-\\d{8}-\\d{9}\\.bak$"));
    const QDir dir(profilePath);
    QStringList out;
    const QStringList names = dir.entryList({kBackupPrefix + QLatin1Char('*')}, QDir::Files, QDir::Name);
    for (const QString &file : names) {
        if (name.match(file).hasMatch())
            out.append(dir.filePath(file));
    }
    return out;
}

bool ThunderbirdSettingsWriter::isThunderbirdRunning(const QString &profilePath)
{
    const QDir dir(profilePath);
#ifdef Q_OS_UNIX
    // .parentlock: Thunderbird holds an fcntl lock on it while it runs (released when it exits, however).
    const QByteArray parentLock = QFile::encodeName(dir.filePath(QStringLiteral(".parentlock")));
    const int fd = ::open(parentLock.constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        struct flock probe = {};
        probe.l_type = F_WRLCK;
        probe.l_whence = SEEK_SET;
        const bool locked = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
        ::close(fd);
        if (locked)
            return true;
    }
    // lock: a symlink to "ADDRESS:+PID"; it stays behind after a crash (and after some clean exits), so
    // it counts only while that process lives.
    const QString link =
        QFileInfo(QFileInfo(dir.filePath(QStringLiteral("lock"))).symLinkTarget()).fileName();
    const qsizetype plus = link.lastIndexOf(QLatin1Char(':'));
    if (plus >= 0) {
        bool ok = false;
        const qint64 pid = link.mid(plus + 1).remove(QLatin1Char('+')).toLongLong(&ok);
        if (ok && pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM))
            return true;
    }
    return false;
#else
    // parent.lock: opened without sharing while Thunderbird runs, so nobody else can open it.
    QFile lock(dir.filePath(QStringLiteral("parent.lock")));
    return lock.exists() && !lock.open(QIODevice::ReadWrite);
#endif
}
