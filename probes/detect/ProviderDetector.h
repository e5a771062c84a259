#pragma once

#include "detect/DetectionTypes.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QHash>
#include <QHostInfo>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

// Turns an email address into ranked candidate outgoing-server settings, and incoming (IMAP, POP3)
// ones beside them. Asks every source at once: the MSP's override folder, MailFix's provider data, the
// domain's autoconfig files, the online ISPDB, the MX records (and the platform they give away) and SRV
// records (_submissions/_submission, _imaps/_imap/_pop3s/_pop3); guesses outgoing (or incoming) servers
// only when all of them come back without any. Never sends credentials. Every lookup has a timeout;
// finished() comes exactly once, never from inside start().
class ProviderDetector : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int timeoutMs = 10000;
        QString ispdbBaseUrl = QStringLiteral("https://autoconfig.thunderbird.net/v1.1/");
        QString overridesDir;  // clientConfig files that win over every other source
        QStringList caFiles;   // extra CAs for the HTTPS lookups
        bool allowHttp = true; // also try autoconfig over plain http (results are marked untrusted)
        const ProviderDatabase *database = nullptr; // nullptr: ProviderDatabase::bundled()
        // Look up each candidate's host as soon as a source names it, while slower sources are still
        // answering: Qt's host cache then has the address when the probes that follow ask for it
        // (a round trip fewer on each probe); so are the usual names (smtp., mail., imap., pop. of the
        // domain) from the start. The result is the same either way.
        bool resolveCandidateHosts = false;
    };

    explicit ProviderDetector(Options options, QObject *parent = nullptr);
    ~ProviderDetector() override;

    void start(const QString &emailAddress);
    void cancel();
    [[nodiscard]] bool isFinished() const { return m_finished; }

    // Pure helpers, public for tests.
    // "aspmx.l.google.com" -> "google.com"; "mx1.mail.example.co.uk" -> "example.co.uk".
    [[nodiscard]] static QString baseDomain(const QString &host);
    [[nodiscard]] static bool isInsideDomain(const QString &host, const QString &domain);
    // RFC 6186 / 8314 SRV targets are accepted only inside the queried domain (no DNSSEC here).
    [[nodiscard]] static bool acceptSrvTarget(const QString &target, const QString &domain);
    [[nodiscard]] static SecurityMode securityOf(OutgoingServerConfig::SocketType type);
    [[nodiscard]] static QList<Candidate> candidatesFromServers(const QList<OutgoingServerConfig> &servers,
                                                                const EmailAddress &address,
                                                                CandidateSource source,
                                                                const QString &origin);
    // The same for incoming servers: endpoint.protocol Imap or Pop3, ports and security as given.
    [[nodiscard]] static QList<Candidate>
    incomingCandidatesFromServers(const QList<IncomingServerConfig> &servers, const EmailAddress &address,
                                  CandidateSource source, const QString &origin);
    // Stable sort by source precedence; the first of equal endpoints stays.
    [[nodiscard]] static QList<Candidate> rank(QList<Candidate> candidates);
    // The same for incoming candidates. A clientConfig source keeps its own order (its first server is
    // the provider's choice); SRV records and guesses go IMAP before POP3 (POP3 first when its SRV
    // records have the lower priority, RFC 6186 3.4: srvPrefers), then implicit TLS before STARTTLS.
    [[nodiscard]] static QList<Candidate> rankIncoming(QList<Candidate> candidates,
                                                       Protocol srvPrefers = Protocol::Imap);
    // The incoming guesses for one guessed host: imap.* IMAP 993, 143; pop.* POP3 995, 110; any other
    // host (mail.*) both.
    [[nodiscard]] static QList<ProbeEndpoint> incomingGuessesFor(const QString &host);
    // Marks candidates whose host lies outside the user's domain and every trusted domain.
    static void markApproval(QList<Candidate> *candidates, const QString &aceDomain,
                             const QStringList &trustedDomains);

signals:
    // While detection runs, each time a source has answered: what was found so far, ranked and marked for
    // approval as in the result (sources still asking say Skipped). For starting work early; the result
    // is the same with or without a receiver.
    void progressed(const DetectionResult &partial);
    void finished(const DetectionResult &result);

private slots:
    // Connected by name (SLOT()): Qt 6.4 leaks the slot object of a lookupHost() to a functor when the
    // lookup is aborted (the deadline, cancel()), and the by-name form allocates none.
    void onGuessResolved(const QHostInfo &info);
    // The domain's own address, asked when its MX lookup said "no such name" (some resolvers, e.g.
    // Wine's, say so for a name that exists without MX records): an address proves it exists.
    void onDomainChecked(const QHostInfo &info);
    // A candidate's host looked up ahead of the probes (Options::resolveCandidateHosts); only Qt's host
    // cache keeps the answer.
    void onHostResolvedAhead(const QHostInfo &info);

private:
    void lookupOverrides();
    void lookupBundled();
    void fetch(CandidateSource source, const QUrl &url);
    void lookupDns(QDnsLookup::Type type, const QString &name, CandidateSource source,
                   Protocol protocol = Protocol::Smtp, SecurityMode security = SecurityMode::StartTls);
    void onHttpFinished(QNetworkReply *reply, int reportIndex, CandidateSource source);
    void onMxFinished(QDnsLookup *lookup, int reportIndex);
    void onSrvFinished(QDnsLookup *lookup, int reportIndex, Protocol protocol, SecurityMode security);
    void onDeadline();
    void lookupDone();
    void startGuessing();
    void complete();
    void reportProgress();
    // The candidates ranked and marked for approval (what complete() reports).
    [[nodiscard]] DetectionResult ranked(DetectionResult result) const;
    void addUncheckedGuesses();
    void flushGuesses();
    [[nodiscard]] Candidate guessCandidate(const ProbeEndpoint &endpoint, const QString &origin) const;
    void addProviderCandidates(const ProviderRecord &record, CandidateSource source, const QString &origin);
    // Outgoing ones to m_result.candidates, incoming ones (IMAP, POP3) to m_result.incomingCandidates.
    void addCandidates(const QList<Candidate> &candidates);
    // Looks host up for Qt's host cache only (Options::resolveCandidateHosts), once.
    void resolveAhead(const QString &host);
    int addReport(CandidateSource source, const QString &query);
    void closeReport(int index, SourceReport::Outcome outcome, const QString &detail);

    Options m_options;
    const ProviderDatabase *m_database;
    DetectionResult m_result;
    QStringList m_trustedDomains;
    QNetworkAccessManager m_nam;
    QList<QPointer<QNetworkReply>> m_replies;
    QList<QPointer<QDnsLookup>> m_lookups;
    QList<int> m_guessLookups;
    struct Guess
    {
        QString host;
        int position = 0; // among the guesses, for their order in the result
        int report = 0;   // the index of its SourceReport
    };
    QHash<int, Guess> m_guesses;          // by QHostInfo lookup id
    QList<QList<Candidate>> m_guessFound; // by position, outgoing and incoming
    bool m_guessOutgoing = false;         // no outgoing server came from a better source
    bool m_guessIncoming = false;         // no incoming server came from a better source
    int m_srvImapPriority = 65536;        // the best (lowest) SRV priority seen for IMAP, for POP3
    int m_srvPop3Priority = 65536;
    int m_guessesLeft = 0;
    QList<QElapsedTimer> m_reportClocks;
    QTimer m_deadline;
    int m_pending = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_guessing = false;
    bool m_dnsUnavailable = false;
    int m_domainCheck = -1;      // the QHostInfo lookup id of the domain check, while it runs
    QStringList m_resolvedAhead; // hosts looked up ahead of the probes
};
