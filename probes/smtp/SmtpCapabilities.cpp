// Reads the extensions a server lists in its EHLO reply into flags, the SIZE limit and AUTH mechanisms.
#include "smtp/SmtpCapabilities.h"

namespace {

QStringList words(const QString &line)
{
    return line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void addMechanisms(QStringList *mechanisms, const QStringList &names)
{
    for (const QString &name : names) {
        const QString upper = name.toUpper();
        if (!upper.isEmpty() && !mechanisms->contains(upper))
            mechanisms->append(upper);
    }
}

} // namespace

SmtpCapabilities SmtpCapabilities::fromEhloReply(const SmtpReply &reply)
{
    SmtpCapabilities caps;
    if (reply.code != 250 || reply.lines.isEmpty())
        return caps;

    const QStringList greeting = words(reply.lines.first());
    if (!greeting.isEmpty())
        caps.serverName = greeting.first();

    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QString &line = reply.lines.at(i);
        QStringList parts = words(line);
        if (parts.isEmpty())
            continue;
        caps.keywords.append(line);

        QString keyword = parts.takeFirst().toUpper();
        // Old form from before RFC 4954: "AUTH=PLAIN LOGIN".
        if (keyword.startsWith(QLatin1String("AUTH="))) {
            parts.prepend(keyword.mid(5));
            keyword = QStringLiteral("AUTH");
        }

        if (keyword == QLatin1String("STARTTLS")) {
            caps.startTls = true;
        } else if (keyword == QLatin1String("PIPELINING")) {
            caps.pipelining = true;
        } else if (keyword == QLatin1String("8BITMIME")) {
            caps.eightBitMime = true;
        } else if (keyword == QLatin1String("SMTPUTF8")) {
            caps.smtpUtf8 = true;
        } else if (keyword == QLatin1String("ENHANCEDSTATUSCODES")) {
            caps.enhancedStatusCodes = true;
        } else if (keyword == QLatin1String("CHUNKING")) {
            caps.chunking = true;
        } else if (keyword == QLatin1String("SIZE")) {
            caps.sizeAdvertised = true;
            bool ok = false;
            const qint64 limit = parts.isEmpty() ? 0 : parts.first().toLongLong(&ok);
            caps.sizeLimit = ok && limit > 0 ? limit : 0;
        } else if (keyword == QLatin1String("AUTH")) {
            addMechanisms(&caps.authMechanisms, parts);
        }
    }
    return caps;
}

bool SmtpCapabilities::offersAuth(const QString &mechanism) const
{
    return authMechanisms.contains(mechanism, Qt::CaseInsensitive);
}
