<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>MailFix finds out why your mail program cannot send, and shows you how to fix it.</source>
        <translation>MailFix averigua por qué tu programa de correo no puede enviar y te muestra cómo solucionarlo.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
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
        <translation>&lt;p&gt;MailFix está hecho con &lt;b&gt;Qt %1&lt;/b&gt;, que se usa bajo la GNU Lesser General Public License versión 3 (LGPL-3.0). Consulta &lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Las conexiones cifradas usan &lt;b&gt;%2&lt;/b&gt;, bajo la Apache License 2.0.&lt;/p&gt;&lt;p&gt;Los ajustes de proveedores que incluye MailFix proceden de la &lt;b&gt;ISPDB de Thunderbird&lt;/b&gt; (los datos de autoconfiguración del proyecto Mozilla Thunderbird), que se usa bajo la Mozilla Public License 2.0 (MPL-2.0). Los datos y su licencia están en resources/providers/; el original está en &lt;a href=&quot;https://github.com/thunderbird/autoconfig&quot;&gt;github.com/thunderbird/autoconfig&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Las imágenes de las guías se dibujan con las fuentes &lt;b&gt;DejaVu Sans&lt;/b&gt; (licencia de Bitstream Vera y DejaVu, de uso y redistribución libres).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>Tu cuenta</translation>
    </message>
    <message>
        <source>Tell MailFix which account cannot send.</source>
        <translation>Indica a MailFix qué cuenta no puede enviar.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Contraseña (opcional)</translation>
    </message>
    <message>
        <source>With your password, MailFix can test signing in. It is used only for this test, never stored, and sent only over an encrypted connection to a server it has checked.</source>
        <translation>Con tu contraseña, MailFix puede probar la autenticación. Solo se usa para esta prueba, nunca se guarda y solo se envía por una conexión cifrada a un servidor que MailFix ha comprobado.</translation>
    </message>
    <message>
        <source>Your mail program</source>
        <translation>Tu programa de correo</translation>
    </message>
    <message>
        <source>I know the outgoing server settings my program uses now</source>
        <translation>Conozco los ajustes del servidor de salida que usa ahora mi programa</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Servidor de salida</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Read them from &amp;Thunderbird</source>
        <translation>Leerlos de &amp;Thunderbird</translation>
    </message>
    <message>
        <source>Outgoing &amp;server:</source>
        <translation>Servidor de sa&amp;lida:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>En&amp;cryption:</source>
        <translation>Cif&amp;rado:</translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation>Autenticació&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Dirección de &amp;correo:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Mail program:</source>
        <translation>&amp;Programa de correo:</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>No se ha encontrado nada</translation>
    </message>
    <message>
        <source>Read them from &amp;Outlook</source>
        <translation>L&amp;eerlos de Outlook</translation>
    </message>
    <message>
        <source>its settings in the Windows registry</source>
        <translation>el Registro de Windows, donde Outlook los guarda</translation>
    </message>
    <message>
        <source>your Thunderbird profile (the file prefs.js)</source>
        <translation>tu perfil de Thunderbird (el archivo prefs.js)</translation>
    </message>
    <message>
        <source>Read %1&apos;s settings?</source>
        <translation>¿Leer los ajustes de %1?</translation>
    </message>
    <message>
        <source>MailFix can read the outgoing server settings of every account from %1. It only reads them, changes nothing, and does not read your passwords or your mail. Read them now?</source>
        <translation>MailFix puede leer los ajustes del servidor de salida de todas las cuentas desde %1. Solo los lee: no cambia nada y no lee tus contraseñas ni tu correo. ¿Leerlos ahora?</translation>
    </message>
    <message>
        <source>MailFix could not find outgoing server settings in %1: %2</source>
        <translation>MailFix no ha encontrado ajustes del servidor de salida en %1: %2</translation>
    </message>
    <message>
        <source>Sign in with my provider&apos;s own sign-in win&amp;dow instead (OAuth2)</source>
        <translation>Usar en su lugar la &amp;ventana de inicio de sesión de mi proveedor (OAuth2)</translation>
    </message>
    <message>
        <source>Microsoft 365, Outlook.com and Google accounts sign in this way. MailFix opens the sign-in page in your browser and keeps nothing afterwards.</source>
        <translation>Las cuentas de Microsoft 365, Outlook.com y Google inician sesión de esta forma. MailFix abre la página de inicio de sesión en tu navegador y después no guarda nada.</translation>
    </message>
</context>
<context>
    <name>AppleMailAccounts</name>
    <message>
        <source>the file has no list of mail accounts (MailAccounts)</source>
        <translation>el archivo no tiene una lista de cuentas de correo (MailAccounts)</translation>
    </message>
    <message>
        <source>Apple Mail&apos;s account list is damaged (%1)</source>
        <translation>La lista de cuentas de Apple Mail está dañada (%1)</translation>
    </message>
    <message>
        <source>no Apple Mail account list (Library/Mail/V*/MailData/Accounts.plist) was found; MailFix does not read the account database of newer macOS versions (Accounts4.sqlite)</source>
        <translation>no se encontró ninguna lista de cuentas de Apple Mail (Library/Mail/V*/MailData/Accounts.plist); MailFix no lee la base de datos de cuentas de las versiones recientes de macOS (Accounts4.sqlite)</translation>
    </message>
    <message>
        <source>%1 is too large to be Apple Mail&apos;s account list</source>
        <translation>%1 es demasiado grande para ser la lista de cuentas de Apple Mail</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); on macOS 10.14 and later MailFix needs Full Disk Access for it</source>
        <translation>no se puede leer %1 (%2); desde macOS 10.14, MailFix necesita para ello «Acceso total al disco»</translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <source>%1 (--account %2, outgoing server %3: %4)</source>
        <translation>%1 (--account %2, servidor de salida %3: %4)</translation>
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
                   Escribe ajustes de salida comprobados en un perfil de Thunderbird:
                   muestra qué valores cambian y de qué a qué; después (no con --dry-run)
                   guarda una copia de seguridad con fecha de prefs.js y escribe el
                   nuevo. Solo con Thunderbird cerrado; nunca escribe una contraseña.
                   --account (la identidad, p. ej. id1, o su dirección) elige las
                   cuentas; sin él, se corrigen las que envían como --user o a través del
                   mismo servidor. --undo restaura la última copia de seguridad.
</translation>
    </message>
    <message>
        <source>Mail program</source>
        <translation>Programa de correo</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Thunderbird profile folder</source>
        <translation>Carpeta del perfil de Thunderbird</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Verified settings</source>
        <translation>Ajustes comprobados</translation>
    </message>
    <message>
        <source>host:port:security:auth</source>
        <translation>host:port:security:auth</translation>
    </message>
    <message>
        <source>Account to fix</source>
        <translation>Cuenta que corregir</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Only show the changes</source>
        <translation>Mostrar solo los cambios</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurar la última copia de seguridad</translation>
    </message>
    <message>
        <source>--program is missing (apply can change Thunderbird&apos;s settings)</source>
        <translation>falta --program (apply puede cambiar los ajustes de Thunderbird)</translation>
    </message>
    <message>
        <source>MailFix can change only Thunderbird&apos;s settings, not &quot;%1&quot;; &quot;mailfix-cli guide&quot; shows how to change them by hand</source>
        <translation>MailFix solo puede cambiar los ajustes de Thunderbird, no los de “%1”; “mailfix-cli guide” muestra cómo cambiarlos a mano</translation>
    </message>
    <message>
        <source>--profile is missing: the Thunderbird profile folder</source>
        <translation>falta --profile: la carpeta del perfil de Thunderbird</translation>
    </message>
    <message>
        <source>--undo takes only --program, --profile and --json, not --%1</source>
        <translation>--undo solo acepta --program, --profile y --json, no --%1</translation>
    </message>
    <message>
        <source>--settings is missing, e.g. smtp.example.com:587:starttls:normal-password</source>
        <translation>falta --settings, p. ej. smtp.example.com:587:starttls:normal-password</translation>
    </message>
    <message>
        <source>--user is missing: the user name Thunderbird signs in with</source>
        <translation>falta --user: el nombre de usuario con el que se autentica Thunderbird</translation>
    </message>
    <message>
        <source>--user holds a control character</source>
        <translation>--user contiene un carácter de control</translation>
    </message>
    <message>
        <source>the profile has no account &quot;%1&quot;. Its accounts:
%2</source>
        <translation>el perfil no tiene ninguna cuenta “%1”. Sus cuentas:
%2</translation>
    </message>
    <message>
        <source>no account sends as %1 or through %2: name the accounts to fix with --account. Its accounts:
%3</source>
        <translation>ninguna cuenta envía como %1 ni a través de %2: indica con --account las cuentas que corregir. Sus cuentas:
%3</translation>
    </message>
    <message>
        <source>The profile has no account with an outgoing server. Nothing was changed.</source>
        <translation>El perfil no tiene ninguna cuenta con servidor de salida. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Thunderbird already uses these settings. Nothing was changed.</source>
        <translation>Thunderbird ya usa estos ajustes. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Thunderbird profile %1
Accounts to fix:
%2
Changes:
%3</source>
        <translation>Perfil de Thunderbird %1
Cuentas que corregir:
%2
Cambios:
%3</translation>
    </message>
    <message>
        <source>Nothing was written (--dry-run).</source>
        <translation>No se ha escrito nada (--dry-run).</translation>
    </message>
    <message>
        <source>Done. Thunderbird&apos;s old settings are saved in %1.
To undo: mailfix-cli apply --undo --program thunderbird --profile &quot;%2&quot;</source>
        <translation>Hecho. Los ajustes anteriores de Thunderbird están guardados en %1.
Para deshacerlo: mailfix-cli apply --undo --program thunderbird --profile &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Done. Thunderbird&apos;s settings are back as they were before MailFix changed them (from %1).</source>
        <translation>Hecho. Los ajustes de Thunderbird vuelven a estar como antes de que MailFix los cambiara (desde %1).</translation>
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
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The server answers as expected. Without your password MailFix cannot confirm that signing in works: send yourself a message to be sure.</source>
        <translation>El servidor responde como se esperaba. Sin tu contraseña, MailFix no puede confirmar que la autenticación funcione: envíate un mensaje para asegurarte.</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Todavía no: %1</translation>
    </message>
    <message>
        <source>MailFix could not confirm that sending works.</source>
        <translation>MailFix no ha podido confirmar que el envío funcione.</translation>
    </message>
    <message>
        <source>Is sending fixed now? MailFix checks the settings your mail program uses now.</source>
        <translation>¿Ya se puede enviar? MailFix comprueba los ajustes que usa ahora tu programa de correo.</translation>
    </message>
    <message>
        <source>MailFix reads the settings %1 uses now for %2 again and checks them. It only reads them, as you agreed before, and changes nothing.</source>
        <translation>MailFix vuelve a leer los ajustes que usa ahora %1 para %2 y los comprueba. Solo los lee, como aceptaste antes, y no cambia nada.</translation>
    </message>
    <message>
        <source>Which settings does your mail program use now? Confirm the ones below, or type the ones you see in your program, and let MailFix check them.</source>
        <translation>¿Qué ajustes usa ahora tu programa de correo? Confirma los de abajo, o escribe los que ves en tu programa, y deja que MailFix los compruebe.</translation>
    </message>
    <message>
        <source>The outgoing server settings your program uses now</source>
        <translation>Los ajustes del servidor de salida que usa ahora tu programa</translation>
    </message>
    <message>
        <source>Check &amp;these settings</source>
        <translation>Com&amp;probar estos ajustes</translation>
    </message>
    <message>
        <source>Or send yourself a test message from your mail program. Did it arrive?</source>
        <translation>O envíate un mensaje de prueba desde tu programa de correo. ¿Ha llegado?</translation>
    </message>
    <message>
        <source>It arri&amp;ved</source>
        <translation>&amp;Ha llegado</translation>
    </message>
    <message>
        <source>It did n&amp;ot arrive</source>
        <translation>No ha lle&amp;gado</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Dejar de comprobar</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Progreso de la comprobación</translation>
    </message>
    <message>
        <source>Chec&amp;k with this password</source>
        <translation>Compro&amp;bar con esta contraseña</translation>
    </message>
    <message>
        <source>Outgoing se&amp;rver:</source>
        <translation>Ser&amp;vidor de salida:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>En&amp;cryption:</source>
        <translation>Cif&amp;rado:</translation>
    </message>
    <message>
        <source>S&amp;ign-in:</source>
        <translation>Autenti&amp;cación:</translation>
    </message>
    <message>
        <source>Your pass&amp;word:</source>
        <translation>Tu c&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Servidor de salida</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Tu contraseña</translation>
    </message>
    <message>
        <source>%1 has no account for %2 now</source>
        <translation>%1 no tiene ahora ninguna cuenta para %2</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>Comprobado: %1</translation>
    </message>
    <message>
        <source>MailFix read the settings %1 uses now and checked them (%2).</source>
        <translation>MailFix ha leído los ajustes que usa ahora %1 y los ha comprobado (%2).</translation>
    </message>
    <message>
        <source>MailFix checked the settings you confirmed (%1).</source>
        <translation>MailFix ha comprobado los ajustes que has confirmado (%1).</translation>
    </message>
    <message>
        <source>MailFix checked the settings you typed (%1).</source>
        <translation>MailFix ha comprobado los ajustes que has escrito (%1).</translation>
    </message>
    <message>
        <source>MailFix could not read the settings of %1 again: %2. Type the settings your program uses now, or send yourself a test message.</source>
        <translation>MailFix no ha podido volver a leer los ajustes de %1: %2. Escribe los ajustes que usa ahora tu programa o envíate un mensaje de prueba.</translation>
    </message>
    <message>
        <source>You sent a test message from your mail program and it arrived: sending works. MailFix did not check the settings itself this time.</source>
        <translation>Te has enviado un mensaje de prueba desde tu programa de correo y ha llegado: el envío funciona. Esta vez MailFix no ha comprobado los ajustes por sí mismo.</translation>
    </message>
    <message>
        <source>You sent a test message from your mail program and it did not arrive. Compare your program&apos;s settings with the ones above, and let MailFix check them.</source>
        <translation>Te has enviado un mensaje de prueba desde tu programa de correo y no ha llegado. Compara los ajustes de tu programa con los de arriba y deja que MailFix los compruebe.</translation>
    </message>
    <message>
        <source>You stopped the check. Nothing was confirmed.</source>
        <translation>Has detenido la comprobación. No se ha confirmado nada.</translation>
    </message>
    <message>
        <source>The server did not accept this password. Type your password again below and check once more.</source>
        <translation>El servidor no ha aceptado esta contraseña. Vuelve a escribir tu contraseña abajo y comprueba otra vez.</translation>
    </message>
    <message>
        <source>Sending works with them. You can close MailFix.</source>
        <translation>El envío funciona con estos ajustes. Puedes cerrar MailFix.</translation>
    </message>
    <message>
        <source>Sending works with them. If your program still cannot send, make sure it uses exactly these settings.</source>
        <translation>El envío funciona con estos ajustes. Si tu programa sigue sin poder enviar, asegúrate de que usa exactamente estos ajustes.</translation>
    </message>
</context>
<context>
    <name>CheckingPage</name>
    <message>
        <source>Checking</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>MailFix is talking to your mail server. This takes a few seconds.</source>
        <translation>MailFix está hablando con tu servidor de correo. Tarda unos segundos.</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Progreso de la comprobación</translation>
    </message>
    <message>
        <source>What MailFix is trying</source>
        <translation>Lo que MailFix está probando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Looking up the server</source>
        <translation>Buscando el servidor</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Starting encryption</source>
        <translation>Iniciando el cifrado</translation>
    </message>
    <message>
        <source>Waiting for the server to greet</source>
        <translation>Esperando el saludo del servidor</translation>
    </message>
    <message>
        <source>Saying hello</source>
        <translation>Saludando</translation>
    </message>
    <message>
        <source>Asking for encryption</source>
        <translation>Pidiendo cifrado</translation>
    </message>
    <message>
        <source>Saying hello again, encrypted</source>
        <translation>Saludando de nuevo, con cifrado</translation>
    </message>
    <message>
        <source>Trying a recipient without signing in</source>
        <translation>Probando un destinatario sin autenticarse</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Autenticándose</translation>
    </message>
    <message>
        <source>Trying a recipient after signing in</source>
        <translation>Probando un destinatario tras autenticarse</translation>
    </message>
    <message>
        <source>Sending a test message</source>
        <translation>Enviando un mensaje de prueba</translation>
    </message>
    <message>
        <source>Saying goodbye</source>
        <translation>Despidiéndose</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Works: signed in and a recipient was accepted</source>
        <translation>Funciona: autenticado y se aceptó un destinatario</translation>
    </message>
    <message>
        <source>The server name does not exist</source>
        <translation>El nombre del servidor no existe</translation>
    </message>
    <message>
        <source>No answer: blocked or switched off</source>
        <translation>Sin respuesta: bloqueado o apagado</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>No se puede acceder</translation>
    </message>
    <message>
        <source>Connected, but the server does not answer</source>
        <translation>Conectado, pero el servidor no responde</translation>
    </message>
    <message>
        <source>Connected, but the server did not greet</source>
        <translation>Conectado, pero el servidor no saludó</translation>
    </message>
    <message>
        <source>Answers, but signing in failed</source>
        <translation>Responde, pero la autenticación falló</translation>
    </message>
    <message>
        <source>Answers, but its certificate is not trusted</source>
        <translation>Responde, pero su certificado no es de confianza</translation>
    </message>
    <message>
        <source>Answers; wants OAuth2 sign-in</source>
        <translation>Responde; pide autenticación OAuth2</translation>
    </message>
    <message>
        <source>Answers, but refuses your From address</source>
        <translation>Responde, pero rechaza tu dirección de remitente</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Responde</translation>
    </message>
    <message>
        <source>Finding your mail provider&apos;s settings</source>
        <translation>Buscando los ajustes de tu proveedor de correo</translation>
    </message>
    <message>
        <source>Working...</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Looking up where mail for %1 goes.</source>
        <translation>Buscando adónde va el correo para %1.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Encontrado: %1</translation>
    </message>
    <message>
        <source>The domain %1 does not exist</source>
        <translation>El dominio %1 no existe</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>No se ha encontrado nada</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Stopped. Click &quot;Check again&quot; to start over.</source>
        <translation>Detenido. Haz clic en “Comprobar de nuevo” para empezar otra vez.</translation>
    </message>
    <message>
        <source>Done in %1 seconds. Click Next to see what MailFix found.</source>
        <translation>Terminado en %1 segundos. Haz clic en Siguiente para ver lo que ha encontrado MailFix.</translation>
    </message>
    <message>
        <source>Asking what the server offers</source>
        <translation>Preguntando qué ofrece el servidor</translation>
    </message>
    <message>
        <source>Asking again, encrypted</source>
        <translation>Preguntando de nuevo, con cifrado</translation>
    </message>
    <message>
        <source>The server&apos;s certificate gives it another name. MailFix is trying that name too.</source>
        <translation>El certificado del servidor le da otro nombre. MailFix también está probando ese nombre.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Hide technical details</source>
        <translation>&amp;Ocultar detalles técnicos</translation>
    </message>
    <message>
        <source>Show tec&amp;hnical details</source>
        <translation>&amp;Mostrar detalles técnicos</translation>
    </message>
    <message>
        <source>Works: signed in</source>
        <translation>Funciona: autenticado</translation>
    </message>
    <message>
        <source>Answers, but not encrypted: MailFix kept your password back</source>
        <translation>Responde, pero sin cifrado: MailFix no ha enviado tu contraseña</translation>
    </message>
    <message>
        <source>Answers, but cannot sign you in just now</source>
        <translation>Responde, pero ahora mismo no puede autenticarte</translation>
    </message>
    <message>
        <source>Found one possible server</source>
        <translation>Se ha encontrado un posible servidor</translation>
    </message>
    <message numerus="yes">
        <source>Found %n possible servers</source>
        <translation>
            <numerusform>Se ha encontrado %n posible servidor</numerusform>
            <numerusform>Se han encontrado %n posibles servidores</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying one way to send.</source>
        <translation>Probando una forma de enviar.</translation>
    </message>
    <message numerus="yes">
        <source>Trying %n ways to send, all at the same time.</source>
        <translation>
            <numerusform>Probando %n forma de enviar.</numerusform>
            <numerusform>Probando %n formas de enviar, todas a la vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also one way to receive.</source>
        <translation>También una forma de recibir.</translation>
    </message>
    <message numerus="yes">
        <source>Also %n ways to receive.</source>
        <translation>
            <numerusform>También %n forma de recibir.</numerusform>
            <numerusform>También %n formas de recibir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 checks finished</source>
        <translation>Detenido: %1 de %2 comprobaciones terminadas</translation>
    </message>
    <message>
        <source>Stopped. Click Next to see what MailFix found so far, or &quot;Check again&quot; to start over.</source>
        <translation>Detenido. Haz clic en Siguiente para ver lo que ha encontrado MailFix hasta ahora, o en “Comprobar de nuevo” para empezar otra vez.</translation>
    </message>
    <message>
        <source>Not offered: nothing answers on this port</source>
        <translation>No disponible: nada responde en este puerto</translation>
    </message>
    <message>
        <source>Signing in with %1 in your browser</source>
        <translation>Iniciando sesión con %1 en tu navegador</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser window</source>
        <translation>Esperando a que inicies sesión en la ventana del navegador</translation>
    </message>
    <message>
        <source>Sign in with %1 in the browser window that opened, then come back here. MailFix keeps nothing of the sign-in after the check.</source>
        <translation>Inicia sesión con %1 en la ventana del navegador que se ha abierto y después vuelve aquí. MailFix no guarda nada del inicio de sesión después de la comprobación.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>mailfix-cli: unknown command &quot;%1&quot;. Run &quot;mailfix-cli --help&quot; to see the commands.
</source>
        <translation>mailfix-cli: orden desconocida “%1”. Ejecuta “mailfix-cli --help” para ver las órdenes.
</translation>
    </message>
    <message>
        <source>Usage: mailfix-cli COMMAND [OPTIONS]

Finds out why a mail program cannot send mail, and how to fix it.

Commands:
</source>
        <translation>Uso: mailfix-cli ORDEN [OPCIONES]

Averigua por qué un programa de correo no puede enviar correo y cómo solucionarlo.

Órdenes:
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
        <translation>  help             Muestra esta ayuda
  version          Muestra la versión

Opciones:
  -h, --help       Muestra esta ayuda
  --version        Muestra la versión

La contraseña solo se lee de la entrada estándar (--password-stdin), nunca de un argumento;
nunca se pregunta nada cuando la entrada estándar no es un terminal.
Los ajustes de implantación de un administrador (mailfix.conf, consulta el README) pueden prohibir
--send-test, --allow-plaintext-auth, --accept-certificate y --ispdb-url, y fijar valores por defecto.
Códigos de salida: 0 funciona, 1 problemas encontrados, 2 uso o datos incorrectos,
3 no se puede acceder a nada.
</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>mailfix-cli: deployment settings: %1
</source>
        <translation>mailfix-cli: ajustes de implantación: %1
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
        <translation>Ejecuta “mailfix-cli --help” para ver las opciones.
</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Read the password from stdin</source>
        <translation>Leer la contraseña de la entrada estándar</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Recipient for the relay test</source>
        <translation>Destinatario para la prueba de retransmisión</translation>
    </message>
    <message>
        <source>Extra trusted CA</source>
        <translation>Autoridad de certificación (CA) de confianza adicional</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Tiempo de espera en segundos</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>JSON output</source>
        <translation>Salida en JSON</translation>
    </message>
    <message>
        <source>Show the transcripts</source>
        <translation>Mostrar las transcripciones</translation>
    </message>
    <message>
        <source>Send a test message to --from</source>
        <translation>Enviar un mensaje de prueba a --from</translation>
    </message>
    <message>
        <source>Allow the password without encryption</source>
        <translation>Permitir la contraseña sin cifrado</translation>
    </message>
    <message>
        <source>Send the password despite a certificate problem</source>
        <translation>Enviar la contraseña a pesar de un problema con el certificado</translation>
    </message>
    <message>
        <source>ISPDB base URL</source>
        <translation>URL base de la ISPDB</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Override folder</source>
        <translation>Carpeta de ajustes propios</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Do not try autoconfig over plain http</source>
        <translation>No probar la autoconfiguración por http sin cifrar</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and %1</source>
        <translation>--timeout debe ser un número de segundos entre 0 y %1</translation>
    </message>
    <message>
        <source>cannot read the CA file &quot;%1&quot;</source>
        <translation>no se puede leer el archivo de CA “%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate</source>
        <translation>“%1” no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>--%1 is not allowed on this computer: its deployment settings forbid it (%2)</source>
        <translation>--%1 no está permitido en este equipo: sus ajustes de implantación lo prohíben (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>“%1” no es una URL http o https</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder</source>
        <translation>“%1” no es una carpeta</translation>
    </message>
    <message>
        <source>--password-stdin needs --user</source>
        <translation>--password-stdin necesita --user</translation>
    </message>
    <message>
        <source>--user needs --password-stdin (the password is never taken from an argument)</source>
        <translation>--user necesita --password-stdin (la contraseña nunca se toma de un argumento)</translation>
    </message>
    <message>
        <source>--user is empty</source>
        <translation>--user está vacío</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>no hay contraseña en la entrada estándar</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado “%1”</translation>
    </message>
    <message>
        <source>give one email address</source>
        <translation>indica una dirección de correo</translation>
    </message>
    <message>
        <source>give only one email address</source>
        <translation>indica solo una dirección de correo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name</source>
        <translation>“%1” no es un nombre de servidor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>“%1” no es una dirección de correo</translation>
    </message>
    <message>
        <source>Read an OAuth2 access token from stdin</source>
        <translation>Leer un token de acceso OAuth2 de la entrada estándar</translation>
    </message>
    <message>
        <source>give either --password-stdin or --oauth2-token-stdin</source>
        <translation>indica --password-stdin o --oauth2-token-stdin, no ambos</translation>
    </message>
    <message>
        <source>--oauth2-token-stdin needs --user</source>
        <translation>--oauth2-token-stdin necesita --user</translation>
    </message>
    <message>
        <source>no token on standard input</source>
        <translation>no hay ningún token en la entrada estándar</translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no server name or port given</source>
        <translation>no se ha indicado ningún nombre de servidor ni puerto</translation>
    </message>
    <message>
        <source>the name has no address</source>
        <translation>el nombre no tiene dirección</translation>
    </message>
    <message>
        <source>could not read CA file %1</source>
        <translation>no se ha podido leer el archivo de CA %1</translation>
    </message>
    <message>
        <source>connecting to %1 port %2</source>
        <translation>conectando con %1, puerto %2</translation>
    </message>
    <message>
        <source>the server sent data before the TLS handshake; it was ignored</source>
        <translation>el servidor envió datos antes del protocolo de enlace TLS; se han ignorado</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>protocolo de enlace TLS</translation>
    </message>
    <message>
        <source>certificate problem: %1</source>
        <translation>problema con el certificado: %1</translation>
    </message>
    <message>
        <source>TLS established: %1, %2; certificate for %3 issued by %4, valid until %5; %6</source>
        <translation>TLS establecido: %1, %2; certificado para %3 emitido por %4, válido hasta %5; %6</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confianza</translation>
    </message>
    <message>
        <source>NOT trusted</source>
        <translation>NO es de confianza</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>no answer within %1 s in all</source>
        <translation>sin respuesta en %1 s en total</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <source>The certificate&apos;s alternative names (%1) do not include %2; only its common name matches, which mail programs do not accept</source>
        <translation>Los nombres alternativos del certificado (%1) no incluyen %2; solo coincide su nombre común (CN), y los programas de correo no lo aceptan</translation>
    </message>
</context>
<context>
    <name>DeploymentConfig</name>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>la variable de entorno %1 no está definida</translation>
    </message>
    <message>
        <source>give an absolute path here</source>
        <translation>indica aquí una ruta absoluta</translation>
    </message>
    <message>
        <source>line breaks and control characters are not allowed</source>
        <translation>no se permiten saltos de línea ni caracteres de control</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>más de %1 caracteres</translation>
    </message>
    <message>
        <source>not a telephone number (digits, spaces and + ( ) . / - only, at most %1 characters)</source>
        <translation>no es un número de teléfono (solo dígitos, espacios y + ( ) . / -, como máximo %1 caracteres)</translation>
    </message>
    <message>
        <source>there is no readable file %1</source>
        <translation>no hay ningún archivo legible %1</translation>
    </message>
    <message>
        <source>not an image MailFix can show (PNG, JPEG, SVG, BMP or GIF)</source>
        <translation>no es una imagen que MailFix pueda mostrar (PNG, JPEG, SVG, BMP o GIF)</translation>
    </message>
    <message>
        <source>there is no folder %1</source>
        <translation>no hay ninguna carpeta %1</translation>
    </message>
    <message>
        <source>not true or false; counted as false, so this is not allowed</source>
        <translation>no es true ni false; cuenta como false, así que no está permitido</translation>
    </message>
    <message>
        <source>not true or false; ignored</source>
        <translation>no es true ni false; se ignora</translation>
    </message>
    <message>
        <source>Need help? Call %1 at %2.</source>
        <translation>¿Necesitas ayuda? Llama a %1 al %2.</translation>
    </message>
    <message>
        <source>Need help? Call %1.</source>
        <translation>¿Necesitas ayuda? Llama a %1.</translation>
    </message>
    <message>
        <source>Need help? Contact %1.</source>
        <translation>¿Necesitas ayuda? Ponte en contacto con %1.</translation>
    </message>
    <message>
        <source>%1: not a valid settings file; it is ignored</source>
        <translation>%1: no es un archivo de ajustes válido; se ignora</translation>
    </message>
    <message>
        <source>%1: cannot be read; it is ignored</source>
        <translation>%1: no se puede leer; se ignora</translation>
    </message>
    <message>
        <source>%1: unknown setting &quot;%2&quot;, ignored (the README lists the settings)</source>
        <translation>%1: ajuste desconocido “%2”, se ignora (el README enumera los ajustes)</translation>
    </message>
    <message>
        <source>%1: %2 = &quot;%3&quot;: %4</source>
        <translation>%1: %2 = “%3”: %4</translation>
    </message>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation>El archivo de ajustes %1 no existe.</translation>
    </message>
    <message>
        <source>%1=%2 in %3</source>
        <translation>%1=%2 en %3</translation>
    </message>
    <message>
        <source>no folder for reports is set (reports/folder)</source>
        <translation>no hay ninguna carpeta para informes (reports/folder)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>use %1</source>
        <translation>usa %1</translation>
    </message>
    <message>
        <source>not an https:// address</source>
        <translation>no es una dirección https://</translation>
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
                   Busca los ajustes del servidor de salida de una dirección de correo:
                   los datos de proveedores de MailFix, el archivo de autoconfiguración
                   del proveedor, la ISPDB en línea, los registros MX y SRV y, por
                   último, suposiciones. Los muestra ordenados, con sus fuentes.
</translation>
    </message>
</context>
<context>
    <name>DetectionReport</name>
    <message>
        <source>The domain %1 does not exist.
</source>
        <translation>El dominio %1 no existe.
</translation>
    </message>
    <message>
        <source>Provider: %1 (from %2)
</source>
        <translation>Proveedor: %1 (según %2)
</translation>
    </message>
    <message>
        <source>Mail for %1 goes to: %2
</source>
        <translation>El correo para %1 va a: %2
</translation>
    </message>
    <message>
        <source>No outgoing server found.
</source>
        <translation>No se ha encontrado ningún servidor de salida.
</translation>
    </message>
    <message>
        <source>Outgoing servers, best first:
</source>
        <translation>Servidores de salida, el mejor primero:
</translation>
    </message>
    <message>
        <source>, outside your domain: ask before sending a password</source>
        <translation>, fuera de tu dominio: preguntar antes de enviar una contraseña</translation>
    </message>
    <message>
        <source>     user name %1
</source>
        <translation>     nombre de usuario %1
</translation>
    </message>
    <message>
        <source>Sources asked:
</source>
        <translation>Fuentes consultadas:
</translation>
    </message>
    <message>
        <source>No incoming server found.
</source>
        <translation>No se encontró ningún servidor de entrada.
</translation>
    </message>
    <message>
        <source>Incoming servers, best first:
</source>
        <translation>Servidores de entrada, el mejor primero:
</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>The settings the mail program uses now</source>
        <translation>Los ajustes que usa ahora el programa de correo</translation>
    </message>
    <message>
        <source>host:port:security:auth</source>
        <translation>host:port:security:auth</translation>
    </message>
    <message>
        <source>The error the mail program showed</source>
        <translation>El error que mostró el programa de correo</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Allow the password to go to this host</source>
        <translation>Permitir que la contraseña vaya a este host</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>--approve-host needs a server name</source>
        <translation>--approve-host necesita un nombre de servidor</translation>
    </message>
    <message>
        <source>--send-test needs a password (--password-stdin)</source>
        <translation>--send-test necesita una contraseña (--password-stdin)</translation>
    </message>
    <message>
        <source>Looking up the settings for %1 (timeout %2 s)...
</source>
        <translation>Buscando los ajustes para %1 (tiempo de espera %2 s)…
</translation>
    </message>
    <message>
        <source>Checking %1...
</source>
        <translation>Comprobando %1…
</translation>
    </message>
    <message>
        <source>Report saved to %1
</source>
        <translation>Informe guardado en %1
</translation>
    </message>
    <message>
        <source>mailfix-cli: the report was not saved: %1
</source>
        <translation>mailfix-cli: no se ha guardado el informe: %1
</translation>
    </message>
    <message>
        <source>Read the accounts&apos; settings from this mail program</source>
        <translation>Leer los ajustes de las cuentas de este programa de correo</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>--read-settings: %1</source>
        <translation>--read-settings: %1</translation>
    </message>
    <message>
        <source>The mail program that showed the error (outlook, thunderbird, apple-mail, other)</source>
        <translation>El programa de correo que mostró el error (outlook, thunderbird, apple-mail, other)</translation>
    </message>
    <message>
        <source>--program takes outlook, thunderbird, apple-mail or other, not &quot;%1&quot;</source>
        <translation>--program acepta outlook, thunderbird, apple-mail o other, no “%1”</translation>
    </message>
    <message>
        <source>Checking the names the server&apos;s certificate gives: %1...
</source>
        <translation>Comprobando los nombres que da el certificado del servidor: %1…
</translation>
    </message>
    <message>
        <source>Your password was not sent to %1, because it is not part of %2. To check signing in there, run this again with --approve-host %1.
</source>
        <translation>Tu contraseña no se ha enviado a %1 porque ese servidor no forma parte de %2. Para comprobar allí la autenticación, vuelve a ejecutar esto con --approve-host %1.
</translation>
    </message>
    <message>
        <source>Do not check the incoming server (IMAP, POP3)</source>
        <translation>No comprobar el servidor de entrada (IMAP, POP3)</translation>
    </message>
    <message>
        <source>The incoming server the mail program uses now</source>
        <translation>El servidor de entrada que usa ahora el programa de correo</translation>
    </message>
    <message>
        <source>host:port:security:protocol</source>
        <translation>host:port:security:protocol</translation>
    </message>
    <message>
        <source>Checking the incoming server: %1...
</source>
        <translation>Comprobando el servidor de entrada: %1...
</translation>
    </message>
    <message>
        <source>The user name the mail program signs in with to receive</source>
        <translation>El nombre de usuario con el que el programa de correo se autentica para recibir</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>--incoming-user needs --current-incoming (the incoming server it signs in to).</source>
        <translation>--incoming-user necesita --current-incoming (el servidor de entrada en el que se autentica).</translation>
    </message>
    <message>
        <source>--read-settings takes outlook, thunderbird or apple-mail, not &quot;%1&quot;</source>
        <translation>--read-settings admite outlook, thunderbird o apple-mail, no «%1»</translation>
    </message>
    <message>
        <source>Sign in with the provider (OAuth2) in a browser, as the mail program does</source>
        <translation>Iniciar sesión con el proveedor (OAuth2) en un navegador, como hace el programa de correo</translation>
    </message>
    <message>
        <source>The program that opens the sign-in address (default: the system&apos;s browser, or none without a display)</source>
        <translation>El programa que abre la dirección de inicio de sesión (por defecto: el navegador del sistema, o ninguno si no hay pantalla)</translation>
    </message>
    <message>
        <source>command</source>
        <translation>comando</translation>
    </message>
    <message>
        <source>How long to wait for the sign-in in the browser (default 300)</source>
        <translation>Cuánto esperar al inicio de sesión en el navegador (por defecto 300)</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
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
                   Averigua por qué no se puede enviar correo desde ADDRESS y cómo
                   solucionarlo: busca los ajustes del proveedor y los comprueba en el
                   servidor junto con los que usa ahora el programa de correo (--current,
                   p. ej. smtp.example.com:587:starttls:normal-password), lee el error que
                   mostró (--error) y dice qué falla y qué ajustes funcionan. El nombre de
                   usuario es por defecto el del proveedor (normalmente la dirección).
                   --read-settings lee los ajustes de cada cuenta de ese programa que envía
                   como ADDRESS y evalúa cada una. --program indica el programa de correo
                   del usuario (outlook, thunderbird, apple-mail, other), para que los
                   siguientes pasos se ajusten a él. El servidor de entrada (IMAP, POP3;
                   --current-incoming, p. ej. imap.example.com:993:tls:imap, es el del
                   programa) también se comprueba, a la vez, salvo con --no-incoming: una
                   contraseña que este acepta y el servidor de salida rechaza no es una
                   contraseña incorrecta. --incoming-user: el nombre de usuario con el que
                   recibe el programa, si es distinto de --user.
                   --oauth2 inicia sesión con el proveedor (Microsoft 365, Outlook.com,
                   Google o [oauth2] custom*) en un navegador de este equipo, como hace el
                   programa de correo, y hace la comprobación con ese inicio de sesión;
                   muestra la dirección que hay que abrir y la abre con --browser-command o
                   con el navegador del sistema. Necesita el client id de los ajustes de
                   implantación ([oauth2]); sin él, lo indica y comprueba sin iniciar
                   sesión. --oauth2-token-stdin: un token que un script ya tiene.
</translation>
    </message>
    <message>
        <source>--oauth2-wait takes 1 to 3600 seconds</source>
        <translation>--oauth2-wait admite de 1 a 3600 segundos</translation>
    </message>
    <message>
        <source>--oauth2 signs in with the provider: give no --password-stdin or --oauth2-token-stdin</source>
        <translation>--oauth2 inicia sesión con el proveedor: no indiques --password-stdin ni --oauth2-token-stdin</translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message>
        <source>MailFix could not reach this server, so nothing about it is confirmed.</source>
        <translation>MailFix no ha podido acceder a este servidor, así que no hay nada confirmado sobre él.</translation>
    </message>
    <message>
        <source>MailFix could not test signing in without your password.</source>
        <translation>MailFix no ha podido probar la autenticación sin tu contraseña.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so MailFix did not send your password there.</source>
        <translation>El certificado del servidor no es de confianza, así que MailFix no le ha enviado tu contraseña.</translation>
    </message>
    <message>
        <source>Signing in did not work, so these settings are not confirmed yet.</source>
        <translation>La autenticación no ha funcionado, así que estos ajustes aún no están confirmados.</translation>
    </message>
    <message>
        <source>MailFix could not sign in and send a test recipient with these settings.</source>
        <translation>MailFix no ha podido autenticarse y enviar un destinatario de prueba con estos ajustes.</translation>
    </message>
    <message>
        <source>The server lets you sign in only over an encrypted connection.</source>
        <translation>El servidor solo permite autenticarse por una conexión cifrada.</translation>
    </message>
    <message>
        <source>Your program uses no encryption on port %1, so the server does not even offer signing in. This protects your password.</source>
        <translation>Tu programa no usa cifrado en el puerto %1, así que el servidor ni siquiera ofrece la autenticación. Esto protege tu contraseña.</translation>
    </message>
    <message>
        <source>offered before encryption: %1</source>
        <translation>ofrecido antes del cifrado: %1</translation>
    </message>
    <message>
        <source>offered after encryption: %1</source>
        <translation>ofrecido después del cifrado: %1</translation>
    </message>
    <message>
        <source>Turn on encryption: STARTTLS on port %1, or SSL/TLS on port 465.</source>
        <translation>Activa el cifrado: STARTTLS en el puerto %1, o SSL/TLS en el puerto 465.</translation>
    </message>
    <message>
        <source>Port %1 needs %2, but your program uses %3.</source>
        <translation>El puerto %1 necesita %2, pero tu programa usa %3.</translation>
    </message>
    <message>
        <source>On port %1 the server expects %2 from the first moment. When the two sides disagree, the connection stalls or breaks off without a clear message.</source>
        <translation>En el puerto %1, el servidor espera %2 desde el primer momento. Cuando las dos partes no coinciden, la conexión se queda parada o se corta sin un mensaje claro.</translation>
    </message>
    <message>
        <source>Set the encryption for port %1 to %2, or use the settings below.</source>
        <translation>Pon el cifrado del puerto %1 en %2, o usa los ajustes de abajo.</translation>
    </message>
    <message>
        <source>The name %1 does not exist.</source>
        <translation>El nombre %1 no existe.</translation>
    </message>
    <message>
        <source>The internet&apos;s address book (DNS) has no entry for %1. Check the spelling of your email address and of the outgoing server.</source>
        <translation>La guía de direcciones de internet (DNS) no tiene ninguna entrada para %1. Revisa cómo están escritos tu dirección de correo y el servidor de salida.</translation>
    </message>
    <message>
        <source>Check that %1 is spelled right.</source>
        <translation>Comprueba que %1 está bien escrito.</translation>
    </message>
    <message>
        <source>MailFix could not reach the outgoing server %1.</source>
        <translation>MailFix no ha podido acceder al servidor de salida %1.</translation>
    </message>
    <message>
        <source>Nothing answered on any port. A firewall, a VPN or your network may be blocking mail.</source>
        <translation>No ha respondido nada en ningún puerto. Puede que un cortafuegos, una VPN o tu red estén bloqueando el correo.</translation>
    </message>
    <message>
        <source>The server did not accept a connection on any port MailFix tried.</source>
        <translation>El servidor no ha aceptado la conexión en ninguno de los puertos que ha probado MailFix.</translation>
    </message>
    <message>
        <source>Check that you are online, then try again without a VPN and with your firewall allowing your mail program.</source>
        <translation>Comprueba que tienes conexión a internet y vuelve a intentarlo sin VPN y con un cortafuegos que permita tu programa de correo.</translation>
    </message>
    <message>
        <source>Port %1 is blocked on your network.</source>
        <translation>El puerto %1 está bloqueado en tu red.</translation>
    </message>
    <message>
        <source>Connections to port %1 get no answer at all, while other ports of the same server answer. Internet providers often block port 25 so that infected computers cannot send spam.</source>
        <translation>Las conexiones al puerto %1 no reciben ninguna respuesta, mientras que otros puertos del mismo servidor sí responden. Los proveedores de internet suelen bloquear el puerto 25 para que los equipos infectados no puedan enviar spam.</translation>
    </message>
    <message>
        <source>Use port %1 with %2 instead.</source>
        <translation>Usa en su lugar el puerto %1 con %2.</translation>
    </message>
    <message>
        <source>Nothing answers on port %1 of %2.</source>
        <translation>No responde nada en el puerto %1 de %2.</translation>
    </message>
    <message>
        <source>The server refuses connections on port %1: it does not take mail there.</source>
        <translation>El servidor rechaza las conexiones en el puerto %1: ahí no recibe correo.</translation>
    </message>
    <message>
        <source>The server accepts the connection on port %1 but then does not answer like a mail server.</source>
        <translation>El servidor acepta la conexión en el puerto %1, pero luego no responde como un servidor de correo.</translation>
    </message>
    <message>
        <source>Port %1 accepts connections but does not answer.</source>
        <translation>El puerto %1 acepta conexiones, pero no responde.</translation>
    </message>
    <message>
        <source>Something on your network or at the server takes the connection but never greets your mail program. MailFix uses another port.</source>
        <translation>Algo en tu red o en el servidor acepta la conexión, pero nunca saluda a tu programa de correo. MailFix usa otro puerto.</translation>
    </message>
    <message>
        <source>certificate for %1, issued by %2, valid until %3</source>
        <translation>certificado para %1, emitido por %2, válido hasta %3</translation>
    </message>
    <message>
        <source>The server&apos;s certificate cannot be trusted.</source>
        <translation>El certificado del servidor no es de confianza.</translation>
    </message>
    <message>
        <source>The certificate is how a server proves who it is. This one does not prove it, so your password could reach someone else. MailFix did not send your password there.</source>
        <translation>Con el certificado, un servidor demuestra quién es. Este no lo demuestra, así que tu contraseña podría llegar a otra persona. MailFix no le ha enviado tu contraseña.</translation>
    </message>
    <message>
        <source>Use the server name your provider gives (it must match the certificate). If your provider says this certificate is right, you can allow it for this server only.</source>
        <translation>Usa el nombre de servidor que indica tu proveedor (debe coincidir con el certificado). Si tu proveedor dice que este certificado es correcto, puedes permitirlo solo para este servidor.</translation>
    </message>
    <message>
        <source>The server only takes mail over an encrypted connection.</source>
        <translation>El servidor solo acepta correo por una conexión cifrada.</translation>
    </message>
    <message>
        <source>Your mail program must switch on encryption before it sends anything.</source>
        <translation>Tu programa de correo tiene que activar el cifrado antes de enviar nada.</translation>
    </message>
    <message>
        <source>Turn on encryption (SSL/TLS or STARTTLS) for the outgoing server.</source>
        <translation>Activa el cifrado (SSL/TLS o STARTTLS) para el servidor de salida.</translation>
    </message>
    <message>
        <source>Your mail server wants your mail program to sign in before it sends. Your program is not signing in.</source>
        <translation>Tu servidor de correo quiere que tu programa se autentique antes de enviar. Tu programa no se está autenticando.</translation>
    </message>
    <message>
        <source>Your mail server sends mail only for people who sign in.</source>
        <translation>Tu servidor de correo solo envía correo de quienes se autentican.</translation>
    </message>
    <message>
        <source>Without signing in, the server refuses every recipient outside its own domain. A program that then sends the message anyway gets errors such as &quot;503 valid RCPT command must precede DATA&quot;.</source>
        <translation>Sin autenticarse, el servidor rechaza cualquier destinatario de fuera de su propio dominio. Un programa que aun así envía el mensaje recibe errores como “503 valid RCPT command must precede DATA”.</translation>
    </message>
    <message>
        <source>The &quot;503&quot; message is a consequence, not the cause.</source>
        <translation>El mensaje “503” es una consecuencia, no la causa.</translation>
    </message>
    <message>
        <source>The server says 503 when a program sends the message after every recipient was refused. Fix the cause above and the 503 goes away.</source>
        <translation>El servidor responde 503 cuando un programa envía el mensaje después de que se rechazaran todos los destinatarios. Soluciona la causa de arriba y el 503 desaparecerá.</translation>
    </message>
    <message>
        <source>Signing in from mail programs is switched off for your organisation.</source>
        <translation>La autenticación desde programas de correo está desactivada en tu organización.</translation>
    </message>
    <message>
        <source>Your Microsoft 365 administrator has turned off SMTP sign-in. Your password is probably right.</source>
        <translation>El administrador de Microsoft 365 ha desactivado la autenticación SMTP. Probablemente tu contraseña es correcta.</translation>
    </message>
    <message>
        <source>Ask your administrator to allow &quot;Authenticated SMTP&quot; for your mailbox, or use a program that signs in with your Microsoft account (OAuth2).</source>
        <translation>Pide a tu administrador que permita “SMTP autenticado” para tu buzón, o usa un programa que inicie sesión con tu cuenta de Microsoft (OAuth2).</translation>
    </message>
    <message>
        <source>Your provider no longer accepts a password from mail programs.</source>
        <translation>Tu proveedor ya no acepta contraseñas desde programas de correo.</translation>
    </message>
    <message>
        <source>Sign-in must go through your provider&apos;s own login page (OAuth2).</source>
        <translation>La autenticación tiene que pasar por la página de inicio de sesión de tu proveedor (OAuth2).</translation>
    </message>
    <message>
        <source>The server does not accept this way of signing in.</source>
        <translation>El servidor no acepta esta forma de autenticarse.</translation>
    </message>
    <message>
        <source>The server says the sign-in method is too weak.</source>
        <translation>El servidor dice que el método de autenticación es demasiado débil.</translation>
    </message>
    <message>
        <source>Your provider wants an app password, not your normal password.</source>
        <translation>Tu proveedor pide una contraseña de aplicación, no tu contraseña normal.</translation>
    </message>
    <message>
        <source>With 2-step verification on, mail programs must use a separate app password that you create in your account&apos;s security settings.</source>
        <translation>Con la verificación en dos pasos activada, los programas de correo tienen que usar una contraseña de aplicación aparte, que creas en los ajustes de seguridad de tu cuenta.</translation>
    </message>
    <message>
        <source>Create an app password in your account&apos;s security settings and use it in your mail program.</source>
        <translation>Crea una contraseña de aplicación en los ajustes de seguridad de tu cuenta y úsala en tu programa de correo.</translation>
    </message>
    <message>
        <source>The server did not accept your user name or password.</source>
        <translation>El servidor no ha aceptado tu nombre de usuario o tu contraseña.</translation>
    </message>
    <message>
        <source>MailFix tried to sign in as %1 and the server said no.</source>
        <translation>MailFix ha intentado autenticarse como %1 y el servidor ha dicho que no.</translation>
    </message>
    <message>
        <source>Check your password. It contains characters such as quotes, spaces or accented letters, which some programs garble: try typing it again by hand.</source>
        <translation>Revisa tu contraseña. Tiene caracteres como comillas, espacios o letras con tilde, que algunos programas alteran: prueba a escribirla de nuevo a mano.</translation>
    </message>
    <message>
        <source>Check your password, and use your full email address %1 as the user name.</source>
        <translation>Revisa tu contraseña y usa tu dirección de correo completa %1 como nombre de usuario.</translation>
    </message>
    <message>
        <source>Your provider may want an app password, not your normal password.</source>
        <translation>Puede que tu proveedor pida una contraseña de aplicación, no tu contraseña normal.</translation>
    </message>
    <message>
        <source>Signing in from mail programs may be switched off for your organisation.</source>
        <translation>Puede que la autenticación desde programas de correo esté desactivada en tu organización.</translation>
    </message>
    <message>
        <source>Microsoft 365 administrators can turn off SMTP sign-in for each mailbox.</source>
        <translation>Los administradores de Microsoft 365 pueden desactivar la autenticación SMTP en cada buzón.</translation>
    </message>
    <message>
        <source>Your provider accepts sign-in only through its own login page (OAuth2).</source>
        <translation>Tu proveedor solo acepta la autenticación a través de su propia página de inicio de sesión (OAuth2).</translation>
    </message>
    <message>
        <source>A password typed into your mail program is not accepted.</source>
        <translation>No se acepta una contraseña escrita en tu programa de correo.</translation>
    </message>
    <message>
        <source>If you use 2-step verification, your provider wants an app password.</source>
        <translation>Si usas la verificación en dos pasos, tu proveedor pide una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>Mail programs then need a separate app password from your account&apos;s security settings.</source>
        <translation>Entonces, los programas de correo necesitan una contraseña de aplicación aparte, de los ajustes de seguridad de tu cuenta.</translation>
    </message>
    <message>
        <source>Your program signs in a way this server does not offer.</source>
        <translation>Tu programa se autentica de una forma que este servidor no ofrece.</translation>
    </message>
    <message>
        <source>The server offers: %1.</source>
        <translation>El servidor ofrece: %1.</translation>
    </message>
    <message>
        <source>Set the authentication method to &quot;%1&quot;.</source>
        <translation>Pon el método de autenticación en “%1”.</translation>
    </message>
    <message>
        <source>The server does not let you send from this address.</source>
        <translation>El servidor no te deja enviar desde esta dirección.</translation>
    </message>
    <message>
        <source>After you sign in, the server checks the From address. It must be an address that belongs to your account.</source>
        <translation>Después de autenticarte, el servidor comprueba la dirección del remitente. Tiene que ser una dirección de tu cuenta.</translation>
    </message>
    <message>
        <source>Use %1 as the email address of this account, or ask your provider to allow the other address.</source>
        <translation>Usa %1 como dirección de correo de esta cuenta, o pide a tu proveedor que permita la otra dirección.</translation>
    </message>
    <message>
        <source>The server refused the test recipient even after signing in.</source>
        <translation>El servidor ha rechazado el destinatario de prueba incluso después de autenticarse.</translation>
    </message>
    <message>
        <source>Check the recipient&apos;s address for typing mistakes.</source>
        <translation>Revisa que la dirección del destinatario no tenga errores.</translation>
    </message>
    <message>
        <source>A mailbox is full.</source>
        <translation>Un buzón está lleno.</translation>
    </message>
    <message>
        <source>The server refuses mail because a mailbox has no room left.</source>
        <translation>El servidor rechaza correo porque un buzón no tiene espacio.</translation>
    </message>
    <message>
        <source>letters outside the English alphabet before the @</source>
        <translation>letras que no son del alfabeto inglés antes de la @</translation>
    </message>
    <message>
        <source>a dot at the start or end, or two dots in a row</source>
        <translation>un punto al principio o al final, o dos puntos seguidos</translation>
    </message>
    <message>
        <source>unusual characters such as commas, brackets or quotes</source>
        <translation>caracteres poco habituales como comas, paréntesis o comillas</translation>
    </message>
    <message>
        <source>quotation marks</source>
        <translation>comillas</translation>
    </message>
    <message>
        <source>spaces before or after it</source>
        <translation>espacios delante o detrás</translation>
    </message>
    <message>
        <source>a dot at the very end</source>
        <translation>un punto justo al final</translation>
    </message>
    <message>
        <source>Your email address contains characters that some programs and servers refuse.</source>
        <translation>Tu dirección de correo tiene caracteres que algunos programas y servidores rechazan.</translation>
    </message>
    <message>
        <source>It has %1.</source>
        <translation>Tiene %1.</translation>
    </message>
    <message>
        <source>Type the address again in your mail program, exactly as your provider gave it.</source>
        <translation>Vuelve a escribir la dirección en tu programa de correo, tal y como te la dio tu proveedor.</translation>
    </message>
    <message>
        <source>The server refuses your internet connection&apos;s address.</source>
        <translation>El servidor rechaza la dirección de tu conexión a internet.</translation>
    </message>
    <message>
        <source>Your connection&apos;s address is on a list of addresses that send spam, or the server does not take mail from home connections on this port.</source>
        <translation>La dirección de tu conexión está en una lista de direcciones que envían spam, o el servidor no acepta correo de conexiones domésticas en este puerto.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s submission port (587 or 465) with sign-in; if that is refused too, ask your internet provider why your address is listed.</source>
        <translation>Envía por el puerto de envío de tu proveedor (587 o 465) con autenticación; si también se rechaza, pregunta a tu proveedor de internet por qué tu dirección está en una lista.</translation>
    </message>
    <message>
        <source>Your provider may want you to check your mail before you send.</source>
        <translation>Puede que tu proveedor quiera que consultes tu correo antes de enviar.</translation>
    </message>
    <message>
        <source>Some servers allow sending only shortly after your program has fetched mail (&quot;POP before SMTP&quot;).</source>
        <translation>Algunos servidores solo permiten enviar poco después de que tu programa haya recibido correo (“POP antes de SMTP”).</translation>
    </message>
    <message>
        <source>A VPN is switched on.</source>
        <translation>Hay una VPN activada.</translation>
    </message>
    <message>
        <source>A VPN sends your mail through another network, which may block mail ports or be on a spam list.</source>
        <translation>Una VPN envía tu correo a través de otra red, que puede bloquear los puertos de correo o estar en una lista de spam.</translation>
    </message>
    <message>
        <source>Switch the VPN off for a moment and check again.</source>
        <translation>Desactiva la VPN un momento y vuelve a comprobar.</translation>
    </message>
    <message>
        <source>The error message points to this cause.</source>
        <translation>El mensaje de error apunta a esta causa.</translation>
    </message>
    <message>
        <source>This comes from the message your program showed; MailFix could not check it by itself.</source>
        <translation>Esto viene del mensaje que mostró tu programa; MailFix no ha podido comprobarlo por sí mismo.</translation>
    </message>
    <message>
        <source>Your settings work: MailFix signed in and the server accepted a recipient.</source>
        <translation>Tus ajustes funcionan: MailFix se ha autenticado y el servidor ha aceptado un destinatario.</translation>
    </message>
    <message>
        <source>These settings work: MailFix signed in and the server accepted a recipient.</source>
        <translation>Estos ajustes funcionan: MailFix se ha autenticado y el servidor ha aceptado un destinatario.</translation>
    </message>
    <message>
        <source>We checked this: %1 with sign-in.</source>
        <translation>Lo hemos comprobado: %1, con autenticación.</translation>
    </message>
    <message>
        <source>Check every account in your mail program.</source>
        <translation>Comprueba cada cuenta de tu programa de correo.</translation>
    </message>
    <message>
        <source>Your password has unusual characters.</source>
        <translation>Tu contraseña tiene caracteres poco habituales.</translation>
    </message>
    <message>
        <source>Some programs garble quotes, spaces or accented letters in passwords. Try a password without them.</source>
        <translation>Algunos programas alteran las comillas, los espacios o las letras con tilde de las contraseñas. Prueba con una contraseña sin ellos.</translation>
    </message>
    <message>
        <source>Use your mail provider&apos;s outgoing server.</source>
        <translation>Usa el servidor de salida de tu proveedor de correo.</translation>
    </message>
    <message>
        <source>Sending through your internet provider&apos;s server instead of your mail provider&apos;s often fails.</source>
        <translation>Enviar a través del servidor de tu proveedor de internet en lugar del de tu proveedor de correo suele fallar.</translation>
    </message>
    <message>
        <source>Pause your antivirus program&apos;s email scanning.</source>
        <translation>Pausa el análisis de correo de tu antivirus.</translation>
    </message>
    <message>
        <source>Some antivirus programs sit between your mail program and the server and break encrypted connections.</source>
        <translation>Algunos antivirus se ponen entre tu programa de correo y el servidor y rompen las conexiones cifradas.</translation>
    </message>
    <message>
        <source>Repair Outlook&apos;s data file.</source>
        <translation>Repara el archivo de datos de Outlook.</translation>
    </message>
    <message>
        <source>A damaged Outlook data file can stop sending even with the right settings: close Outlook and run the Inbox Repair Tool (SCANPST.EXE).</source>
        <translation>Un archivo de datos de Outlook dañado puede impedir el envío incluso con los ajustes correctos: cierra Outlook y ejecuta la Herramienta de reparación de la Bandeja de entrada (SCANPST.EXE).</translation>
    </message>
    <message>
        <source>Wait if you just moved your domain.</source>
        <translation>Espera si acabas de trasladar tu dominio.</translation>
    </message>
    <message>
        <source>After a domain moves to a new mail provider, the change can take up to a day or two to reach everyone.</source>
        <translation>Cuando un dominio pasa a un nuevo proveedor de correo, el cambio puede tardar uno o dos días en llegar a todo el mundo.</translation>
    </message>
    <message>
        <source>If a script or device sends the mail, check that it gives a recipient.</source>
        <translation>Si el correo lo envía un script o un dispositivo, comprueba que indica un destinatario.</translation>
    </message>
    <message>
        <source>A program that sends the message without any accepted recipient gets &quot;503 valid RCPT command must precede DATA&quot; from the server.</source>
        <translation>Un programa que envía el mensaje sin ningún destinatario aceptado recibe del servidor “503 valid RCPT command must precede DATA”.</translation>
    </message>
    <message>
        <source>The server on port %1 stops answering after its greeting.</source>
        <translation>El servidor en el puerto %1 deja de responder después de su saludo.</translation>
    </message>
    <message>
        <source>It greeted MailFix, then the conversation broke off while setting up (%1). A firewall or antivirus program that inspects mail can do this, or the server has a problem.</source>
        <translation>Saludó a MailFix y después la conversación se cortó durante la preparación (%1). Puede deberse a un cortafuegos o un antivirus que revisa el correo, o a un problema del servidor.</translation>
    </message>
    <message>
        <source>The server %1 is too busy to take mail right now.</source>
        <translation>El servidor %1 está demasiado ocupado para aceptar correo en este momento.</translation>
    </message>
    <message>
        <source>It answered that it cannot take more connections. Try again in a few minutes; if it keeps happening, your provider may limit how many connections one address may open.</source>
        <translation>Respondió que no puede aceptar más conexiones. Vuelve a intentarlo en unos minutos; si sigue pasando, puede que tu proveedor limite cuántas conexiones puede abrir una misma dirección.</translation>
    </message>
    <message>
        <source>On port %1 the server says it is too busy to take more connections.</source>
        <translation>En el puerto %1, el servidor dice que está demasiado ocupado para aceptar más conexiones.</translation>
    </message>
    <message>
        <source>%1 is not part of %2, and MailFix sends your password there only when you allow it, so signing in there is not checked.</source>
        <translation>%1 no forma parte de %2. MailFix solo envía allí tu contraseña si lo permites, así que la autenticación allí no se ha comprobado.</translation>
    </message>
    <message>
        <source>every name ending in %1</source>
        <translation>cualquier nombre que termine en %1</translation>
    </message>
    <message>
        <source>every name ending in %1, such as %2</source>
        <translation>cualquier nombre que termine en %1, como %2</translation>
    </message>
    <message>
        <source>The name %1 leads to the same server, but that server&apos;s certificate is for %2, not for %1. So your mail program cannot check that it really talks to your provider, and warns or refuses to send.</source>
        <translation>El nombre %1 lleva al mismo servidor, pero el certificado de ese servidor es para %2, no para %1. Por eso tu programa de correo no puede comprobar que de verdad habla con tu proveedor, y muestra un aviso o se niega a enviar.</translation>
    </message>
    <message>
        <source>This is usual when many websites share one server.</source>
        <translation>Es habitual cuando muchos sitios web comparten un servidor.</translation>
    </message>
    <message>
        <source>Your mail server&apos;s real name is %1.</source>
        <translation>El nombre real de tu servidor de correo es %1.</translation>
    </message>
    <message>
        <source>%1: certificate for %2, issued by %3</source>
        <translation>%1: certificado para %2, emitido por %3</translation>
    </message>
    <message>
        <source>%1: the same server (%2), certificate trusted</source>
        <translation>%1: el mismo servidor (%2), certificado de confianza</translation>
    </message>
    <message>
        <source>Use %1 as the outgoing server (SMTP). Your provider&apos;s own certificate is for %1, so your mail program can check that it really talks to your provider.</source>
        <translation>Usa %1 como servidor de salida (SMTP). El certificado propio de tu proveedor es para %1, así que tu programa de correo puede comprobar que de verdad habla con tu proveedor.</translation>
    </message>
    <message>
        <source>The certificate of %1 is for %2. Ask your provider for the name of its outgoing server (SMTP), and use that name.</source>
        <translation>El certificado de %1 es para %2. Pide a tu proveedor el nombre de su servidor de salida (SMTP) y usa ese nombre.</translation>
    </message>
    <message>
        <source>Signing in from mail programs is switched off for your mailbox.</source>
        <translation>La autenticación desde programas de correo está desactivada en tu buzón.</translation>
    </message>
    <message>
        <source>Wait an hour, or until tomorrow for a daily limit, then send again; send large mailings in smaller groups. If you did not send that many messages, change your password, because someone else may be sending with your account.</source>
        <translation>Espera una hora, o hasta mañana si es un límite diario, y vuelve a enviar. Divide los envíos masivos en grupos más pequeños. Si no has enviado tantos mensajes, cambia tu contraseña, porque puede que otra persona esté enviando con tu cuenta.</translation>
    </message>
    <message>
        <source>Change your email password and check your computer for malware, then ask your provider or the person who manages your email to unblock your account.</source>
        <translation>Cambia la contraseña de tu correo y busca malware en tu equipo. Después, pide a tu proveedor o a la persona que gestiona tu correo que desbloquee tu cuenta.</translation>
    </message>
    <message>
        <source>Give your computer a name with only English letters, digits and hyphens (no underscore), or send through your provider&apos;s outgoing server on port 587 or 465 with sign-in turned on.</source>
        <translation>Pon a tu equipo un nombre que solo tenga letras del alfabeto inglés, cifras y guiones (sin guion bajo), o envía a través del servidor de salida de tu proveedor en el puerto 587 o 465, con la autenticación activada.</translation>
    </message>
    <message>
        <source>Ask the person who manages your email to allow &quot;Authenticated SMTP&quot; for your mailbox.</source>
        <translation>Pide a la persona que gestiona tu correo que permita “SMTP autenticado” para tu buzón.</translation>
    </message>
    <message>
        <source>Your mail program keeps outgoing settings for each account. When you have several, the one sending may not be the one you fixed.</source>
        <translation>Tu programa de correo guarda ajustes de salida para cada cuenta. Si tienes varias, puede que la que envía no sea la que has corregido.</translation>
    </message>
    <message>
        <source>Receiving works (%1).</source>
        <translation>Recibir funciona (%1).</translation>
    </message>
    <message>
        <source>Receiving does not work: the incoming server refused your user name or password.</source>
        <translation>Recibir no funciona: el servidor de entrada rechazó tu nombre de usuario o tu contraseña.</translation>
    </message>
    <message>
        <source>Receiving is not confirmed: MailFix could not sign in to the incoming server.</source>
        <translation>Recibir no está confirmado: MailFix no pudo autenticarse en el servidor de entrada.</translation>
    </message>
    <message>
        <source>MailFix could not reach your incoming server.</source>
        <translation>MailFix no pudo contactar con tu servidor de entrada.</translation>
    </message>
    <message>
        <source>Sending does not work: %1</source>
        <translation>Enviar no funciona: %1</translation>
    </message>
    <message>
        <source>Sending works (port %1, %2).</source>
        <translation>Enviar funciona (puerto %1, %2).</translation>
    </message>
    <message>
        <source>MailFix could not reach an outgoing server.</source>
        <translation>MailFix no pudo contactar con ningún servidor de salida.</translation>
    </message>
    <message>
        <source>Sending is not confirmed: MailFix could not sign in and send a test recipient.</source>
        <translation>Enviar no está confirmado: MailFix no pudo autenticarse y enviar un destinatario de prueba.</translation>
    </message>
    <message>
        <source>MailFix could not sign in to the incoming server.</source>
        <translation>MailFix no pudo autenticarse en el servidor de entrada.</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, puerto %2</translation>
    </message>
    <message>
        <source>Your provider lets administrators switch off sending from mail programs (SMTP AUTH) for each mailbox or for the whole organisation. That is the most likely reason.</source>
        <translation>Tu proveedor permite a los administradores desactivar el envío desde programas de correo (SMTP AUTH) para cada buzón o para toda la organización. Es el motivo más probable.</translation>
    </message>
    <message>
        <source>Your provider wants mail programs to sign in through its own login page (OAuth2) for sending.</source>
        <translation>Tu proveedor quiere que los programas de correo se autentiquen en su propia página de inicio de sesión (OAuth2) para enviar.</translation>
    </message>
    <message>
        <source>Your provider wants an app password for sending from mail programs.</source>
        <translation>Tu proveedor pide una contraseña de aplicación para enviar desde programas de correo.</translation>
    </message>
    <message>
        <source>Sending with a password (SMTP AUTH) may be switched off for your mailbox or your organisation, your provider may want an app password or OAuth2 for sending, or the outgoing server may need a different user name.</source>
        <translation>Puede que el envío con contraseña (SMTP AUTH) esté desactivado para tu buzón o tu organización. O tu proveedor pide una contraseña de aplicación u OAuth2 para enviar. O el servidor de salida necesita otro nombre de usuario.</translation>
    </message>
    <message>
        <source>Your password works for receiving mail, but the outgoing server does not accept it.</source>
        <translation>Tu contraseña funciona para recibir correo, pero el servidor de salida no la acepta.</translation>
    </message>
    <message>
        <source>The incoming server %1 (%2) accepted your user name %3 and your password, so they are right. The outgoing server refused them. Your account may not send with a password.</source>
        <translation>El servidor de entrada %1 (%2) aceptó tu nombre de usuario %3 y tu contraseña, así que son correctos. El servidor de salida los rechazó. Puede que tu cuenta no pueda enviar con contraseña.</translation>
    </message>
    <message>
        <source>Do not change your password. Ask your provider or administrator to allow sending from mail programs (SMTP AUTH) for %1, and which user name, app password or sign-in method the outgoing server wants.</source>
        <translation>No cambies tu contraseña. Pide a tu proveedor o administrador que permita el envío desde programas de correo (SMTP AUTH) para %1, y pregúntale qué nombre de usuario, contraseña de aplicación o método de autenticación quiere el servidor de salida.</translation>
    </message>
    <message>
        <source>The incoming server %1 (%2) refused the same user name and password too, so they are most likely wrong.</source>
        <translation>El servidor de entrada %1 (%2) también rechazó el mismo nombre de usuario y contraseña, así que lo más probable es que sean incorrectos.</translation>
    </message>
    <message>
        <source>Receiving works with other settings (%1), not with your program&apos;s.</source>
        <translation>Recibir funciona con otros ajustes (%1), no con los de tu programa.</translation>
    </message>
    <message>
        <source>In Outlook, open the account&apos;s settings, choose &quot;More Settings&quot;, and on the &quot;Outgoing Server&quot; tab turn on &quot;My outgoing server (SMTP) requires authentication&quot;, with your user name %1.</source>
        <translation>En Outlook, abre la configuración de la cuenta, elige “Más configuraciones” y, en la pestaña “Servidor de salida”, marca “Mi servidor de salida (SMTP) requiere autenticación”, con tu nombre de usuario %1.</translation>
    </message>
    <message>
        <source>In Thunderbird&apos;s outgoing server (SMTP) settings, set &quot;Authentication method&quot; to &quot;Normal password&quot;, with your user name %1.</source>
        <translation>En la configuración del servidor de salida (SMTP) de Thunderbird, pon “Método de identificación” en “Contraseña normal”, con tu nombre de usuario %1.</translation>
    </message>
    <message>
        <source>In Mail&apos;s account settings, open &quot;Server Settings&quot; and, for the outgoing mail server, choose &quot;Password&quot; as the authentication, with your user name %1.</source>
        <translation>En los ajustes de la cuenta de Mail, abre “Ajustes del servidor” y, para el servidor de correo saliente, elige “Contraseña” como autenticación, con tu nombre de usuario %1.</translation>
    </message>
    <message>
        <source>Turn on signing in (authentication) for the outgoing server in your mail program, with your user name %1 and your password.</source>
        <translation>Activa la autenticación para el servidor de salida en tu programa de correo, con tu nombre de usuario %1 y tu contraseña.</translation>
    </message>
    <message>
        <source>In Outlook, open the account&apos;s settings, choose &quot;More Settings&quot;, and on the &quot;Outgoing Server&quot; tab choose &quot;Use same settings as my incoming mail server&quot;.</source>
        <translation>En Outlook, abre la configuración de la cuenta, elige “Más configuraciones” y, en la pestaña “Servidor de salida”, elige “Utilizar la misma configuración que mi servidor de correo de entrada”.</translation>
    </message>
    <message>
        <source>In Thunderbird&apos;s outgoing server (SMTP) settings, set the user name to %1, the same as for receiving.</source>
        <translation>En la configuración del servidor de salida (SMTP) de Thunderbird, pon el nombre de usuario %1, el mismo que para recibir.</translation>
    </message>
    <message>
        <source>In Mail&apos;s account settings, open &quot;Server Settings&quot; and type %1 as the outgoing mail server&apos;s user name.</source>
        <translation>En los ajustes de la cuenta de Mail, abre “Ajustes del servidor” y escribe %1 como nombre de usuario del servidor de correo saliente.</translation>
    </message>
    <message>
        <source>Set the outgoing server&apos;s user name to %1, the same as for receiving.</source>
        <translation>Pon %1 como nombre de usuario del servidor de salida, el mismo que para recibir.</translation>
    </message>
    <message>
        <source>Your program uses another user name for sending than for receiving.</source>
        <translation>Tu programa usa un nombre de usuario para enviar distinto del que usa para recibir.</translation>
    </message>
    <message>
        <source>The incoming server %1 (%2) accepted the user name %3 with your password. The outgoing server refused the user name %4. Most servers want the same user name for both.</source>
        <translation>El servidor de entrada %1 (%2) aceptó el nombre de usuario %3 con tu contraseña. El servidor de salida rechazó el nombre de usuario %4. La mayoría de los servidores quieren el mismo nombre de usuario para los dos.</translation>
    </message>
    <message>
        <source>In Outlook, open the account&apos;s settings, choose &quot;More Settings&quot;, and on the &quot;Outgoing Server&quot; tab choose &quot;Log on to incoming mail server before sending mail&quot;.</source>
        <translation>En Outlook, abre la configuración de la cuenta, elige “Más configuraciones” y, en la pestaña “Servidor de salida”, elige “Iniciar sesión en el servidor de correo entrante antes de enviar correo”.</translation>
    </message>
    <message>
        <source>Thunderbird has no setting for this: click &quot;Get Messages&quot; before you send, and let Thunderbird check for new messages every few minutes.</source>
        <translation>Thunderbird no tiene ningún ajuste para esto: haz clic en “Recibir mensajes” antes de enviar y deja que Thunderbird compruebe si hay mensajes nuevos cada pocos minutos.</translation>
    </message>
    <message>
        <source>Mail has no setting for this: click &quot;Get Mail&quot; before you send.</source>
        <translation>Mail no tiene ningún ajuste para esto: haz clic en “Recibir correo” antes de enviar.</translation>
    </message>
    <message>
        <source>Let your mail program check for new mail before it sends. If it has a setting to sign in to the incoming server before sending, turn it on.</source>
        <translation>Deja que tu programa de correo compruebe si hay correo nuevo antes de enviar. Si tiene un ajuste para autenticarse en el servidor de entrada antes de enviar, actívalo.</translation>
    </message>
    <message>
        <source>Your mail server sends mail only after your program has checked for new mail.</source>
        <translation>Tu servidor de correo solo envía correo después de que tu programa haya comprobado si hay correo nuevo.</translation>
    </message>
    <message>
        <source>The server refused to send until MailFix signed in to receive mail (%1). Right after that, it accepted the same message. This older way of knowing who may send is called &quot;POP before SMTP&quot;.</source>
        <translation>El servidor se negó a enviar hasta que MailFix se autenticó para recibir correo (%1). Justo después, aceptó el mismo mensaje. Esta forma antigua de saber quién puede enviar se llama “POP antes de SMTP”.</translation>
    </message>
    <message>
        <source>This server also offers signing in for sending, which is more reliable: use it with your user name %1.</source>
        <translation>Este servidor también ofrece autenticación para enviar, que es más fiable: úsala con tu nombre de usuario %1.</translation>
    </message>
    <message>
        <source>Outlook keeps outgoing settings for each account. When you have several, the one sending may not be the one you fixed. Also check &quot;Use same settings as my incoming mail server&quot; on the &quot;Outgoing Server&quot; tab.</source>
        <translation>Outlook guarda los ajustes de salida de cada cuenta. Si tienes varias, puede que la que envía no sea la que has corregido. Comprueba también “Utilizar la misma configuración que mi servidor de correo de entrada” en la pestaña “Servidor de salida”.</translation>
    </message>
    <message>
        <source>Thunderbird keeps a list of outgoing servers, and each account sends through one of them. When you have several, the one sending may not be the one you fixed.</source>
        <translation>Thunderbird guarda una lista de servidores de salida, y cada cuenta envía a través de uno de ellos. Si tienes varios, puede que el que envía no sea el que has corregido.</translation>
    </message>
    <message>
        <source>Mail keeps outgoing settings for each account. When you have several, the one sending may not be the one you fixed.</source>
        <translation>Mail guarda los ajustes de salida de cada cuenta. Si tienes varias, puede que la que envía no sea la que has corregido.</translation>
    </message>
    <message>
        <source>%1 (%2, port %3, %4)</source>
        <translation>%1 (%2, puerto %3, %4)</translation>
    </message>
    <message>
        <source>The server name %1 does not exist.</source>
        <translation>El nombre de servidor %1 no existe.</translation>
    </message>
    <message>
        <source>The encrypted connection (%1) could not be set up on port %2: this port wants another connection security.</source>
        <translation>No se ha podido establecer la conexión cifrada (%1) en el puerto %2: este puerto quiere otra seguridad de conexión.</translation>
    </message>
    <message>
        <source>The server did not answer as a mail server on port %1 with %2: this port wants another connection security.</source>
        <translation>El servidor no ha respondido como servidor de correo en el puerto %1 con %2: este puerto quiere otra seguridad de conexión.</translation>
    </message>
    <message>
        <source>Your program receives without encryption, so MailFix does not send your password there, and many servers refuse it.</source>
        <translation>Tu programa recibe sin cifrado, así que MailFix no envía ahí tu contraseña, y muchos servidores la rechazan.</translation>
    </message>
    <message>
        <source>We checked this: signing in to %1 works.</source>
        <translation>Lo hemos comprobado: la autenticación en %1 funciona.</translation>
    </message>
    <message>
        <source>%1 answers, but signing in there could not be checked.</source>
        <translation>%1 responde, pero no se ha podido comprobar la autenticación ahí.</translation>
    </message>
    <message>
        <source>Your program&apos;s incoming mail settings do not work.</source>
        <translation>Los ajustes de correo entrante de tu programa no funcionan.</translation>
    </message>
    <message>
        <source>Your program receives mail from %1.</source>
        <translation>Tu programa recibe el correo de %1.</translation>
    </message>
    <message>
        <source>Set the incoming server in your program to %1, port %2, %3 (%4).</source>
        <translation>Pon el servidor de entrada de tu programa en %1, puerto %2, %3 (%4).</translation>
    </message>
    <message>
        <source>MailFix could not test signing in through your provider&apos;s sign-in window here.</source>
        <translation>MailFix no ha podido probar aquí el inicio de sesión a través de la ventana de inicio de sesión de tu proveedor.</translation>
    </message>
    <message>
        <source>In Outlook, remove the account and add it again: Outlook then opens the sign-in window of Microsoft or your provider.</source>
        <translation>En Outlook, elimina la cuenta y vuelve a agregarla: Outlook abrirá entonces la ventana de inicio de sesión de Microsoft o de tu proveedor.</translation>
    </message>
    <message>
        <source>In Thunderbird&apos;s account settings, set &quot;Authentication method&quot; to &quot;OAuth2&quot; for the incoming and the outgoing server (SMTP).</source>
        <translation>En la configuración de la cuenta de Thunderbird, pon “Método de identificación” en “OAuth2” para el servidor de entrada y para el de salida (SMTP).</translation>
    </message>
    <message>
        <source>In Mail&apos;s account settings, set &quot;Authentication&quot; to &quot;OAuth 2.0&quot;, or add the account again in Internet Accounts.</source>
        <translation>En los ajustes de la cuenta de Mail, pon “Autenticación” en “OAuth 2.0”, o vuelve a añadir la cuenta en Cuentas de Internet.</translation>
    </message>
    <message>
        <source>In your mail program, set the sign-in method (authentication) to OAuth2, and sign in when it asks.</source>
        <translation>En tu programa de correo, pon el método de inicio de sesión (autenticación) en OAuth2 e inicia sesión cuando te lo pida.</translation>
    </message>
    <message>
        <source>MailFix could not test this way of signing in here.</source>
        <translation>MailFix no ha podido probar aquí esta forma de iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in with your provider did not allow sending mail.</source>
        <translation>El inicio de sesión con tu proveedor no permite enviar correo.</translation>
    </message>
    <message>
        <source>MailFix signed in through your provider&apos;s sign-in window (OAuth2), but the permission it got does not include sending mail, so the server refused it.</source>
        <translation>MailFix ha iniciado sesión a través de la ventana de inicio de sesión de tu proveedor (OAuth2), pero el permiso que ha recibido no incluye enviar correo, así que el servidor lo ha rechazado.</translation>
    </message>
    <message>
        <source>Ask your administrator to allow sending mail (SMTP) for mail programs that sign in this way, then sign in again.</source>
        <translation>Pide a tu administrador que permita enviar correo (SMTP) a los programas de correo que inician sesión de esta forma. Después, vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server did not accept the OAuth2 sign-in.</source>
        <translation>El servidor no ha aceptado el inicio de sesión con OAuth2.</translation>
    </message>
    <message>
        <source>MailFix signed in through your provider&apos;s sign-in window (OAuth2) as %1, and the server refused that sign-in: it may have expired or been withdrawn.</source>
        <translation>MailFix ha iniciado sesión como %1 a través de la ventana de inicio de sesión de tu proveedor (OAuth2), y el servidor ha rechazado ese inicio de sesión: puede que haya caducado o que se haya retirado.</translation>
    </message>
    <message>
        <source>Sign in again in your mail program. If it keeps failing, ask your provider or administrator whether sending with this sign-in is allowed for your account.</source>
        <translation>Vuelve a iniciar sesión en tu programa de correo. Si sigue fallando, pregunta a tu proveedor o administrador si tu cuenta puede enviar con este inicio de sesión.</translation>
    </message>
    <message>
        <source>Your provider wants your mail program to sign in through the provider&apos;s own sign-in window (OAuth2).</source>
        <translation>Tu proveedor quiere que tu programa de correo inicie sesión a través de la propia ventana de inicio de sesión del proveedor (OAuth2).</translation>
    </message>
</context>
<context>
    <name>DiagnosisReport</name>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>  What we saw:
</source>
        <translation>  Lo que hemos visto:
</translation>
    </message>
    <message>
        <source>%1, port %2, %3, %4</source>
        <translation>%1, puerto %2, %3, %4</translation>
    </message>
    <message>
        <source>MailFix found nothing to report.
</source>
        <translation>MailFix no ha encontrado nada que señalar.
</translation>
    </message>
    <message>
        <source>The problem: </source>
        <translation>El problema: </translation>
    </message>
    <message>
        <source>Use these settings for the outgoing server:
</source>
        <translation>Usa estos ajustes para el servidor de salida:
</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP):</source>
        <translation>Servidor de salida (SMTP):</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Connection security:</source>
        <translation>Seguridad de la conexión:</translation>
    </message>
    <message>
        <source>Authentication method:</source>
        <translation>Método de identificación:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>  Verified: we checked this. Signing in and sending works with these settings.
</source>
        <translation>  Verificado: lo hemos comprobado. La autenticación y el envío funcionan con estos ajustes.
</translation>
    </message>
    <message>
        <source>MailFix could not sign in and send with these settings.</source>
        <translation>MailFix no ha podido autenticarse y enviar con estos ajustes.</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Sin verificar: %1</translation>
    </message>
    <message>
        <source>  These work too:
</source>
        <translation>  Estos también funcionan:
</translation>
    </message>
    <message>
        <source>MailFix could not reach any outgoing mail server for %1, so it cannot recommend settings.
</source>
        <translation>MailFix no ha podido acceder a ningún servidor de salida para %1, así que no puede recomendar ajustes.
</translation>
    </message>
    <message>
        <source>MailFix could not find settings that work.
</source>
        <translation>MailFix no ha encontrado ajustes que funcionen.
</translation>
    </message>
    <message>
        <source>Also found:
</source>
        <translation>También se ha encontrado:
</translation>
    </message>
    <message>
        <source>If it still does not work, check these:
</source>
        <translation>Si sigue sin funcionar, comprueba esto:
</translation>
    </message>
    <message>
        <source>Provider: %1 (from %2)
</source>
        <translation>Proveedor: %1 (según %2)
</translation>
    </message>
    <message>
        <source>Technical details:

</source>
        <translation>Detalles técnicos:

</translation>
    </message>
    <message>
        <source>Checked: %1. Add --transcript to see each conversation with the server.
</source>
        <translation>Comprobado: %1. Añade --transcript para ver cada conversación con el servidor.
</translation>
    </message>
    <message>
        <source>Your mail program&apos;s accounts for this address:
</source>
        <translation>Las cuentas de tu programa de correo para esta dirección:
</translation>
    </message>
    <message>
        <source>- &quot;%1&quot; (%2): does not work. %3
</source>
        <translation>- “%1” (%2): no funciona. %3
</translation>
    </message>
    <message>
        <source>- &quot;%1&quot; (%2): works.
</source>
        <translation>- “%1” (%2): funciona.
</translation>
    </message>
    <message>
        <source>  These should also work (not checked):
</source>
        <translation>  Estos también deberían funcionar (sin comprobar):
</translation>
    </message>
    <message>
        <source>For receiving (incoming server, POP3):
</source>
        <translation>Para recibir (servidor de entrada, POP3):
</translation>
    </message>
    <message>
        <source>For receiving (incoming server, IMAP):
</source>
        <translation>Para recibir (servidor de entrada, IMAP):
</translation>
    </message>
    <message>
        <source>  Verified: signing in works with these settings.
</source>
        <translation>  Verificado: la autenticación funciona con estos ajustes.
</translation>
    </message>
    <message>
        <source>  Verified: we checked this. Sending works with these settings.
</source>
        <translation>  Comprobado: lo hemos comprobado. El envío funciona con estos ajustes.
</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>Please type your email address.</source>
        <translation>Escribe tu dirección de correo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no @ sign; an email address looks like name@example.com.</source>
        <translation>“%1” no tiene arroba (@); una dirección de correo es como nombre@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing before the @ sign.</source>
        <translation>“%1” no tiene nada antes de la @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing after the @ sign.</source>
        <translation>“%1” no tiene nada después de la @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one @ sign.</source>
        <translation>“%1” tiene más de una @.</translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character.</source>
        <translation>La dirección tiene un salto de línea u otro carácter invisible.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space; email addresses have none.</source>
        <translation>“%1” tiene un espacio; las direcciones de correo no tienen espacios.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name that can receive mail.</source>
        <translation>“%1” no es un nombre de dominio que pueda recibir correo.</translation>
    </message>
    <message>
        <source>The address is longer than 254 characters, which mail servers refuse.</source>
        <translation>La dirección tiene más de 254 caracteres, y los servidores de correo la rechazan.</translation>
    </message>
</context>
<context>
    <name>ErrorExplainer</name>
    <message>
        <source>Your mail server wants your mail program to sign in before it sends, and your program did not sign in.</source>
        <translation>Tu servidor de correo quiere que tu programa se autentique antes de enviar, y tu programa no se ha autenticado.</translation>
    </message>
    <message>
        <source>The mail server turned down every recipient of your message, most likely because your mail program did not sign in first.</source>
        <translation>El servidor de correo ha rechazado todos los destinatarios de tu mensaje, muy probablemente porque tu programa de correo no se autenticó antes.</translation>
    </message>
    <message>
        <source>Your mail server refused to send this message, most likely because your mail program did not sign in first.</source>
        <translation>Tu servidor de correo se ha negado a enviar este mensaje, muy probablemente porque tu programa de correo no se autenticó antes.</translation>
    </message>
    <message>
        <source>Your mail server did not accept the user name and password your mail program signed in with.</source>
        <translation>Tu servidor de correo no ha aceptado el nombre de usuario y la contraseña con los que se autenticó tu programa de correo.</translation>
    </message>
    <message>
        <source>Google did not accept the user name and password your mail program signed in with, which often means it needs an app password instead of your usual password.</source>
        <translation>Google no ha aceptado el nombre de usuario y la contraseña con los que se autenticó tu programa de correo. Eso suele significar que necesita una contraseña de aplicación en lugar de tu contraseña habitual.</translation>
    </message>
    <message>
        <source>Your incoming mail server did not accept the user name and password your mail program uses.</source>
        <translation>Tu servidor de correo entrante no ha aceptado el nombre de usuario y la contraseña que usa tu programa de correo.</translation>
    </message>
    <message>
        <source>Your mail server has stopped accepting sign-ins for a while because of too many attempts with a wrong password.</source>
        <translation>Tu servidor de correo ha dejado de aceptar autenticaciones durante un tiempo por demasiados intentos con una contraseña incorrecta.</translation>
    </message>
    <message>
        <source>Your mail server could not finish checking your sign-in, which often happens when the sign-in method does not suit the server.</source>
        <translation>Tu servidor de correo no ha podido terminar de comprobar tu autenticación. Suele pasar cuando el método de autenticación no le va bien al servidor.</translation>
    </message>
    <message>
        <source>Your mail server wants you to change your password before your mail program can sign in again.</source>
        <translation>Tu servidor de correo quiere que cambies tu contraseña antes de que tu programa de correo pueda volver a autenticarse.</translation>
    </message>
    <message>
        <source>Your account uses 2-step verification, so your mail program needs an app password instead of your usual password.</source>
        <translation>Tu cuenta usa la verificación en dos pasos, así que tu programa de correo necesita una contraseña de aplicación en lugar de tu contraseña habitual.</translation>
    </message>
    <message>
        <source>Your mail provider stopped this sign-in and wants your mail program to sign in through the provider&apos;s own sign-in page or with an app password.</source>
        <translation>Tu proveedor de correo ha detenido esta autenticación y quiere que tu programa inicie sesión a través de la página de inicio de sesión del proveedor o con una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>Your mail provider no longer accepts a plain password from mail programs and wants them to sign in through its own sign-in page.</source>
        <translation>Tu proveedor de correo ya no acepta una contraseña sin más desde programas de correo y quiere que inicien sesión a través de su propia página de inicio de sesión.</translation>
    </message>
    <message>
        <source>Sending from mail programs with a password is turned off for your account by the person who manages your email.</source>
        <translation>La persona que gestiona tu correo ha desactivado en tu cuenta el envío desde programas de correo con contraseña.</translation>
    </message>
    <message>
        <source>Your mail server does not accept the sign-in method your mail program is set to use.</source>
        <translation>Tu servidor de correo no acepta el método de autenticación configurado en tu programa de correo.</translation>
    </message>
    <message>
        <source>Your mail server accepts this way of signing in only over an encrypted connection, and your mail program is not using one.</source>
        <translation>Tu servidor de correo solo acepta esta forma de autenticarse por una conexión cifrada, y tu programa de correo no la está usando.</translation>
    </message>
    <message>
        <source>Your mail server wants an encrypted connection before anything else, and your mail program did not start one.</source>
        <translation>Tu servidor de correo quiere una conexión cifrada antes de nada, y tu programa de correo no la ha iniciado.</translation>
    </message>
    <message>
        <source>Your mail program&apos;s encryption setting does not match what the mail server uses on this port.</source>
        <translation>El ajuste de cifrado de tu programa de correo no coincide con lo que usa el servidor en este puerto.</translation>
    </message>
    <message>
        <source>Your mail program could not confirm that the mail server is the one it claims to be, because the server&apos;s certificate was not accepted.</source>
        <translation>Tu programa de correo no ha podido confirmar que el servidor es quien dice ser, porque no se ha aceptado el certificado del servidor.</translation>
    </message>
    <message>
        <source>Your mail server refused the sender address, usually because it does not belong to the account your program signs in with.</source>
        <translation>Tu servidor de correo ha rechazado la dirección del remitente, normalmente porque no pertenece a la cuenta con la que se autentica tu programa.</translation>
    </message>
    <message>
        <source>The mail server could not confirm that your sender address exists.</source>
        <translation>El servidor de correo no ha podido confirmar que tu dirección de remitente exista.</translation>
    </message>
    <message>
        <source>Your account is not allowed to send with the address shown in the From field.</source>
        <translation>Tu cuenta no puede enviar con la dirección que aparece en el campo De.</translation>
    </message>
    <message>
        <source>Your mail server refused the sender address, which usually means your mail program did not sign in or the address does not belong to the account.</source>
        <translation>Tu servidor de correo ha rechazado la dirección del remitente. Normalmente significa que tu programa de correo no se autenticó o que la dirección no pertenece a la cuenta.</translation>
    </message>
    <message>
        <source>The mail server says an address you are sending to does not exist.</source>
        <translation>El servidor de correo dice que no existe una dirección a la que estás escribiendo.</translation>
    </message>
    <message>
        <source>The mail server turned down a recipient of your message, most often because your mail program did not sign in first.</source>
        <translation>El servidor de correo ha rechazado un destinatario de tu mensaje, casi siempre porque tu programa de correo no se autenticó antes.</translation>
    </message>
    <message>
        <source>The mailbox you are sending to is full and cannot take new mail right now.</source>
        <translation>El buzón al que escribes está lleno y ahora mismo no puede recibir correo nuevo.</translation>
    </message>
    <message>
        <source>An address in your message contains characters that this mail server cannot handle.</source>
        <translation>Una dirección de tu mensaje tiene caracteres que este servidor de correo no puede manejar.</translation>
    </message>
    <message>
        <source>The mail server refused mail from your internet connection because its address is on a list of addresses known for sending unwanted mail.</source>
        <translation>El servidor de correo ha rechazado el correo de tu conexión a internet porque su dirección está en una lista de direcciones conocidas por enviar correo no deseado.</translation>
    </message>
    <message>
        <source>The mail server does not take mail straight from a home internet connection, so your mail program needs to send through your provider&apos;s server and sign in.</source>
        <translation>El servidor de correo no acepta correo directamente de una conexión a internet doméstica, así que tu programa de correo tiene que enviar a través del servidor de tu proveedor y autenticarse.</translation>
    </message>
    <message>
        <source>The mail server is refusing mail from your internet connection for now because it noticed unusual activity from its address.</source>
        <translation>El servidor de correo rechaza por ahora el correo de tu conexión a internet porque ha notado una actividad inusual desde su dirección.</translation>
    </message>
    <message>
        <source>Your mail server lets your mail program send only after it has checked for new mail or signed in.</source>
        <translation>Tu servidor de correo solo deja enviar a tu programa después de que haya consultado el correo nuevo o se haya autenticado.</translation>
    </message>
    <message>
        <source>Your mail program sent its steps to the mail server in an order the server did not accept.</source>
        <translation>Tu programa de correo envió sus pasos al servidor en un orden que el servidor no aceptó.</translation>
    </message>
    <message>
        <source>Your mail program waited for the mail server but got no answer in time.</source>
        <translation>Tu programa de correo esperó al servidor, pero no recibió respuesta a tiempo.</translation>
    </message>
    <message>
        <source>Your mail program could not connect to the mail server.</source>
        <translation>Tu programa de correo no ha podido conectarse al servidor de correo.</translation>
    </message>
    <message>
        <source>The connection to the mail server broke off while your mail program was sending.</source>
        <translation>La conexión con el servidor de correo se cortó mientras tu programa de correo enviaba.</translation>
    </message>
    <message>
        <source>Your mail program could not find the mail server by the name in its settings.</source>
        <translation>Tu programa de correo no ha encontrado el servidor de correo con el nombre que tiene en sus ajustes.</translation>
    </message>
    <message>
        <source>Sending from mail programs is turned off for your mailbox, and only the person who manages your email can turn it on for your mailbox.</source>
        <translation>El envío desde programas de correo está desactivado en tu buzón. Solo la persona que gestiona tu correo puede activarlo para tu buzón.</translation>
    </message>
    <message>
        <source>Sending from mail programs is turned off for your whole organisation, and only its administrator can turn it on, for everyone or just for your mailbox.</source>
        <translation>El envío desde programas de correo está desactivado en toda tu organización. Solo su administrador puede activarlo, para todos o solo para tu buzón.</translation>
    </message>
    <message>
        <source>The mail server could not find the domain of your sender address, the part after the @, so check that the address is typed correctly.</source>
        <translation>El servidor de correo no ha encontrado el dominio de tu dirección de remitente (la parte que va después de la @). Comprueba que la dirección está bien escrita.</translation>
    </message>
    <message>
        <source>Your mail provider does not send mail for the domain of your sender address, so use an address that belongs to your account or ask the person who manages your email to add the domain.</source>
        <translation>Tu proveedor de correo no envía correo para el dominio de tu dirección de remitente. Usa una dirección que pertenezca a tu cuenta o pide a la persona que gestiona tu correo que añada el dominio.</translation>
    </message>
    <message>
        <source>Your account has reached the number of messages your mail provider lets it send in an hour or a day, so sending works again after a while.</source>
        <translation>Tu cuenta ha llegado al número de mensajes que tu proveedor de correo le deja enviar en una hora o en un día. Al cabo de un rato, el envío vuelve a funcionar.</translation>
    </message>
    <message>
        <source>Your mail provider has stopped your account from sending, usually because unwanted mail was sent from it, so change your password and ask your provider or the person who manages your email to lift the block.</source>
        <translation>Tu proveedor de correo ha bloqueado el envío desde tu cuenta, normalmente porque se envió correo no deseado desde ella. Cambia tu contraseña y pide a tu proveedor o a la persona que gestiona tu correo que quite el bloqueo.</translation>
    </message>
    <message>
        <source>The mail server refused the name your computer gives when your mail program connects, often because the name has an underscore or letters outside the English alphabet.</source>
        <translation>El servidor de correo ha rechazado el nombre que da tu equipo cuando tu programa de correo se conecta, a menudo porque el nombre tiene un guion bajo o letras que no son del alfabeto inglés.</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>  explain TEXT [--json]
                   Say what an error message from a mail program means (no network use).
</source>
        <translation>  explain TEXT [--json]
                   Explica qué significa un mensaje de error de un programa de correo
                   (sin usar la red).
</translation>
    </message>
    <message>
        <source>give the error message your mail program showed, in quotes</source>
        <translation>indica entre comillas el mensaje de error que mostró tu programa de correo</translation>
    </message>
    <message>
        <source>MailFix does not recognise this message; run diagnose to find out more.</source>
        <translation>MailFix no reconoce este mensaje; ejecuta diagnose para saber más.</translation>
    </message>
    <message>
        <source>Reply code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>Enhanced code:</source>
        <translation>Código ampliado:</translation>
    </message>
    <message>
        <source>Server&apos;s words:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Mail server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Mail program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Hallazgos:</translation>
    </message>
</context>
<context>
    <name>ExportAccount</name>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>“%1” no es una dirección de correo</translation>
    </message>
    <message>
        <source>sign-in with OAuth2 cannot be put into a setup file: add the account with the mail program&apos;s own sign-in for this provider instead</source>
        <translation>la autenticación con OAuth2 no se puede incluir en un archivo de configuración: añade la cuenta con el inicio de sesión propio del programa de correo para este proveedor</translation>
    </message>
    <message>
        <source>both the incoming and the outgoing server are needed</source>
        <translation>se necesitan tanto el servidor de entrada como el de salida</translation>
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
                   Escribe los ajustes comprobados en archivos, nunca con contraseña: un
                   perfil de configuración para Apple Mail (Mac, iPhone, iPad), un archivo
                   PRF para el Outlook clásico (outlook.exe /importprf FILE; el nuevo
                   Outlook no acepta ninguno) y una ficha de una página con los ajustes y
                   los pasos dibujados para un programa, para enviarla a un usuario
                   (--incoming es opcional para la ficha). --settings: el servidor de
                   salida; --incoming: el de entrada, HOST:PORT:SECURITY:AUTH con
                   --incoming-protocol (imap por defecto), o HOST:PORT:SECURITY:PROTOCOL.
</translation>
    </message>
    <message>
        <source>--address is required (the email address of the account)</source>
        <translation>--address es obligatorio (la dirección de correo electrónico de la cuenta)</translation>
    </message>
    <message>
        <source>--settings is required (e.g. smtp.example.com:587:starttls:normal-password)</source>
        <translation>falta --settings (p. ej. smtp.example.com:587:starttls:normal-password)</translation>
    </message>
    <message>
        <source>--user is required (the user name to sign in with, usually the email address)</source>
        <translation>falta --user (el nombre de usuario para autenticarse, normalmente la dirección de correo)</translation>
    </message>
    <message>
        <source>unknown incoming protocol &quot;%1&quot; (use imap or pop3)</source>
        <translation>protocolo de entrada desconocido “%1” (usa imap o pop3)</translation>
    </message>
    <message>
        <source>mailfix-cli export: cannot write &quot;%1&quot;: %2
</source>
        <translation>mailfix-cli export: no se puede escribir “%1”: %2
</translation>
    </message>
    <message>
        <source>mailfix-cli export: no Apple Mail profile: %1
</source>
        <translation>mailfix-cli export: no hay perfil de Apple Mail: %1
</translation>
    </message>
    <message>
        <source>Wrote the Apple Mail profile to %1
</source>
        <translation>Perfil de Apple Mail escrito en %1
</translation>
    </message>
    <message>
        <source>  Open it on the Mac, iPhone or iPad and install it (Mac: System Settings &gt; Privacy &amp; Security &gt; Profiles). It adds a new account; it cannot change the old one, so remove the old account for %1 afterwards. Mail asks for the password.
</source>
        <translation>  Ábrelo en el Mac, iPhone o iPad e instálalo (Mac: Ajustes del Sistema &gt; Privacidad y seguridad &gt; Perfiles). Añade una cuenta nueva; no puede cambiar la antigua, así que después elimina la cuenta antigua de %1. Mail pide la contraseña.
</translation>
    </message>
    <message>
        <source>  Apple&apos;s profile has one switch, &quot;Use SSL&quot;, for SSL/TLS and STARTTLS alike: it is on for both; Mail picks the kind itself.
</source>
        <translation>  El perfil de Apple tiene un solo interruptor, “Use SSL”, tanto para SSL/TLS como para STARTTLS: está activado en los dos casos; Mail elige el tipo por sí mismo.
</translation>
    </message>
    <message>
        <source>mailfix-cli export: no PRF file: %1
</source>
        <translation>mailfix-cli export: no hay archivo PRF: %1
</translation>
    </message>
    <message>
        <source>Wrote the Outlook profile file (PRF) to %1
</source>
        <translation>Archivo de perfil de Outlook (PRF) escrito en %1
</translation>
    </message>
    <message>
        <source>  For classic Outlook for Windows, with Outlook closed: outlook.exe /importprf &quot;%1&quot;. The new Outlook does not accept PRF files: for it, use the drawn guide (mailfix-cli guide --program outlook --version new).
</source>
        <translation>  Para el Outlook clásico para Windows, con Outlook cerrado: outlook.exe /importprf &quot;%1&quot;. El nuevo Outlook no acepta archivos PRF: para él, usa la guía dibujada (mailfix-cli guide --program outlook --version new).
</translation>
    </message>
    <message>
        <source>--settings-card takes a .pdf or .html file, not &quot;%1&quot;</source>
        <translation>--settings-card acepta un archivo .pdf o .html, no “%1”</translation>
    </message>
    <message>
        <source>mailfix-cli export: cannot draw the card: the program was started without Qt Gui
</source>
        <translation>mailfix-cli export: no se puede dibujar la ficha: el programa se inició sin Qt Gui
</translation>
    </message>
    <message>
        <source>Wrote the settings card for %1 (%2 steps) to %3
</source>
        <translation>Ficha de ajustes para %1 (%2 pasos) escrita en %3
</translation>
    </message>
    <message>
        <source>export takes no password: the files it writes never hold one</source>
        <translation>export no acepta contraseña: los archivos que escribe nunca la contienen</translation>
    </message>
    <message>
        <source>say what to write: --mobileconfig FILE, --prf FILE or --settings-card FILE</source>
        <translation>indica qué escribir: --mobileconfig FILE, --prf FILE o --settings-card FILE</translation>
    </message>
    <message>
        <source>--settings-card needs --program (the mail program whose steps it shows)</source>
        <translation>--settings-card necesita --program (el programa de correo cuyos pasos muestra)</translation>
    </message>
    <message>
        <source>--incoming is required for --mobileconfig and --prf: the account they set up needs its incoming server (e.g. imap.example.com:993:tls:normal-password)</source>
        <translation>--incoming es obligatorio para --mobileconfig y --prf: la cuenta que configuran necesita su servidor de entrada (p. ej. imap.example.com:993:tls:normal-password)</translation>
    </message>
</context>
<context>
    <name>FixPage</name>
    <message>
        <source>Fix it</source>
        <translation>Solucionarlo</translation>
    </message>
    <message>
        <source>Change these settings in %1, then click Next to check again.</source>
        <translation>Cambia estos ajustes en %1 y después haz clic en Siguiente para volver a comprobar.</translation>
    </message>
    <message>
        <source>MailFix has no settings to suggest, because no server answered. Check your internet connection, then go back and check again.</source>
        <translation>MailFix no tiene ajustes que sugerir, porque no ha respondido ningún servidor. Comprueba tu conexión a internet, vuelve atrás y comprueba de nuevo.</translation>
    </message>
    <message>
        <source>Version of your mail program</source>
        <translation>Versión de tu programa de correo</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>Show the steps for several accounts</source>
        <translation>Mostrar los pasos para varias cuentas</translation>
    </message>
    <message>
        <source>&amp;Save guide...</source>
        <translation>&amp;Guardar guía…</translation>
    </message>
    <message>
        <source>Save the guide</source>
        <translation>Guardar la guía</translation>
    </message>
    <message>
        <source>As a &amp;web page (HTML)...</source>
        <translation>Como página &amp;web (HTML)…</translation>
    </message>
    <message>
        <source>As a &amp;PDF...</source>
        <translation>Como &amp;PDF…</translation>
    </message>
    <message>
        <source>Some guides could not be read:</source>
        <translation>No se han podido leer algunas guías:</translation>
    </message>
    <message>
        <source>Several accounts</source>
        <translation>Varias cuentas</translation>
    </message>
    <message>
        <source>Type the names of the accounts whose outgoing settings you want to change, one a line (as your mail program lists them, usually the email address). The steps for each account are repeated.</source>
        <translation>Escribe los nombres de las cuentas cuyos ajustes de salida quieres cambiar, uno por línea (tal como los muestra tu programa de correo, normalmente la dirección de correo). Los pasos se repiten para cada cuenta.</translation>
    </message>
    <message>
        <source>Picture of step %1</source>
        <translation>Imagen del paso %1</translation>
    </message>
    <message>
        <source>Your settings work. There is nothing to change in %1.</source>
        <translation>Tus ajustes funcionan. No hay nada que cambiar en %1.</translation>
    </message>
    <message>
        <source>The problem is not in %1&apos;s settings, so there is nothing to change there.</source>
        <translation>El problema no está en los ajustes de %1, así que no hay nada que cambiar ahí.</translation>
    </message>
    <message>
        <source>MailFix could not test these settings completely, so they may still need a change.</source>
        <translation>MailFix no ha podido probar estos ajustes por completo, así que puede que aún haya que cambiar algo.</translation>
    </message>
    <message>
        <source>There is no guide to save.</source>
        <translation>No hay ninguna guía que guardar.</translation>
    </message>
    <message>
        <source>MailFix guide</source>
        <translation>Guía de MailFix</translation>
    </message>
    <message>
        <source>Save the guide as a web page</source>
        <translation>Guardar la guía como página web</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Save the guide as a PDF</source>
        <translation>Guardar la guía como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to put the folder of pictures</source>
        <translation>Elige dónde poner la carpeta de imágenes</translation>
    </message>
    <message>
        <source>The guide was not saved</source>
        <translation>No se ha guardado la guía</translation>
    </message>
    <message>
        <source>MailFix could not save the guide: %1
Try another folder.</source>
        <translation>MailFix no ha podido guardar la guía: %1
Prueba con otra carpeta.</translation>
    </message>
    <message>
        <source>Several a&amp;ccounts...</source>
        <translation>Varias &amp;cuentas…</translation>
    </message>
    <message>
        <source>As p&amp;ictures (a folder of PNG files)...</source>
        <translation>Como &amp;imágenes (una carpeta de archivos PNG)…</translation>
    </message>
    <message>
        <source>%1 already uses these settings. There is nothing to change there.</source>
        <translation>%1 ya usa estos ajustes. No hay nada que cambiar ahí.</translation>
    </message>
    <message>
        <source>your mail program</source>
        <translation>tu programa de correo</translation>
    </message>
    <message>
        <source>Save a setup profile for Apple Mail...</source>
        <translation>Guardar un perfil de configuración para Apple Mail…</translation>
    </message>
    <message>
        <source>A file that sets up the account in Mail on the Mac, iPhone or iPad with these settings. Install it, then remove the old account.</source>
        <translation>Un archivo que configura la cuenta en Mail en el Mac, iPhone o iPad con estos ajustes. Instálalo y después elimina la cuenta antigua.</translation>
    </message>
    <message>
        <source>&amp;Fix it for me...</source>
        <translation>S&amp;olucionarlo por mí…</translation>
    </message>
    <message>
        <source>MailFix writes these settings into Thunderbird for you, after showing what changes. It keeps a copy of the old settings, so you can undo it.</source>
        <translation>MailFix escribe estos ajustes en Thunderbird por ti, después de mostrarte qué cambia. Guarda una copia de los ajustes anteriores, para que puedas deshacerlo.</translation>
    </message>
    <message>
        <source>Incoming server:</source>
        <translation>Servidor de entrada:</translation>
    </message>
    <message>
        <source>Incoming port:</source>
        <translation>Puerto de entrada:</translation>
    </message>
    <message>
        <source>Outgoing server:</source>
        <translation>Servidor de salida:</translation>
    </message>
    <message>
        <source>Outgoing port:</source>
        <translation>Puerto de salida:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copies %1 so you can paste it into %2.</source>
        <translation>Copia %1 para que puedas pegarlo en %2.</translation>
    </message>
    <message>
        <source>Save the setup profile for Apple Mail</source>
        <translation>Guardar el perfil de configuración para Apple Mail</translation>
    </message>
    <message>
        <source>Configuration profile (*.mobileconfig)</source>
        <translation>Perfil de configuración (*.mobileconfig)</translation>
    </message>
    <message>
        <source>No setup profile</source>
        <translation>Sin perfil de configuración</translation>
    </message>
    <message>
        <source>MailFix cannot make a setup profile: %1</source>
        <translation>MailFix no puede crear un perfil de configuración: %1</translation>
    </message>
    <message>
        <source>The profile was not saved</source>
        <translation>No se ha guardado el perfil</translation>
    </message>
    <message>
        <source>MailFix could not save the profile: %1
Try another folder.</source>
        <translation>MailFix no ha podido guardar el perfil: %1
Prueba con otra carpeta.</translation>
    </message>
    <message>
        <source>The steps to fix it</source>
        <translation>Los pasos para solucionarlo</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Click to see the picture larger.</source>
        <translation>Haz clic para ver la imagen más grande.</translation>
    </message>
    <message>
        <source>Install the setup profile</source>
        <translation>Instalar el perfil de configuración</translation>
    </message>
    <message>
        <source>The setup profile was saved as %1.</source>
        <translation>El perfil de configuración se ha guardado como %1.</translation>
    </message>
    <message>
        <source>Install it, then remove the old account: the profile adds a new account, with Use TLS/SSL on. It cannot change the account you have now.</source>
        <translation>Instálalo y después elimina la cuenta antigua: el perfil añade una cuenta nueva, con “Usar TLS/SSL” activado. No puede cambiar la cuenta que tienes ahora.</translation>
    </message>
    <message>
        <source>Install it, then remove the old account: the profile adds a new account. It cannot change the account you have now.</source>
        <translation>Instálalo y después elimina la cuenta antigua: el perfil añade una cuenta nueva. No puede cambiar la cuenta que tienes ahora.</translation>
    </message>
    <message>
        <source>The steps to install the setup profile</source>
        <translation>Los pasos para instalar el perfil de configuración</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>the key %1 is missing</source>
        <translation>falta la clave %1</translation>
    </message>
    <message>
        <source>must be a text in quotes</source>
        <translation>tiene que ser un texto entre comillas</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>tiene que ser true o false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>tiene que ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be a list of texts, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>tiene que ser una lista de textos, p. ej. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>unknown key %1 (known here: %2)</source>
        <translation>clave desconocida %1 (conocidas aquí: %2)</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} (known: %2)</source>
        <translation>marcador desconocido {%1} (conocidos: %2)</translation>
    </message>
    <message>
        <source>a { or } without its partner</source>
        <translation>una { o } sin su pareja</translation>
    </message>
    <message>
        <source>must be true, false, or a condition such as &quot;security=tls|starttls&quot; or &quot;auth!=none&quot;</source>
        <translation>tiene que ser true, false o una condición como &quot;security=tls|starttls&quot; o &quot;auth!=none&quot;</translation>
    </message>
    <message>
        <source>unknown value %1 for %2 (known: %3)</source>
        <translation>valor desconocido %1 para %2 (conocidos: %3)</translation>
    </message>
    <message>
        <source>unknown need %1 (known: %2)</source>
        <translation>requisito desconocido %1 (conocidos: %2)</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>tiene que ser uno de %1</translation>
    </message>
    <message>
        <source>must be an object { ... }</source>
        <translation>tiene que ser un objeto { ... }</translation>
    </message>
    <message>
        <source>unknown widget type %1 (known: %2)</source>
        <translation>tipo de widget desconocido %1 (conocidos: %2)</translation>
    </message>
    <message>
        <source>needs four numbers [x, y, width, height]</source>
        <translation>necesita cuatro números [x, y, ancho, alto]</translation>
    </message>
    <message>
        <source>width and height must be more than 0</source>
        <translation>el ancho y el alto tienen que ser mayores que 0</translation>
    </message>
    <message>
        <source>lies outside the dialog (%1 x %2)</source>
        <translation>queda fuera del cuadro de diálogo (%1 x %2)</translation>
    </message>
    <message>
        <source>must be a list of column widths, e.g. [200, 120]</source>
        <translation>tiene que ser una lista de anchos de columna, p. ej. [200, 120]</translation>
    </message>
    <message>
        <source>must be a list of indent levels from 0 to 10, one a row</source>
        <translation>tiene que ser una lista de niveles de sangría de 0 a 10, uno por fila</translation>
    </message>
    <message>
        <source>must be a list of rows</source>
        <translation>tiene que ser una lista de filas</translation>
    </message>
    <message>
        <source>a row is a text, or a list of texts (one a column)</source>
        <translation>una fila es un texto o una lista de textos (uno por columna)</translation>
    </message>
    <message>
        <source>must be &quot;tabs&quot; or &quot;segmented&quot;</source>
        <translation>tiene que ser &quot;tabs&quot; o &quot;segmented&quot;</translation>
    </message>
    <message>
        <source>must be one of &quot;white&quot;, &quot;window&quot;, &quot;sidebar&quot;, &quot;accent&quot;, &quot;header&quot;</source>
        <translation>tiene que ser &quot;white&quot;, &quot;window&quot;, &quot;sidebar&quot;, &quot;accent&quot; o &quot;header&quot;</translation>
    </message>
    <message>
        <source>must be &quot;list&quot; or &quot;sidebar&quot;</source>
        <translation>tiene que ser &quot;list&quot; o &quot;sidebar&quot;</translation>
    </message>
    <message>
        <source>needs at least one item</source>
        <translation>necesita al menos un elemento</translation>
    </message>
    <message>
        <source>there is no item %1 (the first is 0)</source>
        <translation>no hay ningún elemento %1 (el primero es 0)</translation>
    </message>
    <message>
        <source>there is no row %1 (the first is 0)</source>
        <translation>no hay ninguna fila %1 (la primera es 0)</translation>
    </message>
    <message>
        <source>has more cells than there are columns</source>
        <translation>tiene más celdas que columnas</translation>
    </message>
    <message>
        <source>needs one title for each column</source>
        <translation>necesita un título para cada columna</translation>
    </message>
    <message>
        <source>needs one indent for each row</source>
        <translation>necesita una sangría para cada fila</translation>
    </message>
    <message>
        <source>needs one icon for each item</source>
        <translation>necesita un icono para cada elemento</translation>
    </message>
    <message>
        <source>needs one shortcut (or &quot;&quot;) for each item</source>
        <translation>necesita un atajo de teclado (o &quot;&quot;) para cada elemento</translation>
    </message>
    <message>
        <source>a %1 needs a text</source>
        <translation>un %1 necesita un texto</translation>
    </message>
    <message>
        <source>a dialog with a title bar needs a title</source>
        <translation>un cuadro de diálogo con barra de título necesita un título</translation>
    </message>
    <message>
        <source>needs two numbers [width, height], each from 40 to 2000</source>
        <translation>necesita dos números [ancho, alto], cada uno de 40 a 2000</translation>
    </message>
    <message>
        <source>is missing: &quot;windows&quot;, &quot;gtk&quot; or &quot;macos&quot;</source>
        <translation>falta: &quot;windows&quot;, &quot;gtk&quot; o &quot;macos&quot;</translation>
    </message>
    <message>
        <source>needs a list of widgets</source>
        <translation>necesita una lista de widgets</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>el id %1 se usa dos veces</translation>
    </message>
    <message>
        <source>use small letters, digits and - only</source>
        <translation>usa solo minúsculas, dígitos y -</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>needs at least one of %1</source>
        <translation>necesita al menos uno de %1</translation>
    </message>
    <message>
        <source>must be a list of items</source>
        <translation>tiene que ser una lista de elementos</translation>
    </message>
    <message>
        <source>no widget of this step&apos;s dialog has callout %1</source>
        <translation>ningún widget del cuadro de diálogo de este paso tiene la marca %1</translation>
    </message>
    <message>
        <source>callout %1 is on a widget but no item of the step explains it</source>
        <translation>la marca %1 está en un widget, pero ningún elemento del paso la explica</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;%1&quot;: &quot;...&quot;}</source>
        <translation>tiene que ser un objeto como {&quot;%1&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON no válido en %1: %2</translation>
    </message>
    <message>
        <source>a guide must be a JSON object { ... }</source>
        <translation>una guía tiene que ser un objeto JSON { ... }</translation>
    </message>
    <message>
        <source>must be %1 (this MailFix reads guides of format %1)</source>
        <translation>tiene que ser %1 (este MailFix lee guías con el formato %1)</translation>
    </message>
    <message>
        <source>use small letters, digits and - only, e.g. &quot;thunderbird&quot;</source>
        <translation>usa solo minúsculas, dígitos y -, p. ej. &quot;thunderbird&quot;</translation>
    </message>
    <message>
        <source>use small letters, digits and - only, e.g. &quot;115&quot;</source>
        <translation>usa solo minúsculas, dígitos y -, p. ej. &quot;115&quot;</translation>
    </message>
    <message>
        <source>must be an object with &quot;security&quot; and &quot;auth&quot;</source>
        <translation>tiene que ser un objeto con &quot;security&quot; y &quot;auth&quot;</translation>
    </message>
    <message>
        <source>steps: needs a list of steps</source>
        <translation>steps: necesita una lista de pasos</translation>
    </message>
</context>
<context>
    <name>Guide/apple-mail</name>
    <message>
        <source>About Mail</source>
        <translation>Acerca de Mail</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>Información de la cuenta</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Accounts...</source>
        <translation>Cuentas…</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticación:</translation>
    </message>
    <message>
        <source>Automatically manage connection settings</source>
        <translation>Gestionar automáticamente los ajustes de conexión</translation>
    </message>
    <message>
        <source>Check that Email Address is {address}. If it is not, choose it there, or choose Edit Email Addresses... to add it.</source>
        <translation>Comprueba que en Dirección de correo electrónico pone {address}. Si no, elígela ahí o elige Editar direcciones de correo electrónico… para añadirla.</translation>
    </message>
    <message>
        <source>Choose Preferences...</source>
        <translation>Elige Preferencias…</translation>
    </message>
    <message>
        <source>Choose Settings...</source>
        <translation>Elige Ajustes…</translation>
    </message>
    <message>
        <source>Choose your account.</source>
        <translation>Elige tu cuenta.</translation>
    </message>
    <message>
        <source>Click Accounts.</source>
        <translation>Haz clic en Cuentas.</translation>
    </message>
    <message>
        <source>Click Mail in the menu bar at the top of the screen.</source>
        <translation>Haz clic en Mail en la barra de menús de la parte superior de la pantalla.</translation>
    </message>
    <message>
        <source>Click Save.</source>
        <translation>Haz clic en Guardar.</translation>
    </message>
    <message>
        <source>Click Server Settings.</source>
        <translation>Haz clic en Ajustes del servidor.</translation>
    </message>
    <message>
        <source>Click your account, {account}, in the list on the left.</source>
        <translation>Haz clic en tu cuenta, {account}, en la lista de la izquierda.</translation>
    </message>
    <message>
        <source>Close the Accounts window, then send yourself a test message.</source>
        <translation>Cierra la ventana Cuentas y después envíate un mensaje de prueba.</translation>
    </message>
    <message>
        <source>Composing</source>
        <translation>Redacción</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Email Address:</source>
        <translation>Dirección de correo electrónico:</translation>
    </message>
    <message>
        <source>Enable this account</source>
        <translation>Activar esta cuenta</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Fonts &amp; Colors</source>
        <translation>Tipos de letra y colores</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Full Name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Hide Mail</source>
        <translation>Ocultar Mail</translation>
    </message>
    <message>
        <source>Hide Others</source>
        <translation>Ocultar otros</translation>
    </message>
    <message>
        <source>Host Name:</source>
        <translation>Nombre del host:</translation>
    </message>
    <message>
        <source>In Mail, open Mail &gt; Preferences.</source>
        <translation>En Mail, abre Mail &gt; Preferencias.</translation>
    </message>
    <message>
        <source>In Mail, open Mail &gt; Settings.</source>
        <translation>En Mail, abre Mail &gt; Ajustes.</translation>
    </message>
    <message>
        <source>Incoming Mail Server (IMAP)</source>
        <translation>Servidor de correo entrante (IMAP)</translation>
    </message>
    <message>
        <source>Junk Mail</source>
        <translation>Correo no deseado</translation>
    </message>
    <message>
        <source>MD5 Challenge-Response</source>
        <translation>MD5 Challenge-Response</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Mail on macOS 12 Monterey and earlier</source>
        <translation>Mail en macOS 12 Monterey y anteriores</translation>
    </message>
    <message>
        <source>Mail on macOS 13 Ventura and later</source>
        <translation>Mail en macOS 13 Ventura y posteriores</translation>
    </message>
    <message>
        <source>Mail opens your provider&apos;s sign-in page: sign in there.</source>
        <translation>Mail abre la página de inicio de sesión de tu proveedor: inicia sesión ahí.</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <source>Mailbox Behaviors</source>
        <translation>Comportamiento de los buzones</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>On the Server Settings tab, under Outgoing Mail Server (SMTP):</source>
        <translation>En la pestaña Ajustes del servidor, en Servidor de correo saliente (SMTP):</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Outgoing Mail Server (SMTP)</source>
        <translation>Servidor de correo saliente (SMTP)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Preferences...</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Quit Mail</source>
        <translation>Salir de Mail</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Server Settings</source>
        <translation>Configuración del servidor</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Set Authentication to {auth}.</source>
        <translation>Pon Autenticación en {auth}.</translation>
    </message>
    <message>
        <source>Set Host Name to {host}.</source>
        <translation>Pon Nombre del host en {host}.</translation>
    </message>
    <message>
        <source>Set Port to {port}.</source>
        <translation>Pon Puerto en {port}.</translation>
    </message>
    <message>
        <source>Set User Name to {username}.</source>
        <translation>Pon Nombre de usuario en {username}.</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Tick &quot;Use TLS/SSL&quot;.</source>
        <translation>Marca “Usar TLS/SSL”.</translation>
    </message>
    <message>
        <source>Type your password again in Password.</source>
        <translation>Vuelve a escribir tu contraseña en Contraseña.</translation>
    </message>
    <message>
        <source>Untick &quot;Automatically manage connection settings&quot;. Port, Use TLS/SSL and Authentication appear.</source>
        <translation>Desmarca “Gestionar automáticamente los ajustes de conexión”. Aparecen Puerto, Usar TLS/SSL y Autenticación.</translation>
    </message>
    <message>
        <source>Untick &quot;Use TLS/SSL&quot;.</source>
        <translation>Desmarca “Usar TLS/SSL”.</translation>
    </message>
    <message>
        <source>Use TLS/SSL</source>
        <translation>Usar TLS/SSL</translation>
    </message>
    <message>
        <source>Use TLS/SSL off</source>
        <translation>“Usar TLS/SSL” desmarcado</translation>
    </message>
    <message>
        <source>User Name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Viewing</source>
        <translation>Visualización</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>Incoming Mail Server ({incomingProtocol})</source>
        <translation>Servidor de correo entrante ({incomingProtocol})</translation>
    </message>
    <message>
        <source>On the Server Settings tab, under Incoming Mail Server ({incomingProtocol}):</source>
        <translation>En la pestaña Ajustes del servidor, en Servidor de correo entrante ({incomingProtocol}):</translation>
    </message>
    <message>
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <source>Set Host Name to {incomingHost}.</source>
        <translation>Pon Nombre del host en {incomingHost}.</translation>
    </message>
    <message>
        <source>Set Port to {incomingPort}.</source>
        <translation>Pon Puerto en {incomingPort}.</translation>
    </message>
    <message>
        <source>Set User Name to {incomingUsername}.</source>
        <translation>Pon Nombre de usuario en {incomingUsername}.</translation>
    </message>
    <message>
        <source>AOL</source>
        <translation>AOL</translation>
    </message>
    <message>
        <source>Add Account...</source>
        <translation>Añadir cuenta…</translation>
    </message>
    <message>
        <source>Add Other Account...</source>
        <translation>Añadir otra cuenta…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <source>Choose Microsoft Exchange for an Outlook.com or Microsoft 365 address, or Google for a Gmail address.</source>
        <translation>Elige Microsoft Exchange para una dirección de Outlook.com o Microsoft 365, o Google para una dirección de Gmail.</translation>
    </message>
    <message>
        <source>Click + below the list of accounts.</source>
        <translation>Haz clic en + debajo de la lista de cuentas.</translation>
    </message>
    <message>
        <source>Click Add Account...</source>
        <translation>Haz clic en Añadir cuenta…</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>If Authentication does not offer OAuth 2.0, add the account in Internet Accounts instead: macOS then signs in through Microsoft or Google.</source>
        <translation>Si Autenticación no ofrece OAuth 2.0, añade la cuenta en Cuentas de Internet: macOS iniciará sesión entonces a través de Microsoft o Google.</translation>
    </message>
    <message>
        <source>Internet Accounts</source>
        <translation>Cuentas de Internet</translation>
    </message>
    <message>
        <source>Microsoft Exchange</source>
        <translation>Microsoft Exchange</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Open System Preferences from the Apple menu, then click Internet Accounts.</source>
        <translation>Abre Preferencias del Sistema desde el menú Apple y después haz clic en Cuentas de Internet.</translation>
    </message>
    <message>
        <source>Open System Settings from the Apple menu, then click Internet Accounts.</source>
        <translation>Abre Ajustes del Sistema desde el menú Apple y después haz clic en Cuentas de Internet.</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Contraseñas</translation>
    </message>
    <message>
        <source>Then remove the old account from Mail: in Mail &gt; Preferences &gt; Accounts, click it, then click −.</source>
        <translation>Después, quita la cuenta antigua de Mail: en Mail &gt; Preferencias &gt; Cuentas, haz clic en ella y después en −.</translation>
    </message>
    <message>
        <source>Then remove the old account from Mail: in Mail &gt; Settings &gt; Accounts, click it, then click −.</source>
        <translation>Después, quita la cuenta antigua de Mail: en Mail &gt; Ajustes &gt; Cuentas, haz clic en ella y después en −.</translation>
    </message>
    <message>
        <source>Type {address} and click Sign In. Sign in in the window of Microsoft or Google that opens, and keep Mail ticked.</source>
        <translation>Escribe {address} y haz clic en Iniciar sesión. Inicia sesión en la ventana de Microsoft o Google que se abre y deja Mail marcado.</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Click Install... and confirm with your Mac&apos;s password.</source>
        <translation>Haz clic en Instalar… y confirma con la contraseña de tu Mac.</translation>
    </message>
    <message>
        <source>Click OK. The new account then appears in Mail&apos;s list of accounts.</source>
        <translation>Haz clic en Aceptar. La cuenta nueva aparece entonces en la lista de cuentas de Mail.</translation>
    </message>
    <message>
        <source>Click the minus button (−) below the list, then Remove.</source>
        <translation>Haz clic en el botón menos (−) debajo de la lista y después en Eliminar.</translation>
    </message>
    <message>
        <source>Click the old account, {account}. The new account is the one at the bottom of the list.</source>
        <translation>Haz clic en la cuenta antigua, {account}. La cuenta nueva es la que está al final de la lista.</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Descargados</translation>
    </message>
    <message>
        <source>Enter settings for the mail account</source>
        <translation>Introduce los ajustes de la cuenta de correo</translation>
    </message>
    <message>
        <source>Enter the password for {address}.</source>
        <translation>Introduce la contraseña de {address}.</translation>
    </message>
    <message>
        <source>In Mail, open Mail &gt; Settings and click Accounts.</source>
        <translation>En Mail, abre Mail &gt; Ajustes y haz clic en Cuentas.</translation>
    </message>
    <message>
        <source>Install the setup profile in Mail on macOS 13 Ventura and later</source>
        <translation>Instalar el perfil de configuración en Mail en macOS 13 Ventura y posteriores</translation>
    </message>
    <message>
        <source>Install...</source>
        <translation>Instalar…</translation>
    </message>
    <message>
        <source>Mail settings for {address}</source>
        <translation>Ajustes de correo para {address}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>On the Mac, double-click the saved file, then install it in System Settings.</source>
        <translation>En el Mac, haz doble clic en el archivo guardado y después instálalo en Ajustes del Sistema.</translation>
    </message>
    <message>
        <source>Open System Settings from the Apple menu and click Privacy &amp; Security, then Profiles. On macOS 15 and later, Profiles is under General &gt; Device Management.</source>
        <translation>Abre Ajustes del Sistema desde el menú Apple y haz clic en Privacidad y seguridad y después en Perfiles. En macOS 15 y posteriores, Perfiles está en General &gt; Gestión de dispositivos.</translation>
    </message>
    <message>
        <source>Privacy &amp; Security</source>
        <translation>Privacidad y seguridad</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>The mail account {address}, with the server settings MailFix checked.</source>
        <translation>La cuenta de correo {address}, con los ajustes de servidor que ha comprobado MailFix.</translation>
    </message>
    <message>
        <source>The profile added a new account; it cannot change the one you had. Remove the old account from Mail:</source>
        <translation>El perfil ha añadido una cuenta nueva; no puede cambiar la que tenías. Elimina la cuenta antigua de Mail:</translation>
    </message>
    <message>
        <source>Type the password of {address}.</source>
        <translation>Escribe la contraseña de {address}.</translation>
    </message>
    <message>
        <source>Type your email password when you are asked for it.</source>
        <translation>Escribe la contraseña de tu correo cuando se te pida.</translation>
    </message>
    <message>
        <source>Under Downloaded, double-click Mail settings for {address}.</source>
        <translation>En Descargados, haz doble clic en Ajustes de correo para {address}.</translation>
    </message>
</context>
<context>
    <name>Guide/other</name>
    <message>
        <source>Any mail program</source>
        <translation>Cualquier programa de correo</translation>
    </message>
    <message>
        <source>Check the account {account}.</source>
        <translation>Comprueba la cuenta {account}.</translation>
    </message>
    <message>
        <source>Make sure it sends through the outgoing server {host}.</source>
        <translation>Asegúrate de que envía a través del servidor de salida {host}.</translation>
    </message>
    <message>
        <source>Make sure the account&apos;s email address is {address}.</source>
        <translation>Asegúrate de que la dirección de correo de la cuenta es {address}.</translation>
    </message>
    <message>
        <source>Save the settings, then send yourself a test message.</source>
        <translation>Guarda los ajustes y después envíate un mensaje de prueba.</translation>
    </message>
    <message>
        <source>Sign-in: {auth}, with the user name {username}.</source>
        <translation>Autenticación: {auth}, con el nombre de usuario {username}.</translation>
    </message>
    <message>
        <source>Incoming server ({incomingProtocol}): {incomingHost}. Port: {incomingPort}. Encryption: {incomingSecurity}. User name: {incomingUsername}.</source>
        <translation>Servidor de entrada ({incomingProtocol}): {incomingHost}. Puerto: {incomingPort}. Cifrado: {incomingSecurity}. Nombre de usuario: {incomingUsername}.</translation>
    </message>
    <message>
        <source>Open your mail program&apos;s account settings.</source>
        <translation>Abre los ajustes de la cuenta en tu programa de correo.</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP): {host}. Port: {port}. Encryption: {security}.</source>
        <translation>Servidor de salida (SMTP): {host}. Puerto: {port}. Cifrado: {security}.</translation>
    </message>
</context>
<context>
    <name>Guide/outlook</name>
    <message>
        <source>+ Add Account</source>
        <translation>+ Agregar cuenta</translation>
    </message>
    <message>
        <source>+ Add account</source>
        <translation>+ Agregar cuenta</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Atrás</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>Información de la cuenta</translation>
    </message>
    <message>
        <source>Account Name and Sync Settings</source>
        <translation>Nombre de cuenta y configuración de sincronización</translation>
    </message>
    <message>
        <source>Account Settings</source>
        <translation>Configuración de las cuentas</translation>
    </message>
    <message>
        <source>Account Settings ▾</source>
        <translation>Configuración de la cuenta ▾</translation>
    </message>
    <message>
        <source>Account Settings...</source>
        <translation>Configuración de la cuenta…</translation>
    </message>
    <message>
        <source>Account Type:</source>
        <translation>Tipo de cuenta:</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Detalles de la cuenta</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <source>Add the account again: in Settings &gt; Accounts &gt; Email accounts, click Add account.</source>
        <translation>Vuelve a agregar la cuenta: en Configuración &gt; Cuentas &gt; Cuentas de correo electrónico, haz clic en Agregar cuenta.</translation>
    </message>
    <message>
        <source>Add your email account</source>
        <translation>Agregar la cuenta de correo electrónico</translation>
    </message>
    <message>
        <source>Address Books</source>
        <translation>Libretas de direcciones</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzadas</translation>
    </message>
    <message>
        <source>Automatically test account settings when Next is clicked</source>
        <translation>Probar automáticamente la configuración de la cuenta al hacer clic en Siguiente</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Change Account</source>
        <translation>Cambiar cuenta</translation>
    </message>
    <message>
        <source>Change Profile</source>
        <translation>Cambiar perfil</translation>
    </message>
    <message>
        <source>Change settings for this account or set up more connections.</source>
        <translation>Cambie la configuración de esta cuenta o configure más conexiones.</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Check that Email Address is {address}. If it is not, type it.</source>
        <translation>Comprueba que en Dirección de correo electrónico pone {address}. Si no, escríbela.</translation>
    </message>
    <message>
        <source>Choose &quot;Use same settings as my incoming mail server&quot;.</source>
        <translation>Elige “Utilizar la misma configuración que mi servidor de correo de entrada”.</translation>
    </message>
    <message>
        <source>Choose Account Settings... in the list.</source>
        <translation>Elige Configuración de la cuenta… en la lista.</translation>
    </message>
    <message>
        <source>Choose your account.</source>
        <translation>Elige tu cuenta.</translation>
    </message>
    <message>
        <source>Click Account Settings.</source>
        <translation>Haz clic en Configuración de la cuenta.</translation>
    </message>
    <message>
        <source>Click Accounts.</source>
        <translation>Haz clic en Cuentas.</translation>
    </message>
    <message>
        <source>Click Change...</source>
        <translation>Haz clic en Cambiar…</translation>
    </message>
    <message>
        <source>Click Continue.</source>
        <translation>Haz clic en Continuar.</translation>
    </message>
    <message>
        <source>Click Continue. If Outlook asks which kind of account it is, choose IMAP.</source>
        <translation>Haz clic en Continuar. Si Outlook pregunta qué tipo de cuenta es, elige IMAP.</translation>
    </message>
    <message>
        <source>Click Email accounts.</source>
        <translation>Haz clic en Cuentas de correo electrónico.</translation>
    </message>
    <message>
        <source>Click Finish, then Close in the Account Settings window.</source>
        <translation>Haz clic en Finalizar y después en Cerrar en la ventana Configuración de la cuenta.</translation>
    </message>
    <message>
        <source>Click More Settings ...</source>
        <translation>Haz clic en Más configuraciones…</translation>
    </message>
    <message>
        <source>Click Next. Outlook tests the settings and sends itself a test message.</source>
        <translation>Haz clic en Siguiente. Outlook prueba los ajustes y se envía a sí mismo un mensaje de prueba.</translation>
    </message>
    <message>
        <source>Click OK to close the Internet E-mail Settings window.</source>
        <translation>Haz clic en Aceptar para cerrar la ventana Configuración de correo electrónico de Internet.</translation>
    </message>
    <message>
        <source>Click Remove and confirm. Outlook removes the account from this computer only; with IMAP, your mail stays on the server.</source>
        <translation>Haz clic en Eliminar y confirma. Outlook quita la cuenta solo de este equipo; con IMAP, tu correo se queda en el servidor.</translation>
    </message>
    <message>
        <source>Click the Advanced tab.</source>
        <translation>Haz clic en la pestaña Avanzadas.</translation>
    </message>
    <message>
        <source>Click the Outgoing Server tab.</source>
        <translation>Haz clic en la pestaña Servidor de salida.</translation>
    </message>
    <message>
        <source>Click your account, {account}.</source>
        <translation>Haz clic en tu cuenta, {account}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Congratulations! All tests completed successfully. Click Close to continue.</source>
        <translation>¡Enhorabuena! Todas las pruebas se completaron correctamente. Haga clic en Cerrar para continuar.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Data Files</source>
        <translation>Archivos de datos</translation>
    </message>
    <message>
        <source>Do not save copies of sent items</source>
        <translation>No guardar copias de los elementos enviados</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>E-mail Accounts</source>
        <translation>Cuentas de correo electrónico</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Email Accounts</source>
        <translation>Cuentas de correo electrónico</translation>
    </message>
    <message>
        <source>Email Address:</source>
        <translation>Dirección de correo electrónico:</translation>
    </message>
    <message>
        <source>Email accounts</source>
        <translation>Cuentas de correo electrónico</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Enter the mail server settings for your account.</source>
        <translation>Escriba la configuración del servidor de correo para su cuenta.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Fill in the IMAP (incoming) settings as they were before.</source>
        <translation>Rellena los ajustes IMAP (entrada) como estaban antes.</translation>
    </message>
    <message>
        <source>Fill in the account&apos;s settings.</source>
        <translation>Rellena los ajustes de la cuenta.</translation>
    </message>
    <message>
        <source>Fill in the settings for the incoming (IMAP) and outgoing (SMTP) servers.</source>
        <translation>Rellena los ajustes de los servidores de entrada (IMAP) y de salida (SMTP).</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>IMAP Incoming server</source>
        <translation>Servidor de entrada IMAP</translation>
    </message>
    <message>
        <source>IMAP Password</source>
        <translation>Contraseña IMAP</translation>
    </message>
    <message>
        <source>IMAP Username</source>
        <translation>Nombre de usuario IMAP</translation>
    </message>
    <message>
        <source>IMAP/SMTP</source>
        <translation>IMAP/SMTP</translation>
    </message>
    <message>
        <source>IMAP/SMTP (send from this account by default)</source>
        <translation>IMAP/SMTP (enviar desde esta cuenta de forma predeterminada)</translation>
    </message>
    <message>
        <source>If a window titled &quot;IMAP Account Settings&quot; opens instead, the same settings are under &quot;Outgoing mail&quot; there. You can also go back and use the Control Panel: Mail (Microsoft Outlook) &gt; Email Accounts, which opens the window shown next.</source>
        <translation>Si en su lugar se abre una ventana llamada “Configuración de la cuenta IMAP”, los mismos ajustes están ahí en “Correo saliente”. También puedes volver atrás y usar el Panel de control: Correo (Microsoft Outlook) &gt; Cuentas de correo electrónico, que abre la ventana que se muestra a continuación.</translation>
    </message>
    <message>
        <source>In Outlook 2010 and 2013, SSL means an encrypted connection from the start (usually port 465), and TLS means STARTTLS (usually port 587).</source>
        <translation>En Outlook 2010 y 2013, SSL significa una conexión cifrada desde el principio (normalmente el puerto 465) y TLS significa STARTTLS (normalmente el puerto 587).</translation>
    </message>
    <message>
        <source>In Outlook, click File at the top left, then Info.</source>
        <translation>En Outlook, haz clic en Archivo arriba a la izquierda y después en Información.</translation>
    </message>
    <message>
        <source>In Outlook, click File at the top left.</source>
        <translation>En Outlook, haz clic en Archivo arriba a la izquierda.</translation>
    </message>
    <message>
        <source>In the Change Account window (Outlook 2010 calls its page Internet E-mail Settings):</source>
        <translation>En la ventana Cambiar cuenta (Outlook 2010 llama a esta página Configuración de correo electrónico de Internet):</translation>
    </message>
    <message>
        <source>In the Internet E-mail Settings window, open the Outgoing Server tab.</source>
        <translation>En la ventana Configuración de correo electrónico de Internet, abre la pestaña Servidor de salida.</translation>
    </message>
    <message>
        <source>In the new Outlook, click Settings (the gear at the top right of the window).</source>
        <translation>En el nuevo Outlook, haz clic en Configuración (el engranaje arriba a la derecha de la ventana).</translation>
    </message>
    <message>
        <source>In the window that opens (POP and IMAP Account Settings):</source>
        <translation>En la ventana que se abre (Configuración de la cuenta POP e IMAP):</translation>
    </message>
    <message>
        <source>Inbox - {address} - Outlook</source>
        <translation>Bandeja de entrada - {address} - Outlook</translation>
    </message>
    <message>
        <source>Incoming mail server:</source>
        <translation>Servidor de correo entrante:</translation>
    </message>
    <message>
        <source>Incoming server (IMAP):</source>
        <translation>Servidor de entrada (IMAP):</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Internet Calendars</source>
        <translation>Calendarios de Internet</translation>
    </message>
    <message>
        <source>Internet E-mail Settings</source>
        <translation>Configuración de correo electrónico de Internet</translation>
    </message>
    <message>
        <source>Log on to incoming mail server before sending mail</source>
        <translation>Iniciar sesión en el servidor de correo entrante antes de enviar correo</translation>
    </message>
    <message>
        <source>Log on using</source>
        <translation>Iniciar sesión utilizando</translation>
    </message>
    <message>
        <source>Log onto incoming mail server (IMAP)</source>
        <translation>Iniciar sesión en el servidor de correo entrante (IMAP)</translation>
    </message>
    <message>
        <source>Logon Information</source>
        <translation>Información de inicio de sesión</translation>
    </message>
    <message>
        <source>Long    1 minute</source>
        <translation>Largo    1 minuto</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Administrar</translation>
    </message>
    <message>
        <source>Manage Profiles</source>
        <translation>Administrar perfiles</translation>
    </message>
    <message>
        <source>More Settings ...</source>
        <translation>Más configuraciones…</translation>
    </message>
    <message>
        <source>My outgoing server (SMTP) requires authentication</source>
        <translation>Mi servidor de salida (SMTP) requiere autenticación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Siguiente &gt;</translation>
    </message>
    <message>
        <source>Next to {account}, click Manage.</source>
        <translation>Junto a {account}, haz clic en Administrar.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Office Account</source>
        <translation>Cuenta de Office</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open &amp; Export</source>
        <translation>Abrir y exportar</translation>
    </message>
    <message>
        <source>Open the Advanced tab.</source>
        <translation>Abre la pestaña Avanzadas.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Outgoing Server</source>
        <translation>Servidor de salida</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP):</source>
        <translation>Servidor de correo saliente (SMTP):</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP):</source>
        <translation>Servidor de salida (SMTP):</translation>
    </message>
    <message>
        <source>Outlook 2013 and 2010</source>
        <translation>Outlook 2013 y 2010</translation>
    </message>
    <message>
        <source>Outlook checks the settings and adds the account. Then send yourself a test message.</source>
        <translation>Outlook comprueba los ajustes y agrega la cuenta. Después, envíate un mensaje de prueba.</translation>
    </message>
    <message>
        <source>Outlook for Microsoft 365, 2021, 2019 and 2016</source>
        <translation>Outlook para Microsoft 365, 2021, 2019 y 2016</translation>
    </message>
    <message>
        <source>POP and IMAP Account Settings</source>
        <translation>Configuración de la cuenta POP e IMAP</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Published Calendars</source>
        <translation>Calendarios publicados</translation>
    </message>
    <message>
        <source>RSS Feeds</source>
        <translation>Fuentes RSS</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Recordar contraseña</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Repair...</source>
        <translation>Reparar…</translation>
    </message>
    <message>
        <source>Require Secure Password Authentication (SPA)</source>
        <translation>Requerir Autenticación de contraseña segura (SPA)</translation>
    </message>
    <message>
        <source>Require logon using Secure Password Authentication (SPA)</source>
        <translation>Requerir inicio de sesión utilizando Autenticación de contraseña segura (SPA)</translation>
    </message>
    <message>
        <source>Root folder path:</source>
        <translation>Ruta de acceso de la carpeta raíz:</translation>
    </message>
    <message>
        <source>SMTP Outgoing server</source>
        <translation>Servidor de salida SMTP</translation>
    </message>
    <message>
        <source>SMTP Password</source>
        <translation>Contraseña SMTP</translation>
    </message>
    <message>
        <source>SMTP Username</source>
        <translation>Nombre de usuario SMTP</translation>
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
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Save Attachments</source>
        <translation>Guardar datos adjuntos</translation>
    </message>
    <message>
        <source>Secure Password Authentication (SPA)</source>
        <translation>Autenticación de contraseña segura (SPA)</translation>
    </message>
    <message>
        <source>Secure connection type</source>
        <translation>Tipo de conexión segura</translation>
    </message>
    <message>
        <source>Send test e-mail message</source>
        <translation>Enviar mensaje de correo electrónico de prueba</translation>
    </message>
    <message>
        <source>Sent Items</source>
        <translation>Elementos enviados</translation>
    </message>
    <message>
        <source>Server Information</source>
        <translation>Información del servidor</translation>
    </message>
    <message>
        <source>Server Port Numbers</source>
        <translation>Números de puerto del servidor</translation>
    </message>
    <message>
        <source>Server Settings</source>
        <translation>Configuración del servidor</translation>
    </message>
    <message>
        <source>Server Timeouts</source>
        <translation>Tiempos de espera del servidor</translation>
    </message>
    <message>
        <source>Set &quot;Outgoing mail server (SMTP)&quot; to {host}.</source>
        <translation>Pon “Servidor de correo saliente (SMTP)” en {host}.</translation>
    </message>
    <message>
        <source>Set &quot;Outgoing server (SMTP)&quot; to {port}. Do this after choosing the encryption: Outlook changes the number when the encryption changes.</source>
        <translation>Pon “Servidor de salida (SMTP)” en {port}. Hazlo después de elegir el cifrado: Outlook cambia el número cuando cambia el cifrado.</translation>
    </message>
    <message>
        <source>Set Port to {port}.</source>
        <translation>Pon Puerto en {port}.</translation>
    </message>
    <message>
        <source>Set SMTP Outgoing server to {host}.</source>
        <translation>Pon Servidor de salida SMTP en {host}.</translation>
    </message>
    <message>
        <source>Set SMTP Username to {username}.</source>
        <translation>Pon Nombre de usuario SMTP en {username}.</translation>
    </message>
    <message>
        <source>Set Secure connection type to {security}.</source>
        <translation>Pon Tipo de conexión segura en {security}.</translation>
    </message>
    <message>
        <source>Set User Name to {username}.</source>
        <translation>Pon Nombre de usuario en {username}.</translation>
    </message>
    <message>
        <source>Set as Default</source>
        <translation>Establecer como predeterminado</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>SharePoint Lists</source>
        <translation>Listas de SharePoint</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Corto</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Social Network Accounts</source>
        <translation>Cuentas de redes sociales</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Sync your email account</source>
        <translation>Sincronizar la cuenta de correo electrónico</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Test Account Settings</source>
        <translation>Probar configuración de la cuenta</translation>
    </message>
    <message>
        <source>Test Account Settings ...</source>
        <translation>Probar configuración de la cuenta…</translation>
    </message>
    <message>
        <source>The new Outlook always signs in to send. If your server sends only without signing in, use classic Outlook or another mail program.</source>
        <translation>El nuevo Outlook siempre se autentica para enviar. Si tu servidor solo envía sin autenticación, usa el Outlook clásico u otro programa de correo.</translation>
    </message>
    <message>
        <source>The new Outlook cannot change the outgoing server of an IMAP or POP account once it is set up. Remove the account, then add it again with the right settings.</source>
        <translation>El nuevo Outlook no puede cambiar el servidor de salida de una cuenta IMAP o POP una vez configurada. Elimina la cuenta y vuelve a agregarla con los ajustes correctos.</translation>
    </message>
    <message>
        <source>The new Outlook for Windows</source>
        <translation>El nuevo Outlook para Windows</translation>
    </message>
    <message>
        <source>Tick &quot;My outgoing server (SMTP) requires authentication&quot;.</source>
        <translation>Marca “Mi servidor de salida (SMTP) requiere autenticación”.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Type your password again in the Password box.</source>
        <translation>Vuelve a escribir tu contraseña en el cuadro Contraseña.</translation>
    </message>
    <message>
        <source>Type your password in SMTP Password.</source>
        <translation>Escribe tu contraseña en Contraseña SMTP.</translation>
    </message>
    <message>
        <source>Type {address}.</source>
        <translation>Escribe {address}.</translation>
    </message>
    <message>
        <source>Under &quot;Outgoing server (SMTP)&quot;, set &quot;Use the following type of encrypted connection&quot; to {security}.</source>
        <translation>En “Servidor de salida (SMTP)”, pon “Usar el siguiente tipo de conexión cifrada” en {security}.</translation>
    </message>
    <message>
        <source>Untick &quot;My outgoing server (SMTP) requires authentication&quot;.</source>
        <translation>Desmarca “Mi servidor de salida (SMTP) requiere autenticación”.</translation>
    </message>
    <message>
        <source>Use Defaults</source>
        <translation>Usar predeterminados</translation>
    </message>
    <message>
        <source>Use same settings as my incoming mail server</source>
        <translation>Utilizar la misma configuración que mi servidor de correo de entrada</translation>
    </message>
    <message>
        <source>Use the following type of encrypted connection:</source>
        <translation>Usar el siguiente tipo de conexión cifrada:</translation>
    </message>
    <message>
        <source>User Information</source>
        <translation>Información sobre el usuario</translation>
    </message>
    <message>
        <source>User Name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>We recommend that you test your account to ensure that the entries are correct.</source>
        <translation>Le recomendamos que pruebe su cuenta para garantizar que las entradas son correctas.</translation>
    </message>
    <message>
        <source>When both tasks say Completed, click Close.</source>
        <translation>Cuando las dos tareas digan Completado, haz clic en Cerrar.</translation>
    </message>
    <message>
        <source>You can add or remove an account. You can select an account and change its settings.</source>
        <translation>Puede agregar o quitar una cuenta. Puede seleccionar una cuenta y cambiar su configuración.</translation>
    </message>
    <message>
        <source>Your Name:</source>
        <translation>Su nombre:</translation>
    </message>
    <message>
        <source>no sign-in</source>
        <translation>sin autenticación</translation>
    </message>
    <message>
        <source>sign in through Microsoft or your provider (OAuth2)</source>
        <translation>autenticación a través de Microsoft o de tu proveedor (OAuth2)</translation>
    </message>
    <message>
        <source>sign in through your provider (OAuth2)</source>
        <translation>autenticación a través de tu proveedor (OAuth2)</translation>
    </message>
    <message>
        <source>sign in with a password</source>
        <translation>autenticación con contraseña</translation>
    </message>
    <message>
        <source>Click OK.</source>
        <translation>Haz clic en Aceptar.</translation>
    </message>
    <message>
        <source>Fill in the incoming ({incomingProtocol}) settings.</source>
        <translation>Rellena los ajustes de entrada ({incomingProtocol}).</translation>
    </message>
    <message>
        <source>In Outlook 2010 and 2013, SSL means an encrypted connection from the start (usually port 993 for IMAP, 995 for POP3), and TLS means STARTTLS.</source>
        <translation>En Outlook 2010 y 2013, SSL significa una conexión cifrada desde el principio (normalmente el puerto 993 para IMAP y el 995 para POP3) y TLS significa STARTTLS.</translation>
    </message>
    <message>
        <source>In the Change Account window, change the incoming server:</source>
        <translation>En la ventana Cambiar cuenta, cambia el servidor de entrada:</translation>
    </message>
    <message>
        <source>In the Internet E-mail Settings window, open the Advanced tab.</source>
        <translation>En la ventana Configuración de correo electrónico de Internet, abre la pestaña Avanzadas.</translation>
    </message>
    <message>
        <source>In the window that opens (POP and IMAP Account Settings), change the incoming server:</source>
        <translation>En la ventana que se abre (Configuración de la cuenta POP e IMAP), cambia el servidor de entrada:</translation>
    </message>
    <message>
        <source>Incoming server ({incomingProtocol}):</source>
        <translation>Servidor de entrada ({incomingProtocol}):</translation>
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
        <translation>Pon “Servidor de correo entrante” en {incomingHost}.</translation>
    </message>
    <message>
        <source>Set &quot;Incoming server ({incomingProtocol})&quot; to {incomingPort}. Do this after choosing the encryption: Outlook changes the number when the encryption changes.</source>
        <translation>Pon “Servidor de entrada ({incomingProtocol})” en {incomingPort}. Hazlo después de elegir el cifrado: Outlook cambia el número cuando cambia el cifrado.</translation>
    </message>
    <message>
        <source>Set Port to {incomingPort}.</source>
        <translation>Pon Puerto en {incomingPort}.</translation>
    </message>
    <message>
        <source>Set Secure connection type to {incomingSecurity}.</source>
        <translation>Pon Tipo de conexión segura en {incomingSecurity}.</translation>
    </message>
    <message>
        <source>Set User Name to {incomingUsername}.</source>
        <translation>Pon Nombre de usuario en {incomingUsername}.</translation>
    </message>
    <message>
        <source>Set {incomingProtocol} Incoming server to {incomingHost}.</source>
        <translation>Pon Servidor de entrada {incomingProtocol} en {incomingHost}.</translation>
    </message>
    <message>
        <source>Set {incomingProtocol} Username to {incomingUsername}.</source>
        <translation>Pon Nombre de usuario {incomingProtocol} en {incomingUsername}.</translation>
    </message>
    <message>
        <source>Type your password in {incomingProtocol} Password.</source>
        <translation>Escribe tu contraseña en Contraseña {incomingProtocol}.</translation>
    </message>
    <message>
        <source>Under &quot;Incoming server ({incomingProtocol})&quot;, set &quot;Use the following type of encrypted connection&quot; to {incomingSecurity}.</source>
        <translation>En “Servidor de entrada ({incomingProtocol})”, pon “Usar el siguiente tipo de conexión cifrada” en {incomingSecurity}.</translation>
    </message>
    <message>
        <source>{incomingProtocol} Incoming server</source>
        <translation>Servidor de entrada {incomingProtocol}</translation>
    </message>
    <message>
        <source>{incomingProtocol} Password</source>
        <translation>Contraseña {incomingProtocol}</translation>
    </message>
    <message>
        <source>{incomingProtocol} Username</source>
        <translation>Nombre de usuario {incomingProtocol}</translation>
    </message>
    <message>
        <source>Add the account again, so that Outlook signs in through Microsoft or your provider.</source>
        <translation>Vuelve a agregar la cuenta, para que Outlook inicie sesión a través de Microsoft o de tu proveedor.</translation>
    </message>
    <message>
        <source>Advanced options ˄</source>
        <translation>Opciones avanzadas ˄</translation>
    </message>
    <message>
        <source>Click Connect. If Outlook asks which kind of account it is, choose Microsoft 365, Outlook.com, Exchange or Google, not IMAP or POP.</source>
        <translation>Haz clic en Conectar. Si Outlook pregunta qué tipo de cuenta es, elige Microsoft 365, Outlook.com, Exchange o Google, no IMAP ni POP.</translation>
    </message>
    <message>
        <source>Click Continue. Outlook opens the sign-in window of Microsoft or your provider: sign in there. If Outlook asks which kind of account it is, do not choose IMAP or POP.</source>
        <translation>Haz clic en Continuar. Outlook abre la ventana de inicio de sesión de Microsoft o de tu proveedor: inicia sesión ahí. Si Outlook pregunta qué tipo de cuenta es, no elijas IMAP ni POP.</translation>
    </message>
    <message>
        <source>Click File at the top left, then Add Account.</source>
        <translation>Haz clic en Archivo arriba a la izquierda y después en Agregar cuenta.</translation>
    </message>
    <message>
        <source>Click Remove, then Yes. Outlook removes the account from this computer only; with IMAP, your mail stays on the server.</source>
        <translation>Haz clic en Eliminar y después en Sí. Outlook quita la cuenta solo de este equipo; con IMAP, tu correo se queda en el servidor.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>In the Outlook window that opens, type your address.</source>
        <translation>En la ventana de Outlook que se abre, escribe tu dirección.</translation>
    </message>
    <message>
        <source>Inbox - Outlook</source>
        <translation>Bandeja de entrada - Outlook</translation>
    </message>
    <message>
        <source>Leave &quot;Let me set up my account manually&quot; unticked.</source>
        <translation>Deja desmarcado “Permitirme configurar manualmente mi cuenta”.</translation>
    </message>
    <message>
        <source>Let me set up my account manually</source>
        <translation>Permitirme configurar manualmente mi cuenta</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Outlook 2010 and 2013 cannot sign in through the sign-in window of Microsoft or your provider (OAuth2), and your provider wants that.</source>
        <translation>Outlook 2010 y 2013 no pueden iniciar sesión a través de la ventana de inicio de sesión de Microsoft o de tu proveedor (OAuth2), y tu proveedor lo pide.</translation>
    </message>
    <message>
        <source>Outlook opens the sign-in window of Microsoft or your provider. Sign in there.</source>
        <translation>Outlook abre la ventana de inicio de sesión de Microsoft o de tu proveedor. Inicia sesión ahí.</translation>
    </message>
    <message>
        <source>The new Outlook signs in through Microsoft or your provider only for an account that it adds itself. Remove the account, then add it again.</source>
        <translation>El nuevo Outlook solo inicia sesión a través de Microsoft o de tu proveedor en las cuentas que agrega él mismo. Elimina la cuenta y vuelve a agregarla.</translation>
    </message>
    <message>
        <source>To send from {address}, use a newer Outlook (Outlook 2016 or later, or the new Outlook) or another mail program that signs in this way, such as Thunderbird.</source>
        <translation>Para enviar desde {address}, usa un Outlook más reciente (Outlook 2016 o posterior, o el nuevo Outlook) u otro programa de correo que inicie sesión de esta forma, como Thunderbird.</translation>
    </message>
    <message>
        <source>When Outlook says the account was added, click Done. Then send yourself a test message.</source>
        <translation>Cuando Outlook diga que la cuenta se ha agregado, haz clic en Listo. Después, envíate un mensaje de prueba.</translation>
    </message>
</context>
<context>
    <name>Guide/thunderbird</name>
    <message>
        <source>Account Actions</source>
        <translation>Acciones de cuenta</translation>
    </message>
    <message>
        <source>Account Name:</source>
        <translation>Nombre de la cuenta:</translation>
    </message>
    <message>
        <source>Account Settings</source>
        <translation>Configuración de las cuentas</translation>
    </message>
    <message>
        <source>Account Settings - Mozilla Thunderbird</source>
        <translation>Configuración de las cuentas - Mozilla Thunderbird</translation>
    </message>
    <message>
        <source>Add-ons and Themes</source>
        <translation>Complementos y temas</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Authentication method:</source>
        <translation>Método de identificación:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Change the outgoing server&apos;s settings.</source>
        <translation>Cambia los ajustes del servidor de salida.</translation>
    </message>
    <message>
        <source>Check that Email Address is {address}. If it is not, type it.</source>
        <translation>Comprueba que en Dirección de correo electrónico pone {address}. Si no, escríbela.</translation>
    </message>
    <message>
        <source>Check the account {account}.</source>
        <translation>Comprueba la cuenta {account}.</translation>
    </message>
    <message>
        <source>Choose Account Settings.</source>
        <translation>Elige Configuración de las cuentas.</translation>
    </message>
    <message>
        <source>Click Edit…</source>
        <translation>Haz clic en Editar…</translation>
    </message>
    <message>
        <source>Click OK.</source>
        <translation>Haz clic en Aceptar.</translation>
    </message>
    <message>
        <source>Click Outgoing Server, at the bottom of the list on the left.</source>
        <translation>Haz clic en Servidor de salida, al final de la lista de la izquierda.</translation>
    </message>
    <message>
        <source>Click the account {account}, at the top of its part of the list on the left.</source>
        <translation>Haz clic en la cuenta {account}, arriba del todo de su parte de la lista de la izquierda.</translation>
    </message>
    <message>
        <source>Click the menu button (three lines) at the top right of the window.</source>
        <translation>Haz clic en el botón de menú (tres rayas) arriba a la derecha de la ventana.</translation>
    </message>
    <message>
        <source>Click the server your account uses: {currentHost}.</source>
        <translation>Haz clic en el servidor que usa tu cuenta: {currentHost}.</translation>
    </message>
    <message>
        <source>Close the Account Settings tab: Thunderbird keeps the changes. Then send yourself a test message.</source>
        <translation>Cierra la pestaña Configuración de las cuentas: Thunderbird guarda los cambios. Después, envíate un mensaje de prueba.</translation>
    </message>
    <message>
        <source>Composition &amp; Addressing</source>
        <translation>Redacción y direcciones</translation>
    </message>
    <message>
        <source>Connection security:</source>
        <translation>Seguridad de la conexión:</translation>
    </message>
    <message>
        <source>Copies &amp; Folders</source>
        <translation>Copias y carpetas</translation>
    </message>
    <message>
        <source>Default Identity</source>
        <translation>Identidad predeterminada</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Details of selected server:</source>
        <translation>Detalles del servidor seleccionado:</translation>
    </message>
    <message>
        <source>Disk Space</source>
        <translation>Espacio en disco</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Each account has an identity, which is the information that other people see when they read your messages.</source>
        <translation>Cada cuenta tiene una identidad, que es la información que otras personas verán al leer sus mensajes.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit outgoing server…</source>
        <translation>Editar el servidor de salida…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Email Address:</source>
        <translation>Dirección de correo electrónico:</translation>
    </message>
    <message>
        <source>Encrypted password</source>
        <translation>Contraseña cifrada</translation>
    </message>
    <message>
        <source>End-To-End Encryption</source>
        <translation>Cifrado extremo a extremo</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Get Messages</source>
        <translation>Recibir mensajes</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>In Thunderbird, open Account Settings.</source>
        <translation>En Thunderbird, abre Configuración de las cuentas.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Inbox - Mozilla Thunderbird</source>
        <translation>Bandeja de entrada - Mozilla Thunderbird</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Correo no deseado</translation>
    </message>
    <message>
        <source>Local Folders</source>
        <translation>Carpetas locales</translation>
    </message>
    <message>
        <source>Manage Identities…</source>
        <translation>Administrar identidades…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>Nuevo mensaje</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Sin identificación</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation>Contraseña normal</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Open the outgoing server your account uses.</source>
        <translation>Abre el servidor de salida que usa tu cuenta.</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Outgoing Server</source>
        <translation>Servidor de salida</translation>
    </message>
    <message>
        <source>Outgoing Server Settings</source>
        <translation>Configuración del servidor de salida</translation>
    </message>
    <message>
        <source>Outgoing Server:</source>
        <translation>Servidor de salida:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Reply-to Address:</source>
        <translation>Dirección de respuesta:</translation>
    </message>
    <message>
        <source>Return Receipts</source>
        <translation>Acuses de recibo</translation>
    </message>
    <message>
        <source>SMTP Server</source>
        <translation>Servidor SMTP</translation>
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
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Security and Authentication</source>
        <translation>Seguridad e identificación</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Server Name:</source>
        <translation>Nombre del servidor:</translation>
    </message>
    <message>
        <source>Server Settings</source>
        <translation>Configuración del servidor</translation>
    </message>
    <message>
        <source>Set Authentication method to {auth}.</source>
        <translation>Pon Método de identificación en {auth}.</translation>
    </message>
    <message>
        <source>Set Connection security to {security}. Thunderbird may change the port when you do.</source>
        <translation>Pon Seguridad de la conexión en {security}. Puede que Thunderbird cambie el puerto al hacerlo.</translation>
    </message>
    <message>
        <source>Set Default</source>
        <translation>Establecer predet.</translation>
    </message>
    <message>
        <source>Set Outgoing Server to {host}.</source>
        <translation>Pon Servidor de salida en {host}.</translation>
    </message>
    <message>
        <source>Set Port to {port}.</source>
        <translation>Pon Puerto en {port}.</translation>
    </message>
    <message>
        <source>Set Server Name to {host}.</source>
        <translation>Pon Nombre del servidor en {host}.</translation>
    </message>
    <message>
        <source>Set User Name to {username}.</source>
        <translation>Pon Nombre de usuario en {username}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Spam Settings</source>
        <translation>Configuración de correo no deseado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Synchronization &amp; Storage</source>
        <translation>Sincronización y almacenamiento</translation>
    </message>
    <message>
        <source>Thunderbird 115 and later</source>
        <translation>Thunderbird 115 y posteriores</translation>
    </message>
    <message>
        <source>Thunderbird opens your provider&apos;s sign-in page: sign in there.</source>
        <translation>Thunderbird abre la página de inicio de sesión de tu proveedor: inicia sesión ahí.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>User Name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>When Thunderbird asks for your password, type it and tick &quot;Use Password Manager to remember this password&quot;.</source>
        <translation>Cuando Thunderbird te pida la contraseña, escríbela y marca “Usar el administrador de contraseñas para recordar esta contraseña”.</translation>
    </message>
    <message>
        <source>When managing your identities you can use a server from this list by selecting it as the Outgoing Server, or you can use the default server from this list by selecting “Use Default Server”.</source>
        <translation>Al gestionar sus identidades, puede utilizar un servidor de esta lista seleccionándolo como Servidor de salida, o puede utilizar el servidor predeterminado de esta lista seleccionando «Utilizar servidor predeterminado».</translation>
    </message>
    <message>
        <source>You can also right-click your account in the folder list on the left and choose Settings.</source>
        <translation>También puedes hacer clic con el botón derecho en tu cuenta en la lista de carpetas de la izquierda y elegir Configuración.</translation>
    </message>
    <message>
        <source>Your Name:</source>
        <translation>Su nombre:</translation>
    </message>
    <message>
        <source>{currentHost} (Default)</source>
        <translation>{currentHost} (predeterminado)</translation>
    </message>
    <message>
        <source>Change the incoming server&apos;s settings.</source>
        <translation>Cambia los ajustes del servidor de entrada.</translation>
    </message>
    <message>
        <source>Click Server Settings, under your account {account} in the list on the left.</source>
        <translation>Haz clic en Configuración del servidor, debajo de tu cuenta {account} en la lista de la izquierda.</translation>
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
        <translation>Configuración de seguridad</translation>
    </message>
    <message>
        <source>Server Type:</source>
        <translation>Tipo de servidor:</translation>
    </message>
    <message>
        <source>Set Connection security to {incomingSecurity}. Thunderbird may change the port when you do.</source>
        <translation>Pon Seguridad de la conexión en {incomingSecurity}. Puede que Thunderbird cambie el puerto al hacerlo.</translation>
    </message>
    <message>
        <source>Set Port to {incomingPort}.</source>
        <translation>Pon Puerto en {incomingPort}.</translation>
    </message>
    <message>
        <source>Set Server Name to {incomingHost}.</source>
        <translation>Pon Nombre del servidor en {incomingHost}.</translation>
    </message>
    <message>
        <source>Set User Name to {incomingUsername}.</source>
        <translation>Pon Nombre de usuario en {incomingUsername}.</translation>
    </message>
    <message>
        <source>{incomingProtocol} Mail Server</source>
        <translation>Servidor de correo {incomingProtocol}</translation>
    </message>
    <message>
        <source>Set the incoming server to sign in through your provider&apos;s sign-in page.</source>
        <translation>Configura el servidor de entrada para que inicie sesión a través de la página de inicio de sesión de tu proveedor.</translation>
    </message>
</context>
<context>
    <name>GuideCommand</name>
    <message>
        <source>mailfix-cli guide: a guide could not be read: %1
</source>
        <translation>mailfix-cli guide: no se ha podido leer una guía: %1
</translation>
    </message>
    <message>
        <source>--program is required (use %1)</source>
        <translation>falta --program (usa %1)</translation>
    </message>
    <message>
        <source>unknown program &quot;%1&quot; (use %2)</source>
        <translation>programa desconocido “%1” (usa %2)</translation>
    </message>
    <message>
        <source>there is no guide for version &quot;%1&quot; of %2 (use %3)</source>
        <translation>no hay ninguna guía para la versión “%1” de %2 (usa %3)</translation>
    </message>
    <message>
        <source>the fix for &quot;%1&quot; is not a change in the mail program&apos;s settings, so there is no guide for it (use %2)</source>
        <translation>la solución de “%1” no es un cambio en los ajustes del programa de correo, así que no hay ninguna guía para ella (usa %2)</translation>
    </message>
    <message>
        <source>unknown finding &quot;%1&quot; (use %2)</source>
        <translation>hallazgo desconocido “%1” (usa %2)</translation>
    </message>
    <message>
        <source>--out is required (a .pdf or .html file, or a folder for PNG files)</source>
        <translation>falta --out (un archivo .pdf o .html, o una carpeta para archivos PNG)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a .pdf or .html file or a folder</source>
        <translation>“%1” no es un archivo .pdf o .html ni una carpeta</translation>
    </message>
    <message>
        <source>Mail program</source>
        <translation>Programa de correo</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Version of the mail program</source>
        <translation>Versión del programa de correo</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>The settings to show</source>
        <translation>Los ajustes que mostrar</translation>
    </message>
    <message>
        <source>host:port:security:auth</source>
        <translation>host:port:security:auth</translation>
    </message>
    <message>
        <source>Only the steps for this finding</source>
        <translation>Solo los pasos para este hallazgo</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Where to write the guide</source>
        <translation>Dónde escribir la guía</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>mailfix-cli guide: cannot draw the pictures: the program was started without Qt Gui
</source>
        <translation>mailfix-cli guide: no se pueden dibujar las imágenes: el programa se inició sin Qt Gui
</translation>
    </message>
    <message>
        <source>--settings is required (e.g. smtp.example.com:587:starttls:normal-password)</source>
        <translation>falta --settings (p. ej. smtp.example.com:587:starttls:normal-password)</translation>
    </message>
    <message>
        <source>--user is required (the user name to sign in with, usually the email address)</source>
        <translation>falta --user (el nombre de usuario para autenticarse, normalmente la dirección de correo)</translation>
    </message>
    <message>
        <source>mailfix-cli guide: %1: %2
</source>
        <translation>mailfix-cli guide: %1: %2
</translation>
    </message>
    <message>
        <source>the guide &quot;%1&quot; has no steps for this</source>
        <translation>la guía “%1” no tiene pasos para esto</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>no se puede escribir “%1”: %2</translation>
    </message>
    <message>
        <source>Wrote the guide &quot;%1&quot; (%2 steps) to %3
</source>
        <translation>Guía “%1” (%2 pasos) escrita en %3
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
                   Escribe la guía dibujada para solucionar el problema en un programa de
                   correo (outlook, thunderbird, apple-mail), rellena con estos ajustes,
                   como PDF, como página web con las imágenes dentro o como carpeta de
                   archivos PNG numerados. --version: tal como las nombran las guías (por
                   defecto, la más reciente); --finding: solo los pasos que necesita la
                   solución de ese hallazgo (por defecto, todos los ajustes). --incoming: el
                   servidor de entrada (IMAP o POP3) que mostrar, lo que añade sus pasos.
                   No necesita pantalla.
</translation>
    </message>
    <message>
        <source>the steps for &quot;%1&quot; show the incoming server: give it with --incoming (e.g. imap.example.com:993:tls:imap)</source>
        <translation>los pasos para “%1” muestran el servidor de entrada: indícalo con --incoming (p. ej. imap.example.com:993:tls:imap)</translation>
    </message>
    <message>
        <source>The incoming server to show</source>
        <translation>El servidor de entrada que mostrar</translation>
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
        <translation>Los ajustes que debes usar: servidor de salida %1, puerto %2, %3, %4.</translation>
    </message>
    <message>
        <source>The settings to use: outgoing server %1, port %2, %3, %4, user name %5.</source>
        <translation>Los ajustes que debes usar: servidor de salida %1, puerto %2, %3, %4, nombre de usuario %5.</translation>
    </message>
    <message>
        <source>Fix it in %1</source>
        <translation>Solucionarlo en %1</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Imagen: %1</translation>
    </message>
    <message>
        <source>Picture of step %1</source>
        <translation>Imagen del paso %1</translation>
    </message>
    <message>
        <source>Made by MailFix %1.</source>
        <translation>Creado por MailFix %1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>No se ha podido crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The picture %1 could not be written.</source>
        <translation>No se ha podido escribir la imagen %1.</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>No se ha podido escribir el archivo PDF.</translation>
    </message>
    <message>
        <source>The incoming server to use: %1 (%2), port %3, %4, user name %5.</source>
        <translation>El servidor de entrada que usar: %1 (%2), puerto %3, %4, nombre de usuario %5.</translation>
    </message>
</context>
<context>
    <name>GuideLibrary</name>
    <message>
        <source>%1: could not be read: %2</source>
        <translation>%1: no se ha podido leer: %2</translation>
    </message>
    <message>
        <source>%1: the guide folder does not exist</source>
        <translation>%1: la carpeta de guías no existe</translation>
    </message>
    <message>
        <source>%1: too large for a guide (more than 4 MB)</source>
        <translation>%1: demasiado grande para una guía (más de 4 MB)</translation>
    </message>
</context>
<context>
    <name>GuideRenderer</name>
    <message>
        <source>%1: the number %2 lies outside the picture</source>
        <translation>%1: el número %2 queda fuera de la imagen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 px high, the box %4 px</source>
        <translation>%1: “%2” mide %3 px de alto y el cuadro %4 px</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 px wide, the box %4 px</source>
        <translation>%1: “%2” mide %3 px de ancho y el cuadro %4 px</translation>
    </message>
</context>
<context>
    <name>GuideSelection</name>
    <message>
        <source>Type an app password in the password box, not your usual password. You make one in your mail account&apos;s security settings on your provider&apos;s website.</source>
        <translation>Escribe en el cuadro de la contraseña una contraseña de aplicación, no tu contraseña habitual. Se crea en los ajustes de seguridad de tu cuenta de correo, en la web de tu proveedor.</translation>
    </message>
    <message>
        <source>The server did not accept the password you typed into MailFix. Check it, then type it carefully into your program&apos;s password box.</source>
        <translation>El servidor no ha aceptado la contraseña que escribiste en MailFix. Compruébala y después escríbela con cuidado en el cuadro de contraseña de tu programa.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>Informe de %1</translation>
    </message>
    <message>
        <source>%1 report for %2</source>
        <translation>Informe de %1 para %2</translation>
    </message>
    <message>
        <source>Made by MailFix %1 on %2. Mail program: %3.</source>
        <translation>Creado por MailFix %1 el %2. Programa de correo: %3.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>MailFix found nothing to report.</source>
        <translation>MailFix no ha encontrado nada que señalar.</translation>
    </message>
    <message>
        <source>Settings to use</source>
        <translation>Ajustes que debes usar</translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation>Servidor de salida</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Verified: MailFix signed in with these settings and the server accepted a recipient.</source>
        <translation>Verificado: MailFix se ha autenticado con estos ajustes y el servidor ha aceptado un destinatario.</translation>
    </message>
    <message>
        <source>Not verified yet: %1</source>
        <translation>Aún sin verificar: %1</translation>
    </message>
    <message>
        <source>MailFix found no server that answers.</source>
        <translation>MailFix no ha encontrado ningún servidor que responda.</translation>
    </message>
    <message>
        <source>If it still does not work</source>
        <translation>Si sigue sin funcionar</translation>
    </message>
    <message>
        <source>Where the settings came from</source>
        <translation>De dónde salen los ajustes</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Settings for receiving</source>
        <translation>Ajustes para recibir</translation>
    </message>
</context>
<context>
    <name>ImapProbe</name>
    <message>
        <source>the server sent something that is not an IMAP response</source>
        <translation>el servidor envió algo que no es una respuesta IMAP</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes</source>
        <translation>el servidor envió una línea de más de %1 bytes</translation>
    </message>
    <message>
        <source>the server said goodbye: %1</source>
        <translation>el servidor se despidió: %1</translation>
    </message>
    <message>
        <source>an answer to another command was ignored</source>
        <translation>se ignoró una respuesta a otro comando</translation>
    </message>
    <message>
        <source>the server&apos;s greeting is not an IMAP greeting</source>
        <translation>el saludo del servidor no es un saludo IMAP</translation>
    </message>
    <message>
        <source>too many sign-in challenges; exchange cancelled</source>
        <translation>demasiados desafíos de autenticación; intercambio cancelado</translation>
    </message>
    <message>
        <source>an unexpected continuation was ignored</source>
        <translation>se ignoró una petición de continuación inesperada</translation>
    </message>
    <message>
        <source>the server refused STARTTLS: %1</source>
        <translation>el servidor rechazó STARTTLS: %1</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS here</source>
        <translation>el servidor no ofrece STARTTLS aquí</translation>
    </message>
    <message>
        <source>already signed in (PREAUTH): no password sent</source>
        <translation>ya autenticado (PREAUTH): no se envió ninguna contraseña</translation>
    </message>
</context>
<context>
    <name>IncomingProbe</name>
    <message>
        <source>the server sent more than %1 lines in answer to one command</source>
        <translation>el servidor envió más de %1 líneas en respuesta a un solo comando</translation>
    </message>
    <message>
        <source>the server does not list its capabilities</source>
        <translation>el servidor no indica sus capacidades</translation>
    </message>
    <message>
        <source>no SASL mechanism offered</source>
        <translation>no se ofrece ningún mecanismo SASL</translation>
    </message>
    <message>
        <source>no user name and password given</source>
        <translation>no se ha indicado nombre de usuario ni contraseña</translation>
    </message>
    <message>
        <source>the server offers no way to sign in here</source>
        <translation>el servidor no ofrece aquí ninguna forma de autenticarse</translation>
    </message>
    <message>
        <source>password not sent: the connection is not encrypted</source>
        <translation>contraseña no enviada: la conexión no está cifrada</translation>
    </message>
    <message>
        <source>password withheld: no encryption</source>
        <translation>contraseña retenida: sin cifrado</translation>
    </message>
    <message>
        <source>password not sent: the server&apos;s certificate is not trusted</source>
        <translation>contraseña no enviada: el certificado del servidor no es de confianza</translation>
    </message>
    <message>
        <source>password withheld: certificate not trusted</source>
        <translation>contraseña retenida: certificado no fiable</translation>
    </message>
    <message>
        <source>no answer to the goodbye</source>
        <translation>sin respuesta a la despedida</translation>
    </message>
    <message>
        <source>the server&apos;s error: %1</source>
        <translation>error del servidor: %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
</context>
<context>
    <name>MailClients</name>
    <message>
        <source>Thunderbird&apos;s settings file %1 was not found.</source>
        <translation>No se ha encontrado el archivo de ajustes de Thunderbird %1.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 is too large to read.</source>
        <translation>El archivo de ajustes de Thunderbird %1 es demasiado grande para leerlo.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 could not be read: %2</source>
        <translation>No se ha podido leer el archivo de ajustes de Thunderbird %1: %2</translation>
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
        <translation>Otro programa de correo</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
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
        <translation>Acerca &amp;de</translation>
    </message>
    <message>
        <source>About MailFix and its licences</source>
        <translation>Acerca de MailFix y sus licencias</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Choose the language of MailFix</source>
        <translation>Elegir el idioma de MailFix</translation>
    </message>
    <message>
        <source>Send your password to %1?</source>
        <translation>¿Enviar tu contraseña a %1?</translation>
    </message>
    <message>
        <source>Your provider&apos;s settings point to the server %1, which is not part of %2. Mail providers sometimes use another company&apos;s servers, but a wrong setting could also send your password to a stranger.

Should MailFix test signing in at %1?</source>
        <translation>Los ajustes de tu proveedor apuntan al servidor %1, que no forma parte de %2. A veces los proveedores de correo usan servidores de otra empresa, pero un ajuste erróneo también podría enviar tu contraseña a un desconocido.

¿Quieres que MailFix pruebe la autenticación en %1?</translation>
    </message>
    <message>
        <source>The server at %1 says its real name is %2: its certificate is for %2. This is usual when many websites share one server, and %2 leads to the same server. But %2 is not part of %3, so MailFix asks first.

Should MailFix test signing in at %2?</source>
        <translation>El servidor %1 dice que su nombre real es %2: su certificado es para %2. Es habitual cuando muchos sitios web comparten un servidor, y %2 lleva al mismo servidor. Pero %2 no forma parte de %3, así que MailFix pregunta primero.

¿Quieres que MailFix pruebe la autenticación en %2?</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT:SECURITY:AUTH, for example smtp.example.com:587:starttls:normal-password</source>
        <translation>“%1” no tiene la forma HOST:PORT:SECURITY:AUTH, por ejemplo smtp.example.com:587:starttls:normal-password</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name</source>
        <translation>“%1” no es un nombre de servidor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (1-65535)</source>
        <translation>“%1” no es un puerto (1-65535)</translation>
    </message>
    <message>
        <source>unknown security &quot;%1&quot; (use none, starttls or tls)</source>
        <translation>seguridad desconocida “%1” (usa none, starttls o tls)</translation>
    </message>
    <message>
        <source>unknown authentication &quot;%1&quot; (use none, normal-password, encrypted-password or oauth2)</source>
        <translation>autenticación desconocida “%1” (usa none, normal-password, encrypted-password u oauth2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT:SECURITY:PROTOCOL, for example imap.example.com:993:tls:imap (the protocol is imap or pop3)</source>
        <translation>“%1” no es HOST:PORT:SECURITY:PROTOCOL, por ejemplo imap.example.com:993:tls:imap (el protocolo es imap o pop3)</translation>
    </message>
</context>
<context>
    <name>MobileConfig</name>
    <message>
        <source>The mail account %1, with the server settings MailFix checked.</source>
        <translation>La cuenta de correo %1, con los ajustes de servidor que ha comprobado MailFix.</translation>
    </message>
    <message>
        <source>Mail account %1</source>
        <translation>Cuenta de correo %1</translation>
    </message>
    <message>
        <source>Sets up %1 in Mail with the settings MailFix checked. It holds no password: Mail asks for it. Remove the old account for this address afterwards.</source>
        <translation>Configura %1 en Mail con los ajustes que ha comprobado MailFix. No contiene ninguna contraseña: Mail la pide. Después, elimina la cuenta antigua de esta dirección.</translation>
    </message>
    <message>
        <source>Mail settings for %1</source>
        <translation>Ajustes de correo para %1</translation>
    </message>
</context>
<context>
    <name>OAuth2Console</name>
    <message>
        <source>To sign in, open this address in a browser on this computer:
  %1
</source>
        <translation>Para iniciar sesión, abre esta dirección en un navegador de este equipo:
  %1
</translation>
    </message>
    <message>
        <source>Could not start %1; open the address above yourself.
</source>
        <translation>No se ha podido iniciar %1; abre tú mismo la dirección de arriba.
</translation>
    </message>
    <message>
        <source>MailFix knows no OAuth2 sign-in for %1: its provider takes a password (or is not known). Run it without --oauth2.
</source>
        <translation>MailFix no conoce ningún inicio de sesión OAuth2 para %1: su proveedor acepta una contraseña (o no se conoce). Ejecútalo sin --oauth2.
</translation>
    </message>
    <message>
        <source>%1 accounts sign in with OAuth2 (the provider&apos;s own sign-in window), not with a password. MailFix could not test that sign-in here: it has no client id for %1 (an administrator sets %2 in mailfix.conf). The check below runs without signing in. In your mail program, choose OAuth2 (or sign in with %1) as the way to sign in.
</source>
        <translation>Las cuentas de %1 inician sesión con OAuth2 (la propia ventana de inicio de sesión del proveedor), no con una contraseña. MailFix no ha podido probar aquí ese inicio de sesión: no tiene ningún client id para %1 (un administrador define %2 en mailfix.conf). La comprobación siguiente se hace sin iniciar sesión. En tu programa de correo, elige OAuth2 (o iniciar sesión con %1) como forma de iniciar sesión.
</translation>
    </message>
    <message numerus="yes">
        <source>Signing in with %1 (waiting up to %n second(s) for the browser)...
</source>
        <translation>
            <numerusform>Iniciando sesión con %1 (esperando al navegador hasta %n segundo)…
</numerusform>
            <numerusform>Iniciando sesión con %1 (esperando al navegador hasta %n segundos)…
</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in with %1 did not work: %2
</source>
        <translation>El inicio de sesión con %1 no ha funcionado: %2
</translation>
    </message>
    <message>
        <source>This build of MailFix cannot sign in with OAuth2 (it was built without Qt NetworkAuth).
</source>
        <translation>Esta versión de MailFix no puede iniciar sesión con OAuth2 (se compiló sin Qt NetworkAuth).
</translation>
    </message>
</context>
<context>
    <name>OAuth2SignIn</name>
    <message numerus="yes">
        <source>The sign-in was not finished in the browser within %n minute(s).</source>
        <translation>
            <numerusform>El inicio de sesión no se ha terminado en el navegador en %n minuto.</numerusform>
            <numerusform>El inicio de sesión no se ha terminado en el navegador en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No port on 127.0.0.1 for the sign-in.</source>
        <translation>No se ha podido abrir ningún puerto en 127.0.0.1 para el inicio de sesión.</translation>
    </message>
    <message>
        <source>MailFix received the sign-in. You can close this window.</source>
        <translation>MailFix ha recibido el inicio de sesión. Puedes cerrar esta ventana.</translation>
    </message>
    <message>
        <source>The sign-in came back with another state than MailFix sent.</source>
        <translation>El inicio de sesión ha vuelto con un state distinto del que envió MailFix.</translation>
    </message>
    <message>
        <source>The sign-in came back from %1, not from %2.</source>
        <translation>El inicio de sesión ha vuelto de %1, no de %2.</translation>
    </message>
    <message>
        <source>The provider answered without a token.</source>
        <translation>El proveedor ha respondido sin ningún token.</translation>
    </message>
</context>
<context>
    <name>OutlookPrf</name>
    <message>
        <source>Made by MailFix %1 for %2: the mail settings MailFix checked.</source>
        <translation>Creado por MailFix %1 para %2: los ajustes de correo que ha comprobado MailFix.</translation>
    </message>
    <message>
        <source>For classic Outlook for Windows: outlook.exe /importprf &quot;FILE&quot; adds this account to the default profile. The new Outlook does not accept PRF files.</source>
        <translation>Para el Outlook clásico para Windows: outlook.exe /importprf &quot;ARCHIVO&quot; añade esta cuenta al perfil predeterminado. El nuevo Outlook no acepta archivos PRF.</translation>
    </message>
    <message>
        <source>There is no password in this file: Outlook asks for it when it first connects.</source>
        <translation>Este archivo no contiene ninguna contraseña: Outlook la pide la primera vez que se conecta.</translation>
    </message>
    <message>
        <source>Mapping of the account&apos;s values to Outlook&apos;s properties; do not change.</source>
        <translation>Correspondencia entre los valores de la cuenta y las propiedades de Outlook; no cambiar.</translation>
    </message>
</context>
<context>
    <name>Pop3Probe</name>
    <message>
        <source>the server sent something that is not a POP3 reply</source>
        <translation>el servidor envió algo que no es una respuesta POP3</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes</source>
        <translation>el servidor envió una línea de más de %1 bytes</translation>
    </message>
    <message>
        <source>the server sent a reply of more than %1 lines</source>
        <translation>el servidor envió una respuesta de más de %1 líneas</translation>
    </message>
    <message>
        <source>the server refused STLS: %1</source>
        <translation>el servidor rechazó STLS: %1</translation>
    </message>
    <message>
        <source>unexpected reply ignored</source>
        <translation>respuesta inesperada ignorada</translation>
    </message>
    <message>
        <source>the server&apos;s greeting is not a POP3 greeting</source>
        <translation>el saludo del servidor no es un saludo POP3</translation>
    </message>
    <message>
        <source>the server does not offer STLS here</source>
        <translation>el servidor no ofrece STLS aquí</translation>
    </message>
    <message>
        <source>too many sign-in challenges; exchange cancelled</source>
        <translation>demasiados desafíos de autenticación; intercambio cancelado</translation>
    </message>
    <message>
        <source>an unexpected continuation was ignored</source>
        <translation>se ignoró una petición de continuación inesperada</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>&quot;%1&quot; is not a port (1-65535, optionally :none, :starttls or :tls)</source>
        <translation>“%1” no es un puerto (1-65535, opcionalmente con :none, :starttls o :tls)</translation>
    </message>
    <message>
        <source>unknown security &quot;%1&quot; (use none, starttls or tls)</source>
        <translation>seguridad desconocida “%1” (usa none, starttls o tls)</translation>
    </message>
    <message>
        <source>--ports names no port</source>
        <translation>--ports no indica ningún puerto</translation>
    </message>
    <message>
        <source>--send-test needs --from (or an email address as --user) and a password</source>
        <translation>--send-test necesita --from (o una dirección de correo como --user) y una contraseña</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>--server is required</source>
        <translation>falta --server</translation>
    </message>
    <message>
        <source>Probing %1 on ports %2 (timeout %3 s)...
</source>
        <translation>Probando %1 en los puertos %2 (tiempo de espera %3 s)…
</translation>
    </message>
    <message>
        <source>Signing in and sending works on at least one port.
</source>
        <translation>La autenticación y el envío funcionan en al menos un puerto.
</translation>
    </message>
    <message>
        <source>No port of %1 answered like a mail server.
</source>
        <translation>Ningún puerto de %1 respondió como un servidor de correo.
</translation>
    </message>
    <message>
        <source>The server answers; give --user and --password-stdin to test signing in.
</source>
        <translation>El servidor responde; indica --user y --password-stdin para probar la autenticación.
</translation>
    </message>
    <message>
        <source>The server answers, but sending was not verified on any port.
</source>
        <translation>El servidor responde, pero no se ha verificado el envío en ningún puerto.
</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>smtp (default), imap or pop3</source>
        <translation>smtp (predeterminado), imap o pop3</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocolo</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot; (use smtp, imap or pop3)</source>
        <translation>protocolo desconocido “%1” (usa smtp, imap o pop3)</translation>
    </message>
    <message>
        <source>--send-test, --from and --to are for SMTP only</source>
        <translation>--send-test, --from y --to son solo para SMTP</translation>
    </message>
    <message>
        <source>Signing in works on at least one port.
</source>
        <translation>La autenticación funciona en al menos un puerto.
</translation>
    </message>
    <message>
        <source>The server answers, but signing in was not verified on any port.
</source>
        <translation>El servidor responde, pero no se ha verificado la autenticación en ningún puerto.
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
                   Prueba en paralelo los puertos de un servidor de correo: conexión,
                   saludo, cifrado, certificado, autenticación y (con SMTP, el
                   predeterminado) si se acepta un destinatario sin autenticarse y tras
                   autenticarse. No se envía ningún correo salvo con --send-test (entonces
                   va un mensaje a --from). Por defecto, con IMAP se prueban los puertos 143
                   y 993, y con POP3 los puertos 110 y 995. Un puerto puede indicar su
                   seguridad: 587:starttls, 465:tls, 25:none.
</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>certificate</source>
        <translation>certificado</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid until %3, %4</source>
        <translation>%1, emitido por %2, válido hasta %3, %4</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confianza</translation>
    </message>
    <message>
        <source>NOT trusted: %1</source>
        <translation>NO es de confianza: %1</translation>
    </message>
    <message>
        <source>without sign-in</source>
        <translation>sin autenticación</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>autenticación</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>autenticado</translation>
    </message>
    <message>
        <source>test message</source>
        <translation>mensaje de prueba</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>saludo</translation>
    </message>
    <message>
        <source>capabilities</source>
        <translation>capacidades</translation>
    </message>
    <message>
        <source>logout</source>
        <translation>cierre de sesión</translation>
    </message>
    <message>
        <source>server&apos;s error</source>
        <translation>error del servidor</translation>
    </message>
</context>
<context>
    <name>ProbeRow</name>
    <message>
        <source>Sending on port 25 (often blocked by internet providers)</source>
        <translation>Envío por el puerto 25 (a menudo bloqueado por los proveedores de internet)</translation>
    </message>
    <message>
        <source>Unencrypted sending on port %1</source>
        <translation>Envío sin cifrado por el puerto %1</translation>
    </message>
    <message>
        <source>Secure sending (recommended)</source>
        <translation>Envío seguro (recomendado)</translation>
    </message>
    <message>
        <source>Secure sending</source>
        <translation>Envío seguro</translation>
    </message>
    <message>
        <source>Secure sending on port %1</source>
        <translation>Envío seguro por el puerto %1</translation>
    </message>
    <message>
        <source>Unencrypted receiving (IMAP) on port %1</source>
        <translation>Recepción sin cifrado (IMAP) por el puerto %1</translation>
    </message>
    <message>
        <source>Unencrypted receiving (POP3) on port %1</source>
        <translation>Recepción sin cifrado (POP3) por el puerto %1</translation>
    </message>
    <message>
        <source>Secure receiving (IMAP, recommended)</source>
        <translation>Recepción segura (IMAP, recomendada)</translation>
    </message>
    <message>
        <source>Secure receiving (IMAP)</source>
        <translation>Recepción segura (IMAP)</translation>
    </message>
    <message>
        <source>Secure receiving (POP3)</source>
        <translation>Recepción segura (POP3)</translation>
    </message>
    <message>
        <source>Secure receiving (IMAP) on port %1</source>
        <translation>Recepción segura (IMAP) por el puerto %1</translation>
    </message>
    <message>
        <source>Secure receiving (POP3) on port %1</source>
        <translation>Recepción segura (POP3) por el puerto %1</translation>
    </message>
    <message>
        <source>%1 (your settings now)</source>
        <translation>%1 (tus ajustes actuales)</translation>
    </message>
    <message>
        <source>%1, server %2</source>
        <translation>%1, servidor %2</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <source>Answers, with a problem</source>
        <translation>Responde, con un problema</translation>
    </message>
    <message>
        <source>Does not work</source>
        <translation>No funciona</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Waiting for an answer... %1 s of %2 s</source>
        <translation>Esperando respuesta… %1 s de %2 s</translation>
    </message>
    <message>
        <source>Not offered here</source>
        <translation>No disponible aquí</translation>
    </message>
</context>
<context>
    <name>ProgramAccounts</name>
    <message>
        <source>no Thunderbird profile was found on this computer</source>
        <translation>no se ha encontrado ningún perfil de Thunderbird en este equipo</translation>
    </message>
    <message>
        <source>Outlook&apos;s settings can be read only on Windows</source>
        <translation>los ajustes de Outlook solo se pueden leer en Windows</translation>
    </message>
    <message>
        <source>MailFix cannot read the settings of %1</source>
        <translation>MailFix no puede leer los ajustes de %1</translation>
    </message>
    <message>
        <source>%1 has no account with an outgoing server</source>
        <translation>%1 no tiene ninguna cuenta con servidor de salida</translation>
    </message>
    <message>
        <source>Apple Mail&apos;s settings can only be read on a Mac</source>
        <translation>La configuración de Apple Mail solo se puede leer en un Mac</translation>
    </message>
</context>
<context>
    <name>ProviderDetector</name>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>%1: cannot be read or is too large</source>
        <translation>%1: no se puede leer o es demasiado grande</translation>
    </message>
    <message>
        <source>the answer was larger than %1 bytes</source>
        <translation>la respuesta superaba los %1 bytes</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>estado HTTP %1</translation>
    </message>
    <message>
        <source>MX %1: no known platform</source>
        <translation>MX %1: ninguna plataforma conocida</translation>
    </message>
    <message>
        <source>%1 lies outside %2</source>
        <translation>%1 está fuera de %2</translation>
    </message>
    <message>
        <source>guessed from the domain</source>
        <translation>deducido a partir del dominio</translation>
    </message>
    <message>
        <source>guessed from the domain; not checked, because DNS did not answer</source>
        <translation>deducido a partir del dominio; sin comprobar, porque el DNS no respondió</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Opción desconocida “%1”.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Opciones desconocidas: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Falta un valor después de “%1”.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valor inesperado después de “%1”.</translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar &amp;ubicación del enlace</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar todo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sí a &amp;todo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a todo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar &amp;ubicación del enlace</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>%1 report</source>
        <translation>Informe de %1</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>No se ha podido escribir el archivo PDF.</translation>
    </message>
    <message>
        <source>Partial result: the check was stopped before it finished, so this shows only what finished.</source>
        <translation>Resultado parcial: la comprobación se detuvo antes de terminar, así que esto muestra solo lo que terminó.</translation>
    </message>
    <message>
        <source>%1 (version: %2)</source>
        <translation>%1 (versión: %2)</translation>
    </message>
    <message>
        <source>%1 report for %2</source>
        <translation>Informe de %1 para %2</translation>
    </message>
    <message>
        <source>Mail program: %1</source>
        <translation>Programa de correo: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>MailFix version: %1</source>
        <translation>Versión de MailFix: %1</translation>
    </message>
</context>
<context>
    <name>SelfTestCommand</name>
    <message>
        <source>  self-test        Check that this computer can make encrypted connections
</source>
        <translation>  self-test        Comprueba que este equipo puede establecer conexiones cifradas
</translation>
    </message>
    <message>
        <source>Encrypted connections: available (%1, Qt backend &quot;%2&quot;)
</source>
        <translation>Conexiones cifradas: disponibles (%1, backend de Qt “%2”)
</translation>
    </message>
</context>
<context>
    <name>SettingsCard</name>
    <message>
        <source>Made by MailFix %1. There is no password on this card.</source>
        <translation>Creada por MailFix %1. Esta ficha no contiene ninguna contraseña.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Mail settings for %1</source>
        <translation>Ajustes de correo para %1</translation>
    </message>
    <message>
        <source>Incoming mail (%1)</source>
        <translation>Correo entrante (%1)</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Correo saliente (SMTP)</translation>
    </message>
    <message>
        <source>Your password stays the same. Type it when the program asks; never send it by email.</source>
        <translation>Tu contraseña sigue siendo la misma. Escríbela cuando el programa te la pida; nunca la envíes por correo electrónico.</translation>
    </message>
    <message>
        <source>Picture of step %1</source>
        <translation>Imagen del paso %1</translation>
    </message>
    <message>
        <source>The PDF file could not be written.</source>
        <translation>No se ha podido escribir el archivo PDF.</translation>
    </message>
</context>
<context>
    <name>SmtpProbe</name>
    <message>
        <source>the server sent something that is not an SMTP reply</source>
        <translation>el servidor envió algo que no es una respuesta SMTP</translation>
    </message>
    <message>
        <source>the server sent a line longer than %1 bytes</source>
        <translation>el servidor envió una línea de más de %1 bytes</translation>
    </message>
    <message>
        <source>the server sent a reply of more than %1 lines</source>
        <translation>el servidor envió una respuesta de más de %1 líneas</translation>
    </message>
    <message>
        <source>the server refused STARTTLS: %1</source>
        <translation>el servidor rechazó STARTTLS: %1</translation>
    </message>
    <message>
        <source>unexpected reply ignored</source>
        <translation>respuesta inesperada ignorada</translation>
    </message>
    <message>
        <source>EHLO refused, HELO accepted</source>
        <translation>EHLO rechazado, HELO aceptado</translation>
    </message>
    <message>
        <source>EHLO refused; trying HELO</source>
        <translation>EHLO rechazado; probando HELO</translation>
    </message>
    <message>
        <source>no AUTH offered</source>
        <translation>no se ofrece AUTH</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS here</source>
        <translation>el servidor no ofrece STARTTLS aquí</translation>
    </message>
    <message>
        <source>relay test skipped: no sender or recipient address</source>
        <translation>prueba de retransmisión omitida: no hay dirección de remitente o de destinatario</translation>
    </message>
    <message>
        <source>the server accepted DATA without a recipient; the connection was closed so that nothing is sent</source>
        <translation>el servidor aceptó DATA sin destinatario; se cerró la conexión para que no se enviara nada</translation>
    </message>
    <message>
        <source>MailFix test message</source>
        <translation>Mensaje de prueba de MailFix</translation>
    </message>
    <message>
        <source>MailFix sent this message to check that sending works. You can delete it.</source>
        <translation>MailFix ha enviado este mensaje para comprobar que el envío funciona. Puedes borrarlo.</translation>
    </message>
    <message>
        <source>no user name and password given</source>
        <translation>no se ha indicado nombre de usuario ni contraseña</translation>
    </message>
    <message>
        <source>the server offers no AUTH here</source>
        <translation>el servidor no ofrece AUTH aquí</translation>
    </message>
    <message>
        <source>password not sent: the connection is not encrypted</source>
        <translation>contraseña no enviada: la conexión no está cifrada</translation>
    </message>
    <message>
        <source>password withheld: no encryption</source>
        <translation>contraseña retenida: sin cifrado</translation>
    </message>
    <message>
        <source>password not sent: the server&apos;s certificate is not trusted</source>
        <translation>contraseña no enviada: el certificado del servidor no es de confianza</translation>
    </message>
    <message>
        <source>password withheld: certificate not trusted</source>
        <translation>contraseña retenida: certificado no fiable</translation>
    </message>
    <message>
        <source>too many AUTH challenges; exchange cancelled</source>
        <translation>demasiados desafíos AUTH; intercambio cancelado</translation>
    </message>
    <message>
        <source>no reply to QUIT within %1 ms; the check did not wait for it</source>
        <translation>sin respuesta a QUIT en %1 ms; la comprobación no la esperó</translation>
    </message>
    <message>
        <source>the server&apos;s error: %1</source>
        <translation>error del servidor: %1</translation>
    </message>
</context>
<context>
    <name>ThunderbirdFixDialog</name>
    <message>
        <source>Fix it for me: Thunderbird</source>
        <translation>Solucionarlo por mí: Thunderbird</translation>
    </message>
    <message>
        <source>Accounts to change</source>
        <translation>Cuentas que cambiar</translation>
    </message>
    <message>
        <source>The values that change</source>
        <translation>Los valores que cambian</translation>
    </message>
    <message>
        <source>I have &amp;closed Thunderbird. Change its settings as shown.</source>
        <translation>He &amp;cerrado Thunderbird. Cambia sus ajustes como se muestra.</translation>
    </message>
    <message>
        <source>C&amp;hange the settings</source>
        <translation>Ca&amp;mbiar los ajustes</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Qué cambia:</translation>
    </message>
    <message>
        <source>MailFix can write the checked settings (%1) into Thunderbird for you. Choose the accounts to change. MailFix keeps a copy of the old settings, so you can undo it.</source>
        <translation>MailFix puede escribir por ti los ajustes comprobados (%1) en Thunderbird. Elige las cuentas que cambiar. MailFix guarda una copia de los ajustes anteriores, para que puedas deshacerlo.</translation>
    </message>
    <message>
        <source>%1 (now: %2)</source>
        <translation>%1 (ahora: %2)</translation>
    </message>
    <message>
        <source>Nothing changes: Thunderbird already uses these settings for the chosen accounts.</source>
        <translation>No cambia nada: Thunderbird ya usa estos ajustes para las cuentas elegidas.</translation>
    </message>
    <message>
        <source>Done. Start Thunderbird and send a message to try it. The old settings are saved in %1.</source>
        <translation>Hecho. Abre Thunderbird y envía un mensaje para probarlo. Los ajustes anteriores están guardados en %1.</translation>
    </message>
    <message>
        <source>Undone: Thunderbird&apos;s settings are back as they were.</source>
        <translation>Deshecho: los ajustes de Thunderbird vuelven a estar como antes.</translation>
    </message>
</context>
<context>
    <name>ThunderbirdSettingsWriter</name>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>connection security</source>
        <translation>seguridad de la conexión</translation>
    </message>
    <message>
        <source>authentication method</source>
        <translation>método de identificación</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>New outgoing server %1 in the list of servers</source>
        <translation>Nuevo servidor de salida %1 en la lista de servidores</translation>
    </message>
    <message>
        <source>Identity %1 sends through outgoing server %2 instead of %3</source>
        <translation>La identidad %1 envía a través del servidor de salida %2 en lugar de %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>The Thunderbird profile folder %1 does not exist.</source>
        <translation>La carpeta del perfil de Thunderbird %1 no existe.</translation>
    </message>
    <message>
        <source>Thunderbird is open. Close Thunderbird, then try again. Nothing was changed.</source>
        <translation>Thunderbird está abierto. Cierra Thunderbird y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 has no Thunderbird settings file (prefs.js). Start Thunderbird once with this profile, close it, then try again.</source>
        <translation>%1 no tiene archivo de ajustes de Thunderbird (prefs.js). Abre Thunderbird una vez con este perfil, ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 could not be read: %2. Nothing was changed.</source>
        <translation>No se ha podido leer el archivo de ajustes de Thunderbird %1: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 is damaged: line %2 cannot be read. MailFix changed nothing. Start Thunderbird and close it again (it rewrites the file), then try again.</source>
        <translation>El archivo de ajustes de Thunderbird %1 está dañado: no se puede leer la línea %2. MailFix no ha cambiado nada. Abre Thunderbird y vuelve a cerrarlo (así reescribe el archivo) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>the file did not read back as written</source>
        <translation>el archivo no se leyó igual que se escribió</translation>
    </message>
    <message>
        <source>MailFix could not write %1 in %2: %3. Nothing was lost: Thunderbird&apos;s settings are as they were.</source>
        <translation>MailFix no ha podido escribir %1 en %2: %3. No se ha perdido nada: los ajustes de Thunderbird están como estaban.</translation>
    </message>
    <message>
        <source>Thunderbird already uses these settings. Nothing was changed.</source>
        <translation>Thunderbird ya usa estos ajustes. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file changed after MailFix read it. Nothing was changed; look at the changes again.</source>
        <translation>El archivo de ajustes de Thunderbird ha cambiado después de que MailFix lo leyera. No se ha cambiado nada; vuelve a revisar los cambios.</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file %1 is written in a way MailFix cannot change safely. Nothing was changed; enter the settings in Thunderbird by hand.</source>
        <translation>El archivo de ajustes de Thunderbird %1 está escrito de una forma que MailFix no puede cambiar con seguridad. No se ha cambiado nada; introduce los ajustes en Thunderbird a mano.</translation>
    </message>
    <message>
        <source>a backup of Thunderbird&apos;s settings</source>
        <translation>una copia de seguridad de los ajustes de Thunderbird</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s settings file</source>
        <translation>el archivo de ajustes de Thunderbird</translation>
    </message>
    <message>
        <source>MailFix could not write Thunderbird&apos;s settings file %1. Restore it from the backup %2.</source>
        <translation>MailFix no ha podido escribir el archivo de ajustes de Thunderbird %1. Restáuralo desde la copia de seguridad %2.</translation>
    </message>
    <message>
        <source>There is no MailFix backup in %1: there is nothing to undo.</source>
        <translation>No hay ninguna copia de seguridad de MailFix en %1: no hay nada que deshacer.</translation>
    </message>
    <message>
        <source>The backup %1 could not be read: %2. Nothing was changed.</source>
        <translation>No se ha podido leer la copia de seguridad %1: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>a copy of Thunderbird&apos;s settings</source>
        <translation>una copia de los ajustes de Thunderbird</translation>
    </message>
    <message>
        <source>Outgoing server %1: </source>
        <translation>Servidor de salida %1: </translation>
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
        <translation>MailFix no puede establecer conexiones cifradas porque falta el complemento OpenSSL de Qt; vuelve a instalar la biblioteca de red de Qt (en Debian: apt-get install --reinstall libqt6network6) y abre MailFix de nuevo.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because the OpenSSL 3 library could not be loaded; install it (on Debian: apt-get install libssl3) and start MailFix again.</source>
        <translation>MailFix no puede establecer conexiones cifradas porque no se ha podido cargar la biblioteca OpenSSL 3; instálala (en Debian: apt-get install libssl3) y abre MailFix de nuevo.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because Qt is using the &quot;%1&quot; TLS backend and MailFix needs OpenSSL; install Qt&apos;s OpenSSL plugin (on Debian: libqt6network6) and start MailFix again.</source>
        <translation>MailFix no puede establecer conexiones cifradas porque Qt usa el backend TLS “%1” y MailFix necesita OpenSSL; instala el complemento OpenSSL de Qt (en Debian: libqt6network6) y abre MailFix de nuevo.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because Qt&apos;s OpenSSL plugin, which comes with MailFix, is missing; reinstall MailFix and start it again.</source>
        <translation>MailFix no puede establecer conexiones cifradas porque falta el complemento OpenSSL de Qt, que viene con MailFix; vuelve a instalar MailFix y ábrelo de nuevo.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because the OpenSSL 3 libraries that come with MailFix could not be loaded; reinstall MailFix and start it again.</source>
        <translation>MailFix no puede establecer conexiones cifradas porque no se han podido cargar las bibliotecas OpenSSL 3 que vienen con MailFix; vuelve a instalar MailFix y ábrelo de nuevo.</translation>
    </message>
    <message>
        <source>MailFix cannot make encrypted connections because Qt is using the &quot;%1&quot; TLS backend and MailFix needs OpenSSL; reinstall MailFix and start it again.</source>
        <translation>MailFix no puede establecer conexiones cifradas porque Qt usa el backend TLS “%1” y MailFix necesita OpenSSL; vuelve a instalar MailFix y ábrelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>UnsupportedProbe</name>
    <message>
        <source>MailFix cannot check %1 servers yet</source>
        <translation>MailFix aún no puede comprobar servidores %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>VerdictPage</name>
    <message>
        <source>What MailFix found</source>
        <translation>Lo que ha encontrado MailFix</translation>
    </message>
    <message>
        <source>Allow this server&apos;s certificate and check again...</source>
        <translation>Permitir el certificado de este servidor y comprobar de nuevo…</translation>
    </message>
    <message>
        <source>Show technical &amp;details</source>
        <translation>Mostrar detalles &amp;técnicos</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <source>Sa&amp;ve report...</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>MailFix found settings that should work. Use them as shown below.</source>
        <translation>MailFix ha encontrado ajustes que deberían funcionar. Úsalos como se muestra abajo.</translation>
    </message>
    <message>
        <source>MailFix could not find a server that answers. See the notes below.</source>
        <translation>MailFix no ha encontrado ningún servidor que responda. Consulta las notas de abajo.</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Outgoing server:&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Port:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Encryption:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Sign-in:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;User name:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Servidor de salida:&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Puerto:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cifrado:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Autenticación:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nombre de usuario:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>We checked this: signing in on port %1 works, and the server accepted a recipient.</source>
        <translation>Lo hemos comprobado: la autenticación en el puerto %1 funciona y el servidor ha aceptado un destinatario.</translation>
    </message>
    <message>
        <source>This should work, but it is not confirmed: %1</source>
        <translation>Esto debería funcionar, pero no está confirmado: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Also:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Además:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Hide technical &amp;details</source>
        <translation>Ocultar detalles &amp;técnicos</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf);;JSON for technicians (*.json)</source>
        <translation>Página web (*.html);;Documento PDF (*.pdf);;JSON para técnicos (*.json)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Informe no guardado</translation>
    </message>
    <message>
        <source>MailFix could not save the report to %1: %2</source>
        <translation>MailFix no ha podido guardar el informe en %1: %2</translation>
    </message>
    <message>
        <source>Allow this certificate?</source>
        <translation>¿Permitir este certificado?</translation>
    </message>
    <message>
        <source>The server could not prove that it really is your mail server. If someone is listening in on your network, your password could reach them. Allow it only if your provider or your technician told you this server&apos;s certificate is right.

Send your password to this server for this check?</source>
        <translation>El servidor no ha podido demostrar que sea de verdad tu servidor de correo. Si alguien está escuchando en tu red, tu contraseña podría llegarle. Permítelo solo si tu proveedor o tu técnico te ha dicho que el certificado de este servidor es correcto.

¿Enviar tu contraseña a este servidor para esta comprobación?</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Account &quot;%1&quot; (port %2): this one does not work.&lt;/b&gt; %3&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Cuenta “%1” (puerto %2): esta no funciona.&lt;/b&gt; %3&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Account &quot;%1&quot; (port %2): this one works.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Cuenta “%1” (puerto %2): esta funciona.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>What works, what does not, and what to change.</source>
        <translation>Qué funciona, qué no y qué cambiar.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir ca&amp;rpeta</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Incoming server (%1):&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Port:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Encryption:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;User name:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Servidor de entrada (%1):&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Puerto:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Cifrado:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nombre de usuario:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>We checked this: signing in to receive mail works with these settings.</source>
        <translation>Lo hemos comprobado: la autenticación para recibir correo funciona con estos ajustes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partial result.&lt;/b&gt; You stopped the check, so this shows only what finished before that. For the whole answer, click Back and then &quot;Check again&quot;.</source>
        <translation>&lt;b&gt;Resultado parcial.&lt;/b&gt; Has detenido la comprobación, así que esto muestra solo lo que terminó antes. Para la respuesta completa, haz clic en Atrás y después en “Comprobar de nuevo”.</translation>
    </message>
    <message>
        <source>The server did not accept this password.</source>
        <translation>El servidor no ha aceptado esta contraseña.</translation>
    </message>
    <message>
        <source>Report saved as %1 in %2.</source>
        <translation>Informe guardado como %1 en %2.</translation>
    </message>
    <message>
        <source>Report copied. You can paste it into an email or a chat with your helper.</source>
        <translation>Informe copiado. Puedes pegarlo en un correo electrónico o en un chat con quien te ayuda.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Your mail program cannot send?</source>
        <translation>¿Tu programa de correo no puede enviar?</translation>
    </message>
    <message>
        <source>MailFix finds out why, and shows you how to fix it in your own mail program.</source>
        <translation>MailFix averigua por qué y te muestra cómo solucionarlo en tu propio programa de correo.</translation>
    </message>
    <message>
        <source>If your mail program showed an error message, paste it here (you can leave this empty):</source>
        <translation>Si tu programa de correo mostró un mensaje de error, pégalo aquí (puedes dejarlo vacío):</translation>
    </message>
    <message>
        <source>Error message from your mail program</source>
        <translation>Mensaje de error de tu programa de correo</translation>
    </message>
    <message>
        <source>For example: 503 valid RCPT command must precede DATA</source>
        <translation>Por ejemplo: 503 valid RCPT command must precede DATA</translation>
    </message>
    <message>
        <source>What the error message means</source>
        <translation>Qué significa el mensaje de error</translation>
    </message>
    <message>
        <source>MailFix does not know this message. That is fine: the check will find out more.</source>
        <translation>MailFix no conoce este mensaje. No pasa nada: la comprobación averiguará más.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What this means:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Qué significa:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>It does not send any mail unless you ask it to, and your password stays on this computer and with your mail server.</source>
        <translation>MailFix no envía ningún correo a menos que se lo pidas, y tu contraseña se queda en este ordenador y en tu servidor de correo.</translation>
    </message>
</context>
<context>
    <name>WelcomeSteps</name>
    <message>
        <source>&lt;b&gt;1. It checks&lt;/b&gt;&lt;br&gt;your mail server, the way your mail program talks to it</source>
        <translation>&lt;b&gt;1. Comprueba&lt;/b&gt;&lt;br&gt;tu servidor de correo, tal como le habla tu programa de correo</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. It explains&lt;/b&gt;&lt;br&gt;in plain words what goes wrong</source>
        <translation>&lt;b&gt;2. Explica&lt;/b&gt;&lt;br&gt;con palabras sencillas qué falla</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. It shows the fix&lt;/b&gt;&lt;br&gt;step by step, in your own mail program</source>
        <translation>&lt;b&gt;3. Muestra la solución&lt;/b&gt;&lt;br&gt;paso a paso, en tu propio programa de correo</translation>
    </message>
</context>
<context>
    <name>WizardContext</name>
    <message>
        <source>Signed in with %1.</source>
        <translation>Sesión iniciada con %1.</translation>
    </message>
    <message>
        <source>%1 accounts sign in through %1&apos;s own sign-in window. MailFix could not test that here: it has not been set up for it. It checked without signing in.</source>
        <translation>Las cuentas de %1 inician sesión a través de la propia ventana de inicio de sesión de %1. MailFix no ha podido probarlo aquí: no está configurado para ello. Ha hecho la comprobación sin iniciar sesión.</translation>
    </message>
    <message>
        <source>Your provider signs in with a password, not with its own sign-in window. MailFix checked without signing in.</source>
        <translation>Con tu proveedor se inicia sesión con una contraseña, no con su propia ventana de inicio de sesión. MailFix ha hecho la comprobación sin iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in with %1 did not work (%2). MailFix checked without signing in.</source>
        <translation>El inicio de sesión con %1 no ha funcionado (%2). MailFix ha hecho la comprobación sin iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>WizardOptions</name>
    <message>
        <source>Print start-up time and memory, then quit</source>
        <translation>Mostrar el tiempo de inicio y la memoria, y salir</translation>
    </message>
    <message>
        <source>mailfix: --ispdb-url is ignored (%1)</source>
        <translation>mailfix: se ignora --ispdb-url (%1)</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
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
        <translation>sin cifrado</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Sin autenticación</translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation>Contraseña normal</translation>
    </message>
    <message>
        <source>Encrypted password</source>
        <translation>Contraseña cifrada</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>server %1, port %2, %3</source>
        <translation>servidor %1, puerto %2, %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: mailfix [--ca-file PEM] [--ispdb-url URL] [--overrides DIR] [--timeout S]
               [--version] [--help]
Starts the MailFix wizard. For the console program, run mailfix-cli --help.
</source>
        <translation>Uso: mailfix [--ca-file PEM] [--ispdb-url URL] [--overrides DIR] [--timeout S]
             [--version] [--help]
Abre el asistente de MailFix. Para el programa de consola, ejecuta mailfix-cli --help.
</translation>
    </message>
    <message>
        <source>MailFix</source>
        <translation>MailFix</translation>
    </message>
    <message>
        <source>MailFix cannot start</source>
        <translation>MailFix no puede iniciarse</translation>
    </message>
    <message>
        <source>mailfix: deployment settings: %1</source>
        <translation>mailfix: ajustes de implantación: %1</translation>
    </message>
    <message>
        <source>mailfix: %1</source>
        <translation>mailfix: %1</translation>
    </message>
</context>
</TS>
