#include "cli/CliContext.h"

CliContext::CliContext(QTextStream &out, QTextStream &err, CommonOptions::PasswordReader readPassword)
    : m_out(out), m_err(err), m_readPassword(std::move(readPassword))
{}

const DeploymentConfig &CliContext::deployment()
{
    if (!m_deployment) {
        m_deployment = DeploymentConfig::load();
        for (const QString &warning : std::as_const(m_deployment->warnings))
            m_err << tr("mailfix-cli: deployment settings: %1\n").arg(warning);
    }
    return *m_deployment;
}
