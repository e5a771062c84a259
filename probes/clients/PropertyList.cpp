#include "clients/PropertyList.h"

#include <QHash>
#include <QSet>
#include <QVariantList>
#include <QVariantMap>
#include <QXmlStreamReader>

#include <cstring>

namespace {

// The binary format ("bplist00", as CoreFoundation's CFBinaryPList.c writes it): the header, the objects,
// a table of each object's offset, and a 32-byte trailer with the sizes of offsets and object references,
// the number of objects, the top object and where the offset table starts. Every object begins with a
// marker byte: the type in the high four bits, a size or count in the low four (15: the count follows as
// an integer object).
class BinaryReader
{
public:
    explicit BinaryReader(QByteArrayView data) : m_data(data) {}

    std::optional<QVariant> run(QString *error)
    {
        std::optional<QVariant> out;
        if (readTrailer())
            out = object(m_top, 0);
        if (!out)
            *error = m_error;
        return out;
    }

private:
    static constexpr qsizetype kTrailer = 32;
    static constexpr qsizetype kHeader = 8;

    std::nullopt_t fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return std::nullopt;
    }

    // A big-endian unsigned number of 1 to 8 bytes at pos, inside [begin, end).
    std::optional<quint64> number(qsizetype pos, qsizetype size, qsizetype end) const
    {
        if (pos < 0 || size < 1 || size > 8 || pos > end - size)
            return std::nullopt;
        quint64 v = 0;
        for (qsizetype i = 0; i < size; ++i)
            v = (v << 8) | quint8(m_data[pos + i]);
        return v;
    }

    bool readTrailer()
    {
        const qsizetype size = m_data.size();
        if (size < kHeader + 1 + kTrailer || std::memcmp(m_data.data(), "bplist00", 8) != 0) {
            fail(QStringLiteral("not a binary property list, or too short"));
            return false;
        }
        const qsizetype t = size - kTrailer;
        m_offsetSize = quint8(m_data[t + 6]);
        m_refSize = quint8(m_data[t + 7]);
        const quint64 count = *number(t + 8, 8, size);
        const quint64 top = *number(t + 16, 8, size);
        const quint64 table = *number(t + 24, 8, size);
        if (m_offsetSize < 1 || m_offsetSize > 8 || m_refSize < 1 || m_refSize > 8) {
            fail(QStringLiteral("bad offset or reference size in the trailer"));
            return false;
        }
        if (table < quint64(kHeader + 1) || table > quint64(t) || count == 0 ||
            count > (quint64(t) - table) / quint64(m_offsetSize) || top >= count) {
            fail(QStringLiteral("the trailer's offset table or object count is out of range"));
            return false;
        }
        m_count = count;
        m_top = top;
        m_table = qsizetype(table);
        return true;
    }

    // Where an object starts, checked to lie between the header and the offset table.
    std::optional<qsizetype> offsetOf(quint64 ref) const
    {
        if (ref >= m_count)
            return std::nullopt;
        const std::optional<quint64> off =
            number(m_table + qsizetype(ref) * m_offsetSize, m_offsetSize, m_data.size() - kTrailer);
        if (!off || *off < quint64(kHeader) || *off >= quint64(m_table))
            return std::nullopt;
        return qsizetype(*off);
    }

    // The count in a marker's low bits, or the integer object after it; *pos moves past it.
    std::optional<quint64> count(quint8 low, qsizetype *pos) const
    {
        if (low != 0xF)
            return quint64(low);
        const std::optional<quint64> marker = number(*pos, 1, m_table);
        if (!marker || (*marker >> 4) != 0x1 || (*marker & 0xF) > 3)
            return std::nullopt;
        const qsizetype size = qsizetype(1) << (*marker & 0xF);
        const std::optional<quint64> n = number(*pos + 1, size, m_table);
        if (n)
            *pos += 1 + size;
        return n;
    }

    // true when n items of itemSize bytes fit between pos and the offset table.
    bool fits(qsizetype pos, quint64 n, qsizetype itemSize) const
    {
        return pos <= m_table && n <= quint64(m_table - pos) / quint64(itemSize);
    }

    std::optional<QVariant> scalar(quint8 marker, qsizetype off);
    std::optional<QVariant> container(quint8 marker, qsizetype off, int depth);

    // Object ref; m_values grows by the number of values in it (a shared object's every time it is used).
    std::optional<QVariant> object(quint64 ref, int depth)
    {
        if (depth > PropertyList::kMaxDepth)
            return fail(QStringLiteral("nested deeper than %1").arg(PropertyList::kMaxDepth));
        if (const auto cached = m_done.constFind(ref); cached != m_done.cend()) {
            m_values += cached->second;
            if (m_values > PropertyList::kMaxValues)
                return fail(QStringLiteral("more than %1 values").arg(PropertyList::kMaxValues));
            return cached->first;
        }
        if (++m_values > PropertyList::kMaxValues)
            return fail(QStringLiteral("more than %1 values").arg(PropertyList::kMaxValues));
        if (m_active.contains(ref))
            return fail(QStringLiteral("object %1 contains itself").arg(ref));
        const std::optional<qsizetype> off = offsetOf(ref);
        if (!off)
            return fail(QStringLiteral("object %1 has no valid offset").arg(ref));
        const qsizetype before = m_values - 1;
        const quint8 marker = quint8(m_data[*off]);
        const quint8 type = marker >> 4;
        std::optional<QVariant> out;
        if (type == 0xA || type == 0xC || type == 0xD) {
            m_active.insert(ref);
            out = container(marker, *off, depth);
            m_active.remove(ref);
        } else {
            out = scalar(marker, *off);
        }
        if (out)
            m_done.insert(ref, {*out, m_values - before});
        return out;
    }

    QByteArrayView m_data;
    qsizetype m_offsetSize = 0;
    qsizetype m_refSize = 0;
    quint64 m_count = 0;
    quint64 m_top = 0;
    qsizetype m_table = 0;
    qsizetype m_values = 0;
    QSet<quint64> m_active; // containers being read: a reference to one of them is a cycle
    QHash<quint64, std::pair<QVariant, qsizetype>> m_done; // objects read, with their number of values
    QString m_error;
};

std::optional<QVariant> BinaryReader::scalar(quint8 marker, qsizetype off)
{
    const quint8 type = marker >> 4;
    const quint8 low = marker & 0xF;
    qsizetype pos = off + 1;
    switch (type) {
    case 0x0:
        if (low == 0x0)
            return QVariant();
        if (low == 0x8 || low == 0x9)
            return QVariant(low == 0x9);
        break;
    case 0x1: { // 1, 2 and 4 bytes unsigned, 8 bytes signed; 16-byte integers are refused
        if (low > 3)
            return fail(QStringLiteral("integer wider than 64 bits"));
        const std::optional<quint64> v = number(pos, qsizetype(1) << low, m_table);
        if (!v)
            break;
        return QVariant(qint64(*v));
    }
    case 0x2:
    case 0x3: { // real (4 or 8 bytes), date (0x33: 8 bytes)
        if ((type == 0x2 && low != 2 && low != 3) || (type == 0x3 && low != 3))
            break;
        const std::optional<quint64> v = number(pos, qsizetype(1) << low, m_table);
        if (!v)
            break;
        if (low == 2) {
            const quint32 bits = quint32(*v);
            float f;
            std::memcpy(&f, &bits, sizeof f);
            return QVariant(double(f));
        }
        double d;
        std::memcpy(&d, &*v, sizeof d);
        return QVariant(d);
    }
    case 0x4:
    case 0x5:
    case 0x6: { // data, ASCII string, UTF-16BE string (count in code units)
        const std::optional<quint64> n = count(low, &pos);
        const qsizetype unit = type == 0x6 ? 2 : 1;
        if (!n || !fits(pos, *n, unit))
            return fail(QStringLiteral("a string or data object runs past the objects"));
        const QByteArrayView bytes = m_data.sliced(pos, qsizetype(*n) * unit);
        if (type == 0x4)
            return QVariant(bytes.toByteArray());
        if (type == 0x5)
            return QVariant(QString::fromLatin1(bytes));
        QString s(qsizetype(*n), Qt::Uninitialized);
        for (qsizetype i = 0; i < qsizetype(*n); ++i)
            s[i] = QChar(char16_t((quint8(bytes[2 * i]) << 8) | quint8(bytes[2 * i + 1])));
        return QVariant(s);
    }
    case 0x8: { // UID (keyed archives), low + 1 bytes
        const std::optional<quint64> v = number(pos, low + 1, m_table);
        if (!v)
            break;
        return QVariant(qint64(*v));
    }
    default:
        return fail(QStringLiteral("unknown object type 0x%1").arg(marker, 2, 16, QLatin1Char('0')));
    }
    return fail(QStringLiteral("bad object at offset %1 (marker 0x%2)")
                    .arg(off)
                    .arg(marker, 2, 16, QLatin1Char('0')));
}

std::optional<QVariant> BinaryReader::container(quint8 marker, qsizetype off, int depth)
{
    const bool dict = (marker >> 4) == 0xD;
    qsizetype pos = off + 1;
    const std::optional<quint64> n = count(marker & 0xF, &pos);
    if (!n || *n > quint64(m_table) || !fits(pos, dict ? *n * 2 : *n, m_refSize))
        return fail(QStringLiteral("an array or dict runs past the objects"));
    const auto refAt = [&](quint64 i) { return *number(pos + qsizetype(i) * m_refSize, m_refSize, m_table); };
    if (!dict) {
        QVariantList list;
        for (quint64 i = 0; i < *n; ++i) {
            std::optional<QVariant> item = object(refAt(i), depth + 1);
            if (!item)
                return std::nullopt;
            list.append(std::move(*item));
        }
        return QVariant(list);
    }
    QVariantMap map;
    for (quint64 i = 0; i < *n; ++i) {
        const std::optional<QVariant> key = object(refAt(i), depth + 1);
        if (!key)
            return std::nullopt;
        if (key->typeId() != QMetaType::QString)
            return fail(QStringLiteral("a dict key is not a string"));
        std::optional<QVariant> value = object(refAt(*n + i), depth + 1);
        if (!value)
            return std::nullopt;
        map.insert(key->toString(), std::move(*value));
    }
    return QVariant(map);
}

// The XML format (Apple's PropertyList-1.0.dtd): <plist> holding one value.
class XmlReader
{
public:
    explicit XmlReader(QByteArrayView data) : m_xml(data.toByteArray()) {}

    std::optional<QVariant> run(QString *error)
    {
        std::optional<QVariant> out;
        if (toRoot()) {
            out = value(0);
            if (out && m_xml.readNextStartElement())
                out = fail(QStringLiteral("more than one value in <plist>"));
            if (out && m_xml.hasError())
                out = fail(m_xml.errorString());
        }
        if (!out)
            *error = m_error.isEmpty() ? m_xml.errorString() : m_error;
        return out;
    }

private:
    std::nullopt_t fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return std::nullopt;
    }

    bool failed(const QString &why)
    {
        fail(why);
        return false;
    }

    // Up to the first element of <plist>. A DOCTYPE is allowed (Apple writes one), entity declarations not.
    bool toRoot()
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD && !m_xml.entityDeclarations().isEmpty())
                return failed(QStringLiteral("entity declarations are not allowed"));
            if (token == QXmlStreamReader::StartElement) {
                if (m_xml.name() != QLatin1String("plist"))
                    return failed(QStringLiteral("the root element is not <plist>"));
                if (m_xml.readNextStartElement())
                    return true;
                return failed(QStringLiteral("<plist> is empty"));
            }
        }
        return failed(m_xml.hasError() ? m_xml.errorString() : QStringLiteral("no <plist> element"));
    }

    std::optional<QString> text()
    {
        const QString s = m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        if (m_xml.hasError())
            return fail(m_xml.errorString());
        return s;
    }

    std::optional<QVariant> scalar(QStringView name);

    // The value whose start element is current; afterwards its end element is.
    std::optional<QVariant> value(int depth)
    {
        if (++m_values > PropertyList::kMaxValues)
            return fail(QStringLiteral("more than %1 values").arg(PropertyList::kMaxValues));
        if (depth > PropertyList::kMaxDepth)
            return fail(QStringLiteral("nested deeper than %1").arg(PropertyList::kMaxDepth));
        const QString name = m_xml.name().toString();
        if (name == QLatin1String("array")) {
            QVariantList list;
            while (m_xml.readNextStartElement()) {
                std::optional<QVariant> item = value(depth + 1);
                if (!item)
                    return std::nullopt;
                list.append(std::move(*item));
            }
            return m_xml.hasError() ? fail(m_xml.errorString()) : std::optional<QVariant>(list);
        }
        if (name == QLatin1String("dict")) {
            QVariantMap map;
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() != QLatin1String("key"))
                    return fail(QStringLiteral("<%1> where a <key> belongs").arg(m_xml.name()));
                const std::optional<QString> key = text();
                if (!key)
                    return std::nullopt;
                if (!m_xml.readNextStartElement())
                    return fail(QStringLiteral("<key>%1</key> has no value").arg(*key));
                std::optional<QVariant> item = value(depth + 1);
                if (!item)
                    return std::nullopt;
                map.insert(*key, std::move(*item));
            }
            return m_xml.hasError() ? fail(m_xml.errorString()) : std::optional<QVariant>(map);
        }
        return scalar(name);
    }

    QXmlStreamReader m_xml;
    qsizetype m_values = 0;
    QString m_error;
};

std::optional<QVariant> XmlReader::scalar(QStringView name)
{
    const std::optional<QString> s = text();
    if (!s)
        return std::nullopt;
    if (name == QLatin1String("string") || name == QLatin1String("date"))
        return QVariant(*s);
    if (name == QLatin1String("true") || name == QLatin1String("false")) {
        if (!s->trimmed().isEmpty())
            return fail(QStringLiteral("<%1> has text").arg(name));
        return QVariant(name == QLatin1String("true"));
    }
    bool ok = false;
    if (name == QLatin1String("integer")) {
        const qint64 v = s->trimmed().toLongLong(&ok);
        return ok ? std::optional<QVariant>(QVariant(v)) : fail(QStringLiteral("bad <integer> %1").arg(*s));
    }
    if (name == QLatin1String("real")) {
        const double v = s->trimmed().toDouble(&ok);
        return ok ? std::optional<QVariant>(QVariant(v)) : fail(QStringLiteral("bad <real> %1").arg(*s));
    }
    if (name == QLatin1String("data")) {
        QByteArray base64 = s->toLatin1();
        base64.removeIf([](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
        const QByteArray::FromBase64Result data =
            QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
        return data ? std::optional<QVariant>(QVariant(*data)) : fail(QStringLiteral("bad base64 in <data>"));
    }
    return fail(QStringLiteral("unknown element <%1>").arg(name));
}

} // namespace

std::optional<QVariant> PropertyList::parseBinary(QByteArrayView data, QString *error)
{
    if (data.size() > kMaxBytes) {
        *error = QStringLiteral("larger than %1 bytes").arg(kMaxBytes);
        return std::nullopt;
    }
    return BinaryReader(data).run(error);
}

std::optional<QVariant> PropertyList::parseXml(QByteArrayView data, QString *error)
{
    if (data.size() > kMaxBytes) {
        *error = QStringLiteral("larger than %1 bytes").arg(kMaxBytes);
        return std::nullopt;
    }
    return XmlReader(data).run(error);
}

std::optional<QVariant> PropertyList::parse(QByteArrayView data, QString *error)
{
    if (data.startsWith("bplist"))
        return parseBinary(data, error);
    return parseXml(data, error);
}
