// Fuzzes the pasted-error explainer: ErrorExplainer::explain on the input as UTF-8 (lossy, as a paste).
// Besides the invariants of one explanation, the same paste quoted as an email reply quotes it ("> " before
// every line, line breaks as LF) must be explained the same: the explainer drops quoting marks.
#include "FuzzCheck.h"
#include "diagnose/ErrorExplainer.h"
#include "diagnose/Findings.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace {

using Explanation = ErrorExplainer::Explanation;

// The findings a paste can show: the registry's findings, less those only probes can see.
const QStringList &knownIds()
{
    static const QStringList ids = [] {
        QStringList out;
        for (const Findings::Info &row : Findings::all()) {
            if (row.kind == Findings::Kind::Finding && row.fromPaste != Findings::FromPaste::Never)
                out << row.id;
        }
        return out;
    }();
    return ids;
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// "c.s.d" with c 2, 4 or 5 and s, d of 1..3 digits.
bool isEnhancedCode(const QString &code)
{
    const QStringList parts = code.split(u'.');
    if (parts.size() != 3 || parts.at(0).size() != 1 || !QStringView(u"245").contains(parts.at(0).at(0)))
        return false;
    for (qsizetype i = 1; i < 3; ++i) {
        if (parts.at(i).isEmpty() || parts.at(i).size() > 3)
            return false;
        for (const QChar c : parts.at(i)) {
            if (!isDigit(c))
                return false;
        }
    }
    return true;
}

void checkExplanation(const Explanation &e)
{
    FUZZ_CHECK(
        e.recognized == !e.findingIds().isEmpty(),
        QStringLiteral("recognized %1 with %2 finding ids").arg(e.recognized).arg(e.findingIds().size()));
    FUZZ_CHECK(
        e.recognized == !e.summary.isEmpty(),
        QStringLiteral("recognized %1 with summary %2").arg(e.recognized).arg(fuzzcheck::shown(e.summary)));
    const QStringList found = e.findingIds();
    for (qsizetype i = 0; i < found.size(); ++i) {
        const QString &id = found.at(i);
        FUZZ_CHECK(knownIds().contains(id),
                   QStringLiteral("unknown finding id %1").arg(fuzzcheck::shown(id)));
        FUZZ_CHECK(found.indexOf(id) == i, QStringLiteral("finding id %1 twice").arg(id));
    }
    // RFC 5321 reply codes: first digit 2..5, second 0..5.
    if (e.replyCode != 0) {
        FUZZ_CHECK(e.replyCode >= 200 && e.replyCode <= 559 && e.replyCode / 10 % 10 <= 5,
                   QStringLiteral("reply code %1").arg(e.replyCode));
        FUZZ_CHECK(!e.serverText.isEmpty() && e.serverText.startsWith(QString::number(e.replyCode)),
                   QStringLiteral("reply %1 with server text %2")
                       .arg(e.replyCode)
                       .arg(fuzzcheck::shown(e.serverText)));
    }
    if (!e.enhancedCode.isEmpty()) {
        FUZZ_CHECK(isEnhancedCode(e.enhancedCode),
                   QStringLiteral("enhanced code %1").arg(fuzzcheck::shown(e.enhancedCode)));
        FUZZ_CHECK(e.replyCode == 0 || e.enhancedCode.at(0) == QString::number(e.replyCode).at(0),
                   QStringLiteral("enhanced code %1 in a %2 reply").arg(e.enhancedCode).arg(e.replyCode));
    }
    FUZZ_CHECK(e.serverText.size() <= 2000 && e.serverText == e.serverText.trimmed() &&
                   !e.serverText.contains(u'\n') && !e.serverText.contains(u'\r'),
               QStringLiteral("server text %1 (%2 characters) is not one trimmed line")
                   .arg(fuzzcheck::shown(e.serverText))
                   .arg(e.serverText.size()));
    const bool replyFound = e.replyCode != 0 || !e.enhancedCode.isEmpty() || !e.serverText.isEmpty();
    FUZZ_CHECK(!replyFound || e.server != ErrorExplainer::Server::Unknown,
               QStringLiteral("a reply was found but the server is Unknown"));
    FUZZ_CHECK(!ErrorExplainer::serverName(e.server).isEmpty() &&
                   !ErrorExplainer::clientName(e.client).isEmpty(),
               QStringLiteral("a server or client without a name"));
}

bool same(const Explanation &a, const Explanation &b)
{
    return a.recognized == b.recognized && a.replyCode == b.replyCode && a.enhancedCode == b.enhancedCode &&
           a.serverText == b.serverText && a.server == b.server && a.client == b.client &&
           a.findings == b.findings && a.summary == b.summary;
}

QString describe(const Explanation &e)
{
    return QStringLiteral("{recognized %1, code %2, enhanced %3, server %4, client %5, ids %6, text %7}")
        .arg(e.recognized)
        .arg(e.replyCode)
        .arg(e.enhancedCode, ErrorExplainer::serverName(e.server), ErrorExplainer::clientName(e.client),
             e.findingIds().join(u','), fuzzcheck::shown(e.serverText));
}

// Every line with "> " before it, as a mail program quotes a message; line breaks unified to LF.
QString quotedAsReply(const QString &text)
{
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (QChar &c : unified) {
        if (c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029))
            c = QChar(u'\n');
    }
    QStringList lines = unified.split(u'\n');
    for (QString &line : lines)
        line.prepend(QStringLiteral("> "));
    return lines.join(u'\n');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString pasted = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Explanation explanation = ErrorExplainer::explain(pasted);
    checkExplanation(explanation);

    // Small enough that the quoting marks do not push text past the input limit.
    if (pasted.size() * 4 < ErrorExplainer::kMaxInput) {
        const Explanation quoted = ErrorExplainer::explain(quotedAsReply(pasted));
        FUZZ_CHECK(same(explanation, quoted), QStringLiteral("quoted as a reply, the paste is explained "
                                                             "differently:\n  plain:  %1\n  quoted: %2")
                                                  .arg(describe(explanation), describe(quoted)));
    }
    return 0;
}
