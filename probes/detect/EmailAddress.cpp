#include "detect/EmailAddress.h"

#include <QUrl>

namespace {
// RFC 5322 3.2.3 atext, besides letters and digits
bool isAtextSymbol(QChar c)
{
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}
} // namespace

bool EmailAddress::isHostName(const QString &aceName)
{
    if (aceName.isEmpty() || aceName.size() > 253)
        return false;
    const QStringList labels = aceName.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) ||
            label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                            u == '-' || u == '_';
            if (!ok)
                return false;
        }
    }
    // the top-level label is never all digits (that would be an IP address)
    bool allDigits = true;
    for (const QChar c : labels.last())
        allDigits = allDigits && c.isDigit();
    return !allDigits;
}

EmailAddress EmailAddress::parse(const QString &input)
{
    EmailAddress a;
    a.text = input.trimmed();
    if (a.text != input && !a.text.isEmpty())
        a.oddities << Oddity::SurroundingSpace;
    if (a.text.isEmpty()) {
        a.problem = Problem::Empty;
        return a;
    }
    for (const QChar c : a.text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            a.problem = Problem::ControlCharacter;
            return a;
        }
    }
    if (a.text.size() > 254) {
        a.problem = Problem::TooLong;
        return a;
    }
    const qsizetype at = a.text.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        a.problem = Problem::NoAt;
        return a;
    }
    a.localPart = a.text.left(at);
    QString domain = a.text.mid(at + 1);
    if (a.localPart.isEmpty()) {
        a.problem = Problem::EmptyLocalPart;
        return a;
    }
    if (domain.isEmpty()) {
        a.problem = Problem::EmptyDomain;
        return a;
    }
    const bool quoted = a.localPart.size() >= 2 && a.localPart.startsWith(QLatin1Char('"')) &&
                        a.localPart.endsWith(QLatin1Char('"'));
    if (quoted) {
        a.oddities << Oddity::QuotedLocalPart;
    } else {
        if (a.localPart.contains(QLatin1Char('@'))) {
            a.problem = Problem::UnquotedAt;
            return a;
        }
        if (a.localPart.contains(QLatin1Char(' '))) {
            a.problem = Problem::Space;
            return a;
        }
        if (a.localPart.startsWith(QLatin1Char('.')) || a.localPart.endsWith(QLatin1Char('.')) ||
            a.localPart.contains(QLatin1String("..")))
            a.oddities << Oddity::DotProblem;
        bool unusual = false;
        bool nonAscii = false;
        for (const QChar c : std::as_const(a.localPart)) {
            if (c.unicode() > 0x7f)
                nonAscii = true;
            else if (!c.isLetterOrNumber() && c != QLatin1Char('.') && !isAtextSymbol(c))
                unusual = true;
        }
        if (nonAscii)
            a.oddities << Oddity::NonAsciiLocalPart;
        if (unusual)
            a.oddities << Oddity::UnusualCharacter;
    }
    if (domain.contains(QLatin1Char(' '))) {
        a.problem = Problem::Space;
        return a;
    }
    if (domain.endsWith(QLatin1Char('.'))) {
        domain.chop(1);
        a.oddities << Oddity::TrailingDotInDomain;
    }
    a.domain = domain.toLower();
    a.aceDomain = QString::fromLatin1(QUrl::toAce(a.domain)).toLower();
    if (a.aceDomain.isEmpty() || !isHostName(a.aceDomain)) {
        a.problem = Problem::BadDomain;
        return a;
    }
    if (a.aceDomain != a.domain)
        a.oddities << Oddity::InternationalDomain;
    a.domain = QUrl::fromAce(a.aceDomain.toLatin1()).toLower();
    a.problem = Problem::None;
    return a;
}

QString EmailAddress::problemText() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("Please type your email address.");
    case Problem::NoAt:
        return tr("\"%1\" has no @ sign; an email address looks like name@example.com.").arg(text);
    case Problem::EmptyLocalPart:
        return tr("\"%1\" has nothing before the @ sign.").arg(text);
    case Problem::EmptyDomain:
        return tr("\"%1\" has nothing after the @ sign.").arg(text);
    case Problem::UnquotedAt:
        return tr("\"%1\" has more than one @ sign.").arg(text);
    case Problem::ControlCharacter:
        return tr("The address contains a line break or another invisible character.");
    case Problem::Space:
        return tr("\"%1\" contains a space; email addresses have none.").arg(text);
    case Problem::BadDomain:
        return tr("\"%1\" is not a domain name that can receive mail.").arg(domain.isEmpty() ? text : domain);
    case Problem::TooLong:
        return tr("The address is longer than 254 characters, which mail servers refuse.");
    }
    return {};
}
