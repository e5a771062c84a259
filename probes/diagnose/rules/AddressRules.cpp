// Addresses and mailbox: senders the server will not send for, refused recipients, full mailboxes,
// addresses with characters that programs or servers refuse.
#include "diagnose/Diagnoser.h"
#include "diagnose/DiagnosisRules.h"

#include <algorithm>

namespace DiagnosisRules {

namespace {
using Severity = FindingSeverity;
using Lines = DiagnosisContext;
} // namespace

void senderOrRecipientRejected(const DiagnosisContext &c, FindingList &findings)
{
    for (const ProbeResult &p : c.probes) {
        if (p.relayWithAuth.outcome == RelayOutcome::SenderRejected) {
            Finding &f =
                findings.add(FindingCode::SenderRejected, Severity::Cause,
                             Diagnoser::tr("The server does not let you send from this address."),
                             Diagnoser::tr("After you sign in, the server checks the From address. It must "
                                           "be an address that belongs to your account."));
            f.evidence = Lines::replyLines(p.relayWithAuth.mailReply);
            f.fix = Diagnoser::tr(
                        "Use %1 as the email address of this account, or ask your provider to allow the "
                        "other address.")
                        .arg(c.username.contains(QLatin1Char('@')) ? c.username : c.in.address.text);
        } else if (p.relayWithAuth.outcome == RelayOutcome::RecipientRejected) {
            Finding &f =
                findings.add(FindingCode::RecipientRejected, Severity::Warning,
                             Diagnoser::tr("The server refused the test recipient even after signing in."),
                             Diagnoser::tr("Check the recipient's address for typing mistakes."));
            f.evidence = Lines::replyLines(p.relayWithAuth.rcptReply);
        }
    }
}

void mailboxFull(const DiagnosisContext &c, FindingList &findings)
{
    static const QRegularExpression full(
        QStringLiteral("mailbox full|over quota|quota exceeded|insufficient storage"),
        QRegularExpression::CaseInsensitiveOption);
    for (const ProbeResult &p : c.probes) {
        for (const SmtpReply *r : {&p.relayWithAuth.rcptReply, &p.sendTestReply}) {
            if (r->enhancedCode == QLatin1String("5.2.2") || r->enhancedCode == QLatin1String("4.2.2") ||
                Lines::mentions(*r, full)) {
                Finding &f = findings.add(
                    FindingCode::MailboxFull, Severity::Cause, Diagnoser::tr("A mailbox is full."),
                    Diagnoser::tr("The server refuses mail because a mailbox has no room left."));
                f.evidence = Lines::replyLines(*r);
            }
        }
    }
}

namespace {
// The oddity in words, and whether it is likely to stop the mail; empty words: nothing to say.
QString oddityWords(EmailAddress::Oddity oddity, const QList<ProbeResult> &probes, bool *serious)
{
    switch (oddity) {
    case EmailAddress::Oddity::NonAsciiLocalPart:
        *serious = *serious || std::none_of(probes.cbegin(), probes.cend(),
                                            [](const ProbeResult &p) { return p.capabilities.smtpUtf8; });
        return Diagnoser::tr("letters outside the English alphabet before the @");
    case EmailAddress::Oddity::DotProblem:
        *serious = true;
        return Diagnoser::tr("a dot at the start or end, or two dots in a row");
    case EmailAddress::Oddity::UnusualCharacter:
        return Diagnoser::tr("unusual characters such as commas, brackets or quotes");
    case EmailAddress::Oddity::QuotedLocalPart:
        return Diagnoser::tr("quotation marks");
    case EmailAddress::Oddity::SurroundingSpace:
        return Diagnoser::tr("spaces before or after it");
    case EmailAddress::Oddity::TrailingDotInDomain:
        return Diagnoser::tr("a dot at the very end");
    case EmailAddress::Oddity::InternationalDomain:
        break; // converted for the user; nothing to worry about
    }
    return {};
}
} // namespace

void addressOddCharacters(const DiagnosisContext &c, FindingList &findings)
{
    QStringList what;
    bool serious = false;
    for (const EmailAddress::Oddity o : c.in.address.oddities) {
        const QString words = oddityWords(o, c.probes, &serious);
        if (!words.isEmpty())
            what << words;
    }
    if (what.isEmpty())
        return;
    Finding &f =
        findings.add(FindingCode::AddressOddCharacters, serious ? Severity::Warning : Severity::Info,
                     Diagnoser::tr("Your email address contains characters that some programs and servers "
                                   "refuse."),
                     Diagnoser::tr("It has %1.").arg(what.join(QLatin1String("; "))));
    f.fix = Diagnoser::tr("Type the address again in your mail program, exactly as your provider gave it.");
}

} // namespace DiagnosisRules
