#include "core/ProbeResult.h"

namespace ProbeNames {

QString outcome(ProbeResult::Outcome outcome)
{
    switch (outcome) {
    case ProbeResult::Outcome::Completed:
        return QStringLiteral("completed");
    case ProbeResult::Outcome::Failed:
        return QStringLiteral("failed");
    case ProbeResult::Outcome::TimedOut:
        return QStringLiteral("timed-out");
    case ProbeResult::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace ProbeNames
