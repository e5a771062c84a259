#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

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

    CliApp(QTextStream &out, QTextStream &err);

    // arguments as in QCoreApplication::arguments(): the program name first.
    [[nodiscard]] int run(const QStringList &arguments);

    [[nodiscard]] static QString usage();

private:
    int runSelfTest(const TlsStatus &tls);

    QTextStream &m_out;
    QTextStream &m_err;
};
