#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <optional>

// Apple property lists, XML or binary ("bplist00"), read into QVariant: dict as QVariantMap, array and set
// as QVariantList, string as QString, integer and UID as qint64, real and date (seconds since 2001) as
// double, true/false as bool, data as QByteArray, null as an invalid QVariant. Bounded and defensive for
// files from outside: sizes, depth and the number of values are capped, offsets and references are
// checked, and a binary list whose objects refer back to themselves is refused. Never writes anything.
class PropertyList
{
public:
    static constexpr qsizetype kMaxBytes = 8 * 1024 * 1024; // larger files are not read
    static constexpr int kMaxDepth = 64;                    // nested dicts and arrays
    // Values in the result, each shared object counted every time it is used (so that a walk over the
    // result stays bounded too).
    static constexpr qsizetype kMaxValues = 200000;

    // Binary when it starts with "bplist", else XML. On failure nullopt and *error says why (in English,
    // technical: it goes after a translated sentence).
    [[nodiscard]] static std::optional<QVariant> parse(QByteArrayView data, QString *error);
    [[nodiscard]] static std::optional<QVariant> parseXml(QByteArrayView data, QString *error);
    [[nodiscard]] static std::optional<QVariant> parseBinary(QByteArrayView data, QString *error);
};
