#pragma once

#include "auth/OAuth2Provider.h"
#include "clients/MailClients.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

class QDateTime;
class QSettings;

// What a managed service provider (MSP) sets for every user of a machine: branding, preset provider
// settings, the default mail program, which checks are allowed, and where reports go. Read from
// settings files that users cannot change (see load() for the locations and their precedence); the
// user's own settings (window size, last address) are never read for it. Qt Core only.
//
// Every key is optional. A value that cannot be used is ignored with a warning (warnings), and the
// key then comes from the next location or the default, except for the allow* keys: an unreadable
// allow* value counts as false, because a policy that was meant to forbid something must not end up
// allowing it.
class DeploymentConfig
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentConfig)

public:
    struct Branding
    {
        QString productName = QStringLiteral("MailFix"); // window title, About, reports
        QString logoPath;                                // an image file (absolute); welcome page and reports
        QString supportContact;                          // e.g. "Contoso IT help desk"
        QString supportPhone;                            // e.g. "+1 555 0100"

        // True when anything differs from MailFix's own branding.
        [[nodiscard]] bool isCustom() const;
        // "Need help? Call Contoso IT help desk at +1 555 0100."; empty when neither is set.
        [[nodiscard]] QString supportLine() const;
        // {"productName", "logo", "supportContact", "supportPhone"} for JSON reports.
        [[nodiscard]] QJsonObject toJson() const;
    };

    Branding branding;
    QString overridesDir; // clientConfig presets (ProviderDetector::Options::overridesDir); absolute
    std::optional<MailClients::Program> defaultProgram;
    bool allowSendTest = true;            // --send-test
    bool allowOnlineIspdb = true;         // the online ISPDB lookup (and --ispdb-url)
    bool allowPlaintextAuth = true;       // --allow-plaintext-auth
    bool allowCertificateOverride = true; // --accept-certificate, the wizard's "Allow this certificate"
    OAuth2Settings oauth2;                // [oauth2]: client ids (none by default), tenant, own provider
    QString reportsDir;                   // default folder for reports; absolute
    bool autoSaveReports = false;         // save a JSON report to reportsDir after each diagnosis

    QStringList sources;  // the locations that were read, highest precedence first
    QStringList warnings; // one sentence each, naming the location and the key
    // Where each key that was set came from: "checks/allowSendTest" -> "/etc/xdg/MailFix/MailFix.conf".
    QHash<QString, QString> origins;

    // Every key MailFix knows, as "group/key".
    [[nodiscard]] static QStringList knownKeys();

    // Reads one location. Pure apart from looking at the files and folders the paths name: relative
    // paths are taken from the settings file's folder (a location that is not a file, such as the
    // Windows registry, needs absolute paths); "~", ${VAR} and %VAR% are expanded.
    [[nodiscard]] static DeploymentConfig fromSettings(QSettings &settings);

    // Candidates for load(): a path of an INI file, or one of these two markers for Qt's system-wide
    // locations of organisation "MailFix", application "MailFix".
    [[nodiscard]] static QString
    systemPolicyMarker();                           // native: HKLM registry, /Library/Preferences, /etc/xdg
    [[nodiscard]] static QString systemIniMarker(); // INI: %ProgramData%, /Library/Preferences, /etc/xdg
    // In order of precedence: mailfix.conf beside the executable, the system policy (native format),
    // the system-wide INI file (the same file as the policy on Linux).
    [[nodiscard]] static QStringList defaultCandidates();

    // Reads every candidate that exists and merges them key by key: the first candidate that sets a
    // key wins. explicitFile (MAILFIX_CONFIG) comes last: it may add keys, never override the others.
    // A candidate that does not exist is skipped quietly; an explicit file that does not exist, a file
    // that cannot be read or parsed, and bad values give warnings.
    [[nodiscard]] static DeploymentConfig load(const QStringList &candidates,
                                               const QString &explicitFile = {});
    // load(defaultCandidates(), $MAILFIX_CONFIG).
    [[nodiscard]] static DeploymentConfig load();

    // For messages: "allowSendTest=false in /etc/xdg/MailFix/MailFix.conf".
    [[nodiscard]] QString describe(const QString &key) const;

    // Saves a JSON report into reportsDir (created when missing) as
    // mailfix-report-YYYYMMDD-HHMMSS-ADDRESS.json; *path gets the file written. False with *error.
    [[nodiscard]] bool saveReport(const QString &address, const QByteArray &json, const QDateTime &when,
                                  QString *path, QString *error) const;
    // The file name saveReport() uses (without a folder).
    [[nodiscard]] static QString reportFileName(const QString &address, const QDateTime &when);
};
