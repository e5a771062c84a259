// The next steps: causes no probe can see, offered once the findings are dealt with.
#include "diagnose/Diagnoser.h"
#include "diagnose/DiagnosisRules.h"

#include <algorithm>
#include <optional>

namespace DiagnosisRules {

namespace {
Finding step(FindingCode code, const QString &title, const QString &detail)
{
    Finding f;
    f.code = code;
    f.severity = Findings::info(code).severity;
    f.title = title;
    f.detail = detail;
    return f;
}

QString eachAccountDetail(const std::optional<MailProgram> &program)
{
    switch (program.value_or(MailProgram::Other)) {
    case MailProgram::Outlook:
        return Diagnoser::tr("Outlook keeps outgoing settings for each account. When you have several, the "
                             "one sending may not be the one you fixed. Also check \"Use same settings as my "
                             "incoming mail server\" on the \"Outgoing Server\" tab.");
    case MailProgram::Thunderbird:
        return Diagnoser::tr("Thunderbird keeps a list of outgoing servers, and each account sends through "
                             "one of them. When you have several, the one sending may not be the one you "
                             "fixed.");
    case MailProgram::AppleMail:
        return Diagnoser::tr("Mail keeps outgoing settings for each account. When you have several, the one "
                             "sending may not be the one you fixed.");
    case MailProgram::Other:
        break;
    }
    return Diagnoser::tr("Your mail program keeps outgoing settings for each account. When you have "
                         "several, the one sending may not be the one you fixed.");
}

bool isCandidate(const DiagnosisContext &c, const QString &host)
{
    if (!c.in.detection)
        return false;
    const QList<Candidate> &candidates = c.in.detection->candidates;
    return std::any_of(candidates.cbegin(), candidates.cend(), [&host](const Candidate &candidate) {
        return candidate.endpoint.host.compare(host, Qt::CaseInsensitive) == 0;
    });
}

// Signs that the domain's mail moved to another provider: the program's server does not resolve, or the
// domain's MX records lead to a provider whose servers are not the one the program uses.
bool suggestsMove(const DiagnosisContext &c)
{
    if (!c.current)
        return false;
    if (c.currentProbe && c.currentProbe->connect == ConnectOutcome::ResolveFailed)
        return true;
    const bool providerFromMx =
        c.in.detection && (c.in.detection->providerSource == CandidateSource::MxBundled ||
                           c.in.detection->providerSource == CandidateSource::MxIspdb ||
                           c.in.detection->providerSource == CandidateSource::MxAutoconfig);
    return providerFromMx && !isCandidate(c, c.current->host);
}
} // namespace

// Only the steps that fit the user's program and what the checks saw: no Outlook data file for a
// Thunderbird user, no domain move when nothing points to one, no script unless the 503 came from one.
QList<Finding> nextSteps(const DiagnosisContext &c)
{
    using C = FindingCode;
    using P = MailProgram;
    const std::optional<P> program = c.program;
    const bool outlook = program == P::Outlook; // only the chosen program's words; neutral ones otherwise
    QList<Finding> out;
    out << step(C::CheckEachAccount, Diagnoser::tr("Check every account in your mail program."),
                eachAccountDetail(program));
    if (c.in.passwordHasUnusualCharacters)
        out << step(
            C::PasswordSpecialCharacters, Diagnoser::tr("Your password has unusual characters."),
            Diagnoser::tr("Some programs garble quotes, spaces or accented letters in passwords. Try a "
                          "password without them."));
    if (!c.current || !isCandidate(c, c.current->host))
        out << step(C::ProviderOutgoingServer, Diagnoser::tr("Use your mail provider's outgoing server."),
                    Diagnoser::tr("Sending through your internet provider's server instead of your mail "
                                  "provider's often fails."));
    out << step(
        C::AntivirusMailScan, Diagnoser::tr("Pause your antivirus program's email scanning."),
        Diagnoser::tr("Some antivirus programs sit between your mail program and the server and break "
                      "encrypted connections."));
    if (outlook)
        out << step(
            C::OutlookDataFile, Diagnoser::tr("Repair Outlook's data file."),
            Diagnoser::tr("A damaged Outlook data file can stop sending even with the right settings: "
                          "close Outlook and run the Inbox Repair Tool (SCANPST.EXE)."));
    if (suggestsMove(c))
        out << step(
            C::DnsPropagation, Diagnoser::tr("Wait if you just moved your domain."),
            Diagnoser::tr("After a domain moves to a new mail provider, the change can take up to a day "
                          "or two to reach everyone."));
    if ((!program || *program == P::Other) && c.explained.contains(C::BadCommandSequence))
        out << step(
            C::ScriptWithoutRecipient,
            Diagnoser::tr("If a script or device sends the mail, check that it gives a recipient."),
            Diagnoser::tr("A program that sends the message without any accepted recipient gets \"503 "
                          "valid RCPT command must precede DATA\" from the server."));
    return out;
}

} // namespace DiagnosisRules
