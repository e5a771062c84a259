#pragma once

#include "cli/commands/Command.h"
#include "guides/GuideDocument.h"
#include "guides/GuideLibrary.h"

#include <optional>

// mailfix-cli guide --program P --settings ... --out FILE: writes the drawn fix guide for one mail
// program, filled with the given settings, as the wizard's "Save guide..." does (HTML, PDF or PNGs).
// It draws, so it needs a QGuiApplication (CliApp::createApplication makes one for it).
class GuideCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GuideCommand)

public:
    static constexpr QLatin1String kName{"guide"};

    using Command::Command;

    [[nodiscard]] QString name() const override { return kName; }
    [[nodiscard]] QString help() const override;
    [[nodiscard]] bool needsTls() const override { return false; }
    [[nodiscard]] int run(const QStringList &arguments) override;

    // The helpers below are also export --settings-card's (ExportCommand).
    // The guide of --program and --version (the newest when not given).
    [[nodiscard]] const Guide *findGuide(const QString &program, const QString &version,
                                         QString *error) const;
    // The steps --finding asks for, chosen as the wizard's Fix page does; every setting without it (with
    // --incoming, the incoming server's steps too).
    [[nodiscard]] static std::optional<GuideSelection::Result>
    selectSteps(const MailSettings &settings, const std::optional<IncomingSettings> &incoming,
                const QString &findingId, QString *error);
    // The format --out asks for: FILE.pdf, FILE.html, or else a folder for the PNG files.
    [[nodiscard]] static std::optional<GuideDocument::Format> outputFormat(const QString &path,
                                                                           QString *error);
    // The bundled guides, then an MSP's (beside the override folder) and MAILFIX_GUIDES_DIR, as the wizard.
    void loadLibrary();

private:
    GuideLibrary m_library;
};
