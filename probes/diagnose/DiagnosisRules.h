#pragma once

#include "diagnose/DiagnosisContext.h"
#include "diagnose/FindingList.h"

#include <QList>

// The Diagnoser's rules: small functions, each reading the shared context and adding its findings.
// They run in the order of ordered(): a later rule may look at what an earlier one found.
namespace DiagnosisRules {

using Rule = void (*)(const DiagnosisContext &context, FindingList &findings);

// Encryption (rules/EncryptionRules.cpp)
void authNeedsTls(const DiagnosisContext &c, FindingList &findings);
void tlsModeMismatch(const DiagnosisContext &c, FindingList &findings);
void certificateNamesHostingServer(const DiagnosisContext &c, FindingList &findings);
void certificateInvalid(const DiagnosisContext &c, FindingList &findings);
void tlsRequired(const DiagnosisContext &c, FindingList &findings);
// Reaching the server (rules/ReachRules.cpp)
void brokeOffAfterGreeting(const DiagnosisContext &c, FindingList &findings);
void domainNotFound(const DiagnosisContext &c, FindingList &findings);
void serverUnreachable(const DiagnosisContext &c, FindingList &findings);
void portBlocked(const DiagnosisContext &c, FindingList &findings);
void portUnresponsive(const DiagnosisContext &c, FindingList &findings);
// Signing in (rules/SignInRules.cpp)
void authRequired(const DiagnosisContext &c, FindingList &findings);
void authRefused(const DiagnosisContext &c, FindingList &findings);
void oauthRequired(const DiagnosisContext &c, FindingList &findings);
void authMechanismMismatch(const DiagnosisContext &c, FindingList &findings);
// Addresses and mailbox (rules/AddressRules.cpp)
void senderOrRecipientRejected(const DiagnosisContext &c, FindingList &findings);
void mailboxFull(const DiagnosisContext &c, FindingList &findings);
void addressOddCharacters(const DiagnosisContext &c, FindingList &findings);
// Other causes, the pasted error and all is well (rules/OtherRules.cpp)
void ipBlocklisted(const DiagnosisContext &c, FindingList &findings);
void popBeforeSmtp(const DiagnosisContext &c, FindingList &findings);
void vpnActive(const DiagnosisContext &c, FindingList &findings);
void pastedError(const DiagnosisContext &c, FindingList &findings);
void settingsOk(const DiagnosisContext &c, FindingList &findings);
// The incoming server (rules/Incoming.cpp)
void incomingSettingsWrong(const DiagnosisContext &c, FindingList &findings);

// Every rule above, in the order they run.
[[nodiscard]] const QList<Rule> &ordered();

// What no probe can see (rules/NextSteps.cpp).
[[nodiscard]] QList<Finding> nextSteps(const DiagnosisContext &c);

} // namespace DiagnosisRules
