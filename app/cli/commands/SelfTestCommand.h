#pragma once

#include "cli/commands/Command.h"

// mailfix-cli self-test: says whether this computer can make encrypted connections.
class SelfTestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SelfTestCommand)

public:
    using Command::Command;

    [[nodiscard]] QString name() const override { return QStringLiteral("self-test"); }
    [[nodiscard]] QString help() const override;
    [[nodiscard]] int run(const QStringList &arguments) override;
};
