<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>MailFix finds out why your mail program cannot send, and shows you how to fix it.</source>
        <translation>MailFix findet heraus, warum Ihr E-Mail-Programm nicht senden kann, und zeigt Ihnen, wie Sie das beheben.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>MailFix %1</source>
        <translation>MailFix %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;MailFix is built with &lt;b&gt;Qt %1&lt;/b&gt;, used under the GNU Lesser General Public License version 3 (LGPL-3.0). See &lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Encrypted connections use &lt;b&gt;%2&lt;/b&gt;, under the Apache License 2.0.&lt;/p&gt;&lt;p&gt;The provider settings MailFix ships are derived from the &lt;b&gt;Thunderbird ISPDB&lt;/b&gt; (autoconfig data of the Mozilla Thunderbird project), used under the Mozilla Public License 2.0 (MPL-2.0). The data and its licence are in resources/providers/; the original is at &lt;a href=&quot;https://github.com/thunderbird/autoconfig&quot;&gt;github.com/thunderbird/autoconfig&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;The pictures in the fix guides are drawn with the &lt;b&gt;DejaVu Sans&lt;/b&gt; fonts (Bitstream Vera and DejaVu licence, free to use and redistribute).&lt;/p&gt;</source>
        <translation>&lt;p&gt;MailFix verwendet &lt;b&gt;Qt %1&lt;/b&gt; unter der GNU Lesser General Public License Version 3 (LGPL-3.0). Siehe &lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Verschlüsselte Verbindungen nutzen &lt;b&gt;%2&lt;/b&gt; unter der Apache License 2.0.&lt;/p&gt;&lt;p&gt;Die Anbietereinstellungen, die MailFix mitbringt, stammen aus der &lt;b&gt;Thunderbird ISPDB&lt;/b&gt; (den Autoconfig-Daten des Projekts Mozilla Thunderbird) und werden unter der Mozilla Public License 2.0 (MPL-2.0) verwendet. Die Daten und ihre Lizenz liegen in resources/providers/; das Original finden Sie unter &lt;a href=&quot;https://github.com/thunderbird/autoconfig&quot;&gt;github.com/thunderbird/autoconfig&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Die Bilder in den Anleitungen werden mit den Schriften &lt;b&gt;DejaVu Sans&lt;/b&gt; gezeichnet (Bitstream-Vera- und DejaVu-Lizenz, frei verwendbar und weitergebbar).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>Tell MailFix which account cannot send.</source>
        <translation>Sagen Sie MailFix, welches Konto nicht senden kann.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Passwort (optional)</translation>
    </message>
    <message>
        <source>With your password, MailFix can test signing in. It is used only for this test, never stored, and sent only over an encrypted connection to a server it has checked.</source>
        <translation>Mit Ihrem Passwort kann MailFix die Anmeldung testen. Es wird nur für diesen Test verwendet, nie gespeichert und nur über eine verschlüsselte Verbindung an einen Server gesendet, den MailFix geprüft hat.</translation>
    </message>
    <message>
        <source>Your mail program</source>
        <translation>Ihr E-Mail-Programm</translation>
    </message>
    <message>
        <source>I know the outgoing server settings my program uses now</source>
        <translation>Ich kenne die Einstellungen für den Postausgangsserver, die mein Programm jetzt verwendet</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Postausgangsserver</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Read them from &amp;Thunderbird</source>
        <translation>Aus &amp;Thunderbird übernehmen</translation>
    </message>
    <message>
        <source>Outgoing &amp;server:</source>
        <translation>&amp;Postausgangsserver:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>En&amp;cryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Passw&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Mail program:</source>
        <translation>E-&amp;Mail-Programm:</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Read them from &amp;Outlook</source>
        <translation>Aus Outlook &amp;übernehmen</translation>
    </message>
    <message>
        <source>its settings in the Windows registry</source>
        <translation>den Outlook-Einstellungen in der Windows-Registrierung</translation>
    </message>
    <message>
        <source>your Thunderbird profile (the file prefs.js)</source>
        <translation>Ihrem Thunderbird-Profil (der Datei prefs.js)</translation>
    </message>
    <message>
        <source>Read %1&apos;s settings?</source>
        <translation>Einstellungen aus %1 lesen?</translation>
    </message>
    <message>
        <source>MailFix can read the outgoing server settings of every account from %1. It only reads them, changes nothing, and does not read your passwords or your mail. Read them now?</source>
        <translation>MailFix kann die Einstellungen für den Postausgangsserver aller Konten aus %1 lesen. Es liest sie nur, ändert nichts und liest weder Ihre Passwörter noch Ihre E-Mails. Jetzt lesen?</translation>
    </message>
    <message>
        <source>MailFix could not find outgoing server settings in %1: %2</source>
        <translation>MailFix hat in %1 keine Einstellungen für den Postausgangsserver gefunden: %2</translation>
    </message>
    <message>
        <source>Sign in with my provider&apos;s own sign-in win&amp;dow instead (OAuth2)</source>
        <translation>Stattdessen im Anmel&amp;defenster meines Anbieters anmelden (OAuth2)</translation>
    </message>
    <message>
        <source>Microsoft 365, Outlook.com and Google accounts sign in this way. MailFix opens the sign-in page in your browser and keeps nothing afterwards.</source>
        <translation>Konten von Microsoft 365, Outlook.com und Google melden sich so an. MailFix öffnet die Anmeldeseite in Ihrem Browser und behält danach nichts davon.</translation>
    </message>
</context>
<context>
    <name>AppleMailAccounts</name>
    <message>
        <source>the file has no list of mail accounts (MailAccounts)</source>
        <translation>die Datei hat keine Liste von E-Mail-Konten (MailAccounts)</translation>
    </message>
    <message>
        <source>Apple Mail&apos;s account list is damaged (%1)</source>
        <translation>Die Kontenliste von Apple Mail ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>no Apple Mail account list (Library/Mail/V*/MailData/Accounts.plist) was found; MailFix does not read the account database of newer macOS versions (Accounts4.sqlite)</source>
        <translation>es wurde keine Kontenliste von Apple Mail (Library/Mail/V*/MailData/Accounts.plist) gefunden; die Kontendatenbank neuerer macOS-Versionen (Accounts4.sqlite) liest MailFix nicht</translation>
    </message>
    <message>
        <source>%1 is too large to be Apple Mail&apos;s account list</source>
        <translation>%1 ist zu groß für die Kontenliste von Apple Mail</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); on macOS 10.14 and later MailFix needs Full Disk Access for it</source>
        <translation>%1 kann nicht gelesen werden (%2); ab macOS 10.14 braucht MailFix dafür „Festplattenvollzugriff“</translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <source>%1 (--account %2, outgoing server %3: %4)</source>
        <translation>%1 (--account %2, Postausgangs-Server %3: %4)</translation>
    </message>
    <message>
        <source>  apply --program thunderbird --profile DIR --settings HOST:PORT:SECURITY:AUTH --user U
        [--account ID]... [--dry-run] [--json]
  apply --undo --program thunderbird --profile DIR [--json]
                   Write verified outgoing settings into a Thunderbird profile: shows
                   which values change from what to what, then (not with --dry-run) saves
                   a dated backup of prefs.js and writes the new one. Only while
                   Thunderbird is closed; never a password. --account (the identity, e.g.
                   id1, or its address) picks the accounts; without it, those that send
                   as --user or through the same server are fixed. --undo restores the
                   latest backup.
</source>
        <translation>  apply --program thunderbird --profile DIR --settings HOST:PORT:SECURITY:AUTH --user U
        [--account ID]... [--dry-run] [--json]
  apply --undo --program thunderbird --profile DIR [--json]
                   Schreibt geprüfte Postausgangseinstellungen in ein Thunderbird-Profil:
                   zeigt, welche Werte sich von was zu was ändern, legt dann (nicht mit
                   --dry-run) eine datierte Sicherungskopie von prefs.js an und schreibt
                   die neue Datei. Nur während Thunderbird geschlossen ist; nie ein
                   Passwort. --account (die Identität, z. B. id1, oder ihre Adresse)
                   wählt die Konten; ohne Angabe werden die korrigiert, die als --user
                   oder über denselben Server senden. --undo stellt die neueste
                   Sicherungskopie wieder her.
</translation>
    </message>
    <message>
        <source>Mail program</source>
        <translation>E-Mail-Programm</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Thunderbird profile folder</source>
        <translation>Thunderbird-Profilordner</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Verified settings</source>
        <translation>Geprüfte Einstellungen</translation>
    </message>
    <message>
        <source>host:port:security:auth</source>
        <translation>host:port:security:auth</translation>
    </message>
    <message>
        <source>Account to fix</source>
        <translation>Zu korrigierendes Konto</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only show the changes</source>
        <translation>Nur die Änderungen zeigen</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Die neueste Sicherungskopie wiederherstellen</translation>
    </message>
    <message>
        <source>--program is missing (apply can change Thunderbird&apos;s settings)</source>
        <translation>--program fehlt (apply kann die Einstellungen von Thunderbird ändern)</translation>
    </message>
    <message>
        <source>MailFix can change only Thunderbird&apos;s settings, not &quot;%1&quot;; &quot;mailfix-cli guide&quot; shows how to change them by hand</source>
        <translation>MailFix kann nur die Einstellungen von Thunderbird ändern, nicht von „%1“; „mailfix-cli guide“ zeigt, wie Sie sie von Hand ändern</translation>
    </message>
    <message>
        <source>--profile is missing: the Thunderbird profile folder</source>
        <translation>--profile fehlt: der Thunderbird-Profilordner</translation>
    </message>
    <message>
        <source>--undo takes only --program, --profile and --json, not --%1</source>
        <translation>--undo nimmt nur --program, --profile und --json, nicht --%1</translation>
    </message>
    <message>
        <source>--settings is missing, e.g. smtp.example.com:587:starttls:normal-password</source>
        <translation>--settings fehlt, z. B. smtp.example.com:587:starttls:normal-password</translation>
    </message>
    <message>
        <source>--user is missing: the user name Thunderbird signs in with</source>
        <translation>--user fehlt: der Benutzername, mit dem sich Thunderbird anmeldet</translation>
    </message>
    <message>
        <source>--user holds a control character</source>
        <translation>--user enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the profile has no account &quot;%1&quot;. Its accounts:
%2</source>
        <translation>das Profil hat kein Konto „%1“. Seine Konten:
%2</translation>
    </message>
    <message>
        <source>no account sends as %1 or through %2: name the accounts to fix with --account. Its accounts:
%3</source>
        <translation>kein Konto sendet als %1 oder über %2: Nennen Sie die zu korrigierenden Konten mit --account. Seine Konten:
%3</translation>
    </message>
    <message>
        <source>The profile has no account with an outgoing server. Nothing was changed.</source>
        <translation>Das Profil hat kein Konto mit einem Postausgangs-Server. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Thunderbird already uses these settings. Nothing was changed.</source>
        <translation>Thunderbird verwendet diese Einstellungen bereits. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Thunderbird profile %1
Accounts to fix:
%2
Changes:
%3</source>
        <translation>Thunderbird-Profil %1
Zu korrigierende Konten:
%2
Änderungen:
%3</translation>
    </message>
    <message>
        <source>Nothing was written (--dry-run).</source>
        <translation>Es wurde nichts geschrieben (--dry-run).</translation>
    </message>
    <message>
        <source>Done. Thunderbird&apos;s old settings are saved in %1.
To undo: mailfix-cli apply --undo --program thunderbird --profile &quot;%2&quot;</source>
        <translation>Fertig. Die alten Einstellungen von Thunderbird sind in %1 gespeichert.
Zum Rückgängigmachen: mailfix-cli apply --undo --program thunderbird --profile &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Done. Thunderbird&apos;s settings are back as they were before MailFix changed them (from %1).</source>
        <translation>Fertig. Die Einstellungen von Thunderbird sind wieder so wie vor der Änderung durch MailFix (aus %1).</translation>
    </message>
    <message>
        <source>mailfix-cli %1: %2
</source>
        <translation>mailfix-cli %1: %2
</translation>
    </message>
</context>
<context>
    <name>CheckAgainPage</name>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The server answers as expected. Without your password MailFix cannot confirm that signing in works: send yourself a message to be sure.</source>
        <translation>Der Server antwortet wie erwartet. Ohne Ihr Passwort kann MailFix nicht bestätigen, dass die Anmeldung funktioniert: Schicken Sie sich zur Sicherheit selbst eine Nachricht.</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Noch nicht: %1</translation>
    </message>
    <message>
        <source>MailFix could not confirm that sending works.</source>
        <translation>MailFix konnte nicht bestätigen, dass das Senden funktioniert.</translation>
    </message>
    <message>
        <source>Is sending fixed now? MailFix checks the settings your mail program uses now.</source>
        <translation>Funktioniert das Senden jetzt? MailFix prüft die Einstellungen, die Ihr E-Mail-Programm jetzt verwendet.</translation>
    </message>
    <message>
        <source>MailFix reads the settings %1 uses now for %2 again and checks them. It only reads them, as you agreed before, and changes nothing.</source>
        <translation>MailFix liest die Einstellungen, die %1 jetzt für %2 verwendet, noch einmal und prüft sie. Es liest sie nur, wie Sie vorher zugestimmt haben, und ändert nichts.</translation>
    </message>
    <message>
        <source>Which settings does your mail program use now? Confirm the ones below, or type the ones you see in your program, and let MailFix check them.</source>
        <translation>Welche Einstellungen verwendet Ihr E-Mail-Programm jetzt? Bestätigen Sie die unten stehenden oder tippen Sie die ein, die Sie in Ihrem Programm sehen, und lassen Sie MailFix sie prüfen.</translation>
    </message>
    <message>
        <source>The outgoing server settings your program uses now</source>
        <translation>Die Postausgangseinstellungen, die Ihr Programm jetzt verwendet</translation>
    </message>
    <message>
        <source>Check &amp;these settings</source>
        <translation>&amp;Diese Einstellungen prüfen</translation>
    </message>
    <message>
        <source>Or send yourself a test message from your mail program. Did it arrive?</source>
        <translation>Oder schicken Sie sich aus Ihrem E-Mail-Programm selbst eine Testnachricht. Ist sie angekommen?</translation>
    </message>
    <message>
        <source>It arri&amp;ved</source>
        <translation>Sie ist a&amp;ngekommen</translation>
    </message>
    <message>
        <source>It did n&amp;ot arrive</source>
        <translation>Sie ist ni&amp;cht angekommen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Prüfung anhalten</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>Chec&amp;k with this password</source>
        <translation>Mi&amp;t diesem Passwort prüfen</translation>
    </message>
    <message>
        <source>Outgoing se&amp;rver:</source>
        <translation>P&amp;ostausgangsserver:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>En&amp;cryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>S&amp;ign-in:</source>
        <translation>An&amp;meldung:</translation>
    </message>
    <message>
        <source>Your pass&amp;word:</source>
        <translation>Ihr &amp;Passwort:</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Postausgangsserver</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <source>%1 has no account for %2 now</source>
        <translation>%1 hat jetzt kein Konto für %2</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>Geprüft um %1</translation>
    </message>
    <message>
        <source>MailFix read the settings %1 uses now and checked them (%2).</source>
        <translation>MailFix hat die Einstellungen gelesen, die %1 jetzt verwendet, und sie geprüft (%2).</translation>
    </message>
    <message>
        <source>MailFix checked the settings you confirmed (%1).</source>
        <translation>MailFix hat die Einstellungen geprüft, die Sie bestätigt haben (%1).</translation>
    </message>
    <message>
        <source>MailFix checked the settings you typed (%1).</source>
        <translation>MailFix hat die Einstellungen geprüft, die Sie eingetippt haben (%1).</translation>
    </message>
    <message>
        <source>MailFix could not read the settings of %1 again: %2. Type the settings your program uses now, or send yourself a test message.</source>
        <translation>MailFix konnte die Einstellungen von %1 nicht noch einmal lesen: %2. Tippen Sie die Einstellungen ein, die Ihr Programm jetzt verwendet, oder schicken Sie sich selbst eine Testnachricht.</translation>
    </message>
    <message>
        <source>You sent a test message from your mail program and it arrived: sending works. MailFix did not check the settings itself this time.</source>
        <translation>Sie haben aus Ihrem E-Mail-Programm eine Testnachricht gesendet, und sie ist angekommen: Das Senden funktioniert. MailFix hat die Einstellungen diesmal nicht selbst geprüft.</translation>
    </message>
    <message>
        <source>You sent a test message from your mail program and it did not arrive. Compare your program&apos;s settings with the ones above, and let MailFix check them.</source>
        <translation>Sie haben aus Ihrem E-Mail-Programm eine Testnachricht gesendet, und sie ist nicht angekommen. Vergleichen Sie die Einstellungen Ihres Programms mit denen oben und lassen Sie MailFix sie prüfen.</translation>
    </message>
    <message>
        <source>You stopped the check. Nothing was confirmed.</source>
        <translation>Sie haben die Prüfung angehalten. Es wurde nichts bestätigt.</translation>
    </message>
    <message>
        <source>The server did not accept this password. Type your password again below and check once more.</source>
        <translation>Der Server hat dieses Passwort nicht angenommen. Tippen Sie Ihr Passwort unten noch einmal ein und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Sending works with them. You can close MailFix.</source>
        <translation>Mit ihnen funktioniert das Senden. Sie können MailFix schließen.</translation>
    </message>
    <message>
        <source>Sending works with them. If your program still cannot send, make sure it uses exactly these settings.</source>
        <translation>Mit ihnen funktioniert das Senden. Wenn Ihr Programm trotzdem nicht senden kann, achten Sie darauf, dass es genau diese Einstellungen verwendet.</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Checking</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>MailFix is talking to your mail server. This takes a few seconds.</source>
        <translation>MailFix spricht gerade mit Ihrem Mailserver. Das dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>What MailFix is trying</source>
        <translation>Was MailFix versucht</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Looking up the server</source>
        <translation>Server wird gesucht</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Starting encryption</source>
        <translation>Verschlüsselung wird gestartet</translation>
    </message>
    <message>
        <source>Waiting for the server to greet</source>
        <translation>Warten auf die Begrüßung des Servers</translation>
    </message>
    <message>
        <source>Saying hello</source>
        <translation>Server wird begrüßt</translation>
    </message>
    <message>
        <source>Asking for encryption</source>
        <translation>Verschlüsselung wird angefordert</translation>
    </message>
    <message>
        <source>Saying hello again, encrypted</source>
        <translation>Erneute Begrüßung, verschlüsselt</translation>
    </message>
    <message>
        <source>Trying a recipient without signing in</source>
        <translation>Empfänger ohne Anmeldung wird getestet</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Trying a recipient after signing in</source>
        <translation>Empfänger nach der Anmeldung wird getestet</translation>
    </message>
    <message>
        <source>Sending a test message</source>
        <translation>Testnachricht wird gesendet</translation>
    </message>
    <message>
        <source>Saying goodbye</source>
        <translation>Verbindung wird beendet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Works: signed in and a recipient was accepted</source>
        <translation>Funktioniert: angemeldet, und ein Empfänger wurde angenommen</translation>
    </message>
    <message>
        <source>The server name does not exist</source>
        <translation>Diesen Servernamen gibt es nicht</translation>
    </message>
    <message>
        <source>No answer: blocked or switched off</source>
        <translation>Keine Antwort: gesperrt oder abgeschaltet</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Connected, but the server does not answer</source>
        <translation>Verbunden, aber der Server antwortet nicht</translation>
    </message>
    <message>
        <source>Connected, but the server did not greet</source>
        <translation>Verbunden, aber der Server hat sich nicht gemeldet</translation>
    </message>
    <message>
        <source>Answers, but signing in failed</source>
        <translation>Antwortet, aber die Anmeldung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Answers, but its certificate is not trusted</source>
        <translation>Antwortet, aber sein Zertifikat ist nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Answers; wants OAuth2 sign-in</source>
        <translation>Antwortet; verlangt die Anmeldung per OAuth2</translation>
    </message>
    <message>
        <source>Answers, but refuses your From address</source>
        <translation>Antwortet, lehnt aber Ihre Absenderadresse ab</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwortet</translation>
    </message>
    <message>
        <source>Finding your mail provider&apos;s settings</source>
        <translation>Einstellungen Ihres E-Mail-Anbieters werden gesucht</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Looking up where mail for %1 goes.</source>
        <translation>Es wird nachgesehen, wohin E-Mails für %1 gehen.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>The domain %1 does not exist</source>
        <translation>Die Domain %1 gibt es nicht</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Stopped. Click &quot;Check again&quot; to start over.</source>
        <translation>Angehalten. Klicken Sie auf „Erneut prüfen“, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Done in %1 seconds. Click Next to see what MailFix found.</source>
        <translation>Fertig nach %1 Sekunden. Klicken Sie auf „Weiter“, um zu sehen, was MailFix gefunden hat.</translation>
    </message>
    <message>
        <source>Asking what the server offers</source>
        <translation>Server wird gefragt, was er anbietet</translation>
    </message>
    <message>
        <source>Asking again, encrypted</source>
        <translation>Erneute Anfrage, verschlüsselt</translation>
    </message>
    <message>
        <source>The server&apos;s certificate gives it another name. MailFix is trying that name too.</source>
        <translation>Das Zertifikat des Servers nennt einen anderen Namen für ihn. MailFix versucht es auch mit diesem Namen.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Hide technical details</source>
        <translation>Technische &amp;Details ausblenden</translation>
    </message>
    <message>
        <source>Show tec&amp;hnical details</source>
        <translation>Technische &amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Works: signed in</source>
        <translation>Funktioniert: angemeldet</translation>
    </message>
    <message>
        <source>Answers, but not encrypted: MailFix kept your password back</source>
        <translation>Antwortet, aber unverschlüsselt: MailFix hat Ihr Passwort zurückgehalten</translation>
    </message>
    <message>
        <source>Answers, but cannot sign you in just now</source>
        <translation>Antwortet, kann Sie aber gerade nicht anmelden</translation>
    </message>
    <message>
        <source>Found one possible server</source>
        <translation>Ein möglicher Server gefunden</translation>
    </message>
    <message numerus="yes">
        <source>Found %n possible servers</source>
        <translation>
            <numerusform>%n möglicher Server gefunden</numerusform>
            <numerusform>%n mögliche Server gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying one way to send.</source>
        <translation>Ein Weg zum Senden wird versucht.</translation>
    </message>
    <message numerus="yes">
        <source>Trying %n ways to send, all at the same time.</source>
        <translation>
            <numerusform>%n Weg zum Senden wird versucht.</numerusform>
            <numerusform>%n Wege zum Senden werden versucht, alle gleichzeitig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also one way to receive.</source>
        <translation>Außerdem ein Weg zum Empfangen.</translation>
    </message>
    <message numerus="yes">
        <source>Also %n ways to receive.</source>
        <translation>
            <numerusform>Außerdem %n Weg zum Empfangen.</numerusform>
            <numerusform>Außerdem %n Wege zum Empfangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 checks finished</source>
        <translation>Angehalten: %1 von %2 Prüfungen abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped. Click Next to see what MailFix found so far, or &quot;Check again&quot; to start over.</source>
        <translation>Angehalten. Klicken Sie auf „Weiter“, um zu sehen, was MailFix bisher gefunden hat, oder auf „Erneut prüfen“, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Not offered: nothing answers on this port</source>
        <translation>Nicht angeboten: Auf diesem Port antwortet nichts</translation>
    </message>
    <message>
        <source>Signing in with %1 in your browser</source>
        <translation>Anmeldung mit %1 in Ihrem Browser</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser window</source>
        <translation>Warten, bis Sie sich im Browserfenster angemeldet haben</translation>
    </message>
    <message>
        <source>Sign in with %1 in the browser window that opened, then come back here. MailFix keeps nothing of the sign-in after the check.</source>
        <translation>Melden Sie sich in dem Browserfenster, das sich geöffnet hat, mit %1 an und kommen Sie dann hierher zurück. MailFix behält nach der Prüfung nichts von der Anmeldung.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>mailfix-cli: unknown command &quot;%1&quot;. Run &quot;mailfix-cli --help&quot; to see the commands.
</source>
        <translation>mailfix-cli: unbekannter Befehl „%1“. „mailfix-cli --help“ zeigt die Befehle.
</translation>
    </message>
    <message>
        <source>Usage: mailfix-cli COMMAND [OPTIONS]

Finds out why a mail program cannot send mail, and how to fix it.

Commands:
</source>
        <translation>Aufruf: mailfix-cli BEFEHL [OPTIONEN]

Findet heraus, warum ein E-Mail-Programm keine E-Mails senden kann, und wie man das behebt.

Befehle:
</translation>
    </message>
    <message>
        <source>  help             Show this help
  version          Show the version

Options:
  -h, --help       Show this help
  --version        Show the version

The password is read from standard input only (--password-stdin), never from an argument;
nothing is ever asked when standard input is not a terminal.
An administrator&apos;s deployment settings (mailfix.conf, see the README) may forbid --send-test,
--allow-plaintext-auth, --accept-certificate and --ispdb-url, and set defaults.
Exit codes: 0 working, 1 problems found, 2 bad usage or input, 3 nothing reachable.
</source>
        <translation>  help             Zeigt diese Hilfe
  version          Zeigt die Version

Optionen:
  -h, --help       Zeigt diese Hilfe
  --version        Zeigt die Version

Das Passwort wird nur von der Standardeingabe gelesen (--password-stdin), nie aus einem Argument;
wenn die Standardeingabe kein Terminal ist, wird nie nachgefragt.
Die Bereitstellungseinstellungen eines Administrators (mailfix.conf, siehe README) können
--send-test, --allow-plaintext-auth, --accept-certificate und --ispdb-url verbieten und Vorgaben setzen.
Exit-Codes: 0 funktioniert, 1 Probleme gefunden, 2 falscher Aufruf oder falsche Eingabe,
3 nichts erreichbar.
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>mailfix-cli: deployment settings: %1
</source>
        <translation>mailfix-cli: Bereitstellungseinstellungen: %1
</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>mailfix-cli %1: %2
</source>
        <translation>mailfix-cli %1: %2
</translation>
    </message>
    <message>
        <source>Run &quot;mailfix-cli --help&quot; for the options.
</source>
        <translation>Die Optionen zeigt „mailfix-cli --help“.
</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Read the password from stdin</source>
        <translation>Das Passwort von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Recipient for the relay test</source>
        <translation>Empfänger für den Relay-Test</translation>
    </message>
    <message>
        <source>Extra trusted CA</source>
        <translation>Zusätzliche vertrauenswürdige Zertifizierungsstelle (CA)</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>JSON output</source>
        <translation>Ausgabe als JSON</translation>
    </message>
    <message>
        <source>Show the transcripts</source>
        <translation>Die Gesprächsprotokolle zeigen</translation>
    </message>
    <message>
        <source>Send a test message to --from</source>
        <translation>Eine Testnachricht an --from senden</translation>
    </message>
    <message>
        <source>Allow the password without encryption</source>
        <translation>Das Passwort auch ohne Verschlüsselung senden</translation>
    </message>
    <message>
        <source>Send the password despite a certificate problem</source>
        <translation>Das Passwort trotz eines Zertifikatsproblems senden</translation>
    </message>
    <message>
        <source>ISPDB base URL</source>
        <translation>Basis-URL der ISPDB</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Override folder</source>
        <translation>Ordner mit eigenen Anbietervorgaben</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Do not try autoconfig over plain http</source>
        <translation>Autoconfig nicht über unverschlüsseltes HTTP versuchen</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and %1</source>
        <translation>--timeout muss eine Anzahl Sekunden zwischen 0 und %1 sein</translation>
    </message>
    <message>
        <source>cannot read the CA file &quot;%1&quot;</source>
        <translation>die CA-Datei „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate</source>
        <translation>„%1“ enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>--%1 is not allowed on this computer: its deployment settings forbid it (%2)</source>
        <translation>--%1 ist auf diesem Computer nicht erlaubt: Seine Bereitstellungseinstellungen verbieten es (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>„%1“ ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder</source>
        <translation>„%1“ ist kein Ordner</translation>
    </message>
    <message>
        <source>--password-stdin needs --user</source>
        <translation>--password-stdin braucht --user</translation>
    </message>
    <message>
        <source>--user needs --password-stdin (the password is never taken from an argument)</source>
        <translation>--user braucht --password-stdin (das Passwort wird nie aus einem Argument übernommen)</translation>
    </message>
    <message>
        <source>--user is empty</source>
        <translation>--user ist leer</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>give one email address</source>
        <translation>geben Sie eine E-Mail-Adresse an</translation>
    </message>
    <message>
        <source>give only one email address</source>
        <translation>geben Sie nur eine E-Mail-Adresse an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name</source>
        <translation>„%1“ ist kein Servername</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Read an OAuth2 access token from stdin</source>
        <translation>Ein OAuth2-Zugriffstoken von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>give either --password-stdin or --oauth2-token-stdin</source>
        <translation>geben Sie entweder --password-stdin oder --oauth2-token-stdin an</translation>
    </message>
    <message>
        <source>--oauth2-token-stdin needs --user</source>
        <translation>--oauth2-token-stdin braucht --user</translation>
    </message>
    <message>
        <source>no token on standard input</source>
        <translation>kein Token auf der Standardeingabe</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no server name or port given</source>
        <translation>kein Servername oder Port angegeben</translation>
    </message>
    <message>
        <source>the name has no address</source>
        <translation>der Name hat keine Adresse</translation>
    </message>
    <message>
        <source>could not read CA file %1</source>
        <translation>CA-Datei %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>connecting to %1 port %2</source>
        <translation>Verbindung zu %1, Port %2</translation>
    </message>
    <message>
        <source>the server sent data before the TLS handshake; it was ignored</source>
        <translation>der Server hat vor dem TLS-Handshake Daten gesendet; sie wurden ignoriert</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>certificate problem: %1</source>
        <translation>Zertifikatsproblem: %1</translation>
    </message>
    <message>
        <source>TLS established: %1, %2; certificate for %3 issued by %4, valid until %5; %6</source>
        <translation>TLS aufgebaut: %1, %2; Zertifikat für %3, ausgestellt von %4, gültig bis %5; %6</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <source>NOT trusted</source>
        <translation>NICHT vertrauenswürdig</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>no answer within %1 s in all</source>
        <translation>insgesamt keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The certificate&apos;s alternative names (%1) do not include %2; only its common name matches, which mail programs do not accept</source>
        <translation>Die alternativen Namen des Zertifikats (%1) enthalten %2 nicht; nur sein Common Name (CN) passt, und den akzeptieren E-Mail-Programme nicht</translation>
    </message>
</context>
<context>
    <name>DeploymentConfig</name>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>give an absolute path here</source>
        <translation>geben Sie hier einen absoluten Pfad an</translation>
    </message>
    <message>
        <source>line breaks and control characters are not allowed</source>
        <translation>Zeilenumbrüche und Steuerzeichen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>not a telephone number (digits, spaces and + ( ) . / - only, at most %1 characters)</source>
        <translation>keine Telefonnummer (nur Ziffern, Leerzeichen und + ( ) . / -, höchstens %1 Zeichen)</translation>
    </message>
    <message>
        <source>there is no readable file %1</source>
        <translation>es gibt keine lesbare Datei %1</translation>
    </message>
    <message>
        <source>not an image MailFix can show (PNG, JPEG, SVG, BMP or GIF)</source>
        <translation>kein Bild, das MailFix anzeigen kann (PNG, JPEG, SVG, BMP oder GIF)</translation>
    </message>
    <message>
        <source>there is no folder %1</source>
        <translation>es gibt keinen Ordner %1</translation>
    </message>
    <message>
        <source>not true or false; counted as false, so this is not allowed</source>
        <translation>weder true noch false; gilt als false, daher ist das nicht erlaubt</translation>
    </message>
    <message>
        <source>not true or false; ignored</source>
        <translation>weder true noch false; ignoriert</translation>
    </message>
    <message>
        <source>Need help? Call %1 at %2.</source>
        <translation>Brauchen Sie Hilfe? Rufen Sie %1 unter %2 an.</translation>
    </message>
    <message>
        <source>Need help? Call %1.</source>
        <translation>Brauchen Sie Hilfe? Rufen Sie %1 an.</translation>
    </message>
    <message>
        <source>Need help? Contact %1.</source>
        <translation>Brauchen Sie Hilfe? Wenden Sie sich an %1.</translation>
    </message>
    <message>
        <source>%1: not a valid settings file; it is ignored</source>
        <translation>%1: keine gültige Einstellungsdatei; sie wird ignoriert</translation>
    </message>
    <message>
        <source>%1: cannot be read; it is ignored</source>
        <translation>%1: kann nicht gelesen werden; wird ignoriert</translation>
    </message>
    <message>
        <source>%1: unknown setting &quot;%2&quot;, ignored (the README lists the settings)</source>
        <translation>%1: unbekannte Einstellung „%2“, ignoriert (die README nennt die Einstellungen)</translation>
    </message>
    <message>
        <source>%1: %2 = &quot;%3&quot;: %4</source>
        <translation>%1: %2 = „%3“: %4</translation>
    </message>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation>Die Einstellungsdatei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1=%2 in %3</source>
        <translation>%1=%2 in %3</translation>
    </message>
    <message>
        <source>no folder for reports is set (reports/folder)</source>
        <translation>kein Ordner für Berichte festgelegt (reports/folder)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>use %1</source>
        <translation>verwenden Sie %1</translation>
    </message>
    <message>
        <source>not an https:// address</source>
        <translation>keine https://-Adresse</translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message>
        <source>  detect ADDRESS [--ispdb-url URL] [--overrides DIR] [--timeout S] [--ca-file PEM]
        [--no-http] [--json]
                   Find the outgoing server settings for an email address: MailFix&apos;s own
                   provider data, the provider&apos;s autoconfig file, the online ISPDB, MX and
                   SRV records, then guessing. Prints them ranked, with their sources.
</source>
        <translation>  detect ADDRESS [--ispdb-url URL] [--overrides DIR] [--timeout S] [--ca-file PEM]
        [--no-http] [--json]
                   Sucht die Einstellungen des Postausgangsservers für eine E-Mail-Adresse:
                   MailFix&apos; eigene Anbieterdaten, die Autoconfig-Datei des Anbieters, die
                   Online-ISPDB, MX- und SRV-Einträge, zuletzt Raten. Gibt sie geordnet
                   aus, mit ihren Quellen.
</translation>
    </message>
</context>
<context>
    <name>DetectionReport</name>
    <message>
        <source>The domain %1 does not exist.
</source>
        <translation>Die Domain %1 gibt es nicht.
</translation>
    </message>
    <message>
        <source>Provider: %1 (from %2)
</source>
        <translation>Anbieter: %1 (aus %2)
</translation>
    </message>
    <message>
        <source>Mail for %1 goes to: %2
</source>
        <translation>E-Mails für %1 gehen an: %2
</translation>
    </message>
    <message>
        <source>No outgoing server found.
</source>
        <translation>Kein Postausgangsserver gefunden.
</translation>
    </message>
    <message>
        <source>Outgoing servers, best first:
</source>
        <translation>Postausgangsserver, der beste zuerst:
</translation>
    </message>
    <message>
        <source>, outside your domain: ask before sending a password</source>
        <translation>, außerhalb Ihrer Domain: vor dem Senden eines Passworts nachfragen</translation>
    </message>
    <message>
        <source>     user name %1
</source>
        <translation>     Benutzername %1
</translation>
    </message>
    <message>
        <source>Sources asked:
</source>
        <translation>Befragte Quellen:
</translation>
    </message>
    <message>
        <source>No incoming server found.
</source>
        <translation>Kein Posteingangsserver gefunden.
</translation>
    </message>
    <message>
        <source>Incoming servers, best first:
</source>
        <translation>Posteingangsserver, der beste zuerst:
</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>The settings the mail program uses now</source>
        <translation>Die Einstellungen, die das E-Mail-Programm jetzt verwendet</translation>
    </message>
    <message>
        <source>host:port:security:auth</source>
        <translation>host:port:security:auth</translation>
    </message>
    <message>
        <source>The error the mail program showed</source>
        <translation>Die Fehlermeldung, die das E-Mail-Programm gezeigt hat</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Allow the password to go to this host</source>
        <translation>Das Passwort darf an diesen Host gehen</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>--approve-host needs a server name</source>
        <translation>--approve-host braucht einen Servernamen</translation>
    </message>
    <message>
        <source>--send-test needs a password (--password-stdin)</source>
        <translation>--send-test braucht ein Passwort (--password-stdin)</translation>
    </message>
    <message>
        <source>Looking up the settings for %1 (timeout %2 s)...
</source>
        <translation>Suche die Einstellungen für %1 (Zeitlimit %2 s)…
</translation>
    </message>
    <message>
        <source>Checking %1...
</source>
        <translation>Prüfe %1…
</translation>
    </message>
    <message>
        <source>Report saved to %1
</source>
        <translation>Bericht gespeichert in %1
</translation>
    </message>
    <message>
        <source>mailfix-cli: the report was not saved: %1
</source>
        <translation>mailfix-cli: Der Bericht wurde nicht gespeichert: %1
</translation>
    </message>
    <message>
        <source>Read the accounts&apos; settings from this mail program</source>
        <translation>Die Einstellungen der Konten aus diesem E-Mail-Programm lesen</translation>
    </message>
    <message>
        <source>program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>--read-settings: %1</source>
        <translation>--read-settings: %1</translation>
    </message>
    <message>
        <source>The mail program that showed the error (outlook, thunderbird, apple-mail, other)</source>
        <translation>Das E-Mail-Programm, das den Fehler gezeigt hat (outlook, thunderbird, apple-mail, other)</translation>
    </message>
    <message>
        <source>--program takes outlook, thunderbird, apple-mail or other, not &quot;%1&quot;</source>
        <translation>--program erwartet outlook, thunderbird, apple-mail oder other, nicht „%1“</translation>
    </message>
    <message>
        <source>Checking the names the server&apos;s certificate gives: %1...
</source>
        <translation>Prüfe die Namen, die das Zertifikat des Servers nennt: %1…
</translation>
    </message>
    <message>
        <source>Your password was not sent to %1, because it is not part of %2. To check signing in there, run this again with --approve-host %1.
</source>
        <translation>Ihr Passwort wurde nicht an %1 gesendet, weil dieser Server nicht zu %2 gehört. Um die Anmeldung dort zu prüfen, führen Sie den Befehl noch einmal mit --approve-host %1 aus.
</translation>
    </message>
    <message>
        <source>Do not check the incoming server (IMAP, POP3)</source>
        <translation>Den Posteingangsserver (IMAP, POP3) nicht prüfen</translation>
    </message>
    <message>
        <source>The incoming server the mail program uses now</source>
        <translation>Der Posteingangsserver, den das E-Mail-Programm jetzt verwendet</translation>
    </message>
    <message>
        <source>host:port:security:protocol</source>
        <translation>host:port:security:protocol</translation>
    </message>
    <message>
        <source>Checking the incoming server: %1...
</source>
        <translation>Posteingangsserver wird geprüft: %1 …
</translation>
    </message>
    <message>
        <source>The user name the mail program signs in with to receive</source>
        <translation>Der Benutzername, mit dem sich das E-Mail-Programm zum Empfangen anmeldet</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>--incoming-user needs --current-incoming (the incoming server it signs in to).</source>
        <translation>--incoming-user braucht --current-incoming (den Posteingangsserver, bei dem es sich anmeldet).</translation>
    </message>
    <message>
        <source>--read-settings takes outlook, thunderbird or apple-mail, not &quot;%1&quot;</source>
        <translation>--read-settings nimmt outlook, thunderbird oder apple-mail, nicht „%1“</translation>
    </message>
    <message>
        <source>Sign in with the provider (OAuth2) in a browser, as the mail program does</source>
        <translation>Im Browser beim Anbieter anmelden (OAuth2), wie es das E-Mail-Programm tut</translation>
    </message>
    <message>
        <source>The program that opens the sign-in address (default: the system&apos;s browser, or none without a display)</source>
        <translation>Das Programm, das die Anmeldeadresse öffnet (Standard: der Browser des Systems, ohne Bildschirm keines)</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>How long to wait for the sign-in in the browser (default 300)</source>
        <translation>Wie lange auf die Anmeldung im Browser gewartet wird (Standard: 300)</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>  diagnose ADDRESS [--user U] [--password-stdin] [--current HOST:PORT:SECURITY:AUTH]
        [--error TEXT] [--from ADDR] [--to ADDR] [--ca-file PEM] [--timeout S]
        [--ispdb-url URL] [--overrides DIR] [--no-http] [--approve-host HOST]...
        [--accept-certificate] [--allow-plaintext-auth] [--send-test] [--transcript] [--json]
        [--read-settings outlook|thunderbird|apple-mail] [--program P] [--no-incoming]
        [--current-incoming HOST:PORT:SECURITY:PROTOCOL [--incoming-user U]]
        [--oauth2 [--browser-command CMD] [--oauth2-wait S] | --oauth2-token-stdin]
                   Find out why mail from ADDRESS cannot be sent, and how to fix it: finds
                   the provider&apos;s settings, checks them and the ones the mail program uses
                   now (--current, e.g. smtp.example.com:587:starttls:normal-password)
                   against the server, reads the error it showed (--error), and says
                   what is wrong and which settings work. The user name defaults to the
                   provider&apos;s (usually the address). --read-settings reads the settings of
                   every account of that program that sends as ADDRESS and judges each one.
                   --program names the user&apos;s mail program (outlook, thunderbird, apple-mail,
                   other), so that the next steps fit it. The incoming server (IMAP, POP3;
                   --current-incoming, e.g. imap.example.com:993:tls:imap, is the program&apos;s) is
                   checked too, at the same time, unless --no-incoming: a password it accepts
                   and the outgoing server refuses is not a wrong password. --incoming-user:
                   the user name the program receives with, when it differs from --user.
                   --oauth2 signs in with the provider (Microsoft 365, Outlook.com, Google,
                   or [oauth2] custom*) in a browser on this computer, as the mail program
                   does, and checks with that sign-in; it prints the address to open, and
                   opens it with --browser-command or the system&apos;s browser. It needs the
                   client id from the deployment settings ([oauth2]); without one it says
                   so and checks without signing in. --oauth2-token-stdin: a token a script
                   already holds.
</source>
        <translation>  diagnose ADDRESS [--user U] [--password-stdin] [--current HOST:PORT:SECURITY:AUTH]
        [--error TEXT] [--from ADDR] [--to ADDR] [--ca-file PEM] [--timeout S]
        [--ispdb-url URL] [--overrides DIR] [--no-http] [--approve-host HOST]...
        [--accept-certificate] [--allow-plaintext-auth] [--send-test] [--transcript] [--json]
        [--read-settings outlook|thunderbird|apple-mail] [--program P] [--no-incoming]
        [--current-incoming HOST:PORT:SECURITY:PROTOCOL [--incoming-user U]]
        [--oauth2 [--browser-command CMD] [--oauth2-wait S] | --oauth2-token-stdin]
                   Findet heraus, warum E-Mails von ADDRESS nicht gesendet werden können,
                   und wie man das behebt: sucht die Einstellungen des Anbieters, prüft
                   sie und die, die das E-Mail-Programm jetzt verwendet (--current, z. B.
                   smtp.example.com:587:starttls:normal-password), am Server, liest die
                   Fehlermeldung des Programms (--error) und sagt, was falsch ist und
                   welche Einstellungen funktionieren. Der Benutzername ist ohne Angabe
                   der des Anbieters (meist die Adresse). --read-settings liest die
                   Einstellungen aller Konten dieses Programms, die als ADDRESS senden,
                   und beurteilt jedes einzeln.
                   --program nennt das E-Mail-Programm des Benutzers (outlook, thunderbird,
                   apple-mail, other), damit die nächsten Schritte dazu passen.
                   Der Posteingangsserver (IMAP, POP3; --current-incoming, z. B.
                   imap.example.com:993:tls:imap, ist der des Programms) wird gleichzeitig
                   mitgeprüft, außer mit --no-incoming: Ein Passwort, das er annimmt und
                   der Postausgangsserver ablehnt, ist kein falsches Passwort.
                   --incoming-user: der Benutzername, mit dem das Programm empfängt,
                   wenn er sich von --user unterscheidet.
                   --oauth2 meldet sich in einem Browser auf diesem Computer beim Anbieter
                   an (Microsoft 365, Outlook.com, Google oder [oauth2] custom*), wie es
                   das E-Mail-Programm tut, und prüft mit dieser Anmeldung; es gibt die
                   zu öffnende Adresse aus und öffnet sie mit --browser-command oder dem
                   Browser des Systems. Es braucht die Client-ID aus den
                   Bereitstellungseinstellungen ([oauth2]); ohne sie sagt es das und
                   prüft ohne Anmeldung. --oauth2-token-stdin: ein Token, das ein Skript
                   bereits hat.
</translation>
    </message>
    <message>
        <source>--oauth2-wait takes 1 to 3600 seconds</source>
        <translation>--oauth2-wait nimmt 1 bis 3600 Sekunden</translation>
    </message>
    <message>
        <source>--oauth2 signs in with the provider: give no --password-stdin or --oauth2-token-stdin</source>
        <translation>--oauth2 meldet sich beim Anbieter an: geben Sie weder --password-stdin noch --oauth2-token-stdin an</translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message>
        <source>MailFix could not reach this server, so nothing about it is confirmed.</source>
        <translation>MailFix konnte diesen Server nicht erreichen, deshalb ist dazu nichts bestätigt.</translation>
    </message>
    <message>
        <source>MailFix could not test signing in without your password.</source>
        <translation>Ohne Ihr Passwort konnte MailFix die Anmeldung nicht testen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so MailFix did not send your password there.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig, deshalb hat MailFix Ihr Passwort nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>Signing in did not work, so these settings are not confirmed yet.</source>
        <translation>Die Anmeldung hat nicht funktioniert, deshalb sind diese Einstellungen noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>MailFix could not sign in and send a test recipient with these settings.</source>
        <translation>MailFix konnte sich mit diesen Einstellungen nicht anmelden und keinen Testempfänger übermitteln.</translation>
    </message>
    <message>
        <source>The server lets you sign in only over an encrypted connection.</source>
        <translation>Der Server lässt eine Anmeldung nur über eine verschlüsselte Verbindung zu.</translation>
    </message>
    <message>
        <source>Your program uses no encryption on port %1, so the server does not even offer signing in. This protects your password.</source>
        <translation>Ihr Programm verwendet auf Port %1 keine Verschlüsselung, deshalb bietet der Server die Anmeldung gar nicht erst an. Das schützt Ihr Passwort.</translation>
    </message>
    <message>
        <source>offered before encryption: %1</source>
        <translation>vor der Verschlüsselung angeboten: %1</translation>
    </message>
    <message>
        <source>offered after encryption: %1</source>
        <translation>nach der Verschlüsselung angeboten: %1</translation>
    </message>
    <message>
        <source>Turn on encryption: STARTTLS on port %1, or SSL/TLS on port 465.</source>
        <translation>Schalten Sie die Verschlüsselung ein: STARTTLS auf Port %1 oder SSL/TLS auf Port 465.</translation>
    </message>
    <message>
        <source>Port %1 needs %2, but your program uses %3.</source>
        <translation>Port %1 braucht %2, aber Ihr Programm verwendet %3.</translation>
    </message>
    <message>
        <source>On port %1 the server expects %2 from the first moment. When the two sides disagree, the connection stalls or breaks off without a clear message.</source>
        <translation>Auf Port %1 erwartet der Server vom ersten Moment an %2. Wenn sich beide Seiten nicht einig sind, hängt die Verbindung oder bricht ohne klare Meldung ab.</translation>
    </message>
    <message>
        <source>Set the encryption for port %1 to %2, or use the settings below.</source>
        <translation>Stellen Sie die Verschlüsselung für Port %1 auf %2 oder verwenden Sie die Einstellungen unten.</translation>
    </message>
    <message>
        <source>The name %1 does not exist.</source>
        <translation>Den Namen %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>The internet&apos;s address book (DNS) has no entry for %1. Check the spelling of your email address and of the outgoing server.</source>
        <translation>Das Adressbuch des Internets (DNS) hat keinen Eintrag für %1. Prüfen Sie die Schreibweise Ihrer E-Mail-Adresse und des Postausgangsservers.</translation>
    </message>
    <message>
        <source>Check that %1 is spelled right.</source>
        <translation>Prüfen Sie, ob %1 richtig geschrieben ist.</translation>
    </message>
    <message>
        <source>MailFix could not reach the outgoing server %1.</source>
        <translation>MailFix konnte den Postausgangsserver %1 nicht erreichen.</translation>
    </message>
    <message>
        <source>Nothing answered on any port. A firewall, a VPN or your network may be blocking mail.</source>
        <translation>Auf keinem Port kam eine Antwort. Vielleicht blockiert eine Firewall, ein VPN oder Ihr Netzwerk E-Mails.</translation>
    </message>
    <message>
        <source>The server did not accept a connection on any port MailFix tried.</source>
        <translation>Der Server hat auf keinem der Ports, die MailFix versucht hat, eine Verbindung angenommen.</translation>
    </message>
    <message>
        <source>Check that you are online, then try again without a VPN and with your firewall allowing your mail program.</source>
        <translation>Prüfen Sie, ob Sie online sind. Versuchen Sie es dann noch einmal ohne VPN und mit einer Firewall, die Ihr E-Mail-Programm zulässt.</translation>
    </message>
    <message>
        <source>Port %1 is blocked on your network.</source>
        <translation>Port %1 ist in Ihrem Netzwerk gesperrt.</translation>
    </message>
    <message>
        <source>Connections to port %1 get no answer at all, while other ports of the same server answer. Internet providers often block port 25 so that infected computers cannot send spam.</source>
        <translation>Verbindungen zu Port %1 bekommen überhaupt keine Antwort, während andere Ports desselben Servers antworten. Internetanbieter sperren oft Port 25, damit infizierte Computer keinen Spam versenden können.</translation>
    </message>
    <message>
        <source>Use port %1 with %2 instead.</source>
        <translation>Verwenden Sie stattdessen Port %1 mit %2.</translation>
    </message>
    <message>
        <source>Nothing answers on port %1 of %2.</source>
        <translation>Auf Port %1 von %2 antwortet nichts.</translation>
    </message>
    <message>
        <source>The server refuses connections on port %1: it does not take mail there.</source>
        <translation>Der Server lehnt Verbindungen auf Port %1 ab: Dort nimmt er keine E-Mails an.</translation>
    </message>
    <message>
        <source>The server accepts the connection on port %1 but then does not answer like a mail server.</source>
        <translation>Der Server nimmt die Verbindung auf Port %1 an, antwortet dann aber nicht wie ein Mailserver.</translation>
    </message>
    <message>
        <source>Port %1 accepts connections but does not answer.</source>
        <translation>Port %1 nimmt Verbindungen an, antwortet aber nicht.</translation>
    </message>
    <message>
        <source>Something on your network or at the server takes the connection but never greets your mail program. MailFix uses another port.</source>
        <translation>Etwas in Ihrem Netzwerk oder beim Server nimmt die Verbindung an, meldet sich aber nie bei Ihrem E-Mail-Programm. MailFix verwendet einen anderen Port.</translation>
    </message>
    <message>
        <source>certificate for %1, issued by %2, valid until %3</source>
        <translation>Zertifikat für %1, ausgestellt von %2, gültig bis %3</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted.</source>
        <translation>Dem Zertifikat des Servers kann man nicht vertrauen.</translation>
    </message>
    <message>
        <source>The certificate is how a server proves who it is. This one does not prove it, so your password could reach someone else. MailFix did not send your password there.</source>
        <translation>Mit dem Zertifikat weist ein Server nach, wer er ist. Dieses weist es nicht nach, deshalb könnte Ihr Passwort bei jemand anderem landen. MailFix hat Ihr Passwort nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>Use the server name your provider gives (it must match the certificate). If your provider says this certificate is right, you can allow it for this server only.</source>
        <translation>Verwenden Sie den Servernamen, den Ihr Anbieter angibt (er muss zum Zertifikat passen). Wenn Ihr Anbieter sagt, dass dieses Zertifikat stimmt, können Sie es nur für diesen Server erlauben.</translation>
    </message>
    <message>
        <source>The server only takes mail over an encrypted connection.</source>
        <translation>Der Server nimmt E-Mails nur über eine verschlüsselte Verbindung an.</translation>
    </message>
    <message>
        <source>Your mail program must switch on encryption before it sends anything.</source>
        <translation>Ihr E-Mail-Programm muss die Verschlüsselung einschalten, bevor es etwas sendet.</translation>
    </message>
    <message>
        <source>Turn on encryption (SSL/TLS or STARTTLS) for the outgoing server.</source>
        <translation>Schalten Sie für den Postausgangsserver die Verschlüsselung ein (SSL/TLS oder STARTTLS).</translation>
    </message>
    <message>
        <source>Your mail server wants your mail program to sign in before it sends. Your program is not signing in.</source>
        <translation>Ihr Mailserver verlangt, dass sich Ihr E-Mail-Programm vor dem Senden anmeldet. Ihr Programm meldet sich nicht an.</translation>
    </message>
    <message>
        <source>Your mail server sends mail only for people who sign in.</source>
        <translation>Ihr Mailserver versendet E-Mails nur für Personen, die sich anmelden.</translation>
    </message>
    <message>
        <source>Without signing in, the server refuses every recipient outside its own domain. A program that then sends the message anyway gets errors such as &quot;503 valid RCPT command must precede DATA&quot;.</source>
        <translation>Ohne Anmeldung lehnt der Server jeden Empfänger außerhalb seiner eigenen Domain ab. Ein Programm, das die Nachricht dann trotzdem sendet, bekommt Fehler wie „503 valid RCPT command must precede DATA“.</translation>
    </message>
    <message>
        <source>The &quot;503&quot; message is a consequence, not the cause.</source>
        <translation>Die Meldung „503“ ist eine Folge, nicht die Ursache.</translation>
    </message>
    <message>
        <source>The server says 503 when a program sends the message after every recipient was refused. Fix the cause above and the 503 goes away.</source>
        <translation>Der Server meldet 503, wenn ein Programm die Nachricht sendet, nachdem alle Empfänger abgelehnt wurden. Beheben Sie die Ursache oben, dann verschwindet die 503.</translation>
    </message>
    <message>
        <source>Signing in from mail programs is switched off for your organisation.</source>
        <translation>Die Anmeldung aus E-Mail-Programmen ist für Ihre Organisation abgeschaltet.</translation>
    </message>
    <message>
        <source>Your Microsoft 365 administrator has turned off SMTP sign-in. Your password is probably right.</source>
        <translation>Ihr Microsoft 365-Administrator hat die SMTP-Anmeldung abgeschaltet. Ihr Passwort stimmt wahrscheinlich.</translation>
    </message>
    <message>
        <source>Ask your administrator to allow &quot;Authenticated SMTP&quot; for your mailbox, or use a program that signs in with your Microsoft account (OAuth2).</source>
        <translation>Bitten Sie Ihren Administrator, für Ihr Postfach „Authentifiziertes SMTP“ zu erlauben, oder verwenden Sie ein Programm, das sich mit Ihrem Microsoft-Konto anmeldet (OAuth2).</translation>
    </message>
    <message>
        <source>Your provider no longer accepts a password from mail programs.</source>
        <translation>Ihr Anbieter akzeptiert kein Passwort mehr aus E-Mail-Programmen.</translation>
    </message>
    <message>
        <source>Sign-in must go through your provider&apos;s own login page (OAuth2).</source>
        <translation>Die Anmeldung muss über die eigene Anmeldeseite Ihres Anbieters laufen (OAuth2).</translation>
    </message>
    <message>
        <source>The server does not accept this way of signing in.</source>
        <translation>Der Server akzeptiert diese Art der Anmeldung nicht.</translation>
    </message>
    <message>
        <source>The server says the sign-in method is too weak.</source>
        <translation>Der Server sagt, die Anmeldemethode sei zu schwach.</translation>
    </message>
    <message>
        <source>Your provider wants an app password, not your normal password.</source>
        <translation>Ihr Anbieter verlangt ein App-Passwort, nicht Ihr normales Passwort.</translation>
    </message>
    <message>
        <source>With 2-step verification on, mail programs must use a separate app password that you create in your account&apos;s security settings.</source>
        <translation>Wenn die Bestätigung in zwei Schritten aktiv ist, brauchen E-Mail-Programme ein eigenes App-Passwort, das Sie in den Sicherheitseinstellungen Ihres Kontos erstellen.</translation>
    </message>
    <message>
        <source>Create an app password in your account&apos;s security settings and use it in your mail program.</source>
        <translation>Erstellen Sie in den Sicherheitseinstellungen Ihres Kontos ein App-Passwort und verwenden Sie es in Ihrem E-Mail-Programm.</translation>
    </message>
    <message>
        <source>The server did not accept your user name or password.</source>
        <translation>Der Server hat Ihren Benutzernamen oder Ihr Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>MailFix tried to sign in as %1 and the server said no.</source>
        <translation>MailFix hat versucht, sich als %1 anzumelden, und der Server hat abgelehnt.</translation>
    </message>
    <message>
        <source>Check your password. It contains characters such as quotes, spaces or accented letters, which some programs garble: try typing it again by hand.</source>
        <translation>Prüfen Sie Ihr Passwort. Es enthält Zeichen wie Anführungszeichen, Leerzeichen oder Buchstaben mit Akzent, die manche Programme verfälschen: Tippen Sie es noch einmal von Hand ein.</translation>
    </message>
    <message>
        <source>Check your password, and use your full email address %1 as the user name.</source>
        <translation>Prüfen Sie Ihr Passwort und verwenden Sie Ihre vollständige E-Mail-Adresse %1 als Benutzernamen.</translation>
    </message>
    <message>
        <source>Your provider may want an app password, not your normal password.</source>
        <translation>Ihr Anbieter verlangt vielleicht ein App-Passwort statt Ihres normalen Passworts.</translation>
    </message>
    <message>
        <source>Signing in from mail programs may be switched off for your organisation.</source>
        <translation>Die Anmeldung aus E-Mail-Programmen ist für Ihre Organisation vielleicht abgeschaltet.</translation>
    </message>
    <message>
        <source>Microsoft 365 administrators can turn off SMTP sign-in for each mailbox.</source>
        <translation>Microsoft 365-Administratoren können die SMTP-Anmeldung für jedes Postfach abschalten.</translation>
    </message>
    <message>
        <source>Your provider accepts sign-in only through its own login page (OAuth2).</source>
        <translation>Ihr Anbieter akzeptiert die Anmeldung nur über seine eigene Anmeldeseite (OAuth2).</translation>
    </message>
    <message>
        <source>A password typed into your mail program is not accepted.</source>
        <translation>Ein Passwort, das Sie in Ihr E-Mail-Programm eingeben, wird nicht akzeptiert.</translation>
    </message>
    <message>
        <source>If you use 2-step verification, your provider wants an app password.</source>
        <translation>Wenn Sie die Bestätigung in zwei Schritten nutzen, verlangt Ihr Anbieter ein App-Passwort.</translation>
    </message>
    <message>
        <source>Mail programs then need a separate app password from your account&apos;s security settings.</source>
        <translation>E-Mail-Programme brauchen dann ein eigenes App-Passwort aus den Sicherheitseinstellungen Ihres Kontos.</translation>
    </message>
    <message>
        <source>Your program signs in a way this server does not offer.</source>
        <translation>Ihr Programm meldet sich auf eine Art an, die dieser Server nicht anbietet.</translation>
    </message>
    <message>
        <source>The server offers: %1.</source>
        <translation>Der Server bietet an: %1.</translation>
    </message>
    <message>
        <source>Set the authentication method to &quot;%1&quot;.</source>
        <translation>Stellen Sie die Authentifizierungsmethode auf „%1“.</translation>
    </message>
    <message>
        <source>The server does not let you send from this address.</source>
        <translation>Der Server lässt Sie von dieser Adresse aus nicht senden.</translation>
    </message>
    <message>
        <source>After you sign in, the server checks the From address. It must be an address that belongs to your account.</source>
        <translation>Nach der Anmeldung prüft der Server die Absenderadresse. Sie muss zu Ihrem Konto gehören.</translation>
    </message>
    <message>
        <source>Use %1 as the email address of this account, or ask your provider to allow the other address.</source>
        <translation>Verwenden Sie %1 als E-Mail-Adresse dieses Kontos oder bitten Sie Ihren Anbieter, die andere Adresse zu erlauben.</translation>
    </message>
    <message>
        <source>The server refused the test recipient even after signing in.</source>
        <translation>Der Server hat den Testempfänger auch nach der Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address for typing mistakes.</source>
        <translation>Prüfen Sie die Adresse des Empfängers auf Tippfehler.</translation>
    </message>
    <message>
        <source>A mailbox is full.</source>
        <translation>Ein Postfach ist voll.</translation>
    </message>
    <message>
        <source>The server refuses mail because a mailbox has no room left.</source>
        <translation>Der Server lehnt E-Mails ab, weil in einem Postfach kein Platz mehr ist.</translation>
    </message>
    <message>
        <source>letters outside the English alphabet before the @</source>
        <translation>Buchstaben außerhalb des englischen Alphabets vor dem @</translation>
    </message>
    <message>
        <source>a dot at the start or end, or two dots in a row</source>
        <translation>einen Punkt am Anfang oder Ende oder zwei Punkte hintereinander</translation>
    </message>
    <message>
        <source>unusual characters such as commas, brackets or quotes</source>
        <translation>ungewöhnliche Zeichen wie Kommas, Klammern oder Anführungszeichen</translation>
    </message>
    <message>
        <source>quotation marks</source>
        <translation>Anführungszeichen</translation>
    </message>
    <message>
        <source>spaces before or after it</source>
        <translation>Leerzeichen davor oder dahinter</translation>
    </message>
    <message>
        <source>a dot at the very end</source>
        <translation>einen Punkt ganz am Ende</translation>
    </message>
    <message>
        <source>Your email address contains characters that some programs and servers refuse.</source>
        <translation>Ihre E-Mail-Adresse enthält Zeichen, die manche Programme und Server ablehnen.</translation>
    </message>
    <message>
        <source>It has %1.</source>
        <translation>Sie hat %1.</translation>
    </message>
    <message>
        <source>Type the address again in your mail program, exactly as your provider gave it.</source>
        <translation>Tippen Sie die Adresse in Ihrem E-Mail-Programm noch einmal ein, genau so, wie Ihr Anbieter sie angegeben hat.</translation>
    </message>
    <message>
        <source>The server refuses your internet connection&apos;s address.</source>
        <translation>Der Server lehnt die Adresse Ihrer Internetverbindung ab.</translation>
    </message>
    <message>
        <source>Your connection&apos;s address is on a list of addresses that send spam, or the server does not take mail from home connections on this port.</source>
        <translation>Die Adresse Ihrer Verbindung steht auf einer Liste von Adressen, die Spam versenden, oder der Server nimmt auf diesem Port keine E-Mails von privaten Anschlüssen an.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s submission port (587 or 465) with sign-in; if that is refused too, ask your internet provider why your address is listed.</source>
        <translation>Senden Sie über den Einlieferungsport Ihres Anbieters (587 oder 465) mit Anmeldung. Wenn auch das abgelehnt wird, fragen Sie Ihren Internetanbieter, warum Ihre Adresse gelistet ist.</translation>
    </message>
    <message>
        <source>Your provider may want you to check your mail before you send.</source>
        <translation>Ihr Anbieter möchte vielleicht, dass Sie vor dem Senden Ihre E-Mails abrufen.</translation>
    </message>
    <message>
        <source>Some servers allow sending only shortly after your program has fetched mail (&quot;POP before SMTP&quot;).</source>
        <translation>Manche Server erlauben das Senden nur kurz nachdem Ihr Programm E-Mails abgerufen hat („POP before SMTP“).</translation>
    </message>
    <message>
        <source>A VPN is switched on.</source>
        <translation>Ein VPN ist eingeschaltet.</translation>
    </message>
    <message>
        <source>A VPN sends your mail through another network, which may block mail ports or be on a spam list.</source>
        <translation>Ein VPN leitet Ihre E-Mails durch ein anderes Netzwerk, das vielleicht E-Mail-Ports sperrt oder auf einer Spamliste steht.</translation>
    </message>
    <message>
        <source>Switch the VPN off for a moment and check again.</source>
        <translation>Schalten Sie das VPN kurz aus und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>The error message points to this cause.</source>
        <translation>Die Fehlermeldung deutet auf diese Ursache hin.</translation>
    </message>
    <message>
        <source>This comes from the message your program showed; MailFix could not check it by itself.</source>
        <translation>Das stammt aus der Meldung Ihres Programms; MailFix konnte es nicht selbst prüfen.</translation>
    </message>
    <message>
        <source>Your settings work: MailFix signed in and the server accepted a recipient.</source>
        <translation>Ihre Einstellungen funktionieren: MailFix hat sich angemeldet, und der Server hat einen Empfänger angenommen.</translation>
    </message>
    <message>
        <source>These settings work: MailFix signed in and the server accepted a recipient.</source>
        <translation>Diese Einstellungen funktionieren: MailFix hat sich angemeldet, und der Server hat einen Empfänger angenommen.</translation>
    </message>
    <message>
        <source>We checked this: %1 with sign-in.</source>
        <translation>Das haben wir geprüft: %1, mit Anmeldung.</translation>
    </message>
    <message>
        <source>Check every account in your mail program.</source>
        <translation>Prüfen Sie jedes Konto in Ihrem E-Mail-Programm.</translation>
    </message>
    <message>
        <source>Your password has unusual characters.</source>
        <translation>Ihr Passwort enthält ungewöhnliche Zeichen.</translation>
    </message>
    <message>
        <source>Some programs garble quotes, spaces or accented letters in passwords. Try a password without them.</source>
        <translation>Manche Programme verfälschen Anführungszeichen, Leerzeichen oder Buchstaben mit Akzent in Passwörtern. Versuchen Sie es mit einem Passwort ohne diese Zeichen.</translation>
    </message>
    <message>
        <source>Use your mail provider&apos;s outgoing server.</source>
        <translation>Verwenden Sie den Postausgangsserver Ihres E-Mail-Anbieters.</translation>
    </message>
    <message>
        <source>Sending through your internet provider&apos;s server instead of your mail provider&apos;s often fails.</source>
        <translation>Das Senden über den Server Ihres Internetanbieters statt über den Ihres E-Mail-Anbieters scheitert oft.</translation>
    </message>
    <message>
        <source>Pause your antivirus program&apos;s email scanning.</source>
        <translation>Halten Sie die E-Mail-Prüfung Ihres Virenschutzprogramms kurz an.</translation>
    </message>
    <message>
        <source>Some antivirus programs sit between your mail program and the server and break encrypted connections.</source>
        <translation>Manche Virenschutzprogramme schalten sich zwischen Ihr E-Mail-Programm und den Server und stören verschlüsselte Verbindungen.</translation>
    </message>
    <message>
        <source>Repair Outlook&apos;s data file.</source>
        <translation>Reparieren Sie die Outlook-Datendatei.</translation>
    </message>
    <message>
        <source>A damaged Outlook data file can stop sending even with the right settings: close Outlook and run the Inbox Repair Tool (SCANPST.EXE).</source>
        <translation>Eine beschädigte Outlook-Datendatei kann das Senden auch mit den richtigen Einstellungen verhindern: Schließen Sie Outlook und starten Sie das Reparaturtool für den Posteingang (SCANPST.EXE).</translation>
    </message>
    <message>
        <source>Wait if you just moved your domain.</source>
        <translation>Warten Sie, falls Sie Ihre Domain gerade umgezogen haben.</translation>
    </message>
    <message>
        <source>After a domain moves to a new mail provider, the change can take up to a day or two to reach everyone.</source>
        <translation>Wenn eine Domain zu einem neuen E-Mail-Anbieter umzieht, kann es ein bis zwei Tage dauern, bis die Änderung überall angekommen ist.</translation>
    </message>
    <message>
        <source>If a script or device sends the mail, check that it gives a recipient.</source>
        <translation>Wenn ein Skript oder ein Gerät die E-Mail sendet, prüfen Sie, ob es einen Empfänger angibt.</translation>
    </message>
    <message>
        <source>A program that sends the message without any accepted recipient gets &quot;503 valid RCPT command must precede DATA&quot; from the server.</source>
        <translation>Ein Programm, das die Nachricht ohne angenommenen Empfänger sendet, bekommt vom Server „503 valid RCPT command must precede DATA“.</translation>
    </message>
    <message>
        <source>The server on port %1 stops answering after its greeting.</source>
        <translation>Der Server an Port %1 antwortet nach seiner Begrüßung nicht mehr.</translation>
    </message>
    <message>
        <source>It greeted MailFix, then the conversation broke off while setting up (%1). A firewall or antivirus program that inspects mail can do this, or the server has a problem.</source>
        <translation>Er hat MailFix begrüßt, dann brach das Gespräch beim Einrichten ab (%1). Das kann eine Firewall oder ein Virenschutzprogramm verursachen, das E-Mails prüft, oder der Server hat ein Problem.</translation>
    </message>
    <message>
        <source>The server %1 is too busy to take mail right now.</source>
        <translation>Der Server %1 ist gerade zu beschäftigt, um E-Mails anzunehmen.</translation>
    </message>
    <message>
        <source>It answered that it cannot take more connections. Try again in a few minutes; if it keeps happening, your provider may limit how many connections one address may open.</source>
        <translation>Er hat geantwortet, dass er keine weiteren Verbindungen annehmen kann. Versuchen Sie es in ein paar Minuten erneut; wenn das öfter passiert, begrenzt Ihr Anbieter vielleicht, wie viele Verbindungen eine Adresse öffnen darf.</translation>
    </message>
    <message>
        <source>On port %1 the server says it is too busy to take more connections.</source>
        <translation>An Port %1 meldet der Server, dass er zu beschäftigt ist, um weitere Verbindungen anzunehmen.</translation>
    </message>
    <message>
        <source>%1 is not part of %2, and MailFix sends your password there only when you allow it, so signing in there is not checked.</source>
        <translation>%1 gehört nicht zu %2. MailFix sendet Ihr Passwort nur dorthin, wenn Sie es erlauben, deshalb ist die Anmeldung dort nicht geprüft.</translation>
    </message>
    <message>
        <source>every name ending in %1</source>
        <translation>jeden Namen, der auf %1 endet</translation>
    </message>
    <message>
        <source>every name ending in %1, such as %2</source>
        <translation>jeden Namen, der auf %1 endet, zum Beispiel %2</translation>
    </message>
    <message>
        <source>The name %1 leads to the same server, but that server&apos;s certificate is for %2, not for %1. So your mail program cannot check that it really talks to your provider, and warns or refuses to send.</source>
        <translation>Der Name %1 führt zum selben Server, aber das Zertifikat dieses Servers gilt für %2, nicht für %1. Deshalb kann Ihr E-Mail-Programm nicht prüfen, ob es wirklich mit Ihrem Anbieter spricht, und warnt oder verweigert das Senden.</translation>
    </message>
    <message>
        <source>This is usual when many websites share one server.</source>
        <translation>Das ist üblich, wenn sich viele Websites einen Server teilen.</translation>
    </message>
    <message>
        <source>Your mail server&apos;s real name is %1.</source>
        <translation>Der eigentliche Name Ihres Mailservers ist %1.</translation>
    </message>
    <message>
        <source>%1: certificate for %2, issued by %3</source>
        <translation>%1: Zertifikat für %2, ausgestellt von %3</translation>
    </message>
    <message>
        <source>%1: the same server (%2), certificate trusted</source>
        <translation>%1: derselbe Server (%2), Zertifikat vertrauenswürdig</translation>
    </message>
    <message>
        <source>Use %1 as the outgoing server (SMTP). Your provider&apos;s own certificate is for %1, so your mail program can check that it really talks to your provider.</source>
        <translation>Verwenden Sie %1 als Postausgangsserver (SMTP). Das eigene Zertifikat Ihres Anbieters gilt für %1. So kann Ihr E-Mail-Programm prüfen, ob es wirklich mit Ihrem Anbieter spricht.</translation>
    </message>
    <message>
        <source>The certificate of %1 is for %2. Ask your provider for the name of its outgoing server (SMTP), and use that name.</source>
        <translation>Das Zertifikat von %1 gilt für %2. Fragen Sie Ihren Anbieter nach dem Namen seines Postausgangsservers (SMTP) und verwenden Sie diesen Namen.</translation>
    </message>
    <message>
        <source>Signing in from mail programs is switched off for your mailbox.</source>
        <translation>Die Anmeldung aus E-Mail-Programmen ist für Ihr Postfach abgeschaltet.</translation>
    </message>
    <message>
        <source>Wait an hour, or until tomorrow for a daily limit, then send again; send large mailings in smaller groups. If you did not send that many messages, change your password, because someone else may be sending with your account.</source>
        <translation>Warten Sie eine Stunde, bei einem Tageslimit bis morgen, und senden Sie dann erneut. Senden Sie große Mailings in kleineren Gruppen. Wenn Sie nicht so viele Nachrichten gesendet haben, ändern Sie Ihr Passwort, denn vielleicht sendet jemand anderes mit Ihrem Konto.</translation>
    </message>
    <message>
        <source>Change your email password and check your computer for malware, then ask your provider or the person who manages your email to unblock your account.</source>
        <translation>Ändern Sie Ihr E-Mail-Passwort und prüfen Sie Ihren Computer auf Schadsoftware. Bitten Sie dann Ihren Anbieter oder die Person, die Ihre E-Mail verwaltet, Ihr Konto freizugeben.</translation>
    </message>
    <message>
        <source>Give your computer a name with only English letters, digits and hyphens (no underscore), or send through your provider&apos;s outgoing server on port 587 or 465 with sign-in turned on.</source>
        <translation>Geben Sie Ihrem Computer einen Namen nur aus Buchstaben des englischen Alphabets, Ziffern und Bindestrichen (ohne Unterstrich), oder senden Sie über den Postausgangsserver Ihres Anbieters auf Port 587 oder 465 mit eingeschalteter Anmeldung.</translation>
    </message>
    <message>
        <source>Ask the person who manages your email to allow &quot;Authenticated SMTP&quot; for your mailbox.</source>
        <translation>Bitten Sie die Person, die Ihre E-Mail verwaltet, für Ihr Postfach „Authentifiziertes SMTP“ zu erlauben.</translation>
    </message>
    <message>
        <source>Your mail program keeps outgoing settings for each account. When you have several, the one sending may not be the one you fixed.</source>
        <translation>Ihr E-Mail-Programm speichert die Einstellungen für den Postausgang für jedes Konto einzeln. Wenn Sie mehrere Konten haben, sendet vielleicht nicht das, das Sie korrigiert haben.</translation>
    </message>
    <message>
        <source>Receiving works (%1).</source>
        <translation>Empfangen funktioniert (%1).</translation>
    </message>
    <message>
        <source>Receiving does not work: the incoming server refused your user name or password.</source>
        <translation>Empfangen funktioniert nicht: Der Posteingangsserver hat Ihren Benutzernamen oder Ihr Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>Receiving is not confirmed: MailFix could not sign in to the incoming server.</source>
        <translation>Empfangen ist nicht bestätigt: MailFix konnte sich nicht am Posteingangsserver anmelden.</translation>
    </message>
    <message>
        <source>MailFix could not reach your incoming server.</source>
        <translation>MailFix konnte Ihren Posteingangsserver nicht erreichen.</translation>
    </message>
    <message>
        <source>Sending does not work: %1</source>
        <translation>Senden funktioniert nicht: %1</translation>
    </message>
    <message>
        <source>Sending works (port %1, %2).</source>
        <translation>Senden funktioniert (Port %1, %2).</translation>
    </message>
    <message>
        <source>MailFix could not reach an outgoing server.</source>
        <translation>MailFix konnte keinen Postausgangsserver erreichen.</translation>
    </message>
    <message>
        <source>Sending is not confirmed: MailFix could not sign in and send a test recipient.</source>
        <translation>Senden ist nicht bestätigt: MailFix konnte sich nicht anmelden und keinen Testempfänger senden.</translation>
    </message>
    <message>
        <source>MailFix could not sign in to the incoming server.</source>
        <translation>MailFix konnte sich nicht am Posteingangsserver anmelden.</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>Your provider lets administrators switch off sending from mail programs (SMTP AUTH) for each mailbox or for the whole organisation. That is the most likely reason.</source>
        <translation>Ihr Anbieter erlaubt Administratoren, das Senden aus E-Mail-Programmen (SMTP AUTH) für jedes Postfach oder für die ganze Organisation abzuschalten. Das ist der wahrscheinlichste Grund.</translation>
    </message>
    <message>
        <source>Your provider wants mail programs to sign in through its own login page (OAuth2) for sending.</source>
        <translation>Ihr Anbieter verlangt, dass sich E-Mail-Programme zum Senden über seine eigene Anmeldeseite (OAuth2) anmelden.</translation>
    </message>
    <message>
        <source>Your provider wants an app password for sending from mail programs.</source>
        <translation>Ihr Anbieter verlangt zum Senden aus E-Mail-Programmen ein App-Passwort.</translation>
    </message>
    <message>
        <source>Sending with a password (SMTP AUTH) may be switched off for your mailbox or your organisation, your provider may want an app password or OAuth2 for sending, or the outgoing server may need a different user name.</source>
        <translation>Das Senden mit Passwort (SMTP AUTH) ist vielleicht für Ihr Postfach oder Ihre Organisation abgeschaltet. Oder Ihr Anbieter verlangt zum Senden ein App-Passwort oder OAuth2. Oder der Postausgangsserver braucht einen anderen Benutzernamen.</translation>
    </message>
    <message>
        <source>Your password works for receiving mail, but the outgoing server does not accept it.</source>
        <translation>Ihr Passwort funktioniert für den Empfang, aber der Postausgangsserver nimmt es nicht an.</translation>
    </message>
    <message>
        <source>The incoming server %1 (%2) accepted your user name %3 and your password, so they are right. The outgoing server refused them. Your account may not send with a password.</source>
        <translation>Der Posteingangsserver %1 (%2) hat Ihren Benutzernamen %3 und Ihr Passwort angenommen, sie sind also richtig. Der Postausgangsserver hat sie abgelehnt. Ihr Konto darf vielleicht nicht mit Passwort senden.</translation>
    </message>
    <message>
        <source>Do not change your password. Ask your provider or administrator to allow sending from mail programs (SMTP AUTH) for %1, and which user name, app password or sign-in method the outgoing server wants.</source>
        <translation>Ändern Sie Ihr Passwort nicht. Bitten Sie Ihren Anbieter oder Administrator, das Senden aus E-Mail-Programmen (SMTP AUTH) für %1 zu erlauben, und fragen Sie, welchen Benutzernamen, welches App-Passwort oder welche Anmeldemethode der Postausgangsserver verlangt.</translation>
    </message>
    <message>
        <source>The incoming server %1 (%2) refused the same user name and password too, so they are most likely wrong.</source>
        <translation>Der Posteingangsserver %1 (%2) hat denselben Benutzernamen und dasselbe Passwort ebenfalls abgelehnt, sie sind also sehr wahrscheinlich falsch.</translation>
    </message>
    <message>
        <source>Receiving works with other settings (%1), not with your program&apos;s.</source>
        <translation>Empfangen funktioniert mit anderen Einstellungen (%1), nicht mit denen Ihres Programms.</translation>
    </message>
    <message>
        <source>In Outlook, open the account&apos;s settings, choose &quot;More Settings&quot;, and on the &quot;Outgoing Server&quot; tab turn on &quot;My outgoing server (SMTP) requires authentication&quot;, with your user name %1.</source>
        <translation>Öffnen Sie in Outlook die Einstellungen des Kontos, wählen Sie „Weitere Einstellungen“ und aktivieren Sie auf der Registerkarte „Postausgangsserver“ die Option „Der Postausgangsserver (SMTP) erfordert Authentifizierung“, mit Ihrem Benutzernamen %1.</translation>
    </message>
    <message>
        <source>In Thunderbird&apos;s outgoing server (SMTP) settings, set &quot;Authentication method&quot; to &quot;Normal password&quot;, with your user name %1.</source>
        <translation>Setzen Sie in den Einstellungen des Postausgangs-Servers (SMTP) von Thunderbird „Authentifizierungsmethode“ auf „Passwort, normal“, mit Ihrem Benutzernamen %1.</translation>
    </message>
    <message>
        <source>In Mail&apos;s account settings, open &quot;Server Settings&quot; and, for the outgoing mail server, choose &quot;Password&quot; as the authentication, with your user name %1.</source>
        <translation>Öffnen Sie in den Account-Einstellungen von Mail „Servereinstellungen“ und wählen Sie für den Server für ausgehende E-Mails „Passwort“ als Authentifizierung, mit Ihrem Benutzernamen %1.</translation>
    </message>
    <message>
        <source>Turn on signing in (authentication) for the outgoing server in your mail program, with your user name %1 and your password.</source>
        <translation>Schalten Sie in Ihrem E-Mail-Programm die Anmeldung (Authentifizierung) für den Postausgangsserver ein, mit Ihrem Benutzernamen %1 und Ihrem Passwort.</translation>
    </message>
    <message>
        <source>In Outlook, open the account&apos;s settings, choose &quot;More Settings&quot;, and on the &quot;Outgoing Server&quot; tab choose &quot;Use same settings as my incoming mail server&quot;.</source>
        <translation>Öffnen Sie in Outlook die Einstellungen des Kontos, wählen Sie „Weitere Einstellungen“ und wählen Sie auf der Registerkarte „Postausgangsserver“ die Option „Gleiche Einstellungen wie für Posteingangsserver verwenden“.</translation>
    </message>
    <message>
        <source>In Thunderbird&apos;s outgoing server (SMTP) settings, set the user name to %1, the same as for receiving.</source>
        <translation>Setzen Sie in den Einstellungen des Postausgangs-Servers (SMTP) von Thunderbird den Benutzernamen auf %1, genau wie beim Empfangen.</translation>
    </message>
    <message>
        <source>In Mail&apos;s account settings, open &quot;Server Settings&quot; and type %1 as the outgoing mail server&apos;s user name.</source>
        <translation>Öffnen Sie in den Account-Einstellungen von Mail „Servereinstellungen“ und tippen Sie %1 als Benutzernamen des Servers für ausgehende E-Mails ein.</translation>
    </message>
    <message>
        <source>Set the outgoing server&apos;s user name to %1, the same as for receiving.</source>
        <translation>Setzen Sie den Benutzernamen des Postausgangsservers auf %1, genau wie beim Empfangen.</translation>
    </message>
    <message>
        <source>Your program uses another user name for sending than for receiving.</source>
        <translation>Ihr Programm verwendet zum Senden einen anderen Benutzernamen als zum Empfangen.</translation>
    </message>
    <message>
        <source>The incoming server %1 (%2) accepted the user name %3 with your password. The outgoing server refused the user name %4. Most servers want the same user name for both.</source>
        <translation>Der Posteingangsserver %1 (%2) hat den Benutzernamen %3 mit Ihrem Passwort angenommen. Der Postausgangsserver hat den Benutzernamen %4 abgelehnt. Die meisten Server verlangen für beide denselben Benutzernamen.</translation>
    </message>
    <message>
        <source>In Outlook, open the account&apos;s settings, choose &quot;More Settings&quot;, and on the &quot;Outgoing Server&quot; tab choose &quot;Log on to incoming mail server before sending mail&quot;.</source>
        <translation>Öffnen Sie in Outlook die Einstellungen des Kontos, wählen Sie „Weitere Einstellungen“ und wählen Sie auf der Registerkarte „Postausgangsserver“ die Option „Vor dem Senden bei Posteingangsserver anmelden“.</translation>
    </message>
    <message>
        <source>Thunderbird has no setting for this: click &quot;Get Messages&quot; before you send, and let Thunderbird check for new messages every few minutes.</source>
        <translation>Thunderbird hat dafür keine Einstellung: Klicken Sie vor dem Senden auf „Abrufen“ und lassen Sie Thunderbird alle paar Minuten nach neuen Nachrichten sehen.</translation>
    </message>
    <message>
        <source>Mail has no setting for this: click &quot;Get Mail&quot; before you send.</source>
        <translation>Mail hat dafür keine Einstellung: Rufen Sie vor dem Senden Ihre neuen E-Mails ab.</translation>
    </message>
    <message>
        <source>Let your mail program check for new mail before it sends. If it has a setting to sign in to the incoming server before sending, turn it on.</source>
        <translation>Lassen Sie Ihr E-Mail-Programm vor dem Senden nach neuen E-Mails sehen. Wenn es eine Einstellung hat, sich vor dem Senden beim Posteingangsserver anzumelden, schalten Sie sie ein.</translation>
    </message>
    <message>
        <source>Your mail server sends mail only after your program has checked for new mail.</source>
        <translation>Ihr Mailserver versendet E-Mails erst, nachdem Ihr Programm nach neuen E-Mails gesehen hat.</translation>
    </message>
    <message>
        <source>The server refused to send until MailFix signed in to receive mail (%1). Right after that, it accepted the same message. This older way of knowing who may send is called &quot;POP before SMTP&quot;.</source>
        <translation>Der Server hat das Senden abgelehnt, bis sich MailFix zum Empfangen angemeldet hatte (%1). Gleich danach hat er dieselbe Nachricht angenommen. Diese ältere Art, festzustellen, wer senden darf, heißt „POP before SMTP“.</translation>
    </message>
    <message>
        <source>This server also offers signing in for sending, which is more reliable: use it with your user name %1.</source>
        <translation>Dieser Server bietet auch eine Anmeldung zum Senden an, und die ist zuverlässiger: Verwenden Sie sie mit Ihrem Benutzernamen %1.</translation>
    </message>
    <message>
        <source>Outlook keeps outgoing settings for each account. When you have several, the one sending may not be the one you fixed. Also check &quot;Use same settings as my incoming mail server&quot; on the &quot;Outgoing Server&quot; tab.</source>
        <translation>Outlook speichert die Postausgangseinstellungen für jedes Konto einzeln. Wenn Sie mehrere Konten haben, sendet vielleicht nicht das, das Sie korrigiert haben. Prüfen Sie auch „Gleiche Einstellungen wie für Posteingangsserver verwenden“ auf der Registerkarte „Postausgangsserver“.</translation>
    </message>
    <message>
        <source>Thunderbird keeps a list of outgoing servers, and each account sends through one of them. When you have several, the one sending may not be the one you fixed.</source>
        <translation>Thunderbird führt eine Liste von Postausgangs-Servern, und jedes Konto sendet über einen davon. Wenn Sie mehrere haben, sendet vielleicht nicht der, den Sie korrigiert haben.</translation>
    </message>
    <message>
        <source>Mail keeps outgoing settings for each account. When you have several, the one sending may not be the one you fixed.</source>
        <translation>Mail speichert die Postausgangseinstellungen für jedes Konto einzeln. Wenn Sie mehrere Konten haben, sendet vielleicht nicht das, das Sie korrigiert haben.</translation>
    </message>
    <message>
        <source>%1 (%2, port %3, %4)</source>
        <translation>%1 (%2, Port %3, %4)</translation>
    </message>
    <message>
        <source>The server name %1 does not exist.</source>
        <translation>Den Servernamen %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>The encrypted connection (%1) could not be set up on port %2: this port wants another connection security.</source>
        <translation>Die verschlüsselte Verbindung (%1) konnte auf Port %2 nicht aufgebaut werden: Dieser Port verlangt eine andere Verbindungssicherheit.</translation>
    </message>
    <message>
        <source>The server did not answer as a mail server on port %1 with %2: this port wants another connection security.</source>
        <translation>Der Server hat auf Port %1 mit %2 nicht wie ein Mailserver geantwortet: Dieser Port verlangt eine andere Verbindungssicherheit.</translation>
    </message>
    <message>
        <source>Your program receives without encryption, so MailFix does not send your password there, and many servers refuse it.</source>
        <translation>Ihr Programm empfängt ohne Verschlüsselung. Deshalb sendet MailFix Ihr Passwort nicht dorthin, und viele Server lehnen es ab.</translation>
    </message>
    <message>
        <source>We checked this: signing in to %1 works.</source>
        <translation>Das haben wir geprüft: Die Anmeldung bei %1 funktioniert.</translation>
    </message>
    <message>
        <source>%1 answers, but signing in there could not be checked.</source>
        <translation>%1 antwortet, aber die Anmeldung dort konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Your program&apos;s incoming mail settings do not work.</source>
        <translation>Die Posteingangseinstellungen Ihres Programms funktionieren nicht.</translation>
    </message>
    <message>
        <source>Your program receives mail from %1.</source>
        <translation>Ihr Programm empfängt E-Mails von %1.</translation>
    </message>
    <message>
        <source>Set the incoming server in your program to %1, port %2, %3 (%4).</source>
        <translation>Stellen Sie in Ihrem Programm den Posteingangsserver auf %1, Port %2, %3 (%4).</translation>
    </message>
    <message>
        <source>MailFix could not test signing in through your provider&apos;s sign-in window here.</source>
        <translation>MailFix konnte die Anmeldung über das Anmeldefenster Ihres Anbieters hier nicht testen.</translation>
    </message>
    <message>
        <source>In Outlook, remove the account and add it again: Outlook then opens the sign-in window of Microsoft or your provider.</source>
        <translation>Entfernen Sie in Outlook das Konto und fügen Sie es wieder hinzu: Outlook öffnet dann das Anmeldefenster von Microsoft oder Ihrem Anbieter.</translation>
    </message>
    <message>
        <source>In Thunderbird&apos;s account settings, set &quot;Authentication method&quot; to &quot;OAuth2&quot; for the incoming and the outgoing server (SMTP).</source>
        <translation>Setzen Sie in den Konten-Einstellungen von Thunderbird die „Authentifizierungsmethode“ für den Posteingangsserver und den Postausgangs-Server (SMTP) auf „OAuth2“.</translation>
    </message>
    <message>
        <source>In Mail&apos;s account settings, set &quot;Authentication&quot; to &quot;OAuth 2.0&quot;, or add the account again in Internet Accounts.</source>
        <translation>Setzen Sie in den Account-Einstellungen von Mail „Authentifizierung“ auf „OAuth 2.0“, oder fügen Sie den Account unter „Internetaccounts“ neu hinzu.</translation>
    </message>
    <message>
        <source>In your mail program, set the sign-in method (authentication) to OAuth2, and sign in when it asks.</source>
        <translation>Stellen Sie in Ihrem E-Mail-Programm die Anmeldemethode (Authentifizierung) auf OAuth2 und melden Sie sich an, wenn es danach fragt.</translation>
    </message>
    <message>
        <source>MailFix could not test this way of signing in here.</source>
        <translation>MailFix konnte diese Art der Anmeldung hier nicht testen.</translation>
    </message>
    <message>
        <source>The sign-in with your provider did not allow sending mail.</source>
        <translation>Die Anmeldung bei Ihrem Anbieter hat das Senden von E-Mails nicht erlaubt.</translation>
    </message>
    <message>
        <source>MailFix signed in through your provider&apos;s sign-in window (OAuth2), but the permission it got does not include sending mail, so the server refused it.</source>
        <translation>MailFix hat sich über das Anmeldefenster Ihres Anbieters angemeldet (OAuth2), aber die erhaltene Berechtigung umfasst nicht das Senden von E-Mails. Deshalb hat der Server sie abgelehnt.</translation>
    </message>
    <message>
        <source>Ask your administrator to allow sending mail (SMTP) for mail programs that sign in this way, then sign in again.</source>
        <translation>Bitten Sie Ihren Administrator, das Senden von E-Mails (SMTP) für E-Mail-Programme zu erlauben, die sich auf diese Weise anmelden. Melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The server did not accept the OAuth2 sign-in.</source>
        <translation>Der Server hat die Anmeldung per OAuth2 nicht angenommen.</translation>
    </message>
    <message>
        <source>MailFix signed in through your provider&apos;s sign-in window (OAuth2) as %1, and the server refused that sign-in: it may have expired or been withdrawn.</source>
        <translation>MailFix hat sich über das Anmeldefenster Ihres Anbieters (OAuth2) als %1 angemeldet, und der Server hat diese Anmeldung abgelehnt: Sie ist vielleicht abgelaufen oder wurde widerrufen.</translation>
    </message>
    <message>
        <source>Sign in again in your mail program. If it keeps failing, ask your provider or administrator whether sending with this sign-in is allowed for your account.</source>
        <translation>Melden Sie sich in Ihrem E-Mail-Programm erneut an. Wenn es weiterhin nicht klappt, fragen Sie Ihren Anbieter oder Administrator, ob das Senden mit dieser Anmeldung für Ihr Konto erlaubt ist.</translation>
    </message>
    <message>
        <source>Your provider wants your mail program to sign in through the provider&apos;s own sign-in window (OAuth2).</source>
        <translation>Ihr Anbieter verlangt, dass sich Ihr E-Mail-Programm über das eigene Anmeldefenster des Anbieters anmeldet (OAuth2).</translation>
    </message>
</context>
<context>
    <name>DiagnosisReport</name>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>  What we saw:
</source>
        <translation>  Was wir gesehen haben:
</translation>
    </message>
    <message>
        <source>%1, port %2, %3, %4</source>
        <translation>%1, Port %2, %3, %4</translation>
    </message>
    <message>
        <source>MailFix found nothing to report.
</source>
        <translation>MailFix hat nichts Auffälliges gefunden.
</translation>
    </message>
    <message>
        <source>The problem: </source>
        <translation>Das Problem: </translation>
    </message>
    <message>
        <source>Use these settings for the outgoing server:
</source>
        <translation>Verwenden Sie diese Einstellungen für den Postausgangsserver:
</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP):</source>
        <translation>Postausgangsserver (SMTP):</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Connection security:</source>
        <translation>Verbindungssicherheit:</translation>
    </message>
    <message>
        <source>Authentication method:</source>
        <translation>Authentifizierungsmethode:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>  Verified: we checked this. Signing in and sending works with these settings.
</source>
        <translation>  Bestätigt: Das haben wir geprüft. Anmelden und Senden funktionieren mit diesen Einstellungen.
</translation>
    </message>
    <message>
        <source>MailFix could not sign in and send with these settings.</source>
        <translation>MailFix konnte sich mit diesen Einstellungen nicht anmelden und nicht senden.</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>  These work too:
</source>
        <translation>  Diese funktionieren auch:
</translation>
    </message>
    <message>
        <source>MailFix could not reach any outgoing mail server for %1, so it cannot recommend settings.
</source>
        <translation>MailFix konnte keinen Postausgangsserver für %1 erreichen und kann deshalb keine Einstellungen empfehlen.
</translation>
    </message>
    <message>
        <source>MailFix could not find settings that work.
</source>
        <translation>MailFix konnte keine Einstellungen finden, die funktionieren.
</translation>
    </message>
    <message>
        <source>Also found:
</source>
        <translation>Außerdem gefunden:
</translation>
    </message>
    <message>
        <source>If it still does not work, check these:
</source>
        <translation>Wenn es immer noch nicht funktioniert, prüfen Sie Folgendes:
</translation>
    </message>
    <message>
        <source>Provider: %1 (from %2)
</source>
        <translation>Anbieter: %1 (aus %2)
</translation>
    </message>
    <message>
        <source>Technical details:

</source>
        <translation>Technische Details:

</translation>
    </message>
    <message>
        <source>Checked: %1. Add --transcript to see each conversation with the server.
</source>
        <translation>Geprüft: %1. Mit --transcript sehen Sie jedes Gespräch mit dem Server.
</translation>
    </message>
    <message>
        <source>Your mail program&apos;s accounts for this address:
</source>
        <translation>Die Konten Ihres E-Mail-Programms für diese Adresse:
</translation>
    </message>
    <message>
        <source>- &quot;%1&quot; (%2): does not work. %3
</source>
        <translation>- „%1“ (%2): funktioniert nicht. %3
</translation>
    </message>
    <message>
        <source>- &quot;%1&quot; (%2): works.
</source>
        <translation>- „%1“ (%2): funktioniert.
</translation>
    </message>
    <message>
        <source>  These should also work (not checked):
</source>
        <translation>  Diese sollten auch funktionieren (nicht geprüft):
</translation>
    </message>
    <message>
        <source>For receiving (incoming server, POP3):
</source>
        <translation>Zum Empfangen (Posteingangsserver, POP3):
</translation>
    </message>
    <message>
        <source>For receiving (incoming server, IMAP):
</source>
        <translation>Zum Empfangen (Posteingangsserver, IMAP):
</translation>
    </message>
    <message>
        <source>  Verified: signing in works with these settings.
</source>
        <translation>  Geprüft: Die Anmeldung funktioniert mit diesen Einstellungen.
</translation>
    </message>
    <message>
        <source>  Verified: we checked this. Sending works with these settings.
</source>
        <translation>  Bestätigt: Das haben wir geprüft. Das Senden funktioniert mit diesen Einstellungen.
</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>Please type your email address.</source>
        <translation>Bitte geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no @ sign; an email address looks like name@example.com.</source>
        <translation>„%1“ hat kein @-Zeichen; eine E-Mail-Adresse sieht so aus: name@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing before the @ sign.</source>
        <translation>„%1“ hat nichts vor dem @-Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing after the @ sign.</source>
        <translation>„%1“ hat nichts nach dem @-Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one @ sign.</source>
        <translation>„%1“ hat mehr als ein @-Zeichen.</translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character.</source>
        <translation>Die Adresse enthält einen Zeilenumbruch oder ein anderes unsichtbares Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space; email addresses have none.</source>
        <translation>„%1“ enthält ein Leerzeichen; E-Mail-Adressen haben keine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name that can receive mail.</source>
        <translation>„%1“ ist kein Domainname, der E-Mails empfangen kann.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters, which mail servers refuse.</source>
        <translation>Die Adresse ist länger als 254 Zeichen; das lehnen Mailserver ab.</translation>
    </message>
</context>
<context>
    <name>ErrorExplainer</name>
    <message>
        <source>Your mail server wants your mail program to sign in before it sends, and your program did not sign in.</source>
        <translation>Ihr Mailserver verlangt, dass sich Ihr E-Mail-Programm vor dem Senden anmeldet, und Ihr Programm hat sich nicht angemeldet.</translation>
    </message>
    <message>
        <source>The mail server turned down every recipient of your message, most likely because your mail program did not sign in first.</source>
        <translation>Der Mailserver hat alle Empfänger Ihrer Nachricht abgelehnt, höchstwahrscheinlich weil sich Ihr E-Mail-Programm nicht vorher angemeldet hat.</translation>
    </message>
    <message>
        <source>Your mail server refused to send this message, most likely because your mail program did not sign in first.</source>
        <translation>Ihr Mailserver hat sich geweigert, diese Nachricht zu senden, höchstwahrscheinlich weil sich Ihr E-Mail-Programm nicht vorher angemeldet hat.</translation>
    </message>
    <message>
        <source>Your mail server did not accept the user name and password your mail program signed in with.</source>
        <translation>Ihr Mailserver hat den Benutzernamen und das Passwort, mit denen sich Ihr E-Mail-Programm angemeldet hat, nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Google did not accept the user name and password your mail program signed in with, which often means it needs an app password instead of your usual password.</source>
        <translation>Google hat den Benutzernamen und das Passwort, mit denen sich Ihr E-Mail-Programm angemeldet hat, nicht akzeptiert. Oft heißt das, dass ein App-Passwort statt Ihres üblichen Passworts nötig ist.</translation>
    </message>
    <message>
        <source>Your incoming mail server did not accept the user name and password your mail program uses.</source>
        <translation>Ihr Posteingangsserver hat den Benutzernamen und das Passwort Ihres E-Mail-Programms nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Your mail server has stopped accepting sign-ins for a while because of too many attempts with a wrong password.</source>
        <translation>Ihr Mailserver nimmt wegen zu vieler Versuche mit einem falschen Passwort eine Weile keine Anmeldungen an.</translation>
    </message>
    <message>
        <source>Your mail server could not finish checking your sign-in, which often happens when the sign-in method does not suit the server.</source>
        <translation>Ihr Mailserver konnte Ihre Anmeldung nicht fertig prüfen. Das passiert oft, wenn die Anmeldemethode nicht zum Server passt.</translation>
    </message>
    <message>
        <source>Your mail server wants you to change your password before your mail program can sign in again.</source>
        <translation>Ihr Mailserver verlangt, dass Sie Ihr Passwort ändern, bevor sich Ihr E-Mail-Programm wieder anmelden kann.</translation>
    </message>
    <message>
        <source>Your account uses 2-step verification, so your mail program needs an app password instead of your usual password.</source>
        <translation>Ihr Konto nutzt die Bestätigung in zwei Schritten, deshalb braucht Ihr E-Mail-Programm ein App-Passwort statt Ihres üblichen Passworts.</translation>
    </message>
    <message>
        <source>Your mail provider stopped this sign-in and wants your mail program to sign in through the provider&apos;s own sign-in page or with an app password.</source>
        <translation>Ihr E-Mail-Anbieter hat diese Anmeldung gestoppt und verlangt, dass sich Ihr E-Mail-Programm über die eigene Anmeldeseite des Anbieters oder mit einem App-Passwort anmeldet.</translation>
    </message>
    <message>
        <source>Your mail provider no longer accepts a plain password from mail programs and wants them to sign in through its own sign-in page.</source>
        <translation>Ihr E-Mail-Anbieter akzeptiert von E-Mail-Programmen kein einfaches Passwort mehr und verlangt, dass sie sich über seine eigene Anmeldeseite anmelden.</translation>
    </message>
    <message>
        <source>Sending from mail programs with a password is turned off for your account by the person who manages your email.</source>
        <translation>Die Person, die Ihre E-Mail verwaltet, hat für Ihr Konto das Senden aus E-Mail-Programmen mit Passwort abgeschaltet.</translation>
    </message>
    <message>
        <source>Your mail server does not accept the sign-in method your mail program is set to use.</source>
        <translation>Ihr Mailserver akzeptiert die Anmeldemethode nicht, die in Ihrem E-Mail-Programm eingestellt ist.</translation>
    </message>
    <message>
        <source>Your mail server accepts this way of signing in only over an encrypted connection, and your mail program is not using one.</source>
        <translation>Ihr Mailserver akzeptiert diese Art der Anmeldung nur über eine verschlüsselte Verbindung, und Ihr E-Mail-Programm verwendet keine.</translation>
    </message>
    <message>
        <source>Your mail server wants an encrypted connection before anything else, and your mail program did not start one.</source>
        <translation>Ihr Mailserver verlangt vor allem anderen eine verschlüsselte Verbindung, und Ihr E-Mail-Programm hat keine aufgebaut.</translation>
    </message>
    <message>
        <source>Your mail program&apos;s encryption setting does not match what the mail server uses on this port.</source>
        <translation>Die Verschlüsselungseinstellung Ihres E-Mail-Programms passt nicht zu dem, was der Mailserver auf diesem Port verwendet.</translation>
    </message>
    <message>
        <source>Your mail program could not confirm that the mail server is the one it claims to be, because the server&apos;s certificate was not accepted.</source>
        <translation>Ihr E-Mail-Programm konnte nicht bestätigen, dass der Mailserver der ist, der er zu sein vorgibt, weil das Zertifikat des Servers nicht akzeptiert wurde.</translation>
    </message>
    <message>
        <source>Your mail server refused the sender address, usually because it does not belong to the account your program signs in with.</source>
        <translation>Ihr Mailserver hat die Absenderadresse abgelehnt, meist weil sie nicht zu dem Konto gehört, mit dem sich Ihr Programm anmeldet.</translation>
    </message>
    <message>
        <source>The mail server could not confirm that your sender address exists.</source>
        <translation>Der Mailserver konnte nicht bestätigen, dass es Ihre Absenderadresse gibt.</translation>
    </message>
    <message>
        <source>Your account is not allowed to send with the address shown in the From field.</source>
        <translation>Ihr Konto darf nicht mit der Adresse im Feld „Von“ senden.</translation>
    </message>
    <message>
        <source>Your mail server refused the sender address, which usually means your mail program did not sign in or the address does not belong to the account.</source>
        <translation>Ihr Mailserver hat die Absenderadresse abgelehnt. Meist heißt das, dass sich Ihr E-Mail-Programm nicht angemeldet hat oder die Adresse nicht zum Konto gehört.</translation>
    </message>
    <message>
        <source>The mail server says an address you are sending to does not exist.</source>
        <translation>Der Mailserver sagt, dass es eine Adresse, an die Sie senden, nicht gibt.</translation>
    </message>
    <message>
        <source>The mail server turned down a recipient of your message, most often because your mail program did not sign in first.</source>
        <translation>Der Mailserver hat einen Empfänger Ihrer Nachricht abgelehnt, meistens weil sich Ihr E-Mail-Programm nicht vorher angemeldet hat.</translation>
    </message>
    <message>
        <source>The mailbox you are sending to is full and cannot take new mail right now.</source>
        <translation>Das Postfach, an das Sie senden, ist voll und kann gerade keine neuen E-Mails aufnehmen.</translation>
    </message>
    <message>
        <source>An address in your message contains characters that this mail server cannot handle.</source>
        <translation>Eine Adresse in Ihrer Nachricht enthält Zeichen, mit denen dieser Mailserver nicht umgehen kann.</translation>
    </message>
    <message>
        <source>The mail server refused mail from your internet connection because its address is on a list of addresses known for sending unwanted mail.</source>
        <translation>Der Mailserver hat E-Mails von Ihrer Internetverbindung abgelehnt, weil deren Adresse auf einer Liste von Adressen steht, die für unerwünschte E-Mails bekannt sind.</translation>
    </message>
    <message>
        <source>The mail server does not take mail straight from a home internet connection, so your mail program needs to send through your provider&apos;s server and sign in.</source>
        <translation>Der Mailserver nimmt keine E-Mails direkt von einem privaten Internetanschluss an. Ihr E-Mail-Programm muss deshalb über den Server Ihres Anbieters senden und sich anmelden.</translation>
    </message>
    <message>
        <source>The mail server is refusing mail from your internet connection for now because it noticed unusual activity from its address.</source>
        <translation>Der Mailserver lehnt E-Mails von Ihrer Internetverbindung vorerst ab, weil er ungewöhnliche Aktivität von deren Adresse bemerkt hat.</translation>
    </message>
    <message>
        <source>Your mail server lets your mail program send only after it has checked for new mail or signed in.</source>
        <translation>Ihr Mailserver lässt Ihr E-Mail-Programm erst senden, nachdem es neue E-Mails abgerufen oder sich angemeldet hat.</translation>
    </message>
    <message>
        <source>Your mail program sent its steps to the mail server in an order the server did not accept.</source>
        <translation>Ihr E-Mail-Programm hat seine Schritte in einer Reihenfolge an den Mailserver geschickt, die der Server nicht akzeptiert hat.</translation>
    </message>
    <message>
        <source>Your mail program waited for the mail server but got no answer in time.</source>
        <translation>Ihr E-Mail-Programm hat auf den Mailserver gewartet, aber nicht rechtzeitig eine Antwort bekommen.</translation>
    </message>
    <message>
        <source>Your mail program could not connect to the mail server.</source>
        <translation>Ihr E-Mail-Programm konnte keine Verbindung zum Mailserver herstellen.</translation>
    </message>
    <message>
        <source>The connection to the mail server broke off while your mail program was sending.</source>
        <translation>Die Verbindung zum Mailserver ist abgebrochen, während Ihr E-Mail-Programm gesendet hat.</translation>
    </message>
    <message>
        <source>Your mail program could not find the mail server by the name in its settings.</source>
        <translation>Ihr E-Mail-Programm konnte den Mailserver unter dem Namen in seinen Einstellungen nicht finden.</translation>
    </message>
    <message>
        <source>Sending from mail programs is turned off for your mailbox, and only the person who manages your email can turn it on for your mailbox.</source>
        <translation>Das Senden aus E-Mail-Programmen ist für Ihr Postfach abgeschaltet. Nur die Person, die Ihre E-Mail verwaltet, kann es für Ihr Postfach einschalten.</translation>
    </message>
    <message>
        <source>Sending from mail programs is turned off for your whole organisation, and only its administrator can turn it on, for everyone or just for your mailbox.</source>
        <translation>Das Senden aus E-Mail-Programmen ist für Ihre ganze Organisation abgeschaltet. Nur deren Administrator kann es einschalten, für alle oder nur für Ihr Postfach.</translation>
    </message>
    <message>
        <source>The mail server could not find the domain of your sender address, the part after the @, so check that the address is typed correctly.</source>
        <translation>Der Mailserver konnte die Domain Ihrer Absenderadresse (den Teil nach dem @) nicht finden. Prüfen Sie, ob die Adresse richtig geschrieben ist.</translation>
    </message>
    <message>
        <source>Your mail provider does not send mail for the domain of your sender address, so use an address that belongs to your account or ask the person who manages your email to add the domain.</source>
        <translation>Ihr E-Mail-Anbieter sendet keine E-Mails für die Domain Ihrer Absenderadresse. Verwenden Sie eine Adresse, die zu Ihrem Konto gehört, oder bitten Sie die Person, die Ihre E-Mail verwaltet, die Domain hinzuzufügen.</translation>
    </message>
    <message>
        <source>Your account has reached the number of messages your mail provider lets it send in an hour or a day, so sending works again after a while.</source>
        <translation>Ihr Konto hat die Zahl an Nachrichten erreicht, die Ihr E-Mail-Anbieter pro Stunde oder pro Tag erlaubt. Nach einer Weile funktioniert das Senden wieder.</translation>
    </message>
    <message>
        <source>Your mail provider has stopped your account from sending, usually because unwanted mail was sent from it, so change your password and ask your provider or the person who manages your email to lift the block.</source>
        <translation>Ihr E-Mail-Anbieter hat das Senden für Ihr Konto gesperrt, meist weil unerwünschte E-Mails darüber gesendet wurden. Ändern Sie Ihr Passwort und bitten Sie Ihren Anbieter oder die Person, die Ihre E-Mail verwaltet, die Sperre aufzuheben.</translation>
    </message>
    <message>
        <source>The mail server refused the name your computer gives when your mail program connects, often because the name has an underscore or letters outside the English alphabet.</source>
        <translation>Der Mailserver hat den Namen abgelehnt, den Ihr Computer angibt, wenn sich Ihr E-Mail-Programm verbindet. Oft enthält der Name einen Unterstrich oder Buchstaben außerhalb des englischen Alphabets.</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>  explain TEXT [--json]
                   Say what an error message from a mail program means (no network use).
</source>
        <translation>  explain TEXT [--json]
                   Sagt, was eine Fehlermeldung eines E-Mail-Programms bedeutet (ohne Netz).
</translation>
    </message>
    <message>
        <source>give the error message your mail program showed, in quotes</source>
        <translation>geben Sie die Fehlermeldung Ihres E-Mail-Programms in Anführungszeichen an</translation>
    </message>
    <message>
        <source>MailFix does not recognise this message; run diagnose to find out more.</source>
        <translation>MailFix kennt diese Meldung nicht; „diagnose“ findet mehr heraus.</translation>
    </message>
    <message>
        <source>Reply code:</source>
        <translation>Antwortcode:</translation>
    </message>
    <message>
        <source>Enhanced code:</source>
        <translation>Erw. Statuscode:</translation>
    </message>
    <message>
        <source>Server&apos;s words:</source>
        <translation>Serverantwort:</translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation>Mailserver:</translation>
    </message>
    <message>
        <source>Mail program:</source>
        <translation>E-Mail-Programm:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
</context>
<context>
    <name>ExportAccount</name>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>sign-in with OAuth2 cannot be put into a setup file: add the account with the mail program&apos;s own sign-in for this provider instead</source>
        <translation>die Anmeldung per OAuth2 kann nicht in eine Einrichtungsdatei geschrieben werden: Fügen Sie das Konto stattdessen mit der eigenen Anmeldung des E-Mail-Programms für diesen Anbieter hinzu</translation>
    </message>
    <message>
        <source>both the incoming and the outgoing server are needed</source>
        <translation>sowohl der Posteingangs- als auch der Postausgangsserver werden gebraucht</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>  export --address A [--name NAME] --settings HOST:PORT:SECURITY:AUTH --user U
        --incoming HOST:PORT:SECURITY:AUTH [--incoming-protocol imap|pop3]
        [--mobileconfig FILE] [--prf FILE]
        [--settings-card FILE.pdf|FILE.html --program P [--version V]]
                   Write the checked settings into files, never with a password: a setup
                   profile for Apple Mail (Mac, iPhone, iPad), a PRF file for classic Outlook
                   (outlook.exe /importprf FILE; the new Outlook takes none), and a one-page
                   card with the settings and the drawn steps for a program, to send to a
                   user (--incoming is optional for the card). --settings: the outgoing
                   server; --incoming: the incoming one, HOST:PORT:SECURITY:AUTH with
                   --incoming-protocol (default imap), or HOST:PORT:SECURITY:PROTOCOL.
</source>
        <translation>  export --address A [--name NAME] --settings HOST:PORT:SECURITY:AUTH --user U
        --incoming HOST:PORT:SECURITY:AUTH [--incoming-protocol imap|pop3]
        [--mobileconfig FILE] [--prf FILE]
        [--settings-card FILE.pdf|FILE.html --program P [--version V]]
                   Schreibt die geprüften Einstellungen in Dateien, nie mit einem
                   Passwort: ein Konfigurationsprofil für Apple Mail (Mac, iPhone, iPad),
                   eine PRF-Datei für das klassische Outlook (outlook.exe /importprf FILE;
                   das neue Outlook nimmt keine an) und eine einseitige Karte mit den
                   Einstellungen und den bebilderten Schritten für ein Programm, zum
                   Schicken an einen Benutzer (für die Karte ist --incoming optional).
                   --settings: der Postausgangsserver; --incoming: der Posteingangsserver,
                   HOST:PORT:SECURITY:AUTH mit --incoming-protocol (Standard: imap) oder
                   HOST:PORT:SECURITY:PROTOCOL.
</translation>
    </message>
    <message>
        <source>--address is required (the email address of the account)</source>
        <translation>--address fehlt (die E-Mail-Adresse des Kontos)</translation>
    </message>
    <message>
        <source>--settings is required (e.g. smtp.example.com:587:starttls:normal-password)</source>
        <translation>--settings fehlt (z. B. smtp.example.com:587:starttls:normal-password)</translation>
    </message>
    <message>
        <source>--user is required (the user name to sign in with, usually the email address)</source>
        <translation>--user fehlt (der Benutzername für die Anmeldung, meist die E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>unknown incoming protocol &quot;%1&quot; (use imap or pop3)</source>
        <translation>unbekanntes Eingangsprotokoll „%1“ (imap oder pop3 verwenden)</translation>
    </message>
    <message>
        <source>mailfix-cli export: cannot write &quot;%1&quot;: %2
</source>
        <translation>mailfix-cli export: „%1“ kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>mailfix-cli export: no Apple Mail profile: %1
</source>
        <translation>mailfix-cli export: kein Apple-Mail-Profil: %1
</translation>
    </message>
    <message>
        <source>Wrote the Apple Mail profile to %1
</source>
        <translation>Apple-Mail-Profil geschrieben in %1
</translation>
    </message>
    <message>
        <source>  Open it on the Mac, iPhone or iPad and install it (Mac: System Settings &gt; Privacy &amp; Security &gt; Profiles). It adds a new account; it cannot change the old one, so remove the old account for %1 afterwards. Mail asks for the password.
</source>
        <translation>  Öffnen Sie es auf dem Mac, iPhone oder iPad und installieren Sie es (Mac: Systemeinstellungen &gt; Datenschutz &amp; Sicherheit &gt; Profile). Es fügt ein neues Konto hinzu; das alte kann es nicht ändern, entfernen Sie deshalb danach das alte Konto für %1. Mail fragt nach dem Passwort.
</translation>
    </message>
    <message>
        <source>  Apple&apos;s profile has one switch, &quot;Use SSL&quot;, for SSL/TLS and STARTTLS alike: it is on for both; Mail picks the kind itself.
</source>
        <translation>  Apples Profil hat nur einen Schalter, „SSL verwenden“, für SSL/TLS und STARTTLS gleichermaßen: Er ist bei beiden eingeschaltet; Mail wählt die Art selbst.
</translation>
    </message>
    <message>
        <source>mailfix-cli export: no PRF file: %1
</source>
        <translation>mailfix-cli export: keine PRF-Datei: %1
</translation>
    </message>
    <message>
        <source>Wrote the Outlook profile file (PRF) to %1
</source>
        <translation>Outlook-Profildatei (PRF) geschrieben in %1
</translation>
    </message>
    <message>
        <source>  For classic Outlook for Windows, with Outlook closed: outlook.exe /importprf &quot;%1&quot;. The new Outlook does not accept PRF files: for it, use the drawn guide (mailfix-cli guide --program outlook --version new).
</source>
        <translation>  Für das klassische Outlook für Windows, bei geschlossenem Outlook: outlook.exe /importprf &quot;%1&quot;. Das neue Outlook nimmt keine PRF-Dateien an: Verwenden Sie dafür die bebilderte Anleitung (mailfix-cli guide --program outlook --version new).
</translation>
    </message>
    <message>
        <source>--settings-card takes a .pdf or .html file, not &quot;%1&quot;</source>
        <translation>--settings-card erwartet eine .pdf- oder .html-Datei, nicht „%1“</translation>
    </message>
    <message>
        <source>mailfix-cli export: cannot draw the card: the program was started without Qt Gui
</source>
        <translation>mailfix-cli export: Die Karte kann nicht gezeichnet werden: Das Programm wurde ohne Qt Gui gestartet
</translation>
    </message>
    <message>
        <source>Wrote the settings card for %1 (%2 steps) to %3
</source>
        <translation>Einstellungskarte für %1 (%2 Schritte) geschrieben in %3
</translation>
    </message>
    <message>
        <source>export takes no password: the files it writes never hold one</source>
        <translation>export nimmt kein Passwort: Die Dateien, die es schreibt, enthalten nie eines</translation>
    </message>
    <message>
        <source>say what to write: --mobileconfig FILE, --prf FILE or --settings-card FILE</source>
        <translation>geben Sie an, was geschrieben werden soll: --mobileconfig FILE, --prf FILE oder --settings-card FILE</translation>
    </message>
    <message>
        <source>--settings-card needs --program (the mail program whose steps it shows)</source>
        <translation>--settings-card braucht --program (das E-Mail-Programm, dessen Schritte sie zeigt)</translation>
    </message>
    <message>
        <source>--incoming is required for --mobileconfig and --prf: the account they set up needs its incoming server (e.g. imap.example.com:993:tls:normal-password)</source>
        <translation>--incoming ist für --mobileconfig und --prf nötig: Das Konto, das sie einrichten, braucht seinen Posteingangsserver (z. B. imap.example.com:993:tls:normal-password)</translation>
    </message>
</context>
<context>
    <name>FixPage</name>
    <message>
        <source>Fix it</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <source>Change these settings in %1, then click Next to check again.</source>
        <translation>Ändern Sie diese Einstellungen in %1 und klicken Sie dann auf „Weiter“, um erneut zu prüfen.</translation>
    </message>
    <message>
        <source>MailFix has no settings to suggest, because no server answered. Check your internet connection, then go back and check again.</source>
        <translation>MailFix kann keine Einstellungen vorschlagen, weil kein Server geantwortet hat. Prüfen Sie Ihre Internetverbindung, gehen Sie dann zurück und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Version of your mail program</source>
        <translation>Version Ihres E-Mail-Programms</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Show the steps for several accounts</source>
        <translation>Die Schritte für mehrere Konten zeigen</translation>
    </message>
    <message>
        <source>&amp;Save guide...</source>
        <translation>Anleitung spei&amp;chern…</translation>
    </message>
    <message>
        <source>Save the guide</source>
        <translation>Die Anleitung speichern</translation>
    </message>
    <message>
        <source>As a &amp;web page (HTML)...</source>
        <translation>Als &amp;Webseite (HTML)…</translation>
    </message>
    <message>
        <source>As a &amp;PDF...</source>
        <translation>Als &amp;PDF…</translation>
    </message>
    <message>
        <source>Some guides could not be read:</source>
        <translation>Einige Anleitungen konnten nicht gelesen werden:</translation>
    </message>
    <message>
        <source>Several accounts</source>
        <translation>Mehrere Konten</translation>
    </message>
    <message>
        <source>Type the names of the accounts whose outgoing settings you want to change, one a line (as your mail program lists them, usually the email address). The steps for each account are repeated.</source>
        <translation>Tippen Sie die Namen der Konten ein, deren Postausgangseinstellungen Sie ändern möchten, einen pro Zeile (so, wie Ihr E-Mail-Programm sie anzeigt, meist die E-Mail-Adresse). Die Schritte werden für jedes Konto wiederholt.</translation>
    </message>
    <message>
        <source>Picture of step %1</source>
        <translation>Bild zu Schritt %1</translation>
    </message>
    <message>
        <source>Your settings work. There is nothing to change in %1.</source>
        <translation>Ihre Einstellungen funktionieren. In %1 müssen Sie nichts ändern.</translation>
    </message>
    <message>
        <source>The problem is not in %1&apos;s settings, so there is nothing to change there.</source>
        <translation>Das Problem liegt nicht an den Einstellungen von %1, deshalb müssen Sie dort nichts ändern.</translation>
    </message>
    <message>
        <source>MailFix could not test these settings completely, so they may still need a change.</source>
        <translation>MailFix konnte diese Einstellungen nicht vollständig testen, vielleicht muss also doch noch etwas geändert werden.</translation>
    </message>
    <message>
        <source>There is no guide to save.</source>
        <translation>Es gibt keine Anleitung zum Speichern.</translation>
    </message>
    <message>
        <source>MailFix guide</source>
        <translation>MailFix-Anleitung</translation>
    </message>
    <message>
        <source>Save the guide as a web page</source>
        <translation>Die Anleitung als Webseite speichern</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Save the guide as a PDF</source>
        <translation>Die Anleitung als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to put the folder of pictures</source>
        <translation>Wählen Sie, wo der Ordner mit den Bildern hin soll</translation>
    </message>
    <message>
        <source>The guide was not saved</source>
        <translation>Die Anleitung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>MailFix could not save the guide: %1
Try another folder.</source>
        <translation>MailFix konnte die Anleitung nicht speichern: %1
Versuchen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Several a&amp;ccounts...</source>
        <translation>Mehrere &amp;Konten…</translation>
    </message>
    <message>
        <source>As p&amp;ictures (a folder of PNG files)...</source>
        <translation>Als &amp;Bilder (ein Ordner mit PNG-Dateien)…</translation>
    </message>
    <message>
        <source>%1 already uses these settings. There is nothing to change there.</source>
        <translation>In %1 sind diese Einstellungen bereits eingetragen. Sie müssen dort nichts ändern.</translation>
    </message>
    <message>
        <source>your mail program</source>
        <translation>Ihrem E-Mail-Programm</translation>
    </message>
    <message>
        <source>Save a setup profile for Apple Mail...</source>
        <translation>Konfigurationsprofil für Apple Mail speichern…</translation>
    </message>
    <message>
        <source>A file that sets up the account in Mail on the Mac, iPhone or iPad with these settings. Install it, then remove the old account.</source>
        <translation>Eine Datei, die das Konto in Mail auf dem Mac, iPhone oder iPad mit diesen Einstellungen einrichtet. Installieren Sie sie und entfernen Sie dann das alte Konto.</translation>
    </message>
    <message>
        <source>&amp;Fix it for me...</source>
        <translation>Für &amp;mich beheben…</translation>
    </message>
    <message>
        <source>MailFix writes these settings into Thunderbird for you, after showing what changes. It keeps a copy of the old settings, so you can undo it.</source>
        <translation>MailFix trägt diese Einstellungen für Sie in Thunderbird ein, nachdem es gezeigt hat, was sich ändert. Es bewahrt eine Kopie der alten Einstellungen auf, damit Sie es rückgängig machen können.</translation>
    </message>
    <message>
        <source>Incoming server:</source>
        <translation>Posteingangsserver:</translation>
    </message>
    <message>
        <source>Incoming port:</source>
        <translation>Posteingangsport:</translation>
    </message>
    <message>
        <source>Outgoing server:</source>
        <translation>Postausgangsserver:</translation>
    </message>
    <message>
        <source>Outgoing port:</source>
        <translation>Postausgangsport:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copies %1 so you can paste it into %2.</source>
        <translation>Kopiert %1, damit Sie es in %2 einfügen können.</translation>
    </message>
    <message>
        <source>Save the setup profile for Apple Mail</source>
        <translation>Das Konfigurationsprofil für Apple Mail speichern</translation>
    </message>
    <message>
        <source>Configuration profile (*.mobileconfig)</source>
        <translation>Konfigurationsprofil (*.mobileconfig)</translation>
    </message>
    <message>
        <source>No setup profile</source>
        <translation>Kein Konfigurationsprofil</translation>
    </message>
    <message>
        <source>MailFix cannot make a setup profile: %1</source>
        <translation>MailFix kann kein Konfigurationsprofil erstellen: %1</translation>
    </message>
    <message>
        <source>The profile was not saved</source>
        <translation>Das Profil wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>MailFix could not save the profile: %1
Try another folder.</source>
        <translation>MailFix konnte das Profil nicht speichern: %1
Versuchen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The steps to fix it</source>
        <translation>Die Schritte zur Behebung</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Click to see the picture larger.</source>
        <translation>Klicken Sie, um das Bild größer zu sehen.</translation>
    </message>
    <message>
        <source>Install the setup profile</source>
        <translation>Konfigurationsprofil installieren</translation>
    </message>
    <message>
        <source>The setup profile was saved as %1.</source>
        <translation>Das Konfigurationsprofil wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Install it, then remove the old account: the profile adds a new account, with Use TLS/SSL on. It cannot change the account you have now.</source>
        <translation>Installieren Sie es und entfernen Sie dann das alte Konto: Das Profil fügt ein neues Konto hinzu, bei dem „TLS/SSL verwenden“ eingeschaltet ist. Das Konto, das Sie jetzt haben, kann es nicht ändern.</translation>
    </message>
    <message>
        <source>Install it, then remove the old account: the profile adds a new account. It cannot change the account you have now.</source>
        <translation>Installieren Sie es und entfernen Sie dann das alte Konto: Das Profil fügt ein neues Konto hinzu. Das Konto, das Sie jetzt haben, kann es nicht ändern.</translation>
    </message>
    <message>
        <source>The steps to install the setup profile</source>
        <translation>Die Schritte zur Installation des Konfigurationsprofils</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>the key %1 is missing</source>
        <translation>der Schlüssel %1 fehlt</translation>
    </message>
    <message>
        <source>must be a text in quotes</source>
        <translation>muss ein Text in Anführungszeichen sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be a list of texts, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>muss eine Liste von Texten sein, z. B. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>unknown key %1 (known here: %2)</source>
        <translation>unbekannter Schlüssel %1 (hier bekannt: %2)</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} (known: %2)</source>
        <translation>unbekannter Platzhalter {%1} (bekannt: %2)</translation>
    </message>
    <message>
        <source>a { or } without its partner</source>
        <translation>ein { oder } ohne Gegenstück</translation>
    </message>
    <message>
        <source>must be true, false, or a condition such as &quot;security=tls|starttls&quot; or &quot;auth!=none&quot;</source>
        <translation>muss true, false oder eine Bedingung wie &quot;security=tls|starttls&quot; oder &quot;auth!=none&quot; sein</translation>
    </message>
    <message>
        <source>unknown value %1 for %2 (known: %3)</source>
        <translation>unbekannter Wert %1 für %2 (bekannt: %3)</translation>
    </message>
    <message>
        <source>unknown need %1 (known: %2)</source>
        <translation>unbekannte Anforderung %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines davon sein: %1</translation>
    </message>
    <message>
        <source>must be an object { ... }</source>
        <translation>muss ein Objekt { ... } sein</translation>
    </message>
    <message>
        <source>unknown widget type %1 (known: %2)</source>
        <translation>unbekannter Widget-Typ %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>needs four numbers [x, y, width, height]</source>
        <translation>braucht vier Zahlen [x, y, Breite, Höhe]</translation>
    </message>
    <message>
        <source>width and height must be more than 0</source>
        <translation>Breite und Höhe müssen größer als 0 sein</translation>
    </message>
    <message>
        <source>lies outside the dialog (%1 x %2)</source>
        <translation>liegt außerhalb des Dialogs (%1 x %2)</translation>
    </message>
    <message>
        <source>must be a list of column widths, e.g. [200, 120]</source>
        <translation>muss eine Liste von Spaltenbreiten sein, z. B. [200, 120]</translation>
    </message>
    <message>
        <source>must be a list of indent levels from 0 to 10, one a row</source>
        <translation>muss eine Liste von Einrückungsstufen von 0 bis 10 sein, eine pro Zeile</translation>
    </message>
    <message>
        <source>must be a list of rows</source>
        <translation>muss eine Liste von Zeilen sein</translation>
    </message>
    <message>
        <source>a row is a text, or a list of texts (one a column)</source>
        <translation>eine Zeile ist ein Text oder eine Liste von Texten (einer pro Spalte)</translation>
    </message>
    <message>
        <source>must be &quot;tabs&quot; or &quot;segmented&quot;</source>
        <translation>muss &quot;tabs&quot; oder &quot;segmented&quot; sein</translation>
    </message>
    <message>
        <source>must be one of &quot;white&quot;, &quot;window&quot;, &quot;sidebar&quot;, &quot;accent&quot;, &quot;header&quot;</source>
        <translation>muss &quot;white&quot;, &quot;window&quot;, &quot;sidebar&quot;, &quot;accent&quot; oder &quot;header&quot; sein</translation>
    </message>
    <message>
        <source>must be &quot;list&quot; or &quot;sidebar&quot;</source>
        <translation>muss &quot;list&quot; oder &quot;sidebar&quot; sein</translation>
    </message>
    <message>
        <source>needs at least one item</source>
        <translation>braucht mindestens einen Eintrag</translation>
    </message>
    <message>
        <source>there is no item %1 (the first is 0)</source>
        <translation>es gibt keinen Eintrag %1 (der erste ist 0)</translation>
    </message>
    <message>
        <source>there is no row %1 (the first is 0)</source>
        <translation>es gibt keine Zeile %1 (die erste ist 0)</translation>
    </message>
    <message>
        <source>has more cells than there are columns</source>
        <translation>hat mehr Zellen, als es Spalten gibt</translation>
    </message>
    <message>
        <source>needs one title for each column</source>
        <translation>braucht einen Titel für jede Spalte</translation>
    </message>
    <message>
        <source>needs one indent for each row</source>
        <translation>braucht eine Einrückung für jede Zeile</translation>
    </message>
    <message>
        <source>needs one icon for each item</source>
        <translation>braucht ein Symbol für jeden Eintrag</translation>
    </message>
    <message>
        <source>needs one shortcut (or &quot;&quot;) for each item</source>
        <translation>braucht ein Tastenkürzel (oder &quot;&quot;) für jeden Eintrag</translation>
    </message>
    <message>
        <source>a %1 needs a text</source>
        <translation>ein %1 braucht einen Text</translation>
    </message>
    <message>
        <source>a dialog with a title bar needs a title</source>
        <translation>ein Dialog mit Titelleiste braucht einen Titel</translation>
    </message>
    <message>
        <source>needs two numbers [width, height], each from 40 to 2000</source>
        <translation>braucht zwei Zahlen [Breite, Höhe], jede von 40 bis 2000</translation>
    </message>
    <message>
        <source>is missing: &quot;windows&quot;, &quot;gtk&quot; or &quot;macos&quot;</source>
        <translation>fehlt: &quot;windows&quot;, &quot;gtk&quot; oder &quot;macos&quot;</translation>
    </message>
    <message>
        <source>needs a list of widgets</source>
        <translation>braucht eine Liste von Widgets</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>die ID %1 wird zweimal verwendet</translation>
    </message>
    <message>
        <source>use small letters, digits and - only</source>
        <translation>nur Kleinbuchstaben, Ziffern und - verwenden</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>needs at least one of %1</source>
        <translation>braucht mindestens eines von %1</translation>
    </message>
    <message>
        <source>must be a list of items</source>
        <translation>muss eine Liste von Einträgen sein</translation>
    </message>
    <message>
        <source>no widget of this step&apos;s dialog has callout %1</source>
        <translation>kein Widget im Dialog dieses Schritts hat die Markierung %1</translation>
    </message>
    <message>
        <source>callout %1 is on a widget but no item of the step explains it</source>
        <translation>die Markierung %1 ist an einem Widget, aber kein Eintrag des Schritts erklärt sie</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;%1&quot;: &quot;...&quot;}</source>
        <translation>muss ein Objekt wie {&quot;%1&quot;: &quot;...&quot;} sein</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>kein gültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <source>a guide must be a JSON object { ... }</source>
        <translation>eine Anleitung muss ein JSON-Objekt { ... } sein</translation>
    </message>
    <message>
        <source>must be %1 (this MailFix reads guides of format %1)</source>
        <translation>muss %1 sein (dieses MailFix liest Anleitungen im Format %1)</translation>
    </message>
    <message>
        <source>use small letters, digits and - only, e.g. &quot;thunderbird&quot;</source>
        <translation>nur Kleinbuchstaben, Ziffern und - verwenden, z. B. &quot;thunderbird&quot;</translation>
    </message>
    <message>
        <source>use small letters, digits and - only, e.g. &quot;115&quot;</source>
        <translation>nur Kleinbuchstaben, Ziffern und - verwenden, z. B. &quot;115&quot;</translation>
    </message>
    <message>
        <source>must be an object with &quot;security&quot; and &quot;auth&quot;</source>
        <translation>muss ein Objekt mit &quot;security&quot; und &quot;auth&quot; sein</translation>
    </message>
    <message>
        <source>steps: needs a list of steps</source>
        <translation>steps: braucht eine Liste von Schritten</translation>
    </message>
</context>
<context>
    <name>Guide/apple-mail</name>
    <message>
        <source>About Mail</source>
        <translation>Über Mail</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>Kontoinformationen</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Accounts...</source>
        <translation>Accounts …</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>Automatically manage connection settings</source>
        <translation>Verbindungseinstellungen automatisch verwalten</translation>
    </message>
    <message>
        <source>Check that Email Address is {address}. If it is not, choose it there, or choose Edit Email Addresses... to add it.</source>
        <translation>Prüfen Sie, ob bei „E-Mail-Adresse“ {address} steht. Wenn nicht, wählen Sie sie dort aus, oder wählen Sie „E-Mail-Adressen bearbeiten …“, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>Choose Preferences...</source>
        <translation>Wählen Sie „Einstellungen …“.</translation>
    </message>
    <message>
        <source>Choose Settings...</source>
        <translation>Wählen Sie „Einstellungen …“.</translation>
    </message>
    <message>
        <source>Choose your account.</source>
        <translation>Wählen Sie Ihr Konto.</translation>
    </message>
    <message>
        <source>Click Accounts.</source>
        <translation>Klicken Sie auf „Accounts“.</translation>
    </message>
    <message>
        <source>Click Mail in the menu bar at the top of the screen.</source>
        <translation>Klicken Sie oben in der Menüleiste auf „Mail“.</translation>
    </message>
    <message>
        <source>Click Save.</source>
        <translation>Klicken Sie auf „Sichern“.</translation>
    </message>
    <message>
        <source>Click Server Settings.</source>
        <translation>Klicken Sie auf „Servereinstellungen“.</translation>
    </message>
    <message>
        <source>Click your account, {account}, in the list on the left.</source>
        <translation>Klicken Sie links in der Liste auf Ihr Konto {account}.</translation>
    </message>
    <message>
        <source>Close the Accounts window, then send yourself a test message.</source>
        <translation>Schließen Sie das Fenster „Accounts“ und schicken Sie sich dann selbst eine Testnachricht.</translation>
    </message>
    <message>
        <source>Composing</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Email Address:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Enable this account</source>
        <translation>Diesen Account aktivieren</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Fonts &amp; Colors</source>
        <translation>Schrift &amp; Farbe</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Full Name:</source>
        <translation>Vollständiger Name:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Hide Mail</source>
        <translation>Mail ausblenden</translation>
    </message>
    <message>
        <source>Hide Others</source>
        <translation>Andere ausblenden</translation>
    </message>
    <message>
        <source>Host Name:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <source>In Mail, open Mail &gt; Preferences.</source>
        <translation>Öffnen Sie in Mail „Mail“ &gt; „Einstellungen“.</translation>
    </message>
    <message>
        <source>In Mail, open Mail &gt; Settings.</source>
        <translation>Öffnen Sie in Mail „Mail“ &gt; „Einstellungen“.</translation>
    </message>
    <message>
        <source>Incoming Mail Server (IMAP)</source>
        <translation>Server für eintreffende E-Mails (IMAP)</translation>
    </message>
    <message>
        <source>Junk Mail</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>MD5 Challenge-Response</source>
        <translation>MD5-Challenge-Response</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Mail on macOS 12 Monterey and earlier</source>
        <translation>Mail unter macOS 12 Monterey und älter</translation>
    </message>
    <message>
        <source>Mail on macOS 13 Ventura and later</source>
        <translation>Mail unter macOS 13 Ventura und neuer</translation>
    </message>
    <message>
        <source>Mail opens your provider&apos;s sign-in page: sign in there.</source>
        <translation>Mail öffnet die Anmeldeseite Ihres Anbieters: Melden Sie sich dort an.</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Mailbox Behaviors</source>
        <translation>Postfach-Verhalten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>On the Server Settings tab, under Outgoing Mail Server (SMTP):</source>
        <translation>Auf der Registerkarte „Servereinstellungen“ unter „Server für ausgehende E-Mails (SMTP)“:</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Outgoing Mail Server (SMTP)</source>
        <translation>Server für ausgehende E-Mails (SMTP)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Preferences...</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Quit Mail</source>
        <translation>Mail beenden</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Server Settings</source>
        <translation>Server-Einstellungen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Set Authentication to {auth}.</source>
        <translation>Setzen Sie „Authentifizierung“ auf {auth}.</translation>
    </message>
    <message>
        <source>Set Host Name to {host}.</source>
        <translation>Setzen Sie „Hostname“ auf {host}.</translation>
    </message>
    <message>
        <source>Set Port to {port}.</source>
        <translation>Setzen Sie „Port“ auf {port}.</translation>
    </message>
    <message>
        <source>Set User Name to {username}.</source>
        <translation>Setzen Sie „Benutzername“ auf {username}.</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle einblenden</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Tick &quot;Use TLS/SSL&quot;.</source>
        <translation>Aktivieren Sie „TLS/SSL verwenden“.</translation>
    </message>
    <message>
        <source>Type your password again in Password.</source>
        <translation>Tippen Sie Ihr Passwort bei „Passwort“ noch einmal ein.</translation>
    </message>
    <message>
        <source>Untick &quot;Automatically manage connection settings&quot;. Port, Use TLS/SSL and Authentication appear.</source>
        <translation>Deaktivieren Sie „Verbindungseinstellungen automatisch verwalten“. Dann erscheinen „Port“, „TLS/SSL verwenden“ und „Authentifizierung“.</translation>
    </message>
    <message>
        <source>Untick &quot;Use TLS/SSL&quot;.</source>
        <translation>Deaktivieren Sie „TLS/SSL verwenden“.</translation>
    </message>
    <message>
        <source>Use TLS/SSL</source>
        <translation>TLS/SSL verwenden</translation>
    </message>
    <message>
        <source>Use TLS/SSL off</source>
        <translation>„TLS/SSL verwenden“ aus</translation>
    </message>
    <message>
        <source>User Name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>Incoming Mail Server ({incomingProtocol})</source>
        <translation>Server für eintreffende E-Mails ({incomingProtocol})</translation>
    </message>
    <message>
        <source>On the Server Settings tab, under Incoming Mail Server ({incomingProtocol}):</source>
        <translation>Auf der Registerkarte „Servereinstellungen“ unter „Server für eintreffende E-Mails ({incomingProtocol})“:</translation>
    </message>
    <message>
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <source>Set Host Name to {incomingHost}.</source>
        <translation>Setzen Sie „Hostname“ auf {incomingHost}.</translation>
    </message>
    <message>
        <source>Set Port to {incomingPort}.</source>
        <translation>Setzen Sie „Port“ auf {incomingPort}.</translation>
    </message>
    <message>
        <source>Set User Name to {incomingUsername}.</source>
        <translation>Setzen Sie „Benutzername“ auf {incomingUsername}.</translation>
    </message>
    <message>
        <source>AOL</source>
        <translation>AOL</translation>
    </message>
    <message>
        <source>Add Account...</source>
        <translation>Account hinzufügen …</translation>
    </message>
    <message>
        <source>Add Other Account...</source>
        <translation>Anderen Account hinzufügen …</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <source>Choose Microsoft Exchange for an Outlook.com or Microsoft 365 address, or Google for a Gmail address.</source>
        <translation>Wählen Sie „Microsoft Exchange“ für eine Outlook.com- oder Microsoft 365-Adresse oder „Google“ für eine Gmail-Adresse.</translation>
    </message>
    <message>
        <source>Click + below the list of accounts.</source>
        <translation>Klicken Sie unter der Liste der Accounts auf +.</translation>
    </message>
    <message>
        <source>Click Add Account...</source>
        <translation>Klicken Sie auf „Account hinzufügen …“.</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>If Authentication does not offer OAuth 2.0, add the account in Internet Accounts instead: macOS then signs in through Microsoft or Google.</source>
        <translation>Wenn „Authentifizierung“ kein OAuth 2.0 anbietet, fügen Sie den Account stattdessen unter „Internetaccounts“ hinzu: macOS meldet sich dann über Microsoft oder Google an.</translation>
    </message>
    <message>
        <source>Internet Accounts</source>
        <translation>Internetaccounts</translation>
    </message>
    <message>
        <source>Microsoft Exchange</source>
        <translation>Microsoft Exchange</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Mitteilungen</translation>
    </message>
    <message>
        <source>Open System Preferences from the Apple menu, then click Internet Accounts.</source>
        <translation>Öffnen Sie im Apple-Menü die „Systemeinstellungen“ und klicken Sie dann auf „Internetaccounts“.</translation>
    </message>
    <message>
        <source>Open System Settings from the Apple menu, then click Internet Accounts.</source>
        <translation>Öffnen Sie im Apple-Menü die „Systemeinstellungen“ und klicken Sie dann auf „Internetaccounts“.</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Passwörter</translation>
    </message>
    <message>
        <source>Then remove the old account from Mail: in Mail &gt; Preferences &gt; Accounts, click it, then click −.</source>
        <translation>Entfernen Sie dann den alten Account aus Mail: Klicken Sie unter „Mail“ &gt; „Einstellungen“ &gt; „Accounts“ darauf und dann auf −.</translation>
    </message>
    <message>
        <source>Then remove the old account from Mail: in Mail &gt; Settings &gt; Accounts, click it, then click −.</source>
        <translation>Entfernen Sie dann den alten Account aus Mail: Klicken Sie unter „Mail“ &gt; „Einstellungen“ &gt; „Accounts“ darauf und dann auf −.</translation>
    </message>
    <message>
        <source>Type {address} and click Sign In. Sign in in the window of Microsoft or Google that opens, and keep Mail ticked.</source>
        <translation>Tippen Sie {address} ein und klicken Sie auf „Anmelden“. Melden Sie sich im Fenster von Microsoft oder Google an, das sich öffnet, und lassen Sie „Mail“ aktiviert.</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <source>Yahoo!</source>
        <translation>Yahoo!</translation>
    </message>
    <message>
        <source>iCloud</source>
        <translation>iCloud</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Click Install... and confirm with your Mac&apos;s password.</source>
        <translation>Klicken Sie auf „Installieren …“ und bestätigen Sie mit dem Passwort Ihres Mac.</translation>
    </message>
    <message>
        <source>Click OK. The new account then appears in Mail&apos;s list of accounts.</source>
        <translation>Klicken Sie auf „OK“. Der neue Account erscheint dann in der Liste der Accounts in Mail.</translation>
    </message>
    <message>
        <source>Click the minus button (−) below the list, then Remove.</source>
        <translation>Klicken Sie unter der Liste auf das Minuszeichen (−) und dann auf „Entfernen“.</translation>
    </message>
    <message>
        <source>Click the old account, {account}. The new account is the one at the bottom of the list.</source>
        <translation>Klicken Sie auf den alten Account {account}. Der neue Account steht ganz unten in der Liste.</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Enter settings for the mail account</source>
        <translation>Einstellungen für den E-Mail-Account eingeben</translation>
    </message>
    <message>
        <source>Enter the password for {address}.</source>
        <translation>Geben Sie das Passwort für {address} ein.</translation>
    </message>
    <message>
        <source>In Mail, open Mail &gt; Settings and click Accounts.</source>
        <translation>Öffnen Sie in Mail „Mail“ &gt; „Einstellungen“ und klicken Sie auf „Accounts“.</translation>
    </message>
    <message>
        <source>Install the setup profile in Mail on macOS 13 Ventura and later</source>
        <translation>Das Konfigurationsprofil in Mail unter macOS 13 Ventura und neuer installieren</translation>
    </message>
    <message>
        <source>Install...</source>
        <translation>Installieren …</translation>
    </message>
    <message>
        <source>Mail settings for {address}</source>
        <translation>E-Mail-Einstellungen für {address}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>On the Mac, double-click the saved file, then install it in System Settings.</source>
        <translation>Doppelklicken Sie auf dem Mac auf die gespeicherte Datei und installieren Sie sie dann in den Systemeinstellungen.</translation>
    </message>
    <message>
        <source>Open System Settings from the Apple menu and click Privacy &amp; Security, then Profiles. On macOS 15 and later, Profiles is under General &gt; Device Management.</source>
        <translation>Öffnen Sie im Apple-Menü die „Systemeinstellungen“ und klicken Sie auf „Datenschutz &amp; Sicherheit“ und dann auf „Profile“. Unter macOS 15 und neuer finden Sie „Profile“ unter „Allgemein“ &gt; „Geräteverwaltung“.</translation>
    </message>
    <message>
        <source>Privacy &amp; Security</source>
        <translation>Datenschutz &amp; Sicherheit</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>The mail account {address}, with the server settings MailFix checked.</source>
        <translation>Das E-Mail-Konto {address} mit den Servereinstellungen, die MailFix geprüft hat.</translation>
    </message>
    <message>
        <source>The profile added a new account; it cannot change the one you had. Remove the old account from Mail:</source>
        <translation>Das Profil hat einen neuen Account hinzugefügt; den bisherigen kann es nicht ändern. Entfernen Sie den alten Account aus Mail:</translation>
    </message>
    <message>
        <source>Type the password of {address}.</source>
        <translation>Tippen Sie das Passwort von {address} ein.</translation>
    </message>
    <message>
        <source>Type your email password when you are asked for it.</source>
        <translation>Tippen Sie Ihr E-Mail-Passwort ein, wenn Sie danach gefragt werden.</translation>
    </message>
    <message>
        <source>Under Downloaded, double-click Mail settings for {address}.</source>
        <translation>Doppelklicken Sie unter „Heruntergeladen“ auf „E-Mail-Einstellungen für {address}“.</translation>
    </message>
</context>
<context>
    <name>Guide/other</name>
    <message>
        <source>Any mail program</source>
        <translation>Jedes E-Mail-Programm</translation>
    </message>
    <message>
        <source>Check the account {account}.</source>
        <translation>Prüfen Sie das Konto {account}.</translation>
    </message>
    <message>
        <source>Make sure it sends through the outgoing server {host}.</source>
        <translation>Achten Sie darauf, dass es über den Postausgangsserver {host} sendet.</translation>
    </message>
    <message>
        <source>Make sure the account&apos;s email address is {address}.</source>
        <translation>Achten Sie darauf, dass die E-Mail-Adresse des Kontos {address} lautet.</translation>
    </message>
    <message>
        <source>Save the settings, then send yourself a test message.</source>
        <translation>Speichern Sie die Einstellungen und schicken Sie sich dann selbst eine Testnachricht.</translation>
    </message>
    <message>
        <source>Sign-in: {auth}, with the user name {username}.</source>
        <translation>Anmeldung: {auth}, mit dem Benutzernamen {username}.</translation>
    </message>
    <message>
        <source>Incoming server ({incomingProtocol}): {incomingHost}. Port: {incomingPort}. Encryption: {incomingSecurity}. User name: {incomingUsername}.</source>
        <translation>Posteingangsserver ({incomingProtocol}): {incomingHost}. Port: {incomingPort}. Verschlüsselung: {incomingSecurity}. Benutzername: {incomingUsername}.</translation>
    </message>
    <message>
        <source>Open your mail program&apos;s account settings.</source>
        <translation>Öffnen Sie die Kontoeinstellungen Ihres E-Mail-Programms.</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP): {host}. Port: {port}. Encryption: {security}.</source>
        <translation>Postausgangsserver (SMTP): {host}. Port: {port}. Verschlüsselung: {security}.</translation>
    </message>
</context>
<context>
    <name>Guide/outlook</name>
    <message>
        <source>+ Add Account</source>
        <translation>+ Konto hinzufügen</translation>
    </message>
    <message>
        <source>+ Add account</source>
        <translation>+ Konto hinzufügen</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Zurück</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>Kontoinformationen</translation>
    </message>
    <message>
        <source>Account Name and Sync Settings</source>
        <translation>Kontoname und Synchronisierungseinstellungen</translation>
    </message>
    <message>
        <source>Account Settings</source>
        <translation>Konten-Einstellungen</translation>
    </message>
    <message>
        <source>Account Settings ▾</source>
        <translation>Kontoeinstellungen ▾</translation>
    </message>
    <message>
        <source>Account Settings...</source>
        <translation>Kontoeinstellungen…</translation>
    </message>
    <message>
        <source>Account Type:</source>
        <translation>Kontotyp:</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Add the account again: in Settings &gt; Accounts &gt; Email accounts, click Add account.</source>
        <translation>Fügen Sie das Konto wieder hinzu: Klicken Sie unter „Einstellungen“ &gt; „Konten“ &gt; „E-Mail-Konten“ auf „Konto hinzufügen“.</translation>
    </message>
    <message>
        <source>Add your email account</source>
        <translation>E-Mail-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Address Books</source>
        <translation>Adressbücher</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Automatically test account settings when Next is clicked</source>
        <translation>Kontoeinstellungen durch Klicken auf „Weiter“ automatisch testen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Change Account</source>
        <translation>Konto ändern</translation>
    </message>
    <message>
        <source>Change Profile</source>
        <translation>Profil ändern</translation>
    </message>
    <message>
        <source>Change settings for this account or set up more connections.</source>
        <translation>Ändern Sie die Einstellungen für dieses Konto, oder richten Sie weitere Verbindungen ein.</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Check that Email Address is {address}. If it is not, type it.</source>
        <translation>Prüfen Sie, ob bei „E-Mail-Adresse“ {address} steht. Wenn nicht, tippen Sie sie ein.</translation>
    </message>
    <message>
        <source>Choose &quot;Use same settings as my incoming mail server&quot;.</source>
        <translation>Wählen Sie „Gleiche Einstellungen wie für Posteingangsserver verwenden“.</translation>
    </message>
    <message>
        <source>Choose Account Settings... in the list.</source>
        <translation>Wählen Sie in der Liste „Kontoeinstellungen…“.</translation>
    </message>
    <message>
        <source>Choose your account.</source>
        <translation>Wählen Sie Ihr Konto.</translation>
    </message>
    <message>
        <source>Click Account Settings.</source>
        <translation>Klicken Sie auf „Kontoeinstellungen“.</translation>
    </message>
    <message>
        <source>Click Accounts.</source>
        <translation>Klicken Sie auf „Accounts“.</translation>
    </message>
    <message>
        <source>Click Change...</source>
        <translation>Klicken Sie auf „Ändern…“.</translation>
    </message>
    <message>
        <source>Click Continue.</source>
        <translation>Klicken Sie auf „Weiter“.</translation>
    </message>
    <message>
        <source>Click Continue. If Outlook asks which kind of account it is, choose IMAP.</source>
        <translation>Klicken Sie auf „Weiter“. Wenn Outlook fragt, welche Art von Konto es ist, wählen Sie IMAP.</translation>
    </message>
    <message>
        <source>Click Email accounts.</source>
        <translation>Klicken Sie auf „E-Mail-Konten“.</translation>
    </message>
    <message>
        <source>Click Finish, then Close in the Account Settings window.</source>
        <translation>Klicken Sie auf „Fertig stellen“ und dann im Fenster „Kontoeinstellungen“ auf „Schließen“.</translation>
    </message>
    <message>
        <source>Click More Settings ...</source>
        <translation>Klicken Sie auf „Weitere Einstellungen …“.</translation>
    </message>
    <message>
        <source>Click Next. Outlook tests the settings and sends itself a test message.</source>
        <translation>Klicken Sie auf „Weiter“. Outlook testet die Einstellungen und schickt sich selbst eine Testnachricht.</translation>
    </message>
    <message>
        <source>Click OK to close the Internet E-mail Settings window.</source>
        <translation>Klicken Sie auf „OK“, um das Fenster „Internet-E-Mail-Einstellungen“ zu schließen.</translation>
    </message>
    <message>
        <source>Click Remove and confirm. Outlook removes the account from this computer only; with IMAP, your mail stays on the server.</source>
        <translation>Klicken Sie auf „Entfernen“ und bestätigen Sie. Outlook entfernt das Konto nur von diesem Computer; bei IMAP bleiben Ihre E-Mails auf dem Server.</translation>
    </message>
    <message>
        <source>Click the Advanced tab.</source>
        <translation>Klicken Sie auf die Registerkarte „Erweitert“.</translation>
    </message>
    <message>
        <source>Click the Outgoing Server tab.</source>
        <translation>Klicken Sie auf die Registerkarte „Postausgangsserver“.</translation>
    </message>
    <message>
        <source>Click your account, {account}.</source>
        <translation>Klicken Sie auf Ihr Konto {account}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Congratulations! All tests completed successfully. Click Close to continue.</source>
        <translation>Herzlichen Glückwunsch! Alle Tests wurden erfolgreich abgeschlossen. Klicken Sie auf „Schließen“, um fortzufahren.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Data Files</source>
        <translation>Datendateien</translation>
    </message>
    <message>
        <source>Do not save copies of sent items</source>
        <translation>Keine Kopien gesendeter Elemente speichern</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>E-mail Accounts</source>
        <translation>E-Mail-Konten</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Email Accounts</source>
        <translation>E-Mail-Konten</translation>
    </message>
    <message>
        <source>Email Address:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Email accounts</source>
        <translation>E-Mail-Konten</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Enter the mail server settings for your account.</source>
        <translation>Geben Sie die E-Mail-Servereinstellungen für Ihr Konto ein.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Fill in the IMAP (incoming) settings as they were before.</source>
        <translation>Tragen Sie die IMAP-Einstellungen (Posteingang) so ein, wie sie vorher waren.</translation>
    </message>
    <message>
        <source>Fill in the account&apos;s settings.</source>
        <translation>Tragen Sie die Einstellungen des Kontos ein.</translation>
    </message>
    <message>
        <source>Fill in the settings for the incoming (IMAP) and outgoing (SMTP) servers.</source>
        <translation>Tragen Sie die Einstellungen für den Posteingangsserver (IMAP) und den Postausgangsserver (SMTP) ein.</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>IMAP Incoming server</source>
        <translation>Eingehender IMAP-Server</translation>
    </message>
    <message>
        <source>IMAP Password</source>
        <translation>IMAP-Kennwort</translation>
    </message>
    <message>
        <source>IMAP Username</source>
        <translation>IMAP-Benutzername</translation>
    </message>
    <message>
        <source>IMAP/SMTP</source>
        <translation>IMAP/SMTP</translation>
    </message>
    <message>
        <source>IMAP/SMTP (send from this account by default)</source>
        <translation>IMAP/SMTP (standardmäßig von diesem Konto senden)</translation>
    </message>
    <message>
        <source>If a window titled &quot;IMAP Account Settings&quot; opens instead, the same settings are under &quot;Outgoing mail&quot; there. You can also go back and use the Control Panel: Mail (Microsoft Outlook) &gt; Email Accounts, which opens the window shown next.</source>
        <translation>Wenn sich stattdessen ein Fenster „IMAP-Kontoeinstellungen“ öffnet, finden Sie dieselben Einstellungen dort unter „Ausgehende E-Mail“. Sie können auch zurückgehen und die Systemsteuerung verwenden: „Mail (Microsoft Outlook)“ &gt; „E-Mail-Konten“ öffnet das Fenster, das als Nächstes gezeigt wird.</translation>
    </message>
    <message>
        <source>In Outlook 2010 and 2013, SSL means an encrypted connection from the start (usually port 465), and TLS means STARTTLS (usually port 587).</source>
        <translation>In Outlook 2010 und 2013 bedeutet SSL eine von Anfang an verschlüsselte Verbindung (meist Port 465) und TLS bedeutet STARTTLS (meist Port 587).</translation>
    </message>
    <message>
        <source>In Outlook, click File at the top left, then Info.</source>
        <translation>Klicken Sie in Outlook oben links auf „Datei“ und dann auf „Informationen“.</translation>
    </message>
    <message>
        <source>In Outlook, click File at the top left.</source>
        <translation>Klicken Sie in Outlook oben links auf „Datei“.</translation>
    </message>
    <message>
        <source>In the Change Account window (Outlook 2010 calls its page Internet E-mail Settings):</source>
        <translation>Im Fenster „Konto ändern“ (Outlook 2010 nennt diese Seite „Internet-E-Mail-Einstellungen“):</translation>
    </message>
    <message>
        <source>In the Internet E-mail Settings window, open the Outgoing Server tab.</source>
        <translation>Öffnen Sie im Fenster „Internet-E-Mail-Einstellungen“ die Registerkarte „Postausgangsserver“.</translation>
    </message>
    <message>
        <source>In the new Outlook, click Settings (the gear at the top right of the window).</source>
        <translation>Klicken Sie im neuen Outlook auf „Einstellungen“ (das Zahnrad oben rechts im Fenster).</translation>
    </message>
    <message>
        <source>In the window that opens (POP and IMAP Account Settings):</source>
        <translation>Im Fenster, das sich öffnet („POP- und IMAP-Kontoeinstellungen“):</translation>
    </message>
    <message>
        <source>Inbox - {address} - Outlook</source>
        <translation>Posteingang - {address} - Outlook</translation>
    </message>
    <message>
        <source>Incoming mail server:</source>
        <translation>Posteingangsserver:</translation>
    </message>
    <message>
        <source>Incoming server (IMAP):</source>
        <translation>Posteingangsserver (IMAP):</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Internet Calendars</source>
        <translation>Internetkalender</translation>
    </message>
    <message>
        <source>Internet E-mail Settings</source>
        <translation>Internet-E-Mail-Einstellungen</translation>
    </message>
    <message>
        <source>Log on to incoming mail server before sending mail</source>
        <translation>Vor dem Senden bei Posteingangsserver anmelden</translation>
    </message>
    <message>
        <source>Log on using</source>
        <translation>Anmelden mit</translation>
    </message>
    <message>
        <source>Log onto incoming mail server (IMAP)</source>
        <translation>Bei Posteingangsserver anmelden (IMAP)</translation>
    </message>
    <message>
        <source>Logon Information</source>
        <translation>Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Long    1 minute</source>
        <translation>Lang    1 Minute</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
    <message>
        <source>Manage Profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <source>More Settings ...</source>
        <translation>Weitere Einstellungen …</translation>
    </message>
    <message>
        <source>My outgoing server (SMTP) requires authentication</source>
        <translation>Der Postausgangsserver (SMTP) erfordert Authentifizierung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Weiter &gt;</translation>
    </message>
    <message>
        <source>Next to {account}, click Manage.</source>
        <translation>Klicken Sie neben {account} auf „Verwalten“.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Office Account</source>
        <translation>Office-Konto</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open &amp; Export</source>
        <translation>Öffnen und exportieren</translation>
    </message>
    <message>
        <source>Open the Advanced tab.</source>
        <translation>Öffnen Sie die Registerkarte „Erweitert“.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Outgoing Server</source>
        <translation>Postausgangsserver</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP):</source>
        <translation>Postausgangsserver (SMTP):</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP):</source>
        <translation>Postausgangsserver (SMTP):</translation>
    </message>
    <message>
        <source>Outlook 2013 and 2010</source>
        <translation>Outlook 2013 und 2010</translation>
    </message>
    <message>
        <source>Outlook checks the settings and adds the account. Then send yourself a test message.</source>
        <translation>Outlook prüft die Einstellungen und fügt das Konto hinzu. Schicken Sie sich dann selbst eine Testnachricht.</translation>
    </message>
    <message>
        <source>Outlook for Microsoft 365, 2021, 2019 and 2016</source>
        <translation>Outlook für Microsoft 365, 2021, 2019 und 2016</translation>
    </message>
    <message>
        <source>POP and IMAP Account Settings</source>
        <translation>POP- und IMAP-Kontoeinstellungen</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Published Calendars</source>
        <translation>Veröffentlichte Kalender</translation>
    </message>
    <message>
        <source>RSS Feeds</source>
        <translation>RSS-Feeds</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Kennwort speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Repair...</source>
        <translation>Reparieren…</translation>
    </message>
    <message>
        <source>Require Secure Password Authentication (SPA)</source>
        <translation>Gesicherte Kennwortauthentifizierung (SPA) erforderlich</translation>
    </message>
    <message>
        <source>Require logon using Secure Password Authentication (SPA)</source>
        <translation>Anmeldung mithilfe der gesicherten Kennwortauthentifizierung (SPA) erforderlich</translation>
    </message>
    <message>
        <source>Root folder path:</source>
        <translation>Stammordnerpfad:</translation>
    </message>
    <message>
        <source>SMTP Outgoing server</source>
        <translation>Ausgehender SMTP-Server</translation>
    </message>
    <message>
        <source>SMTP Password</source>
        <translation>SMTP-Kennwort</translation>
    </message>
    <message>
        <source>SMTP Username</source>
        <translation>SMTP-Benutzername</translation>
    </message>
    <message>
        <source>SSL</source>
        <translation>SSL</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Save Attachments</source>
        <translation>Anlagen speichern</translation>
    </message>
    <message>
        <source>Secure Password Authentication (SPA)</source>
        <translation>Gesicherte Kennwortauthentifizierung (SPA)</translation>
    </message>
    <message>
        <source>Secure connection type</source>
        <translation>Sicherer Verbindungstyp</translation>
    </message>
    <message>
        <source>Send test e-mail message</source>
        <translation>Test-E-Mail-Nachricht senden</translation>
    </message>
    <message>
        <source>Sent Items</source>
        <translation>Gesendete Elemente</translation>
    </message>
    <message>
        <source>Server Information</source>
        <translation>Serverinformationen</translation>
    </message>
    <message>
        <source>Server Port Numbers</source>
        <translation>Serveranschlussnummern</translation>
    </message>
    <message>
        <source>Server Settings</source>
        <translation>Server-Einstellungen</translation>
    </message>
    <message>
        <source>Server Timeouts</source>
        <translation>Servertimeout</translation>
    </message>
    <message>
        <source>Set &quot;Outgoing mail server (SMTP)&quot; to {host}.</source>
        <translation>Setzen Sie „Postausgangsserver (SMTP)“ auf {host}.</translation>
    </message>
    <message>
        <source>Set &quot;Outgoing server (SMTP)&quot; to {port}. Do this after choosing the encryption: Outlook changes the number when the encryption changes.</source>
        <translation>Setzen Sie „Postausgangsserver (SMTP)“ auf {port}. Tun Sie das, nachdem Sie die Verschlüsselung gewählt haben: Outlook ändert die Nummer, wenn sich die Verschlüsselung ändert.</translation>
    </message>
    <message>
        <source>Set Port to {port}.</source>
        <translation>Setzen Sie „Port“ auf {port}.</translation>
    </message>
    <message>
        <source>Set SMTP Outgoing server to {host}.</source>
        <translation>Setzen Sie „Ausgehender SMTP-Server“ auf {host}.</translation>
    </message>
    <message>
        <source>Set SMTP Username to {username}.</source>
        <translation>Setzen Sie „SMTP-Benutzername“ auf {username}.</translation>
    </message>
    <message>
        <source>Set Secure connection type to {security}.</source>
        <translation>Setzen Sie „Sicherer Verbindungstyp“ auf {security}.</translation>
    </message>
    <message>
        <source>Set User Name to {username}.</source>
        <translation>Setzen Sie „Benutzername“ auf {username}.</translation>
    </message>
    <message>
        <source>Set as Default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>SharePoint Lists</source>
        <translation>SharePoint-Listen</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>Social Network Accounts</source>
        <translation>Konten sozialer Netzwerke</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Sync your email account</source>
        <translation>E-Mail-Konto synchronisieren</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Test Account Settings</source>
        <translation>Kontoeinstellungen testen</translation>
    </message>
    <message>
        <source>Test Account Settings ...</source>
        <translation>Kontoeinstellungen testen …</translation>
    </message>
    <message>
        <source>The new Outlook always signs in to send. If your server sends only without signing in, use classic Outlook or another mail program.</source>
        <translation>Das neue Outlook meldet sich zum Senden immer an. Wenn Ihr Server nur ohne Anmeldung sendet, verwenden Sie das klassische Outlook oder ein anderes E-Mail-Programm.</translation>
    </message>
    <message>
        <source>The new Outlook cannot change the outgoing server of an IMAP or POP account once it is set up. Remove the account, then add it again with the right settings.</source>
        <translation>Das neue Outlook kann den Postausgangsserver eines IMAP- oder POP-Kontos nicht mehr ändern, wenn es eingerichtet ist. Entfernen Sie das Konto und fügen Sie es mit den richtigen Einstellungen wieder hinzu.</translation>
    </message>
    <message>
        <source>The new Outlook for Windows</source>
        <translation>Das neue Outlook für Windows</translation>
    </message>
    <message>
        <source>Tick &quot;My outgoing server (SMTP) requires authentication&quot;.</source>
        <translation>Aktivieren Sie „Der Postausgangsserver (SMTP) erfordert Authentifizierung“.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Type your password again in the Password box.</source>
        <translation>Tippen Sie Ihr Passwort noch einmal in das Feld „Kennwort“ ein.</translation>
    </message>
    <message>
        <source>Type your password in SMTP Password.</source>
        <translation>Tippen Sie Ihr Passwort bei „SMTP-Kennwort“ ein.</translation>
    </message>
    <message>
        <source>Type {address}.</source>
        <translation>Tippen Sie {address} ein.</translation>
    </message>
    <message>
        <source>Under &quot;Outgoing server (SMTP)&quot;, set &quot;Use the following type of encrypted connection&quot; to {security}.</source>
        <translation>Setzen Sie unter „Postausgangsserver (SMTP)“ die Option „Verwenden Sie den folgenden verschlüsselten Verbindungstyp“ auf {security}.</translation>
    </message>
    <message>
        <source>Untick &quot;My outgoing server (SMTP) requires authentication&quot;.</source>
        <translation>Deaktivieren Sie „Der Postausgangsserver (SMTP) erfordert Authentifizierung“.</translation>
    </message>
    <message>
        <source>Use Defaults</source>
        <translation>Standard verwenden</translation>
    </message>
    <message>
        <source>Use same settings as my incoming mail server</source>
        <translation>Gleiche Einstellungen wie für Posteingangsserver verwenden</translation>
    </message>
    <message>
        <source>Use the following type of encrypted connection:</source>
        <translation>Verwenden Sie den folgenden verschlüsselten Verbindungstyp:</translation>
    </message>
    <message>
        <source>User Information</source>
        <translation>Benutzerinformationen</translation>
    </message>
    <message>
        <source>User Name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>We recommend that you test your account to ensure that the entries are correct.</source>
        <translation>Es wird empfohlen, das Konto zu testen, um sicherzustellen, dass alle Einträge richtig sind.</translation>
    </message>
    <message>
        <source>When both tasks say Completed, click Close.</source>
        <translation>Wenn bei beiden Aufgaben „Erledigt“ steht, klicken Sie auf „Schließen“.</translation>
    </message>
    <message>
        <source>You can add or remove an account. You can select an account and change its settings.</source>
        <translation>Sie können ein Konto hinzufügen oder entfernen. Sie können ein Konto auswählen und seine Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Your Name:</source>
        <translation>Ihr Name:</translation>
    </message>
    <message>
        <source>no sign-in</source>
        <translation>keine Anmeldung</translation>
    </message>
    <message>
        <source>sign in through Microsoft or your provider (OAuth2)</source>
        <translation>Anmeldung über Microsoft oder Ihren Anbieter (OAuth2)</translation>
    </message>
    <message>
        <source>sign in through your provider (OAuth2)</source>
        <translation>Anmeldung über Ihren Anbieter (OAuth2)</translation>
    </message>
    <message>
        <source>sign in with a password</source>
        <translation>Anmeldung mit Passwort</translation>
    </message>
    <message>
        <source>Click OK.</source>
        <translation>Klicken Sie auf „OK“.</translation>
    </message>
    <message>
        <source>Fill in the incoming ({incomingProtocol}) settings.</source>
        <translation>Tragen Sie die Einstellungen für den Posteingang ({incomingProtocol}) ein.</translation>
    </message>
    <message>
        <source>In Outlook 2010 and 2013, SSL means an encrypted connection from the start (usually port 993 for IMAP, 995 for POP3), and TLS means STARTTLS.</source>
        <translation>In Outlook 2010 und 2013 bedeutet SSL eine von Anfang an verschlüsselte Verbindung (meist Port 993 für IMAP, 995 für POP3) und TLS bedeutet STARTTLS.</translation>
    </message>
    <message>
        <source>In the Change Account window, change the incoming server:</source>
        <translation>Ändern Sie im Fenster „Konto ändern“ den Posteingangsserver:</translation>
    </message>
    <message>
        <source>In the Internet E-mail Settings window, open the Advanced tab.</source>
        <translation>Öffnen Sie im Fenster „Internet-E-Mail-Einstellungen“ die Registerkarte „Erweitert“.</translation>
    </message>
    <message>
        <source>In the window that opens (POP and IMAP Account Settings), change the incoming server:</source>
        <translation>Ändern Sie im Fenster, das sich öffnet („POP- und IMAP-Kontoeinstellungen“), den Posteingangsserver:</translation>
    </message>
    <message>
        <source>Incoming server ({incomingProtocol}):</source>
        <translation>Posteingangsserver ({incomingProtocol}):</translation>
    </message>
    <message>
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <source>POP3</source>
        <translation>POP3</translation>
    </message>
    <message>
        <source>Set &quot;Incoming mail server&quot; to {incomingHost}.</source>
        <translation>Setzen Sie „Posteingangsserver“ auf {incomingHost}.</translation>
    </message>
    <message>
        <source>Set &quot;Incoming server ({incomingProtocol})&quot; to {incomingPort}. Do this after choosing the encryption: Outlook changes the number when the encryption changes.</source>
        <translation>Setzen Sie „Posteingangsserver ({incomingProtocol})“ auf {incomingPort}. Tun Sie das, nachdem Sie die Verschlüsselung gewählt haben: Outlook ändert die Nummer, wenn sich die Verschlüsselung ändert.</translation>
    </message>
    <message>
        <source>Set Port to {incomingPort}.</source>
        <translation>Setzen Sie „Port“ auf {incomingPort}.</translation>
    </message>
    <message>
        <source>Set Secure connection type to {incomingSecurity}.</source>
        <translation>Setzen Sie „Sicherer Verbindungstyp“ auf {incomingSecurity}.</translation>
    </message>
    <message>
        <source>Set User Name to {incomingUsername}.</source>
        <translation>Setzen Sie „Benutzername“ auf {incomingUsername}.</translation>
    </message>
    <message>
        <source>Set {incomingProtocol} Incoming server to {incomingHost}.</source>
        <translation>Setzen Sie „Eingehender {incomingProtocol}-Server“ auf {incomingHost}.</translation>
    </message>
    <message>
        <source>Set {incomingProtocol} Username to {incomingUsername}.</source>
        <translation>Setzen Sie „{incomingProtocol}-Benutzername“ auf {incomingUsername}.</translation>
    </message>
    <message>
        <source>Type your password in {incomingProtocol} Password.</source>
        <translation>Tippen Sie Ihr Passwort bei „{incomingProtocol}-Kennwort“ ein.</translation>
    </message>
    <message>
        <source>Under &quot;Incoming server ({incomingProtocol})&quot;, set &quot;Use the following type of encrypted connection&quot; to {incomingSecurity}.</source>
        <translation>Setzen Sie unter „Posteingangsserver ({incomingProtocol})“ die Option „Verwenden Sie den folgenden verschlüsselten Verbindungstyp“ auf {incomingSecurity}.</translation>
    </message>
    <message>
        <source>{incomingProtocol} Incoming server</source>
        <translation>Eingehender {incomingProtocol}-Server</translation>
    </message>
    <message>
        <source>{incomingProtocol} Password</source>
        <translation>{incomingProtocol}-Kennwort</translation>
    </message>
    <message>
        <source>{incomingProtocol} Username</source>
        <translation>{incomingProtocol}-Benutzername</translation>
    </message>
    <message>
        <source>Add the account again, so that Outlook signs in through Microsoft or your provider.</source>
        <translation>Fügen Sie das Konto wieder hinzu, damit sich Outlook über Microsoft oder Ihren Anbieter anmeldet.</translation>
    </message>
    <message>
        <source>Advanced options ˄</source>
        <translation>Erweiterte Optionen ˄</translation>
    </message>
    <message>
        <source>Click Connect. If Outlook asks which kind of account it is, choose Microsoft 365, Outlook.com, Exchange or Google, not IMAP or POP.</source>
        <translation>Klicken Sie auf „Verbinden“. Wenn Outlook fragt, welche Art von Konto es ist, wählen Sie Microsoft 365, Outlook.com, Exchange oder Google, nicht IMAP oder POP.</translation>
    </message>
    <message>
        <source>Click Continue. Outlook opens the sign-in window of Microsoft or your provider: sign in there. If Outlook asks which kind of account it is, do not choose IMAP or POP.</source>
        <translation>Klicken Sie auf „Weiter“. Outlook öffnet das Anmeldefenster von Microsoft oder Ihrem Anbieter: Melden Sie sich dort an. Wenn Outlook fragt, welche Art von Konto es ist, wählen Sie nicht IMAP oder POP.</translation>
    </message>
    <message>
        <source>Click File at the top left, then Add Account.</source>
        <translation>Klicken Sie oben links auf „Datei“ und dann auf „Konto hinzufügen“.</translation>
    </message>
    <message>
        <source>Click Remove, then Yes. Outlook removes the account from this computer only; with IMAP, your mail stays on the server.</source>
        <translation>Klicken Sie auf „Entfernen“ und dann auf „Ja“. Outlook entfernt das Konto nur von diesem Computer; bei IMAP bleiben Ihre E-Mails auf dem Server.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>In the Outlook window that opens, type your address.</source>
        <translation>Tippen Sie im Outlook-Fenster, das sich öffnet, Ihre Adresse ein.</translation>
    </message>
    <message>
        <source>Inbox - Outlook</source>
        <translation>Posteingang - Outlook</translation>
    </message>
    <message>
        <source>Leave &quot;Let me set up my account manually&quot; unticked.</source>
        <translation>Lassen Sie „Ich möchte mein Konto manuell einrichten“ deaktiviert.</translation>
    </message>
    <message>
        <source>Let me set up my account manually</source>
        <translation>Ich möchte mein Konto manuell einrichten</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Outlook 2010 and 2013 cannot sign in through the sign-in window of Microsoft or your provider (OAuth2), and your provider wants that.</source>
        <translation>Outlook 2010 und 2013 können sich nicht über das Anmeldefenster von Microsoft oder Ihrem Anbieter anmelden (OAuth2), und Ihr Anbieter verlangt das.</translation>
    </message>
    <message>
        <source>Outlook opens the sign-in window of Microsoft or your provider. Sign in there.</source>
        <translation>Outlook öffnet das Anmeldefenster von Microsoft oder Ihrem Anbieter. Melden Sie sich dort an.</translation>
    </message>
    <message>
        <source>The new Outlook signs in through Microsoft or your provider only for an account that it adds itself. Remove the account, then add it again.</source>
        <translation>Das neue Outlook meldet sich nur bei einem Konto, das es selbst hinzufügt, über Microsoft oder Ihren Anbieter an. Entfernen Sie das Konto und fügen Sie es dann wieder hinzu.</translation>
    </message>
    <message>
        <source>To send from {address}, use a newer Outlook (Outlook 2016 or later, or the new Outlook) or another mail program that signs in this way, such as Thunderbird.</source>
        <translation>Um von {address} zu senden, verwenden Sie ein neueres Outlook (Outlook 2016 oder neuer oder das neue Outlook) oder ein anderes E-Mail-Programm, das sich so anmeldet, zum Beispiel Thunderbird.</translation>
    </message>
    <message>
        <source>When Outlook says the account was added, click Done. Then send yourself a test message.</source>
        <translation>Wenn Outlook meldet, dass das Konto hinzugefügt wurde, klicken Sie auf „Fertig“. Schicken Sie sich dann selbst eine Testnachricht.</translation>
    </message>
</context>
<context>
    <name>Guide/thunderbird</name>
    <message>
        <source>Account Actions</source>
        <translation>Konten-Aktionen</translation>
    </message>
    <message>
        <source>Account Name:</source>
        <translation>Kontoname:</translation>
    </message>
    <message>
        <source>Account Settings</source>
        <translation>Konten-Einstellungen</translation>
    </message>
    <message>
        <source>Account Settings - Mozilla Thunderbird</source>
        <translation>Konten-Einstellungen - Mozilla Thunderbird</translation>
    </message>
    <message>
        <source>Add-ons and Themes</source>
        <translation>Add-ons und Themes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Authentication method:</source>
        <translation>Authentifizierungsmethode:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Change the outgoing server&apos;s settings.</source>
        <translation>Ändern Sie die Einstellungen des Postausgangsservers.</translation>
    </message>
    <message>
        <source>Check that Email Address is {address}. If it is not, type it.</source>
        <translation>Prüfen Sie, ob bei „E-Mail-Adresse“ {address} steht. Wenn nicht, tippen Sie sie ein.</translation>
    </message>
    <message>
        <source>Check the account {account}.</source>
        <translation>Prüfen Sie das Konto {account}.</translation>
    </message>
    <message>
        <source>Choose Account Settings.</source>
        <translation>Wählen Sie „Konten-Einstellungen“.</translation>
    </message>
    <message>
        <source>Click Edit…</source>
        <translation>Klicken Sie auf „Bearbeiten…“.</translation>
    </message>
    <message>
        <source>Click OK.</source>
        <translation>Klicken Sie auf „OK“.</translation>
    </message>
    <message>
        <source>Click Outgoing Server, at the bottom of the list on the left.</source>
        <translation>Klicken Sie links unten in der Liste auf „Postausgangs-Server“.</translation>
    </message>
    <message>
        <source>Click the account {account}, at the top of its part of the list on the left.</source>
        <translation>Klicken Sie links in der Liste auf das Konto {account}, ganz oben in seinem Abschnitt.</translation>
    </message>
    <message>
        <source>Click the menu button (three lines) at the top right of the window.</source>
        <translation>Klicken Sie oben rechts im Fenster auf die Menüschaltfläche (drei Striche).</translation>
    </message>
    <message>
        <source>Click the server your account uses: {currentHost}.</source>
        <translation>Klicken Sie auf den Server, den Ihr Konto verwendet: {currentHost}.</translation>
    </message>
    <message>
        <source>Close the Account Settings tab: Thunderbird keeps the changes. Then send yourself a test message.</source>
        <translation>Schließen Sie den Tab „Konten-Einstellungen“: Thunderbird behält die Änderungen. Schicken Sie sich dann selbst eine Testnachricht.</translation>
    </message>
    <message>
        <source>Composition &amp; Addressing</source>
        <translation>Verfassen &amp; Adressieren</translation>
    </message>
    <message>
        <source>Connection security:</source>
        <translation>Verbindungssicherheit:</translation>
    </message>
    <message>
        <source>Copies &amp; Folders</source>
        <translation>Kopien &amp; Ordner</translation>
    </message>
    <message>
        <source>Default Identity</source>
        <translation>Standardidentität</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Details of selected server:</source>
        <translation>Details des ausgewählten Servers:</translation>
    </message>
    <message>
        <source>Disk Space</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Each account has an identity, which is the information that other people see when they read your messages.</source>
        <translation>Diese Informationen erhalten Empfänger Ihrer Nachrichten.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit outgoing server…</source>
        <translation>Postausgangs-Server bearbeiten</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Email Address:</source>
        <translation>E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Encrypted password</source>
        <translation>Verschlüsseltes Passwort</translation>
    </message>
    <message>
        <source>End-To-End Encryption</source>
        <translation>Ende-zu-Ende-Verschlüsselung</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Get Messages</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>In Thunderbird, open Account Settings.</source>
        <translation>Öffnen Sie in Thunderbird die Konten-Einstellungen.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Inbox - Mozilla Thunderbird</source>
        <translation>Posteingang - Mozilla Thunderbird</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Junk</translation>
    </message>
    <message>
        <source>Local Folders</source>
        <translation>Lokale Ordner</translation>
    </message>
    <message>
        <source>Manage Identities…</source>
        <translation>Weitere Identitäten…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation>Passwort, normal</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open the outgoing server your account uses.</source>
        <translation>Öffnen Sie den Postausgangsserver, den Ihr Konto verwendet.</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Outgoing Server</source>
        <translation>Postausgangs-Server</translation>
    </message>
    <message>
        <source>Outgoing Server Settings</source>
        <translation>Einstellungen für den Postausgangs-Server</translation>
    </message>
    <message>
        <source>Outgoing Server:</source>
        <translation>Postausgangs-Server</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Reply-to Address:</source>
        <translation>Antwortadresse:</translation>
    </message>
    <message>
        <source>Return Receipts</source>
        <translation>Empfangsbestätigungen (MDN)</translation>
    </message>
    <message>
        <source>SMTP Server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Search...</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Security and Authentication</source>
        <translation>Sicherheit und Authentifizierung</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Server Name:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Server Settings</source>
        <translation>Server-Einstellungen</translation>
    </message>
    <message>
        <source>Set Authentication method to {auth}.</source>
        <translation>Setzen Sie „Authentifizierungsmethode“ auf {auth}.</translation>
    </message>
    <message>
        <source>Set Connection security to {security}. Thunderbird may change the port when you do.</source>
        <translation>Setzen Sie „Verbindungssicherheit“ auf {security}. Thunderbird ändert dabei vielleicht den Port.</translation>
    </message>
    <message>
        <source>Set Default</source>
        <translation>Standard setzen</translation>
    </message>
    <message>
        <source>Set Outgoing Server to {host}.</source>
        <translation>Setzen Sie „Postausgangs-Server“ auf {host}.</translation>
    </message>
    <message>
        <source>Set Port to {port}.</source>
        <translation>Setzen Sie „Port“ auf {port}.</translation>
    </message>
    <message>
        <source>Set Server Name to {host}.</source>
        <translation>Setzen Sie „Server“ auf {host}.</translation>
    </message>
    <message>
        <source>Set User Name to {username}.</source>
        <translation>Setzen Sie „Benutzername“ auf {username}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Spam Settings</source>
        <translation>Spam-Einstellungen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Synchronization &amp; Storage</source>
        <translation>Synchronisation &amp; Speicherplatz</translation>
    </message>
    <message>
        <source>Thunderbird 115 and later</source>
        <translation>Thunderbird 115 und neuer</translation>
    </message>
    <message>
        <source>Thunderbird opens your provider&apos;s sign-in page: sign in there.</source>
        <translation>Thunderbird öffnet die Anmeldeseite Ihres Anbieters: Melden Sie sich dort an.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>User Name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>When Thunderbird asks for your password, type it and tick &quot;Use Password Manager to remember this password&quot;.</source>
        <translation>Wenn Thunderbird nach Ihrem Passwort fragt, tippen Sie es ein und aktivieren Sie „Passwort-Manager verwenden, um dieses Passwort zu speichern“.</translation>
    </message>
    <message>
        <source>When managing your identities you can use a server from this list by selecting it as the Outgoing Server, or you can use the default server from this list by selecting “Use Default Server”.</source>
        <translation>Beim Verwalten Ihrer Identitäten können Sie einen Server aus dieser Liste verwenden, indem Sie ihn als den Ausgangsserver auswählen, oder Sie können den Standardserver aus dieser Liste verwenden, indem Sie &quot;Standardserver verwenden&quot; auswählen.</translation>
    </message>
    <message>
        <source>You can also right-click your account in the folder list on the left and choose Settings.</source>
        <translation>Sie können auch links in der Ordnerliste mit der rechten Maustaste auf Ihr Konto klicken und „Einstellungen“ wählen.</translation>
    </message>
    <message>
        <source>Your Name:</source>
        <translation>Ihr Name:</translation>
    </message>
    <message>
        <source>{currentHost} (Default)</source>
        <translation>{currentHost} (Standard)</translation>
    </message>
    <message>
        <source>Change the incoming server&apos;s settings.</source>
        <translation>Ändern Sie die Einstellungen des Posteingangsservers.</translation>
    </message>
    <message>
        <source>Click Server Settings, under your account {account} in the list on the left.</source>
        <translation>Klicken Sie links in der Liste unter Ihrem Konto {account} auf „Server-Einstellungen“.</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <source>Security Settings</source>
        <translation>Sicherheit und Authentifizierung</translation>
    </message>
    <message>
        <source>Server Type:</source>
        <translation>Servertyp:</translation>
    </message>
    <message>
        <source>Set Connection security to {incomingSecurity}. Thunderbird may change the port when you do.</source>
        <translation>Setzen Sie „Verbindungssicherheit“ auf {incomingSecurity}. Thunderbird ändert dabei vielleicht den Port.</translation>
    </message>
    <message>
        <source>Set Port to {incomingPort}.</source>
        <translation>Setzen Sie „Port“ auf {incomingPort}.</translation>
    </message>
    <message>
        <source>Set Server Name to {incomingHost}.</source>
        <translation>Setzen Sie „Server“ auf {incomingHost}.</translation>
    </message>
    <message>
        <source>Set User Name to {incomingUsername}.</source>
        <translation>Setzen Sie „Benutzername“ auf {incomingUsername}.</translation>
    </message>
    <message>
        <source>{incomingProtocol} Mail Server</source>
        <translation>{incomingProtocol}</translation>
    </message>
    <message>
        <source>Set the incoming server to sign in through your provider&apos;s sign-in page.</source>
        <translation>Stellen Sie den Posteingangsserver so ein, dass er sich über die Anmeldeseite Ihres Anbieters anmeldet.</translation>
    </message>
</context>
<context>
    <name>GuideCommand</name>
    <message>
        <source>mailfix-cli guide: a guide could not be read: %1
</source>
        <translation>mailfix-cli guide: Eine Anleitung konnte nicht gelesen werden: %1
</translation>
    </message>
    <message>
        <source>--program is required (use %1)</source>
        <translation>--program fehlt (%1 verwenden)</translation>
    </message>
    <message>
        <source>unknown program &quot;%1&quot; (use %2)</source>
        <translation>unbekanntes Programm „%1“ (%2 verwenden)</translation>
    </message>
    <message>
        <source>there is no guide for version &quot;%1&quot; of %2 (use %3)</source>
        <translation>es gibt keine Anleitung für Version „%1“ von %2 (%3 verwenden)</translation>
    </message>
    <message>
        <source>the fix for &quot;%1&quot; is not a change in the mail program&apos;s settings, so there is no guide for it (use %2)</source>
        <translation>die Behebung von „%1“ ist keine Änderung an den Einstellungen des E-Mail-Programms, daher gibt es dafür keine Anleitung (%2 verwenden)</translation>
    </message>
    <message>
        <source>unknown finding &quot;%1&quot; (use %2)</source>
        <translation>unbekannter Befund „%1“ (%2 verwenden)</translation>
    </message>
    <message>
        <source>--out is required (a .pdf or .html file, or a folder for PNG files)</source>
        <translation>--out fehlt (eine .pdf- oder .html-Datei oder ein Ordner für PNG-Dateien)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a .pdf or .html file or a folder</source>
        <translation>„%1“ ist weder eine .pdf- oder .html-Datei noch ein Ordner</translation>
    </message>
    <message>
        <source>Mail program</source>
        <translation>E-Mail-Programm</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version of the mail program</source>
        <translation>Version des E-Mail-Programms</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>The settings to show</source>
        <translation>Die anzuzeigenden Einstellungen</translation>
    </message>
    <message>
        <source>host:port:security:auth</source>
        <translation>host:port:security:auth</translation>
    </message>
    <message>
        <source>Only the steps for this finding</source>
        <translation>Nur die Schritte für diesen Befund</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Where to write the guide</source>
        <translation>Wohin die Anleitung geschrieben wird</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>mailfix-cli guide: cannot draw the pictures: the program was started without Qt Gui
</source>
        <translation>mailfix-cli guide: Die Bilder können nicht gezeichnet werden: Das Programm wurde ohne Qt Gui gestartet
</translation>
    </message>
    <message>
        <source>--settings is required (e.g. smtp.example.com:587:starttls:normal-password)</source>
        <translation>--settings fehlt (z. B. smtp.example.com:587:starttls:normal-password)</translation>
    </message>
    <message>
        <source>--user is required (the user name to sign in with, usually the email address)</source>
        <translation>--user fehlt (der Benutzername für die Anmeldung, meist die E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>mailfix-cli guide: %1: %2
</source>
        <translation>mailfix-cli guide: %1: %2
</translation>
    </message>
    <message>
        <source>the guide &quot;%1&quot; has no steps for this</source>
        <translation>die Anleitung „%1“ hat dafür keine Schritte</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote the guide &quot;%1&quot; (%2 steps) to %3
</source>
        <translation>Anleitung „%1“ (%2 Schritte) geschrieben in %3
</translation>
    </message>
    <message>
        <source>  guide --program P [--version V] --settings HOST:PORT:SECURITY:AUTH --user U
        [--incoming HOST:PORT:SECURITY:PROTOCOL] [--finding ID] --out FILE.pdf|FILE.html|DIR
                   Write the drawn fix guide for a mail program (outlook, thunderbird,
                   apple-mail), filled with these settings, as a PDF, a web page with the
                   pictures inside, or a folder of numbered PNG files. --version: as the
                   guides name them (default: the newest); --finding: only the steps that
                   finding&apos;s fix needs (default: every setting). --incoming: the incoming
                   server (IMAP or POP3) to show, which adds its steps. Needs no display.
</source>
        <translation>  guide --program P [--version V] --settings HOST:PORT:SECURITY:AUTH --user U
        [--incoming HOST:PORT:SECURITY:PROTOCOL] [--finding ID] --out FILE.pdf|FILE.html|DIR
                   Schreibt die bebilderte Anleitung zur Behebung für ein E-Mail-Programm
                   (outlook, thunderbird, apple-mail), mit diesen Einstellungen ausgefüllt,
                   als PDF, als Webseite mit den Bildern darin oder als Ordner mit
                   nummerierten PNG-Dateien. --version: so, wie die Anleitungen sie nennen
                   (ohne Angabe: die neueste); --finding: nur die Schritte, die die
                   Behebung dieses Befunds braucht (ohne Angabe: alle Einstellungen).
                   --incoming: der anzuzeigende Posteingangsserver (IMAP oder POP3), der
                   seine Schritte hinzufügt. Braucht keine grafische Oberfläche.
</translation>
    </message>
    <message>
        <source>the steps for &quot;%1&quot; show the incoming server: give it with --incoming (e.g. imap.example.com:993:tls:imap)</source>
        <translation>die Schritte für „%1“ zeigen den Posteingangsserver: Geben Sie ihn mit --incoming an (z. B. imap.example.com:993:tls:imap)</translation>
    </message>
    <message>
        <source>The incoming server to show</source>
        <translation>Der anzuzeigende Posteingangsserver</translation>
    </message>
    <message>
        <source>host:port:security:protocol</source>
        <translation>host:port:security:protocol</translation>
    </message>
</context>
<context>
    <name>GuideDocument</name>
    <message>
        <source>The settings to use: outgoing server %1, port %2, %3, %4.</source>
        <translation>Die zu verwendenden Einstellungen: Postausgangsserver %1, Port %2, %3, %4.</translation>
    </message>
    <message>
        <source>The settings to use: outgoing server %1, port %2, %3, %4, user name %5.</source>
        <translation>Die zu verwendenden Einstellungen: Postausgangsserver %1, Port %2, %3, %4, Benutzername %5.</translation>
    </message>
    <message>
        <source>Fix it in %1</source>
        <translation>%1: So beheben Sie es</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Picture of step %1</source>
        <translation>Bild zu Schritt %1</translation>
    </message>
    <message>
        <source>Made by MailFix %1.</source>
        <translation>Erstellt von MailFix %1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The picture %1 could not be written.</source>
        <translation>Das Bild %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The incoming server to use: %1 (%2), port %3, %4, user name %5.</source>
        <translation>Der zu verwendende Posteingangsserver: %1 (%2), Port %3, %4, Benutzername %5.</translation>
    </message>
</context>
<context>
    <name>GuideLibrary</name>
    <message>
        <source>%1: could not be read: %2</source>
        <translation>%1: konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the guide folder does not exist</source>
        <translation>%1: den Anleitungsordner gibt es nicht</translation>
    </message>
    <message>
        <source>%1: too large for a guide (more than 4 MB)</source>
        <translation>%1: zu groß für eine Anleitung (mehr als 4 MB)</translation>
    </message>
</context>
<context>
    <name>GuideRenderer</name>
    <message>
        <source>%1: the number %2 lies outside the picture</source>
        <translation>%1: die Nummer %2 liegt außerhalb des Bildes</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 px high, the box %4 px</source>
        <translation>%1: „%2“ ist %3 px hoch, das Feld %4 px</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 px wide, the box %4 px</source>
        <translation>%1: „%2“ ist %3 px breit, das Feld %4 px</translation>
    </message>
</context>
<context>
    <name>GuideSelection</name>
    <message>
        <source>Type an app password in the password box, not your usual password. You make one in your mail account&apos;s security settings on your provider&apos;s website.</source>
        <translation>Tippen Sie in das Passwortfeld ein App-Passwort, nicht Ihr übliches Passwort. Sie erstellen es in den Sicherheitseinstellungen Ihres E-Mail-Kontos auf der Website Ihres Anbieters.</translation>
    </message>
    <message>
        <source>The server did not accept the password you typed into MailFix. Check it, then type it carefully into your program&apos;s password box.</source>
        <translation>Der Server hat das Passwort, das Sie in MailFix eingetippt haben, nicht angenommen. Prüfen Sie es und tippen Sie es dann sorgfältig in das Passwortfeld Ihres Programms ein.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>%1 – Bericht</translation>
    </message>
    <message>
        <source>%1 report for %2</source>
        <translation>%1 – Bericht für %2</translation>
    </message>
    <message>
        <source>Made by MailFix %1 on %2. Mail program: %3.</source>
        <translation>Erstellt von MailFix %1 am %2. E-Mail-Programm: %3.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>MailFix found nothing to report.</source>
        <translation>MailFix hat nichts Auffälliges gefunden.</translation>
    </message>
    <message>
        <source>Settings to use</source>
        <translation>Diese Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Postausgangsserver</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Verified: MailFix signed in with these settings and the server accepted a recipient.</source>
        <translation>Bestätigt: MailFix hat sich mit diesen Einstellungen angemeldet, und der Server hat einen Empfänger angenommen.</translation>
    </message>
    <message>
        <source>Not verified yet: %1</source>
        <translation>Noch nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>MailFix found no server that answers.</source>
        <translation>MailFix hat keinen Server gefunden, der antwortet.</translation>
    </message>
    <message>
        <source>If it still does not work</source>
        <translation>Wenn es immer noch nicht funktioniert</translation>
    </message>
    <message>
        <source>Where the settings came from</source>
        <translation>Woher die Einstellungen stammen</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Settings for receiving</source>
        <translation>Einstellungen zum Empfangen</translation>
    </message>
</context>
<context>
    <name>ImapProbe</name>
    <message>
        <source>the server sent something that is not an IMAP response</source>
        <translation>der Server hat etwas gesendet, das keine IMAP-Antwort ist</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes</source>
        <translation>der Server hat eine Zeile mit mehr als %1 Byte gesendet</translation>
    </message>
    <message>
        <source>the server said goodbye: %1</source>
        <translation>der Server hat sich verabschiedet: %1</translation>
    </message>
    <message>
        <source>an answer to another command was ignored</source>
        <translation>eine Antwort auf einen anderen Befehl wurde ignoriert</translation>
    </message>
    <message>
        <source>the server&apos;s greeting is not an IMAP greeting</source>
        <translation>die Begrüßung des Servers ist keine IMAP-Begrüßung</translation>
    </message>
    <message>
        <source>too many sign-in challenges; exchange cancelled</source>
        <translation>zu viele Anmelde-Challenges; Austausch abgebrochen</translation>
    </message>
    <message>
        <source>an unexpected continuation was ignored</source>
        <translation>eine unerwartete Fortsetzungsanforderung wurde ignoriert</translation>
    </message>
    <message>
        <source>the server refused STARTTLS: %1</source>
        <translation>der Server hat STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS here</source>
        <translation>der Server bietet hier kein STARTTLS an</translation>
    </message>
    <message>
        <source>already signed in (PREAUTH): no password sent</source>
        <translation>bereits angemeldet (PREAUTH): kein Passwort gesendet</translation>
    </message>
</context>
<context>
    <name>IncomingProbe</name>
    <message>
        <source>the server sent more than %1 lines in answer to one command</source>
        <translation>der Server hat auf einen Befehl mit mehr als %1 Zeilen geantwortet</translation>
    </message>
    <message>
        <source>the server does not list its capabilities</source>
        <translation>der Server nennt seine Fähigkeiten nicht</translation>
    </message>
    <message>
        <source>no SASL mechanism offered</source>
        <translation>kein SASL-Mechanismus angeboten</translation>
    </message>
    <message>
        <source>no user name and password given</source>
        <translation>kein Benutzername und Passwort angegeben</translation>
    </message>
    <message>
        <source>the server offers no way to sign in here</source>
        <translation>der Server bietet hier keine Möglichkeit zur Anmeldung an</translation>
    </message>
    <message>
        <source>password not sent: the connection is not encrypted</source>
        <translation>Passwort nicht gesendet: Die Verbindung ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>password withheld: no encryption</source>
        <translation>Passwort zurückgehalten: keine Verschlüsselung</translation>
    </message>
    <message>
        <source>password not sent: the server&apos;s certificate is not trusted</source>
        <translation>Passwort nicht gesendet: Das Zertifikat des Servers ist nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>password withheld: certificate not trusted</source>
        <translation>Passwort zurückgehalten: Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>no answer to the goodbye</source>
        <translation>keine Antwort auf die Verabschiedung</translation>
    </message>
    <message>
        <source>the server&apos;s error: %1</source>
        <translation>Fehler des Servers: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
</context>
<context>
    <name>MailClients</name>
    <message>
        <source>Thunderbird&apos;s settings file %1 was not found.</source>
        <translation>Die Einstellungsdatei %1 von Thunderbird wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 is too large to read.</source>
        <translation>Die Einstellungsdatei %1 von Thunderbird ist zu groß zum Lesen.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 could not be read: %2</source>
        <translation>Die Einstellungsdatei %1 von Thunderbird konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Thunderbird</source>
        <translation>Thunderbird</translation>
    </message>
    <message>
        <source>Apple Mail</source>
        <translation>Apple Mail</translation>
    </message>
    <message>
        <source>Other mail program</source>
        <translation>Anderes E-Mail-Programm</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>MailFixWizard</name>
    <message>
        <source>MailFix</source>
        <translation>MailFix</translation>
    </message>
    <message>
        <source>Abo&amp;ut</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>About MailFix and its licences</source>
        <translation>Über MailFix und seine Lizenzen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Choose the language of MailFix</source>
        <translation>Sprache von MailFix wählen</translation>
    </message>
    <message>
        <source>Send your password to %1?</source>
        <translation>Ihr Passwort an %1 senden?</translation>
    </message>
    <message>
        <source>Your provider&apos;s settings point to the server %1, which is not part of %2. Mail providers sometimes use another company&apos;s servers, but a wrong setting could also send your password to a stranger.

Should MailFix test signing in at %1?</source>
        <translation>Die Einstellungen Ihres Anbieters verweisen auf den Server %1, der nicht zu %2 gehört. E-Mail-Anbieter nutzen manchmal Server einer anderen Firma, aber eine falsche Einstellung könnte Ihr Passwort auch an Fremde schicken.

Soll MailFix die Anmeldung bei %1 testen?</translation>
    </message>
    <message>
        <source>The server at %1 says its real name is %2: its certificate is for %2. This is usual when many websites share one server, and %2 leads to the same server. But %2 is not part of %3, so MailFix asks first.

Should MailFix test signing in at %2?</source>
        <translation>Der Server unter %1 gibt %2 als seinen eigentlichen Namen an: Sein Zertifikat gilt für %2. Das ist üblich, wenn sich viele Websites einen Server teilen, und %2 führt zum selben Server. Aber %2 gehört nicht zu %3, deshalb fragt MailFix zuerst.

Soll MailFix die Anmeldung bei %2 testen?</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT:SECURITY:AUTH, for example smtp.example.com:587:starttls:normal-password</source>
        <translation>„%1“ hat nicht die Form HOST:PORT:SECURITY:AUTH, zum Beispiel smtp.example.com:587:starttls:normal-password</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name</source>
        <translation>„%1“ ist kein Servername</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (1-65535)</source>
        <translation>„%1“ ist kein Port (1–65535)</translation>
    </message>
    <message>
        <source>unknown security &quot;%1&quot; (use none, starttls or tls)</source>
        <translation>unbekannte Sicherheit „%1“ (none, starttls oder tls verwenden)</translation>
    </message>
    <message>
        <source>unknown authentication &quot;%1&quot; (use none, normal-password, encrypted-password or oauth2)</source>
        <translation>unbekannte Authentifizierung „%1“ (none, normal-password, encrypted-password oder oauth2 verwenden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT:SECURITY:PROTOCOL, for example imap.example.com:993:tls:imap (the protocol is imap or pop3)</source>
        <translation>„%1“ ist nicht HOST:PORT:SECURITY:PROTOCOL, zum Beispiel imap.example.com:993:tls:imap (das Protokoll ist imap oder pop3)</translation>
    </message>
</context>
<context>
    <name>MobileConfig</name>
    <message>
        <source>The mail account %1, with the server settings MailFix checked.</source>
        <translation>Das E-Mail-Konto %1 mit den Servereinstellungen, die MailFix geprüft hat.</translation>
    </message>
    <message>
        <source>Mail account %1</source>
        <translation>E-Mail-Konto %1</translation>
    </message>
    <message>
        <source>Sets up %1 in Mail with the settings MailFix checked. It holds no password: Mail asks for it. Remove the old account for this address afterwards.</source>
        <translation>Richtet %1 in Mail mit den Einstellungen ein, die MailFix geprüft hat. Es enthält kein Passwort: Mail fragt danach. Entfernen Sie danach das alte Konto für diese Adresse.</translation>
    </message>
    <message>
        <source>Mail settings for %1</source>
        <translation>E-Mail-Einstellungen für %1</translation>
    </message>
</context>
<context>
    <name>OAuth2Console</name>
    <message>
        <source>To sign in, open this address in a browser on this computer:
  %1
</source>
        <translation>Öffnen Sie zum Anmelden diese Adresse in einem Browser auf diesem Computer:
  %1
</translation>
    </message>
    <message>
        <source>Could not start %1; open the address above yourself.
</source>
        <translation>%1 konnte nicht gestartet werden; öffnen Sie die Adresse oben selbst.
</translation>
    </message>
    <message>
        <source>MailFix knows no OAuth2 sign-in for %1: its provider takes a password (or is not known). Run it without --oauth2.
</source>
        <translation>MailFix kennt keine OAuth2-Anmeldung für %1: Der Anbieter nimmt ein Passwort (oder ist nicht bekannt). Führen Sie den Befehl ohne --oauth2 aus.
</translation>
    </message>
    <message>
        <source>%1 accounts sign in with OAuth2 (the provider&apos;s own sign-in window), not with a password. MailFix could not test that sign-in here: it has no client id for %1 (an administrator sets %2 in mailfix.conf). The check below runs without signing in. In your mail program, choose OAuth2 (or sign in with %1) as the way to sign in.
</source>
        <translation>%1-Konten melden sich mit OAuth2 an (dem eigenen Anmeldefenster des Anbieters), nicht mit einem Passwort. MailFix konnte diese Anmeldung hier nicht testen: Es hat keine Client-ID für %1 (ein Administrator setzt %2 in mailfix.conf). Die Prüfung unten läuft ohne Anmeldung. Wählen Sie in Ihrem E-Mail-Programm OAuth2 (oder „Mit %1 anmelden“) als Art der Anmeldung.
</translation>
    </message>
    <message numerus="yes">
        <source>Signing in with %1 (waiting up to %n second(s) for the browser)...
</source>
        <translation>
            <numerusform>Anmeldung bei %1 (wartet bis zu %n Sekunde auf den Browser)…
</numerusform>
            <numerusform>Anmeldung bei %1 (wartet bis zu %n Sekunden auf den Browser)…
</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in with %1 did not work: %2
</source>
        <translation>Die Anmeldung bei %1 hat nicht geklappt: %2
</translation>
    </message>
    <message>
        <source>This build of MailFix cannot sign in with OAuth2 (it was built without Qt NetworkAuth).
</source>
        <translation>Diese Version von MailFix kann sich nicht mit OAuth2 anmelden (sie wurde ohne Qt NetworkAuth gebaut).
</translation>
    </message>
</context>
<context>
    <name>OAuth2SignIn</name>
    <message numerus="yes">
        <source>The sign-in was not finished in the browser within %n minute(s).</source>
        <translation>
            <numerusform>Die Anmeldung wurde nicht innerhalb von %n Minute im Browser abgeschlossen.</numerusform>
            <numerusform>Die Anmeldung wurde nicht innerhalb von %n Minuten im Browser abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No port on 127.0.0.1 for the sign-in.</source>
        <translation>Kein Port auf 127.0.0.1 für die Anmeldung frei.</translation>
    </message>
    <message>
        <source>MailFix received the sign-in. You can close this window.</source>
        <translation>MailFix hat die Anmeldung erhalten. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>The sign-in came back with another state than MailFix sent.</source>
        <translation>Die Anmeldung kam mit einem anderen Status (state) zurück, als MailFix gesendet hat.</translation>
    </message>
    <message>
        <source>The sign-in came back from %1, not from %2.</source>
        <translation>Die Anmeldung kam von %1 zurück, nicht von %2.</translation>
    </message>
    <message>
        <source>The provider answered without a token.</source>
        <translation>Der Anbieter hat ohne Token geantwortet.</translation>
    </message>
</context>
<context>
    <name>OutlookPrf</name>
    <message>
        <source>Made by MailFix %1 for %2: the mail settings MailFix checked.</source>
        <translation>Erstellt von MailFix %1 für %2: die E-Mail-Einstellungen, die MailFix geprüft hat.</translation>
    </message>
    <message>
        <source>For classic Outlook for Windows: outlook.exe /importprf &quot;FILE&quot; adds this account to the default profile. The new Outlook does not accept PRF files.</source>
        <translation>Für das klassische Outlook für Windows: outlook.exe /importprf &quot;FILE&quot; fügt dieses Konto dem Standardprofil hinzu. Das neue Outlook nimmt keine PRF-Dateien an.</translation>
    </message>
    <message>
        <source>There is no password in this file: Outlook asks for it when it first connects.</source>
        <translation>In dieser Datei steht kein Passwort: Outlook fragt danach, wenn es sich zum ersten Mal verbindet.</translation>
    </message>
    <message>
        <source>Mapping of the account&apos;s values to Outlook&apos;s properties; do not change.</source>
        <translation>Zuordnung der Werte des Kontos zu den Eigenschaften von Outlook; nicht ändern.</translation>
    </message>
</context>
<context>
    <name>Pop3Probe</name>
    <message>
        <source>the server sent something that is not a POP3 reply</source>
        <translation>der Server hat etwas gesendet, das keine POP3-Antwort ist</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes</source>
        <translation>der Server hat eine Zeile mit mehr als %1 Byte gesendet</translation>
    </message>
    <message>
        <source>the server sent a reply of more than %1 lines</source>
        <translation>der Server hat eine Antwort mit mehr als %1 Zeilen gesendet</translation>
    </message>
    <message>
        <source>the server refused STLS: %1</source>
        <translation>der Server hat STLS abgelehnt: %1</translation>
    </message>
    <message>
        <source>unexpected reply ignored</source>
        <translation>unerwartete Antwort ignoriert</translation>
    </message>
    <message>
        <source>the server&apos;s greeting is not a POP3 greeting</source>
        <translation>die Begrüßung des Servers ist keine POP3-Begrüßung</translation>
    </message>
    <message>
        <source>the server does not offer STLS here</source>
        <translation>der Server bietet hier kein STLS an</translation>
    </message>
    <message>
        <source>too many sign-in challenges; exchange cancelled</source>
        <translation>zu viele Anmelde-Challenges; Austausch abgebrochen</translation>
    </message>
    <message>
        <source>an unexpected continuation was ignored</source>
        <translation>eine unerwartete Fortsetzungsanforderung wurde ignoriert</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>&quot;%1&quot; is not a port (1-65535, optionally :none, :starttls or :tls)</source>
        <translation>„%1“ ist kein Port (1–65535, wahlweise mit :none, :starttls oder :tls)</translation>
    </message>
    <message>
        <source>unknown security &quot;%1&quot; (use none, starttls or tls)</source>
        <translation>unbekannte Sicherheit „%1“ (none, starttls oder tls verwenden)</translation>
    </message>
    <message>
        <source>--ports names no port</source>
        <translation>--ports nennt keinen Port</translation>
    </message>
    <message>
        <source>--send-test needs --from (or an email address as --user) and a password</source>
        <translation>--send-test braucht --from (oder eine E-Mail-Adresse als --user) und ein Passwort</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>--server is required</source>
        <translation>--server fehlt</translation>
    </message>
    <message>
        <source>Probing %1 on ports %2 (timeout %3 s)...
</source>
        <translation>Prüfe %1 auf den Ports %2 (Zeitlimit %3 s)…
</translation>
    </message>
    <message>
        <source>Signing in and sending works on at least one port.
</source>
        <translation>Anmelden und Senden funktionieren auf mindestens einem Port.
</translation>
    </message>
    <message>
        <source>No port of %1 answered like a mail server.
</source>
        <translation>Kein Port von %1 hat wie ein Mailserver geantwortet.
</translation>
    </message>
    <message>
        <source>The server answers; give --user and --password-stdin to test signing in.
</source>
        <translation>Der Server antwortet; geben Sie --user und --password-stdin an, um die Anmeldung zu testen.
</translation>
    </message>
    <message>
        <source>The server answers, but sending was not verified on any port.
</source>
        <translation>Der Server antwortet, aber das Senden wurde auf keinem Port bestätigt.
</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>smtp (default), imap or pop3</source>
        <translation>smtp (Standard), imap oder pop3</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot; (use smtp, imap or pop3)</source>
        <translation>unbekanntes Protokoll „%1“ (smtp, imap oder pop3 verwenden)</translation>
    </message>
    <message>
        <source>--send-test, --from and --to are for SMTP only</source>
        <translation>--send-test, --from und --to gibt es nur für SMTP</translation>
    </message>
    <message>
        <source>Signing in works on at least one port.
</source>
        <translation>Die Anmeldung funktioniert auf mindestens einem Port.
</translation>
    </message>
    <message>
        <source>The server answers, but signing in was not verified on any port.
</source>
        <translation>Der Server antwortet, aber die Anmeldung wurde auf keinem Port bestätigt.
</translation>
    </message>
    <message>
        <source>  probe --server HOST [--protocol smtp|imap|pop3] [--ports 25,26,465,587]
        [--user U] [--password-stdin | --oauth2-token-stdin] [--from ADDR] [--to ADDR]
        [--ca-file PEM] [--timeout S] [--json] [--transcript] [--send-test]
        [--allow-plaintext-auth] [--accept-certificate]
                   Probe the ports of a mail server in parallel: connection,
                   greeting, encryption, certificate, sign-in, and (SMTP, the default)
                   whether a recipient is accepted without and with signing in. No mail
                   is sent unless --send-test is given (then one message goes to --from).
                   IMAP probes ports 143 and 993, POP3 110 and 995 by default.
                   A port may name its security: 587:starttls, 465:tls, 25:none.
</source>
        <translation>  probe --server HOST [--protocol smtp|imap|pop3] [--ports 25,26,465,587]
        [--user U] [--password-stdin | --oauth2-token-stdin] [--from ADDR] [--to ADDR]
        [--ca-file PEM] [--timeout S] [--json] [--transcript] [--send-test]
        [--allow-plaintext-auth] [--accept-certificate]
                   Prüft die Ports eines Mailservers parallel: Verbindung, Begrüßung,
                   Verschlüsselung, Zertifikat, Anmeldung und (bei SMTP, dem Standard) ob
                   ein Empfänger ohne und mit Anmeldung angenommen wird. Es wird keine
                   E-Mail gesendet, außer mit --send-test (dann geht eine Nachricht an
                   --from). Ohne Angabe prüft IMAP die Ports 143 und 993, POP3 die Ports 110
                   und 995. Ein Port kann seine Sicherheit nennen: 587:starttls, 465:tls,
                   25:none.
</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid until %3, %4</source>
        <translation>%1, ausgestellt von %2, gültig bis %3, %4</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <source>NOT trusted: %1</source>
        <translation>NICHT vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>without sign-in</source>
        <translation>ohne Anmeldung</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>test message</source>
        <translation>Testnachricht</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>logout</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>server&apos;s error</source>
        <translation>Fehlermeldung des Servers</translation>
    </message>
</context>
<context>
    <name>ProbeRow</name>
    <message>
        <source>Sending on port 25 (often blocked by internet providers)</source>
        <translation>Senden auf Port 25 (oft von Internetanbietern gesperrt)</translation>
    </message>
    <message>
        <source>Unencrypted sending on port %1</source>
        <translation>Unverschlüsseltes Senden auf Port %1</translation>
    </message>
    <message>
        <source>Secure sending (recommended)</source>
        <translation>Sicheres Senden (empfohlen)</translation>
    </message>
    <message>
        <source>Secure sending</source>
        <translation>Sicheres Senden</translation>
    </message>
    <message>
        <source>Secure sending on port %1</source>
        <translation>Sicheres Senden auf Port %1</translation>
    </message>
    <message>
        <source>Unencrypted receiving (IMAP) on port %1</source>
        <translation>Unverschlüsseltes Empfangen (IMAP) auf Port %1</translation>
    </message>
    <message>
        <source>Unencrypted receiving (POP3) on port %1</source>
        <translation>Unverschlüsseltes Empfangen (POP3) auf Port %1</translation>
    </message>
    <message>
        <source>Secure receiving (IMAP, recommended)</source>
        <translation>Sicheres Empfangen (IMAP, empfohlen)</translation>
    </message>
    <message>
        <source>Secure receiving (IMAP)</source>
        <translation>Sicheres Empfangen (IMAP)</translation>
    </message>
    <message>
        <source>Secure receiving (POP3)</source>
        <translation>Sicheres Empfangen (POP3)</translation>
    </message>
    <message>
        <source>Secure receiving (IMAP) on port %1</source>
        <translation>Sicheres Empfangen (IMAP) auf Port %1</translation>
    </message>
    <message>
        <source>Secure receiving (POP3) on port %1</source>
        <translation>Sicheres Empfangen (POP3) auf Port %1</translation>
    </message>
    <message>
        <source>%1 (your settings now)</source>
        <translation>%1 (Ihre jetzigen Einstellungen)</translation>
    </message>
    <message>
        <source>%1, server %2</source>
        <translation>%1, Server %2</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Answers, with a problem</source>
        <translation>Antwortet, mit einem Problem</translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation>Funktioniert nicht</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Waiting for an answer... %1 s of %2 s</source>
        <translation>Warten auf eine Antwort… %1 s von %2 s</translation>
    </message>
    <message>
        <source>Not offered here</source>
        <translation>Hier nicht angeboten</translation>
    </message>
</context>
<context>
    <name>ProgramAccounts</name>
    <message>
        <source>no Thunderbird profile was found on this computer</source>
        <translation>auf diesem Computer wurde kein Thunderbird-Profil gefunden</translation>
    </message>
    <message>
        <source>Outlook&apos;s settings can be read only on Windows</source>
        <translation>die Einstellungen von Outlook können nur unter Windows gelesen werden</translation>
    </message>
    <message>
        <source>MailFix cannot read the settings of %1</source>
        <translation>MailFix kann die Einstellungen von %1 nicht lesen</translation>
    </message>
    <message>
        <source>%1 has no account with an outgoing server</source>
        <translation>%1 hat kein Konto mit Postausgangsserver</translation>
    </message>
    <message>
        <source>Apple Mail&apos;s settings can only be read on a Mac</source>
        <translation>Die Einstellungen von Apple Mail können nur auf einem Mac gelesen werden</translation>
    </message>
</context>
<context>
    <name>ProviderDetector</name>
    <message>
        <source>the folder does not exist</source>
        <translation>den Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>%1: cannot be read or is too large</source>
        <translation>%1: nicht lesbar oder zu groß</translation>
    </message>
    <message>
        <source>the answer was larger than %1 bytes</source>
        <translation>die Antwort war größer als %1 Byte</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>MX %1: no known platform</source>
        <translation>MX %1: keine bekannte Plattform</translation>
    </message>
    <message>
        <source>%1 lies outside %2</source>
        <translation>%1 liegt außerhalb von %2</translation>
    </message>
    <message>
        <source>guessed from the domain</source>
        <translation>aus der Domain geraten</translation>
    </message>
    <message>
        <source>guessed from the domain; not checked, because DNS did not answer</source>
        <translation>aus der Domain geraten; nicht geprüft, weil DNS nicht geantwortet hat</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Unbekannte Optionen: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Nach „%1“ fehlt ein Wert.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unerwarteter Wert nach „%1“.</translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alle speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>%1 report</source>
        <translation>%1 – Bericht</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Partial result: the check was stopped before it finished, so this shows only what finished.</source>
        <translation>Teilergebnis: Die Prüfung wurde angehalten, bevor sie fertig war. Hier steht deshalb nur, was bis dahin fertig wurde.</translation>
    </message>
    <message>
        <source>%1 (version: %2)</source>
        <translation>%1 (Version: %2)</translation>
    </message>
    <message>
        <source>%1 report for %2</source>
        <translation>%1 – Bericht für %2</translation>
    </message>
    <message>
        <source>Mail program: %1</source>
        <translation>E-Mail-Programm: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>MailFix version: %1</source>
        <translation>MailFix-Version: %1</translation>
    </message>
</context>
<context>
    <name>SelfTestCommand</name>
    <message>
        <source>  self-test        Check that this computer can make encrypted connections
</source>
        <translation>  self-test        Prüft, ob dieser Computer verschlüsselte Verbindungen aufbauen kann
</translation>
    </message>
    <message>
        <source>Encrypted connections: available (%1, Qt backend &quot;%2&quot;)
</source>
        <translation>Verschlüsselte Verbindungen: verfügbar (%1, Qt-Backend „%2“)
</translation>
    </message>
</context>
<context>
    <name>SettingsCard</name>
    <message>
        <source>Made by MailFix %1. There is no password on this card.</source>
        <translation>Erstellt von MailFix %1. Auf dieser Karte steht kein Passwort.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Mail settings for %1</source>
        <translation>E-Mail-Einstellungen für %1</translation>
    </message>
    <message>
        <source>Incoming mail (%1)</source>
        <translation>Eingehende E-Mails (%1)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Ausgehende E-Mails (SMTP)</translation>
    </message>
    <message>
        <source>Your password stays the same. Type it when the program asks; never send it by email.</source>
        <translation>Ihr Passwort bleibt gleich. Tippen Sie es ein, wenn das Programm danach fragt; schicken Sie es nie per E-Mail.</translation>
    </message>
    <message>
        <source>Picture of step %1</source>
        <translation>Bild zu Schritt %1</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>SmtpProbe</name>
    <message>
        <source>the server sent something that is not an SMTP reply</source>
        <translation>der Server hat etwas gesendet, das keine SMTP-Antwort ist</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes</source>
        <translation>der Server hat eine Zeile mit mehr als %1 Byte gesendet</translation>
    </message>
    <message>
        <source>the server sent a reply of more than %1 lines</source>
        <translation>der Server hat eine Antwort mit mehr als %1 Zeilen gesendet</translation>
    </message>
    <message>
        <source>the server refused STARTTLS: %1</source>
        <translation>der Server hat STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <source>unexpected reply ignored</source>
        <translation>unerwartete Antwort ignoriert</translation>
    </message>
    <message>
        <source>EHLO refused, HELO accepted</source>
        <translation>EHLO abgelehnt, HELO angenommen</translation>
    </message>
    <message>
        <source>EHLO refused; trying HELO</source>
        <translation>EHLO abgelehnt; HELO wird versucht</translation>
    </message>
    <message>
        <source>no AUTH offered</source>
        <translation>kein AUTH angeboten</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS here</source>
        <translation>der Server bietet hier kein STARTTLS an</translation>
    </message>
    <message>
        <source>relay test skipped: no sender or recipient address</source>
        <translation>Relay-Test übersprungen: keine Absender- oder Empfängeradresse</translation>
    </message>
    <message>
        <source>the server accepted DATA without a recipient; the connection was closed so that nothing is sent</source>
        <translation>der Server hat DATA ohne Empfänger angenommen; die Verbindung wurde geschlossen, damit nichts gesendet wird</translation>
    </message>
    <message>
        <source>MailFix test message</source>
        <translation>MailFix-Testnachricht</translation>
    </message>
    <message>
        <source>MailFix sent this message to check that sending works. You can delete it.</source>
        <translation>MailFix hat diese Nachricht gesendet, um zu prüfen, ob das Senden funktioniert. Sie können sie löschen.</translation>
    </message>
    <message>
        <source>no user name and password given</source>
        <translation>kein Benutzername und Passwort angegeben</translation>
    </message>
    <message>
        <source>the server offers no AUTH here</source>
        <translation>der Server bietet hier kein AUTH an</translation>
    </message>
    <message>
        <source>password not sent: the connection is not encrypted</source>
        <translation>Passwort nicht gesendet: Die Verbindung ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>password withheld: no encryption</source>
        <translation>Passwort zurückgehalten: keine Verschlüsselung</translation>
    </message>
    <message>
        <source>password not sent: the server&apos;s certificate is not trusted</source>
        <translation>Passwort nicht gesendet: Das Zertifikat des Servers ist nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>password withheld: certificate not trusted</source>
        <translation>Passwort zurückgehalten: Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>too many AUTH challenges; exchange cancelled</source>
        <translation>zu viele AUTH-Challenges; Austausch abgebrochen</translation>
    </message>
    <message>
        <source>no reply to QUIT within %1 ms; the check did not wait for it</source>
        <translation>keine Antwort auf QUIT innerhalb von %1 ms; die Prüfung hat nicht darauf gewartet</translation>
    </message>
    <message>
        <source>the server&apos;s error: %1</source>
        <translation>Fehler des Servers: %1</translation>
    </message>
</context>
<context>
    <name>ThunderbirdFixDialog</name>
    <message>
        <source>Fix it for me: Thunderbird</source>
        <translation>Für mich beheben: Thunderbird</translation>
    </message>
    <message>
        <source>Accounts to change</source>
        <translation>Zu ändernde Konten</translation>
    </message>
    <message>
        <source>The values that change</source>
        <translation>Die Werte, die sich ändern</translation>
    </message>
    <message>
        <source>I have &amp;closed Thunderbird. Change its settings as shown.</source>
        <translation>Ich habe Thunderbird &amp;geschlossen. Seine Einstellungen wie gezeigt ändern.</translation>
    </message>
    <message>
        <source>C&amp;hange the settings</source>
        <translation>&amp;Einstellungen ändern</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Was sich ändert:</translation>
    </message>
    <message>
        <source>MailFix can write the checked settings (%1) into Thunderbird for you. Choose the accounts to change. MailFix keeps a copy of the old settings, so you can undo it.</source>
        <translation>MailFix kann die geprüften Einstellungen (%1) für Sie in Thunderbird eintragen. Wählen Sie die Konten, die geändert werden sollen. MailFix bewahrt eine Kopie der alten Einstellungen auf, damit Sie es rückgängig machen können.</translation>
    </message>
    <message>
        <source>%1 (now: %2)</source>
        <translation>%1 (jetzt: %2)</translation>
    </message>
    <message>
        <source>Nothing changes: Thunderbird already uses these settings for the chosen accounts.</source>
        <translation>Es ändert sich nichts: Thunderbird verwendet diese Einstellungen für die gewählten Konten bereits.</translation>
    </message>
    <message>
        <source>Done. Start Thunderbird and send a message to try it. The old settings are saved in %1.</source>
        <translation>Fertig. Starten Sie Thunderbird und senden Sie zum Ausprobieren eine Nachricht. Die alten Einstellungen sind in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Undone: Thunderbird&apos;s settings are back as they were.</source>
        <translation>Rückgängig gemacht: Die Einstellungen von Thunderbird sind wieder wie vorher.</translation>
    </message>
</context>
<context>
    <name>ThunderbirdSettingsWriter</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <source>authentication method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>New outgoing server %1 in the list of servers</source>
        <translation>Neuer Postausgangs-Server %1 in der Liste der Server</translation>
    </message>
    <message>
        <source>Identity %1 sends through outgoing server %2 instead of %3</source>
        <translation>Identität %1 sendet über den Postausgangs-Server %2 statt über %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>The Thunderbird profile folder %1 does not exist.</source>
        <translation>Den Thunderbird-Profilordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Thunderbird is open. Close Thunderbird, then try again. Nothing was changed.</source>
        <translation>Thunderbird ist geöffnet. Schließen Sie Thunderbird und versuchen Sie es dann erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 has no Thunderbird settings file (prefs.js). Start Thunderbird once with this profile, close it, then try again.</source>
        <translation>%1 hat keine Thunderbird-Einstellungsdatei (prefs.js). Starten Sie Thunderbird einmal mit diesem Profil, schließen Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 could not be read: %2. Nothing was changed.</source>
        <translation>Die Einstellungsdatei %1 von Thunderbird konnte nicht gelesen werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>sie ist zu groß</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 is damaged: line %2 cannot be read. MailFix changed nothing. Start Thunderbird and close it again (it rewrites the file), then try again.</source>
        <translation>Die Einstellungsdatei %1 von Thunderbird ist beschädigt: Zeile %2 kann nicht gelesen werden. MailFix hat nichts geändert. Starten Sie Thunderbird und schließen Sie es wieder (es schreibt die Datei neu), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the file did not read back as written</source>
        <translation>die Datei ließ sich nicht so zurücklesen, wie sie geschrieben wurde</translation>
    </message>
    <message>
        <source>MailFix could not write %1 in %2: %3. Nothing was lost: Thunderbird&apos;s settings are as they were.</source>
        <translation>MailFix konnte %1 nicht in %2 schreiben: %3. Es ist nichts verloren: Die Einstellungen von Thunderbird sind unverändert.</translation>
    </message>
    <message>
        <source>Thunderbird already uses these settings. Nothing was changed.</source>
        <translation>Thunderbird verwendet diese Einstellungen bereits. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file changed after MailFix read it. Nothing was changed; look at the changes again.</source>
        <translation>Die Einstellungsdatei von Thunderbird hat sich geändert, nachdem MailFix sie gelesen hat. Es wurde nichts geändert; sehen Sie sich die Änderungen noch einmal an.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 is written in a way MailFix cannot change safely. Nothing was changed; enter the settings in Thunderbird by hand.</source>
        <translation>Die Einstellungsdatei %1 von Thunderbird ist so geschrieben, dass MailFix sie nicht sicher ändern kann. Es wurde nichts geändert; tragen Sie die Einstellungen in Thunderbird von Hand ein.</translation>
    </message>
    <message>
        <source>a backup of Thunderbird&apos;s settings</source>
        <translation>eine Sicherungskopie der Thunderbird-Einstellungen</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file</source>
        <translation>die Einstellungsdatei von Thunderbird</translation>
    </message>
    <message>
        <source>MailFix could not write Thunderbird&apos;s settings file %1. Restore it from the backup %2.</source>
        <translation>MailFix konnte die Einstellungsdatei %1 von Thunderbird nicht schreiben. Stellen Sie sie aus der Sicherungskopie %2 wieder her.</translation>
    </message>
    <message>
        <source>There is no MailFix backup in %1: there is nothing to undo.</source>
        <translation>In %1 gibt es keine Sicherungskopie von MailFix: Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The backup %1 could not be read: %2. Nothing was changed.</source>
        <translation>Die Sicherungskopie %1 konnte nicht gelesen werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>a copy of Thunderbird&apos;s settings</source>
        <translation>eine Kopie der Thunderbird-Einstellungen</translation>
    </message>
    <message>
        <source>Outgoing server %1: </source>
        <translation>Postausgangs-Server %1: </translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
</context>
<context>
    <name>TlsSupport</name>
    <message>
        <source>MailFix cannot make encrypted connections because Qt&apos;s OpenSSL plugin is missing; reinstall the Qt network library (on Debian: apt-get install --reinstall libqt6network6) and start MailFix again.</source>
        <translation>MailFix kann keine verschlüsselten Verbindungen aufbauen, weil das OpenSSL-Plugin von Qt fehlt. Installieren Sie die Netzwerkbibliothek von Qt neu (unter Debian: apt-get install --reinstall libqt6network6) und starten Sie MailFix erneut.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because the OpenSSL 3 library could not be loaded; install it (on Debian: apt-get install libssl3) and start MailFix again.</source>
        <translation>MailFix kann keine verschlüsselten Verbindungen aufbauen, weil die Bibliothek OpenSSL 3 nicht geladen werden konnte. Installieren Sie sie (unter Debian: apt-get install libssl3) und starten Sie MailFix erneut.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because Qt is using the &quot;%1&quot; TLS backend and MailFix needs OpenSSL; install Qt&apos;s OpenSSL plugin (on Debian: libqt6network6) and start MailFix again.</source>
        <translation>MailFix kann keine verschlüsselten Verbindungen aufbauen, weil Qt das TLS-Backend „%1“ verwendet und MailFix OpenSSL braucht. Installieren Sie das OpenSSL-Plugin von Qt (unter Debian: libqt6network6) und starten Sie MailFix erneut.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because Qt&apos;s OpenSSL plugin, which comes with MailFix, is missing; reinstall MailFix and start it again.</source>
        <translation>MailFix kann keine verschlüsselten Verbindungen aufbauen, weil das OpenSSL-Plugin von Qt fehlt, das mit MailFix geliefert wird. Installieren Sie MailFix neu und starten Sie es erneut.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because the OpenSSL 3 libraries that come with MailFix could not be loaded; reinstall MailFix and start it again.</source>
        <translation>MailFix kann keine verschlüsselten Verbindungen aufbauen, weil die Bibliotheken von OpenSSL 3, die mit MailFix geliefert werden, nicht geladen werden konnten. Installieren Sie MailFix neu und starten Sie es erneut.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because Qt is using the &quot;%1&quot; TLS backend and MailFix needs OpenSSL; reinstall MailFix and start it again.</source>
        <translation>MailFix kann keine verschlüsselten Verbindungen aufbauen, weil Qt das TLS-Backend „%1“ verwendet und MailFix OpenSSL braucht. Installieren Sie MailFix neu und starten Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>UnsupportedProbe</name>
    <message>
        <source>MailFix cannot check %1 servers yet</source>
        <translation>MailFix kann %1-Server noch nicht prüfen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <source>What MailFix found</source>
        <translation>Was MailFix gefunden hat</translation>
    </message>
    <message>
        <source>Allow this server&apos;s certificate and check again...</source>
        <translation>Zertifikat dieses Servers erlauben und erneut prüfen…</translation>
    </message>
    <message>
        <source>Show technical &amp;details</source>
        <translation>Technische &amp;Details anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve report...</source>
        <translation>Bericht s&amp;peichern…</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>MailFix found settings that should work. Use them as shown below.</source>
        <translation>MailFix hat Einstellungen gefunden, die funktionieren sollten. Verwenden Sie sie wie unten gezeigt.</translation>
    </message>
    <message>
        <source>MailFix could not find a server that answers. See the notes below.</source>
        <translation>MailFix konnte keinen Server finden, der antwortet. Lesen Sie die Hinweise unten.</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Outgoing server:&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Port:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Encryption:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Sign-in:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;User name:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Postausgangsserver:&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Port:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Verschlüsselung:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Anmeldung:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Benutzername:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>We checked this: signing in on port %1 works, and the server accepted a recipient.</source>
        <translation>Das haben wir geprüft: Die Anmeldung auf Port %1 funktioniert, und der Server hat einen Empfänger angenommen.</translation>
    </message>
    <message>
        <source>This should work, but it is not confirmed: %1</source>
        <translation>Das sollte funktionieren, ist aber nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Also:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Außerdem:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Hide technical &amp;details</source>
        <translation>Technische &amp;Details ausblenden</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf);;JSON for technicians (*.json)</source>
        <translation>Webseite (*.html);;PDF-Dokument (*.pdf);;JSON für Techniker (*.json)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>MailFix could not save the report to %1: %2</source>
        <translation>MailFix konnte den Bericht nicht in %1 speichern: %2</translation>
    </message>
    <message>
        <source>Allow this certificate?</source>
        <translation>Dieses Zertifikat erlauben?</translation>
    </message>
    <message>
        <source>The server could not prove that it really is your mail server. If someone is listening in on your network, your password could reach them. Allow it only if your provider or your technician told you this server&apos;s certificate is right.

Send your password to this server for this check?</source>
        <translation>Der Server konnte nicht nachweisen, dass er wirklich Ihr Mailserver ist. Wenn jemand in Ihrem Netzwerk mithört, könnte Ihr Passwort bei ihm landen. Erlauben Sie das nur, wenn Ihr Anbieter oder Ihr Techniker Ihnen gesagt hat, dass das Zertifikat dieses Servers stimmt.

Ihr Passwort für diese Prüfung an diesen Server senden?</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Account &quot;%1&quot; (port %2): this one does not work.&lt;/b&gt; %3&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Konto „%1“ (Port %2): Dieses funktioniert nicht.&lt;/b&gt; %3&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Account &quot;%1&quot; (port %2): this one works.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Konto „%1“ (Port %2): Dieses funktioniert.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>What works, what does not, and what to change.</source>
        <translation>Was funktioniert, was nicht, und was Sie ändern sollten.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Incoming server (%1):&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Port:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Encryption:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;User name:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Posteingangsserver (%1):&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Port:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Verschlüsselung:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Benutzername:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>We checked this: signing in to receive mail works with these settings.</source>
        <translation>Das haben wir geprüft: Die Anmeldung zum Empfangen funktioniert mit diesen Einstellungen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partial result.&lt;/b&gt; You stopped the check, so this shows only what finished before that. For the whole answer, click Back and then &quot;Check again&quot;.</source>
        <translation>&lt;b&gt;Teilergebnis.&lt;/b&gt; Sie haben die Prüfung angehalten, deshalb steht hier nur, was bis dahin fertig war. Für die vollständige Antwort klicken Sie auf „Zurück“ und dann auf „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>The server did not accept this password.</source>
        <translation>Der Server hat dieses Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>Report saved as %1 in %2.</source>
        <translation>Bericht als %1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Report copied. You can paste it into an email or a chat with your helper.</source>
        <translation>Bericht kopiert. Sie können ihn in eine E-Mail oder einen Chat mit Ihrer Hilfsperson einfügen.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Your mail program cannot send?</source>
        <translation>Ihr E-Mail-Programm kann nicht senden?</translation>
    </message>
    <message>
        <source>MailFix finds out why, and shows you how to fix it in your own mail program.</source>
        <translation>MailFix findet heraus, warum, und zeigt Ihnen, wie Sie es in Ihrem eigenen E-Mail-Programm beheben.</translation>
    </message>
    <message>
        <source>If your mail program showed an error message, paste it here (you can leave this empty):</source>
        <translation>Wenn Ihr E-Mail-Programm eine Fehlermeldung gezeigt hat, fügen Sie sie hier ein (Sie können das Feld auch leer lassen):</translation>
    </message>
    <message>
        <source>Error message from your mail program</source>
        <translation>Fehlermeldung Ihres E-Mail-Programms</translation>
    </message>
    <message>
        <source>For example: 503 valid RCPT command must precede DATA</source>
        <translation>Zum Beispiel: 503 valid RCPT command must precede DATA</translation>
    </message>
    <message>
        <source>What the error message means</source>
        <translation>Was die Fehlermeldung bedeutet</translation>
    </message>
    <message>
        <source>MailFix does not know this message. That is fine: the check will find out more.</source>
        <translation>MailFix kennt diese Meldung nicht. Das macht nichts: Die Prüfung findet mehr heraus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What this means:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Das bedeutet:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>It does not send any mail unless you ask it to, and your password stays on this computer and with your mail server.</source>
        <translation>MailFix sendet keine E-Mail, außer Sie möchten es, und Ihr Passwort bleibt auf diesem Computer und bei Ihrem Mailserver.</translation>
    </message>
</context>
<context>
    <name>WelcomeSteps</name>
    <message>
        <source>&lt;b&gt;1. It checks&lt;/b&gt;&lt;br&gt;your mail server, the way your mail program talks to it</source>
        <translation>&lt;b&gt;1. Es prüft&lt;/b&gt;&lt;br&gt;Ihren Mailserver so, wie Ihr E-Mail-Programm mit ihm spricht</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. It explains&lt;/b&gt;&lt;br&gt;in plain words what goes wrong</source>
        <translation>&lt;b&gt;2. Es erklärt&lt;/b&gt;&lt;br&gt;in einfachen Worten, was schiefgeht</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. It shows the fix&lt;/b&gt;&lt;br&gt;step by step, in your own mail program</source>
        <translation>&lt;b&gt;3. Es zeigt die Lösung&lt;/b&gt;&lt;br&gt;Schritt für Schritt, in Ihrem eigenen E-Mail-Programm</translation>
    </message>
</context>
<context>
    <name>WizardContext</name>
    <message>
        <source>Signed in with %1.</source>
        <translation>Mit %1 angemeldet.</translation>
    </message>
    <message>
        <source>%1 accounts sign in through %1&apos;s own sign-in window. MailFix could not test that here: it has not been set up for it. It checked without signing in.</source>
        <translation>%1-Konten melden sich über das eigene Anmeldefenster von %1 an. MailFix konnte das hier nicht testen: Es ist dafür nicht eingerichtet. Es hat ohne Anmeldung geprüft.</translation>
    </message>
    <message>
        <source>Your provider signs in with a password, not with its own sign-in window. MailFix checked without signing in.</source>
        <translation>Ihr Anbieter meldet Sie mit einem Passwort an, nicht über ein eigenes Anmeldefenster. MailFix hat ohne Anmeldung geprüft.</translation>
    </message>
    <message>
        <source>The sign-in with %1 did not work (%2). MailFix checked without signing in.</source>
        <translation>Die Anmeldung mit %1 hat nicht funktioniert (%2). MailFix hat ohne Anmeldung geprüft.</translation>
    </message>
</context>
<context>
    <name>WizardOptions</name>
    <message>
        <source>Print start-up time and memory, then quit</source>
        <translation>Startzeit und Speicherbedarf ausgeben, dann beenden</translation>
    </message>
    <message>
        <source>mailfix: --ispdb-url is ignored (%1)</source>
        <translation>mailfix: --ispdb-url wird ignoriert (%1)</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation>Passwort, normal</translation>
    </message>
    <message>
        <source>Encrypted password</source>
        <translation>Verschlüsseltes Passwort</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>server %1, port %2, %3</source>
        <translation>Server %1, Port %2, %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: mailfix [--ca-file PEM] [--ispdb-url URL] [--overrides DIR] [--timeout S]
               [--version] [--help]
Starts the MailFix wizard. For the console program, run mailfix-cli --help.
</source>
        <translation>Aufruf: mailfix [--ca-file PEM] [--ispdb-url URL] [--overrides DIR] [--timeout S]
                [--version] [--help]
Startet den MailFix-Assistenten. Für das Konsolenprogramm rufen Sie mailfix-cli --help auf.
</translation>
    </message>
    <message>
        <source>MailFix</source>
        <translation>MailFix</translation>
    </message>
    <message>
        <source>MailFix cannot start</source>
        <translation>MailFix kann nicht starten</translation>
    </message>
    <message>
        <source>mailfix: deployment settings: %1</source>
        <translation>mailfix: Bereitstellungseinstellungen: %1</translation>
    </message>
    <message>
        <source>mailfix: %1</source>
        <translation>mailfix: %1</translation>
    </message>
</context>
</TS>
