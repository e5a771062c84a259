// The mail programs' own messages (resources/programs/*.json) as the error explainer reads them: every
// Thunderbird send error in English, German, French, Spanish and Dutch, with sample values in its
// placeholders; Outlook's error numbers; and the drawn Thunderbird guide's labels, which must be
// Thunderbird's own (the English guide and MailFix's translations of it). Needs no Thunderbird.
#include "diagnose/ErrorExplainer.h"
#include "diagnose/Findings.h"
#include "diagnose/ProgramMessages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using Client = ErrorExplainer::Client;
using Server = ErrorExplainer::Server;

Q_DECLARE_METATYPE(ErrorExplainer::Server)

namespace {

const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                                QStringLiteral("es"), QStringLiteral("nl")};

// The one right answer for each program message: its findings, most likely first, when the paste holds no
// server reply MailFix knows. Empty: a wrapper whose meaning is the server's reply, or nothing to diagnose.
QMap<QString, QStringList> expectedFindings()
{
    const QString ar = QStringLiteral("auth-required"), af = QStringLiteral("auth-failed"),
                  amm = QStringLiteral("auth-mechanism-mismatch"), sr = QStringLiteral("sender-rejected"),
                  rr = QStringLiteral("recipient-rejected"), tmm = QStringLiteral("tls-mode-mismatch"),
                  cert = QStringLiteral("tls-certificate-invalid"), pb = QStringLiteral("port-blocked"),
                  pu = QStringLiteral("port-unresponsive"), su = QStringLiteral("server-unreachable"),
                  dnf = QStringLiteral("domain-not-found"), odd = QStringLiteral("address-odd-characters");
    return {
        {QStringLiteral("thunderbird/sendMessageErrorTitle"), {}},
        {QStringLiteral("thunderbird/sendFailed"), {}},
        {QStringLiteral("thunderbird/errorSendingFromCommand"), {sr, ar}},
        {QStringLiteral("thunderbird/errorSendingRcptCommand"), {ar, rr}},
        {QStringLiteral("thunderbird/errorSendingDataCommand"), {}},
        {QStringLiteral("thunderbird/errorSendingMessage"), {}},
        {QStringLiteral("thunderbird/smtpServerError"), {}},
        {QStringLiteral("thunderbird/smtpTooManyRecipients"), {}},
        {QStringLiteral("thunderbird/smtpPermSizeExceeded2"), {}},
        {QStringLiteral("thunderbird/errorIllegalLocalPart2"), {odd, rr}},
        {QStringLiteral("thunderbird/startTlsFailed"), {tmm}},
        {QStringLiteral("thunderbird/smtpSecurityIssue"), {cert, tmm}},
        {QStringLiteral("thunderbird/smtpSendFailedUnknownServer"), {dnf, su}},
        {QStringLiteral("thunderbird/smtpSendRequestRefused"), {pb, su}},
        {QStringLiteral("thunderbird/smtpSendInterrupted"), {tmm, pu}},
        {QStringLiteral("thunderbird/smtpSendTimeout"), {pu, pb, su}},
        {QStringLiteral("thunderbird/smtpHintAuthEncryptToPlainNoSsl"), {amm}},
        {QStringLiteral("thunderbird/smtpHintAuthEncryptToPlainSsl"), {amm}},
        {QStringLiteral("thunderbird/smtpHintAuthPlainToEncrypt"), {amm}},
        {QStringLiteral("thunderbird/smtpAuthFailure"), {af, amm}},
        {QStringLiteral("thunderbird/smtpAuthGssapi"), {amm}},
        {QStringLiteral("thunderbird/smtpAuthMechNotSupported"), {amm}},
        {QStringLiteral("outlook/cannot-connect-smtp"), {pb, su}},
        {QStringLiteral("outlook/connection-interrupted"), {tmm, pu}},
        {QStringLiteral("outlook/encryption-type"), {tmm}},
        {QStringLiteral("outlook/smtp-timeout"), {pu, pb, su}},
        {QStringLiteral("outlook/recipient-rejected"), {ar, rr}},
        {QStringLiteral("outlook/sender-rejected"), {sr, ar}},
        {QStringLiteral("outlook/internal-error"), {}},
        {QStringLiteral("outlook/certificate"), {cert}},
        {QStringLiteral("apple-mail/cannot-send"), {}},
        {QStringLiteral("apple-mail/sender-rejected"), {sr, ar}},
        {QStringLiteral("apple-mail/identity"), {cert}},
        {QStringLiteral("apple-mail/cannot-contact"), {pb, su}},
    };
}

Client clientOf(const QString &program)
{
    if (program == QLatin1String("thunderbird"))
        return Client::Thunderbird;
    if (program == QLatin1String("outlook"))
        return Client::Outlook;
    return Client::AppleMail;
}

// The message with sample values in its placeholders: a host name, then an address, then a number; none
// of them a server reply that MailFix knows.
QString filled(const QString &text)
{
    static const QRegularExpression placeholder(
        QStringLiteral(R"(%(?:(\d+)\$)?(?:\.\d+)?[sSdD]|#(\d)|\{(\d)\})"));
    static const QStringList samples = {QStringLiteral("smtp.example.com"), QStringLiteral("bob@example.org"),
                                        QStringLiteral("Mail")};
    QString out;
    qsizetype pos = 0;
    int next = 0;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(pos, m.capturedStart() - pos);
        int index = next++;
        for (int group = 1; group <= 3; ++group) {
            if (!m.captured(group).isEmpty())
                index = m.captured(group).toInt() - (group == 3 ? 0 : 1);
        }
        out += samples.value(index % samples.size());
        pos = m.capturedEnd();
    }
    return out + text.mid(pos);
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// MailFix's translations of the Thunderbird guide's texts (context "Guide/thunderbird") in one .ts file:
// source -> translation.
QMap<QString, QString> guideTranslations(const QString &path)
{
    QMap<QString, QString> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") && context == QLatin1String("Guide/thunderbird"))
            out.insert(source, xml.readElementText());
    }
    return out;
}

// Every text of a guide (labels, list rows, wording), to check that the label table is not stale.
void collectTexts(const QJsonValue &value, QSet<QString> *texts)
{
    if (value.isString()) {
        texts->insert(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectTexts(v, texts);
    } else if (value.isObject()) {
        for (const QJsonValue &v : value.toObject())
            collectTexts(v, texts);
    }
}

// The drawn Thunderbird guide's labels and the Thunderbird string each one is (ids of the extracted labels).
// Not here: the main window's toolbar and menu (another catalogue), "Account Settings" (the menu item and
// the page title are one guide text, but Thunderbird translates them differently in French and Spanish).
const QList<QPair<QString, QString>> &labelTable()
{
    static const QList<QPair<QString, QString>> labels = {
        {QStringLiteral("SMTP Server"), QStringLiteral("smtp-edit.title")},
        {QStringLiteral("Settings"), QStringLiteral("smtp-edit.settings")},
        {QStringLiteral("Description:"), QStringLiteral("smtp-edit.description")},
        {QStringLiteral("Server Name:"), QStringLiteral("smtp-edit.server-name")},
        {QStringLiteral("Server Name:"), QStringLiteral("outgoing-servers.server-name")},
        {QStringLiteral("Port:"), QStringLiteral("smtp-edit.port")},
        {QStringLiteral("Security and Authentication"),
         QStringLiteral("smtp-edit.security-and-authentication")},
        {QStringLiteral("Connection security:"), QStringLiteral("smtp-edit.connection-security")},
        {QStringLiteral("None"), QStringLiteral("smtp-edit.security-none")},
        {QStringLiteral("STARTTLS"), QStringLiteral("smtp-edit.security-starttls")},
        {QStringLiteral("SSL/TLS"), QStringLiteral("smtp-edit.security-tls")},
        {QStringLiteral("Authentication method:"), QStringLiteral("smtp-edit.authentication-method")},
        {QStringLiteral("User Name:"), QStringLiteral("smtp-edit.user-name")},
        {QStringLiteral("No authentication"), QStringLiteral("auth.none")},
        {QStringLiteral("Normal password"), QStringLiteral("auth.normal-password")},
        {QStringLiteral("Encrypted password"), QStringLiteral("auth.encrypted-password")},
        {QStringLiteral("OAuth2"), QStringLiteral("auth.oauth2")},
        {QStringLiteral("Outgoing Server"), QStringLiteral("account-tree.outgoing-server")},
        {QStringLiteral("Server Settings"), QStringLiteral("account-tree.server-settings")},
        {QStringLiteral("Copies & Folders"), QStringLiteral("account-tree.copies")},
        {QStringLiteral("Composition & Addressing"), QStringLiteral("account-tree.addressing")},
        {QStringLiteral("Spam Settings"), QStringLiteral("account-tree.spam")},
        {QStringLiteral("Synchronization & Storage"), QStringLiteral("account-tree.synchronization")},
        {QStringLiteral("End-To-End Encryption"), QStringLiteral("account-tree.e2e")},
        {QStringLiteral("Return Receipts"), QStringLiteral("account-tree.return-receipts")},
        {QStringLiteral("Disk Space"), QStringLiteral("account-tree.disk-space")},
        {QStringLiteral("Outgoing Server Settings"), QStringLiteral("outgoing-servers.title")},
        {QStringLiteral(
             "When managing your identities you can use a server from this list by selecting it as "
             "the Outgoing Server, or you can use the default server from this list by selecting "
             "\u201cUse Default Server\u201d."),
         QStringLiteral("outgoing-servers.description")},
        {QStringLiteral("Add\u2026"), QStringLiteral("outgoing-servers.add")},
        {QStringLiteral("Edit\u2026"), QStringLiteral("outgoing-servers.edit")},
        {QStringLiteral("Remove"), QStringLiteral("outgoing-servers.remove")},
        {QStringLiteral("Set Default"), QStringLiteral("outgoing-servers.set-default")},
        {QStringLiteral("Details of selected server:"), QStringLiteral("outgoing-servers.details")},
        {QStringLiteral("Account Name:"), QStringLiteral("account.name")},
        {QStringLiteral("Default Identity"), QStringLiteral("account.identity")},
        {QStringLiteral("Each account has an identity, which is the information that other people see when "
                        "they read your messages."),
         QStringLiteral("account.identity-description")},
        {QStringLiteral("Your Name:"), QStringLiteral("account.your-name")},
        {QStringLiteral("Email Address:"), QStringLiteral("account.email")},
        {QStringLiteral("Reply-to Address:"), QStringLiteral("account.reply-to")},
        {QStringLiteral("Organization:"), QStringLiteral("account.organization")},
        {QStringLiteral("Manage Identities\u2026"), QStringLiteral("account.manage-identities")},
        {QStringLiteral("Outgoing Server:"), QStringLiteral("account.outgoing-server")},
        {QStringLiteral("Edit outgoing server\u2026"), QStringLiteral("account.edit-outgoing-server")},
    };
    return labels;
}

} // namespace

class TestProgramMessages : public QObject
{
    Q_OBJECT

private slots:
    // Every message of every program is loaded, in all five languages where the data has them.
    void loaded()
    {
        QMap<QString, QSet<QString>> languages;
        for (const ProgramMessages::Message &m : ProgramMessages::all())
            languages[m.program + QLatin1Char('/') + m.id].insert(m.language);
        const QMap<QString, QStringList> expected = expectedFindings();
        QCOMPARE(QSet<QString>(languages.keyBegin(), languages.keyEnd()),
                 QSet<QString>(expected.keyBegin(), expected.keyEnd()));
        int thunderbird = 0;
        for (auto it = languages.cbegin(); it != languages.cend(); ++it) {
            if (!it.key().startsWith(QLatin1String("thunderbird/")))
                continue;
            ++thunderbird;
            QCOMPARE(it.value(), QSet<QString>(kLanguages.cbegin(), kLanguages.cend()));
        }
        QCOMPARE(thunderbird, 22);
    }

    // Each message, with sample values, as pasted (line breaks kept), flattened and in capitals.
    void messages_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("paste");
        for (const ProgramMessages::Message &m : ProgramMessages::all()) {
            const QString key = m.program + QLatin1Char('/') + m.id;
            const QString text = filled(m.text);
            const QByteArray name = (key + QLatin1Char(' ') + m.language).toUtf8();
            QTest::newRow(name + " as shown") << key << text;
            QTest::newRow(name + " one line") << key << QString(text).replace(QLatin1Char('\n'), QString());
            QString capitals = text; // letter by letter: "ß" stays one letter, as in a real paste
            for (QChar &c : capitals)
                c = c.toUpper();
            QTest::newRow(name + " capitals") << key << capitals;
            QTest::newRow(name + " in a paste")
                << key
                << QStringLiteral("  Sent at 10:12\r\n\t") + QString(text).replace(u' ', u'\n') + u'\n';
        }
    }

    void messages()
    {
        QFETCH(QString, key);
        QFETCH(QString, paste);
        const QStringList expected = expectedFindings().value(key);
        const ErrorExplainer::Explanation e = ErrorExplainer::explain(paste);
        QCOMPARE(e.client, clientOf(key.section(u'/', 0, 0)));
        QCOMPARE(e.findingIds(), expected);
        QCOMPARE(e.recognized, !expected.isEmpty());
        QCOMPARE(e.summary.isEmpty(), expected.isEmpty());
    }

    // A known server reply inside (or beside) a program's message wins over the message's own meaning.
    void serverReplyWins_data()
    {
        QTest::addColumn<QString>("paste");
        QTest::addColumn<QStringList>("findings");
        QTest::addColumn<Server>("server");
        QTest::addColumn<QString>("serverText"); // the reply as the program quoted it
        QTest::newRow("de errorSendingMessage, Exim's 503")
            << QStringLiteral(
                   "Senden der Nachricht fehlgeschlagen.\nFehler beim Senden der Nachricht. Der "
                   "Mail-Server antwortete:  valid RCPT command must precede DATA. Bitte überprüfen "
                   "Sie die Nachricht und wiederholen Sie den Vorgang.")
            << QStringList{QStringLiteral("auth-required"), QStringLiteral("bad-command-sequence")}
            << Server::Exim << QStringLiteral("valid RCPT command must precede DATA");
        QTest::newRow("fr errorSendingFromCommand, Gmail's app password")
            << QString::fromUtf8(
                   "Une erreur est survenue lors de l’envoi de l’e-mail. Le serveur e-mail a "
                   "répondu\u00a0: Application-specific password required. Veuillez vérifier que "
                   "votre adresse e-mail dans les paramètres du compte est correcte et essayer à "
                   "nouveau.")
            << QStringList{QStringLiteral("app-password-required")} << Server::Gmail
            << QStringLiteral("Application-specific password required");
        QTest::newRow("es errorSendingRcptCommand, Postfix's relay")
            << QStringLiteral("Ha ocurrido un error al enviar el mensaje. El servidor de correo respondió: \n"
                              "554 5.7.1 <bob@example.org>: Relay access denied.\nVerifique el destinatario "
                              "\"bob@example.org\" y vuelva a intentarlo.")
            << QStringList{QStringLiteral("auth-required")} << Server::Postfix
            << QStringLiteral("554 5.7.1 <bob@example.org>: Relay access denied.");
        QTest::newRow("nl smtpAuthFailure with the server's 535 beside it")
            << QString::fromUtf8(
                   "Kan niet authenticeren bij uitgaande (SMTP-)server smtp.example.com. Controleer "
                   "het wachtwoord en verifieer de ‘Authenticatiemethode’ in de ‘Accountinstellingen "
                   "| Uitgaande server (SMTP)’.\n535 5.7.8 Error: authentication failed: "
                   "authentication failure")
            << QStringList{QStringLiteral("auth-failed")} << Server::Postfix
            << QStringLiteral("535 5.7.8 Error: authentication failed: authentication failure");
        QTest::newRow("en smtpServerError, a reply MailFix does not know: the wrapper says nothing")
            << QStringLiteral(
                   "An error occurred while sending mail: Outgoing server (SMTP) error. The server "
                   "responded:  Requested action aborted: local error in processing.")
            << QStringList{} << Server::Other
            << QStringLiteral("Requested action aborted: local error in processing.");
    }

    void serverReplyWins()
    {
        QFETCH(QString, paste);
        QFETCH(QStringList, findings);
        QFETCH(Server, server);
        QFETCH(QString, serverText);
        const ErrorExplainer::Explanation e = ErrorExplainer::explain(paste);
        QCOMPARE(e.client, Client::Thunderbird);
        QCOMPARE(e.findingIds(), findings);
        QCOMPARE(e.server, server);
        QCOMPARE(e.serverText, serverText);
    }

    // Microsoft's complete list (imnxport.h) and Outlook 2007's 0x8004210x, each with the findings of its
    // data row; the codes the explainer has always known keep their findings.
    void outlookCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("findings");
        for (const ProgramMessages::OutlookCode &c : ProgramMessages::outlookCodes())
            QTest::newRow(qPrintable(c.code)) << c.code << c.findings;
    }

    void outlookCodes()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, findings);
        for (const QString &form : {code, code.toLower()}) {
            const ErrorExplainer::Explanation e = ErrorExplainer::explain(
                QStringLiteral("Task 'smtp.example.com - Sending' reported error (%1) : 'XYZZY'").arg(form));
            QCOMPARE(e.client, Client::Outlook);
            QCOMPARE(e.findingIds(), findings);
            QCOMPARE(e.recognized, !findings.isEmpty());
        }
    }

    void outlookCodeList()
    {
        QSet<QString> codes;
        for (const ProgramMessages::OutlookCode &c : ProgramMessages::outlookCodes()) {
            QVERIFY2(!codes.contains(c.code), qPrintable(c.code));
            codes.insert(c.code);
            for (const QString &id : c.findings)
                QVERIFY2(Findings::fromId(id).has_value(), qPrintable(c.code + u' ' + id));
        }
        // imnxport.h: 0x800CCC00-1A, 40-45, 60-6F, 78-7F, 90-97 (and NNTP, RAS, IMAP, HTTP mail).
        for (int n :
             {0x00, 0x1A, 0x40, 0x45, 0x60, 0x6F, 0x78, 0x7F, 0x90, 0x97, 0xA0, 0xC2, 0xD1, 0xE0, 0xF4})
            QVERIFY(codes.contains(QStringLiteral("0x800CCC%1")
                                       .arg(n, 2, 16, QLatin1Char('0'))
                                       .toUpper()
                                       .replace(QLatin1String("0X"), QLatin1String("0x"))));
        const QMap<QString, QStringList> known = {
            {QStringLiteral("0x800CCC0D"),
             {QStringLiteral("domain-not-found"), QStringLiteral("server-unreachable")}},
            {QStringLiteral("0x800CCC0E"),
             {QStringLiteral("port-blocked"), QStringLiteral("server-unreachable")}},
            {QStringLiteral("0x800CCC0F"),
             {QStringLiteral("tls-mode-mismatch"), QStringLiteral("port-unresponsive")}},
            {QStringLiteral("0x800CCC78"),
             {QStringLiteral("sender-rejected"), QStringLiteral("auth-required")}},
        };
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            const ErrorExplainer::Explanation e =
                ErrorExplainer::explain(QStringLiteral("Error Number: ") + it.key());
            QCOMPARE(e.findingIds(), it.value());
        }
    }

    // The drawn guide's labels are Thunderbird's strings, in English and in MailFix's translations.
    void guideLabels_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("guideText");
        QTest::addColumn<QString>("labelId");
        for (const QString &language : kLanguages) {
            for (const auto &[text, id] : labelTable())
                QTest::newRow(qPrintable(language + u' ' + id)) << language << text << id;
        }
    }

    void guideLabels()
    {
        QFETCH(QString, language);
        QFETCH(QString, guideText);
        QFETCH(QString, labelId);
        static const QJsonObject extracted =
            readJson(QStringLiteral(PROGRAMS_DIR "/thunderbird-messages.json"));
        QString thunderbird;
        for (const QJsonValue &label : extracted.value(QLatin1String("labels")).toArray()) {
            if (label[QLatin1String("id")].toString() == labelId)
                thunderbird = label[QLatin1String("texts")][language].toString();
        }
        QVERIFY2(!thunderbird.isEmpty(), qPrintable(labelId));

        static QSet<QString> guideTexts;
        if (guideTexts.isEmpty())
            collectTexts(readJson(QStringLiteral(GUIDES_DIR "/thunderbird-115.json")), &guideTexts);
        QVERIFY2(guideTexts.contains(guideText),
                 qPrintable(guideText + QStringLiteral(" is not in the guide")));

        // Each program's guide has its own translation context ("Guide/thunderbird"), so a text that
        // Outlook's or Apple Mail's guide shares in English still gets Thunderbird's words here.
        QString ours = guideText;
        if (language != QLatin1String("en")) {
            static QMap<QString, QMap<QString, QString>> translations;
            if (!translations.contains(language))
                translations.insert(language,
                                    guideTranslations(QStringLiteral(TS_DIR "/mailfix_%1.ts").arg(language)));
            ours = translations.value(language).value(guideText);
        }
        QCOMPARE(ours, thunderbird);
    }
};

QTEST_GUILESS_MAIN(TestProgramMessages)
#include "tst_programmessages.moc"
