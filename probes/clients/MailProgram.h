#pragma once

// The mail programs MailFix knows by name; MailClients (the table of programs) calls it Program. A header of
// its own so that the diagnosis can name the user's program without the program table.
enum class MailProgram { Outlook, Thunderbird, AppleMail, Other };
