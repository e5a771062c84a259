#pragma once

#include "core/Endpoint.h"
#include "core/ProbeFactory.h"
#include "core/ProbeOptions.h"
#include "core/ProbeResult.h"
#include "core/ProbeStage.h"

#include <QList>
#include <QObject>
#include <QTimer>

class Probe;

// Runs one probe per endpoint, all in parallel; results stream out as each probe ends, and the whole
// session ends within one timeout of its start even when ports are black-holed. The probes come from a
// factory (by default ProbeFactories::standard(): the endpoint's protocol picks the probe).
class ProbeSession : public QObject
{
    Q_OBJECT

public:
    ProbeSession(QList<ProbeEndpoint> endpoints, ProbeOptions options, QObject *parent = nullptr);
    ProbeSession(QList<ProbeEndpoint> endpoints, ProbeOptions options, ProbeFactory factory,
                 QObject *parent = nullptr);

    // Ports 25, 26, 465 and 587 of host, each with the security it implies.
    [[nodiscard]] static QList<ProbeEndpoint> defaultEndpoints(const QString &host);

    void start();
    void cancel();

    [[nodiscard]] const QList<ProbeEndpoint> &endpoints() const { return m_endpoints; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    // In endpoint order; complete once finished() was emitted.
    [[nodiscard]] const QList<ProbeResult> &results() const { return m_results; }

signals:
    void probeStageStarted(int index, ProbeStage stage);
    void probeFinished(int index, const ProbeResult &result);
    void finished(const QList<ProbeResult> &results);

private:
    void onProbeFinished(int index, const ProbeResult &result);

    QList<ProbeEndpoint> m_endpoints;
    ProbeOptions m_options;
    ProbeFactory m_factory;
    QList<Probe *> m_probes;
    QList<ProbeResult> m_results;
    QList<bool> m_done;
    int m_remaining = 0;
    bool m_started = false;
    bool m_finished = false;
    QTimer m_deadline;
};
