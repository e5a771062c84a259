#pragma once

#include "export/ExportAccount.h"
#include "guides/GuideDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One page for a technician to send to a user: the checked settings (incoming and outgoing, in the mail
// program's own words) above the drawn steps of that program's guide, as a web page or a one-page PDF.
// The steps are the guide's (GuideDocument); only the page around them is drawn here.
class SettingsCard
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCard)

public:
    struct Row
    {
        QString label;
        QString value;
    };
    struct Table
    {
        QString heading; // "Incoming mail (IMAP)", "Outgoing mail (SMTP)"
        QList<Row> rows;
    };

    QString title;    // "Mail settings for alice@example.com"
    QString subtitle; // the guide's title: "Fix it in Thunderbird 115 and later"
    QList<Table> tables;
    QStringList notes;
    QList<GuideDocument::Step> steps;

    // incoming: when the user's incoming server is known (--incoming).
    [[nodiscard]] static SettingsCard build(const ExportAccount &account, bool withIncoming,
                                            const Guide &guide, const GuideDocument &document);
    [[nodiscard]] static Table table(const QString &heading, const MailSettings &settings,
                                     const Guide &guide);

    [[nodiscard]] QString toHtml() const;
    // A4, everything on one page: the pictures are made as small as they must be to fit.
    [[nodiscard]] bool savePdf(const QString &path, QString *error) const;
    [[nodiscard]] bool saveHtml(const QString &path, QString *error) const;
};
