#pragma once

#include "guides/GuideRenderer.h"
#include "guides/GuideSelection.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// A guide made ready to show or send: the chosen steps, numbered, with their texts filled in and
// their pictures drawn. FixPage shows it; a technician saves it as HTML, PDF or a folder of PNGs.
class GuideDocument
{
    Q_DECLARE_TR_FUNCTIONS(GuideDocument)

public:
    struct Step
    {
        int number = 0;
        QString id;      // the guide's step id
        QString account; // the account it is for
        QString text;
        QList<QPair<int, QString>> items; // (callout number drawn, 0 for none; text)
        QImage image;                     // null when the step has no picture
        QList<GuideTextIssue> issues;
    };

    enum class Format { Html, Pdf, Images };

    QString title;   // e.g. "Fix it in Thunderbird 115 and later"
    QString summary; // the settings, in the program's words
    QStringList notes;
    QList<Step> steps;

    [[nodiscard]] static GuideDocument build(const Guide &guide, const GuideSelection::Result &selection,
                                             const GuideValues &values, const QStringList &accounts,
                                             qreal devicePixelRatio);
    // One step: its text, items and picture (callouts renumbered 1, 2, ... in the items' order).
    [[nodiscard]] static Step buildStep(const Guide &guide, const GuideSelection::Step &selected,
                                        const GuideValues &values, qreal devicePixelRatio);
    [[nodiscard]] static QString settingsSummary(const Guide &guide, const GuideValues &values);
    [[nodiscard]] static QString incomingSummary(const Guide &guide, const GuideValues &values);

    [[nodiscard]] QList<GuideTextIssue> issues() const;
    // A whole web page; the pictures are embedded (data: URIs), so the file can be sent alone.
    [[nodiscard]] QString toHtml() const;
    [[nodiscard]] QString toText() const;
    // Html and Pdf write the file at path; Images writes NN-step.png files and steps.txt into the
    // folder at path (made when missing). False with *error when it cannot.
    [[nodiscard]] bool save(Format format, const QString &path, QString *error) const;

private:
    [[nodiscard]] bool savePdf(const QString &path, QString *error) const;
    [[nodiscard]] bool saveImages(const QString &path, QString *error) const;
    [[nodiscard]] QString imageName(const Step &step) const;
};
