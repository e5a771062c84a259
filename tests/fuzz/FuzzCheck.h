#pragma once

// FUZZ_CHECK(condition, what): an invariant of the code under test. A broken one aborts with a message, so
// libFuzzer reports it like a crash and keeps the input. Never compiled out.

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace fuzzcheck {

[[noreturn]] inline void fail(const char *condition, const char *file, int line, const QString &what)
{
    std::fprintf(stderr, "\nFUZZ_CHECK failed at %s:%d: %s\n  %s\n", file, line, condition,
                 what.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

// A short, printable rendering of a value for failure messages.
inline QString shown(const QString &text)
{
    constexpr qsizetype kMax = 200;
    QString out = text.left(kMax);
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar(u'?');
    }
    return u'"' + out + (text.size() > kMax ? QStringLiteral("\"...") : QStringLiteral("\""));
}

} // namespace fuzzcheck

#define FUZZ_CHECK(condition, what)                                                                          \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::fuzzcheck::fail(#condition, __FILE__, __LINE__, (what));                                       \
    } while (false)
