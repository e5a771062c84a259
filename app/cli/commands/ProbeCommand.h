#pragma once

#include "cli/commands/Command.h"
#include "smtp/ProbeTypes.h"

#include <QList>

class ProbeSession;

// mailfix-cli probe --server HOST: probes the ports of an outgoing mail server in parallel.
class ProbeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)

public:
    using Command::Command;

    [[nodiscard]] QString name() const override { return QStringLiteral("probe"); }
    [[nodiscard]] QString help() const override;
    [[nodiscard]] int run(const QStringList &arguments) override;

private:
    // --ports for the host: each port once, with the security it names or implies.
    [[nodiscard]] static bool parseEndpoints(const QString &host, const QString &ports,
                                             QList<ProbeEndpoint> *endpoints, QString *error);
    // The options after --server and --ports; false with *error on a bad one.
    [[nodiscard]] bool readProbeOptions(const QCommandLineParser &parser, ProbeOptions *options,
                                        QString *error) const;
    // Runs the probes; in text mode, prints each result as it comes.
    void runSession(ProbeSession &session, const QString &host, const QList<ProbeEndpoint> &endpoints,
                    const ProbeOptions &options, bool asText, bool withTranscript) const;
    // The closing line or the JSON answer; returns the exit code.
    int report(const ProbeSession &session, const QString &host, const ProbeOptions &options,
               bool asJson) const;

    static constexpr const char *kDefaultRelayRecipient =
        "relay-test@example.com"; // RFC 2606: never delivered
};
