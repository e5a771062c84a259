#include "AboutDialog.h"

#include "TlsSupport.h"
#include "Version.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About MailFix"));
    setObjectName(QStringLiteral("AboutDialog"));
    auto *title = new QLabel(tr("<b>MailFix %1</b>").arg(QLatin1String(MailFix::kVersion)), this);
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
    layout->addWidget(title);
    layout->addWidget(what);
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
              "href=\"https://github.com/thunderbird/autoconfig\">github.com/thunderbird/autoconfig</a>.</p>")
        .arg(QLatin1String(qVersion()),
             tls.libraryVersion.isEmpty() ? QStringLiteral("OpenSSL") : tls.libraryVersion);
}
