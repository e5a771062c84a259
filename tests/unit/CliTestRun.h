#pragma once

#include "cli/CliApp.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

// Runs CliApp in the test's process, as `mailfix-cli ARGS` would run, and keeps what it wrote.
struct CliTestRun
{
    int code = -1;
    QString out;
    QString err;

    // password: what --password-stdin reads (empty: nothing on standard input). config: the deployment
    // settings (none: DeploymentConfig::load()).
    [[nodiscard]] static CliTestRun run(const QStringList &args, const QString &password = {},
                                        const std::optional<DeploymentConfig> &config = std::nullopt)
    {
        CliTestRun result;
        QTextStream outStream(&result.out);
        QTextStream errStream(&result.err);
        CliApp cli(outStream, errStream);
        if (config)
            cli.setDeploymentConfig(*config);
        cli.setPasswordReader([password](QString *p) {
            *p = password;
            return !password.isEmpty();
        });
        result.code = cli.run(QStringList{QStringLiteral("mailfix-cli")} + args);
        outStream.flush();
        errStream.flush();
        return result;
    }
};
