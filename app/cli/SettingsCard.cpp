#include "cli/SettingsCard.h"

#include "Version.h"
#include "guides/GuideRenderer.h"

#include <QBuffer>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace {
const QColor kInk(0x1D, 0x1D, 0x1F);
const QColor kMuted(0x60, 0x60, 0x66);
const QColor kNote(0x80, 0x5B, 0x00);
const QColor kBadge(0xE0, 0x3E, 0x2D);

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString pngBase64(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QString::fromLatin1(bytes.toBase64());
}

QString footer()
{
    return SettingsCard::tr("Made by MailFix %1. There is no password on this card.")
        .arg(QLatin1String(MailFix::kVersion));
}

// Draws text wrapped in a rectangle's width from y; returns its height.
qreal drawWrapped(QPainter &p, const QString &text, const QFont &font, const QColor &color, qreal x, qreal y,
                  qreal width)
{
    p.setFont(font);
    p.setPen(color);
    const QRectF bounds = p.boundingRect(QRectF(x, y, width, 100000), Qt::TextWordWrap, text);
    p.drawText(QRectF(x, y, width, bounds.height()), Qt::TextWordWrap, text);
    return bounds.height();
}

qreal measureWrapped(QPainter &p, const QString &text, const QFont &font, qreal width)
{
    p.setFont(font);
    return p.boundingRect(QRectF(0, 0, width, 100000), Qt::TextWordWrap, text).height();
}

// The heading and items of a step, drawn from y in a column; returns their height (draw false: measure).
qreal stepText(QPainter &p, const GuideDocument::Step &s, qreal x, qreal y, qreal width, bool draw)
{
    const QString heading = QStringLiteral("%1.  %2").arg(s.number).arg(s.text);
    const QFont headingFont = GuideRenderer::font(11, true);
    const QFont itemFont = GuideRenderer::font(9.5);
    qreal h = draw ? drawWrapped(p, heading, headingFont, kInk, x, y, width)
                   : measureWrapped(p, heading, headingFont, width);
    h += 3;
    for (const auto &item : s.items) {
        if (draw && item.first > 0) {
            const QRectF badge(x + 2, y + h + 1, 12, 12);
            p.setPen(Qt::NoPen);
            p.setBrush(kBadge);
            p.drawEllipse(badge);
            p.setPen(Qt::white);
            p.setFont(GuideRenderer::font(8, true));
            p.drawText(badge, Qt::AlignCenter, QString::number(item.first));
        }
        h += (draw ? drawWrapped(p, item.second, itemFont, kInk, x + 18, y + h, width - 18)
                   : measureWrapped(p, item.second, itemFont, width - 18)) +
             2;
    }
    return h + 3;
}
} // namespace

SettingsCard::Table SettingsCard::table(const QString &heading, const MailSettings &s, const Guide &guide)
{
    Table t{heading, {}};
    t.rows << Row{tr("Server"), s.host} << Row{tr("Port"), QString::number(s.port)}
           << Row{tr("Encryption"), guide.securityWord(s.security)}
           << Row{tr("Sign-in"), guide.authWord(s.auth)};
    if (s.auth != MailSettings::Auth::None && !s.username.isEmpty())
        t.rows << Row{tr("User name"), s.username};
    return t;
}

SettingsCard SettingsCard::build(const ExportAccount &account, bool withIncoming, const Guide &guide,
                                 const GuideDocument &document)
{
    SettingsCard card;
    card.title = tr("Mail settings for %1").arg(account.address);
    card.subtitle = document.title;
    if (withIncoming) {
        const QString protocol =
            account.incoming.protocol == Protocol::Pop3 ? QStringLiteral("POP3") : QStringLiteral("IMAP");
        card.tables << table(tr("Incoming mail (%1)").arg(protocol), account.incoming.settings, guide);
    }
    card.tables << table(tr("Outgoing mail (SMTP)"), account.outgoing, guide);
    card.notes = document.notes;
    card.notes << tr("Your password stays the same. Type it when the program asks; never send it by email.");
    card.steps = document.steps;
    return card;
}

QString SettingsCard::toHtml() const
{
    QString html =
        QStringLiteral(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n<style>\n"
            "@page{size:A4;margin:12mm}\n"
            "body{font-family:\"Segoe UI\",\"DejaVu Sans\",Helvetica,Arial,sans-serif;color:#1d1d1f;"
            "max-width:60em;margin:1.5em auto;padding:0 1em;line-height:1.35;font-size:14px}\n"
            "h1{font-size:1.5em;margin:0}.sub{color:#606066;margin:.2em 0 1em}\n"
            ".tables{display:flex;gap:2em;flex-wrap:wrap}table{border-collapse:collapse}"
            "caption{text-align:left;font-weight:600;padding-bottom:.3em}"
            "th{text-align:left;font-weight:normal;color:#606066;padding:.15em 1em .15em 0}"
            "td{font-weight:600;padding:.15em 0}\n"
            ".note{background:#fff8e1;border-left:4px solid #e0a800;padding:.4em .8em;margin:.6em 0}\n"
            ".steps{display:grid;grid-template-columns:1fr 1fr;gap:1em;margin-top:1em}"
            ".step{break-inside:avoid}.step h2{font-size:1em;margin:.2em 0}\n"
            ".items{list-style:none;padding-left:0;margin:.2em 0;font-size:.9em}"
            ".badge{display:inline-block;min-width:1.3em;height:1.3em;line-height:1.3em;border-radius:.65em;"
            "background:#e03e2d;color:#fff;text-align:center;font-weight:bold;margin-right:.4em;"
            "font-size:.85em}\nimg{max-width:100%;max-height:24vh;height:auto;display:block}\n"
            ".footer{color:#808080;font-size:.8em;margin-top:1.5em}\n</style></head><body>\n")
            .arg(esc(title));
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"sub\">%2</p>\n<div class=\"tables\">\n")
                .arg(esc(title), esc(subtitle));
    for (const Table &t : tables) {
        html += QStringLiteral("<table><caption>%1</caption>\n").arg(esc(t.heading));
        for (const Row &r : t.rows)
            html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(r.label), esc(r.value));
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</div>\n");
    for (const QString &note : notes)
        html += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(note));
    html += QStringLiteral("<div class=\"steps\">\n");
    for (const GuideDocument::Step &s : steps) {
        html += QStringLiteral("<section class=\"step\"><h2>%1. %2</h2>\n<ul class=\"items\">\n")
                    .arg(s.number)
                    .arg(esc(s.text));
        for (const auto &item : s.items)
            html += QStringLiteral("<li><span class=\"badge\">%1</span>%2</li>\n")
                        .arg(item.first > 0 ? QString::number(item.first) : QStringLiteral("&#8226;"),
                             esc(item.second));
        html += QStringLiteral("</ul>\n");
        if (!s.image.isNull())
            html += QStringLiteral("<img src=\"data:image/png;base64,%1\" alt=\"%2\">\n")
                        .arg(pngBase64(s.image), esc(tr("Picture of step %1").arg(s.number)));
        html += QStringLiteral("</section>\n");
    }
    return html + QStringLiteral("</div>\n<p class=\"footer\">%1</p>\n</body></html>\n").arg(esc(footer()));
}

bool SettingsCard::saveHtml(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toHtml().toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

namespace {
// The title, the settings tables side by side and the notes, from the top; returns the height used.
qreal drawHeader(QPainter &p, const SettingsCard &card, qreal width)
{
    qreal y = drawWrapped(p, card.title, GuideRenderer::font(20, true), kInk, 0, 0, width) + 2;
    y += drawWrapped(p, card.subtitle, GuideRenderer::font(12), kMuted, 0, y, width) + 10;
    const qreal columnWidth = width / qMax(1, int(card.tables.size()));
    qreal tablesHeight = 0;
    for (int i = 0; i < card.tables.size(); ++i) {
        const SettingsCard::Table &t = card.tables.at(i);
        const qreal x = i * columnWidth;
        qreal h = drawWrapped(p, t.heading, GuideRenderer::font(12, true), kInk, x, y, columnWidth - 10) + 3;
        for (const SettingsCard::Row &r : t.rows) {
            const qreal labelWidth = 80;
            drawWrapped(p, r.label, GuideRenderer::font(11), kMuted, x, y + h, labelWidth);
            h += drawWrapped(p, r.value, GuideRenderer::font(11, true), kInk, x + labelWidth, y + h,
                             columnWidth - labelWidth - 10) +
                 2;
        }
        tablesHeight = qMax(tablesHeight, h);
    }
    y += tablesHeight + 8;
    for (const QString &note : card.notes)
        y += drawWrapped(p, note, GuideRenderer::font(10), kNote, 0, y, width) + 4;
    return y + 6;
}
} // namespace

bool SettingsCard::savePdf(const QString &path, QString *error) const
{
    constexpr int kResolution = 96; // one unit is one logical pixel of the pictures
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(kResolution);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("MailFix %1").arg(QLatin1String(MailFix::kVersion)));
    QPainter p;
    if (!p.begin(&writer)) {
        *error = tr("The PDF file could not be written.");
        return false;
    }
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const QSizeF page = writer.pageLayout().paintRectPixels(kResolution).size();
    const qreal footerHeight = measureWrapped(p, footer(), GuideRenderer::font(9), page.width()) + 6;
    const qreal top = drawHeader(p, *this, page.width());

    // The steps in two columns, row by row: each row as high as its text and its largest picture, and all
    // pictures shrunk by the same factor, as much as the page needs.
    constexpr qreal kGap = 12;
    const int columns = steps.size() > 1 ? 2 : 1;
    const qreal cellWidth = (page.width() - kGap * (columns - 1)) / columns;
    const auto fitted = [cellWidth](const GuideDocument::Step &s) { // at most the cell's width
        if (s.image.isNull())
            return QSizeF();
        const QSizeF size = QSizeF(s.image.size()) / s.image.devicePixelRatio();
        return size * std::min(qreal(1), cellWidth / size.width());
    };
    QList<qreal> rowText;
    QList<qreal> rowImage;
    for (int i = 0; i < steps.size(); ++i) {
        if (i % columns == 0) {
            rowText << 0;
            rowImage << 0;
        }
        rowText.last() = std::max(rowText.last(), stepText(p, steps.at(i), 0, 0, cellWidth, false));
        rowImage.last() = std::max(rowImage.last(), fitted(steps.at(i)).height());
    }
    qreal textTotal = kGap * std::max(0, int(rowText.size()) - 1);
    for (const qreal h : std::as_const(rowText))
        textTotal += h;
    qreal imageTotal = 0;
    for (const qreal h : std::as_const(rowImage))
        imageTotal += h;
    const qreal room = page.height() - top - footerHeight - textTotal;
    const qreal shrink = imageTotal > 0 ? std::clamp(room / imageTotal, qreal(0), qreal(1)) : 1;
    qreal y = top;
    for (int i = 0; i < steps.size(); ++i) {
        const GuideDocument::Step &s = steps.at(i);
        const int row = i / columns;
        const qreal x = (i % columns) * (cellWidth + kGap);
        const qreal textHeight = stepText(p, s, x, y, cellWidth, true);
        if (!s.image.isNull())
            p.drawImage(QRectF(QPointF(x, y + textHeight), fitted(s) * shrink), s.image);
        if (i % columns == columns - 1 || i == steps.size() - 1)
            y += rowText.at(row) + rowImage.at(row) * shrink + kGap;
    }
    drawWrapped(p, footer(), GuideRenderer::font(9), QColor(0x80, 0x80, 0x80), 0,
                page.height() - footerHeight + 6, page.width());
    p.end();
    if (!QFile::exists(path)) {
        *error = tr("The PDF file could not be written.");
        return false;
    }
    return true;
}
