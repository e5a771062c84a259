// Fuzzes the POP3 reply stream parser (Pop3ReplyParser::feed/next, multi-line replies included), the
// status line parser and the CAPA reader.
//
// Input: the bytes a server sends, then a plan at the end (read by FuzzedDataProvider from the back): the
// last byte's lowest bit says whether the replies are multi-line (as CAPA's), the byte before it % 9 is a
// count n of chunk lengths, each 2 bytes before it (1..4200); the stream is fed in chunks of these lengths
// (n = 0: all at once). The same stream is also fed all at once to a second parser: both must give the
// same replies and the same final status.
#include "FuzzCheck.h"
#include "pop3/Pop3Reply.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <fuzzer/FuzzedDataProvider.h>
#include <vector>

namespace {

using Status = Pop3ReplyParser::Status;

void checkCapabilities(const QStringList &lines)
{
    const IncomingCapabilities caps = Pop3ReplyParser::capabilities(lines);
    FUZZ_CHECK(caps.known && caps.initialResponse, QStringLiteral("CAPA without its defaults"));
    FUZZ_CHECK(caps.keywords.size() <= lines.size(), QStringLiteral("more keywords than lines"));
    for (qsizetype i = 0; i < caps.authMechanisms.size(); ++i) {
        const QString &mechanism = caps.authMechanisms.at(i);
        FUZZ_CHECK(!mechanism.isEmpty() && mechanism == mechanism.toUpper() && !mechanism.contains(u' '),
                   QStringLiteral("mechanism %1").arg(fuzzcheck::shown(mechanism)));
        FUZZ_CHECK(caps.authMechanisms.indexOf(mechanism) == i,
                   QStringLiteral("mechanism %1 listed twice").arg(fuzzcheck::shown(mechanism)));
    }
}

void checkReply(const Pop3Reply &reply, bool multiLine)
{
    const IncomingReply &r = reply.reply;
    FUZZ_CHECK(r.status == IncomingReply::Status::Ok || r.status == IncomingReply::Status::Err ||
                   r.status == IncomingReply::Status::Continuation,
               QStringLiteral("status %1").arg(int(r.status)));
    FUZZ_CHECK(reply.body.size() <= Pop3ReplyParser::kMaxLines,
               QStringLiteral("%1 lines").arg(reply.body.size()));
    FUZZ_CHECK(reply.body.isEmpty() || (multiLine && r.status == IncomingReply::Status::Ok),
               QStringLiteral("a body on a single-line reply"));
    FUZZ_CHECK(r.rawLines.size() == reply.body.size() + 1,
               QStringLiteral("%1 raw lines, %2 body lines").arg(r.rawLines.size()).arg(reply.body.size()));
    for (const QString &line : r.rawLines)
        FUZZ_CHECK(line.size() <= Pop3ReplyParser::kMaxLineLength && !line.contains(QChar(u'\0')),
                   QStringLiteral("raw line %1").arg(fuzzcheck::shown(line)));
    FUZZ_CHECK(r.code == r.code.toUpper(), QStringLiteral("code %1").arg(fuzzcheck::shown(r.code)));
    const Pop3StatusLine again = Pop3ReplyParser::parseStatusLine(r.rawLines.first().toUtf8());
    FUZZ_CHECK(again.status == r.status,
               QStringLiteral("%1 does not parse again the same").arg(fuzzcheck::shown(r.rawLines.first())));
    checkCapabilities(reply.body);
}

struct Run
{
    QList<QStringList> replies;
    Status final = Status::NeedMore;
};

Status drain(Pop3ReplyParser *parser, Run *run, bool multiLine)
{
    for (;;) {
        Pop3Reply reply;
        const Status status = parser->next(&reply);
        if (status == Status::Reply) {
            checkReply(reply, multiLine);
            run->replies.append(reply.reply.rawLines);
            continue;
        }
        FUZZ_CHECK(parser->pendingBytes() <= Pop3ReplyParser::kMaxLineLength + 2,
                   QStringLiteral("%1 bytes pending").arg(parser->pendingBytes()));
        if (status != Status::NeedMore)
            FUZZ_CHECK(parser->next(nullptr) == status, QStringLiteral("an error did not stick"));
        return status;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider provider(data, size);
    const bool multiLine = provider.ConsumeBool();
    const int chunkCount = provider.ConsumeIntegralInRange<uint8_t>(0, 8);
    std::vector<size_t> chunkLengths;
    for (int i = 0; i < chunkCount; ++i)
        chunkLengths.push_back(provider.ConsumeIntegralInRange<uint16_t>(1, 4200));
    const std::vector<char> bytes = provider.ConsumeRemainingBytes<char>();
    const QByteArrayView stream(bytes.data(), qsizetype(bytes.size()));

    Run chunked;
    {
        Pop3ReplyParser parser;
        parser.expectMultiLine(multiLine);
        qsizetype pos = 0;
        size_t index = 0;
        Status status = Status::NeedMore;
        while (pos < stream.size()) {
            const qsizetype length =
                chunkLengths.empty() ? stream.size() : qsizetype(chunkLengths[index++ % chunkLengths.size()]);
            const QByteArrayView chunk = stream.sliced(pos, qMin(length, stream.size() - pos));
            pos += chunk.size();
            parser.feed(chunk);
            status = drain(&parser, &chunked, multiLine);
            if (status != Status::NeedMore)
                break;
        }
        chunked.final = status;
        parser.reset();
        FUZZ_CHECK(parser.pendingBytes() == 0, QStringLiteral("bytes pending after reset()"));
        FUZZ_CHECK(parser.next(nullptr) == Status::NeedMore, QStringLiteral("an error survived reset()"));
    }
    Run whole;
    {
        Pop3ReplyParser parser;
        parser.expectMultiLine(multiLine);
        parser.feed(stream);
        whole.final = drain(&parser, &whole, multiLine);
    }
    FUZZ_CHECK(
        whole.final == chunked.final,
        QStringLiteral("fed at once: %1, in chunks: %2").arg(int(whole.final)).arg(int(chunked.final)));
    FUZZ_CHECK(whole.replies == chunked.replies,
               QStringLiteral("fed at once and in chunks: different replies"));

    if (stream.size() <= 16384)
        checkCapabilities(QString::fromUtf8(stream.data(), stream.size()).split(u'\n'));
    return 0;
}
