#include "cli/commands/SelfTestCommand.h"

QString SelfTestCommand::help() const
{
    return tr("  self-test        Check that this computer can make encrypted connections\n");
}

int SelfTestCommand::run(const QStringList &)
{
    // CliApp has checked TLS before running the command: only an available TLS gets here.
    const TlsStatus &tls = m_cli.tls();
    out() << tr("Encrypted connections: available (%1, Qt backend \"%2\")\n")
                 .arg(tls.libraryVersion, tls.backend);
    return Ok;
}
