#include "core/Probe.h"

Probe::Probe(QObject *parent) : QObject(parent) {}

Probe::~Probe() = default;

bool Probe::markFinished()
{
    if (m_finished)
        return false;
    m_finished = true;
    return true;
}
