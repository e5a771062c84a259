#include "diagnose/DiagnosisRun.h"

#include "diagnose/Diagnoser.h"
#include "diagnose/ErrorExplainer.h"

#include <algorithm>

namespace {
constexpr int kMaxEndpoints = 12;
constexpr int kMaxCertificateEndpoints = 8; // names certificates gave, probed afterwards
constexpr int kMaxIncomingEndpoints = 4;
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
    m_detector = new ProviderDetector(detection, this);
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
    launchProbes(m_endpoints, m_incomingEndpoints); // in parallel
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
    if (!hosts.isEmpty() && m_options.approveHosts && !m_options.credentials.password.isEmpty()) {
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
    ProbeOptions options;
    options.timeoutMs = m_options.timeoutMs;
    options.caFiles = m_options.caFiles;
    options.from = m_options.from.isEmpty() ? m_detection.address.text : m_options.from;
    options.to = m_options.to.isEmpty() ? QLatin1String(kDefaultRelayRecipient) : m_options.to;
    options.allowPlaintextAuth = m_options.allowPlaintextAuth;
    options.approvedDespiteCertificate = m_options.approveCertificateProblems;
    options.sendTestMessage = m_options.sendTestMessage;
    if (!withPassword || m_options.credentials.password.isEmpty())
        return options;
    options.credentials = m_options.credentials;
    if (options.credentials.username.isEmpty())
        options.credentials.username = defaultUsername();
    return options;
}

QString DiagnosisRun::defaultUsername() const
{
    const QList<Candidate> &candidates = m_detection.candidates;
    return !candidates.isEmpty() && !candidates.first().username.isEmpty() ? candidates.first().username
                                                                           : m_detection.address.text;
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
    auto *session = new ProbeSession(group, options, this);
    QList<int> indexes;
    for (const ProbeEndpoint &e : group)
        indexes << int((incoming ? m_incomingEndpoints : m_endpoints).indexOf(e));
    if (incoming) {
        connect(session, &ProbeSession::probeFinished, this, [this, indexes](int i, const ProbeResult &r) {
            m_incomingResults[indexes.at(i)] = r;
            emit incomingProbeFinished(indexes.at(i), r);
        });
    } else {
        connect(session, &ProbeSession::probeStageStarted, this,
                [this, indexes](int i, ProbeStage stage) { emit probeStageStarted(indexes.at(i), stage); });
        connect(session, &ProbeSession::probeFinished, this, [this, indexes](int i, const ProbeResult &r) {
            m_probeResults[indexes.at(i)] = r;
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
// looked up; those that lead to the same server are probed like any other candidate.
void DiagnosisRun::onProbesDone()
{
    if (m_cancelled || m_finished || m_certificateNamesTried) {
        finish();
        return;
    }
    m_certificateNamesTried = true;
    QStringList probed;
    for (const ProbeEndpoint &e : std::as_const(m_endpoints))
        probed << e.host;
    m_proposals = CertificateHosts::proposals(m_probeResults, probed);
    if (m_proposals.isEmpty()) {
        finish();
        return;
    }
    m_resolved = QList<QList<QHostAddress>>(m_proposals.size());
    m_lookupTimer.start(std::max(1, m_options.timeoutMs));
    for (qsizetype i = 0; i < m_proposals.size(); ++i) {
        // by name (SLOT()): see ConnectionProbe::onResolved
        const int id =
            QHostInfo::lookupHost(m_proposals.at(i).host, this, SLOT(onCertificateNameResolved(QHostInfo)));
        m_lookups.insert(id, int(i));
    }
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
    if (added.isEmpty() || !askApproval(askFor)) {
        finish();
        return;
    }
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
    input.credentialsGiven = !m_options.credentials.password.isEmpty();
    input.passwordHasUnusualCharacters = hasUnusualCharacters(m_options.credentials.password);
    input.vpnActive = m_options.vpnActive;
    input.program = m_options.program;
    return input;
}

void DiagnosisRun::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_phase = Phase::Done;
    emit phaseChanged(m_phase);
    DiagnosisInput input = diagnosisInput();
    // Each of the program's accounts for this address, judged with its own settings as the current ones.
    QList<AccountVerdict> verdicts;
    for (const ProgramAccount &account : ownAccounts()) {
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
    emit finished(diagnosis);
}
