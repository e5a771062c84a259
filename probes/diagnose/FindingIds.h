#pragma once

#include <QLatin1String>

// The stable ids of MailFix's findings. They appear in JSON and reports and are documented in the
// README: never rename one, only add.
namespace FindingId {
// Sign-in
inline constexpr QLatin1String AuthRequired{"auth-required"};
inline constexpr QLatin1String AuthFailed{"auth-failed"};
inline constexpr QLatin1String AppPasswordRequired{"app-password-required"};
inline constexpr QLatin1String OauthRequired{"oauth-required"};
inline constexpr QLatin1String SmtpAuthDisabledByAdmin{"smtp-auth-disabled-by-admin"};
inline constexpr QLatin1String AuthMechanismMismatch{"auth-mechanism-mismatch"};
inline constexpr QLatin1String AuthNeedsTls{"auth-needs-tls"};
// Encryption
inline constexpr QLatin1String TlsRequired{"tls-required"};
inline constexpr QLatin1String TlsModeMismatch{"tls-mode-mismatch"};
inline constexpr QLatin1String TlsCertificateInvalid{"tls-certificate-invalid"};
// Reaching the server
inline constexpr QLatin1String PortBlocked{"port-blocked"};
inline constexpr QLatin1String PortUnresponsive{"port-unresponsive"};
inline constexpr QLatin1String ServerUnreachable{"server-unreachable"};
inline constexpr QLatin1String DomainNotFound{"domain-not-found"};
// Addresses and mailbox
inline constexpr QLatin1String SenderRejected{"sender-rejected"};
inline constexpr QLatin1String RecipientRejected{"recipient-rejected"};
inline constexpr QLatin1String MailboxFull{"mailbox-full"};
inline constexpr QLatin1String AddressOddCharacters{"address-odd-characters"};
// Other causes
inline constexpr QLatin1String IpBlocklisted{"ip-blocklisted"};
inline constexpr QLatin1String PopBeforeSmtp{"pop-before-smtp"};
inline constexpr QLatin1String BadCommandSequence{"bad-command-sequence"};
inline constexpr QLatin1String VpnActive{"vpn-active"};
// All is well
inline constexpr QLatin1String SettingsOk{"settings-ok"};
} // namespace FindingId

// The stable ids of the next steps: causes no probe can see, offered once the others are ruled out.
namespace NextStepId {
inline constexpr QLatin1String CheckEachAccount{"check-each-account"};
inline constexpr QLatin1String PasswordSpecialCharacters{"password-special-characters"};
inline constexpr QLatin1String ProviderOutgoingServer{"provider-outgoing-server"};
inline constexpr QLatin1String AntivirusMailScan{"antivirus-mail-scan"};
inline constexpr QLatin1String OutlookDataFile{"outlook-data-file"};
inline constexpr QLatin1String DnsPropagation{"dns-propagation"};
inline constexpr QLatin1String ScriptWithoutRecipient{"script-without-recipient"};
} // namespace NextStepId
