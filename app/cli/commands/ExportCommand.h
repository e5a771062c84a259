#pragma once

#include "cli/commands/Command.h"
#include "export/ExportAccount.h"

#include <optional>

class QCommandLineParser;

// mailfix-cli export: files that carry the checked settings to the mail program, none with a password:
// an Apple Mail profile (--mobileconfig), a classic Outlook PRF file (--prf) and a one-page settings card
// with the drawn steps for one program (--settings-card, PDF or HTML). The card draws, so the command
// runs with a QGuiApplication (CliApp::createApplication).
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static constexpr QLatin1String kName{"export"};

    using Command::Command;

    [[nodiscard]] QString name() const override { return kName; }
    [[nodiscard]] QString help() const override;
    [[nodiscard]] bool needsTls() const override { return false; }
    [[nodiscard]] int run(const QStringList &arguments) override;

private:
    // The account from --address, --name, --settings, --user, --incoming and --incoming-protocol.
    [[nodiscard]] static std::optional<ExportAccount> readAccount(const QCommandLineParser &parser,
                                                                  QString *error);
    [[nodiscard]] bool writeMobileConfig(const ExportAccount &account, const QString &path);
    [[nodiscard]] bool writePrf(const ExportAccount &account, const QString &path);
    [[nodiscard]] int writeSettingsCard(const ExportAccount &account, bool withIncoming,
                                        const QString &program, const QString &version, const QString &path);
    // Writes the bytes through a temporary file; false (and a message) when it cannot.
    [[nodiscard]] bool save(const QString &path, const QByteArray &bytes);
};
