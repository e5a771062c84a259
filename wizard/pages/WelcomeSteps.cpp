#include "pages/WelcomeSteps.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int kPictureSize = 56;
const QColor kInk(0x1f, 0x5f, 0x9e);   // the app's blue, as the progress bar and the drawn guides' accents
const QColor kPaper(0xe8, 0xf0, 0xf8); // a light fill that stays light on a dark palette
const QColor kGood(0x1e, 0x7e, 0x34);  // the "works" green of the checking page

void drawEnvelope(QPainter &p, const QRectF &r)
{
    p.setBrush(kPaper);
    p.drawRoundedRect(r, 2, 2);
    p.drawPolyline(QPolygonF({r.topLeft(), QPointF(r.center().x(), r.center().y() + 2), r.topRight()}));
}

// A mail program's envelope, an arrow, and a server box: "talks to your mail server".
void drawCheck(QPainter &p)
{
    drawEnvelope(p, QRectF(4, 20, 20, 14));
    p.drawLine(QPointF(27, 27), QPointF(35, 27));
    p.drawPolyline(QPolygonF({{32, 23.5}, {35.5, 27}, {32, 30.5}}));
    p.setBrush(kPaper);
    p.drawRoundedRect(QRectF(38, 10, 14, 36), 2, 2);
    for (const qreal y : {18.0, 26.0, 34.0})
        p.drawLine(QPointF(41, y), QPointF(49, y));
}

// A speech bubble with lines of text: "says in plain words".
void drawExplain(QPainter &p)
{
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(5, 8, 46, 32), 6, 6);
    QPainterPath tail;
    tail.moveTo(14, 39);
    tail.lineTo(12, 50);
    tail.lineTo(24, 39);
    tail.closeSubpath();
    p.setBrush(kPaper);
    p.drawPath(bubble.united(tail));
    for (const auto &[y, end] : {std::pair{17.0, 42.0}, {24.0, 38.0}, {31.0, 32.0}})
        p.drawLine(QPointF(13, y), QPointF(end, y));
}

// A program window with a tick: "the fix, in your own program".
void drawFix(QPainter &p)
{
    p.setBrush(kPaper);
    p.drawRoundedRect(QRectF(4, 8, 48, 38), 3, 3);
    p.drawLine(QPointF(4, 16), QPointF(52, 16));
    p.setBrush(kGood);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(22, 22, 20, 20));
    p.setPen(QPen(Qt::white, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(QPolygonF({{27, 32.5}, {30.5, 36}, {37, 28.5}}));
}
} // namespace

WelcomeSteps::WelcomeSteps(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(18);
    const qreal ratio = devicePixelRatioF();
    for (int i = 0; i < 3; ++i) {
        m_pictures[i] = new QLabel(this);
        m_pictures[i]->setPixmap(picture(Step(i), kPictureSize, ratio));
        m_pictures[i]->setAlignment(Qt::AlignCenter);
        m_texts[i] = new QLabel(this);
        m_texts[i]->setWordWrap(true);
        m_texts[i]->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        m_texts[i]->setObjectName(QStringLiteral("welcomeStep%1").arg(i + 1));
        layout->addWidget(m_pictures[i], 0, i);
        layout->addWidget(m_texts[i], 1, i);
        layout->setColumnStretch(i, 1);
    }
    retranslate();
}

void WelcomeSteps::retranslate()
{
    m_texts[0]->setText(tr("<b>1. It checks</b><br>your mail server, the way your mail program talks to it"));
    m_texts[1]->setText(tr("<b>2. It explains</b><br>in plain words what goes wrong"));
    m_texts[2]->setText(tr("<b>3. It shows the fix</b><br>step by step, in your own mail program"));
}

QPixmap WelcomeSteps::picture(Step step, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 56.0, size / 56.0); // drawn on a 56 x 56 grid
    p.setPen(QPen(kInk, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    switch (step) {
    case Step::Check:
        drawCheck(p);
        break;
    case Step::Explain:
        drawExplain(p);
        break;
    case Step::Fix:
        drawFix(p);
        break;
    }
    return pixmap;
}
