#pragma once

#include "diagnose/Diagnosis.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

// A fix guide for one mail program and version, read from JSON (resources/guides/*.json, or an
// MSP's folder): the steps to change the outgoing settings, each with a drawn picture of the
// program's dialog. The format is described in resources/guides/README.md.
//
// Every text is kept as written in the JSON (English); it is translated with
// QCoreApplication::translate(translationContext(), ...) when it is used, then its placeholders are filled
// in.

// The values a guide is filled with: the user's verified settings and their account.
struct GuideValues
{
    QString host;
    quint16 port = 587;
    SecurityMode security = SecurityMode::StartTls;
    MailSettings::Auth auth = MailSettings::Auth::NormalPassword;
    QString username;
    QString address;
    QString account;     // the account being changed (perAccount steps); else the address
    QString currentHost; // the outgoing server the program uses now; else the host
    // The incoming server to use (IMAP or POP3), for the incoming steps; empty host when not known.
    QString incomingHost;
    quint16 incomingPort = 993;
    SecurityMode incomingSecurity = SecurityMode::ImplicitTls;
    Protocol incomingProtocol = Protocol::Imap;
    QString incomingUsername; // else the user name

    [[nodiscard]] static GuideValues from(const MailSettings &settings, const QString &address,
                                          const std::optional<MailSettings> &current = std::nullopt,
                                          const std::optional<IncomingSettings> &incoming = std::nullopt);
    [[nodiscard]] static QString securityKey(SecurityMode mode);   // "none", "starttls", "tls"
    [[nodiscard]] static QString authKey(MailSettings::Auth auth); // "none", "normal-password", ...
    [[nodiscard]] static QString protocolKey(Protocol protocol);   // "imap", "pop3"
};

// A condition on the values, written "security=tls|starttls", "auth!=none", "incomingSecurity=none" or
// "protocol=pop3" (or true/false).
struct GuideCondition
{
    enum class Kind { Always, Never, Security, Auth, IncomingSecurity, Protocol };
    Kind kind = Kind::Always;
    bool negate = false;
    QStringList values;

    [[nodiscard]] bool test(const GuideValues &values) const;
};

struct GuideWidget
{
    enum class Type {
        Label,     // text (bold, size, wrap, align, color)
        LineEdit,  // value
        Password,  // drawn as dots
        CheckBox,  // text, checked
        Radio,     // text, checked
        Combo,     // value; items and open: draws the open list
        Button,    // text; default
        Tabs,      // items (the tab titles), active; style "tabs" or "segmented"
        Group,     // a group box with its title (text)
        List,      // rows of columns; header, columns (widths), indents, active (the selected row)
        Separator, // a line
        Menu,      // items ("-" is a separator line), shortcuts, active (the highlighted item)
        MenuBar,   // items, active
        Toolbar,   // items (labels) with glyphs (icons), active
        Panel,     // a plain area: fill "white", "window", "sidebar", "accent", "header"
    };
    enum class Size { Small, Normal, Large, Title };
    enum class Role { Normal, Muted, Link, Inverse };
    enum class CalloutSide { Left, Right, Top, Bottom };

    Type type = Type::Label;
    QString id; // optional, for error messages and tests
    QRectF rect;
    QString text;
    QString value;
    QStringList items;
    QStringList glyphs;
    QStringList shortcuts;
    QList<QStringList> rows;
    QStringList header;
    QList<qreal> columns;
    QList<int> indents;
    int active = -1; // the selected tab, row or item (-1: none)
    int mark = -1;   // the tab, row or item the callout points at (-1: the active one)
    GuideCondition checked{GuideCondition::Kind::Never, false, {}};
    QString style; // tabs: "tabs"/"segmented"; panel: its fill
    Size size = Size::Normal;
    Role role = Role::Normal;
    Qt::Alignment align = Qt::AlignLeft;
    bool bold = false;
    bool wrap = false;
    bool open = false;
    bool isDefault = false;
    bool enabled = true;
    bool dim = false;
    bool border = true;
    int callout = 0;               // 0: none; else the number in the JSON (renumbered when drawn)
    std::optional<bool> highlight; // default: highlighted when its callout is shown
    CalloutSide calloutSide = CalloutSide::Left;

    [[nodiscard]] static QString typeName(Type type);
};

struct GuideDialog
{
    enum class Frame { Windows, Gtk, MacOs };
    enum class Look { Classic, Fluent };

    QString title;
    QSizeF size; // the content area, below the title bar
    Frame frame = Frame::Windows;
    Look look = Look::Classic;
    bool titleBar = true;
    QList<GuideWidget> widgets;
};

// One instruction of a step, shown with its callout number when its needs are selected and its
// condition holds.
struct GuideItem
{
    QString text;
    QStringList needs;  // empty: always
    QStringList unless; // hidden when one of these needs is asked for
    GuideCondition when;
    int callout = 0;
};

struct GuideStep
{
    QString id;
    QString text;
    QStringList needs;   // "always" or fix kinds (GuideNeed)
    GuideCondition when; // the step is shown only when this holds, e.g. "auth=oauth2"
    bool perAccount = false;
    QList<GuideItem> items;
    std::optional<GuideDialog> dialog;
};

// The kinds of change a step serves ("needs" in the JSON): the findings registry's fix kinds.
namespace GuideNeed = FixNeed;

class Guide
{
    Q_DECLARE_TR_FUNCTIONS(Guide)

public:
    static constexpr int kFormat = 1;

    QString program; // as MailClients::programName: "outlook", "thunderbird", "apple-mail", "other"
    QString version; // e.g. "classic", "115", "13"
    QString title;   // e.g. "Outlook for Microsoft 365, 2021, 2019 and 2016"
    int sort = 0;    // the version list shows the highest first and pre-selects it
    // "fix" (default): the steps to change the settings, in the version list; "profile": the steps to
    // install a setup profile (Apple Mail), shown after saving one and never in the version list.
    enum class Purpose { Fix, Profile };
    Purpose purpose = Purpose::Fix;
    QString source;                        // where it was read from (for messages)
    QHash<QString, QString> securityWords; // "none"/"starttls"/"tls" -> the program's wording
    QHash<QString, QString> authWords;     // "none"/"normal-password"/... -> the program's wording
    QHash<QString, QString> protocolWords; // "imap"/"pop3" -> the program's wording
    QList<GuideStep> steps;

    [[nodiscard]] QString key() const { return program + QLatin1Char('-') + version; }

    // Parses and checks a guide. On failure, nullopt and *error says where and what, e.g.
    // "x.json: steps[2].dialog.widgets[4].rect: needs four numbers [x, y, width, height]".
    [[nodiscard]] static std::optional<Guide> parse(const QByteArray &json, const QString &sourceName,
                                                    QString *error);

    // The translation context of this guide's texts: "Guide/" and the program, so that each program's guide
    // can use that program's own words in every language even where the English is the same.
    [[nodiscard]] QByteArray translationContext() const;
    // Translates (context translationContext()) and fills in the placeholders.
    [[nodiscard]] QString text(const QString &sourceText, const GuideValues &values) const;
    [[nodiscard]] QString securityWord(SecurityMode mode) const;
    [[nodiscard]] QString authWord(MailSettings::Auth auth) const;
    [[nodiscard]] QString protocolWord(Protocol protocol) const;

    // Every text of this guide that is shown to people (what GuideStrings.cpp must list).
    [[nodiscard]] QStringList translatableStrings() const;
    // True when a text is worth translating: not empty and not only placeholders, digits, symbols.
    [[nodiscard]] static bool isTranslatable(const QString &text);
    [[nodiscard]] static QStringList placeholders(); // "host", "port", ...
};
