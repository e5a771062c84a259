#pragma once

#include "config/DeploymentConfig.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

class QCommandLineOption;
class QCommandLineParser;
struct Credentials;
struct TlsStatus;

// The console program's front end: reads the command line, runs one command, writes to the given
// streams and returns the exit code. Lives in the library so tests can drive it without a process.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    // Exit codes, documented in the README; scripts depend on them.
    enum ExitCode : int {
        Ok = 0,
        ProblemsFound = 1,
        BadUsage = 2,
        NothingReachable = 3,
    };

    // Reads the password for --password-stdin; returns false when there is none.
    using PasswordReader = std::function<bool(QString *password)>;

    CliApp(QTextStream &out, QTextStream &err);

    // arguments as in QCoreApplication::arguments(): the program name first.
    [[nodiscard]] int run(const QStringList &arguments);
    // Default: one line from standard input, echo off and a prompt on stderr when it is a terminal.
    void setPasswordReader(PasswordReader reader) { m_readPassword = std::move(reader); }
    // Default: DeploymentConfig::load(), once, on the first command that uses it.
    void setDeploymentConfig(DeploymentConfig config) { m_deployment = std::move(config); }

    [[nodiscard]] static QString usage();
    [[nodiscard]] static bool readPasswordFromStdin(QString *password);

private:
    int runSelfTest(const TlsStatus &tls);
    int runProbe(const QStringList &arguments);
    int runDetect(const QStringList &arguments);
    int runDiagnose(const QStringList &arguments);
    int runExplain(const QStringList &arguments);
    // Writes "mailfix-cli COMMAND: MESSAGE" and a pointer to --help to stderr; returns BadUsage.
    int usageError(const QString &command, const QString &message);
    // --user and --password-stdin; reads the password when asked to. userRequired: --password-stdin
    // needs --user (probe); otherwise the user name may come from detection later (diagnose).
    [[nodiscard]] bool readCredentials(const QCommandLineParser &parser, const QCommandLineOption &user,
                                       const QCommandLineOption &passwordStdin, bool userRequired,
                                       Credentials *credentials, QString *error);
    // The MSP's deployment settings; loads them (and prints their warnings) on first use.
    const DeploymentConfig &deployment();

    QTextStream &m_out;
    QTextStream &m_err;
    PasswordReader m_readPassword;
    std::optional<DeploymentConfig> m_deployment;
};
