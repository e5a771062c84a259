<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>MailFix finds out why your mail program cannot send, and shows you how to fix it.</source>
        <translation>MailFix zoekt uit waarom je mailprogramma niet kan versturen, en laat je zien hoe je dat oplost.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenties</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Over %1</translation>
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
        <translation>&lt;p&gt;MailFix is gebouwd met &lt;b&gt;Qt %1&lt;/b&gt;, gebruikt onder de GNU Lesser General Public License versie 3 (LGPL-3.0). Zie &lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Versleutelde verbindingen gebruiken &lt;b&gt;%2&lt;/b&gt;, onder de Apache License 2.0.&lt;/p&gt;&lt;p&gt;De providerinstellingen die MailFix meelevert, zijn afgeleid van de &lt;b&gt;Thunderbird ISPDB&lt;/b&gt; (de autoconfig-gegevens van het project Mozilla Thunderbird), gebruikt onder de Mozilla Public License 2.0 (MPL-2.0). De gegevens en hun licentie staan in resources/providers/; het origineel staat op &lt;a href=&quot;https://github.com/thunderbird/autoconfig&quot;&gt;github.com/thunderbird/autoconfig&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;De afbeeldingen in de handleidingen worden getekend met de lettertypen &lt;b&gt;DejaVu Sans&lt;/b&gt; (licentie van Bitstream Vera en DejaVu, vrij te gebruiken en te verspreiden).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Je account</translation>
    </message>
    <message>
        <source>Tell MailFix which account cannot send.</source>
        <translation>Vertel MailFix welk account niet kan versturen.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>naam@example.com</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Wachtwoord (optioneel)</translation>
    </message>
    <message>
        <source>With your password, MailFix can test signing in. It is used only for this test, never stored, and sent only over an encrypted connection to a server it has checked.</source>
        <translation>Met je wachtwoord kan MailFix het inloggen testen. Het wordt alleen voor deze test gebruikt, nooit bewaard en alleen via een versleutelde verbinding verstuurd naar een server die MailFix heeft gecontroleerd.</translation>
    </message>
    <message>
        <source>Your mail program</source>
        <translation>Je mailprogramma</translation>
    </message>
    <message>
        <source>I know the outgoing server settings my program uses now</source>
        <translation>Ik weet welke instellingen voor de uitgaande server mijn programma nu gebruikt</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Uitgaande server</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Read them from &amp;Thunderbird</source>
        <translation>Overnemen uit Thunder&amp;bird</translation>
    </message>
    <message>
        <source>Outgoing &amp;server:</source>
        <translation>Uitgaande &amp;server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>En&amp;cryption:</source>
        <translation>Ve&amp;rsleuteling:</translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation>Inlo&amp;ggen:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-mailadres:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Mail program:</source>
        <translation>&amp;Mailprogramma:</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Niets gevonden</translation>
    </message>
    <message>
        <source>Read them from &amp;Outlook</source>
        <translation>Overnemen &amp;uit Outlook</translation>
    </message>
    <message>
        <source>its settings in the Windows registry</source>
        <translation>de Outlook-instellingen in het Windows-register</translation>
    </message>
    <message>
        <source>your Thunderbird profile (the file prefs.js)</source>
        <translation>je Thunderbird-profiel (het bestand prefs.js)</translation>
    </message>
    <message>
        <source>Read %1&apos;s settings?</source>
        <translation>Instellingen van %1 lezen?</translation>
    </message>
    <message>
        <source>MailFix can read the outgoing server settings of every account from %1. It only reads them, changes nothing, and does not read your passwords or your mail. Read them now?</source>
        <translation>MailFix kan de instellingen voor de uitgaande server van elk account uit %1 lezen. Het leest ze alleen, verandert niets en leest je wachtwoorden en je mail niet. Nu lezen?</translation>
    </message>
    <message>
        <source>MailFix could not find outgoing server settings in %1: %2</source>
        <translation>MailFix heeft in %1 geen instellingen voor de uitgaande server gevonden: %2</translation>
    </message>
    <message>
        <source>Sign in with my provider&apos;s own sign-in win&amp;dow instead (OAuth2)</source>
        <translation>&amp;In plaats daarvan inloggen via het eigen inlogvenster van mijn provider (OAuth2)</translation>
    </message>
    <message>
        <source>Microsoft 365, Outlook.com and Google accounts sign in this way. MailFix opens the sign-in page in your browser and keeps nothing afterwards.</source>
        <translation>Accounts van Microsoft 365, Outlook.com en Google loggen zo in. MailFix opent de inlogpagina in je browser en bewaart daarna niets.</translation>
    </message>
</context>
<context>
    <name>AppleMailAccounts</name>
    <message>
        <source>the file has no list of mail accounts (MailAccounts)</source>
        <translation>het bestand bevat geen lijst met e-mailaccounts (MailAccounts)</translation>
    </message>
    <message>
        <source>Apple Mail&apos;s account list is damaged (%1)</source>
        <translation>De accountlijst van Apple Mail is beschadigd (%1)</translation>
    </message>
    <message>
        <source>no Apple Mail account list (Library/Mail/V*/MailData/Accounts.plist) was found; MailFix does not read the account database of newer macOS versions (Accounts4.sqlite)</source>
        <translation>er is geen accountlijst van Apple Mail (Library/Mail/V*/MailData/Accounts.plist) gevonden; de accountdatabase van nieuwere macOS-versies (Accounts4.sqlite) leest MailFix niet</translation>
    </message>
    <message>
        <source>%1 is too large to be Apple Mail&apos;s account list</source>
        <translation>%1 is te groot om de accountlijst van Apple Mail te zijn</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); on macOS 10.14 and later MailFix needs Full Disk Access for it</source>
        <translation>%1 kan niet worden gelezen (%2); vanaf macOS 10.14 heeft MailFix daarvoor ‘Volledige schijftoegang’ nodig</translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <source>%1 (--account %2, outgoing server %3: %4)</source>
        <translation>%1 (--account %2, uitgaande server %3: %4)</translation>
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
                   Schrijft gecontroleerde instellingen voor uitgaande mail in een
                   Thunderbird-profiel: toont welke waarden van wat naar wat veranderen,
                   en bewaart daarna (niet met --dry-run) een reservekopie met datum van
                   prefs.js en schrijft het nieuwe bestand. Alleen terwijl Thunderbird
                   gesloten is; nooit een wachtwoord. --account (de identiteit, bijv.
                   id1, of het adres ervan) kiest de accounts; zonder deze optie worden
                   de accounts aangepast die versturen als --user of via dezelfde
                   server. --undo zet de laatste reservekopie terug.
</translation>
    </message>
    <message>
        <source>Mail program</source>
        <translation>Mailprogramma</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>Thunderbird profile folder</source>
        <translation>Map van het Thunderbird-profiel</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>map</translation>
    </message>
    <message>
        <source>Verified settings</source>
        <translation>Gecontroleerde instellingen</translation>
    </message>
    <message>
        <source>host:port:security:auth</source>
        <translation>host:port:security:auth</translation>
    </message>
    <message>
        <source>Account to fix</source>
        <translation>Account dat aangepast moet worden</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Only show the changes</source>
        <translation>Alleen de wijzigingen tonen</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>De laatste reservekopie terugzetten</translation>
    </message>
    <message>
        <source>--program is missing (apply can change Thunderbird&apos;s settings)</source>
        <translation>--program ontbreekt (apply kan de instellingen van Thunderbird wijzigen)</translation>
    </message>
    <message>
        <source>MailFix can change only Thunderbird&apos;s settings, not &quot;%1&quot;; &quot;mailfix-cli guide&quot; shows how to change them by hand</source>
        <translation>MailFix kan alleen de instellingen van Thunderbird wijzigen, niet die van “%1”; “mailfix-cli guide” laat zien hoe je ze zelf wijzigt</translation>
    </message>
    <message>
        <source>--profile is missing: the Thunderbird profile folder</source>
        <translation>--profile ontbreekt: de map van het Thunderbird-profiel</translation>
    </message>
    <message>
        <source>--undo takes only --program, --profile and --json, not --%1</source>
        <translation>--undo accepteert alleen --program, --profile en --json, niet --%1</translation>
    </message>
    <message>
        <source>--settings is missing, e.g. smtp.example.com:587:starttls:normal-password</source>
        <translation>--settings ontbreekt, bijv. smtp.example.com:587:starttls:normal-password</translation>
    </message>
    <message>
        <source>--user is missing: the user name Thunderbird signs in with</source>
        <translation>--user ontbreekt: de gebruikersnaam waarmee Thunderbird inlogt</translation>
    </message>
    <message>
        <source>--user holds a control character</source>
        <translation>--user bevat een stuurteken</translation>
    </message>
    <message>
        <source>the profile has no account &quot;%1&quot;. Its accounts:
%2</source>
        <translation>het profiel heeft geen account “%1”. De accounts ervan:
%2</translation>
    </message>
    <message>
        <source>no account sends as %1 or through %2: name the accounts to fix with --account. Its accounts:
%3</source>
        <translation>geen enkel account verstuurt als %1 of via %2: geef met --account op welke accounts aangepast moeten worden. De accounts van het profiel:
%3</translation>
    </message>
    <message>
        <source>The profile has no account with an outgoing server. Nothing was changed.</source>
        <translation>Het profiel heeft geen account met een uitgaande server. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Thunderbird already uses these settings. Nothing was changed.</source>
        <translation>Thunderbird gebruikt deze instellingen al. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Thunderbird profile %1
Accounts to fix:
%2
Changes:
%3</source>
        <translation>Thunderbird-profiel %1
Accounts die aangepast worden:
%2
Wijzigingen:
%3</translation>
    </message>
    <message>
        <source>Nothing was written (--dry-run).</source>
        <translation>Er is niets geschreven (--dry-run).</translation>
    </message>
    <message>
        <source>Done. Thunderbird&apos;s old settings are saved in %1.
To undo: mailfix-cli apply --undo --program thunderbird --profile &quot;%2&quot;</source>
        <translation>Klaar. De oude instellingen van Thunderbird zijn bewaard in %1.
Ongedaan maken: mailfix-cli apply --undo --program thunderbird --profile &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Done. Thunderbird&apos;s settings are back as they were before MailFix changed them (from %1).</source>
        <translation>Klaar. De instellingen van Thunderbird zijn weer zoals ze waren voordat MailFix ze wijzigde (uit %1).</translation>
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
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>The server answers as expected. Without your password MailFix cannot confirm that signing in works: send yourself a message to be sure.</source>
        <translation>De server antwoordt zoals verwacht. Zonder je wachtwoord kan MailFix niet bevestigen dat inloggen werkt: stuur jezelf een bericht om het zeker te weten.</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Nog niet: %1</translation>
    </message>
    <message>
        <source>MailFix could not confirm that sending works.</source>
        <translation>MailFix kon niet bevestigen dat versturen werkt.</translation>
    </message>
    <message>
        <source>Is sending fixed now? MailFix checks the settings your mail program uses now.</source>
        <translation>Werkt versturen nu? MailFix controleert de instellingen die je mailprogramma nu gebruikt.</translation>
    </message>
    <message>
        <source>MailFix reads the settings %1 uses now for %2 again and checks them. It only reads them, as you agreed before, and changes nothing.</source>
        <translation>MailFix leest opnieuw de instellingen die %1 nu gebruikt voor %2 en controleert ze. MailFix leest ze alleen, zoals je eerder hebt toegestaan, en verandert niets.</translation>
    </message>
    <message>
        <source>Which settings does your mail program use now? Confirm the ones below, or type the ones you see in your program, and let MailFix check them.</source>
        <translation>Welke instellingen gebruikt je mailprogramma nu? Bevestig de instellingen hieronder, of typ de instellingen die je in je programma ziet, en laat MailFix ze controleren.</translation>
    </message>
    <message>
        <source>The outgoing server settings your program uses now</source>
        <translation>De instellingen voor de uitgaande server die je programma nu gebruikt</translation>
    </message>
    <message>
        <source>Check &amp;these settings</source>
        <translation>&amp;Deze instellingen controleren</translation>
    </message>
    <message>
        <source>Or send yourself a test message from your mail program. Did it arrive?</source>
        <translation>Of stuur jezelf een testbericht vanuit je mailprogramma. Is het aangekomen?</translation>
    </message>
    <message>
        <source>It arri&amp;ved</source>
        <translation>Het is aan&amp;gekomen</translation>
    </message>
    <message>
        <source>It did n&amp;ot arrive</source>
        <translation>Het is &amp;niet aangekomen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Stoppen met controleren</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Voortgang van de controle</translation>
    </message>
    <message>
        <source>Chec&amp;k with this password</source>
        <translation>&amp;Met dit wachtwoord controleren</translation>
    </message>
    <message>
        <source>Outgoing se&amp;rver:</source>
        <translation>&amp;Uitgaande server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>En&amp;cryption:</source>
        <translation>Ve&amp;rsleuteling:</translation>
    </message>
    <message>
        <source>S&amp;ign-in:</source>
        <translation>&amp;Inloggen:</translation>
    </message>
    <message>
        <source>Your pass&amp;word:</source>
        <translation>Je &amp;wachtwoord:</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Uitgaande server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Je wachtwoord</translation>
    </message>
    <message>
        <source>%1 has no account for %2 now</source>
        <translation>%1 heeft nu geen account voor %2</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>Gecontroleerd om %1</translation>
    </message>
    <message>
        <source>MailFix read the settings %1 uses now and checked them (%2).</source>
        <translation>MailFix heeft de instellingen gelezen die %1 nu gebruikt, en ze gecontroleerd (%2).</translation>
    </message>
    <message>
        <source>MailFix checked the settings you confirmed (%1).</source>
        <translation>MailFix heeft de instellingen gecontroleerd die je hebt bevestigd (%1).</translation>
    </message>
    <message>
        <source>MailFix checked the settings you typed (%1).</source>
        <translation>MailFix heeft de instellingen gecontroleerd die je hebt getypt (%1).</translation>
    </message>
    <message>
        <source>MailFix could not read the settings of %1 again: %2. Type the settings your program uses now, or send yourself a test message.</source>
        <translation>MailFix kon de instellingen van %1 niet opnieuw lezen: %2. Typ de instellingen die je programma nu gebruikt, of stuur jezelf een testbericht.</translation>
    </message>
    <message>
        <source>You sent a test message from your mail program and it arrived: sending works. MailFix did not check the settings itself this time.</source>
        <translation>Je hebt een testbericht verstuurd vanuit je mailprogramma en het is aangekomen: versturen werkt. MailFix heeft de instellingen deze keer niet zelf gecontroleerd.</translation>
    </message>
    <message>
        <source>You sent a test message from your mail program and it did not arrive. Compare your program&apos;s settings with the ones above, and let MailFix check them.</source>
        <translation>Je hebt een testbericht verstuurd vanuit je mailprogramma en het is niet aangekomen. Vergelijk de instellingen van je programma met de instellingen hierboven, en laat MailFix ze controleren.</translation>
    </message>
    <message>
        <source>You stopped the check. Nothing was confirmed.</source>
        <translation>Je hebt de controle gestopt. Er is niets bevestigd.</translation>
    </message>
    <message>
        <source>The server did not accept this password. Type your password again below and check once more.</source>
        <translation>De server heeft dit wachtwoord niet geaccepteerd. Typ je wachtwoord hieronder opnieuw en controleer nog een keer.</translation>
    </message>
    <message>
        <source>Sending works with them. You can close MailFix.</source>
        <translation>Versturen werkt met deze instellingen. Je kunt MailFix sluiten.</translation>
    </message>
    <message>
        <source>Sending works with them. If your program still cannot send, make sure it uses exactly these settings.</source>
        <translation>Versturen werkt met deze instellingen. Als je programma nog steeds niet kan versturen, zorg dan dat het precies deze instellingen gebruikt.</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Checking</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>MailFix is talking to your mail server. This takes a few seconds.</source>
        <translation>MailFix praat met je mailserver. Dit duurt een paar seconden.</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Voortgang van de controle</translation>
    </message>
    <message>
        <source>What MailFix is trying</source>
        <translation>Wat MailFix probeert</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>Looking up the server</source>
        <translation>Server opzoeken</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Starting encryption</source>
        <translation>Versleuteling starten</translation>
    </message>
    <message>
        <source>Waiting for the server to greet</source>
        <translation>Wachten tot de server groet</translation>
    </message>
    <message>
        <source>Saying hello</source>
        <translation>Hallo zeggen</translation>
    </message>
    <message>
        <source>Asking for encryption</source>
        <translation>Om versleuteling vragen</translation>
    </message>
    <message>
        <source>Saying hello again, encrypted</source>
        <translation>Opnieuw hallo zeggen, versleuteld</translation>
    </message>
    <message>
        <source>Trying a recipient without signing in</source>
        <translation>Een ontvanger proberen zonder in te loggen</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Trying a recipient after signing in</source>
        <translation>Een ontvanger proberen na het inloggen</translation>
    </message>
    <message>
        <source>Sending a test message</source>
        <translation>Een testbericht versturen</translation>
    </message>
    <message>
        <source>Saying goodbye</source>
        <translation>Afscheid nemen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Works: signed in and a recipient was accepted</source>
        <translation>Werkt: ingelogd en een ontvanger is geaccepteerd</translation>
    </message>
    <message>
        <source>The server name does not exist</source>
        <translation>De servernaam bestaat niet</translation>
    </message>
    <message>
        <source>No answer: blocked or switched off</source>
        <translation>Geen antwoord: geblokkeerd of uitgeschakeld</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>Niet bereikbaar</translation>
    </message>
    <message>
        <source>Connected, but the server does not answer</source>
        <translation>Verbonden, maar de server antwoordt niet</translation>
    </message>
    <message>
        <source>Connected, but the server did not greet</source>
        <translation>Verbonden, maar de server groette niet</translation>
    </message>
    <message>
        <source>Answers, but signing in failed</source>
        <translation>Antwoordt, maar inloggen is mislukt</translation>
    </message>
    <message>
        <source>Answers, but its certificate is not trusted</source>
        <translation>Antwoordt, maar het certificaat wordt niet vertrouwd</translation>
    </message>
    <message>
        <source>Answers; wants OAuth2 sign-in</source>
        <translation>Antwoordt; wil inloggen via OAuth2</translation>
    </message>
    <message>
        <source>Answers, but refuses your From address</source>
        <translation>Antwoordt, maar weigert je afzenderadres</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwoordt</translation>
    </message>
    <message>
        <source>Finding your mail provider&apos;s settings</source>
        <translation>Instellingen van je mailprovider zoeken</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>Looking up where mail for %1 goes.</source>
        <translation>Opzoeken waar mail voor %1 naartoe gaat.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gevonden: %1</translation>
    </message>
    <message>
        <source>The domain %1 does not exist</source>
        <translation>Het domein %1 bestaat niet</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Niets gevonden</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachten</translation>
    </message>
    <message>
        <source>Stopped. Click &quot;Check again&quot; to start over.</source>
        <translation>Gestopt. Klik op “Opnieuw controleren” om opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>Done in %1 seconds. Click Next to see what MailFix found.</source>
        <translation>Klaar in %1 seconden. Klik op Volgende om te zien wat MailFix heeft gevonden.</translation>
    </message>
    <message>
        <source>Asking what the server offers</source>
        <translation>Vragen wat de server aanbiedt</translation>
    </message>
    <message>
        <source>Asking again, encrypted</source>
        <translation>Opnieuw vragen, versleuteld</translation>
    </message>
    <message>
        <source>The server&apos;s certificate gives it another name. MailFix is trying that name too.</source>
        <translation>Het certificaat van de server geeft hem een andere naam. MailFix probeert die naam ook.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Hide technical details</source>
        <translation>Technische &amp;details verbergen</translation>
    </message>
    <message>
        <source>Show tec&amp;hnical details</source>
        <translation>Technische &amp;details tonen</translation>
    </message>
    <message>
        <source>Works: signed in</source>
        <translation>Werkt: ingelogd</translation>
    </message>
    <message>
        <source>Answers, but not encrypted: MailFix kept your password back</source>
        <translation>Antwoordt, maar niet versleuteld: MailFix heeft je wachtwoord achtergehouden</translation>
    </message>
    <message>
        <source>Answers, but cannot sign you in just now</source>
        <translation>Antwoordt, maar kan je op dit moment niet laten inloggen</translation>
    </message>
    <message>
        <source>Found one possible server</source>
        <translation>Eén mogelijke server gevonden</translation>
    </message>
    <message numerus="yes">
        <source>Found %n possible servers</source>
        <translation>
            <numerusform>%n mogelijke server gevonden</numerusform>
            <numerusform>%n mogelijke servers gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying one way to send.</source>
        <translation>MailFix probeert één manier om te versturen.</translation>
    </message>
    <message numerus="yes">
        <source>Trying %n ways to send, all at the same time.</source>
        <translation>
            <numerusform>MailFix probeert %n manier om te versturen.</numerusform>
            <numerusform>MailFix probeert %n manieren om te versturen, allemaal tegelijk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also one way to receive.</source>
        <translation>Ook één manier om te ontvangen.</translation>
    </message>
    <message numerus="yes">
        <source>Also %n ways to receive.</source>
        <translation>
            <numerusform>Ook %n manier om te ontvangen.</numerusform>
            <numerusform>Ook %n manieren om te ontvangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 checks finished</source>
        <translation>Gestopt: %1 van %2 controles klaar</translation>
    </message>
    <message>
        <source>Stopped. Click Next to see what MailFix found so far, or &quot;Check again&quot; to start over.</source>
        <translation>Gestopt. Klik op Volgende om te zien wat MailFix tot nu toe heeft gevonden, of op “Opnieuw controleren” om opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>Not offered: nothing answers on this port</source>
        <translation>Niet aangeboden: niets antwoordt op deze poort</translation>
    </message>
    <message>
        <source>Signing in with %1 in your browser</source>
        <translation>Inloggen met %1 in je browser</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser window</source>
        <translation>Wachten tot je inlogt in het browservenster</translation>
    </message>
    <message>
        <source>Sign in with %1 in the browser window that opened, then come back here. MailFix keeps nothing of the sign-in after the check.</source>
        <translation>Log in met %1 in het browservenster dat is geopend en kom daarna hier terug. MailFix bewaart na de controle niets van het inloggen.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Password: </source>
        <translation>Wachtwoord: </translation>
    </message>
    <message>
        <source>mailfix-cli: unknown command &quot;%1&quot;. Run &quot;mailfix-cli --help&quot; to see the commands.
</source>
        <translation>mailfix-cli: onbekende opdracht “%1”. Voer “mailfix-cli --help” uit om de opdrachten te zien.
</translation>
    </message>
    <message>
        <source>Usage: mailfix-cli COMMAND [OPTIONS]

Finds out why a mail program cannot send mail, and how to fix it.

Commands:
</source>
        <translation>Gebruik: mailfix-cli OPDRACHT [OPTIES]

Zoekt uit waarom een mailprogramma geen mail kan versturen, en hoe je dat oplost.

Opdrachten:
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
        <translation>  help             Toont deze hulp
  version          Toont de versie

Opties:
  -h, --help       Toont deze hulp
  --version        Toont de versie

Het wachtwoord wordt alleen van standaardinvoer gelezen (--password-stdin), nooit uit een argument;
er wordt nooit iets gevraagd als standaardinvoer geen terminal is.
De implementatie-instellingen van een beheerder (mailfix.conf, zie de README) kunnen --send-test,
--allow-plaintext-auth, --accept-certificate en --ispdb-url verbieden, en standaardwaarden instellen.
Afsluitcodes: 0 werkt, 1 problemen gevonden, 2 verkeerd gebruik of verkeerde invoer,
3 niets bereikbaar.
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>mailfix-cli: deployment settings: %1
</source>
        <translation>mailfix-cli: implementatie-instellingen: %1
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
        <translation>Voer “mailfix-cli --help” uit voor de opties.
</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>Read the password from stdin</source>
        <translation>Het wachtwoord van standaardinvoer lezen</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Afzenderadres</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>Recipient for the relay test</source>
        <translation>Ontvanger voor de relaytest</translation>
    </message>
    <message>
        <source>Extra trusted CA</source>
        <translation>Extra vertrouwde certificeringsinstantie (CA)</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Time-out in seconden</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconden</translation>
    </message>
    <message>
        <source>JSON output</source>
        <translation>Uitvoer in JSON</translation>
    </message>
    <message>
        <source>Show the transcripts</source>
        <translation>De gesprekslogs tonen</translation>
    </message>
    <message>
        <source>Send a test message to --from</source>
        <translation>Een testbericht naar --from versturen</translation>
    </message>
    <message>
        <source>Allow the password without encryption</source>
        <translation>Het wachtwoord toestaan zonder versleuteling</translation>
    </message>
    <message>
        <source>Send the password despite a certificate problem</source>
        <translation>Het wachtwoord versturen ondanks een certificaatprobleem</translation>
    </message>
    <message>
        <source>ISPDB base URL</source>
        <translation>Basis-URL van de ISPDB</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Override folder</source>
        <translation>Map met eigen instellingen</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>map</translation>
    </message>
    <message>
        <source>Do not try autoconfig over plain http</source>
        <translation>Autoconfig niet via onversleuteld http proberen</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and %1</source>
        <translation>--timeout moet een aantal seconden tussen 0 en %1 zijn</translation>
    </message>
    <message>
        <source>cannot read the CA file &quot;%1&quot;</source>
        <translation>het CA-bestand “%1” kan niet worden gelezen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate</source>
        <translation>“%1” bevat geen PEM-certificaat</translation>
    </message>
    <message>
        <source>--%1 is not allowed on this computer: its deployment settings forbid it (%2)</source>
        <translation>--%1 is niet toegestaan op deze computer: de implementatie-instellingen verbieden het (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>“%1” is geen http- of https-URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder</source>
        <translation>“%1” is geen map</translation>
    </message>
    <message>
        <source>--password-stdin needs --user</source>
        <translation>--password-stdin heeft --user nodig</translation>
    </message>
    <message>
        <source>--user needs --password-stdin (the password is never taken from an argument)</source>
        <translation>--user heeft --password-stdin nodig (het wachtwoord wordt nooit uit een argument gehaald)</translation>
    </message>
    <message>
        <source>--user is empty</source>
        <translation>--user is leeg</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>geen wachtwoord op standaardinvoer</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>onverwacht argument “%1”</translation>
    </message>
    <message>
        <source>give one email address</source>
        <translation>geef één e-mailadres op</translation>
    </message>
    <message>
        <source>give only one email address</source>
        <translation>geef maar één e-mailadres op</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name</source>
        <translation>“%1” is geen servernaam</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>“%1” is geen e-mailadres</translation>
    </message>
    <message>
        <source>Read an OAuth2 access token from stdin</source>
        <translation>Een OAuth2-toegangstoken van de standaardinvoer lezen</translation>
    </message>
    <message>
        <source>give either --password-stdin or --oauth2-token-stdin</source>
        <translation>geef --password-stdin of --oauth2-token-stdin, niet allebei</translation>
    </message>
    <message>
        <source>--oauth2-token-stdin needs --user</source>
        <translation>--oauth2-token-stdin heeft --user nodig</translation>
    </message>
    <message>
        <source>no token on standard input</source>
        <translation>geen token op de standaardinvoer</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>no server name or port given</source>
        <translation>geen servernaam of poort opgegeven</translation>
    </message>
    <message>
        <source>the name has no address</source>
        <translation>de naam heeft geen adres</translation>
    </message>
    <message>
        <source>could not read CA file %1</source>
        <translation>CA-bestand %1 kon niet worden gelezen</translation>
    </message>
    <message>
        <source>connecting to %1 port %2</source>
        <translation>verbinden met %1, poort %2</translation>
    </message>
    <message>
        <source>the server sent data before the TLS handshake; it was ignored</source>
        <translation>de server stuurde gegevens voor de TLS-handshake; die zijn genegeerd</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-handshake</translation>
    </message>
    <message>
        <source>certificate problem: %1</source>
        <translation>certificaatprobleem: %1</translation>
    </message>
    <message>
        <source>TLS established: %1, %2; certificate for %3 issued by %4, valid until %5; %6</source>
        <translation>TLS opgezet: %1, %2; certificaat voor %3, uitgegeven door %4, geldig tot %5; %6</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>vertrouwd</translation>
    </message>
    <message>
        <source>NOT trusted</source>
        <translation>NIET vertrouwd</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>de server heeft de verbinding gesloten</translation>
    </message>
    <message>
        <source>no answer within %1 s in all</source>
        <translation>in totaal geen antwoord binnen %1 s</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>geen antwoord binnen %1 s</translation>
    </message>
    <message>
        <source>The certificate&apos;s alternative names (%1) do not include %2; only its common name matches, which mail programs do not accept</source>
        <translation>De alternatieve namen van het certificaat (%1) bevatten %2 niet; alleen de common name (CN) komt overeen, en die accepteren mailprogramma’s niet</translation>
    </message>
</context>
<context>
    <name>DeploymentConfig</name>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>de omgevingsvariabele %1 is niet ingesteld</translation>
    </message>
    <message>
        <source>give an absolute path here</source>
        <translation>geef hier een absoluut pad op</translation>
    </message>
    <message>
        <source>line breaks and control characters are not allowed</source>
        <translation>regeleinden en stuurtekens zijn niet toegestaan</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>langer dan %1 tekens</translation>
    </message>
    <message>
        <source>not a telephone number (digits, spaces and + ( ) . / - only, at most %1 characters)</source>
        <translation>geen telefoonnummer (alleen cijfers, spaties en + ( ) . / -, hoogstens %1 tekens)</translation>
    </message>
    <message>
        <source>there is no readable file %1</source>
        <translation>er is geen leesbaar bestand %1</translation>
    </message>
    <message>
        <source>not an image MailFix can show (PNG, JPEG, SVG, BMP or GIF)</source>
        <translation>geen afbeelding die MailFix kan tonen (PNG, JPEG, SVG, BMP of GIF)</translation>
    </message>
    <message>
        <source>there is no folder %1</source>
        <translation>er is geen map %1</translation>
    </message>
    <message>
        <source>not true or false; counted as false, so this is not allowed</source>
        <translation>niet true of false; telt als false, dus dit is niet toegestaan</translation>
    </message>
    <message>
        <source>not true or false; ignored</source>
        <translation>niet true of false; genegeerd</translation>
    </message>
    <message>
        <source>Need help? Call %1 at %2.</source>
        <translation>Hulp nodig? Bel %1 op %2.</translation>
    </message>
    <message>
        <source>Need help? Call %1.</source>
        <translation>Hulp nodig? Bel %1.</translation>
    </message>
    <message>
        <source>Need help? Contact %1.</source>
        <translation>Hulp nodig? Neem contact op met %1.</translation>
    </message>
    <message>
        <source>%1: not a valid settings file; it is ignored</source>
        <translation>%1: geen geldig instellingenbestand; het wordt genegeerd</translation>
    </message>
    <message>
        <source>%1: cannot be read; it is ignored</source>
        <translation>%1: kan niet worden gelezen; het wordt genegeerd</translation>
    </message>
    <message>
        <source>%1: unknown setting &quot;%2&quot;, ignored (the README lists the settings)</source>
        <translation>%1: onbekende instelling “%2”, genegeerd (de README noemt de instellingen)</translation>
    </message>
    <message>
        <source>%1: %2 = &quot;%3&quot;: %4</source>
        <translation>%1: %2 = “%3”: %4</translation>
    </message>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation>Het instellingenbestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1=%2 in %3</source>
        <translation>%1=%2 in %3</translation>
    </message>
    <message>
        <source>no folder for reports is set (reports/folder)</source>
        <translation>er is geen map voor rapporten ingesteld (reports/folder)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>de map %1 kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>use %1</source>
        <translation>gebruik %1</translation>
    </message>
    <message>
        <source>not an https:// address</source>
        <translation>geen https://-adres</translation>
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
                   Zoekt de instellingen van de uitgaande server voor een e-mailadres:
                   de eigen providergegevens van MailFix, het autoconfig-bestand van de
                   provider, de online ISPDB, MX- en SRV-records, en ten slotte gokken.
                   Toont ze op volgorde, met hun bronnen.
</translation>
    </message>
</context>
<context>
    <name>DetectionReport</name>
    <message>
        <source>The domain %1 does not exist.
</source>
        <translation>Het domein %1 bestaat niet.
</translation>
    </message>
    <message>
        <source>Provider: %1 (from %2)
</source>
        <translation>Provider: %1 (volgens %2)
</translation>
    </message>
    <message>
        <source>Mail for %1 goes to: %2
</source>
        <translation>Mail voor %1 gaat naar: %2
</translation>
    </message>
    <message>
        <source>No outgoing server found.
</source>
        <translation>Geen uitgaande server gevonden.
</translation>
    </message>
    <message>
        <source>Outgoing servers, best first:
</source>
        <translation>Uitgaande servers, de beste eerst:
</translation>
    </message>
    <message>
        <source>, outside your domain: ask before sending a password</source>
        <translation>, buiten je domein: eerst vragen voordat er een wachtwoord heen gaat</translation>
    </message>
    <message>
        <source>     user name %1
</source>
        <translation>     gebruikersnaam %1
</translation>
    </message>
    <message>
        <source>Sources asked:
</source>
        <translation>Geraadpleegde bronnen:
</translation>
    </message>
    <message>
        <source>No incoming server found.
</source>
        <translation>Geen inkomende server gevonden.
</translation>
    </message>
    <message>
        <source>Incoming servers, best first:
</source>
        <translation>Inkomende servers, de beste eerst:
</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>The settings the mail program uses now</source>
        <translation>De instellingen die het mailprogramma nu gebruikt</translation>
    </message>
    <message>
        <source>host:port:security:auth</source>
        <translation>host:port:security:auth</translation>
    </message>
    <message>
        <source>The error the mail program showed</source>
        <translation>De foutmelding die het mailprogramma toonde</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>Allow the password to go to this host</source>
        <translation>Het wachtwoord mag naar deze host</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>--approve-host needs a server name</source>
        <translation>--approve-host heeft een servernaam nodig</translation>
    </message>
    <message>
        <source>--send-test needs a password (--password-stdin)</source>
        <translation>--send-test heeft een wachtwoord nodig (--password-stdin)</translation>
    </message>
    <message>
        <source>Looking up the settings for %1 (timeout %2 s)...
</source>
        <translation>Instellingen voor %1 opzoeken (time-out %2 s)…
</translation>
    </message>
    <message>
        <source>Checking %1...
</source>
        <translation>%1 controleren…
</translation>
    </message>
    <message>
        <source>Report saved to %1
</source>
        <translation>Rapport opgeslagen in %1
</translation>
    </message>
    <message>
        <source>mailfix-cli: the report was not saved: %1
</source>
        <translation>mailfix-cli: het rapport is niet opgeslagen: %1
</translation>
    </message>
    <message>
        <source>Read the accounts&apos; settings from this mail program</source>
        <translation>De instellingen van de accounts uit dit mailprogramma lezen</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programma</translation>
    </message>
    <message>
        <source>--read-settings: %1</source>
        <translation>--read-settings: %1</translation>
    </message>
    <message>
        <source>The mail program that showed the error (outlook, thunderbird, apple-mail, other)</source>
        <translation>Het mailprogramma dat de foutmelding toonde (outlook, thunderbird, apple-mail, other)</translation>
    </message>
    <message>
        <source>--program takes outlook, thunderbird, apple-mail or other, not &quot;%1&quot;</source>
        <translation>--program accepteert outlook, thunderbird, apple-mail of other, niet “%1”</translation>
    </message>
    <message>
        <source>Checking the names the server&apos;s certificate gives: %1...
</source>
        <translation>De namen in het certificaat van de server controleren: %1…
</translation>
    </message>
    <message>
        <source>Your password was not sent to %1, because it is not part of %2. To check signing in there, run this again with --approve-host %1.
</source>
        <translation>Je wachtwoord is niet naar %1 gestuurd, omdat die server geen deel uitmaakt van %2. Voer dit opnieuw uit met --approve-host %1 om het inloggen daar te controleren.
</translation>
    </message>
    <message>
        <source>Do not check the incoming server (IMAP, POP3)</source>
        <translation>De inkomende server (IMAP, POP3) niet controleren</translation>
    </message>
    <message>
        <source>The incoming server the mail program uses now</source>
        <translation>De inkomende server die het mailprogramma nu gebruikt</translation>
    </message>
    <message>
        <source>host:port:security:protocol</source>
        <translation>host:port:security:protocol</translation>
    </message>
    <message>
        <source>Checking the incoming server: %1...
</source>
        <translation>Inkomende server controleren: %1...
</translation>
    </message>
    <message>
        <source>The user name the mail program signs in with to receive</source>
        <translation>De gebruikersnaam waarmee het mailprogramma inlogt om te ontvangen</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>--incoming-user needs --current-incoming (the incoming server it signs in to).</source>
        <translation>--incoming-user heeft --current-incoming nodig (de inkomende server waarop wordt ingelogd).</translation>
    </message>
    <message>
        <source>--read-settings takes outlook, thunderbird or apple-mail, not &quot;%1&quot;</source>
        <translation>--read-settings accepteert outlook, thunderbird of apple-mail, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Sign in with the provider (OAuth2) in a browser, as the mail program does</source>
        <translation>Inloggen bij de provider (OAuth2) in een browser, zoals het mailprogramma dat doet</translation>
    </message>
    <message>
        <source>The program that opens the sign-in address (default: the system&apos;s browser, or none without a display)</source>
        <translation>Het programma dat het inlogadres opent (standaard: de browser van het systeem, of geen zonder beeldscherm)</translation>
    </message>
    <message>
        <source>command</source>
        <translation>opdracht</translation>
    </message>
    <message>
        <source>How long to wait for the sign-in in the browser (default 300)</source>
        <translation>Hoe lang er op het inloggen in de browser wordt gewacht (standaard 300)</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconden</translation>
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
                   Zoekt uit waarom mail van ADDRESS niet kan worden verstuurd en hoe je
                   dat oplost: zoekt de instellingen van de provider op, controleert die
                   en de instellingen die het mailprogramma nu gebruikt (--current,
                   bijv. smtp.example.com:587:starttls:normal-password) bij de server,
                   leest de foutmelding die het toonde (--error), en zegt wat er mis is
                   en welke instellingen werken. De gebruikersnaam is standaard die van
                   de provider (meestal het adres). --read-settings leest de
                   instellingen van elk account van dat programma dat verstuurt als
                   ADDRESS en beoordeelt ze allemaal. --program noemt het mailprogramma
                   van de gebruiker (outlook, thunderbird, apple-mail, other), zodat de
                   volgende stappen daarbij passen. De inkomende server (IMAP, POP3;
                   --current-incoming, bijv. imap.example.com:993:tls:imap, is die van
                   het programma) wordt ook gecontroleerd, tegelijkertijd, tenzij
                   --no-incoming: een wachtwoord dat die server accepteert en de
                   uitgaande server weigert, is geen verkeerd wachtwoord.
                   --incoming-user: de gebruikersnaam waarmee het programma ontvangt,
                   als die verschilt van --user.
                   --oauth2 logt in bij de provider (Microsoft 365, Outlook.com, Google
                   of [oauth2] custom*) in een browser op deze computer, zoals het
                   mailprogramma dat doet, en controleert met die aanmelding; het toont
                   het adres dat geopend moet worden, en opent het met --browser-command
                   of de browser van het systeem. Het heeft de client-id uit de
                   implementatie-instellingen ([oauth2]) nodig; zonder client-id meldt
                   het dat en controleert het zonder in te loggen. --oauth2-token-stdin:
                   een token dat een script al heeft.
</translation>
    </message>
    <message>
        <source>--oauth2-wait takes 1 to 3600 seconds</source>
        <translation>--oauth2-wait accepteert 1 tot 3600 seconden</translation>
    </message>
    <message>
        <source>--oauth2 signs in with the provider: give no --password-stdin or --oauth2-token-stdin</source>
        <translation>--oauth2 logt in bij de provider: geef geen --password-stdin of --oauth2-token-stdin op</translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message>
        <source>MailFix could not reach this server, so nothing about it is confirmed.</source>
        <translation>MailFix kon deze server niet bereiken, dus er is niets over bevestigd.</translation>
    </message>
    <message>
        <source>MailFix could not test signing in without your password.</source>
        <translation>Zonder je wachtwoord kon MailFix het inloggen niet testen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so MailFix did not send your password there.</source>
        <translation>Het certificaat van de server wordt niet vertrouwd, dus MailFix heeft je wachtwoord daar niet naartoe gestuurd.</translation>
    </message>
    <message>
        <source>Signing in did not work, so these settings are not confirmed yet.</source>
        <translation>Inloggen werkte niet, dus deze instellingen zijn nog niet bevestigd.</translation>
    </message>
    <message>
        <source>MailFix could not sign in and send a test recipient with these settings.</source>
        <translation>MailFix kon met deze instellingen niet inloggen en geen testontvanger opgeven.</translation>
    </message>
    <message>
        <source>The server lets you sign in only over an encrypted connection.</source>
        <translation>De server laat je alleen inloggen via een versleutelde verbinding.</translation>
    </message>
    <message>
        <source>Your program uses no encryption on port %1, so the server does not even offer signing in. This protects your password.</source>
        <translation>Je programma gebruikt geen versleuteling op poort %1, dus de server biedt inloggen niet eens aan. Dat beschermt je wachtwoord.</translation>
    </message>
    <message>
        <source>offered before encryption: %1</source>
        <translation>aangeboden voor de versleuteling: %1</translation>
    </message>
    <message>
        <source>offered after encryption: %1</source>
        <translation>aangeboden na de versleuteling: %1</translation>
    </message>
    <message>
        <source>Turn on encryption: STARTTLS on port %1, or SSL/TLS on port 465.</source>
        <translation>Zet versleuteling aan: STARTTLS op poort %1, of SSL/TLS op poort 465.</translation>
    </message>
    <message>
        <source>Port %1 needs %2, but your program uses %3.</source>
        <translation>Poort %1 heeft %2 nodig, maar je programma gebruikt %3.</translation>
    </message>
    <message>
        <source>On port %1 the server expects %2 from the first moment. When the two sides disagree, the connection stalls or breaks off without a clear message.</source>
        <translation>Op poort %1 verwacht de server vanaf het eerste moment %2. Als de twee kanten het niet eens zijn, blijft de verbinding hangen of breekt ze af zonder duidelijke melding.</translation>
    </message>
    <message>
        <source>Set the encryption for port %1 to %2, or use the settings below.</source>
        <translation>Zet de versleuteling voor poort %1 op %2, of gebruik de instellingen hieronder.</translation>
    </message>
    <message>
        <source>The name %1 does not exist.</source>
        <translation>De naam %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The internet&apos;s address book (DNS) has no entry for %1. Check the spelling of your email address and of the outgoing server.</source>
        <translation>Het adresboek van internet (DNS) heeft geen vermelding voor %1. Controleer de spelling van je e-mailadres en van de uitgaande server.</translation>
    </message>
    <message>
        <source>Check that %1 is spelled right.</source>
        <translation>Controleer of %1 goed gespeld is.</translation>
    </message>
    <message>
        <source>MailFix could not reach the outgoing server %1.</source>
        <translation>MailFix kon de uitgaande server %1 niet bereiken.</translation>
    </message>
    <message>
        <source>Nothing answered on any port. A firewall, a VPN or your network may be blocking mail.</source>
        <translation>Op geen enkele poort kwam antwoord. Misschien blokkeert een firewall, een vpn of je netwerk mail.</translation>
    </message>
    <message>
        <source>The server did not accept a connection on any port MailFix tried.</source>
        <translation>De server accepteerde op geen van de poorten die MailFix probeerde een verbinding.</translation>
    </message>
    <message>
        <source>Check that you are online, then try again without a VPN and with your firewall allowing your mail program.</source>
        <translation>Controleer of je online bent, en probeer het dan opnieuw zonder vpn en met een firewall die je mailprogramma toelaat.</translation>
    </message>
    <message>
        <source>Port %1 is blocked on your network.</source>
        <translation>Poort %1 is geblokkeerd op je netwerk.</translation>
    </message>
    <message>
        <source>Connections to port %1 get no answer at all, while other ports of the same server answer. Internet providers often block port 25 so that infected computers cannot send spam.</source>
        <translation>Verbindingen met poort %1 krijgen helemaal geen antwoord, terwijl andere poorten van dezelfde server wel antwoorden. Internetproviders blokkeren vaak poort 25, zodat besmette computers geen spam kunnen versturen.</translation>
    </message>
    <message>
        <source>Use port %1 with %2 instead.</source>
        <translation>Gebruik in plaats daarvan poort %1 met %2.</translation>
    </message>
    <message>
        <source>Nothing answers on port %1 of %2.</source>
        <translation>Niets antwoordt op poort %1 van %2.</translation>
    </message>
    <message>
        <source>The server refuses connections on port %1: it does not take mail there.</source>
        <translation>De server weigert verbindingen op poort %1: daar neemt hij geen mail aan.</translation>
    </message>
    <message>
        <source>The server accepts the connection on port %1 but then does not answer like a mail server.</source>
        <translation>De server accepteert de verbinding op poort %1, maar antwoordt daarna niet als een mailserver.</translation>
    </message>
    <message>
        <source>Port %1 accepts connections but does not answer.</source>
        <translation>Poort %1 accepteert verbindingen, maar antwoordt niet.</translation>
    </message>
    <message>
        <source>Something on your network or at the server takes the connection but never greets your mail program. MailFix uses another port.</source>
        <translation>Iets op je netwerk of bij de server neemt de verbinding aan, maar groet je mailprogramma nooit. MailFix gebruikt een andere poort.</translation>
    </message>
    <message>
        <source>certificate for %1, issued by %2, valid until %3</source>
        <translation>certificaat voor %1, uitgegeven door %2, geldig tot %3</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted.</source>
        <translation>Het certificaat van de server kan niet worden vertrouwd.</translation>
    </message>
    <message>
        <source>The certificate is how a server proves who it is. This one does not prove it, so your password could reach someone else. MailFix did not send your password there.</source>
        <translation>Met het certificaat bewijst een server wie hij is. Dit certificaat bewijst dat niet, dus je wachtwoord zou bij iemand anders terecht kunnen komen. MailFix heeft je wachtwoord daar niet naartoe gestuurd.</translation>
    </message>
    <message>
        <source>Use the server name your provider gives (it must match the certificate). If your provider says this certificate is right, you can allow it for this server only.</source>
        <translation>Gebruik de servernaam die je provider opgeeft (die moet bij het certificaat passen). Als je provider zegt dat dit certificaat klopt, kun je het alleen voor deze server toestaan.</translation>
    </message>
    <message>
        <source>The server only takes mail over an encrypted connection.</source>
        <translation>De server neemt alleen mail aan via een versleutelde verbinding.</translation>
    </message>
    <message>
        <source>Your mail program must switch on encryption before it sends anything.</source>
        <translation>Je mailprogramma moet versleuteling aanzetten voordat het iets verstuurt.</translation>
    </message>
    <message>
        <source>Turn on encryption (SSL/TLS or STARTTLS) for the outgoing server.</source>
        <translation>Zet versleuteling aan (SSL/TLS of STARTTLS) voor de uitgaande server.</translation>
    </message>
    <message>
        <source>Your mail server wants your mail program to sign in before it sends. Your program is not signing in.</source>
        <translation>Je mailserver wil dat je mailprogramma inlogt voordat het verstuurt. Je programma logt niet in.</translation>
    </message>
    <message>
        <source>Your mail server sends mail only for people who sign in.</source>
        <translation>Je mailserver verstuurt alleen mail voor mensen die inloggen.</translation>
    </message>
    <message>
        <source>Without signing in, the server refuses every recipient outside its own domain. A program that then sends the message anyway gets errors such as &quot;503 valid RCPT command must precede DATA&quot;.</source>
        <translation>Zonder inloggen weigert de server elke ontvanger buiten zijn eigen domein. Een programma dat het bericht dan toch verstuurt, krijgt fouten als “503 valid RCPT command must precede DATA”.</translation>
    </message>
    <message>
        <source>The &quot;503&quot; message is a consequence, not the cause.</source>
        <translation>De melding “503” is een gevolg, niet de oorzaak.</translation>
    </message>
    <message>
        <source>The server says 503 when a program sends the message after every recipient was refused. Fix the cause above and the 503 goes away.</source>
        <translation>De server zegt 503 als een programma het bericht verstuurt nadat alle ontvangers zijn geweigerd. Los de oorzaak hierboven op en de 503 verdwijnt.</translation>
    </message>
    <message>
        <source>Signing in from mail programs is switched off for your organisation.</source>
        <translation>Inloggen vanuit mailprogramma’s is uitgeschakeld voor je organisatie.</translation>
    </message>
    <message>
        <source>Your Microsoft 365 administrator has turned off SMTP sign-in. Your password is probably right.</source>
        <translation>Je Microsoft 365-beheerder heeft SMTP-inloggen uitgeschakeld. Je wachtwoord klopt waarschijnlijk.</translation>
    </message>
    <message>
        <source>Ask your administrator to allow &quot;Authenticated SMTP&quot; for your mailbox, or use a program that signs in with your Microsoft account (OAuth2).</source>
        <translation>Vraag je beheerder om “Geverifieerde SMTP” toe te staan voor je mailbox, of gebruik een programma dat inlogt met je Microsoft-account (OAuth2).</translation>
    </message>
    <message>
        <source>Your provider no longer accepts a password from mail programs.</source>
        <translation>Je provider accepteert geen wachtwoord meer van mailprogramma’s.</translation>
    </message>
    <message>
        <source>Sign-in must go through your provider&apos;s own login page (OAuth2).</source>
        <translation>Inloggen moet via de eigen inlogpagina van je provider (OAuth2).</translation>
    </message>
    <message>
        <source>The server does not accept this way of signing in.</source>
        <translation>De server accepteert deze manier van inloggen niet.</translation>
    </message>
    <message>
        <source>The server says the sign-in method is too weak.</source>
        <translation>De server zegt dat de inlogmethode te zwak is.</translation>
    </message>
    <message>
        <source>Your provider wants an app password, not your normal password.</source>
        <translation>Je provider wil een app-wachtwoord, niet je gewone wachtwoord.</translation>
    </message>
    <message>
        <source>With 2-step verification on, mail programs must use a separate app password that you create in your account&apos;s security settings.</source>
        <translation>Met verificatie in twee stappen moeten mailprogramma’s een apart app-wachtwoord gebruiken, dat je maakt in de beveiligingsinstellingen van je account.</translation>
    </message>
    <message>
        <source>Create an app password in your account&apos;s security settings and use it in your mail program.</source>
        <translation>Maak een app-wachtwoord in de beveiligingsinstellingen van je account en gebruik het in je mailprogramma.</translation>
    </message>
    <message>
        <source>The server did not accept your user name or password.</source>
        <translation>De server accepteerde je gebruikersnaam of wachtwoord niet.</translation>
    </message>
    <message>
        <source>MailFix tried to sign in as %1 and the server said no.</source>
        <translation>MailFix probeerde in te loggen als %1 en de server weigerde.</translation>
    </message>
    <message>
        <source>Check your password. It contains characters such as quotes, spaces or accented letters, which some programs garble: try typing it again by hand.</source>
        <translation>Controleer je wachtwoord. Er staan tekens in zoals aanhalingstekens, spaties of letters met accenten, die sommige programma’s verminken: typ het nog eens met de hand in.</translation>
    </message>
    <message>
        <source>Check your password, and use your full email address %1 as the user name.</source>
        <translation>Controleer je wachtwoord, en gebruik je volledige e-mailadres %1 als gebruikersnaam.</translation>
    </message>
    <message>
        <source>Your provider may want an app password, not your normal password.</source>
        <translation>Je provider wil misschien een app-wachtwoord, niet je gewone wachtwoord.</translation>
    </message>
    <message>
        <source>Signing in from mail programs may be switched off for your organisation.</source>
        <translation>Inloggen vanuit mailprogramma’s is misschien uitgeschakeld voor je organisatie.</translation>
    </message>
    <message>
        <source>Microsoft 365 administrators can turn off SMTP sign-in for each mailbox.</source>
        <translation>Microsoft 365-beheerders kunnen SMTP-inloggen per mailbox uitschakelen.</translation>
    </message>
    <message>
        <source>Your provider accepts sign-in only through its own login page (OAuth2).</source>
        <translation>Je provider accepteert inloggen alleen via zijn eigen inlogpagina (OAuth2).</translation>
    </message>
    <message>
        <source>A password typed into your mail program is not accepted.</source>
        <translation>Een wachtwoord dat je in je mailprogramma intypt, wordt niet geaccepteerd.</translation>
    </message>
    <message>
        <source>If you use 2-step verification, your provider wants an app password.</source>
        <translation>Als je verificatie in twee stappen gebruikt, wil je provider een app-wachtwoord.</translation>
    </message>
    <message>
        <source>Mail programs then need a separate app password from your account&apos;s security settings.</source>
        <translation>Mailprogramma’s hebben dan een apart app-wachtwoord nodig uit de beveiligingsinstellingen van je account.</translation>
    </message>
    <message>
        <source>Your program signs in a way this server does not offer.</source>
        <translation>Je programma logt in op een manier die deze server niet aanbiedt.</translation>
    </message>
    <message>
        <source>The server offers: %1.</source>
        <translation>De server biedt aan: %1.</translation>
    </message>
    <message>
        <source>Set the authentication method to &quot;%1&quot;.</source>
        <translation>Zet de authenticatiemethode op “%1”.</translation>
    </message>
    <message>
        <source>The server does not let you send from this address.</source>
        <translation>De server laat je niet versturen vanaf dit adres.</translation>
    </message>
    <message>
        <source>After you sign in, the server checks the From address. It must be an address that belongs to your account.</source>
        <translation>Nadat je bent ingelogd, controleert de server het afzenderadres. Dat moet een adres zijn dat bij je account hoort.</translation>
    </message>
    <message>
        <source>Use %1 as the email address of this account, or ask your provider to allow the other address.</source>
        <translation>Gebruik %1 als e-mailadres van dit account, of vraag je provider om het andere adres toe te staan.</translation>
    </message>
    <message>
        <source>The server refused the test recipient even after signing in.</source>
        <translation>De server weigerde de testontvanger, zelfs na het inloggen.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address for typing mistakes.</source>
        <translation>Controleer het adres van de ontvanger op typefouten.</translation>
    </message>
    <message>
        <source>A mailbox is full.</source>
        <translation>Een mailbox is vol.</translation>
    </message>
    <message>
        <source>The server refuses mail because a mailbox has no room left.</source>
        <translation>De server weigert mail omdat een mailbox geen ruimte meer heeft.</translation>
    </message>
    <message>
        <source>letters outside the English alphabet before the @</source>
        <translation>letters buiten het Engelse alfabet voor de @</translation>
    </message>
    <message>
        <source>a dot at the start or end, or two dots in a row</source>
        <translation>een punt aan het begin of eind, of twee punten achter elkaar</translation>
    </message>
    <message>
        <source>unusual characters such as commas, brackets or quotes</source>
        <translation>ongebruikelijke tekens zoals komma’s, haakjes of aanhalingstekens</translation>
    </message>
    <message>
        <source>quotation marks</source>
        <translation>aanhalingstekens</translation>
    </message>
    <message>
        <source>spaces before or after it</source>
        <translation>spaties ervoor of erna</translation>
    </message>
    <message>
        <source>a dot at the very end</source>
        <translation>een punt helemaal aan het eind</translation>
    </message>
    <message>
        <source>Your email address contains characters that some programs and servers refuse.</source>
        <translation>Je e-mailadres bevat tekens die sommige programma’s en servers weigeren.</translation>
    </message>
    <message>
        <source>It has %1.</source>
        <translation>Het bevat %1.</translation>
    </message>
    <message>
        <source>Type the address again in your mail program, exactly as your provider gave it.</source>
        <translation>Typ het adres opnieuw in je mailprogramma, precies zoals je provider het heeft opgegeven.</translation>
    </message>
    <message>
        <source>The server refuses your internet connection&apos;s address.</source>
        <translation>De server weigert het adres van je internetverbinding.</translation>
    </message>
    <message>
        <source>Your connection&apos;s address is on a list of addresses that send spam, or the server does not take mail from home connections on this port.</source>
        <translation>Het adres van je verbinding staat op een lijst van adressen die spam versturen, of de server neemt op deze poort geen mail aan van thuisverbindingen.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s submission port (587 or 465) with sign-in; if that is refused too, ask your internet provider why your address is listed.</source>
        <translation>Verstuur via de verzendpoort van je provider (587 of 465) met inloggen; als dat ook wordt geweigerd, vraag je internetprovider waarom je adres op een lijst staat.</translation>
    </message>
    <message>
        <source>Your provider may want you to check your mail before you send.</source>
        <translation>Je provider wil misschien dat je eerst je mail ophaalt voordat je verstuurt.</translation>
    </message>
    <message>
        <source>Some servers allow sending only shortly after your program has fetched mail (&quot;POP before SMTP&quot;).</source>
        <translation>Sommige servers laten je alleen versturen kort nadat je programma mail heeft opgehaald (“POP before SMTP”).</translation>
    </message>
    <message>
        <source>A VPN is switched on.</source>
        <translation>Er staat een vpn aan.</translation>
    </message>
    <message>
        <source>A VPN sends your mail through another network, which may block mail ports or be on a spam list.</source>
        <translation>Een vpn stuurt je mail via een ander netwerk, dat mailpoorten kan blokkeren of op een spamlijst kan staan.</translation>
    </message>
    <message>
        <source>Switch the VPN off for a moment and check again.</source>
        <translation>Zet de vpn even uit en controleer opnieuw.</translation>
    </message>
    <message>
        <source>The error message points to this cause.</source>
        <translation>De foutmelding wijst op deze oorzaak.</translation>
    </message>
    <message>
        <source>This comes from the message your program showed; MailFix could not check it by itself.</source>
        <translation>Dit komt uit de melding die je programma toonde; MailFix kon het niet zelf controleren.</translation>
    </message>
    <message>
        <source>Your settings work: MailFix signed in and the server accepted a recipient.</source>
        <translation>Je instellingen werken: MailFix heeft ingelogd en de server heeft een ontvanger geaccepteerd.</translation>
    </message>
    <message>
        <source>These settings work: MailFix signed in and the server accepted a recipient.</source>
        <translation>Deze instellingen werken: MailFix heeft ingelogd en de server heeft een ontvanger geaccepteerd.</translation>
    </message>
    <message>
        <source>We checked this: %1 with sign-in.</source>
        <translation>Dit hebben we gecontroleerd: %1, met inloggen.</translation>
    </message>
    <message>
        <source>Check every account in your mail program.</source>
        <translation>Controleer elk account in je mailprogramma.</translation>
    </message>
    <message>
        <source>Your password has unusual characters.</source>
        <translation>Je wachtwoord bevat ongebruikelijke tekens.</translation>
    </message>
    <message>
        <source>Some programs garble quotes, spaces or accented letters in passwords. Try a password without them.</source>
        <translation>Sommige programma’s verminken aanhalingstekens, spaties of letters met accenten in wachtwoorden. Probeer een wachtwoord zonder die tekens.</translation>
    </message>
    <message>
        <source>Use your mail provider&apos;s outgoing server.</source>
        <translation>Gebruik de uitgaande server van je mailprovider.</translation>
    </message>
    <message>
        <source>Sending through your internet provider&apos;s server instead of your mail provider&apos;s often fails.</source>
        <translation>Versturen via de server van je internetprovider in plaats van die van je mailprovider mislukt vaak.</translation>
    </message>
    <message>
        <source>Pause your antivirus program&apos;s email scanning.</source>
        <translation>Pauzeer het scannen van e-mail door je antivirusprogramma.</translation>
    </message>
    <message>
        <source>Some antivirus programs sit between your mail program and the server and break encrypted connections.</source>
        <translation>Sommige antivirusprogramma’s gaan tussen je mailprogramma en de server in zitten en breken versleutelde verbindingen.</translation>
    </message>
    <message>
        <source>Repair Outlook&apos;s data file.</source>
        <translation>Herstel het gegevensbestand van Outlook.</translation>
    </message>
    <message>
        <source>A damaged Outlook data file can stop sending even with the right settings: close Outlook and run the Inbox Repair Tool (SCANPST.EXE).</source>
        <translation>Een beschadigd Outlook-gegevensbestand kan versturen tegenhouden, zelfs met de juiste instellingen: sluit Outlook en start het herstelprogramma voor het Postvak IN (SCANPST.EXE).</translation>
    </message>
    <message>
        <source>Wait if you just moved your domain.</source>
        <translation>Wacht even als je je domein net hebt verhuisd.</translation>
    </message>
    <message>
        <source>After a domain moves to a new mail provider, the change can take up to a day or two to reach everyone.</source>
        <translation>Als een domein naar een nieuwe mailprovider verhuist, kan het een dag of twee duren voordat de wijziging overal is doorgekomen.</translation>
    </message>
    <message>
        <source>If a script or device sends the mail, check that it gives a recipient.</source>
        <translation>Als een script of apparaat de mail verstuurt, controleer dan of het een ontvanger opgeeft.</translation>
    </message>
    <message>
        <source>A program that sends the message without any accepted recipient gets &quot;503 valid RCPT command must precede DATA&quot; from the server.</source>
        <translation>Een programma dat het bericht verstuurt zonder geaccepteerde ontvanger, krijgt van de server “503 valid RCPT command must precede DATA”.</translation>
    </message>
    <message>
        <source>The server on port %1 stops answering after its greeting.</source>
        <translation>De server op poort %1 reageert niet meer na zijn begroeting.</translation>
    </message>
    <message>
        <source>It greeted MailFix, then the conversation broke off while setting up (%1). A firewall or antivirus program that inspects mail can do this, or the server has a problem.</source>
        <translation>Hij begroette MailFix, daarna brak het gesprek af tijdens het opzetten (%1). Een firewall of virusscanner die e-mail controleert kan dit doen, of de server heeft een probleem.</translation>
    </message>
    <message>
        <source>The server %1 is too busy to take mail right now.</source>
        <translation>De server %1 is op dit moment te druk om e-mail aan te nemen.</translation>
    </message>
    <message>
        <source>It answered that it cannot take more connections. Try again in a few minutes; if it keeps happening, your provider may limit how many connections one address may open.</source>
        <translation>Hij antwoordde dat hij geen verbindingen meer kan aannemen. Probeer het over een paar minuten opnieuw; als het blijft gebeuren, beperkt je provider misschien hoeveel verbindingen één adres mag openen.</translation>
    </message>
    <message>
        <source>On port %1 the server says it is too busy to take more connections.</source>
        <translation>Op poort %1 meldt de server dat hij te druk is om meer verbindingen aan te nemen.</translation>
    </message>
    <message>
        <source>%1 is not part of %2, and MailFix sends your password there only when you allow it, so signing in there is not checked.</source>
        <translation>%1 maakt geen deel uit van %2. MailFix stuurt je wachtwoord daar alleen naartoe als je dat toestaat, dus het inloggen daar is niet gecontroleerd.</translation>
    </message>
    <message>
        <source>every name ending in %1</source>
        <translation>elke naam die eindigt op %1</translation>
    </message>
    <message>
        <source>every name ending in %1, such as %2</source>
        <translation>elke naam die eindigt op %1, zoals %2</translation>
    </message>
    <message>
        <source>The name %1 leads to the same server, but that server&apos;s certificate is for %2, not for %1. So your mail program cannot check that it really talks to your provider, and warns or refuses to send.</source>
        <translation>De naam %1 leidt naar dezelfde server, maar het certificaat van die server is voor %2, niet voor %1. Daardoor kan je mailprogramma niet controleren of het echt met je provider praat, en geeft het een waarschuwing of weigert het te versturen.</translation>
    </message>
    <message>
        <source>This is usual when many websites share one server.</source>
        <translation>Dat is gebruikelijk als veel websites één server delen.</translation>
    </message>
    <message>
        <source>Your mail server&apos;s real name is %1.</source>
        <translation>De echte naam van je mailserver is %1.</translation>
    </message>
    <message>
        <source>%1: certificate for %2, issued by %3</source>
        <translation>%1: certificaat voor %2, uitgegeven door %3</translation>
    </message>
    <message>
        <source>%1: the same server (%2), certificate trusted</source>
        <translation>%1: dezelfde server (%2), certificaat vertrouwd</translation>
    </message>
    <message>
        <source>Use %1 as the outgoing server (SMTP). Your provider&apos;s own certificate is for %1, so your mail program can check that it really talks to your provider.</source>
        <translation>Gebruik %1 als uitgaande server (SMTP). Het eigen certificaat van je provider is voor %1, dus je mailprogramma kan controleren of het echt met je provider praat.</translation>
    </message>
    <message>
        <source>The certificate of %1 is for %2. Ask your provider for the name of its outgoing server (SMTP), and use that name.</source>
        <translation>Het certificaat van %1 is voor %2. Vraag je provider naar de naam van zijn uitgaande server (SMTP), en gebruik die naam.</translation>
    </message>
    <message>
        <source>Signing in from mail programs is switched off for your mailbox.</source>
        <translation>Inloggen vanuit mailprogramma’s is uitgeschakeld voor je mailbox.</translation>
    </message>
    <message>
        <source>Wait an hour, or until tomorrow for a daily limit, then send again; send large mailings in smaller groups. If you did not send that many messages, change your password, because someone else may be sending with your account.</source>
        <translation>Wacht een uur, of tot morgen bij een daglimiet, en verstuur dan opnieuw. Verstuur grote mailings in kleinere groepen. Als je niet zoveel berichten hebt verstuurd, wijzig dan je wachtwoord, want misschien verstuurt iemand anders mail met je account.</translation>
    </message>
    <message>
        <source>Change your email password and check your computer for malware, then ask your provider or the person who manages your email to unblock your account.</source>
        <translation>Wijzig het wachtwoord van je e-mail en controleer je computer op malware. Vraag daarna je provider of de persoon die je e-mail beheert om je account te deblokkeren.</translation>
    </message>
    <message>
        <source>Give your computer a name with only English letters, digits and hyphens (no underscore), or send through your provider&apos;s outgoing server on port 587 or 465 with sign-in turned on.</source>
        <translation>Geef je computer een naam met alleen letters uit het Engelse alfabet, cijfers en koppeltekens (geen liggend streepje), of verstuur via de uitgaande server van je provider op poort 587 of 465, met inloggen ingeschakeld.</translation>
    </message>
    <message>
        <source>Ask the person who manages your email to allow &quot;Authenticated SMTP&quot; for your mailbox.</source>
        <translation>Vraag de persoon die je e-mail beheert om “Geverifieerde SMTP” toe te staan voor je mailbox.</translation>
    </message>
    <message>
        <source>Your mail program keeps outgoing settings for each account. When you have several, the one sending may not be the one you fixed.</source>
        <translation>Je mailprogramma bewaart de instellingen voor uitgaande mail per account. Als je er meerdere hebt, is het account dat verstuurt misschien niet het account dat je hebt gerepareerd.</translation>
    </message>
    <message>
        <source>Receiving works (%1).</source>
        <translation>Ontvangen werkt (%1).</translation>
    </message>
    <message>
        <source>Receiving does not work: the incoming server refused your user name or password.</source>
        <translation>Ontvangen werkt niet: de inkomende server heeft je gebruikersnaam of wachtwoord geweigerd.</translation>
    </message>
    <message>
        <source>Receiving is not confirmed: MailFix could not sign in to the incoming server.</source>
        <translation>Ontvangen is niet bevestigd: MailFix kon niet inloggen op de inkomende server.</translation>
    </message>
    <message>
        <source>MailFix could not reach your incoming server.</source>
        <translation>MailFix kon je inkomende server niet bereiken.</translation>
    </message>
    <message>
        <source>Sending does not work: %1</source>
        <translation>Versturen werkt niet: %1</translation>
    </message>
    <message>
        <source>Sending works (port %1, %2).</source>
        <translation>Versturen werkt (poort %1, %2).</translation>
    </message>
    <message>
        <source>MailFix could not reach an outgoing server.</source>
        <translation>MailFix kon geen uitgaande server bereiken.</translation>
    </message>
    <message>
        <source>Sending is not confirmed: MailFix could not sign in and send a test recipient.</source>
        <translation>Versturen is niet bevestigd: MailFix kon niet inloggen en een testontvanger versturen.</translation>
    </message>
    <message>
        <source>MailFix could not sign in to the incoming server.</source>
        <translation>MailFix kon niet inloggen op de inkomende server.</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, poort %2</translation>
    </message>
    <message>
        <source>Your provider lets administrators switch off sending from mail programs (SMTP AUTH) for each mailbox or for the whole organisation. That is the most likely reason.</source>
        <translation>Je provider laat beheerders versturen vanuit mailprogramma’s (SMTP AUTH) uitzetten per mailbox of voor de hele organisatie. Dat is de meest waarschijnlijke reden.</translation>
    </message>
    <message>
        <source>Your provider wants mail programs to sign in through its own login page (OAuth2) for sending.</source>
        <translation>Je provider wil dat mailprogramma’s voor het versturen inloggen via zijn eigen inlogpagina (OAuth2).</translation>
    </message>
    <message>
        <source>Your provider wants an app password for sending from mail programs.</source>
        <translation>Je provider wil een app-wachtwoord voor versturen vanuit mailprogramma’s.</translation>
    </message>
    <message>
        <source>Sending with a password (SMTP AUTH) may be switched off for your mailbox or your organisation, your provider may want an app password or OAuth2 for sending, or the outgoing server may need a different user name.</source>
        <translation>Versturen met een wachtwoord (SMTP AUTH) staat misschien uit voor je mailbox of je organisatie. Of je provider wil een app-wachtwoord of OAuth2 voor versturen. Of de uitgaande server wil een andere gebruikersnaam.</translation>
    </message>
    <message>
        <source>Your password works for receiving mail, but the outgoing server does not accept it.</source>
        <translation>Je wachtwoord werkt voor ontvangen, maar de uitgaande server accepteert het niet.</translation>
    </message>
    <message>
        <source>The incoming server %1 (%2) accepted your user name %3 and your password, so they are right. The outgoing server refused them. Your account may not send with a password.</source>
        <translation>De inkomende server %1 (%2) heeft je gebruikersnaam %3 en je wachtwoord geaccepteerd, dus die kloppen. De uitgaande server heeft ze geweigerd. Je account mag misschien niet versturen met een wachtwoord.</translation>
    </message>
    <message>
        <source>Do not change your password. Ask your provider or administrator to allow sending from mail programs (SMTP AUTH) for %1, and which user name, app password or sign-in method the outgoing server wants.</source>
        <translation>Verander je wachtwoord niet. Vraag je provider of beheerder om versturen vanuit mailprogramma’s (SMTP AUTH) toe te staan voor %1, en welke gebruikersnaam, welk app-wachtwoord of welke inlogmethode de uitgaande server wil.</translation>
    </message>
    <message>
        <source>The incoming server %1 (%2) refused the same user name and password too, so they are most likely wrong.</source>
        <translation>De inkomende server %1 (%2) heeft dezelfde gebruikersnaam en hetzelfde wachtwoord ook geweigerd, dus die kloppen waarschijnlijk niet.</translation>
    </message>
    <message>
        <source>Receiving works with other settings (%1), not with your program&apos;s.</source>
        <translation>Ontvangen werkt met andere instellingen (%1), niet met die van je programma.</translation>
    </message>
    <message>
        <source>In Outlook, open the account&apos;s settings, choose &quot;More Settings&quot;, and on the &quot;Outgoing Server&quot; tab turn on &quot;My outgoing server (SMTP) requires authentication&quot;, with your user name %1.</source>
        <translation>Open in Outlook de instellingen van het account, kies “Meer instellingen” en vink op het tabblad “Server voor uitgaande e-mail” de optie “Voor de server voor uitgaande e-mail (SMTP) is verificatie vereist” aan, met je gebruikersnaam %1.</translation>
    </message>
    <message>
        <source>In Thunderbird&apos;s outgoing server (SMTP) settings, set &quot;Authentication method&quot; to &quot;Normal password&quot;, with your user name %1.</source>
        <translation>Zet in de instellingen van de uitgaande server (SMTP) van Thunderbird “Authenticatiemethode” op “Normaal wachtwoord”, met je gebruikersnaam %1.</translation>
    </message>
    <message>
        <source>In Mail&apos;s account settings, open &quot;Server Settings&quot; and, for the outgoing mail server, choose &quot;Password&quot; as the authentication, with your user name %1.</source>
        <translation>Open in de accountinstellingen van Mail “Serverinstellingen” en kies bij de server uitgaande post “Wachtwoord” als identiteitscontrole, met je gebruikersnaam %1.</translation>
    </message>
    <message>
        <source>Turn on signing in (authentication) for the outgoing server in your mail program, with your user name %1 and your password.</source>
        <translation>Zet in je mailprogramma inloggen (authenticatie) aan voor de uitgaande server, met je gebruikersnaam %1 en je wachtwoord.</translation>
    </message>
    <message>
        <source>In Outlook, open the account&apos;s settings, choose &quot;More Settings&quot;, and on the &quot;Outgoing Server&quot; tab choose &quot;Use same settings as my incoming mail server&quot;.</source>
        <translation>Open in Outlook de instellingen van het account, kies “Meer instellingen” en kies op het tabblad “Server voor uitgaande e-mail” de optie “Dezelfde instellingen gebruiken als voor de server voor inkomende e-mail”.</translation>
    </message>
    <message>
        <source>In Thunderbird&apos;s outgoing server (SMTP) settings, set the user name to %1, the same as for receiving.</source>
        <translation>Zet in de instellingen van de uitgaande server (SMTP) van Thunderbird de gebruikersnaam op %1, dezelfde als voor ontvangen.</translation>
    </message>
    <message>
        <source>In Mail&apos;s account settings, open &quot;Server Settings&quot; and type %1 as the outgoing mail server&apos;s user name.</source>
        <translation>Open in de accountinstellingen van Mail “Serverinstellingen” en typ %1 als gebruikersnaam van de server uitgaande post.</translation>
    </message>
    <message>
        <source>Set the outgoing server&apos;s user name to %1, the same as for receiving.</source>
        <translation>Zet de gebruikersnaam van de uitgaande server op %1, dezelfde als voor ontvangen.</translation>
    </message>
    <message>
        <source>Your program uses another user name for sending than for receiving.</source>
        <translation>Je programma gebruikt voor versturen een andere gebruikersnaam dan voor ontvangen.</translation>
    </message>
    <message>
        <source>The incoming server %1 (%2) accepted the user name %3 with your password. The outgoing server refused the user name %4. Most servers want the same user name for both.</source>
        <translation>De inkomende server %1 (%2) accepteerde de gebruikersnaam %3 met je wachtwoord. De uitgaande server weigerde de gebruikersnaam %4. De meeste servers willen voor beide dezelfde gebruikersnaam.</translation>
    </message>
    <message>
        <source>In Outlook, open the account&apos;s settings, choose &quot;More Settings&quot;, and on the &quot;Outgoing Server&quot; tab choose &quot;Log on to incoming mail server before sending mail&quot;.</source>
        <translation>Open in Outlook de instellingen van het account, kies “Meer instellingen” en kies op het tabblad “Server voor uitgaande e-mail” de optie “Eerst aanmelden bij de server voor inkomende e-mail”.</translation>
    </message>
    <message>
        <source>Thunderbird has no setting for this: click &quot;Get Messages&quot; before you send, and let Thunderbird check for new messages every few minutes.</source>
        <translation>Thunderbird heeft hier geen instelling voor: klik op “Berichten ophalen” voordat je verstuurt, en laat Thunderbird om de paar minuten op nieuwe berichten controleren.</translation>
    </message>
    <message>
        <source>Mail has no setting for this: click &quot;Get Mail&quot; before you send.</source>
        <translation>Mail heeft hier geen instelling voor: klik op “Haal post op” voordat je verstuurt.</translation>
    </message>
    <message>
        <source>Let your mail program check for new mail before it sends. If it has a setting to sign in to the incoming server before sending, turn it on.</source>
        <translation>Laat je mailprogramma op nieuwe mail controleren voordat het verstuurt. Als het een instelling heeft om eerst in te loggen op de inkomende server voordat het verstuurt, zet die dan aan.</translation>
    </message>
    <message>
        <source>Your mail server sends mail only after your program has checked for new mail.</source>
        <translation>Je mailserver verstuurt pas mail nadat je programma op nieuwe mail heeft gecontroleerd.</translation>
    </message>
    <message>
        <source>The server refused to send until MailFix signed in to receive mail (%1). Right after that, it accepted the same message. This older way of knowing who may send is called &quot;POP before SMTP&quot;.</source>
        <translation>De server weigerde te versturen totdat MailFix had ingelogd om mail te ontvangen (%1). Direct daarna accepteerde hij hetzelfde bericht. Deze oudere manier om te bepalen wie mag versturen heet “POP before SMTP”.</translation>
    </message>
    <message>
        <source>This server also offers signing in for sending, which is more reliable: use it with your user name %1.</source>
        <translation>Deze server biedt ook inloggen voor versturen aan, en dat is betrouwbaarder: gebruik het met je gebruikersnaam %1.</translation>
    </message>
    <message>
        <source>Outlook keeps outgoing settings for each account. When you have several, the one sending may not be the one you fixed. Also check &quot;Use same settings as my incoming mail server&quot; on the &quot;Outgoing Server&quot; tab.</source>
        <translation>Outlook bewaart de instellingen voor uitgaande mail per account. Als je er meerdere hebt, is het account dat verstuurt misschien niet het account dat je hebt aangepast. Controleer ook “Dezelfde instellingen gebruiken als voor de server voor inkomende e-mail” op het tabblad “Server voor uitgaande e-mail”.</translation>
    </message>
    <message>
        <source>Thunderbird keeps a list of outgoing servers, and each account sends through one of them. When you have several, the one sending may not be the one you fixed.</source>
        <translation>Thunderbird houdt een lijst van uitgaande servers bij, en elk account verstuurt via een van die servers. Als je er meerdere hebt, is de server die verstuurt misschien niet de server die je hebt aangepast.</translation>
    </message>
    <message>
        <source>Mail keeps outgoing settings for each account. When you have several, the one sending may not be the one you fixed.</source>
        <translation>Mail bewaart de instellingen voor uitgaande mail per account. Als je er meerdere hebt, is het account dat verstuurt misschien niet het account dat je hebt aangepast.</translation>
    </message>
    <message>
        <source>%1 (%2, port %3, %4)</source>
        <translation>%1 (%2, poort %3, %4)</translation>
    </message>
    <message>
        <source>The server name %1 does not exist.</source>
        <translation>De servernaam %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The encrypted connection (%1) could not be set up on port %2: this port wants another connection security.</source>
        <translation>De versleutelde verbinding (%1) kon niet worden opgezet op poort %2: deze poort wil een andere verbindingsbeveiliging.</translation>
    </message>
    <message>
        <source>The server did not answer as a mail server on port %1 with %2: this port wants another connection security.</source>
        <translation>De server antwoordde op poort %1 met %2 niet als een mailserver: deze poort wil een andere verbindingsbeveiliging.</translation>
    </message>
    <message>
        <source>Your program receives without encryption, so MailFix does not send your password there, and many servers refuse it.</source>
        <translation>Je programma ontvangt zonder versleuteling. Daarom stuurt MailFix je wachtwoord daar niet naartoe, en veel servers weigeren dat ook.</translation>
    </message>
    <message>
        <source>We checked this: signing in to %1 works.</source>
        <translation>Dit hebben we gecontroleerd: inloggen op %1 werkt.</translation>
    </message>
    <message>
        <source>%1 answers, but signing in there could not be checked.</source>
        <translation>%1 antwoordt, maar inloggen daar kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>Your program&apos;s incoming mail settings do not work.</source>
        <translation>De instellingen van je programma voor inkomende mail werken niet.</translation>
    </message>
    <message>
        <source>Your program receives mail from %1.</source>
        <translation>Je programma ontvangt mail van %1.</translation>
    </message>
    <message>
        <source>Set the incoming server in your program to %1, port %2, %3 (%4).</source>
        <translation>Zet de inkomende server in je programma op %1, poort %2, %3 (%4).</translation>
    </message>
    <message>
        <source>MailFix could not test signing in through your provider&apos;s sign-in window here.</source>
        <translation>MailFix kon het inloggen via het inlogvenster van je provider hier niet testen.</translation>
    </message>
    <message>
        <source>In Outlook, remove the account and add it again: Outlook then opens the sign-in window of Microsoft or your provider.</source>
        <translation>Verwijder in Outlook het account en voeg het opnieuw toe: Outlook opent dan het inlogvenster van Microsoft of je provider.</translation>
    </message>
    <message>
        <source>In Thunderbird&apos;s account settings, set &quot;Authentication method&quot; to &quot;OAuth2&quot; for the incoming and the outgoing server (SMTP).</source>
        <translation>Zet in de accountinstellingen van Thunderbird “Authenticatiemethode” op “OAuth2” voor de inkomende en de uitgaande server (SMTP).</translation>
    </message>
    <message>
        <source>In Mail&apos;s account settings, set &quot;Authentication&quot; to &quot;OAuth 2.0&quot;, or add the account again in Internet Accounts.</source>
        <translation>Zet in de accountinstellingen van Mail “Identiteitscontrole” op “OAuth 2.0”, of voeg het account opnieuw toe in Internetaccounts.</translation>
    </message>
    <message>
        <source>In your mail program, set the sign-in method (authentication) to OAuth2, and sign in when it asks.</source>
        <translation>Zet in je mailprogramma de inlogmethode (authenticatie) op OAuth2, en log in als het daarom vraagt.</translation>
    </message>
    <message>
        <source>MailFix could not test this way of signing in here.</source>
        <translation>MailFix kon deze manier van inloggen hier niet testen.</translation>
    </message>
    <message>
        <source>The sign-in with your provider did not allow sending mail.</source>
        <translation>Het inloggen bij je provider gaf geen toestemming om mail te versturen.</translation>
    </message>
    <message>
        <source>MailFix signed in through your provider&apos;s sign-in window (OAuth2), but the permission it got does not include sending mail, so the server refused it.</source>
        <translation>MailFix heeft ingelogd via het inlogvenster van je provider (OAuth2), maar de toestemming die MailFix kreeg, geldt niet voor het versturen van mail. Daarom weigerde de server die.</translation>
    </message>
    <message>
        <source>Ask your administrator to allow sending mail (SMTP) for mail programs that sign in this way, then sign in again.</source>
        <translation>Vraag je beheerder om versturen van mail (SMTP) toe te staan voor mailprogramma’s die op deze manier inloggen, en log daarna opnieuw in.</translation>
    </message>
    <message>
        <source>The server did not accept the OAuth2 sign-in.</source>
        <translation>De server accepteerde het inloggen met OAuth2 niet.</translation>
    </message>
    <message>
        <source>MailFix signed in through your provider&apos;s sign-in window (OAuth2) as %1, and the server refused that sign-in: it may have expired or been withdrawn.</source>
        <translation>MailFix heeft als %1 ingelogd via het inlogvenster van je provider (OAuth2), en de server weigerde dat: misschien is de toegang verlopen of ingetrokken.</translation>
    </message>
    <message>
        <source>Sign in again in your mail program. If it keeps failing, ask your provider or administrator whether sending with this sign-in is allowed for your account.</source>
        <translation>Log in je mailprogramma opnieuw in. Als het blijft mislukken, vraag dan je provider of beheerder of versturen met deze manier van inloggen is toegestaan voor je account.</translation>
    </message>
    <message>
        <source>Your provider wants your mail program to sign in through the provider&apos;s own sign-in window (OAuth2).</source>
        <translation>Je provider wil dat je mailprogramma inlogt via het eigen inlogvenster van de provider (OAuth2).</translation>
    </message>
</context>
<context>
    <name>DiagnosisReport</name>
    <message>
        <source>What to do: %1</source>
        <translation>Wat te doen: %1</translation>
    </message>
    <message>
        <source>  What we saw:
</source>
        <translation>  Wat we zagen:
</translation>
    </message>
    <message>
        <source>%1, port %2, %3, %4</source>
        <translation>%1, poort %2, %3, %4</translation>
    </message>
    <message>
        <source>MailFix found nothing to report.
</source>
        <translation>MailFix heeft niets te melden gevonden.
</translation>
    </message>
    <message>
        <source>The problem: </source>
        <translation>Het probleem: </translation>
    </message>
    <message>
        <source>Use these settings for the outgoing server:
</source>
        <translation>Gebruik deze instellingen voor de uitgaande server:
</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP):</source>
        <translation>Uitgaande server (SMTP):</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>Connection security:</source>
        <translation>Verbindingsbeveiliging:</translation>
    </message>
    <message>
        <source>Authentication method:</source>
        <translation>Authenticatiemethode:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <source>  Verified: we checked this. Signing in and sending works with these settings.
</source>
        <translation>  Bevestigd: dit hebben we gecontroleerd. Inloggen en versturen werken met deze instellingen.
</translation>
    </message>
    <message>
        <source>MailFix could not sign in and send with these settings.</source>
        <translation>MailFix kon met deze instellingen niet inloggen en versturen.</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Niet bevestigd: %1</translation>
    </message>
    <message>
        <source>  These work too:
</source>
        <translation>  Deze werken ook:
</translation>
    </message>
    <message>
        <source>MailFix could not reach any outgoing mail server for %1, so it cannot recommend settings.
</source>
        <translation>MailFix kon geen uitgaande mailserver voor %1 bereiken, en kan dus geen instellingen aanraden.
</translation>
    </message>
    <message>
        <source>MailFix could not find settings that work.
</source>
        <translation>MailFix kon geen instellingen vinden die werken.
</translation>
    </message>
    <message>
        <source>Also found:
</source>
        <translation>Ook gevonden:
</translation>
    </message>
    <message>
        <source>If it still does not work, check these:
</source>
        <translation>Als het nog steeds niet werkt, controleer dan dit:
</translation>
    </message>
    <message>
        <source>Provider: %1 (from %2)
</source>
        <translation>Provider: %1 (volgens %2)
</translation>
    </message>
    <message>
        <source>Technical details:

</source>
        <translation>Technische details:

</translation>
    </message>
    <message>
        <source>Checked: %1. Add --transcript to see each conversation with the server.
</source>
        <translation>Gecontroleerd: %1. Voeg --transcript toe om elk gesprek met de server te zien.
</translation>
    </message>
    <message>
        <source>Your mail program&apos;s accounts for this address:
</source>
        <translation>De accounts van je mailprogramma voor dit adres:
</translation>
    </message>
    <message>
        <source>- &quot;%1&quot; (%2): does not work. %3
</source>
        <translation>- “%1” (%2): werkt niet. %3
</translation>
    </message>
    <message>
        <source>- &quot;%1&quot; (%2): works.
</source>
        <translation>- “%1” (%2): werkt.
</translation>
    </message>
    <message>
        <source>  These should also work (not checked):
</source>
        <translation>  Deze zouden ook moeten werken (niet gecontroleerd):
</translation>
    </message>
    <message>
        <source>For receiving (incoming server, POP3):
</source>
        <translation>Voor ontvangen (inkomende server, POP3):
</translation>
    </message>
    <message>
        <source>For receiving (incoming server, IMAP):
</source>
        <translation>Voor ontvangen (inkomende server, IMAP):
</translation>
    </message>
    <message>
        <source>  Verified: signing in works with these settings.
</source>
        <translation>  Gecontroleerd: inloggen werkt met deze instellingen.
</translation>
    </message>
    <message>
        <source>  Verified: we checked this. Sending works with these settings.
</source>
        <translation>  Bevestigd: dit hebben we gecontroleerd. Versturen werkt met deze instellingen.
</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>Please type your email address.</source>
        <translation>Typ je e-mailadres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no @ sign; an email address looks like name@example.com.</source>
        <translation>“%1” heeft geen @-teken; een e-mailadres ziet eruit als naam@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing before the @ sign.</source>
        <translation>“%1” heeft niets voor het @-teken.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing after the @ sign.</source>
        <translation>“%1” heeft niets na het @-teken.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one @ sign.</source>
        <translation>“%1” heeft meer dan één @-teken.</translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character.</source>
        <translation>Het adres bevat een regeleinde of een ander onzichtbaar teken.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space; email addresses have none.</source>
        <translation>“%1” bevat een spatie; e-mailadressen hebben er geen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name that can receive mail.</source>
        <translation>“%1” is geen domeinnaam die mail kan ontvangen.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters, which mail servers refuse.</source>
        <translation>Het adres is langer dan 254 tekens, en dat weigeren mailservers.</translation>
    </message>
</context>
<context>
    <name>ErrorExplainer</name>
    <message>
        <source>Your mail server wants your mail program to sign in before it sends, and your program did not sign in.</source>
        <translation>Je mailserver wil dat je mailprogramma inlogt voordat het verstuurt, en je programma heeft niet ingelogd.</translation>
    </message>
    <message>
        <source>The mail server turned down every recipient of your message, most likely because your mail program did not sign in first.</source>
        <translation>De mailserver heeft alle ontvangers van je bericht geweigerd, waarschijnlijk omdat je mailprogramma niet eerst heeft ingelogd.</translation>
    </message>
    <message>
        <source>Your mail server refused to send this message, most likely because your mail program did not sign in first.</source>
        <translation>Je mailserver weigerde dit bericht te versturen, waarschijnlijk omdat je mailprogramma niet eerst heeft ingelogd.</translation>
    </message>
    <message>
        <source>Your mail server did not accept the user name and password your mail program signed in with.</source>
        <translation>Je mailserver accepteerde de gebruikersnaam en het wachtwoord niet waarmee je mailprogramma inlogde.</translation>
    </message>
    <message>
        <source>Google did not accept the user name and password your mail program signed in with, which often means it needs an app password instead of your usual password.</source>
        <translation>Google accepteerde de gebruikersnaam en het wachtwoord niet waarmee je mailprogramma inlogde. Dat betekent vaak dat er een app-wachtwoord nodig is in plaats van je gewone wachtwoord.</translation>
    </message>
    <message>
        <source>Your incoming mail server did not accept the user name and password your mail program uses.</source>
        <translation>Je server voor inkomende mail accepteerde de gebruikersnaam en het wachtwoord van je mailprogramma niet.</translation>
    </message>
    <message>
        <source>Your mail server has stopped accepting sign-ins for a while because of too many attempts with a wrong password.</source>
        <translation>Je mailserver accepteert een tijdje geen inlogpogingen meer, omdat er te vaak met een verkeerd wachtwoord is geprobeerd.</translation>
    </message>
    <message>
        <source>Your mail server could not finish checking your sign-in, which often happens when the sign-in method does not suit the server.</source>
        <translation>Je mailserver kon je inlogpoging niet afmaken. Dat gebeurt vaak als de inlogmethode niet bij de server past.</translation>
    </message>
    <message>
        <source>Your mail server wants you to change your password before your mail program can sign in again.</source>
        <translation>Je mailserver wil dat je je wachtwoord wijzigt voordat je mailprogramma weer kan inloggen.</translation>
    </message>
    <message>
        <source>Your account uses 2-step verification, so your mail program needs an app password instead of your usual password.</source>
        <translation>Je account gebruikt verificatie in twee stappen, dus je mailprogramma heeft een app-wachtwoord nodig in plaats van je gewone wachtwoord.</translation>
    </message>
    <message>
        <source>Your mail provider stopped this sign-in and wants your mail program to sign in through the provider&apos;s own sign-in page or with an app password.</source>
        <translation>Je mailprovider heeft deze inlogpoging tegengehouden en wil dat je mailprogramma inlogt via de eigen inlogpagina van de provider of met een app-wachtwoord.</translation>
    </message>
    <message>
        <source>Your mail provider no longer accepts a plain password from mail programs and wants them to sign in through its own sign-in page.</source>
        <translation>Je mailprovider accepteert geen gewoon wachtwoord meer van mailprogramma’s en wil dat ze inloggen via zijn eigen inlogpagina.</translation>
    </message>
    <message>
        <source>Sending from mail programs with a password is turned off for your account by the person who manages your email.</source>
        <translation>De persoon die je e-mail beheert, heeft voor je account versturen vanuit mailprogramma’s met een wachtwoord uitgeschakeld.</translation>
    </message>
    <message>
        <source>Your mail server does not accept the sign-in method your mail program is set to use.</source>
        <translation>Je mailserver accepteert de inlogmethode niet die in je mailprogramma is ingesteld.</translation>
    </message>
    <message>
        <source>Your mail server accepts this way of signing in only over an encrypted connection, and your mail program is not using one.</source>
        <translation>Je mailserver accepteert deze manier van inloggen alleen via een versleutelde verbinding, en je mailprogramma gebruikt er geen.</translation>
    </message>
    <message>
        <source>Your mail server wants an encrypted connection before anything else, and your mail program did not start one.</source>
        <translation>Je mailserver wil eerst een versleutelde verbinding, en je mailprogramma heeft er geen opgezet.</translation>
    </message>
    <message>
        <source>Your mail program&apos;s encryption setting does not match what the mail server uses on this port.</source>
        <translation>De versleutelingsinstelling van je mailprogramma past niet bij wat de mailserver op deze poort gebruikt.</translation>
    </message>
    <message>
        <source>Your mail program could not confirm that the mail server is the one it claims to be, because the server&apos;s certificate was not accepted.</source>
        <translation>Je mailprogramma kon niet bevestigen dat de mailserver is wie hij zegt te zijn, omdat het certificaat van de server niet werd geaccepteerd.</translation>
    </message>
    <message>
        <source>Your mail server refused the sender address, usually because it does not belong to the account your program signs in with.</source>
        <translation>Je mailserver weigerde het afzenderadres, meestal omdat het niet hoort bij het account waarmee je programma inlogt.</translation>
    </message>
    <message>
        <source>The mail server could not confirm that your sender address exists.</source>
        <translation>De mailserver kon niet bevestigen dat je afzenderadres bestaat.</translation>
    </message>
    <message>
        <source>Your account is not allowed to send with the address shown in the From field.</source>
        <translation>Je account mag niet versturen met het adres in het veld Van.</translation>
    </message>
    <message>
        <source>Your mail server refused the sender address, which usually means your mail program did not sign in or the address does not belong to the account.</source>
        <translation>Je mailserver weigerde het afzenderadres. Meestal betekent dat dat je mailprogramma niet heeft ingelogd, of dat het adres niet bij het account hoort.</translation>
    </message>
    <message>
        <source>The mail server says an address you are sending to does not exist.</source>
        <translation>De mailserver zegt dat een adres waar je naar verstuurt niet bestaat.</translation>
    </message>
    <message>
        <source>The mail server turned down a recipient of your message, most often because your mail program did not sign in first.</source>
        <translation>De mailserver weigerde een ontvanger van je bericht, meestal omdat je mailprogramma niet eerst heeft ingelogd.</translation>
    </message>
    <message>
        <source>The mailbox you are sending to is full and cannot take new mail right now.</source>
        <translation>De mailbox waar je naar verstuurt is vol en kan op dit moment geen nieuwe mail aannemen.</translation>
    </message>
    <message>
        <source>An address in your message contains characters that this mail server cannot handle.</source>
        <translation>Een adres in je bericht bevat tekens waar deze mailserver niet mee overweg kan.</translation>
    </message>
    <message>
        <source>The mail server refused mail from your internet connection because its address is on a list of addresses known for sending unwanted mail.</source>
        <translation>De mailserver weigerde mail van je internetverbinding, omdat het adres ervan op een lijst staat van adressen die bekendstaan om ongewenste mail.</translation>
    </message>
    <message>
        <source>The mail server does not take mail straight from a home internet connection, so your mail program needs to send through your provider&apos;s server and sign in.</source>
        <translation>De mailserver neemt geen mail rechtstreeks van een thuisverbinding aan, dus je mailprogramma moet via de server van je provider versturen en inloggen.</translation>
    </message>
    <message>
        <source>The mail server is refusing mail from your internet connection for now because it noticed unusual activity from its address.</source>
        <translation>De mailserver weigert voorlopig mail van je internetverbinding, omdat hij ongewone activiteit vanaf dat adres heeft gezien.</translation>
    </message>
    <message>
        <source>Your mail server lets your mail program send only after it has checked for new mail or signed in.</source>
        <translation>Je mailserver laat je mailprogramma pas versturen nadat het nieuwe mail heeft opgehaald of heeft ingelogd.</translation>
    </message>
    <message>
        <source>Your mail program sent its steps to the mail server in an order the server did not accept.</source>
        <translation>Je mailprogramma stuurde zijn stappen naar de mailserver in een volgorde die de server niet accepteerde.</translation>
    </message>
    <message>
        <source>Your mail program waited for the mail server but got no answer in time.</source>
        <translation>Je mailprogramma wachtte op de mailserver, maar kreeg niet op tijd antwoord.</translation>
    </message>
    <message>
        <source>Your mail program could not connect to the mail server.</source>
        <translation>Je mailprogramma kon geen verbinding maken met de mailserver.</translation>
    </message>
    <message>
        <source>The connection to the mail server broke off while your mail program was sending.</source>
        <translation>De verbinding met de mailserver werd verbroken terwijl je mailprogramma aan het versturen was.</translation>
    </message>
    <message>
        <source>Your mail program could not find the mail server by the name in its settings.</source>
        <translation>Je mailprogramma kon de mailserver niet vinden onder de naam in zijn instellingen.</translation>
    </message>
    <message>
        <source>Sending from mail programs is turned off for your mailbox, and only the person who manages your email can turn it on for your mailbox.</source>
        <translation>Versturen vanuit mailprogramma’s is uitgeschakeld voor je mailbox. Alleen de persoon die je e-mail beheert, kan het voor je mailbox inschakelen.</translation>
    </message>
    <message>
        <source>Sending from mail programs is turned off for your whole organisation, and only its administrator can turn it on, for everyone or just for your mailbox.</source>
        <translation>Versturen vanuit mailprogramma’s is uitgeschakeld voor je hele organisatie. Alleen de beheerder kan het inschakelen, voor iedereen of alleen voor je mailbox.</translation>
    </message>
    <message>
        <source>The mail server could not find the domain of your sender address, the part after the @, so check that the address is typed correctly.</source>
        <translation>De mailserver kon het domein van je afzenderadres (het deel na de @) niet vinden. Controleer of het adres goed is getypt.</translation>
    </message>
    <message>
        <source>Your mail provider does not send mail for the domain of your sender address, so use an address that belongs to your account or ask the person who manages your email to add the domain.</source>
        <translation>Je mailprovider verstuurt geen mail voor het domein van je afzenderadres. Gebruik een adres dat bij je account hoort, of vraag de persoon die je e-mail beheert om het domein toe te voegen.</translation>
    </message>
    <message>
        <source>Your account has reached the number of messages your mail provider lets it send in an hour or a day, so sending works again after a while.</source>
        <translation>Je account heeft het aantal berichten bereikt dat je mailprovider per uur of per dag laat versturen. Na een tijdje werkt versturen weer.</translation>
    </message>
    <message>
        <source>Your mail provider has stopped your account from sending, usually because unwanted mail was sent from it, so change your password and ask your provider or the person who manages your email to lift the block.</source>
        <translation>Je mailprovider heeft versturen vanaf je account geblokkeerd, meestal omdat er ongewenste mail mee is verstuurd. Wijzig je wachtwoord en vraag je provider of de persoon die je e-mail beheert om de blokkade op te heffen.</translation>
    </message>
    <message>
        <source>The mail server refused the name your computer gives when your mail program connects, often because the name has an underscore or letters outside the English alphabet.</source>
        <translation>De mailserver weigerde de naam die je computer doorgeeft als je mailprogramma verbinding maakt, vaak omdat de naam een liggend streepje of letters buiten het Engelse alfabet bevat.</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>  explain TEXT [--json]
                   Say what an error message from a mail program means (no network use).
</source>
        <translation>  explain TEXT [--json]
                   Zegt wat een foutmelding van een mailprogramma betekent (zonder
                   netwerk).
</translation>
    </message>
    <message>
        <source>give the error message your mail program showed, in quotes</source>
        <translation>geef de foutmelding van je mailprogramma op, tussen aanhalingstekens</translation>
    </message>
    <message>
        <source>MailFix does not recognise this message; run diagnose to find out more.</source>
        <translation>MailFix herkent deze melding niet; voer diagnose uit om meer te weten te komen.</translation>
    </message>
    <message>
        <source>Reply code:</source>
        <translation>Antwoordcode:</translation>
    </message>
    <message>
        <source>Enhanced code:</source>
        <translation>Uitgebr. code:</translation>
    </message>
    <message>
        <source>Server&apos;s words:</source>
        <translation>Serverantwoord:</translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation>Mailserver:</translation>
    </message>
    <message>
        <source>Mail program:</source>
        <translation>Mailprogramma:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Bevindingen:</translation>
    </message>
</context>
<context>
    <name>ExportAccount</name>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>“%1” is geen e-mailadres</translation>
    </message>
    <message>
        <source>sign-in with OAuth2 cannot be put into a setup file: add the account with the mail program&apos;s own sign-in for this provider instead</source>
        <translation>inloggen met OAuth2 kan niet in een instelbestand worden gezet: voeg het account in plaats daarvan toe met de eigen inlogfunctie van het mailprogramma voor deze provider</translation>
    </message>
    <message>
        <source>both the incoming and the outgoing server are needed</source>
        <translation>zowel de inkomende als de uitgaande server is nodig</translation>
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
                   Schrijft de gecontroleerde instellingen naar bestanden, nooit met een
                   wachtwoord: een instelprofiel voor Apple Mail (Mac, iPhone, iPad),
                   een PRF-bestand voor de klassieke Outlook (outlook.exe /importprf
                   FILE; de nieuwe Outlook accepteert dat niet), en een kaart van één
                   pagina met de instellingen en de getekende stappen voor een
                   programma, om naar een gebruiker te sturen (--incoming is optioneel
                   voor de kaart). --settings: de uitgaande server; --incoming: de
                   inkomende, HOST:PORT:SECURITY:AUTH met --incoming-protocol (standaard
                   imap), of HOST:PORT:SECURITY:PROTOCOL.
</translation>
    </message>
    <message>
        <source>--address is required (the email address of the account)</source>
        <translation>--address is verplicht (het e-mailadres van het account)</translation>
    </message>
    <message>
        <source>--settings is required (e.g. smtp.example.com:587:starttls:normal-password)</source>
        <translation>--settings is verplicht (bijv. smtp.example.com:587:starttls:normal-password)</translation>
    </message>
    <message>
        <source>--user is required (the user name to sign in with, usually the email address)</source>
        <translation>--user is verplicht (de gebruikersnaam om mee in te loggen, meestal het e-mailadres)</translation>
    </message>
    <message>
        <source>unknown incoming protocol &quot;%1&quot; (use imap or pop3)</source>
        <translation>onbekend protocol voor inkomende mail “%1” (gebruik imap of pop3)</translation>
    </message>
    <message>
        <source>mailfix-cli export: cannot write &quot;%1&quot;: %2
</source>
        <translation>mailfix-cli export: “%1” kan niet worden geschreven: %2
</translation>
    </message>
    <message>
        <source>mailfix-cli export: no Apple Mail profile: %1
</source>
        <translation>mailfix-cli export: geen Apple Mail-profiel: %1
</translation>
    </message>
    <message>
        <source>Wrote the Apple Mail profile to %1
</source>
        <translation>Het Apple Mail-profiel is geschreven naar %1
</translation>
    </message>
    <message>
        <source>  Open it on the Mac, iPhone or iPad and install it (Mac: System Settings &gt; Privacy &amp; Security &gt; Profiles). It adds a new account; it cannot change the old one, so remove the old account for %1 afterwards. Mail asks for the password.
</source>
        <translation>  Open het op de Mac, iPhone of iPad en installeer het (Mac: Systeeminstellingen &gt; Privacy en beveiliging &gt; Profielen). Het voegt een nieuw account toe; het kan het oude account niet wijzigen, dus verwijder daarna het oude account voor %1. Mail vraagt om het wachtwoord.
</translation>
    </message>
    <message>
        <source>  Apple&apos;s profile has one switch, &quot;Use SSL&quot;, for SSL/TLS and STARTTLS alike: it is on for both; Mail picks the kind itself.
</source>
        <translation>  Het profiel van Apple heeft één schakelaar, “Use SSL”, voor zowel SSL/TLS als STARTTLS: die staat voor beide aan; Mail kiest zelf de soort.
</translation>
    </message>
    <message>
        <source>mailfix-cli export: no PRF file: %1
</source>
        <translation>mailfix-cli export: geen PRF-bestand: %1
</translation>
    </message>
    <message>
        <source>Wrote the Outlook profile file (PRF) to %1
</source>
        <translation>Het Outlook-profielbestand (PRF) is geschreven naar %1
</translation>
    </message>
    <message>
        <source>  For classic Outlook for Windows, with Outlook closed: outlook.exe /importprf &quot;%1&quot;. The new Outlook does not accept PRF files: for it, use the drawn guide (mailfix-cli guide --program outlook --version new).
</source>
        <translation>  Voor de klassieke Outlook voor Windows, met Outlook gesloten: outlook.exe /importprf &quot;%1&quot;. De nieuwe Outlook accepteert geen PRF-bestanden: gebruik daarvoor de getekende handleiding (mailfix-cli guide --program outlook --version new).
</translation>
    </message>
    <message>
        <source>--settings-card takes a .pdf or .html file, not &quot;%1&quot;</source>
        <translation>--settings-card accepteert een .pdf- of .html-bestand, niet “%1”</translation>
    </message>
    <message>
        <source>mailfix-cli export: cannot draw the card: the program was started without Qt Gui
</source>
        <translation>mailfix-cli export: de kaart kan niet worden getekend: het programma is zonder Qt Gui gestart
</translation>
    </message>
    <message>
        <source>Wrote the settings card for %1 (%2 steps) to %3
</source>
        <translation>De instellingenkaart voor %1 (%2 stappen) is geschreven naar %3
</translation>
    </message>
    <message>
        <source>export takes no password: the files it writes never hold one</source>
        <translation>export accepteert geen wachtwoord: de bestanden die het schrijft, bevatten er nooit een</translation>
    </message>
    <message>
        <source>say what to write: --mobileconfig FILE, --prf FILE or --settings-card FILE</source>
        <translation>geef op wat er geschreven moet worden: --mobileconfig FILE, --prf FILE of --settings-card FILE</translation>
    </message>
    <message>
        <source>--settings-card needs --program (the mail program whose steps it shows)</source>
        <translation>--settings-card heeft --program nodig (het mailprogramma waarvan de kaart de stappen toont)</translation>
    </message>
    <message>
        <source>--incoming is required for --mobileconfig and --prf: the account they set up needs its incoming server (e.g. imap.example.com:993:tls:normal-password)</source>
        <translation>--incoming is verplicht voor --mobileconfig en --prf: het account dat ze instellen, heeft een inkomende server nodig (bijv. imap.example.com:993:tls:normal-password)</translation>
    </message>
</context>
<context>
    <name>FixPage</name>
    <message>
        <source>Fix it</source>
        <translation>Oplossen</translation>
    </message>
    <message>
        <source>Change these settings in %1, then click Next to check again.</source>
        <translation>Wijzig deze instellingen in %1 en klik daarna op Volgende om opnieuw te controleren.</translation>
    </message>
    <message>
        <source>MailFix has no settings to suggest, because no server answered. Check your internet connection, then go back and check again.</source>
        <translation>MailFix heeft geen instellingen om voor te stellen, omdat geen enkele server antwoordde. Controleer je internetverbinding, ga terug en controleer opnieuw.</translation>
    </message>
    <message>
        <source>Version of your mail program</source>
        <translation>Versie van je mailprogramma</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>Ve&amp;rsie:</translation>
    </message>
    <message>
        <source>Show the steps for several accounts</source>
        <translation>De stappen voor meerdere accounts tonen</translation>
    </message>
    <message>
        <source>&amp;Save guide...</source>
        <translation>Handleiding op&amp;slaan…</translation>
    </message>
    <message>
        <source>Save the guide</source>
        <translation>De handleiding opslaan</translation>
    </message>
    <message>
        <source>As a &amp;web page (HTML)...</source>
        <translation>Als &amp;webpagina (HTML)…</translation>
    </message>
    <message>
        <source>As a &amp;PDF...</source>
        <translation>Als &amp;pdf…</translation>
    </message>
    <message>
        <source>Some guides could not be read:</source>
        <translation>Sommige handleidingen konden niet worden gelezen:</translation>
    </message>
    <message>
        <source>Several accounts</source>
        <translation>Meerdere accounts</translation>
    </message>
    <message>
        <source>Type the names of the accounts whose outgoing settings you want to change, one a line (as your mail program lists them, usually the email address). The steps for each account are repeated.</source>
        <translation>Typ de namen van de accounts waarvan je de instellingen voor uitgaande mail wilt wijzigen, één per regel (zoals je mailprogramma ze toont, meestal het e-mailadres). De stappen worden voor elk account herhaald.</translation>
    </message>
    <message>
        <source>Picture of step %1</source>
        <translation>Afbeelding van stap %1</translation>
    </message>
    <message>
        <source>Your settings work. There is nothing to change in %1.</source>
        <translation>Je instellingen werken. Er hoeft niets te veranderen in %1.</translation>
    </message>
    <message>
        <source>The problem is not in %1&apos;s settings, so there is nothing to change there.</source>
        <translation>Het probleem zit niet in de instellingen van %1, dus daar hoeft niets te veranderen.</translation>
    </message>
    <message>
        <source>MailFix could not test these settings completely, so they may still need a change.</source>
        <translation>MailFix kon deze instellingen niet helemaal testen, dus misschien moet er toch nog iets veranderen.</translation>
    </message>
    <message>
        <source>There is no guide to save.</source>
        <translation>Er is geen handleiding om op te slaan.</translation>
    </message>
    <message>
        <source>MailFix guide</source>
        <translation>MailFix-handleiding</translation>
    </message>
    <message>
        <source>Save the guide as a web page</source>
        <translation>De handleiding opslaan als webpagina</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
    <message>
        <source>Save the guide as a PDF</source>
        <translation>De handleiding opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to put the folder of pictures</source>
        <translation>Kies waar de map met afbeeldingen moet komen</translation>
    </message>
    <message>
        <source>The guide was not saved</source>
        <translation>De handleiding is niet opgeslagen</translation>
    </message>
    <message>
        <source>MailFix could not save the guide: %1
Try another folder.</source>
        <translation>MailFix kon de handleiding niet opslaan: %1
Probeer een andere map.</translation>
    </message>
    <message>
        <source>Several a&amp;ccounts...</source>
        <translation>Meerdere a&amp;ccounts…</translation>
    </message>
    <message>
        <source>As p&amp;ictures (a folder of PNG files)...</source>
        <translation>Als &amp;afbeeldingen (een map met PNG-bestanden)…</translation>
    </message>
    <message>
        <source>%1 already uses these settings. There is nothing to change there.</source>
        <translation>%1 gebruikt deze instellingen al. Daar hoeft niets te veranderen.</translation>
    </message>
    <message>
        <source>your mail program</source>
        <translation>je mailprogramma</translation>
    </message>
    <message>
        <source>Save a setup profile for Apple Mail...</source>
        <translation>Een instelprofiel voor Apple Mail opslaan…</translation>
    </message>
    <message>
        <source>A file that sets up the account in Mail on the Mac, iPhone or iPad with these settings. Install it, then remove the old account.</source>
        <translation>Een bestand dat het account in Mail op de Mac, iPhone of iPad instelt met deze instellingen. Installeer het en verwijder daarna het oude account.</translation>
    </message>
    <message>
        <source>&amp;Fix it for me...</source>
        <translation>&amp;Los het voor me op…</translation>
    </message>
    <message>
        <source>MailFix writes these settings into Thunderbird for you, after showing what changes. It keeps a copy of the old settings, so you can undo it.</source>
        <translation>MailFix schrijft deze instellingen voor je in Thunderbird, nadat het heeft laten zien wat er verandert. Het bewaart een kopie van de oude instellingen, zodat je het ongedaan kunt maken.</translation>
    </message>
    <message>
        <source>Incoming server:</source>
        <translation>Inkomende server:</translation>
    </message>
    <message>
        <source>Incoming port:</source>
        <translation>Inkomende poort:</translation>
    </message>
    <message>
        <source>Outgoing server:</source>
        <translation>Uitgaande server:</translation>
    </message>
    <message>
        <source>Outgoing port:</source>
        <translation>Uitgaande poort:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopiëren</translation>
    </message>
    <message>
        <source>Copies %1 so you can paste it into %2.</source>
        <translation>Kopieert %1, zodat je het in %2 kunt plakken.</translation>
    </message>
    <message>
        <source>Save the setup profile for Apple Mail</source>
        <translation>Het instelprofiel voor Apple Mail opslaan</translation>
    </message>
    <message>
        <source>Configuration profile (*.mobileconfig)</source>
        <translation>Configuratieprofiel (*.mobileconfig)</translation>
    </message>
    <message>
        <source>No setup profile</source>
        <translation>Geen instelprofiel</translation>
    </message>
    <message>
        <source>MailFix cannot make a setup profile: %1</source>
        <translation>MailFix kan geen instelprofiel maken: %1</translation>
    </message>
    <message>
        <source>The profile was not saved</source>
        <translation>Het profiel is niet opgeslagen</translation>
    </message>
    <message>
        <source>MailFix could not save the profile: %1
Try another folder.</source>
        <translation>MailFix kon het profiel niet opslaan: %1
Probeer een andere map.</translation>
    </message>
    <message>
        <source>The steps to fix it</source>
        <translation>De stappen om het op te lossen</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Stap %1</translation>
    </message>
    <message>
        <source>Click to see the picture larger.</source>
        <translation>Klik om de afbeelding groter te zien.</translation>
    </message>
    <message>
        <source>Install the setup profile</source>
        <translation>Het instelprofiel installeren</translation>
    </message>
    <message>
        <source>The setup profile was saved as %1.</source>
        <translation>Het instelprofiel is opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Install it, then remove the old account: the profile adds a new account, with Use TLS/SSL on. It cannot change the account you have now.</source>
        <translation>Installeer het en verwijder daarna het oude account: het profiel voegt een nieuw account toe, met “Gebruik TLS/SSL” aan. Het kan het account dat je nu hebt niet wijzigen.</translation>
    </message>
    <message>
        <source>Install it, then remove the old account: the profile adds a new account. It cannot change the account you have now.</source>
        <translation>Installeer het en verwijder daarna het oude account: het profiel voegt een nieuw account toe. Het kan het account dat je nu hebt niet wijzigen.</translation>
    </message>
    <message>
        <source>The steps to install the setup profile</source>
        <translation>De stappen om het instelprofiel te installeren</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>the key %1 is missing</source>
        <translation>de sleutel %1 ontbreekt</translation>
    </message>
    <message>
        <source>must be a text in quotes</source>
        <translation>moet een tekst tussen aanhalingstekens zijn</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>moet een geheel getal van %1 tot %2 zijn</translation>
    </message>
    <message>
        <source>must be a list of texts, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>moet een lijst van teksten zijn, bijv. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>unknown key %1 (known here: %2)</source>
        <translation>onbekende sleutel %1 (hier bekend: %2)</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} (known: %2)</source>
        <translation>onbekende plaatsaanduiding {%1} (bekend: %2)</translation>
    </message>
    <message>
        <source>a { or } without its partner</source>
        <translation>een { of } zonder tegenhanger</translation>
    </message>
    <message>
        <source>must be true, false, or a condition such as &quot;security=tls|starttls&quot; or &quot;auth!=none&quot;</source>
        <translation>moet true, false of een voorwaarde zijn, zoals &quot;security=tls|starttls&quot; of &quot;auth!=none&quot;</translation>
    </message>
    <message>
        <source>unknown value %1 for %2 (known: %3)</source>
        <translation>onbekende waarde %1 voor %2 (bekend: %3)</translation>
    </message>
    <message>
        <source>unknown need %1 (known: %2)</source>
        <translation>onbekende behoefte %1 (bekend: %2)</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>moet een van %1 zijn</translation>
    </message>
    <message>
        <source>must be an object { ... }</source>
        <translation>moet een object { ... } zijn</translation>
    </message>
    <message>
        <source>unknown widget type %1 (known: %2)</source>
        <translation>onbekend widgettype %1 (bekend: %2)</translation>
    </message>
    <message>
        <source>needs four numbers [x, y, width, height]</source>
        <translation>heeft vier getallen nodig [x, y, breedte, hoogte]</translation>
    </message>
    <message>
        <source>width and height must be more than 0</source>
        <translation>breedte en hoogte moeten groter dan 0 zijn</translation>
    </message>
    <message>
        <source>lies outside the dialog (%1 x %2)</source>
        <translation>ligt buiten het dialoogvenster (%1 x %2)</translation>
    </message>
    <message>
        <source>must be a list of column widths, e.g. [200, 120]</source>
        <translation>moet een lijst van kolombreedten zijn, bijv. [200, 120]</translation>
    </message>
    <message>
        <source>must be a list of indent levels from 0 to 10, one a row</source>
        <translation>moet een lijst van inspringniveaus van 0 tot 10 zijn, één per rij</translation>
    </message>
    <message>
        <source>must be a list of rows</source>
        <translation>moet een lijst van rijen zijn</translation>
    </message>
    <message>
        <source>a row is a text, or a list of texts (one a column)</source>
        <translation>een rij is een tekst, of een lijst van teksten (één per kolom)</translation>
    </message>
    <message>
        <source>must be &quot;tabs&quot; or &quot;segmented&quot;</source>
        <translation>moet &quot;tabs&quot; of &quot;segmented&quot; zijn</translation>
    </message>
    <message>
        <source>must be one of &quot;white&quot;, &quot;window&quot;, &quot;sidebar&quot;, &quot;accent&quot;, &quot;header&quot;</source>
        <translation>moet &quot;white&quot;, &quot;window&quot;, &quot;sidebar&quot;, &quot;accent&quot; of &quot;header&quot; zijn</translation>
    </message>
    <message>
        <source>must be &quot;list&quot; or &quot;sidebar&quot;</source>
        <translation>moet &quot;list&quot; of &quot;sidebar&quot; zijn</translation>
    </message>
    <message>
        <source>needs at least one item</source>
        <translation>heeft minstens één item nodig</translation>
    </message>
    <message>
        <source>there is no item %1 (the first is 0)</source>
        <translation>er is geen item %1 (het eerste is 0)</translation>
    </message>
    <message>
        <source>there is no row %1 (the first is 0)</source>
        <translation>er is geen rij %1 (de eerste is 0)</translation>
    </message>
    <message>
        <source>has more cells than there are columns</source>
        <translation>heeft meer cellen dan er kolommen zijn</translation>
    </message>
    <message>
        <source>needs one title for each column</source>
        <translation>heeft een titel voor elke kolom nodig</translation>
    </message>
    <message>
        <source>needs one indent for each row</source>
        <translation>heeft een inspringing voor elke rij nodig</translation>
    </message>
    <message>
        <source>needs one icon for each item</source>
        <translation>heeft een pictogram voor elk item nodig</translation>
    </message>
    <message>
        <source>needs one shortcut (or &quot;&quot;) for each item</source>
        <translation>heeft een sneltoets (of &quot;&quot;) voor elk item nodig</translation>
    </message>
    <message>
        <source>a %1 needs a text</source>
        <translation>een %1 heeft een tekst nodig</translation>
    </message>
    <message>
        <source>a dialog with a title bar needs a title</source>
        <translation>een dialoogvenster met titelbalk heeft een titel nodig</translation>
    </message>
    <message>
        <source>needs two numbers [width, height], each from 40 to 2000</source>
        <translation>heeft twee getallen nodig [breedte, hoogte], elk van 40 tot 2000</translation>
    </message>
    <message>
        <source>is missing: &quot;windows&quot;, &quot;gtk&quot; or &quot;macos&quot;</source>
        <translation>ontbreekt: &quot;windows&quot;, &quot;gtk&quot; of &quot;macos&quot;</translation>
    </message>
    <message>
        <source>needs a list of widgets</source>
        <translation>heeft een lijst van widgets nodig</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>de id %1 wordt twee keer gebruikt</translation>
    </message>
    <message>
        <source>use small letters, digits and - only</source>
        <translation>gebruik alleen kleine letters, cijfers en -</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>needs at least one of %1</source>
        <translation>heeft minstens een van %1 nodig</translation>
    </message>
    <message>
        <source>must be a list of items</source>
        <translation>moet een lijst van items zijn</translation>
    </message>
    <message>
        <source>no widget of this step&apos;s dialog has callout %1</source>
        <translation>geen enkele widget in het dialoogvenster van deze stap heeft markering %1</translation>
    </message>
    <message>
        <source>callout %1 is on a widget but no item of the step explains it</source>
        <translation>markering %1 staat op een widget, maar geen item van de stap legt haar uit</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;%1&quot;: &quot;...&quot;}</source>
        <translation>moet een object zijn zoals {&quot;%1&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>regel %1, kolom %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>geen geldige JSON bij %1: %2</translation>
    </message>
    <message>
        <source>a guide must be a JSON object { ... }</source>
        <translation>een handleiding moet een JSON-object { ... } zijn</translation>
    </message>
    <message>
        <source>must be %1 (this MailFix reads guides of format %1)</source>
        <translation>moet %1 zijn (deze MailFix leest handleidingen in formaat %1)</translation>
    </message>
    <message>
        <source>use small letters, digits and - only, e.g. &quot;thunderbird&quot;</source>
        <translation>gebruik alleen kleine letters, cijfers en -, bijv. &quot;thunderbird&quot;</translation>
    </message>
    <message>
        <source>use small letters, digits and - only, e.g. &quot;115&quot;</source>
        <translation>gebruik alleen kleine letters, cijfers en -, bijv. &quot;115&quot;</translation>
    </message>
    <message>
        <source>must be an object with &quot;security&quot; and &quot;auth&quot;</source>
        <translation>moet een object met &quot;security&quot; en &quot;auth&quot; zijn</translation>
    </message>
    <message>
        <source>steps: needs a list of steps</source>
        <translation>steps: heeft een lijst van stappen nodig</translation>
    </message>
</context>
<context>
    <name>Guide/apple-mail</name>
    <message>
        <source>About Mail</source>
        <translation>Over Mail</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>Accountgegevens</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Accounts...</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Identiteitscontrole:</translation>
    </message>
    <message>
        <source>Automatically manage connection settings</source>
        <translation>Beheer verbindingsinstellingen automatisch</translation>
    </message>
    <message>
        <source>Check that Email Address is {address}. If it is not, choose it there, or choose Edit Email Addresses... to add it.</source>
        <translation>Controleer of bij E-mailadres {address} staat. Zo niet, kies het daar, of kies Wijzig e-mailadressen… om het toe te voegen.</translation>
    </message>
    <message>
        <source>Choose Preferences...</source>
        <translation>Kies Voorkeuren…</translation>
    </message>
    <message>
        <source>Choose Settings...</source>
        <translation>Kies Instellingen…</translation>
    </message>
    <message>
        <source>Choose your account.</source>
        <translation>Kies je account.</translation>
    </message>
    <message>
        <source>Click Accounts.</source>
        <translation>Klik op Accounts.</translation>
    </message>
    <message>
        <source>Click Mail in the menu bar at the top of the screen.</source>
        <translation>Klik op Mail in de menubalk bovenaan het scherm.</translation>
    </message>
    <message>
        <source>Click Save.</source>
        <translation>Klik op Bewaar.</translation>
    </message>
    <message>
        <source>Click Server Settings.</source>
        <translation>Klik op Serverinstellingen.</translation>
    </message>
    <message>
        <source>Click your account, {account}, in the list on the left.</source>
        <translation>Klik op je account, {account}, in de lijst links.</translation>
    </message>
    <message>
        <source>Close the Accounts window, then send yourself a test message.</source>
        <translation>Sluit het venster Accounts en stuur jezelf daarna een testbericht.</translation>
    </message>
    <message>
        <source>Composing</source>
        <translation>Opstellen</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Email Address:</source>
        <translation>E-mailadres:</translation>
    </message>
    <message>
        <source>Enable this account</source>
        <translation>Schakel deze account in</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensies</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Fonts &amp; Colors</source>
        <translation>Lettertypen en kleuren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Opmaak</translation>
    </message>
    <message>
        <source>Full Name:</source>
        <translation>Volledige naam:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Hide Mail</source>
        <translation>Verberg Mail</translation>
    </message>
    <message>
        <source>Hide Others</source>
        <translation>Verberg andere</translation>
    </message>
    <message>
        <source>Host Name:</source>
        <translation>Hostnaam:</translation>
    </message>
    <message>
        <source>In Mail, open Mail &gt; Preferences.</source>
        <translation>Open in Mail Mail &gt; Voorkeuren.</translation>
    </message>
    <message>
        <source>In Mail, open Mail &gt; Settings.</source>
        <translation>Open in Mail Mail &gt; Instellingen.</translation>
    </message>
    <message>
        <source>Incoming Mail Server (IMAP)</source>
        <translation>Server inkomende post (IMAP)</translation>
    </message>
    <message>
        <source>Junk Mail</source>
        <translation>Ongewenste post</translation>
    </message>
    <message>
        <source>MD5 Challenge-Response</source>
        <translation>MD5-challenge-response</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Mail on macOS 12 Monterey and earlier</source>
        <translation>Mail op macOS 12 Monterey en ouder</translation>
    </message>
    <message>
        <source>Mail on macOS 13 Ventura and later</source>
        <translation>Mail op macOS 13 Ventura en nieuwer</translation>
    </message>
    <message>
        <source>Mail opens your provider&apos;s sign-in page: sign in there.</source>
        <translation>Mail opent de inlogpagina van je provider: log daar in.</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postbus</translation>
    </message>
    <message>
        <source>Mailbox Behaviors</source>
        <translation>Postbusgedrag</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>On the Server Settings tab, under Outgoing Mail Server (SMTP):</source>
        <translation>Op het tabblad Serverinstellingen, onder Server uitgaande post (SMTP):</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Outgoing Mail Server (SMTP)</source>
        <translation>Server uitgaande post (SMTP)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>Preferences...</source>
        <translation>Voorkeuren…</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Quit Mail</source>
        <translation>Stop Mail</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaar</translation>
    </message>
    <message>
        <source>Server Settings</source>
        <translation>Serverinstellingen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Voorzieningen</translation>
    </message>
    <message>
        <source>Set Authentication to {auth}.</source>
        <translation>Zet Identiteitscontrole op {auth}.</translation>
    </message>
    <message>
        <source>Set Host Name to {host}.</source>
        <translation>Zet Hostnaam op {host}.</translation>
    </message>
    <message>
        <source>Set Port to {port}.</source>
        <translation>Zet Poort op {port}.</translation>
    </message>
    <message>
        <source>Set User Name to {username}.</source>
        <translation>Zet Gebruikersnaam op {username}.</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Toon alles</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Tick &quot;Use TLS/SSL&quot;.</source>
        <translation>Schakel “Gebruik TLS/SSL” in.</translation>
    </message>
    <message>
        <source>Type your password again in Password.</source>
        <translation>Typ je wachtwoord opnieuw bij Wachtwoord.</translation>
    </message>
    <message>
        <source>Untick &quot;Automatically manage connection settings&quot;. Port, Use TLS/SSL and Authentication appear.</source>
        <translation>Schakel “Beheer verbindingsinstellingen automatisch” uit. Poort, Gebruik TLS/SSL en Identiteitscontrole verschijnen.</translation>
    </message>
    <message>
        <source>Untick &quot;Use TLS/SSL&quot;.</source>
        <translation>Schakel “Gebruik TLS/SSL” uit.</translation>
    </message>
    <message>
        <source>Use TLS/SSL</source>
        <translation>Gebruik TLS/SSL</translation>
    </message>
    <message>
        <source>Use TLS/SSL off</source>
        <translation>“Gebruik TLS/SSL” uit</translation>
    </message>
    <message>
        <source>User Name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Beeld</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Venster</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>Incoming Mail Server ({incomingProtocol})</source>
        <translation>Server inkomende post ({incomingProtocol})</translation>
    </message>
    <message>
        <source>On the Server Settings tab, under Incoming Mail Server ({incomingProtocol}):</source>
        <translation>Op het tabblad Serverinstellingen, onder Server inkomende post ({incomingProtocol}):</translation>
    </message>
    <message>
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <source>Set Host Name to {incomingHost}.</source>
        <translation>Zet Hostnaam op {incomingHost}.</translation>
    </message>
    <message>
        <source>Set Port to {incomingPort}.</source>
        <translation>Zet Poort op {incomingPort}.</translation>
    </message>
    <message>
        <source>Set User Name to {incomingUsername}.</source>
        <translation>Zet Gebruikersnaam op {incomingUsername}.</translation>
    </message>
    <message>
        <source>AOL</source>
        <translation>AOL</translation>
    </message>
    <message>
        <source>Add Account...</source>
        <translation>Voeg account toe…</translation>
    </message>
    <message>
        <source>Add Other Account...</source>
        <translation>Voeg ander account toe…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <source>Choose Microsoft Exchange for an Outlook.com or Microsoft 365 address, or Google for a Gmail address.</source>
        <translation>Kies Microsoft Exchange voor een Outlook.com- of Microsoft 365-adres, of Google voor een Gmail-adres.</translation>
    </message>
    <message>
        <source>Click + below the list of accounts.</source>
        <translation>Klik op + onder de lijst met accounts.</translation>
    </message>
    <message>
        <source>Click Add Account...</source>
        <translation>Klik op Voeg account toe…</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>If Authentication does not offer OAuth 2.0, add the account in Internet Accounts instead: macOS then signs in through Microsoft or Google.</source>
        <translation>Als Identiteitscontrole geen OAuth 2.0 aanbiedt, voeg het account dan toe in Internetaccounts: macOS logt dan in via Microsoft of Google.</translation>
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
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Berichtgeving</translation>
    </message>
    <message>
        <source>Open System Preferences from the Apple menu, then click Internet Accounts.</source>
        <translation>Open Systeemvoorkeuren via het Apple-menu en klik daarna op Internetaccounts.</translation>
    </message>
    <message>
        <source>Open System Settings from the Apple menu, then click Internet Accounts.</source>
        <translation>Open Systeeminstellingen via het Apple-menu en klik daarna op Internetaccounts.</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Wachtwoorden</translation>
    </message>
    <message>
        <source>Then remove the old account from Mail: in Mail &gt; Preferences &gt; Accounts, click it, then click −.</source>
        <translation>Verwijder daarna het oude account uit Mail: klik in Mail &gt; Voorkeuren &gt; Accounts op het account en daarna op −.</translation>
    </message>
    <message>
        <source>Then remove the old account from Mail: in Mail &gt; Settings &gt; Accounts, click it, then click −.</source>
        <translation>Verwijder daarna het oude account uit Mail: klik in Mail &gt; Instellingen &gt; Accounts op het account en daarna op −.</translation>
    </message>
    <message>
        <source>Type {address} and click Sign In. Sign in in the window of Microsoft or Google that opens, and keep Mail ticked.</source>
        <translation>Typ {address} en klik op Log in. Log in via het venster van Microsoft of Google dat opent, en laat Mail aangevinkt.</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wifi</translation>
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
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Click Install... and confirm with your Mac&apos;s password.</source>
        <translation>Klik op Installeer… en bevestig met het wachtwoord van je Mac.</translation>
    </message>
    <message>
        <source>Click OK. The new account then appears in Mail&apos;s list of accounts.</source>
        <translation>Klik op OK. Het nieuwe account verschijnt dan in de lijst met accounts van Mail.</translation>
    </message>
    <message>
        <source>Click the minus button (−) below the list, then Remove.</source>
        <translation>Klik op de minknop (−) onder de lijst en daarna op Verwijder.</translation>
    </message>
    <message>
        <source>Click the old account, {account}. The new account is the one at the bottom of the list.</source>
        <translation>Klik op het oude account, {account}. Het nieuwe account staat onderaan de lijst.</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Gedownload</translation>
    </message>
    <message>
        <source>Enter settings for the mail account</source>
        <translation>Voer instellingen in voor de mailaccount</translation>
    </message>
    <message>
        <source>Enter the password for {address}.</source>
        <translation>Voer het wachtwoord in voor {address}.</translation>
    </message>
    <message>
        <source>In Mail, open Mail &gt; Settings and click Accounts.</source>
        <translation>Open in Mail Mail &gt; Instellingen en klik op Accounts.</translation>
    </message>
    <message>
        <source>Install the setup profile in Mail on macOS 13 Ventura and later</source>
        <translation>Het instelprofiel installeren in Mail op macOS 13 Ventura en nieuwer</translation>
    </message>
    <message>
        <source>Install...</source>
        <translation>Installeer…</translation>
    </message>
    <message>
        <source>Mail settings for {address}</source>
        <translation>Mailinstellingen voor {address}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>On the Mac, double-click the saved file, then install it in System Settings.</source>
        <translation>Dubbelklik op de Mac op het opgeslagen bestand en installeer het daarna in Systeeminstellingen.</translation>
    </message>
    <message>
        <source>Open System Settings from the Apple menu and click Privacy &amp; Security, then Profiles. On macOS 15 and later, Profiles is under General &gt; Device Management.</source>
        <translation>Open Systeeminstellingen via het Apple-menu en klik op Privacy en beveiliging en daarna op Profielen. Op macOS 15 en nieuwer staat Profielen onder Algemeen &gt; Apparaatbeheer.</translation>
    </message>
    <message>
        <source>Privacy &amp; Security</source>
        <translation>Privacy en beveiliging</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <source>The mail account {address}, with the server settings MailFix checked.</source>
        <translation>Het mailaccount {address}, met de serverinstellingen die MailFix heeft gecontroleerd.</translation>
    </message>
    <message>
        <source>The profile added a new account; it cannot change the one you had. Remove the old account from Mail:</source>
        <translation>Het profiel heeft een nieuw account toegevoegd; het kan het account dat je had niet wijzigen. Verwijder het oude account uit Mail:</translation>
    </message>
    <message>
        <source>Type the password of {address}.</source>
        <translation>Typ het wachtwoord van {address}.</translation>
    </message>
    <message>
        <source>Type your email password when you are asked for it.</source>
        <translation>Typ je e-mailwachtwoord als erom wordt gevraagd.</translation>
    </message>
    <message>
        <source>Under Downloaded, double-click Mail settings for {address}.</source>
        <translation>Dubbelklik onder Gedownload op Mailinstellingen voor {address}.</translation>
    </message>
</context>
<context>
    <name>Guide/other</name>
    <message>
        <source>Any mail program</source>
        <translation>Elk mailprogramma</translation>
    </message>
    <message>
        <source>Check the account {account}.</source>
        <translation>Controleer het account {account}.</translation>
    </message>
    <message>
        <source>Make sure it sends through the outgoing server {host}.</source>
        <translation>Zorg dat het verstuurt via de uitgaande server {host}.</translation>
    </message>
    <message>
        <source>Make sure the account&apos;s email address is {address}.</source>
        <translation>Zorg dat het e-mailadres van het account {address} is.</translation>
    </message>
    <message>
        <source>Save the settings, then send yourself a test message.</source>
        <translation>Sla de instellingen op en stuur jezelf daarna een testbericht.</translation>
    </message>
    <message>
        <source>Sign-in: {auth}, with the user name {username}.</source>
        <translation>Inloggen: {auth}, met de gebruikersnaam {username}.</translation>
    </message>
    <message>
        <source>Incoming server ({incomingProtocol}): {incomingHost}. Port: {incomingPort}. Encryption: {incomingSecurity}. User name: {incomingUsername}.</source>
        <translation>Inkomende server ({incomingProtocol}): {incomingHost}. Poort: {incomingPort}. Versleuteling: {incomingSecurity}. Gebruikersnaam: {incomingUsername}.</translation>
    </message>
    <message>
        <source>Open your mail program&apos;s account settings.</source>
        <translation>Open de accountinstellingen van je mailprogramma.</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP): {host}. Port: {port}. Encryption: {security}.</source>
        <translation>Uitgaande server (SMTP): {host}. Poort: {port}. Versleuteling: {security}.</translation>
    </message>
</context>
<context>
    <name>Guide/outlook</name>
    <message>
        <source>+ Add Account</source>
        <translation>+ Account toevoegen</translation>
    </message>
    <message>
        <source>+ Add account</source>
        <translation>+ Account toevoegen</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Vorige</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>Accountgegevens</translation>
    </message>
    <message>
        <source>Account Name and Sync Settings</source>
        <translation>Accountnaam en synchronisatie-instellingen</translation>
    </message>
    <message>
        <source>Account Settings</source>
        <translation>Accountinstellingen</translation>
    </message>
    <message>
        <source>Account Settings ▾</source>
        <translation>Accountinstellingen ▾</translation>
    </message>
    <message>
        <source>Account Settings...</source>
        <translation>Accountinstellingen…</translation>
    </message>
    <message>
        <source>Account Type:</source>
        <translation>Accounttype:</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Accountgegevens</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <source>Add the account again: in Settings &gt; Accounts &gt; Email accounts, click Add account.</source>
        <translation>Voeg het account opnieuw toe: klik in Instellingen &gt; Accounts &gt; E-mailaccounts op Account toevoegen.</translation>
    </message>
    <message>
        <source>Add your email account</source>
        <translation>Je e-mailaccount toevoegen</translation>
    </message>
    <message>
        <source>Address Books</source>
        <translation>Adresboeken</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Geavanceerd</translation>
    </message>
    <message>
        <source>Automatically test account settings when Next is clicked</source>
        <translation>Accountinstellingen automatisch testen wanneer op Volgende wordt geklikt</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>Change Account</source>
        <translation>Account wijzigen</translation>
    </message>
    <message>
        <source>Change Profile</source>
        <translation>Profiel wijzigen</translation>
    </message>
    <message>
        <source>Change settings for this account or set up more connections.</source>
        <translation>Wijzig instellingen voor dit account of stel meer verbindingen in.</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Check that Email Address is {address}. If it is not, type it.</source>
        <translation>Controleer of bij E-mailadres {address} staat. Zo niet, typ het dan in.</translation>
    </message>
    <message>
        <source>Choose &quot;Use same settings as my incoming mail server&quot;.</source>
        <translation>Kies “Dezelfde instellingen gebruiken als voor de server voor inkomende e-mail”.</translation>
    </message>
    <message>
        <source>Choose Account Settings... in the list.</source>
        <translation>Kies Accountinstellingen… in de lijst.</translation>
    </message>
    <message>
        <source>Choose your account.</source>
        <translation>Kies je account.</translation>
    </message>
    <message>
        <source>Click Account Settings.</source>
        <translation>Klik op Accountinstellingen.</translation>
    </message>
    <message>
        <source>Click Accounts.</source>
        <translation>Klik op Accounts.</translation>
    </message>
    <message>
        <source>Click Change...</source>
        <translation>Klik op Wijzigen…</translation>
    </message>
    <message>
        <source>Click Continue.</source>
        <translation>Klik op Doorgaan.</translation>
    </message>
    <message>
        <source>Click Continue. If Outlook asks which kind of account it is, choose IMAP.</source>
        <translation>Klik op Doorgaan. Als Outlook vraagt wat voor account het is, kies dan IMAP.</translation>
    </message>
    <message>
        <source>Click Email accounts.</source>
        <translation>Klik op E-mailaccounts.</translation>
    </message>
    <message>
        <source>Click Finish, then Close in the Account Settings window.</source>
        <translation>Klik op Voltooien en daarna op Sluiten in het venster Accountinstellingen.</translation>
    </message>
    <message>
        <source>Click More Settings ...</source>
        <translation>Klik op Meer instellingen…</translation>
    </message>
    <message>
        <source>Click Next. Outlook tests the settings and sends itself a test message.</source>
        <translation>Klik op Volgende. Outlook test de instellingen en stuurt zichzelf een testbericht.</translation>
    </message>
    <message>
        <source>Click OK to close the Internet E-mail Settings window.</source>
        <translation>Klik op OK om het venster Instellingen voor internet-e-mail te sluiten.</translation>
    </message>
    <message>
        <source>Click Remove and confirm. Outlook removes the account from this computer only; with IMAP, your mail stays on the server.</source>
        <translation>Klik op Verwijderen en bevestig. Outlook verwijdert het account alleen van deze computer; met IMAP blijft je mail op de server.</translation>
    </message>
    <message>
        <source>Click the Advanced tab.</source>
        <translation>Klik op het tabblad Geavanceerd.</translation>
    </message>
    <message>
        <source>Click the Outgoing Server tab.</source>
        <translation>Klik op het tabblad Server voor uitgaande e-mail.</translation>
    </message>
    <message>
        <source>Click your account, {account}.</source>
        <translation>Klik op je account, {account}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Congratulations! All tests completed successfully. Click Close to continue.</source>
        <translation>Gefeliciteerd! Alle tests zijn voltooid. Klik op Sluiten om door te gaan.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Data Files</source>
        <translation>Gegevensbestanden</translation>
    </message>
    <message>
        <source>Do not save copies of sent items</source>
        <translation>Geen kopieën van verzonden items opslaan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail Accounts</source>
        <translation>E-mailaccounts</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Email Accounts</source>
        <translation>E-mailaccounts</translation>
    </message>
    <message>
        <source>Email Address:</source>
        <translation>E-mailadres:</translation>
    </message>
    <message>
        <source>Email accounts</source>
        <translation>E-mailaccounts</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Enter the mail server settings for your account.</source>
        <translation>Voer de instellingen van de e-mailserver voor uw account in.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Fill in the IMAP (incoming) settings as they were before.</source>
        <translation>Vul de IMAP-instellingen (inkomend) in zoals ze eerst waren.</translation>
    </message>
    <message>
        <source>Fill in the account&apos;s settings.</source>
        <translation>Vul de instellingen van het account in.</translation>
    </message>
    <message>
        <source>Fill in the settings for the incoming (IMAP) and outgoing (SMTP) servers.</source>
        <translation>Vul de instellingen in voor de inkomende (IMAP) en uitgaande (SMTP) server.</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Mappen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
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
        <translation>Inkomende IMAP-server</translation>
    </message>
    <message>
        <source>IMAP Password</source>
        <translation>IMAP-wachtwoord</translation>
    </message>
    <message>
        <source>IMAP Username</source>
        <translation>IMAP-gebruikersnaam</translation>
    </message>
    <message>
        <source>IMAP/SMTP</source>
        <translation>IMAP/SMTP</translation>
    </message>
    <message>
        <source>IMAP/SMTP (send from this account by default)</source>
        <translation>IMAP/SMTP (standaard verzenden vanaf dit account)</translation>
    </message>
    <message>
        <source>If a window titled &quot;IMAP Account Settings&quot; opens instead, the same settings are under &quot;Outgoing mail&quot; there. You can also go back and use the Control Panel: Mail (Microsoft Outlook) &gt; Email Accounts, which opens the window shown next.</source>
        <translation>Als in plaats daarvan een venster “IMAP-accountinstellingen” opent, staan dezelfde instellingen daar onder “Uitgaande e-mail”. Je kunt ook teruggaan en het Configuratiescherm gebruiken: E-mail (Microsoft Outlook) &gt; E-mailaccounts opent het venster dat hierna wordt getoond.</translation>
    </message>
    <message>
        <source>In Outlook 2010 and 2013, SSL means an encrypted connection from the start (usually port 465), and TLS means STARTTLS (usually port 587).</source>
        <translation>In Outlook 2010 en 2013 betekent SSL een verbinding die vanaf het begin versleuteld is (meestal poort 465), en TLS betekent STARTTLS (meestal poort 587).</translation>
    </message>
    <message>
        <source>In Outlook, click File at the top left, then Info.</source>
        <translation>Klik in Outlook linksboven op Bestand en daarna op Info.</translation>
    </message>
    <message>
        <source>In Outlook, click File at the top left.</source>
        <translation>Klik in Outlook linksboven op Bestand.</translation>
    </message>
    <message>
        <source>In the Change Account window (Outlook 2010 calls its page Internet E-mail Settings):</source>
        <translation>In het venster Account wijzigen (Outlook 2010 noemt deze pagina Instellingen voor internet-e-mail):</translation>
    </message>
    <message>
        <source>In the Internet E-mail Settings window, open the Outgoing Server tab.</source>
        <translation>Open in het venster Instellingen voor internet-e-mail het tabblad Server voor uitgaande e-mail.</translation>
    </message>
    <message>
        <source>In the new Outlook, click Settings (the gear at the top right of the window).</source>
        <translation>Klik in de nieuwe Outlook op Instellingen (het tandwiel rechtsboven in het venster).</translation>
    </message>
    <message>
        <source>In the window that opens (POP and IMAP Account Settings):</source>
        <translation>In het venster dat opent (Accountinstellingen voor POP en IMAP):</translation>
    </message>
    <message>
        <source>Inbox - {address} - Outlook</source>
        <translation>Postvak IN - {address} - Outlook</translation>
    </message>
    <message>
        <source>Incoming mail server:</source>
        <translation>Server voor inkomende e-mail:</translation>
    </message>
    <message>
        <source>Incoming server (IMAP):</source>
        <translation>Inkomende server (IMAP):</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Internet Calendars</source>
        <translation>Internetagenda’s</translation>
    </message>
    <message>
        <source>Internet E-mail Settings</source>
        <translation>Instellingen voor internet-e-mail</translation>
    </message>
    <message>
        <source>Log on to incoming mail server before sending mail</source>
        <translation>Eerst aanmelden bij de server voor inkomende e-mail</translation>
    </message>
    <message>
        <source>Log on using</source>
        <translation>Aanmelden met</translation>
    </message>
    <message>
        <source>Log onto incoming mail server (IMAP)</source>
        <translation>Aanmelden bij de server voor inkomende e-mail (IMAP)</translation>
    </message>
    <message>
        <source>Logon Information</source>
        <translation>Aanmeldingsgegevens</translation>
    </message>
    <message>
        <source>Long    1 minute</source>
        <translation>Lang    1 minuut</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Beheren</translation>
    </message>
    <message>
        <source>Manage Profiles</source>
        <translation>Profielen beheren</translation>
    </message>
    <message>
        <source>More Settings ...</source>
        <translation>Meer instellingen…</translation>
    </message>
    <message>
        <source>My outgoing server (SMTP) requires authentication</source>
        <translation>Voor de server voor uitgaande e-mail (SMTP) is verificatie vereist</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Volgende &gt;</translation>
    </message>
    <message>
        <source>Next to {account}, click Manage.</source>
        <translation>Klik naast {account} op Beheren.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Office Account</source>
        <translation>Office-account</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open &amp; Export</source>
        <translation>Openen en exporteren</translation>
    </message>
    <message>
        <source>Open the Advanced tab.</source>
        <translation>Open het tabblad Geavanceerd.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Outgoing Server</source>
        <translation>Server voor uitgaande e-mail</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP):</source>
        <translation>Server voor uitgaande e-mail (SMTP):</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP):</source>
        <translation>Uitgaande server (SMTP):</translation>
    </message>
    <message>
        <source>Outlook 2013 and 2010</source>
        <translation>Outlook 2013 en 2010</translation>
    </message>
    <message>
        <source>Outlook checks the settings and adds the account. Then send yourself a test message.</source>
        <translation>Outlook controleert de instellingen en voegt het account toe. Stuur jezelf daarna een testbericht.</translation>
    </message>
    <message>
        <source>Outlook for Microsoft 365, 2021, 2019 and 2016</source>
        <translation>Outlook voor Microsoft 365, 2021, 2019 en 2016</translation>
    </message>
    <message>
        <source>POP and IMAP Account Settings</source>
        <translation>Accountinstellingen voor POP en IMAP</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Published Calendars</source>
        <translation>Gepubliceerde agenda’s</translation>
    </message>
    <message>
        <source>RSS Feeds</source>
        <translation>RSS-feeds</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Wachtwoord onthouden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Repair...</source>
        <translation>Herstellen…</translation>
    </message>
    <message>
        <source>Require Secure Password Authentication (SPA)</source>
        <translation>Beveiligd-wachtwoordverificatie (SPA) vereist</translation>
    </message>
    <message>
        <source>Require logon using Secure Password Authentication (SPA)</source>
        <translation>Aanmelden met beveiligd-wachtwoordverificatie (SPA) vereist</translation>
    </message>
    <message>
        <source>Root folder path:</source>
        <translation>Pad naar hoofdmap:</translation>
    </message>
    <message>
        <source>SMTP Outgoing server</source>
        <translation>Uitgaande SMTP-server</translation>
    </message>
    <message>
        <source>SMTP Password</source>
        <translation>SMTP-wachtwoord</translation>
    </message>
    <message>
        <source>SMTP Username</source>
        <translation>SMTP-gebruikersnaam</translation>
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
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>Save Attachments</source>
        <translation>Bijlagen opslaan</translation>
    </message>
    <message>
        <source>Secure Password Authentication (SPA)</source>
        <translation>Beveiligd-wachtwoordverificatie (SPA)</translation>
    </message>
    <message>
        <source>Secure connection type</source>
        <translation>Type beveiligde verbinding</translation>
    </message>
    <message>
        <source>Send test e-mail message</source>
        <translation>Testbericht verzenden</translation>
    </message>
    <message>
        <source>Sent Items</source>
        <translation>Verzonden items</translation>
    </message>
    <message>
        <source>Server Information</source>
        <translation>Servergegevens</translation>
    </message>
    <message>
        <source>Server Port Numbers</source>
        <translation>Poortnummers van server</translation>
    </message>
    <message>
        <source>Server Settings</source>
        <translation>Serverinstellingen</translation>
    </message>
    <message>
        <source>Server Timeouts</source>
        <translation>Time-outs van server</translation>
    </message>
    <message>
        <source>Set &quot;Outgoing mail server (SMTP)&quot; to {host}.</source>
        <translation>Zet “Server voor uitgaande e-mail (SMTP)” op {host}.</translation>
    </message>
    <message>
        <source>Set &quot;Outgoing server (SMTP)&quot; to {port}. Do this after choosing the encryption: Outlook changes the number when the encryption changes.</source>
        <translation>Zet “Uitgaande server (SMTP)” op {port}. Doe dit nadat je de versleuteling hebt gekozen: Outlook verandert het nummer als de versleuteling verandert.</translation>
    </message>
    <message>
        <source>Set Port to {port}.</source>
        <translation>Zet Poort op {port}.</translation>
    </message>
    <message>
        <source>Set SMTP Outgoing server to {host}.</source>
        <translation>Zet Uitgaande SMTP-server op {host}.</translation>
    </message>
    <message>
        <source>Set SMTP Username to {username}.</source>
        <translation>Zet SMTP-gebruikersnaam op {username}.</translation>
    </message>
    <message>
        <source>Set Secure connection type to {security}.</source>
        <translation>Zet Type beveiligde verbinding op {security}.</translation>
    </message>
    <message>
        <source>Set User Name to {username}.</source>
        <translation>Zet Gebruikersnaam op {username}.</translation>
    </message>
    <message>
        <source>Set as Default</source>
        <translation>Als standaard instellen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>SharePoint Lists</source>
        <translation>SharePoint-lijsten</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>Social Network Accounts</source>
        <translation>Accounts voor sociale netwerken</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Sync your email account</source>
        <translation>Je e-mailaccount synchroniseren</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Test Account Settings</source>
        <translation>Accountinstellingen testen</translation>
    </message>
    <message>
        <source>Test Account Settings ...</source>
        <translation>Accountinstellingen testen…</translation>
    </message>
    <message>
        <source>The new Outlook always signs in to send. If your server sends only without signing in, use classic Outlook or another mail program.</source>
        <translation>De nieuwe Outlook logt altijd in om te versturen. Als je server alleen verstuurt zonder in te loggen, gebruik dan de klassieke Outlook of een ander mailprogramma.</translation>
    </message>
    <message>
        <source>The new Outlook cannot change the outgoing server of an IMAP or POP account once it is set up. Remove the account, then add it again with the right settings.</source>
        <translation>De nieuwe Outlook kan de uitgaande server van een IMAP- of POP-account niet meer wijzigen als het eenmaal is ingesteld. Verwijder het account en voeg het daarna opnieuw toe met de juiste instellingen.</translation>
    </message>
    <message>
        <source>The new Outlook for Windows</source>
        <translation>De nieuwe Outlook voor Windows</translation>
    </message>
    <message>
        <source>Tick &quot;My outgoing server (SMTP) requires authentication&quot;.</source>
        <translation>Vink “Voor de server voor uitgaande e-mail (SMTP) is verificatie vereist” aan.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Type your password again in the Password box.</source>
        <translation>Typ je wachtwoord opnieuw in het vak Wachtwoord.</translation>
    </message>
    <message>
        <source>Type your password in SMTP Password.</source>
        <translation>Typ je wachtwoord bij SMTP-wachtwoord.</translation>
    </message>
    <message>
        <source>Type {address}.</source>
        <translation>Typ {address}.</translation>
    </message>
    <message>
        <source>Under &quot;Outgoing server (SMTP)&quot;, set &quot;Use the following type of encrypted connection&quot; to {security}.</source>
        <translation>Zet onder “Uitgaande server (SMTP)” de optie “Het volgende type versleutelde verbinding gebruiken” op {security}.</translation>
    </message>
    <message>
        <source>Untick &quot;My outgoing server (SMTP) requires authentication&quot;.</source>
        <translation>Vink “Voor de server voor uitgaande e-mail (SMTP) is verificatie vereist” uit.</translation>
    </message>
    <message>
        <source>Use Defaults</source>
        <translation>Standaardwaarden</translation>
    </message>
    <message>
        <source>Use same settings as my incoming mail server</source>
        <translation>Dezelfde instellingen gebruiken als voor de server voor inkomende e-mail</translation>
    </message>
    <message>
        <source>Use the following type of encrypted connection:</source>
        <translation>Het volgende type versleutelde verbinding gebruiken:</translation>
    </message>
    <message>
        <source>User Information</source>
        <translation>Gebruikersgegevens</translation>
    </message>
    <message>
        <source>User Name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <source>We recommend that you test your account to ensure that the entries are correct.</source>
        <translation>We raden u aan uw account te testen om te controleren of de gegevens juist zijn.</translation>
    </message>
    <message>
        <source>When both tasks say Completed, click Close.</source>
        <translation>Als bij beide taken Voltooid staat, klik dan op Sluiten.</translation>
    </message>
    <message>
        <source>You can add or remove an account. You can select an account and change its settings.</source>
        <translation>U kunt een account toevoegen of verwijderen. U kunt een account selecteren en de instellingen ervan wijzigen.</translation>
    </message>
    <message>
        <source>Your Name:</source>
        <translation>Uw naam:</translation>
    </message>
    <message>
        <source>no sign-in</source>
        <translation>niet inloggen</translation>
    </message>
    <message>
        <source>sign in through Microsoft or your provider (OAuth2)</source>
        <translation>inloggen via Microsoft of je provider (OAuth2)</translation>
    </message>
    <message>
        <source>sign in through your provider (OAuth2)</source>
        <translation>inloggen via je provider (OAuth2)</translation>
    </message>
    <message>
        <source>sign in with a password</source>
        <translation>inloggen met een wachtwoord</translation>
    </message>
    <message>
        <source>Click OK.</source>
        <translation>Klik op OK.</translation>
    </message>
    <message>
        <source>Fill in the incoming ({incomingProtocol}) settings.</source>
        <translation>Vul de instellingen voor inkomende mail ({incomingProtocol}) in.</translation>
    </message>
    <message>
        <source>In Outlook 2010 and 2013, SSL means an encrypted connection from the start (usually port 993 for IMAP, 995 for POP3), and TLS means STARTTLS.</source>
        <translation>In Outlook 2010 en 2013 betekent SSL een verbinding die vanaf het begin versleuteld is (meestal poort 993 voor IMAP, 995 voor POP3), en TLS betekent STARTTLS.</translation>
    </message>
    <message>
        <source>In the Change Account window, change the incoming server:</source>
        <translation>Wijzig in het venster Account wijzigen de inkomende server:</translation>
    </message>
    <message>
        <source>In the Internet E-mail Settings window, open the Advanced tab.</source>
        <translation>Open in het venster Instellingen voor internet-e-mail het tabblad Geavanceerd.</translation>
    </message>
    <message>
        <source>In the window that opens (POP and IMAP Account Settings), change the incoming server:</source>
        <translation>Wijzig in het venster dat opent (Accountinstellingen voor POP en IMAP) de inkomende server:</translation>
    </message>
    <message>
        <source>Incoming server ({incomingProtocol}):</source>
        <translation>Inkomende server ({incomingProtocol}):</translation>
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
        <translation>Zet “Server voor inkomende e-mail” op {incomingHost}.</translation>
    </message>
    <message>
        <source>Set &quot;Incoming server ({incomingProtocol})&quot; to {incomingPort}. Do this after choosing the encryption: Outlook changes the number when the encryption changes.</source>
        <translation>Zet “Inkomende server ({incomingProtocol})” op {incomingPort}. Doe dit nadat je de versleuteling hebt gekozen: Outlook verandert het nummer als de versleuteling verandert.</translation>
    </message>
    <message>
        <source>Set Port to {incomingPort}.</source>
        <translation>Zet Poort op {incomingPort}.</translation>
    </message>
    <message>
        <source>Set Secure connection type to {incomingSecurity}.</source>
        <translation>Zet Type beveiligde verbinding op {incomingSecurity}.</translation>
    </message>
    <message>
        <source>Set User Name to {incomingUsername}.</source>
        <translation>Zet Gebruikersnaam op {incomingUsername}.</translation>
    </message>
    <message>
        <source>Set {incomingProtocol} Incoming server to {incomingHost}.</source>
        <translation>Zet Inkomende {incomingProtocol}-server op {incomingHost}.</translation>
    </message>
    <message>
        <source>Set {incomingProtocol} Username to {incomingUsername}.</source>
        <translation>Zet {incomingProtocol}-gebruikersnaam op {incomingUsername}.</translation>
    </message>
    <message>
        <source>Type your password in {incomingProtocol} Password.</source>
        <translation>Typ je wachtwoord bij {incomingProtocol}-wachtwoord.</translation>
    </message>
    <message>
        <source>Under &quot;Incoming server ({incomingProtocol})&quot;, set &quot;Use the following type of encrypted connection&quot; to {incomingSecurity}.</source>
        <translation>Zet onder “Inkomende server ({incomingProtocol})” de optie “Het volgende type versleutelde verbinding gebruiken” op {incomingSecurity}.</translation>
    </message>
    <message>
        <source>{incomingProtocol} Incoming server</source>
        <translation>Inkomende {incomingProtocol}-server</translation>
    </message>
    <message>
        <source>{incomingProtocol} Password</source>
        <translation>{incomingProtocol}-wachtwoord</translation>
    </message>
    <message>
        <source>{incomingProtocol} Username</source>
        <translation>{incomingProtocol}-gebruikersnaam</translation>
    </message>
    <message>
        <source>Add the account again, so that Outlook signs in through Microsoft or your provider.</source>
        <translation>Voeg het account opnieuw toe, zodat Outlook inlogt via Microsoft of je provider.</translation>
    </message>
    <message>
        <source>Advanced options ˄</source>
        <translation>Geavanceerde opties ˄</translation>
    </message>
    <message>
        <source>Click Connect. If Outlook asks which kind of account it is, choose Microsoft 365, Outlook.com, Exchange or Google, not IMAP or POP.</source>
        <translation>Klik op Verbinding maken. Als Outlook vraagt wat voor account het is, kies dan Microsoft 365, Outlook.com, Exchange of Google, niet IMAP of POP.</translation>
    </message>
    <message>
        <source>Click Continue. Outlook opens the sign-in window of Microsoft or your provider: sign in there. If Outlook asks which kind of account it is, do not choose IMAP or POP.</source>
        <translation>Klik op Doorgaan. Outlook opent het inlogvenster van Microsoft of je provider: log daar in. Als Outlook vraagt wat voor account het is, kies dan niet IMAP of POP.</translation>
    </message>
    <message>
        <source>Click File at the top left, then Add Account.</source>
        <translation>Klik linksboven op Bestand en daarna op Account toevoegen.</translation>
    </message>
    <message>
        <source>Click Remove, then Yes. Outlook removes the account from this computer only; with IMAP, your mail stays on the server.</source>
        <translation>Klik op Verwijderen en daarna op Ja. Outlook verwijdert het account alleen van deze computer; met IMAP blijft je mail op de server.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinding maken</translation>
    </message>
    <message>
        <source>In the Outlook window that opens, type your address.</source>
        <translation>Typ je adres in het Outlook-venster dat opent.</translation>
    </message>
    <message>
        <source>Inbox - Outlook</source>
        <translation>Postvak IN - Outlook</translation>
    </message>
    <message>
        <source>Leave &quot;Let me set up my account manually&quot; unticked.</source>
        <translation>Laat “Ik wil mijn account handmatig instellen” uitgevinkt.</translation>
    </message>
    <message>
        <source>Let me set up my account manually</source>
        <translation>Ik wil mijn account handmatig instellen</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Outlook 2010 and 2013 cannot sign in through the sign-in window of Microsoft or your provider (OAuth2), and your provider wants that.</source>
        <translation>Outlook 2010 en 2013 kunnen niet inloggen via het inlogvenster van Microsoft of je provider (OAuth2), en dat wil je provider wel.</translation>
    </message>
    <message>
        <source>Outlook opens the sign-in window of Microsoft or your provider. Sign in there.</source>
        <translation>Outlook opent het inlogvenster van Microsoft of je provider. Log daar in.</translation>
    </message>
    <message>
        <source>The new Outlook signs in through Microsoft or your provider only for an account that it adds itself. Remove the account, then add it again.</source>
        <translation>De nieuwe Outlook logt alleen via Microsoft of je provider in bij een account dat hij zelf toevoegt. Verwijder het account en voeg het daarna opnieuw toe.</translation>
    </message>
    <message>
        <source>To send from {address}, use a newer Outlook (Outlook 2016 or later, or the new Outlook) or another mail program that signs in this way, such as Thunderbird.</source>
        <translation>Gebruik om te versturen vanaf {address} een nieuwere Outlook (Outlook 2016 of nieuwer, of de nieuwe Outlook) of een ander mailprogramma dat zo inlogt, zoals Thunderbird.</translation>
    </message>
    <message>
        <source>When Outlook says the account was added, click Done. Then send yourself a test message.</source>
        <translation>Als Outlook meldt dat het account is toegevoegd, klik dan op Gereed. Stuur jezelf daarna een testbericht.</translation>
    </message>
</context>
<context>
    <name>Guide/thunderbird</name>
    <message>
        <source>Account Actions</source>
        <translation>Accountacties</translation>
    </message>
    <message>
        <source>Account Name:</source>
        <translation>Accountnaam:</translation>
    </message>
    <message>
        <source>Account Settings</source>
        <translation>Accountinstellingen</translation>
    </message>
    <message>
        <source>Account Settings - Mozilla Thunderbird</source>
        <translation>Accountinstellingen - Mozilla Thunderbird</translation>
    </message>
    <message>
        <source>Add-ons and Themes</source>
        <translation>Add-ons en thema’s</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Authentication method:</source>
        <translation>Authenticatiemethode:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Change the outgoing server&apos;s settings.</source>
        <translation>Wijzig de instellingen van de uitgaande server.</translation>
    </message>
    <message>
        <source>Check that Email Address is {address}. If it is not, type it.</source>
        <translation>Controleer of bij E-mailadres {address} staat. Zo niet, typ het dan in.</translation>
    </message>
    <message>
        <source>Check the account {account}.</source>
        <translation>Controleer het account {account}.</translation>
    </message>
    <message>
        <source>Choose Account Settings.</source>
        <translation>Kies Accountinstellingen.</translation>
    </message>
    <message>
        <source>Click Edit…</source>
        <translation>Klik op Bewerken…</translation>
    </message>
    <message>
        <source>Click OK.</source>
        <translation>Klik op OK.</translation>
    </message>
    <message>
        <source>Click Outgoing Server, at the bottom of the list on the left.</source>
        <translation>Klik op Uitgaande server, onderaan de lijst links.</translation>
    </message>
    <message>
        <source>Click the account {account}, at the top of its part of the list on the left.</source>
        <translation>Klik op het account {account}, bovenaan zijn deel van de lijst links.</translation>
    </message>
    <message>
        <source>Click the menu button (three lines) at the top right of the window.</source>
        <translation>Klik op de menuknop (drie streepjes) rechtsboven in het venster.</translation>
    </message>
    <message>
        <source>Click the server your account uses: {currentHost}.</source>
        <translation>Klik op de server die je account gebruikt: {currentHost}.</translation>
    </message>
    <message>
        <source>Close the Account Settings tab: Thunderbird keeps the changes. Then send yourself a test message.</source>
        <translation>Sluit het tabblad Accountinstellingen: Thunderbird bewaart de wijzigingen. Stuur jezelf daarna een testbericht.</translation>
    </message>
    <message>
        <source>Composition &amp; Addressing</source>
        <translation>Opstellen &amp; adressering</translation>
    </message>
    <message>
        <source>Connection security:</source>
        <translation>Verbindingsbeveiliging:</translation>
    </message>
    <message>
        <source>Copies &amp; Folders</source>
        <translation>Kopieën &amp; mappen</translation>
    </message>
    <message>
        <source>Default Identity</source>
        <translation>Standaardidentiteit</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <source>Details of selected server:</source>
        <translation>Details van geselecteerde server:</translation>
    </message>
    <message>
        <source>Disk Space</source>
        <translation>Schijfruimte</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>Each account has an identity, which is the information that other people see when they read your messages.</source>
        <translation>Elke account heeft een identiteit. Dit zijn de gegevens die anderen zien bij het lezen van uw berichten.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Edit outgoing server…</source>
        <translation>Uitgaande server bewerken…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Email Address:</source>
        <translation>E-mailadres:</translation>
    </message>
    <message>
        <source>Encrypted password</source>
        <translation>Versleuteld wachtwoord</translation>
    </message>
    <message>
        <source>End-To-End Encryption</source>
        <translation>End-to-end-versleuteling</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Get Messages</source>
        <translation>Berichten ophalen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>In Thunderbird, open Account Settings.</source>
        <translation>Open in Thunderbird de Accountinstellingen.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Postvak IN</translation>
    </message>
    <message>
        <source>Inbox - Mozilla Thunderbird</source>
        <translation>Postvak IN - Mozilla Thunderbird</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Ongewenst</translation>
    </message>
    <message>
        <source>Local Folders</source>
        <translation>Lokale mappen</translation>
    </message>
    <message>
        <source>Manage Identities…</source>
        <translation>Identiteiten beheren…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Nieuw bericht</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Geen authenticatie</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation>Normaal wachtwoord</translation>
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
        <translation>Open de uitgaande server die je account gebruikt.</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisatie:</translation>
    </message>
    <message>
        <source>Outgoing Server</source>
        <translation>Uitgaande server</translation>
    </message>
    <message>
        <source>Outgoing Server Settings</source>
        <translation>Instellingen van uitgaande server</translation>
    </message>
    <message>
        <source>Outgoing Server:</source>
        <translation>Uitgaande server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Reply-to Address:</source>
        <translation>Antwoordadres:</translation>
    </message>
    <message>
        <source>Return Receipts</source>
        <translation>Leesbevestigingen</translation>
    </message>
    <message>
        <source>SMTP Server</source>
        <translation>SMTP-server</translation>
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
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Security and Authentication</source>
        <translation>Beveiliging en authenticatie</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Server Name:</source>
        <translation>Servernaam:</translation>
    </message>
    <message>
        <source>Server Settings</source>
        <translation>Serverinstellingen</translation>
    </message>
    <message>
        <source>Set Authentication method to {auth}.</source>
        <translation>Zet Authenticatiemethode op {auth}.</translation>
    </message>
    <message>
        <source>Set Connection security to {security}. Thunderbird may change the port when you do.</source>
        <translation>Zet Verbindingsbeveiliging op {security}. Thunderbird past daarbij misschien de poort aan.</translation>
    </message>
    <message>
        <source>Set Default</source>
        <translation>Als standaard instellen</translation>
    </message>
    <message>
        <source>Set Outgoing Server to {host}.</source>
        <translation>Zet Uitgaande server op {host}.</translation>
    </message>
    <message>
        <source>Set Port to {port}.</source>
        <translation>Zet Poort op {port}.</translation>
    </message>
    <message>
        <source>Set Server Name to {host}.</source>
        <translation>Zet Servernaam op {host}.</translation>
    </message>
    <message>
        <source>Set User Name to {username}.</source>
        <translation>Zet Gebruikersnaam op {username}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Spam Settings</source>
        <translation>Spaminstellingen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Synchronization &amp; Storage</source>
        <translation>Synchronisatie &amp; opslag</translation>
    </message>
    <message>
        <source>Thunderbird 115 and later</source>
        <translation>Thunderbird 115 en nieuwer</translation>
    </message>
    <message>
        <source>Thunderbird opens your provider&apos;s sign-in page: sign in there.</source>
        <translation>Thunderbird opent de inlogpagina van je provider: log daar in.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Extra</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>User Name:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Beeld</translation>
    </message>
    <message>
        <source>When Thunderbird asks for your password, type it and tick &quot;Use Password Manager to remember this password&quot;.</source>
        <translation>Als Thunderbird om je wachtwoord vraagt, typ het dan in en vink “Wachtwoordbeheerder gebruiken om dit wachtwoord te onthouden” aan.</translation>
    </message>
    <message>
        <source>When managing your identities you can use a server from this list by selecting it as the Outgoing Server, or you can use the default server from this list by selecting “Use Default Server”.</source>
        <translation>Bij het beheren van uw identiteiten kunt u een server van deze lijst gebruiken door deze als de uitgaande server te selecteren, of u kunt de standaardserver van deze lijst gebruiken door ‘Standaardserver gebruiken’ te selecteren.</translation>
    </message>
    <message>
        <source>You can also right-click your account in the folder list on the left and choose Settings.</source>
        <translation>Je kunt ook links in de mappenlijst met de rechtermuisknop op je account klikken en Instellingen kiezen.</translation>
    </message>
    <message>
        <source>Your Name:</source>
        <translation>Uw naam:</translation>
    </message>
    <message>
        <source>{currentHost} (Default)</source>
        <translation>{currentHost} (standaard)</translation>
    </message>
    <message>
        <source>Change the incoming server&apos;s settings.</source>
        <translation>Wijzig de instellingen van de inkomende server.</translation>
    </message>
    <message>
        <source>Click Server Settings, under your account {account} in the list on the left.</source>
        <translation>Klik op Serverinstellingen, onder je account {account} in de lijst links.</translation>
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
        <translation>Beveiligingsinstellingen</translation>
    </message>
    <message>
        <source>Server Type:</source>
        <translation>Servertype:</translation>
    </message>
    <message>
        <source>Set Connection security to {incomingSecurity}. Thunderbird may change the port when you do.</source>
        <translation>Zet Verbindingsbeveiliging op {incomingSecurity}. Thunderbird past daarbij misschien de poort aan.</translation>
    </message>
    <message>
        <source>Set Port to {incomingPort}.</source>
        <translation>Zet Poort op {incomingPort}.</translation>
    </message>
    <message>
        <source>Set Server Name to {incomingHost}.</source>
        <translation>Zet Servernaam op {incomingHost}.</translation>
    </message>
    <message>
        <source>Set User Name to {incomingUsername}.</source>
        <translation>Zet Gebruikersnaam op {incomingUsername}.</translation>
    </message>
    <message>
        <source>{incomingProtocol} Mail Server</source>
        <translation>{incomingProtocol}-mailserver</translation>
    </message>
    <message>
        <source>Set the incoming server to sign in through your provider&apos;s sign-in page.</source>
        <translation>Stel de inkomende server zo in dat hij inlogt via de inlogpagina van je provider.</translation>
    </message>
</context>
<context>
    <name>GuideCommand</name>
    <message>
        <source>mailfix-cli guide: a guide could not be read: %1
</source>
        <translation>mailfix-cli guide: een handleiding kon niet worden gelezen: %1
</translation>
    </message>
    <message>
        <source>--program is required (use %1)</source>
        <translation>--program is verplicht (gebruik %1)</translation>
    </message>
    <message>
        <source>unknown program &quot;%1&quot; (use %2)</source>
        <translation>onbekend programma “%1” (gebruik %2)</translation>
    </message>
    <message>
        <source>there is no guide for version &quot;%1&quot; of %2 (use %3)</source>
        <translation>er is geen handleiding voor versie “%1” van %2 (gebruik %3)</translation>
    </message>
    <message>
        <source>the fix for &quot;%1&quot; is not a change in the mail program&apos;s settings, so there is no guide for it (use %2)</source>
        <translation>de oplossing voor “%1” is geen wijziging in de instellingen van het mailprogramma, dus er is geen handleiding voor (gebruik %2)</translation>
    </message>
    <message>
        <source>unknown finding &quot;%1&quot; (use %2)</source>
        <translation>onbekende bevinding “%1” (gebruik %2)</translation>
    </message>
    <message>
        <source>--out is required (a .pdf or .html file, or a folder for PNG files)</source>
        <translation>--out is verplicht (een .pdf- of .html-bestand, of een map voor PNG-bestanden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a .pdf or .html file or a folder</source>
        <translation>“%1” is geen .pdf- of .html-bestand en geen map</translation>
    </message>
    <message>
        <source>Mail program</source>
        <translation>Mailprogramma</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>Version of the mail program</source>
        <translation>Versie van het mailprogramma</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versie</translation>
    </message>
    <message>
        <source>The settings to show</source>
        <translation>De te tonen instellingen</translation>
    </message>
    <message>
        <source>host:port:security:auth</source>
        <translation>host:port:security:auth</translation>
    </message>
    <message>
        <source>Only the steps for this finding</source>
        <translation>Alleen de stappen voor deze bevinding</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Where to write the guide</source>
        <translation>Waar de handleiding naartoe moet</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>mailfix-cli guide: cannot draw the pictures: the program was started without Qt Gui
</source>
        <translation>mailfix-cli guide: de afbeeldingen kunnen niet worden getekend: het programma is zonder Qt Gui gestart
</translation>
    </message>
    <message>
        <source>--settings is required (e.g. smtp.example.com:587:starttls:normal-password)</source>
        <translation>--settings is verplicht (bijv. smtp.example.com:587:starttls:normal-password)</translation>
    </message>
    <message>
        <source>--user is required (the user name to sign in with, usually the email address)</source>
        <translation>--user is verplicht (de gebruikersnaam om mee in te loggen, meestal het e-mailadres)</translation>
    </message>
    <message>
        <source>mailfix-cli guide: %1: %2
</source>
        <translation>mailfix-cli guide: %1: %2
</translation>
    </message>
    <message>
        <source>the guide &quot;%1&quot; has no steps for this</source>
        <translation>de handleiding “%1” heeft hier geen stappen voor</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>“%1” kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Wrote the guide &quot;%1&quot; (%2 steps) to %3
</source>
        <translation>Handleiding “%1” (%2 stappen) geschreven naar %3
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
                   Schrijft de getekende handleiding voor een mailprogramma (outlook,
                   thunderbird, apple-mail), ingevuld met deze instellingen, als pdf,
                   als webpagina met de afbeeldingen erin, of als map met genummerde
                   PNG-bestanden. --version: zoals de handleidingen ze noemen
                   (standaard: de nieuwste); --finding: alleen de stappen die de
                   oplossing voor die bevinding nodig heeft (standaard: elke
                   instelling). --incoming: de inkomende server (IMAP of POP3) die
                   getoond wordt; dat voegt de stappen daarvoor toe. Heeft geen
                   beeldscherm nodig.
</translation>
    </message>
    <message>
        <source>the steps for &quot;%1&quot; show the incoming server: give it with --incoming (e.g. imap.example.com:993:tls:imap)</source>
        <translation>de stappen voor “%1” tonen de inkomende server: geef die op met --incoming (bijv. imap.example.com:993:tls:imap)</translation>
    </message>
    <message>
        <source>The incoming server to show</source>
        <translation>De te tonen inkomende server</translation>
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
        <translation>De te gebruiken instellingen: uitgaande server %1, poort %2, %3, %4.</translation>
    </message>
    <message>
        <source>The settings to use: outgoing server %1, port %2, %3, %4, user name %5.</source>
        <translation>De te gebruiken instellingen: uitgaande server %1, poort %2, %3, %4, gebruikersnaam %5.</translation>
    </message>
    <message>
        <source>Fix it in %1</source>
        <translation>Oplossen in %1</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Afbeelding: %1</translation>
    </message>
    <message>
        <source>Picture of step %1</source>
        <translation>Afbeelding van stap %1</translation>
    </message>
    <message>
        <source>Made by MailFix %1.</source>
        <translation>Gemaakt door MailFix %1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>De map %1 kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>The picture %1 could not be written.</source>
        <translation>De afbeelding %1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>Het pdf-bestand kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>The incoming server to use: %1 (%2), port %3, %4, user name %5.</source>
        <translation>De te gebruiken inkomende server: %1 (%2), poort %3, %4, gebruikersnaam %5.</translation>
    </message>
</context>
<context>
    <name>GuideLibrary</name>
    <message>
        <source>%1: could not be read: %2</source>
        <translation>%1: kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1: the guide folder does not exist</source>
        <translation>%1: de map met handleidingen bestaat niet</translation>
    </message>
    <message>
        <source>%1: too large for a guide (more than 4 MB)</source>
        <translation>%1: te groot voor een handleiding (meer dan 4 MB)</translation>
    </message>
</context>
<context>
    <name>GuideRenderer</name>
    <message>
        <source>%1: the number %2 lies outside the picture</source>
        <translation>%1: het nummer %2 ligt buiten de afbeelding</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 px high, the box %4 px</source>
        <translation>%1: “%2” is %3 px hoog, het vak %4 px</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 px wide, the box %4 px</source>
        <translation>%1: “%2” is %3 px breed, het vak %4 px</translation>
    </message>
</context>
<context>
    <name>GuideSelection</name>
    <message>
        <source>Type an app password in the password box, not your usual password. You make one in your mail account&apos;s security settings on your provider&apos;s website.</source>
        <translation>Typ in het wachtwoordvak een app-wachtwoord, niet je gewone wachtwoord. Je maakt er een in de beveiligingsinstellingen van je mailaccount op de website van je provider.</translation>
    </message>
    <message>
        <source>The server did not accept the password you typed into MailFix. Check it, then type it carefully into your program&apos;s password box.</source>
        <translation>De server heeft het wachtwoord dat je in MailFix hebt getypt niet geaccepteerd. Controleer het, en typ het daarna zorgvuldig in het wachtwoordvak van je programma.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>What to do:</source>
        <translation>Wat te doen:</translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>Rapport van %1</translation>
    </message>
    <message>
        <source>%1 report for %2</source>
        <translation>Rapport van %1 voor %2</translation>
    </message>
    <message>
        <source>Made by MailFix %1 on %2. Mail program: %3.</source>
        <translation>Gemaakt door MailFix %1 op %2. Mailprogramma: %3.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>MailFix found nothing to report.</source>
        <translation>MailFix heeft niets te melden gevonden.</translation>
    </message>
    <message>
        <source>Settings to use</source>
        <translation>Te gebruiken instellingen</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Uitgaande server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Verified: MailFix signed in with these settings and the server accepted a recipient.</source>
        <translation>Bevestigd: MailFix heeft met deze instellingen ingelogd en de server heeft een ontvanger geaccepteerd.</translation>
    </message>
    <message>
        <source>Not verified yet: %1</source>
        <translation>Nog niet bevestigd: %1</translation>
    </message>
    <message>
        <source>MailFix found no server that answers.</source>
        <translation>MailFix heeft geen server gevonden die antwoordt.</translation>
    </message>
    <message>
        <source>If it still does not work</source>
        <translation>Als het nog steeds niet werkt</translation>
    </message>
    <message>
        <source>Where the settings came from</source>
        <translation>Waar de instellingen vandaan komen</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische details</translation>
    </message>
    <message>
        <source>Settings for receiving</source>
        <translation>Instellingen voor ontvangen</translation>
    </message>
</context>
<context>
    <name>ImapProbe</name>
    <message>
        <source>the server sent something that is not an IMAP response</source>
        <translation>de server stuurde iets wat geen IMAP-antwoord is</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes</source>
        <translation>de server stuurde een regel van meer dan %1 bytes</translation>
    </message>
    <message>
        <source>the server said goodbye: %1</source>
        <translation>de server nam afscheid: %1</translation>
    </message>
    <message>
        <source>an answer to another command was ignored</source>
        <translation>een antwoord op een ander commando is genegeerd</translation>
    </message>
    <message>
        <source>the server&apos;s greeting is not an IMAP greeting</source>
        <translation>de begroeting van de server is geen IMAP-begroeting</translation>
    </message>
    <message>
        <source>too many sign-in challenges; exchange cancelled</source>
        <translation>te veel inlog-challenges; uitwisseling afgebroken</translation>
    </message>
    <message>
        <source>an unexpected continuation was ignored</source>
        <translation>een onverwacht vervolgverzoek is genegeerd</translation>
    </message>
    <message>
        <source>the server refused STARTTLS: %1</source>
        <translation>de server weigerde STARTTLS: %1</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS here</source>
        <translation>de server biedt hier geen STARTTLS aan</translation>
    </message>
    <message>
        <source>already signed in (PREAUTH): no password sent</source>
        <translation>al ingelogd (PREAUTH): geen wachtwoord verstuurd</translation>
    </message>
</context>
<context>
    <name>IncomingProbe</name>
    <message>
        <source>the server sent more than %1 lines in answer to one command</source>
        <translation>de server stuurde meer dan %1 regels als antwoord op één commando</translation>
    </message>
    <message>
        <source>the server does not list its capabilities</source>
        <translation>de server noemt zijn mogelijkheden niet</translation>
    </message>
    <message>
        <source>no SASL mechanism offered</source>
        <translation>geen SASL-mechanisme aangeboden</translation>
    </message>
    <message>
        <source>no user name and password given</source>
        <translation>geen gebruikersnaam en wachtwoord opgegeven</translation>
    </message>
    <message>
        <source>the server offers no way to sign in here</source>
        <translation>de server biedt hier geen manier om in te loggen</translation>
    </message>
    <message>
        <source>password not sent: the connection is not encrypted</source>
        <translation>wachtwoord niet verstuurd: de verbinding is niet versleuteld</translation>
    </message>
    <message>
        <source>password withheld: no encryption</source>
        <translation>wachtwoord achtergehouden: geen versleuteling</translation>
    </message>
    <message>
        <source>password not sent: the server&apos;s certificate is not trusted</source>
        <translation>wachtwoord niet verstuurd: het certificaat van de server wordt niet vertrouwd</translation>
    </message>
    <message>
        <source>password withheld: certificate not trusted</source>
        <translation>wachtwoord achtergehouden: certificaat niet vertrouwd</translation>
    </message>
    <message>
        <source>no answer to the goodbye</source>
        <translation>geen antwoord op het afscheid</translation>
    </message>
    <message>
        <source>the server&apos;s error: %1</source>
        <translation>fout van de server: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
</context>
<context>
    <name>MailClients</name>
    <message>
        <source>Thunderbird&apos;s settings file %1 was not found.</source>
        <translation>Het instellingenbestand %1 van Thunderbird is niet gevonden.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 is too large to read.</source>
        <translation>Het instellingenbestand %1 van Thunderbird is te groot om te lezen.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 could not be read: %2</source>
        <translation>Het instellingenbestand %1 van Thunderbird kon niet worden gelezen: %2</translation>
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
        <translation>Ander mailprogramma</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 of %2</translation>
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
        <translation>&amp;Over</translation>
    </message>
    <message>
        <source>About MailFix and its licences</source>
        <translation>Over MailFix en zijn licenties</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>T&amp;aal</translation>
    </message>
    <message>
        <source>Choose the language of MailFix</source>
        <translation>De taal van MailFix kiezen</translation>
    </message>
    <message>
        <source>Send your password to %1?</source>
        <translation>Je wachtwoord naar %1 sturen?</translation>
    </message>
    <message>
        <source>Your provider&apos;s settings point to the server %1, which is not part of %2. Mail providers sometimes use another company&apos;s servers, but a wrong setting could also send your password to a stranger.

Should MailFix test signing in at %1?</source>
        <translation>De instellingen van je provider wijzen naar de server %1, die geen deel uitmaakt van %2. Mailproviders gebruiken soms de servers van een ander bedrijf, maar een verkeerde instelling kan je wachtwoord ook naar een onbekende sturen.

Moet MailFix het inloggen bij %1 testen?</translation>
    </message>
    <message>
        <source>The server at %1 says its real name is %2: its certificate is for %2. This is usual when many websites share one server, and %2 leads to the same server. But %2 is not part of %3, so MailFix asks first.

Should MailFix test signing in at %2?</source>
        <translation>De server op %1 zegt dat zijn echte naam %2 is: zijn certificaat is voor %2. Dat is gebruikelijk als veel websites één server delen, en %2 leidt naar dezelfde server. Maar %2 maakt geen deel uit van %3, dus MailFix vraagt het eerst.

Moet MailFix het inloggen bij %2 testen?</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT:SECURITY:AUTH, for example smtp.example.com:587:starttls:normal-password</source>
        <translation>“%1” heeft niet de vorm HOST:PORT:SECURITY:AUTH, bijvoorbeeld smtp.example.com:587:starttls:normal-password</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name</source>
        <translation>“%1” is geen servernaam</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (1-65535)</source>
        <translation>“%1” is geen poort (1-65535)</translation>
    </message>
    <message>
        <source>unknown security &quot;%1&quot; (use none, starttls or tls)</source>
        <translation>onbekende beveiliging “%1” (gebruik none, starttls of tls)</translation>
    </message>
    <message>
        <source>unknown authentication &quot;%1&quot; (use none, normal-password, encrypted-password or oauth2)</source>
        <translation>onbekende authenticatie “%1” (gebruik none, normal-password, encrypted-password of oauth2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT:SECURITY:PROTOCOL, for example imap.example.com:993:tls:imap (the protocol is imap or pop3)</source>
        <translation>“%1” is geen HOST:PORT:SECURITY:PROTOCOL, bijvoorbeeld imap.example.com:993:tls:imap (het protocol is imap of pop3)</translation>
    </message>
</context>
<context>
    <name>MobileConfig</name>
    <message>
        <source>The mail account %1, with the server settings MailFix checked.</source>
        <translation>Het mailaccount %1, met de serverinstellingen die MailFix heeft gecontroleerd.</translation>
    </message>
    <message>
        <source>Mail account %1</source>
        <translation>Mailaccount %1</translation>
    </message>
    <message>
        <source>Sets up %1 in Mail with the settings MailFix checked. It holds no password: Mail asks for it. Remove the old account for this address afterwards.</source>
        <translation>Stelt %1 in Mail in met de instellingen die MailFix heeft gecontroleerd. Het bevat geen wachtwoord: Mail vraagt erom. Verwijder daarna het oude account voor dit adres.</translation>
    </message>
    <message>
        <source>Mail settings for %1</source>
        <translation>Mailinstellingen voor %1</translation>
    </message>
</context>
<context>
    <name>OAuth2Console</name>
    <message>
        <source>To sign in, open this address in a browser on this computer:
  %1
</source>
        <translation>Open dit adres in een browser op deze computer om in te loggen:
  %1
</translation>
    </message>
    <message>
        <source>Could not start %1; open the address above yourself.
</source>
        <translation>%1 kon niet worden gestart; open het adres hierboven zelf.
</translation>
    </message>
    <message>
        <source>MailFix knows no OAuth2 sign-in for %1: its provider takes a password (or is not known). Run it without --oauth2.
</source>
        <translation>MailFix kent geen OAuth2-inloggen voor %1: de provider accepteert een wachtwoord (of is niet bekend). Voer de opdracht uit zonder --oauth2.
</translation>
    </message>
    <message>
        <source>%1 accounts sign in with OAuth2 (the provider&apos;s own sign-in window), not with a password. MailFix could not test that sign-in here: it has no client id for %1 (an administrator sets %2 in mailfix.conf). The check below runs without signing in. In your mail program, choose OAuth2 (or sign in with %1) as the way to sign in.
</source>
        <translation>%1-accounts loggen in met OAuth2 (het eigen inlogvenster van de provider), niet met een wachtwoord. MailFix kon dat inloggen hier niet testen: het heeft geen client-id voor %1 (een beheerder stelt %2 in in mailfix.conf). De controle hieronder loopt zonder in te loggen. Kies in je mailprogramma OAuth2 (of inloggen met %1) als manier van inloggen.
</translation>
    </message>
    <message numerus="yes">
        <source>Signing in with %1 (waiting up to %n second(s) for the browser)...
</source>
        <translation>
            <numerusform>Inloggen met %1 (maximaal %n seconde wachten op de browser)…
</numerusform>
            <numerusform>Inloggen met %1 (maximaal %n seconden wachten op de browser)…
</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in with %1 did not work: %2
</source>
        <translation>Inloggen met %1 is niet gelukt: %2
</translation>
    </message>
    <message>
        <source>This build of MailFix cannot sign in with OAuth2 (it was built without Qt NetworkAuth).
</source>
        <translation>Deze versie van MailFix kan niet inloggen met OAuth2 (ze is gebouwd zonder Qt NetworkAuth).
</translation>
    </message>
</context>
<context>
    <name>OAuth2SignIn</name>
    <message numerus="yes">
        <source>The sign-in was not finished in the browser within %n minute(s).</source>
        <translation>
            <numerusform>Het inloggen in de browser is niet binnen %n minuut afgerond.</numerusform>
            <numerusform>Het inloggen in de browser is niet binnen %n minuten afgerond.</numerusform>
        </translation>
    </message>
    <message>
        <source>No port on 127.0.0.1 for the sign-in.</source>
        <translation>Geen vrije poort op 127.0.0.1 voor het inloggen.</translation>
    </message>
    <message>
        <source>MailFix received the sign-in. You can close this window.</source>
        <translation>Het inloggen is bij MailFix aangekomen. Je kunt dit venster sluiten.</translation>
    </message>
    <message>
        <source>The sign-in came back with another state than MailFix sent.</source>
        <translation>Het inloggen kwam terug met een andere state-waarde dan MailFix had verstuurd.</translation>
    </message>
    <message>
        <source>The sign-in came back from %1, not from %2.</source>
        <translation>Het inloggen kwam terug van %1, niet van %2.</translation>
    </message>
    <message>
        <source>The provider answered without a token.</source>
        <translation>De provider antwoordde zonder token.</translation>
    </message>
</context>
<context>
    <name>OutlookPrf</name>
    <message>
        <source>Made by MailFix %1 for %2: the mail settings MailFix checked.</source>
        <translation>Gemaakt door MailFix %1 voor %2: de mailinstellingen die MailFix heeft gecontroleerd.</translation>
    </message>
    <message>
        <source>For classic Outlook for Windows: outlook.exe /importprf &quot;FILE&quot; adds this account to the default profile. The new Outlook does not accept PRF files.</source>
        <translation>Voor de klassieke Outlook voor Windows: outlook.exe /importprf &quot;FILE&quot; voegt dit account toe aan het standaardprofiel. De nieuwe Outlook accepteert geen PRF-bestanden.</translation>
    </message>
    <message>
        <source>There is no password in this file: Outlook asks for it when it first connects.</source>
        <translation>Dit bestand bevat geen wachtwoord: Outlook vraagt erom wanneer het de eerste keer verbinding maakt.</translation>
    </message>
    <message>
        <source>Mapping of the account&apos;s values to Outlook&apos;s properties; do not change.</source>
        <translation>Koppeling van de waarden van het account aan de eigenschappen van Outlook; niet wijzigen.</translation>
    </message>
</context>
<context>
    <name>Pop3Probe</name>
    <message>
        <source>the server sent something that is not a POP3 reply</source>
        <translation>de server stuurde iets wat geen POP3-antwoord is</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes</source>
        <translation>de server stuurde een regel van meer dan %1 bytes</translation>
    </message>
    <message>
        <source>the server sent a reply of more than %1 lines</source>
        <translation>de server stuurde een antwoord van meer dan %1 regels</translation>
    </message>
    <message>
        <source>the server refused STLS: %1</source>
        <translation>de server weigerde STLS: %1</translation>
    </message>
    <message>
        <source>unexpected reply ignored</source>
        <translation>onverwacht antwoord genegeerd</translation>
    </message>
    <message>
        <source>the server&apos;s greeting is not a POP3 greeting</source>
        <translation>de begroeting van de server is geen POP3-begroeting</translation>
    </message>
    <message>
        <source>the server does not offer STLS here</source>
        <translation>de server biedt hier geen STLS aan</translation>
    </message>
    <message>
        <source>too many sign-in challenges; exchange cancelled</source>
        <translation>te veel inlog-challenges; uitwisseling afgebroken</translation>
    </message>
    <message>
        <source>an unexpected continuation was ignored</source>
        <translation>een onverwacht vervolgverzoek is genegeerd</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>&quot;%1&quot; is not a port (1-65535, optionally :none, :starttls or :tls)</source>
        <translation>“%1” is geen poort (1-65535, eventueel met :none, :starttls of :tls)</translation>
    </message>
    <message>
        <source>unknown security &quot;%1&quot; (use none, starttls or tls)</source>
        <translation>onbekende beveiliging “%1” (gebruik none, starttls of tls)</translation>
    </message>
    <message>
        <source>--ports names no port</source>
        <translation>--ports noemt geen poort</translation>
    </message>
    <message>
        <source>--send-test needs --from (or an email address as --user) and a password</source>
        <translation>--send-test heeft --from (of een e-mailadres als --user) en een wachtwoord nodig</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Poorten</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lijst</translation>
    </message>
    <message>
        <source>--server is required</source>
        <translation>--server is verplicht</translation>
    </message>
    <message>
        <source>Probing %1 on ports %2 (timeout %3 s)...
</source>
        <translation>%1 testen op poorten %2 (time-out %3 s)…
</translation>
    </message>
    <message>
        <source>Signing in and sending works on at least one port.
</source>
        <translation>Inloggen en versturen werkt op minstens één poort.
</translation>
    </message>
    <message>
        <source>No port of %1 answered like a mail server.
</source>
        <translation>Geen enkele poort van %1 antwoordde als een mailserver.
</translation>
    </message>
    <message>
        <source>The server answers; give --user and --password-stdin to test signing in.
</source>
        <translation>De server antwoordt; geef --user en --password-stdin op om het inloggen te testen.
</translation>
    </message>
    <message>
        <source>The server answers, but sending was not verified on any port.
</source>
        <translation>De server antwoordt, maar versturen is op geen enkele poort bevestigd.
</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>smtp (default), imap or pop3</source>
        <translation>smtp (standaard), imap of pop3</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocol</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot; (use smtp, imap or pop3)</source>
        <translation>onbekend protocol “%1” (gebruik smtp, imap of pop3)</translation>
    </message>
    <message>
        <source>--send-test, --from and --to are for SMTP only</source>
        <translation>--send-test, --from en --to zijn alleen voor SMTP</translation>
    </message>
    <message>
        <source>Signing in works on at least one port.
</source>
        <translation>Inloggen werkt op minstens één poort.
</translation>
    </message>
    <message>
        <source>The server answers, but signing in was not verified on any port.
</source>
        <translation>De server antwoordt, maar inloggen is op geen enkele poort bevestigd.
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
                   Test de poorten van een mailserver tegelijk: verbinding, begroeting,
                   versleuteling, certificaat, inloggen, en (bij SMTP, de standaard) of een
                   ontvanger wordt geaccepteerd zonder en met inloggen. Er wordt geen mail
                   verstuurd, behalve met --send-test (dan gaat er één bericht naar --from).
                   Standaard test IMAP de poorten 143 en 993, POP3 de poorten 110 en 995.
                   Een poort kan zijn beveiliging noemen: 587:starttls, 465:tls, 25:none.
</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>certificate</source>
        <translation>certificaat</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid until %3, %4</source>
        <translation>%1, uitgegeven door %2, geldig tot %3, %4</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>vertrouwd</translation>
    </message>
    <message>
        <source>NOT trusted: %1</source>
        <translation>NIET vertrouwd: %1</translation>
    </message>
    <message>
        <source>without sign-in</source>
        <translation>zonder inloggen</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>inloggen</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>ingelogd</translation>
    </message>
    <message>
        <source>test message</source>
        <translation>testbericht</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>begroeting</translation>
    </message>
    <message>
        <source>capabilities</source>
        <translation>mogelijkheden</translation>
    </message>
    <message>
        <source>logout</source>
        <translation>uitloggen</translation>
    </message>
    <message>
        <source>server&apos;s error</source>
        <translation>fout van de server</translation>
    </message>
</context>
<context>
    <name>ProbeRow</name>
    <message>
        <source>Sending on port 25 (often blocked by internet providers)</source>
        <translation>Versturen op poort 25 (vaak geblokkeerd door internetproviders)</translation>
    </message>
    <message>
        <source>Unencrypted sending on port %1</source>
        <translation>Onversleuteld versturen op poort %1</translation>
    </message>
    <message>
        <source>Secure sending (recommended)</source>
        <translation>Beveiligd versturen (aanbevolen)</translation>
    </message>
    <message>
        <source>Secure sending</source>
        <translation>Beveiligd versturen</translation>
    </message>
    <message>
        <source>Secure sending on port %1</source>
        <translation>Beveiligd versturen op poort %1</translation>
    </message>
    <message>
        <source>Unencrypted receiving (IMAP) on port %1</source>
        <translation>Onversleuteld ontvangen (IMAP) op poort %1</translation>
    </message>
    <message>
        <source>Unencrypted receiving (POP3) on port %1</source>
        <translation>Onversleuteld ontvangen (POP3) op poort %1</translation>
    </message>
    <message>
        <source>Secure receiving (IMAP, recommended)</source>
        <translation>Beveiligd ontvangen (IMAP, aanbevolen)</translation>
    </message>
    <message>
        <source>Secure receiving (IMAP)</source>
        <translation>Beveiligd ontvangen (IMAP)</translation>
    </message>
    <message>
        <source>Secure receiving (POP3)</source>
        <translation>Beveiligd ontvangen (POP3)</translation>
    </message>
    <message>
        <source>Secure receiving (IMAP) on port %1</source>
        <translation>Beveiligd ontvangen (IMAP) op poort %1</translation>
    </message>
    <message>
        <source>Secure receiving (POP3) on port %1</source>
        <translation>Beveiligd ontvangen (POP3) op poort %1</translation>
    </message>
    <message>
        <source>%1 (your settings now)</source>
        <translation>%1 (je huidige instellingen)</translation>
    </message>
    <message>
        <source>%1, server %2</source>
        <translation>%1, server %2</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Niet klaar</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Werkt</translation>
    </message>
    <message>
        <source>Answers, with a problem</source>
        <translation>Antwoordt, met een probleem</translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation>Werkt niet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Waiting for an answer... %1 s of %2 s</source>
        <translation>Wachten op antwoord… %1 s van %2 s</translation>
    </message>
    <message>
        <source>Not offered here</source>
        <translation>Hier niet aangeboden</translation>
    </message>
</context>
<context>
    <name>ProgramAccounts</name>
    <message>
        <source>no Thunderbird profile was found on this computer</source>
        <translation>er is geen Thunderbird-profiel gevonden op deze computer</translation>
    </message>
    <message>
        <source>Outlook&apos;s settings can be read only on Windows</source>
        <translation>de instellingen van Outlook kunnen alleen op Windows worden gelezen</translation>
    </message>
    <message>
        <source>MailFix cannot read the settings of %1</source>
        <translation>MailFix kan de instellingen van %1 niet lezen</translation>
    </message>
    <message>
        <source>%1 has no account with an outgoing server</source>
        <translation>%1 heeft geen account met een uitgaande server</translation>
    </message>
    <message>
        <source>Apple Mail&apos;s settings can only be read on a Mac</source>
        <translation>De instellingen van Apple Mail kunnen alleen op een Mac worden gelezen</translation>
    </message>
</context>
<context>
    <name>ProviderDetector</name>
    <message>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <source>%1: cannot be read or is too large</source>
        <translation>%1: kan niet worden gelezen of is te groot</translation>
    </message>
    <message>
        <source>the answer was larger than %1 bytes</source>
        <translation>het antwoord was groter dan %1 bytes</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>geen antwoord op tijd</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-status %1</translation>
    </message>
    <message>
        <source>MX %1: no known platform</source>
        <translation>MX %1: geen bekend platform</translation>
    </message>
    <message>
        <source>%1 lies outside %2</source>
        <translation>%1 ligt buiten %2</translation>
    </message>
    <message>
        <source>guessed from the domain</source>
        <translation>geraden op basis van het domein</translation>
    </message>
    <message>
        <source>guessed from the domain; not checked, because DNS did not answer</source>
        <translation>geraden op basis van het domein; niet gecontroleerd, omdat DNS niet antwoordde</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Onbekende optie “%1”.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Onbekende opties: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Waarde ontbreekt na “%1”.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Onverwachte waarde na “%1”.</translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Linklocatie kopiëren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
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
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alles opslaan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alles</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ee, niets</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Afbreken</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Niet opslaan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standaardwaarden herstellen</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Linklocatie kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>%1 report</source>
        <translation>Rapport van %1</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>Het pdf-bestand kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>Partial result: the check was stopped before it finished, so this shows only what finished.</source>
        <translation>Gedeeltelijk resultaat: de controle is gestopt voordat ze klaar was, dus dit toont alleen wat klaar was.</translation>
    </message>
    <message>
        <source>%1 (version: %2)</source>
        <translation>%1 (versie: %2)</translation>
    </message>
    <message>
        <source>%1 report for %2</source>
        <translation>Rapport van %1 voor %2</translation>
    </message>
    <message>
        <source>Mail program: %1</source>
        <translation>Mailprogramma: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>MailFix version: %1</source>
        <translation>Versie van MailFix: %1</translation>
    </message>
</context>
<context>
    <name>SelfTestCommand</name>
    <message>
        <source>  self-test        Check that this computer can make encrypted connections
</source>
        <translation>  self-test        Controleert of deze computer versleutelde verbindingen kan maken
</translation>
    </message>
    <message>
        <source>Encrypted connections: available (%1, Qt backend &quot;%2&quot;)
</source>
        <translation>Versleutelde verbindingen: beschikbaar (%1, Qt-backend “%2”)
</translation>
    </message>
</context>
<context>
    <name>SettingsCard</name>
    <message>
        <source>Made by MailFix %1. There is no password on this card.</source>
        <translation>Gemaakt door MailFix %1. Er staat geen wachtwoord op deze kaart.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Mail settings for %1</source>
        <translation>Mailinstellingen voor %1</translation>
    </message>
    <message>
        <source>Incoming mail (%1)</source>
        <translation>Inkomende mail (%1)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Uitgaande mail (SMTP)</translation>
    </message>
    <message>
        <source>Your password stays the same. Type it when the program asks; never send it by email.</source>
        <translation>Je wachtwoord blijft hetzelfde. Typ het als het programma erom vraagt; stuur het nooit per e-mail.</translation>
    </message>
    <message>
        <source>Picture of step %1</source>
        <translation>Afbeelding van stap %1</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>Het pdf-bestand kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>SmtpProbe</name>
    <message>
        <source>the server sent something that is not an SMTP reply</source>
        <translation>de server stuurde iets wat geen SMTP-antwoord is</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes</source>
        <translation>de server stuurde een regel van meer dan %1 bytes</translation>
    </message>
    <message>
        <source>the server sent a reply of more than %1 lines</source>
        <translation>de server stuurde een antwoord van meer dan %1 regels</translation>
    </message>
    <message>
        <source>the server refused STARTTLS: %1</source>
        <translation>de server weigerde STARTTLS: %1</translation>
    </message>
    <message>
        <source>unexpected reply ignored</source>
        <translation>onverwacht antwoord genegeerd</translation>
    </message>
    <message>
        <source>EHLO refused, HELO accepted</source>
        <translation>EHLO geweigerd, HELO geaccepteerd</translation>
    </message>
    <message>
        <source>EHLO refused; trying HELO</source>
        <translation>EHLO geweigerd; HELO wordt geprobeerd</translation>
    </message>
    <message>
        <source>no AUTH offered</source>
        <translation>geen AUTH aangeboden</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS here</source>
        <translation>de server biedt hier geen STARTTLS aan</translation>
    </message>
    <message>
        <source>relay test skipped: no sender or recipient address</source>
        <translation>relaytest overgeslagen: geen afzender- of ontvangeradres</translation>
    </message>
    <message>
        <source>the server accepted DATA without a recipient; the connection was closed so that nothing is sent</source>
        <translation>de server accepteerde DATA zonder ontvanger; de verbinding is gesloten zodat er niets wordt verstuurd</translation>
    </message>
    <message>
        <source>MailFix test message</source>
        <translation>Testbericht van MailFix</translation>
    </message>
    <message>
        <source>MailFix sent this message to check that sending works. You can delete it.</source>
        <translation>MailFix heeft dit bericht verstuurd om te controleren of versturen werkt. Je kunt het verwijderen.</translation>
    </message>
    <message>
        <source>no user name and password given</source>
        <translation>geen gebruikersnaam en wachtwoord opgegeven</translation>
    </message>
    <message>
        <source>the server offers no AUTH here</source>
        <translation>de server biedt hier geen AUTH aan</translation>
    </message>
    <message>
        <source>password not sent: the connection is not encrypted</source>
        <translation>wachtwoord niet verstuurd: de verbinding is niet versleuteld</translation>
    </message>
    <message>
        <source>password withheld: no encryption</source>
        <translation>wachtwoord achtergehouden: geen versleuteling</translation>
    </message>
    <message>
        <source>password not sent: the server&apos;s certificate is not trusted</source>
        <translation>wachtwoord niet verstuurd: het certificaat van de server wordt niet vertrouwd</translation>
    </message>
    <message>
        <source>password withheld: certificate not trusted</source>
        <translation>wachtwoord achtergehouden: certificaat niet vertrouwd</translation>
    </message>
    <message>
        <source>too many AUTH challenges; exchange cancelled</source>
        <translation>te veel AUTH-challenges; uitwisseling afgebroken</translation>
    </message>
    <message>
        <source>no reply to QUIT within %1 ms; the check did not wait for it</source>
        <translation>geen antwoord op QUIT binnen %1 ms; de controle heeft er niet op gewacht</translation>
    </message>
    <message>
        <source>the server&apos;s error: %1</source>
        <translation>fout van de server: %1</translation>
    </message>
</context>
<context>
    <name>ThunderbirdFixDialog</name>
    <message>
        <source>Fix it for me: Thunderbird</source>
        <translation>Los het voor me op: Thunderbird</translation>
    </message>
    <message>
        <source>Accounts to change</source>
        <translation>Accounts die gewijzigd worden</translation>
    </message>
    <message>
        <source>The values that change</source>
        <translation>De waarden die veranderen</translation>
    </message>
    <message>
        <source>I have &amp;closed Thunderbird. Change its settings as shown.</source>
        <translation>Ik heb Thunderbird &amp;gesloten. Wijzig de instellingen zoals getoond.</translation>
    </message>
    <message>
        <source>C&amp;hange the settings</source>
        <translation>De instellingen &amp;wijzigen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Wat er verandert:</translation>
    </message>
    <message>
        <source>MailFix can write the checked settings (%1) into Thunderbird for you. Choose the accounts to change. MailFix keeps a copy of the old settings, so you can undo it.</source>
        <translation>MailFix kan de gecontroleerde instellingen (%1) voor je in Thunderbird schrijven. Kies de accounts die gewijzigd moeten worden. MailFix bewaart een kopie van de oude instellingen, zodat je het ongedaan kunt maken.</translation>
    </message>
    <message>
        <source>%1 (now: %2)</source>
        <translation>%1 (nu: %2)</translation>
    </message>
    <message>
        <source>Nothing changes: Thunderbird already uses these settings for the chosen accounts.</source>
        <translation>Er verandert niets: Thunderbird gebruikt deze instellingen al voor de gekozen accounts.</translation>
    </message>
    <message>
        <source>Done. Start Thunderbird and send a message to try it. The old settings are saved in %1.</source>
        <translation>Klaar. Start Thunderbird en verstuur een bericht om het te proberen. De oude instellingen zijn bewaard in %1.</translation>
    </message>
    <message>
        <source>Undone: Thunderbird&apos;s settings are back as they were.</source>
        <translation>Ongedaan gemaakt: de instellingen van Thunderbird zijn weer zoals ze waren.</translation>
    </message>
</context>
<context>
    <name>ThunderbirdSettingsWriter</name>
    <message>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>port</source>
        <translation>poort</translation>
    </message>
    <message>
        <source>connection security</source>
        <translation>verbindingsbeveiliging</translation>
    </message>
    <message>
        <source>authentication method</source>
        <translation>authenticatiemethode</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>gebruikersnaam</translation>
    </message>
    <message>
        <source>New outgoing server %1 in the list of servers</source>
        <translation>Nieuwe uitgaande server %1 in de lijst met servers</translation>
    </message>
    <message>
        <source>Identity %1 sends through outgoing server %2 instead of %3</source>
        <translation>Identiteit %1 verstuurt via uitgaande server %2 in plaats van %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>The Thunderbird profile folder %1 does not exist.</source>
        <translation>De map van het Thunderbird-profiel %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Thunderbird is open. Close Thunderbird, then try again. Nothing was changed.</source>
        <translation>Thunderbird is geopend. Sluit Thunderbird en probeer het opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 has no Thunderbird settings file (prefs.js). Start Thunderbird once with this profile, close it, then try again.</source>
        <translation>%1 heeft geen instellingenbestand van Thunderbird (prefs.js). Start Thunderbird één keer met dit profiel, sluit het, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 could not be read: %2. Nothing was changed.</source>
        <translation>Het instellingenbestand van Thunderbird %1 kon niet worden gelezen: %2. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>het is te groot</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 is damaged: line %2 cannot be read. MailFix changed nothing. Start Thunderbird and close it again (it rewrites the file), then try again.</source>
        <translation>Het instellingenbestand van Thunderbird %1 is beschadigd: regel %2 kan niet worden gelezen. MailFix heeft niets gewijzigd. Start Thunderbird en sluit het weer (het schrijft het bestand dan opnieuw), en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>the file did not read back as written</source>
        <translation>het bestand las niet terug zoals het was geschreven</translation>
    </message>
    <message>
        <source>MailFix could not write %1 in %2: %3. Nothing was lost: Thunderbird&apos;s settings are as they were.</source>
        <translation>MailFix kon %1 niet schrijven in %2: %3. Er is niets verloren gegaan: de instellingen van Thunderbird zijn zoals ze waren.</translation>
    </message>
    <message>
        <source>Thunderbird already uses these settings. Nothing was changed.</source>
        <translation>Thunderbird gebruikt deze instellingen al. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file changed after MailFix read it. Nothing was changed; look at the changes again.</source>
        <translation>Het instellingenbestand van Thunderbird is gewijzigd nadat MailFix het had gelezen. Er is niets gewijzigd; bekijk de wijzigingen opnieuw.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 is written in a way MailFix cannot change safely. Nothing was changed; enter the settings in Thunderbird by hand.</source>
        <translation>Het instellingenbestand van Thunderbird %1 is zo geschreven dat MailFix het niet veilig kan wijzigen. Er is niets gewijzigd; voer de instellingen zelf in Thunderbird in.</translation>
    </message>
    <message>
        <source>a backup of Thunderbird&apos;s settings</source>
        <translation>een reservekopie van de instellingen van Thunderbird</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file</source>
        <translation>het instellingenbestand van Thunderbird</translation>
    </message>
    <message>
        <source>MailFix could not write Thunderbird&apos;s settings file %1. Restore it from the backup %2.</source>
        <translation>MailFix kon het instellingenbestand van Thunderbird %1 niet schrijven. Zet het terug vanuit de reservekopie %2.</translation>
    </message>
    <message>
        <source>There is no MailFix backup in %1: there is nothing to undo.</source>
        <translation>Er is geen reservekopie van MailFix in %1: er valt niets ongedaan te maken.</translation>
    </message>
    <message>
        <source>The backup %1 could not be read: %2. Nothing was changed.</source>
        <translation>De reservekopie %1 kon niet worden gelezen: %2. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>a copy of Thunderbird&apos;s settings</source>
        <translation>een kopie van de instellingen van Thunderbird</translation>
    </message>
    <message>
        <source>Outgoing server %1: </source>
        <translation>Uitgaande server %1: </translation>
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
        <translation>MailFix kan geen versleutelde verbindingen maken omdat de OpenSSL-plug-in van Qt ontbreekt; installeer de netwerkbibliotheek van Qt opnieuw (op Debian: apt-get install --reinstall libqt6network6) en start MailFix opnieuw.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because the OpenSSL 3 library could not be loaded; install it (on Debian: apt-get install libssl3) and start MailFix again.</source>
        <translation>MailFix kan geen versleutelde verbindingen maken omdat de bibliotheek OpenSSL 3 niet kon worden geladen; installeer die (op Debian: apt-get install libssl3) en start MailFix opnieuw.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because Qt is using the &quot;%1&quot; TLS backend and MailFix needs OpenSSL; install Qt&apos;s OpenSSL plugin (on Debian: libqt6network6) and start MailFix again.</source>
        <translation>MailFix kan geen versleutelde verbindingen maken omdat Qt de TLS-backend “%1” gebruikt en MailFix OpenSSL nodig heeft; installeer de OpenSSL-plug-in van Qt (op Debian: libqt6network6) en start MailFix opnieuw.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because Qt&apos;s OpenSSL plugin, which comes with MailFix, is missing; reinstall MailFix and start it again.</source>
        <translation>MailFix kan geen versleutelde verbindingen maken omdat de OpenSSL-plug-in van Qt ontbreekt, die met MailFix wordt meegeleverd; installeer MailFix opnieuw en start het daarna weer.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because the OpenSSL 3 libraries that come with MailFix could not be loaded; reinstall MailFix and start it again.</source>
        <translation>MailFix kan geen versleutelde verbindingen maken omdat de OpenSSL 3-bibliotheken die met MailFix worden meegeleverd niet konden worden geladen; installeer MailFix opnieuw en start het daarna weer.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because Qt is using the &quot;%1&quot; TLS backend and MailFix needs OpenSSL; reinstall MailFix and start it again.</source>
        <translation>MailFix kan geen versleutelde verbindingen maken omdat Qt de TLS-backend “%1” gebruikt en MailFix OpenSSL nodig heeft; installeer MailFix opnieuw en start het daarna weer.</translation>
    </message>
</context>
<context>
    <name>UnsupportedProbe</name>
    <message>
        <source>MailFix cannot check %1 servers yet</source>
        <translation>MailFix kan %1-servers nog niet controleren</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <source>What MailFix found</source>
        <translation>Wat MailFix heeft gevonden</translation>
    </message>
    <message>
        <source>Allow this server&apos;s certificate and check again...</source>
        <translation>Het certificaat van deze server toestaan en opnieuw controleren…</translation>
    </message>
    <message>
        <source>Show technical &amp;details</source>
        <translation>Technische &amp;details tonen</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Rapport &amp;kopiëren</translation>
    </message>
    <message>
        <source>Sa&amp;ve report...</source>
        <translation>Rapport op&amp;slaan…</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische details</translation>
    </message>
    <message>
        <source>MailFix found settings that should work. Use them as shown below.</source>
        <translation>MailFix heeft instellingen gevonden die zouden moeten werken. Gebruik ze zoals hieronder staat.</translation>
    </message>
    <message>
        <source>MailFix could not find a server that answers. See the notes below.</source>
        <translation>MailFix kon geen server vinden die antwoordt. Zie de opmerkingen hieronder.</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Outgoing server:&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Port:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Encryption:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Sign-in:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;User name:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Uitgaande server:&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Poort:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Versleuteling:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Inloggen:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Gebruikersnaam:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>We checked this: signing in on port %1 works, and the server accepted a recipient.</source>
        <translation>Dit hebben we gecontroleerd: inloggen op poort %1 werkt, en de server heeft een ontvanger geaccepteerd.</translation>
    </message>
    <message>
        <source>This should work, but it is not confirmed: %1</source>
        <translation>Dit zou moeten werken, maar het is niet bevestigd: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Also:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Verder:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Hide technical &amp;details</source>
        <translation>Technische &amp;details verbergen</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf);;JSON for technicians (*.json)</source>
        <translation>Webpagina (*.html);;Pdf-document (*.pdf);;JSON voor technici (*.json)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport niet opgeslagen</translation>
    </message>
    <message>
        <source>MailFix could not save the report to %1: %2</source>
        <translation>MailFix kon het rapport niet opslaan in %1: %2</translation>
    </message>
    <message>
        <source>Allow this certificate?</source>
        <translation>Dit certificaat toestaan?</translation>
    </message>
    <message>
        <source>The server could not prove that it really is your mail server. If someone is listening in on your network, your password could reach them. Allow it only if your provider or your technician told you this server&apos;s certificate is right.

Send your password to this server for this check?</source>
        <translation>De server kon niet bewijzen dat hij echt je mailserver is. Als iemand op je netwerk meeluistert, kan je wachtwoord bij die persoon terechtkomen. Sta het alleen toe als je provider of je technicus je heeft verteld dat het certificaat van deze server klopt.

Je wachtwoord voor deze controle naar deze server sturen?</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Account &quot;%1&quot; (port %2): this one does not work.&lt;/b&gt; %3&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Account “%1” (poort %2): dit account werkt niet.&lt;/b&gt; %3&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Account &quot;%1&quot; (port %2): this one works.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Account “%1” (poort %2): dit account werkt.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>What works, what does not, and what to change.</source>
        <translation>Wat werkt, wat niet werkt, en wat je moet veranderen.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Incoming server (%1):&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Port:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Encryption:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;User name:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Inkomende server (%1):&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Poort:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Versleuteling:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Gebruikersnaam:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>We checked this: signing in to receive mail works with these settings.</source>
        <translation>Dit hebben we gecontroleerd: inloggen om mail te ontvangen werkt met deze instellingen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partial result.&lt;/b&gt; You stopped the check, so this shows only what finished before that. For the whole answer, click Back and then &quot;Check again&quot;.</source>
        <translation>&lt;b&gt;Gedeeltelijk resultaat.&lt;/b&gt; Je hebt de controle gestopt, dus dit toont alleen wat daarvoor klaar was. Klik voor het volledige antwoord op Terug en daarna op “Opnieuw controleren”.</translation>
    </message>
    <message>
        <source>The server did not accept this password.</source>
        <translation>De server heeft dit wachtwoord niet geaccepteerd.</translation>
    </message>
    <message>
        <source>Report saved as %1 in %2.</source>
        <translation>Rapport opgeslagen als %1 in %2.</translation>
    </message>
    <message>
        <source>Report copied. You can paste it into an email or a chat with your helper.</source>
        <translation>Rapport gekopieerd. Je kunt het in een e-mail of een chat met je helper plakken.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Your mail program cannot send?</source>
        <translation>Kan je mailprogramma niet versturen?</translation>
    </message>
    <message>
        <source>MailFix finds out why, and shows you how to fix it in your own mail program.</source>
        <translation>MailFix zoekt uit waarom, en laat je zien hoe je het oplost in je eigen mailprogramma.</translation>
    </message>
    <message>
        <source>If your mail program showed an error message, paste it here (you can leave this empty):</source>
        <translation>Als je mailprogramma een foutmelding toonde, plak die dan hier (je mag dit leeg laten):</translation>
    </message>
    <message>
        <source>Error message from your mail program</source>
        <translation>Foutmelding van je mailprogramma</translation>
    </message>
    <message>
        <source>For example: 503 valid RCPT command must precede DATA</source>
        <translation>Bijvoorbeeld: 503 valid RCPT command must precede DATA</translation>
    </message>
    <message>
        <source>What the error message means</source>
        <translation>Wat de foutmelding betekent</translation>
    </message>
    <message>
        <source>MailFix does not know this message. That is fine: the check will find out more.</source>
        <translation>MailFix kent deze melding niet. Dat geeft niet: de controle zoekt meer uit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What this means:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Wat dit betekent:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>It does not send any mail unless you ask it to, and your password stays on this computer and with your mail server.</source>
        <translation>MailFix verstuurt geen e-mail tenzij u daarom vraagt, en uw wachtwoord blijft op deze computer en bij uw mailserver.</translation>
    </message>
</context>
<context>
    <name>WelcomeSteps</name>
    <message>
        <source>&lt;b&gt;1. It checks&lt;/b&gt;&lt;br&gt;your mail server, the way your mail program talks to it</source>
        <translation>&lt;b&gt;1. Het controleert&lt;/b&gt;&lt;br&gt;uw mailserver, zoals uw e-mailprogramma ermee praat</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. It explains&lt;/b&gt;&lt;br&gt;in plain words what goes wrong</source>
        <translation>&lt;b&gt;2. Het legt uit&lt;/b&gt;&lt;br&gt;in gewone woorden wat er misgaat</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. It shows the fix&lt;/b&gt;&lt;br&gt;step by step, in your own mail program</source>
        <translation>&lt;b&gt;3. Het toont de oplossing&lt;/b&gt;&lt;br&gt;stap voor stap, in uw eigen e-mailprogramma</translation>
    </message>
</context>
<context>
    <name>WizardContext</name>
    <message>
        <source>Signed in with %1.</source>
        <translation>Ingelogd met %1.</translation>
    </message>
    <message>
        <source>%1 accounts sign in through %1&apos;s own sign-in window. MailFix could not test that here: it has not been set up for it. It checked without signing in.</source>
        <translation>Accounts van %1 loggen in via het eigen inlogvenster van %1. MailFix kon dat hier niet testen: het is daar niet voor ingesteld. MailFix heeft gecontroleerd zonder in te loggen.</translation>
    </message>
    <message>
        <source>Your provider signs in with a password, not with its own sign-in window. MailFix checked without signing in.</source>
        <translation>Je provider logt in met een wachtwoord, niet met een eigen inlogvenster. MailFix heeft gecontroleerd zonder in te loggen.</translation>
    </message>
    <message>
        <source>The sign-in with %1 did not work (%2). MailFix checked without signing in.</source>
        <translation>Het inloggen met %1 is niet gelukt (%2). MailFix heeft gecontroleerd zonder in te loggen.</translation>
    </message>
</context>
<context>
    <name>WizardOptions</name>
    <message>
        <source>Print start-up time and memory, then quit</source>
        <translation>Opstarttijd en geheugen tonen, en daarna stoppen</translation>
    </message>
    <message>
        <source>mailfix: --ispdb-url is ignored (%1)</source>
        <translation>mailfix: --ispdb-url wordt genegeerd (%1)</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>None</source>
        <translation>Geen</translation>
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
        <translation>geen versleuteling</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Geen authenticatie</translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation>Normaal wachtwoord</translation>
    </message>
    <message>
        <source>Encrypted password</source>
        <translation>Versleuteld wachtwoord</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>server %1, port %2, %3</source>
        <translation>server %1, poort %2, %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: mailfix [--ca-file PEM] [--ispdb-url URL] [--overrides DIR] [--timeout S]
               [--version] [--help]
Starts the MailFix wizard. For the console program, run mailfix-cli --help.
</source>
        <translation>Gebruik: mailfix [--ca-file PEM] [--ispdb-url URL] [--overrides DIR] [--timeout S]
                 [--version] [--help]
Start de MailFix-wizard. Voor het consoleprogramma voer je mailfix-cli --help uit.
</translation>
    </message>
    <message>
        <source>MailFix</source>
        <translation>MailFix</translation>
    </message>
    <message>
        <source>MailFix cannot start</source>
        <translation>MailFix kan niet starten</translation>
    </message>
    <message>
        <source>mailfix: deployment settings: %1</source>
        <translation>mailfix: implementatie-instellingen: %1</translation>
    </message>
    <message>
        <source>mailfix: %1</source>
        <translation>mailfix: %1</translation>
    </message>
</context>
</TS>
