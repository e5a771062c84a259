#include "cli/CliApp.h"

#include "Version.h"
#include "cli/commands/ApplyCommand.h"
#include "cli/commands/DetectCommand.h"
#include "cli/commands/DiagnoseCommand.h"
#include "cli/commands/ExplainCommand.h"
#include "cli/commands/ExportCommand.h"
#include "cli/commands/GuideCommand.h"
#include "cli/commands/ProbeCommand.h"
#include "cli/commands/SelfTestCommand.h"

#include <QGuiApplication>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

CliApp::CliApp(QTextStream &out, QTextStream &err) : m_context(out, err, &readPasswordFromStdin)
{
    m_commands.push_back(std::make_unique<ProbeCommand>(m_context));
    m_commands.push_back(std::make_unique<DetectCommand>(m_context));
    m_commands.push_back(std::make_unique<DiagnoseCommand>(m_context));
    m_commands.push_back(std::make_unique<ExplainCommand>(m_context));
    m_commands.push_back(std::make_unique<ApplyCommand>(m_context));
    m_commands.push_back(std::make_unique<GuideCommand>(m_context));
    m_commands.push_back(std::make_unique<ExportCommand>(m_context));
    m_commands.push_back(std::make_unique<SelfTestCommand>(m_context));
}

CliApp::~CliApp() = default;

QString CliApp::usage() const
{
    QString text = tr("Usage: mailfix-cli COMMAND [OPTIONS]\n"
                      "\n"
                      "Finds out why a mail program cannot send mail, and how to fix it.\n"
                      "\n"
                      "Commands:\n");
    for (const std::unique_ptr<Command> &command : m_commands)
        text += command->help();
    return text +
           tr("  help             Show this help\n"
              "  version          Show the version\n"
              "\n"
              "Options:\n"
              "  -h, --help       Show this help\n"
              "  --version        Show the version\n"
              "\n"
              "The password is read from standard input only (--password-stdin), never from an argument;\n"
              "nothing is ever asked when standard input is not a terminal.\n"
              "An administrator's deployment settings (mailfix.conf, see the README) may forbid "
              "--send-test,\n"
              "--allow-plaintext-auth, --accept-certificate and --ispdb-url, and set defaults.\n"
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

std::unique_ptr<QCoreApplication> CliApp::createApplication(int &argc, char **argv)
{
    if (argc < 2 ||
        (GuideCommand::kName != QLatin1String(argv[1]) && ExportCommand::kName != QLatin1String(argv[1])))
        return std::make_unique<QCoreApplication>(argc, argv);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // The guide (and export's settings card) is drawn into images and files, never into a window: no X or
    // Wayland display is needed, and a missing or stale DISPLAY (ssh) cannot stop it.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return std::make_unique<QGuiApplication>(argc, argv);
}

Command *CliApp::find(const QString &name) const
{
    for (const std::unique_ptr<Command> &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

int CliApp::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    QTextStream &out = m_context.out();
    QTextStream &err = m_context.err();
    if (args.isEmpty()) {
        err << usage();
        return Command::BadUsage;
    }
    const QString &name = args.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        out << usage();
        return Command::Ok;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("version")) {
        out << QLatin1String(MailFix::kProductName) << ' ' << QLatin1String(MailFix::kVersion) << '\n';
        return Command::Ok;
    }
    Command *command = find(name);
    if (!command) {
        err << tr("mailfix-cli: unknown command \"%1\". Run \"mailfix-cli --help\" to see the commands.\n")
                   .arg(name);
        return Command::BadUsage;
    }
    if (command->needsTls()) { // say at once, in one sentence, when a command cannot work
        m_context.setTls(TlsSupport::check());
        if (!m_context.tls().available) {
            err << m_context.tls().problem << '\n';
            return Command::ProblemsFound;
        }
    }
    return command->run(args);
}
