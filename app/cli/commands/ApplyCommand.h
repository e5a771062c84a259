#pragma once

#include "cli/commands/Command.h"
#include "clients/ThunderbirdSettingsWriter.h"

// mailfix-cli apply: writes verified outgoing settings into a Thunderbird profile (a preview first, a
// dated backup, only while Thunderbird is closed), or with --undo restores the latest backup.
class ApplyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ApplyCommand)

public:
    using Command::Command;

    [[nodiscard]] QString name() const override { return QStringLiteral("apply"); }
    [[nodiscard]] QString help() const override;
    [[nodiscard]] bool needsTls() const override { return false; }
    [[nodiscard]] int run(const QStringList &arguments) override;

private:
    struct Request
    {
        QString profile;
        MailSettings verified;
        QStringList accounts; // --account: identity keys or addresses
        bool dryRun = false;
        bool json = false;
    };

    [[nodiscard]] int apply(const Request &request);
    [[nodiscard]] int undo(const QString &profile, bool json);
    // The identity keys to fix: --account's, else the default selection; false with *error and *code.
    [[nodiscard]] bool choose(const Request &request,
                              const QList<ThunderbirdSettingsWriter::Account> &accounts, QStringList *keys,
                              QString *error, int *code) const;
    // Prints the outcome (text or JSON) and returns the exit code.
    [[nodiscard]] int finish(const ThunderbirdSettingsWriter::Outcome &outcome, QJsonObject root, bool json);
};
