<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>MailFix finds out why your mail program cannot send, and shows you how to fix it.</source>
        <translation>MailFix découvre pourquoi votre logiciel de messagerie ne peut pas envoyer, et vous montre comment y remédier.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
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
        <translation>&lt;p&gt;MailFix est construit avec &lt;b&gt;Qt %1&lt;/b&gt;, utilisé sous la GNU Lesser General Public License version 3 (LGPL-3.0). Voir &lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Les connexions chiffrées utilisent &lt;b&gt;%2&lt;/b&gt;, sous la licence Apache 2.0.&lt;/p&gt;&lt;p&gt;Les paramètres de fournisseurs fournis avec MailFix proviennent de l’&lt;b&gt;ISPDB de Thunderbird&lt;/b&gt; (les données autoconfig du projet Mozilla Thunderbird), utilisée sous la Mozilla Public License 2.0 (MPL-2.0). Les données et leur licence se trouvent dans resources/providers/&#xa0;; l’original est sur &lt;a href=&quot;https://github.com/thunderbird/autoconfig&quot;&gt;github.com/thunderbird/autoconfig&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Les images des guides de correction sont dessinées avec les polices &lt;b&gt;DejaVu Sans&lt;/b&gt; (licence Bitstream Vera et DejaVu, libres d’utilisation et de redistribution).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>Tell MailFix which account cannot send.</source>
        <translation>Indiquez à MailFix quel compte ne peut pas envoyer.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Mot de passe (facultatif)</translation>
    </message>
    <message>
        <source>With your password, MailFix can test signing in. It is used only for this test, never stored, and sent only over an encrypted connection to a server it has checked.</source>
        <translation>Avec votre mot de passe, MailFix peut tester l’authentification. Il ne sert qu’à ce test, n’est jamais enregistré et n’est envoyé que par une connexion chiffrée à un serveur que MailFix a vérifié.</translation>
    </message>
    <message>
        <source>Your mail program</source>
        <translation>Votre logiciel de messagerie</translation>
    </message>
    <message>
        <source>I know the outgoing server settings my program uses now</source>
        <translation>Je connais les paramètres du serveur sortant que mon logiciel utilise actuellement</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Serveur sortant</translation>
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
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Read them from &amp;Thunderbird</source>
        <translation>Les lire dans &amp;Thunderbird</translation>
    </message>
    <message>
        <source>Outgoing &amp;server:</source>
        <translation>Ser&amp;veur sortant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rt&#xa0;:</translation>
    </message>
    <message>
        <source>En&amp;cryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation>A&amp;uthentification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mail program:</source>
        <translation>Lo&amp;giciel de messagerie&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Rien trouvé</translation>
    </message>
    <message>
        <source>Read them from &amp;Outlook</source>
        <translation>Les lire &amp;dans Outlook</translation>
    </message>
    <message>
        <source>its settings in the Windows registry</source>
        <translation>le Registre Windows, où Outlook les enregistre</translation>
    </message>
    <message>
        <source>your Thunderbird profile (the file prefs.js)</source>
        <translation>votre profil Thunderbird (le fichier prefs.js)</translation>
    </message>
    <message>
        <source>Read %1&apos;s settings?</source>
        <translation>Lire les paramètres dans %1&#xa0;?</translation>
    </message>
    <message>
        <source>MailFix can read the outgoing server settings of every account from %1. It only reads them, changes nothing, and does not read your passwords or your mail. Read them now?</source>
        <translation>MailFix peut lire les paramètres du serveur sortant de chaque compte dans %1. Il se contente de les lire&#xa0;: il ne modifie rien et ne lit ni vos mots de passe ni vos messages. Les lire maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>MailFix could not find outgoing server settings in %1: %2</source>
        <translation>MailFix n’a pas trouvé de paramètres de serveur sortant dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sign in with my provider&apos;s own sign-in win&amp;dow instead (OAuth2)</source>
        <translation>Me connecter plutôt dans la &amp;fenêtre de connexion de mon fournisseur (OAuth2)</translation>
    </message>
    <message>
        <source>Microsoft 365, Outlook.com and Google accounts sign in this way. MailFix opens the sign-in page in your browser and keeps nothing afterwards.</source>
        <translation>Les comptes Microsoft 365, Outlook.com et Google se connectent de cette façon. MailFix ouvre la page de connexion dans votre navigateur et ne garde rien ensuite.</translation>
    </message>
</context>
<context>
    <name>AppleMailAccounts</name>
    <message>
        <source>the file has no list of mail accounts (MailAccounts)</source>
        <translation>le fichier ne contient pas de liste de comptes de messagerie (MailAccounts)</translation>
    </message>
    <message>
        <source>Apple Mail&apos;s account list is damaged (%1)</source>
        <translation>La liste des comptes d’Apple Mail est endommagée (%1)</translation>
    </message>
    <message>
        <source>no Apple Mail account list (Library/Mail/V*/MailData/Accounts.plist) was found; MailFix does not read the account database of newer macOS versions (Accounts4.sqlite)</source>
        <translation>aucune liste de comptes d’Apple Mail (Library/Mail/V*/MailData/Accounts.plist) n’a été trouvée ; MailFix ne lit pas la base de comptes des versions récentes de macOS (Accounts4.sqlite)</translation>
    </message>
    <message>
        <source>%1 is too large to be Apple Mail&apos;s account list</source>
        <translation>%1 est trop volumineux pour être la liste des comptes d’Apple Mail</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); on macOS 10.14 and later MailFix needs Full Disk Access for it</source>
        <translation>%1 ne peut pas être lu (%2) ; à partir de macOS 10.14, MailFix a besoin pour cela de l’« Accès complet au disque »</translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <source>%1 (--account %2, outgoing server %3: %4)</source>
        <translation>%1 (--account %2, serveur sortant %3&#xa0;: %4)</translation>
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
                   Écrit des paramètres d’envoi vérifiés dans un profil Thunderbird&#xa0;:
                   montre quelles valeurs changent, avant et après, puis (sauf avec
                   --dry-run) enregistre une sauvegarde datée de prefs.js et écrit le
                   nouveau fichier. Uniquement quand Thunderbird est fermé&#xa0;; jamais de
                   mot de passe. --account (l’identité, par ex. id1, ou son adresse)
                   choisit les comptes&#xa0;; sans lui, ceux qui envoient en tant que --user
                   ou par le même serveur sont corrigés. --undo restaure la dernière
                   sauvegarde.
</translation>
    </message>
    <message>
        <source>Mail program</source>
        <translation>Logiciel de messagerie</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Thunderbird profile folder</source>
        <translation>Dossier du profil Thunderbird</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Verified settings</source>
        <translation>Paramètres vérifiés</translation>
    </message>
    <message>
        <source>host:port:security:auth</source>
        <translation>host:port:security:auth</translation>
    </message>
    <message>
        <source>Account to fix</source>
        <translation>Compte à corriger</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Only show the changes</source>
        <translation>Afficher seulement les modifications</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>--program is missing (apply can change Thunderbird&apos;s settings)</source>
        <translation>--program manquant (apply peut modifier les paramètres de Thunderbird)</translation>
    </message>
    <message>
        <source>MailFix can change only Thunderbird&apos;s settings, not &quot;%1&quot;; &quot;mailfix-cli guide&quot; shows how to change them by hand</source>
        <translation>MailFix ne peut modifier que les paramètres de Thunderbird, pas ceux de «&#xa0;%1&#xa0;»&#xa0;; «&#xa0;mailfix-cli guide&#xa0;» montre comment les modifier à la main</translation>
    </message>
    <message>
        <source>--profile is missing: the Thunderbird profile folder</source>
        <translation>--profile manquant&#xa0;: le dossier du profil Thunderbird</translation>
    </message>
    <message>
        <source>--undo takes only --program, --profile and --json, not --%1</source>
        <translation>--undo n’accepte que --program, --profile et --json, pas --%1</translation>
    </message>
    <message>
        <source>--settings is missing, e.g. smtp.example.com:587:starttls:normal-password</source>
        <translation>--settings manquant, par ex. smtp.example.com:587:starttls:normal-password</translation>
    </message>
    <message>
        <source>--user is missing: the user name Thunderbird signs in with</source>
        <translation>--user manquant&#xa0;: le nom d’utilisateur avec lequel Thunderbird s’authentifie</translation>
    </message>
    <message>
        <source>--user holds a control character</source>
        <translation>--user contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the profile has no account &quot;%1&quot;. Its accounts:
%2</source>
        <translation>le profil n’a pas de compte «&#xa0;%1&#xa0;». Ses comptes&#xa0;:
%2</translation>
    </message>
    <message>
        <source>no account sends as %1 or through %2: name the accounts to fix with --account. Its accounts:
%3</source>
        <translation>aucun compte n’envoie en tant que %1 ou par %2&#xa0;: indiquez les comptes à corriger avec --account. Comptes du profil&#xa0;:
%3</translation>
    </message>
    <message>
        <source>The profile has no account with an outgoing server. Nothing was changed.</source>
        <translation>Le profil n’a aucun compte avec un serveur sortant. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Thunderbird already uses these settings. Nothing was changed.</source>
        <translation>Thunderbird utilise déjà ces paramètres. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Thunderbird profile %1
Accounts to fix:
%2
Changes:
%3</source>
        <translation>Profil Thunderbird %1
Comptes à corriger&#xa0;:
%2
Modifications&#xa0;:
%3</translation>
    </message>
    <message>
        <source>Nothing was written (--dry-run).</source>
        <translation>Rien n’a été écrit (--dry-run).</translation>
    </message>
    <message>
        <source>Done. Thunderbird&apos;s old settings are saved in %1.
To undo: mailfix-cli apply --undo --program thunderbird --profile &quot;%2&quot;</source>
        <translation>Terminé. Les anciens paramètres de Thunderbird sont enregistrés dans %1.
Pour annuler&#xa0;: mailfix-cli apply --undo --program thunderbird --profile &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Done. Thunderbird&apos;s settings are back as they were before MailFix changed them (from %1).</source>
        <translation>Terminé. Les paramètres de Thunderbird sont redevenus ceux d’avant la modification par MailFix (à partir de %1).</translation>
    </message>
    <message>
        <source>mailfix-cli %1: %2
</source>
        <translation>mailfix-cli %1&#xa0;: %2
</translation>
    </message>
</context>
<context>
    <name>CheckAgainPage</name>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The server answers as expected. Without your password MailFix cannot confirm that signing in works: send yourself a message to be sure.</source>
        <translation>Le serveur répond comme prévu. Sans votre mot de passe, MailFix ne peut pas confirmer que l’authentification fonctionne&#xa0;: envoyez-vous un message pour en être sûr.</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Pas encore&#xa0;: %1</translation>
    </message>
    <message>
        <source>MailFix could not confirm that sending works.</source>
        <translation>MailFix n’a pas pu confirmer que l’envoi fonctionne.</translation>
    </message>
    <message>
        <source>Is sending fixed now? MailFix checks the settings your mail program uses now.</source>
        <translation>L’envoi fonctionne-t-il maintenant&#xa0;? MailFix vérifie les paramètres que votre logiciel de messagerie utilise actuellement.</translation>
    </message>
    <message>
        <source>MailFix reads the settings %1 uses now for %2 again and checks them. It only reads them, as you agreed before, and changes nothing.</source>
        <translation>MailFix relit les paramètres que %1 utilise actuellement pour %2 et les vérifie. Il les lit seulement, comme vous l’avez accepté, et ne modifie rien.</translation>
    </message>
    <message>
        <source>Which settings does your mail program use now? Confirm the ones below, or type the ones you see in your program, and let MailFix check them.</source>
        <translation>Quels paramètres votre logiciel de messagerie utilise-t-il maintenant&#xa0;? Confirmez ceux ci-dessous, ou saisissez ceux que vous voyez dans votre logiciel, et laissez MailFix les vérifier.</translation>
    </message>
    <message>
        <source>The outgoing server settings your program uses now</source>
        <translation>Les paramètres du serveur sortant que votre logiciel utilise actuellement</translation>
    </message>
    <message>
        <source>Check &amp;these settings</source>
        <translation>Véri&amp;fier ces paramètres</translation>
    </message>
    <message>
        <source>Or send yourself a test message from your mail program. Did it arrive?</source>
        <translation>Ou envoyez-vous un message de test depuis votre logiciel de messagerie. Est-il arrivé&#xa0;?</translation>
    </message>
    <message>
        <source>It arri&amp;ved</source>
        <translation>&amp;Il est arrivé</translation>
    </message>
    <message>
        <source>It did n&amp;ot arrive</source>
        <translation>Il &amp;n’est pas arrivé</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Arrêter la vérification</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Chec&amp;k with this password</source>
        <translation>Vérifier avec ce mot &amp;de passe</translation>
    </message>
    <message>
        <source>Outgoing se&amp;rver:</source>
        <translation>S&amp;erveur sortant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rt&#xa0;:</translation>
    </message>
    <message>
        <source>En&amp;cryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ign-in:</source>
        <translation>A&amp;uthentification&#xa0;:</translation>
    </message>
    <message>
        <source>Your pass&amp;word:</source>
        <translation>Votre &amp;mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Serveur sortant</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>%1 has no account for %2 now</source>
        <translation>%1 n’a actuellement aucun compte pour %2</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>Vérifié à %1</translation>
    </message>
    <message>
        <source>MailFix read the settings %1 uses now and checked them (%2).</source>
        <translation>MailFix a lu les paramètres que %1 utilise actuellement et les a vérifiés (%2).</translation>
    </message>
    <message>
        <source>MailFix checked the settings you confirmed (%1).</source>
        <translation>MailFix a vérifié les paramètres que vous avez confirmés (%1).</translation>
    </message>
    <message>
        <source>MailFix checked the settings you typed (%1).</source>
        <translation>MailFix a vérifié les paramètres que vous avez saisis (%1).</translation>
    </message>
    <message>
        <source>MailFix could not read the settings of %1 again: %2. Type the settings your program uses now, or send yourself a test message.</source>
        <translation>MailFix n’a pas pu relire les paramètres de %1&#xa0;: %2. Saisissez les paramètres que votre logiciel utilise actuellement, ou envoyez-vous un message de test.</translation>
    </message>
    <message>
        <source>You sent a test message from your mail program and it arrived: sending works. MailFix did not check the settings itself this time.</source>
        <translation>Vous avez envoyé un message de test depuis votre logiciel de messagerie et il est arrivé&#xa0;: l’envoi fonctionne. Cette fois, MailFix n’a pas vérifié les paramètres lui-même.</translation>
    </message>
    <message>
        <source>You sent a test message from your mail program and it did not arrive. Compare your program&apos;s settings with the ones above, and let MailFix check them.</source>
        <translation>Vous avez envoyé un message de test depuis votre logiciel de messagerie et il n’est pas arrivé. Comparez les paramètres de votre logiciel avec ceux ci-dessus, et laissez MailFix les vérifier.</translation>
    </message>
    <message>
        <source>You stopped the check. Nothing was confirmed.</source>
        <translation>Vous avez arrêté la vérification. Rien n’a été confirmé.</translation>
    </message>
    <message>
        <source>The server did not accept this password. Type your password again below and check once more.</source>
        <translation>Le serveur n’a pas accepté ce mot de passe. Saisissez de nouveau votre mot de passe ci-dessous et vérifiez encore une fois.</translation>
    </message>
    <message>
        <source>Sending works with them. You can close MailFix.</source>
        <translation>L’envoi fonctionne avec ces paramètres. Vous pouvez fermer MailFix.</translation>
    </message>
    <message>
        <source>Sending works with them. If your program still cannot send, make sure it uses exactly these settings.</source>
        <translation>L’envoi fonctionne avec ces paramètres. Si votre logiciel ne peut toujours pas envoyer, vérifiez qu’il utilise exactement ces paramètres.</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>MailFix is talking to your mail server. This takes a few seconds.</source>
        <translation>MailFix discute avec votre serveur de messagerie. Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>What MailFix is trying</source>
        <translation>Ce que MailFix essaie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Looking up the server</source>
        <translation>Recherche du serveur</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Starting encryption</source>
        <translation>Démarrage du chiffrement</translation>
    </message>
    <message>
        <source>Waiting for the server to greet</source>
        <translation>Attente de l’accueil du serveur</translation>
    </message>
    <message>
        <source>Saying hello</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Asking for encryption</source>
        <translation>Demande de chiffrement</translation>
    </message>
    <message>
        <source>Saying hello again, encrypted</source>
        <translation>Nouvelle salutation, chiffrée</translation>
    </message>
    <message>
        <source>Trying a recipient without signing in</source>
        <translation>Essai d’un destinataire sans authentification</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Trying a recipient after signing in</source>
        <translation>Essai d’un destinataire après authentification</translation>
    </message>
    <message>
        <source>Sending a test message</source>
        <translation>Envoi d’un message de test</translation>
    </message>
    <message>
        <source>Saying goodbye</source>
        <translation>Fin de la conversation</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Works: signed in and a recipient was accepted</source>
        <translation>Fonctionne&#xa0;: authentifié et un destinataire a été accepté</translation>
    </message>
    <message>
        <source>The server name does not exist</source>
        <translation>Ce nom de serveur n’existe pas</translation>
    </message>
    <message>
        <source>No answer: blocked or switched off</source>
        <translation>Pas de réponse&#xa0;: bloqué ou éteint</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Connected, but the server does not answer</source>
        <translation>Connecté, mais le serveur ne répond pas</translation>
    </message>
    <message>
        <source>Connected, but the server did not greet</source>
        <translation>Connecté, mais le serveur n’a pas salué</translation>
    </message>
    <message>
        <source>Answers, but signing in failed</source>
        <translation>Répond, mais l’authentification a échoué</translation>
    </message>
    <message>
        <source>Answers, but its certificate is not trusted</source>
        <translation>Répond, mais son certificat n’est pas fiable</translation>
    </message>
    <message>
        <source>Answers; wants OAuth2 sign-in</source>
        <translation>Répond&#xa0;; demande une authentification OAuth2</translation>
    </message>
    <message>
        <source>Answers, but refuses your From address</source>
        <translation>Répond, mais refuse votre adresse d’expéditeur</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Répond</translation>
    </message>
    <message>
        <source>Finding your mail provider&apos;s settings</source>
        <translation>Recherche des paramètres de votre fournisseur de messagerie</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Looking up where mail for %1 goes.</source>
        <translation>Recherche de la destination du courrier pour %1.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The domain %1 does not exist</source>
        <translation>Le domaine %1 n’existe pas</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Rien trouvé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Stopped. Click &quot;Check again&quot; to start over.</source>
        <translation>Arrêté. Cliquez sur «&#xa0;Vérifier à nouveau&#xa0;» pour recommencer.</translation>
    </message>
    <message>
        <source>Done in %1 seconds. Click Next to see what MailFix found.</source>
        <translation>Terminé en %1 secondes. Cliquez sur Suivant pour voir ce que MailFix a trouvé.</translation>
    </message>
    <message>
        <source>Asking what the server offers</source>
        <translation>Demande de ce que propose le serveur</translation>
    </message>
    <message>
        <source>Asking again, encrypted</source>
        <translation>Nouvelle demande, chiffrée</translation>
    </message>
    <message>
        <source>The server&apos;s certificate gives it another name. MailFix is trying that name too.</source>
        <translation>Le certificat du serveur lui donne un autre nom. MailFix essaie aussi ce nom.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Hide technical details</source>
        <translation>Masquer les &amp;détails techniques</translation>
    </message>
    <message>
        <source>Show tec&amp;hnical details</source>
        <translation>Afficher les &amp;détails techniques</translation>
    </message>
    <message>
        <source>Works: signed in</source>
        <translation>Fonctionne&#xa0;: authentifié</translation>
    </message>
    <message>
        <source>Answers, but not encrypted: MailFix kept your password back</source>
        <translation>Répond, mais sans chiffrement&#xa0;: MailFix n’a pas envoyé votre mot de passe</translation>
    </message>
    <message>
        <source>Answers, but cannot sign you in just now</source>
        <translation>Répond, mais ne peut pas vous authentifier pour le moment</translation>
    </message>
    <message>
        <source>Found one possible server</source>
        <translation>Un serveur possible trouvé</translation>
    </message>
    <message numerus="yes">
        <source>Found %n possible servers</source>
        <translation>
            <numerusform>%n serveur possible trouvé</numerusform>
            <numerusform>%n serveurs possibles trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying one way to send.</source>
        <translation>Essai d’une façon d’envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>Trying %n ways to send, all at the same time.</source>
        <translation>
            <numerusform>Essai de %n façon d’envoyer.</numerusform>
            <numerusform>Essai de %n façons d’envoyer, toutes en même temps.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also one way to receive.</source>
        <translation>Également une façon de recevoir.</translation>
    </message>
    <message numerus="yes">
        <source>Also %n ways to receive.</source>
        <translation>
            <numerusform>Également %n façon de recevoir.</numerusform>
            <numerusform>Également %n façons de recevoir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 checks finished</source>
        <translation>Arrêté&#xa0;: %1 sur %2 vérifications terminées</translation>
    </message>
    <message>
        <source>Stopped. Click Next to see what MailFix found so far, or &quot;Check again&quot; to start over.</source>
        <translation>Arrêté. Cliquez sur Suivant pour voir ce que MailFix a trouvé jusqu’ici, ou sur «&#xa0;Vérifier à nouveau&#xa0;» pour recommencer.</translation>
    </message>
    <message>
        <source>Not offered: nothing answers on this port</source>
        <translation>Non proposé : rien ne répond sur ce port</translation>
    </message>
    <message>
        <source>Signing in with %1 in your browser</source>
        <translation>Connexion avec %1 dans votre navigateur</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser window</source>
        <translation>En attente de votre connexion dans la fenêtre du navigateur</translation>
    </message>
    <message>
        <source>Sign in with %1 in the browser window that opened, then come back here. MailFix keeps nothing of the sign-in after the check.</source>
        <translation>Connectez-vous avec %1 dans la fenêtre du navigateur qui s’est ouverte, puis revenez ici. MailFix ne garde rien de la connexion après la vérification.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>mailfix-cli: unknown command &quot;%1&quot;. Run &quot;mailfix-cli --help&quot; to see the commands.
</source>
        <translation>mailfix-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;». Lancez «&#xa0;mailfix-cli --help&#xa0;» pour voir les commandes.
</translation>
    </message>
    <message>
        <source>Usage: mailfix-cli COMMAND [OPTIONS]

Finds out why a mail program cannot send mail, and how to fix it.

Commands:
</source>
        <translation>Utilisation&#xa0;: mailfix-cli COMMANDE [OPTIONS]

Découvre pourquoi un logiciel de messagerie ne peut pas envoyer de courrier, et comment y remédier.

Commandes&#xa0;:
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
        <translation>  help             Affiche cette aide
  version          Affiche la version

Options&#xa0;:
  -h, --help       Affiche cette aide
  --version        Affiche la version

Le mot de passe n’est lu que sur l’entrée standard (--password-stdin), jamais dans un argument&#xa0;;
rien n’est jamais demandé quand l’entrée standard n’est pas un terminal.
Les paramètres de déploiement d’un administrateur (mailfix.conf, voir le README) peuvent interdire
--send-test, --allow-plaintext-auth, --accept-certificate et --ispdb-url, et fixer des valeurs par défaut.
Codes de sortie&#xa0;: 0 fonctionne, 1 problèmes trouvés, 2 mauvaise utilisation ou saisie,
3 rien de joignable.
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>mailfix-cli: deployment settings: %1
</source>
        <translation>mailfix-cli&#xa0;: paramètres de déploiement&#xa0;: %1
</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>mailfix-cli %1: %2
</source>
        <translation>mailfix-cli %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>Run &quot;mailfix-cli --help&quot; for the options.
</source>
        <translation>Lancez «&#xa0;mailfix-cli --help&#xa0;» pour voir les options.
</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Read the password from stdin</source>
        <translation>Lire le mot de passe sur l’entrée standard</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l’expéditeur</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Recipient for the relay test</source>
        <translation>Destinataire pour le test de relais</translation>
    </message>
    <message>
        <source>Extra trusted CA</source>
        <translation>Autorité de certification (CA) de confiance supplémentaire</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Délai d’attente en secondes</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>JSON output</source>
        <translation>Sortie JSON</translation>
    </message>
    <message>
        <source>Show the transcripts</source>
        <translation>Afficher les transcriptions</translation>
    </message>
    <message>
        <source>Send a test message to --from</source>
        <translation>Envoyer un message de test à --from</translation>
    </message>
    <message>
        <source>Allow the password without encryption</source>
        <translation>Autoriser le mot de passe sans chiffrement</translation>
    </message>
    <message>
        <source>Send the password despite a certificate problem</source>
        <translation>Envoyer le mot de passe malgré un problème de certificat</translation>
    </message>
    <message>
        <source>ISPDB base URL</source>
        <translation>URL de base de l’ISPDB</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Override folder</source>
        <translation>Dossier de paramètres personnalisés</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Do not try autoconfig over plain http</source>
        <translation>Ne pas essayer autoconfig en http non chiffré</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and %1</source>
        <translation>--timeout doit être un nombre de secondes entre 0 et %1</translation>
    </message>
    <message>
        <source>cannot read the CA file &quot;%1&quot;</source>
        <translation>impossible de lire le fichier de CA «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>--%1 is not allowed on this computer: its deployment settings forbid it (%2)</source>
        <translation>--%1 n’est pas autorisé sur cet ordinateur&#xa0;: ses paramètres de déploiement l’interdisent (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL http ou https</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un dossier</translation>
    </message>
    <message>
        <source>--password-stdin needs --user</source>
        <translation>--password-stdin nécessite --user</translation>
    </message>
    <message>
        <source>--user needs --password-stdin (the password is never taken from an argument)</source>
        <translation>--user nécessite --password-stdin (le mot de passe n’est jamais pris dans un argument)</translation>
    </message>
    <message>
        <source>--user is empty</source>
        <translation>--user est vide</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>aucun mot de passe sur l’entrée standard</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>give one email address</source>
        <translation>indiquez une adresse e-mail</translation>
    </message>
    <message>
        <source>give only one email address</source>
        <translation>indiquez une seule adresse e-mail</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de serveur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>Read an OAuth2 access token from stdin</source>
        <translation>Lire un jeton d’accès OAuth2 sur l’entrée standard</translation>
    </message>
    <message>
        <source>give either --password-stdin or --oauth2-token-stdin</source>
        <translation>indiquez soit --password-stdin, soit --oauth2-token-stdin</translation>
    </message>
    <message>
        <source>--oauth2-token-stdin needs --user</source>
        <translation>--oauth2-token-stdin nécessite --user</translation>
    </message>
    <message>
        <source>no token on standard input</source>
        <translation>aucun jeton sur l’entrée standard</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no server name or port given</source>
        <translation>aucun nom de serveur ni port indiqué</translation>
    </message>
    <message>
        <source>the name has no address</source>
        <translation>le nom n’a pas d’adresse</translation>
    </message>
    <message>
        <source>could not read CA file %1</source>
        <translation>impossible de lire le fichier de CA %1</translation>
    </message>
    <message>
        <source>connecting to %1 port %2</source>
        <translation>connexion à %1 port %2</translation>
    </message>
    <message>
        <source>the server sent data before the TLS handshake; it was ignored</source>
        <translation>le serveur a envoyé des données avant la négociation TLS&#xa0;; elles ont été ignorées</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>négociation TLS</translation>
    </message>
    <message>
        <source>certificate problem: %1</source>
        <translation>problème de certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLS established: %1, %2; certificate for %3 issued by %4, valid until %5; %6</source>
        <translation>TLS établi&#xa0;: %1, %2&#xa0;; certificat pour %3 émis par %4, valable jusqu’au %5&#xa0;; %6</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>fiable</translation>
    </message>
    <message>
        <source>NOT trusted</source>
        <translation>NON fiable</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>no answer within %1 s in all</source>
        <translation>pas de réponse en %1 s au total</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <source>The certificate&apos;s alternative names (%1) do not include %2; only its common name matches, which mail programs do not accept</source>
        <translation>Les noms alternatifs du certificat (%1) n’incluent pas %2&#xa0;; seul son nom commun (CN) correspond, ce que les logiciels de messagerie n’acceptent pas</translation>
    </message>
</context>
<context>
    <name>DeploymentConfig</name>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>la variable d’environnement %1 n’est pas définie</translation>
    </message>
    <message>
        <source>give an absolute path here</source>
        <translation>indiquez ici un chemin absolu</translation>
    </message>
    <message>
        <source>line breaks and control characters are not allowed</source>
        <translation>les sauts de ligne et les caractères de contrôle ne sont pas autorisés</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus long que %1 caractères</translation>
    </message>
    <message>
        <source>not a telephone number (digits, spaces and + ( ) . / - only, at most %1 characters)</source>
        <translation>pas un numéro de téléphone (chiffres, espaces et + ( ) . / - uniquement, %1 caractères au plus)</translation>
    </message>
    <message>
        <source>there is no readable file %1</source>
        <translation>il n’y a pas de fichier lisible %1</translation>
    </message>
    <message>
        <source>not an image MailFix can show (PNG, JPEG, SVG, BMP or GIF)</source>
        <translation>pas une image que MailFix peut afficher (PNG, JPEG, SVG, BMP ou GIF)</translation>
    </message>
    <message>
        <source>there is no folder %1</source>
        <translation>il n’y a pas de dossier %1</translation>
    </message>
    <message>
        <source>not true or false; counted as false, so this is not allowed</source>
        <translation>ni true ni false&#xa0;; compté comme false, donc ce n’est pas autorisé</translation>
    </message>
    <message>
        <source>not true or false; ignored</source>
        <translation>ni true ni false&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>Need help? Call %1 at %2.</source>
        <translation>Besoin d’aide&#xa0;? Appelez %1 au %2.</translation>
    </message>
    <message>
        <source>Need help? Call %1.</source>
        <translation>Besoin d’aide&#xa0;? Appelez le %1.</translation>
    </message>
    <message>
        <source>Need help? Contact %1.</source>
        <translation>Besoin d’aide&#xa0;? Contactez %1.</translation>
    </message>
    <message>
        <source>%1: not a valid settings file; it is ignored</source>
        <translation>%1&#xa0;: pas un fichier de paramètres valide&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <source>%1: cannot be read; it is ignored</source>
        <translation>%1&#xa0;: illisible&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <source>%1: unknown setting &quot;%2&quot;, ignored (the README lists the settings)</source>
        <translation>%1&#xa0;: paramètre inconnu «&#xa0;%2&#xa0;», ignoré (le README liste les paramètres)</translation>
    </message>
    <message>
        <source>%1: %2 = &quot;%3&quot;: %4</source>
        <translation>%1&#xa0;: %2 = «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation>Le fichier de paramètres %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1=%2 in %3</source>
        <translation>%1=%2 dans %3</translation>
    </message>
    <message>
        <source>no folder for reports is set (reports/folder)</source>
        <translation>aucun dossier pour les rapports n’est défini (reports/folder)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>use %1</source>
        <translation>utilisez %1</translation>
    </message>
    <message>
        <source>not an https:// address</source>
        <translation>pas une adresse https://</translation>
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
                   Trouve les paramètres du serveur sortant d’une adresse e-mail&#xa0;: les
                   données de fournisseurs de MailFix, le fichier autoconfig du
                   fournisseur, l’ISPDB en ligne, les enregistrements MX et SRV, puis
                   des suppositions. Les affiche classés, avec leurs sources.
</translation>
    </message>
</context>
<context>
    <name>DetectionReport</name>
    <message>
        <source>The domain %1 does not exist.
</source>
        <translation>Le domaine %1 n’existe pas.
</translation>
    </message>
    <message>
        <source>Provider: %1 (from %2)
</source>
        <translation>Fournisseur&#xa0;: %1 (d’après %2)
</translation>
    </message>
    <message>
        <source>Mail for %1 goes to: %2
</source>
        <translation>Le courrier pour %1 va vers&#xa0;: %2
</translation>
    </message>
    <message>
        <source>No outgoing server found.
</source>
        <translation>Aucun serveur sortant trouvé.
</translation>
    </message>
    <message>
        <source>Outgoing servers, best first:
</source>
        <translation>Serveurs sortants, du meilleur au moins bon&#xa0;:
</translation>
    </message>
    <message>
        <source>, outside your domain: ask before sending a password</source>
        <translation>, hors de votre domaine&#xa0;: demander avant d’envoyer un mot de passe</translation>
    </message>
    <message>
        <source>     user name %1
</source>
        <translation>     nom d’utilisateur %1
</translation>
    </message>
    <message>
        <source>Sources asked:
</source>
        <translation>Sources consultées&#xa0;:
</translation>
    </message>
    <message>
        <source>No incoming server found.
</source>
        <translation>Aucun serveur entrant trouvé.
</translation>
    </message>
    <message>
        <source>Incoming servers, best first:
</source>
        <translation>Serveurs entrants, le meilleur en premier&#xa0;:
</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>The settings the mail program uses now</source>
        <translation>Les paramètres que le logiciel de messagerie utilise actuellement</translation>
    </message>
    <message>
        <source>host:port:security:auth</source>
        <translation>host:port:security:auth</translation>
    </message>
    <message>
        <source>The error the mail program showed</source>
        <translation>L’erreur affichée par le logiciel de messagerie</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Allow the password to go to this host</source>
        <translation>Autoriser l’envoi du mot de passe à cet hôte</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>--approve-host needs a server name</source>
        <translation>--approve-host nécessite un nom de serveur</translation>
    </message>
    <message>
        <source>--send-test needs a password (--password-stdin)</source>
        <translation>--send-test nécessite un mot de passe (--password-stdin)</translation>
    </message>
    <message>
        <source>Looking up the settings for %1 (timeout %2 s)...
</source>
        <translation>Recherche des paramètres pour %1 (délai %2 s)…
</translation>
    </message>
    <message>
        <source>Checking %1...
</source>
        <translation>Vérification de %1…
</translation>
    </message>
    <message>
        <source>Report saved to %1
</source>
        <translation>Rapport enregistré dans %1
</translation>
    </message>
    <message>
        <source>mailfix-cli: the report was not saved: %1
</source>
        <translation>mailfix-cli&#xa0;: le rapport n’a pas été enregistré&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Read the accounts&apos; settings from this mail program</source>
        <translation>Lire les paramètres des comptes dans ce logiciel de messagerie</translation>
    </message>
    <message>
        <source>program</source>
        <translation>logiciel</translation>
    </message>
    <message>
        <source>--read-settings: %1</source>
        <translation>--read-settings&#xa0;: %1</translation>
    </message>
    <message>
        <source>The mail program that showed the error (outlook, thunderbird, apple-mail, other)</source>
        <translation>Le logiciel de messagerie qui a affiché l’erreur (outlook, thunderbird, apple-mail, other)</translation>
    </message>
    <message>
        <source>--program takes outlook, thunderbird, apple-mail or other, not &quot;%1&quot;</source>
        <translation>--program accepte outlook, thunderbird, apple-mail ou other, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Checking the names the server&apos;s certificate gives: %1...
</source>
        <translation>Vérification des noms indiqués par le certificat du serveur&#xa0;: %1…
</translation>
    </message>
    <message>
        <source>Your password was not sent to %1, because it is not part of %2. To check signing in there, run this again with --approve-host %1.
</source>
        <translation>Votre mot de passe n’a pas été envoyé à %1, car ce serveur ne fait pas partie de %2. Pour y vérifier l’authentification, relancez la commande avec --approve-host %1.
</translation>
    </message>
    <message>
        <source>Do not check the incoming server (IMAP, POP3)</source>
        <translation>Ne pas vérifier le serveur entrant (IMAP, POP3)</translation>
    </message>
    <message>
        <source>The incoming server the mail program uses now</source>
        <translation>Le serveur entrant que le logiciel de messagerie utilise actuellement</translation>
    </message>
    <message>
        <source>host:port:security:protocol</source>
        <translation>host:port:security:protocol</translation>
    </message>
    <message>
        <source>Checking the incoming server: %1...
</source>
        <translation>Vérification du serveur entrant&#xa0;: %1…
</translation>
    </message>
    <message>
        <source>The user name the mail program signs in with to receive</source>
        <translation>Le nom d’utilisateur avec lequel le logiciel de messagerie s’authentifie pour recevoir</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>--incoming-user needs --current-incoming (the incoming server it signs in to).</source>
        <translation>--incoming-user nécessite --current-incoming (le serveur entrant auquel il se connecte).</translation>
    </message>
    <message>
        <source>--read-settings takes outlook, thunderbird or apple-mail, not &quot;%1&quot;</source>
        <translation>--read-settings accepte outlook, thunderbird ou apple-mail, pas « %1 »</translation>
    </message>
    <message>
        <source>Sign in with the provider (OAuth2) in a browser, as the mail program does</source>
        <translation>S’authentifier auprès du fournisseur (OAuth2) dans un navigateur, comme le fait le logiciel de messagerie</translation>
    </message>
    <message>
        <source>The program that opens the sign-in address (default: the system&apos;s browser, or none without a display)</source>
        <translation>Le programme qui ouvre l’adresse de connexion (par défaut&#xa0;: le navigateur du système, ou aucun sans écran)</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>How long to wait for the sign-in in the browser (default 300)</source>
        <translation>Durée d’attente de l’authentification dans le navigateur (par défaut 300)</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
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
                   Cherche pourquoi le courrier de ADDRESS ne peut pas être envoyé, et comment
                   y remédier&#xa0;: trouve les paramètres du fournisseur, les vérifie auprès du
                   serveur, ainsi que ceux que le logiciel de messagerie utilise actuellement
                   (--current, par ex. smtp.example.com:587:starttls:normal-password), lit
                   l’erreur qu’il a affichée (--error), et indique ce qui ne va pas et quels
                   paramètres fonctionnent. Le nom d’utilisateur par défaut est celui du
                   fournisseur (en général l’adresse). --read-settings lit les paramètres de
                   chaque compte de ce logiciel qui envoie en tant que ADDRESS et juge chacun
                   d’eux. --program indique le logiciel de messagerie de l’utilisateur
                   (outlook, thunderbird, apple-mail, other), pour que les étapes suivantes lui
                   correspondent. Le serveur entrant (IMAP, POP3&#xa0;; --current-incoming, par ex.
                   imap.example.com:993:tls:imap, est celui du logiciel) est aussi vérifié, en
                   même temps, sauf avec --no-incoming&#xa0;: un mot de passe qu’il accepte et que
                   le serveur sortant refuse n’est pas un mauvais mot de passe.
                   --incoming-user&#xa0;: le nom d’utilisateur avec lequel le logiciel reçoit, s’il
                   diffère de --user.
                   --oauth2 s’authentifie auprès du fournisseur (Microsoft 365, Outlook.com,
                   Google, ou [oauth2] custom*) dans un navigateur sur cet ordinateur, comme le
                   fait le logiciel de messagerie, et vérifie avec cette authentification&#xa0;; il
                   affiche l’adresse à ouvrir et l’ouvre avec --browser-command ou le navigateur
                   du système. Il lui faut l’identifiant client (client id) des paramètres de
                   déploiement ([oauth2])&#xa0;; sans lui, il le signale et vérifie sans
                   authentification. --oauth2-token-stdin&#xa0;: un jeton qu’un script détient déjà.
</translation>
    </message>
    <message>
        <source>--oauth2-wait takes 1 to 3600 seconds</source>
        <translation>--oauth2-wait accepte de 1 à 3600 secondes</translation>
    </message>
    <message>
        <source>--oauth2 signs in with the provider: give no --password-stdin or --oauth2-token-stdin</source>
        <translation>--oauth2 s’authentifie auprès du fournisseur&#xa0;: n’indiquez ni --password-stdin ni --oauth2-token-stdin</translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message>
        <source>MailFix could not reach this server, so nothing about it is confirmed.</source>
        <translation>MailFix n’a pas pu joindre ce serveur, donc rien n’est confirmé à son sujet.</translation>
    </message>
    <message>
        <source>MailFix could not test signing in without your password.</source>
        <translation>Sans votre mot de passe, MailFix n’a pas pu tester l’authentification.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so MailFix did not send your password there.</source>
        <translation>Le certificat du serveur n’est pas fiable, donc MailFix n’y a pas envoyé votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in did not work, so these settings are not confirmed yet.</source>
        <translation>L’authentification n’a pas fonctionné, donc ces paramètres ne sont pas encore confirmés.</translation>
    </message>
    <message>
        <source>MailFix could not sign in and send a test recipient with these settings.</source>
        <translation>MailFix n’a pas pu s’authentifier et faire accepter un destinataire de test avec ces paramètres.</translation>
    </message>
    <message>
        <source>The server lets you sign in only over an encrypted connection.</source>
        <translation>Le serveur n’accepte l’authentification que par une connexion chiffrée.</translation>
    </message>
    <message>
        <source>Your program uses no encryption on port %1, so the server does not even offer signing in. This protects your password.</source>
        <translation>Votre logiciel n’utilise pas de chiffrement sur le port %1, donc le serveur ne propose même pas l’authentification. Cela protège votre mot de passe.</translation>
    </message>
    <message>
        <source>offered before encryption: %1</source>
        <translation>proposé avant le chiffrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>offered after encryption: %1</source>
        <translation>proposé après le chiffrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Turn on encryption: STARTTLS on port %1, or SSL/TLS on port 465.</source>
        <translation>Activez le chiffrement&#xa0;: STARTTLS sur le port %1, ou SSL/TLS sur le port 465.</translation>
    </message>
    <message>
        <source>Port %1 needs %2, but your program uses %3.</source>
        <translation>Le port %1 demande %2, mais votre logiciel utilise %3.</translation>
    </message>
    <message>
        <source>On port %1 the server expects %2 from the first moment. When the two sides disagree, the connection stalls or breaks off without a clear message.</source>
        <translation>Sur le port %1, le serveur attend %2 dès le premier instant. Quand les deux côtés ne sont pas d’accord, la connexion se bloque ou s’interrompt sans message clair.</translation>
    </message>
    <message>
        <source>Set the encryption for port %1 to %2, or use the settings below.</source>
        <translation>Réglez le chiffrement du port %1 sur %2, ou utilisez les paramètres ci-dessous.</translation>
    </message>
    <message>
        <source>The name %1 does not exist.</source>
        <translation>Le nom %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The internet&apos;s address book (DNS) has no entry for %1. Check the spelling of your email address and of the outgoing server.</source>
        <translation>L’annuaire d’Internet (DNS) n’a aucune entrée pour %1. Vérifiez l’orthographe de votre adresse e-mail et du serveur sortant.</translation>
    </message>
    <message>
        <source>Check that %1 is spelled right.</source>
        <translation>Vérifiez que %1 est bien orthographié.</translation>
    </message>
    <message>
        <source>MailFix could not reach the outgoing server %1.</source>
        <translation>MailFix n’a pas pu joindre le serveur sortant %1.</translation>
    </message>
    <message>
        <source>Nothing answered on any port. A firewall, a VPN or your network may be blocking mail.</source>
        <translation>Aucun port n’a répondu. Un pare-feu, un VPN ou votre réseau bloque peut-être le courrier.</translation>
    </message>
    <message>
        <source>The server did not accept a connection on any port MailFix tried.</source>
        <translation>Le serveur n’a accepté de connexion sur aucun des ports essayés par MailFix.</translation>
    </message>
    <message>
        <source>Check that you are online, then try again without a VPN and with your firewall allowing your mail program.</source>
        <translation>Vérifiez que vous êtes connecté à Internet, puis réessayez sans VPN et avec un pare-feu qui autorise votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>Port %1 is blocked on your network.</source>
        <translation>Le port %1 est bloqué sur votre réseau.</translation>
    </message>
    <message>
        <source>Connections to port %1 get no answer at all, while other ports of the same server answer. Internet providers often block port 25 so that infected computers cannot send spam.</source>
        <translation>Les connexions au port %1 ne reçoivent aucune réponse, alors que d’autres ports du même serveur répondent. Les fournisseurs d’accès à Internet bloquent souvent le port 25 pour que des ordinateurs infectés ne puissent pas envoyer de spam.</translation>
    </message>
    <message>
        <source>Use port %1 with %2 instead.</source>
        <translation>Utilisez plutôt le port %1 avec %2.</translation>
    </message>
    <message>
        <source>Nothing answers on port %1 of %2.</source>
        <translation>Rien ne répond sur le port %1 de %2.</translation>
    </message>
    <message>
        <source>The server refuses connections on port %1: it does not take mail there.</source>
        <translation>Le serveur refuse les connexions sur le port %1&#xa0;: il n’y reçoit pas de courrier.</translation>
    </message>
    <message>
        <source>The server accepts the connection on port %1 but then does not answer like a mail server.</source>
        <translation>Le serveur accepte la connexion sur le port %1, mais ne répond ensuite pas comme un serveur de messagerie.</translation>
    </message>
    <message>
        <source>Port %1 accepts connections but does not answer.</source>
        <translation>Le port %1 accepte les connexions mais ne répond pas.</translation>
    </message>
    <message>
        <source>Something on your network or at the server takes the connection but never greets your mail program. MailFix uses another port.</source>
        <translation>Quelque chose sur votre réseau ou chez le serveur prend la connexion mais ne salue jamais votre logiciel de messagerie. MailFix utilise un autre port.</translation>
    </message>
    <message>
        <source>certificate for %1, issued by %2, valid until %3</source>
        <translation>certificat pour %1, émis par %2, valable jusqu’au %3</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted.</source>
        <translation>Le certificat du serveur n’est pas fiable.</translation>
    </message>
    <message>
        <source>The certificate is how a server proves who it is. This one does not prove it, so your password could reach someone else. MailFix did not send your password there.</source>
        <translation>Le certificat permet à un serveur de prouver qui il est. Celui-ci ne le prouve pas, donc votre mot de passe pourrait arriver chez quelqu’un d’autre. MailFix n’y a pas envoyé votre mot de passe.</translation>
    </message>
    <message>
        <source>Use the server name your provider gives (it must match the certificate). If your provider says this certificate is right, you can allow it for this server only.</source>
        <translation>Utilisez le nom de serveur indiqué par votre fournisseur (il doit correspondre au certificat). Si votre fournisseur confirme que ce certificat est le bon, vous pouvez l’autoriser pour ce serveur uniquement.</translation>
    </message>
    <message>
        <source>The server only takes mail over an encrypted connection.</source>
        <translation>Le serveur n’accepte le courrier que par une connexion chiffrée.</translation>
    </message>
    <message>
        <source>Your mail program must switch on encryption before it sends anything.</source>
        <translation>Votre logiciel de messagerie doit activer le chiffrement avant d’envoyer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Turn on encryption (SSL/TLS or STARTTLS) for the outgoing server.</source>
        <translation>Activez le chiffrement (SSL/TLS ou STARTTLS) pour le serveur sortant.</translation>
    </message>
    <message>
        <source>Your mail server wants your mail program to sign in before it sends. Your program is not signing in.</source>
        <translation>Votre serveur de messagerie veut que votre logiciel s’authentifie avant d’envoyer. Votre logiciel ne s’authentifie pas.</translation>
    </message>
    <message>
        <source>Your mail server sends mail only for people who sign in.</source>
        <translation>Votre serveur de messagerie n’envoie le courrier que pour les personnes authentifiées.</translation>
    </message>
    <message>
        <source>Without signing in, the server refuses every recipient outside its own domain. A program that then sends the message anyway gets errors such as &quot;503 valid RCPT command must precede DATA&quot;.</source>
        <translation>Sans authentification, le serveur refuse tout destinataire hors de son propre domaine. Un logiciel qui envoie quand même le message reçoit alors des erreurs comme «&#xa0;503 valid RCPT command must precede DATA&#xa0;».</translation>
    </message>
    <message>
        <source>The &quot;503&quot; message is a consequence, not the cause.</source>
        <translation>Le message «&#xa0;503&#xa0;» est une conséquence, pas la cause.</translation>
    </message>
    <message>
        <source>The server says 503 when a program sends the message after every recipient was refused. Fix the cause above and the 503 goes away.</source>
        <translation>Le serveur répond 503 quand un logiciel envoie le message alors que tous les destinataires ont été refusés. Corrigez la cause ci-dessus et le 503 disparaîtra.</translation>
    </message>
    <message>
        <source>Signing in from mail programs is switched off for your organisation.</source>
        <translation>L’authentification depuis les logiciels de messagerie est désactivée pour votre organisation.</translation>
    </message>
    <message>
        <source>Your Microsoft 365 administrator has turned off SMTP sign-in. Your password is probably right.</source>
        <translation>Votre administrateur Microsoft 365 a désactivé l’authentification SMTP. Votre mot de passe est probablement correct.</translation>
    </message>
    <message>
        <source>Ask your administrator to allow &quot;Authenticated SMTP&quot; for your mailbox, or use a program that signs in with your Microsoft account (OAuth2).</source>
        <translation>Demandez à votre administrateur d’autoriser «&#xa0;SMTP authentifié&#xa0;» pour votre boîte aux lettres, ou utilisez un logiciel qui se connecte avec votre compte Microsoft (OAuth2).</translation>
    </message>
    <message>
        <source>Your provider no longer accepts a password from mail programs.</source>
        <translation>Votre fournisseur n’accepte plus de mot de passe venant des logiciels de messagerie.</translation>
    </message>
    <message>
        <source>Sign-in must go through your provider&apos;s own login page (OAuth2).</source>
        <translation>L’authentification doit passer par la page de connexion de votre fournisseur (OAuth2).</translation>
    </message>
    <message>
        <source>The server does not accept this way of signing in.</source>
        <translation>Le serveur n’accepte pas cette façon de s’authentifier.</translation>
    </message>
    <message>
        <source>The server says the sign-in method is too weak.</source>
        <translation>Le serveur indique que la méthode d’authentification est trop faible.</translation>
    </message>
    <message>
        <source>Your provider wants an app password, not your normal password.</source>
        <translation>Votre fournisseur demande un mot de passe d’application, pas votre mot de passe habituel.</translation>
    </message>
    <message>
        <source>With 2-step verification on, mail programs must use a separate app password that you create in your account&apos;s security settings.</source>
        <translation>Avec la validation en deux étapes, les logiciels de messagerie doivent utiliser un mot de passe d’application distinct, que vous créez dans les paramètres de sécurité de votre compte.</translation>
    </message>
    <message>
        <source>Create an app password in your account&apos;s security settings and use it in your mail program.</source>
        <translation>Créez un mot de passe d’application dans les paramètres de sécurité de votre compte et utilisez-le dans votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>The server did not accept your user name or password.</source>
        <translation>Le serveur n’a pas accepté votre nom d’utilisateur ou votre mot de passe.</translation>
    </message>
    <message>
        <source>MailFix tried to sign in as %1 and the server said no.</source>
        <translation>MailFix a essayé de s’authentifier en tant que %1 et le serveur a refusé.</translation>
    </message>
    <message>
        <source>Check your password. It contains characters such as quotes, spaces or accented letters, which some programs garble: try typing it again by hand.</source>
        <translation>Vérifiez votre mot de passe. Il contient des caractères comme des guillemets, des espaces ou des lettres accentuées, que certains logiciels déforment&#xa0;: essayez de le retaper à la main.</translation>
    </message>
    <message>
        <source>Check your password, and use your full email address %1 as the user name.</source>
        <translation>Vérifiez votre mot de passe, et utilisez votre adresse e-mail complète %1 comme nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Your provider may want an app password, not your normal password.</source>
        <translation>Votre fournisseur demande peut-être un mot de passe d’application, pas votre mot de passe habituel.</translation>
    </message>
    <message>
        <source>Signing in from mail programs may be switched off for your organisation.</source>
        <translation>L’authentification depuis les logiciels de messagerie est peut-être désactivée pour votre organisation.</translation>
    </message>
    <message>
        <source>Microsoft 365 administrators can turn off SMTP sign-in for each mailbox.</source>
        <translation>Les administrateurs Microsoft 365 peuvent désactiver l’authentification SMTP pour chaque boîte aux lettres.</translation>
    </message>
    <message>
        <source>Your provider accepts sign-in only through its own login page (OAuth2).</source>
        <translation>Votre fournisseur n’accepte l’authentification que par sa propre page de connexion (OAuth2).</translation>
    </message>
    <message>
        <source>A password typed into your mail program is not accepted.</source>
        <translation>Un mot de passe saisi dans votre logiciel de messagerie n’est pas accepté.</translation>
    </message>
    <message>
        <source>If you use 2-step verification, your provider wants an app password.</source>
        <translation>Si vous utilisez la validation en deux étapes, votre fournisseur demande un mot de passe d’application.</translation>
    </message>
    <message>
        <source>Mail programs then need a separate app password from your account&apos;s security settings.</source>
        <translation>Les logiciels de messagerie ont alors besoin d’un mot de passe d’application distinct, créé dans les paramètres de sécurité de votre compte.</translation>
    </message>
    <message>
        <source>Your program signs in a way this server does not offer.</source>
        <translation>Votre logiciel s’authentifie d’une façon que ce serveur ne propose pas.</translation>
    </message>
    <message>
        <source>The server offers: %1.</source>
        <translation>Le serveur propose&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Set the authentication method to &quot;%1&quot;.</source>
        <translation>Réglez la méthode d’authentification sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The server does not let you send from this address.</source>
        <translation>Le serveur ne vous laisse pas envoyer depuis cette adresse.</translation>
    </message>
    <message>
        <source>After you sign in, the server checks the From address. It must be an address that belongs to your account.</source>
        <translation>Après l’authentification, le serveur vérifie l’adresse de l’expéditeur. Elle doit appartenir à votre compte.</translation>
    </message>
    <message>
        <source>Use %1 as the email address of this account, or ask your provider to allow the other address.</source>
        <translation>Utilisez %1 comme adresse e-mail de ce compte, ou demandez à votre fournisseur d’autoriser l’autre adresse.</translation>
    </message>
    <message>
        <source>The server refused the test recipient even after signing in.</source>
        <translation>Le serveur a refusé le destinataire de test même après l’authentification.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address for typing mistakes.</source>
        <translation>Vérifiez qu’il n’y a pas de faute de frappe dans l’adresse du destinataire.</translation>
    </message>
    <message>
        <source>A mailbox is full.</source>
        <translation>Une boîte aux lettres est pleine.</translation>
    </message>
    <message>
        <source>The server refuses mail because a mailbox has no room left.</source>
        <translation>Le serveur refuse le courrier car une boîte aux lettres n’a plus de place.</translation>
    </message>
    <message>
        <source>letters outside the English alphabet before the @</source>
        <translation>des lettres hors de l’alphabet anglais avant le @</translation>
    </message>
    <message>
        <source>a dot at the start or end, or two dots in a row</source>
        <translation>un point au début ou à la fin, ou deux points à la suite</translation>
    </message>
    <message>
        <source>unusual characters such as commas, brackets or quotes</source>
        <translation>des caractères inhabituels comme des virgules, des parenthèses ou des guillemets</translation>
    </message>
    <message>
        <source>quotation marks</source>
        <translation>des guillemets</translation>
    </message>
    <message>
        <source>spaces before or after it</source>
        <translation>des espaces avant ou après</translation>
    </message>
    <message>
        <source>a dot at the very end</source>
        <translation>un point tout à la fin</translation>
    </message>
    <message>
        <source>Your email address contains characters that some programs and servers refuse.</source>
        <translation>Votre adresse e-mail contient des caractères que certains logiciels et serveurs refusent.</translation>
    </message>
    <message>
        <source>It has %1.</source>
        <translation>Elle contient %1.</translation>
    </message>
    <message>
        <source>Type the address again in your mail program, exactly as your provider gave it.</source>
        <translation>Retapez l’adresse dans votre logiciel de messagerie, exactement comme votre fournisseur l’a donnée.</translation>
    </message>
    <message>
        <source>The server refuses your internet connection&apos;s address.</source>
        <translation>Le serveur refuse l’adresse de votre connexion Internet.</translation>
    </message>
    <message>
        <source>Your connection&apos;s address is on a list of addresses that send spam, or the server does not take mail from home connections on this port.</source>
        <translation>L’adresse de votre connexion figure sur une liste d’adresses qui envoient du spam, ou le serveur n’accepte pas le courrier des connexions domestiques sur ce port.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s submission port (587 or 465) with sign-in; if that is refused too, ask your internet provider why your address is listed.</source>
        <translation>Envoyez par le port de soumission de votre fournisseur (587 ou 465) avec authentification&#xa0;; si c’est aussi refusé, demandez à votre fournisseur d’accès à Internet pourquoi votre adresse est listée.</translation>
    </message>
    <message>
        <source>Your provider may want you to check your mail before you send.</source>
        <translation>Votre fournisseur veut peut-être que vous releviez votre courrier avant d’envoyer.</translation>
    </message>
    <message>
        <source>Some servers allow sending only shortly after your program has fetched mail (&quot;POP before SMTP&quot;).</source>
        <translation>Certains serveurs n’autorisent l’envoi que peu après que votre logiciel a relevé le courrier («&#xa0;POP avant SMTP&#xa0;»).</translation>
    </message>
    <message>
        <source>A VPN is switched on.</source>
        <translation>Un VPN est activé.</translation>
    </message>
    <message>
        <source>A VPN sends your mail through another network, which may block mail ports or be on a spam list.</source>
        <translation>Un VPN fait passer votre courrier par un autre réseau, qui peut bloquer les ports de messagerie ou figurer sur une liste de spam.</translation>
    </message>
    <message>
        <source>Switch the VPN off for a moment and check again.</source>
        <translation>Désactivez le VPN un moment et vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>The error message points to this cause.</source>
        <translation>Le message d’erreur indique cette cause.</translation>
    </message>
    <message>
        <source>This comes from the message your program showed; MailFix could not check it by itself.</source>
        <translation>Cela vient du message affiché par votre logiciel&#xa0;; MailFix n’a pas pu le vérifier lui-même.</translation>
    </message>
    <message>
        <source>Your settings work: MailFix signed in and the server accepted a recipient.</source>
        <translation>Vos paramètres fonctionnent&#xa0;: MailFix s’est authentifié et le serveur a accepté un destinataire.</translation>
    </message>
    <message>
        <source>These settings work: MailFix signed in and the server accepted a recipient.</source>
        <translation>Ces paramètres fonctionnent&#xa0;: MailFix s’est authentifié et le serveur a accepté un destinataire.</translation>
    </message>
    <message>
        <source>We checked this: %1 with sign-in.</source>
        <translation>Nous l’avons vérifié&#xa0;: %1, avec authentification.</translation>
    </message>
    <message>
        <source>Check every account in your mail program.</source>
        <translation>Vérifiez chaque compte de votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>Your password has unusual characters.</source>
        <translation>Votre mot de passe contient des caractères inhabituels.</translation>
    </message>
    <message>
        <source>Some programs garble quotes, spaces or accented letters in passwords. Try a password without them.</source>
        <translation>Certains logiciels déforment les guillemets, les espaces ou les lettres accentuées dans les mots de passe. Essayez un mot de passe sans ces caractères.</translation>
    </message>
    <message>
        <source>Use your mail provider&apos;s outgoing server.</source>
        <translation>Utilisez le serveur sortant de votre fournisseur de messagerie.</translation>
    </message>
    <message>
        <source>Sending through your internet provider&apos;s server instead of your mail provider&apos;s often fails.</source>
        <translation>Envoyer par le serveur de votre fournisseur d’accès à Internet plutôt que par celui de votre fournisseur de messagerie échoue souvent.</translation>
    </message>
    <message>
        <source>Pause your antivirus program&apos;s email scanning.</source>
        <translation>Suspendez l’analyse des e-mails de votre antivirus.</translation>
    </message>
    <message>
        <source>Some antivirus programs sit between your mail program and the server and break encrypted connections.</source>
        <translation>Certains antivirus s’interposent entre votre logiciel de messagerie et le serveur et cassent les connexions chiffrées.</translation>
    </message>
    <message>
        <source>Repair Outlook&apos;s data file.</source>
        <translation>Réparez le fichier de données d’Outlook.</translation>
    </message>
    <message>
        <source>A damaged Outlook data file can stop sending even with the right settings: close Outlook and run the Inbox Repair Tool (SCANPST.EXE).</source>
        <translation>Un fichier de données Outlook endommagé peut empêcher l’envoi même avec les bons paramètres&#xa0;: fermez Outlook et lancez l’Outil de réparation de la boîte de réception (SCANPST.EXE).</translation>
    </message>
    <message>
        <source>Wait if you just moved your domain.</source>
        <translation>Patientez si vous venez de déménager votre domaine.</translation>
    </message>
    <message>
        <source>After a domain moves to a new mail provider, the change can take up to a day or two to reach everyone.</source>
        <translation>Quand un domaine passe chez un nouveau fournisseur de messagerie, le changement peut mettre un jour ou deux à atteindre tout le monde.</translation>
    </message>
    <message>
        <source>If a script or device sends the mail, check that it gives a recipient.</source>
        <translation>Si un script ou un appareil envoie le courrier, vérifiez qu’il indique un destinataire.</translation>
    </message>
    <message>
        <source>A program that sends the message without any accepted recipient gets &quot;503 valid RCPT command must precede DATA&quot; from the server.</source>
        <translation>Un logiciel qui envoie le message sans aucun destinataire accepté reçoit du serveur «&#xa0;503 valid RCPT command must precede DATA&#xa0;».</translation>
    </message>
    <message>
        <source>The server on port %1 stops answering after its greeting.</source>
        <translation>Le serveur sur le port %1 ne répond plus après son message d’accueil.</translation>
    </message>
    <message>
        <source>It greeted MailFix, then the conversation broke off while setting up (%1). A firewall or antivirus program that inspects mail can do this, or the server has a problem.</source>
        <translation>Il a salué MailFix, puis l’échange s’est interrompu pendant la mise en place (%1). Un pare-feu ou un antivirus qui analyse les e-mails peut en être la cause, ou le serveur a un problème.</translation>
    </message>
    <message>
        <source>The server %1 is too busy to take mail right now.</source>
        <translation>Le serveur %1 est trop occupé pour accepter des e-mails en ce moment.</translation>
    </message>
    <message>
        <source>It answered that it cannot take more connections. Try again in a few minutes; if it keeps happening, your provider may limit how many connections one address may open.</source>
        <translation>Il a répondu qu’il ne peut pas accepter plus de connexions. Réessayez dans quelques minutes ; si cela se reproduit, votre fournisseur limite peut-être le nombre de connexions qu’une adresse peut ouvrir.</translation>
    </message>
    <message>
        <source>On port %1 the server says it is too busy to take more connections.</source>
        <translation>Sur le port %1, le serveur indique qu’il est trop occupé pour accepter plus de connexions.</translation>
    </message>
    <message>
        <source>%1 is not part of %2, and MailFix sends your password there only when you allow it, so signing in there is not checked.</source>
        <translation>%1 ne fait pas partie de %2. MailFix n’y envoie votre mot de passe que si vous l’autorisez, donc l’authentification n’y a pas été vérifiée.</translation>
    </message>
    <message>
        <source>every name ending in %1</source>
        <translation>tous les noms qui se terminent par %1</translation>
    </message>
    <message>
        <source>every name ending in %1, such as %2</source>
        <translation>tous les noms qui se terminent par %1, par exemple %2</translation>
    </message>
    <message>
        <source>The name %1 leads to the same server, but that server&apos;s certificate is for %2, not for %1. So your mail program cannot check that it really talks to your provider, and warns or refuses to send.</source>
        <translation>Le nom %1 mène au même serveur, mais le certificat de ce serveur est établi pour %2, pas pour %1. Votre logiciel de messagerie ne peut donc pas vérifier qu’il parle bien à votre fournisseur, et il affiche un avertissement ou refuse d’envoyer.</translation>
    </message>
    <message>
        <source>This is usual when many websites share one server.</source>
        <translation>C’est courant quand de nombreux sites web partagent un même serveur.</translation>
    </message>
    <message>
        <source>Your mail server&apos;s real name is %1.</source>
        <translation>Le vrai nom de votre serveur de messagerie est %1.</translation>
    </message>
    <message>
        <source>%1: certificate for %2, issued by %3</source>
        <translation>%1&#xa0;: certificat pour %2, émis par %3</translation>
    </message>
    <message>
        <source>%1: the same server (%2), certificate trusted</source>
        <translation>%1&#xa0;: le même serveur (%2), certificat fiable</translation>
    </message>
    <message>
        <source>Use %1 as the outgoing server (SMTP). Your provider&apos;s own certificate is for %1, so your mail program can check that it really talks to your provider.</source>
        <translation>Utilisez %1 comme serveur sortant (SMTP). Le certificat de votre fournisseur est établi pour %1. Votre logiciel de messagerie peut donc vérifier qu’il parle bien à votre fournisseur.</translation>
    </message>
    <message>
        <source>The certificate of %1 is for %2. Ask your provider for the name of its outgoing server (SMTP), and use that name.</source>
        <translation>Le certificat de %1 est établi pour %2. Demandez à votre fournisseur le nom de son serveur sortant (SMTP), et utilisez ce nom.</translation>
    </message>
    <message>
        <source>Signing in from mail programs is switched off for your mailbox.</source>
        <translation>L’authentification depuis les logiciels de messagerie est désactivée pour votre boîte aux lettres.</translation>
    </message>
    <message>
        <source>Wait an hour, or until tomorrow for a daily limit, then send again; send large mailings in smaller groups. If you did not send that many messages, change your password, because someone else may be sending with your account.</source>
        <translation>Attendez une heure, ou jusqu’à demain s’il s’agit d’une limite quotidienne, puis envoyez de nouveau. Répartissez les envois en nombre en petits groupes. Si vous n’avez pas envoyé autant de messages, changez votre mot de passe, car quelqu’un d’autre envoie peut-être avec votre compte.</translation>
    </message>
    <message>
        <source>Change your email password and check your computer for malware, then ask your provider or the person who manages your email to unblock your account.</source>
        <translation>Changez le mot de passe de votre messagerie et recherchez des logiciels malveillants sur votre ordinateur. Demandez ensuite à votre fournisseur ou à la personne qui gère votre messagerie de débloquer votre compte.</translation>
    </message>
    <message>
        <source>Give your computer a name with only English letters, digits and hyphens (no underscore), or send through your provider&apos;s outgoing server on port 587 or 465 with sign-in turned on.</source>
        <translation>Donnez à votre ordinateur un nom composé uniquement de lettres de l’alphabet anglais, de chiffres et de traits d’union (sans tiret bas), ou envoyez par le serveur sortant de votre fournisseur sur le port 587 ou 465, avec l’authentification activée.</translation>
    </message>
    <message>
        <source>Ask the person who manages your email to allow &quot;Authenticated SMTP&quot; for your mailbox.</source>
        <translation>Demandez à la personne qui gère votre messagerie d’autoriser «&#xa0;SMTP authentifié&#xa0;» pour votre boîte aux lettres.</translation>
    </message>
    <message>
        <source>Your mail program keeps outgoing settings for each account. When you have several, the one sending may not be the one you fixed.</source>
        <translation>Votre logiciel de messagerie garde des paramètres d’envoi pour chaque compte. Si vous en avez plusieurs, celui qui envoie n’est peut-être pas celui que vous avez corrigé.</translation>
    </message>
    <message>
        <source>Receiving works (%1).</source>
        <translation>La réception fonctionne (%1).</translation>
    </message>
    <message>
        <source>Receiving does not work: the incoming server refused your user name or password.</source>
        <translation>La réception ne fonctionne pas&#xa0;: le serveur entrant a refusé votre nom d’utilisateur ou votre mot de passe.</translation>
    </message>
    <message>
        <source>Receiving is not confirmed: MailFix could not sign in to the incoming server.</source>
        <translation>La réception n’est pas confirmée&#xa0;: MailFix n’a pas pu s’authentifier sur le serveur entrant.</translation>
    </message>
    <message>
        <source>MailFix could not reach your incoming server.</source>
        <translation>MailFix n’a pas pu joindre votre serveur entrant.</translation>
    </message>
    <message>
        <source>Sending does not work: %1</source>
        <translation>L’envoi ne fonctionne pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending works (port %1, %2).</source>
        <translation>L’envoi fonctionne (port %1, %2).</translation>
    </message>
    <message>
        <source>MailFix could not reach an outgoing server.</source>
        <translation>MailFix n’a pu joindre aucun serveur sortant.</translation>
    </message>
    <message>
        <source>Sending is not confirmed: MailFix could not sign in and send a test recipient.</source>
        <translation>L’envoi n’est pas confirmé&#xa0;: MailFix n’a pas pu s’authentifier et envoyer un destinataire de test.</translation>
    </message>
    <message>
        <source>MailFix could not sign in to the incoming server.</source>
        <translation>MailFix n’a pas pu s’authentifier sur le serveur entrant.</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <source>Your provider lets administrators switch off sending from mail programs (SMTP AUTH) for each mailbox or for the whole organisation. That is the most likely reason.</source>
        <translation>Votre fournisseur permet aux administrateurs de désactiver l’envoi depuis les logiciels de messagerie (SMTP AUTH) pour chaque boîte aux lettres ou pour toute l’organisation. C’est la raison la plus probable.</translation>
    </message>
    <message>
        <source>Your provider wants mail programs to sign in through its own login page (OAuth2) for sending.</source>
        <translation>Pour l’envoi, votre fournisseur demande aux logiciels de messagerie de s’authentifier par sa propre page de connexion (OAuth2).</translation>
    </message>
    <message>
        <source>Your provider wants an app password for sending from mail programs.</source>
        <translation>Votre fournisseur demande un mot de passe d’application pour l’envoi depuis les logiciels de messagerie.</translation>
    </message>
    <message>
        <source>Sending with a password (SMTP AUTH) may be switched off for your mailbox or your organisation, your provider may want an app password or OAuth2 for sending, or the outgoing server may need a different user name.</source>
        <translation>L’envoi avec un mot de passe (SMTP AUTH) est peut-être désactivé pour votre boîte aux lettres ou votre organisation. Ou votre fournisseur demande un mot de passe d’application ou OAuth2 pour l’envoi. Ou le serveur sortant attend un autre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Your password works for receiving mail, but the outgoing server does not accept it.</source>
        <translation>Votre mot de passe fonctionne pour la réception, mais le serveur sortant ne l’accepte pas.</translation>
    </message>
    <message>
        <source>The incoming server %1 (%2) accepted your user name %3 and your password, so they are right. The outgoing server refused them. Your account may not send with a password.</source>
        <translation>Le serveur entrant %1 (%2) a accepté votre nom d’utilisateur %3 et votre mot de passe&#xa0;: ils sont donc corrects. Le serveur sortant les a refusés. Votre compte n’a peut-être pas le droit d’envoyer avec un mot de passe.</translation>
    </message>
    <message>
        <source>Do not change your password. Ask your provider or administrator to allow sending from mail programs (SMTP AUTH) for %1, and which user name, app password or sign-in method the outgoing server wants.</source>
        <translation>Ne changez pas votre mot de passe. Demandez à votre fournisseur ou administrateur d’autoriser l’envoi depuis les logiciels de messagerie (SMTP AUTH) pour %1, et quel nom d’utilisateur, mot de passe d’application ou mode d’authentification le serveur sortant attend.</translation>
    </message>
    <message>
        <source>The incoming server %1 (%2) refused the same user name and password too, so they are most likely wrong.</source>
        <translation>Le serveur entrant %1 (%2) a lui aussi refusé ce nom d’utilisateur et ce mot de passe&#xa0;: ils sont donc très probablement faux.</translation>
    </message>
    <message>
        <source>Receiving works with other settings (%1), not with your program&apos;s.</source>
        <translation>La réception fonctionne avec d’autres paramètres (%1), pas avec ceux de votre logiciel.</translation>
    </message>
    <message>
        <source>In Outlook, open the account&apos;s settings, choose &quot;More Settings&quot;, and on the &quot;Outgoing Server&quot; tab turn on &quot;My outgoing server (SMTP) requires authentication&quot;, with your user name %1.</source>
        <translation>Dans Outlook, ouvrez les paramètres du compte, choisissez «&#xa0;Paramètres supplémentaires&#xa0;», et dans l’onglet «&#xa0;Serveur sortant&#xa0;», cochez «&#xa0;Mon serveur sortant (SMTP) requiert une authentification&#xa0;», avec votre nom d’utilisateur %1.</translation>
    </message>
    <message>
        <source>In Thunderbird&apos;s outgoing server (SMTP) settings, set &quot;Authentication method&quot; to &quot;Normal password&quot;, with your user name %1.</source>
        <translation>Dans les paramètres du serveur sortant (SMTP) de Thunderbird, réglez «&#xa0;Méthode d’authentification&#xa0;» sur «&#xa0;Mot de passe normal&#xa0;», avec votre nom d’utilisateur %1.</translation>
    </message>
    <message>
        <source>In Mail&apos;s account settings, open &quot;Server Settings&quot; and, for the outgoing mail server, choose &quot;Password&quot; as the authentication, with your user name %1.</source>
        <translation>Dans les réglages du compte de Mail, ouvrez «&#xa0;Réglages du serveur&#xa0;» et, pour le serveur d’envoi, choisissez «&#xa0;Mot de passe&#xa0;» comme authentification, avec votre nom d’utilisateur %1.</translation>
    </message>
    <message>
        <source>Turn on signing in (authentication) for the outgoing server in your mail program, with your user name %1 and your password.</source>
        <translation>Activez l’authentification pour le serveur sortant dans votre logiciel de messagerie, avec votre nom d’utilisateur %1 et votre mot de passe.</translation>
    </message>
    <message>
        <source>In Outlook, open the account&apos;s settings, choose &quot;More Settings&quot;, and on the &quot;Outgoing Server&quot; tab choose &quot;Use same settings as my incoming mail server&quot;.</source>
        <translation>Dans Outlook, ouvrez les paramètres du compte, choisissez «&#xa0;Paramètres supplémentaires&#xa0;», et dans l’onglet «&#xa0;Serveur sortant&#xa0;», choisissez «&#xa0;Utiliser les mêmes paramètres que mon serveur de courrier entrant&#xa0;».</translation>
    </message>
    <message>
        <source>In Thunderbird&apos;s outgoing server (SMTP) settings, set the user name to %1, the same as for receiving.</source>
        <translation>Dans les paramètres du serveur sortant (SMTP) de Thunderbird, réglez le nom d’utilisateur sur %1, le même que pour la réception.</translation>
    </message>
    <message>
        <source>In Mail&apos;s account settings, open &quot;Server Settings&quot; and type %1 as the outgoing mail server&apos;s user name.</source>
        <translation>Dans les réglages du compte de Mail, ouvrez «&#xa0;Réglages du serveur&#xa0;» et saisissez %1 comme nom d’utilisateur du serveur d’envoi.</translation>
    </message>
    <message>
        <source>Set the outgoing server&apos;s user name to %1, the same as for receiving.</source>
        <translation>Réglez le nom d’utilisateur du serveur sortant sur %1, le même que pour la réception.</translation>
    </message>
    <message>
        <source>Your program uses another user name for sending than for receiving.</source>
        <translation>Votre logiciel utilise un autre nom d’utilisateur pour l’envoi que pour la réception.</translation>
    </message>
    <message>
        <source>The incoming server %1 (%2) accepted the user name %3 with your password. The outgoing server refused the user name %4. Most servers want the same user name for both.</source>
        <translation>Le serveur entrant %1 (%2) a accepté le nom d’utilisateur %3 avec votre mot de passe. Le serveur sortant a refusé le nom d’utilisateur %4. La plupart des serveurs veulent le même nom d’utilisateur pour les deux.</translation>
    </message>
    <message>
        <source>In Outlook, open the account&apos;s settings, choose &quot;More Settings&quot;, and on the &quot;Outgoing Server&quot; tab choose &quot;Log on to incoming mail server before sending mail&quot;.</source>
        <translation>Dans Outlook, ouvrez les paramètres du compte, choisissez «&#xa0;Paramètres supplémentaires&#xa0;», et dans l’onglet «&#xa0;Serveur sortant&#xa0;», choisissez «&#xa0;Se connecter au serveur de courrier entrant avant d’envoyer le courrier&#xa0;».</translation>
    </message>
    <message>
        <source>Thunderbird has no setting for this: click &quot;Get Messages&quot; before you send, and let Thunderbird check for new messages every few minutes.</source>
        <translation>Thunderbird n’a pas de paramètre pour cela&#xa0;: cliquez sur «&#xa0;Relever&#xa0;» avant d’envoyer, et laissez Thunderbird vérifier les nouveaux messages toutes les quelques minutes.</translation>
    </message>
    <message>
        <source>Mail has no setting for this: click &quot;Get Mail&quot; before you send.</source>
        <translation>Mail n’a pas de réglage pour cela&#xa0;: cliquez sur «&#xa0;Relever le courrier&#xa0;» avant d’envoyer.</translation>
    </message>
    <message>
        <source>Let your mail program check for new mail before it sends. If it has a setting to sign in to the incoming server before sending, turn it on.</source>
        <translation>Laissez votre logiciel de messagerie relever le courrier avant d’envoyer. S’il a un paramètre pour se connecter au serveur entrant avant l’envoi, activez-le.</translation>
    </message>
    <message>
        <source>Your mail server sends mail only after your program has checked for new mail.</source>
        <translation>Votre serveur de messagerie n’envoie le courrier qu’une fois que votre logiciel a relevé les nouveaux messages.</translation>
    </message>
    <message>
        <source>The server refused to send until MailFix signed in to receive mail (%1). Right after that, it accepted the same message. This older way of knowing who may send is called &quot;POP before SMTP&quot;.</source>
        <translation>Le serveur a refusé d’envoyer tant que MailFix ne s’était pas connecté pour recevoir le courrier (%1). Juste après, il a accepté le même message. Cette ancienne façon de savoir qui peut envoyer s’appelle «&#xa0;POP avant SMTP&#xa0;».</translation>
    </message>
    <message>
        <source>This server also offers signing in for sending, which is more reliable: use it with your user name %1.</source>
        <translation>Ce serveur propose aussi l’authentification pour l’envoi, qui est plus fiable&#xa0;: utilisez-la avec votre nom d’utilisateur %1.</translation>
    </message>
    <message>
        <source>Outlook keeps outgoing settings for each account. When you have several, the one sending may not be the one you fixed. Also check &quot;Use same settings as my incoming mail server&quot; on the &quot;Outgoing Server&quot; tab.</source>
        <translation>Outlook garde des paramètres d’envoi pour chaque compte. Si vous en avez plusieurs, celui qui envoie n’est peut-être pas celui que vous avez corrigé. Vérifiez aussi «&#xa0;Utiliser les mêmes paramètres que mon serveur de courrier entrant&#xa0;» dans l’onglet «&#xa0;Serveur sortant&#xa0;».</translation>
    </message>
    <message>
        <source>Thunderbird keeps a list of outgoing servers, and each account sends through one of them. When you have several, the one sending may not be the one you fixed.</source>
        <translation>Thunderbird garde une liste de serveurs sortants, et chaque compte envoie par l’un d’eux. Si vous en avez plusieurs, celui qui envoie n’est peut-être pas celui que vous avez corrigé.</translation>
    </message>
    <message>
        <source>Mail keeps outgoing settings for each account. When you have several, the one sending may not be the one you fixed.</source>
        <translation>Mail garde des réglages d’envoi pour chaque compte. Si vous en avez plusieurs, celui qui envoie n’est peut-être pas celui que vous avez corrigé.</translation>
    </message>
    <message>
        <source>%1 (%2, port %3, %4)</source>
        <translation>%1 (%2, port %3, %4)</translation>
    </message>
    <message>
        <source>The server name %1 does not exist.</source>
        <translation>Le nom de serveur %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The encrypted connection (%1) could not be set up on port %2: this port wants another connection security.</source>
        <translation>La connexion chiffrée (%1) n’a pas pu être établie sur le port %2&#xa0;: ce port demande une autre sécurité de connexion.</translation>
    </message>
    <message>
        <source>The server did not answer as a mail server on port %1 with %2: this port wants another connection security.</source>
        <translation>Le serveur n’a pas répondu comme un serveur de messagerie sur le port %1 avec %2&#xa0;: ce port demande une autre sécurité de connexion.</translation>
    </message>
    <message>
        <source>Your program receives without encryption, so MailFix does not send your password there, and many servers refuse it.</source>
        <translation>Votre logiciel reçoit sans chiffrement&#xa0;: MailFix n’y envoie donc pas votre mot de passe, et beaucoup de serveurs le refusent.</translation>
    </message>
    <message>
        <source>We checked this: signing in to %1 works.</source>
        <translation>Nous l’avons vérifié&#xa0;: l’authentification sur %1 fonctionne.</translation>
    </message>
    <message>
        <source>%1 answers, but signing in there could not be checked.</source>
        <translation>%1 répond, mais l’authentification n’a pas pu y être vérifiée.</translation>
    </message>
    <message>
        <source>Your program&apos;s incoming mail settings do not work.</source>
        <translation>Les paramètres de réception de votre logiciel ne fonctionnent pas.</translation>
    </message>
    <message>
        <source>Your program receives mail from %1.</source>
        <translation>Votre logiciel reçoit le courrier de %1.</translation>
    </message>
    <message>
        <source>Set the incoming server in your program to %1, port %2, %3 (%4).</source>
        <translation>Réglez le serveur entrant de votre logiciel sur %1, port %2, %3 (%4).</translation>
    </message>
    <message>
        <source>MailFix could not test signing in through your provider&apos;s sign-in window here.</source>
        <translation>MailFix n’a pas pu tester ici l’authentification par la fenêtre de connexion de votre fournisseur.</translation>
    </message>
    <message>
        <source>In Outlook, remove the account and add it again: Outlook then opens the sign-in window of Microsoft or your provider.</source>
        <translation>Dans Outlook, supprimez le compte et ajoutez-le de nouveau&#xa0;: Outlook ouvre alors la fenêtre de connexion de Microsoft ou de votre fournisseur.</translation>
    </message>
    <message>
        <source>In Thunderbird&apos;s account settings, set &quot;Authentication method&quot; to &quot;OAuth2&quot; for the incoming and the outgoing server (SMTP).</source>
        <translation>Dans les paramètres des comptes de Thunderbird, réglez «&#xa0;Méthode d’authentification&#xa0;» sur «&#xa0;OAuth2&#xa0;» pour le serveur entrant et pour le serveur sortant (SMTP).</translation>
    </message>
    <message>
        <source>In Mail&apos;s account settings, set &quot;Authentication&quot; to &quot;OAuth 2.0&quot;, or add the account again in Internet Accounts.</source>
        <translation>Dans les réglages du compte dans Mail, réglez «&#xa0;Authentification&#xa0;» sur «&#xa0;OAuth 2.0&#xa0;», ou ajoutez de nouveau le compte dans Comptes Internet.</translation>
    </message>
    <message>
        <source>In your mail program, set the sign-in method (authentication) to OAuth2, and sign in when it asks.</source>
        <translation>Dans votre logiciel de messagerie, réglez la méthode d’authentification sur OAuth2, puis connectez-vous quand il vous le demande.</translation>
    </message>
    <message>
        <source>MailFix could not test this way of signing in here.</source>
        <translation>MailFix n’a pas pu tester ici cette façon de s’authentifier.</translation>
    </message>
    <message>
        <source>The sign-in with your provider did not allow sending mail.</source>
        <translation>L’authentification auprès de votre fournisseur ne permettait pas d’envoyer du courrier.</translation>
    </message>
    <message>
        <source>MailFix signed in through your provider&apos;s sign-in window (OAuth2), but the permission it got does not include sending mail, so the server refused it.</source>
        <translation>MailFix s’est authentifié par la fenêtre de connexion de votre fournisseur (OAuth2), mais l’autorisation obtenue ne comprend pas l’envoi de courrier. Le serveur l’a donc refusée.</translation>
    </message>
    <message>
        <source>Ask your administrator to allow sending mail (SMTP) for mail programs that sign in this way, then sign in again.</source>
        <translation>Demandez à votre administrateur d’autoriser l’envoi de courrier (SMTP) pour les logiciels de messagerie qui s’authentifient de cette façon, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server did not accept the OAuth2 sign-in.</source>
        <translation>Le serveur n’a pas accepté l’authentification OAuth2.</translation>
    </message>
    <message>
        <source>MailFix signed in through your provider&apos;s sign-in window (OAuth2) as %1, and the server refused that sign-in: it may have expired or been withdrawn.</source>
        <translation>MailFix s’est authentifié par la fenêtre de connexion de votre fournisseur (OAuth2) en tant que %1, et le serveur a refusé cette authentification&#xa0;: elle a peut-être expiré ou été révoquée.</translation>
    </message>
    <message>
        <source>Sign in again in your mail program. If it keeps failing, ask your provider or administrator whether sending with this sign-in is allowed for your account.</source>
        <translation>Reconnectez-vous dans votre logiciel de messagerie. Si l’échec persiste, demandez à votre fournisseur ou administrateur si l’envoi avec cette authentification est autorisé pour votre compte.</translation>
    </message>
    <message>
        <source>Your provider wants your mail program to sign in through the provider&apos;s own sign-in window (OAuth2).</source>
        <translation>Votre fournisseur demande que votre logiciel de messagerie s’authentifie par la fenêtre de connexion du fournisseur (OAuth2).</translation>
    </message>
</context>
<context>
    <name>DiagnosisReport</name>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>  What we saw:
</source>
        <translation>  Ce que nous avons vu&#xa0;:
</translation>
    </message>
    <message>
        <source>%1, port %2, %3, %4</source>
        <translation>%1, port %2, %3, %4</translation>
    </message>
    <message>
        <source>MailFix found nothing to report.
</source>
        <translation>MailFix n’a rien trouvé à signaler.
</translation>
    </message>
    <message>
        <source>The problem: </source>
        <translation>Le problème&#xa0;: </translation>
    </message>
    <message>
        <source>Use these settings for the outgoing server:
</source>
        <translation>Utilisez ces paramètres pour le serveur sortant&#xa0;:
</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP):</source>
        <translation>Serveur sortant (SMTP)&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Connection security:</source>
        <translation>Sécurité de la connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Authentication method:</source>
        <translation>Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>  Verified: we checked this. Signing in and sending works with these settings.
</source>
        <translation>  Vérifié&#xa0;: nous l’avons testé. L’authentification et l’envoi fonctionnent avec ces paramètres.
</translation>
    </message>
    <message>
        <source>MailFix could not sign in and send with these settings.</source>
        <translation>MailFix n’a pas pu s’authentifier et envoyer avec ces paramètres.</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Non vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>  These work too:
</source>
        <translation>  Ceux-ci fonctionnent aussi&#xa0;:
</translation>
    </message>
    <message>
        <source>MailFix could not reach any outgoing mail server for %1, so it cannot recommend settings.
</source>
        <translation>MailFix n’a pu joindre aucun serveur sortant pour %1&#xa0;; il ne peut donc pas recommander de paramètres.
</translation>
    </message>
    <message>
        <source>MailFix could not find settings that work.
</source>
        <translation>MailFix n’a pas trouvé de paramètres qui fonctionnent.
</translation>
    </message>
    <message>
        <source>Also found:
</source>
        <translation>Également trouvé&#xa0;:
</translation>
    </message>
    <message>
        <source>If it still does not work, check these:
</source>
        <translation>Si cela ne fonctionne toujours pas, vérifiez ceci&#xa0;:
</translation>
    </message>
    <message>
        <source>Provider: %1 (from %2)
</source>
        <translation>Fournisseur&#xa0;: %1 (d’après %2)
</translation>
    </message>
    <message>
        <source>Technical details:

</source>
        <translation>Détails techniques&#xa0;:

</translation>
    </message>
    <message>
        <source>Checked: %1. Add --transcript to see each conversation with the server.
</source>
        <translation>Vérifié&#xa0;: %1. Ajoutez --transcript pour voir chaque conversation avec le serveur.
</translation>
    </message>
    <message>
        <source>Your mail program&apos;s accounts for this address:
</source>
        <translation>Les comptes de votre logiciel de messagerie pour cette adresse&#xa0;:
</translation>
    </message>
    <message>
        <source>- &quot;%1&quot; (%2): does not work. %3
</source>
        <translation>- «&#xa0;%1&#xa0;» (%2)&#xa0;: ne fonctionne pas. %3
</translation>
    </message>
    <message>
        <source>- &quot;%1&quot; (%2): works.
</source>
        <translation>- «&#xa0;%1&#xa0;» (%2)&#xa0;: fonctionne.
</translation>
    </message>
    <message>
        <source>  These should also work (not checked):
</source>
        <translation>  Ceux-ci devraient aussi fonctionner (non vérifiés)&#xa0;:
</translation>
    </message>
    <message>
        <source>For receiving (incoming server, POP3):
</source>
        <translation>Pour la réception (serveur entrant, POP3)&#xa0;:
</translation>
    </message>
    <message>
        <source>For receiving (incoming server, IMAP):
</source>
        <translation>Pour la réception (serveur entrant, IMAP)&#xa0;:
</translation>
    </message>
    <message>
        <source>  Verified: signing in works with these settings.
</source>
        <translation>  Vérifié&#xa0;: l’authentification fonctionne avec ces paramètres.
</translation>
    </message>
    <message>
        <source>  Verified: we checked this. Sending works with these settings.
</source>
        <translation>  Vérifié&#xa0;: nous l’avons vérifié. L’envoi fonctionne avec ces paramètres.
</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>Please type your email address.</source>
        <translation>Veuillez saisir votre adresse e-mail.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no @ sign; an email address looks like name@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de signe @&#xa0;; une adresse e-mail ressemble à nom@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing before the @ sign.</source>
        <translation>«&#xa0;%1&#xa0;» n’a rien avant le signe @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing after the @ sign.</source>
        <translation>«&#xa0;%1&#xa0;» n’a rien après le signe @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one @ sign.</source>
        <translation>«&#xa0;%1&#xa0;» a plus d’un signe @.</translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character.</source>
        <translation>L’adresse contient un saut de ligne ou un autre caractère invisible.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space; email addresses have none.</source>
        <translation>«&#xa0;%1&#xa0;» contient une espace&#xa0;; les adresses e-mail n’en ont pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name that can receive mail.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de domaine qui peut recevoir du courrier.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters, which mail servers refuse.</source>
        <translation>L’adresse dépasse 254 caractères, ce que les serveurs de messagerie refusent.</translation>
    </message>
</context>
<context>
    <name>ErrorExplainer</name>
    <message>
        <source>Your mail server wants your mail program to sign in before it sends, and your program did not sign in.</source>
        <translation>Votre serveur de messagerie veut que votre logiciel s’authentifie avant d’envoyer, et votre logiciel ne s’est pas authentifié.</translation>
    </message>
    <message>
        <source>The mail server turned down every recipient of your message, most likely because your mail program did not sign in first.</source>
        <translation>Le serveur de messagerie a refusé tous les destinataires de votre message, très probablement parce que votre logiciel ne s’est pas authentifié d’abord.</translation>
    </message>
    <message>
        <source>Your mail server refused to send this message, most likely because your mail program did not sign in first.</source>
        <translation>Votre serveur de messagerie a refusé d’envoyer ce message, très probablement parce que votre logiciel ne s’est pas authentifié d’abord.</translation>
    </message>
    <message>
        <source>Your mail server did not accept the user name and password your mail program signed in with.</source>
        <translation>Votre serveur de messagerie n’a pas accepté le nom d’utilisateur et le mot de passe avec lesquels votre logiciel s’est authentifié.</translation>
    </message>
    <message>
        <source>Google did not accept the user name and password your mail program signed in with, which often means it needs an app password instead of your usual password.</source>
        <translation>Google n’a pas accepté le nom d’utilisateur et le mot de passe avec lesquels votre logiciel s’est authentifié. Cela signifie souvent qu’il faut un mot de passe d’application au lieu de votre mot de passe habituel.</translation>
    </message>
    <message>
        <source>Your incoming mail server did not accept the user name and password your mail program uses.</source>
        <translation>Votre serveur de courrier entrant n’a pas accepté le nom d’utilisateur et le mot de passe de votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>Your mail server has stopped accepting sign-ins for a while because of too many attempts with a wrong password.</source>
        <translation>Votre serveur de messagerie refuse les authentifications pendant un moment, après trop de tentatives avec un mauvais mot de passe.</translation>
    </message>
    <message>
        <source>Your mail server could not finish checking your sign-in, which often happens when the sign-in method does not suit the server.</source>
        <translation>Votre serveur de messagerie n’a pas pu terminer la vérification de votre authentification. Cela arrive souvent quand la méthode d’authentification ne convient pas au serveur.</translation>
    </message>
    <message>
        <source>Your mail server wants you to change your password before your mail program can sign in again.</source>
        <translation>Votre serveur de messagerie veut que vous changiez votre mot de passe avant que votre logiciel puisse de nouveau s’authentifier.</translation>
    </message>
    <message>
        <source>Your account uses 2-step verification, so your mail program needs an app password instead of your usual password.</source>
        <translation>Votre compte utilise la validation en deux étapes&#xa0;: votre logiciel de messagerie a donc besoin d’un mot de passe d’application au lieu de votre mot de passe habituel.</translation>
    </message>
    <message>
        <source>Your mail provider stopped this sign-in and wants your mail program to sign in through the provider&apos;s own sign-in page or with an app password.</source>
        <translation>Votre fournisseur de messagerie a bloqué cette authentification&#xa0;: votre logiciel doit passer par la page de connexion du fournisseur ou utiliser un mot de passe d’application.</translation>
    </message>
    <message>
        <source>Your mail provider no longer accepts a plain password from mail programs and wants them to sign in through its own sign-in page.</source>
        <translation>Votre fournisseur de messagerie n’accepte plus de simple mot de passe venant des logiciels de messagerie&#xa0;: ils doivent passer par sa propre page de connexion.</translation>
    </message>
    <message>
        <source>Sending from mail programs with a password is turned off for your account by the person who manages your email.</source>
        <translation>La personne qui gère votre messagerie a désactivé pour votre compte l’envoi depuis les logiciels de messagerie avec un mot de passe.</translation>
    </message>
    <message>
        <source>Your mail server does not accept the sign-in method your mail program is set to use.</source>
        <translation>Votre serveur de messagerie n’accepte pas la méthode d’authentification réglée dans votre logiciel.</translation>
    </message>
    <message>
        <source>Your mail server accepts this way of signing in only over an encrypted connection, and your mail program is not using one.</source>
        <translation>Votre serveur de messagerie n’accepte cette façon de s’authentifier que par une connexion chiffrée, et votre logiciel n’en utilise pas.</translation>
    </message>
    <message>
        <source>Your mail server wants an encrypted connection before anything else, and your mail program did not start one.</source>
        <translation>Votre serveur de messagerie veut une connexion chiffrée avant toute chose, et votre logiciel n’en a pas établi.</translation>
    </message>
    <message>
        <source>Your mail program&apos;s encryption setting does not match what the mail server uses on this port.</source>
        <translation>Le réglage de chiffrement de votre logiciel ne correspond pas à ce que le serveur utilise sur ce port.</translation>
    </message>
    <message>
        <source>Your mail program could not confirm that the mail server is the one it claims to be, because the server&apos;s certificate was not accepted.</source>
        <translation>Votre logiciel de messagerie n’a pas pu confirmer que le serveur est bien celui qu’il prétend être, car le certificat du serveur n’a pas été accepté.</translation>
    </message>
    <message>
        <source>Your mail server refused the sender address, usually because it does not belong to the account your program signs in with.</source>
        <translation>Votre serveur de messagerie a refusé l’adresse d’expéditeur, en général parce qu’elle n’appartient pas au compte avec lequel votre logiciel s’authentifie.</translation>
    </message>
    <message>
        <source>The mail server could not confirm that your sender address exists.</source>
        <translation>Le serveur de messagerie n’a pas pu confirmer que votre adresse d’expéditeur existe.</translation>
    </message>
    <message>
        <source>Your account is not allowed to send with the address shown in the From field.</source>
        <translation>Votre compte n’a pas le droit d’envoyer avec l’adresse indiquée dans le champ De.</translation>
    </message>
    <message>
        <source>Your mail server refused the sender address, which usually means your mail program did not sign in or the address does not belong to the account.</source>
        <translation>Votre serveur de messagerie a refusé l’adresse d’expéditeur. En général, votre logiciel ne s’est pas authentifié ou l’adresse n’appartient pas au compte.</translation>
    </message>
    <message>
        <source>The mail server says an address you are sending to does not exist.</source>
        <translation>Le serveur de messagerie indique qu’une adresse à laquelle vous écrivez n’existe pas.</translation>
    </message>
    <message>
        <source>The mail server turned down a recipient of your message, most often because your mail program did not sign in first.</source>
        <translation>Le serveur de messagerie a refusé un destinataire de votre message, le plus souvent parce que votre logiciel ne s’est pas authentifié d’abord.</translation>
    </message>
    <message>
        <source>The mailbox you are sending to is full and cannot take new mail right now.</source>
        <translation>La boîte aux lettres à laquelle vous écrivez est pleine et ne peut pas recevoir de courrier pour le moment.</translation>
    </message>
    <message>
        <source>An address in your message contains characters that this mail server cannot handle.</source>
        <translation>Une adresse de votre message contient des caractères que ce serveur de messagerie ne sait pas traiter.</translation>
    </message>
    <message>
        <source>The mail server refused mail from your internet connection because its address is on a list of addresses known for sending unwanted mail.</source>
        <translation>Le serveur de messagerie a refusé le courrier de votre connexion Internet, car son adresse figure sur une liste d’adresses connues pour envoyer du courrier indésirable.</translation>
    </message>
    <message>
        <source>The mail server does not take mail straight from a home internet connection, so your mail program needs to send through your provider&apos;s server and sign in.</source>
        <translation>Le serveur de messagerie n’accepte pas le courrier venant directement d’une connexion Internet domestique&#xa0;: votre logiciel doit envoyer par le serveur de votre fournisseur et s’authentifier.</translation>
    </message>
    <message>
        <source>The mail server is refusing mail from your internet connection for now because it noticed unusual activity from its address.</source>
        <translation>Le serveur de messagerie refuse pour l’instant le courrier de votre connexion Internet, car il a remarqué une activité inhabituelle depuis son adresse.</translation>
    </message>
    <message>
        <source>Your mail server lets your mail program send only after it has checked for new mail or signed in.</source>
        <translation>Votre serveur de messagerie ne laisse votre logiciel envoyer qu’après qu’il a relevé le courrier ou s’est authentifié.</translation>
    </message>
    <message>
        <source>Your mail program sent its steps to the mail server in an order the server did not accept.</source>
        <translation>Votre logiciel de messagerie a envoyé ses étapes au serveur dans un ordre que le serveur n’a pas accepté.</translation>
    </message>
    <message>
        <source>Your mail program waited for the mail server but got no answer in time.</source>
        <translation>Votre logiciel de messagerie a attendu le serveur mais n’a pas reçu de réponse à temps.</translation>
    </message>
    <message>
        <source>Your mail program could not connect to the mail server.</source>
        <translation>Votre logiciel de messagerie n’a pas pu se connecter au serveur de messagerie.</translation>
    </message>
    <message>
        <source>The connection to the mail server broke off while your mail program was sending.</source>
        <translation>La connexion au serveur de messagerie a été coupée pendant l’envoi.</translation>
    </message>
    <message>
        <source>Your mail program could not find the mail server by the name in its settings.</source>
        <translation>Votre logiciel de messagerie n’a pas trouvé le serveur de messagerie sous le nom indiqué dans ses paramètres.</translation>
    </message>
    <message>
        <source>Sending from mail programs is turned off for your mailbox, and only the person who manages your email can turn it on for your mailbox.</source>
        <translation>L’envoi depuis les logiciels de messagerie est désactivé pour votre boîte aux lettres. Seule la personne qui gère votre messagerie peut l’activer pour votre boîte aux lettres.</translation>
    </message>
    <message>
        <source>Sending from mail programs is turned off for your whole organisation, and only its administrator can turn it on, for everyone or just for your mailbox.</source>
        <translation>L’envoi depuis les logiciels de messagerie est désactivé pour toute votre organisation. Seul son administrateur peut l’activer, pour tout le monde ou seulement pour votre boîte aux lettres.</translation>
    </message>
    <message>
        <source>The mail server could not find the domain of your sender address, the part after the @, so check that the address is typed correctly.</source>
        <translation>Le serveur de messagerie n’a pas trouvé le domaine de votre adresse d’expéditeur (la partie après le @). Vérifiez que l’adresse est bien écrite.</translation>
    </message>
    <message>
        <source>Your mail provider does not send mail for the domain of your sender address, so use an address that belongs to your account or ask the person who manages your email to add the domain.</source>
        <translation>Votre fournisseur de messagerie n’envoie pas de courrier pour le domaine de votre adresse d’expéditeur. Utilisez une adresse qui appartient à votre compte, ou demandez à la personne qui gère votre messagerie d’ajouter le domaine.</translation>
    </message>
    <message>
        <source>Your account has reached the number of messages your mail provider lets it send in an hour or a day, so sending works again after a while.</source>
        <translation>Votre compte a atteint le nombre de messages que votre fournisseur de messagerie lui permet d’envoyer en une heure ou en un jour. L’envoi fonctionnera de nouveau après un moment.</translation>
    </message>
    <message>
        <source>Your mail provider has stopped your account from sending, usually because unwanted mail was sent from it, so change your password and ask your provider or the person who manages your email to lift the block.</source>
        <translation>Votre fournisseur de messagerie a bloqué l’envoi depuis votre compte, en général parce que du courrier indésirable en a été envoyé. Changez votre mot de passe et demandez à votre fournisseur ou à la personne qui gère votre messagerie de lever le blocage.</translation>
    </message>
    <message>
        <source>The mail server refused the name your computer gives when your mail program connects, often because the name has an underscore or letters outside the English alphabet.</source>
        <translation>Le serveur de messagerie a refusé le nom que donne votre ordinateur quand votre logiciel se connecte, souvent parce que ce nom contient un tiret bas ou des lettres hors de l’alphabet anglais.</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>  explain TEXT [--json]
                   Say what an error message from a mail program means (no network use).
</source>
        <translation>  explain TEXT [--json]
                   Explique un message d’erreur d’un logiciel de messagerie (sans réseau).
</translation>
    </message>
    <message>
        <source>give the error message your mail program showed, in quotes</source>
        <translation>indiquez entre guillemets le message d’erreur affiché par votre logiciel de messagerie</translation>
    </message>
    <message>
        <source>MailFix does not recognise this message; run diagnose to find out more.</source>
        <translation>MailFix ne reconnaît pas ce message&#xa0;; lancez diagnose pour en savoir plus.</translation>
    </message>
    <message>
        <source>Reply code:</source>
        <translation>Code réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Enhanced code:</source>
        <translation>Code étendu&#xa0;:</translation>
    </message>
    <message>
        <source>Server&apos;s words:</source>
        <translation>Le serveur dit&#xa0;:</translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Mail program:</source>
        <translation>Messagerie&#xa0;:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Constats&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ExportAccount</name>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>sign-in with OAuth2 cannot be put into a setup file: add the account with the mail program&apos;s own sign-in for this provider instead</source>
        <translation>l’authentification OAuth2 ne peut pas figurer dans un fichier de configuration&#xa0;: ajoutez plutôt le compte avec l’authentification propre au logiciel de messagerie pour ce fournisseur</translation>
    </message>
    <message>
        <source>both the incoming and the outgoing server are needed</source>
        <translation>le serveur entrant et le serveur sortant sont tous deux nécessaires</translation>
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
                   Écrit les paramètres vérifiés dans des fichiers, jamais avec un mot de
                   passe&#xa0;: un profil de configuration pour Apple Mail (Mac, iPhone, iPad), un
                   fichier PRF pour Outlook classique (outlook.exe /importprf FILE&#xa0;; le
                   nouvel Outlook n’en accepte aucun), et une fiche d’une page avec les
                   paramètres et les étapes illustrées pour un logiciel, à envoyer à un
                   utilisateur (--incoming est facultatif pour la fiche). --settings&#xa0;: le
                   serveur sortant&#xa0;; --incoming&#xa0;: le serveur entrant, HOST:PORT:SECURITY:AUTH
                   avec --incoming-protocol (imap par défaut), ou
                   HOST:PORT:SECURITY:PROTOCOL.
</translation>
    </message>
    <message>
        <source>--address is required (the email address of the account)</source>
        <translation>--address est obligatoire (l’adresse e-mail du compte)</translation>
    </message>
    <message>
        <source>--settings is required (e.g. smtp.example.com:587:starttls:normal-password)</source>
        <translation>--settings est obligatoire (p. ex. smtp.example.com:587:starttls:normal-password)</translation>
    </message>
    <message>
        <source>--user is required (the user name to sign in with, usually the email address)</source>
        <translation>--user est obligatoire (le nom d’utilisateur pour l’authentification, en général l’adresse e-mail)</translation>
    </message>
    <message>
        <source>unknown incoming protocol &quot;%1&quot; (use imap or pop3)</source>
        <translation>protocole entrant inconnu «&#xa0;%1&#xa0;» (utilisez imap ou pop3)</translation>
    </message>
    <message>
        <source>mailfix-cli export: cannot write &quot;%1&quot;: %2
</source>
        <translation>mailfix-cli export&#xa0;: impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2
</translation>
    </message>
    <message>
        <source>mailfix-cli export: no Apple Mail profile: %1
</source>
        <translation>mailfix-cli export&#xa0;: pas de profil Apple Mail&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Wrote the Apple Mail profile to %1
</source>
        <translation>Profil Apple Mail écrit dans %1
</translation>
    </message>
    <message>
        <source>  Open it on the Mac, iPhone or iPad and install it (Mac: System Settings &gt; Privacy &amp; Security &gt; Profiles). It adds a new account; it cannot change the old one, so remove the old account for %1 afterwards. Mail asks for the password.
</source>
        <translation>  Ouvrez-le sur le Mac, l’iPhone ou l’iPad et installez-le (Mac&#xa0;: Réglages Système &gt; Confidentialité et sécurité &gt; Profils). Il ajoute un nouveau compte&#xa0;; il ne peut pas modifier l’ancien, donc supprimez ensuite l’ancien compte de %1. Mail demande le mot de passe.
</translation>
    </message>
    <message>
        <source>  Apple&apos;s profile has one switch, &quot;Use SSL&quot;, for SSL/TLS and STARTTLS alike: it is on for both; Mail picks the kind itself.
</source>
        <translation>  Le profil d’Apple n’a qu’un seul interrupteur, «&#xa0;Use SSL&#xa0;», pour SSL/TLS comme pour STARTTLS&#xa0;: il est activé pour les deux&#xa0;; Mail choisit lui-même le type.
</translation>
    </message>
    <message>
        <source>mailfix-cli export: no PRF file: %1
</source>
        <translation>mailfix-cli export&#xa0;: pas de fichier PRF&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Wrote the Outlook profile file (PRF) to %1
</source>
        <translation>Fichier de profil Outlook (PRF) écrit dans %1
</translation>
    </message>
    <message>
        <source>  For classic Outlook for Windows, with Outlook closed: outlook.exe /importprf &quot;%1&quot;. The new Outlook does not accept PRF files: for it, use the drawn guide (mailfix-cli guide --program outlook --version new).
</source>
        <translation>  Pour Outlook classique pour Windows, avec Outlook fermé&#xa0;: outlook.exe /importprf &quot;%1&quot;. Le nouvel Outlook n’accepte pas les fichiers PRF&#xa0;: pour lui, utilisez le guide illustré (mailfix-cli guide --program outlook --version new).
</translation>
    </message>
    <message>
        <source>--settings-card takes a .pdf or .html file, not &quot;%1&quot;</source>
        <translation>--settings-card accepte un fichier .pdf ou .html, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>mailfix-cli export: cannot draw the card: the program was started without Qt Gui
</source>
        <translation>mailfix-cli export&#xa0;: impossible de dessiner la fiche&#xa0;: le programme a été lancé sans Qt Gui
</translation>
    </message>
    <message>
        <source>Wrote the settings card for %1 (%2 steps) to %3
</source>
        <translation>Fiche de paramètres pour %1 (%2 étapes) écrite dans %3
</translation>
    </message>
    <message>
        <source>export takes no password: the files it writes never hold one</source>
        <translation>export n’accepte pas de mot de passe&#xa0;: les fichiers qu’il écrit n’en contiennent jamais</translation>
    </message>
    <message>
        <source>say what to write: --mobileconfig FILE, --prf FILE or --settings-card FILE</source>
        <translation>indiquez quoi écrire&#xa0;: --mobileconfig FILE, --prf FILE ou --settings-card FILE</translation>
    </message>
    <message>
        <source>--settings-card needs --program (the mail program whose steps it shows)</source>
        <translation>--settings-card nécessite --program (le logiciel de messagerie dont elle montre les étapes)</translation>
    </message>
    <message>
        <source>--incoming is required for --mobileconfig and --prf: the account they set up needs its incoming server (e.g. imap.example.com:993:tls:normal-password)</source>
        <translation>--incoming est obligatoire pour --mobileconfig et --prf&#xa0;: le compte qu’ils configurent a besoin de son serveur entrant (par ex. imap.example.com:993:tls:normal-password)</translation>
    </message>
</context>
<context>
    <name>FixPage</name>
    <message>
        <source>Fix it</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Change these settings in %1, then click Next to check again.</source>
        <translation>Modifiez ces paramètres dans %1, puis cliquez sur Suivant pour vérifier à nouveau.</translation>
    </message>
    <message>
        <source>MailFix has no settings to suggest, because no server answered. Check your internet connection, then go back and check again.</source>
        <translation>MailFix n’a aucun paramètre à proposer, car aucun serveur n’a répondu. Vérifiez votre connexion Internet, puis revenez en arrière et vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Version of your mail program</source>
        <translation>Version de votre logiciel de messagerie</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>Show the steps for several accounts</source>
        <translation>Afficher les étapes pour plusieurs comptes</translation>
    </message>
    <message>
        <source>&amp;Save guide...</source>
        <translation>En&amp;registrer le guide…</translation>
    </message>
    <message>
        <source>Save the guide</source>
        <translation>Enregistrer le guide</translation>
    </message>
    <message>
        <source>As a &amp;web page (HTML)...</source>
        <translation>Comme page &amp;web (HTML)…</translation>
    </message>
    <message>
        <source>As a &amp;PDF...</source>
        <translation>Comme &amp;PDF…</translation>
    </message>
    <message>
        <source>Some guides could not be read:</source>
        <translation>Certains guides n’ont pas pu être lus&#xa0;:</translation>
    </message>
    <message>
        <source>Several accounts</source>
        <translation>Plusieurs comptes</translation>
    </message>
    <message>
        <source>Type the names of the accounts whose outgoing settings you want to change, one a line (as your mail program lists them, usually the email address). The steps for each account are repeated.</source>
        <translation>Saisissez les noms des comptes dont vous voulez modifier les paramètres d’envoi, un par ligne (comme votre logiciel de messagerie les affiche, en général l’adresse e-mail). Les étapes sont répétées pour chaque compte.</translation>
    </message>
    <message>
        <source>Picture of step %1</source>
        <translation>Image de l’étape %1</translation>
    </message>
    <message>
        <source>Your settings work. There is nothing to change in %1.</source>
        <translation>Vos paramètres fonctionnent. Il n’y a rien à modifier dans %1.</translation>
    </message>
    <message>
        <source>The problem is not in %1&apos;s settings, so there is nothing to change there.</source>
        <translation>Le problème ne vient pas des paramètres de %1&#xa0;: il n’y a donc rien à y modifier.</translation>
    </message>
    <message>
        <source>MailFix could not test these settings completely, so they may still need a change.</source>
        <translation>MailFix n’a pas pu tester complètement ces paramètres&#xa0;: ils ont donc peut-être encore besoin d’une modification.</translation>
    </message>
    <message>
        <source>There is no guide to save.</source>
        <translation>Il n’y a aucun guide à enregistrer.</translation>
    </message>
    <message>
        <source>MailFix guide</source>
        <translation>Guide MailFix</translation>
    </message>
    <message>
        <source>Save the guide as a web page</source>
        <translation>Enregistrer le guide comme page web</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Save the guide as a PDF</source>
        <translation>Enregistrer le guide en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to put the folder of pictures</source>
        <translation>Choisissez où mettre le dossier d’images</translation>
    </message>
    <message>
        <source>The guide was not saved</source>
        <translation>Le guide n’a pas été enregistré</translation>
    </message>
    <message>
        <source>MailFix could not save the guide: %1
Try another folder.</source>
        <translation>MailFix n’a pas pu enregistrer le guide&#xa0;: %1
Essayez un autre dossier.</translation>
    </message>
    <message>
        <source>Several a&amp;ccounts...</source>
        <translation>Plusieurs &amp;comptes…</translation>
    </message>
    <message>
        <source>As p&amp;ictures (a folder of PNG files)...</source>
        <translation>Comme &amp;images (un dossier de fichiers PNG)…</translation>
    </message>
    <message>
        <source>%1 already uses these settings. There is nothing to change there.</source>
        <translation>%1 utilise déjà ces paramètres. Il n’y a rien à y modifier.</translation>
    </message>
    <message>
        <source>your mail program</source>
        <translation>votre logiciel de messagerie</translation>
    </message>
    <message>
        <source>Save a setup profile for Apple Mail...</source>
        <translation>Enregistrer un profil de configuration pour Apple Mail…</translation>
    </message>
    <message>
        <source>A file that sets up the account in Mail on the Mac, iPhone or iPad with these settings. Install it, then remove the old account.</source>
        <translation>Un fichier qui configure le compte dans Mail sur le Mac, l’iPhone ou l’iPad avec ces paramètres. Installez-le, puis supprimez l’ancien compte.</translation>
    </message>
    <message>
        <source>&amp;Fix it for me...</source>
        <translation>Corri&amp;ger pour moi…</translation>
    </message>
    <message>
        <source>MailFix writes these settings into Thunderbird for you, after showing what changes. It keeps a copy of the old settings, so you can undo it.</source>
        <translation>MailFix écrit ces paramètres dans Thunderbird pour vous, après vous avoir montré ce qui change. Il garde une copie des anciens paramètres, pour que vous puissiez annuler.</translation>
    </message>
    <message>
        <source>Incoming server:</source>
        <translation>Serveur entrant&#xa0;:</translation>
    </message>
    <message>
        <source>Incoming port:</source>
        <translation>Port entrant&#xa0;:</translation>
    </message>
    <message>
        <source>Outgoing server:</source>
        <translation>Serveur sortant&#xa0;:</translation>
    </message>
    <message>
        <source>Outgoing port:</source>
        <translation>Port sortant&#xa0;:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copies %1 so you can paste it into %2.</source>
        <translation>Copie %1 pour que vous puissiez le coller dans %2.</translation>
    </message>
    <message>
        <source>Save the setup profile for Apple Mail</source>
        <translation>Enregistrer le profil de configuration pour Apple Mail</translation>
    </message>
    <message>
        <source>Configuration profile (*.mobileconfig)</source>
        <translation>Profil de configuration (*.mobileconfig)</translation>
    </message>
    <message>
        <source>No setup profile</source>
        <translation>Aucun profil de configuration</translation>
    </message>
    <message>
        <source>MailFix cannot make a setup profile: %1</source>
        <translation>MailFix ne peut pas créer de profil de configuration&#xa0;: %1</translation>
    </message>
    <message>
        <source>The profile was not saved</source>
        <translation>Le profil n’a pas été enregistré</translation>
    </message>
    <message>
        <source>MailFix could not save the profile: %1
Try another folder.</source>
        <translation>MailFix n’a pas pu enregistrer le profil&#xa0;: %1
Essayez un autre dossier.</translation>
    </message>
    <message>
        <source>The steps to fix it</source>
        <translation>Les étapes pour corriger</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Click to see the picture larger.</source>
        <translation>Cliquez pour voir l’image en plus grand.</translation>
    </message>
    <message>
        <source>Install the setup profile</source>
        <translation>Installer le profil de configuration</translation>
    </message>
    <message>
        <source>The setup profile was saved as %1.</source>
        <translation>Le profil de configuration a été enregistré sous %1.</translation>
    </message>
    <message>
        <source>Install it, then remove the old account: the profile adds a new account, with Use TLS/SSL on. It cannot change the account you have now.</source>
        <translation>Installez-le, puis supprimez l’ancien compte&#xa0;: le profil ajoute un nouveau compte, avec «&#xa0;Utiliser TLS/SSL&#xa0;» coché. Il ne peut pas modifier le compte que vous avez actuellement.</translation>
    </message>
    <message>
        <source>Install it, then remove the old account: the profile adds a new account. It cannot change the account you have now.</source>
        <translation>Installez-le, puis supprimez l’ancien compte&#xa0;: le profil ajoute un nouveau compte. Il ne peut pas modifier le compte que vous avez actuellement.</translation>
    </message>
    <message>
        <source>The steps to install the setup profile</source>
        <translation>Les étapes pour installer le profil de configuration</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>the key %1 is missing</source>
        <translation>la clé %1 manque</translation>
    </message>
    <message>
        <source>must be a text in quotes</source>
        <translation>doit être un texte entre guillemets</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be a list of texts, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>doit être une liste de textes, p. ex. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>unknown key %1 (known here: %2)</source>
        <translation>clé inconnue %1 (connues ici&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} (known: %2)</source>
        <translation>espace réservé inconnu {%1} (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>a { or } without its partner</source>
        <translation>un { ou un } sans son partenaire</translation>
    </message>
    <message>
        <source>must be true, false, or a condition such as &quot;security=tls|starttls&quot; or &quot;auth!=none&quot;</source>
        <translation>doit être true, false ou une condition comme &quot;security=tls|starttls&quot; ou &quot;auth!=none&quot;</translation>
    </message>
    <message>
        <source>unknown value %1 for %2 (known: %3)</source>
        <translation>valeur inconnue %1 pour %2 (connues&#xa0;: %3)</translation>
    </message>
    <message>
        <source>unknown need %1 (known: %2)</source>
        <translation>besoin inconnu %1 (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l’un de %1</translation>
    </message>
    <message>
        <source>must be an object { ... }</source>
        <translation>doit être un objet { ... }</translation>
    </message>
    <message>
        <source>unknown widget type %1 (known: %2)</source>
        <translation>type de widget inconnu %1 (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>needs four numbers [x, y, width, height]</source>
        <translation>demande quatre nombres [x, y, largeur, hauteur]</translation>
    </message>
    <message>
        <source>width and height must be more than 0</source>
        <translation>la largeur et la hauteur doivent être supérieures à 0</translation>
    </message>
    <message>
        <source>lies outside the dialog (%1 x %2)</source>
        <translation>se trouve hors de la boîte de dialogue (%1 x %2)</translation>
    </message>
    <message>
        <source>must be a list of column widths, e.g. [200, 120]</source>
        <translation>doit être une liste de largeurs de colonnes, p. ex. [200, 120]</translation>
    </message>
    <message>
        <source>must be a list of indent levels from 0 to 10, one a row</source>
        <translation>doit être une liste de niveaux de retrait de 0 à 10, un par ligne</translation>
    </message>
    <message>
        <source>must be a list of rows</source>
        <translation>doit être une liste de lignes</translation>
    </message>
    <message>
        <source>a row is a text, or a list of texts (one a column)</source>
        <translation>une ligne est un texte, ou une liste de textes (un par colonne)</translation>
    </message>
    <message>
        <source>must be &quot;tabs&quot; or &quot;segmented&quot;</source>
        <translation>doit être &quot;tabs&quot; ou &quot;segmented&quot;</translation>
    </message>
    <message>
        <source>must be one of &quot;white&quot;, &quot;window&quot;, &quot;sidebar&quot;, &quot;accent&quot;, &quot;header&quot;</source>
        <translation>doit être &quot;white&quot;, &quot;window&quot;, &quot;sidebar&quot;, &quot;accent&quot; ou &quot;header&quot;</translation>
    </message>
    <message>
        <source>must be &quot;list&quot; or &quot;sidebar&quot;</source>
        <translation>doit être &quot;list&quot; ou &quot;sidebar&quot;</translation>
    </message>
    <message>
        <source>needs at least one item</source>
        <translation>demande au moins un élément</translation>
    </message>
    <message>
        <source>there is no item %1 (the first is 0)</source>
        <translation>il n’y a pas d’élément %1 (le premier est 0)</translation>
    </message>
    <message>
        <source>there is no row %1 (the first is 0)</source>
        <translation>il n’y a pas de ligne %1 (la première est 0)</translation>
    </message>
    <message>
        <source>has more cells than there are columns</source>
        <translation>a plus de cellules qu’il n’y a de colonnes</translation>
    </message>
    <message>
        <source>needs one title for each column</source>
        <translation>demande un titre pour chaque colonne</translation>
    </message>
    <message>
        <source>needs one indent for each row</source>
        <translation>demande un retrait pour chaque ligne</translation>
    </message>
    <message>
        <source>needs one icon for each item</source>
        <translation>demande une icône pour chaque élément</translation>
    </message>
    <message>
        <source>needs one shortcut (or &quot;&quot;) for each item</source>
        <translation>demande un raccourci (ou &quot;&quot;) pour chaque élément</translation>
    </message>
    <message>
        <source>a %1 needs a text</source>
        <translation>un %1 demande un texte</translation>
    </message>
    <message>
        <source>a dialog with a title bar needs a title</source>
        <translation>une boîte de dialogue avec barre de titre demande un titre</translation>
    </message>
    <message>
        <source>needs two numbers [width, height], each from 40 to 2000</source>
        <translation>demande deux nombres [largeur, hauteur], chacun de 40 à 2000</translation>
    </message>
    <message>
        <source>is missing: &quot;windows&quot;, &quot;gtk&quot; or &quot;macos&quot;</source>
        <translation>manque&#xa0;: &quot;windows&quot;, &quot;gtk&quot; ou &quot;macos&quot;</translation>
    </message>
    <message>
        <source>needs a list of widgets</source>
        <translation>demande une liste de widgets</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>l’identifiant %1 est utilisé deux fois</translation>
    </message>
    <message>
        <source>use small letters, digits and - only</source>
        <translation>n’utilisez que des minuscules, des chiffres et -</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>needs at least one of %1</source>
        <translation>demande au moins l’un de %1</translation>
    </message>
    <message>
        <source>must be a list of items</source>
        <translation>doit être une liste d’éléments</translation>
    </message>
    <message>
        <source>no widget of this step&apos;s dialog has callout %1</source>
        <translation>aucun widget de la boîte de dialogue de cette étape n’a le repère %1</translation>
    </message>
    <message>
        <source>callout %1 is on a widget but no item of the step explains it</source>
        <translation>le repère %1 est sur un widget, mais aucun élément de l’étape ne l’explique</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;%1&quot;: &quot;...&quot;}</source>
        <translation>doit être un objet comme {&quot;%1&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON non valide à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a guide must be a JSON object { ... }</source>
        <translation>un guide doit être un objet JSON { ... }</translation>
    </message>
    <message>
        <source>must be %1 (this MailFix reads guides of format %1)</source>
        <translation>doit être %1 (ce MailFix lit les guides au format %1)</translation>
    </message>
    <message>
        <source>use small letters, digits and - only, e.g. &quot;thunderbird&quot;</source>
        <translation>n’utilisez que des minuscules, des chiffres et -, p. ex. &quot;thunderbird&quot;</translation>
    </message>
    <message>
        <source>use small letters, digits and - only, e.g. &quot;115&quot;</source>
        <translation>n’utilisez que des minuscules, des chiffres et -, p. ex. &quot;115&quot;</translation>
    </message>
    <message>
        <source>must be an object with &quot;security&quot; and &quot;auth&quot;</source>
        <translation>doit être un objet avec &quot;security&quot; et &quot;auth&quot;</translation>
    </message>
    <message>
        <source>steps: needs a list of steps</source>
        <translation>steps&#xa0;: demande une liste d’étapes</translation>
    </message>
</context>
<context>
    <name>Guide/apple-mail</name>
    <message>
        <source>About Mail</source>
        <translation>À propos de Mail</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>Informations sur le compte</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Accounts...</source>
        <translation>Comptes…</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Automatically manage connection settings</source>
        <translation>Gérer automatiquement les réglages de connexion</translation>
    </message>
    <message>
        <source>Check that Email Address is {address}. If it is not, choose it there, or choose Edit Email Addresses... to add it.</source>
        <translation>Vérifiez que le champ Adresse e-mail contient {address}. Sinon, choisissez-la dans la liste, ou choisissez Modifier les adresses e-mail… pour l’ajouter.</translation>
    </message>
    <message>
        <source>Choose Preferences...</source>
        <translation>Choisissez Préférences…</translation>
    </message>
    <message>
        <source>Choose Settings...</source>
        <translation>Choisissez Réglages…</translation>
    </message>
    <message>
        <source>Choose your account.</source>
        <translation>Choisissez votre compte.</translation>
    </message>
    <message>
        <source>Click Accounts.</source>
        <translation>Cliquez sur Comptes.</translation>
    </message>
    <message>
        <source>Click Mail in the menu bar at the top of the screen.</source>
        <translation>Cliquez sur Mail dans la barre des menus en haut de l’écran.</translation>
    </message>
    <message>
        <source>Click Save.</source>
        <translation>Cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <source>Click Server Settings.</source>
        <translation>Cliquez sur Réglages du serveur.</translation>
    </message>
    <message>
        <source>Click your account, {account}, in the list on the left.</source>
        <translation>Cliquez sur votre compte, {account}, dans la liste à gauche.</translation>
    </message>
    <message>
        <source>Close the Accounts window, then send yourself a test message.</source>
        <translation>Fermez la fenêtre Comptes, puis envoyez-vous un message de test.</translation>
    </message>
    <message>
        <source>Composing</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Email Address:</source>
        <translation>Adresse électronique&#xa0;:</translation>
    </message>
    <message>
        <source>Enable this account</source>
        <translation>Activer ce compte</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Fonts &amp; Colors</source>
        <translation>Polices et couleurs</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Full Name:</source>
        <translation>Nom complet&#xa0;:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Hide Mail</source>
        <translation>Masquer Mail</translation>
    </message>
    <message>
        <source>Hide Others</source>
        <translation>Masquer les autres</translation>
    </message>
    <message>
        <source>Host Name:</source>
        <translation>Nom d’hôte&#xa0;:</translation>
    </message>
    <message>
        <source>In Mail, open Mail &gt; Preferences.</source>
        <translation>Dans Mail, ouvrez Mail &gt; Préférences.</translation>
    </message>
    <message>
        <source>In Mail, open Mail &gt; Settings.</source>
        <translation>Dans Mail, ouvrez Mail &gt; Réglages.</translation>
    </message>
    <message>
        <source>Incoming Mail Server (IMAP)</source>
        <translation>Serveur de réception (IMAP)</translation>
    </message>
    <message>
        <source>Junk Mail</source>
        <translation>Courrier indésirable</translation>
    </message>
    <message>
        <source>MD5 Challenge-Response</source>
        <translation>Challenge-réponse MD5</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Mail on macOS 12 Monterey and earlier</source>
        <translation>Mail sur macOS 12 Monterey et versions antérieures</translation>
    </message>
    <message>
        <source>Mail on macOS 13 Ventura and later</source>
        <translation>Mail sur macOS 13 Ventura et versions ultérieures</translation>
    </message>
    <message>
        <source>Mail opens your provider&apos;s sign-in page: sign in there.</source>
        <translation>Mail ouvre la page de connexion de votre fournisseur&#xa0;: connectez-vous là.</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte aux lettres</translation>
    </message>
    <message>
        <source>Mailbox Behaviors</source>
        <translation>Comportement des BAL</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>On the Server Settings tab, under Outgoing Mail Server (SMTP):</source>
        <translation>Dans l’onglet Réglages du serveur, sous Serveur d’envoi (SMTP)&#xa0;:</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Outgoing Mail Server (SMTP)</source>
        <translation>Serveur d’envoi (SMTP)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Preferences...</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Quit Mail</source>
        <translation>Quitter Mail</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Server Settings</source>
        <translation>Paramètres serveur</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Set Authentication to {auth}.</source>
        <translation>Réglez Authentification sur {auth}.</translation>
    </message>
    <message>
        <source>Set Host Name to {host}.</source>
        <translation>Réglez Nom d’hôte sur {host}.</translation>
    </message>
    <message>
        <source>Set Port to {port}.</source>
        <translation>Réglez Port sur {port}.</translation>
    </message>
    <message>
        <source>Set User Name to {username}.</source>
        <translation>Réglez Nom d’utilisateur sur {username}.</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Tick &quot;Use TLS/SSL&quot;.</source>
        <translation>Cochez «&#xa0;Utiliser TLS/SSL&#xa0;».</translation>
    </message>
    <message>
        <source>Type your password again in Password.</source>
        <translation>Saisissez de nouveau votre mot de passe dans Mot de passe.</translation>
    </message>
    <message>
        <source>Untick &quot;Automatically manage connection settings&quot;. Port, Use TLS/SSL and Authentication appear.</source>
        <translation>Décochez «&#xa0;Gérer automatiquement les réglages de connexion&#xa0;». Port, Utiliser TLS/SSL et Authentification apparaissent.</translation>
    </message>
    <message>
        <source>Untick &quot;Use TLS/SSL&quot;.</source>
        <translation>Décochez «&#xa0;Utiliser TLS/SSL&#xa0;».</translation>
    </message>
    <message>
        <source>Use TLS/SSL</source>
        <translation>Utiliser TLS/SSL</translation>
    </message>
    <message>
        <source>Use TLS/SSL off</source>
        <translation>«&#xa0;Utiliser TLS/SSL&#xa0;» décoché</translation>
    </message>
    <message>
        <source>User Name:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>Incoming Mail Server ({incomingProtocol})</source>
        <translation>Serveur de réception ({incomingProtocol})</translation>
    </message>
    <message>
        <source>On the Server Settings tab, under Incoming Mail Server ({incomingProtocol}):</source>
        <translation>Dans l’onglet Réglages du serveur, sous Serveur de réception ({incomingProtocol})&#xa0;:</translation>
    </message>
    <message>
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <source>Set Host Name to {incomingHost}.</source>
        <translation>Réglez Nom d’hôte sur {incomingHost}.</translation>
    </message>
    <message>
        <source>Set Port to {incomingPort}.</source>
        <translation>Réglez Port sur {incomingPort}.</translation>
    </message>
    <message>
        <source>Set User Name to {incomingUsername}.</source>
        <translation>Réglez Nom d’utilisateur sur {incomingUsername}.</translation>
    </message>
    <message>
        <source>AOL</source>
        <translation>AOL</translation>
    </message>
    <message>
        <source>Add Account...</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>Add Other Account...</source>
        <translation>Ajouter un autre compte…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <source>Choose Microsoft Exchange for an Outlook.com or Microsoft 365 address, or Google for a Gmail address.</source>
        <translation>Choisissez Microsoft Exchange pour une adresse Outlook.com ou Microsoft 365, ou Google pour une adresse Gmail.</translation>
    </message>
    <message>
        <source>Click + below the list of accounts.</source>
        <translation>Cliquez sur + sous la liste des comptes.</translation>
    </message>
    <message>
        <source>Click Add Account...</source>
        <translation>Cliquez sur Ajouter un compte…</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>If Authentication does not offer OAuth 2.0, add the account in Internet Accounts instead: macOS then signs in through Microsoft or Google.</source>
        <translation>Si Authentification ne propose pas OAuth 2.0, ajoutez plutôt le compte dans Comptes Internet&#xa0;: macOS se connecte alors par Microsoft ou Google.</translation>
    </message>
    <message>
        <source>Internet Accounts</source>
        <translation>Comptes Internet</translation>
    </message>
    <message>
        <source>Microsoft Exchange</source>
        <translation>Microsoft Exchange</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Open System Preferences from the Apple menu, then click Internet Accounts.</source>
        <translation>Ouvrez Préférences Système depuis le menu Pomme, puis cliquez sur Comptes Internet.</translation>
    </message>
    <message>
        <source>Open System Settings from the Apple menu, then click Internet Accounts.</source>
        <translation>Ouvrez Réglages Système depuis le menu Pomme, puis cliquez sur Comptes Internet.</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Mots de passe</translation>
    </message>
    <message>
        <source>Then remove the old account from Mail: in Mail &gt; Preferences &gt; Accounts, click it, then click −.</source>
        <translation>Supprimez ensuite l’ancien compte de Mail&#xa0;: dans Mail &gt; Préférences &gt; Comptes, cliquez dessus, puis cliquez sur −.</translation>
    </message>
    <message>
        <source>Then remove the old account from Mail: in Mail &gt; Settings &gt; Accounts, click it, then click −.</source>
        <translation>Supprimez ensuite l’ancien compte de Mail&#xa0;: dans Mail &gt; Réglages &gt; Comptes, cliquez dessus, puis cliquez sur −.</translation>
    </message>
    <message>
        <source>Type {address} and click Sign In. Sign in in the window of Microsoft or Google that opens, and keep Mail ticked.</source>
        <translation>Saisissez {address} et cliquez sur Se connecter. Connectez-vous dans la fenêtre de Microsoft ou de Google qui s’ouvre, et laissez Mail coché.</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Click Install... and confirm with your Mac&apos;s password.</source>
        <translation>Cliquez sur Installer… et confirmez avec le mot de passe de votre Mac.</translation>
    </message>
    <message>
        <source>Click OK. The new account then appears in Mail&apos;s list of accounts.</source>
        <translation>Cliquez sur OK. Le nouveau compte apparaît alors dans la liste des comptes de Mail.</translation>
    </message>
    <message>
        <source>Click the minus button (−) below the list, then Remove.</source>
        <translation>Cliquez sur le bouton moins (−) sous la liste, puis sur Supprimer.</translation>
    </message>
    <message>
        <source>Click the old account, {account}. The new account is the one at the bottom of the list.</source>
        <translation>Cliquez sur l’ancien compte, {account}. Le nouveau compte est celui qui se trouve en bas de la liste.</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>Enter settings for the mail account</source>
        <translation>Saisissez les réglages du compte de messagerie</translation>
    </message>
    <message>
        <source>Enter the password for {address}.</source>
        <translation>Saisissez le mot de passe pour {address}.</translation>
    </message>
    <message>
        <source>In Mail, open Mail &gt; Settings and click Accounts.</source>
        <translation>Dans Mail, ouvrez Mail &gt; Réglages et cliquez sur Comptes.</translation>
    </message>
    <message>
        <source>Install the setup profile in Mail on macOS 13 Ventura and later</source>
        <translation>Installer le profil de configuration dans Mail sur macOS 13 Ventura et versions ultérieures</translation>
    </message>
    <message>
        <source>Install...</source>
        <translation>Installer…</translation>
    </message>
    <message>
        <source>Mail settings for {address}</source>
        <translation>Paramètres de messagerie pour {address}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>On the Mac, double-click the saved file, then install it in System Settings.</source>
        <translation>Sur le Mac, double-cliquez sur le fichier enregistré, puis installez-le dans Réglages Système.</translation>
    </message>
    <message>
        <source>Open System Settings from the Apple menu and click Privacy &amp; Security, then Profiles. On macOS 15 and later, Profiles is under General &gt; Device Management.</source>
        <translation>Ouvrez Réglages Système depuis le menu Pomme et cliquez sur Confidentialité et sécurité, puis sur Profils. Sur macOS 15 et versions ultérieures, Profils se trouve sous Général &gt; Gestion des appareils.</translation>
    </message>
    <message>
        <source>Privacy &amp; Security</source>
        <translation>Confidentialité et sécurité</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>The mail account {address}, with the server settings MailFix checked.</source>
        <translation>Le compte de messagerie {address}, avec les paramètres de serveur vérifiés par MailFix.</translation>
    </message>
    <message>
        <source>The profile added a new account; it cannot change the one you had. Remove the old account from Mail:</source>
        <translation>Le profil a ajouté un nouveau compte&#xa0;; il ne peut pas modifier celui que vous aviez. Supprimez l’ancien compte de Mail&#xa0;:</translation>
    </message>
    <message>
        <source>Type the password of {address}.</source>
        <translation>Tapez le mot de passe de {address}.</translation>
    </message>
    <message>
        <source>Type your email password when you are asked for it.</source>
        <translation>Saisissez le mot de passe de votre messagerie quand il vous est demandé.</translation>
    </message>
    <message>
        <source>Under Downloaded, double-click Mail settings for {address}.</source>
        <translation>Sous Téléchargé, double-cliquez sur Paramètres de messagerie pour {address}.</translation>
    </message>
</context>
<context>
    <name>Guide/other</name>
    <message>
        <source>Any mail program</source>
        <translation>Tout logiciel de messagerie</translation>
    </message>
    <message>
        <source>Check the account {account}.</source>
        <translation>Vérifiez le compte {account}.</translation>
    </message>
    <message>
        <source>Make sure it sends through the outgoing server {host}.</source>
        <translation>Vérifiez qu’il envoie par le serveur sortant {host}.</translation>
    </message>
    <message>
        <source>Make sure the account&apos;s email address is {address}.</source>
        <translation>Vérifiez que l’adresse e-mail du compte est {address}.</translation>
    </message>
    <message>
        <source>Save the settings, then send yourself a test message.</source>
        <translation>Enregistrez les paramètres, puis envoyez-vous un message de test.</translation>
    </message>
    <message>
        <source>Sign-in: {auth}, with the user name {username}.</source>
        <translation>Authentification&#xa0;: {auth}, avec le nom d’utilisateur {username}.</translation>
    </message>
    <message>
        <source>Incoming server ({incomingProtocol}): {incomingHost}. Port: {incomingPort}. Encryption: {incomingSecurity}. User name: {incomingUsername}.</source>
        <translation>Serveur entrant ({incomingProtocol})&#xa0;: {incomingHost}. Port&#xa0;: {incomingPort}. Chiffrement&#xa0;: {incomingSecurity}. Nom d’utilisateur&#xa0;: {incomingUsername}.</translation>
    </message>
    <message>
        <source>Open your mail program&apos;s account settings.</source>
        <translation>Ouvrez les paramètres du compte de votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP): {host}. Port: {port}. Encryption: {security}.</source>
        <translation>Serveur sortant (SMTP)&#xa0;: {host}. Port&#xa0;: {port}. Chiffrement&#xa0;: {security}.</translation>
    </message>
</context>
<context>
    <name>Guide/outlook</name>
    <message>
        <source>+ Add Account</source>
        <translation>+ Ajouter un compte</translation>
    </message>
    <message>
        <source>+ Add account</source>
        <translation>+ Ajouter un compte</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Précédent</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>Informations sur le compte</translation>
    </message>
    <message>
        <source>Account Name and Sync Settings</source>
        <translation>Nom du compte et paramètres de synchronisation</translation>
    </message>
    <message>
        <source>Account Settings</source>
        <translation>Paramètres des comptes</translation>
    </message>
    <message>
        <source>Account Settings ▾</source>
        <translation>Paramètres du compte ▾</translation>
    </message>
    <message>
        <source>Account Settings...</source>
        <translation>Paramètres du compte…</translation>
    </message>
    <message>
        <source>Account Type:</source>
        <translation>Type de compte&#xa0;:</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Add the account again: in Settings &gt; Accounts &gt; Email accounts, click Add account.</source>
        <translation>Ajoutez de nouveau le compte&#xa0;: dans Paramètres &gt; Comptes &gt; Comptes de messagerie, cliquez sur Ajouter un compte.</translation>
    </message>
    <message>
        <source>Add your email account</source>
        <translation>Ajouter votre compte de messagerie</translation>
    </message>
    <message>
        <source>Address Books</source>
        <translation>Carnets d’adresses</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Options avancées</translation>
    </message>
    <message>
        <source>Automatically test account settings when Next is clicked</source>
        <translation>Tester automatiquement les paramètres du compte lorsque vous cliquez sur Suivant</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Change Account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>Change Profile</source>
        <translation>Modifier le profil</translation>
    </message>
    <message>
        <source>Change settings for this account or set up more connections.</source>
        <translation>Modifiez les paramètres de ce compte ou configurez d’autres connexions.</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Check that Email Address is {address}. If it is not, type it.</source>
        <translation>Vérifiez que le champ Adresse électronique contient {address}. Sinon, saisissez-la.</translation>
    </message>
    <message>
        <source>Choose &quot;Use same settings as my incoming mail server&quot;.</source>
        <translation>Choisissez «&#xa0;Utiliser les mêmes paramètres que mon serveur de courrier entrant&#xa0;».</translation>
    </message>
    <message>
        <source>Choose Account Settings... in the list.</source>
        <translation>Choisissez Paramètres du compte… dans la liste.</translation>
    </message>
    <message>
        <source>Choose your account.</source>
        <translation>Choisissez votre compte.</translation>
    </message>
    <message>
        <source>Click Account Settings.</source>
        <translation>Cliquez sur Paramètres du compte.</translation>
    </message>
    <message>
        <source>Click Accounts.</source>
        <translation>Cliquez sur Comptes.</translation>
    </message>
    <message>
        <source>Click Change...</source>
        <translation>Cliquez sur Modifier…</translation>
    </message>
    <message>
        <source>Click Continue.</source>
        <translation>Cliquez sur Continuer.</translation>
    </message>
    <message>
        <source>Click Continue. If Outlook asks which kind of account it is, choose IMAP.</source>
        <translation>Cliquez sur Continuer. Si Outlook demande de quel type de compte il s’agit, choisissez IMAP.</translation>
    </message>
    <message>
        <source>Click Email accounts.</source>
        <translation>Cliquez sur Comptes de messagerie.</translation>
    </message>
    <message>
        <source>Click Finish, then Close in the Account Settings window.</source>
        <translation>Cliquez sur Terminer, puis sur Fermer dans la fenêtre Paramètres du compte.</translation>
    </message>
    <message>
        <source>Click More Settings ...</source>
        <translation>Cliquez sur Paramètres supplémentaires…</translation>
    </message>
    <message>
        <source>Click Next. Outlook tests the settings and sends itself a test message.</source>
        <translation>Cliquez sur Suivant. Outlook teste les paramètres et s’envoie un message de test.</translation>
    </message>
    <message>
        <source>Click OK to close the Internet E-mail Settings window.</source>
        <translation>Cliquez sur OK pour fermer la fenêtre Paramètres de messagerie Internet.</translation>
    </message>
    <message>
        <source>Click Remove and confirm. Outlook removes the account from this computer only; with IMAP, your mail stays on the server.</source>
        <translation>Cliquez sur Supprimer et confirmez. Outlook supprime le compte de cet ordinateur uniquement&#xa0;; avec IMAP, votre courrier reste sur le serveur.</translation>
    </message>
    <message>
        <source>Click the Advanced tab.</source>
        <translation>Cliquez sur l’onglet Options avancées.</translation>
    </message>
    <message>
        <source>Click the Outgoing Server tab.</source>
        <translation>Cliquez sur l’onglet Serveur sortant.</translation>
    </message>
    <message>
        <source>Click your account, {account}.</source>
        <translation>Cliquez sur votre compte, {account}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Congratulations! All tests completed successfully. Click Close to continue.</source>
        <translation>Félicitations&#xa0;! Tous les tests ont été effectués. Cliquez sur Fermer pour continuer.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Data Files</source>
        <translation>Fichiers de données</translation>
    </message>
    <message>
        <source>Do not save copies of sent items</source>
        <translation>Ne pas enregistrer de copie des éléments envoyés</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>E-mail Accounts</source>
        <translation>Comptes de messagerie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Email Accounts</source>
        <translation>Comptes de messagerie</translation>
    </message>
    <message>
        <source>Email Address:</source>
        <translation>Adresse électronique&#xa0;:</translation>
    </message>
    <message>
        <source>Email accounts</source>
        <translation>Comptes de messagerie</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Enter the mail server settings for your account.</source>
        <translation>Entrez les paramètres du serveur de courrier pour votre compte.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Fill in the IMAP (incoming) settings as they were before.</source>
        <translation>Remplissez les paramètres IMAP (courrier entrant) comme ils étaient avant.</translation>
    </message>
    <message>
        <source>Fill in the account&apos;s settings.</source>
        <translation>Remplissez les paramètres du compte.</translation>
    </message>
    <message>
        <source>Fill in the settings for the incoming (IMAP) and outgoing (SMTP) servers.</source>
        <translation>Remplissez les paramètres des serveurs entrant (IMAP) et sortant (SMTP).</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>IMAP Incoming server</source>
        <translation>Serveur entrant IMAP</translation>
    </message>
    <message>
        <source>IMAP Password</source>
        <translation>Mot de passe IMAP</translation>
    </message>
    <message>
        <source>IMAP Username</source>
        <translation>Nom d’utilisateur IMAP</translation>
    </message>
    <message>
        <source>IMAP/SMTP</source>
        <translation>IMAP/SMTP</translation>
    </message>
    <message>
        <source>IMAP/SMTP (send from this account by default)</source>
        <translation>IMAP/SMTP (envoyer à partir de ce compte par défaut)</translation>
    </message>
    <message>
        <source>If a window titled &quot;IMAP Account Settings&quot; opens instead, the same settings are under &quot;Outgoing mail&quot; there. You can also go back and use the Control Panel: Mail (Microsoft Outlook) &gt; Email Accounts, which opens the window shown next.</source>
        <translation>Si une fenêtre intitulée «&#xa0;Paramètres du compte IMAP&#xa0;» s’ouvre à la place, les mêmes paramètres s’y trouvent sous «&#xa0;Courrier sortant&#xa0;». Vous pouvez aussi revenir en arrière et passer par le Panneau de configuration&#xa0;: Courrier (Microsoft Outlook) &gt; Comptes de messagerie, qui ouvre la fenêtre montrée ensuite.</translation>
    </message>
    <message>
        <source>In Outlook 2010 and 2013, SSL means an encrypted connection from the start (usually port 465), and TLS means STARTTLS (usually port 587).</source>
        <translation>Dans Outlook 2010 et 2013, SSL désigne une connexion chiffrée dès le début (en général le port 465), et TLS désigne STARTTLS (en général le port 587).</translation>
    </message>
    <message>
        <source>In Outlook, click File at the top left, then Info.</source>
        <translation>Dans Outlook, cliquez sur Fichier en haut à gauche, puis sur Informations.</translation>
    </message>
    <message>
        <source>In Outlook, click File at the top left.</source>
        <translation>Dans Outlook, cliquez sur Fichier en haut à gauche.</translation>
    </message>
    <message>
        <source>In the Change Account window (Outlook 2010 calls its page Internet E-mail Settings):</source>
        <translation>Dans la fenêtre Modifier le compte (Outlook 2010 appelle cette page Paramètres de messagerie Internet)&#xa0;:</translation>
    </message>
    <message>
        <source>In the Internet E-mail Settings window, open the Outgoing Server tab.</source>
        <translation>Dans la fenêtre Paramètres de messagerie Internet, ouvrez l’onglet Serveur sortant.</translation>
    </message>
    <message>
        <source>In the new Outlook, click Settings (the gear at the top right of the window).</source>
        <translation>Dans le nouvel Outlook, cliquez sur Paramètres (la roue dentée en haut à droite de la fenêtre).</translation>
    </message>
    <message>
        <source>In the window that opens (POP and IMAP Account Settings):</source>
        <translation>Dans la fenêtre qui s’ouvre (Paramètres de compte POP et IMAP)&#xa0;:</translation>
    </message>
    <message>
        <source>Inbox - {address} - Outlook</source>
        <translation>Boîte de réception - {address} - Outlook</translation>
    </message>
    <message>
        <source>Incoming mail server:</source>
        <translation>Serveur de courrier entrant&#xa0;:</translation>
    </message>
    <message>
        <source>Incoming server (IMAP):</source>
        <translation>Serveur entrant (IMAP)&#xa0;:</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Internet Calendars</source>
        <translation>Calendriers Internet</translation>
    </message>
    <message>
        <source>Internet E-mail Settings</source>
        <translation>Paramètres de messagerie Internet</translation>
    </message>
    <message>
        <source>Log on to incoming mail server before sending mail</source>
        <translation>Se connecter au serveur de courrier entrant avant d’envoyer le courrier</translation>
    </message>
    <message>
        <source>Log on using</source>
        <translation>Se connecter à l’aide de</translation>
    </message>
    <message>
        <source>Log onto incoming mail server (IMAP)</source>
        <translation>Connexion au serveur de courrier entrant (IMAP)</translation>
    </message>
    <message>
        <source>Logon Information</source>
        <translation>Informations de connexion</translation>
    </message>
    <message>
        <source>Long    1 minute</source>
        <translation>Long    1 minute</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Gérer</translation>
    </message>
    <message>
        <source>Manage Profiles</source>
        <translation>Gérer les profils</translation>
    </message>
    <message>
        <source>More Settings ...</source>
        <translation>Paramètres supplémentaires…</translation>
    </message>
    <message>
        <source>My outgoing server (SMTP) requires authentication</source>
        <translation>Mon serveur sortant (SMTP) requiert une authentification</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Suivant &gt;</translation>
    </message>
    <message>
        <source>Next to {account}, click Manage.</source>
        <translation>À côté de {account}, cliquez sur Gérer.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Office Account</source>
        <translation>Compte Office</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open &amp; Export</source>
        <translation>Ouvrir et exporter</translation>
    </message>
    <message>
        <source>Open the Advanced tab.</source>
        <translation>Ouvrez l’onglet Options avancées.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Outgoing Server</source>
        <translation>Serveur sortant</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP):</source>
        <translation>Serveur de courrier sortant (SMTP)&#xa0;:</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP):</source>
        <translation>Serveur sortant (SMTP)&#xa0;:</translation>
    </message>
    <message>
        <source>Outlook 2013 and 2010</source>
        <translation>Outlook 2013 et 2010</translation>
    </message>
    <message>
        <source>Outlook checks the settings and adds the account. Then send yourself a test message.</source>
        <translation>Outlook vérifie les paramètres et ajoute le compte. Envoyez-vous ensuite un message de test.</translation>
    </message>
    <message>
        <source>Outlook for Microsoft 365, 2021, 2019 and 2016</source>
        <translation>Outlook pour Microsoft 365, 2021, 2019 et 2016</translation>
    </message>
    <message>
        <source>POP and IMAP Account Settings</source>
        <translation>Paramètres de compte POP et IMAP</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Published Calendars</source>
        <translation>Calendriers publiés</translation>
    </message>
    <message>
        <source>RSS Feeds</source>
        <translation>Flux RSS</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Mémoriser le mot de passe</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Repair...</source>
        <translation>Réparer…</translation>
    </message>
    <message>
        <source>Require Secure Password Authentication (SPA)</source>
        <translation>Exiger l’authentification par mot de passe sécurisé (SPA)</translation>
    </message>
    <message>
        <source>Require logon using Secure Password Authentication (SPA)</source>
        <translation>Exiger l’authentification par mot de passe sécurisé (SPA) lors de la connexion</translation>
    </message>
    <message>
        <source>Root folder path:</source>
        <translation>Chemin d’accès du dossier racine&#xa0;:</translation>
    </message>
    <message>
        <source>SMTP Outgoing server</source>
        <translation>Serveur sortant SMTP</translation>
    </message>
    <message>
        <source>SMTP Password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>SMTP Username</source>
        <translation>Nom d’utilisateur SMTP</translation>
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
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Save Attachments</source>
        <translation>Enregistrer les pièces jointes</translation>
    </message>
    <message>
        <source>Secure Password Authentication (SPA)</source>
        <translation>Authentification par mot de passe sécurisé (SPA)</translation>
    </message>
    <message>
        <source>Secure connection type</source>
        <translation>Type de connexion sécurisée</translation>
    </message>
    <message>
        <source>Send test e-mail message</source>
        <translation>Envoyer un message électronique de test</translation>
    </message>
    <message>
        <source>Sent Items</source>
        <translation>Éléments envoyés</translation>
    </message>
    <message>
        <source>Server Information</source>
        <translation>Informations sur le serveur</translation>
    </message>
    <message>
        <source>Server Port Numbers</source>
        <translation>Numéros des ports du serveur</translation>
    </message>
    <message>
        <source>Server Settings</source>
        <translation>Paramètres serveur</translation>
    </message>
    <message>
        <source>Server Timeouts</source>
        <translation>Délais d’expiration du serveur</translation>
    </message>
    <message>
        <source>Set &quot;Outgoing mail server (SMTP)&quot; to {host}.</source>
        <translation>Réglez «&#xa0;Serveur de courrier sortant (SMTP)&#xa0;» sur {host}.</translation>
    </message>
    <message>
        <source>Set &quot;Outgoing server (SMTP)&quot; to {port}. Do this after choosing the encryption: Outlook changes the number when the encryption changes.</source>
        <translation>Réglez «&#xa0;Serveur sortant (SMTP)&#xa0;» sur {port}. Faites-le après avoir choisi le chiffrement&#xa0;: Outlook change le numéro quand le chiffrement change.</translation>
    </message>
    <message>
        <source>Set Port to {port}.</source>
        <translation>Réglez Port sur {port}.</translation>
    </message>
    <message>
        <source>Set SMTP Outgoing server to {host}.</source>
        <translation>Réglez Serveur sortant SMTP sur {host}.</translation>
    </message>
    <message>
        <source>Set SMTP Username to {username}.</source>
        <translation>Réglez Nom d’utilisateur SMTP sur {username}.</translation>
    </message>
    <message>
        <source>Set Secure connection type to {security}.</source>
        <translation>Réglez Type de connexion sécurisée sur {security}.</translation>
    </message>
    <message>
        <source>Set User Name to {username}.</source>
        <translation>Réglez Nom d’utilisateur sur {username}.</translation>
    </message>
    <message>
        <source>Set as Default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>SharePoint Lists</source>
        <translation>Listes SharePoint</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Social Network Accounts</source>
        <translation>Comptes de réseaux sociaux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Sync your email account</source>
        <translation>Synchroniser votre compte de messagerie</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Test Account Settings</source>
        <translation>Tester les paramètres du compte</translation>
    </message>
    <message>
        <source>Test Account Settings ...</source>
        <translation>Tester les paramètres du compte…</translation>
    </message>
    <message>
        <source>The new Outlook always signs in to send. If your server sends only without signing in, use classic Outlook or another mail program.</source>
        <translation>Le nouvel Outlook s’authentifie toujours pour envoyer. Si votre serveur n’envoie que sans authentification, utilisez Outlook classique ou un autre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>The new Outlook cannot change the outgoing server of an IMAP or POP account once it is set up. Remove the account, then add it again with the right settings.</source>
        <translation>Le nouvel Outlook ne peut pas modifier le serveur sortant d’un compte IMAP ou POP une fois qu’il est configuré. Supprimez le compte, puis ajoutez-le de nouveau avec les bons paramètres.</translation>
    </message>
    <message>
        <source>The new Outlook for Windows</source>
        <translation>Le nouvel Outlook pour Windows</translation>
    </message>
    <message>
        <source>Tick &quot;My outgoing server (SMTP) requires authentication&quot;.</source>
        <translation>Cochez «&#xa0;Mon serveur sortant (SMTP) requiert une authentification&#xa0;».</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Type your password again in the Password box.</source>
        <translation>Saisissez de nouveau votre mot de passe dans le champ Mot de passe.</translation>
    </message>
    <message>
        <source>Type your password in SMTP Password.</source>
        <translation>Saisissez votre mot de passe dans Mot de passe SMTP.</translation>
    </message>
    <message>
        <source>Type {address}.</source>
        <translation>Saisissez {address}.</translation>
    </message>
    <message>
        <source>Under &quot;Outgoing server (SMTP)&quot;, set &quot;Use the following type of encrypted connection&quot; to {security}.</source>
        <translation>Sous «&#xa0;Serveur sortant (SMTP)&#xa0;», réglez «&#xa0;Utiliser le type de connexion chiffrée suivant&#xa0;» sur {security}.</translation>
    </message>
    <message>
        <source>Untick &quot;My outgoing server (SMTP) requires authentication&quot;.</source>
        <translation>Décochez «&#xa0;Mon serveur sortant (SMTP) requiert une authentification&#xa0;».</translation>
    </message>
    <message>
        <source>Use Defaults</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Use same settings as my incoming mail server</source>
        <translation>Utiliser les mêmes paramètres que mon serveur de courrier entrant</translation>
    </message>
    <message>
        <source>Use the following type of encrypted connection:</source>
        <translation>Utiliser le type de connexion chiffrée suivant&#xa0;:</translation>
    </message>
    <message>
        <source>User Information</source>
        <translation>Informations sur l’utilisateur</translation>
    </message>
    <message>
        <source>User Name:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>We recommend that you test your account to ensure that the entries are correct.</source>
        <translation>Nous vous recommandons de tester votre compte pour vérifier que les entrées sont correctes.</translation>
    </message>
    <message>
        <source>When both tasks say Completed, click Close.</source>
        <translation>Quand les deux tâches indiquent Terminé, cliquez sur Fermer.</translation>
    </message>
    <message>
        <source>You can add or remove an account. You can select an account and change its settings.</source>
        <translation>Vous pouvez ajouter ou supprimer un compte. Vous pouvez sélectionner un compte et modifier ses paramètres.</translation>
    </message>
    <message>
        <source>Your Name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>no sign-in</source>
        <translation>sans authentification</translation>
    </message>
    <message>
        <source>sign in through Microsoft or your provider (OAuth2)</source>
        <translation>authentification par Microsoft ou votre fournisseur (OAuth2)</translation>
    </message>
    <message>
        <source>sign in through your provider (OAuth2)</source>
        <translation>authentification par votre fournisseur (OAuth2)</translation>
    </message>
    <message>
        <source>sign in with a password</source>
        <translation>authentification par mot de passe</translation>
    </message>
    <message>
        <source>Click OK.</source>
        <translation>Cliquez sur OK.</translation>
    </message>
    <message>
        <source>Fill in the incoming ({incomingProtocol}) settings.</source>
        <translation>Remplissez les paramètres de réception ({incomingProtocol}).</translation>
    </message>
    <message>
        <source>In Outlook 2010 and 2013, SSL means an encrypted connection from the start (usually port 993 for IMAP, 995 for POP3), and TLS means STARTTLS.</source>
        <translation>Dans Outlook 2010 et 2013, SSL désigne une connexion chiffrée dès le début (en général le port 993 pour IMAP, 995 pour POP3), et TLS désigne STARTTLS.</translation>
    </message>
    <message>
        <source>In the Change Account window, change the incoming server:</source>
        <translation>Dans la fenêtre Modifier le compte, modifiez le serveur entrant&#xa0;:</translation>
    </message>
    <message>
        <source>In the Internet E-mail Settings window, open the Advanced tab.</source>
        <translation>Dans la fenêtre Paramètres de messagerie Internet, ouvrez l’onglet Options avancées.</translation>
    </message>
    <message>
        <source>In the window that opens (POP and IMAP Account Settings), change the incoming server:</source>
        <translation>Dans la fenêtre qui s’ouvre (Paramètres de compte POP et IMAP), modifiez le serveur entrant&#xa0;:</translation>
    </message>
    <message>
        <source>Incoming server ({incomingProtocol}):</source>
        <translation>Serveur entrant ({incomingProtocol})&#xa0;:</translation>
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
        <translation>Réglez «&#xa0;Serveur de courrier entrant&#xa0;» sur {incomingHost}.</translation>
    </message>
    <message>
        <source>Set &quot;Incoming server ({incomingProtocol})&quot; to {incomingPort}. Do this after choosing the encryption: Outlook changes the number when the encryption changes.</source>
        <translation>Réglez «&#xa0;Serveur entrant ({incomingProtocol})&#xa0;» sur {incomingPort}. Faites-le après avoir choisi le chiffrement&#xa0;: Outlook change le numéro quand le chiffrement change.</translation>
    </message>
    <message>
        <source>Set Port to {incomingPort}.</source>
        <translation>Réglez Port sur {incomingPort}.</translation>
    </message>
    <message>
        <source>Set Secure connection type to {incomingSecurity}.</source>
        <translation>Réglez Type de connexion sécurisée sur {incomingSecurity}.</translation>
    </message>
    <message>
        <source>Set User Name to {incomingUsername}.</source>
        <translation>Réglez Nom d’utilisateur sur {incomingUsername}.</translation>
    </message>
    <message>
        <source>Set {incomingProtocol} Incoming server to {incomingHost}.</source>
        <translation>Réglez Serveur entrant {incomingProtocol} sur {incomingHost}.</translation>
    </message>
    <message>
        <source>Set {incomingProtocol} Username to {incomingUsername}.</source>
        <translation>Réglez Nom d’utilisateur {incomingProtocol} sur {incomingUsername}.</translation>
    </message>
    <message>
        <source>Type your password in {incomingProtocol} Password.</source>
        <translation>Saisissez votre mot de passe dans Mot de passe {incomingProtocol}.</translation>
    </message>
    <message>
        <source>Under &quot;Incoming server ({incomingProtocol})&quot;, set &quot;Use the following type of encrypted connection&quot; to {incomingSecurity}.</source>
        <translation>Sous «&#xa0;Serveur entrant ({incomingProtocol})&#xa0;», réglez «&#xa0;Utiliser le type de connexion chiffrée suivant&#xa0;» sur {incomingSecurity}.</translation>
    </message>
    <message>
        <source>{incomingProtocol} Incoming server</source>
        <translation>Serveur entrant {incomingProtocol}</translation>
    </message>
    <message>
        <source>{incomingProtocol} Password</source>
        <translation>Mot de passe {incomingProtocol}</translation>
    </message>
    <message>
        <source>{incomingProtocol} Username</source>
        <translation>Nom d’utilisateur {incomingProtocol}</translation>
    </message>
    <message>
        <source>Add the account again, so that Outlook signs in through Microsoft or your provider.</source>
        <translation>Ajoutez de nouveau le compte, pour qu’Outlook se connecte par Microsoft ou votre fournisseur.</translation>
    </message>
    <message>
        <source>Advanced options ˄</source>
        <translation>Options avancées ˄</translation>
    </message>
    <message>
        <source>Click Connect. If Outlook asks which kind of account it is, choose Microsoft 365, Outlook.com, Exchange or Google, not IMAP or POP.</source>
        <translation>Cliquez sur Se connecter. Si Outlook demande de quel type de compte il s’agit, choisissez Microsoft 365, Outlook.com, Exchange ou Google, pas IMAP ni POP.</translation>
    </message>
    <message>
        <source>Click Continue. Outlook opens the sign-in window of Microsoft or your provider: sign in there. If Outlook asks which kind of account it is, do not choose IMAP or POP.</source>
        <translation>Cliquez sur Continuer. Outlook ouvre la fenêtre de connexion de Microsoft ou de votre fournisseur&#xa0;: connectez-vous là. Si Outlook demande de quel type de compte il s’agit, ne choisissez ni IMAP ni POP.</translation>
    </message>
    <message>
        <source>Click File at the top left, then Add Account.</source>
        <translation>Cliquez sur Fichier en haut à gauche, puis sur Ajouter un compte.</translation>
    </message>
    <message>
        <source>Click Remove, then Yes. Outlook removes the account from this computer only; with IMAP, your mail stays on the server.</source>
        <translation>Cliquez sur Supprimer, puis sur Oui. Outlook supprime le compte de cet ordinateur uniquement&#xa0;; avec IMAP, votre courrier reste sur le serveur.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>In the Outlook window that opens, type your address.</source>
        <translation>Dans la fenêtre d’Outlook qui s’ouvre, saisissez votre adresse.</translation>
    </message>
    <message>
        <source>Inbox - Outlook</source>
        <translation>Boîte de réception - Outlook</translation>
    </message>
    <message>
        <source>Leave &quot;Let me set up my account manually&quot; unticked.</source>
        <translation>Laissez «&#xa0;Me laisser configurer mon compte manuellement&#xa0;» décoché.</translation>
    </message>
    <message>
        <source>Let me set up my account manually</source>
        <translation>Me laisser configurer mon compte manuellement</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Outlook 2010 and 2013 cannot sign in through the sign-in window of Microsoft or your provider (OAuth2), and your provider wants that.</source>
        <translation>Outlook 2010 et 2013 ne peuvent pas se connecter par la fenêtre de connexion de Microsoft ou de votre fournisseur (OAuth2), et votre fournisseur le demande.</translation>
    </message>
    <message>
        <source>Outlook opens the sign-in window of Microsoft or your provider. Sign in there.</source>
        <translation>Outlook ouvre la fenêtre de connexion de Microsoft ou de votre fournisseur. Connectez-vous là.</translation>
    </message>
    <message>
        <source>The new Outlook signs in through Microsoft or your provider only for an account that it adds itself. Remove the account, then add it again.</source>
        <translation>Le nouvel Outlook ne se connecte par Microsoft ou votre fournisseur que pour un compte qu’il ajoute lui-même. Supprimez le compte, puis ajoutez-le de nouveau.</translation>
    </message>
    <message>
        <source>To send from {address}, use a newer Outlook (Outlook 2016 or later, or the new Outlook) or another mail program that signs in this way, such as Thunderbird.</source>
        <translation>Pour envoyer depuis {address}, utilisez un Outlook plus récent (Outlook 2016 ou ultérieur, ou le nouvel Outlook) ou un autre logiciel de messagerie qui se connecte de cette façon, comme Thunderbird.</translation>
    </message>
    <message>
        <source>When Outlook says the account was added, click Done. Then send yourself a test message.</source>
        <translation>Quand Outlook indique que le compte a été ajouté, cliquez sur Terminé. Envoyez-vous ensuite un message de test.</translation>
    </message>
</context>
<context>
    <name>Guide/thunderbird</name>
    <message>
        <source>Account Actions</source>
        <translation>Gestion des comptes</translation>
    </message>
    <message>
        <source>Account Name:</source>
        <translation>Nom du compte&#xa0;:</translation>
    </message>
    <message>
        <source>Account Settings</source>
        <translation>Paramètres des comptes</translation>
    </message>
    <message>
        <source>Account Settings - Mozilla Thunderbird</source>
        <translation>Paramètres des comptes - Mozilla Thunderbird</translation>
    </message>
    <message>
        <source>Add-ons and Themes</source>
        <translation>Modules complémentaires et thèmes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Authentication method:</source>
        <translation>Méthode d’authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Change the outgoing server&apos;s settings.</source>
        <translation>Modifiez les paramètres du serveur sortant.</translation>
    </message>
    <message>
        <source>Check that Email Address is {address}. If it is not, type it.</source>
        <translation>Vérifiez que le champ Adresse électronique contient {address}. Sinon, saisissez-la.</translation>
    </message>
    <message>
        <source>Check the account {account}.</source>
        <translation>Vérifiez le compte {account}.</translation>
    </message>
    <message>
        <source>Choose Account Settings.</source>
        <translation>Choisissez Paramètres des comptes.</translation>
    </message>
    <message>
        <source>Click Edit…</source>
        <translation>Cliquez sur Modifier…</translation>
    </message>
    <message>
        <source>Click OK.</source>
        <translation>Cliquez sur OK.</translation>
    </message>
    <message>
        <source>Click Outgoing Server, at the bottom of the list on the left.</source>
        <translation>Cliquez sur Serveur sortant, en bas de la liste à gauche.</translation>
    </message>
    <message>
        <source>Click the account {account}, at the top of its part of the list on the left.</source>
        <translation>Cliquez sur le compte {account}, en haut de sa partie de la liste à gauche.</translation>
    </message>
    <message>
        <source>Click the menu button (three lines) at the top right of the window.</source>
        <translation>Cliquez sur le bouton de menu (trois traits) en haut à droite de la fenêtre.</translation>
    </message>
    <message>
        <source>Click the server your account uses: {currentHost}.</source>
        <translation>Cliquez sur le serveur utilisé par votre compte&#xa0;: {currentHost}.</translation>
    </message>
    <message>
        <source>Close the Account Settings tab: Thunderbird keeps the changes. Then send yourself a test message.</source>
        <translation>Fermez l’onglet Paramètres des comptes&#xa0;: Thunderbird garde les modifications. Envoyez-vous ensuite un message de test.</translation>
    </message>
    <message>
        <source>Composition &amp; Addressing</source>
        <translation>Rédaction et adressage</translation>
    </message>
    <message>
        <source>Connection security:</source>
        <translation>Sécurité de la connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Copies &amp; Folders</source>
        <translation>Copies et dossiers</translation>
    </message>
    <message>
        <source>Default Identity</source>
        <translation>Identité par défaut</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Details of selected server:</source>
        <translation>Détails du serveur sélectionné&#xa0;:</translation>
    </message>
    <message>
        <source>Disk Space</source>
        <translation>Espace disque</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Each account has an identity, which is the information that other people see when they read your messages.</source>
        <translation>Chaque compte dispose d’informations sur l’expéditeur qui sont systématiquement transmises avec les messages. Elles vous identifient auprès de vos correspondants.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Edit outgoing server…</source>
        <translation>Modifier le serveur sortant…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Email Address:</source>
        <translation>Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Encrypted password</source>
        <translation>Mot de passe chiffré</translation>
    </message>
    <message>
        <source>End-To-End Encryption</source>
        <translation>Chiffrement de bout en bout</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Get Messages</source>
        <translation>Relever</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>In Thunderbird, open Account Settings.</source>
        <translation>Dans Thunderbird, ouvrez Paramètres des comptes.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Courrier entrant</translation>
    </message>
    <message>
        <source>Inbox - Mozilla Thunderbird</source>
        <translation>Courrier entrant - Mozilla Thunderbird</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Indésirables</translation>
    </message>
    <message>
        <source>Local Folders</source>
        <translation>Dossiers locaux</translation>
    </message>
    <message>
        <source>Manage Identities…</source>
        <translation>Gérer les identités…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Pas d’authentification</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation>Mot de passe normal</translation>
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
        <translation>Ouvrez le serveur sortant utilisé par votre compte.</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Outgoing Server</source>
        <translation>Serveur sortant</translation>
    </message>
    <message>
        <source>Outgoing Server Settings</source>
        <translation>Paramètres du serveur sortant</translation>
    </message>
    <message>
        <source>Outgoing Server:</source>
        <translation>Serveur sortant&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Reply-to Address:</source>
        <translation>Adresse pour la réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Return Receipts</source>
        <translation>Accusés de réception</translation>
    </message>
    <message>
        <source>SMTP Server</source>
        <translation>Serveur SMTP</translation>
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
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Security and Authentication</source>
        <translation>Sécurité et authentification</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Server Name:</source>
        <translation>Nom du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Server Settings</source>
        <translation>Paramètres serveur</translation>
    </message>
    <message>
        <source>Set Authentication method to {auth}.</source>
        <translation>Réglez Méthode d’authentification sur {auth}.</translation>
    </message>
    <message>
        <source>Set Connection security to {security}. Thunderbird may change the port when you do.</source>
        <translation>Réglez Sécurité de la connexion sur {security}. Thunderbird modifiera peut-être le port.</translation>
    </message>
    <message>
        <source>Set Default</source>
        <translation>Utiliser par défaut</translation>
    </message>
    <message>
        <source>Set Outgoing Server to {host}.</source>
        <translation>Réglez Serveur sortant sur {host}.</translation>
    </message>
    <message>
        <source>Set Port to {port}.</source>
        <translation>Réglez Port sur {port}.</translation>
    </message>
    <message>
        <source>Set Server Name to {host}.</source>
        <translation>Réglez Nom du serveur sur {host}.</translation>
    </message>
    <message>
        <source>Set User Name to {username}.</source>
        <translation>Réglez Nom d’utilisateur sur {username}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Spam Settings</source>
        <translation>Paramètres des indésirables</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Synchronization &amp; Storage</source>
        <translation>Synchronisation et espace disque</translation>
    </message>
    <message>
        <source>Thunderbird 115 and later</source>
        <translation>Thunderbird 115 et plus récent</translation>
    </message>
    <message>
        <source>Thunderbird opens your provider&apos;s sign-in page: sign in there.</source>
        <translation>Thunderbird ouvre la page de connexion de votre fournisseur&#xa0;: connectez-vous là.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>User Name:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>When Thunderbird asks for your password, type it and tick &quot;Use Password Manager to remember this password&quot;.</source>
        <translation>Quand Thunderbird demande votre mot de passe, saisissez-le et cochez «&#xa0;Utiliser le gestionnaire de mots de passe pour se souvenir de ce mot de passe&#xa0;».</translation>
    </message>
    <message>
        <source>When managing your identities you can use a server from this list by selecting it as the Outgoing Server, or you can use the default server from this list by selecting “Use Default Server”.</source>
        <translation>Lorsque vous gérez vos identités, vous pouvez utiliser un serveur de cette liste en le sélectionnant comme Serveur sortant, ou vous pouvez utiliser le serveur par défaut de cette liste en sélectionnant «&#xa0;Utiliser le serveur par défaut&#xa0;».</translation>
    </message>
    <message>
        <source>You can also right-click your account in the folder list on the left and choose Settings.</source>
        <translation>Vous pouvez aussi cliquer avec le bouton droit sur votre compte dans la liste des dossiers à gauche et choisir Paramètres.</translation>
    </message>
    <message>
        <source>Your Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>{currentHost} (Default)</source>
        <translation>{currentHost} (par défaut)</translation>
    </message>
    <message>
        <source>Change the incoming server&apos;s settings.</source>
        <translation>Modifiez les paramètres du serveur entrant.</translation>
    </message>
    <message>
        <source>Click Server Settings, under your account {account} in the list on the left.</source>
        <translation>Cliquez sur Paramètres serveur, sous votre compte {account} dans la liste à gauche.</translation>
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
        <translation>Paramètres de sécurité</translation>
    </message>
    <message>
        <source>Server Type:</source>
        <translation>Type de serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Set Connection security to {incomingSecurity}. Thunderbird may change the port when you do.</source>
        <translation>Réglez Sécurité de la connexion sur {incomingSecurity}. Thunderbird modifiera peut-être le port.</translation>
    </message>
    <message>
        <source>Set Port to {incomingPort}.</source>
        <translation>Réglez Port sur {incomingPort}.</translation>
    </message>
    <message>
        <source>Set Server Name to {incomingHost}.</source>
        <translation>Réglez Nom du serveur sur {incomingHost}.</translation>
    </message>
    <message>
        <source>Set User Name to {incomingUsername}.</source>
        <translation>Réglez Nom d’utilisateur sur {incomingUsername}.</translation>
    </message>
    <message>
        <source>{incomingProtocol} Mail Server</source>
        <translation>Serveur de courrier {incomingProtocol}</translation>
    </message>
    <message>
        <source>Set the incoming server to sign in through your provider&apos;s sign-in page.</source>
        <translation>Réglez le serveur entrant pour qu’il s’authentifie par la page de connexion de votre fournisseur.</translation>
    </message>
</context>
<context>
    <name>GuideCommand</name>
    <message>
        <source>mailfix-cli guide: a guide could not be read: %1
</source>
        <translation>mailfix-cli guide&#xa0;: un guide n’a pas pu être lu&#xa0;: %1
</translation>
    </message>
    <message>
        <source>--program is required (use %1)</source>
        <translation>--program est obligatoire (utilisez %1)</translation>
    </message>
    <message>
        <source>unknown program &quot;%1&quot; (use %2)</source>
        <translation>logiciel inconnu «&#xa0;%1&#xa0;» (utilisez %2)</translation>
    </message>
    <message>
        <source>there is no guide for version &quot;%1&quot; of %2 (use %3)</source>
        <translation>il n’y a pas de guide pour la version «&#xa0;%1&#xa0;» de %2 (utilisez %3)</translation>
    </message>
    <message>
        <source>the fix for &quot;%1&quot; is not a change in the mail program&apos;s settings, so there is no guide for it (use %2)</source>
        <translation>la correction de «&#xa0;%1&#xa0;» n’est pas une modification des paramètres du logiciel de messagerie, il n’y a donc pas de guide pour cela (utilisez %2)</translation>
    </message>
    <message>
        <source>unknown finding &quot;%1&quot; (use %2)</source>
        <translation>constat inconnu «&#xa0;%1&#xa0;» (utilisez %2)</translation>
    </message>
    <message>
        <source>--out is required (a .pdf or .html file, or a folder for PNG files)</source>
        <translation>--out est obligatoire (un fichier .pdf ou .html, ou un dossier pour des fichiers PNG)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a .pdf or .html file or a folder</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un fichier .pdf ou .html ni un dossier</translation>
    </message>
    <message>
        <source>Mail program</source>
        <translation>Logiciel de messagerie</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Version of the mail program</source>
        <translation>Version du logiciel de messagerie</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>The settings to show</source>
        <translation>Les paramètres à afficher</translation>
    </message>
    <message>
        <source>host:port:security:auth</source>
        <translation>host:port:security:auth</translation>
    </message>
    <message>
        <source>Only the steps for this finding</source>
        <translation>Seulement les étapes pour ce constat</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Where to write the guide</source>
        <translation>Où écrire le guide</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>mailfix-cli guide: cannot draw the pictures: the program was started without Qt Gui
</source>
        <translation>mailfix-cli guide&#xa0;: impossible de dessiner les images&#xa0;: le programme a été lancé sans Qt Gui
</translation>
    </message>
    <message>
        <source>--settings is required (e.g. smtp.example.com:587:starttls:normal-password)</source>
        <translation>--settings est obligatoire (p. ex. smtp.example.com:587:starttls:normal-password)</translation>
    </message>
    <message>
        <source>--user is required (the user name to sign in with, usually the email address)</source>
        <translation>--user est obligatoire (le nom d’utilisateur pour l’authentification, en général l’adresse e-mail)</translation>
    </message>
    <message>
        <source>mailfix-cli guide: %1: %2
</source>
        <translation>mailfix-cli guide&#xa0;: %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>the guide &quot;%1&quot; has no steps for this</source>
        <translation>le guide «&#xa0;%1&#xa0;» n’a pas d’étapes pour cela</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote the guide &quot;%1&quot; (%2 steps) to %3
</source>
        <translation>Guide «&#xa0;%1&#xa0;» (%2 étapes) écrit dans %3
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
                   Écrit le guide de correction illustré pour un logiciel de messagerie
                   (outlook, thunderbird, apple-mail), rempli avec ces paramètres, en
                   PDF, en page web avec les images incluses, ou en dossier de fichiers
                   PNG numérotés. --version&#xa0;: comme les guides les nomment (par défaut&#xa0;:
                   la plus récente)&#xa0;; --finding&#xa0;: seulement les étapes nécessaires à la
                   correction de ce constat (par défaut&#xa0;: tous les paramètres).
                   --incoming&#xa0;: le serveur entrant (IMAP ou POP3) à montrer, ce qui
                   ajoute ses étapes. Ne nécessite pas d’écran.
</translation>
    </message>
    <message>
        <source>the steps for &quot;%1&quot; show the incoming server: give it with --incoming (e.g. imap.example.com:993:tls:imap)</source>
        <translation>les étapes pour «&#xa0;%1&#xa0;» montrent le serveur entrant&#xa0;: indiquez-le avec --incoming (par ex. imap.example.com:993:tls:imap)</translation>
    </message>
    <message>
        <source>The incoming server to show</source>
        <translation>Le serveur entrant à montrer</translation>
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
        <translation>Les paramètres à utiliser&#xa0;: serveur sortant %1, port %2, %3, %4.</translation>
    </message>
    <message>
        <source>The settings to use: outgoing server %1, port %2, %3, %4, user name %5.</source>
        <translation>Les paramètres à utiliser&#xa0;: serveur sortant %1, port %2, %3, %4, nom d’utilisateur %5.</translation>
    </message>
    <message>
        <source>Fix it in %1</source>
        <translation>Corriger dans %1</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Image&#xa0;: %1</translation>
    </message>
    <message>
        <source>Picture of step %1</source>
        <translation>Image de l’étape %1</translation>
    </message>
    <message>
        <source>Made by MailFix %1.</source>
        <translation>Créé par MailFix %1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The picture %1 could not be written.</source>
        <translation>L’image %1 n’a pas pu être écrite.</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>Le fichier PDF n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The incoming server to use: %1 (%2), port %3, %4, user name %5.</source>
        <translation>Le serveur entrant à utiliser&#xa0;: %1 (%2), port %3, %4, nom d’utilisateur %5.</translation>
    </message>
</context>
<context>
    <name>GuideLibrary</name>
    <message>
        <source>%1: could not be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the guide folder does not exist</source>
        <translation>%1&#xa0;: le dossier des guides n’existe pas</translation>
    </message>
    <message>
        <source>%1: too large for a guide (more than 4 MB)</source>
        <translation>%1&#xa0;: trop volumineux pour un guide (plus de 4 Mo)</translation>
    </message>
</context>
<context>
    <name>GuideRenderer</name>
    <message>
        <source>%1: the number %2 lies outside the picture</source>
        <translation>%1&#xa0;: le numéro %2 est hors de l’image</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 px high, the box %4 px</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» fait %3 px de haut, la case %4 px</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 px wide, the box %4 px</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» fait %3 px de large, la case %4 px</translation>
    </message>
</context>
<context>
    <name>GuideSelection</name>
    <message>
        <source>Type an app password in the password box, not your usual password. You make one in your mail account&apos;s security settings on your provider&apos;s website.</source>
        <translation>Saisissez dans le champ du mot de passe un mot de passe d’application, pas votre mot de passe habituel. Vous le créez dans les paramètres de sécurité de votre compte de messagerie, sur le site de votre fournisseur.</translation>
    </message>
    <message>
        <source>The server did not accept the password you typed into MailFix. Check it, then type it carefully into your program&apos;s password box.</source>
        <translation>Le serveur n’a pas accepté le mot de passe que vous avez saisi dans MailFix. Vérifiez-le, puis saisissez-le soigneusement dans le champ du mot de passe de votre logiciel.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>Rapport %1</translation>
    </message>
    <message>
        <source>%1 report for %2</source>
        <translation>Rapport %1 pour %2</translation>
    </message>
    <message>
        <source>Made by MailFix %1 on %2. Mail program: %3.</source>
        <translation>Créé par MailFix %1 le %2. Logiciel de messagerie&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>MailFix found nothing to report.</source>
        <translation>MailFix n’a rien trouvé à signaler.</translation>
    </message>
    <message>
        <source>Settings to use</source>
        <translation>Paramètres à utiliser</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Serveur sortant</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Verified: MailFix signed in with these settings and the server accepted a recipient.</source>
        <translation>Vérifié&#xa0;: MailFix s’est authentifié avec ces paramètres et le serveur a accepté un destinataire.</translation>
    </message>
    <message>
        <source>Not verified yet: %1</source>
        <translation>Pas encore vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>MailFix found no server that answers.</source>
        <translation>MailFix n’a trouvé aucun serveur qui réponde.</translation>
    </message>
    <message>
        <source>If it still does not work</source>
        <translation>Si cela ne fonctionne toujours pas</translation>
    </message>
    <message>
        <source>Where the settings came from</source>
        <translation>D’où viennent les paramètres</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Settings for receiving</source>
        <translation>Paramètres de réception</translation>
    </message>
</context>
<context>
    <name>ImapProbe</name>
    <message>
        <source>the server sent something that is not an IMAP response</source>
        <translation>le serveur a envoyé quelque chose qui n’est pas une réponse IMAP</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes</source>
        <translation>le serveur a envoyé une ligne de plus de %1 octets</translation>
    </message>
    <message>
        <source>the server said goodbye: %1</source>
        <translation>le serveur a dit au revoir&#xa0;: %1</translation>
    </message>
    <message>
        <source>an answer to another command was ignored</source>
        <translation>une réponse à une autre commande a été ignorée</translation>
    </message>
    <message>
        <source>the server&apos;s greeting is not an IMAP greeting</source>
        <translation>l’accueil du serveur n’est pas un accueil IMAP</translation>
    </message>
    <message>
        <source>too many sign-in challenges; exchange cancelled</source>
        <translation>trop de défis d’authentification&#xa0;; échange annulé</translation>
    </message>
    <message>
        <source>an unexpected continuation was ignored</source>
        <translation>une demande de continuation inattendue a été ignorée</translation>
    </message>
    <message>
        <source>the server refused STARTTLS: %1</source>
        <translation>le serveur a refusé STARTTLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS here</source>
        <translation>le serveur ne propose pas STARTTLS ici</translation>
    </message>
    <message>
        <source>already signed in (PREAUTH): no password sent</source>
        <translation>déjà authentifié (PREAUTH)&#xa0;: aucun mot de passe envoyé</translation>
    </message>
</context>
<context>
    <name>IncomingProbe</name>
    <message>
        <source>the server sent more than %1 lines in answer to one command</source>
        <translation>le serveur a envoyé plus de %1 lignes en réponse à une seule commande</translation>
    </message>
    <message>
        <source>the server does not list its capabilities</source>
        <translation>le serveur n’indique pas ses capacités</translation>
    </message>
    <message>
        <source>no SASL mechanism offered</source>
        <translation>aucun mécanisme SASL proposé</translation>
    </message>
    <message>
        <source>no user name and password given</source>
        <translation>aucun nom d’utilisateur ni mot de passe indiqué</translation>
    </message>
    <message>
        <source>the server offers no way to sign in here</source>
        <translation>le serveur ne propose ici aucun moyen de s’authentifier</translation>
    </message>
    <message>
        <source>password not sent: the connection is not encrypted</source>
        <translation>mot de passe non envoyé&#xa0;: la connexion n’est pas chiffrée</translation>
    </message>
    <message>
        <source>password withheld: no encryption</source>
        <translation>mot de passe retenu&#xa0;: pas de chiffrement</translation>
    </message>
    <message>
        <source>password not sent: the server&apos;s certificate is not trusted</source>
        <translation>mot de passe non envoyé&#xa0;: le certificat du serveur n’est pas fiable</translation>
    </message>
    <message>
        <source>password withheld: certificate not trusted</source>
        <translation>mot de passe retenu&#xa0;: certificat non fiable</translation>
    </message>
    <message>
        <source>no answer to the goodbye</source>
        <translation>pas de réponse à la fin de la conversation</translation>
    </message>
    <message>
        <source>the server&apos;s error: %1</source>
        <translation>erreur du serveur : %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>MailClients</name>
    <message>
        <source>Thunderbird&apos;s settings file %1 was not found.</source>
        <translation>Le fichier de paramètres de Thunderbird %1 est introuvable.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 is too large to read.</source>
        <translation>Le fichier de paramètres de Thunderbird %1 est trop volumineux pour être lu.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 could not be read: %2</source>
        <translation>Le fichier de paramètres de Thunderbird %1 n’a pas pu être lu&#xa0;: %2</translation>
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
        <translation>Autre logiciel de messagerie</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
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
        <translation>À pr&amp;opos</translation>
    </message>
    <message>
        <source>About MailFix and its licences</source>
        <translation>À propos de MailFix et de ses licences</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Choose the language of MailFix</source>
        <translation>Choisir la langue de MailFix</translation>
    </message>
    <message>
        <source>Send your password to %1?</source>
        <translation>Envoyer votre mot de passe à %1&#xa0;?</translation>
    </message>
    <message>
        <source>Your provider&apos;s settings point to the server %1, which is not part of %2. Mail providers sometimes use another company&apos;s servers, but a wrong setting could also send your password to a stranger.

Should MailFix test signing in at %1?</source>
        <translation>Les paramètres de votre fournisseur désignent le serveur %1, qui ne fait pas partie de %2. Les fournisseurs de messagerie utilisent parfois les serveurs d’une autre entreprise, mais un mauvais paramètre pourrait aussi envoyer votre mot de passe à un inconnu.

MailFix doit-il tester l’authentification sur %1&#xa0;?</translation>
    </message>
    <message>
        <source>The server at %1 says its real name is %2: its certificate is for %2. This is usual when many websites share one server, and %2 leads to the same server. But %2 is not part of %3, so MailFix asks first.

Should MailFix test signing in at %2?</source>
        <translation>Le serveur %1 indique que son vrai nom est %2&#xa0;: son certificat est établi pour %2. C’est courant quand de nombreux sites web partagent un même serveur, et %2 mène au même serveur. Mais %2 ne fait pas partie de %3, donc MailFix vous demande d’abord.

MailFix doit-il tester l’authentification sur %2&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT:SECURITY:AUTH, for example smtp.example.com:587:starttls:normal-password</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme HOST:PORT:SECURITY:AUTH, par exemple smtp.example.com:587:starttls:normal-password</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de serveur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (1-65535)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un port (1-65535)</translation>
    </message>
    <message>
        <source>unknown security &quot;%1&quot; (use none, starttls or tls)</source>
        <translation>sécurité inconnue «&#xa0;%1&#xa0;» (utilisez none, starttls ou tls)</translation>
    </message>
    <message>
        <source>unknown authentication &quot;%1&quot; (use none, normal-password, encrypted-password or oauth2)</source>
        <translation>authentification inconnue «&#xa0;%1&#xa0;» (utilisez none, normal-password, encrypted-password ou oauth2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT:SECURITY:PROTOCOL, for example imap.example.com:993:tls:imap (the protocol is imap or pop3)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas HOST:PORT:SECURITY:PROTOCOL, par exemple imap.example.com:993:tls:imap (le protocole est imap ou pop3)</translation>
    </message>
</context>
<context>
    <name>MobileConfig</name>
    <message>
        <source>The mail account %1, with the server settings MailFix checked.</source>
        <translation>Le compte de messagerie %1, avec les paramètres de serveur vérifiés par MailFix.</translation>
    </message>
    <message>
        <source>Mail account %1</source>
        <translation>Compte de messagerie %1</translation>
    </message>
    <message>
        <source>Sets up %1 in Mail with the settings MailFix checked. It holds no password: Mail asks for it. Remove the old account for this address afterwards.</source>
        <translation>Configure %1 dans Mail avec les paramètres vérifiés par MailFix. Il ne contient aucun mot de passe&#xa0;: Mail le demande. Supprimez ensuite l’ancien compte pour cette adresse.</translation>
    </message>
    <message>
        <source>Mail settings for %1</source>
        <translation>Paramètres de messagerie pour %1</translation>
    </message>
</context>
<context>
    <name>OAuth2Console</name>
    <message>
        <source>To sign in, open this address in a browser on this computer:
  %1
</source>
        <translation>Pour vous connecter, ouvrez cette adresse dans un navigateur sur cet ordinateur&#xa0;:
  %1
</translation>
    </message>
    <message>
        <source>Could not start %1; open the address above yourself.
</source>
        <translation>Impossible de lancer %1&#xa0;; ouvrez vous-même l’adresse ci-dessus.
</translation>
    </message>
    <message>
        <source>MailFix knows no OAuth2 sign-in for %1: its provider takes a password (or is not known). Run it without --oauth2.
</source>
        <translation>MailFix ne connaît pas d’authentification OAuth2 pour %1&#xa0;: son fournisseur accepte un mot de passe (ou est inconnu). Lancez la commande sans --oauth2.
</translation>
    </message>
    <message>
        <source>%1 accounts sign in with OAuth2 (the provider&apos;s own sign-in window), not with a password. MailFix could not test that sign-in here: it has no client id for %1 (an administrator sets %2 in mailfix.conf). The check below runs without signing in. In your mail program, choose OAuth2 (or sign in with %1) as the way to sign in.
</source>
        <translation>Les comptes %1 s’authentifient avec OAuth2 (la fenêtre de connexion du fournisseur), pas avec un mot de passe. MailFix n’a pas pu tester cette authentification ici&#xa0;: il n’a pas d’identifiant client (client id) pour %1 (un administrateur règle %2 dans mailfix.conf). La vérification ci-dessous se fait sans authentification. Dans votre logiciel de messagerie, choisissez OAuth2 (ou la connexion avec %1) comme méthode d’authentification.
</translation>
    </message>
    <message numerus="yes">
        <source>Signing in with %1 (waiting up to %n second(s) for the browser)...
</source>
        <translation>
            <numerusform>Connexion avec %1 (attente du navigateur pendant %n seconde au plus)…
</numerusform>
            <numerusform>Connexion avec %1 (attente du navigateur pendant %n secondes au plus)…
</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in with %1 did not work: %2
</source>
        <translation>La connexion avec %1 n’a pas fonctionné&#xa0;: %2
</translation>
    </message>
    <message>
        <source>This build of MailFix cannot sign in with OAuth2 (it was built without Qt NetworkAuth).
</source>
        <translation>Cette version de MailFix ne peut pas s’authentifier avec OAuth2 (elle a été compilée sans Qt NetworkAuth).
</translation>
    </message>
</context>
<context>
    <name>OAuth2SignIn</name>
    <message numerus="yes">
        <source>The sign-in was not finished in the browser within %n minute(s).</source>
        <translation>
            <numerusform>La connexion n’a pas été terminée dans le navigateur en %n minute.</numerusform>
            <numerusform>La connexion n’a pas été terminée dans le navigateur en %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No port on 127.0.0.1 for the sign-in.</source>
        <translation>Aucun port libre sur 127.0.0.1 pour la connexion.</translation>
    </message>
    <message>
        <source>MailFix received the sign-in. You can close this window.</source>
        <translation>MailFix a reçu la connexion. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>The sign-in came back with another state than MailFix sent.</source>
        <translation>La connexion est revenue avec un autre état (state) que celui envoyé par MailFix.</translation>
    </message>
    <message>
        <source>The sign-in came back from %1, not from %2.</source>
        <translation>La connexion est revenue de %1, et non de %2.</translation>
    </message>
    <message>
        <source>The provider answered without a token.</source>
        <translation>Le fournisseur a répondu sans jeton.</translation>
    </message>
</context>
<context>
    <name>OutlookPrf</name>
    <message>
        <source>Made by MailFix %1 for %2: the mail settings MailFix checked.</source>
        <translation>Créé par MailFix %1 pour %2&#xa0;: les paramètres de messagerie vérifiés par MailFix.</translation>
    </message>
    <message>
        <source>For classic Outlook for Windows: outlook.exe /importprf &quot;FILE&quot; adds this account to the default profile. The new Outlook does not accept PRF files.</source>
        <translation>Pour Outlook classique pour Windows&#xa0;: outlook.exe /importprf &quot;FILE&quot; ajoute ce compte au profil par défaut. Le nouvel Outlook n’accepte pas les fichiers PRF.</translation>
    </message>
    <message>
        <source>There is no password in this file: Outlook asks for it when it first connects.</source>
        <translation>Ce fichier ne contient aucun mot de passe&#xa0;: Outlook le demande à la première connexion.</translation>
    </message>
    <message>
        <source>Mapping of the account&apos;s values to Outlook&apos;s properties; do not change.</source>
        <translation>Correspondance entre les valeurs du compte et les propriétés d’Outlook&#xa0;; ne pas modifier.</translation>
    </message>
</context>
<context>
    <name>Pop3Probe</name>
    <message>
        <source>the server sent something that is not a POP3 reply</source>
        <translation>le serveur a envoyé quelque chose qui n’est pas une réponse POP3</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes</source>
        <translation>le serveur a envoyé une ligne de plus de %1 octets</translation>
    </message>
    <message>
        <source>the server sent a reply of more than %1 lines</source>
        <translation>le serveur a envoyé une réponse de plus de %1 lignes</translation>
    </message>
    <message>
        <source>the server refused STLS: %1</source>
        <translation>le serveur a refusé STLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>unexpected reply ignored</source>
        <translation>réponse inattendue ignorée</translation>
    </message>
    <message>
        <source>the server&apos;s greeting is not a POP3 greeting</source>
        <translation>l’accueil du serveur n’est pas un accueil POP3</translation>
    </message>
    <message>
        <source>the server does not offer STLS here</source>
        <translation>le serveur ne propose pas STLS ici</translation>
    </message>
    <message>
        <source>too many sign-in challenges; exchange cancelled</source>
        <translation>trop de défis d’authentification&#xa0;; échange annulé</translation>
    </message>
    <message>
        <source>an unexpected continuation was ignored</source>
        <translation>une demande de continuation inattendue a été ignorée</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>&quot;%1&quot; is not a port (1-65535, optionally :none, :starttls or :tls)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un port (1-65535, éventuellement suivi de :none, :starttls ou :tls)</translation>
    </message>
    <message>
        <source>unknown security &quot;%1&quot; (use none, starttls or tls)</source>
        <translation>sécurité inconnue «&#xa0;%1&#xa0;» (utilisez none, starttls ou tls)</translation>
    </message>
    <message>
        <source>--ports names no port</source>
        <translation>--ports ne donne aucun port</translation>
    </message>
    <message>
        <source>--send-test needs --from (or an email address as --user) and a password</source>
        <translation>--send-test nécessite --from (ou une adresse e-mail comme --user) et un mot de passe</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>--server is required</source>
        <translation>--server est obligatoire</translation>
    </message>
    <message>
        <source>Probing %1 on ports %2 (timeout %3 s)...
</source>
        <translation>Test de %1 sur les ports %2 (délai %3 s)…
</translation>
    </message>
    <message>
        <source>Signing in and sending works on at least one port.
</source>
        <translation>L’authentification et l’envoi fonctionnent sur au moins un port.
</translation>
    </message>
    <message>
        <source>No port of %1 answered like a mail server.
</source>
        <translation>Aucun port de %1 n’a répondu comme un serveur de messagerie.
</translation>
    </message>
    <message>
        <source>The server answers; give --user and --password-stdin to test signing in.
</source>
        <translation>Le serveur répond&#xa0;; indiquez --user et --password-stdin pour tester l’authentification.
</translation>
    </message>
    <message>
        <source>The server answers, but sending was not verified on any port.
</source>
        <translation>Le serveur répond, mais l’envoi n’a été vérifié sur aucun port.
</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>smtp (default), imap or pop3</source>
        <translation>smtp (par défaut), imap ou pop3</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocole</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot; (use smtp, imap or pop3)</source>
        <translation>protocole inconnu «&#xa0;%1&#xa0;» (utilisez smtp, imap ou pop3)</translation>
    </message>
    <message>
        <source>--send-test, --from and --to are for SMTP only</source>
        <translation>--send-test, --from et --to ne servent que pour SMTP</translation>
    </message>
    <message>
        <source>Signing in works on at least one port.
</source>
        <translation>L’authentification fonctionne sur au moins un port.
</translation>
    </message>
    <message>
        <source>The server answers, but signing in was not verified on any port.
</source>
        <translation>Le serveur répond, mais l’authentification n’a été vérifiée sur aucun port.
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
                   Teste en parallèle les ports d’un serveur de messagerie&#xa0;: connexion,
                   accueil, chiffrement, certificat, authentification, et (pour SMTP, le
                   protocole par défaut) si un destinataire est accepté sans et avec
                   authentification. Aucun courrier n’est envoyé sans --send-test (un
                   message part alors vers --from). Par défaut, IMAP teste les ports 143 et
                   993, POP3 les ports 110 et 995. Un port peut indiquer sa sécurité&#xa0;:
                   587:starttls, 465:tls, 25:none.
</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid until %3, %4</source>
        <translation>%1, émis par %2, valable jusqu’au %3, %4</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>fiable</translation>
    </message>
    <message>
        <source>NOT trusted: %1</source>
        <translation>NON fiable&#xa0;: %1</translation>
    </message>
    <message>
        <source>without sign-in</source>
        <translation>non authentifié</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>authentification</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>authentifié</translation>
    </message>
    <message>
        <source>test message</source>
        <translation>message de test</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>capabilities</source>
        <translation>capacités</translation>
    </message>
    <message>
        <source>logout</source>
        <translation>déconnexion</translation>
    </message>
    <message>
        <source>server&apos;s error</source>
        <translation>erreur du serveur</translation>
    </message>
</context>
<context>
    <name>ProbeRow</name>
    <message>
        <source>Sending on port 25 (often blocked by internet providers)</source>
        <translation>Envoi sur le port 25 (souvent bloqué par les fournisseurs d’accès à Internet)</translation>
    </message>
    <message>
        <source>Unencrypted sending on port %1</source>
        <translation>Envoi non chiffré sur le port %1</translation>
    </message>
    <message>
        <source>Secure sending (recommended)</source>
        <translation>Envoi sécurisé (recommandé)</translation>
    </message>
    <message>
        <source>Secure sending</source>
        <translation>Envoi sécurisé</translation>
    </message>
    <message>
        <source>Secure sending on port %1</source>
        <translation>Envoi sécurisé sur le port %1</translation>
    </message>
    <message>
        <source>Unencrypted receiving (IMAP) on port %1</source>
        <translation>Réception non chiffrée (IMAP) sur le port %1</translation>
    </message>
    <message>
        <source>Unencrypted receiving (POP3) on port %1</source>
        <translation>Réception non chiffrée (POP3) sur le port %1</translation>
    </message>
    <message>
        <source>Secure receiving (IMAP, recommended)</source>
        <translation>Réception sécurisée (IMAP, recommandée)</translation>
    </message>
    <message>
        <source>Secure receiving (IMAP)</source>
        <translation>Réception sécurisée (IMAP)</translation>
    </message>
    <message>
        <source>Secure receiving (POP3)</source>
        <translation>Réception sécurisée (POP3)</translation>
    </message>
    <message>
        <source>Secure receiving (IMAP) on port %1</source>
        <translation>Réception sécurisée (IMAP) sur le port %1</translation>
    </message>
    <message>
        <source>Secure receiving (POP3) on port %1</source>
        <translation>Réception sécurisée (POP3) sur le port %1</translation>
    </message>
    <message>
        <source>%1 (your settings now)</source>
        <translation>%1 (vos paramètres actuels)</translation>
    </message>
    <message>
        <source>%1, server %2</source>
        <translation>%1, serveur %2</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Pas terminé</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Answers, with a problem</source>
        <translation>Répond, avec un problème</translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation>Ne fonctionne pas</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Waiting for an answer... %1 s of %2 s</source>
        <translation>Attente d’une réponse… %1 s sur %2 s</translation>
    </message>
    <message>
        <source>Not offered here</source>
        <translation>Non proposé ici</translation>
    </message>
</context>
<context>
    <name>ProgramAccounts</name>
    <message>
        <source>no Thunderbird profile was found on this computer</source>
        <translation>aucun profil Thunderbird n’a été trouvé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Outlook&apos;s settings can be read only on Windows</source>
        <translation>les paramètres d’Outlook ne peuvent être lus que sous Windows</translation>
    </message>
    <message>
        <source>MailFix cannot read the settings of %1</source>
        <translation>MailFix ne peut pas lire les paramètres de %1</translation>
    </message>
    <message>
        <source>%1 has no account with an outgoing server</source>
        <translation>%1 n’a aucun compte avec un serveur sortant</translation>
    </message>
    <message>
        <source>Apple Mail&apos;s settings can only be read on a Mac</source>
        <translation>Les paramètres d’Apple Mail ne peuvent être lus que sur un Mac</translation>
    </message>
</context>
<context>
    <name>ProviderDetector</name>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <source>%1: cannot be read or is too large</source>
        <translation>%1&#xa0;: illisible ou trop volumineux</translation>
    </message>
    <message>
        <source>the answer was larger than %1 bytes</source>
        <translation>la réponse dépassait %1 octets</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <source>MX %1: no known platform</source>
        <translation>MX %1&#xa0;: aucune plateforme connue</translation>
    </message>
    <message>
        <source>%1 lies outside %2</source>
        <translation>%1 est hors de %2</translation>
    </message>
    <message>
        <source>guessed from the domain</source>
        <translation>deviné d’après le domaine</translation>
    </message>
    <message>
        <source>guessed from the domain; not checked, because DNS did not answer</source>
        <translation>deviné d’après le domaine&#xa0;; non vérifié, car le DNS n’a pas répondu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Option inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Options inconnues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Valeur manquante après «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valeur inattendue après «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l’adresse du &amp;lien</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
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
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Non à to&amp;ut</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l’adresse du &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>%1 report</source>
        <translation>Rapport %1</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>Le fichier PDF n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Partial result: the check was stopped before it finished, so this shows only what finished.</source>
        <translation>Résultat partiel&#xa0;: la vérification a été arrêtée avant la fin, ceci ne montre donc que ce qui était terminé.</translation>
    </message>
    <message>
        <source>%1 (version: %2)</source>
        <translation>%1 (version&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 report for %2</source>
        <translation>Rapport %1 pour %2</translation>
    </message>
    <message>
        <source>Mail program: %1</source>
        <translation>Logiciel de messagerie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>MailFix version: %1</source>
        <translation>Version de MailFix&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SelfTestCommand</name>
    <message>
        <source>  self-test        Check that this computer can make encrypted connections
</source>
        <translation>  self-test        Vérifie que cet ordinateur peut établir des connexions chiffrées
</translation>
    </message>
    <message>
        <source>Encrypted connections: available (%1, Qt backend &quot;%2&quot;)
</source>
        <translation>Connexions chiffrées&#xa0;: disponibles (%1, backend Qt «&#xa0;%2&#xa0;»)
</translation>
    </message>
</context>
<context>
    <name>SettingsCard</name>
    <message>
        <source>Made by MailFix %1. There is no password on this card.</source>
        <translation>Créé par MailFix %1. Cette fiche ne contient aucun mot de passe.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Mail settings for %1</source>
        <translation>Paramètres de messagerie pour %1</translation>
    </message>
    <message>
        <source>Incoming mail (%1)</source>
        <translation>Courrier entrant (%1)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <source>Your password stays the same. Type it when the program asks; never send it by email.</source>
        <translation>Votre mot de passe ne change pas. Saisissez-le quand le logiciel le demande&#xa0;; ne l’envoyez jamais par e-mail.</translation>
    </message>
    <message>
        <source>Picture of step %1</source>
        <translation>Image de l’étape %1</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>Le fichier PDF n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>SmtpProbe</name>
    <message>
        <source>the server sent something that is not an SMTP reply</source>
        <translation>le serveur a envoyé quelque chose qui n’est pas une réponse SMTP</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes</source>
        <translation>le serveur a envoyé une ligne de plus de %1 octets</translation>
    </message>
    <message>
        <source>the server sent a reply of more than %1 lines</source>
        <translation>le serveur a envoyé une réponse de plus de %1 lignes</translation>
    </message>
    <message>
        <source>the server refused STARTTLS: %1</source>
        <translation>le serveur a refusé STARTTLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>unexpected reply ignored</source>
        <translation>réponse inattendue ignorée</translation>
    </message>
    <message>
        <source>EHLO refused, HELO accepted</source>
        <translation>EHLO refusé, HELO accepté</translation>
    </message>
    <message>
        <source>EHLO refused; trying HELO</source>
        <translation>EHLO refusé&#xa0;; essai de HELO</translation>
    </message>
    <message>
        <source>no AUTH offered</source>
        <translation>aucun AUTH proposé</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS here</source>
        <translation>le serveur ne propose pas STARTTLS ici</translation>
    </message>
    <message>
        <source>relay test skipped: no sender or recipient address</source>
        <translation>test de relais ignoré&#xa0;: pas d’adresse d’expéditeur ou de destinataire</translation>
    </message>
    <message>
        <source>the server accepted DATA without a recipient; the connection was closed so that nothing is sent</source>
        <translation>le serveur a accepté DATA sans destinataire&#xa0;; la connexion a été fermée pour que rien ne soit envoyé</translation>
    </message>
    <message>
        <source>MailFix test message</source>
        <translation>Message de test de MailFix</translation>
    </message>
    <message>
        <source>MailFix sent this message to check that sending works. You can delete it.</source>
        <translation>MailFix a envoyé ce message pour vérifier que l’envoi fonctionne. Vous pouvez le supprimer.</translation>
    </message>
    <message>
        <source>no user name and password given</source>
        <translation>aucun nom d’utilisateur ni mot de passe indiqué</translation>
    </message>
    <message>
        <source>the server offers no AUTH here</source>
        <translation>le serveur ne propose pas d’AUTH ici</translation>
    </message>
    <message>
        <source>password not sent: the connection is not encrypted</source>
        <translation>mot de passe non envoyé&#xa0;: la connexion n’est pas chiffrée</translation>
    </message>
    <message>
        <source>password withheld: no encryption</source>
        <translation>mot de passe retenu&#xa0;: pas de chiffrement</translation>
    </message>
    <message>
        <source>password not sent: the server&apos;s certificate is not trusted</source>
        <translation>mot de passe non envoyé&#xa0;: le certificat du serveur n’est pas fiable</translation>
    </message>
    <message>
        <source>password withheld: certificate not trusted</source>
        <translation>mot de passe retenu&#xa0;: certificat non fiable</translation>
    </message>
    <message>
        <source>too many AUTH challenges; exchange cancelled</source>
        <translation>trop de défis AUTH&#xa0;; échange annulé</translation>
    </message>
    <message>
        <source>no reply to QUIT within %1 ms; the check did not wait for it</source>
        <translation>pas de réponse à QUIT en %1 ms&#xa0;; la vérification ne l’a pas attendue</translation>
    </message>
    <message>
        <source>the server&apos;s error: %1</source>
        <translation>erreur du serveur : %1</translation>
    </message>
</context>
<context>
    <name>ThunderbirdFixDialog</name>
    <message>
        <source>Fix it for me: Thunderbird</source>
        <translation>Corriger pour moi&#xa0;: Thunderbird</translation>
    </message>
    <message>
        <source>Accounts to change</source>
        <translation>Comptes à modifier</translation>
    </message>
    <message>
        <source>The values that change</source>
        <translation>Les valeurs qui changent</translation>
    </message>
    <message>
        <source>I have &amp;closed Thunderbird. Change its settings as shown.</source>
        <translation>&amp;J’ai fermé Thunderbird. Modifier ses paramètres comme indiqué.</translation>
    </message>
    <message>
        <source>C&amp;hange the settings</source>
        <translation>&amp;Modifier les paramètres</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Ce qui change&#xa0;:</translation>
    </message>
    <message>
        <source>MailFix can write the checked settings (%1) into Thunderbird for you. Choose the accounts to change. MailFix keeps a copy of the old settings, so you can undo it.</source>
        <translation>MailFix peut écrire les paramètres vérifiés (%1) dans Thunderbird pour vous. Choisissez les comptes à modifier. MailFix garde une copie des anciens paramètres, pour que vous puissiez annuler.</translation>
    </message>
    <message>
        <source>%1 (now: %2)</source>
        <translation>%1 (actuellement&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Nothing changes: Thunderbird already uses these settings for the chosen accounts.</source>
        <translation>Rien ne change&#xa0;: Thunderbird utilise déjà ces paramètres pour les comptes choisis.</translation>
    </message>
    <message>
        <source>Done. Start Thunderbird and send a message to try it. The old settings are saved in %1.</source>
        <translation>Terminé. Démarrez Thunderbird et envoyez un message pour essayer. Les anciens paramètres sont enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Undone: Thunderbird&apos;s settings are back as they were.</source>
        <translation>Annulé&#xa0;: les paramètres de Thunderbird sont redevenus ceux d’avant.</translation>
    </message>
</context>
<context>
    <name>ThunderbirdSettingsWriter</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>connection security</source>
        <translation>sécurité de la connexion</translation>
    </message>
    <message>
        <source>authentication method</source>
        <translation>méthode d’authentification</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d’utilisateur</translation>
    </message>
    <message>
        <source>New outgoing server %1 in the list of servers</source>
        <translation>Nouveau serveur sortant %1 dans la liste des serveurs</translation>
    </message>
    <message>
        <source>Identity %1 sends through outgoing server %2 instead of %3</source>
        <translation>L’identité %1 envoie par le serveur sortant %2 au lieu de %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>The Thunderbird profile folder %1 does not exist.</source>
        <translation>Le dossier de profil Thunderbird %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Thunderbird is open. Close Thunderbird, then try again. Nothing was changed.</source>
        <translation>Thunderbird est ouvert. Fermez Thunderbird, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 has no Thunderbird settings file (prefs.js). Start Thunderbird once with this profile, close it, then try again.</source>
        <translation>%1 n’a pas de fichier de paramètres Thunderbird (prefs.js). Démarrez Thunderbird une fois avec ce profil, fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 could not be read: %2. Nothing was changed.</source>
        <translation>Le fichier de paramètres de Thunderbird %1 n’a pas pu être lu&#xa0;: %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>il est trop volumineux</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 is damaged: line %2 cannot be read. MailFix changed nothing. Start Thunderbird and close it again (it rewrites the file), then try again.</source>
        <translation>Le fichier de paramètres de Thunderbird %1 est endommagé&#xa0;: la ligne %2 ne peut pas être lue. MailFix n’a rien modifié. Démarrez Thunderbird et refermez-le (il réécrit le fichier), puis réessayez.</translation>
    </message>
    <message>
        <source>the file did not read back as written</source>
        <translation>le fichier relu ne correspond pas à ce qui a été écrit</translation>
    </message>
    <message>
        <source>MailFix could not write %1 in %2: %3. Nothing was lost: Thunderbird&apos;s settings are as they were.</source>
        <translation>MailFix n’a pas pu écrire %1 dans %2&#xa0;: %3. Rien n’est perdu&#xa0;: les paramètres de Thunderbird sont inchangés.</translation>
    </message>
    <message>
        <source>Thunderbird already uses these settings. Nothing was changed.</source>
        <translation>Thunderbird utilise déjà ces paramètres. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file changed after MailFix read it. Nothing was changed; look at the changes again.</source>
        <translation>Le fichier de paramètres de Thunderbird a changé après que MailFix l’a lu. Rien n’a été modifié&#xa0;; examinez de nouveau les modifications.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 is written in a way MailFix cannot change safely. Nothing was changed; enter the settings in Thunderbird by hand.</source>
        <translation>Le fichier de paramètres de Thunderbird %1 est écrit d’une façon que MailFix ne peut pas modifier sans risque. Rien n’a été modifié&#xa0;; saisissez les paramètres dans Thunderbird à la main.</translation>
    </message>
    <message>
        <source>a backup of Thunderbird&apos;s settings</source>
        <translation>une sauvegarde des paramètres de Thunderbird</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file</source>
        <translation>le fichier de paramètres de Thunderbird</translation>
    </message>
    <message>
        <source>MailFix could not write Thunderbird&apos;s settings file %1. Restore it from the backup %2.</source>
        <translation>MailFix n’a pas pu écrire le fichier de paramètres de Thunderbird %1. Restaurez-le à partir de la sauvegarde %2.</translation>
    </message>
    <message>
        <source>There is no MailFix backup in %1: there is nothing to undo.</source>
        <translation>Il n’y a aucune sauvegarde MailFix dans %1&#xa0;: il n’y a rien à annuler.</translation>
    </message>
    <message>
        <source>The backup %1 could not be read: %2. Nothing was changed.</source>
        <translation>La sauvegarde %1 n’a pas pu être lue&#xa0;: %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>a copy of Thunderbird&apos;s settings</source>
        <translation>une copie des paramètres de Thunderbird</translation>
    </message>
    <message>
        <source>Outgoing server %1: </source>
        <translation>Serveur sortant %1&#xa0;: </translation>
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
        <translation>MailFix ne peut pas établir de connexions chiffrées, car le plugin OpenSSL de Qt est absent&#xa0;; réinstallez la bibliothèque réseau de Qt (sous Debian&#xa0;: apt-get install --reinstall libqt6network6) et relancez MailFix.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because the OpenSSL 3 library could not be loaded; install it (on Debian: apt-get install libssl3) and start MailFix again.</source>
        <translation>MailFix ne peut pas établir de connexions chiffrées, car la bibliothèque OpenSSL 3 n’a pas pu être chargée&#xa0;; installez-la (sous Debian&#xa0;: apt-get install libssl3) et relancez MailFix.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because Qt is using the &quot;%1&quot; TLS backend and MailFix needs OpenSSL; install Qt&apos;s OpenSSL plugin (on Debian: libqt6network6) and start MailFix again.</source>
        <translation>MailFix ne peut pas établir de connexions chiffrées, car Qt utilise le backend TLS «&#xa0;%1&#xa0;» et MailFix a besoin d’OpenSSL&#xa0;; installez le plugin OpenSSL de Qt (sous Debian&#xa0;: libqt6network6) et relancez MailFix.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because Qt&apos;s OpenSSL plugin, which comes with MailFix, is missing; reinstall MailFix and start it again.</source>
        <translation>MailFix ne peut pas établir de connexions chiffrées, car le plugin OpenSSL de Qt, fourni avec MailFix, est absent&#xa0;; réinstallez MailFix et relancez-le.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because the OpenSSL 3 libraries that come with MailFix could not be loaded; reinstall MailFix and start it again.</source>
        <translation>MailFix ne peut pas établir de connexions chiffrées, car les bibliothèques OpenSSL 3 fournies avec MailFix n’ont pas pu être chargées&#xa0;; réinstallez MailFix et relancez-le.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because Qt is using the &quot;%1&quot; TLS backend and MailFix needs OpenSSL; reinstall MailFix and start it again.</source>
        <translation>MailFix ne peut pas établir de connexions chiffrées, car Qt utilise le backend TLS «&#xa0;%1&#xa0;» et MailFix a besoin d’OpenSSL&#xa0;; réinstallez MailFix et relancez-le.</translation>
    </message>
</context>
<context>
    <name>UnsupportedProbe</name>
    <message>
        <source>MailFix cannot check %1 servers yet</source>
        <translation>MailFix ne peut pas encore vérifier les serveurs %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <source>What MailFix found</source>
        <translation>Ce que MailFix a trouvé</translation>
    </message>
    <message>
        <source>Allow this server&apos;s certificate and check again...</source>
        <translation>Autoriser le certificat de ce serveur et vérifier à nouveau…</translation>
    </message>
    <message>
        <source>Show technical &amp;details</source>
        <translation>Afficher les &amp;détails techniques</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Sa&amp;ve report...</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>MailFix found settings that should work. Use them as shown below.</source>
        <translation>MailFix a trouvé des paramètres qui devraient fonctionner. Utilisez-les comme indiqué ci-dessous.</translation>
    </message>
    <message>
        <source>MailFix could not find a server that answers. See the notes below.</source>
        <translation>MailFix n’a trouvé aucun serveur qui réponde. Voyez les remarques ci-dessous.</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Outgoing server:&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Port:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Encryption:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Sign-in:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;User name:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Serveur sortant&#xa0;:&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Port&#xa0;:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Chiffrement&#xa0;:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Authentification&#xa0;:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nom d’utilisateur&#xa0;:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>We checked this: signing in on port %1 works, and the server accepted a recipient.</source>
        <translation>Nous l’avons vérifié&#xa0;: l’authentification sur le port %1 fonctionne, et le serveur a accepté un destinataire.</translation>
    </message>
    <message>
        <source>This should work, but it is not confirmed: %1</source>
        <translation>Cela devrait fonctionner, mais ce n’est pas confirmé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Also:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Également&#xa0;:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Hide technical &amp;details</source>
        <translation>Masquer les &amp;détails techniques</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf);;JSON for technicians (*.json)</source>
        <translation>Page web (*.html);;Document PDF (*.pdf);;JSON pour les techniciens (*.json)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message>
        <source>MailFix could not save the report to %1: %2</source>
        <translation>MailFix n’a pas pu enregistrer le rapport dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Allow this certificate?</source>
        <translation>Autoriser ce certificat&#xa0;?</translation>
    </message>
    <message>
        <source>The server could not prove that it really is your mail server. If someone is listening in on your network, your password could reach them. Allow it only if your provider or your technician told you this server&apos;s certificate is right.

Send your password to this server for this check?</source>
        <translation>Le serveur n’a pas pu prouver qu’il est bien votre serveur de messagerie. Si quelqu’un écoute sur votre réseau, votre mot de passe pourrait lui parvenir. Ne l’autorisez que si votre fournisseur ou votre technicien vous a dit que le certificat de ce serveur est le bon.

Envoyer votre mot de passe à ce serveur pour cette vérification&#xa0;?</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Account &quot;%1&quot; (port %2): this one does not work.&lt;/b&gt; %3&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Compte «&#xa0;%1&#xa0;» (port %2)&#xa0;: celui-ci ne fonctionne pas.&lt;/b&gt; %3&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Account &quot;%1&quot; (port %2): this one works.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Compte «&#xa0;%1&#xa0;» (port %2)&#xa0;: celui-ci fonctionne.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>What works, what does not, and what to change.</source>
        <translation>Ce qui fonctionne, ce qui ne fonctionne pas, et ce qu’il faut modifier.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvr&amp;ir le dossier</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Incoming server (%1):&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Port:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Encryption:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;User name:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Serveur entrant (%1)&#xa0;:&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Port&#xa0;:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Chiffrement&#xa0;:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nom d’utilisateur&#xa0;:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>We checked this: signing in to receive mail works with these settings.</source>
        <translation>Nous l’avons vérifié&#xa0;: l’authentification pour recevoir le courrier fonctionne avec ces paramètres.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partial result.&lt;/b&gt; You stopped the check, so this shows only what finished before that. For the whole answer, click Back and then &quot;Check again&quot;.</source>
        <translation>&lt;b&gt;Résultat partiel.&lt;/b&gt; Vous avez arrêté la vérification&#xa0;: ceci ne montre donc que ce qui était terminé avant. Pour la réponse complète, cliquez sur Précédent, puis sur «&#xa0;Vérifier à nouveau&#xa0;».</translation>
    </message>
    <message>
        <source>The server did not accept this password.</source>
        <translation>Le serveur n’a pas accepté ce mot de passe.</translation>
    </message>
    <message>
        <source>Report saved as %1 in %2.</source>
        <translation>Rapport enregistré sous %1 dans %2.</translation>
    </message>
    <message>
        <source>Report copied. You can paste it into an email or a chat with your helper.</source>
        <translation>Rapport copié. Vous pouvez le coller dans un e-mail ou une discussion avec la personne qui vous aide.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Your mail program cannot send?</source>
        <translation>Votre logiciel de messagerie ne peut pas envoyer&#xa0;?</translation>
    </message>
    <message>
        <source>MailFix finds out why, and shows you how to fix it in your own mail program.</source>
        <translation>MailFix découvre pourquoi, et vous montre comment y remédier dans votre propre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>If your mail program showed an error message, paste it here (you can leave this empty):</source>
        <translation>Si votre logiciel de messagerie a affiché un message d’erreur, collez-le ici (vous pouvez laisser ce champ vide)&#xa0;:</translation>
    </message>
    <message>
        <source>Error message from your mail program</source>
        <translation>Message d’erreur de votre logiciel de messagerie</translation>
    </message>
    <message>
        <source>For example: 503 valid RCPT command must precede DATA</source>
        <translation>Par exemple&#xa0;: 503 valid RCPT command must precede DATA</translation>
    </message>
    <message>
        <source>What the error message means</source>
        <translation>Ce que signifie le message d’erreur</translation>
    </message>
    <message>
        <source>MailFix does not know this message. That is fine: the check will find out more.</source>
        <translation>MailFix ne connaît pas ce message. Ce n’est pas grave&#xa0;: la vérification en apprendra davantage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What this means:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ce que cela signifie&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>It does not send any mail unless you ask it to, and your password stays on this computer and with your mail server.</source>
        <translation>MailFix n’envoie aucun message sans que vous le demandiez, et votre mot de passe reste sur cet ordinateur et chez votre serveur de messagerie.</translation>
    </message>
</context>
<context>
    <name>WelcomeSteps</name>
    <message>
        <source>&lt;b&gt;1. It checks&lt;/b&gt;&lt;br&gt;your mail server, the way your mail program talks to it</source>
        <translation>&lt;b&gt;1. Il vérifie&lt;/b&gt;&lt;br&gt;votre serveur de messagerie, comme votre logiciel de messagerie lui parle</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. It explains&lt;/b&gt;&lt;br&gt;in plain words what goes wrong</source>
        <translation>&lt;b&gt;2. Il explique&lt;/b&gt;&lt;br&gt;avec des mots simples ce qui ne va pas</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. It shows the fix&lt;/b&gt;&lt;br&gt;step by step, in your own mail program</source>
        <translation>&lt;b&gt;3. Il montre la solution&lt;/b&gt;&lt;br&gt;étape par étape, dans votre propre logiciel de messagerie</translation>
    </message>
</context>
<context>
    <name>WizardContext</name>
    <message>
        <source>Signed in with %1.</source>
        <translation>Connecté avec %1.</translation>
    </message>
    <message>
        <source>%1 accounts sign in through %1&apos;s own sign-in window. MailFix could not test that here: it has not been set up for it. It checked without signing in.</source>
        <translation>Les comptes %1 se connectent par la fenêtre de connexion propre à %1. MailFix n’a pas pu le tester ici&#xa0;: il n’a pas été configuré pour cela. Il a vérifié sans authentification.</translation>
    </message>
    <message>
        <source>Your provider signs in with a password, not with its own sign-in window. MailFix checked without signing in.</source>
        <translation>Votre fournisseur demande un mot de passe, pas sa propre fenêtre de connexion. MailFix a vérifié sans authentification.</translation>
    </message>
    <message>
        <source>The sign-in with %1 did not work (%2). MailFix checked without signing in.</source>
        <translation>La connexion avec %1 n’a pas fonctionné (%2). MailFix a vérifié sans authentification.</translation>
    </message>
</context>
<context>
    <name>WizardOptions</name>
    <message>
        <source>Print start-up time and memory, then quit</source>
        <translation>Afficher le temps de démarrage et la mémoire, puis quitter</translation>
    </message>
    <message>
        <source>mailfix: --ispdb-url is ignored (%1)</source>
        <translation>mailfix&#xa0;: --ispdb-url est ignoré (%1)</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
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
        <translation>sans chiffrement</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Pas d’authentification</translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation>Mot de passe normal</translation>
    </message>
    <message>
        <source>Encrypted password</source>
        <translation>Mot de passe chiffré</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>server %1, port %2, %3</source>
        <translation>serveur %1, port %2, %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: mailfix [--ca-file PEM] [--ispdb-url URL] [--overrides DIR] [--timeout S]
               [--version] [--help]
Starts the MailFix wizard. For the console program, run mailfix-cli --help.
</source>
        <translation>Utilisation&#xa0;: mailfix [--ca-file PEM] [--ispdb-url URL] [--overrides DIR] [--timeout S]
                      [--version] [--help]
Lance l’assistant MailFix. Pour le programme en console, lancez mailfix-cli --help.
</translation>
    </message>
    <message>
        <source>MailFix</source>
        <translation>MailFix</translation>
    </message>
    <message>
        <source>MailFix cannot start</source>
        <translation>MailFix ne peut pas démarrer</translation>
    </message>
    <message>
        <source>mailfix: deployment settings: %1</source>
        <translation>mailfix&#xa0;: paramètres de déploiement&#xa0;: %1</translation>
    </message>
    <message>
        <source>mailfix: %1</source>
        <translation>mailfix&#xa0;: %1</translation>
    </message>
</context>
</TS>
