#pragma once

#include <QCoreApplication>
#include <QString>

class WizardContext;

// Saves or copies the report of the last check: HTML, PDF (QPdfWriter), JSON, or text to the
// clipboard. Never includes the password (the context's results hold none).
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)

public:
    enum class Format { Html, Pdf, Json };

    [[nodiscard]] static QString html(const WizardContext &context);
    [[nodiscard]] static QByteArray json(const WizardContext &context);
    [[nodiscard]] static QString text(const WizardContext &context);
    // Writes the file; false with *error when it cannot.
    [[nodiscard]] static bool save(const WizardContext &context, Format format, const QString &path,
                                   QString *error);
    static void copyToClipboard(const WizardContext &context);
    [[nodiscard]] static Format formatForPath(const QString &path);
};
