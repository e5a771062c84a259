#include "core/Protocol.h"

namespace ProbeNames {

QString protocol(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Smtp:
        return QStringLiteral("smtp");
    case Protocol::Imap:
        return QStringLiteral("imap");
    case Protocol::Pop3:
        return QStringLiteral("pop3");
    }
    return {};
}

bool parseProtocol(const QString &text, Protocol *out)
{
    const QString t = text.trimmed().toLower();
    for (const Protocol p : {Protocol::Smtp, Protocol::Imap, Protocol::Pop3}) {
        if (t == protocol(p)) {
            *out = p;
            return true;
        }
    }
    return false;
}

} // namespace ProbeNames
