#pragma once

#include "clients/MailClients.h"
#include "config/DeploymentConfig.h"
#include "diagnose/DiagnosisRun.h"
#ifdef MAILFIX_HAVE_OAUTH2_SIGNIN
#include "auth/OAuth2Preflight.h"
#endif

#include <QObject>
#include <QPointer>

class QWidget;

// What the wizard's pages share: the user's answers, the running diagnosis and its results. The
// password lives here, in memory only, and is never written anywhere.
class WizardContext : public QObject
{
    Q_OBJECT

public:
    // Set by the program (or tests): where to look things up and whom to trust.
    struct Environment
    {
        QStringList caFiles;  // extra CAs (tests: the harness CA)
        QString ispdbBaseUrl; // empty: the detector's default
        QString overridesDir; // MSP presets; empty: deployment.overridesDir
        int timeoutMs = 10000;
        // The MSP's settings: branding, policy (allowOnlineIspdb, allowCertificateOverride), reports.
        DeploymentConfig deployment;
        // Asks the user about hosts outside their domain; nullptr: never approve (tests may set it).
        std::function<QStringList(const QStringList &hosts, const DetectionResult &)> approveHosts;
        // Tests: replaces the real check (no network); its diagnosis arrives from the event loop, after the
        // fake probes, reported as a real run reports them (planned, then each finished).
        std::function<Diagnosis(const DiagnosisRun::Options &)> fakeRun;
        QList<ProbeResult> fakeProbes;
        // The OAuth2 sign-in: how long to wait for the browser; tests: opens the sign-in address instead of
        // the system's browser (nullptr: QDesktopServices::openUrl).
        int oauth2WaitMs = 300000;
        std::function<void(const QUrl &)> openUrl;
        QList<ProbeResult> fakeIncomingProbes;
        // Tests: replaces the Save dialog (parent, caption, suggested path, filter); returns the path chosen,
        // empty when cancelled. nullptr: QFileDialog::getSaveFileName.
        std::function<QString(QWidget *, const QString &, const QString &, const QString &)> askSaveFileName;
    };

    explicit WizardContext(Environment environment, QObject *parent = nullptr);

    // The user's answers.
    QString errorText;
    QString address;
    QString username; // empty: from detection (usually the address)
    QString password; // memory only
    MailClients::Program program = MailClients::Program::Other;
    QString programVersion; // the version the user chose on the Fix page ("Outlook 2016"); empty: not said
    std::optional<MailSettings> current;
    QList<ProgramAccount> accounts;  // read from the mail program with the user's consent; each is judged
    bool signInWithProvider = false; // OAuth2 in the browser instead of a password
    QStringList approvedHosts;
    bool approveCertificateProblems = false;

    [[nodiscard]] const Environment &environment() const { return m_environment; }
    void setApproveHosts(std::function<QStringList(const QStringList &, const DetectionResult &)> ask)
    {
        m_environment.approveHosts = std::move(ask);
    }

    // Runs a diagnosis with the answers above; the previous one is cancelled.
    void startRun();
    void cancelRun();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool hasResult() const { return m_hasResult; }
    [[nodiscard]] const Diagnosis &diagnosis() const { return m_diagnosis; }
    // Makes the finished diagnosis again from what the check found, in the language installed now: its
    // sentences follow a language change. Nothing is checked again.
    void judgeAgain();
    [[nodiscard]] const DetectionResult &detection() const { return m_detection; }
    [[nodiscard]] const QList<ProbeEndpoint> &endpoints() const { return m_endpoints; }
    [[nodiscard]] const QList<ProbeResult> &probeResults() const { return m_probeResults; }
    // The incoming probes (IMAP, POP3), checked beside the SMTP ones above.
    [[nodiscard]] const QList<ProbeEndpoint> &incomingEndpoints() const { return m_incomingEndpoints; }
    [[nodiscard]] const QList<ProbeResult> &incomingProbeResults() const { return m_incomingResults; }
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }
    // What the OAuth2 sign-in before the last check came to, in words; empty when there was none.
    [[nodiscard]] const QString &oauth2Outcome() const { return m_oauth2Outcome; }

signals:
    void runStarted();
    void detectionFinished(const DetectionResult &result);
    void probesPlanned(const QList<ProbeEndpoint> &endpoints);
    void probesAdded(const QList<ProbeEndpoint> &endpoints); // names a certificate gave, after the planned
    void probeStageStarted(int index, ProbeStage stage);
    void probeFinished(int index, const ProbeResult &result);
    void incomingProbesPlanned(const QList<ProbeEndpoint> &endpoints);
    void incomingProbeFinished(int index, const ProbeResult &result); // index into incomingEndpoints()
    void runFinished(const Diagnosis &diagnosis);
    // The OAuth2 sign-in before the check: with whom, and the address opened in the browser.
    void oauth2SigningIn(const QString &providerName);
    void oauth2BrowserOpened(const QUrl &url);
    void oauth2Finished(bool signedIn, const QString &outcome); // outcome: oauth2Outcome()

private:
    void startFakeRun(const DiagnosisRun::Options &options);
    void startDiagnosis(const DiagnosisRun::Options &options);
#ifdef MAILFIX_HAVE_OAUTH2_SIGNIN
    void signInThenDiagnose(DiagnosisRun::Options options);
    [[nodiscard]] static QString oauth2OutcomeText(const OAuth2Preflight::Result &result);
    QPointer<OAuth2Preflight> m_preflight;
#endif
    void replayProbes(const QList<ProbeResult> &smtp, const QList<ProbeResult> &incoming);

    Environment m_environment;
    QPointer<DiagnosisRun> m_run;
    int m_fakeRuns = 0; // Environment::fakeRun: the number of the run whose diagnosis is awaited
    Diagnosis m_diagnosis;
    std::optional<DiagnosisInput> m_judged; // what m_diagnosis was made from (a real run's)
    QList<ProgramAccount> m_judgedAccounts;
    QString m_judgedErrorText;
    QString m_oauth2Outcome;
    DetectionResult m_detection;
    QList<ProbeEndpoint> m_endpoints;
    QList<ProbeResult> m_probeResults;
    QList<ProbeEndpoint> m_incomingEndpoints;
    QList<ProbeResult> m_incomingResults;
    bool m_running = false;
    bool m_hasResult = false;
    bool m_cancelled = false;
};
