#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// An email address as a person typed it: checked, split at the last '@', the domain also in its
// ACE (punycode) form for DNS and URLs. Things that are legal but trip up mail programs are noted.
struct EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)

public:
    enum class Problem {
        None,
        Empty,
        NoAt,             // "alice.example.com"
        EmptyLocalPart,   // "@example.com"
        EmptyDomain,      // "alice@"
        UnquotedAt,       // "a@b@example.com"
        ControlCharacter, // tabs, line breaks, NUL
        Space,            // "alice smith@example.com"
        BadDomain,        // not a host name: no dot, bad characters, label too long
        TooLong,          // over 254 characters (RFC 5321 4.5.3.1)
    };
    enum class Oddity {
        SurroundingSpace,    // spaces before or after, removed
        NonAsciiLocalPart,   // needs SMTPUTF8 (RFC 6531)
        InternationalDomain, // converted to punycode
        DotProblem,          // leading, trailing or double dot in the local part
        QuotedLocalPart,
        UnusualCharacter, // outside RFC 5322 atext, e.g. '(' or ','
        TrailingDotInDomain,
    };

    QString text; // what was parsed, trimmed
    QString localPart;
    QString domain;    // lower case, Unicode form
    QString aceDomain; // lower case, ACE form ("xn--..."), for DNS and URLs
    Problem problem = Problem::Empty;
    QList<Oddity> oddities;

    [[nodiscard]] static EmailAddress parse(const QString &input);
    [[nodiscard]] bool isValid() const { return problem == Problem::None; }
    // localPart@aceDomain
    [[nodiscard]] QString aceAddress() const { return localPart + QLatin1Char('@') + aceDomain; }
    // One sentence for the person who typed it.
    [[nodiscard]] QString problemText() const;
    // Pure: is this a syntactically usable host name (after ACE conversion)?
    [[nodiscard]] static bool isHostName(const QString &aceName);
};
