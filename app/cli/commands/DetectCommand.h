#pragma once

#include "cli/commands/Command.h"

// mailfix-cli detect ADDRESS: the candidate outgoing-server settings for an email address, ranked.
class DetectCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DetectCommand)

public:
    using Command::Command;

    [[nodiscard]] QString name() const override { return QStringLiteral("detect"); }
    [[nodiscard]] QString help() const override;
    [[nodiscard]] int run(const QStringList &arguments) override;
};
