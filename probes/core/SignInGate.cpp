#include "core/SignInGate.h"

void SignInGate::open()
{
    if (m_open)
        return;
    m_open = true;
    emit opened();
}

void SignInGate::request()
{
    if (!m_open)
        emit requested();
}
