#include "guides/GuideDocument.h"

#include "Version.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QSizeF logicalSize(const QImage &image)
{
    return QSizeF(image.size()) / image.devicePixelRatio();
}
} // namespace

QString GuideDocument::settingsSummary(const Guide &guide, const GuideValues &v)
{
    if (v.auth == MailSettings::Auth::None)
        return tr("The settings to use: outgoing server %1, port %2, %3, %4.")
            .arg(v.host)
            .arg(v.port)
            .arg(guide.securityWord(v.security), guide.authWord(v.auth));
    return tr("The settings to use: outgoing server %1, port %2, %3, %4, user name %5.")
        .arg(v.host)
        .arg(v.port)
        .arg(guide.securityWord(v.security), guide.authWord(v.auth), v.username);
}

QString GuideDocument::incomingSummary(const Guide &guide, const GuideValues &v)
{
    return tr("The incoming server to use: %1 (%2), port %3, %4, user name %5.")
        .arg(v.incomingHost, guide.protocolWord(v.incomingProtocol))
        .arg(v.incomingPort)
        .arg(guide.securityWord(v.incomingSecurity), v.incomingUsername);
}

GuideDocument::Step GuideDocument::buildStep(const Guide &guide, const GuideSelection::Step &selected,
                                             const GuideValues &values, qreal devicePixelRatio)
{
    GuideValues v = values;
    v.account = selected.account.isEmpty() ? values.account : selected.account;
    Step out;
    out.id = selected.step->id;
    out.account = v.account;
    out.text = guide.text(selected.step->text, v);
    // Callouts are numbered 1, 2, ... in the order of the items shown, so that the numbers in the
    // text and in the picture always match, whichever items apply.
    QHash<int, int> callouts;
    for (const GuideItem *item : selected.items) {
        if (item->callout > 0 && !callouts.contains(item->callout))
            callouts.insert(item->callout, int(callouts.size()) + 1);
        out.items << qMakePair(callouts.value(item->callout, 0), guide.text(item->text, v));
    }
    if (selected.step->dialog) {
        GuideRenderer::Result r =
            GuideRenderer::render(guide, *selected.step->dialog, v, callouts, devicePixelRatio);
        out.image = r.image;
        for (GuideTextIssue &issue : r.issues)
            issue.where = QStringLiteral("%1: %2").arg(out.id, issue.where);
        out.issues = r.issues;
    }
    return out;
}

GuideDocument GuideDocument::build(const Guide &guide, const GuideSelection::Result &selection,
                                   const GuideValues &values, const QStringList &accounts,
                                   qreal devicePixelRatio)
{
    GuideDocument doc;
    doc.title = tr("Fix it in %1").arg(guide.text(guide.title, values));
    const bool incoming = selection.needs.contains(GuideNeed::Incoming);
    if (!incoming || selection.needs.size() > 1)
        doc.summary = settingsSummary(guide, values);
    if (incoming)
        doc.summary +=
            (doc.summary.isEmpty() ? QString() : QStringLiteral(" ")) + incomingSummary(guide, values);
    doc.notes = selection.notes;
    const QList<GuideSelection::Step> selected =
        GuideSelection::steps(guide, selection.needs, accounts, values);
    for (const GuideSelection::Step &s : selected) {
        Step step = buildStep(guide, s, values, devicePixelRatio);
        step.number = int(doc.steps.size()) + 1;
        doc.steps << step;
    }
    return doc;
}

QList<GuideTextIssue> GuideDocument::issues() const
{
    QList<GuideTextIssue> out;
    for (const Step &s : steps)
        out << s.issues;
    return out;
}

QString GuideDocument::imageName(const Step &step) const
{
    return QStringLiteral("%1-%2.png").arg(step.number, 2, 10, QLatin1Char('0')).arg(step.id);
}

QString GuideDocument::toText() const
{
    QString out = title + QStringLiteral("\n\n") + summary + QLatin1Char('\n');
    for (const QString &note : notes)
        out += QStringLiteral("\n") + note + QLatin1Char('\n');
    for (const Step &s : steps) {
        out += QStringLiteral("\n%1. %2\n").arg(s.number).arg(s.text);
        for (const auto &item : s.items) {
            out += item.first > 0 ? QStringLiteral("   (%1) %2\n").arg(item.first).arg(item.second)
                                  : QStringLiteral("   - %1\n").arg(item.second);
        }
        if (!s.image.isNull())
            out += QStringLiteral("   ") + tr("Picture: %1").arg(imageName(s)) + QLatin1Char('\n');
    }
    return out;
}

QString GuideDocument::toHtml() const
{
    QString html =
        QStringLiteral(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n<style>\n"
            "body{font-family:\"Segoe UI\",\"DejaVu Sans\",Helvetica,Arial,sans-serif;color:#1d1d1f;"
            "max-width:60em;margin:2em auto;padding:0 1em;line-height:1.45}\n"
            "h1{font-size:1.6em}.summary{font-size:1.05em}.note{background:#fff8e1;border-left:4px "
            "solid #e0a800;padding:.5em 1em}\n"
            ".step{margin:2em 0;page-break-inside:avoid}.step h2{font-size:1.15em;font-weight:600}\n"
            ".n{display:inline-block;min-width:1.6em;height:1.6em;line-height:1.6em;border-radius:.8em;"
            "background:#1d1d1f;color:#fff;text-align:center;margin-right:.5em}\n"
            ".items{list-style:none;padding-left:2.1em}.items li{margin:.3em 0}\n"
            ".badge{display:inline-block;min-width:1.4em;height:1.4em;line-height:1.4em;"
            "border-radius:.7em;background:#e03e2d;color:#fff;text-align:center;font-weight:bold;"
            "margin-right:.5em;font-size:.9em}\nimg{max-width:100%;height:auto;display:block;"
            "margin-top:.5em}\n.footer{color:#808080;font-size:.85em;margin-top:3em}\n"
            "</style></head><body>\n")
            .arg(esc(title));
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"summary\">%2</p>\n").arg(esc(title), esc(summary));
    for (const QString &note : notes)
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(note));
    for (const Step &s : steps) {
        html += QStringLiteral("<section class=\"step\"><h2><span class=\"n\">%1</span>%2</h2>\n")
                    .arg(s.number)
                    .arg(esc(s.text));
        if (!s.items.isEmpty()) {
            html += QStringLiteral("<ul class=\"items\">\n");
            for (const auto &item : s.items) {
                html += QStringLiteral("<li><span class=\"badge\">%1</span>%2</li>\n")
                            .arg(item.first > 0 ? QString::number(item.first) : QStringLiteral("&#8226;"),
                                 esc(item.second));
            }
            html += QStringLiteral("</ul>\n");
        }
        if (!s.image.isNull()) {
            const QSizeF size = logicalSize(s.image);
            html += QStringLiteral(
                        "<img src=\"data:image/png;base64,%1\" width=\"%2\" height=\"%3\" alt=\"%4\">\n")
                        .arg(QString::fromLatin1(png(s.image).toBase64()))
                        .arg(qRound(size.width()))
                        .arg(qRound(size.height()))
                        .arg(esc(tr("Picture of step %1").arg(s.number)));
        }
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("<p class=\"footer\">%1</p>\n</body></html>\n")
                .arg(esc(tr("Made by MailFix %1.").arg(QLatin1String(MailFix::kVersion))));
    return html;
}

bool GuideDocument::save(Format format, const QString &path, QString *error) const
{
    switch (format) {
    case Format::Pdf:
        return savePdf(path, error);
    case Format::Images:
        return saveImages(path, error);
    case Format::Html:
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(toHtml().toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool GuideDocument::saveImages(const QString &path, QString *error) const
{
    QDir dir(path);
    if (!dir.exists() && !QDir().mkpath(path)) {
        *error = tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    for (const Step &s : steps) {
        if (s.image.isNull())
            continue;
        const QString file = dir.filePath(imageName(s));
        if (!s.image.save(file, "PNG")) {
            *error = tr("The picture %1 could not be written.").arg(QDir::toNativeSeparators(file));
            return false;
        }
    }
    QSaveFile text(dir.filePath(QStringLiteral("steps.txt")));
    if (!text.open(QIODevice::WriteOnly)) {
        *error = text.errorString();
        return false;
    }
    text.write(toText().toUtf8());
    if (!text.commit()) {
        *error = text.errorString();
        return false;
    }
    return true;
}

bool GuideDocument::savePdf(const QString &path, QString *error) const
{
    constexpr int kResolution = 96; // one unit is one logical pixel of the pictures
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(kResolution);
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("MailFix %1").arg(QLatin1String(MailFix::kVersion)));
    QPainter p;
    if (!p.begin(&writer)) {
        *error = tr("The PDF file could not be written.");
        return false;
    }
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const QSizeF page = writer.pageLayout().paintRectPixels(kResolution).size();
    qreal y = 0;
    auto measure = [&p, &page](const QString &text, const QFont &font, qreal indent) {
        p.setFont(font);
        return p.boundingRect(QRectF(indent, 0, page.width() - indent, 100000), Qt::TextWordWrap, text)
            .height();
    };
    auto newPageFor = [&](qreal height) {
        if (y > 0 && y + height > page.height()) {
            writer.newPage();
            y = 0;
        }
    };
    auto paragraph = [&](const QString &text, const QFont &font, qreal indent, const QColor &color,
                         qreal after) {
        const qreal h = measure(text, font, indent);
        newPageFor(h);
        p.setFont(font);
        p.setPen(color);
        p.drawText(QRectF(indent, y, page.width() - indent, h), Qt::TextWordWrap, text);
        y += h + after;
    };
    const QColor ink(0x1D, 0x1D, 0x1F);
    paragraph(title, GuideRenderer::font(22, true), 0, ink, 10);
    paragraph(summary, GuideRenderer::font(13), 0, ink, 10);
    for (const QString &note : notes)
        paragraph(note, GuideRenderer::font(13), 0, QColor(0x80, 0x5B, 0x00), 8);
    y += 10;
    for (const Step &s : steps) {
        const QString heading = QStringLiteral("%1.  %2").arg(s.number).arg(s.text);
        qreal needed = measure(heading, GuideRenderer::font(14, true), 0) + 8;
        for (const auto &item : s.items)
            needed += measure(item.second, GuideRenderer::font(13), 28) + 4;
        qreal scale = 1;
        QSizeF picture;
        if (!s.image.isNull()) {
            picture = logicalSize(s.image);
            scale = std::min<qreal>(1, page.width() / picture.width());
            scale = std::min<qreal>(scale, (page.height() - needed) / picture.height());
            needed += picture.height() * scale;
        }
        newPageFor(needed); // a step stays on one page when it can
        paragraph(heading, GuideRenderer::font(14, true), 0, ink, 6);
        for (const auto &item : s.items) {
            const qreal h = measure(item.second, GuideRenderer::font(13), 28);
            newPageFor(h);
            if (item.first > 0) {
                const QRectF badge(4, y + 1, 18, 18);
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(0xE0, 0x3E, 0x2D));
                p.drawEllipse(badge);
                p.setPen(QColor(0xFF, 0xFF, 0xFF));
                p.setFont(GuideRenderer::font(11, true));
                p.drawText(badge, Qt::AlignCenter, QString::number(item.first));
            }
            paragraph(item.second, GuideRenderer::font(13), 28, ink, 4);
        }
        if (!s.image.isNull()) {
            const QSizeF size = picture * scale;
            newPageFor(size.height());
            p.drawImage(QRectF(QPointF(0, y), size), s.image);
            y += size.height();
        }
        y += 16;
    }
    p.end();
    if (!QFile::exists(path)) {
        *error = tr("The PDF file could not be written.");
        return false;
    }
    return true;
}
