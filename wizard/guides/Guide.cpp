#include "guides/Guide.h"

#include "report/Wording.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {
constexpr qreal kMaxDialogSide = 2000;
constexpr int kMaxCallout = 20;

const QStringList &securityKeys()
{
    static const QStringList keys{QStringLiteral("none"), QStringLiteral("starttls"), QStringLiteral("tls")};
    return keys;
}

const QStringList &authKeys()
{
    static const QStringList keys{QStringLiteral("none"), QStringLiteral("normal-password"),
                                  QStringLiteral("encrypted-password"), QStringLiteral("oauth2")};
    return keys;
}

const QStringList &protocolKeys()
{
    static const QStringList keys{QStringLiteral("imap"), QStringLiteral("pop3")};
    return keys;
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString quotedList(const QStringList &list)
{
    QStringList out;
    for (const QString &s : list)
        out << quoted(s);
    return out.join(QStringLiteral(", "));
}

// Reads one JSON object, remembering where it is (for messages) and which keys were used, so that a
// misspelt key ("neds") is an error rather than silently ignored.
class Reader
{
public:
    Reader(QJsonObject object, QString path, QString *error)
        : m_object(std::move(object)), m_path(std::move(path)), m_error(error)
    {}

    [[nodiscard]] bool failed() const { return !m_error->isEmpty(); }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString at(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    [[nodiscard]] bool has(const QString &key) const { return m_object.contains(key); }
    [[nodiscard]] QJsonValue value(const QString &key)
    {
        m_used.insert(key);
        return m_object.value(key);
    }

    bool fail(const QString &where, const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = (where.isEmpty() ? QString() : where + QStringLiteral(": ")) + message;
        return false;
    }

    QString string(const QString &key, bool required, const QString &fallback = {})
    {
        const QJsonValue v = value(key);
        if (v.isUndefined()) {
            if (required)
                fail(m_path.isEmpty() ? QString() : m_path,
                     Guide::tr("the key %1 is missing").arg(quoted(key)));
            return fallback;
        }
        if (!v.isString()) {
            fail(at(key), Guide::tr("must be a text in quotes"));
            return fallback;
        }
        return v.toString();
    }

    bool boolean(const QString &key, bool fallback)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            fail(at(key), Guide::tr("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }

    int integer(const QString &key, int fallback, int min, int max)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d || d < min || d > max) {
            fail(at(key), Guide::tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return int(d);
    }

    QStringList strings(const QString &key, bool allowEmptyStrings = true)
    {
        const QJsonValue v = value(key);
        QStringList out;
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            fail(at(key), Guide::tr("must be a list of texts, e.g. [\"a\", \"b\"]"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString() || (!allowEmptyStrings && a.at(i).toString().isEmpty())) {
                fail(QStringLiteral("%1[%2]").arg(at(key)).arg(i), Guide::tr("must be a text in quotes"));
                return {};
            }
            out << a.at(i).toString();
        }
        return out;
    }

    QList<qreal> numbers(const QString &key, int count, qreal min, qreal max, const QString &what)
    {
        const QJsonValue v = value(key);
        QList<qreal> out;
        const QJsonArray a = v.toArray();
        bool ok = v.isArray() && (count < 0 || a.size() == count);
        for (const QJsonValue &n : a) {
            ok = ok && n.isDouble() && n.toDouble() >= min && n.toDouble() <= max;
            out << n.toDouble();
        }
        if (!ok) {
            fail(at(key), what);
            return {};
        }
        return out;
    }

    // After reading: every key must have been asked for.
    bool checkUnknownKeys(const QStringList &known)
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_used.contains(it.key()))
                return fail(
                    at(it.key()),
                    Guide::tr("unknown key %1 (known here: %2)").arg(quoted(it.key()), quotedList(known)));
        }
        return true;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    QSet<QString> m_used;
};

// Checks the {placeholders} of a text.
bool checkPlaceholders(Reader &r, const QString &where, const QString &text)
{
    static const QRegularExpression any(QStringLiteral("\\{([^{}]*)\\}"));
    QString rest = text;
    auto it = any.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!Guide::placeholders().contains(m.captured(1)))
            return r.fail(where, Guide::tr("unknown placeholder {%1} (known: %2)")
                                     .arg(m.captured(1), Guide::placeholders().join(QStringLiteral(", "))));
        rest.replace(m.captured(0), QString());
    }
    if (rest.contains(QLatin1Char('{')) || rest.contains(QLatin1Char('}')))
        return r.fail(where, Guide::tr("a { or } without its partner"));
    return true;
}

bool parseCondition(Reader &r, const QString &key, GuideCondition *out, GuideCondition fallback)
{
    const QJsonValue v = r.value(key);
    *out = fallback;
    if (v.isUndefined())
        return true;
    if (v.isBool()) {
        out->kind = v.toBool() ? GuideCondition::Kind::Always : GuideCondition::Kind::Never;
        return true;
    }
    const QString text = v.toString();
    static const QRegularExpression form(
        QStringLiteral("^(security|auth|incomingSecurity|protocol)(!?=)([a-z0-9|-]+)$"));
    const QRegularExpressionMatch m = form.match(text.simplified().remove(QLatin1Char(' ')));
    if (!v.isString() || !m.hasMatch())
        return r.fail(r.at(key),
                      Guide::tr("must be true, false, or a condition such as \"security=tls|starttls\" "
                                "or \"auth!=none\""));
    static const QHash<QString, GuideCondition::Kind> kinds{
        {QStringLiteral("security"), GuideCondition::Kind::Security},
        {QStringLiteral("auth"), GuideCondition::Kind::Auth},
        {QStringLiteral("incomingSecurity"), GuideCondition::Kind::IncomingSecurity},
        {QStringLiteral("protocol"), GuideCondition::Kind::Protocol}};
    out->kind = kinds.value(m.captured(1));
    out->negate = m.captured(2) == QLatin1String("!=");
    out->values = m.captured(3).split(QLatin1Char('|'));
    const QStringList &known = out->kind == GuideCondition::Kind::Auth       ? authKeys()
                               : out->kind == GuideCondition::Kind::Protocol ? protocolKeys()
                                                                             : securityKeys();
    for (const QString &value : std::as_const(out->values)) {
        if (!known.contains(value))
            return r.fail(r.at(key), Guide::tr("unknown value %1 for %2 (known: %3)")
                                         .arg(quoted(value), m.captured(1), quotedList(known)));
    }
    return true;
}

bool parseNeeds(Reader &r, const QString &key, QStringList *needs)
{
    *needs = r.strings(key, false);
    for (const QString &need : std::as_const(*needs)) {
        if (!GuideNeed::all().contains(need))
            return r.fail(
                r.at(key),
                Guide::tr("unknown need %1 (known: %2)").arg(quoted(need), quotedList(GuideNeed::all())));
    }
    return !r.failed();
}

// A widget type: its name in the JSON and the keys it takes besides the common ones.
struct WidgetKind
{
    QString name;
    GuideWidget::Type type;
    QStringList keys;
};

QStringList latin1Strings(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *text : texts)
        out << QString::fromLatin1(text);
    return out;
}

const QList<WidgetKind> &widgetKinds()
{
    using T = GuideWidget::Type;
    auto kind = [](const char *name, T type, std::initializer_list<const char *> keys) {
        return WidgetKind{QString::fromLatin1(name), type, latin1Strings(keys)};
    };
    static const QList<WidgetKind> kinds{
        kind("label", T::Label, {"text", "bold", "size", "wrap", "align", "role"}),
        kind("lineedit", T::LineEdit, {"value", "align"}),
        kind("password", T::Password, {"value", "align"}),
        kind("checkbox", T::CheckBox, {"text", "checked", "wrap"}),
        kind("radio", T::Radio, {"text", "checked", "wrap"}),
        kind("combo", T::Combo, {"value", "items", "open", "active"}),
        kind("button", T::Button, {"text", "default", "bold", "size", "glyphs"}),
        kind("tabs", T::Tabs, {"items", "active", "mark", "style"}),
        kind("group", T::Group, {"text", "bold"}),
        kind("list", T::List, {"rows", "header", "columns", "indents", "active", "mark", "border", "style"}),
        kind("separator", T::Separator, {}),
        kind("menu", T::Menu, {"items", "shortcuts", "active", "mark"}),
        kind("menubar", T::MenuBar, {"items", "glyphs", "active", "mark"}),
        kind("toolbar", T::Toolbar, {"items", "glyphs", "active", "mark"}),
        kind("panel", T::Panel, {"style", "border"}),
    };
    return kinds;
}

const QHash<QString, GuideWidget::Type> &widgetTypes()
{
    static const QHash<QString, GuideWidget::Type> types = [] {
        QHash<QString, GuideWidget::Type> t;
        t.reserve(widgetKinds().size()); // as the initializer-list constructor: the same order of keys
        for (const WidgetKind &k : widgetKinds())
            t.insert(k.name, k.type);
        return t;
    }();
    return types;
}

// The keys every widget takes.
const QStringList &commonWidgetKeys()
{
    static const QStringList keys =
        latin1Strings({"type", "id", "rect", "callout", "highlight", "calloutSide", "dim", "enabled"});
    return keys;
}

template <typename E>
bool parseEnum(Reader &r, const QString &key, const QList<QPair<QString, E>> &names, E *out)
{
    const QJsonValue v = r.value(key);
    if (v.isUndefined())
        return true;
    QStringList known;
    for (const auto &n : names) {
        known << n.first;
        if (v.toString() == n.first) {
            *out = n.second;
            return true;
        }
    }
    return r.fail(r.at(key), Guide::tr("must be one of %1").arg(quotedList(known)));
}

// "type", "id" and "rect": which widget, and where in the dialog of this size. Nullptr when wrong.
const WidgetKind *readWidgetPlace(Reader &r, const QSizeF &size, GuideWidget *w)
{
    const QString type = r.string(QStringLiteral("type"), true);
    if (r.failed())
        return nullptr;
    const auto kind = std::find_if(widgetKinds().cbegin(), widgetKinds().cend(),
                                   [&type](const WidgetKind &k) { return k.name == type; });
    if (kind == widgetKinds().cend()) {
        r.fail(r.at(QStringLiteral("type")), Guide::tr("unknown widget type %1 (known: %2)")
                                                 .arg(quoted(type), quotedList(widgetTypes().keys())));
        return nullptr;
    }
    w->type = kind->type;
    w->id = r.string(QStringLiteral("id"), false);
    const QList<qreal> rect = r.numbers(QStringLiteral("rect"), 4, 0, kMaxDialogSide,
                                        Guide::tr("needs four numbers [x, y, width, height]"));
    if (r.failed())
        return nullptr;
    w->rect = QRectF(rect[0], rect[1], rect[2], rect[3]);
    if (w->rect.width() <= 0 || (w->rect.height() <= 0 && w->type != GuideWidget::Type::Separator)) {
        r.fail(r.at(QStringLiteral("rect")), Guide::tr("width and height must be more than 0"));
        return nullptr;
    }
    if (w->rect.right() > size.width() + 0.01 || w->rect.bottom() > size.height() + 0.01) {
        r.fail(r.at(QStringLiteral("rect")),
               Guide::tr("lies outside the dialog (%1 x %2)").arg(size.width()).arg(size.height()));
        return nullptr;
    }
    return &*kind;
}

// The texts, flags and numbers (each with its default when missing).
void readWidgetValues(Reader &r, GuideWidget *w)
{
    w->text = r.string(QStringLiteral("text"), false);
    w->value = r.string(QStringLiteral("value"), false);
    w->items = r.strings(QStringLiteral("items"));
    w->glyphs = r.strings(QStringLiteral("glyphs"));
    w->shortcuts = r.strings(QStringLiteral("shortcuts"));
    w->header = r.strings(QStringLiteral("header"));
    w->style = r.string(QStringLiteral("style"), false);
    w->bold = r.boolean(QStringLiteral("bold"), false);
    w->wrap = r.boolean(QStringLiteral("wrap"), false);
    w->open = r.boolean(QStringLiteral("open"), false);
    w->isDefault = r.boolean(QStringLiteral("default"), false);
    w->enabled = r.boolean(QStringLiteral("enabled"), true);
    w->dim = r.boolean(QStringLiteral("dim"), false);
    w->border = r.boolean(QStringLiteral("border"), true);
    if (r.has(QStringLiteral("highlight")))
        w->highlight = r.boolean(QStringLiteral("highlight"), false);
    w->callout = r.integer(QStringLiteral("callout"), 0, 0, kMaxCallout);
    w->active = r.integer(QStringLiteral("active"), -1, -1, 1000);
    w->mark = r.integer(QStringLiteral("mark"), -1, -1, 1000);
    parseCondition(r, QStringLiteral("checked"), &w->checked, {GuideCondition::Kind::Never, false, {}});
}

// "size", "role", "align" and "calloutSide".
void readWidgetChoices(Reader &r, GuideWidget *w)
{
    parseEnum<GuideWidget::Size>(r, QStringLiteral("size"),
                                 {{QStringLiteral("small"), GuideWidget::Size::Small},
                                  {QStringLiteral("normal"), GuideWidget::Size::Normal},
                                  {QStringLiteral("large"), GuideWidget::Size::Large},
                                  {QStringLiteral("title"), GuideWidget::Size::Title}},
                                 &w->size);
    parseEnum<GuideWidget::Role>(r, QStringLiteral("role"),
                                 {{QStringLiteral("normal"), GuideWidget::Role::Normal},
                                  {QStringLiteral("muted"), GuideWidget::Role::Muted},
                                  {QStringLiteral("link"), GuideWidget::Role::Link},
                                  {QStringLiteral("inverse"), GuideWidget::Role::Inverse}},
                                 &w->role);
    Qt::Alignment align = Qt::AlignLeft;
    parseEnum<Qt::Alignment>(r, QStringLiteral("align"),
                             {{QStringLiteral("left"), Qt::AlignLeft},
                              {QStringLiteral("right"), Qt::AlignRight},
                              {QStringLiteral("center"), Qt::AlignHCenter}},
                             &align);
    w->align = align;
    parseEnum<GuideWidget::CalloutSide>(r, QStringLiteral("calloutSide"),
                                        {{QStringLiteral("left"), GuideWidget::CalloutSide::Left},
                                         {QStringLiteral("right"), GuideWidget::CalloutSide::Right},
                                         {QStringLiteral("top"), GuideWidget::CalloutSide::Top},
                                         {QStringLiteral("bottom"), GuideWidget::CalloutSide::Bottom}},
                                        &w->calloutSide);
}

// "rows" of a list: each a text, or a list of texts (one a column).
bool readWidgetRows(Reader &r, GuideWidget *w)
{
    const QJsonValue rows = r.value(QStringLiteral("rows"));
    if (rows.isUndefined())
        return true;
    if (!rows.isArray())
        return r.fail(r.at(QStringLiteral("rows")), Guide::tr("must be a list of rows"));
    const QJsonArray a = rows.toArray();
    for (int i = 0; i < a.size(); ++i) {
        QStringList cells;
        const bool isText = a.at(i).isString();
        const QJsonArray columns = a.at(i).toArray();
        const bool allTexts =
            a.at(i).isArray() &&
            std::all_of(columns.begin(), columns.end(), [](const QJsonValue &c) { return c.isString(); });
        if (!isText && !allTexts)
            return r.fail(QStringLiteral("%1[%2]").arg(r.at(QStringLiteral("rows"))).arg(i),
                          Guide::tr("a row is a text, or a list of texts (one a column)"));
        if (isText)
            cells << a.at(i).toString();
        for (const QJsonValue &c : columns)
            cells << c.toString();
        w->rows << cells;
    }
    return true;
}

// "columns", "indents" and "rows".
bool readWidgetTable(Reader &r, GuideWidget *w)
{
    if (r.has(QStringLiteral("columns")))
        w->columns = r.numbers(QStringLiteral("columns"), -1, 1, kMaxDialogSide,
                               Guide::tr("must be a list of column widths, e.g. [200, 120]"));
    if (r.has(QStringLiteral("indents"))) {
        for (qreal i : r.numbers(QStringLiteral("indents"), -1, 0, 10,
                                 Guide::tr("must be a list of indent levels from 0 to 10, one a row")))
            w->indents << int(i);
    }
    return readWidgetRows(r, w);
}

// A style the widget's type knows ("tabs"/"segmented", a list's, a panel's fill).
bool checkWidgetStyle(Reader &r, const GuideWidget &w)
{
    using T = GuideWidget::Type;
    if (w.style.isEmpty())
        return true;
    const QString at = r.at(QStringLiteral("style"));
    if (w.type == T::Tabs && w.style != QLatin1String("tabs") && w.style != QLatin1String("segmented"))
        return r.fail(at, Guide::tr("must be \"tabs\" or \"segmented\""));
    if (w.type == T::Panel &&
        !latin1Strings({"white", "window", "sidebar", "accent", "header"}).contains(w.style))
        return r.fail(at,
                      Guide::tr("must be one of \"white\", \"window\", \"sidebar\", \"accent\", \"header\""));
    if (w.type == T::List && w.style != QLatin1String("list") && w.style != QLatin1String("sidebar"))
        return r.fail(at, Guide::tr("must be \"list\" or \"sidebar\""));
    return true;
}

// The active and marked item or row exist; a list's rows, header and indents fit its columns.
bool checkWidgetEntries(Reader &r, const GuideWidget &w)
{
    using T = GuideWidget::Type;
    const int highest = std::max(w.active, w.mark);
    const QString which = w.mark >= (w.type == T::List ? w.rows.size() : w.items.size())
                              ? QStringLiteral("mark")
                              : QStringLiteral("active");
    const bool needsItems = w.type == T::Tabs || w.type == T::Menu || w.type == T::MenuBar ||
                            w.type == T::Toolbar || (w.type == T::Combo && w.open);
    if (needsItems && w.items.isEmpty())
        return r.fail(r.at(QStringLiteral("items")), Guide::tr("needs at least one item"));
    if ((w.type == T::Tabs || w.type == T::MenuBar || w.type == T::Toolbar || w.type == T::Menu ||
         w.type == T::Combo) &&
        highest >= w.items.size())
        return r.fail(r.at(which), Guide::tr("there is no item %1 (the first is 0)").arg(highest));
    if (w.type != T::List)
        return true;
    if (highest >= w.rows.size())
        return r.fail(r.at(which), Guide::tr("there is no row %1 (the first is 0)").arg(highest));
    const qsizetype columns = w.columns.isEmpty() ? 1 : w.columns.size();
    for (int i = 0; i < w.rows.size(); ++i) {
        if (w.rows.at(i).size() > columns)
            return r.fail(QStringLiteral("%1[%2]").arg(r.at(QStringLiteral("rows"))).arg(i),
                          Guide::tr("has more cells than there are columns"));
    }
    if (!w.header.isEmpty() && w.header.size() != columns)
        return r.fail(r.at(QStringLiteral("header")), Guide::tr("needs one title for each column"));
    if (!w.indents.isEmpty() && w.indents.size() != w.rows.size())
        return r.fail(r.at(QStringLiteral("indents")), Guide::tr("needs one indent for each row"));
    return true;
}

// The keys that go together: style, items and rows, icons and shortcuts one an item, a text to show.
bool checkWidget(Reader &r, const GuideWidget &w, const QString &type)
{
    using T = GuideWidget::Type;
    if (!checkWidgetStyle(r, w) || !checkWidgetEntries(r, w))
        return false;
    if (w.type == T::Toolbar && !w.glyphs.isEmpty() && w.glyphs.size() != w.items.size())
        return r.fail(r.at(QStringLiteral("glyphs")), Guide::tr("needs one icon for each item"));
    if (w.type == T::Menu && !w.shortcuts.isEmpty() && w.shortcuts.size() != w.items.size())
        return r.fail(r.at(QStringLiteral("shortcuts")),
                      Guide::tr("needs one shortcut (or \"\") for each item"));
    if ((w.type == T::Button || w.type == T::CheckBox || w.type == T::Radio) && w.text.isEmpty())
        return r.fail(r.at(QStringLiteral("text")), Guide::tr("a %1 needs a text").arg(type));
    return true;
}

bool checkWidgetPlaceholders(Reader &r, const QString &path, const GuideWidget &w)
{
    QStringList texts{w.text, w.value};
    texts << w.items << w.header;
    for (const QStringList &row : w.rows)
        texts << row;
    return std::all_of(texts.cbegin(), texts.cend(),
                       [&](const QString &t) { return checkPlaceholders(r, path, t); });
}

bool parseWidget(const QJsonValue &json, const QString &path, const QSizeF &size, GuideWidget *w,
                 QString *error)
{
    if (!json.isObject()) {
        *error = path + QStringLiteral(": ") + Guide::tr("must be an object { ... }");
        return false;
    }
    Reader r(json.toObject(), path, error);
    const WidgetKind *kind = readWidgetPlace(r, size, w);
    if (!kind)
        return false;
    readWidgetValues(r, w);
    readWidgetChoices(r, w);
    if (!readWidgetTable(r, w) || r.failed() || !r.checkUnknownKeys(commonWidgetKeys() + kind->keys))
        return false;
    return checkWidget(r, *w, kind->name) && checkWidgetPlaceholders(r, path, *w);
}

bool parseDialog(const QJsonValue &json, const QString &path, GuideDialog *d, QString *error)
{
    if (!json.isObject()) {
        *error = path + QStringLiteral(": ") + Guide::tr("must be an object { ... }");
        return false;
    }
    Reader r(json.toObject(), path, error);
    d->title = r.string(QStringLiteral("title"), false);
    d->titleBar = r.boolean(QStringLiteral("titleBar"), true);
    if (d->titleBar && d->title.isEmpty() && !r.failed())
        return r.fail(r.at(QStringLiteral("title")), Guide::tr("a dialog with a title bar needs a title"));
    const QList<qreal> size = r.numbers(QStringLiteral("size"), 2, 40, kMaxDialogSide,
                                        Guide::tr("needs two numbers [width, height], each from 40 to 2000"));
    if (r.failed())
        return false;
    d->size = QSizeF(size[0], size[1]);
    parseEnum<GuideDialog::Frame>(r, QStringLiteral("frame"),
                                  {{QStringLiteral("windows"), GuideDialog::Frame::Windows},
                                   {QStringLiteral("gtk"), GuideDialog::Frame::Gtk},
                                   {QStringLiteral("macos"), GuideDialog::Frame::MacOs}},
                                  &d->frame);
    parseEnum<GuideDialog::Look>(r, QStringLiteral("look"),
                                 {{QStringLiteral("classic"), GuideDialog::Look::Classic},
                                  {QStringLiteral("fluent"), GuideDialog::Look::Fluent}},
                                 &d->look);
    if (!r.has(QStringLiteral("frame")) && !r.failed())
        return r.fail(r.at(QStringLiteral("frame")),
                      Guide::tr("is missing: \"windows\", \"gtk\" or \"macos\""));
    if (!checkPlaceholders(r, r.at(QStringLiteral("title")), d->title))
        return false;
    const QJsonValue widgets = r.value(QStringLiteral("widgets"));
    if (!widgets.isArray() || widgets.toArray().isEmpty())
        return r.fail(r.at(QStringLiteral("widgets")), Guide::tr("needs a list of widgets"));
    const QJsonArray a = widgets.toArray();
    QSet<QString> ids;
    for (int i = 0; i < a.size(); ++i) {
        GuideWidget w;
        if (!parseWidget(a.at(i), QStringLiteral("%1.widgets[%2]").arg(path).arg(i), d->size, &w, error))
            return false;
        if (!w.id.isEmpty() && ids.contains(w.id))
            return r.fail(QStringLiteral("%1.widgets[%2].id").arg(path).arg(i),
                          Guide::tr("the id %1 is used twice").arg(quoted(w.id)));
        ids.insert(w.id);
        d->widgets << w;
    }
    return r.checkUnknownKeys({QStringLiteral("title"), QStringLiteral("titleBar"), QStringLiteral("size"),
                               QStringLiteral("frame"), QStringLiteral("look"), QStringLiteral("widgets")});
}

bool parseStep(const QJsonValue &json, const QString &path, GuideStep *s, QString *error)
{
    if (!json.isObject()) {
        *error = path + QStringLiteral(": ") + Guide::tr("must be an object { ... }");
        return false;
    }
    Reader r(json.toObject(), path, error);
    static const QRegularExpression idForm(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    s->id = r.string(QStringLiteral("id"), true);
    if (!r.failed() && !idForm.match(s->id).hasMatch())
        return r.fail(r.at(QStringLiteral("id")), Guide::tr("use small letters, digits and - only"));
    s->text = r.string(QStringLiteral("text"), true);
    if (!r.failed() && s->text.trimmed().isEmpty())
        return r.fail(r.at(QStringLiteral("text")), Guide::tr("must not be empty"));
    if (!parseNeeds(r, QStringLiteral("needs"), &s->needs))
        return false;
    if (s->needs.isEmpty())
        return r.fail(r.at(QStringLiteral("needs")),
                      Guide::tr("needs at least one of %1").arg(quotedList(GuideNeed::all())));
    parseCondition(r, QStringLiteral("when"), &s->when, {});
    s->perAccount = r.boolean(QStringLiteral("perAccount"), false);
    if (r.failed() || !checkPlaceholders(r, r.at(QStringLiteral("text")), s->text))
        return false;

    const QJsonValue items = r.value(QStringLiteral("items"));
    if (!items.isUndefined() && !items.isArray())
        return r.fail(r.at(QStringLiteral("items")), Guide::tr("must be a list of items"));
    const QJsonArray a = items.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QString itemPath = QStringLiteral("%1.items[%2]").arg(path).arg(i);
        if (!a.at(i).isObject())
            return r.fail(itemPath, Guide::tr("must be an object { ... }"));
        Reader ir(a.at(i).toObject(), itemPath, error);
        GuideItem item;
        item.text = ir.string(QStringLiteral("text"), true);
        if (!ir.failed() && item.text.trimmed().isEmpty())
            return ir.fail(ir.at(QStringLiteral("text")), Guide::tr("must not be empty"));
        if (!parseNeeds(ir, QStringLiteral("needs"), &item.needs) ||
            !parseNeeds(ir, QStringLiteral("unless"), &item.unless))
            return false;
        parseCondition(ir, QStringLiteral("when"), &item.when, {});
        item.callout = ir.integer(QStringLiteral("callout"), 0, 0, kMaxCallout);
        if (ir.failed() || !checkPlaceholders(ir, ir.at(QStringLiteral("text")), item.text) ||
            !ir.checkUnknownKeys({QStringLiteral("text"), QStringLiteral("needs"), QStringLiteral("unless"),
                                  QStringLiteral("when"), QStringLiteral("callout")}))
            return false;
        s->items << item;
    }

    if (r.has(QStringLiteral("dialog"))) {
        GuideDialog d;
        if (!parseDialog(r.value(QStringLiteral("dialog")), r.at(QStringLiteral("dialog")), &d, error))
            return false;
        s->dialog = d;
    }
    if (!r.checkUnknownKeys({QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("needs"),
                             QStringLiteral("when"), QStringLiteral("perAccount"), QStringLiteral("items"),
                             QStringLiteral("dialog")}))
        return false;

    // Callouts: every item's callout is on a widget, and every widget's callout has an item.
    QSet<int> onWidgets;
    if (s->dialog) {
        for (const GuideWidget &w : std::as_const(s->dialog->widgets)) {
            if (w.callout > 0)
                onWidgets.insert(w.callout);
        }
    }
    QSet<int> inItems;
    for (int i = 0; i < s->items.size(); ++i) {
        const int c = s->items.at(i).callout;
        if (c > 0 && !onWidgets.contains(c))
            return r.fail(QStringLiteral("%1.items[%2].callout").arg(path).arg(i),
                          Guide::tr("no widget of this step's dialog has callout %1").arg(c));
        inItems.insert(c);
    }
    for (int c : std::as_const(onWidgets)) {
        if (!inItems.contains(c))
            return r.fail(r.at(QStringLiteral("dialog")),
                          Guide::tr("callout %1 is on a widget but no item of the step explains it").arg(c));
    }
    return true;
}

bool parseWords(Reader &r, const QString &key, const QStringList &keys, QHash<QString, QString> *out)
{
    const QJsonValue v = r.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isObject())
        return r.fail(r.at(key), Guide::tr("must be an object such as {\"%1\": \"...\"}").arg(keys.first()));
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!keys.contains(it.key()))
            return r.fail(
                r.at(key) + QLatin1Char('.') + it.key(),
                Guide::tr("unknown key %1 (known here: %2)").arg(quoted(it.key()), quotedList(keys)));
        if (!it.value().isString() || it.value().toString().isEmpty())
            return r.fail(r.at(key) + QLatin1Char('.') + it.key(), Guide::tr("must be a text in quotes"));
        out->insert(it.key(), it.value().toString());
    }
    return true;
}

// 1-based line and column of a byte offset, for JSON syntax errors.
QString lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return Guide::tr("line %1, column %2").arg(line).arg(column);
}
} // namespace

GuideValues GuideValues::from(const MailSettings &settings, const QString &address,
                              const std::optional<MailSettings> &current,
                              const std::optional<IncomingSettings> &incoming)
{
    GuideValues v;
    v.host = settings.host;
    v.port = settings.port;
    v.security = settings.security;
    v.auth = settings.auth;
    v.username = settings.username.isEmpty() ? address : settings.username;
    v.address = address.isEmpty() ? v.username : address;
    v.account = v.address;
    v.currentHost = current && !current->host.isEmpty() ? current->host : settings.host;
    if (incoming) {
        v.incomingHost = incoming->settings.host;
        v.incomingPort = incoming->settings.port;
        v.incomingSecurity = incoming->settings.security;
        v.incomingProtocol = incoming->protocol;
        v.incomingUsername = incoming->settings.username;
    }
    if (v.incomingUsername.isEmpty())
        v.incomingUsername = v.username;
    return v;
}

QString GuideValues::protocolKey(Protocol protocol)
{
    return protocol == Protocol::Pop3 ? protocolKeys().at(1) : protocolKeys().at(0);
}

QString GuideValues::securityKey(SecurityMode mode)
{
    switch (mode) {
    case SecurityMode::None:
        return securityKeys().at(0);
    case SecurityMode::StartTls:
        return securityKeys().at(1);
    case SecurityMode::ImplicitTls:
        return securityKeys().at(2);
    }
    return {};
}

QString GuideValues::authKey(MailSettings::Auth auth)
{
    return MailSettings::authName(auth);
}

bool GuideCondition::test(const GuideValues &v) const
{
    switch (kind) {
    case Kind::Always:
        return true;
    case Kind::Never:
        return false;
    case Kind::Security:
        return values.contains(GuideValues::securityKey(v.security)) != negate;
    case Kind::Auth:
        return values.contains(GuideValues::authKey(v.auth)) != negate;
    case Kind::IncomingSecurity:
        return values.contains(GuideValues::securityKey(v.incomingSecurity)) != negate;
    case Kind::Protocol:
        return values.contains(GuideValues::protocolKey(v.incomingProtocol)) != negate;
    }
    return false;
}

QString GuideWidget::typeName(Type type)
{
    return widgetTypes().key(type);
}

QStringList Guide::placeholders()
{
    return {QStringLiteral("host"),
            QStringLiteral("port"),
            QStringLiteral("security"),
            QStringLiteral("auth"),
            QStringLiteral("username"),
            QStringLiteral("address"),
            QStringLiteral("account"),
            QStringLiteral("currentHost"),
            QStringLiteral("incomingHost"),
            QStringLiteral("incomingPort"),
            QStringLiteral("incomingSecurity"),
            QStringLiteral("incomingUsername"),
            QStringLiteral("incomingProtocol")};
}

std::optional<Guide> Guide::parse(const QByteArray &json, const QString &sourceName, QString *error)
{
    QString problem;
    auto failed = [&](const QString &message) -> std::optional<Guide> {
        if (error)
            *error = sourceName + QStringLiteral(": ") + message;
        return std::nullopt;
    };
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(tr("not valid JSON at %1: %2")
                          .arg(lineAndColumn(json, parseError.offset), parseError.errorString()));
    if (!doc.isObject())
        return failed(tr("a guide must be a JSON object { ... }"));

    Guide g;
    g.source = sourceName;
    Reader r(doc.object(), QString(), &problem);
    const int format = r.integer(QStringLiteral("format"), -1, 0, 1000);
    if (!r.failed() && format != kFormat)
        r.fail(QStringLiteral("format"),
               tr("must be %1 (this MailFix reads guides of format %1)").arg(kFormat));
    static const QRegularExpression idForm(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    g.program = r.string(QStringLiteral("program"), true);
    if (!r.failed() && !idForm.match(g.program).hasMatch())
        r.fail(QStringLiteral("program"), tr("use small letters, digits and - only, e.g. \"thunderbird\""));
    g.version = r.string(QStringLiteral("version"), true);
    if (!r.failed() && !idForm.match(g.version).hasMatch())
        r.fail(QStringLiteral("version"), tr("use small letters, digits and - only, e.g. \"115\""));
    g.title = r.string(QStringLiteral("title"), true);
    if (!r.failed() && g.title.trimmed().isEmpty())
        r.fail(QStringLiteral("title"), tr("must not be empty"));
    g.sort = r.integer(QStringLiteral("sort"), 0, -100000, 100000);
    parseEnum<Purpose>(r, QStringLiteral("purpose"),
                       {{QStringLiteral("fix"), Purpose::Fix}, {QStringLiteral("profile"), Purpose::Profile}},
                       &g.purpose);
    const QJsonValue wording = r.value(QStringLiteral("wording"));
    if (!r.failed() && !wording.isUndefined()) {
        if (!wording.isObject()) {
            r.fail(QStringLiteral("wording"), tr("must be an object with \"security\" and \"auth\""));
        } else {
            Reader wr(wording.toObject(), QStringLiteral("wording"), &problem);
            if (parseWords(wr, QStringLiteral("security"), securityKeys(), &g.securityWords) &&
                parseWords(wr, QStringLiteral("auth"), authKeys(), &g.authWords) &&
                parseWords(wr, QStringLiteral("protocol"), protocolKeys(), &g.protocolWords))
                wr.checkUnknownKeys(
                    {QStringLiteral("security"), QStringLiteral("auth"), QStringLiteral("protocol")});
        }
    }
    if (r.failed())
        return failed(problem);
    const QJsonValue steps = r.value(QStringLiteral("steps"));
    if (!steps.isArray() || steps.toArray().isEmpty())
        return failed(tr("steps: needs a list of steps"));
    const QJsonArray a = steps.toArray();
    QSet<QString> ids;
    for (int i = 0; i < a.size(); ++i) {
        GuideStep s;
        if (!parseStep(a.at(i), QStringLiteral("steps[%1]").arg(i), &s, &problem))
            return failed(problem);
        if (ids.contains(s.id))
            return failed(QStringLiteral("steps[%1].id: ").arg(i) +
                          tr("the id %1 is used twice").arg(quoted(s.id)));
        ids.insert(s.id);
        g.steps << s;
    }
    if (!r.checkUnknownKeys({QStringLiteral("format"), QStringLiteral("program"), QStringLiteral("version"),
                             QStringLiteral("title"), QStringLiteral("sort"), QStringLiteral("purpose"),
                             QStringLiteral("wording"), QStringLiteral("steps")}))
        return failed(problem);
    return g;
}

QString Guide::securityWord(SecurityMode mode) const
{
    const QString key = GuideValues::securityKey(mode);
    if (securityWords.contains(key))
        return QCoreApplication::translate(translationContext().constData(),
                                           securityWords.value(key).toUtf8().constData());
    return Wording::security(mode); // a guide without its program's own words (e.g. "other")
}

QString Guide::authWord(MailSettings::Auth auth) const
{
    const QString key = GuideValues::authKey(auth);
    if (authWords.contains(key))
        return QCoreApplication::translate(translationContext().constData(),
                                           authWords.value(key).toUtf8().constData());
    return Wording::auth(auth);
}

QString Guide::protocolWord(Protocol protocol) const
{
    const QString key = GuideValues::protocolKey(protocol);
    if (protocolWords.contains(key))
        return QCoreApplication::translate(translationContext().constData(),
                                           protocolWords.value(key).toUtf8().constData());
    return protocol == Protocol::Pop3 ? QStringLiteral("POP3") : QStringLiteral("IMAP");
}

QByteArray Guide::translationContext() const
{
    return "Guide/" + program.toUtf8();
}

QString Guide::text(const QString &sourceText, const GuideValues &v) const
{
    if (sourceText.isEmpty())
        return {};
    const QString translated =
        QCoreApplication::translate(translationContext().constData(), sourceText.toUtf8().constData());
    if (!translated.contains(QLatin1Char('{')))
        return translated;
    // One pass, so that a value containing "{...}" is never expanded again.
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z]+)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(translated);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += translated.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (name == QLatin1String("host"))
            out += v.host;
        else if (name == QLatin1String("port"))
            out += QString::number(v.port);
        else if (name == QLatin1String("security"))
            out += securityWord(v.security);
        else if (name == QLatin1String("auth"))
            out += authWord(v.auth);
        else if (name == QLatin1String("username"))
            out += v.username;
        else if (name == QLatin1String("address"))
            out += v.address;
        else if (name == QLatin1String("account"))
            out += v.account;
        else if (name == QLatin1String("currentHost"))
            out += v.currentHost;
        else if (name == QLatin1String("incomingHost"))
            out += v.incomingHost;
        else if (name == QLatin1String("incomingPort"))
            out += QString::number(v.incomingPort);
        else if (name == QLatin1String("incomingSecurity"))
            out += securityWord(v.incomingSecurity);
        else if (name == QLatin1String("incomingUsername"))
            out += v.incomingUsername;
        else if (name == QLatin1String("incomingProtocol"))
            out += protocolWord(v.incomingProtocol);
        else
            out += m.captured(0); // a translator's typo: shown as written
        last = m.capturedEnd();
    }
    return out + translated.mid(last);
}

bool Guide::isTranslatable(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{[A-Za-z]+\\}"));
    QString rest = text;
    rest.remove(placeholder);
    return std::any_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isLetter(); });
}

QStringList Guide::translatableStrings() const
{
    QStringList all{title};
    all << securityWords.values() << authWords.values() << protocolWords.values();
    for (const GuideStep &s : steps) {
        all << s.text;
        for (const GuideItem &i : s.items)
            all << i.text;
        if (!s.dialog)
            continue;
        all << s.dialog->title;
        for (const GuideWidget &w : s.dialog->widgets) {
            all << w.text << w.value << w.items << w.header;
            for (const QStringList &row : w.rows)
                all << row;
        }
    }
    QStringList out;
    for (const QString &s : std::as_const(all)) {
        if (isTranslatable(s))
            out << s;
    }
    out.removeDuplicates();
    out.sort();
    return out;
}
