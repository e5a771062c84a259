#pragma once

#include "guides/Guide.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

// A text that does not fit its box in a drawn dialog. Values the user must read are never elided:
// a text too long for its box is drawn as it is (clipped) and reported here, and the tests fail.
struct GuideTextIssue
{
    QString where; // e.g. "widgets[4] lineedit \"smtp-host\""
    QString text;
    qreal needed = 0;    // logical pixels
    qreal available = 0; // logical pixels
    bool height = false; // the height does not fit (else the width)

    [[nodiscard]] QString toString() const;
};

// Draws a guide's dialog, in the look of the program's own window (Windows, GTK or macOS frame),
// filled with the user's values, with the fields to change outlined and numbered. All drawing uses
// the bundled DejaVu Sans, so that the pictures (and the measurements) are the same everywhere.
class GuideRenderer
{
    Q_DECLARE_TR_FUNCTIONS(GuideRenderer)

public:
    static constexpr qreal kMargin = 24; // around the window: room for the shadow and the callouts

    struct Result
    {
        QImage image; // devicePixelRatio set; logical size is imageSize()
        QList<GuideTextIssue> issues;
    };

    // callouts: the callout numbers of the JSON that are shown, and the number drawn for each.
    [[nodiscard]] static Result render(const Guide &guide, const GuideDialog &dialog,
                                       const GuideValues &values, const QHash<int, int> &callouts,
                                       qreal devicePixelRatio);
    [[nodiscard]] static QSizeF imageSize(const GuideDialog &dialog);
    [[nodiscard]] static qreal titleBarHeight(const GuideDialog &dialog);

    // The bundled font family ("DejaVu Sans"), loaded on first use.
    [[nodiscard]] static QString fontFamily();
    [[nodiscard]] static QFont font(qreal pixelSize, bool bold = false);
};
