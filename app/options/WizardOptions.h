#pragma once

#include "config/DeploymentConfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The wizard's command line (mailfix [--ca-file PEM] [--ispdb-url URL] [--overrides DIR] [--timeout S]),
// read and checked by CommonOptions, so a bad value gets the same message as in mailfix-cli.
class WizardOptions
{
    Q_DECLARE_TR_FUNCTIONS(WizardOptions)

public:
    QStringList caFiles;
    QString ispdbBaseUrl; // empty: the detector's default
    QString overridesDir; // empty: the deployment settings' folder
    int timeoutMs = 10000;
    bool measureStartup = false; // --measure-startup: print start-up time and memory, then quit
    QStringList warnings;        // options that are ignored, one sentence each ("mailfix: ...")

    // arguments as QCoreApplication::arguments(). Nullopt with *error ("--timeout must be ...") when an
    // option is unknown or its value cannot be used.
    [[nodiscard]] static std::optional<WizardOptions> parse(const QStringList &arguments,
                                                            const DeploymentConfig &config, QString *error);
};
