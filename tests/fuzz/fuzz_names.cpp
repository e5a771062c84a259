// Fuzzes what reads names from DNS and from people: EmailAddress::parse and isHostName, ProviderDetector's
// baseDomain, isInsideDomain and acceptSrvTarget, and MailSettings::parse (the --current text).
// Input: UTF-8 text; its first three lines (a, b, c) are each tried alone and as (host, domain) pairs.
#include "FuzzCheck.h"
#include "detect/EmailAddress.h"
#include "detect/ProviderDetector.h"
#include "diagnose/Diagnosis.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace {

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// What ProviderDetector compares: trimmed, lower case, without trailing dots.
QString comparable(const QString &name)
{
    QString out = name.trimmed().toLower();
    while (out.endsWith(u'.'))
        out.chop(1);
    return out;
}

void checkAddress(const QString &input)
{
    const EmailAddress a = EmailAddress::parse(input);
    FUZZ_CHECK(a.isValid() == (a.problem == EmailAddress::Problem::None), QStringLiteral("isValid()"));
    FUZZ_CHECK(a.problemText().isEmpty() == a.isValid(), QStringLiteral("problem text %1 for problem %2")
                                                             .arg(fuzzcheck::shown(a.problemText()))
                                                             .arg(int(a.problem)));
    FUZZ_CHECK(a.text == input.trimmed(), QStringLiteral("text %1").arg(fuzzcheck::shown(a.text)));

    // The trimmed text parses the same (without the note about surrounding spaces).
    const EmailAddress again = EmailAddress::parse(a.text);
    FUZZ_CHECK(again.problem == a.problem && again.localPart == a.localPart && again.aceDomain == a.aceDomain,
               QStringLiteral("%1 parses differently once trimmed").arg(fuzzcheck::shown(input)));
    if (!a.isValid())
        return;

    FUZZ_CHECK(!a.localPart.isEmpty() && !a.domain.isEmpty() && a.text.size() <= 254,
               QStringLiteral("valid %1: local part %2, domain %3")
                   .arg(fuzzcheck::shown(a.text), fuzzcheck::shown(a.localPart), fuzzcheck::shown(a.domain)));
    for (const QChar c : a.text)
        FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f,
                   QStringLiteral("valid %1 has a control character").arg(fuzzcheck::shown(a.text)));
    FUZZ_CHECK(EmailAddress::isHostName(a.aceDomain) && isAscii(a.aceDomain) &&
                   a.aceDomain == a.aceDomain.toLower(),
               QStringLiteral("valid %1 has ACE domain %2")
                   .arg(fuzzcheck::shown(a.text), fuzzcheck::shown(a.aceDomain)));
    FUZZ_CHECK(a.aceAddress() == a.localPart + u'@' + a.aceDomain, QStringLiteral("aceAddress()"));

    // What MailFix sends on (localPart@aceDomain) is a valid address with the same parts.
    if (a.aceAddress().size() <= 254) {
        const EmailAddress ace = EmailAddress::parse(a.aceAddress());
        FUZZ_CHECK(
            ace.isValid() && ace.localPart == a.localPart && ace.aceDomain == a.aceDomain,
            QStringLiteral("%1 is valid, its ACE form %2 is not the same address (problem %3, domain %4)")
                .arg(fuzzcheck::shown(a.text), fuzzcheck::shown(a.aceAddress()))
                .arg(int(ace.problem))
                .arg(fuzzcheck::shown(ace.aceDomain)));
    }
}

void checkHostName(const QString &name)
{
    if (!EmailAddress::isHostName(name))
        return;
    FUZZ_CHECK(name.size() <= 253 && isAscii(name) && name.contains(u'.'),
               QStringLiteral("host name %1").arg(fuzzcheck::shown(name)));
    for (const QString &label : name.split(u'.'))
        FUZZ_CHECK(
            !label.isEmpty() && label.size() <= 63 && !label.startsWith(u'-') && !label.endsWith(u'-'),
            QStringLiteral("host name %1 has label %2").arg(fuzzcheck::shown(name), fuzzcheck::shown(label)));
    FUZZ_CHECK(EmailAddress::isHostName(name.toLower()) && EmailAddress::isHostName(name.toUpper()),
               QStringLiteral("host name %1 depends on case").arg(fuzzcheck::shown(name)));

    // A host name is a usable email domain (when the address is not too long).
    const EmailAddress address = EmailAddress::parse(QStringLiteral("a@") + name);
    FUZZ_CHECK(name.size() > 252 || (address.isValid() && address.aceDomain == name.toLower()),
               QStringLiteral("host name %1 as an email domain: problem %2, ACE domain %3")
                   .arg(fuzzcheck::shown(name))
                   .arg(int(address.problem))
                   .arg(fuzzcheck::shown(address.aceDomain)));

    // A base domain is a host's own registrable domain: the host lies inside it, and it is its own base.
    const QString base = ProviderDetector::baseDomain(name);
    FUZZ_CHECK(!base.isEmpty() && base.count(u'.') <= 2 && ProviderDetector::isInsideDomain(name, base),
               QStringLiteral("base domain of %1 is %2").arg(fuzzcheck::shown(name), fuzzcheck::shown(base)));
    FUZZ_CHECK(ProviderDetector::baseDomain(base) == base,
               QStringLiteral("base domain of %1 is %2, whose base domain is %3")
                   .arg(fuzzcheck::shown(name), fuzzcheck::shown(base),
                        fuzzcheck::shown(ProviderDetector::baseDomain(base))));
    FUZZ_CHECK(
        ProviderDetector::baseDomain(name.toUpper() + u'.') == base,
        QStringLiteral("base domain of %1 depends on case or a trailing dot").arg(fuzzcheck::shown(name)));
}

void checkDomains(const QString &host, const QString &domain)
{
    const bool inside = ProviderDetector::isInsideDomain(host, domain);
    FUZZ_CHECK(ProviderDetector::acceptSrvTarget(host, domain) == inside,
               QStringLiteral("acceptSrvTarget and isInsideDomain disagree"));
    const QString h = comparable(host);
    const QString d = comparable(domain);
    if (inside) {
        // On a label boundary: the domain itself or a name below it.
        FUZZ_CHECK(
            !d.isEmpty() && h.endsWith(d) && (h.size() == d.size() || h.at(h.size() - d.size() - 1) == u'.'),
            QStringLiteral("%1 counted inside %2").arg(fuzzcheck::shown(host), fuzzcheck::shown(domain)));
    }
    if (!d.isEmpty())
        FUZZ_CHECK(ProviderDetector::isInsideDomain(domain, domain),
                   QStringLiteral("%1 is not inside itself").arg(fuzzcheck::shown(domain)));

    // A name that merely ends with the domain's text is not inside it: "evilexample.com" vs "example.com".
    const QString prefix = host.trimmed();
    if (!prefix.isEmpty() && !prefix.endsWith(u'.') && !d.isEmpty() && !domain.isEmpty() &&
        !domain.at(0).isSpace())
        FUZZ_CHECK(!ProviderDetector::acceptSrvTarget(prefix + domain, domain),
                   QStringLiteral("SRV target %1 accepted for domain %2")
                       .arg(fuzzcheck::shown(prefix + domain), fuzzcheck::shown(domain)));
}

void checkSettings(const QString &text)
{
    QString error;
    const std::optional<MailSettings> settings = MailSettings::parse(text, &error);
    if (!settings) {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("MailSettings::parse failed without saying why"));
        return;
    }
    const MailSettings &s = *settings;
    FUZZ_CHECK(s.port >= 1, QStringLiteral("port 0 from %1").arg(fuzzcheck::shown(text)));
    FUZZ_CHECK(!s.host.isEmpty() && !s.host.contains(u' ') && !s.host.contains(u'/') &&
                   !s.host.contains(u':') && s.host == s.host.trimmed() && s.host == s.host.toLower(),
               QStringLiteral("host %1 from %2").arg(fuzzcheck::shown(s.host), fuzzcheck::shown(text)));
    // The canonical text parses back to the same settings.
    const QString canonical = s.host + u':' + QString::number(s.port) + u':' +
                              ProbeNames::security(s.security) + u':' + MailSettings::authName(s.auth);
    QString againError;
    const std::optional<MailSettings> again = MailSettings::parse(canonical, &againError);
    FUZZ_CHECK(again && *again == s && again->host == s.host,
               QStringLiteral("%1 gave %2, which does not parse back (%3)")
                   .arg(fuzzcheck::shown(text), fuzzcheck::shown(canonical), againError));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0; // names and addresses are short; longer input only repeats the same paths
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList parts = text.split(u'\n');
    while (parts.size() < 3)
        parts.append(QString());

    for (qsizetype i = 0; i < 3; ++i) {
        checkAddress(parts.at(i));
        checkHostName(parts.at(i));
        checkSettings(parts.at(i));
        (void)ProviderDetector::baseDomain(parts.at(i));
    }
    checkDomains(parts.at(0), parts.at(1));
    checkDomains(parts.at(1), parts.at(2));
    checkDomains(parts.at(0), parts.at(2));
    // Inside is transitive: a host inside a subdomain is inside the domain.
    if (ProviderDetector::isInsideDomain(parts.at(0), parts.at(1)) &&
        ProviderDetector::isInsideDomain(parts.at(1), parts.at(2)))
        FUZZ_CHECK(ProviderDetector::isInsideDomain(parts.at(0), parts.at(2)),
                   QStringLiteral("%1 inside %2 inside %3, but not inside %3")
                       .arg(fuzzcheck::shown(parts.at(0)), fuzzcheck::shown(parts.at(1)),
                            fuzzcheck::shown(parts.at(2))));
    return 0;
}
