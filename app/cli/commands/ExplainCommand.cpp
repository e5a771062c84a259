#include "cli/commands/ExplainCommand.h"

#include "diagnose/ErrorExplainer.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace {
QJsonObject toJson(const ErrorExplainer::Explanation &e)
{
    return {
        {QStringLiteral("recognized"), e.recognized},
        {QStringLiteral("replyCode"), e.replyCode > 0 ? QJsonValue(e.replyCode) : QJsonValue()},
        {QStringLiteral("enhancedCode"), e.enhancedCode},
        {QStringLiteral("serverText"), e.serverText},
        {QStringLiteral("server"), ErrorExplainer::serverName(e.server)},
        {QStringLiteral("client"), ErrorExplainer::clientName(e.client)},
        {QStringLiteral("findingIds"), QJsonArray::fromStringList(e.findingIds())},
        {QStringLiteral("summary"), e.summary},
    };
}
} // namespace

QString ExplainCommand::help() const
{
    return tr("  explain TEXT [--json]\n"
              "                   Say what an error message from a mail program means (no network use).\n");
}

int ExplainCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const CommonOptions o;
    parser.addOptions({o.json});
    QString problem;
    if (!parse(parser, arguments, &problem))
        return usageError(problem);
    // The words of an unquoted message arrive as separate arguments: put them back together.
    const QString text = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return usageError(tr("give the error message your mail program showed, in quotes"));

    const ErrorExplainer::Explanation e = ErrorExplainer::explain(text);
    const int code = e.recognized ? Ok : ProblemsFound;
    if (parser.isSet(o.json)) {
        out() << jsonAnswer(toJson(e), code);
        out().flush();
        return code;
    }
    out() << (e.recognized ? e.summary
                           : tr("MailFix does not recognise this message; run diagnose to find out more."))
          << '\n';
    const auto row = [this](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out() << QStringLiteral("  %1 %2\n").arg(label, -16).arg(value);
    };
    row(tr("Reply code:"), e.replyCode > 0 ? QString::number(e.replyCode) : QString());
    row(tr("Enhanced code:"), e.enhancedCode);
    row(tr("Server's words:"), e.serverText);
    row(tr("Mail server:"),
        e.server == ErrorExplainer::Server::Unknown ? QString() : ErrorExplainer::serverName(e.server));
    row(tr("Mail program:"),
        e.client == ErrorExplainer::Client::Unknown ? QString() : ErrorExplainer::clientName(e.client));
    row(tr("Findings:"), e.findingIds().join(QLatin1String(", ")));
    out().flush();
    return code;
}
