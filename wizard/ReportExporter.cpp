#include "ReportExporter.h"

#include "Version.h"
#include "WizardContext.h"
#include "report/DiagnosisReport.h"
#include "report/HtmlReport.h"

#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

QList<ProbeResult> ReportExporter::probes(const WizardContext &context)
{
    return context.probeResults() + context.incomingProbeResults();
}

QString ReportExporter::partialNote()
{
    return tr("Partial result: the check was stopped before it finished, so this shows only what finished.");
}

QString ReportExporter::html(const WizardContext &context)
{
    QString html = HtmlReport::toHtml(context.diagnosis(), context.detection(), probes(context),
                                      MailClients::displayName(context.program),
                                      context.environment().deployment.branding);
    if (context.wasCancelled()) { // before the verdict
        const qsizetype at = html.indexOf(QLatin1String("<h2>"));
        html.insert(at < 0 ? 0 : at, QStringLiteral("<p><b>%1</b></p>\n").arg(partialNote().toHtmlEscaped()));
    }
    return html;
}

QByteArray ReportExporter::json(const WizardContext &context)
{
    QJsonObject root = DiagnosisReport::toJson(context.diagnosis(), context.detection(), probes(context));
    if (context.wasCancelled())
        root.insert(QStringLiteral("partial"), true);
    root.insert(QStringLiteral("mailfixVersion"), QLatin1String(MailFix::kVersion));
    root.insert(QStringLiteral("program"), MailClients::programName(context.program));
    if (context.environment().deployment.branding.isCustom())
        root.insert(QStringLiteral("branding"), context.environment().deployment.branding.toJson());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ReportExporter::header(const WizardContext &context)
{
    const QString address =
        context.detection().address.text.isEmpty() ? context.address : context.detection().address.text;
    QString program = MailClients::displayName(context.program);
    if (!context.programVersion.isEmpty())
        program = tr("%1 (version: %2)").arg(program, context.programVersion);
    QString out = tr("%1 report for %2").arg(context.environment().deployment.branding.productName, address) +
                  QLatin1Char('\n');
    out += tr("Mail program: %1").arg(program) + QLatin1Char('\n');
    out += tr("Date: %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat)) +
           QLatin1Char('\n');
    out += tr("MailFix version: %1").arg(QLatin1String(MailFix::kVersion)) + QLatin1Char('\n');
    return out;
}

QString ReportExporter::text(const WizardContext &context)
{
    const QString support = context.environment().deployment.branding.supportLine();
    return header(context) + QLatin1Char('\n') +
           (context.wasCancelled() ? partialNote() + QStringLiteral("\n\n") : QString()) +
           DiagnosisReport::toText(context.diagnosis(), context.detection(), probes(context), true) +
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
