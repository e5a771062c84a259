#include "ReportExporter.h"

#include "Version.h"
#include "WizardContext.h"
#include "report/DiagnosisReport.h"
#include "report/HtmlReport.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

QString ReportExporter::html(const WizardContext &context)
{
    return HtmlReport::toHtml(context.diagnosis(), context.detection(), context.probeResults(),
                              MailClients::displayName(context.program),
                              context.environment().deployment.branding);
}

QByteArray ReportExporter::json(const WizardContext &context)
{
    QJsonObject root =
        DiagnosisReport::toJson(context.diagnosis(), context.detection(), context.probeResults());
    root.insert(QStringLiteral("mailfixVersion"), QLatin1String(MailFix::kVersion));
    root.insert(QStringLiteral("program"), MailClients::programName(context.program));
    if (context.environment().deployment.branding.isCustom())
        root.insert(QStringLiteral("branding"), context.environment().deployment.branding.toJson());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ReportExporter::text(const WizardContext &context)
{
    const QString support = context.environment().deployment.branding.supportLine();
    return DiagnosisReport::toText(context.diagnosis(), context.detection(), context.probeResults(), true) +
           (support.isEmpty() ? QString() : QLatin1Char('\n') + support + QLatin1Char('\n'));
}

ReportExporter::Format ReportExporter::formatForPath(const QString &path)
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return Format::Pdf;
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return Format::Json;
    return Format::Html;
}

bool ReportExporter::save(const WizardContext &context, Format format, const QString &path, QString *error)
{
    if (format == Format::Pdf) {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("%1 report").arg(context.environment().deployment.branding.productName));
        writer.setCreator(QStringLiteral("MailFix %1").arg(QLatin1String(MailFix::kVersion)));
        QTextDocument document;
        document.setHtml(html(context));
        document.print(&writer);
        if (!QFile::exists(path)) {
            *error = tr("The PDF file could not be written.");
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(format == Format::Json ? json(context) : html(context).toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void ReportExporter::copyToClipboard(const WizardContext &context)
{
    QGuiApplication::clipboard()->setText(text(context));
}
