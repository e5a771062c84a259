// Recognises the server reply and the mail program's wording in a pasted error message: a table of rules,
// checked in order, the first match wins. Server wordings come before the mail programs' own wordings, and
// specific wordings before general ones, so a wrapper such as "Sending of the message failed." never hides
// the server's real reason.
#include "diagnose/ErrorExplainer.h"

#include "clients/MailClients.h"
#include "diagnose/Findings.h"
#include "diagnose/ProgramMessages.h"

#include <QLatin1String>
#include <QRegularExpression>

#include <array>
#include <iterator>
#include <optional>
#include <utility>
#include <vector>

namespace {

using Server = ErrorExplainer::Server;
using Client = ErrorExplainer::Client;
using F = FindingCode;

// One plain sentence per cause; the texts are in summaryText().
enum class Summary {
    None,
    SignInNeeded,
    RecipientsRefusedNoSignIn,
    NoSignInLikely,
    SignInRejected,
    GoogleSignInRejected,
    IncomingSignInRejected,
    TooManySignIns,
    SignInCheckFailed,
    PasswordChangeNeeded,
    AppPasswordNeeded,
    WebSignInNeeded,
    ModernSignInNeeded,
    SendingDisabledByAdmin,
    SendingDisabledForMailbox,
    SendingDisabledForOrganisation,
    MethodNotAccepted,
    SignInNeedsEncryption,
    EncryptionNeeded,
    EncryptionMismatch,
    ServerIdentityUnconfirmed,
    SenderRefused,
    SenderUnverified,
    SendAsNotAllowed,
    SenderDomainUnknown,
    SenderDomainNotHere,
    SenderRefusedOrNoSignIn,
    RecipientUnknown,
    RecipientRefusedNoSignIn,
    MailboxFull,
    OddCharacters,
    Blocklisted,
    HomeConnectionRefused,
    Throttled,
    SendingLimitReached,
    AccountSendingBlocked,
    GreetingNameRefused,
    PopFirst,
    CommandOrder,
    NoAnswer,
    CannotReach,
    ConnectionBroken,
    ServerNameUnknown,
};

// The sentence for each summary, in the enum's order (context "ErrorExplainer" for the translations).
struct SummaryRow
{
    Summary summary;
    const char *text;
};
constexpr SummaryRow kSummaries[] = {
    {Summary::SignInNeeded,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail server wants your mail program to sign in before it sends, and your "
                       "program did not sign in.")},
    {Summary::RecipientsRefusedNoSignIn,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "The mail server turned down every recipient of your message, most likely because "
                       "your mail program did not sign in first.")},
    {Summary::NoSignInLikely,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail server refused to send this message, most likely because your mail "
                       "program did not sign in first.")},
    {Summary::SignInRejected,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail server did not accept the user name and password your mail program "
                       "signed in with.")},
    {Summary::GoogleSignInRejected,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Google did not accept the user name and password your mail program signed in "
                       "with, which often means it needs an app password instead of your usual password.")},
    {Summary::IncomingSignInRejected,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your incoming mail server did not accept the user name and password your mail "
                       "program uses.")},
    {Summary::TooManySignIns,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail server has stopped accepting sign-ins for a while because of too many "
                       "attempts with a wrong password.")},
    {Summary::SignInCheckFailed,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail server could not finish checking your sign-in, which often happens "
                       "when the sign-in method does not suit the server.")},
    {Summary::PasswordChangeNeeded,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail server wants you to change your password before your mail program can "
                       "sign in again.")},
    {Summary::AppPasswordNeeded,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your account uses 2-step verification, so your mail program needs an app password "
                       "instead of your usual password.")},
    {Summary::WebSignInNeeded,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail provider stopped this sign-in and wants your mail program to sign in "
                       "through the provider's own sign-in page or with an app password.")},
    {Summary::ModernSignInNeeded,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail provider no longer accepts a plain password from mail programs and "
                       "wants them to sign in through its own sign-in page.")},
    {Summary::SendingDisabledByAdmin,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Sending from mail programs with a password is turned off for your account by the "
                       "person who manages your email.")},
    {Summary::SendingDisabledForMailbox,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Sending from mail programs is turned off for your mailbox, and only the person who "
                       "manages your email can turn it on for your mailbox.")},
    {Summary::SendingDisabledForOrganisation,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Sending from mail programs is turned off for your whole organisation, and only its "
                       "administrator can turn it on, for everyone or just for your mailbox.")},
    {Summary::MethodNotAccepted,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail server does not accept the sign-in method your mail program is set to "
                       "use.")},
    {Summary::SignInNeedsEncryption,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail server accepts this way of signing in only over an encrypted "
                       "connection, and your mail program is not using one.")},
    {Summary::EncryptionNeeded,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail server wants an encrypted connection before anything else, and your "
                       "mail program did not start one.")},
    {Summary::EncryptionMismatch,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail program's encryption setting does not match what the mail server uses "
                       "on this port.")},
    {Summary::ServerIdentityUnconfirmed,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail program could not confirm that the mail server is the one it claims to "
                       "be, because the server's certificate was not accepted.")},
    {Summary::SenderRefused,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail server refused the sender address, usually because it does not belong "
                       "to the account your program signs in with.")},
    {Summary::SenderUnverified,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "The mail server could not confirm that your sender address exists.")},
    {Summary::SendAsNotAllowed,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your account is not allowed to send with the address shown in the From field.")},
    {Summary::SenderDomainUnknown,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "The mail server could not find the domain of your sender address, the part after the "
                       "@, so check that the address is typed correctly.")},
    {Summary::SenderDomainNotHere,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail provider does not send mail for the domain of your sender address, so use "
                       "an address that belongs to your account or ask the person who manages your email to "
                       "add the domain.")},
    {Summary::SenderRefusedOrNoSignIn,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail server refused the sender address, which usually means your mail "
                       "program did not sign in or the address does not belong to the account.")},
    {Summary::RecipientUnknown,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "The mail server says an address you are sending to does not exist.")},
    {Summary::RecipientRefusedNoSignIn,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "The mail server turned down a recipient of your message, most often because your "
                       "mail program did not sign in first.")},
    {Summary::MailboxFull,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "The mailbox you are sending to is full and cannot take new mail right now.")},
    {Summary::OddCharacters,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "An address in your message contains characters that this mail server cannot "
                       "handle.")},
    {Summary::Blocklisted,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "The mail server refused mail from your internet connection because its address "
                       "is on a list of addresses known for sending unwanted mail.")},
    {Summary::HomeConnectionRefused,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "The mail server does not take mail straight from a home internet connection, so "
                       "your mail program needs to send through your provider's server and sign in.")},
    {Summary::Throttled,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "The mail server is refusing mail from your internet connection for now because it "
                       "noticed unusual activity from its address.")},
    {Summary::SendingLimitReached,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your account has reached the number of messages your mail provider lets it send in "
                       "an hour or a day, so sending works again after a while.")},
    {Summary::AccountSendingBlocked,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail provider has stopped your account from sending, usually because unwanted "
                       "mail was sent from it, so change your password and ask your provider or the person "
                       "who manages your email to lift the block.")},
    {Summary::GreetingNameRefused,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "The mail server refused the name your computer gives when your mail program "
                       "connects, often because the name has an underscore or letters outside the English "
                       "alphabet.")},
    {Summary::PopFirst,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail server lets your mail program send only after it has checked for new "
                       "mail or signed in.")},
    {Summary::CommandOrder,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail program sent its steps to the mail server in an order the server did "
                       "not accept.")},
    {Summary::NoAnswer,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail program waited for the mail server but got no answer in time.")},
    {Summary::CannotReach,
     QT_TRANSLATE_NOOP("ErrorExplainer", "Your mail program could not connect to the mail server.")},
    {Summary::ConnectionBroken,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "The connection to the mail server broke off while your mail program was sending.")},
    {Summary::ServerNameUnknown,
     QT_TRANSLATE_NOOP("ErrorExplainer",
                       "Your mail program could not find the mail server by the name in its settings.")},
};

QString summaryText(Summary summary)
{
    for (const SummaryRow &row : kSummaries) {
        if (row.summary == summary)
            return ErrorExplainer::tr(row.text);
    }
    return {}; // Summary::None
}

using Ids = std::array<std::optional<FindingCode>, 3>; // most likely first; unused entries are empty

struct Rule
{
    const char *pattern;  // case-insensitive regular expression over the flattened paste; nullptr: codes only
    int replyCode;        // the reply code must be this; 0: any
    const char *enhanced; // the enhanced code must be this; nullptr: any. '?' is class 4 or 5; a trailing '.'
                          // makes it a prefix ("?.7." is every x.7.x)
    Server server;        // whose wording it is; Unknown: shared wording, decided by hints in the text
    Ids ids;              // empty: known text for which MailFix has no finding (stops the search)
    Summary summary;
};

// clang-format off
constexpr Rule kRules[] = {
    // --- Sending limits: the account or domain sent more than its provider allows in an hour or a day. First of
    // all, because their words ("quota exceeded", "limit") would otherwise read as a full mailbox or a refusal.
    {R"(submission ?quota ?(was )?exceeded|reached your daily limit for message recipients|daily limit for sending e-?mail to external recipients)",
     0, nullptr, Server::Microsoft365, {F::SendingLimitReached}, Summary::SendingLimitReached},
    {R"(daily user sending (quota|limit) exceeded)",
     0, nullptr, Server::Gmail, {F::SendingLimitReached}, Summary::SendingLimitReached},
    {R"(has exceeded the max (e-?mails|defers and failures) per hour|is sending too many e-?mails - rate overlimit|have reached your message limit)",
     0, nullptr, Server::Exim, {F::SendingLimitReached}, Summary::SendingLimitReached},
    {R"(limit on the number of allowed outgoing messages was exceeded|daily message quota exceeded|sending (quota|limit)s? (exceeded|reached)|exceeded (the |your |its )?(daily |hourly |24-hour )?sending (quota|limit)|message rate limit exceeded)",
     0, nullptr, Server::Unknown, {F::SendingLimitReached}, Summary::SendingLimitReached},

    // --- Known texts that no finding of MailFix explains: message content, the server's own trouble.
    {R"(\[ph01\]|message not allowed - \[)", 0, nullptr, Server::Yahoo, {}, Summary::None},
    {R"(tls not available due to (a )?local problem)", 0, nullptr, Server::Postfix, {}, Summary::None},

    // --- POP before SMTP: the server wants a mail check first (before the relay rules, which share words).
    {R"(check (your|for new) (e-?)?mail first|must check for new mail|pop3?[ -]before[ -]smtp|smtp[ -]after[ -]pop|authenticate with pop3? first|log ?in to pop3? first)",
     0, nullptr, Server::Unknown, {F::PopBeforeSmtp, F::AuthRequired}, Summary::PopFirst},

    // --- Microsoft 365 and Exchange. SMTP AUTH switched off for one mailbox or for the whole organisation: the
    // sentence says who can switch it on.
    {R"(smtpclientauthentication is disabled for the mailbox)",
     0, nullptr, Server::Microsoft365, {F::SmtpAuthDisabledByAdmin, F::OauthRequired}, Summary::SendingDisabledForMailbox},
    {R"(smtpclientauthentication is disabled for the tenant)",
     0, nullptr, Server::Microsoft365, {F::SmtpAuthDisabledByAdmin, F::OauthRequired}, Summary::SendingDisabledForOrganisation},
    {R"(smtpclientauthentication is disabled|smtp ?auth(entication)? is disabled|authenticated smtp is disabled)",
     0, nullptr, Server::Microsoft365, {F::SmtpAuthDisabledByAdmin, F::OauthRequired}, Summary::SendingDisabledByAdmin},
    {R"(did not meet the criteria to be authenticated|basic auth(entication)? (is )?(disabled|turned off|not supported|blocked)|locked by (your organization's )?security defaults)",
     0, nullptr, Server::Microsoft365, {F::OauthRequired, F::SmtpAuthDisabledByAdmin}, Summary::ModernSignInNeeded},
    {R"(user credentials were incorrect|5\.7\.139 authentication unsuccessful, (the )?account is locked)",
     0, nullptr, Server::Microsoft365, {F::AuthFailed}, Summary::SignInRejected},
    {R"(client (was )?not authenticated|5\.7\.57(?!\d))",
     0, nullptr, Server::Microsoft365, {F::AuthRequired}, Summary::SignInNeeded},
    {R"(5\.7\.3 authentication unsuccessful)",
     0, nullptr, Server::Microsoft365, {F::AuthFailed, F::SmtpAuthDisabledByAdmin, F::OauthRequired}, Summary::SignInRejected},
    {R"(does not have permissions? to send as|not allowed to send as this sender|sendasdenied)",
     0, nullptr, Server::Microsoft365, {F::SenderRejected}, Summary::SendAsNotAllowed},
    {R"(client blocked from sending from unregistered domains?)",
     0, nullptr, Server::Microsoft365, {F::SenderRejected}, Summary::SenderDomainNotHere},
    {R"(bad outbound sender|spam abuse detected|tenant has exceeded threshold|(?<![\d.])5\.7\.(50[1-3]|705)(?!\d))",
     0, nullptr, Server::Microsoft365, {F::AccountSendingBlocked}, Summary::AccountSendingBlocked},
    {R"(access denied, bad helo)", 0, nullptr, Server::Microsoft365, {F::HeloRejected}, Summary::GreetingNameRefused},
    {R"(traffic not accepted from this ip|banned sending ip|5\.7\.708(?!\d)|(?<![\d.])5\.7\.(511|6(0[6-9]|[1-4]\d))(?!\d))",
     0, nullptr, Server::Microsoft365, {F::IpBlocklisted}, Summary::Blocklisted},
    {R"(resolver\.adr\.recip(ient)?notfound|recipient not found by smtp address lookup)",
     0, nullptr, Server::Microsoft365, {F::RecipientRejected}, Summary::RecipientUnknown},
    {R"(storedrv\.deliver\.exception:quotaexceeded)",
     0, nullptr, Server::Microsoft365, {F::MailboxFull}, Summary::MailboxFull},

    // --- Gmail.
    {R"(application-specific password required)",
     0, nullptr, Server::Gmail, {F::AppPasswordRequired}, Summary::AppPasswordNeeded},
    {R"(username and password not accepted)",
     0, nullptr, Server::Gmail, {F::AuthFailed, F::AppPasswordRequired}, Summary::GoogleSignInRejected},
    {R"(please log ?in (via|with|through|using) your web browser|web login required)",
     0, nullptr, Server::Gmail, {F::OauthRequired, F::AppPasswordRequired}, Summary::WebSignInNeeded},
    {R"(must issue a starttls command first.{0,300}gsmtp)",
     0, nullptr, Server::Gmail, {F::TlsRequired}, Summary::EncryptionNeeded},
    {R"(account that you tried to reach is over quota|account that you tried to reach is out of storage|inbox is out of storage space)",
     0, nullptr, Server::Gmail, {F::MailboxFull}, Summary::MailboxFull},
    {R"(account that you tried to reach does not exist)",
     0, nullptr, Server::Gmail, {F::RecipientRejected}, Summary::RecipientUnknown},
    {R"(not authorized to send e?mail directly to our servers)",
     0, nullptr, Server::Gmail, {F::IpBlocklisted, F::PortBlocked}, Summary::HomeConnectionRefused},
    {R"(unusual rate of unsolicited mail|very low reputation of the sending ip)",
     0, nullptr, Server::Gmail, {F::IpBlocklisted}, Summary::Throttled},

    // --- Yahoo.
    {R"(\(#?auth005\)|too many bad auth attempts)",
     0, nullptr, Server::Yahoo, {F::AuthFailed}, Summary::TooManySignIns},
    {R"(\[bl2[1-3]\])", 0, nullptr, Server::Yahoo, {F::IpBlocklisted, F::PortBlocked}, Summary::HomeConnectionRefused},
    {R"(\[(tss0[1-9]|ts0[1-3]|gl01)\])", 0, nullptr, Server::Yahoo, {F::IpBlocklisted}, Summary::Throttled},
    {R"(request failed; mailbox unavailable)",
     0, nullptr, Server::Yahoo, {F::SenderRejected}, Summary::SenderRefused},
    {R"(this user doesn'?t have an? [a-z.]+ account)",
     0, nullptr, Server::Yahoo, {F::RecipientRejected}, Summary::RecipientUnknown},

    // --- Exim (and cPanel's Exim). The embedded reasons come before the 503 that follows them.
    {R"(sender verify failed|verification failed for <)",
     0, nullptr, Server::Exim, {F::SenderRejected}, Summary::SenderUnverified},
    {R"(valid rcpt command must precede data)",
     0, nullptr, Server::Exim, {F::AuthRequired, F::BadCommandSequence}, Summary::RecipientsRefusedNoSignIn},
    {R"(relay not permitted|is not permitted to relay|turn on smtp authentication)",
     0, nullptr, Server::Exim, {F::AuthRequired}, Summary::SignInNeeded},
    {R"(incorrect authentication data)", 0, nullptr, Server::Exim, {F::AuthFailed}, Summary::SignInRejected},
    {R"(syntactically invalid (helo|ehlo) argument|(helo|ehlo) argument does not match calling host)",
     0, nullptr, Server::Exim, {F::HeloRejected}, Summary::GreetingNameRefused},
    {R"(auth command used when not advertised)",
     0, nullptr, Server::Exim, {F::AuthNeedsTls, F::AuthMechanismMismatch}, Summary::SignInNeedsEncryption},
    {R"(is in a black ?list at|rejected because .{0,120}? is in a black ?list)",
     0, nullptr, Server::Exim, {F::IpBlocklisted}, Summary::Blocklisted},
    {R"(unrouteable address)", 0, nullptr, Server::Exim, {F::RecipientRejected}, Summary::RecipientUnknown},

    // --- Postfix.
    {R"(relay access denied)", 0, nullptr, Server::Postfix, {F::AuthRequired}, Summary::SignInNeeded},
    {R"(must issue a starttls command first)", 0, nullptr, Server::Postfix, {F::TlsRequired}, Summary::EncryptionNeeded},
    {R"(error: need rcpt command|error: no valid recipients)",
     0, nullptr, Server::Postfix, {F::AuthRequired, F::BadCommandSequence}, Summary::RecipientsRefusedNoSignIn},
    {R"(error: authentication failed: (invalid|unsupported) authentication mechanism)",
     0, nullptr, Server::Postfix, {F::AuthMechanismMismatch}, Summary::MethodNotAccepted},
    {R"(error: authentication failed)", 0, nullptr, Server::Postfix, {F::AuthFailed}, Summary::SignInRejected},
    {R"(sender address rejected: not logged in)",
     0, nullptr, Server::Postfix, {F::AuthRequired, F::SenderRejected}, Summary::SignInNeeded},
    {R"(sender address rejected: domain not found)",
     0, nullptr, Server::Postfix, {F::SenderRejected, F::DomainNotFound}, Summary::SenderDomainUnknown},
    {R"(sender address rejected)", 0, nullptr, Server::Postfix, {F::SenderRejected}, Summary::SenderRefused},
    {R"(helo command rejected)", 0, nullptr, Server::Postfix, {F::HeloRejected}, Summary::GreetingNameRefused},
    {R"(client host rejected: cannot find your (reverse )?hostname)",
     0, nullptr, Server::Postfix, {F::IpBlocklisted, F::PortBlocked}, Summary::HomeConnectionRefused},
    {R"(recipient address rejected: (user unknown|undeliverable address|unknown user))",
     0, nullptr, Server::Postfix, {F::RecipientRejected}, Summary::RecipientUnknown},
    {R"(client host \[[^\]]{1,64}\] blocked using)",
     0, nullptr, Server::Postfix, {F::IpBlocklisted}, Summary::Blocklisted},

    // --- Wordings many servers share (RFC 4954, RFC 3207 and common practice).
    {R"(encryption required for (the )?requested authentication mechanism|plaintext authentication disallowed|(cleartext|plain ?text) (logins?|authentication|passwords?) (are |is )?(not allowed|not permitted|disabled)|must (use|issue) starttls before auth)",
     0, nullptr, Server::Unknown, {F::AuthNeedsTls}, Summary::SignInNeedsEncryption},
    {R"(mechanism (is )?too weak|(invalid|unsupported|unknown|unrecognized) authentication (mechanism|type|method)|authentication mechanism .{0,40}?not (supported|available|enabled)|no (supported|suitable|common) authentication (mechanism|method)s?)",
     0, nullptr, Server::Unknown, {F::AuthMechanismMismatch}, Summary::MethodNotAccepted},
    {R"(temporary authentication failure)",
     0, nullptr, Server::Unknown, {F::AuthMechanismMismatch, F::AuthFailed}, Summary::SignInCheckFailed},
    {R"(password transition is needed)", 0, nullptr, Server::Unknown, {F::AuthFailed}, Summary::PasswordChangeNeeded},
    {R"(too many (bad |failed |invalid |unsuccessful )?(auth(entication)?|log ?in|sign-?in) (attempts|failures)|too many login failures)",
     0, nullptr, Server::Unknown, {F::AuthFailed}, Summary::TooManySignIns},
    {R"(must issue a starttls|must (use|send) starttls|starttls (is )?required|starttls first|(tls|encryption|secure connection) (is )?required)",
     0, nullptr, Server::Unknown, {F::TlsRequired}, Summary::EncryptionNeeded},
    {R"(relay(ing)? (access )?(is )?(denied|not permitted|not allowed|prohibited|refused|rejected|disallowed)|unable to relay|we do not relay|no relaying|not (allowed|permitted|authori[sz]ed) to relay|isn'?t in my list of allowed rcpthosts)",
     0, nullptr, Server::Unknown, {F::AuthRequired}, Summary::SignInNeeded},
    {R"(auth(entication)? (is )?required|requires? (smtp )?auth(entication)?|must (first )?(authenticate|log ?in|sign ?in)|please authenticate|authenticate first|\bnot authenticated|authentication is needed)",
     0, nullptr, Server::Unknown, {F::AuthRequired}, Summary::SignInNeeded},
    {R"(auth(entication)? (credentials )?(invalid|failed|failure|unsuccessful|error)|invalid (credentials|login|password|user ?name or password)|(bad|wrong|incorrect) (user ?name|password|credentials|login)|(log ?in|logon|sign-?in) (failed|incorrect|denied|rejected)|credentials (were |are )?(rejected|invalid|incorrect)|(user ?name|password) (and|or) password (is |are )?(incorrect|invalid|wrong))",
     0, nullptr, Server::Unknown, {F::AuthFailed}, Summary::SignInRejected},
    {R"(non-ascii characters in the local part|smtputf8|invalid characters? in (the )?(e-?mail )?address|bad (recipient|sender|destination) (mailbox )?address syntax|not a valid rfc[- ]?5321 address)",
     0, nullptr, Server::Unknown, {F::AddressOddCharacters, F::RecipientRejected}, Summary::OddCharacters},
    {R"(mailbox (is )?full|mail ?box .{0,30}?(over|exceeded) .{0,12}?quota|\bover quota|quota exceeded|exceed(s|ed)? (the |its |their )?(storage|mailbox|disk) (quota|allocation|limit)|mailbox size limit exceeded|user is over (the |their )?quota)",
     0, nullptr, Server::Unknown, {F::MailboxFull}, Summary::MailboxFull},
    {R"(black ?list(ed)?|block ?list(ed)?|spamhaus|spamcop|barracuda(central)?|\bsorbs\b|\bdnsbl\b|\brbl\b|(poor|low|bad) reputation|\bip\b.{0,40}?(is |has been )?(blocked|banned|listed))",
     0, nullptr, Server::Unknown, {F::IpBlocklisted}, Summary::Blocklisted},
    {R"(\bpbl\b|policy block list|dynamic (ip|address|range)|dial-?up|residential (ip|address|range))",
     0, nullptr, Server::Unknown, {F::IpBlocklisted, F::PortBlocked}, Summary::HomeConnectionRefused},
    {R"(sender (address )?(rejected|refused|denied|not allowed|not permitted|invalid)|not owned by (the )?(auth(enticated)? )?user|sender domain .{0,40}?(not found|does not exist|unknown)|from address (is )?not (verified|allowed|permitted|authori[sz]ed)|sender mismatch)",
     0, nullptr, Server::Unknown, {F::SenderRejected}, Summary::SenderRefused},
    {R"(user unknown|unknown user|no such (user|mailbox|recipient)|(recipient|mailbox|user) .{0,30}?(does not exist|doesn'?t exist|not found|unknown)|invalid recipient|recipient address rejected|mailbox not found|no mailbox here by that name|undeliverable address)",
     0, nullptr, Server::Unknown, {F::RecipientRejected}, Summary::RecipientUnknown},
    {R"(need rcpt|no valid recipients|valid rcpt command)",
     0, nullptr, Server::Unknown, {F::AuthRequired, F::BadCommandSequence}, Summary::RecipientsRefusedNoSignIn},
    {R"(bad sequence of commands|need mail command|send (helo|ehlo) first|polite people say hel+o)",
     0, nullptr, Server::Unknown, {F::BadCommandSequence, F::AuthRequired}, Summary::CommandOrder},

    // --- Codes alone (RFC 3463 enhanced codes, then the reply codes of RFC 4954), when no wording matched.
    {nullptr, 0, "?.7.57", Server::Microsoft365, {F::AuthRequired}, Summary::SignInNeeded},
    {nullptr, 0, "?.7.139", Server::Microsoft365, {F::OauthRequired, F::SmtpAuthDisabledByAdmin}, Summary::ModernSignInNeeded},
    {nullptr, 0, "?.7.11", Server::Unknown, {F::AuthNeedsTls}, Summary::SignInNeedsEncryption},
    {nullptr, 0, "?.7.12", Server::Unknown, {F::AuthFailed}, Summary::PasswordChangeNeeded},
    {nullptr, 0, "?.7.8", Server::Unknown, {F::AuthFailed}, Summary::SignInRejected},
    {nullptr, 0, "?.7.9", Server::Unknown, {F::AuthMechanismMismatch}, Summary::MethodNotAccepted},
    {R"(\btls\b|\bssl\b|encrypt)", 530, "?.7.", Server::Unknown, {F::TlsRequired}, Summary::EncryptionNeeded},
    {R"(\bauth|sign ?in|log ?in)", 530, "?.7.", Server::Unknown, {F::AuthRequired}, Summary::SignInNeeded},
    {R"(\bauth|password|credential)", 0, "?.7.", Server::Unknown, {F::AuthFailed}, Summary::SignInRejected},
    {nullptr, 0, "?.2.2", Server::Unknown, {F::MailboxFull}, Summary::MailboxFull},
    {nullptr, 0, "?.1.3", Server::Unknown, {F::AddressOddCharacters, F::RecipientRejected}, Summary::OddCharacters},
    {nullptr, 0, "?.1.7", Server::Unknown, {F::AddressOddCharacters, F::SenderRejected}, Summary::OddCharacters},
    {nullptr, 0, "?.1.8", Server::Unknown, {F::SenderRejected}, Summary::SenderRefused},
    {nullptr, 0, "?.1.1", Server::Unknown, {F::RecipientRejected}, Summary::RecipientUnknown},
    {nullptr, 0, "?.1.2", Server::Unknown, {F::RecipientRejected}, Summary::RecipientUnknown},
    {nullptr, 0, "?.1.10", Server::Unknown, {F::RecipientRejected}, Summary::RecipientUnknown},
    {nullptr, 530, nullptr, Server::Unknown, {F::AuthRequired}, Summary::SignInNeeded},
    {nullptr, 535, nullptr, Server::Unknown, {F::AuthFailed}, Summary::SignInRejected},
    {nullptr, 534, nullptr, Server::Unknown, {F::AuthMechanismMismatch}, Summary::MethodNotAccepted},
    {nullptr, 538, nullptr, Server::Unknown, {F::AuthNeedsTls}, Summary::SignInNeedsEncryption},
    {nullptr, 432, nullptr, Server::Unknown, {F::AuthFailed}, Summary::PasswordChangeNeeded},
    {nullptr, 503, nullptr, Server::Unknown, {F::AuthRequired, F::BadCommandSequence}, Summary::NoSignInLikely},

    // --- Outlook's error numbers (imnxport.h IXP_E_*; 0x8004210x from Outlook 2007 on).
    {R"(0x800ccc0d)", 0, nullptr, Server::Unknown, {F::DomainNotFound, F::ServerUnreachable}, Summary::ServerNameUnknown},
    {R"(0x800ccc0e|0x800ccc15|0x80042109)", 0, nullptr, Server::Unknown, {F::PortBlocked, F::ServerUnreachable}, Summary::CannotReach},
    {R"(0x800ccc0f)", 0, nullptr, Server::Unknown, {F::TlsModeMismatch, F::PortUnresponsive}, Summary::ConnectionBroken},
    {R"(0x800ccc19|0x8004210b)", 0, nullptr, Server::Unknown, {F::PortUnresponsive, F::PortBlocked, F::ServerUnreachable}, Summary::NoAnswer},
    {R"(0x800ccc1a|0x800ccc7d|0x800ccc7f)", 0, nullptr, Server::Unknown, {F::TlsModeMismatch}, Summary::EncryptionMismatch},
    {R"(0x800ccc7c)", 0, nullptr, Server::Unknown, {F::TlsRequired}, Summary::EncryptionNeeded},
    {R"(0x800ccc0[12])", 0, nullptr, Server::Unknown, {F::TlsCertificateInvalid}, Summary::ServerIdentityUnconfirmed},
    {R"(0x800ccc18)", 0, nullptr, Server::Unknown, {F::AuthMechanismMismatch, F::AuthFailed}, Summary::MethodNotAccepted},
    {R"(0x800ccc80)", 0, nullptr, Server::Unknown, {F::AuthMechanismMismatch}, Summary::MethodNotAccepted},
    {R"(0x800ccc78)", 0, nullptr, Server::Unknown, {F::SenderRejected, F::AuthRequired}, Summary::SenderRefusedOrNoSignIn},
    {R"(0x800ccc79)", 0, nullptr, Server::Unknown, {F::AuthRequired, F::RecipientRejected}, Summary::RecipientRefusedNoSignIn},
    {R"(0x800ccc65)", 0, nullptr, Server::Unknown, {F::AuthRequired, F::BadCommandSequence}, Summary::NoSignInLikely},
    {R"(0x800ccc6d)", 0, nullptr, Server::Unknown, {F::MailboxFull}, Summary::MailboxFull},
    {R"(0x800ccc9[12])", 0, nullptr, Server::Unknown, {F::AuthFailed}, Summary::IncomingSignInRejected},
    // POP errors and the server's own temporary processing error (451): nothing about sending to diagnose.
    {R"(0x800ccc90|0x800ccc6a|0x80042108|0x8004210a)", 0, nullptr, Server::Unknown, {}, Summary::None},

    // --- The mail programs' own wordings when the server's reply is not shown.
    {R"(certificate (is |was )?not trusted|certificate .{0,40}?(is |has )?(invalid|not valid|expired|revoked)|security certificate that cannot be verified|target principal name is incorrect|can'?t verify the identity|cannot verify the identity|could not verify the identity|pretending to be|add security exception|self-signed|issuer certificate is unknown|unknown issuer|certificate verify failed|bad_cert_domain|hostname mismatch)",
     0, nullptr, Server::Unknown, {F::TlsCertificateInvalid}, Summary::ServerIdentityUnconfirmed},
    {R"(does not support the selected authentication method|does not seem to support encrypted passwords|does not allow (normal|plaintext) passwords|none of the authentication methods|ticket was not accepted)",
     0, nullptr, Server::Unknown, {F::AuthMechanismMismatch}, Summary::MethodNotAccepted},
    {R"(unable to authenticate to outgoing server|login to server .{1,200}? failed|(unable|failed|could ?n[o']?t|cannot) (to )?(log ?in|sign ?in|authenticate)|rejected (the|your) password|password (was )?(rejected|incorrect|not accepted))",
     0, nullptr, Server::Unknown, {F::AuthFailed, F::AuthMechanismMismatch}, Summary::SignInRejected},
    {R"(does not support the connection encryption type|does not support ssl|ssl-secured connections|unable to establish a secure (link|connection)|(ssl|tls) (handshake|negotiation|connection) (failed|error)|wrong version number|unknown protocol|ssl routines|\bssl error|ssl_error|secure connection (could not|cannot|failed)|packet length too long|encryption method)",
     0, nullptr, Server::Unknown, {F::TlsModeMismatch}, Summary::EncryptionMismatch},
    {R"(the sender address .{1,200}? was rejected by the server|please verify that your e-?mail address is correct|verify the e-?mail address in your account properties)",
     0, nullptr, Server::Unknown, {F::SenderRejected, F::AuthRequired}, Summary::SenderRefusedOrNoSignIn},
    {R"(please check the message recipient|recipients? was rejected by the server|server rejected one or more recipient)",
     0, nullptr, Server::Unknown, {F::AuthRequired, F::RecipientRejected}, Summary::RecipientRefusedNoSignIn},
    {R"(using the correct identity to send|allowed to send via this smtp server|permitted to send via this smtp server)",
     0, nullptr, Server::Unknown, {F::AuthRequired, F::SenderRejected}, Summary::NoSignInLikely},
    {R"(lost in the middle of the transaction|connection to the server was interrupted|connection (was )?(reset|dropped|interrupted|aborted)|closed (the connection )?unexpectedly|connection closed by (the )?(remote|server|peer|foreign host)|broken pipe)",
     0, nullptr, Server::Unknown, {F::TlsModeMismatch, F::PortUnresponsive}, Summary::ConnectionBroken},
    {R"(timed? ?out|time-out|took too long to respond|not responding|did not respond|no response from (the )?server)",
     0, nullptr, Server::Unknown, {F::PortUnresponsive, F::PortBlocked, F::ServerUnreachable}, Summary::NoAnswer},
    {R"(outgoing server \(smtp\) .{1,200}? is unknown|could ?n[o']?t be found|cannot be found|was not found|unknown host|host not found|server not found|(cannot|can'?t|could ?n[o']?t) find (the )?server|name or service not known|no such host|nodename nor servname|(could ?n[o']?t|unable to|failed to|cannot) resolve)",
     0, nullptr, Server::Unknown, {F::DomainNotFound, F::ServerUnreachable}, Summary::ServerNameUnknown},
    {R"((unable|failed|could ?n[o']?t|cannot|can'?t) (to )?(connect|reach|contact)|connecting to outgoing server .{1,200}? failed|connection refused|actively refused|refusing smtp connections|cannot be contacted|is offline|network is unreachable|no route to host)",
     0, nullptr, Server::Unknown, {F::PortBlocked, F::ServerUnreachable}, Summary::CannotReach},
};
// clang-format on

// Who wrapped the reply: the first matching program wins. Outlook's error numbers and Thunderbird's
// sentences are distinctive; "The server responded:" is Outlook's unless Thunderbird's sentences matched.
struct ClientMarker
{
    const char *pattern;
    Client client;
};

// clang-format off
constexpr ClientMarker kClientMarkers[] = {
    {R"(0x800ccc[0-9a-f]{2}|0x8004210[0-9a-f]|reported error \(0x|send test e-?mail message|did not reach some or all of the intended recipients|outlook cannot connect|microsoft outlook|your outgoing \(smtp\) e-?mail server|the connection to the server was interrupted|one of the recipients was rejected by the server|security certificate that cannot be verified|target principal name is incorrect|does not support the connection encryption type)",
     Client::Outlook},
    {R"(sending of the message failed|an error occurred while sending mail|an outgoing server \(smtp\) error occurred|please verify that your e-?mail address is correct in your account settings|the message could not be sent (because|using) (the connection to |connecting to )?outgoing server|login to server .{1,200}? failed|add security exception|how thunderbird identifies|unable to authenticate to outgoing server|the outgoing server \(smtp\) .{1,200}? does|please check the message recipient|does not support smtputf8|thunderbird)",
     Client::Thunderbird},
    {R"(cannot send message using the server|the sender address .{1,200}? was rejected by the server|the server response was:|mail can'?t verify the identity|check the account settings for the outgoing server|server "[^"]{1,200}" (on port|cannot be contacted|rejected)|connection doctor)",
     Client::AppleMail},
    {R"(the server responded:|server response:|server error: \d{3})", Client::Outlook},
};

// What a mail program's own message means (resources/programs/*.json, found in any of MailFix's languages),
// by the program's message id. It counts only when the server rules find nothing in the rest of the paste
// (the server's reply, which the program put in its message, or pasted beside it): the server's words win.
// Empty ids: a wrapper whose meaning is the server's reply, or a message about something MailFix does not
// diagnose (sizes, limits, Kerberos realms). Every id of the data files is here (tst_programmessages).
struct ProgramMessageRule
{
    const char *program;
    const char *id;
    Ids ids;
    Summary summary;
};

constexpr ProgramMessageRule kProgramMessages[] = {
    // Thunderbird (composeMsgs.properties): the dialog's title and first line, then the reasons.
    {"thunderbird", "sendMessageErrorTitle", {}, Summary::None},
    {"thunderbird", "sendFailed", {}, Summary::None},
    {"thunderbird", "errorSendingFromCommand", {F::SenderRejected, F::AuthRequired}, Summary::SenderRefusedOrNoSignIn},
    {"thunderbird", "errorSendingRcptCommand", {F::AuthRequired, F::RecipientRejected}, Summary::RecipientRefusedNoSignIn},
    {"thunderbird", "errorSendingDataCommand", {}, Summary::None},
    {"thunderbird", "errorSendingMessage", {}, Summary::None},
    {"thunderbird", "smtpServerError", {}, Summary::None},
    {"thunderbird", "smtpTooManyRecipients", {}, Summary::None},
    {"thunderbird", "smtpPermSizeExceeded2", {}, Summary::None},
    {"thunderbird", "errorIllegalLocalPart2", {F::AddressOddCharacters, F::RecipientRejected}, Summary::OddCharacters},
    {"thunderbird", "startTlsFailed", {F::TlsModeMismatch}, Summary::EncryptionMismatch},
    {"thunderbird", "smtpSecurityIssue", {F::TlsCertificateInvalid, F::TlsModeMismatch}, Summary::ServerIdentityUnconfirmed},
    {"thunderbird", "smtpSendFailedUnknownServer", {F::DomainNotFound, F::ServerUnreachable}, Summary::ServerNameUnknown},
    {"thunderbird", "smtpSendRequestRefused", {F::PortBlocked, F::ServerUnreachable}, Summary::CannotReach},
    {"thunderbird", "smtpSendInterrupted", {F::TlsModeMismatch, F::PortUnresponsive}, Summary::ConnectionBroken},
    {"thunderbird", "smtpSendTimeout", {F::PortUnresponsive, F::PortBlocked, F::ServerUnreachable}, Summary::NoAnswer},
    {"thunderbird", "smtpHintAuthEncryptToPlainNoSsl", {F::AuthMechanismMismatch}, Summary::MethodNotAccepted},
    {"thunderbird", "smtpHintAuthEncryptToPlainSsl", {F::AuthMechanismMismatch}, Summary::MethodNotAccepted},
    {"thunderbird", "smtpHintAuthPlainToEncrypt", {F::AuthMechanismMismatch}, Summary::MethodNotAccepted},
    {"thunderbird", "smtpAuthFailure", {F::AuthFailed, F::AuthMechanismMismatch}, Summary::SignInRejected},
    {"thunderbird", "smtpAuthGssapi", {F::AuthMechanismMismatch}, Summary::MethodNotAccepted},
    {"thunderbird", "smtpAuthMechNotSupported", {F::AuthMechanismMismatch}, Summary::MethodNotAccepted},
    // Outlook and Apple Mail (their error numbers are in outlook-messages.json, with their findings).
    {"outlook", "cannot-connect-smtp", {F::PortBlocked, F::ServerUnreachable}, Summary::CannotReach},
    {"outlook", "connection-interrupted", {F::TlsModeMismatch, F::PortUnresponsive}, Summary::ConnectionBroken},
    {"outlook", "encryption-type", {F::TlsModeMismatch}, Summary::EncryptionMismatch},
    {"outlook", "smtp-timeout", {F::PortUnresponsive, F::PortBlocked, F::ServerUnreachable}, Summary::NoAnswer},
    {"outlook", "recipient-rejected", {F::AuthRequired, F::RecipientRejected}, Summary::RecipientRefusedNoSignIn},
    {"outlook", "sender-rejected", {F::SenderRejected, F::AuthRequired}, Summary::SenderRefusedOrNoSignIn},
    {"outlook", "internal-error", {}, Summary::None},
    {"outlook", "certificate", {F::TlsCertificateInvalid}, Summary::ServerIdentityUnconfirmed},
    {"apple-mail", "cannot-send", {}, Summary::None},
    {"apple-mail", "sender-rejected", {F::SenderRejected, F::AuthRequired}, Summary::SenderRefusedOrNoSignIn},
    {"apple-mail", "identity", {F::TlsCertificateInvalid}, Summary::ServerIdentityUnconfirmed},
    {"apple-mail", "cannot-contact", {F::PortBlocked, F::ServerUnreachable}, Summary::CannotReach},
};

// The sentence for a finding named by data (Outlook's error numbers): the summary of its usual cause.
constexpr std::pair<FindingCode, Summary> kFindingSummaries[] = {
    {F::TlsCertificateInvalid, Summary::ServerIdentityUnconfirmed},
    {F::DomainNotFound, Summary::ServerNameUnknown},
    {F::PortBlocked, Summary::CannotReach},
    {F::TlsModeMismatch, Summary::EncryptionMismatch},
    {F::RecipientRejected, Summary::RecipientUnknown},
    {F::AuthFailed, Summary::SignInRejected},
    {F::AuthMechanismMismatch, Summary::MethodNotAccepted},
    {F::PortUnresponsive, Summary::NoAnswer},
    {F::AuthRequired, Summary::NoSignInLikely},
    {F::MailboxFull, Summary::MailboxFull},
    {F::SenderRejected, Summary::SenderRefusedOrNoSignIn},
    {F::TlsRequired, Summary::EncryptionNeeded},
};

// Whose server said a shared wording: host names and tags that only that provider's replies carry.
struct ServerHint
{
    const char *pattern;
    Server server;
};

constexpr ServerHint kServerHints[] = {
    {R"(\bgsmtp\b|smtp\.gmail\.com|support\.google\.com|accounts\.google\.com)", Server::Gmail},
    {R"(smtp\.office365\.com|outlook\.office365\.com|smtp-mail\.outlook\.com|\.prod\.outlook\.com|protection\.outlook\.com|storedrv\.|resolver\.adr\.|microsoft esmtp mail service)",
     Server::Microsoft365},
    {R"(smtp\.mail\.yahoo\.com|\.mail\.yahoo\.com|yahooinc\.com|help\.yahoo\.com)", Server::Yahoo},
    {R"(\bexim\b)", Server::Exim},
    {R"(\bpostfix\b)", Server::Postfix},
};
// clang-format on

QRegularExpression compile(const char *pattern)
{
    QRegularExpression re(QString::fromLatin1(pattern),
                          QRegularExpression::CaseInsensitiveOption | QRegularExpression::DontCaptureOption);
    if (!re.isValid())
        qWarning("ErrorExplainer: invalid pattern \"%s\": %s", pattern, qPrintable(re.errorString()));
    re.optimize();
    return re;
}

struct CompiledRule
{
    const Rule *rule;
    QRegularExpression re; // invalid when the rule has no pattern
};

// Compiled once; the objects are only read afterwards, so explain() may run on any thread.
const std::vector<CompiledRule> &compiledRules()
{
    static const std::vector<CompiledRule> rules = [] {
        std::vector<CompiledRule> list;
        list.reserve(std::size(kRules));
        for (const Rule &rule : kRules)
            list.push_back({&rule, rule.pattern ? compile(rule.pattern) : QRegularExpression()});
        return list;
    }();
    return rules;
}

template <typename Marker, std::size_t N>
std::vector<QRegularExpression> compileAll(const Marker (&markers)[N])
{
    std::vector<QRegularExpression> list;
    list.reserve(N);
    for (const Marker &marker : markers)
        list.push_back(compile(marker.pattern));
    return list;
}

const std::vector<QRegularExpression> &clientMarkers()
{
    static const std::vector<QRegularExpression> markers = compileAll(kClientMarkers);
    return markers;
}

const std::vector<QRegularExpression> &serverHints()
{
    static const std::vector<QRegularExpression> hints = compileAll(kServerHints);
    return hints;
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// --- Normalising the paste ---------------------------------------------------------------------

// Cut to kMaxInput (never inside a surrogate pair), unify line breaks, quotes and spaces, drop quoting
// marks ("> ") and empty lines. Each line comes back trimmed, with single spaces.
QStringList normalisedLines(const QString &pasted)
{
    QString text = pasted.left(ErrorExplainer::kMaxInput);
    if (!text.isEmpty() && text.back().isHighSurrogate())
        text.chop(1);

    QString cleaned;
    cleaned.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue;
            cleaned += QLatin1Char('\n');
            continue;
        case u'\n':
        case 0x2028: // line separator
        case 0x2029: // paragraph separator
            cleaned += QLatin1Char('\n');
            continue;
        default:
            break;
        }
        const std::optional<QChar> plain = ProgramMessages::plainCharacter(c); // one quote, one dash
        if (!plain)                                                            // zero-width characters
            continue;
        if (plain->isSpace() || plain->category() == QChar::Other_Control)
            cleaned += QLatin1Char(' ');
        else
            cleaned += *plain;
    }

    QStringList lines;
    const QStringList raw = cleaned.split(QLatin1Char('\n'));
    for (const QString &rawLine : raw) {
        QString line = rawLine.simplified();
        qsizetype quote = 0;
        while (quote < line.size() && (line.at(quote) == u'>' || line.at(quote) == u' '))
            ++quote;
        if (quote > 0)
            line = line.mid(quote);
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

// --- Finding the SMTP reply ----------------------------------------------------------------------

// Length of an RFC 3463 enhanced code "c.s.d" at text[i] whose class digit is replyClass (s and d have 1 to
// 3 digits), ending at a word boundary; 0 when there is none.
qsizetype enhancedCodeAt(const QString &text, qsizetype i, QChar replyClass)
{
    if (i + 4 >= text.size() || text.at(i) != replyClass || text.at(i + 1) != u'.')
        return 0;
    qsizetype j = i + 2;
    for (int part = 0; part < 2; ++part) {
        const qsizetype start = j;
        while (j < text.size() && j - start < 3 && isDigit(text.at(j)))
            ++j;
        if (j == start)
            return 0;
        if (part == 0) {
            if (j >= text.size() || text.at(j) != u'.')
                return 0;
            ++j;
        }
    }
    if (j < text.size()) {
        const QChar next = text.at(j);
        if (next.isLetterOrNumber() || next == u'_')
            return 0;
        if (next == u'.' && j + 1 < text.size() && isDigit(text.at(j + 1)))
            return 0; // an IP address or a version number, not a status code
    }
    return j - i;
}

// The last word (letters only, lower case) that ends before position end, skipping spaces and the
// punctuation that joins a label to its value ("Port: 587", "code=535", "error #550").
QString wordBefore(const QString &line, qsizetype end)
{
    qsizetype i = end;
    while (i > 0 && QStringView(u" :=#(").contains(line.at(i - 1)))
        --i;
    const qsizetype wordEnd = i;
    while (i > 0 && line.at(i - 1).isLetter())
        --i;
    return line.mid(i, wordEnd - i).toLower();
}

struct ReplyCandidate
{
    int code = 0;
    qsizetype line = -1;
    qsizetype pos = 0;
    QChar separator;      // ' ', '-' or another character that ended the code
    QString enhancedCode; // empty when none follows the code
};

// A 3-digit reply code (RFC 5321: first digit 2-5, second 0-5) standing on its own at line[i], in a place
// where a reply code is written: at the start of a line, after punctuation such as ':' '#' '(' quotes, or
// after a word such as "error", "code" or "responded". Numbers inside longer numbers, IP addresses, hex
// codes, host:port pairs, "port 443" and phone numbers are not reply codes.
bool replyCodeAt(const QString &line, qsizetype i, ReplyCandidate *found)
{
    if (i + 3 > line.size())
        return false;
    const QChar c0 = line.at(i), c1 = line.at(i + 1), c2 = line.at(i + 2);
    if (c0 < u'2' || c0 > u'5' || c1 < u'0' || c1 > u'5' || !isDigit(c2))
        return false;

    // Left edge.
    if (i > 0) {
        const QChar prev = line.at(i - 1);
        if (prev.isLetterOrNumber() || QStringView(u"_.,/\\+-$@%&*^~").contains(prev) || prev.isSymbol())
            return false;
        if (prev == u':') {
            qsizetype t = i - 1;
            while (t > 0 && line.at(t - 1) != u' ')
                --t;
            const QString token = line.mid(t, i - 1 - t).toLower();
            if (token.contains(QLatin1Char('.')) || token.contains(QLatin1Char(']')) ||
                token.endsWith(QLatin1String("port")) || token == QLatin1String("localhost") ||
                (!token.isEmpty() && isDigit(token.back())))
                return false;
        }
    }

    // Right edge.
    QChar separator(u' ');
    qsizetype enhancedStart = -1;
    const qsizetype j = i + 3;
    if (j < line.size()) {
        separator = line.at(j);
        const bool digitFollows = j + 1 < line.size() && isDigit(line.at(j + 1));
        if (separator == u' ') {
            enhancedStart = j + 1;
            if (enhancedStart < line.size() && line.at(enhancedStart) == u'#')
                ++enhancedStart;
        } else if (separator == u'-') {
            if (digitFollows && enhancedCodeAt(line, j + 1, c0) == 0)
                return false; // "555-0199"
            enhancedStart = j + 1;
        } else if (separator == u',') {
            // Python's smtplib: "(535, b'5.7.8 Username and Password not accepted ...')".
            for (const QLatin1String bytes :
                 {QLatin1String(" b'"), QLatin1String(" b\""), QLatin1String(" '")}) {
                if (QStringView(line).mid(j + 1).startsWith(bytes))
                    enhancedStart = j + 1 + bytes.size();
            }
        } else if (separator == u'.' || separator == u':') {
            if (digitFollows)
                return false;
        } else if (separator == u')') {
            if (j + 2 < line.size() && line.at(j + 1) == u' ' && isDigit(line.at(j + 2)))
                return false; // "(415) 555-0123"
        } else if (!QStringView(u"'\"];>").contains(separator)) {
            return false;
        }
    }

    // A quantity ("450 MB", "250 messages") is not a reply code.
    if (separator == u' ') {
        static const QStringList unitWords = {
            QStringLiteral("b"),          QStringLiteral("kb"),     QStringLiteral("mb"),
            QStringLiteral("gb"),         QStringLiteral("tb"),     QStringLiteral("kib"),
            QStringLiteral("mib"),        QStringLiteral("gib"),    QStringLiteral("bytes"),
            QStringLiteral("ms"),         QStringLiteral("s"),      QStringLiteral("sec"),
            QStringLiteral("seconds"),    QStringLiteral("min"),    QStringLiteral("minutes"),
            QStringLiteral("hours"),      QStringLiteral("days"),   QStringLiteral("messages"),
            QStringLiteral("recipients"), QStringLiteral("emails"), QStringLiteral("mails"),
            QStringLiteral("times"),      QStringLiteral("%")};
        qsizetype e = j + 1;
        while (e < line.size() && line.at(e) != u' ' && line.at(e) != u'.' && line.at(e) != u',')
            ++e;
        if (unitWords.contains(line.mid(j + 1, e - j - 1).toLower()))
            return false;
    }

    // What comes before: a place where people and programs write reply codes.
    static const QStringList portWords = {QStringLiteral("port"), QStringLiteral("ports"),
                                          QStringLiteral("id"), QStringLiteral("pid"), QStringLiteral("uid")};
    static const QStringList codeWords = {
        QStringLiteral("error"),    QStringLiteral("code"),      QStringLiteral("reply"),
        QStringLiteral("response"), QStringLiteral("responded"), QStringLiteral("said"),
        QStringLiteral("says"),     QStringLiteral("returned"),  QStringLiteral("status"),
        QStringLiteral("smtp"),     QStringLiteral("server"),    QStringLiteral("with"),
        QStringLiteral("was"),      QStringLiteral("failed"),    QStringLiteral("failure"),
        QStringLiteral("result")};
    const QString word = wordBefore(line, i);
    if (portWords.contains(word))
        return false;
    qsizetype p = i;
    while (p > 0 && line.at(p - 1) == u' ')
        --p;
    const bool strongPlace =
        p == 0 || QStringView(u":#'\"([<>.;!?-,=|*").contains(line.at(p - 1)) || codeWords.contains(word);
    if (!strongPlace)
        return false;

    found->code = QStringView(line).mid(i, 3).toInt();
    found->pos = i;
    found->separator = separator;
    found->enhancedCode.clear();
    if (enhancedStart >= 0) {
        const qsizetype length = enhancedCodeAt(line, enhancedStart, c0);
        if (length > 0)
            found->enhancedCode = line.mid(enhancedStart, length);
    }
    return true;
}

// Wordings that mail programs put after the server's reply; the reply ends before them.
const QStringList &wrapperTails()
{
    static const QStringList tails = {
        QStringLiteral(" Please verify that your email address"),
        QStringLiteral(" Please check the message"),
        QStringLiteral(" Please ensure that you are using"),
        QStringLiteral(" Verify that you are allowed"),
        QStringLiteral(" (Account: "),
        QStringLiteral(" Error Number: "),
        QStringLiteral(" Protocol: SMTP"),
        QStringLiteral(" Subject '"),
        QStringLiteral(" Please verify that your Outgoing server"),
        QStringLiteral(" Select a different outgoing"),
        QStringLiteral(", Server Error: "),
        QStringLiteral(", Port: "),
    };
    return tails;
}

// The reply as one trimmed line: wrapper tails cut off, and a closing quote removed when it closes a quote
// the wrapper opened before the reply (Outlook: "... : 'Cannot send ... The server responded: 553 ...'").
QString cleanedServerText(QString text, const QString &before)
{
    for (const QString &tail : wrapperTails()) {
        const qsizetype at = text.indexOf(tail, 0, Qt::CaseInsensitive);
        if (at > 0)
            text.truncate(at);
    }
    text = text.trimmed();
    for (const QChar quote : {QChar(u'\''), QChar(u'"')}) {
        if (before.count(quote) % 2 == 0)
            continue;
        // The wrapper's closing quote: after a word, before the end, a space or punctuation ("isn't" stays).
        for (qsizetype i = 1; i < text.size(); ++i) {
            if (text.at(i) != quote || text.at(i - 1) == u' ')
                continue;
            if (i + 1 == text.size() || QStringView(u" ,;)]").contains(text.at(i + 1))) {
                text.truncate(i);
                break;
            }
        }
    }
    constexpr qsizetype kMaxServerText = 2000;
    if (text.size() > kMaxServerText)
        text.truncate(kMaxServerText);
    return text.trimmed();
}

struct FoundReply
{
    int code = 0;
    QString enhancedCode;
    QString serverText;
};

FoundReply findReply(const QStringList &lines)
{
    // The first failure (4xx, 5xx) wins over success replies pasted from a transcript.
    ReplyCandidate chosen;
    ReplyCandidate firstAny;
    for (qsizetype l = 0; l < lines.size() && chosen.line < 0; ++l) {
        const QString &line = lines.at(l);
        for (qsizetype i = 0; i + 3 <= line.size(); ++i) {
            ReplyCandidate candidate;
            if (!replyCodeAt(line, i, &candidate))
                continue;
            candidate.line = l;
            if (firstAny.line < 0)
                firstAny = candidate;
            if (candidate.code >= 400) {
                chosen = candidate;
                break;
            }
        }
    }
    if (chosen.line < 0)
        chosen = firstAny;

    FoundReply reply;
    static const QRegularExpression standaloneEnhanced(
        QStringLiteral(R"((?:\(#?|#|\b(?:status|code)\s?:?\s?)([245]\.\d{1,3}\.\d{1,3})(?![\w]|\.\d))"),
        QRegularExpression::CaseInsensitiveOption);
    if (chosen.line < 0) {
        // No reply code, but maybe the program quoted the server's words, or an enhanced code alone.
        static const QRegularExpression responded(
            QStringLiteral(
                R"((?:the (?:mail )?server responded|the server response was|server response|server replied|remote server returned)\s?:?\s?(.+))"),
            QRegularExpression::CaseInsensitiveOption);
        for (const QString &line : lines) {
            const QRegularExpressionMatch m = responded.match(line);
            if (m.hasMatch()) {
                reply.serverText = cleanedServerText(m.captured(1), line.left(m.capturedStart(1)));
                break;
            }
        }
        for (const QString &line : lines) {
            const QRegularExpressionMatch m = standaloneEnhanced.match(line);
            if (m.hasMatch()) {
                reply.enhancedCode = m.captured(1);
                break;
            }
        }
        return reply;
    }

    reply.code = chosen.code;
    reply.enhancedCode = chosen.enhancedCode;
    const QString &first = lines.at(chosen.line);
    QString text = first.mid(chosen.pos);
    // A multi-line reply ("550-...", "550-...", "550 ..."): the continuation lines start with the same code.
    if (chosen.separator == u'-') {
        const QString prefix = first.mid(chosen.pos, 3);
        constexpr int kMaxContinuationLines = 40;
        for (qsizetype l = chosen.line + 1; l < lines.size() && l <= chosen.line + kMaxContinuationLines;
             ++l) {
            const QString &next = lines.at(l);
            if (!next.startsWith(prefix) || (next.size() > 3 && next.at(3) != u'-' && next.at(3) != u' '))
                break;
            text += QLatin1Char(' ') + next;
            if (reply.enhancedCode.isEmpty()) {
                ReplyCandidate continuation;
                if (replyCodeAt(next, 0, &continuation))
                    reply.enhancedCode = continuation.enhancedCode;
            }
            if (next.size() <= 3 || next.at(3) == u' ')
                break;
        }
    }
    reply.serverText = cleanedServerText(text, first.left(chosen.pos));
    if (reply.enhancedCode.isEmpty()) {
        // qmail and others put it at the end: "553 sorry, ... rcpthosts (#5.7.1)".
        const QRegularExpressionMatch m = standaloneEnhanced.match(reply.serverText);
        if (m.hasMatch() && m.captured(1).at(0) == reply.serverText.at(0))
            reply.enhancedCode = m.captured(1);
    }
    return reply;
}

// The lines joined with spaces, for the rules. The code prefixes of a multi-line reply's continuation lines
// ("550-5.7.1 send email directly ...") are left out, so that the server's sentences read on across lines.
QString flattened(const QStringList &lines)
{
    QString flat;
    QString openCode; // the code of the previous line when it said more lines follow ("550-")
    for (const QString &line : lines) {
        QStringView rest(line);
        const bool startsWithCode = line.size() >= 3 && line.at(0) >= u'2' && line.at(0) <= u'5' &&
                                    isDigit(line.at(1)) && isDigit(line.at(2)) &&
                                    (line.size() == 3 || line.at(3) == u'-' || line.at(3) == u' ');
        if (startsWithCode && !openCode.isEmpty() && line.startsWith(openCode)) {
            qsizetype skip = qMin<qsizetype>(4, line.size());
            skip += enhancedCodeAt(line, skip, line.at(0));
            rest = rest.mid(skip).trimmed();
        }
        openCode = startsWithCode && line.size() > 3 && line.at(3) == u'-' ? line.left(3) : QString();
        if (rest.isEmpty())
            continue;
        if (!flat.isEmpty())
            flat += QLatin1Char(' ');
        flat += rest;
    }
    return flat;
}

// "?.7.8": exactly x.7.8 with x 4 or 5; "?.7.": every x.7.y.
bool enhancedMatches(const QString &actual, const char *wanted)
{
    if (!wanted)
        return true;
    const QLatin1String want(wanted);
    const bool prefix = want.endsWith(QLatin1Char('.'));
    if (actual.isEmpty() || (prefix ? actual.size() < want.size() : actual.size() != want.size()))
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QChar w = want.at(i);
        const QChar a = actual.at(i);
        if (w == u'?' ? (a != u'4' && a != u'5') : a != w)
            return false;
    }
    return true;
}

// The first rule of kRules that matches the text decides; false when none matches.
bool applyRules(const QString &text, const FoundReply &reply, ErrorExplainer::Explanation *result)
{
    for (const CompiledRule &compiled : compiledRules()) {
        const Rule &rule = *compiled.rule;
        if (rule.replyCode != 0 && rule.replyCode != reply.code)
            continue;
        if (!enhancedMatches(reply.enhancedCode, rule.enhanced))
            continue;
        if (rule.pattern && !compiled.re.match(text).hasMatch())
            continue;
        result->server = rule.server;
        for (const std::optional<FindingCode> &code : rule.ids) {
            if (code)
                result->findings.append(*code);
        }
        result->recognized = !result->findings.isEmpty();
        if (result->recognized)
            result->summary = summaryText(rule.summary);
        return true;
    }
    return false;
}

Client clientOfProgram(const QString &program)
{
    if (program == MailClients::programName(MailClients::Program::Thunderbird))
        return Client::Thunderbird;
    if (program == MailClients::programName(MailClients::Program::Outlook))
        return Client::Outlook;
    if (program == MailClients::programName(MailClients::Program::AppleMail))
        return Client::AppleMail;
    return Client::Unknown;
}

// The first program message found that kProgramMessages gives findings for decides.
void applyProgramMessages(const ProgramMessages::Search &search, ErrorExplainer::Explanation *result)
{
    for (const ProgramMessages::Found &found : search.found) {
        for (const ProgramMessageRule &rule : kProgramMessages) {
            if (found.program != QLatin1String(rule.program) || found.id != QLatin1String(rule.id) ||
                !rule.ids.front())
                continue;
            for (const std::optional<FindingCode> &code : rule.ids) {
                if (code)
                    result->findings.append(*code);
            }
            result->recognized = true;
            result->summary = summaryText(rule.summary);
            return;
        }
    }
}

// The server's reply as a program's message quoted it (Thunderbird 102 and later quote it without its code,
// in the user's language), for when the paste names no reply in English: one line, the message's own
// closing full stop left out.
QString replyInProgramMessages(const ProgramMessages::Search &search)
{
    for (const ProgramMessages::Found &found : search.found) {
        QString reply = cleanedServerText(found.reply, QString());
        if (reply.endsWith(QLatin1Char('.')))
            reply = reply.chopped(1).trimmed();
        if (!reply.isEmpty())
            return reply;
    }
    return {};
}

// Outlook's error number, when nothing else explained the paste: the findings its data row names.
void applyOutlookCode(const QString &text, ErrorExplainer::Explanation *result)
{
    const ProgramMessages::OutlookCode *code = ProgramMessages::findOutlookCode(text);
    if (!code)
        return;
    result->client = Client::Outlook;
    for (const QString &id : code->findings) {
        if (const std::optional<FindingCode> finding = Findings::fromId(id))
            result->findings.append(*finding);
    }
    for (const auto &[finding, summary] : kFindingSummaries) {
        if (!result->findings.isEmpty() && finding == result->findings.constFirst())
            result->summary = summaryText(summary);
    }
    result->recognized = !result->summary.isEmpty();
    if (!result->recognized)
        result->findings.clear(); // a finding without a sentence in kFindingSummaries: add one there
}

} // namespace

ErrorExplainer::Explanation ErrorExplainer::explain(const QString &pastedText)
{
    Explanation result;
    const QStringList lines = normalisedLines(pastedText);
    if (lines.isEmpty())
        return result;
    const QString flat = flattened(lines);

    const FoundReply reply = findReply(lines);
    result.replyCode = reply.code;
    result.enhancedCode = reply.enhancedCode;
    result.serverText = reply.serverText;

    const std::vector<QRegularExpression> &clients = clientMarkers();
    for (std::size_t i = 0; i < clients.size(); ++i) {
        if (clients[i].match(flat).hasMatch()) {
            result.client = kClientMarkers[i].client;
            break;
        }
    }

    // A mail program's own message (in any of MailFix's languages) names the program. The rules then read
    // only the rest of the paste, where the server's reply is; the message decides when they find nothing.
    const ProgramMessages::Search programs = ProgramMessages::find(flat);
    if (!programs.found.isEmpty())
        result.client = clientOfProgram(programs.found.constFirst().program);
    if (result.serverText.isEmpty() && result.replyCode == 0)
        result.serverText = replyInProgramMessages(programs);
    if (!applyRules(programs.found.isEmpty() ? flat : programs.rest, reply, &result)) {
        applyProgramMessages(programs, &result);
        if (result.findings.isEmpty())
            applyOutlookCode(flat, &result);
    }

    const bool replyFound = reply.code != 0 || !reply.enhancedCode.isEmpty() || !result.serverText.isEmpty();
    if (result.server == Server::Unknown && replyFound) {
        result.server = Server::Other;
        const std::vector<QRegularExpression> &hints = serverHints();
        for (std::size_t i = 0; i < hints.size(); ++i) {
            if (hints[i].match(flat).hasMatch()) {
                result.server = kServerHints[i].server;
                break;
            }
        }
    }
    return result;
}

QStringList ErrorExplainer::Explanation::findingIds() const
{
    QStringList ids;
    for (const FindingCode code : findings)
        ids << Findings::id(code);
    return ids;
}

QString ErrorExplainer::serverName(Server server)
{
    switch (server) {
    case Server::Unknown:
        return QStringLiteral("unknown");
    case Server::Exim:
        return QStringLiteral("exim");
    case Server::Postfix:
        return QStringLiteral("postfix");
    case Server::Microsoft365:
        return QStringLiteral("microsoft365");
    case Server::Gmail:
        return QStringLiteral("gmail");
    case Server::Yahoo:
        return QStringLiteral("yahoo");
    case Server::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("unknown");
}

QString ErrorExplainer::clientName(Client client)
{
    switch (client) {
    case Client::Unknown:
        return QStringLiteral("unknown");
    case Client::Outlook: // the programs' ids come from the one table of mail programs
        return MailClients::programName(MailClients::Program::Outlook);
    case Client::Thunderbird:
        return MailClients::programName(MailClients::Program::Thunderbird);
    case Client::AppleMail:
        return MailClients::programName(MailClients::Program::AppleMail);
    }
    return QStringLiteral("unknown");
}
