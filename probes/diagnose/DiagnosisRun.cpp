#include "diagnose/DiagnosisRun.h"

#include "diagnose/Diagnoser.h"
#include "diagnose/ErrorExplainer.h"

#include <algorithm>

namespace {
constexpr int kMaxEndpoints = 12;
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
{}

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
    QStringList allowedHosts = m_options.approvedHosts;
    if (m_options.current)
        allowedHosts << m_options.current->host;
    for (const ProgramAccount &a : accounts) // the hosts the user's program already sends this address to
        allowedHosts << a.outgoing.host;
    QStringList askFor;
    for (const Candidate &c : result.candidates) {
        if (!c.needsApproval)
            allowedHosts << c.endpoint.host;
        else if (!allowedHosts.contains(c.endpoint.host, Qt::CaseInsensitive) &&
                 !askFor.contains(c.endpoint.host, Qt::CaseInsensitive))
            askFor << c.endpoint.host;
    }
    for (const QString &host : allowedHosts)
        askFor.removeAll(host);
    if (!askFor.isEmpty() && m_options.approveHosts && !m_options.credentials.password.isEmpty()) {
        allowedHosts += m_options.approveHosts(askFor, result);
        if (m_cancelled || m_finished) { // the question may have taken a while
            finish();
            return;
        }
    }
    ProbeOptions base;
    base.timeoutMs = m_options.timeoutMs;
    base.caFiles = m_options.caFiles;
    base.from = m_options.from.isEmpty() ? result.address.text : m_options.from;
    base.to = m_options.to.isEmpty() ? QLatin1String(kDefaultRelayRecipient) : m_options.to;
    base.allowPlaintextAuth = m_options.allowPlaintextAuth;
    base.approvedDespiteCertificate = m_options.approveCertificateProblems;
    base.sendTestMessage = m_options.sendTestMessage;
    ProbeOptions withPassword = base;
    withPassword.credentials = m_options.credentials;
    if (withPassword.credentials.username.isEmpty()) {
        withPassword.credentials.username =
            !result.candidates.isEmpty() && !result.candidates.first().username.isEmpty()
                ? result.candidates.first().username
                : result.address.text;
    }
    if (withPassword.credentials.password.isEmpty())
        withPassword.credentials = {};

    QList<ProbeEndpoint> trusted;
    QList<ProbeEndpoint> others;
    for (const ProbeEndpoint &e : std::as_const(m_endpoints)) {
        const bool allowed = std::any_of(allowedHosts.cbegin(), allowedHosts.cend(), [&e](const QString &h) {
            return h.compare(e.host, Qt::CaseInsensitive) == 0;
        });
        (allowed ? trusted : others).append(e);
    }
    m_probeResults.resize(m_endpoints.size());
    auto launch = [this](const QList<ProbeEndpoint> &endpoints, const ProbeOptions &options) {
        if (endpoints.isEmpty())
            return;
        auto *session = new ProbeSession(endpoints, options, this);
        QList<int> indexes;
        for (const ProbeEndpoint &e : endpoints)
            indexes << int(m_endpoints.indexOf(e));
        connect(session, &ProbeSession::probeStageStarted, this,
                [this, indexes](int i, ProbeStage stage) { emit probeStageStarted(indexes.at(i), stage); });
        connect(session, &ProbeSession::probeFinished, this, [this, indexes](int i, const ProbeResult &r) {
            m_probeResults[indexes.at(i)] = r;
            emit probeFinished(indexes.at(i), r);
        });
        connect(session, &ProbeSession::finished, this, [this] {
            if (--m_sessionsLeft == 0)
                finish();
        });
        m_sessions.append(session);
        ++m_sessionsLeft;
    };
    launch(trusted, withPassword);
    launch(others, base);
    const QList<QPointer<ProbeSession>> sessions = m_sessions;
    for (const QPointer<ProbeSession> &session : sessions)
        session->start();
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
    input.current = m_options.current;
    if (!m_options.errorText.trimmed().isEmpty())
        input.error = ErrorExplainer::explain(m_options.errorText);
    input.credentialsGiven = !m_options.credentials.password.isEmpty();
    input.passwordHasUnusualCharacters = hasUnusualCharacters(m_options.credentials.password);
    input.vpnActive = m_options.vpnActive;
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
