#include "cli/CliApp.h"

#include "TlsSupport.h"
#include "Version.h"
#include "detect/ProviderDetector.h"
#include "report/DetectionReport.h"
#include "report/ProbeReport.h"
#include "smtp/ProbeSession.h"

#include <QCommandLineParser>
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
} // namespace

// Reads --timeout (seconds) into *ms; false with *error on a bad value.
bool CliApp::parseTimeout(const QString &text, int *ms, QString *error)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > kMaxTimeoutSeconds) {
        *error = tr("--timeout must be a number of seconds between 0 and %1").arg(kMaxTimeoutSeconds);
        return false;
    }
    *ms = int(seconds * 1000);
    return true;
}

// Checks each --ca-file: readable, and holding at least one PEM certificate.
bool CliApp::checkCaFiles(const QStringList &paths, QString *error)
{
    for (const QString &path : paths) {
        if (!QFileInfo(path).isReadable()) {
            *error = tr("cannot read the CA file \"%1\"").arg(path);
            return false;
        }
        if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty()) {
            *error = tr("\"%1\" holds no PEM certificate").arg(path);
            return false;
        }
    }
    return true;
}

CliApp::CliApp(QTextStream &out, QTextStream &err)
    : m_out(out), m_err(err), m_readPassword(&readPasswordFromStdin)
{}

QString CliApp::usage()
{
    return tr("Usage: mailfix-cli COMMAND [OPTIONS]\n"
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
              "  self-test        Check that this computer can make encrypted connections\n"
              "  help             Show this help\n"
              "  version          Show the version\n"
              "\n"
              "Options:\n"
              "  -h, --help       Show this help\n"
              "  --version        Show the version\n"
              "\n"
              "The password is read from standard input only (--password-stdin), never from an argument.\n"
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
    if (command != QLatin1String("self-test") && command != QLatin1String("probe") &&
        command != QLatin1String("detect")) {
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
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), tr("Outgoing mail server"), tr("host"));
    const QCommandLineOption ports(QStringLiteral("ports"), tr("Ports"), tr("list"),
                                   QStringLiteral("25,26,465,587"));
    const QCommandLineOption user(QStringLiteral("user"), tr("User name"), tr("name"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           tr("Read the password from stdin"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Sender address"), tr("address"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Recipient for the relay test"), tr("address"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), tr("Extra trusted CA"), tr("pem"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Timeout in seconds"), tr("seconds"),
                                     QStringLiteral("10"));
    const QCommandLineOption json(QStringLiteral("json"), tr("JSON output"));
    const QCommandLineOption transcript(QStringLiteral("transcript"), tr("Show the transcripts"));
    const QCommandLineOption sendTest(QStringLiteral("send-test"), tr("Send a test message to --from"));
    const QCommandLineOption plaintext(QStringLiteral("allow-plaintext-auth"),
                                       tr("Allow the password without encryption"));
    const QCommandLineOption acceptCert(QStringLiteral("accept-certificate"),
                                        tr("Send the password despite a certificate problem"));
    parser.addOptions({server, ports, user, passwordStdin, from, to, caFile, timeout, json, transcript,
                       sendTest, plaintext, acceptCert});
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    auto usageError = [this](const QString &message) {
        m_err << tr("mailfix-cli probe: %1\n").arg(message)
              << tr("Run \"mailfix-cli --help\" for the options.\n");
        return int(BadUsage);
    };
    if (!parser.parse(QStringList{QStringLiteral("mailfix-cli probe")} + arguments.mid(1)))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    const QString host = parser.value(server).trimmed();
    if (host.isEmpty())
        return usageError(tr("--server is required"));
    if (host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('/')) || host.contains(QLatin1Char('@')))
        return usageError(tr("\"%1\" is not a server name").arg(host));

    QList<ProbeEndpoint> endpoints;
    for (const QString &item : parser.value(ports).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(QLatin1Char(':'));
        bool ok = false;
        const uint port = parts.first().toUInt(&ok);
        if (!ok || port == 0 || port > 65535 || parts.size() > 2)
            return usageError(
                tr("\"%1\" is not a port (1-65535, optionally :none, :starttls or :tls)").arg(item));
        SecurityMode security = ProbeEndpoint::defaultSecurityFor(quint16(port));
        if (parts.size() == 2 && !ProbeNames::parseSecurity(parts.at(1), &security))
            return usageError(tr("unknown security \"%1\" (use none, starttls or tls)").arg(parts.at(1)));
        const ProbeEndpoint endpoint{host, quint16(port), security};
        if (!endpoints.contains(endpoint))
            endpoints.append(endpoint);
    }
    if (endpoints.isEmpty())
        return usageError(tr("--ports names no port"));

    ProbeOptions options;
    QString problem;
    if (!parseTimeout(parser.value(timeout), &options.timeoutMs, &problem) ||
        !checkCaFiles(parser.values(caFile), &problem))
        return usageError(problem);
    options.caFiles = parser.values(caFile);
    const double seconds = options.timeoutMs / 1000.0;

    if (parser.isSet(passwordStdin) && !parser.isSet(user))
        return usageError(tr("--password-stdin needs --user"));
    if (parser.isSet(user) && !parser.isSet(passwordStdin))
        return usageError(tr("--user needs --password-stdin (the password is never taken from an argument)"));
    if (parser.isSet(user)) {
        options.credentials.username = parser.value(user);
        if (!m_readPassword(&options.credentials.password))
            return usageError(tr("no password on standard input"));
    }
    options.from = parser.value(from);
    if (options.from.isEmpty() && options.credentials.username.contains(QLatin1Char('@')))
        options.from = options.credentials.username;
    options.to = parser.isSet(to) ? parser.value(to) : QLatin1String(kDefaultRelayRecipient);
    for (const QString &address : {options.from, options.to}) {
        if (!address.isEmpty() &&
            (!address.contains(QLatin1Char('@')) || address.contains(QLatin1Char('<')) ||
             address.contains(QLatin1Char('>')) || address.contains(QLatin1Char('\r')) ||
             address.contains(QLatin1Char('\n')) || address.contains(QLatin1Char(' '))))
            return usageError(tr("\"%1\" is not an email address").arg(address));
    }
    options.sendTestMessage = parser.isSet(sendTest);
    if (options.sendTestMessage && (options.from.isEmpty() || options.credentials.isEmpty()))
        return usageError(tr("--send-test needs --from (or an email address as --user) and a password"));
    options.allowPlaintextAuth = parser.isSet(plaintext);
    options.approvedDespiteCertificate = parser.isSet(acceptCert);

    const bool asJson = parser.isSet(json);
    const bool withTranscript = parser.isSet(transcript);
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
            {QStringLiteral("mailfixVersion"), QLatin1String(MailFix::kVersion)},
            {QStringLiteral("command"), QStringLiteral("probe")},
            {QStringLiteral("server"), host},
            {QStringLiteral("reached"), reached},
            {QStringLiteral("verified"), verified},
            {QStringLiteral("exitCode"), code},
            {QStringLiteral("probes"), probes},
        };
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
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
    QCommandLineParser parser;
    const QCommandLineOption ispdbUrl(QStringLiteral("ispdb-url"), tr("ISPDB base URL"), tr("url"));
    const QCommandLineOption overrides(QStringLiteral("overrides"), tr("Override folder"), tr("dir"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Timeout in seconds"), tr("seconds"),
                                     QStringLiteral("10"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), tr("Extra trusted CA"), tr("pem"));
    const QCommandLineOption noHttp(QStringLiteral("no-http"), tr("Do not try autoconfig over plain http"));
    const QCommandLineOption json(QStringLiteral("json"), tr("JSON output"));
    parser.addOptions({ispdbUrl, overrides, timeout, caFile, noHttp, json});
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    auto usageError = [this](const QString &message) {
        m_err << tr("mailfix-cli detect: %1\n").arg(message)
              << tr("Run \"mailfix-cli --help\" for the options.\n");
        return int(BadUsage);
    };
    if (!parser.parse(QStringList{QStringLiteral("mailfix-cli detect")} + arguments.mid(1)))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(parser.positionalArguments().isEmpty() ? tr("give one email address")
                                                                 : tr("give only one email address"));
    const EmailAddress address = EmailAddress::parse(parser.positionalArguments().first());
    if (!address.isValid())
        return usageError(address.problemText());

    ProviderDetector::Options options;
    QString problem;
    if (!parseTimeout(parser.value(timeout), &options.timeoutMs, &problem) ||
        !checkCaFiles(parser.values(caFile), &problem))
        return usageError(problem);
    options.caFiles = parser.values(caFile);
    if (parser.isSet(ispdbUrl)) {
        const QUrl url(parser.value(ispdbUrl));
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty())
            return usageError(tr("\"%1\" is not an http or https URL").arg(parser.value(ispdbUrl)));
        options.ispdbBaseUrl = url.toString();
        if (!options.ispdbBaseUrl.endsWith(QLatin1Char('/')))
            options.ispdbBaseUrl += QLatin1Char('/');
    }
    if (parser.isSet(overrides)) {
        if (!QFileInfo(parser.value(overrides)).isDir())
            return usageError(tr("\"%1\" is not a folder").arg(parser.value(overrides)));
        options.overridesDir = parser.value(overrides);
    }
    options.allowHttp = !parser.isSet(noHttp);

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
    if (parser.isSet(json)) {
        QJsonObject root = DetectionReport::toJson(result);
        root.insert(QStringLiteral("mailfixVersion"), QLatin1String(MailFix::kVersion));
        root.insert(QStringLiteral("command"), QStringLiteral("detect"));
        root.insert(QStringLiteral("exitCode"), code);
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        m_out << DetectionReport::toText(result);
    }
    m_out.flush();
    return code;
}
