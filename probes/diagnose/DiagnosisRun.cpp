#include "diagnose/DiagnosisRun.h"

#include "diagnose/Diagnoser.h"
#include "diagnose/ErrorExplainer.h"

#include <algorithm>

namespace {
constexpr int kMaxEndpoints = 12;
constexpr int kMaxCertificateEndpoints = 8; // names certificates gave, probed afterwards
constexpr int kMaxIncomingEndpoints = 4;
// at most this many probes each (SMTP, incoming) while detection runs
constexpr int kMaxEarlySmtp = kMaxEndpoints;
constexpr int kMaxEarlyIncoming = kMaxIncomingEndpoints + 2;
constexpr const char *kDefaultRelayRecipient = "relay-test@example.com"; // RFC 2606: never delivered

bool hasUnusualCharacters(const QString &password)
{
    for (const QChar c : password) {
        if (c.unicode() > 0x7e || c == QLatin1Char(' ') || c == QLatin1Char('"') || c == QLatin1Char('\'') ||
            c == QLatin1Char('\\') || c == QLatin1Char('`'))
            return true;
    }
    return false;
}
} // namespace

DiagnosisRun::DiagnosisRun(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_lookupTimer.setSingleShot(true);
    m_lookupTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_lookupTimer, &QTimer::timeout, this, &DiagnosisRun::probeCertificateNames);
    m_gateTimer.setSingleShot(true);
    connect(&m_gateTimer, &QTimer::timeout, this, &DiagnosisRun::onGateTimeout);
    connect(&m_signInGate, &SignInGate::requested, this, [this] {
        if (!m_gateRequested) {
            m_gateRequested = true;
            m_gateTimer.start(std::max(1, m_options.timeoutMs / 2));
        }
        updateSignInGate();
    });
}

DiagnosisRun::~DiagnosisRun()
{
    abortLookups();
}

QList<ProgramAccount> DiagnosisRun::accountsOf(const QString &address, const QList<ProgramAccount> &accounts)
{
    QList<ProgramAccount> out;
    for (const ProgramAccount &a : accounts) {
        if (a.email.trimmed().compare(address.trimmed(), Qt::CaseInsensitive) == 0 &&
            !a.outgoing.host.isEmpty())
            out << a;
    }
    return out;
}

QList<ProbeEndpoint> DiagnosisRun::endpointsFor(const DetectionResult &detection,
                                                const std::optional<MailSettings> &current,
                                                const QList<ProgramAccount> &accounts)
{
    QList<ProbeEndpoint> out;
    auto add = [&out](const ProbeEndpoint &e) {
        if (!out.contains(e) && out.size() < kMaxEndpoints)
            out.append(e);
    };
    if (current)
        add({current->host, current->port, current->security});
    for (const ProgramAccount &a : accounts)
        add({a.outgoing.host, a.outgoing.port, a.outgoing.security});
    if (!detection.candidates.isEmpty()) {
        for (const ProbeEndpoint &e :
             ProbeSession::defaultEndpoints(detection.candidates.first().endpoint.host))
            add(e);
    } else if (current) {
        for (const ProbeEndpoint &e : ProbeSession::defaultEndpoints(current->host))
            add(e);
    }
    for (const Candidate &c : detection.candidates)
        add(c.endpoint);
    // Keep the user's own endpoint first only for its host's order; sort by host then port for a steady
    // report.
    return out;
}

QList<ProbeEndpoint> DiagnosisRun::incomingEndpointsFor(const DetectionResult &detection,
                                                        const std::optional<IncomingSettings> &current)
{
    QList<ProbeEndpoint> out;
    auto add = [&out](const ProbeEndpoint &e) {
        if (e.protocol != Protocol::Smtp && !out.contains(e) && out.size() < kMaxIncomingEndpoints)
            out.append(e);
    };
    if (current)
        add({current->settings.host, current->settings.port, current->settings.security, current->protocol});
    // the n-th best of each protocol, IMAP first
    for (int n = 0; n < kMaxIncomingEndpoints; ++n) {
        for (const Protocol protocol : {Protocol::Imap, Protocol::Pop3}) {
            int seen = 0;
            for (const Candidate &c : detection.incomingCandidates) {
                if (c.endpoint.protocol == protocol && seen++ == n) {
                    add(c.endpoint);
                    break;
                }
            }
        }
    }
    return out;
}

void DiagnosisRun::start()
{
    if (m_started)
        return;
    m_started = true;
    ProviderDetector::Options detection = m_options.detection;
    detection.timeoutMs = m_options.timeoutMs;
    detection.caFiles = m_options.caFiles;
    detection.resolveCandidateHosts = true; // the probes find the addresses in Qt's host cache
    m_detector = new ProviderDetector(detection, this);
    connect(m_detector, &ProviderDetector::progressed, this, &DiagnosisRun::onDetectionProgress);
    connect(m_detector, &ProviderDetector::finished, this, &DiagnosisRun::onDetected);
    m_phase = Phase::Detecting;
    emit phaseChanged(m_phase);
    m_detector->start(m_options.address);
}

void DiagnosisRun::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_phase == Phase::Detecting && m_detector) {
        cancelEarly(true);
        m_detector->cancel(); // reports in through onDetected, which stops there
        return;
    }
    if (!m_lookups.isEmpty()) { // looking up the names certificates gave
        abortLookups();
        finish();
        return;
    }
    const QList<QPointer<ProbeSession>> sessions = m_sessions;
    for (const QPointer<ProbeSession> &session : sessions) {
        if (session)
            session->cancel();
    }
}

void DiagnosisRun::onDetected(const DetectionResult &result)
{
    if (m_finished)
        return;
    m_detection = result;
    emit detectionFinished(result);
    if (m_cancelled || !result.address.isValid()) {
        finish();
        return;
    }
    const QList<ProgramAccount> accounts = ownAccounts();
    m_endpoints = endpointsFor(result, m_options.current, accounts);
    emit probesPlanned(m_endpoints);
    if (m_endpoints.isEmpty()) {
        finish();
        return;
    }
    m_phase = Phase::Probing;
    emit phaseChanged(m_phase);

    // The password goes only where it may: hosts inside the user's domain or the provider's, hosts
    // the user approved, and the host the user's own program already uses.
    m_allowedHosts = m_options.approvedHosts;
    if (m_options.current)
        m_allowedHosts << m_options.current->host;
    for (const ProgramAccount &a : accounts) // the hosts the user's program already sends this address to
        m_allowedHosts << a.outgoing.host;
    QStringList askFor;
    allowHosts(result.candidates, &askFor);
    if (m_options.checkIncoming) {
        m_incomingEndpoints = incomingEndpointsFor(result, m_options.currentIncoming);
        if (m_options.currentIncoming) // the host the user's program already signs in to
            m_allowedHosts << m_options.currentIncoming->settings.host;
        allowHosts(result.incomingCandidates, &askFor);
    }
    if (!askApproval(askFor))
        return;
    m_probeResults.resize(m_endpoints.size());
    m_incomingResults.resize(m_incomingEndpoints.size());
    if (!m_incomingEndpoints.isEmpty())
        emit incomingProbesPlanned(m_incomingEndpoints);
    launchPlanned(); // in parallel
}

// What detection found so far: the endpoints the plan would probe now are probed at once, each endpoint once,
// the password only where it may go before anyone was asked. A host that needs approval waits for the plan.
void DiagnosisRun::onDetectionProgress(const DetectionResult &partial)
{
    if (m_finished || m_cancelled || m_phase != Phase::Detecting || !partial.address.isValid())
        return;
    const QList<ProgramAccount> accounts = accountsOf(partial.address.text, m_options.accounts);
    const QStringList own = ownHosts(accounts);
    startEarly(EarlyProbes::smtpEndpoints(partial, m_options.current, accounts), false, partial, own);
    if (m_options.checkIncoming)
        startEarly(EarlyProbes::incomingEndpoints(partial, m_options.currentIncoming), true, partial, own);
}

QStringList DiagnosisRun::ownHosts(const QList<ProgramAccount> &accounts) const
{
    QStringList hosts = m_options.approvedHosts;
    if (m_options.current)
        hosts << m_options.current->host;
    for (const ProgramAccount &a : accounts)
        hosts << a.outgoing.host;
    if (m_options.checkIncoming && m_options.currentIncoming)
        hosts << m_options.currentIncoming->settings.host;
    return hosts;
}

void DiagnosisRun::startEarly(const QList<ProbeEndpoint> &endpoints, bool incoming,
                              const DetectionResult &partial, const QStringList &own)
{
    const bool password = m_options.credentials.hasSecret();
    qsizetype started = std::count_if(m_early.cbegin(), m_early.cend(),
                                      [incoming](const EarlyRun &run) { return run.incoming == incoming; });
    for (const ProbeEndpoint &e : endpoints) {
        const bool known = std::any_of(m_early.cbegin(), m_early.cend(),
                                       [&e](const EarlyRun &run) { return run.started.endpoint == e; });
        if (known)
            continue;
        if (started >= (incoming ? kMaxEarlyIncoming : kMaxEarlySmtp))
            return;
        if (password && !EarlyProbes::passwordAllowed(e.host, partial, own))
            continue; // the user is asked about that host once detection is done
        const ProbeOptions options = optionsFor(incoming, password, partial);
        EarlyRun run;
        run.started = {e, password, options.credentials.username};
        run.incoming = incoming;
        run.session = new ProbeSession({e}, options, this);
        const int k = int(m_early.size());
        connect(run.session, &ProbeSession::probeStageStarted, this,
                [this, k](int, ProbeStage stage) { onEarlyStage(k, stage); });
        connect(run.session, &ProbeSession::probeFinished, this,
                [this, k](int, const ProbeResult &r) { onEarlyFinished(k, r); });
        connect(run.session, &ProbeSession::finished, this, [this, k] { onEarlySessionDone(k); });
        m_sessions.append(run.session);
        m_early.append(run);
        ++started;
        run.session->start();
    }
}

void DiagnosisRun::onEarlyStage(int k, ProbeStage stage)
{
    EarlyRun &run = m_early[k];
    run.stages << stage;
    if (run.index < 0 || run.incoming || m_finished)
        return;
    onSmtpStage(run.index, stage);
    emit probeStageStarted(run.index, stage);
}

void DiagnosisRun::onEarlyFinished(int k, const ProbeResult &result)
{
    EarlyRun &run = m_early[k];
    run.result = result;
    if (run.index < 0 || m_finished)
        return;
    const int index = run.index;
    if (run.incoming) {
        m_incomingResults[index] = result;
        emit incomingProbeFinished(index, result);
    } else {
        m_probeResults[index] = result;
        updateSignInGate();
        emit probeFinished(index, result);
    }
}

void DiagnosisRun::onEarlySessionDone(int k)
{
    EarlyRun &run = m_early[k];
    run.sessionDone = true;
    if (run.counted && !m_finished && --m_sessionsLeft == 0)
        onProbesDone();
}

// The plan is made: each of its endpoints that an early probe is probing as the plan would (the same
// password decision and user name) is taken over, with the progress it made so far; the other early probes
// are cancelled, their results unreported; the rest of the plan starts now.
void DiagnosisRun::launchPlanned()
{
    QList<EarlyProbes::Started> started;
    for (const EarlyRun &run : std::as_const(m_early))
        started << run.started;
    QList<std::pair<int, int>> adopted; // early run, plan index
    QList<ProbeEndpoint> fresh[2];
    const bool password = m_options.credentials.hasSecret();
    for (const bool incoming : {false, true}) {
        const QList<ProbeEndpoint> &plan = incoming ? m_incomingEndpoints : m_endpoints;
        for (qsizetype i = 0; i < plan.size(); ++i) {
            const bool withPassword = password && isAllowed(plan.at(i).host);
            const QString username = optionsFor(incoming, withPassword, m_detection).credentials.username;
            const int k = EarlyProbes::adoptable(started, plan.at(i), withPassword, username);
            if (k >= 0) {
                started[k].discarded = true; // taken
                adopted.append({k, int(i)});
            } else {
                fresh[incoming].append(plan.at(i));
            }
        }
    }
    for (const auto &[k, index] : std::as_const(adopted))
        m_early[k].index = index;
    cancelEarly(false);
    m_probesLaunched = true;
    // An early incoming probe that goes on may reach the gate before the SMTP probes that start only now have
    // even connected: the gate waits for those also while they connect (at most until the gate's timer).
    const bool signInAhead = std::any_of(adopted.cbegin(), adopted.cend(), [this](const auto &taken) {
        const EarlyRun &run = m_early.at(taken.first);
        return run.incoming && run.started.withPassword && !run.sessionDone;
    });
    if (signInAhead) {
        for (const ProbeEndpoint &e : std::as_const(fresh[0]))
            m_waitForConnect << int(m_endpoints.indexOf(e));
    } else { // no probe waits at the gate: the next one starts its timer
        m_gateRequested = false;
        m_gateTimer.stop();
    }
    launchProbes(fresh[0], fresh[1]);
    for (const auto &[k, index] : std::as_const(adopted))
        adoptEarly(k, index);
    if (m_finished)
        return;
    updateSignInGate();
    if (m_sessionsLeft == 0) // every probe was taken over and is done
        QMetaObject::invokeMethod(this, &DiagnosisRun::onProbesDone, Qt::QueuedConnection);
}

// Replays what the early probe did so far under its index in the plan.
void DiagnosisRun::adoptEarly(int k, int index)
{
    EarlyRun &run = m_early[k];
    if (!run.sessionDone) {
        run.counted = true;
        ++m_sessionsLeft;
    }
    const QList<ProbeStage> stages = run.stages;
    const std::optional<ProbeResult> result = run.result;
    if (!run.incoming) {
        for (const ProbeStage stage : stages) {
            onSmtpStage(index, stage);
            emit probeStageStarted(index, stage);
        }
    }
    if (!result || m_finished)
        return;
    if (run.incoming) {
        m_incomingResults[index] = *result;
        emit incomingProbeFinished(index, *result);
    } else {
        m_probeResults[index] = *result;
        updateSignInGate();
        emit probeFinished(index, *result);
    }
}

// Cancels the early probes still running that the plan did not take over (all: every one).
void DiagnosisRun::cancelEarly(bool all)
{
    for (qsizetype k = 0; k < m_early.size(); ++k) {
        if (m_early.at(k).index >= 0 && !all)
            continue;
        if (m_early.at(k).index < 0)
            m_early[k].started.discarded = true;
        const QPointer<ProbeSession> session = m_early.at(k).session;
        if (session && !m_early.at(k).sessionDone)
            session->cancel(); // reports in at once
    }
}

// An incoming probe has waited at the sign-in gate for half the time a probe may take. Once the plan's
// probes run, the gate opens. Before, SMTP probes may still be added whose relay tests a sign-in would
// spoil: the early incoming probes give up instead (the plan probes them again).
void DiagnosisRun::onGateTimeout()
{
    if (m_probesLaunched) {
        m_signInGate.open();
        return;
    }
    m_gateRequested = false; // the next probe at the gate starts the timer again
    for (qsizetype k = 0; k < m_early.size(); ++k) {
        EarlyRun &run = m_early[k];
        if (!run.incoming || run.sessionDone || !run.started.withPassword)
            continue;
        run.started.discarded = true;
        if (run.session)
            run.session->cancel();
    }
}

void DiagnosisRun::allowHosts(const QList<Candidate> &candidates, QStringList *askFor)
{
    for (const Candidate &c : candidates) {
        if (!c.needsApproval)
            m_allowedHosts << c.endpoint.host;
        else if (!askFor->contains(c.endpoint.host, Qt::CaseInsensitive))
            *askFor << c.endpoint.host;
    }
}

bool DiagnosisRun::isAllowed(const QString &host) const
{
    return m_allowedHosts.contains(host, Qt::CaseInsensitive);
}

bool DiagnosisRun::askApproval(QStringList hosts)
{
    hosts.removeIf([this](const QString &host) { return isAllowed(host); });
    if (!hosts.isEmpty() && m_options.approveHosts && m_options.credentials.hasSecret()) {
        m_allowedHosts += m_options.approveHosts(hosts, m_detection);
        if (m_cancelled || m_finished) { // the question may have taken a while
            finish();
            return false;
        }
    }
    return true;
}

ProbeOptions DiagnosisRun::probeOptions(bool withPassword) const
{
    return probeOptions(withPassword, m_detection);
}

ProbeOptions DiagnosisRun::probeOptions(bool withPassword, const DetectionResult &detection) const
{
    ProbeOptions options;
    options.timeoutMs = m_options.timeoutMs;
    options.caFiles = m_options.caFiles;
    options.from = m_options.from.isEmpty() ? detection.address.text : m_options.from;
    options.to = m_options.to.isEmpty() ? QLatin1String(kDefaultRelayRecipient) : m_options.to;
    options.allowPlaintextAuth = m_options.allowPlaintextAuth;
    options.approvedDespiteCertificate = m_options.approveCertificateProblems;
    options.sendTestMessage = m_options.sendTestMessage;
    if (!withPassword || !m_options.credentials.hasSecret())
        return options;
    options.credentials = m_options.credentials;
    if (options.credentials.username.isEmpty())
        options.credentials.username = defaultUsername(detection);
    return options;
}

QString DiagnosisRun::incomingUsername(const QString &outgoing) const
{
    const std::optional<IncomingSettings> &own = m_options.currentIncoming;
    return own && !own->settings.username.isEmpty() ? own->settings.username : outgoing;
}

ProbeOptions DiagnosisRun::optionsFor(bool incoming, bool withPassword, const DetectionResult &detection)
{
    ProbeOptions options = probeOptions(withPassword, detection);
    if (incoming && !options.credentials.isEmpty()) {
        options.signInGate = &m_signInGate;
        options.credentials.username = incomingUsername(options.credentials.username);
    }
    return options;
}

QString DiagnosisRun::defaultUsername() const
{
    return defaultUsername(m_detection);
}

QString DiagnosisRun::defaultUsername(const DetectionResult &detection)
{
    const QList<Candidate> &candidates = detection.candidates;
    return !candidates.isEmpty() && !candidates.first().username.isEmpty() ? candidates.first().username
                                                                           : detection.address.text;
}

// Probes the endpoints (already in m_endpoints) and the incoming ones (already in m_incomingEndpoints), all
// at once: with the password where it may go, else without.
void DiagnosisRun::launchProbes(const QList<ProbeEndpoint> &endpoints, const QList<ProbeEndpoint> &incoming)
{
    const qsizetype first = m_sessions.size();
    for (const bool isIncoming : {false, true}) {
        QList<ProbeEndpoint> trusted;
        QList<ProbeEndpoint> others;
        for (const ProbeEndpoint &e : isIncoming ? incoming : endpoints)
            (isAllowed(e.host) ? trusted : others).append(e);
        createSession(trusted, probeOptions(true), isIncoming);
        createSession(others, probeOptions(false), isIncoming);
    }
    const QList<QPointer<ProbeSession>> sessions = m_sessions.mid(first);
    for (const QPointer<ProbeSession> &session : sessions)
        session->start();
}

void DiagnosisRun::createSession(const QList<ProbeEndpoint> &group, const ProbeOptions &options,
                                 bool incoming)
{
    if (group.isEmpty())
        return;
    ProbeOptions own = options;
    if (incoming && !own.credentials.isEmpty()) {
        own.signInGate = &m_signInGate;
        own.credentials.username = incomingUsername(own.credentials.username);
    }
    auto *session = new ProbeSession(group, own, this);
    QList<int> indexes;
    for (const ProbeEndpoint &e : group)
        indexes << int((incoming ? m_incomingEndpoints : m_endpoints).indexOf(e));
    if (incoming) {
        connect(session, &ProbeSession::probeFinished, this, [this, indexes](int i, const ProbeResult &r) {
            m_incomingResults[indexes.at(i)] = r;
            emit incomingProbeFinished(indexes.at(i), r);
        });
    } else {
        connect(session, &ProbeSession::probeStageStarted, this, [this, indexes](int i, ProbeStage stage) {
            onSmtpStage(indexes.at(i), stage);
            emit probeStageStarted(indexes.at(i), stage);
        });
        connect(session, &ProbeSession::probeFinished, this, [this, indexes](int i, const ProbeResult &r) {
            m_probeResults[indexes.at(i)] = r;
            updateSignInGate();
            emit probeFinished(indexes.at(i), r);
        });
    }
    connect(session, &ProbeSession::finished, this, [this] {
        if (--m_sessionsLeft == 0)
            onProbesDone();
    });
    m_sessions.append(session);
    ++m_sessionsLeft;
}

// Every probe is done. Once, the names that certificates failing only on their name are valid for are
// looked up; those that lead to the same server are probed like any other candidate. Then, once, the
// POP-before-SMTP check. Each calls here again when it is done.
void DiagnosisRun::onProbesDone()
{
    if (m_cancelled || m_finished) {
        finish();
        return;
    }
    if (!m_certificateNamesTried) {
        m_certificateNamesTried = true;
        if (startCertificateNames())
            return;
    }
    if (!m_popBeforeSmtpTried) {
        m_popBeforeSmtpTried = true;
        if (startPopBeforeSmtpCheck())
            return;
    }
    finish();
}

bool DiagnosisRun::startCertificateNames()
{
    QStringList probed;
    for (const ProbeEndpoint &e : std::as_const(m_endpoints))
        probed << e.host;
    m_proposals = CertificateHosts::proposals(m_probeResults, probed);
    if (m_proposals.isEmpty())
        return false;
    m_resolved = QList<QList<QHostAddress>>(m_proposals.size());
    m_lookupTimer.start(std::max(1, m_options.timeoutMs));
    for (qsizetype i = 0; i < m_proposals.size(); ++i) {
        // by name (SLOT()): see ConnectionProbe::onResolved
        const int id =
            QHostInfo::lookupHost(m_proposals.at(i).host, this, SLOT(onCertificateNameResolved(QHostInfo)));
        m_lookups.insert(id, int(i));
    }
    return true;
}

// An SMTP probe moved on. The gate waits for every SMTP probe that is talking to its server until it is past
// its relay test without signing in; one still resolving or connecting is not waited for (a blocked port
// would hold the sign-in until it times out).
void DiagnosisRun::onSmtpStage(int index, ProbeStage stage)
{
    m_smtpStages.insert(index, stage);
    updateSignInGate();
}

void DiagnosisRun::updateSignInGate()
{
    // Before the plan's probes run, SMTP probes may still be added: the gate stays closed.
    if (!m_gateRequested || m_signInGate.isOpen() || !m_probesLaunched)
        return;
    for (qsizetype i = 0; i < m_endpoints.size(); ++i) {
        if (i < m_probeResults.size() && !m_probeResults.at(i).endpoint.host.isEmpty())
            continue; // finished
        switch (m_smtpStages.value(int(i), ProbeStage::Resolve)) {
        case ProbeStage::Resolve:
        case ProbeStage::Connect:
            if (m_waitForConnect.contains(int(i)))
                return;
            continue;
        case ProbeStage::Auth:
        case ProbeStage::RelayWithAuth:
        case ProbeStage::SendTest:
        case ProbeStage::Quit:
            continue;
        case ProbeStage::TlsHandshake:
        case ProbeStage::Banner:
        case ProbeStage::Ehlo:
        case ProbeStage::StartTls:
        case ProbeStage::EhloAfterTls:
        case ProbeStage::RelayWithoutAuth:
        case ProbeStage::Capabilities:
        case ProbeStage::CapabilitiesAfterTls:
            return; // still before (or in) its relay test without signing in
        }
    }
    m_gateTimer.stop();
    m_signInGate.open();
}

bool DiagnosisRun::startPopBeforeSmtpCheck()
{
    if (!m_options.credentials.hasSecret())
        return false;
    const std::optional<PopBeforeSmtp::Plan> plan = PopBeforeSmtp::plan(m_probeResults, m_incomingResults);
    if (!plan || !isAllowed(plan->incoming.host))
        return false;
    PopBeforeSmtp::Check check;
    check.incoming = plan->incoming;
    for (const ProbeResult &r : std::as_const(m_probeResults)) {
        if (plan->smtp.contains(r.endpoint))
            check.refusedBefore << r;
    }
    m_popBeforeSmtp = check;
    emit popBeforeSmtpCheckStarted(plan->incoming, plan->smtp);
    ProbeOptions signIn = probeOptions(true);
    signIn.credentials.username = incomingUsername(signIn.credentials.username);
    auto *session = new ProbeSession({plan->incoming}, signIn, this);
    connect(session, &ProbeSession::probeFinished, this,
            [this](int, const ProbeResult &r) { m_popBeforeSmtp->signIn = r; });
    connect(session, &ProbeSession::finished, this, [this, smtp = plan->smtp] { retestRelay(smtp); });
    m_sessions.append(session);
    session->start();
    return true;
}

// Right after the sign-in to receive: the refused relay tests again, without signing in.
void DiagnosisRun::retestRelay(const QList<ProbeEndpoint> &smtp)
{
    if (m_cancelled || m_finished || !m_popBeforeSmtp->signIn.verifiedSignIn()) {
        onProbesDone();
        return;
    }
    m_popBeforeSmtp->retests.resize(smtp.size()); // in the plan's order, whatever order they finish in
    auto *session = new ProbeSession(smtp, probeOptions(false), this);
    connect(session, &ProbeSession::probeFinished, this,
            [this](int i, const ProbeResult &r) { m_popBeforeSmtp->retests[i] = r; });
    connect(session, &ProbeSession::finished, this, &DiagnosisRun::onProbesDone);
    m_sessions.append(session);
    session->start();
}

void DiagnosisRun::onCertificateNameResolved(const QHostInfo &info)
{
    const auto it = m_lookups.constFind(info.lookupId());
    if (m_finished || it == m_lookups.cend())
        return;
    const int index = it.value();
    m_lookups.erase(it);
    if (info.error() == QHostInfo::NoError)
        m_resolved[index] = info.addresses();
    if (m_lookups.isEmpty())
        probeCertificateNames();
}

void DiagnosisRun::abortLookups()
{
    for (auto it = m_lookups.cbegin(); it != m_lookups.cend(); ++it)
        QHostInfo::abortHostLookup(it.key());
    m_lookups.clear();
    m_lookupTimer.stop();
}

void DiagnosisRun::probeCertificateNames()
{
    abortLookups(); // those still open when the time ran out
    if (m_cancelled || m_finished) {
        finish();
        return;
    }
    QList<ProbeEndpoint> added;
    QStringList askFor;
    for (qsizetype i = 0; i < m_proposals.size(); ++i) {
        const CertificateHosts::Proposal &proposal = m_proposals.at(i);
        if (m_resolved.at(i).isEmpty())
            continue;
        for (const ProbeEndpoint &e : proposal.endpoints) {
            if (m_endpoints.contains(e) || added.size() >= kMaxCertificateEndpoints)
                continue;
            m_detection.candidates.append(certificateCandidate(proposal, e));
            added << e;
        }
        // A name at another address is probed without the password: it counts only when it shows the
        // same certificate, and MailFix knows that only afterwards.
        if (!CertificateHosts::sameAddress(m_resolved.at(i), proposal.originAddresses))
            continue;
        if (ProviderDetector::isInsideDomain(proposal.host, m_detection.address.aceDomain))
            m_allowedHosts << proposal.host;
        else
            askFor << proposal.host;
    }
    if (added.isEmpty()) {
        onProbesDone();
        return;
    }
    if (!askApproval(askFor))
        return;
    m_endpoints += added;
    m_probeResults.resize(m_endpoints.size());
    emit probesAdded(added);
    launchProbes(added);
}

Candidate DiagnosisRun::certificateCandidate(const CertificateHosts::Proposal &proposal,
                                             const ProbeEndpoint &endpoint) const
{
    Candidate c;
    c.endpoint = endpoint;
    c.authentication = {OutgoingServerConfig::Auth::PasswordCleartext};
    c.username = defaultUsername();
    c.source = CandidateSource::Certificate;
    c.trust = DetectionNames::trustOf(c.source);
    c.origin = proposal.origin;
    c.providerId = m_detection.providerId;
    c.providerName = m_detection.providerName;
    c.needsApproval = !ProviderDetector::isInsideDomain(endpoint.host, m_detection.address.aceDomain);
    return c;
}

QList<ProgramAccount> DiagnosisRun::ownAccounts() const
{
    return accountsOf(m_detection.address.isValid() ? m_detection.address.text : m_options.address,
                      m_options.accounts);
}

DiagnosisInput DiagnosisRun::diagnosisInput() const
{
    DiagnosisInput input;
    input.address = m_detection.address.isValid() || !m_detection.address.text.isEmpty()
                        ? m_detection.address
                        : EmailAddress::parse(m_options.address);
    input.username = m_options.credentials.username;
    input.detection = m_detection;
    for (const ProbeResult &r : std::as_const(m_probeResults)) {
        if (!r.endpoint.host.isEmpty())
            input.probes.append(r);
    }
    for (const ProbeResult &r : std::as_const(m_incomingResults)) {
        if (!r.endpoint.host.isEmpty())
            input.incomingProbes.append(r);
    }
    input.current = m_options.current;
    input.currentIncoming = m_options.currentIncoming;
    if (!m_options.errorText.trimmed().isEmpty())
        input.error = ErrorExplainer::explain(m_options.errorText);
    input.credentialsGiven = m_options.credentials.hasSecret();
    input.oauth2Tested = !m_options.credentials.oauth2Token.isEmpty();
    input.oauth2SendScopeMissing = m_options.oauth2SendScopeMissing;
    input.passwordHasUnusualCharacters = hasUnusualCharacters(m_options.credentials.password);
    input.vpnActive = m_options.vpnActive;
    input.program = m_options.program;
    input.popBeforeSmtp = m_popBeforeSmtp;
    return input;
}

void DiagnosisRun::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    cancelEarly(true); // those still running report nothing from here on
    m_phase = Phase::Done;
    emit phaseChanged(m_phase);
    emit finished(judge(diagnosisInput(), ownAccounts()));
}

Diagnosis DiagnosisRun::judge(DiagnosisInput input, const QList<ProgramAccount> &accounts)
{
    // Each of the program's accounts for this address, judged with its own settings as the current ones.
    QList<AccountVerdict> verdicts;
    for (const ProgramAccount &account : accounts) {
        DiagnosisInput own = input;
        own.current = account.outgoing;
        verdicts << AccountVerdict{account, Diagnoser::diagnose(own).findings};
    }
    if (!input.current && !verdicts.isEmpty()) {
        const auto failing = std::find_if(verdicts.cbegin(), verdicts.cend(),
                                          [](const AccountVerdict &v) { return v.cause() != nullptr; });
        input.current = (failing != verdicts.cend() ? *failing : verdicts.first()).account.outgoing;
    }
    Diagnosis diagnosis = Diagnoser::diagnose(input);
    diagnosis.accounts = verdicts;
    return diagnosis;
}
