// Signing in: servers that want it, refused passwords and what the refusal says (tenant switch, OAuth2
// only, app passwords, weak methods), and sign-in methods the server does not offer.
#include "diagnose/Diagnoser.h"
#include "diagnose/DiagnosisRules.h"
#include "report/Wording.h"

#include <algorithm>

namespace DiagnosisRules {

namespace {
using Severity = FindingSeverity;
using Lines = DiagnosisContext;

QString appPasswordDetail()
{
    return Diagnoser::tr("With 2-step verification on, mail programs must use a separate app "
                         "password that you create in your account's security settings.");
}

QString appPasswordFix()
{
    return Diagnoser::tr("Create an app password in your account's security settings and use it in your "
                         "mail program.");
}

// How to switch the user's program to signing in through the provider's own window (OAuth2), one sentence in
// the program's own words; the guide has the steps. Thunderbird's "Authentication method" and "OAuth2" are
// its own (am-server-top.dtd, smtpEditOverlay.dtd, messenger.properties authOAuth2); Outlook's and Mail's
// ways are unverified, from memory.
QString oauthFix(const std::optional<MailProgram> &program)
{
    switch (program.value_or(MailProgram::Other)) {
    case MailProgram::Outlook:
        return Diagnoser::tr("In Outlook, remove the account and add it again: Outlook then opens the "
                             "sign-in window of Microsoft or your provider.");
    case MailProgram::Thunderbird:
        return Diagnoser::tr("In Thunderbird's account settings, set \"Authentication method\" to \"OAuth2\" "
                             "for the incoming and the outgoing server (SMTP).");
    case MailProgram::AppleMail:
        return Diagnoser::tr(
            "In Mail's account settings, set \"Authentication\" to \"OAuth 2.0\", or add the "
            "account again in Internet Accounts.");
    case MailProgram::Other:
        break;
    }
    return Diagnoser::tr(
        "In your mail program, set the sign-in method (authentication) to OAuth2, and sign in "
        "when it asks.");
}

// Said when MailFix did not sign in through the provider's window itself (no OAuth2 client id configured).
QString oauthNotTested()
{
    return Diagnoser::tr("MailFix could not test this way of signing in here.");
}
} // namespace

// The relay test without signing in was refused: the server sends only for people who sign in.
namespace {
// How to turn on signing in for sending, in the user's program's own words (Thunderbird's from its own send
// errors, resources/programs/thunderbird-messages.json; Outlook's and Mail's labels unverified, from memory).
QString signInFix(const std::optional<MailProgram> &program, const QString &username)
{
    switch (program.value_or(MailProgram::Other)) {
    case MailProgram::Outlook:
        return Diagnoser::tr("In Outlook, open the account's settings, choose \"More Settings\", and on the "
                             "\"Outgoing Server\" tab turn on \"My outgoing server (SMTP) requires "
                             "authentication\", with your user name %1.")
            .arg(username);
    case MailProgram::Thunderbird:
        return Diagnoser::tr(
                   "In Thunderbird's outgoing server (SMTP) settings, set \"Authentication method\" "
                   "to \"Normal password\", with your user name %1.")
            .arg(username);
    case MailProgram::AppleMail:
        return Diagnoser::tr(
                   "In Mail's account settings, open \"Server Settings\" and, for the outgoing mail "
                   "server, choose \"Password\" as the authentication, with your user name %1.")
            .arg(username);
    case MailProgram::Other:
        break;
    }
    return Diagnoser::tr("Turn on signing in (authentication) for the outgoing server in your mail program, "
                         "with your user name %1 and your password.")
        .arg(username);
}
} // namespace

void authRequired(const DiagnosisContext &c, FindingList &findings)
{
    const auto proof = std::find_if(c.probes.cbegin(), c.probes.cend(), [](const ProbeResult &p) {
        return p.relayWithoutAuth.outcome == RelayOutcome::RecipientRejected;
    });
    if (proof == c.probes.cend())
        return;
    // A server that offers no sign-in and sends after a check for new mail: the popBeforeSmtp rule's cause.
    const std::optional<PopBeforeSmtp::Check> &popFirst = c.in.popBeforeSmtp;
    if (popFirst && popFirst->relayOpened() && popFirst->opened()->capabilities.authMechanisms.isEmpty())
        return;
    const RelayResult &relay = proof->relayWithoutAuth;
    const bool programDoesNotSignIn = c.current && c.current->auth == MailSettings::Auth::None;
    const bool errorSaysSo =
        !c.explained.isEmpty() && (c.explained.first() == FindingCode::AuthRequired ||
                                   c.explained.first() == FindingCode::BadCommandSequence);
    const bool cause = programDoesNotSignIn || (errorSaysSo && !c.current);
    Finding &f = findings.add(
        FindingCode::AuthRequired, cause ? Severity::Cause : Severity::Info,
        cause ? Diagnoser::tr(
                    "Your mail server wants your mail program to sign in before it sends. Your program is "
                    "not "
                    "signing in.")
              : Diagnoser::tr("Your mail server sends mail only for people who sign in."),
        Diagnoser::tr(
            "Without signing in, the server refuses every recipient outside its own domain. A program "
            "that then "
            "sends the message anyway gets errors such as \"503 valid RCPT command must precede DATA\"."));
    f.evidence = Lines::replyLines(relay.rcptReply) + Lines::replyLines(relay.dataReply);
    f.fix = signInFix(c.program, c.username);
    c.attachFix(f);
    // The 503 that MailFix's own relay test provokes is evidence for the above, not a finding of its own: the
    // 503 is worth explaining only when the user saw it (the paste) or their own settings produce it.
    const bool currentSettingsGet503 =
        programDoesNotSignIn && std::any_of(c.probes.cbegin(), c.probes.cend(), [&c](const ProbeResult &p) {
            return p.relayWithoutAuth.dataReply.code == 503 && DiagnosisContext::sameEndpoint(p, *c.current);
        });
    if (currentSettingsGet503 || c.explained.contains(FindingCode::BadCommandSequence)) {
        Finding &b =
            findings.add(FindingCode::BadCommandSequence, Severity::Info,
                         Diagnoser::tr("The \"503\" message is a consequence, not the cause."),
                         Diagnoser::tr("The server says 503 when a program sends the message after every "
                                       "recipient was refused. Fix the cause above and the 503 goes away."));
        b.evidence = Lines::replyLines(relay.dataReply);
    }
}

namespace {
// The incoming server's answer to signing in (its last line: IMAP's tagged one, POP3's status line).
QStringList incomingReplyLine(const ProbeResult &p)
{
    const QStringList &lines = p.incoming.signIn.reply.rawLines;
    return lines.isEmpty() ? QStringList() : QStringList{lines.last()};
}

// The incoming server accepted the user name and password that the outgoing server refused: the password
// is right, and the account may not send with it (or sending wants another user name).
void refusedForSendingOnly(const DiagnosisContext &c, const SmtpReply &reply, FindingList &findings)
{
    const ProbeResult &incoming = *c.incomingSignedIn;
    QString why;
    if (c.notes.smtpAuthMayBeDisabled)
        why = Diagnoser::tr("Your provider lets administrators switch off sending from mail programs (SMTP "
                            "AUTH) for each mailbox or for the whole organisation. That is the most likely "
                            "reason.");
    else if (c.notes.oauth2Required)
        why = Diagnoser::tr("Your provider wants mail programs to sign in through its own login page "
                            "(OAuth2) for sending.");
    else if (c.notes.appPasswordRequired)
        why = Diagnoser::tr("Your provider wants an app password for sending from mail programs.");
    else
        why = Diagnoser::tr("Sending with a password (SMTP AUTH) may be switched off for your mailbox or "
                            "your organisation, your provider may want an app password or OAuth2 for "
                            "sending, or the outgoing server may need a different user name.");
    Finding &f = findings.add(
        FindingCode::SmtpPasswordRefusedIncomingOk, Severity::Cause,
        Diagnoser::tr("Your password works for receiving mail, but the outgoing server does not accept it."),
        Diagnoser::tr("The incoming server %1 (%2) accepted your user name %3 and your password, so they are "
                      "right. The outgoing server refused them. Your account may not send with a password.")
                .arg(incoming.endpoint.host, DiagnosisContext::incomingLabel(incoming), c.username) +
            QLatin1Char(' ') + why);
    f.evidence = Lines::replyLines(reply) + incomingReplyLine(incoming);
    f.fix =
        Diagnoser::tr("Do not change your password. Ask your provider or administrator to allow sending "
                      "from mail programs (SMTP AUTH) for %1, and which user name, app password or sign-in "
                      "method the outgoing server wants.")
            .arg(c.in.address.text);
}

// How to use the incoming server's user name for sending too, in the user's program's own words.
QString sameUsernameFix(const std::optional<MailProgram> &program, const QString &username)
{
    switch (program.value_or(MailProgram::Other)) {
    case MailProgram::Outlook:
        return Diagnoser::tr("In Outlook, open the account's settings, choose \"More Settings\", and on the "
                             "\"Outgoing Server\" tab choose \"Use same settings as my incoming mail "
                             "server\".");
    case MailProgram::Thunderbird:
        return Diagnoser::tr("In Thunderbird's outgoing server (SMTP) settings, set the user name to %1, the "
                             "same as for receiving.")
            .arg(username);
    case MailProgram::AppleMail:
        return Diagnoser::tr("In Mail's account settings, open \"Server Settings\" and type %1 as the "
                             "outgoing mail server's user name.")
            .arg(username);
    case MailProgram::Other:
        break;
    }
    return Diagnoser::tr("Set the outgoing server's user name to %1, the same as for receiving.")
        .arg(username);
}

// The program signs in to receive with one user name and to send with another: the incoming server accepted
// its name and the password, the outgoing server refused the other name. True when that is the finding.
bool usernameDiffers(const DiagnosisContext &c, const SmtpReply &reply, FindingList &findings)
{
    const std::optional<IncomingSettings> &own = c.in.currentIncoming;
    if (!own || !c.incomingSignedIn || own->settings.username.isEmpty() ||
        own->settings.username.compare(c.username, Qt::CaseInsensitive) == 0)
        return false;
    const QString &incomingName = own->settings.username;
    const ProbeResult &incoming = *c.incomingSignedIn;
    Finding &f = findings.add(
        FindingCode::SmtpUsernameDiffers, Severity::Cause,
        Diagnoser::tr("Your program uses another user name for sending than for receiving."),
        Diagnoser::tr(
            "The incoming server %1 (%2) accepted the user name %3 with your password. The outgoing "
            "server refused the user name %4. Most servers want the same user name for both.")
            .arg(incoming.endpoint.host, DiagnosisContext::incomingLabel(incoming), incomingName,
                 c.username));
    f.evidence = Lines::replyLines(reply) + incomingReplyLine(incoming);
    f.fix = sameUsernameFix(c.program, incomingName);
    if (const MailSettings *s = c.fix()) {
        MailSettings fixed = *s;
        fixed.username = incomingName;
        f.fixSettings = fixed;
    }
    return true;
}

// MailFix signed in through the provider's window (OAuth2) and the server refused the token.
void tokenRefused(const DiagnosisContext &c, const SmtpReply &reply, FindingList &findings)
{
    if (c.in.oauth2SendScopeMissing) {
        Finding &f = findings.add(
            FindingCode::OAuth2ScopeMissing, Severity::Cause,
            Diagnoser::tr("The sign-in with your provider did not allow sending mail."),
            Diagnoser::tr("MailFix signed in through your provider's sign-in window (OAuth2), but the "
                          "permission it got does not include sending mail, so the server refused it."));
        f.evidence = Lines::replyLines(reply);
        f.fix =
            Diagnoser::tr("Ask your administrator to allow sending mail (SMTP) for mail programs that sign "
                          "in this way, then sign in again.");
        return;
    }
    Finding &f = findings.add(
        FindingCode::AuthFailed, Severity::Cause,
        Diagnoser::tr("The server did not accept the OAuth2 sign-in."),
        Diagnoser::tr(
            "MailFix signed in through your provider's sign-in window (OAuth2) as %1, and the server "
            "refused that sign-in: it may have expired or been withdrawn.")
            .arg(c.username));
    f.evidence = Lines::replyLines(reply);
    f.fix = Diagnoser::tr("Sign in again in your mail program. If it keeps failing, ask your provider or "
                          "administrator whether sending with this sign-in is allowed for your account.");
}

// A plain refusal of the user name or password, with what the provider's notes add.
void passwordRefused(const DiagnosisContext &c, const SmtpReply &reply, FindingList &findings)
{
    if (c.in.oauth2Tested) {
        tokenRefused(c, reply, findings);
        return;
    }
    if (usernameDiffers(c, reply, findings))
        return;
    if (c.incomingSignedIn) {
        refusedForSendingOnly(c, reply, findings);
        return;
    }
    QString detail = Diagnoser::tr("MailFix tried to sign in as %1 and the server said no.").arg(c.username);
    const ProbeResult *incoming = c.incomingRefused;
    if (incoming)
        detail +=
            QLatin1Char(' ') + Diagnoser::tr("The incoming server %1 (%2) refused the same user name and "
                                             "password too, so they are most likely wrong.")
                                   .arg(incoming->endpoint.host, DiagnosisContext::incomingLabel(*incoming));
    Finding &f = findings.add(FindingCode::AuthFailed, Severity::Cause,
                              Diagnoser::tr("The server did not accept your user name or password."), detail);
    f.evidence = Lines::replyLines(reply);
    if (incoming)
        f.evidence += incomingReplyLine(*incoming);
    f.fix =
        c.in.passwordHasUnusualCharacters
            ? Diagnoser::tr("Check your password. It contains characters such as quotes, spaces or accented "
                            "letters, which some programs garble: try typing it again by hand.")
            : Diagnoser::tr("Check your password, and use your full email address %1 as the user name.")
                  .arg(c.in.address.text);
    if (c.notes.appPasswordRequired) {
        Finding &a =
            findings.add(FindingCode::AppPasswordRequired, Severity::Cause,
                         Diagnoser::tr("Your provider may want an app password, not your normal password."),
                         appPasswordDetail());
        a.fix = appPasswordFix();
    }
    if (c.notes.smtpAuthMayBeDisabled) {
        findings.add(
            FindingCode::SmtpAuthDisabledByAdmin, Severity::Warning,
            Diagnoser::tr("Signing in from mail programs may be switched off for your organisation."),
            Diagnoser::tr("Microsoft 365 administrators can turn off SMTP sign-in for each mailbox."));
    }
}

// What a refused AUTH reply says, in the providers' words.
void signInRefused(const DiagnosisContext &c, const SmtpReply &reply, FindingList &findings)
{
    static const QRegularExpression tenant(QStringLiteral("SmtpClientAuthentication is disabled"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression basicOff(
        QStringLiteral("basic auth\\w* is disabled|did not meet the criteria"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression appPassword(QStringLiteral("application-specific password|app password"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mailbox(
        QStringLiteral("SmtpClientAuthentication is disabled for the Mailbox"),
        QRegularExpression::CaseInsensitiveOption);
    if (Lines::mentions(reply, tenant)) {
        Finding &f = findings.add(
            FindingCode::SmtpAuthDisabledByAdmin, Severity::Cause,
            Lines::mentions(reply, mailbox)
                ? Diagnoser::tr("Signing in from mail programs is switched off for your mailbox.")
                : Diagnoser::tr("Signing in from mail programs is switched off for your organisation."),
            Diagnoser::tr("Your Microsoft 365 administrator has turned off SMTP sign-in. Your "
                          "password is probably right."));
        f.evidence = Lines::replyLines(reply);
        f.fix =
            Diagnoser::tr("Ask your administrator to allow \"Authenticated SMTP\" for your mailbox, or use a "
                          "program that signs in with your Microsoft account (OAuth2).");
    } else if (Lines::mentions(reply, basicOff)) {
        Finding &f =
            findings.add(FindingCode::OauthRequired, Severity::Cause,
                         Diagnoser::tr("Your provider no longer accepts a password from mail programs."),
                         Diagnoser::tr("Sign-in must go through your provider's own login page (OAuth2)."));
        if (!c.in.oauth2Tested)
            f.detail += QLatin1Char(' ') + oauthNotTested();
        f.evidence = Lines::replyLines(reply);
        f.fix = oauthFix(c.program);
    } else if (reply.code == 534 && reply.enhancedCode == QLatin1String("5.7.9") &&
               !Lines::mentions(reply, appPassword)) {
        Finding &f = findings.add(FindingCode::AuthMechanismMismatch, Severity::Cause,
                                  Diagnoser::tr("The server does not accept this way of signing in."),
                                  Diagnoser::tr("The server says the sign-in method is too weak."));
        f.evidence = Lines::replyLines(reply);
        c.attachFix(f);
    } else if (Lines::mentions(reply, appPassword)) {
        Finding &f =
            findings.add(FindingCode::AppPasswordRequired, Severity::Cause,
                         Diagnoser::tr("Your provider wants an app password, not your normal password."),
                         appPasswordDetail());
        f.evidence = Lines::replyLines(reply);
        f.fix = appPasswordFix();
    } else {
        passwordRefused(c, reply, findings);
    }
}
} // namespace

void authRefused(const DiagnosisContext &c, FindingList &findings)
{
    for (const ProbeResult &p : c.probes) {
        if (p.auth.outcome == AuthOutcome::Rejected || p.auth.outcome == AuthOutcome::Failed ||
            p.auth.outcome == AuthOutcome::TemporaryFailure)
            signInRefused(c, p.auth.reply, findings);
    }
}

// The server or the provider takes only OAuth2; app passwords for providers that want them.
void oauthRequired(const DiagnosisContext &c, FindingList &findings)
{
    const bool onlyOauth = std::any_of(c.probes.cbegin(), c.probes.cend(), [](const ProbeResult &p) {
        return p.auth.outcome == AuthOutcome::NeedsOAuth2;
    });
    const bool currentUsesPassword = c.current && (c.current->auth == MailSettings::Auth::NormalPassword ||
                                                   c.current->auth == MailSettings::Auth::EncryptedPassword);
    if (onlyOauth || c.notes.oauth2Required) {
        const Severity severity =
            (c.in.credentialsGiven || currentUsesPassword) ? Severity::Cause : Severity::Info;
        Finding &f =
            c.in.oauth2Tested
                ? findings.add(FindingCode::OauthRequired, severity,
                               Diagnoser::tr(
                                   "Your provider accepts sign-in only through its own login page (OAuth2)."),
                               Diagnoser::tr("A password typed into your mail program is not accepted."))
                : findings.add(FindingCode::OauthRequired, severity,
                               Diagnoser::tr("Your provider wants your mail program to sign in through the "
                                             "provider's own sign-in window (OAuth2)."),
                               Diagnoser::tr("A password typed into your mail program is not accepted.") +
                                   QLatin1Char(' ') + oauthNotTested());
        f.fix = oauthFix(c.program);
        c.attachFix(f);
    }
    if (c.notes.appPasswordRequired && !c.in.credentialsGiven &&
        !findings.has(FindingCode::AppPasswordRequired)) {
        findings.add(
            FindingCode::AppPasswordRequired, Severity::Info,
            Diagnoser::tr("If you use 2-step verification, your provider wants an app password."),
            Diagnoser::tr("Mail programs then need a separate app password from your account's security "
                          "settings."));
    }
}

void authMechanismMismatch(const DiagnosisContext &c, FindingList &findings)
{
    if (!c.current || !c.currentProbe || !c.currentProbe->reachedServer())
        return;
    const QStringList &offered = c.currentProbe->capabilities.authMechanisms;
    const bool normalOffered =
        offered.contains(QLatin1String("PLAIN")) || offered.contains(QLatin1String("LOGIN"));
    const bool encryptedOffered = offered.contains(QLatin1String("CRAM-MD5"));
    const MailSettings::Auth auth = c.current->auth;
    const bool mismatch =
        !offered.isEmpty() &&
        ((auth == MailSettings::Auth::EncryptedPassword && !encryptedOffered) ||
         (auth == MailSettings::Auth::NormalPassword && !normalOffered && encryptedOffered));
    if (!mismatch && c.currentProbe->auth.outcome != AuthOutcome::NoCommonMechanism)
        return;
    Finding &f = findings.add(FindingCode::AuthMechanismMismatch, Severity::Cause,
                              Diagnoser::tr("Your program signs in a way this server does not offer."),
                              Diagnoser::tr("The server offers: %1.").arg(offered.join(QLatin1String(", "))));
    f.fix = Diagnoser::tr("Set the authentication method to \"%1\".")
                .arg(Wording::auth(encryptedOffered && !normalOffered ? MailSettings::Auth::EncryptedPassword
                                                                      : MailSettings::Auth::NormalPassword));
    c.attachFix(f);
}

} // namespace DiagnosisRules
