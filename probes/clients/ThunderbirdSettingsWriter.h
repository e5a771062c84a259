#pragma once

#include "clients/MailClients.h"
#include "diagnose/Diagnosis.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// Writes verified outgoing settings into a Thunderbird profile's prefs.js ("Fix it for me"). The pure half
// plans the change (the preview: which prefs change, from what to what) and renders the new file; the
// object checks that Thunderbird is closed, keeps a dated backup, writes through a temporary file and a
// rename, and undoes by restoring the latest backup. It writes only outgoing-server and identity keys,
// never a password.
class ThunderbirdSettingsWriter
{
    Q_DECLARE_TR_FUNCTIONS(ThunderbirdSettingsWriter)

public:
    using Prefs = QList<QPair<QString, QVariant>>;

    // One account (identity) of the profile, as apply offers it.
    struct Account
    {
        QString identityKey; // "id1"
        QString email;
        QString serverKey;         // the outgoing server it sends through now
        QString serverDescription; // that server's description (may be empty)
        MailSettings current;      // that server's settings
        bool needsFix = false;     // current differs from the verified settings (user name included)
    };

    // One pref MailFix sets: before is invalid when the pref is not set; after is a QString or a qint64.
    struct Change
    {
        QString pref;
        QVariant before;
        QVariant after;
    };

    struct Plan
    {
        QStringList identityKeys; // the accounts it fixes
        QList<Change> changes;    // in the order they are shown and written
    };

    enum class Status {
        Ok,
        NothingToChange,
        ProfileNotFound,
        ThunderbirdRunning,
        PrefsUnreadable,
        PrefsDamaged,
        UnsafeFormat,
        ChangedMeanwhile,
        WriteFailed,
        NoBackup,
    };

    struct Outcome
    {
        Outcome() = default;
        Outcome(Status s, QString text, QString backup = {})
            : status(s), message(std::move(text)), backupPath(std::move(backup))
        {}
        Status status = Status::Ok;
        QString message;    // what happened, in a sentence or two (empty when Ok)
        QString backupPath; // apply: the backup it made; undo: the backup it restored
    };

    static constexpr QLatin1String kBackupPrefix{"prefs.js.mailfix-"}; // + yyyyMMdd-HHmmsszzz + ".bak"

    // --- pure -------------------------------------------------------------------------------------------

    // The stable id of a status, in JSON: "ok", "thunderbird-running", ...
    [[nodiscard]] static QString statusId(Status status);
    // The 1-based number of the first line no Mozilla parser would read (not blank, not a comment, no
    // statement; or a NUL byte), or an unclosed /* comment; 0 when every line is readable.
    [[nodiscard]] static qsizetype firstDamagedLine(QByteArrayView text);
    // Every account of the profile with its current settings, compared with the verified ones.
    [[nodiscard]] static QList<Account> accounts(const MailClients::ThunderbirdProfile &profile,
                                                 const MailSettings &verified);
    // The accounts meant when none is named: those that send as the user name or through the verified
    // host (plan() leaves out the ones that already use the verified settings).
    [[nodiscard]] static QStringList defaultSelection(const QList<Account> &accounts,
                                                      const MailSettings &verified);
    // The prefs to change so that the chosen identities send with the verified settings: their server in
    // place when only chosen identities use it, else the identity's smtpServer pointed at a server that
    // has the settings (an existing one, or a new smtpN).
    [[nodiscard]] static Plan plan(const Prefs &prefs, const MailClients::ThunderbirdProfile &profile,
                                   const MailSettings &verified, const QStringList &identityKeys);
    // The new prefs.js: each changed pref's line replaced, new ones appended, every other byte kept.
    // nullopt when the result, read again, would not hold exactly the planned values and the rest.
    [[nodiscard]] static std::optional<QByteArray> render(QByteArrayView original,
                                                          const QList<Change> &changes);
    // `user_pref("name", value);` as Mozilla writes it.
    [[nodiscard]] static QByteArray prefLine(const QString &name, const QVariant &value);
    // One change in words: "smtp1: port 25 → 465".
    [[nodiscard]] static QString describe(const Change &change);
    // The same, naming the outgoing server by its host name as the profile has it now ("Outgoing server
    // smtp.example.com: port 25 → 465"), not by Thunderbird's key (smtp1), for people.
    [[nodiscard]] static QString describe(const Change &change,
                                          const MailClients::ThunderbirdProfile &profile);
    [[nodiscard]] static QString backupFileName(const QDateTime &when);

    // --- the profile ------------------------------------------------------------------------------------

    explicit ThunderbirdSettingsWriter(QString profilePath);

    // Reads prefs.js; Ok, or why it cannot be changed.
    [[nodiscard]] Outcome load();
    [[nodiscard]] const Prefs &prefs() const { return m_prefs; }
    [[nodiscard]] const MailClients::ThunderbirdProfile &profile() const { return m_profile; }
    [[nodiscard]] QString prefsPath() const;

    // Writes the plan (after load(), on the file load() read): Thunderbird closed, a backup first, then
    // a temporary file renamed over prefs.js.
    [[nodiscard]] Outcome apply(const Plan &plan, const QDateTime &now = QDateTime::currentDateTime());
    // Restores the latest backup; the prefs.js it replaces is kept as prefs.js.mailfix-undone-*.bak.
    [[nodiscard]] Outcome undo(const QDateTime &now = QDateTime::currentDateTime());

    // True while a Thunderbird has the profile open (its lock: .parentlock/lock on Unix, parent.lock on
    // Windows). A lock left by a Thunderbird that is gone does not count.
    [[nodiscard]] static bool isThunderbirdRunning(const QString &profilePath);
    // The backups apply made, oldest first.
    [[nodiscard]] static QStringList backups(const QString &profilePath);

private:
    [[nodiscard]] Outcome checkProfile() const;
    [[nodiscard]] Outcome writeFile(const QString &path, const QByteArray &data, const QString &what) const;

    QString m_path;
    QByteArray m_text; // prefs.js as load() read it
    Prefs m_prefs;
    MailClients::ThunderbirdProfile m_profile;
};
