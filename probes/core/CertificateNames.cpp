#include "core/CertificateNames.h"

#include <QHostAddress>
#include <QUrl>

namespace {
QString normalised(const QString &name)
{
    QString n = name.trimmed().toLower();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    const QByteArray ace = QUrl::toAce(n);
    return ace.isEmpty() ? n : QString::fromLatin1(ace);
}
} // namespace

namespace CertificateNames {

bool isWildcard(const QString &pattern)
{
    return pattern.trimmed().startsWith(QLatin1String("*."));
}

bool matches(const QString &pattern, const QString &host)
{
    const QString p = normalised(pattern);
    const QString h = normalised(host);
    if (p.isEmpty() || h.isEmpty())
        return false;
    if (!p.contains(QLatin1Char('*')))
        return p == h;
    // Only a whole left-most label may be a wildcard, and never directly under a top-level domain.
    if (!isWildcard(p) || p.count(QLatin1Char('*')) != 1)
        return false;
    const QString base = p.mid(2);
    if (!base.contains(QLatin1Char('.')))
        return false;
    const qsizetype dot = h.indexOf(QLatin1Char('.'));
    if (dot <= 0 || h.left(dot).startsWith(QLatin1String("xn--")))
        return false; // no wildcard stands for an internationalised label (RFC 6125 7.2)
    return h.mid(dot + 1) == base;
}

bool validFor(const QString &host, const QString &commonName, const QStringList &names)
{
    const QStringList &checked = names.isEmpty() ? QStringList{commonName} : names;
    for (const QString &name : checked) {
        if (matches(name, host))
            return true;
    }
    return false;
}

QStringList dnsNames(const QStringList &subjectAltNames)
{
    QStringList out;
    for (const QString &name : subjectAltNames) {
        if (!QHostAddress(name).isNull() || name.trimmed().isEmpty())
            continue;
        out << name.trimmed();
    }
    return out;
}

} // namespace CertificateNames
