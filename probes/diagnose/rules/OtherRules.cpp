// Other causes (blocklisted addresses, POP before SMTP, a VPN), what the pasted error adds, and the
// verdict that all is well; and the order in which every rule runs.
#include "diagnose/Diagnoser.h"
#include "diagnose/DiagnosisRules.h"
#include "report/Wording.h"

#include <algorithm>

namespace DiagnosisRules {

namespace {
using Severity = FindingSeverity;
using Lines = DiagnosisContext;
} // namespace

void ipBlocklisted(const DiagnosisContext &c, FindingList &findings)
{
    static const QRegularExpression blocklist(
        QStringLiteral("block ?list|black ?list|spamhaus|dnsbl|blocked using|\\bRBL\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto listed = std::find_if(c.probes.cbegin(), c.probes.cend(), [](const ProbeResult &p) {
        return p.banner == BannerOutcome::Rejected || Lines::mentions(p.bannerReply, blocklist) ||
               Lines::mentions(p.relayWithoutAuth.rcptReply, blocklist);
    });
    if (listed == c.probes.cend())
        return;
    Finding &f = findings.add(
        FindingCode::IpBlocklisted, Severity::Cause,
        Diagnoser::tr("The server refuses your internet connection's address."),
        Diagnoser::tr("Your connection's address is on a list of addresses that send spam, or the "
                      "server does not take mail from home connections on this port."));
    f.evidence = Lines::replyLines(listed->bannerReply.code == 554 ? listed->bannerReply
                                                                   : listed->relayWithoutAuth.rcptReply);
    f.fix = Diagnoser::tr(
        "Send through your provider's submission port (587 or 465) with sign-in; if that is refused "
        "too, ask your internet provider why your address is listed.");
}

namespace {
// How to check for new mail before sending, in the user's program's own words.
QString checkMailFirst(const std::optional<MailProgram> &program)
{
    switch (program.value_or(MailProgram::Other)) {
    case MailProgram::Outlook:
        return Diagnoser::tr("In Outlook, open the account's settings, choose \"More Settings\", and on "
                             "the \"Outgoing Server\" tab choose \"Log on to incoming mail server before "
                             "sending mail\".");
    case MailProgram::Thunderbird:
        return Diagnoser::tr("Thunderbird has no setting for this: click \"Get Messages\" before you send, "
                             "and let Thunderbird check for new messages every few minutes.");
    case MailProgram::AppleMail:
        return Diagnoser::tr("Mail has no setting for this: click \"Get Mail\" before you send.");
    case MailProgram::Other:
        break;
    }
    return Diagnoser::tr("Let your mail program check for new mail before it sends. If it has a setting to "
                         "sign in to the incoming server before sending, turn it on.");
}
} // namespace

// POP before SMTP: proved by MailFix's own check (refused, signed in to receive, accepted), else only
// suspected from the provider's data.
void popBeforeSmtp(const DiagnosisContext &c, FindingList &findings)
{
    const std::optional<PopBeforeSmtp::Check> &check = c.in.popBeforeSmtp;
    if (check && check->relayOpened()) {
        const ProbeResult &after = *check->opened();
        const ProbeResult *before = check->refusedBeforeOf(after.endpoint);
        Finding &f = findings.add(
            FindingCode::PopBeforeSmtp, Severity::Cause,
            Diagnoser::tr("Your mail server sends mail only after your program has checked for new mail."),
            Diagnoser::tr("The server refused to send until MailFix signed in to receive mail (%1). Right "
                          "after that, it accepted the same message. This older way of knowing who may "
                          "send is called \"POP before SMTP\".")
                .arg(Lines::incomingLabel(check->signIn)));
        if (before)
            f.evidence = Lines::replyLines(before->relayWithoutAuth.rcptReply);
        f.evidence += Lines::replyLines(after.relayWithoutAuth.rcptReply);
        f.fix = checkMailFirst(c.program);
        if (!after.capabilities.authMechanisms.isEmpty())
            f.fix += QLatin1Char(' ') +
                     Diagnoser::tr("This server also offers signing in for sending, which is more reliable: "
                                   "use it with your user name %1.")
                         .arg(c.username);
        c.attachFix(f);
        return;
    }
    if (!c.in.detection)
        return;
    const QList<Candidate> &candidates = c.in.detection->candidates;
    if (std::none_of(candidates.cbegin(), candidates.cend(), [](const Candidate &candidate) {
            return candidate.authentication.contains(OutgoingServerConfig::Auth::SmtpAfterPop);
        }))
        return;
    Finding &f =
        findings.add(FindingCode::PopBeforeSmtp, Severity::Warning,
                     Diagnoser::tr("Your provider may want you to check your mail before you send."),
                     Diagnoser::tr("Some servers allow sending only shortly after your program has fetched "
                                   "mail (\"POP before SMTP\")."));
    f.fix = checkMailFirst(c.program);
}

void vpnActive(const DiagnosisContext &c, FindingList &findings)
{
    if (!c.in.vpnActive)
        return;
    const bool trouble = findings.has(FindingCode::PortBlocked) ||
                         findings.has(FindingCode::ServerUnreachable) ||
                         findings.has(FindingCode::PortUnresponsive);
    Finding &f = findings.add(
        FindingCode::VpnActive, trouble ? Severity::Warning : Severity::Info,
        Diagnoser::tr("A VPN is switched on."),
        Diagnoser::tr("A VPN sends your mail through another network, which may block mail ports "
                      "or be on a spam list."));
    f.fix = Diagnoser::tr("Switch the VPN off for a moment and check again.");
}

namespace {
// What to do about a cause only the pasted error shows, when the fix is not a change of settings.
QString pastedFix(FindingCode code)
{
    switch (code) {
    case FindingCode::SendingLimitReached:
        return Diagnoser::tr(
            "Wait an hour, or until tomorrow for a daily limit, then send again; send large "
            "mailings in smaller groups. If you did not send that many messages, change your "
            "password, because someone else may be sending with your account.");
    case FindingCode::AccountSendingBlocked:
        return Diagnoser::tr("Change your email password and check your computer for malware, then ask your "
                             "provider or the person who manages your email to unblock your account.");
    case FindingCode::HeloRejected:
        return Diagnoser::tr(
            "Give your computer a name with only English letters, digits and hyphens (no "
            "underscore), or send through your provider's outgoing server on port 587 or 465 "
            "with sign-in turned on.");
    case FindingCode::SmtpAuthDisabledByAdmin:
        return Diagnoser::tr("Ask the person who manages your email to allow \"Authenticated SMTP\" for your "
                             "mailbox.");
    default:
        return {};
    }
}
} // namespace

// What the pasted error says that the probes could not see for themselves (the registry's fromPaste).
void pastedError(const DiagnosisContext &c, FindingList &findings)
{
    for (const FindingCode code : c.explained) {
        const Findings::FromPaste weight = Findings::info(code).fromPaste;
        if (weight == Findings::FromPaste::Checked || weight == Findings::FromPaste::Never ||
            findings.has(code))
            continue;
        const QString title = c.in.error->summary.isEmpty()
                                  ? Diagnoser::tr("The error message points to this cause.")
                                  : c.in.error->summary;
        Finding &f = findings.add(
            code, weight == Findings::FromPaste::Cause ? Severity::Cause : Severity::Warning, title,
            Diagnoser::tr(
                "This comes from the message your program showed; MailFix could not check it by itself."));
        if (!c.in.error->serverText.isEmpty())
            f.evidence << c.in.error->serverText;
        f.fix = pastedFix(code);
    }
}

// Verified settings, the user's current ones among them (or none given), and no cause found.
void settingsOk(const DiagnosisContext &c, FindingList &findings)
{
    if (!c.recommended || !c.recommended->verified || findings.hasCause())
        return;
    const std::optional<MailSettings> &current = c.current;
    const bool currentWorks =
        !current || std::any_of(c.verified.cbegin(), c.verified.cend(), [&current](const MailSettings &s) {
            return s.host.compare(current->host, Qt::CaseInsensitive) == 0 && s.port == current->port &&
                   s.security == current->security && current->auth != MailSettings::Auth::None;
        });
    if (!currentWorks)
        return;
    Finding &f = findings.add(
        FindingCode::SettingsOk, Severity::Info,
        current
            ? Diagnoser::tr("Your settings work: MailFix signed in and the server accepted a recipient.")
            : Diagnoser::tr("These settings work: MailFix signed in and the server accepted a recipient."),
        Diagnoser::tr("We checked this: %1 with sign-in.").arg(Wording::settings(c.recommended->settings)));
    c.attachFix(f);
}

const QList<Rule> &ordered()
{
    static const QList<Rule> rules = {
        authNeedsTls,
        brokeOffAfterGreeting,
        tlsModeMismatch,
        domainNotFound,
        serverUnreachable,
        portBlocked,
        portUnresponsive,
        certificateNamesHostingServer,
        certificateInvalid,
        tlsRequired,
        authRequired,
        authRefused,
        oauthRequired,
        authMechanismMismatch,
        senderOrRecipientRejected,
        mailboxFull,
        addressOddCharacters,
        ipBlocklisted,
        popBeforeSmtp,
        vpnActive,
        pastedError,
        settingsOk,
        incomingSettingsWrong,
    };
    return rules;
}

} // namespace DiagnosisRules
