#pragma once

#include "clients/MailProgram.h"
#include "diagnose/Diagnosis.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// The user's mail programs: which are installed, and (Thunderbird only, with the user's consent) the
// outgoing settings they use now, read from the profile's prefs.js. Reading never writes anything.
class MailClients
{
    Q_DECLARE_TR_FUNCTIONS(MailClients)

public:
    using Program = MailProgram;

    struct Installed
    {
        Program program = Program::Other;
        QString evidence; // what showed it, e.g. the profile folder or the executable path
    };

    // One outgoing server from a Thunderbird profile (mail.smtpserver.<key>.*).
    struct ThunderbirdSmtpServer
    {
        QString key; // e.g. "smtp1"
        QString hostname;
        quint16 port = 0;   // 0: Thunderbird's default for the security (25 or 465)
        int socketType = 0; // try_ssl: 0 plain, 1 STARTTLS if offered (old), 2 STARTTLS, 3 SSL/TLS
        int authMethod = 0; // Thunderbird: 1 none, 3 normal password, 4 encrypted password, 10 OAuth2, ...
        QString username;
        QString description;
        QStringList identities; // email addresses of the identities that send through it
        // As MailFix settings; host empty when the server has no host name.
        [[nodiscard]] MailSettings toMailSettings() const;
    };

    // One identity (mail.identity.<key>.*) with an address and the server it sends through.
    struct ThunderbirdIdentity
    {
        QString key;       // e.g. "id1"
        QString email;     // useremail, trimmed
        QString serverKey; // the server it sends through: its smtpServer, else the default server
    };

    struct ThunderbirdProfile
    {
        QString path; // the profile folder
        QList<ThunderbirdSmtpServer> smtpServers;
        QList<ThunderbirdIdentity> identities; // those of the accounts, that send through one of smtpServers
        QString defaultServerKey; // mail.smtp.defaultserver, else the first server (as Thunderbird)
        QString error;            // empty when prefs.js was read
    };

    static constexpr qsizetype kMaxPrefsBytes = 16 * 1024 * 1024; // larger prefs.js files are not read
    static constexpr qsizetype kMaxPrefs = 200000;                // parsePrefs stops after this many prefs

    // Pure: parses prefs.js text (user_pref("name", value); lines; strings with escapes, ints, bools).
    // Bounded and tolerant: unknown or broken lines are skipped.
    [[nodiscard]] static QList<QPair<QString, QVariant>> parsePrefs(QByteArrayView text);
    // Pure: the SMTP servers and identities in a set of prefs.
    [[nodiscard]] static ThunderbirdProfile profileFromPrefs(const QList<QPair<QString, QVariant>> &prefs);

    // Where Thunderbird keeps its profiles on this OS (profiles.ini's folder), for the current user.
    [[nodiscard]] static QStringList thunderbirdRoots();
    // The profile folders listed in <root>/profiles.ini (IsRelative honoured), default profile first.
    [[nodiscard]] static QStringList thunderbirdProfiles(const QString &root);
    // Reads <profile>/prefs.js. Only call after the user agreed.
    [[nodiscard]] static ThunderbirdProfile readThunderbirdProfile(const QString &profilePath);

    // Installed programs: Thunderbird profiles on every OS, Outlook on Windows, Mail on macOS.
    [[nodiscard]] static QList<Installed> detectInstalled();

    // One row of the table of mail programs, which the account page, the deployment settings
    // ([wizard] defaultProgram), the fix guides and client detection all read.
    struct ProgramInfo
    {
        Program program = Program::Other;
        QString id;            // stable, in JSON, settings and guides: "outlook", "thunderbird", ...
        QStringList spellings; // what a settings file may say besides the id (any case)
        const char *name = ""; // the name people see, untranslated (context "MailClients")
    };
    // Every program, in the order the account page lists them ("other" last).
    [[nodiscard]] static const QList<ProgramInfo> &programs();
    [[nodiscard]] static const ProgramInfo &info(Program program);
    // The program an id or an accepted spelling names (any case, spaces and dashes alike); nullopt if none.
    [[nodiscard]] static std::optional<Program> parseProgram(const QString &text);
    // The ids, for messages: "outlook, thunderbird, apple-mail or other".
    [[nodiscard]] static QString programIdList();

    [[nodiscard]] static QString programName(Program program); // stable: info(program).id
    [[nodiscard]] static QString displayName(Program program); // translated: "Outlook", ...
};
