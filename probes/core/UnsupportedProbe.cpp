#include "core/UnsupportedProbe.h"

UnsupportedProbe::UnsupportedProbe(ProbeEndpoint endpoint, QObject *parent) : Probe(parent)
{
    m_result.endpoint = std::move(endpoint);
}

void UnsupportedProbe::start()
{
    if (m_started)
        return;
    m_started = true;
    const QString why = tr("MailFix cannot check %1 servers yet")
                            .arg(ProbeNames::protocol(m_result.endpoint.protocol).toUpper());
    QMetaObject::invokeMethod(
        this, [this, why] { finish(ProbeResult::Outcome::Failed, why); }, Qt::QueuedConnection);
}

void UnsupportedProbe::cancel()
{
    finish(ProbeResult::Outcome::Cancelled, tr("cancelled"));
}

void UnsupportedProbe::finish(ProbeResult::Outcome outcome, const QString &why)
{
    if (!markFinished())
        return;
    m_result.outcome = outcome;
    m_result.failure = why;
    m_result.transcript.addNote(0, why);
    m_result.stages.append(
        {ProbeStage::Resolve,
         outcome == ProbeResult::Outcome::Cancelled ? StageOutcome::Cancelled : StageOutcome::Skipped, 0, 0,
         why});
    emit finished(m_result);
}
