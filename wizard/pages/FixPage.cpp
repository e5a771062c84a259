#include "pages/FixPage.h"

#include "WizardContext.h"
#include "diagnose/Findings.h"
#include "export/MobileConfig.h"
#include "pages/ThunderbirdFixDialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// A guide's picture, shrunk to the page's width when it is wider (never enlarged). A button: a click, or
// Space when it has the focus, shows it at its full size (FixPage::showLarger).
class GuidePicture : public QAbstractButton
{
public:
    GuidePicture(QImage image, QWidget *parent) : QAbstractButton(parent), m_image(std::move(image))
    {
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::StrongFocus);
    }

    [[nodiscard]] const QImage &image() const { return m_image; }
    [[nodiscard]] QSize logicalSize() const
    {
        return (QSizeF(m_image.size()) / m_image.devicePixelRatio()).toSize();
    }
    [[nodiscard]] QSize sizeHint() const override { return logicalSize(); }
    [[nodiscard]] QSize minimumSizeHint() const override { return {120, heightForWidth(120)}; }
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override
    {
        const QSize logical = logicalSize();
        if (logical.isEmpty())
            return 0;
        const int shown = std::min(width, logical.width());
        return qRound(qreal(logical.height()) * shown / logical.width());
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        const QSize logical = logicalSize();
        const int w = std::min(width(), logical.width());
        const QRect shown(0, 0, w, heightForWidth(w));
        p.drawImage(shown, m_image);
        if (hasFocus()) { // where the keyboard is, as on any button
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.drawRect(shown.adjusted(1, 1, -1, -1));
        }
    }

private:
    QImage m_image;
};

// "your mail program already ..." -> "Your mail program already ...".
QString startOfSentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// True when no step of the guide has a picture: the guide for any other mail program.
bool isTextOnly(const Guide &guide)
{
    return std::none_of(guide.steps.cbegin(), guide.steps.cend(),
                        [](const GuideStep &step) { return step.dialog.has_value(); });
}

// A text-only guide's steps as a numbered list, each step's items below it.
QString textStepsHtml(const GuideDocument &document)
{
    QString html = QStringLiteral("<ol>");
    for (const GuideDocument::Step &step : document.steps) {
        html += QStringLiteral("<li style=\"margin-bottom:6px\">%1").arg(step.text.toHtmlEscaped());
        if (!step.items.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const auto &item : step.items)
                html += QStringLiteral("<li>%1</li>").arg(item.second.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ol>");
}

// The guide's scroll area takes the focus, so that the keys scroll the guide; a screen reader then says
// its name and "panel", where Qt's own interface says nothing (a nameless "filler").
QAccessibleInterface *guideScrollAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String("QScrollArea") && object->objectName() == QLatin1String("guideScroll"))
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Pane);
    return nullptr;
}

QString badgeHtml(int number)
{
    return QStringLiteral("<span style=\"background-color:#e03e2d; color:#ffffff; font-weight:bold;\">"
                          "&nbsp;%1&nbsp;</span>")
        .arg(number);
}

// A drawn step's text: the step in bold (after the prefix, e.g. its number), then its items, each with its
// callout's number.
QString stepHtml(const GuideDocument::Step &step, const QString &prefix = QString())
{
    QString html = QStringLiteral("<p><b>%1%2</b></p>").arg(prefix, step.text.toHtmlEscaped());
    if (!step.items.isEmpty()) {
        html += QStringLiteral("<table cellspacing=\"3\">");
        for (const auto &item : step.items) {
            html += QStringLiteral("<tr><td valign=\"top\">%1</td><td>%2</td></tr>")
                        .arg(item.first > 0 ? badgeHtml(item.first) : QStringLiteral("&#8226;"),
                             item.second.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

// The steps of the Apple Mail setup profile (issue 16), shown after it was saved: what was saved, what the
// profile cannot do, and the drawn steps: install it, type the password, remove the old account.
class AppleProfileStepsDialog : public QDialog
{
public:
    AppleProfileStepsDialog(const GuideDocument &document, const QString &savedPath, bool withTls,
                            QWidget *parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("appleProfileSteps"));
        setWindowTitle(FixPage::tr("Install the setup profile"));
        auto *saved = new QLabel(
            FixPage::tr("The setup profile was saved as %1.").arg(QFileInfo(savedPath).fileName()));
        saved->setObjectName(QStringLiteral("appleProfileSaved"));
        saved->setWordWrap(true);
        saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *limit = new QLabel(
            withTls
                ? FixPage::tr("Install it, then remove the old account: the profile adds a new account, with "
                              "Use TLS/SSL on. It cannot change the account you have now.")
                : FixPage::tr(
                      "Install it, then remove the old account: the profile adds a new account. It cannot "
                      "change the account you have now."));
        limit->setObjectName(QStringLiteral("appleProfileLimit"));
        limit->setWordWrap(true);
        auto *inner = new QWidget;
        auto *steps = new QVBoxLayout(inner);
        for (const GuideDocument::Step &step : document.steps) {
            auto *text = new QLabel(stepHtml(step, QStringLiteral("%1. ").arg(step.number)));
            text->setObjectName(QStringLiteral("appleProfileStepText"));
            text->setWordWrap(true);
            text->setTextInteractionFlags(Qt::TextSelectableByMouse);
            steps->addWidget(text);
            if (step.image.isNull())
                continue;
            auto *picture = new GuidePicture(step.image, inner);
            picture->setObjectName(QStringLiteral("appleProfilePicture"));
            picture->setAccessibleName(FixPage::tr("Picture of step %1").arg(step.number));
            picture->setAccessibleDescription(step.text);
            picture->setFocusPolicy(Qt::NoFocus); // nothing larger to show here
            picture->setCursor(Qt::ArrowCursor);
            steps->addWidget(picture);
        }
        steps->addStretch(1);
        auto *scroll = new QScrollArea;
        scroll->setObjectName(QStringLiteral("appleProfileScroll"));
        scroll->setAccessibleName(FixPage::tr("The steps to install the setup profile"));
        scroll->setWidgetResizable(true);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the pictures shrink to its width
        scroll->setWidget(inner);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(saved);
        layout->addWidget(limit);
        layout->addWidget(scroll, 1);
        layout->addWidget(buttons);
        // Inside the wizard's window, whatever the pictures' size.
        const QSize wizard = parent && parent->window() ? parent->window()->size() : QSize(760, 560);
        resize(wizard.boundedTo(QSize(900, 900)) - QSize(40, 40));
    }
};
} // namespace

FixPage::FixPage(WizardContext *context, QWidget *parent) : QWizardPage(parent), m_context(context)
{
    m_steps = new QLabel(this);
    m_steps->setObjectName(QStringLiteral("fixSteps"));
    m_steps->setWordWrap(true);
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("guideVersion"));
    m_versionLabel = new QLabel(this);
    m_versionLabel->setBuddy(m_version);
    m_accountsButton = new QPushButton(this);
    m_accountsButton->setObjectName(QStringLiteral("accounts"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveGuide"));
    auto *saveMenu = new QMenu(m_save);
    for (const GuideDocument::Format format :
         {GuideDocument::Format::Html, GuideDocument::Format::Pdf, GuideDocument::Format::Images})
        m_saveAs << saveMenu->addAction(QString(), this, [this, format] { saveWithDialog(format); });
    m_save->setMenu(saveMenu);

    m_stepsHost = new QWidget(this);
    m_stepsHost->setObjectName(QStringLiteral("guideSteps"));
    m_stepsLayout = new QVBoxLayout(m_stepsHost);
    m_stepsLayout->setContentsMargins(0, 0, 0, 0);
    auto *inner = new QWidget(this);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_steps);
    m_values = new QWidget(this);
    m_values->setObjectName(QStringLiteral("fixValues"));
    m_valuesLayout = new QGridLayout(m_values);
    m_valuesLayout->setContentsMargins(0, 0, 0, 0);
    innerLayout->addWidget(m_values);
    innerLayout->addWidget(m_stepsHost);
    innerLayout->addStretch(1);
    static const bool factoryInstalled = (QAccessible::installFactory(guideScrollAccessible), true);
    Q_UNUSED(factoryInstalled)
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("guideScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(inner);

    m_guideErrors = new QLabel(this);
    m_guideErrors->setObjectName(QStringLiteral("guideErrors"));
    m_guideErrors->setWordWrap(true);
    m_guideErrors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guideErrors->setVisible(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_versionLabel);
    bar->addWidget(m_version, 1);
    bar->addWidget(m_accountsButton);
    bar->addWidget(m_save);
    m_appleProfile = new QPushButton(this);
    m_appleProfile->setObjectName(QStringLiteral("saveAppleProfile"));
    connect(m_appleProfile, &QPushButton::clicked, this, &FixPage::saveAppleProfile);
    bar->addWidget(m_appleProfile);
    m_fixForMe = new QPushButton(this);
    m_fixForMe->setObjectName(QStringLiteral("fixForMe"));
    connect(m_fixForMe, &QPushButton::clicked, this, &FixPage::fixForMe);
    bar->addWidget(m_fixForMe);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_guideErrors);

    connect(m_version, &QComboBox::currentIndexChanged, this, &FixPage::versionChosen);
    connect(m_accountsButton, &QPushButton::clicked, this, &FixPage::askForAccounts);
    retranslate();
}

void FixPage::retranslate()
{
    setTitle(tr("Fix it"));
    m_version->setAccessibleName(tr("Version of your mail program"));
    m_versionLabel->setText(tr("&Version:"));
    m_accountsButton->setText(tr("Several a&ccounts..."));
    m_accountsButton->setAccessibleName(tr("Show the steps for several accounts"));
    m_save->setText(tr("&Save guide..."));
    m_appleProfile->setText(tr("Save a setup profile for Apple Mail..."));
    m_appleProfile->setToolTip(tr("A file that sets up the account in Mail on the Mac, iPhone or iPad with "
                                  "these settings. Install it, then remove the old account."));
    m_save->setAccessibleName(tr("Save the guide"));
    m_scroll->setAccessibleName(tr("The steps to fix it"));
    m_fixForMe->setText(tr("&Fix it for me..."));
    m_fixForMe->setToolTip(tr("MailFix writes these settings into Thunderbird for you, after showing what "
                              "changes. It keeps a copy of the old settings, so you can undo it."));
    m_saveAs.at(0)->setText(tr("As a &web page (HTML)..."));
    m_saveAs.at(1)->setText(tr("As a &PDF..."));
    m_saveAs.at(2)->setText(tr("As p&ictures (a folder of PNG files)..."));
    showGuideErrors();
    if (!m_libraryLoaded) // not shown yet
        return;
    setSubTitle(tr("Change these settings in %1, then click Next to check again.").arg(programLabel()));
    for (int i = 0; i < m_version->count(); ++i) {
        if (const Guide *g =
                m_library.find(MailClients::programName(m_program), m_version->itemData(i).toString()))
            m_version->setItemText(i, g->text(g->title, {}));
    }
    rebuild(); // the steps, in the new language, where the user was
}

void FixPage::showGuideErrors()
{
    if (!m_library.errors().isEmpty())
        m_guideErrors->setText(tr("Some guides could not be read:") + QLatin1Char('\n') +
                               m_library.errors().join(QLatin1Char('\n')));
}

void FixPage::scrollToStepOne()
{
    m_scroll->verticalScrollBar()->setValue(0);
    m_scroll->horizontalScrollBar()->setValue(0);
}

void FixPage::loadLibrary()
{
    if (m_libraryLoaded)
        return;
    m_libraryLoaded = true;
    m_library.loadBundled();
    // An MSP's or translator's own guides: beside the provider overrides, or from the environment.
    QStringList folders;
    const WizardContext::Environment &environment = m_context->environment();
    const QString overrides =
        environment.overridesDir.isEmpty() ? environment.deployment.overridesDir : environment.overridesDir;
    if (!overrides.isEmpty()) {
        const QString beside = QDir(overrides).filePath(QStringLiteral("guides"));
        if (QFileInfo(beside).isDir())
            folders << beside;
    }
    if (qEnvironmentVariableIsSet("MAILFIX_GUIDES_DIR"))
        folders << qEnvironmentVariable("MAILFIX_GUIDES_DIR");
    for (const QString &folder : std::as_const(folders))
        m_library.loadFolder(folder);
    if (!m_library.errors().isEmpty()) {
        for (const QString &e : m_library.errors())
            qWarning("guide: %s", qPrintable(e));
        showGuideErrors();
        m_guideErrors->setVisible(true);
    }
}

void FixPage::initializePage()
{
    showFix(m_context->program, m_context->diagnosis(), m_context->current, m_context->address);
}

void FixPage::setAccounts(const QStringList &accounts)
{
    m_accounts.clear();
    for (const QString &a : accounts) {
        if (!a.trimmed().isEmpty())
            m_accounts << a.trimmed();
    }
    m_accounts.removeDuplicates();
    rebuild();
    scrollToStepOne();
}

void FixPage::askForAccounts()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Several accounts"),
        tr("Type the names of the accounts whose outgoing settings you want to change, one a line (as your "
           "mail program lists them, usually the email address). The steps for each account are repeated."),
        (m_accounts.isEmpty() ? QStringList{m_address} : m_accounts).join(QLatin1Char('\n')), &ok);
    if (ok)
        setAccounts(text.split(QLatin1Char('\n')));
}

void FixPage::showFix(MailClients::Program program, const Diagnosis &diagnosis,
                      const std::optional<MailSettings> &current, const QString &address)
{
    loadLibrary();
    const bool programChanged = program != m_program || m_version->count() == 0;
    m_program = program;
    m_diagnosis = diagnosis;
    m_current = current;
    m_address = address;
    setSubTitle(tr("Change these settings in %1, then click Next to check again.").arg(programLabel()));
    if (programChanged) {
        m_context->programVersion.clear();
        const QSignalBlocker block(m_version);
        m_version->clear();
        for (const Guide *g : m_library.guidesFor(MailClients::programName(program)))
            m_version->addItem(g->text(g->title, {}), g->version);
        m_version->setCurrentIndex(m_version->count() > 0 ? 0 : -1); // the newest
    }
    rebuild();
    scrollToStepOne(); // another program, version or diagnosis, or the page shown again: from the top
}

const Guide *FixPage::currentGuide() const
{
    if (m_version->currentIndex() >= 0) {
        if (const Guide *own =
                m_library.find(MailClients::programName(m_program), m_version->currentData().toString()))
            return own;
    }
    // A program without a guide of its own: the text steps for any mail program (other.json).
    const QList<const Guide *> any =
        m_library.guidesFor(MailClients::programName(MailClients::Program::Other));
    return any.isEmpty() ? nullptr : any.first();
}

QString FixPage::programLabel() const
{
    return m_program == MailClients::Program::Other ? tr("your mail program")
                                                    : MailClients::displayName(m_program);
}

void FixPage::versionChosen()
{
    m_context->programVersion = m_version->currentText(); // the user said which version (reports name it)
    rebuild();
    scrollToStepOne();
}

GuideValues FixPage::values() const
{
    if (!m_diagnosis.recommended)
        return {};
    std::optional<IncomingSettings> incoming;
    if (m_diagnosis.incoming)
        incoming = m_diagnosis.incoming->settings;
    return GuideValues::from(m_diagnosis.recommended->settings, m_address, m_current, incoming);
}

GuideSelection::Result FixPage::selection() const
{
    return GuideSelection::select(m_diagnosis, m_current, std::max<int>(1, int(m_accounts.size())));
}

void FixPage::clearSteps()
{
    while (QLayoutItem *item = m_stepsLayout->takeAt(0)) {
        if (item->widget())
            delete item->widget();
        delete item;
    }
}

// A step's picture at its full size, in a window of its own that fits the screen (scrolls when larger).
void FixPage::showLarger(const QImage &image, int stepNumber)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Step %1").arg(stepNumber));
    auto *picture = new QLabel;
    picture->setPixmap(QPixmap::fromImage(image));
    picture->setAccessibleName(tr("Picture of step %1").arg(stepNumber));
    auto *scroll = new QScrollArea(&dialog);
    scroll->setWidget(picture);
    scroll->setAlignment(Qt::AlignCenter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    const QSize wanted = picture->sizeHint() + QSize(40, 80);
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    dialog.resize(wanted.boundedTo(available.size() * 9 / 10));
    dialog.exec();
}

void FixPage::addStep(const GuideDocument::Step &step)
{
    auto *box = new QWidget(m_stepsHost);
    box->setObjectName(QStringLiteral("guideStep"));
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 8, 0, 8);
    auto *number = new QLabel(QString::number(step.number), box);
    QFont big = number->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    number->setFont(big);
    number->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    number->setMinimumWidth(number->fontMetrics().horizontalAdvance(QStringLiteral("00")));
    auto *text = new QLabel(stepHtml(step), box);
    text->setObjectName(QStringLiteral("guideStepText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *column = new QVBoxLayout;
    column->setSpacing(4);
    column->addWidget(text);
    if (!step.image.isNull()) {
        auto *picture = new GuidePicture(step.image, box);
        picture->setObjectName(QStringLiteral("guidePicture"));
        picture->setAccessibleName(tr("Picture of step %1").arg(step.number));
        picture->setAccessibleDescription(step.text);
        picture->setToolTip(tr("Click to see the picture larger."));
        connect(picture, &QAbstractButton::clicked, this,
                [this, picture, number = step.number] { showLarger(picture->image(), number); });
        if (m_lastTabStop) // Tab reaches the pictures in the guide's order, after its Copy buttons
            QWidget::setTabOrder(m_lastTabStop, picture);
        m_lastTabStop = picture;
        column->addWidget(picture);
    }
    row->addWidget(number, 0, Qt::AlignTop);
    row->addLayout(column, 1);
    m_stepsLayout->addWidget(box);
}

void FixPage::rebuild()
{
    clearSteps();
    m_document = GuideDocument();
    const Guide *guide = currentGuide();
    const bool drawn = guide && !isTextOnly(*guide);
    m_versionLabel->setVisible(drawn);
    m_version->setVisible(drawn);
    m_accountsButton->setVisible(drawn);
    m_save->setVisible(drawn);
    m_save->setEnabled(false);
    m_fixForMe->setVisible(m_program == MailClients::Program::Thunderbird && m_diagnosis.recommended &&
                           m_diagnosis.recommended->verified && !m_context->accounts.isEmpty());
    showValues();

    if (!m_diagnosis.recommended || !guide) {
        m_steps->setText(
            tr("MailFix has no settings to suggest, because no server answered. Check your internet "
               "connection, then go back and check again."));
        return;
    }
    const GuideSelection::Result chosen = selection();
    m_document = GuideDocument::build(*guide, chosen, values(), m_accounts, devicePixelRatioF());
    for (const GuideTextIssue &issue : m_document.issues())
        qWarning("guide %s: %s", qPrintable(guide->key()), qPrintable(issue.toString()));
    if (!drawn) { // the settings as text steps
        m_steps->setText(introHtml(chosen, false) + textStepsHtml(m_document));
        return;
    }
    m_steps->setText(introHtml(chosen, true));
    m_save->setEnabled(!m_document.steps.isEmpty());
    for (const GuideDocument::Step &step : std::as_const(m_document.steps))
        addStep(step);
}

QString FixPage::introHtml(const GuideSelection::Result &chosen, bool withSummary) const
{
    auto paragraph = [](const QString &text) {
        return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
    };
    QString html;
    if (chosen.nothingToChange) {
        html = paragraph(m_diagnosis.find(FindingCode::SettingsOk)
                             ? tr("Your settings work. There is nothing to change in %1.").arg(programLabel())
                             : startOfSentence(tr("%1 already uses these settings. There is nothing to "
                                                  "change there.")
                                                   .arg(programLabel())));
    } else if (chosen.needs.isEmpty()) {
        html = paragraph(tr("The problem is not in %1's settings, so there is nothing to change there.")
                             .arg(programLabel()));
    }
    if (withSummary)
        html += paragraph(m_document.summary);
    if (!m_diagnosis.recommended->verified)
        html += paragraph(
            tr("MailFix could not test these settings completely, so they may still need a change."));
    for (const QString &note : std::as_const(chosen.notes))
        html += QStringLiteral("<p><i>%1</i></p>").arg(note.toHtmlEscaped());
    return html;
}

bool FixPage::saveGuide(GuideDocument::Format format, const QString &path, QString *error) const
{
    const Guide *guide = currentGuide();
    if (!guide || !m_diagnosis.recommended) {
        *error = tr("There is no guide to save.");
        return false;
    }
    const GuideDocument sharp = GuideDocument::build(*guide, selection(), values(), m_accounts, 2);
    return sharp.save(format, path, error);
}

void FixPage::saveWithDialog(GuideDocument::Format format)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("MailFix guide");
    QString path;
    switch (format) {
    case GuideDocument::Format::Html:
        path = QFileDialog::getSaveFileName(this, tr("Save the guide as a web page"),
                                            QDir(documents).filePath(name + QStringLiteral(".html")),
                                            tr("Web page (*.html)"));
        break;
    case GuideDocument::Format::Pdf:
        path = QFileDialog::getSaveFileName(this, tr("Save the guide as a PDF"),
                                            QDir(documents).filePath(name + QStringLiteral(".pdf")),
                                            tr("PDF (*.pdf)"));
        break;
    case GuideDocument::Format::Images: {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Choose where to put the folder of pictures"), documents);
        if (!folder.isEmpty())
            path = QDir(folder).filePath(name);
        break;
    }
    }
    if (path.isEmpty())
        return;
    QString error;
    if (!saveGuide(format, path, &error))
        QMessageBox::warning(this, tr("The guide was not saved"),
                             tr("MailFix could not save the guide: %1\nTry another folder.").arg(error));
}

void FixPage::showValues()
{
    m_lastTabStop = m_scroll; // the guide's controls follow the guide in the Tab order
    while (QLayoutItem *item = m_valuesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const bool apple = m_program == MailClients::Program::AppleMail && m_diagnosis.recommended &&
                       m_diagnosis.incoming &&
                       m_diagnosis.recommended->settings.auth != MailSettings::Auth::OAuth2;
    m_appleProfile->setVisible(apple);
    m_values->setVisible(bool(m_diagnosis.recommended));
    if (!m_diagnosis.recommended)
        return;
    const GuideValues v = values();
    QList<std::pair<QString, QString>> rows; // (what, value)
    if (m_diagnosis.incoming)
        rows << std::pair{tr("Incoming server:"), v.incomingHost}
             << std::pair{tr("Incoming port:"), QString::number(v.incomingPort)};
    rows << std::pair{tr("Outgoing server:"), v.host}
         << std::pair{tr("Outgoing port:"), QString::number(v.port)};
    if (v.auth != MailSettings::Auth::None && !v.username.isEmpty())
        rows << std::pair{tr("User name:"), v.username};
    QWidget *previousCopy = nullptr;
    for (int i = 0; i < rows.size(); ++i) {
        const auto &[what, value] = rows.at(i);
        auto *text = new QLabel(value, m_values);
        text->setObjectName(QStringLiteral("fixValue%1").arg(i));
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setStyleSheet(QStringLiteral("font-weight: bold"));
        auto *copy = new QToolButton(m_values);
        // Tab reaches it where it shows, in the guide, not after the wizard's own buttons
        QWidget::setTabOrder(i == 0 ? static_cast<QWidget *>(m_scroll) : previousCopy, copy);
        previousCopy = copy;
        m_lastTabStop = copy;
        copy->setObjectName(QStringLiteral("copyValue%1").arg(i));
        copy->setText(tr("Copy"));
        copy->setAccessibleName(tr("Copy %1").arg(what));
        copy->setToolTip(tr("Copies %1 so you can paste it into %2.").arg(value, programLabel()));
        connect(copy, &QToolButton::clicked, this,
                [value = value] { QGuiApplication::clipboard()->setText(value); });
        m_valuesLayout->addWidget(new QLabel(what, m_values), i, 0);
        m_valuesLayout->addWidget(text, i, 1);
        m_valuesLayout->addWidget(copy, i, 2);
    }
    m_valuesLayout->setColumnStretch(3, 1);
}

void FixPage::fixForMe()
{
    if (!m_diagnosis.recommended)
        return;
    MailSettings verified = m_diagnosis.recommended->settings;
    verified.username = values().username;
    ThunderbirdFixDialog dialog(ThunderbirdFixDialog::defaultProfile(), verified, this);
    dialog.exec();
}

void FixPage::saveAppleProfile()
{
    if (!m_diagnosis.recommended || !m_diagnosis.incoming)
        return;
    ExportAccount account;
    account.address = m_address;
    account.outgoing = m_diagnosis.recommended->settings;
    account.incoming = m_diagnosis.incoming->settings;
    const GuideValues v = values();
    account.outgoing.username = v.username;
    if (account.incoming.settings.username.isEmpty())
        account.incoming.settings.username = v.incomingUsername.isEmpty() ? v.username : v.incomingUsername;
    QString error;
    const QString text = MobileConfig::build(account, &error);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString caption = tr("Save the setup profile for Apple Mail");
    const QString suggested = QDir(documents).filePath(m_address + QStringLiteral(".mobileconfig"));
    const QString filter = tr("Configuration profile (*.mobileconfig)");
    const auto &ask = m_context->environment().askSaveFileName;
    const QString path = text.isEmpty() ? QString()
                         : ask          ? ask(this, caption, suggested, filter)
                                        : QFileDialog::getSaveFileName(this, caption, suggested, filter);
    if (text.isEmpty()) {
        QMessageBox::warning(this, tr("No setup profile"),
                             tr("MailFix cannot make a setup profile: %1").arg(error));
        return;
    }
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(
            this, tr("The profile was not saved"),
            tr("MailFix could not save the profile: %1\nTry another folder.").arg(file.errorString()));
        return;
    }
    showAppleProfileSteps(path);
}

void FixPage::showAppleProfileSteps(const QString &savedPath)
{
    const QList<const Guide *> profiles = m_library.guidesFor(
        MailClients::programName(MailClients::Program::AppleMail), Guide::Purpose::Profile);
    GuideDocument document;
    if (!profiles.isEmpty()) {
        GuideSelection::Result all;
        all.needs = QStringList{GuideNeed::Always};
        GuideValues v = values();
        v.account = m_accounts.value(0, m_address); // the old account, as the Fix page's steps name it
        document = GuideDocument::build(*profiles.first(), all, v, {}, devicePixelRatioF());
    }
    const bool withTls = m_diagnosis.recommended->settings.security != SecurityMode::None;
    auto *dialog = new AppleProfileStepsDialog(document, savedPath, withTls, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal, without a nested event loop
}
