#include "cli/commands/Command.h"

#include "Version.h"

#include <QCommandLineParser>
#include <QJsonDocument>

bool Command::parse(QCommandLineParser &parser, const QStringList &arguments, QString *error) const
{
    return CommonOptions::parse(
        parser, QStringList{QStringLiteral("mailfix-cli ") + name()} + arguments.mid(1), error);
}

int Command::usageError(const QString &message) const
{
    err() << tr("mailfix-cli %1: %2\n").arg(name(), message)
          << tr("Run \"mailfix-cli --help\" for the options.\n");
    return BadUsage;
}

QByteArray Command::jsonAnswer(QJsonObject root, int exitCode) const
{
    root.insert(QStringLiteral("mailfixVersion"), QLatin1String(MailFix::kVersion));
    root.insert(QStringLiteral("command"), name());
    root.insert(QStringLiteral("exitCode"), exitCode);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
