#pragma once

#include "clients/MailClients.h"
#include "diagnose/Diagnosis.h"

#include <QCoreApplication>
#include <QStringList>

// The first, text-only fix guide: the steps to change the outgoing settings in the user's program,
// with the user's own values, only the steps the findings need. (Drawn guides replace it later.)
class FixSteps
{
    Q_DECLARE_TR_FUNCTIONS(FixSteps)

public:
    [[nodiscard]] static QStringList steps(MailClients::Program program, const Diagnosis &diagnosis);
};
