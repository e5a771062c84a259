#pragma once

#include "HarnessEnv.h"
#include "MailFixWizard.h"

// The review tools' shared steps (render_pages, a11y_driver): the real wizard against the harness, walked
// through the seed case (the pasted 503, the user's program on port 587 without sign-in).
namespace SeedCaseWizard {

// The wizard's environment inside the harness: its CA, its ISPDB, short timeouts, no host approved.
[[nodiscard]] WizardContext::Environment environment(const HarnessEnv &env);
// Runs the event loop for `ms`.
void settle(int ms);
// Waits until the running check is over (at most 30 s); false when it is still running.
[[nodiscard]] bool waitForRun(WizardContext *context);
// The welcome page: pastes the seed case's error.
void pasteError(MailFixWizard &wizard);
// The account page (showing): the address, the password, and the program's settings now (587, no sign-in).
void fillAccount(MailFixWizard &wizard, const QString &address, const QString &password);

} // namespace SeedCaseWizard
