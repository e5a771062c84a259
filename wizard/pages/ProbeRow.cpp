#include "pages/ProbeRow.h"

#include "Translations.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSettings>

#include <algorithm>

QString ProbeRow::title(const ProbeEndpoint &e, int serverNumber)
{
    const bool first = serverNumber == 1;
    QString text;
    if (e.protocol == Protocol::Smtp) {
        if (e.port == 25)
            text = tr("Sending on port 25 (often blocked by internet providers)");
        else if (e.security == SecurityMode::None)
            text = tr("Unencrypted sending on port %1").arg(locale().toString(e.port));
        else if (e.security == SecurityMode::ImplicitTls && e.port == 465)
            text = first ? tr("Secure sending (recommended)") : tr("Secure sending");
        else
            text = tr("Secure sending on port %1").arg(locale().toString(e.port));
    } else {
        const bool imap = e.protocol == Protocol::Imap;
        const quint16 usual = imap ? 993 : 995;
        const QString port = locale().toString(e.port);
        if (e.security == SecurityMode::None)
            text = imap ? tr("Unencrypted receiving (IMAP) on port %1").arg(port)
                        : tr("Unencrypted receiving (POP3) on port %1").arg(port);
        else if (e.security == SecurityMode::ImplicitTls && e.port == usual)
            text = imap ? (first ? tr("Secure receiving (IMAP, recommended)") : tr("Secure receiving (IMAP)"))
                        : tr("Secure receiving (POP3)");
        else
            text = imap ? tr("Secure receiving (IMAP) on port %1").arg(port)
                        : tr("Secure receiving (POP3) on port %1").arg(port);
    }
    if (serverNumber <= 0)
        return tr("%1 (your settings now)").arg(text);
    return first ? text : tr("%1, server %2").arg(text, locale().toString(serverNumber));
}

ProbeRow::State ProbeRow::state(const ProbeResult &r, bool usersOwn)
{
    if (r.outcome == ProbeResult::Outcome::Cancelled)
        return State::Stopped;
    if (r.protocol() == Protocol::Smtp ? r.verifiedSending() : r.verifiedSignIn())
        return State::Works;
    if (r.reachedServer())
        return State::Answers;
    const bool nothingThere =
        r.connect == ConnectOutcome::Refused || r.connect == ConnectOutcome::ResolveFailed;
    return nothingThere && !usersOwn ? State::NotOffered : State::Failed;
}

QString ProbeRow::stateName(State state)
{
    switch (state) {
    case State::Waiting:
        return tr("Not finished");
    case State::Works:
        return tr("Works");
    case State::Answers:
        return tr("Answers, with a problem");
    case State::Failed:
        return tr("Does not work");
    case State::Stopped:
        return tr("Stopped");
    case State::NotOffered:
        return tr("Not offered here");
    }
    return {};
}

QIcon ProbeRow::icon(State state)
{
    constexpr int kSize = 32;
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(2, 2, kSize - 4, kSize - 4);
    QPen mark(Qt::white, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (state) {
    case State::Works: // a tick in a green disc
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1e, 0x7e, 0x34));
        p.drawEllipse(box);
        p.setPen(mark);
        p.drawPolyline(QPolygonF({{9, 16.5}, {14, 21.5}, {23, 11}}));
        break;
    case State::Answers: { // an exclamation mark in an amber triangle
        QPainterPath triangle;
        triangle.moveTo(16, 2);
        triangle.lineTo(30, 28);
        triangle.lineTo(2, 28);
        triangle.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xb3, 0x6b, 0x00));
        p.drawPath(triangle);
        p.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(16, 11), QPointF(16, 19));
        p.drawPoint(QPointF(16, 24));
        break;
    }
    case State::Failed: // a cross in a red disc
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xb0, 0x1c, 0x1c));
        p.drawEllipse(box);
        p.setPen(mark);
        p.drawLine(QPointF(11, 11), QPointF(21, 21));
        p.drawLine(QPointF(21, 11), QPointF(11, 21));
        break;
    case State::Stopped: // a grey square, as on a stop button
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x6b, 0x6b, 0x6b));
        p.drawRoundedRect(QRectF(6, 6, 20, 20), 3, 3);
        break;
    case State::NotOffered: // a dash in a grey ring: nothing there, and nothing wrong
        p.setPen(QPen(QColor(0x6b, 0x6b, 0x6b), 3));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box.adjusted(1.5, 1.5, -1.5, -1.5));
        p.setPen(QPen(QColor(0x6b, 0x6b, 0x6b), 4, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(10, 16), QPointF(22, 16));
        break;
    case State::Waiting: // a clock face
        p.setPen(QPen(QColor(0x55, 0x5f, 0x6d), 3));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box.adjusted(1, 1, -1, -1));
        p.setPen(QPen(QColor(0x55, 0x5f, 0x6d), 3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(16, 16), QPointF(16, 8));
        p.drawLine(QPointF(16, 16), QPointF(22, 19));
        break;
    }
    p.end();
    return QIcon(pixmap);
}

QLocale ProbeRow::locale()
{
    return Translations::localeOf(
        Translations::resolve(QSettings().value(Translations::settingsKey()).toString()));
}

QString ProbeRow::seconds(qint64 ms, int decimals)
{
    return tr("%1 s").arg(locale().toString(double(ms) / 1000.0, 'f', decimals));
}

QString ProbeRow::waiting(qint64 elapsedMs, qint64 limitMs)
{
    const QLocale here = locale();
    const qint64 shown = std::min(elapsedMs, limitMs) / 1000;
    return tr("Waiting for an answer... %1 s of %2 s")
        .arg(here.toString(shown), here.toString((limitMs + 999) / 1000));
}
