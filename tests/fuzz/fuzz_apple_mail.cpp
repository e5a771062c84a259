// Fuzzes Apple Mail's account list: PropertyList::parse (binary "bplist00" or XML) on the input, then
// AppleMailAccounts::fromPlist and ProgramAccounts::fromAppleMail on what it read. Also: a failure always
// says why; the value tree stays within the reader's limits (values, depth) and holds only property list
// types; every account has a lower-case host name and a port, and an outgoing server that signs in has a
// user name. The input is also read as the other format (so both readers see every input).
#include "FuzzCheck.h"
#include "clients/AppleMailAccounts.h"
#include "clients/ProgramAccounts.h"
#include "clients/PropertyList.h"

#include <QByteArray>
#include <QVariantList>
#include <QVariantMap>

#include <cstddef>
#include <cstdint>

namespace {

// The number of values in v (v included); checks types and depth on the way.
qsizetype walk(const QVariant &v, int depth)
{
    FUZZ_CHECK(depth <= PropertyList::kMaxDepth + 1, QStringLiteral("depth %1").arg(depth));
    qsizetype n = 1;
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Bool:
    case QMetaType::LongLong:
    case QMetaType::Double:
    case QMetaType::QString:
    case QMetaType::QByteArray:
        break;
    case QMetaType::QVariantList:
        for (const QVariant &item : v.toList())
            n += walk(item, depth + 1);
        break;
    case QMetaType::QVariantMap: {
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            n += walk(it.value(), depth + 1) + 1; // the key is a value too
        break;
    }
    default:
        FUZZ_CHECK(false, QStringLiteral("a value of type %1").arg(v.typeId()));
    }
    return n;
}

void checkSettings(const MailSettings &s, const char *what)
{
    FUZZ_CHECK(!s.host.isEmpty() && s.host == s.host.trimmed() && s.host == s.host.toLower(),
               QStringLiteral("%1 host %2").arg(QLatin1String(what), fuzzcheck::shown(s.host)));
    FUZZ_CHECK(s.port != 0,
               QStringLiteral("%1 %2 has no port").arg(QLatin1String(what), fuzzcheck::shown(s.host)));
}

void check(const std::optional<QVariant> &root, const QString &error)
{
    if (!root) {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("refused without a reason"));
        return;
    }
    const qsizetype values = walk(*root, 0);
    FUZZ_CHECK(values <= 2 * PropertyList::kMaxValues, QStringLiteral("%1 values").arg(values));

    QString why;
    const std::optional<AppleMailAccounts::List> list = AppleMailAccounts::fromPlist(*root, &why);
    if (!list) {
        FUZZ_CHECK(!why.isEmpty(), QStringLiteral("no account list, and no reason"));
        return;
    }
    for (const AppleMailAccounts::Delivery &d : list->deliveries) {
        checkSettings(d.settings, "outgoing");
        FUZZ_CHECK(
            d.settings.auth == MailSettings::Auth::None || !d.settings.username.isEmpty(),
            QStringLiteral("signs in to %1 without a user name").arg(fuzzcheck::shown(d.settings.host)));
    }
    for (const AppleMailAccounts::Account &a : list->accounts) {
        checkSettings(a.incoming.settings, "incoming");
        if (a.outgoing)
            checkSettings(*a.outgoing, "outgoing");
        FUZZ_CHECK(!a.emails.contains(QString()), QStringLiteral("an empty address"));
    }
    for (const ProgramAccount &p : ProgramAccounts::fromAppleMail(list->accounts))
        checkSettings(p.outgoing, "program account");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<QVariant> root = PropertyList::parse(bytes, &error);
    check(root, error);

    // The other reader on the same bytes (a binary input read as XML, an XML one as binary with a header).
    QString otherError;
    const bool binary = bytes.startsWith("bplist");
    const std::optional<QVariant> other = binary ? PropertyList::parseXml(bytes, &otherError)
                                                 : PropertyList::parseBinary("bplist00" + bytes, &otherError);
    check(other, otherError);
    return 0;
}
