#include "export/ExportAccount.h"

#include "detect/EmailAddress.h"

QString ExportAccount::oneLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return out.trimmed();
}

bool ExportAccount::check(QString *error) const
{
    const EmailAddress parsed = EmailAddress::parse(address);
    if (!parsed.isValid()) {
        *error = tr("\"%1\" is not an email address").arg(address);
        return false;
    }
    if (outgoing.auth == MailSettings::Auth::OAuth2 || incoming.settings.auth == MailSettings::Auth::OAuth2) {
        *error = tr("sign-in with OAuth2 cannot be put into a setup file: add the account with the mail "
                    "program's own sign-in for this provider instead");
        return false;
    }
    if (outgoing.host.isEmpty() || outgoing.port == 0 || incoming.settings.host.isEmpty() ||
        incoming.settings.port == 0) {
        *error = tr("both the incoming and the outgoing server are needed");
        return false;
    }
    return true;
}
