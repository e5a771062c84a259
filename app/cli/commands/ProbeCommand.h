#pragma once

#include "cli/commands/Command.h"
#include "smtp/ProbeTypes.h"

#include <QList>

class ProbeSession;

// mailfix-cli probe --server HOST [--protocol smtp|imap|pop3]: probes the ports of a mail server in
// parallel (an outgoing SMTP server by default, or an incoming IMAP or POP3 one).
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
    [[nodiscard]] static bool parseEndpoints(const QString &host, const QString &ports, Protocol protocol,
                                             QList<ProbeEndpoint> *endpoints, QString *error);
    // The ports probed when --ports is not given: 25,26,465,587; 143,993; 110,995.
    [[nodiscard]] static QString defaultPorts(Protocol protocol);
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
