#pragma once

#include "cli/commands/Command.h"
#include "diagnose/DiagnosisRun.h"

#include <QJsonObject>

// mailfix-cli diagnose ADDRESS: finds out why mail from an address cannot be sent, and what to change.
class DiagnoseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DiagnoseCommand)

public:
    using Command::Command;

    [[nodiscard]] QString name() const override { return QStringLiteral("diagnose"); }
    [[nodiscard]] QString help() const override;
    [[nodiscard]] int run(const QStringList &arguments) override;

private:
    // The options of diagnose's own (--current, --error, --approve-host); defined once for run().
    struct Own
    {
        QCommandLineOption current{QStringLiteral("current"), tr("The settings the mail program uses now"),
                                   tr("host:port:security:auth")};
        QCommandLineOption errorText{QStringLiteral("error"), tr("The error the mail program showed"),
                                     tr("text")};
        QCommandLineOption approveHost{QStringLiteral("approve-host"),
                                       tr("Allow the password to go to this host"), tr("host")};
        QCommandLineOption readSettings{QStringLiteral("read-settings"),
                                        tr("Read the accounts' settings from this mail program"),
                                        tr("program")};
        QCommandLineOption noIncoming{QStringLiteral("no-incoming"),
                                      tr("Do not check the incoming server (IMAP, POP3)")};
        QCommandLineOption currentIncoming{QStringLiteral("current-incoming"),
                                           tr("The incoming server the mail program uses now"),
                                           tr("host:port:security:protocol")};
        QCommandLineOption incomingUser{QStringLiteral("incoming-user"),
                                        tr("The user name the mail program signs in with to receive"),
                                        tr("name")};
        QCommandLineOption oauth2{
            QStringLiteral("oauth2"),
            tr("Sign in with the provider (OAuth2) in a browser, as the mail program does")};
        QCommandLineOption browserCommand{QStringLiteral("browser-command"),
                                          tr("The program that opens the sign-in address (default: the "
                                             "system's browser, or none without a display)"),
                                          tr("command")};
        QCommandLineOption oauth2Wait{QStringLiteral("oauth2-wait"),
                                      tr("How long to wait for the sign-in in the browser (default 300)"),
                                      tr("seconds"), QStringLiteral("300")};
        QCommandLineOption program{QStringLiteral("program"),
                                   tr("The mail program that showed the error (outlook, thunderbird, "
                                      "apple-mail, other)"),
                                   tr("program")};
    };

    // Everything after the address, into *options; false with *error on a bad value. Reads the password
    // last, so that a mistake does not cost the user their typed password.
    [[nodiscard]] bool readOptions(const QCommandLineParser &parser, const CommonOptions &o, const Own &own,
                                   DiagnosisRun::Options *options, QString *error);
    [[nodiscard]] static bool readAccounts(const QString &programText, DiagnosisRun::Options *options,
                                           QString *error);
    // Runs the diagnosis; in text mode, says what it looks up and checks.
    [[nodiscard]] Diagnosis runDiagnosis(DiagnosisRun &run, const DiagnosisRun::Options &options,
                                         bool asText) const;
    // The report on the console, and saved when the deployment settings ask; returns the exit code.
    int report(const Diagnosis &diagnosis, const DiagnosisRun &run, const QString &address, bool asJson,
               bool withTranscript, const QJsonObject &oauth2 = {});
    // How to approve the recommended host when it needed approval (text mode); empty otherwise.
    [[nodiscard]] QString approvalHint(const Diagnosis &diagnosis, const DetectionResult &detection) const;

    // --oauth2: signs in before the diagnosis; false (with the exit code in *code) when it must stop.
    [[nodiscard]] bool signInWithOAuth2(const QCommandLineParser &parser, const Own &own,
                                        DiagnosisRun::Options *options, QJsonObject *summary, bool asJson,
                                        int *code);

    bool m_passwordGiven = false;
    QStringList m_approvedHosts;
};
