#include "core/ProbeSession.h"

#include "core/Probe.h"
#include "core/UnsupportedProbe.h"

namespace {
// Each probe keeps its own deadline; this one only catches a probe that failed to (it must not fire).
constexpr int kSafetyMarginMs = 250;
} // namespace

ProbeSession::ProbeSession(QList<ProbeEndpoint> endpoints, ProbeOptions options, QObject *parent)
    : ProbeSession(std::move(endpoints), std::move(options), ProbeFactories::standard(), parent)
{}

ProbeSession::ProbeSession(QList<ProbeEndpoint> endpoints, ProbeOptions options, ProbeFactory factory,
                           QObject *parent)
    : QObject(parent), m_endpoints(std::move(endpoints)), m_options(std::move(options)),
      m_factory(std::move(factory))
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &ProbeSession::cancel);
}

QList<ProbeEndpoint> ProbeSession::defaultEndpoints(const QString &host)
{
    QList<ProbeEndpoint> endpoints;
    for (const quint16 port : {quint16(25), quint16(26), quint16(465), quint16(587)})
        endpoints.append({host, port, ProbeEndpoint::defaultSecurityFor(port)});
    return endpoints;
}

void ProbeSession::start()
{
    if (m_started)
        return;
    m_started = true;
    m_results.resize(m_endpoints.size());
    m_done.fill(false, m_endpoints.size());
    m_remaining = int(m_endpoints.size());
    if (m_remaining == 0) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_finished = true;
                emit finished(m_results);
            },
            Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < m_endpoints.size(); ++i) {
        Probe *probe = m_factory ? m_factory(m_endpoints.at(i), m_options, this) : nullptr;
        if (!probe)
            probe = new UnsupportedProbe(m_endpoints.at(i), this);
        connect(probe, &Probe::stageStarted, this,
                [this, i](ProbeStage stage) { emit probeStageStarted(i, stage); });
        connect(probe, &Probe::finished, this,
                [this, i](const ProbeResult &result) { onProbeFinished(i, result); });
        m_probes.append(probe);
    }
    m_deadline.start(std::max(1, m_options.timeoutMs) + kSafetyMarginMs);
    for (Probe *probe : std::as_const(m_probes))
        probe->start();
}

void ProbeSession::cancel()
{
    if (m_finished)
        return;
    if (!m_started) {
        m_started = true;
        m_results.resize(m_endpoints.size());
        m_done.fill(true, m_endpoints.size());
        m_finished = true;
        emit finished(m_results);
        return;
    }
    // Each probe's finished() arrives synchronously from cancel(); the last one ends the session.
    const QList<Probe *> probes = m_probes;
    for (Probe *probe : probes) {
        if (!probe->isFinished())
            probe->cancel();
    }
}

void ProbeSession::onProbeFinished(int index, const ProbeResult &result)
{
    if (m_finished || m_done.at(index))
        return;
    m_done[index] = true;
    m_results[index] = result;
    emit probeFinished(index, result);
    if (--m_remaining == 0) {
        m_finished = true;
        m_deadline.stop();
        emit finished(m_results);
    }
}
