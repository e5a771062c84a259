#include "cli/commands/ExportCommand.h"

#include "cli/SettingsCard.h"
#include "cli/commands/GuideCommand.h"
#include "export/MobileConfig.h"
#include "export/OutlookPrf.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>

namespace {
const QCommandLineOption kMobileConfig(QStringLiteral("mobileconfig"), QString(), QStringLiteral("file"));
const QCommandLineOption kPrf(QStringLiteral("prf"), QString(), QStringLiteral("file"));
const QCommandLineOption kCard(QStringLiteral("settings-card"), QString(), QStringLiteral("file"));
const QCommandLineOption kProgram(QStringLiteral("program"), QString(), QStringLiteral("name"));
const QCommandLineOption kVersion(QStringLiteral("version"), QString(), QStringLiteral("version"));
const QCommandLineOption kAddress(QStringLiteral("address"), QString(), QStringLiteral("address"));
const QCommandLineOption kDisplayName(QStringLiteral("name"), QString(), QStringLiteral("name"));
const QCommandLineOption kSettings(QStringLiteral("settings"), QString(), QStringLiteral("settings"));
const QCommandLineOption kIncoming(QStringLiteral("incoming"), QString(), QStringLiteral("settings"));
const QCommandLineOption kIncomingProtocol(QStringLiteral("incoming-protocol"), QString(),
                                           QStringLiteral("protocol"));
} // namespace

QString ExportCommand::help() const
{
    return tr(
        "  export --address A [--name NAME] --settings HOST:PORT:SECURITY:AUTH --user U\n"
        "        --incoming HOST:PORT:SECURITY:AUTH [--incoming-protocol imap|pop3]\n"
        "        [--mobileconfig FILE] [--prf FILE]\n"
        "        [--settings-card FILE.pdf|FILE.html --program P [--version V]]\n"
        "                   Write the checked settings into files, never with a password: a setup\n"
        "                   profile for Apple Mail (Mac, iPhone, iPad), a PRF file for classic Outlook\n"
        "                   (outlook.exe /importprf FILE; the new Outlook takes none), and a one-page\n"
        "                   card with the settings and the drawn steps for a program, to send to a\n"
        "                   user (--incoming is optional for the card). --settings: the outgoing\n"
        "                   server; --incoming: the incoming one, HOST:PORT:SECURITY:AUTH with\n"
        "                   --incoming-protocol (default imap), or HOST:PORT:SECURITY:PROTOCOL.\n");
}

std::optional<ExportAccount> ExportCommand::readAccount(const QCommandLineParser &parser, QString *error)
{
    ExportAccount a;
    a.address = parser.value(kAddress).trimmed();
    a.displayName = parser.value(kDisplayName).trimmed();
    if (a.address.isEmpty()) {
        *error = tr("--address is required (the email address of the account)");
        return std::nullopt;
    }
    if (!parser.isSet(kSettings)) {
        *error = tr("--settings is required (e.g. smtp.example.com:587:starttls:normal-password)");
        return std::nullopt;
    }
    std::optional<MailSettings> outgoing = MailSettings::parse(parser.value(kSettings), error);
    if (!outgoing)
        return std::nullopt;
    a.outgoing = *outgoing;
    a.outgoing.username = parser.value(QStringLiteral("user")).trimmed();
    if (a.outgoing.username.isEmpty()) {
        *error = tr("--user is required (the user name to sign in with, usually the email address)");
        return std::nullopt;
    }
    const QString incoming = parser.value(kIncoming).trimmed();
    QString protocol = parser.value(kIncomingProtocol).trimmed().toLower();
    if (!incoming.isEmpty()) {
        // HOST:PORT:SECURITY:AUTH, or HOST:PORT:SECURITY:PROTOCOL as guide --incoming takes it
        const std::optional<IncomingSettings> withProtocol = IncomingSettings::parse(incoming, error);
        const std::optional<MailSettings> withAuth =
            withProtocol ? withProtocol->settings : MailSettings::parse(incoming, error);
        if (!withAuth)
            return std::nullopt;
        a.incoming.settings = *withAuth;
        a.incoming.settings.username = a.outgoing.username;
        if (withProtocol && protocol.isEmpty())
            protocol = ProbeNames::protocol(withProtocol->protocol);
    }
    if (!protocol.isEmpty() && (!ProbeNames::parseProtocol(protocol, &a.incoming.protocol) ||
                                a.incoming.protocol == Protocol::Smtp)) {
        *error = tr("unknown incoming protocol \"%1\" (use imap or pop3)").arg(protocol);
        return std::nullopt;
    }
    return a;
}

bool ExportCommand::save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err() << tr("mailfix-cli export: cannot write \"%1\": %2\n").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ExportCommand::writeMobileConfig(const ExportAccount &account, const QString &path)
{
    QString problem;
    const QString text = MobileConfig::build(account, &problem);
    if (text.isEmpty()) {
        err() << tr("mailfix-cli export: no Apple Mail profile: %1\n").arg(problem);
        return false;
    }
    if (!save(path, text.toUtf8()))
        return false;
    out() << tr("Wrote the Apple Mail profile to %1\n").arg(QDir::toNativeSeparators(path))
          << tr("  Open it on the Mac, iPhone or iPad and install it (Mac: System Settings > Privacy & "
                "Security > Profiles). It adds a new account; it cannot change the old one, so remove the "
                "old account for %1 afterwards. Mail asks for the password.\n")
                 .arg(account.address)
          << tr("  Apple's profile has one switch, \"Use SSL\", for SSL/TLS and STARTTLS alike: it is on for "
                "both; Mail picks the kind itself.\n");
    return true;
}

bool ExportCommand::writePrf(const ExportAccount &account, const QString &path)
{
    QString problem;
    const QString text = OutlookPrf::build(account, &problem);
    if (text.isEmpty()) {
        err() << tr("mailfix-cli export: no PRF file: %1\n").arg(problem);
        return false;
    }
    if (!save(path, OutlookPrf::encode(text)))
        return false;
    out() << tr("Wrote the Outlook profile file (PRF) to %1\n").arg(QDir::toNativeSeparators(path))
          << tr("  For classic Outlook for Windows, with Outlook closed: outlook.exe /importprf \"%1\". The "
                "new Outlook does not accept PRF files: for it, use the drawn guide (mailfix-cli guide "
                "--program outlook --version new).\n")
                 .arg(QDir::toNativeSeparators(QFileInfo(path).fileName()));
    return true;
}

int ExportCommand::writeSettingsCard(const ExportAccount &account, bool withIncoming, const QString &program,
                                     const QString &version, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool pdf = suffix == QLatin1String("pdf");
    if (!pdf && suffix != QLatin1String("html") && suffix != QLatin1String("htm"))
        return usageError(tr("--settings-card takes a .pdf or .html file, not \"%1\"").arg(path));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        err() << tr("mailfix-cli export: cannot draw the card: the program was started without Qt Gui\n");
        return ProblemsFound;
    }
    GuideCommand guides(m_cli); // the guide command's library and choice of steps, as `guide` uses them
    guides.loadLibrary();
    QString problem;
    const Guide *guide = guides.findGuide(program, version, &problem);
    if (!guide)
        return usageError(problem);
    const std::optional<IncomingSettings> incoming =
        withIncoming ? std::optional<IncomingSettings>(account.incoming) : std::nullopt;
    const std::optional<GuideSelection::Result> selection =
        GuideCommand::selectSteps(account.outgoing, incoming, QString(), &problem);
    if (!selection)
        return usageError(problem);
    const GuideValues values = GuideValues::from(account.outgoing, account.address, std::nullopt, incoming);
    const GuideDocument document = GuideDocument::build(*guide, *selection, values, {}, 2);
    const SettingsCard card = SettingsCard::build(account, withIncoming, *guide, document);
    if (!(pdf ? card.savePdf(path, &problem) : card.saveHtml(path, &problem))) {
        err() << tr("mailfix-cli export: cannot write \"%1\": %2\n").arg(path, problem);
        return ProblemsFound;
    }
    out() << tr("Wrote the settings card for %1 (%2 steps) to %3\n")
                 .arg(guide->text(guide->title, values))
                 .arg(card.steps.size())
                 .arg(QDir::toNativeSeparators(path));
    return Ok;
}

int ExportCommand::run(const QStringList &arguments)
{
    if (arguments.contains(QLatin1String("--password-stdin")) ||
        arguments.contains(QLatin1String("-password-stdin")))
        return usageError(tr("export takes no password: the files it writes never hold one"));
    QCommandLineParser parser;
    const CommonOptions o;
    parser.addOptions({kMobileConfig, kPrf, kCard, kProgram, kVersion, kAddress, kDisplayName, kSettings,
                       kIncoming, kIncomingProtocol, o.user});
    QString problem;
    if (!parse(parser, arguments, &problem) || !CommonOptions::checkNoArguments(parser, &problem))
        return usageError(problem);
    const bool profiles = parser.isSet(kMobileConfig) || parser.isSet(kPrf);
    if (!profiles && !parser.isSet(kCard))
        return usageError(tr("say what to write: --mobileconfig FILE, --prf FILE or --settings-card FILE"));
    if (parser.isSet(kCard) && parser.value(kProgram).trimmed().isEmpty())
        return usageError(tr("--settings-card needs --program (the mail program whose steps it shows)"));
    if (profiles && !parser.isSet(kIncoming))
        return usageError(tr("--incoming is required for --mobileconfig and --prf: the account they set up "
                             "needs its incoming server (e.g. imap.example.com:993:tls:normal-password)"));
    std::optional<ExportAccount> account = readAccount(parser, &problem);
    if (!account)
        return usageError(problem);
    if (profiles && !account->check(&problem))
        return usageError(problem);
    if (parser.isSet(kMobileConfig) && !writeMobileConfig(*account, parser.value(kMobileConfig)))
        return ProblemsFound;
    if (parser.isSet(kPrf) && !writePrf(*account, parser.value(kPrf)))
        return ProblemsFound;
    if (parser.isSet(kCard))
        return writeSettingsCard(*account, parser.isSet(kIncoming), parser.value(kProgram).trimmed(),
                                 parser.value(kVersion).trimmed(), parser.value(kCard));
    return Ok;
}
