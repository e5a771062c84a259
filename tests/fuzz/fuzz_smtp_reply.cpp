// Fuzzes the SMTP reply stream parser (SmtpReplyParser::feed/next) and the EHLO capability parser
// (SmtpCapabilities::fromEhloReply).
//
// Input: the bytes a server sends, then a split plan at the end (read by FuzzedDataProvider from the back):
// the last byte % 9 is a count n of chunk lengths, each 2 bytes before it (1..4200); the stream is fed in
// chunks of these lengths, repeated until it ends (n = 0: all at once). The same stream is also fed all at
// once to a second parser: both must give the same replies and the same final status.
#include "FuzzCheck.h"
#include "smtp/SmtpCapabilities.h"
#include "smtp/SmtpReply.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstddef>
#include <cstdint>
#include <fuzzer/FuzzedDataProvider.h>
#include <vector>

namespace {

using Status = SmtpReplyParser::Status;

QString statusName(Status status)
{
    switch (status) {
    case Status::NeedMore:
        return QStringLiteral("NeedMore");
    case Status::Reply:
        return QStringLiteral("Reply");
    case Status::Malformed:
        return QStringLiteral("Malformed");
    case Status::LineTooLong:
        return QStringLiteral("LineTooLong");
    case Status::TooManyLines:
        return QStringLiteral("TooManyLines");
    }
    return QStringLiteral("?");
}

bool isEnhancedCode(const QString &code, int replyCode)
{
    // "c.s.d": c the reply class, s and d 1..3 digits.
    const QStringList parts = code.split(u'.');
    if (parts.size() != 3 || parts.at(0) != QString::number(replyCode / 100))
        return false;
    for (qsizetype i = 1; i < 3; ++i) {
        const QString &part = parts.at(i);
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (const QChar c : part) {
            if (c.unicode() < u'0' || c.unicode() > u'9')
                return false;
        }
    }
    return true;
}

void checkCapabilities(const SmtpReply &reply)
{
    const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(reply);
    if (reply.code != 250 || reply.lines.isEmpty()) {
        FUZZ_CHECK(
            caps.serverName.isEmpty() && caps.keywords.isEmpty() && caps.authMechanisms.isEmpty() &&
                !caps.startTls && !caps.sizeAdvertised,
            QStringLiteral("capabilities from a reply %1 that is not a 250 EHLO reply").arg(reply.code));
        return;
    }
    FUZZ_CHECK(caps.keywords.size() <= reply.lines.size() - 1,
               QStringLiteral("%1 keywords from %2 lines").arg(caps.keywords.size()).arg(reply.lines.size()));
    for (const QString &keyword : caps.keywords)
        FUZZ_CHECK(reply.lines.contains(keyword),
                   QStringLiteral("keyword %1 is no line of the reply").arg(fuzzcheck::shown(keyword)));
    FUZZ_CHECK(caps.sizeLimit >= 0, QStringLiteral("negative SIZE %1").arg(caps.sizeLimit));
    FUZZ_CHECK(caps.sizeLimit == 0 || caps.sizeAdvertised, QStringLiteral("a SIZE limit that was not sent"));
    FUZZ_CHECK(!caps.serverName.contains(u' '),
               QStringLiteral("server name %1 has a space").arg(fuzzcheck::shown(caps.serverName)));
    for (qsizetype i = 0; i < caps.authMechanisms.size(); ++i) {
        const QString &mechanism = caps.authMechanisms.at(i);
        FUZZ_CHECK(!mechanism.isEmpty(), QStringLiteral("an empty AUTH mechanism"));
        FUZZ_CHECK(mechanism == mechanism.toUpper(),
                   QStringLiteral("AUTH mechanism %1 is not upper case").arg(fuzzcheck::shown(mechanism)));
        FUZZ_CHECK(caps.authMechanisms.indexOf(mechanism) == i,
                   QStringLiteral("AUTH mechanism %1 listed twice").arg(fuzzcheck::shown(mechanism)));
        FUZZ_CHECK(caps.offersAuth(mechanism) && caps.offersAuth(mechanism.toLower()),
                   QStringLiteral("offersAuth(%1) is false").arg(fuzzcheck::shown(mechanism)));
    }
}

void checkReply(const SmtpReply &reply)
{
    FUZZ_CHECK(reply.isValid() && reply.code >= 200 && reply.code <= 599,
               QStringLiteral("reply code %1").arg(reply.code));
    FUZZ_CHECK(int(reply.isPositive()) + int(reply.isIntermediate()) + int(reply.isTransientFailure()) +
                       int(reply.isPermanentFailure()) ==
                   1,
               QStringLiteral("reply code %1 is not in exactly one class").arg(reply.code));
    FUZZ_CHECK(!reply.lines.isEmpty() && reply.lines.size() <= SmtpReplyParser::kMaxLines,
               QStringLiteral("a reply of %1 lines").arg(reply.lines.size()));
    FUZZ_CHECK(
        reply.lines.size() == reply.rawLines.size(),
        QStringLiteral("%1 lines but %2 raw lines").arg(reply.lines.size()).arg(reply.rawLines.size()));
    FUZZ_CHECK(reply.enhancedCode.isEmpty() || isEnhancedCode(reply.enhancedCode, reply.code),
               QStringLiteral("enhanced code %1 in a %2 reply")
                   .arg(fuzzcheck::shown(reply.enhancedCode))
                   .arg(reply.code));
    const QString code = QString::number(reply.code);
    for (qsizetype i = 0; i < reply.rawLines.size(); ++i) {
        const QString &raw = reply.rawLines.at(i);
        FUZZ_CHECK(raw.startsWith(code),
                   QStringLiteral("raw line %1 of a %2 reply").arg(fuzzcheck::shown(raw), code));
        FUZZ_CHECK(raw.size() <= SmtpReplyParser::kMaxLineLength,
                   QStringLiteral("a raw line of %1 characters").arg(raw.size()));
        FUZZ_CHECK(!raw.contains(u'\n') && !raw.contains(QChar(u'\0')),
                   QStringLiteral("raw line %1 holds a line break or NUL").arg(fuzzcheck::shown(raw)));
        // Only the last line ends the reply ("ddd", "ddd text"; stray CRs at the end are dropped as line
        // ends).
        QString bare = raw;
        while (bare.endsWith(u'\r'))
            bare.chop(1);
        const bool last = bare.size() == 3 || bare.at(3) == u' ';
        FUZZ_CHECK(last == (i + 1 == reply.rawLines.size()),
                   QStringLiteral("line %1 of %2 (%3) ends the reply: %4")
                       .arg(i + 1)
                       .arg(reply.rawLines.size())
                       .arg(fuzzcheck::shown(raw))
                       .arg(last));
        const SmtpReplyLine parsed = SmtpReplyParser::parseLine(raw.toUtf8());
        FUZZ_CHECK(parsed.valid && parsed.code == reply.code,
                   QStringLiteral("raw line %1 does not parse again").arg(fuzzcheck::shown(raw)));
    }
    checkCapabilities(reply);
}

struct Run
{
    QList<SmtpReply> replies;
    Status final = Status::NeedMore;
};

// Takes every complete reply out of the parser; afterwards only a part of one line may be pending.
Status drain(SmtpReplyParser *parser, Run *run)
{
    for (;;) {
        SmtpReply reply;
        const Status status = parser->next(&reply);
        if (status == Status::Reply) {
            checkReply(reply);
            run->replies.append(reply);
            continue;
        }
        if (status == Status::NeedMore) {
            FUZZ_CHECK(
                parser->pendingBytes() <= SmtpReplyParser::kMaxLineLength + 2,
                QStringLiteral("%1 bytes pending after all replies were taken").arg(parser->pendingBytes()));
        } else {
            // An error sticks.
            SmtpReply again;
            const Status repeated = parser->next(&again);
            FUZZ_CHECK(
                repeated == status,
                QStringLiteral("after %1 next() said %2").arg(statusName(status), statusName(repeated)));
            FUZZ_CHECK(parser->pendingBytes() <= SmtpReplyParser::kMaxLineLength + 2,
                       QStringLiteral("%1 bytes kept after an error").arg(parser->pendingBytes()));
        }
        return status;
    }
}

bool sameReply(const SmtpReply &a, const SmtpReply &b)
{
    return a.code == b.code && a.enhancedCode == b.enhancedCode && a.lines == b.lines &&
           a.rawLines == b.rawLines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider provider(data, size);
    const int chunkCount = provider.ConsumeIntegralInRange<uint8_t>(0, 8);
    std::vector<size_t> chunkLengths;
    for (int i = 0; i < chunkCount; ++i)
        chunkLengths.push_back(provider.ConsumeIntegralInRange<uint16_t>(1, 4200));
    const std::vector<char> bytes = provider.ConsumeRemainingBytes<char>();
    const QByteArrayView stream(bytes.data(), qsizetype(bytes.size()));

    // Fed in chunks, every reply taken out after each chunk.
    Run chunked;
    {
        SmtpReplyParser parser;
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
        if (status != Status::NeedMore) {
            // Later bytes change nothing.
            parser.feed(stream);
            SmtpReply reply;
            FUZZ_CHECK(parser.next(&reply) == status,
                       QStringLiteral("feed() after an error changed the status"));
        }
        chunked.final = status;
        parser.reset();
        FUZZ_CHECK(parser.pendingBytes() == 0, QStringLiteral("bytes pending after reset()"));
        SmtpReply reply;
        FUZZ_CHECK(parser.next(&reply) == Status::NeedMore, QStringLiteral("an error survived reset()"));
    }

    // Fed at once: the same replies, the same end.
    Run whole;
    {
        SmtpReplyParser parser;
        parser.feed(stream);
        whole.final = drain(&parser, &whole);
    }
    FUZZ_CHECK(whole.final == chunked.final, QStringLiteral("fed at once: %1, in chunks: %2")
                                                 .arg(statusName(whole.final), statusName(chunked.final)));
    FUZZ_CHECK(whole.replies.size() == chunked.replies.size(),
               QStringLiteral("fed at once: %1 replies, in chunks: %2")
                   .arg(whole.replies.size())
                   .arg(chunked.replies.size()));
    for (qsizetype i = 0; i < whole.replies.size(); ++i)
        FUZZ_CHECK(sameReply(whole.replies.at(i), chunked.replies.at(i)),
                   QStringLiteral("reply %1 differs between feeding at once and in chunks").arg(i));

    // The EHLO reader on the stream's lines taken as one 250 reply (odd lines included).
    if (stream.size() <= 16384) {
        SmtpReply ehlo;
        ehlo.code = 250;
        for (const QByteArray &line : QByteArray(stream.data(), stream.size()).split('\n'))
            ehlo.lines.append(QString::fromUtf8(line));
        ehlo.rawLines = ehlo.lines;
        checkCapabilities(ehlo);
    }
    return 0;
}
