#pragma once

#include "config/DeploymentConfig.h"
#include "detect/ProviderDetector.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QCommandLineParser;
struct Credentials;
struct EmailAddress;

// The command-line options that mailfix-cli's commands and the mailfix wizard share: each is defined,
// read and checked here, once, so that a bad value gets the same message in both programs.
class CommonOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommonOptions)

public:
    // Reads the password for --password-stdin; returns false when there is none.
    using PasswordReader = std::function<bool(QString *password)>;

    static constexpr double kMaxTimeoutSeconds = 300;
    static constexpr int kDefaultTimeoutMs = 10000;

    const QCommandLineOption user{QStringLiteral("user"), tr("User name"), tr("name")};
    const QCommandLineOption passwordStdin{QStringLiteral("password-stdin"),
                                           tr("Read the password from stdin")};
    // for the commands that add it (probe): an OAuth2 access token instead of the password
    const QCommandLineOption oauth2TokenStdin{QStringLiteral("oauth2-token-stdin"),
                                              tr("Read an OAuth2 access token from stdin")};
    const QCommandLineOption from{QStringLiteral("from"), tr("Sender address"), tr("address")};
    const QCommandLineOption to{QStringLiteral("to"), tr("Recipient for the relay test"), tr("address")};
    const QCommandLineOption caFile{QStringLiteral("ca-file"), tr("Extra trusted CA"), tr("pem")};
    const QCommandLineOption timeout{QStringLiteral("timeout"), tr("Timeout in seconds"), tr("seconds"),
                                     QStringLiteral("10")};
    const QCommandLineOption json{QStringLiteral("json"), tr("JSON output")};
    const QCommandLineOption transcript{QStringLiteral("transcript"), tr("Show the transcripts")};
    const QCommandLineOption sendTest{QStringLiteral("send-test"), tr("Send a test message to --from")};
    const QCommandLineOption plaintext{QStringLiteral("allow-plaintext-auth"),
                                       tr("Allow the password without encryption")};
    const QCommandLineOption acceptCert{QStringLiteral("accept-certificate"),
                                        tr("Send the password despite a certificate problem")};
    const QCommandLineOption ispdbUrl{QStringLiteral("ispdb-url"), tr("ISPDB base URL"), tr("url")};
    const QCommandLineOption overrides{QStringLiteral("overrides"), tr("Override folder"), tr("dir")};
    const QCommandLineOption noHttp{QStringLiteral("no-http"), tr("Do not try autoconfig over plain http")};

    // Parses the arguments (a program's or a command's name first) with the parser's options, long
    // options also with one dash; false with *error when an option is unknown or lacks its value.
    [[nodiscard]] static bool parse(QCommandLineParser &parser, const QStringList &arguments, QString *error);

    // --timeout (seconds) and --ca-file, as every program and command that uses the network takes them.
    [[nodiscard]] bool readTimeoutAndCaFiles(const QCommandLineParser &parser, int *timeoutMs,
                                             QStringList *caFiles, QString *error) const;
    // --ispdb-url, --overrides and --no-http; the deployment settings give the default override folder
    // and may turn the online ISPDB off (then --ispdb-url is not used: see checkDeploymentPolicy).
    [[nodiscard]] bool readDetectionOptions(const QCommandLineParser &parser, const DeploymentConfig &config,
                                            ProviderDetector::Options *options, QString *error) const;
    // --user and --password-stdin (or --oauth2-token-stdin, where the parser has it); reads the password
    // or token when asked to. userRequired: either needs --user; otherwise the user name may come from
    // detection later.
    [[nodiscard]] bool readCredentials(const QCommandLineParser &parser, bool userRequired,
                                       const PasswordReader &readPassword, Credentials *credentials,
                                       QString *error) const;

    // The options the deployment settings may forbid: giving a forbidden one is an error.
    [[nodiscard]] static bool checkDeploymentPolicy(const QCommandLineParser &parser,
                                                    const DeploymentConfig &config, QString *error);
    [[nodiscard]] static bool parseTimeout(const QString &text, int *ms, QString *error);
    // Each file readable, and holding at least one PEM certificate.
    [[nodiscard]] static bool checkCaFiles(const QStringList &paths, QString *error);
    // An http or https URL with a host, ending in '/'.
    [[nodiscard]] static bool parseIspdbUrl(const QString &text, QString *url, QString *error);
    // For those without arguments: none given, only options.
    [[nodiscard]] static bool checkNoArguments(const QCommandLineParser &parser, QString *error);
    // The one email address a command takes as its argument.
    [[nodiscard]] static bool readAddressArgument(const QCommandLineParser &parser, EmailAddress *address,
                                                  QString *error);
    // A host name as --server and --approve-host take it (the resolver judges the rest).
    [[nodiscard]] static bool checkHostName(const QString &host, QString *error);
    // --from and --to: empty (not given), or something that cannot smuggle a command into the dialogue.
    [[nodiscard]] static bool checkEmailAddresses(const QStringList &addresses, QString *error);
};
