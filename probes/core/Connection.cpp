#include "core/Connection.h"

namespace ProbeNames {

QString connect(ConnectOutcome outcome)
{
    switch (outcome) {
    case ConnectOutcome::NotTried:
        return QStringLiteral("not-tried");
    case ConnectOutcome::Connected:
        return QStringLiteral("connected");
    case ConnectOutcome::ResolveFailed:
        return QStringLiteral("resolve-failed");
    case ConnectOutcome::Refused:
        return QStringLiteral("refused");
    case ConnectOutcome::TimedOut:
        return QStringLiteral("timed-out");
    case ConnectOutcome::Unreachable:
        return QStringLiteral("unreachable");
    case ConnectOutcome::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace ProbeNames
