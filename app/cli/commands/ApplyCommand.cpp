#include "cli/commands/ApplyCommand.h"

#include "report/DiagnosisReport.h"
#include "report/Wording.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>

namespace {

using Writer = ThunderbirdSettingsWriter;

QJsonValue prefValue(const QVariant &value)
{
    if (!value.isValid())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::LongLong)
        return double(value.toLongLong());
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    return value.toString();
}

QString accountLine(const Writer::Account &a)
{
    return ApplyCommand::tr("%1 (--account %2, outgoing server %3: %4)")
        .arg(a.email, a.identityKey, a.serverKey, Wording::settings(a.current));
}

} // namespace

QString ApplyCommand::help() const
{
    return tr("  apply --program thunderbird --profile DIR --settings HOST:PORT:SECURITY:AUTH --user U\n"
              "        [--account ID]... [--dry-run] [--json]\n"
              "  apply --undo --program thunderbird --profile DIR [--json]\n"
              "                   Write verified outgoing settings into a Thunderbird profile: shows\n"
              "                   which values change from what to what, then (not with --dry-run) saves\n"
              "                   a dated backup of prefs.js and writes the new one. Only while\n"
              "                   Thunderbird is closed; never a password. --account (the identity, e.g.\n"
              "                   id1, or its address) picks the accounts; without it, those that send\n"
              "                   as --user or through the same server are fixed. --undo restores the\n"
              "                   latest backup.\n");
}

int ApplyCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const CommonOptions o;
    const QCommandLineOption program{QStringLiteral("program"), tr("Mail program"), tr("name")};
    const QCommandLineOption profile{QStringLiteral("profile"), tr("Thunderbird profile folder"), tr("dir")};
    const QCommandLineOption settings{QStringLiteral("settings"), tr("Verified settings"),
                                      tr("host:port:security:auth")};
    const QCommandLineOption account{QStringLiteral("account"), tr("Account to fix"), tr("id")};
    const QCommandLineOption dryRun{QStringLiteral("dry-run"), tr("Only show the changes")};
    const QCommandLineOption undoOption{QStringLiteral("undo"), tr("Restore the latest backup")};
    parser.addOptions({program, profile, settings, o.user, account, dryRun, undoOption, o.json});
    QString problem;
    if (!parse(parser, arguments, &problem) || !CommonOptions::checkNoArguments(parser, &problem))
        return usageError(problem);
    if (!parser.isSet(program))
        return usageError(tr("--program is missing (apply can change Thunderbird's settings)"));
    const std::optional<MailClients::Program> chosen = MailClients::parseProgram(parser.value(program));
    if (chosen != MailClients::Program::Thunderbird)
        return usageError(tr("MailFix can change only Thunderbird's settings, not \"%1\"; \"mailfix-cli "
                             "guide\" shows how to change them by hand")
                              .arg(parser.value(program)));
    if (parser.value(profile).isEmpty())
        return usageError(tr("--profile is missing: the Thunderbird profile folder"));
    const QString folder = QDir::cleanPath(QDir::fromNativeSeparators(parser.value(profile)));
    if (parser.isSet(undoOption)) {
        for (const QCommandLineOption *other : {&settings, &o.user, &account, &dryRun}) {
            if (parser.isSet(*other))
                return usageError(tr("--undo takes only --program, --profile and --json, not --%1")
                                      .arg(other->names().constFirst()));
        }
        return undo(folder, parser.isSet(o.json));
    }

    Request request{folder, {}, parser.values(account), parser.isSet(dryRun), parser.isSet(o.json)};
    if (!parser.isSet(settings))
        return usageError(tr("--settings is missing, e.g. smtp.example.com:587:starttls:normal-password"));
    const std::optional<MailSettings> verified = MailSettings::parse(parser.value(settings), &problem);
    if (!verified || !CommonOptions::checkHostName(verified->host, &problem))
        return usageError(problem);
    request.verified = *verified;
    request.verified.username = parser.value(o.user).trimmed();
    if (request.verified.username.isEmpty() && request.verified.auth != MailSettings::Auth::None)
        return usageError(tr("--user is missing: the user name Thunderbird signs in with"));
    for (const QChar c : std::as_const(request.verified.username)) {
        if (c.category() == QChar::Other_Control)
            return usageError(tr("--user holds a control character"));
    }
    return apply(request);
}

bool ApplyCommand::choose(const Request &request, const QList<Writer::Account> &accounts, QStringList *keys,
                          QString *error, int *code) const
{
    QStringList listing;
    for (const Writer::Account &a : accounts)
        listing << QStringLiteral("  ") + accountLine(a);
    for (const QString &wanted : request.accounts) {
        bool found = false;
        for (const Writer::Account &a : accounts) {
            if (a.identityKey == wanted.trimmed() ||
                a.email.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0) {
                found = true;
                if (!keys->contains(a.identityKey))
                    keys->append(a.identityKey);
            }
        }
        if (!found) {
            *error = tr("the profile has no account \"%1\". Its accounts:\n%2")
                         .arg(wanted, listing.join(QLatin1Char('\n')));
            *code = BadUsage;
            return false;
        }
    }
    if (request.accounts.isEmpty())
        *keys = Writer::defaultSelection(accounts, request.verified);
    if (keys->isEmpty()) {
        *error = tr("no account sends as %1 or through %2: name the accounts to fix with --account. Its "
                    "accounts:\n%3")
                     .arg(request.verified.username, request.verified.host, listing.join(QLatin1Char('\n')));
        *code = BadUsage;
        return false;
    }
    return true;
}

int ApplyCommand::apply(const Request &request)
{
    Writer writer(request.profile);
    QJsonObject root{{QStringLiteral("profile"), QDir::toNativeSeparators(request.profile)},
                     {QStringLiteral("dryRun"), request.dryRun},
                     {QStringLiteral("settings"), DiagnosisReport::settingsToJson(request.verified)}};
    const Writer::Outcome loaded = writer.load();
    if (loaded.status != Writer::Status::Ok)
        return finish(loaded, root, request.json);
    const QList<Writer::Account> accounts = Writer::accounts(writer.profile(), request.verified);
    if (accounts.isEmpty())
        return finish({Writer::Status::NothingToChange,
                       tr("The profile has no account with an outgoing server. Nothing was changed.")},
                      root, request.json);
    QStringList keys;
    QString problem;
    int code = Ok;
    if (!choose(request, accounts, &keys, &problem, &code))
        return usageError(problem);

    const Writer::Plan plan = Writer::plan(writer.prefs(), writer.profile(), request.verified, keys);
    QJsonArray accountsJson;
    for (const Writer::Account &a : accounts) {
        QJsonObject current = DiagnosisReport::settingsToJson(a.current);
        accountsJson.append(
            QJsonObject{{QStringLiteral("id"), a.identityKey},
                        {QStringLiteral("email"), a.email},
                        {QStringLiteral("server"), a.serverKey},
                        {QStringLiteral("current"), current},
                        {QStringLiteral("needsFix"), a.needsFix},
                        {QStringLiteral("fixed"), plan.identityKeys.contains(a.identityKey)}});
    }
    QJsonArray changes;
    QString preview;
    for (const Writer::Change &c : plan.changes) {
        changes.append(QJsonObject{{QStringLiteral("pref"), c.pref},
                                   {QStringLiteral("before"), prefValue(c.before)},
                                   {QStringLiteral("after"), prefValue(c.after)},
                                   {QStringLiteral("description"), Writer::describe(c)}});
        preview += QStringLiteral("  ") + Writer::describe(c) + QLatin1Char('\n');
    }
    root.insert(QStringLiteral("accounts"), accountsJson);
    root.insert(QStringLiteral("changes"), changes);
    if (plan.changes.isEmpty())
        return finish({Writer::Status::NothingToChange,
                       tr("Thunderbird already uses these settings. Nothing was changed.")},
                      root, request.json);
    if (!request.json) {
        QStringList fixed;
        for (const Writer::Account &a : accounts) {
            if (plan.identityKeys.contains(a.identityKey))
                fixed << QStringLiteral("  ") + accountLine(a);
        }
        out() << tr("Thunderbird profile %1\nAccounts to fix:\n%2\nChanges:\n%3")
                     .arg(QDir::toNativeSeparators(request.profile), fixed.join(QLatin1Char('\n')), preview);
    }
    if (request.dryRun)
        return finish({Writer::Status::Ok, tr("Nothing was written (--dry-run).")}, root, request.json);
    Writer::Outcome outcome = writer.apply(plan);
    if (outcome.status == Writer::Status::Ok) {
        outcome.message =
            tr("Done. Thunderbird's old settings are saved in %1.\nTo undo: mailfix-cli apply "
               "--undo --program thunderbird --profile \"%2\"")
                .arg(QDir::toNativeSeparators(outcome.backupPath), QDir::toNativeSeparators(request.profile));
    }
    return finish(outcome, root, request.json);
}

int ApplyCommand::undo(const QString &profile, bool json)
{
    Writer writer(profile);
    Writer::Outcome outcome = writer.undo();
    if (outcome.status == Writer::Status::Ok)
        outcome.message = tr("Done. Thunderbird's settings are back as they were before MailFix changed them "
                             "(from %1).")
                              .arg(QDir::toNativeSeparators(outcome.backupPath));
    return finish(
        outcome,
        {{QStringLiteral("profile"), QDir::toNativeSeparators(profile)}, {QStringLiteral("undo"), true}},
        json);
}

int ApplyCommand::finish(const Writer::Outcome &outcome, QJsonObject root, bool json)
{
    int code = ProblemsFound;
    if (outcome.status == Writer::Status::Ok || outcome.status == Writer::Status::NothingToChange)
        code = Ok;
    else if (outcome.status == Writer::Status::ProfileNotFound)
        code = BadUsage;
    const bool written = outcome.status == Writer::Status::Ok && !outcome.backupPath.isEmpty();
    if (json) {
        root.insert(QStringLiteral("status"), Writer::statusId(outcome.status));
        root.insert(QStringLiteral("written"), written);
        root.insert(QStringLiteral("message"), outcome.message);
        if (!outcome.backupPath.isEmpty())
            root.insert(QStringLiteral("backup"), QDir::toNativeSeparators(outcome.backupPath));
        out() << jsonAnswer(root, code);
    } else if (code == Ok) {
        out() << outcome.message << '\n';
    } else {
        err() << tr("mailfix-cli %1: %2\n").arg(name(), outcome.message);
    }
    out().flush();
    err().flush();
    return code;
}
