#pragma once

#include "cli/CliContext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class QCommandLineParser;

// One command of mailfix-cli (probe, detect, ...): its name, its lines in --help, and how it runs.
// CliApp picks the command by its name and hands it the arguments.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    // Exit codes, documented in the README; scripts depend on them.
    enum ExitCode : int {
        Ok = 0,
        ProblemsFound = 1,
        BadUsage = 2,
        NothingReachable = 3,
    };

    explicit Command(CliContext &cli) : m_cli(cli) {}
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    [[nodiscard]] virtual QString name() const = 0;
    // Its entry in the list of commands of --help, lines ending in '\n'.
    [[nodiscard]] virtual QString help() const = 0;
    // False for the commands that never connect anywhere: they run even when TLS does not work.
    [[nodiscard]] virtual bool needsTls() const { return true; }
    // arguments: the command's name first, then its own. Returns an ExitCode.
    [[nodiscard]] virtual int run(const QStringList &arguments) = 0;

protected:
    // Parses the arguments with the parser's options; false with *error on an unknown option or a
    // missing value.
    [[nodiscard]] bool parse(QCommandLineParser &parser, const QStringList &arguments, QString *error) const;
    // Writes "mailfix-cli COMMAND: MESSAGE" and a pointer to --help to stderr; returns BadUsage.
    int usageError(const QString &message) const;
    // The command's JSON answer: its own fields plus the ones every command's answer has.
    [[nodiscard]] QByteArray jsonAnswer(QJsonObject root, int exitCode) const;

    [[nodiscard]] QTextStream &out() const { return m_cli.out(); }
    [[nodiscard]] QTextStream &err() const { return m_cli.err(); }

    CliContext &m_cli;
};
