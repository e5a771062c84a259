#include "guides/GuideRenderer.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>

// Outside any namespace, as Q_INIT_RESOURCE requires.
static void initGuideFontResources()
{
    Q_INIT_RESOURCE(guides);
}

namespace {
constexpr qreal kTextPad = 5;    // text inside fields, combos, list cells
constexpr qreal kRowHeight = 22; // list, menu and open combo rows
constexpr qreal kHeaderHeight = 24;
constexpr qreal kSeparatorRow = 9; // a separator in a menu
constexpr qreal kBadge = 22;       // callout circle diameter
constexpr qreal kTolerance = 0.01;

const QColor kHighlight(0xE0, 0x3E, 0x2D);

// The colours and shapes of one frame style.
struct Look
{
    QColor window, text, muted, disabled;
    QColor field, fieldBorder, fieldBottom;
    QColor button, buttonBorder, buttonText;
    QColor accent, accentText;
    QColor selection, selectionBorder, selectionText;
    QColor menu, menuBorder, menuSelection, menuSelectionText;
    QColor tabInactive, tabBorder;
    QColor groupBorder, groupFill;
    QColor link, titleBar, titleText, titleBorder, frameBorder;
    QColor sidebar, sidebarText, header, white;
    qreal radius = 0;       // fields and buttons
    qreal windowRadius = 0; // the window's corners
    qreal box = 13;         // checkbox / radio size
};

// The looks, one column each: Windows "Fluent" (the new Outlook), Windows classic (Win32), GTK (GNOME),
// macOS. Colours as 0xAARRGGBB.
enum LookColumn { kFluent, kClassic, kGtk, kMacOs, kLookColumns };

struct ColourRow
{
    QColor Look::*field;
    std::array<QRgb, kLookColumns> argb;
};

struct SizeRow
{
    qreal Look::*field;
    std::array<qreal, kLookColumns> size;
};

// clang-format off
//   field                       Fluent       Classic      GTK          macOS
const ColourRow kColours[] = {
    {&Look::window,             {0xFFFAFAFA,  0xFFF0F0F0,  0xFFF9F9FB,  0xFFECECEC}},
    {&Look::text,               {0xFF242424,  0xFF000000,  0xFF15141A,  0xFF1D1D1F}},
    {&Look::muted,              {0xFF616161,  0xFF5A5A5A,  0xFF5B5B66,  0xFF808080}},
    {&Look::disabled,           {0xFFA0A0A0,  0xFF838383,  0xFF9F9FA6,  0xFFA8A8A8}},
    {&Look::field,              {0xFFFFFFFF,  0xFFFFFFFF,  0xFFFFFFFF,  0xFFFFFFFF}},
    {&Look::fieldBorder,        {0xFFD1D1D1,  0xFF7A7A7A,  0xFF8F8F9D,  0xFFC4C4C4}},
    {&Look::fieldBottom,        {0xFF616161,  0xFF7A7A7A,  0xFF8F8F9D,  0xFFB0B0B0}},
    {&Look::button,             {0xFFFFFFFF,  0xFFE1E1E1,  0xFFE2E2E7,  0xFFFFFFFF}},
    {&Look::buttonBorder,       {0xFFD1D1D1,  0xFFADADAD,  0xFFCFCFD8,  0xFFC4C4C4}},
    {&Look::buttonText,         {0xFF242424,  0xFF000000,  0xFF15141A,  0xFF1D1D1F}},
    {&Look::accent,             {0xFF0F6CBD,  0xFF0078D7,  0xFF0061E0,  0xFF007AFF}},
    {&Look::accentText,         {0xFFFFFFFF,  0xFFFFFFFF,  0xFFFFFFFF,  0xFFFFFFFF}},
    {&Look::selection,          {0xFFEBEBEB,  0xFFCCE8FF,  0xFF0061E0,  0xFF0064E1}},
    {&Look::selectionBorder,    {0xFFEBEBEB,  0xFF99D1FF,  0xFF0061E0,  0xFF0064E1}},
    {&Look::selectionText,      {0xFF242424,  0xFF000000,  0xFFFFFFFF,  0xFFFFFFFF}},
    {&Look::menu,               {0xFFFFFFFF,  0xFFF2F2F2,  0xFFFFFFFF,  0xFFF6F6F6}},
    {&Look::menuBorder,         {0xFFD1D1D1,  0xFFCCCCCC,  0xFFCFCFD8,  0xFFC5C5C5}},
    {&Look::menuSelection,      {0xFFEBEBEB,  0xFF91C9F7,  0xFFE0E0E6,  0xFF0A82FF}},
    {&Look::menuSelectionText,  {0xFF242424,  0xFF000000,  0xFF15141A,  0xFFFFFFFF}},
    {&Look::tabInactive,        {0xFFFAFAFA,  0xFFF0F0F0,  0xFFF0F0F4,  0xFFE3E3E3}},
    {&Look::tabBorder,          {0xFFE0E0E0,  0xFFD9D9D9,  0xFFCFCFD8,  0xFFC8C8C8}},
    {&Look::groupBorder,        {0xFFE0E0E0,  0xFFDCDCDC,  0xFFCFCFD8,  0xFFD6D6D6}},
    {&Look::groupFill,          {0xFFFFFFFF,  0x00000000,  0x00000000,  0xFFE4E4E4}},
    {&Look::link,               {0xFF115EA3,  0xFF0066CC,  0xFF0061E0,  0xFF0068DA}},
    {&Look::titleBar,           {0xFFF3F3F3,  0xFFFFFFFF,  0xFFEBEBEB,  0xFFE8E8E8}},
    {&Look::titleText,          {0xFF242424,  0xFF000000,  0xFF2E3436,  0xFF4D4D4D}},
    {&Look::titleBorder,        {0xFFF3F3F3,  0xFFFFFFFF,  0xFFD6D6D6,  0xFFD0D0D0}},
    {&Look::frameBorder,        {0xFF9A9A9A,  0xFF8C8C8C,  0xFFB8B8B8,  0xFFA8A8A8}},
    {&Look::sidebar,            {0xFFF3F3F3,  0xFF0F6CBD,  0xFFF0F0F4,  0xFFF5F5F5}},
    {&Look::sidebarText,        {0xFF242424,  0xFFFFFFFF,  0xFF15141A,  0xFF1D1D1F}},
    {&Look::header,             {0xFFF5F5F5,  0xFFFFFFFF,  0xFFF0F0F4,  0xFFF5F5F5}},
    {&Look::white,              {0xFFFFFFFF,  0xFFFFFFFF,  0xFFFFFFFF,  0xFFFFFFFF}},
};

const SizeRow kSizes[] = {
    {&Look::radius,             { 4,  0,  4,  5}},
    {&Look::windowRadius,       { 8,  0,  8, 10}},
    {&Look::box,                {16, 13, 16, 14}},
};
// clang-format on

LookColumn lookColumn(const GuideDialog &d)
{
    switch (d.frame) {
    case GuideDialog::Frame::Windows:
        return d.look == GuideDialog::Look::Fluent ? kFluent : kClassic;
    case GuideDialog::Frame::Gtk:
        return kGtk;
    case GuideDialog::Frame::MacOs:
        return kMacOs;
    }
    return kClassic;
}

Look lookFor(const GuideDialog &d)
{
    const LookColumn column = lookColumn(d);
    Look l;
    for (const ColourRow &row : kColours)
        l.*row.field = QColor::fromRgba(row.argb.at(column));
    for (const SizeRow &row : kSizes)
        l.*row.field = row.size.at(column);
    return l;
}

qreal pixelSize(GuideWidget::Size size)
{
    switch (size) {
    case GuideWidget::Size::Small:
        return 11;
    case GuideWidget::Size::Normal:
        return 12;
    case GuideWidget::Size::Large:
        return 15;
    case GuideWidget::Size::Title:
        return 18;
    }
    return 12;
}

// A 1-pixel line's rectangle on pixel centres.
QRectF crisp(const QRectF &r)
{
    return r.adjusted(0.5, 0.5, -0.5, -0.5);
}

class Canvas
{
public:
    Canvas(QImage *image, const Guide &guide, const GuideDialog &dialog, const GuideValues &values,
           const QHash<int, int> &callouts)
        : m_painter(image), m_device(image), m_guide(guide), m_dialog(dialog), m_values(values),
          m_callouts(callouts), m_look(lookFor(dialog))
    {
        m_painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                                 QPainter::SmoothPixmapTransform);
    }

    QList<GuideTextIssue> issues;

    void draw()
    {
        const qreal title = GuideRenderer::titleBarHeight(m_dialog);
        const QRectF window(GuideRenderer::kMargin, GuideRenderer::kMargin, m_dialog.size.width(),
                            m_dialog.size.height() + title);
        drawShadow(window);
        QPainterPath shape;
        shape.addRoundedRect(window, m_look.windowRadius, m_look.windowRadius);
        m_painter.save();
        m_painter.setClipPath(shape);
        m_painter.fillRect(window, m_look.window);
        if (m_dialog.titleBar)
            drawTitleBar(QRectF(window.topLeft(), QSizeF(window.width(), title)));
        m_painter.translate(window.left(), window.top() + title);
        for (int i = 0; i < m_dialog.widgets.size(); ++i)
            drawWidget(m_dialog.widgets.at(i), i);
        for (int i = 0; i < m_dialog.widgets.size(); ++i) {
            if (m_dialog.widgets.at(i).type == GuideWidget::Type::Combo && m_dialog.widgets.at(i).open)
                drawComboPopup(m_dialog.widgets.at(i), i);
        }
        m_painter.restore();
        m_painter.setPen(QPen(m_look.frameBorder, 1));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRoundedRect(crisp(window.adjusted(-1, -1, 1, 1)), m_look.windowRadius,
                                  m_look.windowRadius);

        // The outlines and numbers go on top of everything.
        m_painter.translate(window.left(), window.top() + title);
        for (int i = 0; i < m_dialog.widgets.size(); ++i)
            drawHighlight(m_dialog.widgets.at(i), i);
        for (int i = 0; i < m_dialog.widgets.size(); ++i)
            drawBadge(m_dialog.widgets.at(i), i);
    }

private:
    QPainter m_painter;
    QPaintDevice *m_device;
    const Guide &m_guide;
    const GuideDialog &m_dialog;
    const GuideValues &m_values;
    const QHash<int, int> &m_callouts;
    Look m_look;
    QString m_where;
    int m_index = -1;
    QHash<int, QRectF> m_targets; // what a widget's outline goes round: its active row, item or tab
    QList<QRectF> m_ink;          // where something is drawn that a callout must not cover
    QList<QRectF> m_badges;

    void target(const QRectF &r) { m_targets.insert(m_index, r); }
    // The item (tab, row, menu item) a widget's callout points at: "mark", else the active one.
    static int marked(const GuideWidget &w) { return w.mark >= 0 ? w.mark : w.active; }
    void ink(const QRectF &r) { m_ink << m_painter.transform().mapRect(r); } // in image coordinates

    QString fill(const QString &text) const { return m_guide.text(text, m_values); }
    QStringList filledItems(const GuideWidget &w) const
    {
        QStringList out;
        for (const QString &item : w.items)
            out << fill(item);
        return out;
    }
    QFontMetricsF metrics(const QFont &font) const { return QFontMetricsF(font, m_device); }

    static QString describe(const GuideWidget &w, int index)
    {
        QString out = QStringLiteral("widgets[%1] %2").arg(index).arg(GuideWidget::typeName(w.type));
        if (!w.id.isEmpty())
            out += QStringLiteral(" \"%1\"").arg(w.id);
        return out;
    }

    void issue(const QString &text, qreal needed, qreal available, bool height)
    {
        GuideTextIssue i;
        i.where = m_where;
        i.text = text;
        i.needed = needed;
        i.available = available;
        i.height = height;
        issues << i;
    }

    // One line of text in a box: measured (never elided), then drawn.
    QRectF text(const QRectF &box, const QString &s, const QFont &font, const QColor &color,
                Qt::Alignment align = Qt::AlignLeft)
    {
        if (s.isEmpty())
            return {};
        const QFontMetricsF fm = metrics(font);
        const qreal width = fm.horizontalAdvance(s);
        if (width > box.width() + kTolerance)
            issue(s, width, box.width(), false);
        const qreal height = fm.ascent() + fm.descent();
        if (height > box.height() + 1 + kTolerance)
            issue(s, height, box.height(), true);
        m_painter.setFont(font);
        m_painter.setPen(color);
        QRectF drawn;
        m_painter.drawText(box, int(align | Qt::AlignVCenter) | Qt::TextSingleLine, s, &drawn);
        ink(drawn);
        return drawn;
    }

    QRectF wrappedText(const QRectF &box, const QString &s, const QFont &font, const QColor &color,
                       Qt::Alignment align)
    {
        if (s.isEmpty())
            return {};
        const QFontMetricsF fm = metrics(font);
        const int flags = int(align | Qt::AlignTop) | Qt::TextWordWrap;
        const QRectF needed = fm.boundingRect(QRectF(box.topLeft(), QSizeF(box.width(), 100000)), flags, s);
        if (needed.width() > box.width() + kTolerance)
            issue(s, needed.width(), box.width(), false);
        if (needed.height() > box.height() + 1 + kTolerance)
            issue(s, needed.height(), box.height(), true);
        m_painter.setFont(font);
        m_painter.setPen(color);
        QRectF drawn;
        m_painter.drawText(box, flags, s, &drawn);
        ink(drawn);
        return drawn;
    }

    QFont normal() const { return GuideRenderer::font(12); }
    QFont bold() const { return GuideRenderer::font(12, true); }

    void box(const QRectF &r, const QColor &fill, const QColor &border, qreal radius)
    {
        m_painter.setPen(border.alpha() == 0 ? QPen(Qt::NoPen) : QPen(border, 1));
        m_painter.setBrush(fill);
        if (radius > 0)
            m_painter.drawRoundedRect(crisp(r), radius, radius);
        else
            m_painter.drawRect(crisp(r));
    }

    void chevronDown(const QPointF &c, const QColor &color, qreal size = 4)
    {
        QPainterPath path;
        path.moveTo(c.x() - size, c.y() - size / 2);
        path.lineTo(c.x(), c.y() + size / 2);
        path.lineTo(c.x() + size, c.y() - size / 2);
        m_painter.setPen(QPen(color, 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPath(path);
    }

    void checkMark(const QRectF &r, const QColor &color, qreal width)
    {
        QPainterPath path;
        path.moveTo(r.left() + r.width() * 0.22, r.top() + r.height() * 0.52);
        path.lineTo(r.left() + r.width() * 0.42, r.top() + r.height() * 0.72);
        path.lineTo(r.left() + r.width() * 0.78, r.top() + r.height() * 0.28);
        m_painter.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPath(path);
    }

    void drawShadow(const QRectF &window)
    {
        // Rings only (the window covers the rest): cheap to fill, even at 200%.
        m_painter.setPen(Qt::NoPen);
        QPainterPath inside;
        inside.addRoundedRect(window, m_look.windowRadius, m_look.windowRadius);
        for (int i = 0; i < 12; ++i) {
            const qreal grow = 12 - i;
            QPainterPath ring;
            ring.addRoundedRect(window.adjusted(-grow, -grow + 5, grow, grow + 5), m_look.windowRadius + grow,
                                m_look.windowRadius + grow);
            m_painter.setBrush(QColor(0, 0, 0, 4 + i / 2));
            m_painter.drawPath(ring.subtracted(inside));
        }
    }

    void drawTitleBar(const QRectF &bar)
    {
        m_where = QStringLiteral("title");
        m_painter.fillRect(bar, m_look.titleBar);
        m_painter.setPen(QPen(m_look.titleBorder, 1));
        m_painter.drawLine(QPointF(bar.left(), bar.bottom() - 0.5), QPointF(bar.right(), bar.bottom() - 0.5));
        const QString title = fill(m_dialog.title);
        switch (m_dialog.frame) {
        case GuideDialog::Frame::Windows: {
            // The close button: a wide cell with a thin cross.
            const QRectF close(bar.right() - 46, bar.top(), 46, bar.height());
            const QPointF c = close.center();
            m_painter.setPen(QPen(m_look.titleText, 1));
            m_painter.drawLine(QPointF(c.x() - 5, c.y() - 5), QPointF(c.x() + 5, c.y() + 5));
            m_painter.drawLine(QPointF(c.x() - 5, c.y() + 5), QPointF(c.x() + 5, c.y() - 5));
            text(QRectF(bar.left() + 12, bar.top(), bar.width() - 12 - 50, bar.height()), title, normal(),
                 m_look.titleText);
            break;
        }
        case GuideDialog::Frame::Gtk: {
            const QRectF close(bar.right() - 34, bar.center().y() - 12, 24, 24);
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(QColor(0xDA, 0xDA, 0xDA));
            m_painter.drawEllipse(close);
            const QPointF c = close.center();
            m_painter.setPen(QPen(m_look.titleText, 1.4, Qt::SolidLine, Qt::RoundCap));
            m_painter.drawLine(QPointF(c.x() - 3.5, c.y() - 3.5), QPointF(c.x() + 3.5, c.y() + 3.5));
            m_painter.drawLine(QPointF(c.x() - 3.5, c.y() + 3.5), QPointF(c.x() + 3.5, c.y() - 3.5));
            text(QRectF(bar.left() + 44, bar.top(), bar.width() - 88, bar.height()), title, bold(),
                 m_look.titleText, Qt::AlignHCenter);
            break;
        }
        case GuideDialog::Frame::MacOs: {
            const QColor lights[] = {QColor(0xFF, 0x5F, 0x57), QColor(0xFE, 0xBC, 0x2E),
                                     QColor(0x28, 0xC8, 0x40)};
            for (int i = 0; i < 3; ++i) {
                m_painter.setPen(QPen(lights[i].darker(115), 0.8));
                m_painter.setBrush(lights[i]);
                m_painter.drawEllipse(QPointF(bar.left() + 20 + i * 20, bar.center().y()), 6, 6);
            }
            text(QRectF(bar.left() + 80, bar.top(), bar.width() - 160, bar.height()), title, bold(),
                 m_look.titleText, Qt::AlignHCenter);
            break;
        }
        }
    }

    void drawWidget(const GuideWidget &w, int index)
    {
        m_where = describe(w, index);
        m_index = index;
        switch (w.type) {
        case GuideWidget::Type::LineEdit:
        case GuideWidget::Type::Password:
        case GuideWidget::Type::Combo:
        case GuideWidget::Type::Button:
        case GuideWidget::Type::Menu:
            ink(w.rect);
            break;
        case GuideWidget::Type::CheckBox:
        case GuideWidget::Type::Radio:
            ink(indicator(w));
            break;
        case GuideWidget::Type::List:
            if (w.style != QLatin1String("sidebar"))
                ink(w.rect);
            break;
        default:
            break; // their texts are ink; their areas are background
        }
        m_painter.save();
        if (w.dim)
            m_painter.setOpacity(0.45);
        switch (w.type) {
        case GuideWidget::Type::Label:
            drawLabel(w);
            break;
        case GuideWidget::Type::LineEdit:
        case GuideWidget::Type::Password:
            drawLineEdit(w);
            break;
        case GuideWidget::Type::CheckBox:
            drawCheckBox(w);
            break;
        case GuideWidget::Type::Radio:
            drawRadio(w);
            break;
        case GuideWidget::Type::Combo:
            drawCombo(w);
            break;
        case GuideWidget::Type::Button:
            drawButton(w);
            break;
        case GuideWidget::Type::Tabs:
            if (w.style == QLatin1String("segmented"))
                drawSegmented(w);
            else
                drawTabs(w);
            break;
        case GuideWidget::Type::Group:
            drawGroup(w);
            break;
        case GuideWidget::Type::List:
            drawList(w);
            break;
        case GuideWidget::Type::Separator:
            drawSeparator(w);
            break;
        case GuideWidget::Type::Menu:
            drawMenu(w);
            break;
        case GuideWidget::Type::MenuBar:
            drawMenuBar(w);
            break;
        case GuideWidget::Type::Toolbar:
            drawToolbar(w);
            break;
        case GuideWidget::Type::Panel:
            drawPanel(w);
            break;
        }
        m_painter.restore();
    }

    QColor roleColor(const GuideWidget &w) const
    {
        if (!w.enabled)
            return m_look.disabled;
        switch (w.role) {
        case GuideWidget::Role::Normal:
            return m_look.text;
        case GuideWidget::Role::Muted:
            return m_look.muted;
        case GuideWidget::Role::Link:
            return m_look.link;
        case GuideWidget::Role::Inverse:
            return m_look.sidebarText;
        }
        return m_look.text;
    }

    void drawLabel(const GuideWidget &w)
    {
        QFont f = GuideRenderer::font(pixelSize(w.size), w.bold);
        f.setUnderline(w.role == GuideWidget::Role::Link);
        if (w.wrap)
            wrappedText(w.rect, fill(w.text), f, roleColor(w), w.align);
        else
            text(w.rect, fill(w.text), f, roleColor(w), w.align);
    }

    void fieldFrame(const QRectF &r, bool enabled)
    {
        const QColor background = enabled ? m_look.field : m_look.window;
        box(r, background, m_look.fieldBorder, m_look.radius);
        if (m_look.fieldBottom != m_look.fieldBorder && enabled) {
            m_painter.setPen(QPen(m_look.fieldBottom, 1));
            m_painter.drawLine(QPointF(r.left() + m_look.radius, r.bottom() - 0.5),
                               QPointF(r.right() - m_look.radius, r.bottom() - 0.5));
        }
    }

    void drawLineEdit(const GuideWidget &w)
    {
        fieldFrame(w.rect, w.enabled);
        const QRectF inner = w.rect.adjusted(kTextPad, 1, -kTextPad, -1);
        if (w.type == GuideWidget::Type::Password) {
            const int dots = 10;
            const qreal step = 8;
            if (dots * step > inner.width() + kTolerance)
                issue(QStringLiteral("**********"), dots * step, inner.width(), false);
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(w.enabled ? m_look.text : m_look.disabled);
            for (int i = 0; i < dots; ++i)
                m_painter.drawEllipse(QPointF(inner.left() + 3 + i * step, inner.center().y()), 2.6, 2.6);
            return;
        }
        text(inner, fill(w.value), normal(), w.enabled ? m_look.text : m_look.disabled, w.align);
    }

    QRectF indicator(const GuideWidget &w) const
    {
        const qreal s = m_look.box;
        const qreal top = w.wrap ? w.rect.top() + 1 : w.rect.center().y() - s / 2;
        return QRectF(w.rect.left(), top, s, s);
    }

    // The text beside a check box or radio button (wrapped when asked).
    void label(const GuideWidget &w, const QRectF &indicatorRect)
    {
        const qreal x = indicatorRect.right() + 6;
        const QRectF area(x, w.rect.top(), w.rect.right() - x, w.rect.height());
        const QRectF drawn = w.wrap ? wrappedText(area, fill(w.text), normal(), roleColor(w), Qt::AlignLeft)
                                    : text(area, fill(w.text), normal(), roleColor(w));
        // The outline goes round the box and its text, not the empty rest of the row.
        const QRectF used = indicatorRect.united(drawn).adjusted(-1, 0, 3, 0);
        target(QRectF(used.left(), w.rect.top(), used.width(), w.rect.height()));
    }

    void drawCheckBox(const GuideWidget &w)
    {
        const QRectF r = indicator(w);
        const bool on = w.checked.test(m_values);
        switch (m_dialog.frame) {
        case GuideDialog::Frame::Windows:
            if (m_dialog.look == GuideDialog::Look::Fluent && on) {
                box(r, m_look.accent, m_look.accent, 3);
                checkMark(r, m_look.white, 1.6);
            } else {
                box(r, m_look.white,
                    m_dialog.look == GuideDialog::Look::Fluent ? m_look.muted : QColor(0x33, 0x33, 0x33),
                    m_dialog.look == GuideDialog::Look::Fluent ? 3 : 0);
                if (on)
                    checkMark(r, QColor(0x00, 0x00, 0x00), 1.6);
            }
            break;
        case GuideDialog::Frame::Gtk:
        case GuideDialog::Frame::MacOs:
            if (on) {
                box(r, m_look.accent, m_look.accent, 3.5);
                checkMark(r, m_look.white, 2);
            } else {
                box(r, m_look.white, m_look.fieldBorder, 3.5);
            }
            break;
        }
        label(w, r);
    }

    void drawRadio(const GuideWidget &w)
    {
        const QRectF r = indicator(w);
        const bool on = w.checked.test(m_values);
        const bool modern =
            m_dialog.frame != GuideDialog::Frame::Windows || m_dialog.look == GuideDialog::Look::Fluent;
        if (modern && on) {
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(m_look.accent);
            m_painter.drawEllipse(r);
            m_painter.setBrush(m_look.white);
            m_painter.drawEllipse(r.center(), r.width() * 0.2, r.width() * 0.2);
        } else {
            m_painter.setPen(QPen(modern ? m_look.fieldBorder : QColor(0x33, 0x33, 0x33), 1));
            m_painter.setBrush(m_look.white);
            m_painter.drawEllipse(r.adjusted(0.5, 0.5, -0.5, -0.5));
            if (on) {
                m_painter.setPen(Qt::NoPen);
                m_painter.setBrush(QColor(0x33, 0x33, 0x33));
                m_painter.drawEllipse(r.center(), 3, 3);
            }
        }
        label(w, r);
    }

    void drawCombo(const GuideWidget &w)
    {
        const QRectF r = w.rect;
        qreal arrow = 20;
        switch (m_dialog.frame) {
        case GuideDialog::Frame::Windows:
            if (m_dialog.look == GuideDialog::Look::Fluent)
                fieldFrame(r, w.enabled);
            else
                box(r, w.enabled ? m_look.button : m_look.window, m_look.buttonBorder, 0);
            chevronDown(QPointF(r.right() - 10, r.center().y()), m_look.text, 3.5);
            break;
        case GuideDialog::Frame::Gtk:
            box(r, m_look.button, m_look.buttonBorder, m_look.radius);
            chevronDown(QPointF(r.right() - 11, r.center().y()), m_look.text, 4);
            break;
        case GuideDialog::Frame::MacOs: {
            box(r, m_look.white, m_look.buttonBorder, m_look.radius);
            const QRectF knob(r.right() - 19, r.top() + 3, 16, r.height() - 6);
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(m_look.accent);
            m_painter.drawRoundedRect(knob, 4, 4);
            const QPointF c = knob.center();
            QPainterPath up;
            up.moveTo(c.x() - 3, c.y() - 1.5);
            up.lineTo(c.x(), c.y() - 4.5);
            up.lineTo(c.x() + 3, c.y() - 1.5);
            QPainterPath down;
            down.moveTo(c.x() - 3, c.y() + 1.5);
            down.lineTo(c.x(), c.y() + 4.5);
            down.lineTo(c.x() + 3, c.y() + 1.5);
            m_painter.setPen(QPen(m_look.white, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawPath(up);
            m_painter.drawPath(down);
            arrow = 24;
            break;
        }
        }
        text(QRectF(r.left() + kTextPad + 2, r.top(), r.width() - kTextPad - 2 - arrow, r.height()),
             fill(w.value), normal(), w.enabled ? m_look.text : m_look.disabled);
    }

    void drawComboPopup(const GuideWidget &w, int index)
    {
        m_where = describe(w, index) + QStringLiteral(" list");
        const QString value = fill(w.value);
        int active = w.active;
        for (int i = 0; i < w.items.size(); ++i) {
            if (fill(w.items.at(i)) == value)
                active = i;
        }
        const QRectF list(w.rect.left(), w.rect.bottom() + 1, w.rect.width(),
                          w.items.size() * kRowHeight + 4);
        box(list, m_look.menu, m_look.menuBorder, m_look.radius);
        for (int i = 0; i < w.items.size(); ++i) {
            const QRectF row(list.left() + 2, list.top() + 2 + i * kRowHeight, list.width() - 4, kRowHeight);
            const bool on = i == active;
            if (on)
                box(row, m_look.menuSelection, m_look.menuSelection, m_look.radius);
            text(row.adjusted(kTextPad + 2, 0, -kTextPad, 0), fill(w.items.at(i)), normal(),
                 on ? m_look.menuSelectionText : m_look.text);
        }
    }

    void drawButton(const GuideWidget &w)
    {
        const bool primary = w.isDefault;
        QColor fillColor = m_look.button;
        QColor border = m_look.buttonBorder;
        QColor textColor = w.enabled ? m_look.buttonText : m_look.disabled;
        if (primary && m_dialog.frame == GuideDialog::Frame::Windows &&
            m_dialog.look == GuideDialog::Look::Classic) {
            border = m_look.accent;
        } else if (primary) {
            fillColor = m_look.accent;
            border = m_look.accent;
            textColor = m_look.accentText;
        }
        if (m_dialog.frame == GuideDialog::Frame::MacOs && !primary) {
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(QColor(0, 0, 0, 18));
            m_painter.drawRoundedRect(w.rect.translated(0, 0.8), m_look.radius, m_look.radius);
        }
        box(w.rect, fillColor, border, m_look.radius);
        if (primary && m_dialog.frame == GuideDialog::Frame::Windows &&
            m_dialog.look == GuideDialog::Look::Classic)
            box(w.rect.adjusted(1, 1, -1, -1), Qt::transparent, m_look.accent, 0);
        QRectF textBox = w.rect.adjusted(6, 0, -6, 0);
        if (!w.glyphs.isEmpty()) {
            // A large Office-style button: an icon above its text.
            const QRectF icon(w.rect.left(), w.rect.top() + 6, w.rect.width(), w.rect.height() * 0.5);
            m_painter.setFont(GuideRenderer::font(26));
            m_painter.setPen(m_look.accent);
            m_painter.drawText(icon, Qt::AlignCenter, w.glyphs.first());
            textBox = QRectF(w.rect.left() + 6, icon.bottom(), w.rect.width() - 12,
                             w.rect.bottom() - icon.bottom() - 4);
        }
        text(textBox, fill(w.text), GuideRenderer::font(pixelSize(w.size), w.bold), textColor,
             Qt::AlignHCenter);
    }

    void drawTabs(const GuideWidget &w)
    {
        const QFont f = normal();
        const QFontMetricsF fm = metrics(f);
        const qreal pad = 9;
        const qreal available = w.rect.width() - 4;
        qreal total = 0;
        QList<qreal> widths;
        for (const QString &item : w.items) {
            widths << fm.horizontalAdvance(fill(item)) + 2 * pad;
            total += widths.last();
        }
        // Too many tabs for the strip: like Windows' tab control, the last ones are hidden behind a
        // pair of scroll arrows. Only the tab the user must click (or sees open) has to be shown.
        qsizetype shown = w.items.size();
        const qreal arrows = 36;
        if (total > available + kTolerance) {
            qreal x = 0;
            shown = 0;
            while (shown < widths.size() && x + widths.at(shown) <= available - arrows)
                x += widths.at(shown++);
            const int needed = std::max(w.active, marked(w));
            if (needed >= shown) {
                qreal upTo = 0;
                for (int i = 0; i <= needed; ++i)
                    upTo += widths.at(i);
                issue(fill(w.items.at(needed)), upTo, available - arrows, false);
            }
        }
        const bool classic =
            m_dialog.frame == GuideDialog::Frame::Windows && m_dialog.look == GuideDialog::Look::Classic;
        qreal x = w.rect.left() + 2;
        QRectF activeRect;
        for (int i = 0; i < shown; ++i) {
            const bool on = i == w.active;
            const QRectF tab(x, w.rect.top() + (on ? 0 : 2), widths.at(i), w.rect.height() - (on ? 0 : 2));
            if (classic) {
                box(on ? tab.adjusted(-2, 0, 2, 1) : tab, on ? m_look.white : m_look.tabInactive,
                    m_look.tabBorder, 0);
            }
            if (on)
                activeRect = tab.adjusted(-2, 0, 2, 0);
            if (i == marked(w))
                target(on ? activeRect : tab);
            QFont tf = f;
            tf.setBold(!classic && on);
            text(QRectF(tab.left() + pad, tab.top(), tab.width() - 2 * pad, tab.height()),
                 fill(w.items.at(i)), !classic ? f : tf, on || classic ? m_look.text : m_look.muted,
                 Qt::AlignHCenter);
            x += widths.at(i);
        }
        if (shown < w.items.size()) {
            // The scroll arrows.
            const qreal size = std::min<qreal>(17, w.rect.height() - 4);
            for (int i = 0; i < 2; ++i) {
                const QRectF button(w.rect.right() - 2 * size - 2 + i * size, w.rect.bottom() - size - 3,
                                    size, size);
                box(button, m_look.button, m_look.buttonBorder, m_look.radius);
                QPainterPath arrow;
                const QPointF c = button.center();
                const qreal d = i == 0 ? 1 : -1;
                arrow.moveTo(c.x() + 2 * d, c.y() - 4);
                arrow.lineTo(c.x() - 2 * d, c.y());
                arrow.lineTo(c.x() + 2 * d, c.y() + 4);
                m_painter.setPen(QPen(m_look.text, 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                m_painter.setBrush(Qt::NoBrush);
                m_painter.drawPath(arrow);
            }
        }
        if (classic) {
            m_painter.setPen(QPen(m_look.tabBorder, 1));
            const qreal y = w.rect.bottom() - 0.5;
            m_painter.drawLine(QPointF(w.rect.left(), y), QPointF(activeRect.left(), y));
            m_painter.drawLine(QPointF(activeRect.right(), y), QPointF(w.rect.right(), y));
            m_painter.setPen(QPen(m_look.white, 1));
            m_painter.drawLine(QPointF(activeRect.left() + 1, y), QPointF(activeRect.right() - 1, y));
        } else {
            m_painter.setPen(QPen(m_look.tabBorder, 1));
            m_painter.drawLine(QPointF(w.rect.left(), w.rect.bottom() - 0.5),
                               QPointF(w.rect.right(), w.rect.bottom() - 0.5));
            m_painter.fillRect(QRectF(activeRect.left() + 6, w.rect.bottom() - 3, activeRect.width() - 12, 3),
                               m_look.accent);
        }
    }

    // macOS: segments as wide as their titles, the spare room shared out equally.
    void drawSegmented(const GuideWidget &w)
    {
        const QRectF r = w.rect;
        box(r, m_look.tabInactive, m_look.tabBorder, 6);
        const QFontMetricsF fm = metrics(normal());
        const qreal pad = 10;
        QList<qreal> widths;
        qreal total = 0;
        for (const QString &item : w.items) {
            widths << fm.horizontalAdvance(fill(item)) + 2 * pad;
            total += widths.last();
        }
        const qreal spare = (r.width() - total) / qMax<qsizetype>(1, w.items.size());
        qreal x = r.left();
        for (int i = 0; i < w.items.size(); ++i) {
            const qreal segment =
                spare > 0 ? widths.at(i) + spare : r.width() / qMax<qsizetype>(1, w.items.size());
            const QRectF s(x, r.top(), segment, r.height());
            x += segment;
            if (i == marked(w))
                target(s.adjusted(1.5, 1.5, -1.5, -1.5));
            if (i == w.active) {
                m_painter.setPen(Qt::NoPen);
                m_painter.setBrush(QColor(0, 0, 0, 25));
                m_painter.drawRoundedRect(s.adjusted(1.5, 2, -1.5, -1), 5, 5);
                box(s.adjusted(1.5, 1.5, -1.5, -1.5), m_look.white, m_look.white, 5);
            } else if (i > 0 && i - 1 != w.active) {
                m_painter.setPen(QPen(m_look.tabBorder, 1));
                m_painter.drawLine(QPointF(s.left(), s.top() + 5), QPointF(s.left(), s.bottom() - 5));
            }
            text(s.adjusted(pad, 0, -pad, 0), fill(w.items.at(i)), normal(), m_look.text, Qt::AlignHCenter);
        }
    }

    void drawGroup(const GuideWidget &w)
    {
        const QFont f = GuideRenderer::font(12, w.bold || m_dialog.frame == GuideDialog::Frame::Gtk);
        const QFontMetricsF fm = metrics(f);
        const QString title = fill(w.text);
        const qreal lineHeight = fm.ascent() + fm.descent();
        switch (m_dialog.frame) {
        case GuideDialog::Frame::Windows: {
            const QRectF frame(w.rect.left(), w.rect.top() + lineHeight / 2, w.rect.width(),
                               w.rect.height() - lineHeight / 2);
            box(frame, m_look.groupFill, m_look.groupBorder, m_look.radius);
            if (!title.isEmpty()) {
                const qreal width = std::min(fm.horizontalAdvance(title) + 6, w.rect.width() - 12);
                m_painter.fillRect(QRectF(w.rect.left() + 7, w.rect.top(), width, lineHeight),
                                   m_look.groupFill.alpha() ? m_look.groupFill : m_look.window);
                text(QRectF(w.rect.left() + 10, w.rect.top(), w.rect.width() - 20, lineHeight), title, f,
                     m_look.text);
            }
            break;
        }
        case GuideDialog::Frame::Gtk:
            text(QRectF(w.rect.left(), w.rect.top(), w.rect.width(), lineHeight), title, f, m_look.text);
            if (w.rect.height() > lineHeight + 8) {
                m_painter.setPen(QPen(m_look.groupBorder, 1));
                m_painter.setBrush(Qt::NoBrush);
                m_painter.drawRoundedRect(crisp(w.rect.adjusted(0, lineHeight + 4, 0, 0)), 6, 6);
            }
            break;
        case GuideDialog::Frame::MacOs:
            if (!title.isEmpty())
                text(QRectF(w.rect.left() + 2, w.rect.top(), w.rect.width() - 4, lineHeight), title, f,
                     m_look.text);
            box(w.rect.adjusted(0, title.isEmpty() ? 0 : lineHeight + 5, 0, 0), m_look.groupFill,
                m_look.groupBorder, 7);
            break;
        }
    }

    void drawList(const GuideWidget &w)
    {
        const bool sidebar = w.style == QLatin1String("sidebar");
        const QColor background = sidebar ? m_look.sidebar : m_look.white;
        if (w.border && !sidebar)
            box(w.rect, background,
                m_dialog.frame == GuideDialog::Frame::Windows && m_dialog.look == GuideDialog::Look::Classic
                    ? QColor(0x82, 0x87, 0x90)
                    : m_look.fieldBorder,
                m_look.radius);
        else
            m_painter.fillRect(w.rect, background);
        QList<qreal> columns = w.columns;
        if (columns.isEmpty())
            columns << w.rect.width();
        qreal y = w.rect.top() + 1;
        const QFont f = normal();
        if (!w.header.isEmpty()) {
            qreal x = w.rect.left() + 1;
            m_painter.fillRect(QRectF(w.rect.left() + 1, y, w.rect.width() - 2, kHeaderHeight),
                               m_look.header);
            for (int c = 0; c < w.header.size(); ++c) {
                text(QRectF(x + kTextPad + 1, y, columns.at(c) - 2 * kTextPad - 1, kHeaderHeight),
                     fill(w.header.at(c)), f, m_look.muted);
                x += columns.at(c);
                m_painter.setPen(QPen(m_look.tabBorder, 1));
                m_painter.drawLine(QPointF(x - 0.5, y + 3), QPointF(x - 0.5, y + kHeaderHeight - 3));
            }
            m_painter.drawLine(QPointF(w.rect.left() + 1, y + kHeaderHeight - 0.5),
                               QPointF(w.rect.right() - 1, y + kHeaderHeight - 0.5));
            y += kHeaderHeight;
        }
        for (int r = 0; r < w.rows.size(); ++r) {
            const QRectF row(w.rect.left() + 1, y + 1, w.rect.width() - 2, kRowHeight);
            if (row.bottom() > w.rect.bottom() + kTolerance)
                issue(fill(w.rows.at(r).join(QStringLiteral(" | "))), row.bottom() - w.rect.top(),
                      w.rect.height(), true);
            const bool on = r == w.active;
            // The selected row: the look of each platform's lists and side bars.
            const bool classic =
                m_dialog.frame == GuideDialog::Frame::Windows && m_dialog.look == GuideDialog::Look::Classic;
            const bool fluent = m_dialog.frame == GuideDialog::Frame::Windows && !classic;
            QRectF selected = sidebar ? row.adjusted(4, 0, -4, 0) : row;
            QColor selectedFill = m_look.selection;
            QColor selectedBorder = m_look.selectionBorder;
            QColor selectedText = m_look.selectionText;
            qreal radius = sidebar && !classic ? 5 : 0;
            if (sidebar && classic) {
                selected = row;
                selectedFill = m_look.sidebar.darker(135);
                selectedBorder = selectedFill;
                selectedText = m_look.white;
            } else if (fluent) {
                selectedFill = QColor(0xE6, 0xE6, 0xE6);
                selectedBorder = selectedFill;
                radius = 4;
            }
            if (r == marked(w))
                target(selected);
            if (on) {
                box(selected, selectedFill, selectedBorder, radius);
                if (fluent && sidebar)
                    m_painter.fillRect(QRectF(selected.left() + 1, selected.center().y() - 8, 3, 16),
                                       m_look.accent);
            }
            const qreal indent = (r < w.indents.size() ? w.indents.at(r) * 16 : 0) + (sidebar ? 8 : 0);
            qreal x = row.left();
            for (int c = 0; c < w.rows.at(r).size(); ++c) {
                const qreal shift = c == 0 ? indent : 0;
                const qreal width = columns.at(c) - (c == 0 ? 1 : 0);
                QFont cf = f;
                const QString cell = fill(w.rows.at(r).at(c));
                text(QRectF(x + kTextPad + shift, row.top(), width - 2 * kTextPad - shift, row.height()),
                     cell, cf, on ? selectedText : (sidebar ? m_look.sidebarText : m_look.text));
                x += width;
            }
            y += kRowHeight;
        }
    }

    void drawSeparator(const GuideWidget &w)
    {
        m_painter.setPen(QPen(m_look.tabBorder, 1));
        if (w.rect.width() >= w.rect.height()) {
            const qreal y = std::floor(w.rect.center().y()) + 0.5;
            m_painter.drawLine(QPointF(w.rect.left(), y), QPointF(w.rect.right(), y));
        } else {
            const qreal x = std::floor(w.rect.center().x()) + 0.5;
            m_painter.drawLine(QPointF(x, w.rect.top()), QPointF(x, w.rect.bottom()));
        }
    }

    void drawMenu(const GuideWidget &w)
    {
        const bool mac = m_dialog.frame == GuideDialog::Frame::MacOs;
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(QColor(0, 0, 0, 30));
        m_painter.drawRoundedRect(w.rect.translated(0, 2).adjusted(-1, -1, 1, 1), mac ? 7 : 2, mac ? 7 : 2);
        box(w.rect, m_look.menu, m_look.menuBorder, mac ? 6 : (m_look.radius > 0 ? 6 : 0));
        const qreal left =
            m_dialog.frame == GuideDialog::Frame::Windows && m_dialog.look == GuideDialog::Look::Classic
                ? 30
                : (mac ? 20 : 12);
        qreal y = w.rect.top() + 4;
        const QFont f = normal();
        const QFontMetricsF fm = metrics(f);
        for (int i = 0; i < w.items.size(); ++i) {
            const QString item = w.items.at(i);
            if (item == QLatin1String("-")) {
                m_painter.setPen(QPen(m_look.menuBorder, 1));
                const qreal ly = std::floor(y + kSeparatorRow / 2) + 0.5;
                m_painter.drawLine(QPointF(w.rect.left() + (mac ? 10 : left - 2), ly),
                                   QPointF(w.rect.right() - (mac ? 10 : 2), ly));
                y += kSeparatorRow;
                continue;
            }
            const QRectF row(w.rect.left() + (mac ? 5 : 2), y, w.rect.width() - (mac ? 10 : 4), kRowHeight);
            if (row.bottom() > w.rect.bottom() + kTolerance)
                issue(fill(item), row.bottom() - w.rect.top(), w.rect.height(), true);
            const bool on = i == w.active;
            if (i == marked(w))
                target(row);
            if (on) {
                box(row, m_look.menuSelection, m_look.menuSelection, mac ? 4 : (m_look.radius > 0 ? 4 : 0));
            }
            const QColor color = on ? m_look.menuSelectionText : m_look.text;
            const QString shortcut = i < w.shortcuts.size() ? w.shortcuts.at(i) : QString();
            const qreal shortcutWidth = shortcut.isEmpty() ? 0 : fm.horizontalAdvance(shortcut) + 16;
            const QRectF label(w.rect.left() + left, y, w.rect.width() - left - 12 - shortcutWidth,
                               kRowHeight);
            text(label, fill(item), f, color);
            if (!shortcut.isEmpty())
                text(QRectF(w.rect.right() - 12 - shortcutWidth + 16, y, shortcutWidth - 16, kRowHeight),
                     shortcut, f, on ? color : m_look.muted, Qt::AlignRight);
            y += kRowHeight;
        }
    }

    void drawMenuBar(const GuideWidget &w)
    {
        const bool mac = m_dialog.frame == GuideDialog::Frame::MacOs;
        m_painter.fillRect(w.rect, mac ? QColor(0xE9, 0xE9, 0xE9) : m_look.white);
        m_painter.setPen(QPen(m_look.menuBorder, 1));
        m_painter.drawLine(QPointF(w.rect.left(), w.rect.bottom() - 0.5),
                           QPointF(w.rect.right(), w.rect.bottom() - 0.5));
        qreal x = w.rect.left() + (mac ? 12 : 4);
        for (int i = 0; i < w.items.size(); ++i) {
            QFont f = GuideRenderer::font(12, mac && i == 0);
            const QString item = fill(w.items.at(i));
            const qreal width = metrics(f).horizontalAdvance(item) + 18;
            const QRectF cell(x, w.rect.top() + 2, width, w.rect.height() - 4);
            const bool on = i == w.active;
            if (i == marked(w))
                target(cell);
            if (on)
                box(cell, mac ? m_look.menuSelection : m_look.selection,
                    mac ? m_look.menuSelection : m_look.selectionBorder, mac ? 4 : 0);
            text(cell.adjusted(9, 0, -9, 0), item, f, on && mac ? m_look.menuSelectionText : m_look.text);
            x += width;
        }
        if (x > w.rect.right() + kTolerance)
            issue(filledItems(w).join(QLatin1Char(' ')), x - w.rect.left(), w.rect.width(), false);
    }

    void drawToolbar(const GuideWidget &w)
    {
        const QFont f = GuideRenderer::font(11);
        const QFontMetricsF fm = metrics(f);
        QList<qreal> widths;
        qreal total = 0;
        for (const QString &item : w.items) {
            widths << std::max<qreal>(fm.horizontalAdvance(fill(item)) + 14, 50);
            total += widths.last();
        }
        if (total > w.rect.width() + kTolerance)
            issue(filledItems(w).join(QLatin1Char(' ')), total, w.rect.width(), false);
        qreal x = w.rect.left() + std::max<qreal>(0, (w.rect.width() - total) / 2);
        const QFont glyphFont = GuideRenderer::font(17);
        for (int i = 0; i < w.items.size(); ++i) {
            const QRectF cell(x, w.rect.top() + 2, widths.at(i), w.rect.height() - 4);
            const bool on = i == w.active;
            if (i == marked(w))
                target(cell);
            if (on) {
                box(cell, QColor(0xD8, 0xD8, 0xD8), QColor(0xD8, 0xD8, 0xD8), 6);
            }
            const QRectF icon(cell.center().x() - 13, cell.top() + 4, 26, 26);
            const QString glyph = i < w.glyphs.size() ? w.glyphs.at(i) : QString();
            m_painter.setFont(glyphFont);
            m_painter.setPen(on ? m_look.accent : QColor(0x6E, 0x6E, 0x73));
            m_painter.drawText(icon, Qt::AlignCenter, glyph);
            ink(icon);
            text(QRectF(cell.left() + 4, icon.bottom() + 2, cell.width() - 8,
                        cell.bottom() - icon.bottom() - 2),
                 fill(w.items.at(i)), f, on ? m_look.accent : m_look.text, Qt::AlignHCenter);
            x += widths.at(i);
        }
    }

    void drawPanel(const GuideWidget &w)
    {
        QColor color = m_look.white;
        if (w.style == QLatin1String("window"))
            color = m_look.window;
        else if (w.style == QLatin1String("sidebar"))
            color = m_look.sidebar;
        else if (w.style == QLatin1String("accent"))
            color = m_look.accent;
        else if (w.style == QLatin1String("header"))
            color = m_look.header;
        box(w.rect, color, w.border ? m_look.tabBorder : Qt::transparent, 0);
    }

    // The outline and number of a widget whose callout is shown.
    bool shown(const GuideWidget &w) const { return w.callout > 0 && m_callouts.contains(w.callout); }
    QRectF outline(int index) const
    {
        return m_targets.value(index, m_dialog.widgets.at(index).rect).adjusted(-3, -3, 3, 3);
    }

    void drawHighlight(const GuideWidget &w, int index)
    {
        if (!w.highlight.value_or(shown(w)))
            return;
        m_painter.setPen(QPen(kHighlight, 2.5));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRoundedRect(outline(index), 5, 5);
    }

    // Where the number goes: the side the guide asks for when nothing is drawn there, else the
    // first free side (left, right, above, below), else the asked side anyway.
    QRectF badgePlace(const GuideWidget &w, int index) const
    {
        const QRectF r = outline(index);
        const qreal half = kBadge / 2;
        enum Extra { TopRight = 100, BottomRight };
        auto at = [&](int side) {
            switch (side) {
            case TopRight:
                return QRectF(r.right() - half - 4, r.top() - kBadge - 1, kBadge, kBadge);
            case BottomRight:
                return QRectF(r.right() - half - 4, r.bottom() + 1, kBadge, kBadge);
            case int(GuideWidget::CalloutSide::Left):
                return QRectF(r.left() - kBadge - 2, r.center().y() - half, kBadge, kBadge);
            case int(GuideWidget::CalloutSide::Right):
                return QRectF(r.right() + 2, r.center().y() - half, kBadge, kBadge);
            case int(GuideWidget::CalloutSide::Top):
                return QRectF(r.left() - half + 4, r.top() - kBadge - 1, kBadge, kBadge);
            case int(GuideWidget::CalloutSide::Bottom):
                return QRectF(r.left() - half + 4, r.bottom() + 1, kBadge, kBadge);
            }
            return QRectF();
        };
        const QSizeF image = GuideRenderer::imageSize(m_dialog);
        const QRectF inside(2, 2, image.width() - 4, image.height() - 4);
        const QRectF own =
            m_painter.transform().mapRect(m_targets.value(index, m_dialog.widgets.at(index).rect));
        auto free = [&](const QRectF &place) {
            const QRectF badge = m_painter.transform().mapRect(place);
            if (!inside.contains(badge))
                return false;
            const QRectF core = badge.adjusted(2, 2, -2, -2);
            for (const QRectF &other : m_badges) {
                if (other.intersects(badge))
                    return false;
            }
            for (const QRectF &drawn : m_ink) {
                if (drawn.intersects(core) && !own.contains(drawn))
                    return false;
            }
            return true;
        };
        const int order[] = {int(w.calloutSide),
                             int(GuideWidget::CalloutSide::Left),
                             int(GuideWidget::CalloutSide::Right),
                             int(GuideWidget::CalloutSide::Top),
                             TopRight,
                             int(GuideWidget::CalloutSide::Bottom),
                             BottomRight};
        for (int side : order) {
            if (free(at(side)))
                return at(side);
        }
        return at(int(w.calloutSide));
    }

    void drawBadge(const GuideWidget &w, int index)
    {
        if (!shown(w))
            return;
        m_where = describe(w, index) + QStringLiteral(" callout");
        const QRectF badge = badgePlace(w, index);
        m_badges << m_painter.transform().mapRect(badge);
        const QRectF inImage = m_painter.transform().mapRect(badge);
        const QSizeF size = GuideRenderer::imageSize(m_dialog);
        if (inImage.left() < 0 || inImage.top() < 0 || inImage.right() > size.width() ||
            inImage.bottom() > size.height())
            issue(QString::number(m_callouts.value(w.callout)), 0, 0, false);
        m_painter.setPen(QPen(m_look.white, 2));
        m_painter.setBrush(kHighlight);
        m_painter.drawEllipse(badge);
        const QString number = QString::number(m_callouts.value(w.callout));
        m_painter.setFont(GuideRenderer::font(number.size() > 1 ? 11 : 13, true));
        m_painter.setPen(m_look.white);
        m_painter.drawText(badge, Qt::AlignCenter, number);
    }
};
} // namespace

QString GuideTextIssue::toString() const
{
    if (needed == 0 && available == 0)
        return GuideRenderer::tr("%1: the number %2 lies outside the picture").arg(where, text);
    return height ? GuideRenderer::tr("%1: \"%2\" is %3 px high, the box %4 px")
                        .arg(where, text)
                        .arg(needed)
                        .arg(available)
                  : GuideRenderer::tr("%1: \"%2\" is %3 px wide, the box %4 px")
                        .arg(where, text)
                        .arg(needed)
                        .arg(available);
}

QString GuideRenderer::fontFamily()
{
    static const QString family = [] {
        initGuideFontResources();
        const int regular =
            QFontDatabase::addApplicationFont(QStringLiteral(":/guides/fonts/DejaVuSans.ttf"));
        QFontDatabase::addApplicationFont(QStringLiteral(":/guides/fonts/DejaVuSans-Bold.ttf"));
        const QStringList families = QFontDatabase::applicationFontFamilies(regular);
        return families.isEmpty() ? QStringLiteral("DejaVu Sans") : families.first();
    }();
    return family;
}

QFont GuideRenderer::font(qreal pixelSize, bool bold)
{
    QFont f(fontFamily());
    f.setPixelSize(qRound(pixelSize));
    f.setBold(bold);
    // Unhinted outlines scale exactly, so that a text measured at 100% fits at 200% too.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

qreal GuideRenderer::titleBarHeight(const GuideDialog &dialog)
{
    if (!dialog.titleBar)
        return 0;
    switch (dialog.frame) {
    case GuideDialog::Frame::Windows:
        return 31;
    case GuideDialog::Frame::Gtk:
        return 40;
    case GuideDialog::Frame::MacOs:
        return 28;
    }
    return 30;
}

QSizeF GuideRenderer::imageSize(const GuideDialog &dialog)
{
    return QSizeF(dialog.size.width() + 2 * kMargin,
                  dialog.size.height() + titleBarHeight(dialog) + 2 * kMargin);
}

GuideRenderer::Result GuideRenderer::render(const Guide &guide, const GuideDialog &dialog,
                                            const GuideValues &values, const QHash<int, int> &callouts,
                                            qreal devicePixelRatio)
{
    Result result;
    const qreal dpr = std::clamp<qreal>(devicePixelRatio, 0.5, 4);
    const QSizeF logical = imageSize(dialog);
    result.image = QImage(qCeil(logical.width() * dpr), qCeil(logical.height() * dpr),
                          QImage::Format_ARGB32_Premultiplied);
    result.image.setDevicePixelRatio(dpr);
    result.image.fill(Qt::transparent);
    Canvas canvas(&result.image, guide, dialog, values, callouts);
    canvas.draw();
    result.issues = canvas.issues;
    return result;
}
