#include "AboutDialog.h"

#include "TlsSupport.h"
#include "Version.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPixmap>
#include <QTextBrowser>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent, const DeploymentConfig::Branding &branding) : QDialog(parent)
{
    setWindowTitle(tr("About %1").arg(branding.productName));
    setObjectName(QStringLiteral("AboutDialog"));
    const QString version = tr("MailFix %1").arg(QLatin1String(MailFix::kVersion));
    auto *title = new QLabel(QStringLiteral("<b>%1</b>")
                                 .arg(branding.productName == QLatin1String(MailFix::kProductName)
                                          ? version.toHtmlEscaped()
                                          : tr("%1 (%2)").arg(branding.productName, version).toHtmlEscaped()),
                             this);
    title->setObjectName(QStringLiteral("productTitle"));
    auto *logo = new QLabel(this);
    const QPixmap pixmap(branding.logoPath);
    if (!pixmap.isNull())
        logo->setPixmap(pixmap.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    logo->setVisible(!pixmap.isNull());
    auto *support = new QLabel(branding.supportLine(), this);
    support->setObjectName(QStringLiteral("support"));
    support->setTextFormat(Qt::PlainText);
    support->setWordWrap(true);
    support->setVisible(!support->text().isEmpty());
    auto *what = new QLabel(
        tr("MailFix finds out why your mail program cannot send, and shows you how to fix it."), this);
    what->setWordWrap(true);
    auto *licences = new QTextBrowser(this);
    licences->setObjectName(QStringLiteral("licences"));
    licences->setAccessibleName(tr("Licences"));
    licences->setOpenExternalLinks(true);
    licences->setHtml(licenceText());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(logo);
    layout->addWidget(title);
    layout->addWidget(what);
    layout->addWidget(support);
    layout->addWidget(licences, 1);
    layout->addWidget(buttons);
    resize(520, 420);
}

QString AboutDialog::licenceText()
{
    const TlsStatus tls = TlsSupport::check();
    return tr("<p>MailFix is built with <b>Qt %1</b>, used under the GNU Lesser General Public License "
              "version 3 (LGPL-3.0). See <a href=\"https://www.qt.io/licensing/\">qt.io/licensing</a>.</p>"
              "<p>Encrypted connections use <b>%2</b>, under the Apache License 2.0.</p>"
              "<p>The provider settings MailFix ships are derived from the <b>Thunderbird ISPDB</b> "
              "(autoconfig data of the Mozilla Thunderbird project), used under the Mozilla Public License "
              "2.0 (MPL-2.0). The data and its licence are in resources/providers/; the original is at "
              "<a "
              "href=\"https://github.com/thunderbird/autoconfig\">github.com/thunderbird/autoconfig</a>.</p>"
              "<p>The pictures in the fix guides are drawn with the <b>DejaVu Sans</b> fonts (Bitstream Vera "
              "and DejaVu licence, free to use and redistribute).</p>")
        .arg(QLatin1String(qVersion()),
             tls.libraryVersion.isEmpty() ? QStringLiteral("OpenSSL") : tls.libraryVersion);
}
