#pragma once

#include "detect/ProviderDetector.h"
#include "diagnose/CertificateHosts.h"
#include "diagnose/Diagnosis.h"
#include "diagnose/EarlyProbes.h"
#include "diagnose/PopBeforeSmtp.h"
#include "smtp/ProbeSession.h"

#include <QHash>
#include <QHostInfo>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

// One whole diagnosis, as the wizard and `mailfix-cli diagnose` run it: detect the provider, probe
// the candidate hosts (ports 25, 26, 465, 587 of the best host, every candidate endpoint and the
// user's current one) in parallel, and beside them the incoming server (the best IMAP and POP3 candidates
// and the user's own, at most four; Options::checkIncoming), then diagnose. The password goes only to hosts
// that need no approval or that the user approved. When a certificate failed only because of its name, the
// names it is valid for are looked up and, when they lead to the same server, probed too (shared hosting: the
// certificate names the hosting machine); outside the user's domain they need approval like any other
// host. The incoming probes sign in only once the SMTP probes' relay tests without signing in are done
// (SignInGate); when such a test was refused and the incoming server accepted the password, MailFix signs
// in to it again and repeats the refused test (PopBeforeSmtp). Probing begins while detection still runs
// (EarlyProbes): the endpoints known so far are probed at once, the password only where it may go already;
// the plan takes over those it contains (replaying their progress) and cancels the others, so that the
// signals and the result are those of a run that probed after detection. Asynchronous and cancellable;
// finished() comes exactly once.
class DiagnosisRun : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString address;
        Credentials credentials; // the user name defaults to the candidate's (usually the address)
        std::optional<MailSettings> current;
        // Incoming mail (IMAP, POP3): checked beside sending, in parallel, with the same password rules, so
        // that a password the incoming server accepts and the outgoing one refuses is told apart from a
        // wrong password. currentIncoming: how the user's program receives now, when known.
        bool checkIncoming = true;
        std::optional<IncomingSettings> currentIncoming;
        // The accounts of the user's mail program (read with consent). Those that send as the address
        // are probed and judged one by one; without `current`, the first of them whose settings fail
        // (else the first) is taken as the current settings.
        QList<ProgramAccount> accounts;
        QString errorText;                  // what the user's program showed, may be empty
        std::optional<MailProgram> program; // the user's mail program, when known
        QString from;                       // MAIL FROM; default: the address
        QString to;                         // relay-test recipient; default: ProbeOptions' default
        QStringList approvedHosts;          // hosts the user approved for the password despite a mark
        bool approveCertificateProblems = false;
        bool allowPlaintextAuth = false;
        bool sendTestMessage = false;
        // The OAuth2 sign-in (credentials.oauth2Token) did not grant the scope that allows sending.
        bool oauth2SendScopeMissing = false;
        int timeoutMs = 10000; // per phase: detection, then probing
        QStringList caFiles;
        ProviderDetector::Options
            detection;          // ispdbBaseUrl, overridesDir, allowHttp (timeout and CAs are set from above)
        bool vpnActive = false; // filled in by the caller (NetworkEnvironment)
        // Asked once detection is done, before any password is sent, with the hosts that need the
        // user's approval (candidates marked needsApproval); returns those the user approved.
        std::function<QStringList(const QStringList &hosts, const DetectionResult &detection)> approveHosts;
    };

    enum class Phase { Detecting, Probing, Done };

    explicit DiagnosisRun(Options options, QObject *parent = nullptr);
    ~DiagnosisRun() override;

    void start();
    void cancel();
    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] const QList<ProbeEndpoint> &endpoints() const { return m_endpoints; }
    [[nodiscard]] const DetectionResult &detection() const { return m_detection; }
    [[nodiscard]] const QList<ProbeResult> &probeResults() const { return m_probeResults; }
    // The incoming probes (IMAP, POP3), apart from the SMTP ones above.
    [[nodiscard]] const QList<ProbeEndpoint> &incomingEndpoints() const { return m_incomingEndpoints; }
    [[nodiscard]] const QList<ProbeResult> &incomingProbeResults() const { return m_incomingResults; }

    // Pure: which endpoints to probe for a detection result and the user's current settings.
    [[nodiscard]] static QList<ProbeEndpoint> endpointsFor(const DetectionResult &detection,
                                                           const std::optional<MailSettings> &current,
                                                           const QList<ProgramAccount> &accounts = {});
    // Pure: which incoming endpoints to probe: the user's own, then the best IMAP and the best POP3
    // candidate, then the next of each, at most four.
    [[nodiscard]] static QList<ProbeEndpoint>
    incomingEndpointsFor(const DetectionResult &detection, const std::optional<IncomingSettings> &current);
    // Pure: the accounts that send as this address (case-insensitive), in their order.
    [[nodiscard]] static QList<ProgramAccount> accountsOf(const QString &address,
                                                          const QList<ProgramAccount> &accounts);

    // What the diagnosis is made from, as it stands (all of it once finished() came), and the accounts of
    // the user's program that send as the address.
    [[nodiscard]] DiagnosisInput diagnosisInput() const;
    [[nodiscard]] QList<ProgramAccount> ownAccounts() const;
    // Pure: the diagnosis of `input`, with a verdict for each of `accounts`; in the language installed now
    // (the wizard judges again after a language change).
    [[nodiscard]] static Diagnosis judge(DiagnosisInput input, const QList<ProgramAccount> &accounts);

signals:
    void phaseChanged(DiagnosisRun::Phase phase);
    void detectionFinished(const DetectionResult &result);
    void probesPlanned(const QList<ProbeEndpoint> &endpoints);
    // More endpoints, after the planned ones (their indexes follow them): names a certificate gave.
    void probesAdded(const QList<ProbeEndpoint> &endpoints);
    void probeStageStarted(int index, ProbeStage stage);
    void probeFinished(int index, const ProbeResult &result);
    // The incoming probes, planned with the SMTP ones and run beside them; indexes into incomingEndpoints().
    void incomingProbesPlanned(const QList<ProbeEndpoint> &endpoints);
    void incomingProbeFinished(int index, const ProbeResult &result);
    // The POP-before-SMTP check begins: a sign-in to `incoming`, then the relay test on `smtp` again.
    void popBeforeSmtpCheckStarted(const ProbeEndpoint &incoming, const QList<ProbeEndpoint> &smtp);
    void finished(const Diagnosis &diagnosis);

private slots:
    void onCertificateNameResolved(const QHostInfo &info);

private:
    // A probe started while detection was running (EarlyProbes).
    struct EarlyRun
    {
        EarlyProbes::Started started;
        bool incoming = false;
        QPointer<ProbeSession> session;
        QList<ProbeStage> stages; // so far, to replay once taken over
        std::optional<ProbeResult> result;
        bool sessionDone = false;
        bool counted = false; // in m_sessionsLeft
        int index = -1;       // in the plan once taken over (m_endpoints or m_incomingEndpoints)
    };

    void onDetectionProgress(const DetectionResult &partial);
    void startEarly(const QList<ProbeEndpoint> &endpoints, bool incoming, const DetectionResult &partial,
                    const QStringList &own);
    void onEarlyStage(int k, ProbeStage stage);
    void onEarlyFinished(int k, const ProbeResult &result);
    void onEarlySessionDone(int k);
    // The plan's first probes: takes the early probes over where it can, cancels the rest, starts the others.
    void launchPlanned();
    void adoptEarly(int k, int index);
    void cancelEarly(bool all);
    void onGateTimeout();
    [[nodiscard]] QStringList ownHosts(const QList<ProgramAccount> &accounts) const;
    void onDetected(const DetectionResult &result);
    // false when the run ended while the user was asked
    [[nodiscard]] bool askApproval(QStringList hosts);
    [[nodiscard]] bool isAllowed(const QString &host) const;
    [[nodiscard]] ProbeOptions probeOptions(bool withPassword) const;
    [[nodiscard]] ProbeOptions probeOptions(bool withPassword, const DetectionResult &detection) const;
    [[nodiscard]] QString defaultUsername() const;
    [[nodiscard]] static QString defaultUsername(const DetectionResult &detection);
    // The user name the incoming probes sign in with: the program's own for receiving, when known.
    [[nodiscard]] QString incomingUsername(const QString &outgoing) const;
    // The options of a probe: probeOptions(), and for an incoming one the sign-in gate and its user name.
    [[nodiscard]] ProbeOptions optionsFor(bool incoming, bool withPassword, const DetectionResult &detection);
    void launchProbes(const QList<ProbeEndpoint> &endpoints, const QList<ProbeEndpoint> &incoming = {});
    void createSession(const QList<ProbeEndpoint> &group, const ProbeOptions &options, bool incoming);
    void allowHosts(const QList<Candidate> &candidates, QStringList *askFor);
    void onProbesDone();
    void onSmtpStage(int index, ProbeStage stage);
    void updateSignInGate();
    // false when there is nothing to check
    [[nodiscard]] bool startPopBeforeSmtpCheck();
    void retestRelay(const QList<ProbeEndpoint> &smtp);
    [[nodiscard]] bool startCertificateNames();
    void probeCertificateNames();
    void abortLookups();
    [[nodiscard]] Candidate certificateCandidate(const CertificateHosts::Proposal &proposal,
                                                 const ProbeEndpoint &endpoint) const;
    void finish();

    Options m_options;
    Phase m_phase = Phase::Detecting;
    DetectionResult m_detection;
    QList<ProbeEndpoint> m_endpoints;
    QList<ProbeResult> m_probeResults;
    QList<ProbeEndpoint> m_incomingEndpoints;
    QList<ProbeResult> m_incomingResults;
    QPointer<ProviderDetector> m_detector;
    QList<QPointer<ProbeSession>> m_sessions;
    int m_sessionsLeft = 0;
    QStringList m_allowedHosts; // where the password may go
    bool m_certificateNamesTried = false;
    bool m_popBeforeSmtpTried = false;
    std::optional<PopBeforeSmtp::Check> m_popBeforeSmtp;
    SignInGate m_signInGate;             // the incoming probes' sign-in waits for the SMTP relay tests
    QHash<int, ProbeStage> m_smtpStages; // the stage each SMTP probe is in (index into m_endpoints)
    bool m_gateRequested = false;
    QList<int> m_waitForConnect; // SMTP probes the gate waits for also while they connect (see launchPlanned)
    QTimer m_gateTimer;          // the gate opens at the latest this long after an incoming probe waits there
    QList<CertificateHosts::Proposal> m_proposals;
    QList<QList<QHostAddress>> m_resolved; // per proposal
    QHash<int, int> m_lookups;             // QHostInfo lookup id -> proposal
    QTimer m_lookupTimer;
    QList<EarlyRun> m_early; // never shrinks: its indexes are kept in signal connections
    bool m_probesLaunched = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};
