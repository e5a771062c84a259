#include "export/MobileConfig.h"

#include <QXmlStreamWriter>

namespace {
// A fixed namespace for MailFix's name-based (version 5) UUIDs; never change it, or profiles made
// before would no longer be replaced by new ones.
const QUuid kNamespace(QStringLiteral("{6f1c2b8e-3d4a-4f57-9a1e-7c52d0b8e4a3}"));

QUuid nameUuid(const QString &kind, const QString &address)
{
    return QUuid::createUuidV5(kNamespace, kind + QLatin1Char(':') + address.trimmed().toLower());
}

// Writes a <dict> in the given key order: strings, integers and booleans.
class PlistDict
{
public:
    explicit PlistDict(QXmlStreamWriter &xml) : m_xml(xml)
    {
        m_xml.writeStartElement(QStringLiteral("dict"));
    }
    ~PlistDict() { m_xml.writeEndElement(); }
    PlistDict(const PlistDict &) = delete;
    PlistDict &operator=(const PlistDict &) = delete;

    void string(const QString &key, const QString &value)
    {
        m_xml.writeTextElement(QStringLiteral("key"), key);
        m_xml.writeTextElement(QStringLiteral("string"), ExportAccount::oneLine(value));
    }
    void integer(const QString &key, int value)
    {
        m_xml.writeTextElement(QStringLiteral("key"), key);
        m_xml.writeTextElement(QStringLiteral("integer"), QString::number(value));
    }
    void boolean(const QString &key, bool value)
    {
        m_xml.writeTextElement(QStringLiteral("key"), key);
        m_xml.writeEmptyElement(value ? QStringLiteral("true") : QStringLiteral("false"));
    }
    void key(const QString &key) { m_xml.writeTextElement(QStringLiteral("key"), key); }

private:
    QXmlStreamWriter &m_xml;
};

void writeServer(PlistDict &d, const QString &prefix, const MailSettings &s)
{
    d.string(prefix + QStringLiteral("Authentication"), MobileConfig::authentication(s.auth));
    d.string(prefix + QStringLiteral("HostName"), s.host);
    d.integer(prefix + QStringLiteral("PortNumber"), s.port);
    d.boolean(prefix + QStringLiteral("UseSSL"), MobileConfig::useSsl(s.security));
    if (s.auth != MailSettings::Auth::None && !s.username.isEmpty())
        d.string(prefix + QStringLiteral("Username"), s.username);
}

void writeAccount(QXmlStreamWriter &xml, const ExportAccount &a)
{
    PlistDict d(xml);
    d.string(QStringLiteral("EmailAccountDescription"), a.address);
    if (!ExportAccount::oneLine(a.displayName).isEmpty())
        d.string(QStringLiteral("EmailAccountName"), a.displayName);
    d.string(QStringLiteral("EmailAccountType"), a.incoming.protocol == Protocol::Pop3
                                                     ? QStringLiteral("EmailTypePOP")
                                                     : QStringLiteral("EmailTypeIMAP"));
    d.string(QStringLiteral("EmailAddress"), a.address);
    writeServer(d, QStringLiteral("IncomingMailServer"), a.incoming.settings);
    writeServer(d, QStringLiteral("OutgoingMailServer"), a.outgoing);
    // Asks for the password once, for both servers, when both sign in with the same name.
    const bool samePassword = a.outgoing.auth != MailSettings::Auth::None &&
                              a.incoming.settings.auth != MailSettings::Auth::None &&
                              a.outgoing.username == a.incoming.settings.username;
    d.boolean(QStringLiteral("OutgoingPasswordSameAsIncomingPassword"), samePassword);
    d.string(
        QStringLiteral("PayloadDescription"),
        MobileConfig::tr("The mail account %1, with the server settings MailFix checked.").arg(a.address));
    d.string(QStringLiteral("PayloadDisplayName"), MobileConfig::tr("Mail account %1").arg(a.address));
    d.string(QStringLiteral("PayloadIdentifier"),
             MobileConfig::profileIdentifier(a.address) + QStringLiteral(".account"));
    d.string(QStringLiteral("PayloadType"), QStringLiteral("com.apple.mail.managed"));
    d.string(QStringLiteral("PayloadUUID"),
             MobileConfig::accountUuid(a.address).toString(QUuid::WithoutBraces).toUpper());
    d.integer(QStringLiteral("PayloadVersion"), 1);
}
} // namespace

QString MobileConfig::authentication(MailSettings::Auth auth)
{
    switch (auth) {
    case MailSettings::Auth::None:
        return QStringLiteral("EmailAuthNone");
    case MailSettings::Auth::NormalPassword:
        return QStringLiteral("EmailAuthPassword");
    case MailSettings::Auth::EncryptedPassword:
        return QStringLiteral("EmailAuthCRAMMD5");
    case MailSettings::Auth::OAuth2:
        break;
    }
    return {};
}

QString MobileConfig::profileIdentifier(const QString &address)
{
    return QStringLiteral("com.mailfix.mailaccount.") + profileUuid(address).toString(QUuid::WithoutBraces);
}

QUuid MobileConfig::profileUuid(const QString &address)
{
    return nameUuid(QStringLiteral("profile"), address);
}

QUuid MobileConfig::accountUuid(const QString &address)
{
    return nameUuid(QStringLiteral("account"), address);
}

QString MobileConfig::build(const ExportAccount &account, QString *error)
{
    if (!account.check(error))
        return {};
    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(-1); // one tab, as Apple's own tools write them
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    xml.writeStartElement(QStringLiteral("plist"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    {
        PlistDict top(xml);
        top.key(QStringLiteral("PayloadContent"));
        xml.writeStartElement(QStringLiteral("array"));
        writeAccount(xml, account);
        xml.writeEndElement();
        top.string(QStringLiteral("PayloadDescription"),
                   tr("Sets up %1 in Mail with the settings MailFix checked. It holds no password: Mail "
                      "asks for it. Remove the old account for this address afterwards.")
                       .arg(account.address));
        top.string(QStringLiteral("PayloadDisplayName"), tr("Mail settings for %1").arg(account.address));
        top.string(QStringLiteral("PayloadIdentifier"), profileIdentifier(account.address));
        top.string(QStringLiteral("PayloadOrganization"), QStringLiteral("MailFix"));
        top.string(QStringLiteral("PayloadType"), QStringLiteral("Configuration"));
        top.string(QStringLiteral("PayloadUUID"),
                   profileUuid(account.address).toString(QUuid::WithoutBraces).toUpper());
        top.integer(QStringLiteral("PayloadVersion"), 1);
    }
    xml.writeEndElement(); // plist
    xml.writeEndDocument();
    // Written to a QString, the declaration names no encoding; the file is UTF-8, as Apple's are.
    text.replace(QStringLiteral("<?xml version=\"1.0\"?>"),
                 QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    return text;
}
