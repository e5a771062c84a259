#pragma once

#include "cli/commands/Command.h"

// mailfix-cli explain TEXT: what an error message from a mail program means, without any network use.
class ExplainCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExplainCommand)

public:
    using Command::Command;

    [[nodiscard]] QString name() const override { return QStringLiteral("explain"); }
    [[nodiscard]] QString help() const override;
    [[nodiscard]] bool needsTls() const override { return false; }
    [[nodiscard]] int run(const QStringList &arguments) override;
};
