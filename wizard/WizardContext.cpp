#include "WizardContext.h"

#include "diagnose/ErrorExplainer.h"
#include "diagnose/NetworkEnvironment.h"

#include <QDesktopServices>
#include <QTimer>

WizardContext::WizardContext(Environment environment, QObject *parent)
    : QObject(parent), m_environment(std::move(environment))
{}

void WizardContext::startRun()
{
    cancelRun();
    DiagnosisRun::Options options;
    options.address = address;
    options.credentials = {username, password};
    options.current = current;
    options.accounts = accounts;
    options.errorText = errorText;
    options.program = program; // chosen on the account page before the check
    options.approvedHosts = approvedHosts;
    options.approveCertificateProblems = approveCertificateProblems;
    options.timeoutMs = m_environment.timeoutMs;
    options.caFiles = m_environment.caFiles;
    options.detection.overridesDir = m_environment.overridesDir.isEmpty()
                                         ? m_environment.deployment.overridesDir
                                         : m_environment.overridesDir;
    if (!m_environment.ispdbBaseUrl.isEmpty())
        options.detection.ispdbBaseUrl = m_environment.ispdbBaseUrl;
    if (!m_environment.deployment.allowOnlineIspdb)
        options.detection.ispdbBaseUrl.clear();
    options.vpnActive = NetworkEnvironment::vpnActive();
    options.approveHosts = m_environment.approveHosts;

    m_hasResult = false;
    m_cancelled = false;
    m_running = true;
    m_endpoints.clear();
    m_probeResults.clear();
    m_incomingEndpoints.clear();
    m_incomingResults.clear();
    m_detection = {};
    m_judged.reset();
    m_oauth2Outcome.clear();
    if (m_environment.fakeRun) {
        startFakeRun(options);
        return;
    }
#ifdef MAILFIX_HAVE_OAUTH2_SIGNIN
    if (signInWithProvider) {
        emit runStarted();
        signInThenDiagnose(options);
        return;
    }
#endif
    emit runStarted();
    startDiagnosis(options);
}

#ifdef MAILFIX_HAVE_OAUTH2_SIGNIN
// "Sign in with my provider": the browser sign-in first (OAuth2Preflight), then the check with its token.
// Without a client id, or when the sign-in did not work, the check runs without signing in and the
// checking page says why.
void WizardContext::signInThenDiagnose(DiagnosisRun::Options options)
{
    m_run = nullptr; // a previous run reports nothing more
    OAuth2Preflight::Options preflightOptions;
    preflightOptions.address = options.address;
    preflightOptions.detection = options.detection;
    preflightOptions.detection.timeoutMs = options.timeoutMs;
    preflightOptions.detection.caFiles = options.caFiles;
    preflightOptions.settings = m_environment.deployment.oauth2;
    preflightOptions.waitMs = m_environment.oauth2WaitMs;
    auto *preflight = new OAuth2Preflight(preflightOptions, this);
    m_preflight = preflight;
    connect(preflight, &OAuth2Preflight::signingIn, this,
            [this](const OAuth2Provider &provider) { emit oauth2SigningIn(provider.name); });
    connect(preflight, &OAuth2Preflight::openBrowser, this, [this](const QUrl &url) {
        if (m_environment.openUrl)
            m_environment.openUrl(url);
        else
            QDesktopServices::openUrl(url);
        emit oauth2BrowserOpened(url);
    });
    connect(
        preflight, &OAuth2Preflight::finished, this,
        [this, preflight, options](const OAuth2Preflight::Result &result) mutable {
            preflight->deleteLater();
            if (preflight != m_preflight)
                return;
            m_oauth2Outcome = oauth2OutcomeText(result);
            emit oauth2Finished(result.outcome == OAuth2Preflight::Outcome::SignedIn, m_oauth2Outcome);
            if (m_cancelled) {
                m_running = false;
                m_hasResult = false;
                emit runFinished(m_diagnosis = Diagnosis());
                return;
            }
            if (result.outcome == OAuth2Preflight::Outcome::SignedIn) {
                options.credentials = {result.signIn.accessToken.isEmpty() ? QString() : address, QString()};
                options.credentials.oauth2Token = result.signIn.accessToken;
                options.oauth2SendScopeMissing = result.sendScopeMissing;
            }
            startDiagnosis(options);
        });
    preflight->start();
}

QString WizardContext::oauth2OutcomeText(const OAuth2Preflight::Result &result)
{
    const QString name = result.provider ? result.provider->name : QString();
    switch (result.outcome) {
    case OAuth2Preflight::Outcome::SignedIn:
        return tr("Signed in with %1.").arg(name);
    case OAuth2Preflight::Outcome::NotConfigured:
        return tr("%1 accounts sign in through %1's own sign-in window. MailFix could not test that here: "
                  "it has not been set up for it. It checked without signing in.")
            .arg(name);
    case OAuth2Preflight::Outcome::NotOAuth2:
        return tr("Your provider signs in with a password, not with its own sign-in window. MailFix "
                  "checked without signing in.");
    case OAuth2Preflight::Outcome::Failed:
        break;
    }
    return tr("The sign-in with %1 did not work (%2). MailFix checked without signing in.")
        .arg(name, result.signIn.error.isEmpty() ? OAuth2SignIn::outcomeName(result.signIn.outcome)
                                                 : result.signIn.error);
}
#endif

void WizardContext::startDiagnosis(const DiagnosisRun::Options &options)
{
    auto *run = new DiagnosisRun(options, this);
    m_run = run;
    connect(run, &DiagnosisRun::detectionFinished, this, [this, run](const DetectionResult &r) {
        if (run != m_run)
            return;
        m_detection = r;
        emit detectionFinished(r);
    });
    connect(run, &DiagnosisRun::probesPlanned, this, [this, run](const QList<ProbeEndpoint> &endpoints) {
        if (run != m_run)
            return;
        m_endpoints = endpoints;
        m_probeResults.clear();
        m_probeResults.resize(endpoints.size());
        emit probesPlanned(endpoints);
    });
    connect(run, &DiagnosisRun::probesAdded, this, [this, run](const QList<ProbeEndpoint> &endpoints) {
        if (run != m_run)
            return;
        m_endpoints += endpoints;
        m_probeResults.resize(m_endpoints.size());
        emit probesAdded(endpoints);
    });
    connect(run, &DiagnosisRun::probeStageStarted, this, [this, run](int i, ProbeStage stage) {
        if (run == m_run)
            emit probeStageStarted(i, stage);
    });
    connect(run, &DiagnosisRun::probeFinished, this, [this, run](int i, const ProbeResult &r) {
        if (run != m_run)
            return;
        if (i >= 0 && i < m_probeResults.size())
            m_probeResults[i] = r;
        emit probeFinished(i, r);
    });
    connect(run, &DiagnosisRun::incomingProbesPlanned, this,
            [this, run](const QList<ProbeEndpoint> &endpoints) {
                if (run != m_run)
                    return;
                m_incomingEndpoints = endpoints;
                m_incomingResults = QList<ProbeResult>(endpoints.size());
                emit incomingProbesPlanned(endpoints);
            });
    connect(run, &DiagnosisRun::incomingProbeFinished, this, [this, run](int i, const ProbeResult &r) {
        if (run != m_run)
            return;
        if (i >= 0 && i < m_incomingResults.size())
            m_incomingResults[i] = r;
        emit incomingProbeFinished(i, r);
    });
    connect(run, &DiagnosisRun::finished, this,
            [this, run, errorText = options.errorText](const Diagnosis &d) {
                run->deleteLater();
                if (run != m_run)
                    return;
                m_running = false;
                m_diagnosis = d;
                m_judged = run->diagnosisInput();
                m_judgedAccounts = run->ownAccounts();
                m_judgedErrorText = errorText;
                m_hasResult = !m_cancelled;
                emit runFinished(d);
            });
    run->start();
}

void WizardContext::startFakeRun(const DiagnosisRun::Options &options)
{
    const int number = ++m_fakeRuns;
    emit runStarted();
    QTimer::singleShot(0, this, [this, options, number] {
        if (number != m_fakeRuns)
            return;
        m_running = false;
        m_diagnosis = m_cancelled ? Diagnosis() : m_environment.fakeRun(options);
        m_hasResult = !m_cancelled;
        if (!m_cancelled)
            replayProbes(m_environment.fakeProbes, m_environment.fakeIncomingProbes);
        emit runFinished(m_diagnosis);
    });
}

// The fake run's probes, as a real run reports them: planned, then each finished.
void WizardContext::replayProbes(const QList<ProbeResult> &smtp, const QList<ProbeResult> &incoming)
{
    const auto endpoints = [](const QList<ProbeResult> &results) {
        QList<ProbeEndpoint> out;
        for (const ProbeResult &r : results)
            out << r.endpoint;
        return out;
    };
    m_endpoints = endpoints(smtp);
    m_probeResults = smtp;
    m_incomingEndpoints = endpoints(incoming);
    m_incomingResults = incoming;
    if (!smtp.isEmpty())
        emit probesPlanned(m_endpoints);
    if (!incoming.isEmpty())
        emit incomingProbesPlanned(m_incomingEndpoints);
    for (int i = 0; i < smtp.size(); ++i)
        emit probeFinished(i, smtp.at(i));
    for (int i = 0; i < incoming.size(); ++i)
        emit incomingProbeFinished(i, incoming.at(i));
}

void WizardContext::judgeAgain()
{
    if (!m_judged || m_running)
        return;
    DiagnosisInput input = *m_judged;
    if (input.error) // the pasted message's explanation, in the new language too
        input.error = ErrorExplainer::explain(m_judgedErrorText);
    m_diagnosis = DiagnosisRun::judge(input, m_judgedAccounts);
}

void WizardContext::cancelRun()
{
    if (m_environment.fakeRun && m_running) {
        m_cancelled = true;
        return;
    }
#ifdef MAILFIX_HAVE_OAUTH2_SIGNIN
    if (m_preflight && m_running && !m_run) {
        m_cancelled = true;
        m_preflight->cancel();
        return;
    }
#endif
    if (m_run && m_running) {
        m_cancelled = true;
        m_run->cancel();
    }
}
