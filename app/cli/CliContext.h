#pragma once

#include "TlsSupport.h"
#include "config/DeploymentConfig.h"
#include "options/CommonOptions.h"

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

// What mailfix-cli's commands share: the console's streams, how the password is read, the MSP's
// deployment settings (loaded on first use) and the state of TLS found at start.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QTextStream &out, QTextStream &err, CommonOptions::PasswordReader readPassword);

    [[nodiscard]] QTextStream &out() const { return m_out; }
    [[nodiscard]] QTextStream &err() const { return m_err; }

    [[nodiscard]] const CommonOptions::PasswordReader &passwordReader() const { return m_readPassword; }
    void setPasswordReader(CommonOptions::PasswordReader reader) { m_readPassword = std::move(reader); }

    // The deployment settings; loads them (and prints their warnings) on first use.
    [[nodiscard]] const DeploymentConfig &deployment();
    void setDeploymentConfig(DeploymentConfig config) { m_deployment = std::move(config); }

    [[nodiscard]] const TlsStatus &tls() const { return m_tls; }
    void setTls(TlsStatus tls) { m_tls = std::move(tls); }

private:
    QTextStream &m_out;
    QTextStream &m_err;
    CommonOptions::PasswordReader m_readPassword;
    std::optional<DeploymentConfig> m_deployment;
    TlsStatus m_tls;
};
