#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

struct ProbeResult;

class WizardContext;

// Saves or copies the report of the last check: HTML, PDF (QPdfWriter), JSON, or text to the
// clipboard, with the outgoing (SMTP) and the incoming (IMAP, POP3) probes as `mailfix-cli diagnose` gives
// them, and marked partial after Stop. Never includes the password (the context's results hold none).
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)

public:
    enum class Format { Html, Pdf, Json };

    [[nodiscard]] static QString html(const WizardContext &context);
    [[nodiscard]] static QByteArray json(const WizardContext &context);
    // The copied text: a header (address, program and version, date, MailFix version), then the report.
    [[nodiscard]] static QString text(const WizardContext &context);
    [[nodiscard]] static QString header(const WizardContext &context);
    // Writes the file; false with *error when it cannot.
    [[nodiscard]] static bool save(const WizardContext &context, Format format, const QString &path,
                                   QString *error);
    static void copyToClipboard(const WizardContext &context);
    [[nodiscard]] static Format formatForPath(const QString &path);

private:
    // The SMTP probes, then the incoming ones (as the CLI's report lists them).
    [[nodiscard]] static QList<ProbeResult> probes(const WizardContext &context);
    [[nodiscard]] static QString partialNote();
};
