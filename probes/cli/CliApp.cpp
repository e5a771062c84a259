#include "cli/CliApp.h"

#include "TlsSupport.h"
#include "Version.h"
#include "detect/ProviderDetector.h"
#include "diagnose/DiagnosisRun.h"
#include "diagnose/ErrorExplainer.h"
#include "diagnose/NetworkEnvironment.h"
#include "report/DetectionReport.h"
#include "report/DiagnosisReport.h"
#include "report/ProbeReport.h"
#include "smtp/ProbeSession.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace {
constexpr const char *kDefaultRelayRecipient = "relay-test@example.com"; // RFC 2606: never delivered
constexpr double kMaxTimeoutSeconds = 300;

// The options several commands take, defined once so that every command names, reads and checks
// them the same way.
struct SharedOptions
{
    QCommandLineOption user{QStringLiteral("user"), CliApp::tr("User name"), CliApp::tr("name")};
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin"),
                                     CliApp::tr("Read the password from stdin")};
    QCommandLineOption from{QStringLiteral("from"), CliApp::tr("Sender address"), CliApp::tr("address")};
    QCommandLineOption to{QStringLiteral("to"), CliApp::tr("Recipient for the relay test"),
                          CliApp::tr("address")};
    QCommandLineOption caFile{QStringLiteral("ca-file"), CliApp::tr("Extra trusted CA"), CliApp::tr("pem")};
    QCommandLineOption timeout{QStringLiteral("timeout"), CliApp::tr("Timeout in seconds"),
                               CliApp::tr("seconds"), QStringLiteral("10")};
    QCommandLineOption json{QStringLiteral("json"), CliApp::tr("JSON output")};
    QCommandLineOption transcript{QStringLiteral("transcript"), CliApp::tr("Show the transcripts")};
    QCommandLineOption sendTest{QStringLiteral("send-test"), CliApp::tr("Send a test message to --from")};
    QCommandLineOption plaintext{QStringLiteral("allow-plaintext-auth"),
                                 CliApp::tr("Allow the password without encryption")};
    QCommandLineOption acceptCert{QStringLiteral("accept-certificate"),
                                  CliApp::tr("Send the password despite a certificate problem")};
    QCommandLineOption ispdbUrl{QStringLiteral("ispdb-url"), CliApp::tr("ISPDB base URL"), CliApp::tr("url")};
    QCommandLineOption overrides{QStringLiteral("overrides"), CliApp::tr("Override folder"),
                                 CliApp::tr("dir")};
    QCommandLineOption noHttp{QStringLiteral("no-http"), CliApp::tr("Do not try autoconfig over plain http")};
};

// Parses a command's arguments (the command's name first); false when an option is unknown or lacks its
// value.
bool parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (parser.parse(QStringList{QStringLiteral("mailfix-cli ") + arguments.first()} + arguments.mid(1)))
        return true;
    *error = parser.errorText();
    return false;
}

// Reads --timeout (seconds) into *ms; false with *error on a bad value.
bool parseTimeout(const QString &text, int *ms, QString *error)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > kMaxTimeoutSeconds) {
        *error = CliApp::tr("--timeout must be a number of seconds between 0 and %1").arg(kMaxTimeoutSeconds);
        return false;
    }
    *ms = int(seconds * 1000);
    return true;
}

// Checks each --ca-file: readable, and holding at least one PEM certificate.
bool checkCaFiles(const QStringList &paths, QString *error)
{
    for (const QString &path : paths) {
        if (!QFileInfo(path).isReadable()) {
            *error = CliApp::tr("cannot read the CA file \"%1\"").arg(path);
            return false;
        }
        if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty()) {
            *error = CliApp::tr("\"%1\" holds no PEM certificate").arg(path);
            return false;
        }
    }
    return true;
}

// --timeout and --ca-file, as every command that uses the network takes them.
bool parseTimeoutAndCaFiles(const QCommandLineParser &parser, const SharedOptions &o, int *timeoutMs,
                            QStringList *caFiles, QString *error)
{
    if (!parseTimeout(parser.value(o.timeout), timeoutMs, error) ||
        !checkCaFiles(parser.values(o.caFile), error))
        return false;
    *caFiles = parser.values(o.caFile);
    return true;
}

// The options the deployment settings may forbid: giving a forbidden one is a usage error.
bool checkDeploymentPolicy(const QCommandLineParser &parser, const DeploymentConfig &config, QString *error)
{
    const struct
    {
        const char *option;
        bool allowed;
        const char *key;
    } rules[] = {
        {"send-test", config.allowSendTest, "checks/allowSendTest"},
        {"allow-plaintext-auth", config.allowPlaintextAuth, "checks/allowPlaintextAuth"},
        {"accept-certificate", config.allowCertificateOverride, "checks/allowCertificateOverride"},
        {"ispdb-url", config.allowOnlineIspdb, "providers/allowOnlineIspdb"},
    };
    const QStringList given = parser.optionNames();
    for (const auto &rule : rules) {
        if (!rule.allowed && given.contains(QLatin1String(rule.option))) {
            *error =
                CliApp::tr("--%1 is not allowed on this computer: its deployment settings forbid it (%2)")
                    .arg(QLatin1String(rule.option), config.describe(QLatin1String(rule.key)));
            return false;
        }
    }
    return true;
}

// --ispdb-url, --overrides and --no-http, for the commands that detect the provider; the deployment
// settings give the default override folder and may turn the online ISPDB off.
bool parseDetectionOptions(const QCommandLineParser &parser, const SharedOptions &o,
                           const DeploymentConfig &config, ProviderDetector::Options *options, QString *error)
{
    if (!checkDeploymentPolicy(parser, config, error))
        return false;
    options->overridesDir = config.overridesDir;
    if (!config.allowOnlineIspdb)
        options->ispdbBaseUrl.clear();
    if (parser.isSet(o.ispdbUrl)) {
        const QUrl url(parser.value(o.ispdbUrl));
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty()) {
            *error = CliApp::tr("\"%1\" is not an http or https URL").arg(parser.value(o.ispdbUrl));
            return false;
        }
        options->ispdbBaseUrl = url.toString();
        if (!options->ispdbBaseUrl.endsWith(QLatin1Char('/')))
            options->ispdbBaseUrl += QLatin1Char('/');
    }
    if (parser.isSet(o.overrides)) {
        if (!QFileInfo(parser.value(o.overrides)).isDir()) {
            *error = CliApp::tr("\"%1\" is not a folder").arg(parser.value(o.overrides));
            return false;
        }
        options->overridesDir = parser.value(o.overrides);
    }
    options->allowHttp = !parser.isSet(o.noHttp);
    return true;
}

// The one email address a command takes as its argument.
bool parseAddressArgument(const QCommandLineParser &parser, EmailAddress *address, QString *error)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *error = positional.isEmpty() ? CliApp::tr("give one email address")
                                      : CliApp::tr("give only one email address");
        return false;
    }
    *address = EmailAddress::parse(positional.first());
    if (!address->isValid()) {
        *error = address->problemText();
        return false;
    }
    return true;
}

// A host name as --server and --approve-host take it (the resolver judges the rest).
bool checkHostName(const QString &host, QString *error)
{
    if (host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('/')) ||
        host.contains(QLatin1Char('@'))) {
        *error = CliApp::tr("\"%1\" is not a server name").arg(host);
        return false;
    }
    return true;
}

// --from and --to: empty (not given), or something that cannot smuggle a command into the dialogue.
bool checkEmailAddresses(const QStringList &addresses, QString *error)
{
    for (const QString &address : addresses) {
        if (!address.isEmpty() &&
            (!address.contains(QLatin1Char('@')) || address.contains(QLatin1Char('<')) ||
             address.contains(QLatin1Char('>')) || address.contains(QLatin1Char('\r')) ||
             address.contains(QLatin1Char('\n')) || address.contains(QLatin1Char(' ')))) {
            *error = CliApp::tr("\"%1\" is not an email address").arg(address);
            return false;
        }
    }
    return true;
}

// A command's JSON answer: its own fields plus the ones every command's answer has.
QByteArray jsonAnswer(QJsonObject root, const QString &command, int exitCode)
{
    root.insert(QStringLiteral("mailfixVersion"), QLatin1String(MailFix::kVersion));
    root.insert(QStringLiteral("command"), command);
    root.insert(QStringLiteral("exitCode"), exitCode);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString endpointList(const QList<ProbeEndpoint> &endpoints)
{
    QStringList labels;
    for (const ProbeEndpoint &endpoint : endpoints)
        labels << ProbeReport::endpointLabel(endpoint);
    return labels.join(QLatin1String(", "));
}
} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err)
    : m_out(out), m_err(err), m_readPassword(&readPasswordFromStdin)
{}

int CliApp::usageError(const QString &command, const QString &message)
{
    m_err << tr("mailfix-cli %1: %2\n").arg(command, message)
          << tr("Run \"mailfix-cli --help\" for the options.\n");
    return BadUsage;
}

const DeploymentConfig &CliApp::deployment()
{
    if (!m_deployment) {
        m_deployment = DeploymentConfig::load();
        for (const QString &warning : std::as_const(m_deployment->warnings))
            m_err << tr("mailfix-cli: deployment settings: %1\n").arg(warning);
    }
    return *m_deployment;
}

bool CliApp::readCredentials(const QCommandLineParser &parser, const QCommandLineOption &user,
                             const QCommandLineOption &passwordStdin, bool userRequired,
                             Credentials *credentials, QString *error)
{
    if (userRequired && parser.isSet(passwordStdin) && !parser.isSet(user)) {
        *error = tr("--password-stdin needs --user");
        return false;
    }
    if (parser.isSet(user) && !parser.isSet(passwordStdin)) {
        *error = tr("--user needs --password-stdin (the password is never taken from an argument)");
        return false;
    }
    if (parser.isSet(user) && parser.value(user).trimmed().isEmpty()) {
        *error = tr("--user is empty");
        return false;
    }
    credentials->username = parser.value(user).trimmed();
    if (parser.isSet(passwordStdin) && !m_readPassword(&credentials->password)) {
        *error = tr("no password on standard input");
        return false;
    }
    return true;
}

QString CliApp::usage()
{
    return tr(
        "Usage: mailfix-cli COMMAND [OPTIONS]\n"
        "\n"
        "Finds out why a mail program cannot send mail, and how to fix it.\n"
        "\n"
        "Commands:\n"
        "  probe --server HOST [--ports 25,26,465,587] [--user U] [--password-stdin]\n"
        "        [--from ADDR] [--to ADDR] [--ca-file PEM] [--timeout S] [--json]\n"
        "        [--transcript] [--send-test] [--allow-plaintext-auth] [--accept-certificate]\n"
        "                   Probe the ports of an outgoing mail server in parallel: connection,\n"
        "                   greeting, encryption, certificate, sign-in, and whether a recipient\n"
        "                   is accepted without and with signing in. No mail is sent unless\n"
        "                   --send-test is given (then one message goes to --from).\n"
        "                   A port may name its security: 587:starttls, 465:tls, 25:none.\n"
        "  detect ADDRESS [--ispdb-url URL] [--overrides DIR] [--timeout S] [--ca-file PEM]\n"
        "        [--no-http] [--json]\n"
        "                   Find the outgoing server settings for an email address: MailFix's own\n"
        "                   provider data, the provider's autoconfig file, the online ISPDB, MX and\n"
        "                   SRV records, then guessing. Prints them ranked, with their sources.\n"
        "  diagnose ADDRESS [--user U] [--password-stdin] [--current HOST:PORT:SECURITY:AUTH]\n"
        "        [--error TEXT] [--from ADDR] [--to ADDR] [--ca-file PEM] [--timeout S]\n"
        "        [--ispdb-url URL] [--overrides DIR] [--no-http] [--approve-host HOST]...\n"
        "        [--accept-certificate] [--allow-plaintext-auth] [--send-test] [--transcript] [--json]\n"
        "                   Find out why mail from ADDRESS cannot be sent, and how to fix it: finds\n"
        "                   the provider's settings, checks them and the ones the mail program uses\n"
        "                   now (--current, e.g. smtp.example.com:587:starttls:normal-password)\n"
        "                   against the server, reads the error it showed (--error), and says\n"
        "                   what is wrong and which settings work. The user name defaults to the\n"
        "                   provider's (usually the address).\n"
        "  explain TEXT [--json]\n"
        "                   Say what an error message from a mail program means (no network use).\n"
        "  self-test        Check that this computer can make encrypted connections\n"
        "  help             Show this help\n"
        "  version          Show the version\n"
        "\n"
        "Options:\n"
        "  -h, --help       Show this help\n"
        "  --version        Show the version\n"
        "\n"
        "The password is read from standard input only (--password-stdin), never from an argument;\n"
        "nothing is ever asked when standard input is not a terminal.\n"
        "An administrator's deployment settings (mailfix.conf, see the README) may forbid --send-test,\n"
        "--allow-plaintext-auth, --accept-certificate and --ispdb-url, and set defaults.\n"
        "Exit codes: 0 working, 1 problems found, 2 bad usage or input, 3 nothing reachable.\n");
}

bool CliApp::readPasswordFromStdin(QString *password)
{
#ifdef Q_OS_UNIX
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        std::fputs(qPrintable(tr("Password: ")), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
#endif
    std::string line;
    const bool ok = bool(std::getline(std::cin, line));
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
#endif
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    *password = QString::fromStdString(line);
    return ok && !password->isEmpty();
}

int CliApp::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        m_err << usage();
        return BadUsage;
    }
    const QString &command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        m_out << usage();
        return Ok;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        m_out << QLatin1String(MailFix::kProductName) << ' ' << QLatin1String(MailFix::kVersion) << '\n';
        return Ok;
    }
    if (command == QLatin1String("explain")) // reads text only: needs no network and no TLS
        return runExplain(args);
    if (command != QLatin1String("self-test") && command != QLatin1String("probe") &&
        command != QLatin1String("detect") && command != QLatin1String("diagnose")) {
        m_err << tr("mailfix-cli: unknown command \"%1\". Run \"mailfix-cli --help\" to see the commands.\n")
                     .arg(command);
        return BadUsage;
    }
    // Every real command needs TLS: say at once, in one sentence, when it cannot work.
    const TlsStatus tls = TlsSupport::check();
    if (!tls.available) {
        m_err << tls.problem << '\n';
        return ProblemsFound;
    }
    if (command == QLatin1String("self-test"))
        return runSelfTest(tls);
    if (command == QLatin1String("detect"))
        return runDetect(args);
    if (command == QLatin1String("diagnose"))
        return runDiagnose(args);
    return runProbe(args);
}

int CliApp::runSelfTest(const TlsStatus &tls)
{
    m_out << tr("Encrypted connections: available (%1, Qt backend \"%2\")\n")
                 .arg(tls.libraryVersion, tls.backend);
    return Ok;
}

int CliApp::runProbe(const QStringList &arguments)
{
    const QString command = QStringLiteral("probe");
    QCommandLineParser parser;
    const SharedOptions o;
    const QCommandLineOption server(QStringLiteral("server"), tr("Outgoing mail server"), tr("host"));
    const QCommandLineOption ports(QStringLiteral("ports"), tr("Ports"), tr("list"),
                                   QStringLiteral("25,26,465,587"));
    parser.addOptions({server, ports, o.user, o.passwordStdin, o.from, o.to, o.caFile, o.timeout, o.json,
                       o.transcript, o.sendTest, o.plaintext, o.acceptCert});
    QString problem;
    if (!parseCommandLine(parser, arguments, &problem) ||
        !checkDeploymentPolicy(parser, deployment(), &problem))
        return usageError(command, problem);
    if (!parser.positionalArguments().isEmpty())
        return usageError(command,
                          tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    const QString host = parser.value(server).trimmed();
    if (host.isEmpty())
        return usageError(command, tr("--server is required"));
    if (!checkHostName(host, &problem))
        return usageError(command, problem);

    QList<ProbeEndpoint> endpoints;
    for (const QString &item : parser.value(ports).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(QLatin1Char(':'));
        bool ok = false;
        const uint port = parts.first().toUInt(&ok);
        if (!ok || port == 0 || port > 65535 || parts.size() > 2)
            return usageError(
                command, tr("\"%1\" is not a port (1-65535, optionally :none, :starttls or :tls)").arg(item));
        SecurityMode security = ProbeEndpoint::defaultSecurityFor(quint16(port));
        if (parts.size() == 2 && !ProbeNames::parseSecurity(parts.at(1), &security))
            return usageError(command,
                              tr("unknown security \"%1\" (use none, starttls or tls)").arg(parts.at(1)));
        const ProbeEndpoint endpoint{host, quint16(port), security};
        if (!endpoints.contains(endpoint))
            endpoints.append(endpoint);
    }
    if (endpoints.isEmpty())
        return usageError(command, tr("--ports names no port"));

    ProbeOptions options;
    if (!parseTimeoutAndCaFiles(parser, o, &options.timeoutMs, &options.caFiles, &problem) ||
        !readCredentials(parser, o.user, o.passwordStdin, true, &options.credentials, &problem))
        return usageError(command, problem);
    const double seconds = options.timeoutMs / 1000.0;
    options.from = parser.value(o.from);
    if (options.from.isEmpty() && options.credentials.username.contains(QLatin1Char('@')))
        options.from = options.credentials.username;
    options.to = parser.isSet(o.to) ? parser.value(o.to) : QLatin1String(kDefaultRelayRecipient);
    if (!checkEmailAddresses({options.from, options.to}, &problem))
        return usageError(command, problem);
    options.sendTestMessage = parser.isSet(o.sendTest);
    if (options.sendTestMessage && (options.from.isEmpty() || options.credentials.isEmpty()))
        return usageError(command,
                          tr("--send-test needs --from (or an email address as --user) and a password"));
    options.allowPlaintextAuth = parser.isSet(o.plaintext);
    options.approvedDespiteCertificate = parser.isSet(o.acceptCert);

    const bool asJson = parser.isSet(o.json);
    const bool withTranscript = parser.isSet(o.transcript);
    ProbeSession session(endpoints, options);
    if (!asJson) {
        QStringList labels;
        for (const ProbeEndpoint &endpoint : std::as_const(endpoints))
            labels << QString::number(endpoint.port);
        m_out << tr("Probing %1 on ports %2 (timeout %3 s)...\n")
                     .arg(host, labels.join(QLatin1String(", ")))
                     .arg(seconds)
              << Qt::flush;
        QObject::connect(&session, &ProbeSession::probeFinished,
                         [this, withTranscript](int, const ProbeResult &r) {
                             m_out << '\n' << ProbeReport::toText(r, withTranscript) << Qt::flush;
                         });
    }
    QEventLoop loop;
    QObject::connect(&session, &ProbeSession::finished, &loop, &QEventLoop::quit);
    session.start();
    if (!session.isFinished())
        loop.exec();

    const QList<ProbeResult> &results = session.results();
    bool reached = false;
    bool verified = false;
    bool completed = false;
    for (const ProbeResult &result : results) {
        reached |= result.reachedServer();
        verified |= result.verifiedSending();
        completed |= result.outcome == ProbeResult::Outcome::Completed;
    }
    const int code = !reached                        ? NothingReachable
                     : options.credentials.isEmpty() ? (completed ? Ok : ProblemsFound)
                     : verified                      ? Ok
                                                     : ProblemsFound;
    if (asJson) {
        QJsonArray probes;
        for (const ProbeResult &result : results)
            probes.append(ProbeReport::toJson(result));
        const QJsonObject root{
            {QStringLiteral("server"), host},
            {QStringLiteral("reached"), reached},
            {QStringLiteral("verified"), verified},
            {QStringLiteral("probes"), probes},
        };
        m_out << jsonAnswer(root, command, code);
    } else {
        m_out << '\n'
              << (verified   ? tr("Signing in and sending works on at least one port.\n")
                  : !reached ? tr("No port of %1 answered like a mail server.\n").arg(host)
                  : code == Ok
                      ? tr("The server answers; give --user and --password-stdin to test signing in.\n")
                      : tr("The server answers, but sending was not verified on any port.\n"));
    }
    m_out.flush();
    return code;
}

int CliApp::runDetect(const QStringList &arguments)
{
    const QString command = QStringLiteral("detect");
    QCommandLineParser parser;
    const SharedOptions o;
    parser.addOptions({o.ispdbUrl, o.overrides, o.timeout, o.caFile, o.noHttp, o.json});
    QString problem;
    EmailAddress address;
    ProviderDetector::Options options;
    if (!parseCommandLine(parser, arguments, &problem) || !parseAddressArgument(parser, &address, &problem) ||
        !parseTimeoutAndCaFiles(parser, o, &options.timeoutMs, &options.caFiles, &problem) ||
        !parseDetectionOptions(parser, o, deployment(), &options, &problem))
        return usageError(command, problem);

    ProviderDetector detector(options);
    QEventLoop loop;
    DetectionResult result;
    QObject::connect(&detector, &ProviderDetector::finished, &loop, [&](const DetectionResult &r) {
        result = r;
        loop.quit();
    });
    detector.start(address.text);
    loop.exec();

    const int code = result.candidates.isEmpty() ? NothingReachable : Ok;
    if (parser.isSet(o.json)) {
        m_out << jsonAnswer(DetectionReport::toJson(result), command, code);
    } else {
        m_out << DetectionReport::toText(result);
    }
    m_out.flush();
    return code;
}

int CliApp::runDiagnose(const QStringList &arguments)
{
    const QString command = QStringLiteral("diagnose");
    QCommandLineParser parser;
    const SharedOptions o;
    const QCommandLineOption current(QStringLiteral("current"), tr("The settings the mail program uses now"),
                                     tr("host:port:security:auth"));
    const QCommandLineOption errorText(QStringLiteral("error"), tr("The error the mail program showed"),
                                       tr("text"));
    const QCommandLineOption approveHost(QStringLiteral("approve-host"),
                                         tr("Allow the password to go to this host"), tr("host"));
    parser.addOptions({o.user, o.passwordStdin, current, errorText, o.from, o.to, o.caFile, o.timeout,
                       o.ispdbUrl, o.overrides, o.noHttp, approveHost, o.acceptCert, o.plaintext, o.sendTest,
                       o.transcript, o.json});
    QString problem;
    EmailAddress address;
    DiagnosisRun::Options options;
    if (!parseCommandLine(parser, arguments, &problem) || !parseAddressArgument(parser, &address, &problem) ||
        !parseTimeoutAndCaFiles(parser, o, &options.timeoutMs, &options.caFiles, &problem) ||
        !parseDetectionOptions(parser, o, deployment(), &options.detection, &problem))
        return usageError(command, problem);
    options.address = address.text;
    if (parser.isSet(current)) {
        options.current = MailSettings::parse(parser.value(current), &problem);
        if (!options.current)
            return usageError(command, problem);
    }
    options.errorText = parser.value(errorText);
    options.from = parser.value(o.from).trimmed();
    options.to = parser.value(o.to).trimmed();
    if (!checkEmailAddresses({options.from, options.to}, &problem))
        return usageError(command, problem);
    for (const QString &value : parser.values(approveHost)) {
        const QString host = value.trimmed();
        if (host.isEmpty() || !checkHostName(host, &problem))
            return usageError(command, host.isEmpty() ? tr("--approve-host needs a server name") : problem);
        options.approvedHosts << host;
    }
    options.approveCertificateProblems = parser.isSet(o.acceptCert);
    options.allowPlaintextAuth = parser.isSet(o.plaintext);
    options.sendTestMessage = parser.isSet(o.sendTest);
    if (options.sendTestMessage && !parser.isSet(o.passwordStdin))
        return usageError(command, tr("--send-test needs a password (--password-stdin)"));
    // Last, so that a mistake above does not cost the user their typed password.
    if (!readCredentials(parser, o.user, o.passwordStdin, false, &options.credentials, &problem))
        return usageError(command, problem);
    options.vpnActive = NetworkEnvironment::vpnActive();

    const bool asJson = parser.isSet(o.json);
    DiagnosisRun run(options);
    if (!asJson) {
        m_out << tr("Looking up the settings for %1 (timeout %2 s)...\n")
                     .arg(address.text)
                     .arg(options.timeoutMs / 1000.0)
              << Qt::flush;
        QObject::connect(&run, &DiagnosisRun::probesPlanned, [this](const QList<ProbeEndpoint> &endpoints) {
            if (!endpoints.isEmpty())
                m_out << tr("Checking %1...\n").arg(endpointList(endpoints)) << Qt::flush;
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

    const bool verified = diagnosis.recommended && diagnosis.recommended->verified;
    const int code = !diagnosis.anythingReachable        ? NothingReachable
                     : verified && !diagnosis.hasCause() ? Ok
                                                         : ProblemsFound;
    const DeploymentConfig &config = deployment();
    QJsonObject report = DiagnosisReport::toJson(diagnosis, run.detection(), run.probeResults());
    if (config.branding.isCustom())
        report.insert(QStringLiteral("branding"), config.branding.toJson());
    const QByteArray json = jsonAnswer(report, command, code);
    if (asJson) {
        m_out << json;
    } else {
        m_out << '\n'
              << DiagnosisReport::toText(diagnosis, run.detection(), run.probeResults(),
                                         parser.isSet(o.transcript));
        if (!config.branding.supportLine().isEmpty())
            m_out << '\n' << config.branding.supportLine() << '\n';
    }
    m_out.flush();
    if (config.autoSaveReports) { // the JSON answer, also when the console shows text
        QString path;
        if (config.saveReport(address.text, json, QDateTime::currentDateTime(), &path, &problem))
            (asJson ? m_err : m_out) << tr("Report saved to %1\n").arg(QDir::toNativeSeparators(path));
        else
            m_err << tr("mailfix-cli: the report was not saved: %1\n").arg(problem);
    }
    return code;
}

int CliApp::runExplain(const QStringList &arguments)
{
    const QString command = QStringLiteral("explain");
    QCommandLineParser parser;
    const SharedOptions o;
    parser.addOptions({o.json});
    QString problem;
    if (!parseCommandLine(parser, arguments, &problem))
        return usageError(command, problem);
    // The words of an unquoted message arrive as separate arguments: put them back together.
    const QString text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return usageError(command, tr("give the error message your mail program showed, in quotes"));

    const ErrorExplainer::Explanation e = ErrorExplainer::explain(text);
    const int code = e.recognized ? Ok : ProblemsFound;
    if (parser.isSet(o.json)) {
        const QJsonObject root{
            {QStringLiteral("recognized"), e.recognized},
            {QStringLiteral("replyCode"), e.replyCode > 0 ? QJsonValue(e.replyCode) : QJsonValue()},
            {QStringLiteral("enhancedCode"), e.enhancedCode},
            {QStringLiteral("serverText"), e.serverText},
            {QStringLiteral("server"), ErrorExplainer::serverName(e.server)},
            {QStringLiteral("client"), ErrorExplainer::clientName(e.client)},
            {QStringLiteral("findingIds"), QJsonArray::fromStringList(e.findingIds)},
            {QStringLiteral("summary"), e.summary},
        };
        m_out << jsonAnswer(root, command, code);
    } else {
        m_out << (e.recognized
                      ? e.summary
                      : tr("MailFix does not recognise this message; run diagnose to find out more."))
              << '\n';
        const auto row = [this](const QString &label, const QString &value) {
            if (!value.isEmpty())
                m_out << QStringLiteral("  %1 %2\n").arg(label, -16).arg(value);
        };
        row(tr("Reply code:"), e.replyCode > 0 ? QString::number(e.replyCode) : QString());
        row(tr("Enhanced code:"), e.enhancedCode);
        row(tr("Server's words:"), e.serverText);
        row(tr("Mail server:"),
            e.server == ErrorExplainer::Server::Unknown ? QString() : ErrorExplainer::serverName(e.server));
        row(tr("Mail program:"),
            e.client == ErrorExplainer::Client::Unknown ? QString() : ErrorExplainer::clientName(e.client));
        row(tr("Findings:"), e.findingIds.join(QLatin1String(", ")));
    }
    m_out.flush();
    return code;
}
