#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

class Command;

// The console program's front end: reads the command line, runs one command (one class each, in
// cli/commands/), writes to the given streams and returns the exit code. Lives in a library so tests
// can drive it without a process.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    using PasswordReader = CommonOptions::PasswordReader;

    CliApp(QTextStream &out, QTextStream &err);
    ~CliApp();
    CliApp(const CliApp &) = delete;
    CliApp &operator=(const CliApp &) = delete;

    // arguments as in QCoreApplication::arguments(): the program name first.
    [[nodiscard]] int run(const QStringList &arguments);
    // Default: one line from standard input, echo off and a prompt on stderr when it is a terminal.
    void setPasswordReader(PasswordReader reader) { m_context.setPasswordReader(std::move(reader)); }
    // Default: DeploymentConfig::load(), once, on the first command that uses it.
    void setDeploymentConfig(DeploymentConfig config) { m_context.setDeploymentConfig(std::move(config)); }

    [[nodiscard]] QString usage() const;
    [[nodiscard]] static bool readPasswordFromStdin(QString *password);
    // The application object for these arguments (main's): a QGuiApplication for the commands that draw
    // (guide, export; on Linux with Qt's offscreen platform unless QT_QPA_PLATFORM names one, so no display
    // is needed), else a QCoreApplication.
    [[nodiscard]] static std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

private:
    [[nodiscard]] Command *find(const QString &name) const;

    CliContext m_context;
    std::vector<std::unique_ptr<Command>> m_commands; // in the order of --help
};
