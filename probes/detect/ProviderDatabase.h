#pragma once

#include "detect/ClientConfig.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What MailFix knows about a provider, beyond the clientConfig facts: the notes that decide a fix.
struct ProviderNotes
{
    bool oauth2Required = false;        // password sign-in is refused (OAuth2 only)
    bool appPasswordRequired = false;   // with 2-step verification, only an app password works
    bool smtpAuthMayBeDisabled = false; // a tenant admin can switch SMTP AUTH off (Microsoft 365)
    bool operator==(const ProviderNotes &o) const
    {
        return oauth2Required == o.oauth2Required && appPasswordRequired == o.appPasswordRequired &&
               smtpAuthMayBeDisabled == o.smtpAuthMayBeDisabled;
    }
};

struct ProviderRecord
{
    enum class Origin { Ispdb, MailFix, Override };

    QString id;                           // e.g. "googlemail.com"
    QString name;                         // e.g. "Google Mail"
    QStringList domains;                  // email domains, lower case, ACE (punycode) form
    QStringList mxDomains;                // MX host suffixes that give the platform away, e.g. "google.com",
                                          // "mail.protection.outlook.com"
    QList<OutgoingServerConfig> outgoing; // the first is the default
    QList<IncomingServerConfig> incoming; // IMAP and POP3; the first is the provider's preferred one
    ProviderNotes notes;
    Origin origin = Origin::Ispdb;
};

// MailFix's own provider data: resources/providers/*.json, generated from the ISPDB by
// ProviderDataConverter plus MailFix's hand-kept platform file, and the MSP's override folder.
// Lookups are by email domain and by MX host.
class ProviderDatabase
{
public:
    // The data compiled into the program (Qt resources ":/providers/...").
    [[nodiscard]] static const ProviderDatabase &bundled();

    // Loads one JSON document in the format ProviderDataConverter writes. False and *error on bad input.
    [[nodiscard]] bool loadJson(const QByteArray &json, QString *error);
    void add(const ProviderRecord &record);

    [[nodiscard]] const QList<ProviderRecord> &providers() const { return m_providers; }
    // By email domain (case-insensitive; Unicode or ACE form). nullptr when unknown.
    [[nodiscard]] const ProviderRecord *findByDomain(const QString &domain) const;
    // By an MX host name: a record whose mxDomains (or domains) contains the host or one of its
    // parent domains, longest match first. nullptr when none.
    [[nodiscard]] const ProviderRecord *findByMxHost(const QString &mxHost) const;

private:
    QList<ProviderRecord> m_providers;
    QHash<QString, qsizetype> m_byDomain; // domain -> index
    QHash<QString, qsizetype> m_byMx;     // mx suffix -> index
};

// Turns a folder of clientConfig files (the ISPDB) into MailFix's provider JSON. Only facts are taken:
// domains, display names, outgoing and incoming (IMAP, POP3) hostnames, ports, socket types, auth
// methods and username forms.
class ProviderDataConverter
{
public:
    struct Result
    {
        QByteArray json; // deterministic: same input, same bytes
        int providerCount = 0;
        int domainCount = 0;
        QStringList problems; // files skipped or parts dropped, with the reason
    };
    [[nodiscard]] static Result convertFolder(const QString &folder);
};
