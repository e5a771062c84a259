#include "cli/CliApp.h"

#include "TlsSupport.h"
#include "Version.h"

CliApp::CliApp(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

QString CliApp::usage()
{
    return tr("Usage: mailfix-cli COMMAND [OPTIONS]\n"
              "\n"
              "Finds out why a mail program cannot send mail, and how to fix it.\n"
              "\n"
              "Commands:\n"
              "  self-test        Check that this computer can make encrypted connections\n"
              "  help             Show this help\n"
              "  version          Show the version\n"
              "\n"
              "Options:\n"
              "  -h, --help       Show this help\n"
              "  --version        Show the version\n"
              "\n"
              "Exit codes: 0 working, 1 problems found, 2 bad usage or input, 3 nothing reachable.\n");
}

int CliApp::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        m_err << usage();
        return BadUsage;
    }
    const QString &command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        m_out << usage();
        return Ok;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        m_out << QLatin1String(MailFix::kProductName) << ' ' << QLatin1String(MailFix::kVersion) << '\n';
        return Ok;
    }
    // Every real command needs TLS: say at once, in one sentence, when it cannot work.
    const TlsStatus tls = TlsSupport::check();
    if (!tls.available) {
        m_err << tls.problem << '\n';
        return ProblemsFound;
    }
    if (command == QLatin1String("self-test"))
        return runSelfTest(tls);

    m_err << tr("mailfix-cli: unknown command \"%1\". Run \"mailfix-cli --help\" to see the commands.\n")
                 .arg(command);
    return BadUsage;
}

int CliApp::runSelfTest(const TlsStatus &tls)
{
    m_out << tr("Encrypted connections: available (%1, Qt backend \"%2\")\n")
                 .arg(tls.libraryVersion, tls.backend);
    return Ok;
}
