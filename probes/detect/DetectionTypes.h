#pragma once

#include "core/Endpoint.h"
#include "detect/ClientConfig.h"
#include "detect/EmailAddress.h"
#include "detect/ProviderDatabase.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Where a candidate setting came from. The order is the order of precedence.
enum class CandidateSource {
    Override,            // the MSP's or user's clientConfig folder
    Bundled,             // MailFix's provider data, by the email domain
    Autoconfig,          // https://autoconfig.<domain>/mail/config-v1.1.xml
    AutoconfigWellKnown, // https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml
    Ispdb,               // the online ISPDB, by the email domain
    MxBundled,           // MailFix's provider data, by the MX host (hosted platforms)
    MxAutoconfig,        // autoconfig of the MX host's base domain
    MxIspdb,             // the online ISPDB, by the MX host's base domain
    Srv,                 // RFC 6186 / RFC 8314 SRV records inside the domain
    AutoconfigHttp,      // either autoconfig URL over plain http: never trusted
    Guess,               // smtp.<domain>, mail.<domain>, <domain>
    // Found while probing, not by detection: a name the certificate of a probed host is valid for, when
    // that host's certificate failed only because of its name and the name leads to the same server
    // (origin: the probed host).
    Certificate,
};

// How far a candidate can be trusted.
enum class Trust {
    High,      // from data MailFix ships or the MSP configured, or the domain's own HTTPS server
    Medium,    // from a third party over HTTPS, or derived from DNS
    Low,       // a guess
    Untrusted, // fetched over plain http: anyone on the path could have written it
};

// One way the account might send: an endpoint with its sign-in details and where it came from.
struct Candidate
{
    ProbeEndpoint endpoint;
    QList<OutgoingServerConfig::Auth> authentication;
    QString username; // placeholders filled in
    CandidateSource source = CandidateSource::Guess;
    Trust trust = Trust::Low;
    QString origin;     // the URL, file, DNS record or provider id it came from
    QString providerId; // empty when unknown
    QString providerName;
    ProviderNotes notes;
    // The host lies outside the user's domain and outside the provider's known domains: ask the user
    // before a password goes there (the lesson of the 2021 Autodiscover leak).
    bool needsApproval = false;
};

// What one source said, for the technical details.
struct SourceReport
{
    enum class Outcome { Found, NotFound, Refused, Failed, TimedOut, Skipped };
    CandidateSource source = CandidateSource::Guess;
    QString query; // URL, DNS name or file
    Outcome outcome = Outcome::Skipped;
    QString detail;
    qint64 elapsedMs = 0;
};

struct DetectionResult
{
    EmailAddress address;
    QList<Candidate> candidates; // ranked, best first, no endpoint twice
    // Incoming servers (endpoint.protocol IMAP or POP3) for the same address, ranked best first, no endpoint
    // twice: from the same sources as `candidates` (clientConfig's incomingServer, SRV _imaps/_imap/_pop3s/
    // _pop3 per RFC 6186, guessed imap./pop./mail. names).
    QList<Candidate> incomingCandidates;
    QList<SourceReport> sources;
    QStringList mxHosts;      // by preference
    bool domainExists = true; // false when DNS says the domain does not exist (NXDOMAIN)
    bool cancelled = false;
    QString providerId; // the best candidate's provider, when known
    QString providerName;
    CandidateSource providerSource = CandidateSource::Guess;
};

Q_DECLARE_METATYPE(DetectionResult)

namespace DetectionNames {
[[nodiscard]] QString source(CandidateSource source);
[[nodiscard]] QString trust(Trust trust);
[[nodiscard]] QString outcome(SourceReport::Outcome outcome);
[[nodiscard]] Trust trustOf(CandidateSource source);
} // namespace DetectionNames
