<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>The server sent an answer FieldDesk does not understand (HTTP %1).</source>
        <translation>Der Server hat eine Antwort geschickt, die FieldDesk nicht versteht (HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Try again in a moment.</source>
        <translation>Zu viele Versuche. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has expired.</source>
        <translation>Sie sind nicht angemeldet, oder Ihre Sitzung ist abgelaufen.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Dazu sind Sie nicht berechtigt.</translation>
    </message>
    <message>
        <source>The server does not know this address. Check the server URL.</source>
        <translation>Der Server kennt diese Adresse nicht. Prüfen Sie die Server-URL.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Der Server hatte ein Problem (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field name: what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the server at %1: the connection was refused. Check the address and that the server is running.</source>
        <translation>Keine Verbindung zum Server %1: Die Verbindung wurde abgelehnt. Prüfen Sie die Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the server address.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check your connection and try again.</source>
        <translation>Der Server %1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection unexpectedly.</source>
        <translation>Der Server %1 hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2</source>
        <translation>Es konnte keine sichere Verbindung zu %1 aufgebaut werden: %2</translation>
    </message>
    <message>
        <source>No network connection. Check your connection and try again.</source>
        <translation>Keine Netzwerkverbindung. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not a server address FieldDesk can use. Use an address starting with http:// or https://.</source>
        <translation>%1 ist keine Serveradresse, die FieldDesk verwenden kann. Verwenden Sie eine Adresse, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Der Server %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>fielddesk::client::AuthSession</name>
    <message>
        <source>Your saved sign-in is no longer valid. Please sign in again.</source>
        <translation>Ihre gespeicherte Anmeldung ist nicht mehr gültig. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>fielddesk::client::ConnectionMonitor</name>
    <message>
        <source>The server is not ready (HTTP %1).</source>
        <translation>Der Server ist nicht bereit (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>fielddesk::client::KeychainTokenStore</name>
    <message>
        <source>Access to the system keychain was denied (%1).</source>
        <translation>Der Zugriff auf den Systemschlüsselbund wurde verweigert (%1).</translation>
    </message>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar (%1).</translation>
    </message>
    <message>
        <source>The system keychain could not remove the entry (%1).</source>
        <translation>Der Systemschlüsselbund konnte den Eintrag nicht entfernen (%1).</translation>
    </message>
    <message>
        <source>Nothing was stored: you will need to sign in again next time.</source>
        <translation>Es wurde nichts gespeichert: Beim nächsten Mal müssen Sie sich erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::ConnectionIndicator</name>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation>Verbindung zu %1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Offline: %1 is not reachable</source>
        <translation>Offline: %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::MainWindow</name>
    <message>
        <source>FieldDesk</source>
        <translation>FieldDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign out and forget the kept sign-in on this computer</source>
        <translation>Abmelden und die gespeicherte Anmeldung auf diesem Computer vergessen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About FieldDesk</source>
        <translation>&amp;Über FieldDesk</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>FieldDesk — %1</source>
        <translation>FieldDesk — %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Willkommen, %1</translation>
    </message>
    <message>
        <source>You are signed in to %1 as %2. The dispatch board, the timeline and the map will open here.</source>
        <translation>Sie sind bei %1 als %2 angemeldet. Die Disposition, die Zeitleiste und die Karte öffnen sich hier.</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>%n zugewiesen</numerusform>
            <numerusform>%n zugewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>About FieldDesk</source>
        <translation>Über FieldDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FieldDesk %1&lt;/h3&gt;&lt;p&gt;Dispatch console for field-service companies.&lt;/p&gt;&lt;p&gt;Connected to %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FieldDesk %1&lt;/h3&gt;&lt;p&gt;Dispositionskonsole für Außendienstunternehmen.&lt;/p&gt;&lt;p&gt;Verbunden mit %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::SessionFlow</name>
    <message>
        <source>You have signed out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::SessionHeader</name>
    <message>
        <source>FieldDesk</source>
        <translation>FieldDesk</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>role · email</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation>Disponent</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
</context>
<context>
    <name>fielddesk::signin::SignInDialog</name>
    <message>
        <source>FieldDesk — Sign in</source>
        <translation>FieldDesk — Anmelden</translation>
    </message>
    <message>
        <source>Sign in to FieldDesk</source>
        <translation>Bei FieldDesk anmelden</translation>
    </message>
    <message>
        <source>Your dispatch console for field-service teams.</source>
        <translation>Ihre Dispositionskonsole für Außendienstteams.</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080</source>
        <translation>http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in</source>
        <translation>Angemeldet &amp;bleiben</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain, so that FieldDesk signs you in the next time you open it.</source>
        <translation>Legt ein Anmelde-Token im Systemschlüsselbund ab, damit FieldDesk Sie beim nächsten Start anmeldet.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Enter the server address, for example http://127.0.0.1:8080.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signing you in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>You are signed in, but FieldDesk cannot keep you signed in on this computer.
%1</source>
        <translation>Sie sind angemeldet, aber FieldDesk kann Sie auf diesem Computer nicht angemeldet halten.
%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>FieldDesk dispatch console.

Environment:
  FIELDDESK_SERVER    server URL when --server is not given
                      (default: the last one used, or http://127.0.0.1:8080)
  FIELDDESK_EMAIL     email when --email is not given
  FIELDDESK_PASSWORD  demo convenience: together with an email, signs in at once
                      without asking. Do not use it with real accounts: other
                      programs of your user can read the environment.

With an email and a sign-in kept in the system keychain (&quot;Keep me signed in&quot;),
FieldDesk signs in silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL.</source>
        <translation>Server-URL.</translation>
    </message>
    <message>
        <source>Email to sign in with.</source>
        <translation>E-Mail-Adresse für die Anmeldung.</translation>
    </message>
    <message>
        <source>Not a server URL: %1 (expected for example http://127.0.0.1:8080)</source>
        <translation>Keine Server-URL: %1 (erwartet zum Beispiel http://127.0.0.1:8080)</translation>
    </message>
</context>
</TS>
