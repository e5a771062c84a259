#include "cli/commands/DetectCommand.h"

#include "detect/EmailAddress.h"
#include "detect/ProviderDetector.h"
#include "report/DetectionReport.h"

#include <QCommandLineParser>
#include <QEventLoop>

QString DetectCommand::help() const
{
    return tr("  detect ADDRESS [--ispdb-url URL] [--overrides DIR] [--timeout S] [--ca-file PEM]\n"
              "        [--no-http] [--json]\n"
              "                   Find the outgoing server settings for an email address: MailFix's own\n"
              "                   provider data, the provider's autoconfig file, the online ISPDB, MX and\n"
              "                   SRV records, then guessing. Prints them ranked, with their sources.\n");
}

int DetectCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const CommonOptions o;
    parser.addOptions({o.ispdbUrl, o.overrides, o.timeout, o.caFile, o.noHttp, o.json});
    QString problem;
    EmailAddress address;
    ProviderDetector::Options options;
    if (!parse(parser, arguments, &problem) ||
        !CommonOptions::readAddressArgument(parser, &address, &problem) ||
        !o.readTimeoutAndCaFiles(parser, &options.timeoutMs, &options.caFiles, &problem) ||
        !CommonOptions::checkDeploymentPolicy(parser, m_cli.deployment(), &problem) ||
        !o.readDetectionOptions(parser, m_cli.deployment(), &options, &problem))
        return usageError(problem);

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
    if (parser.isSet(o.json))
        out() << jsonAnswer(DetectionReport::toJson(result), code);
    else
        out() << DetectionReport::toText(result);
    out().flush();
    return code;
}
