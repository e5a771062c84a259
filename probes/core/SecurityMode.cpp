#include "core/SecurityMode.h"

namespace ProbeNames {

QString security(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::None:
        return QStringLiteral("none");
    case SecurityMode::StartTls:
        return QStringLiteral("starttls");
    case SecurityMode::ImplicitTls:
        return QStringLiteral("tls");
    }
    return {};
}

bool parseSecurity(const QString &text, SecurityMode *mode)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("none") || t == QLatin1String("plain"))
        *mode = SecurityMode::None;
    else if (t == QLatin1String("starttls"))
        *mode = SecurityMode::StartTls;
    else if (t == QLatin1String("tls") || t == QLatin1String("ssl"))
        *mode = SecurityMode::ImplicitTls;
    else
        return false;
    return true;
}

} // namespace ProbeNames
