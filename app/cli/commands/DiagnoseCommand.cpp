#include "cli/commands/DiagnoseCommand.h"

#include "cli/OAuth2Console.h"
#include "clients/ProgramAccounts.h"
#include "detect/EmailAddress.h"
#include "diagnose/NetworkEnvironment.h"
#include "report/DiagnosisReport.h"
#include "report/ProbeReport.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>

#include <algorithm>

namespace {
QString endpointList(const QList<ProbeEndpoint> &endpoints)
{
    QStringList labels;
    for (const ProbeEndpoint &endpoint : endpoints)
        labels << ProbeReport::endpointLabel(endpoint);
    return labels.join(QLatin1String(", "));
}
} // namespace

QString DiagnoseCommand::help() const
{
    return tr(
        "  diagnose ADDRESS [--user U] [--password-stdin] [--current HOST:PORT:SECURITY:AUTH]\n"
        "        [--error TEXT] [--from ADDR] [--to ADDR] [--ca-file PEM] [--timeout S]\n"
        "        [--ispdb-url URL] [--overrides DIR] [--no-http] [--approve-host HOST]...\n"
        "        [--accept-certificate] [--allow-plaintext-auth] [--send-test] [--transcript] [--json]\n"
        "        [--read-settings outlook|thunderbird|apple-mail] [--program P] [--no-incoming]\n"
        "        [--current-incoming HOST:PORT:SECURITY:PROTOCOL [--incoming-user U]]\n"
        "        [--oauth2 [--browser-command CMD] [--oauth2-wait S] | --oauth2-token-stdin]\n"
        "                   Find out why mail from ADDRESS cannot be sent, and how to fix it: finds\n"
        "                   the provider's settings, checks them and the ones the mail program uses\n"
        "                   now (--current, e.g. smtp.example.com:587:starttls:normal-password)\n"
        "                   against the server, reads the error it showed (--error), and says\n"
        "                   what is wrong and which settings work. The user name defaults to the\n"
        "                   provider's (usually the address). --read-settings reads the settings of\n"
        "                   every account of that program that sends as ADDRESS and judges each one.\n"
        "                   --program names the user's mail program (outlook, thunderbird, apple-mail,\n"
        "                   other), so that the next steps fit it. The incoming server (IMAP, POP3;\n"
        "                   --current-incoming, e.g. imap.example.com:993:tls:imap, is the program's) is\n"
        "                   checked too, at the same time, unless --no-incoming: a password it accepts\n"
        "                   and the outgoing server refuses is not a wrong password. --incoming-user:\n"
        "                   the user name the program receives with, when it differs from --user.\n"
        "                   --oauth2 signs in with the provider (Microsoft 365, Outlook.com, Google,\n"
        "                   or [oauth2] custom*) in a browser on this computer, as the mail program\n"
        "                   does, and checks with that sign-in; it prints the address to open, and\n"
        "                   opens it with --browser-command or the system's browser. It needs the\n"
        "                   client id from the deployment settings ([oauth2]); without one it says\n"
        "                   so and checks without signing in. --oauth2-token-stdin: a token a script\n"
        "                   already holds.\n");
}

int DiagnoseCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const CommonOptions o;
    const Own own;
    parser.addOptions({o.user,           o.passwordStdin,
                       own.current,      own.errorText,
                       o.from,           o.to,
                       o.caFile,         o.timeout,
                       o.ispdbUrl,       o.overrides,
                       o.noHttp,         own.approveHost,
                       own.readSettings, own.program,
                       own.noIncoming,   own.currentIncoming,
                       own.incomingUser, o.acceptCert,
                       o.plaintext,      o.sendTest,
                       o.transcript,     o.json,
                       own.oauth2,       own.browserCommand,
                       own.oauth2Wait,   o.oauth2TokenStdin});
    QString problem;
    EmailAddress address;
    DiagnosisRun::Options options;
    if (!parse(parser, arguments, &problem) ||
        !CommonOptions::readAddressArgument(parser, &address, &problem) ||
        !readOptions(parser, o, own, &options, &problem))
        return usageError(problem);
    options.address = address.text;
    options.vpnActive = NetworkEnvironment::vpnActive();
    m_approvedHosts = options.approvedHosts;

    const bool asJson = parser.isSet(o.json);
    QJsonObject oauth2;
    int code = 0;
    if (parser.isSet(own.oauth2) && !signInWithOAuth2(parser, own, &options, &oauth2, asJson, &code))
        return code;
    m_passwordGiven = options.credentials.hasSecret();
    DiagnosisRun run(options);
    const Diagnosis diagnosis = runDiagnosis(run, options, !asJson);
    return report(diagnosis, run, address.text, asJson, parser.isSet(o.transcript), oauth2);
}

bool DiagnoseCommand::signInWithOAuth2(const QCommandLineParser &parser, const Own &own,
                                       DiagnosisRun::Options *options, QJsonObject *summary, bool asJson,
                                       int *code)
{
    bool ok = false;
    const int waitS = parser.value(own.oauth2Wait).toInt(&ok);
    if (!ok || waitS < 1 || waitS > 3600) {
        *code = usageError(tr("--oauth2-wait takes 1 to 3600 seconds"));
        return false;
    }
    OAuth2Console console(err(), m_cli.deployment().oauth2, parser.value(own.browserCommand), waitS * 1000);
    const OAuth2Console::Result result = console.signIn(options);
    *summary = console.summary();
    options->oauth2SendScopeMissing = console.sendScopeMissing();
    if (result == OAuth2Console::Result::SignedIn || result == OAuth2Console::Result::NotConfigured)
        return true;
    if (asJson) {
        QJsonObject answer{{QStringLiteral("command"), name()}, {QStringLiteral("oauth2"), *summary}};
        out() << jsonAnswer(answer, ProblemsFound);
        out().flush();
    }
    *code = ProblemsFound;
    return false;
}

bool DiagnoseCommand::readOptions(const QCommandLineParser &parser, const CommonOptions &o, const Own &own,
                                  DiagnosisRun::Options *options, QString *error)
{
    if (!o.readTimeoutAndCaFiles(parser, &options->timeoutMs, &options->caFiles, error) ||
        !CommonOptions::checkDeploymentPolicy(parser, m_cli.deployment(), error) ||
        !o.readDetectionOptions(parser, m_cli.deployment(), &options->detection, error))
        return false;
    if (parser.isSet(own.current)) {
        options->current = MailSettings::parse(parser.value(own.current), error);
        if (!options->current)
            return false;
    }
    options->checkIncoming = !parser.isSet(own.noIncoming);
    if (parser.isSet(own.currentIncoming)) {
        options->currentIncoming = IncomingSettings::parse(parser.value(own.currentIncoming), error);
        if (!options->currentIncoming)
            return false;
    }
    if (parser.isSet(own.incomingUser)) {
        if (!options->currentIncoming) {
            *error = tr("--incoming-user needs --current-incoming (the incoming server it signs in to).");
            return false;
        }
        options->currentIncoming->settings.username = parser.value(own.incomingUser).trimmed();
    }
    if (parser.isSet(own.readSettings) && !readAccounts(parser.value(own.readSettings), options, error))
        return false;
    if (parser.isSet(own.program)) {
        options->program = MailClients::parseProgram(parser.value(own.program));
        if (!options->program) {
            *error = tr("--program takes outlook, thunderbird, apple-mail or other, not \"%1\"")
                         .arg(parser.value(own.program));
            return false;
        }
    }
    options->errorText = parser.value(own.errorText);
    options->from = parser.value(o.from).trimmed();
    options->to = parser.value(o.to).trimmed();
    if (!CommonOptions::checkEmailAddresses({options->from, options->to}, error))
        return false;
    for (const QString &value : parser.values(own.approveHost)) {
        const QString host = value.trimmed();
        if (host.isEmpty())
            *error = tr("--approve-host needs a server name");
        if (host.isEmpty() || !CommonOptions::checkHostName(host, error))
            return false;
        options->approvedHosts << host;
    }
    options->approveCertificateProblems = parser.isSet(o.acceptCert);
    options->allowPlaintextAuth = parser.isSet(o.plaintext);
    options->sendTestMessage = parser.isSet(o.sendTest);
    if (parser.isSet(own.oauth2) && (parser.isSet(o.passwordStdin) || parser.isSet(o.oauth2TokenStdin))) {
        *error = tr("--oauth2 signs in with the provider: give no --password-stdin or --oauth2-token-stdin");
        return false;
    }
    if (options->sendTestMessage && !parser.isSet(o.passwordStdin)) {
        *error = tr("--send-test needs a password (--password-stdin)");
        return false;
    }
    return o.readCredentials(parser, false, m_cli.passwordReader(), &options->credentials, error);
}

// --read-settings: the technician asks for it, which is the user's consent on the console.
bool DiagnoseCommand::readAccounts(const QString &programText, DiagnosisRun::Options *options, QString *error)
{
    const std::optional<MailClients::Program> program = MailClients::parseProgram(programText);
    if (!program || *program == MailClients::Program::Other) {
        *error = tr("--read-settings takes outlook, thunderbird or apple-mail, not \"%1\"").arg(programText);
        return false;
    }
    QString why;
    options->accounts = ProgramAccounts::read(*program, &why);
    options->program = *program; // --program, read after this, may still say otherwise
    if (options->accounts.isEmpty()) {
        *error = tr("--read-settings: %1").arg(why);
        return false;
    }
    return true;
}

Diagnosis DiagnoseCommand::runDiagnosis(DiagnosisRun &run, const DiagnosisRun::Options &options,
                                        bool asText) const
{
    if (asText) {
        out() << tr("Looking up the settings for %1 (timeout %2 s)...\n")
                     .arg(options.address)
                     .arg(options.timeoutMs / 1000.0)
              << Qt::flush;
        QObject::connect(&run, &DiagnosisRun::probesPlanned, [this](const QList<ProbeEndpoint> &endpoints) {
            if (!endpoints.isEmpty())
                out() << tr("Checking %1...\n").arg(endpointList(endpoints)) << Qt::flush;
        });
        QObject::connect(&run, &DiagnosisRun::incomingProbesPlanned,
                         [this](const QList<ProbeEndpoint> &endpoints) {
                             out() << tr("Checking the incoming server: %1...\n").arg(endpointList(endpoints))
                                   << Qt::flush;
                         });
        QObject::connect(&run, &DiagnosisRun::probesAdded, [this](const QList<ProbeEndpoint> &endpoints) {
            out() << tr("Checking the names the server's certificate gives: %1...\n")
                         .arg(endpointList(endpoints))
                  << Qt::flush;
        });
    }
    Diagnosis diagnosis;
    bool finished = false;
    QEventLoop loop;
    QObject::connect(&run, &DiagnosisRun::finished, &loop, [&](const Diagnosis &d) {
        diagnosis = d;
        finished = true;
        loop.quit();
    });
    run.start();
    if (!finished)
        loop.exec();
    return diagnosis;
}

// The console cannot ask: when the recommended host needed the user's approval and did not get it,
// say how to give it.
QString DiagnoseCommand::approvalHint(const Diagnosis &diagnosis, const DetectionResult &detection) const
{
    if (!diagnosis.recommended || diagnosis.recommended->verified || !m_passwordGiven)
        return {};
    const QString &host = diagnosis.recommended->settings.host;
    const bool needed =
        std::any_of(detection.candidates.cbegin(), detection.candidates.cend(), [&host](const Candidate &c) {
            return c.needsApproval && c.endpoint.host.compare(host, Qt::CaseInsensitive) == 0;
        });
    if (!needed || m_approvedHosts.contains(host, Qt::CaseInsensitive))
        return {};
    return QLatin1Char('\n') +
           tr("Your password was not sent to %1, because it is not part of %2. To check signing in there, "
              "run this again with --approve-host %1.\n")
               .arg(host, detection.address.domain);
}

int DiagnoseCommand::report(const Diagnosis &diagnosis, const DiagnosisRun &run, const QString &address,
                            bool asJson, bool withTranscript, const QJsonObject &oauth2)
{
    const bool verified = diagnosis.recommended && diagnosis.recommended->verified;
    const int code = !diagnosis.anythingReachable        ? NothingReachable
                     : verified && !diagnosis.hasCause() ? Ok
                                                         : ProblemsFound;
    const DeploymentConfig &config = m_cli.deployment();
    const QList<ProbeResult> probes = run.probeResults() + run.incomingProbeResults();
    QJsonObject report = DiagnosisReport::toJson(diagnosis, run.detection(), probes);
    if (config.branding.isCustom())
        report.insert(QStringLiteral("branding"), config.branding.toJson());
    if (!oauth2.isEmpty())
        report.insert(QStringLiteral("oauth2"), oauth2);
    const QByteArray json = jsonAnswer(report, code);
    if (asJson) {
        out() << json;
    } else {
        out() << '\n'
              << DiagnosisReport::toText(diagnosis, run.detection(), probes, withTranscript)
              << approvalHint(diagnosis, run.detection());
        if (!config.branding.supportLine().isEmpty())
            out() << '\n' << config.branding.supportLine() << '\n';
    }
    out().flush();
    if (config.autoSaveReports) { // the JSON answer, also when the console shows text
        QString path;
        QString problem;
        if (config.saveReport(address, json, QDateTime::currentDateTime(), &path, &problem))
            (asJson ? err() : out()) << tr("Report saved to %1\n").arg(QDir::toNativeSeparators(path));
        else
            err() << tr("mailfix-cli: the report was not saved: %1\n").arg(problem);
    }
    return code;
}
