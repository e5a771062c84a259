#include "cli/commands/GuideCommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

namespace {
// "apple-mail", "applemail" and "Apple-Mail" name the same program.
QString programKey(const QString &name)
{
    return name.toLower().remove(QLatin1Char('-'));
}

// The findings whose fix is a change in the mail program's settings: the ones --finding takes.
QStringList findingsWithSteps()
{
    QStringList ids;
    for (const Findings::Info &info : Findings::all()) {
        if (info.kind == Findings::Kind::Finding && !info.needs.isEmpty())
            ids << info.id;
    }
    return ids;
}
} // namespace

QString GuideCommand::help() const
{
    return tr("  guide --program P [--version V] --settings HOST:PORT:SECURITY:AUTH --user U\n"
              "        [--incoming HOST:PORT:SECURITY:PROTOCOL] [--finding ID] --out FILE.pdf|FILE.html|DIR\n"
              "                   Write the drawn fix guide for a mail program (outlook, thunderbird,\n"
              "                   apple-mail), filled with these settings, as a PDF, a web page with the\n"
              "                   pictures inside, or a folder of numbered PNG files. --version: as the\n"
              "                   guides name them (default: the newest); --finding: only the steps that\n"
              "                   finding's fix needs (default: every setting). --incoming: the incoming\n"
              "                   server (IMAP or POP3) to show, which adds its steps. Needs no display.\n");
}

void GuideCommand::loadLibrary()
{
    m_library.loadBundled();
    const QString overrides = m_cli.deployment().overridesDir;
    const QString beside =
        overrides.isEmpty() ? QString() : QDir(overrides).filePath(QStringLiteral("guides"));
    for (const QString &folder : {beside, qEnvironmentVariable("MAILFIX_GUIDES_DIR")}) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            m_library.loadFolder(folder);
    }
    for (const QString &error : m_library.errors())
        err() << tr("mailfix-cli guide: a guide could not be read: %1\n").arg(error);
}

const Guide *GuideCommand::findGuide(const QString &program, const QString &version, QString *error) const
{
    QStringList programs;
    for (const Guide &guide : m_library.guides()) {
        if (!programs.contains(guide.program))
            programs << guide.program;
    }
    const auto known = std::find_if(programs.cbegin(), programs.cend(),
                                    [&](const QString &p) { return programKey(p) == programKey(program); });
    if (program.isEmpty() || known == programs.cend()) {
        *error = program.isEmpty()
                     ? tr("--program is required (use %1)").arg(programs.join(QLatin1String(", ")))
                     : tr("unknown program \"%1\" (use %2)").arg(program, programs.join(QLatin1String(", ")));
        return nullptr;
    }
    const QList<const Guide *> guides = m_library.guidesFor(*known);
    if (version.isEmpty())
        return guides.first(); // the newest
    QStringList versions;
    for (const Guide *guide : guides) {
        if (guide->version.compare(version, Qt::CaseInsensitive) == 0)
            return guide;
        versions << guide->version;
    }
    *error = tr("there is no guide for version \"%1\" of %2 (use %3)")
                 .arg(version, *known, versions.join(QLatin1String(", ")));
    return nullptr;
}

std::optional<GuideSelection::Result>
GuideCommand::selectSteps(const MailSettings &settings, const std::optional<IncomingSettings> &incoming,
                          const QString &findingId, QString *error)
{
    Diagnosis diagnosis; // what the Fix page would have: these settings, and the finding as the cause
    diagnosis.recommended = Recommendation{settings, true, {}, {}};
    if (incoming)
        diagnosis.incoming = IncomingRecommendation{*incoming, true, {}, {}};
    if (!findingId.isEmpty()) {
        const std::optional<FindingCode> code = Findings::fromId(findingId.trimmed());
        if (!code || !findingsWithSteps().contains(findingId.trimmed())) {
            const QString ids = findingsWithSteps().join(QLatin1String(", "));
            *error =
                code ? tr("the fix for \"%1\" is not a change in the mail program's settings, so there is "
                          "no guide for it (use %2)")
                           .arg(findingId, ids)
                     : tr("unknown finding \"%1\" (use %2)").arg(findingId, ids);
            return std::nullopt;
        }
        Finding finding;
        finding.code = *code;
        finding.severity = FindingSeverity::Cause;
        diagnosis.findings << finding;
    } else if (incoming) { // every setting, the incoming server's too
        Finding finding;
        finding.code = FindingCode::IncomingSettingsWrong;
        finding.severity = FindingSeverity::Warning;
        diagnosis.findings << finding;
    }
    if (!incoming && !findingId.isEmpty() &&
        Findings::info(diagnosis.findings.first().code).needs == QList<QLatin1String>{FixNeed::Incoming}) {
        *error = tr("the steps for \"%1\" show the incoming server: give it with --incoming "
                    "(e.g. imap.example.com:993:tls:imap)")
                     .arg(findingId);
        return std::nullopt;
    }
    return GuideSelection::select(diagnosis, std::nullopt);
}

std::optional<GuideDocument::Format> GuideCommand::outputFormat(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (path.trimmed().isEmpty()) {
        *error = tr("--out is required (a .pdf or .html file, or a folder for PNG files)");
        return std::nullopt;
    }
    if (!info.isDir() && suffix == QLatin1String("pdf"))
        return GuideDocument::Format::Pdf;
    if (!info.isDir() && (suffix == QLatin1String("html") || suffix == QLatin1String("htm")))
        return GuideDocument::Format::Html;
    if (info.isDir() || (!info.exists() && suffix.isEmpty()))
        return GuideDocument::Format::Images;
    *error = tr("\"%1\" is not a .pdf or .html file or a folder").arg(path);
    return std::nullopt;
}

int GuideCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const CommonOptions o;
    const QCommandLineOption program(QStringLiteral("program"), tr("Mail program"), tr("name"));
    const QCommandLineOption version(QStringLiteral("version"), tr("Version of the mail program"),
                                     tr("version"));
    const QCommandLineOption settings(QStringLiteral("settings"), tr("The settings to show"),
                                      tr("host:port:security:auth"));
    const QCommandLineOption finding(QStringLiteral("finding"), tr("Only the steps for this finding"),
                                     tr("id"));
    const QCommandLineOption incomingOption(QStringLiteral("incoming"), tr("The incoming server to show"),
                                            tr("host:port:security:protocol"));
    const QCommandLineOption output(QStringLiteral("out"), tr("Where to write the guide"), tr("file"));
    parser.addOptions({program, version, settings, o.user, incomingOption, finding, output});
    QString problem;
    if (!parse(parser, arguments, &problem) || !CommonOptions::checkNoArguments(parser, &problem))
        return usageError(problem);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err() << tr("mailfix-cli guide: cannot draw the pictures: the program was started without Qt Gui\n");
        return ProblemsFound;
    }
    loadLibrary();
    const Guide *guide =
        findGuide(parser.value(program).trimmed(), parser.value(version).trimmed(), &problem);
    if (!guide)
        return usageError(problem);
    if (!parser.isSet(settings))
        return usageError(tr("--settings is required (e.g. smtp.example.com:587:starttls:normal-password)"));
    std::optional<MailSettings> values = MailSettings::parse(parser.value(settings), &problem);
    if (!values)
        return usageError(problem);
    values->username = parser.value(o.user).trimmed();
    if (values->username.isEmpty())
        return usageError(
            tr("--user is required (the user name to sign in with, usually the email address)"));
    std::optional<IncomingSettings> incoming;
    if (parser.isSet(incomingOption)) {
        incoming = IncomingSettings::parse(parser.value(incomingOption), &problem);
        if (!incoming)
            return usageError(problem);
        incoming->settings.username = values->username;
    }
    const std::optional<GuideSelection::Result> selection =
        selectSteps(*values, incoming, parser.value(finding), &problem);
    if (!selection)
        return usageError(problem);
    const std::optional<GuideDocument::Format> format = outputFormat(parser.value(output), &problem);
    if (!format)
        return usageError(problem);

    // As the wizard saves it: sharp pictures (device pixel ratio 2).
    const GuideDocument document = GuideDocument::build(
        *guide, *selection, GuideValues::from(*values, {}, std::nullopt, incoming), {}, 2);
    for (const GuideTextIssue &issue : document.issues())
        err() << tr("mailfix-cli guide: %1: %2\n").arg(guide->key(), issue.toString());
    if (document.steps.isEmpty())
        return usageError(tr("the guide \"%1\" has no steps for this").arg(guide->key()));
    if (!document.save(*format, parser.value(output), &problem))
        return usageError(tr("cannot write \"%1\": %2").arg(parser.value(output), problem));
    out() << tr("Wrote the guide \"%1\" (%2 steps) to %3\n")
                 .arg(document.title)
                 .arg(document.steps.size())
                 .arg(QDir::toNativeSeparators(parser.value(output)));
    return Ok;
}
