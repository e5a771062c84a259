// The next steps: causes no probe can see, offered once the findings are dealt with.
#include "diagnose/Diagnoser.h"
#include "diagnose/DiagnosisRules.h"

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
} // namespace

QList<Finding> nextSteps(const DiagnosisContext &c)
{
    using C = FindingCode;
    QList<Finding> out;
    out << step(
        C::CheckEachAccount, Diagnoser::tr("Check every account in your mail program."),
        Diagnoser::tr("Outlook, Thunderbird and Apple Mail keep outgoing settings for each account. When you "
                      "have several, the one sending may not be the one you fixed. In Outlook, also check "
                      "\"Use same settings as my incoming mail server\" on the Outgoing Server tab."));
    if (c.in.passwordHasUnusualCharacters)
        out << step(
            C::PasswordSpecialCharacters, Diagnoser::tr("Your password has unusual characters."),
            Diagnoser::tr("Some programs garble quotes, spaces or accented letters in passwords. Try a "
                          "password without them."));
    out << step(C::ProviderOutgoingServer, Diagnoser::tr("Use your mail provider's outgoing server."),
                Diagnoser::tr(
                    "Sending through your internet provider's server instead of your mail provider's often "
                    "fails."))
        << step(
               C::AntivirusMailScan, Diagnoser::tr("Pause your antivirus program's email scanning."),
               Diagnoser::tr("Some antivirus programs sit between your mail program and the server and break "
                             "encrypted connections."))
        << step(C::OutlookDataFile, Diagnoser::tr("Repair Outlook's data file."),
                Diagnoser::tr(
                    "A damaged Outlook data file can stop sending even with the right settings: close "
                    "Outlook and run the Inbox Repair Tool (SCANPST.EXE)."))
        << step(C::DnsPropagation, Diagnoser::tr("Wait if you just moved your domain."),
                Diagnoser::tr(
                    "After a domain moves to a new mail provider, the change can take up to a day or two "
                    "to reach everyone."))
        << step(C::ScriptWithoutRecipient,
                Diagnoser::tr("If a script or device sends the mail, check that it gives a recipient."),
                Diagnoser::tr(
                    "A program that sends the message without any accepted recipient gets \"503 valid "
                    "RCPT command must precede DATA\" from the server."));
    return out;
}

} // namespace DiagnosisRules
