// Fuzzes the IMAP response stream parser (ImapResponseParser::feed/next, literals included), the line
// parser and the CAPABILITY reader.
//
// Input: the bytes a server sends, then a split plan at the end (read by FuzzedDataProvider from the back):
// the last byte % 9 is a count n of chunk lengths, each 2 bytes before it (1..9000); the stream is fed in
// chunks of these lengths, repeated until it ends (n = 0: all at once). The same stream is also fed all at
// once to a second parser: both must give the same lines and the same final status.
#include "FuzzCheck.h"
#include "imap/ImapResponse.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <fuzzer/FuzzedDataProvider.h>
#include <vector>

namespace {

using Status = ImapResponseParser::Status;
using Kind = ImapResponseLine::Kind;

void checkCapabilities(const QString &list)
{
    const IncomingCapabilities caps = ImapResponseParser::capabilities(list);
    FUZZ_CHECK(caps.known, QStringLiteral("capabilities not known"));
    FUZZ_CHECK(caps.keywords.size() <= list.size(), QStringLiteral("more keywords than characters"));
    for (qsizetype i = 0; i < caps.authMechanisms.size(); ++i) {
        const QString &mechanism = caps.authMechanisms.at(i);
        FUZZ_CHECK(!mechanism.isEmpty() && mechanism == mechanism.toUpper(),
                   QStringLiteral("mechanism %1").arg(fuzzcheck::shown(mechanism)));
        FUZZ_CHECK(caps.authMechanisms.indexOf(mechanism) == i,
                   QStringLiteral("mechanism %1 listed twice").arg(fuzzcheck::shown(mechanism)));
        FUZZ_CHECK(caps.offersAuth(mechanism.toLower()), QStringLiteral("offersAuth is case-sensitive"));
    }
}

void checkLine(const ImapResponseLine &line, const QString &raw)
{
    FUZZ_CHECK(line.kind != Kind::Invalid,
               QStringLiteral("an invalid line %1 came out").arg(fuzzcheck::shown(raw)));
    FUZZ_CHECK(raw.size() <= ImapResponseParser::kMaxLineLength,
               QStringLiteral("a line of %1 characters").arg(raw.size()));
    FUZZ_CHECK(!raw.contains(QChar(u'\0')), QStringLiteral("a NUL in %1").arg(fuzzcheck::shown(raw)));
    FUZZ_CHECK(
        (line.kind == Kind::Tagged) == !line.tag.isEmpty(),
        QStringLiteral("tag %1 on a line of kind %2").arg(fuzzcheck::shown(line.tag)).arg(int(line.kind)));
    if (line.kind == Kind::Tagged)
        FUZZ_CHECK(line.status == IncomingReply::Status::Ok || line.status == IncomingReply::Status::No ||
                       line.status == IncomingReply::Status::Bad,
                   QStringLiteral("tagged status %1").arg(int(line.status)));
    if (line.kind == Kind::Continuation)
        FUZZ_CHECK(line.status == IncomingReply::Status::None,
                   QStringLiteral("a continuation with a status"));
    FUZZ_CHECK(line.code == line.code.toUpper(), QStringLiteral("code %1").arg(fuzzcheck::shown(line.code)));
    // Parsing the raw text again gives the same kind, status and tag (the ASCII that decides them survives
    // decoding; only the text's invalid UTF-8 and NULs change).
    const ImapResponseLine again = ImapResponseParser::parseLine(raw.toUtf8());
    FUZZ_CHECK(again.kind == line.kind && again.status == line.status && again.tag == line.tag,
               QStringLiteral("%1 does not parse again the same").arg(fuzzcheck::shown(raw)));
    if (line.name == QLatin1String("CAPABILITY"))
        checkCapabilities(line.text);
}

struct Run
{
    QStringList lines;
    Status final = Status::NeedMore;
};

Status drain(ImapResponseParser *parser, Run *run)
{
    for (;;) {
        ImapResponseLine line;
        QString raw;
        const Status status = parser->next(&line, &raw);
        if (status == Status::Line) {
            checkLine(line, raw);
            run->lines.append(raw);
            continue;
        }
        FUZZ_CHECK(parser->pendingBytes() <= 2 * ImapResponseParser::kMaxLineLength + 2,
                   QStringLiteral("%1 bytes pending").arg(parser->pendingBytes()));
        if (status != Status::NeedMore)
            FUZZ_CHECK(parser->next(nullptr, nullptr) == status, QStringLiteral("an error did not stick"));
        return status;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider provider(data, size);
    const int chunkCount = provider.ConsumeIntegralInRange<uint8_t>(0, 8);
    std::vector<size_t> chunkLengths;
    for (int i = 0; i < chunkCount; ++i)
        chunkLengths.push_back(provider.ConsumeIntegralInRange<uint16_t>(1, 9000));
    const std::vector<char> bytes = provider.ConsumeRemainingBytes<char>();
    const QByteArrayView stream(bytes.data(), qsizetype(bytes.size()));

    Run chunked;
    {
        ImapResponseParser parser;
        qsizetype pos = 0;
        size_t index = 0;
        Status status = Status::NeedMore;
        while (pos < stream.size()) {
            const qsizetype length =
                chunkLengths.empty() ? stream.size() : qsizetype(chunkLengths[index++ % chunkLengths.size()]);
            const QByteArrayView chunk = stream.sliced(pos, qMin(length, stream.size() - pos));
            pos += chunk.size();
            parser.feed(chunk);
            status = drain(&parser, &chunked);
            if (status != Status::NeedMore)
                break;
        }
        chunked.final = status;
        parser.reset();
        FUZZ_CHECK(parser.pendingBytes() == 0, QStringLiteral("bytes pending after reset()"));
        FUZZ_CHECK(parser.next(nullptr, nullptr) == Status::NeedMore,
                   QStringLiteral("an error survived reset()"));
    }
    Run whole;
    {
        ImapResponseParser parser;
        parser.feed(stream);
        whole.final = drain(&parser, &whole);
    }
    FUZZ_CHECK(
        whole.final == chunked.final,
        QStringLiteral("fed at once: %1, in chunks: %2").arg(int(whole.final)).arg(int(chunked.final)));
    FUZZ_CHECK(whole.lines == chunked.lines, QStringLiteral("fed at once and in chunks: different lines"));

    // Every line of the stream as it is, and as a CAPABILITY list.
    if (stream.size() <= 16384) {
        for (const QByteArray &line : QByteArray(stream.data(), stream.size()).split('\n')) {
            (void)ImapResponseParser::parseLine(line);
            checkCapabilities(QString::fromUtf8(line));
        }
    }
    return 0;
}
