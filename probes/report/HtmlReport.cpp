#include "report/HtmlReport.h"

#include "Version.h"
#include "report/DetectionReport.h"
#include "report/DiagnosisReport.h"
#include "report/ProbeReport.h"
#include "report/Wording.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString findingHtml(const Finding &f)
{
    QString html = QStringLiteral("<div class=\"finding %1\"><h3>%2</h3><p>%3</p>")
                       .arg(Findings::severityName(f.severity), esc(f.title), esc(f.detail));
    if (!f.fix.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(HtmlReport::tr("What to do:")), esc(f.fix));
    if (!f.evidence.isEmpty()) {
        html += QStringLiteral("<pre class=\"evidence\">");
        for (const QString &line : f.evidence)
            html += esc(line) + QLatin1Char('\n');
        html += QStringLiteral("</pre>");
    }
    return html + QStringLiteral("<p class=\"id\">%1</p></div>\n").arg(esc(QString(f.id())));
}
} // namespace

QString HtmlReport::logoDataUrl(const QString &path)
{
    constexpr qint64 kMaxLogoBytes = 1024 * 1024;
    QFile file(path);
    if (path.isEmpty() || file.size() > kMaxLogoBytes || !file.open(QIODevice::ReadOnly))
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString type = suffix == QLatin1String("svg") ? QStringLiteral("svg+xml")
                         : suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")
                             ? QStringLiteral("jpeg")
                             : suffix;
    return QStringLiteral("data:image/%1;base64,%2")
        .arg(type, QString::fromLatin1(file.readAll().toBase64()));
}

QString HtmlReport::toHtml(const Diagnosis &d, const DetectionResult &detection,
                           const QList<ProbeResult> &probes, const QString &programName,
                           const DeploymentConfig::Branding &branding)
{
    QString h;
    h += QStringLiteral(
             "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
             "<style>body{font-family:sans-serif;max-width:60em;margin:1em auto;}"
             "pre{background:#f4f4f4;padding:.5em;white-space:pre-wrap;font-size:90%;}"
             ".cause h3{color:#a00000;}.warning h3{color:#8a5a00;}.id{color:#777;font-size:80%;}"
             "table{border-collapse:collapse;}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;}"
             "</style></head><body>\n")
             .arg(esc(tr("%1 report").arg(branding.productName)));
    const QString logo = logoDataUrl(branding.logoPath);
    if (!logo.isEmpty())
        h += QStringLiteral("<p><img src=\"%1\" alt=\"\" height=\"64\"></p>\n").arg(logo);
    h += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
             .arg(esc(tr("%1 report for %2").arg(branding.productName, detection.address.text)),
                  esc(tr("Made by MailFix %1 on %2. Mail program: %3.")
                          .arg(QLatin1String(MailFix::kVersion),
                               QDateTime::currentDateTime().toString(Qt::ISODate), programName)));
    if (!branding.supportLine().isEmpty())
        h += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(branding.supportLine()));

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Verdict")));
    if (!d.summaryLine.isEmpty())
        h += QStringLiteral("<p class=\"summary\"><b>%1</b></p>\n").arg(esc(d.summaryLine));
    if (d.findings.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("MailFix found nothing to report.")));
    for (const Finding &f : d.findings)
        h += findingHtml(f);

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Settings to use")));
    if (d.recommended) {
        const MailSettings &s = d.recommended->settings;
        h += QStringLiteral("<table><tr><th>%1</th><td>%2</td></tr><tr><th>%3</th><td>%4</td></tr>"
                            "<tr><th>%5</th><td>%6</td></tr><tr><th>%7</th><td>%8</td></tr>"
                            "<tr><th>%9</th><td>%10</td></tr></table>\n")
                 .arg(esc(tr("Outgoing server")), esc(s.host), esc(tr("Port")), QString::number(s.port),
                      esc(tr("Encryption")), esc(Wording::security(s.security)), esc(tr("Sign-in")),
                      esc(Wording::auth(s.auth)), esc(tr("User name")))
                 .arg(esc(s.username));
        h +=
            QStringLiteral("<p>%1</p>\n")
                .arg(esc(
                    d.recommended->verified
                        ? tr("Verified: MailFix signed in with these settings and the "
                             "server accepted a recipient.")
                        : tr("Not verified yet: %1").arg(d.recommended->unconfirmed.join(QLatin1Char(' ')))));
    } else {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("MailFix found no server that answers.")));
    }

    if (d.incoming) { // the incoming server (IMAP, POP3) to use, as the text report says it
        h += QStringLiteral("<h2>%1</h2>\n<pre>%2</pre>\n")
                 .arg(esc(tr("Settings for receiving")),
                      esc(DiagnosisReport::incomingText(d.incoming).trimmed()));
    }

    if (!d.nextSteps.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("If it still does not work")));
        for (const Finding &f : d.nextSteps)
            h += findingHtml(f);
    }

    h += QStringLiteral("<h2>%1</h2>\n<pre>%2</pre>\n")
             .arg(esc(tr("Where the settings came from")), esc(DetectionReport::toText(detection)));

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Technical details")));
    for (const ProbeResult &p : probes) {
        h += QStringLiteral("<h3>%1</h3>\n<pre>%2</pre>\n")
                 .arg(esc(ProbeReport::endpointLabel(p.endpoint)), esc(ProbeReport::toText(p, true)));
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}
