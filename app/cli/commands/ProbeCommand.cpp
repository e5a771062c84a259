#include "cli/commands/ProbeCommand.h"

#include "report/ProbeReport.h"
#include "smtp/ProbeSession.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>

QString ProbeCommand::help() const
{
    return tr("  probe --server HOST [--protocol smtp|imap|pop3] [--ports 25,26,465,587]\n"
              "        [--user U] [--password-stdin | --oauth2-token-stdin] [--from ADDR] [--to ADDR]\n"
              "        [--ca-file PEM] [--timeout S] [--json] [--transcript] [--send-test]\n"
              "        [--allow-plaintext-auth] [--accept-certificate]\n"
              "                   Probe the ports of a mail server in parallel: connection,\n"
              "                   greeting, encryption, certificate, sign-in, and (SMTP, the default)\n"
              "                   whether a recipient is accepted without and with signing in. No mail\n"
              "                   is sent unless --send-test is given (then one message goes to --from).\n"
              "                   IMAP probes ports 143 and 993, POP3 110 and 995 by default.\n"
              "                   A port may name its security: 587:starttls, 465:tls, 25:none.\n");
}

QString ProbeCommand::defaultPorts(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Smtp:
        break;
    case Protocol::Imap:
        return QStringLiteral("143,993");
    case Protocol::Pop3:
        return QStringLiteral("110,995");
    }
    return QStringLiteral("25,26,465,587");
}

bool ProbeCommand::parseEndpoints(const QString &host, const QString &ports, Protocol protocol,
                                  QList<ProbeEndpoint> *endpoints, QString *error)
{
    for (const QString &item : ports.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(QLatin1Char(':'));
        bool ok = false;
        const uint port = parts.first().toUInt(&ok);
        if (!ok || port == 0 || port > 65535 || parts.size() > 2) {
            *error = tr("\"%1\" is not a port (1-65535, optionally :none, :starttls or :tls)").arg(item);
            return false;
        }
        SecurityMode security = ProbeEndpoint::defaultSecurityFor(quint16(port), protocol);
        if (parts.size() == 2 && !ProbeNames::parseSecurity(parts.at(1), &security)) {
            *error = tr("unknown security \"%1\" (use none, starttls or tls)").arg(parts.at(1));
            return false;
        }
        const ProbeEndpoint endpoint{host, quint16(port), security, protocol};
        if (!endpoints->contains(endpoint))
            endpoints->append(endpoint);
    }
    if (endpoints->isEmpty()) {
        *error = tr("--ports names no port");
        return false;
    }
    return true;
}

bool ProbeCommand::readProbeOptions(const QCommandLineParser &parser, ProbeOptions *options,
                                    QString *error) const
{
    const CommonOptions o;
    if (!o.readTimeoutAndCaFiles(parser, &options->timeoutMs, &options->caFiles, error) ||
        !o.readCredentials(parser, true, m_cli.passwordReader(), &options->credentials, error))
        return false;
    options->from = parser.value(o.from);
    if (options->from.isEmpty() && options->credentials.username.contains(QLatin1Char('@')))
        options->from = options->credentials.username;
    options->to = parser.isSet(o.to) ? parser.value(o.to) : QLatin1String(kDefaultRelayRecipient);
    if (!CommonOptions::checkEmailAddresses({options->from, options->to}, error))
        return false;
    options->sendTestMessage = parser.isSet(o.sendTest);
    if (options->sendTestMessage && (options->from.isEmpty() || (options->credentials.isEmpty() &&
                                                                 !options->credentials.hasOAuth2Token()))) {
        *error = tr("--send-test needs --from (or an email address as --user) and a password");
        return false;
    }
    options->allowPlaintextAuth = parser.isSet(o.plaintext);
    options->approvedDespiteCertificate = parser.isSet(o.acceptCert);
    return true;
}

int ProbeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const CommonOptions o;
    const QCommandLineOption server(QStringLiteral("server"), tr("Mail server"), tr("host"));
    const QCommandLineOption protocolOption(QStringLiteral("protocol"), tr("smtp (default), imap or pop3"),
                                            tr("protocol"), QStringLiteral("smtp"));
    const QCommandLineOption ports(QStringLiteral("ports"), tr("Ports"), tr("list"));
    parser.addOptions({server, protocolOption, ports, o.user, o.passwordStdin, o.oauth2TokenStdin, o.from,
                       o.to, o.caFile, o.timeout, o.json, o.transcript, o.sendTest, o.plaintext,
                       o.acceptCert});
    QString problem;
    if (!parse(parser, arguments, &problem) ||
        !CommonOptions::checkDeploymentPolicy(parser, m_cli.deployment(), &problem) ||
        !CommonOptions::checkNoArguments(parser, &problem))
        return usageError(problem);
    const QString host = parser.value(server).trimmed();
    if (host.isEmpty())
        return usageError(tr("--server is required"));
    Protocol protocol = Protocol::Smtp;
    if (!ProbeNames::parseProtocol(parser.value(protocolOption), &protocol))
        return usageError(
            tr("unknown protocol \"%1\" (use smtp, imap or pop3)").arg(parser.value(protocolOption)));
    if (protocol != Protocol::Smtp &&
        (parser.isSet(o.sendTest) || parser.isSet(o.from) || parser.isSet(o.to)))
        return usageError(tr("--send-test, --from and --to are for SMTP only"));
    const QString portList = parser.isSet(ports) ? parser.value(ports) : defaultPorts(protocol);
    QList<ProbeEndpoint> endpoints;
    ProbeOptions options;
    if (!CommonOptions::checkHostName(host, &problem) ||
        !parseEndpoints(host, portList, protocol, &endpoints, &problem) ||
        !readProbeOptions(parser, &options, &problem))
        return usageError(problem);
    if (protocol != Protocol::Smtp)
        options.from = options.to = QString(); // no relay test

    const bool asJson = parser.isSet(o.json);
    ProbeSession session(endpoints, options);
    runSession(session, host, endpoints, options, !asJson, parser.isSet(o.transcript));
    return report(session, host, options, asJson);
}

void ProbeCommand::runSession(ProbeSession &session, const QString &host,
                              const QList<ProbeEndpoint> &endpoints, const ProbeOptions &options, bool asText,
                              bool withTranscript) const
{
    if (asText) {
        QStringList labels;
        for (const ProbeEndpoint &endpoint : endpoints)
            labels << QString::number(endpoint.port);
        out() << tr("Probing %1 on ports %2 (timeout %3 s)...\n")
                     .arg(host, labels.join(QLatin1String(", ")))
                     .arg(options.timeoutMs / 1000.0)
              << Qt::flush;
        QObject::connect(&session, &ProbeSession::probeFinished,
                         [this, withTranscript](int, const ProbeResult &r) {
                             out() << '\n' << ProbeReport::toText(r, withTranscript) << Qt::flush;
                         });
    }
    QEventLoop loop;
    QObject::connect(&session, &ProbeSession::finished, &loop, &QEventLoop::quit);
    session.start();
    if (!session.isFinished())
        loop.exec();
}

int ProbeCommand::report(const ProbeSession &session, const QString &host, const ProbeOptions &options,
                         bool asJson) const
{
    const QList<ProbeResult> &results = session.results();
    const bool incoming =
        !session.endpoints().isEmpty() && session.endpoints().first().protocol != Protocol::Smtp;
    bool reached = false;
    bool verified = false;
    bool completed = false;
    for (const ProbeResult &result : results) {
        reached |= result.reachedServer();
        verified |= result.protocol() == Protocol::Smtp ? result.verifiedSending() : result.verifiedSignIn();
        completed |= result.outcome == ProbeResult::Outcome::Completed;
    }
    const int code = !reached ? NothingReachable
                     : options.credentials.isEmpty() && !options.credentials.hasOAuth2Token()
                         ? (completed ? Ok : ProblemsFound)
                     : verified ? Ok
                                : ProblemsFound;
    if (asJson) {
        QJsonArray probes;
        for (const ProbeResult &result : results)
            probes.append(ProbeReport::toJson(result));
        const QJsonObject root{
            {QStringLiteral("server"), host},
            {QStringLiteral("protocol"),
             ProbeNames::protocol(incoming ? session.endpoints().first().protocol : Protocol::Smtp)},
            {QStringLiteral("reached"), reached},
            {QStringLiteral("verified"), verified},
            {QStringLiteral("probes"), probes},
        };
        out() << jsonAnswer(root, code);
    } else {
        out() << '\n'
              << (verified && incoming ? tr("Signing in works on at least one port.\n")
                  : verified           ? tr("Signing in and sending works on at least one port.\n")
                  : !reached           ? tr("No port of %1 answered like a mail server.\n").arg(host)
                  : code == Ok
                      ? tr("The server answers; give --user and --password-stdin to test signing in.\n")
                  : incoming ? tr("The server answers, but signing in was not verified on any port.\n")
                             : tr("The server answers, but sending was not verified on any port.\n"));
    }
    out().flush();
    return code;
}
