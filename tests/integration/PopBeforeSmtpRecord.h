#pragma once

#include <QHash>
#include <QString>

// The harness's POP-before-SMTP sign-in record (MAILFIX_TEST_POPFIRST_RECORD): one "ADDRESS: EPOCH" line
// per client address that signed in to popfirst.test's POP3 or IMAP; Dovecot's post-login script writes it
// and popfirst.test's Exim relays for an address whose time is at most MAILFIX_TEST_POPFIRST_MINUTES old.
// Tests run in parallel: change only your own client address's line (bind the test's sockets to an
// address of its own, e.g. 127.0.1.N), never empty the whole file. Every change holds the flock on
// RECORD.lock that the script holds too and replaces the file by rename, as the script does.
namespace PopBeforeSmtpRecord {

// address -> the time of its last sign-in (seconds since the epoch); empty when unreadable
[[nodiscard]] QHash<QString, qint64> read(const QString &recordFile);

// Removes the address's line (relay closed for it until it signs in). False when the file could not be
// written.
[[nodiscard]] bool forget(const QString &recordFile, const QString &address);

// Sets the address's sign-in time, e.g. an old one to simulate an expired sign-in.
[[nodiscard]] bool set(const QString &recordFile, const QString &address, qint64 epochSeconds);

} // namespace PopBeforeSmtpRecord
