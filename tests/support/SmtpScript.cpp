#include "SmtpScript.h"

#include <QStringList>

#include <limits>
#include <optional>

namespace {

using Kind = SmtpScriptStep::Kind;

// What an X: action needs after its name.
enum class Argument { None, Milliseconds, Bytes, Text };

struct Action
{
    QLatin1String name;
    Kind kind;
    Argument argument;
};

constexpr Action Actions[] = {
    {QLatin1String("close"), Kind::Close, Argument::None},
    {QLatin1String("reset"), Kind::Reset, Argument::None},
    {QLatin1String("wait"), Kind::Wait, Argument::Milliseconds},
    {QLatin1String("silence"), Kind::Silence, Argument::None},
    {QLatin1String("drip"), Kind::Drip, Argument::Milliseconds},
    {QLatin1String("bigline"), Kind::BigLine, Argument::Bytes},
    {QLatin1String("garbage"), Kind::Garbage, Argument::Bytes},
    {QLatin1String("endless"), Kind::Endless, Argument::Text},
    {QLatin1String("starttls"), Kind::StartTls, Argument::None},
};

// Steps after which nothing else can run on that connection.
bool isTerminal(Kind kind)
{
    return kind == Kind::Close || kind == Kind::Reset || kind == Kind::Silence || kind == Kind::Endless;
}

std::optional<qint64> parseCount(const QString &text, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > maximum || text.startsWith(QLatin1Char('+'))) {
        return std::nullopt;
    }
    return value;
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

} // namespace

SmtpScript SmtpScript::parse(const QString &text)
{
    SmtpScript script;
    const auto fail = [&script](int line, const QString &message) {
        script.steps.clear();
        script.errorLine = line;
        script.error = QStringLiteral("line %1: %2").arg(line).arg(message);
        return script;
    };

    const QStringList lines = text.split(QLatin1Char('\n'));
    int terminalLine = 0; // the line of a close/reset/silence/endless step seen so far
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = static_cast<int>(i + 1);
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'))) {
            continue;
        }
        // Indentation is allowed; the text after "S: " / "C: " is kept verbatim.
        qsizetype start = 0;
        while (line.at(start).isSpace()) {
            ++start;
        }
        const QString directive = line.mid(start, 2);
        QString rest = line.mid(start + 2);
        if (rest.startsWith(QLatin1Char(' '))) {
            rest.remove(0, 1);
        }
        if (terminalLine != 0) {
            return fail(
                lineNumber,
                QStringLiteral("never reached: the step on line %1 ends the connection").arg(terminalLine));
        }

        SmtpScriptStep step;
        step.line = lineNumber;
        if (directive == QLatin1String("S:")) {
            step.kind = Kind::Send;
            step.text = rest.toUtf8();
        } else if (directive == QLatin1String("C:")) {
            step.kind = Kind::Expect;
            step.text = rest.toUtf8();
        } else if (directive == QLatin1String("X:")) {
            const QString arguments = rest.trimmed();
            const qsizetype space = arguments.indexOf(QLatin1Char(' '));
            const QString name = (space < 0 ? arguments : arguments.left(space)).toLower();
            const QString argument = space < 0 ? QString() : arguments.mid(space + 1).trimmed();
            if (name.isEmpty()) {
                return fail(lineNumber, QStringLiteral("X: needs an action"));
            }
            const Action *action = nullptr;
            for (const Action &candidate : Actions) {
                if (name == candidate.name) {
                    action = &candidate;
                }
            }
            if (action == nullptr) {
                return fail(lineNumber, QStringLiteral("unknown action \"%1\"").arg(name));
            }
            step.kind = action->kind;
            switch (action->argument) {
            case Argument::None:
                if (!argument.isEmpty()) {
                    return fail(lineNumber, QStringLiteral("\"%1\" takes no argument").arg(name));
                }
                break;
            case Argument::Milliseconds:
            case Argument::Bytes: {
                const bool milliseconds = action->argument == Argument::Milliseconds;
                const qint64 maximum =
                    milliseconds ? std::numeric_limits<int>::max() : std::numeric_limits<qint64>::max();
                const std::optional<qint64> value = parseCount(argument, maximum);
                if (!value) {
                    return fail(lineNumber,
                                QStringLiteral("\"%1\" needs a number of %2 from 0 to %3, not \"%4\"")
                                    .arg(name, milliseconds ? QStringLiteral("milliseconds")
                                                            : QStringLiteral("bytes"))
                                    .arg(maximum)
                                    .arg(argument));
                }
                step.number = *value;
                break;
            }
            case Argument::Text:
                if (argument.isEmpty()) {
                    return fail(lineNumber,
                                QStringLiteral("\"%1\" needs a prefix, e.g. \"%1 250\"").arg(name));
                }
                step.text = argument.toUtf8();
                break;
            }
            if (isTerminal(step.kind)) {
                terminalLine = lineNumber;
            }
        } else {
            return fail(lineNumber,
                        QStringLiteral("unknown directive \"%1\": expected S:, C:, X: or # comment")
                            .arg(line.mid(start).left(10)));
        }
        script.steps.append(step);
    }
    return script;
}

bool SmtpScript::matches(QByteArrayView pattern, QByteArrayView line)
{
    // Greedy matching with backtracking to the last '*' only: linear in practice, no exponential blow-up.
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (t < line.size()) {
        if (p < pattern.size() && pattern.at(p) == '*') {
            starP = p++;
            starT = t;
        } else if (p < pattern.size() &&
                   (pattern.at(p) == '?' || asciiLower(pattern.at(p)) == asciiLower(line.at(t)))) {
            ++p;
            ++t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == '*') {
        ++p;
    }
    return p == pattern.size();
}
