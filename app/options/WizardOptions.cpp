#include "options/WizardOptions.h"

#include "options/CommonOptions.h"

#include <QCommandLineParser>

std::optional<WizardOptions> WizardOptions::parse(const QStringList &arguments,
                                                  const DeploymentConfig &config, QString *error)
{
    const CommonOptions o;
    const QCommandLineOption measureStartup(QStringLiteral("measure-startup"),
                                            tr("Print start-up time and memory, then quit"));
    QCommandLineParser parser;
    parser.addOptions({o.caFile, o.ispdbUrl, o.overrides, o.timeout, measureStartup});
    WizardOptions options;
    ProviderDetector::Options detection;
    if (!CommonOptions::parse(parser, arguments, error) ||
        !o.readTimeoutAndCaFiles(parser, &options.timeoutMs, &options.caFiles, error) ||
        !o.readDetectionOptions(parser, config, &detection, error) ||
        !CommonOptions::checkNoArguments(parser, error))
        return std::nullopt;
    if (parser.isSet(o.ispdbUrl)) {
        if (config.allowOnlineIspdb)
            options.ispdbBaseUrl = detection.ispdbBaseUrl;
        else // the wizard goes on without it (mailfix-cli refuses it)
            options.warnings << tr("mailfix: --ispdb-url is ignored (%1)")
                                    .arg(config.describe(QStringLiteral("providers/allowOnlineIspdb")));
    }
    if (parser.isSet(o.overrides))
        options.overridesDir = detection.overridesDir;
    options.measureStartup = parser.isSet(measureStartup);
    return options;
}
