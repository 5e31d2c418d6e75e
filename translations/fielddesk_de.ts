<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdminResources</name>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>La&amp;titude</source>
        <translation>&amp;Breitengrad</translation>
    </message>
    <message>
        <source>Degrees north, -90 to 90</source>
        <translation>Grad nördlich, -90 bis 90</translation>
    </message>
    <message>
        <source>Lon&amp;gitude</source>
        <translation>&amp;Längengrad</translation>
    </message>
    <message>
        <source>Degrees east, -180 to 180</source>
        <translation>Grad östlich, -180 bis 180</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Where the location&apos;s days begin and end</source>
        <translation>Wo die Tage des Standorts beginnen und enden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>&amp;Standorte</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>A&amp;ktiv</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>The account the technician signs in with</source>
        <translation>Das Konto, mit dem sich der Techniker anmeldet</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>&amp;Fähigkeiten</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Standort</translation>
    </message>
    <message>
        <source>Shift &amp;starts</source>
        <translation>Schicht&amp;beginn</translation>
    </message>
    <message>
        <source>Shift &amp;ends</source>
        <translation>Schicht&amp;ende</translation>
    </message>
    <message>
        <source>&amp;Break from</source>
        <translation>&amp;Pause ab</translation>
    </message>
    <message>
        <source>Break &amp;until</source>
        <translation>Pause b&amp;is</translation>
    </message>
    <message>
        <source>Break &amp;minutes</source>
        <translation>Pausen&amp;minuten</translation>
    </message>
    <message>
        <source>&amp;Working days</source>
        <translation>&amp;Arbeitstage</translation>
    </message>
    <message>
        <source>Most &amp;jobs a day</source>
        <translation>Höchstens &amp;Aufträge am Tag</translation>
    </message>
    <message>
        <source>Empty: no limit</source>
        <translation>Leer: keine Grenze</translation>
    </message>
    <message>
        <source>Home la&amp;titude</source>
        <translation>Breitengrad des &amp;Zuhauses</translation>
    </message>
    <message>
        <source>Home lon&amp;gitude</source>
        <translation>Längengrad des Zu&amp;hauses</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Required s&amp;kill</source>
        <translation>Benötigte &amp;Fähigkeit</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes)</source>
        <translation>&amp;Dauer (Minuten)</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Preis</translation>
    </message>
    <message>
        <source>P&amp;riority (1–5)</source>
        <translation>P&amp;riorität (1–5)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Required skill</source>
        <translation>Benötigte Fähigkeit</translation>
    </message>
    <message>
        <source>Expense categories</source>
        <translation>Auslagenkategorien</translation>
    </message>
    <message>
        <source>expense category</source>
        <translation>Auslagenkategorie</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Needs a &amp;receipt</source>
        <translation>Braucht einen &amp;Beleg</translation>
    </message>
    <message>
        <source>&amp;Limit (cents)</source>
        <translation>&amp;Limit (Cent)</translation>
    </message>
    <message>
        <source>In the company&apos;s currency; more is flagged, not refused. Empty: no limit</source>
        <translation>In der Währung der Firma; mehr wird markiert, nicht abgelehnt. Leer: keine Grenze</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Spiff types</source>
        <translation>Prämienarten</translation>
    </message>
    <message>
        <source>spiff type</source>
        <translation>Prämienart</translation>
    </message>
    <message>
        <source>Usual &amp;amount (cents)</source>
        <translation>Üblicher &amp;Betrag (Cent)</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Leistung</translation>
    </message>
    <message>
        <source>Filed when a job is &amp;completed</source>
        <translation>Eingereicht, wenn ein Auftrag &amp;abgeschlossen wird</translation>
    </message>
    <message>
        <source>With a service: completing a job of it files the spiff for its technician</source>
        <translation>Mit einer Leistung: Ein abgeschlossener Auftrag dieser Leistung reicht die Prämie für seinen Techniker ein</translation>
    </message>
    <message>
        <source>Cents</source>
        <translation>Cent</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Beginnt mit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; left empty, the password stays</source>
        <translation>
            <numerusform>Mindestens %n Zeichen; leer gelassen, bleibt das Passwort</numerusform>
            <numerusform>Mindestens %n Zeichen; leer gelassen, bleibt das Passwort</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Must change password at next sign-in</source>
        <translation>Passwort bei nächster Anmeldung &amp;ändern</translation>
    </message>
    <message>
        <source>The user signs in with the password given here, then must choose one of their own before anything else</source>
        <translation>Der Benutzer meldet sich mit dem hier angegebenen Passwort an und muss dann zuerst ein eigenes wählen</translation>
    </message>
    <message>
        <source>&amp;End all sessions…</source>
        <translation>Alle Sitzungen &amp;beenden…</translation>
    </message>
    <message>
        <source>End every session of %1? They are signed out everywhere at once and sign in again with their password.</source>
        <translation>Alle Sitzungen von %1 beenden? Die Person wird überall sofort abgemeldet und meldet sich mit ihrem Passwort wieder an.</translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation>Sitzungen beenden</translation>
    </message>
    <message>
        <source>Service &amp;area</source>
        <translation>Einsatz&amp;gebiet</translation>
    </message>
    <message>
        <source>The area the location serves, drawn on the map</source>
        <translation>Das Gebiet, das der Standort bedient, auf der Karte gezeichnet</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>Where the events are POSTed: http:// or https://</source>
        <translation>Wohin die Ereignisse gesendet werden (POST): http:// oder https://</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>The events sent to the URL</source>
        <translation>Die Ereignisse, die an die URL gehen</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Geheimnis</translation>
    </message>
    <message>
        <source>Signs every call (HMAC-SHA256). Left empty, the server makes one and shows it once; typed, it replaces the one in use</source>
        <translation>Signiert jeden Aufruf (HMAC-SHA256). Leer gelassen, erzeugt der Server eines und zeigt es einmal; eingetippt, ersetzt es das bisherige</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>A customer&apos;s system</source>
        <translation>Das System eines Kunden</translation>
    </message>
    <message>
        <source>The fleet tracker</source>
        <translation>Die Flottenortung</translation>
    </message>
    <message>
        <source>A customer&apos;s system sees that customer&apos;s jobs only; the fleet tracker only sends the positions of the location&apos;s technicians</source>
        <translation>Das System eines Kunden sieht nur dessen Aufträge; die Flottenortung sendet nur die Positionen der Techniker des Standorts</translation>
    </message>
    <message>
        <source>Whose system signs in with the key (none for the fleet tracker)</source>
        <translation>Wessen System sich mit dem Schlüssel anmeldet (keiner für die Flottenortung)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Fleet tracker</source>
        <translation>Flottenortung</translation>
    </message>
    <message>
        <source>Customer&apos;s system</source>
        <translation>System eines Kunden</translation>
    </message>
    <message>
        <source>&amp;Weather-sensitive</source>
        <translation>&amp;Wetterempfindlich</translation>
    </message>
    <message>
        <source>Rain, wind or cold beyond the company&apos;s limits put its jobs at risk, and the best-slot search skips such days.</source>
        <translation>Regen, Wind oder Kälte über den Grenzen der Firma gefährden seine Aufträge, und die Suche nach dem besten Termin lässt solche Tage aus.</translation>
    </message>
</context>
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
    <message>
        <source>You must choose a new password before you can go on.</source>
        <translation>Sie müssen ein neues Passwort wählen, bevor es weitergeht.</translation>
    </message>
    <message>
        <source>it is self-signed</source>
        <translation>es ist selbst signiert</translation>
    </message>
    <message>
        <source>it was issued by %1, which this computer does not know</source>
        <translation>es wurde von %1 ausgestellt, die dieser Computer nicht kennt</translation>
    </message>
    <message>
        <source>The server at %1 sent a certificate this computer does not trust: %2. If your company has its own certificate authority, choose its CA file under &quot;Certificate authority&quot; and sign in again; otherwise ask your administrator.</source>
        <translation>Der Server unter %1 hat ein Zertifikat gesendet, dem dieser Computer nicht vertraut: %2. Wenn Ihre Firma eine eigene Zertifizierungsstelle hat, wählen Sie deren CA-Datei unter „Zertifizierungsstelle“ und melden Sie sich erneut an; andernfalls wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate at %1 expired on %2. Ask your administrator to renew it.</source>
        <translation>Das Zertifikat des Servers unter %1 ist am %2 abgelaufen. Bitten Sie Ihre Administration, es zu erneuern.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate at %1 is only valid from %2. Check this computer&apos;s date and time.</source>
        <translation>Das Zertifikat des Servers unter %1 ist erst ab %2 gültig. Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not for %1 but for %2. Use the server address the certificate names, or ask your administrator.</source>
        <translation>Das Zertifikat des Servers gilt nicht für %1, sondern für %2. Verwenden Sie die Serveradresse, die das Zertifikat nennt, oder wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate at %1 has been revoked.</source>
        <translation>Das Zertifikat des Servers unter %1 wurde widerrufen.</translation>
    </message>
    <message>
        <source>The server at %1 sent a certificate this computer does not accept: %2</source>
        <translation>Der Server unter %1 hat ein Zertifikat gesendet, das dieser Computer nicht akzeptiert: %2</translation>
    </message>
</context>
<context>
    <name>ApplyRouteCommand</name>
    <message numerus="yes">
        <source>Apply route proposal #%1 (%n job(s))</source>
        <translation>
            <numerusform>Routenvorschlag #%1 anwenden (%n Auftrag)</numerusform>
            <numerusform>Routenvorschlag #%1 anwenden (%n Aufträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of these jobs were changed since the route was applied.</source>
        <translation>Einige dieser Aufträge wurden geändert, seit die Route angewendet wurde.</translation>
    </message>
    <message>
        <source>The route could not be applied again: %1</source>
        <translation>Die Route konnte nicht erneut angewendet werden: %1</translation>
    </message>
    <message>
        <source>The route could not be undone: %1</source>
        <translation>Die Route konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
</context>
<context>
    <name>AuditCsv</name>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Datensatzart</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Datensatz-ID</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
</context>
<context>
    <name>AuditDiff</name>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: before → after</comment>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ChangeJobStatusCommand</name>
    <message>
        <source>Set “%1” to %2</source>
        <translation>„%1“ auf %2 setzen</translation>
    </message>
</context>
<context>
    <name>FormRefusal</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
</context>
<context>
    <name>JobFieldText</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Benötigte Fähigkeiten</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>1 – lowest</source>
        <translation>1 – niedrigste</translation>
    </message>
    <message>
        <source>2 – low</source>
        <translation>2 – niedrig</translation>
    </message>
    <message>
        <source>3 – normal</source>
        <translation>3 – normal</translation>
    </message>
    <message>
        <source>4 – high</source>
        <translation>4 – hoch</translation>
    </message>
    <message>
        <source>5 – most urgent</source>
        <translation>5 – am dringendsten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Kunde #%1</translation>
    </message>
    <message>
        <source>Service #%1</source>
        <translation>Leistung #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobPlacementCommand</name>
    <message>
        <source>The job is no longer on this day&apos;s board.</source>
        <translation>Der Auftrag steht nicht mehr auf der Tafel dieses Tages.</translation>
    </message>
</context>
<context>
    <name>JobStatusText</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Disponiert</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>NewPasswordRules</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not the password you have now</source>
        <translation>Nicht Ihr jetziges Passwort</translation>
    </message>
    <message>
        <source>Typed the same twice</source>
        <translation>Zweimal gleich eingegeben</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters</source>
        <translation>
            <numerusform>Höchstens %n Zeichen</numerusform>
            <numerusform>Höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Verwenden Sie höchstens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a password other than the one you have now.</source>
        <translation>Wählen Sie ein anderes Passwort als Ihr jetziges.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Expenses</source>
        <translation>Spesen</translation>
    </message>
    <message>
        <source>Spiffs</source>
        <translation>Prämien</translation>
    </message>
    <message>
        <source>Expense report</source>
        <translation>Spesenbericht</translation>
    </message>
    <message>
        <source>Spiff report</source>
        <translation>Prämienbericht</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>KW %1, %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <source>Tool #%1</source>
        <translation>Werkzeug #%1</translation>
    </message>
    <message>
        <source>Item #%1</source>
        <translation>Artikel #%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2) ×%3</source>
        <translation>%1 (%2) ×%3</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Kleidung</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Weitergabe</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Wartet auf Entscheidung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Urlaub</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Krankheit</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Unpaid leave</source>
        <translation>Unbezahlter Urlaub</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>%1 ×%2, needed by %3</source>
        <translation>%1 ×%2, benötigt bis %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>An %1: %2</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Benötigt bis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 submitted the request</source>
        <translation>%1 hat den Antrag gestellt</translation>
    </message>
    <message>
        <source>%1 approved</source>
        <translation>%1 hat genehmigt</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 hat abgelehnt</translation>
    </message>
    <message>
        <source>%1 marked it fulfilled</source>
        <translation>%1 hat ihn als erledigt markiert</translation>
    </message>
    <message>
        <source>%1 cancelled the request</source>
        <translation>%1 hat den Antrag zurückgezogen</translation>
    </message>
    <message>
        <source>%1 revoked the approval</source>
        <translation>%1 hat die Genehmigung widerrufen</translation>
    </message>
    <message>
        <source>%1 commented</source>
        <translation>%1 hat kommentiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (all day)</source>
        <translation>%1 (ganztägig)</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n Tag)</numerusform>
            <numerusform>%1 – %2 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
</context>
<context>
    <name>ServerTrust</name>
    <message>
        <source>Cannot read the certificate authority file %1: %2</source>
        <translation>Die Datei der Zertifizierungsstelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <source>The certificate authority file %1 holds no certificate. Use the company&apos;s CA certificate in PEM form (a text file starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>Die Datei der Zertifizierungsstelle %1 enthält kein Zertifikat. Verwenden Sie das CA-Zertifikat Ihrer Firma im PEM-Format (eine Textdatei, die mit -----BEGIN CERTIFICATE----- beginnt).</translation>
    </message>
</context>
<context>
    <name>TimelineHeader</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::AdminWorkspace</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Admin pages</source>
        <translation>Admin-Seiten</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::AreaPicker</name>
    <message>
        <source>&amp;Remove last corner</source>
        <translation>Letzte Ecke &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Draw the service area</source>
        <translation>Einsatzgebiet zeichnen</translation>
    </message>
    <message>
        <source>Click to add a corner; drag a corner to move it. Drag the map to move it, the wheel zooms. Backspace removes the last corner.</source>
        <translation>Ein Klick fügt eine Ecke hinzu; eine gezogene Ecke wird verschoben. Die Karte verschiebt sich beim Ziehen, das Mausrad zoomt. Die Rücktaste entfernt die letzte Ecke.</translation>
    </message>
    <message>
        <source>The location</source>
        <translation>Der Standort</translation>
    </message>
    <message numerus="yes">
        <source>An area needs at least %n corners.</source>
        <translation>
            <numerusform>Ein Gebiet braucht mindestens %n Ecke.</numerusform>
            <numerusform>Ein Gebiet braucht mindestens %n Ecken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An area may have at most %n corners.</source>
        <translation>
            <numerusform>Ein Gebiet darf höchstens %n Ecke haben.</numerusform>
            <numerusform>Ein Gebiet darf höchstens %n Ecken haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Corner %1 is off the map.</source>
        <translation>Ecke %1 liegt außerhalb der Karte.</translation>
    </message>
    <message>
        <source>Corner %1 is where the corner before it is.</source>
        <translation>Ecke %1 liegt auf der Ecke davor.</translation>
    </message>
    <message>
        <source>The edges cross: the edge from corner %1 meets the edge from corner %2. Drag a corner to untangle them.</source>
        <translation>Die Kanten kreuzen sich: Die Kante ab Ecke %1 trifft die Kante ab Ecke %2. Ziehen Sie eine Ecke, um sie zu entwirren.</translation>
    </message>
    <message>
        <source>No area: click the map to add its first corner.</source>
        <translation>Kein Gebiet: Klicken Sie auf die Karte, um die erste Ecke zu setzen.</translation>
    </message>
    <message numerus="yes">
        <source>An area of %n corners.</source>
        <translation>
            <numerusform>Ein Gebiet mit %n Ecke.</numerusform>
            <numerusform>Ein Gebiet mit %n Ecken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::AuditDiffModel</name>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 geändert von %2 auf %3</translation>
    </message>
    <message>
        <source>%1 unchanged: %2</source>
        <translation>%1 unverändert: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::AuditLogModel</name>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(System)</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::AuditLogPage</name>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Audit log rows, newest first</source>
        <translation>Prüfprotokoll-Zeilen, neueste zuerst</translation>
    </message>
    <message>
        <source>Before and after of the selected row</source>
        <translation>Vorher und nachher der gewählten Zeile</translation>
    </message>
    <message>
        <source>Load the next older rows (scrolling to the end does too)</source>
        <translation>Die nächsten älteren Zeilen laden (auch durch Blättern ans Ende)</translation>
    </message>
    <message>
        <source>Write every row the filters select to a CSV file</source>
        <translation>Alle von den Filtern gewählten Zeilen in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Jeder</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Ab Tag</translation>
    </message>
    <message>
        <source>Until day</source>
        <translation>Bis Tag</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>Record &amp;kind:</source>
        <translation>Datensatz&amp;art:</translation>
    </message>
    <message>
        <source>Record &amp;id:</source>
        <translation>Datensatz-&amp;ID:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>The audit log could not be loaded: %1</source>
        <translation>Das Prüfprotokoll konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 von %n Zeile</numerusform>
            <numerusform>%1 von %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · by %3 · %4</source>
        <translation>%1 · %2 · von %3 · %4</translation>
    </message>
    <message>
        <source>%1
No values were recorded for this row.</source>
        <translation>%1
Für diese Zeile wurden keine Werte aufgezeichnet.</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Prüfprotokoll als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>The audit log could not be exported: %1</source>
        <translation>Das Prüfprotokoll konnte nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::MessageLogPage</name>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>E&amp;rneut senden</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed, tried again</source>
        <translation>Fehlgeschlagen, wird wiederholt</translation>
    </message>
    <message>
        <source>Given up</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Jeder Kanal</translation>
    </message>
    <message>
        <source>Search recipient or subject</source>
        <translation>Empfänger oder Betreff suchen</translation>
    </message>
    <message>
        <source>Queue the selected message again, as a new message</source>
        <translation>Die gewählte Nachricht noch einmal einreihen, als neue Nachricht</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>The message&apos;s words</source>
        <translation>Der Text der Nachricht</translation>
    </message>
    <message>
        <source>&lt;b&gt;Messages&lt;/b&gt;: emails, text messages and webhook calls the server sends, newest first</source>
        <translation>&lt;b&gt;Nachrichten&lt;/b&gt;: E-Mails, SMS und Webhook-Aufrufe, die der Server sendet, neueste zuerst</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>Die Nachrichten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Nächster Versuch: %1</translation>
    </message>
    <message>
        <source>Message #%1 could not be sent again: %2</source>
        <translation>Nachricht #%1 konnte nicht erneut gesendet werden: %2</translation>
    </message>
    <message>
        <source>Message #%1 is queued again as #%2.</source>
        <translation>Nachricht #%1 ist erneut eingereiht als #%2.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s)</source>
        <translation>
            <numerusform>%1 von %n Nachricht</numerusform>
            <numerusform>%1 von %n Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::MessageTemplateModel</name>
    <message>
        <source>Job scheduled</source>
        <translation>Auftrag eingeplant</translation>
    </message>
    <message>
        <source>Reminder the day before</source>
        <translation>Erinnerung am Vortag</translation>
    </message>
    <message>
        <source>Technician on the way</source>
        <translation>Techniker unterwegs</translation>
    </message>
    <message>
        <source>Job completed</source>
        <translation>Auftrag erledigt</translation>
    </message>
    <message>
        <source>Notification to a person</source>
        <translation>Benachrichtigung an eine Person</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Own words</source>
        <translation>Eigener Wortlaut</translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::MessageTemplatesPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Use FieldDesk&apos;s words…</source>
        <translation>&amp;FieldDesk-Wortlaut verwenden…</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>Preview of the saved words with sample values</source>
        <translation>Vorschau des gespeicherten Wortlauts mit Beispielwerten</translation>
    </message>
    <message>
        <source>Send these words to the server (Ctrl+S)</source>
        <translation>Diesen Wortlaut an den Server senden (Strg+S)</translation>
    </message>
    <message>
        <source>Use FieldDesk&apos;s words</source>
        <translation>FieldDesk-Wortlaut verwenden</translation>
    </message>
    <message>
        <source>Drop the company&apos;s own words for this template and language</source>
        <translation>Den eigenen Wortlaut der Firma für diese Vorlage und Sprache verwerfen</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Text message</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <source>&amp;Preview: the saved words with sample values</source>
        <translation>&amp;Vorschau: der gespeicherte Wortlaut mit Beispielwerten</translation>
    </message>
    <message>
        <source>The words of the emails and text messages FieldDesk sends for the company, in each language customers are written in</source>
        <translation>Der Wortlaut der E-Mails und SMS, die FieldDesk für die Firma versendet, in jeder Sprache, in der Kunden angeschrieben werden</translation>
    </message>
    <message>
        <source>The message templates could not be loaded: %1</source>
        <translation>Die Nachrichtenvorlagen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Choose a template on the left.</source>
        <translation>Wählen Sie links eine Vorlage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf %2</translation>
    </message>
    <message>
        <source>You can use: %1</source>
        <translation>Verwendbar: %1</translation>
    </message>
    <message>
        <source>Subject: %1

%2

Text message:
%3</source>
        <translation>Betreff: %1

%2

SMS:
%3</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Drop the company&apos;s own words for “%1” in %2 and use FieldDesk&apos;s again?</source>
        <translation>Den eigenen Wortlaut der Firma für „%1“ auf %2 verwerfen und wieder den von FieldDesk verwenden?</translation>
    </message>
    <message>
        <source>FieldDesk&apos;s words could not be restored: %1</source>
        <translation>Der Wortlaut von FieldDesk konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>FieldDesk&apos;s words are used again.</source>
        <translation>Der Wortlaut von FieldDesk wird wieder verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::ResourceForm</name>
    <message>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Pick on the map…</source>
        <translation>Auf der Karte wählen …</translation>
    </message>
    <message>
        <source>Click the place on the map instead of typing its coordinates</source>
        <translation>Den Ort auf der Karte anklicken, statt seine Koordinaten einzutippen</translation>
    </message>
    <message>
        <source>Draw on the map…</source>
        <translation>Auf der Karte zeichnen…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message numerus="yes">
        <source>%n corners</source>
        <translation>
            <numerusform>%n Ecke</numerusform>
            <numerusform>%n Ecken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::ResourcePage</name>
    <message>
        <source>New %1…</source>
        <translation>%1 anlegen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Send the changes to the server (Ctrl+S)</source>
        <translation>Die Änderungen an den Server senden (Strg+S)</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Inaktive zeigen</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Discard them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>The new %1</source>
        <translation>Der neue Eintrag (%1)</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>%1 löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen …</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <source>Revoke %1? What signs in with it is refused from now on.</source>
        <translation>%1 widerrufen? Was sich damit anmeldet, wird ab sofort abgewiesen.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Copy the new %1</source>
        <translation>Neuen %1 kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <source>This is the only time it is shown: copy it now and keep it where the system that uses it reads it.</source>
        <translation>Es wird nur dieses eine Mal gezeigt: Kopieren Sie es jetzt und legen Sie es dort ab, wo das System, das es nutzt, es liest.</translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::TenantSettingsPage</name>
    <message>
        <source>Company &amp;name</source>
        <translation>&amp;Firmenname</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Where the company&apos;s days begin and end, unless a location has its own</source>
        <translation>Wo die Tage der Firma beginnen und enden, sofern ein Standort keine eigene hat</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>ISO 4217; what expenses and spiffs are in unless one says otherwise</source>
        <translation>ISO 4217; die Währung von Auslagen und Prämien, sofern eine nichts anderes sagt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Send the changes to the server (Ctrl+S)</source>
        <translation>Die Änderungen an den Server senden (Strg+S)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>The company&apos;s settings could not be loaded: %1</source>
        <translation>Die Einstellungen der Firma konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Travel &amp;speed (km/h)</source>
        <translation>Fahrt&amp;geschwindigkeit (km/h)</translation>
    </message>
    <message>
        <source>The average speed between jobs, for travel gaps, warnings and routing; empty: the server&apos;s</source>
        <translation>Die mittlere Geschwindigkeit zwischen Aufträgen, für Fahrtlücken, Warnungen und die Routenplanung; leer: die des Servers</translation>
    </message>
    <message>
        <source>&amp;Road factor</source>
        <translation>&amp;Straßenfaktor</translation>
    </message>
    <message>
        <source>How much longer roads are than the straight line (1 to 3); empty: the server&apos;s</source>
        <translation>Um wie viel länger Straßen als die Luftlinie sind (1 bis 3); leer: der des Servers</translation>
    </message>
    <message>
        <source>&amp;Working week</source>
        <translation>&amp;Arbeitswoche</translation>
    </message>
    <message>
        <source>What a new technician works unless told otherwise</source>
        <translation>Was ein neuer Techniker arbeitet, sofern nicht anders angegeben</translation>
    </message>
    <message>
        <source>Shift &amp;starts</source>
        <translation>Schicht &amp;beginnt</translation>
    </message>
    <message>
        <source>Shift &amp;ends</source>
        <translation>Schicht &amp;endet</translation>
    </message>
    <message>
        <source>Customers are written to &amp;in</source>
        <translation>Kunden erhalten Nachrichten &amp;in</translation>
    </message>
    <message>
        <source>The language of customers&apos; messages, unless a customer chose one</source>
        <translation>Die Sprache der Nachrichten an Kunden, sofern ein Kunde keine gewählt hat</translation>
    </message>
    <message>
        <source>Evening messages &amp;at</source>
        <translation>Abendnachrichten &amp;um</translation>
    </message>
    <message>
        <source>When technicians get the next day&apos;s plan and customers a reminder, on each location&apos;s clock</source>
        <translation>Wann Techniker den Plan für den nächsten Tag und Kunden eine Erinnerung erhalten, nach der Uhrzeit des jeweiligen Standorts</translation>
    </message>
    <message>
        <source>Jobs of weather-sensitive services are at risk when the forecast passes it</source>
        <translation>Aufträge wetterempfindlicher Leistungen sind gefährdet, wenn die Vorhersage den Wert überschreitet</translation>
    </message>
    <message>
        <source>Rain &amp;limit (mm/h)</source>
        <translation>Regen&amp;grenze (mm/h)</translation>
    </message>
    <message>
        <source>Win&amp;d limit (km/h)</source>
        <translation>Win&amp;dgrenze (km/h)</translation>
    </message>
    <message>
        <source>C&amp;oldest (°C)</source>
        <translation>&amp;Kältester Wert (°C)</translation>
    </message>
    <message>
        <source>&amp;Hottest (°C)</source>
        <translation>&amp;Heißester Wert (°C)</translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::ApprovalsWorkspace</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Approve the selected requests</source>
        <translation>Die ausgewählten Anträge genehmigen</translation>
    </message>
    <message>
        <source>Reject the selected requests with a comment</source>
        <translation>Die ausgewählten Anträge mit Kommentar ablehnen</translation>
    </message>
    <message>
        <source>Open the first attachment</source>
        <translation>Den ersten Anhang öffnen</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>Einen Kommentar schreiben</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>Im Eingang suchen</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>Load the inbox again</source>
        <translation>Den Eingang neu laden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Approve the selected requests (A in the list, Ctrl+Enter)</source>
        <translation>Die ausgewählten Anträge genehmigen (A in der Liste, Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Reject with a comment (R in the list, Ctrl+Shift+Enter)</source>
        <translation>Mit Kommentar ablehnen (R in der Liste, Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>%1 (list)</source>
        <translation>%1 (Liste)</translation>
    </message>
    <message>
        <source>Up, Down, Shift+Up/Down, Ctrl+A</source>
        <translation>Hoch, Runter, Umschalt+Hoch/Runter, Strg+A</translation>
    </message>
    <message>
        <source>Move in the list, select several (for bulk approve)</source>
        <translation>In der Liste bewegen, mehrere auswählen (zum gemeinsamen Genehmigen)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts: Approvals</source>
        <translation>Tastenkürzel: Genehmigungen</translation>
    </message>
    <message>
        <source>The inbox could not be loaded: %1</source>
        <translation>Der Eingang konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Approve requests</source>
        <translation>Anträge genehmigen</translation>
    </message>
    <message numerus="yes">
        <source>Approve the %n selected requests?</source>
        <translation>
            <numerusform>Den %n ausgewählten Antrag genehmigen?</numerusform>
            <numerusform>Die %n ausgewählten Anträge genehmigen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n</source>
        <translation>
            <numerusform>%n genehmigen</numerusform>
            <numerusform>%n genehmigen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n request(s).</source>
        <translation>
            <numerusform>%n Antrag genehmigt.</numerusform>
            <numerusform>%n Anträge genehmigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n request(s).</source>
        <translation>
            <numerusform>%n Antrag abgelehnt.</numerusform>
            <numerusform>%n Anträge abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided: %1</source>
        <translation>Nicht entschieden: %1</translation>
    </message>
    <message>
        <source>Jobs inside the time off</source>
        <translation>Aufträge in der Abwesenheit</translation>
    </message>
    <message>
        <source>The time off is approved. These jobs are assigned to the technician inside it and need another technician:&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>Die Abwesenheit ist genehmigt. Diese Aufträge sind dem Techniker in diesem Zeitraum zugewiesen und brauchen einen anderen Techniker:&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Open on the board</source>
        <translation>Auf der Tafel öffnen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>%n &amp;genehmigen</numerusform>
            <numerusform>%n &amp;genehmigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Nothing awaits your decision.</source>
        <translation>Nichts wartet auf Ihre Entscheidung.</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting your decision</source>
        <translation>
            <numerusform>%n wartet auf Ihre Entscheidung</numerusform>
            <numerusform>%n warten auf Ihre Entscheidung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n awaiting your decision</source>
        <translation>
            <numerusform>%1 von %n, der auf Ihre Entscheidung wartet</numerusform>
            <numerusform>%1 von %n, die auf Ihre Entscheidung warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>&amp;Anträge</translation>
    </message>
    <message>
        <source>E&amp;xpenses and spiffs</source>
        <translation>S&amp;pesen und Prämien</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message numerus="yes">
        <source>Re-plan %n job(s)…</source>
        <translation>
            <numerusform>%n Auftrag neu planen…</numerusform>
            <numerusform>%n Aufträge neu planen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Propose other technicians for these jobs on the board, to compare and apply</source>
        <translation>Auf der Plantafel andere Techniker für diese Aufträge vorschlagen, zum Vergleichen und Übernehmen</translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::AttachmentViewer</name>
    <message>
        <source>This attachment cannot be shown.</source>
        <translation>Dieser Anhang kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::InboxFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Jedes Alter</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n+ days</source>
        <translation>
            <numerusform>Wartet seit %n+ Tag</numerusform>
            <numerusform>Wartet seit %n+ Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search requests (Ctrl+F)</source>
        <translation>Anträge suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Anträge durchsuchen</translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::MoneyInbox</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Ablehnen …</translation>
    </message>
    <message>
        <source>Reimburse or &amp;pay</source>
        <translation>&amp;Erstatten oder auszahlen</translation>
    </message>
    <message>
        <source>Awaiting my decision</source>
        <translation>Wartet auf meine Entscheidung</translation>
    </message>
    <message>
        <source>Approved, to reimburse or pay</source>
        <translation>Genehmigt, zu erstatten oder auszuzahlen</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>Die Liste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Select an expense or a spiff.</source>
        <translation>Wählen Sie eine Spesenabrechnung oder eine Prämie.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n entries?</source>
        <translation>
            <numerusform>%n Eintrag genehmigen?</numerusform>
            <numerusform>%n Einträge genehmigen?</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2: %3</translation>
    </message>
    <message>
        <source>Expenses and spiffs</source>
        <translation>Auslagen und Prämien</translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::RejectDialog</name>
    <message>
        <source>Reject request</source>
        <translation>Antrag ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n requests</source>
        <translation>
            <numerusform>%n Antrag ablehnen</numerusform>
            <numerusform>%n Anträge ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Why? The requester reads this comment.</source>
        <translation>Warum? Der Antragsteller liest diesen Kommentar.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::RequestDetailsView</name>
    <message>
        <source>FieldDesk</source>
        <translation>FieldDesk</translation>
    </message>
    <message>
        <source>%1 commented · %2</source>
        <translation>%1 hat kommentiert · %2</translation>
    </message>
    <message>
        <source>%1 submitted · %2</source>
        <translation>%1 hat eingereicht · %2</translation>
    </message>
    <message>
        <source>%1 by %2 · %3</source>
        <translation>%1 von %2 · %3</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>&amp;Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Write a comment for the requester…</source>
        <translation>Einen Kommentar für den Antragsteller schreiben…</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Choose a request in the list to see it here.</source>
        <translation>Wählen Sie einen Antrag in der Liste, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · submitted %2</source>
        <translation>%1 · eingereicht %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Open the attachment</source>
        <translation>Den Anhang öffnen</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>fielddesk::attachments::AttachmentList</name>
    <message>
        <source>Double-click or press Enter to open an attachment</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um einen Anhang zu öffnen</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <source>%1 — downloading…</source>
        <translation>%1 – wird geladen…</translation>
    </message>
    <message>
        <source>%1 — not available: %2</source>
        <translation>%1 – nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>%1 — cannot be saved: %2</source>
        <translation>%1 – kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
</context>
<context>
    <name>fielddesk::attachments::AttachmentsBox</name>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>Attach photos or PDF files (Ctrl+O); you can also drop them onto this dialog</source>
        <translation>Fotos oder PDF-Dateien anhängen (Strg+O); Sie können sie auch auf diesen Dialog ziehen</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>Attach the image on the clipboard, a screenshot or a scanned receipt (Ctrl+V outside a text field)</source>
        <translation>Das Bild aus der Zwischenablage anhängen, etwa ein Bildschirmfoto oder einen gescannten Beleg (Strg+V außerhalb eines Textfelds)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Photos and PDF files (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Fotos und PDF-Dateien (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <source>The clipboard holds no image to attach.</source>
        <translation>Die Zwischenablage enthält kein Bild zum Anhängen.</translation>
    </message>
    <message>
        <source>The image cannot be kept: no temporary folder.</source>
        <translation>Das Bild kann nicht behalten werden: kein temporärer Ordner.</translation>
    </message>
    <message>
        <source>The image cannot be kept: it could not be saved.</source>
        <translation>Das Bild kann nicht behalten werden: Es konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Uploading %1 (%2 of %3)…</source>
        <translation>%1 wird hochgeladen (%2 von %3) …</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>%1 wurde nicht hochgeladen: %2</translation>
    </message>
</context>
<context>
    <name>fielddesk::attachments::PendingAttachmentList</name>
    <message>
        <source>No attachments. Drop photos or PDF files here, paste an image, or add files with the button.</source>
        <translation>Keine Anhänge. Ziehen Sie Fotos oder PDF-Dateien hierher, fügen Sie ein Bild ein oder fügen Sie Dateien mit der Schaltfläche hinzu.</translation>
    </message>
    <message>
        <source>%1: only JPEG, PNG and PDF files can be attached.</source>
        <translation>%1: Nur JPEG-, PNG- und PDF-Dateien können angehängt werden.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: larger than %2.</source>
        <translation>%1: größer als %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: a request carries at most %n file(s).</source>
        <translation>
            <numerusform>%1: Ein Antrag kann höchstens %n Datei enthalten.</numerusform>
            <numerusform>%1: Ein Antrag kann höchstens %n Dateien enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Do not send %1 with the request</source>
        <translation>%1 nicht mit dem Antrag senden</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::AssignJobCommand</name>
    <message>
        <source>Reschedule “%1” to %2</source>
        <translation>„%1“ auf %2 verschieben</translation>
    </message>
    <message>
        <source>Reassign “%1” to %2 at %3</source>
        <translation>„%1“ %2 um %3 neu zuweisen</translation>
    </message>
    <message>
        <source>Assign “%1” to %2 at %3</source>
        <translation>„%1“ %2 um %3 zuweisen</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::AssignmentClient</name>
    <message>
        <source>Someone else changed this job first. Your change was not applied.</source>
        <translation>Jemand anderes hat diesen Auftrag zuerst geändert. Ihre Änderung wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>Your change was not applied: %1</source>
        <translation>Ihre Änderung wurde nicht übernommen: %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>assigned it to %1 at %2</source>
        <translation>hat ihn %1 um %2 zugewiesen</translation>
    </message>
    <message>
        <source>moved it to %1</source>
        <translation>hat ihn auf %1 verschoben</translation>
    </message>
    <message>
        <source>unassigned it</source>
        <translation>hat die Zuweisung aufgehoben</translation>
    </message>
    <message>
        <source>changed its status to %1</source>
        <translation>hat seinen Status auf %1 geändert</translation>
    </message>
    <message>
        <source>created it</source>
        <translation>hat ihn angelegt</translation>
    </message>
    <message>
        <source>changed it</source>
        <translation>hat ihn geändert</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>%1 %2 (at %3).</source>
        <translation>%1 %2 (um %3).</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::AssignmentFlow</name>
    <message numerus="yes">
        <source>Assign %n job(s) to %1</source>
        <translation>
            <numerusform>%n Auftrag %1 zuweisen</numerusform>
            <numerusform>%n Aufträge %1 zuweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n job(s)</source>
        <translation>
            <numerusform>Zuweisung von %n Auftrag aufheben</numerusform>
            <numerusform>Zuweisung von %n Aufträgen aufheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %n job(s)</source>
        <translation>
            <numerusform>Status von %n Auftrag ändern</numerusform>
            <numerusform>Status von %n Aufträgen ändern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::board::AutoRouteSession</name>
    <message>
        <source>The route could not be planned: %1</source>
        <translation>Die Route konnte nicht geplant werden: %1</translation>
    </message>
    <message>
        <source>The route was not applied: %1</source>
        <translation>Die Route wurde nicht angewendet: %1</translation>
    </message>
    <message>
        <source>now %1 at %2</source>
        <translation>jetzt %1 um %2</translation>
    </message>
    <message>
        <source>now unassigned</source>
        <translation>jetzt nicht zugewiesen</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Jobs of this plan were changed meanwhile. Plan again to include the changes.</source>
        <translation>Aufträge dieses Plans wurden inzwischen geändert. Planen Sie erneut, um die Änderungen einzubeziehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since the plan: %1. Plan again to include the changes.</source>
        <translation>Seit dem Plan geändert: %1. Planen Sie erneut, um die Änderungen einzubeziehen.</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::DispatchStore</name>
    <message>
        <source>Overlaps “%1” (%2–%3).</source>
        <translation>Überschneidet sich mit „%1“ (%2–%3).</translation>
    </message>
    <message>
        <source>Outside the customer&apos;s window %1–%2.</source>
        <translation>Außerhalb des Kundenzeitfensters %1–%2.</translation>
    </message>
    <message>
        <source>Outside %1&apos;s shift %2–%3.</source>
        <translation>Außerhalb der Schicht von %1 (%2–%3).</translation>
    </message>
    <message>
        <source>%1 does not work this day.</source>
        <translation>%1 arbeitet an diesem Tag nicht.</translation>
    </message>
    <message>
        <source>%1 lacks the skill %2.</source>
        <translation>%1 fehlt die Qualifikation %2.</translation>
    </message>
    <message>
        <source>%1 is off or unavailable then.</source>
        <translation>%1 ist zu dieser Zeit frei oder nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::JobArrivals</name>
    <message>
        <source>ETA %1</source>
        <translation>Ankunft ca. %1</translation>
    </message>
    <message>
        <source>At risk of missing its window: done about %1, the window ends %2</source>
        <translation>Zeitfenster gefährdet: fertig gegen %1, das Zeitfenster endet %2</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::JobTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation>Gefährdet: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Waiting for the server…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Warten auf den Server…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Qualifikationen</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Geplanter Beginn</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::RoutePreview</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Travel %1 → %2</source>
        <translation>Fahrzeit %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %3 jobs placed (before: %4) · %n moved</source>
        <translation>
            <numerusform>%1 · %2 von %3 Aufträgen eingeplant (vorher: %4) · %n verschoben</numerusform>
            <numerusform>%1 · %2 von %3 Aufträgen eingeplant (vorher: %4) · %n verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n left out</source>
        <translation>
            <numerusform> · %n ausgelassen</numerusform>
            <numerusform> · %n ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>new time</source>
        <translation>neue Zeit</translation>
    </message>
    <message>
        <source>other technician</source>
        <translation>anderer Techniker</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>eingeplant</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::TechnicianTableModel</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>On job</source>
        <translation>Im Einsatz</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 — shift %2–%3</source>
        <translation>%1 — Schicht %2–%3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>time, job title</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Qualifikationen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Next job</source>
        <translation>Nächster Auftrag</translation>
    </message>
    <message>
        <source>⚠ No vehicle</source>
        <translation>⚠ Kein Fahrzeug</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Default vehicle (nothing assigned for the day)</source>
        <translation>Standardfahrzeug (für den Tag nichts zugeteilt)</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::UnassignJobCommand</name>
    <message>
        <source>Unassign “%1”</source>
        <translation>Zuweisung von „%1“ aufheben</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::VehicleRoster</name>
    <message>
        <source>%1 (%2)</source>
        <comment>vehicle name, plate</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No vehicle for %1</source>
        <translation>Kein Fahrzeug am %1</translation>
    </message>
    <message>
        <source>%1 is in service</source>
        <translation>%1 ist in der Werkstatt</translation>
    </message>
    <message>
        <source>%1 is retired</source>
        <translation>%1 ist ausgemustert</translation>
    </message>
    <message>
        <source>%1 is overdue for service</source>
        <translation>%1 ist überfällig für die Wartung</translation>
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
    <name>fielddesk::customers::AddressDialog</name>
    <message>
        <source>Change address</source>
        <translation>Adresse ändern</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>Neue Adresse</translation>
    </message>
    <message>
        <source>e.g. Home, Office</source>
        <translation>z. B. Zuhause, Büro</translation>
    </message>
    <message>
        <source>Street, town</source>
        <translation>Straße, Ort</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>fielddesk::customers::CustomerDetails</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Auf der Karte</translation>
    </message>
    <message>
        <source>Add address…</source>
        <translation>Adresse hinzufügen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Service addresses</source>
        <translation>Einsatzadressen</translation>
    </message>
    <message>
        <source>The customer&apos;s jobs</source>
        <translation>Die Aufträge des Kunden</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Auftragsverlauf</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>Kunde anlegen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation>Der Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>Adresse entfernen</translation>
    </message>
    <message>
        <source>Remove the address “%1”?</source>
        <translation>Die Adresse „%1“ entfernen?</translation>
    </message>
    <message>
        <source>No emails</source>
        <translation>Keine E-Mails</translation>
    </message>
    <message>
        <source>No text messages</source>
        <translation>Keine SMS</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Company default</source>
        <translation>Firmenstandard</translation>
    </message>
    <message>
        <source>The language FieldDesk writes to this customer in; the company&apos;s default unless one is chosen</source>
        <translation>Die Sprache, in der FieldDesk diesem Kunden schreibt; der Firmenstandard, sofern keine gewählt ist</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>Nachrichten auf</translation>
    </message>
</context>
<context>
    <name>fielddesk::customers::CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>fielddesk::customers::CustomersWorkspace</name>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mehr zeigen</translation>
    </message>
    <message>
        <source>Find by name, phone, email or address</source>
        <translation>Nach Name, Telefon, E-Mail oder Adresse suchen</translation>
    </message>
    <message>
        <source>Find customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>A new customer (Ctrl+N)</source>
        <translation>Ein neuer Kunde (Strg+N)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%1 von %n Kunden</numerusform>
            <numerusform>%1 von %n Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::AutoRouteDialog</name>
    <message>
        <source>Auto-route</source>
        <translation>Automatische Routenplanung</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>Standort %1</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected technician(s)</source>
        <translation>
            <numerusform>Nur der %n ausgewählte Techniker</numerusform>
            <numerusform>Nur die %n ausgewählten Techniker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected job(s)</source>
        <translation>
            <numerusform>Nur der %n ausgewählte Auftrag</numerusform>
            <numerusform>Nur die %n ausgewählten Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>Jobs under way stay where they are. Nothing changes until you apply the proposal.</source>
        <translation>Laufende Aufträge bleiben, wo sie sind. Nichts ändert sich, bis Sie den Vorschlag anwenden.</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planen</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::AutoRoutePanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Plan &amp;again</source>
        <translation>&amp;Erneut planen</translation>
    </message>
    <message>
        <source>Auto-route %1: planning…</source>
        <translation>Routenplanung %1: wird geplant…</translation>
    </message>
    <message>
        <source>Applying the route…</source>
        <translation>Route wird angewendet…</translation>
    </message>
    <message>
        <source>Proposed route %1:</source>
        <translation>Vorgeschlagene Route %1:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>%n Änderung &amp;anwenden</numerusform>
            <numerusform>%n Änderungen &amp;anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to apply</source>
        <translation>Nichts anzuwenden</translation>
    </message>
    <message>
        <source>The route was not applied:</source>
        <translation>Die Route wurde nicht angewendet:</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>finishing…</source>
        <translation>wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Vorgeschlagene Änderungen</translation>
    </message>
    <message>
        <source>Re-plan while %1 is away, %2: planning…</source>
        <translation>Neu planen, solange %1 fehlt, %2: wird geplant…</translation>
    </message>
    <message>
        <source>Proposed re-plan while %1 is away, %2:</source>
        <translation>Vorgeschlagene Neuplanung, solange %1 fehlt, %2:</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::BestSlotDialog</name>
    <message>
        <source>Asking the routing engine…</source>
        <translation>Die Routenplanung wird gefragt…</translation>
    </message>
    <message>
        <source>Best slots for “%1”</source>
        <translation>Beste Termine für „%1“</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Added travel</source>
        <translation>Zusätzliche Fahrzeit</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>Keine Vorschläge: %1</translation>
    </message>
    <message>
        <source>Nobody can take this job that day.</source>
        <translation>An diesem Tag kann niemand diesen Auftrag übernehmen.</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Days &amp;from</source>
        <translation>Tage &amp;von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Ranked by the routing engine across the days chosen:</source>
        <translation>Von der Routenplanung über die gewählten Tage gereiht:</translation>
    </message>
    <message>
        <source>Nobody can take this job on these days.</source>
        <translation>An diesen Tagen kann niemand diesen Auftrag übernehmen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Skipped for the weather: %1</source>
        <translation>Wegen des Wetters ausgelassen: %1</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::BoardActions</name>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorheriger Tag (Alt+Links)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Nächster Tag (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <source>Show %n day(s)</source>
        <translation>
            <numerusform>%n Tag zeigen</numerusform>
            <numerusform>%n Tage zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>Unassign the selected jobs (Ctrl+U)</source>
        <translation>Zuweisung der ausgewählten Aufträge aufheben (Strg+U)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Assign the selected jobs to the selected technician, after their last job (Ctrl+Enter)</source>
        <translation>Die ausgewählten Aufträge dem ausgewählten Techniker nach seinem letzten Auftrag zuweisen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Best slot…</source>
        <translation>Bester Termin…</translation>
    </message>
    <message>
        <source>The routing engine&apos;s best slots for the selected job (Ctrl+B)</source>
        <translation>Die besten Termine der Routenplanung für den ausgewählten Auftrag (Strg+B)</translation>
    </message>
    <message>
        <source>Auto-route…</source>
        <translation>Route planen…</translation>
    </message>
    <message>
        <source>Plan the day&apos;s routes with the routing engine and preview them (Ctrl+R)</source>
        <translation>Die Routen des Tages mit der Routenplanung planen und als Vorschau zeigen (Strg+R)</translation>
    </message>
    <message>
        <source>Cancel or discard the auto-route</source>
        <translation>Die Routenplanung abbrechen oder verwerfen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Find jobs</source>
        <translation>Aufträge suchen</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>New job…</source>
        <translation>Neuer Auftrag…</translation>
    </message>
    <message>
        <source>Create a job, for a known or a new customer (Ctrl+N)</source>
        <translation>Einen Auftrag anlegen, für einen bekannten oder neuen Kunden (Strg+N)</translation>
    </message>
    <message>
        <source>Edit job…</source>
        <translation>Auftrag bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected job (F2)</source>
        <translation>Den ausgewählten Auftrag ändern (F2)</translation>
    </message>
    <message>
        <source>Duplicate job…</source>
        <translation>Auftrag duplizieren…</translation>
    </message>
    <message>
        <source>A new job with the selected job&apos;s details (Ctrl+D)</source>
        <translation>Ein neuer Auftrag mit den Angaben des ausgewählten (Strg+D)</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Undo / redo an assignment&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New job&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt; / &lt;b&gt;Ctrl+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Edit / duplicate the selected job&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Assign the selected jobs to the selected technician&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+U&lt;/b&gt;, &lt;b&gt;Delete&lt;/b&gt; (timeline)&lt;/td&gt;&lt;td&gt;Unassign the selected jobs&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Auto-route the day (preview, then apply or discard)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Escape&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cancel the auto-route&apos;s plan, discard its preview&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Best slots for the selected job; Enter assigns the chosen one&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; / &lt;b&gt;3&lt;/b&gt; / &lt;b&gt;5&lt;/b&gt; / &lt;b&gt;7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show 1, 3, 5 or 7 days&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Menu key&lt;/b&gt;, right click (timeline)&lt;/td&gt;&lt;td&gt;Actions on the selected job&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search jobs&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Left&lt;/b&gt; / &lt;b&gt;Alt+Right&lt;/b&gt;, &lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Previous / next day, today&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+&lt;/b&gt; / &lt;b&gt;-&lt;/b&gt;, &lt;b&gt;Ctrl+wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zoom the timeline or the map&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrows&lt;/b&gt;, &lt;b&gt;Page Up/Down&lt;/b&gt;, &lt;b&gt;wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Scroll the timeline, pan the map&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Timeline: now; map: all jobs&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; (timeline)&lt;/td&gt;&lt;td&gt;Details of the selected job&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+drag&lt;/b&gt; (map)&lt;/td&gt;&lt;td&gt;Select the jobs in a rectangle&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Z&lt;/b&gt; / &lt;b&gt;Strg+Umschalt+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zuweisung rückgängig machen / wiederholen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Neuer Auftrag&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt; / &lt;b&gt;Strg+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Den ausgewählten Auftrag bearbeiten / duplizieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Eingabe&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Die ausgewählten Aufträge dem ausgewählten Techniker zuweisen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+U&lt;/b&gt;, &lt;b&gt;Entf&lt;/b&gt; (Zeitleiste)&lt;/td&gt;&lt;td&gt;Zuweisung der ausgewählten Aufträge aufheben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Routen des Tages planen (Vorschau, dann anwenden oder verwerfen)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Die Routenplanung abbrechen, ihre Vorschau verwerfen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Beste Termine für den ausgewählten Auftrag; Eingabe weist den gewählten zu&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+1&lt;/b&gt; / &lt;b&gt;3&lt;/b&gt; / &lt;b&gt;5&lt;/b&gt; / &lt;b&gt;7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;1, 3, 5 oder 7 Tage zeigen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Menütaste&lt;/b&gt;, Rechtsklick (Zeitleiste)&lt;/td&gt;&lt;td&gt;Aktionen für den ausgewählten Auftrag&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Aufträge suchen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Links&lt;/b&gt; / &lt;b&gt;Alt+Rechts&lt;/b&gt;, &lt;b&gt;Strg+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Vorheriger / nächster Tag, heute&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+&lt;/b&gt; / &lt;b&gt;-&lt;/b&gt;, &lt;b&gt;Strg+Mausrad&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zeitleiste oder Karte zoomen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Pfeiltasten&lt;/b&gt;, &lt;b&gt;Bild auf/ab&lt;/b&gt;, &lt;b&gt;Mausrad&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zeitleiste scrollen, Karte verschieben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Pos1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zeitleiste: jetzt; Karte: alle Aufträge&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Eingabe&lt;/b&gt; (Zeitleiste)&lt;/td&gt;&lt;td&gt;Details des ausgewählten Auftrags&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Umschalt+Ziehen&lt;/b&gt; (Karte)&lt;/td&gt;&lt;td&gt;Die Aufträge in einem Rechteck auswählen&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous control: the toolbar, the panes, their filters and lists&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1&lt;/b&gt; … &lt;b&gt;Alt+4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show or hide the technicians, jobs, map and details panes&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Umschalt+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nächstes / vorheriges Element: die Werkzeugleiste, die Bereiche, ihre Filter und Listen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1&lt;/b&gt; … &lt;b&gt;Alt+4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Bereiche Techniker, Aufträge, Karte und Details ein- oder ausblenden&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Send plans for this day…</source>
        <translation>Pläne für diesen Tag senden…</translation>
    </message>
    <message>
        <source>Send plans…</source>
        <translation>Pläne senden…</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::BoardToolBar</name>
    <message>
        <source>Board</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <source>How many days the timeline shows (Ctrl+1, 3, 5, 7)</source>
        <translation>Wie viele Tage die Zeitleiste zeigt (Strg+1, 3, 5, 7)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>● Reconnecting…</source>
        <translation>● Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::DayReplayDialog</name>
    <message>
        <source>Loading the positions…</source>
        <translation>Positionen werden geladen…</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Replay of %1&apos;s day</source>
        <translation>Tag von %1 abspielen</translation>
    </message>
    <message>
        <source>Moment of the day</source>
        <translation>Zeitpunkt des Tages</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>The positions could not be loaded: %1</source>
        <translation>Die Positionen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No positions that day.</source>
        <translation>Keine Positionen an diesem Tag.</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) recorded.</source>
        <translation>
            <numerusform>%n Position aufgezeichnet.</numerusform>
            <numerusform>%n Positionen aufgezeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::DetailsPanel</name>
    <message>
        <source>Select a job or a technician to see the details.</source>
        <translation>Wählen Sie einen Auftrag oder einen Techniker, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Qualifikationen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Warten auf den Server…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Not working this day</source>
        <translation>Arbeitet an diesem Tag nicht</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message numerus="yes">
        <source>%n min from %1</source>
        <translation>
            <numerusform>%n Min. ab %1</numerusform>
            <numerusform>%n Min. ab %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Auftragsdetails</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::DispatchBoard</name>
    <message>
        <source>Dispatch board</source>
        <translation>Dispositionstafel</translation>
    </message>
    <message>
        <source>Filter technicians…</source>
        <translation>Techniker filtern…</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>Route applied: %n job(s) changed (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>Route angewendet: %n Auftrag geändert (Strg+Z nimmt es zurück)</numerusform>
            <numerusform>Route angewendet: %n Aufträge geändert (Strg+Z nimmt es zurück)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the day…</source>
        <translation>Der Tag wird geladen…</translation>
    </message>
    <message>
        <source>Loading %1 of %2 jobs…</source>
        <translation>%1 von %2 Aufträgen werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s), %1 technicians</source>
        <translation>
            <numerusform>%n Auftrag, %1 Techniker</numerusform>
            <numerusform>%n Aufträge, %1 Techniker</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
    <message>
        <source>The day could not be loaded: %1</source>
        <translation>Der Tag konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Select one or more jobs and a technician first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Aufträge und einen Techniker.</translation>
    </message>
    <message>
        <source>Select a job first.</source>
        <translation>Wählen Sie zuerst einen Auftrag.</translation>
    </message>
    <message>
        <source>Assign anyway?</source>
        <translation>Trotzdem zuweisen?</translation>
    </message>
    <message>
        <source>The server has concerns about assigning “%1”:</source>
        <translation>Der Server hat Bedenken bei der Zuweisung von „%1“:</translation>
    </message>
    <message>
        <source>Assign &amp;anyway</source>
        <translation>&amp;Trotzdem zuweisen</translation>
    </message>
    <message>
        <source>New job here at %1…</source>
        <translation>Neuer Auftrag hier um %1…</translation>
    </message>
    <message>
        <source>Time off from %1…</source>
        <translation>Abwesenheit ab %1…</translation>
    </message>
    <message>
        <source>Change or delete this time off…</source>
        <translation>Diese Abwesenheit ändern oder löschen…</translation>
    </message>
    <message>
        <source>Search technicians</source>
        <translation>Techniker durchsuchen</translation>
    </message>
    <message>
        <source>Choose one location in the job filter to send its technicians their plans</source>
        <translation>Wählen Sie im Auftragsfilter einen Standort, um dessen Technikern ihre Pläne zu senden</translation>
    </message>
    <message>
        <source>Send each technician of %1 their plan for %2 and remind the customers</source>
        <translation>Jedem Techniker von %1 seinen Plan für %2 senden und die Kunden erinnern</translation>
    </message>
    <message>
        <source>Choose one location in the job filter first.</source>
        <translation>Wählen Sie zuerst im Auftragsfilter einen Standort.</translation>
    </message>
    <message>
        <source>Send plans</source>
        <translation>Pläne senden</translation>
    </message>
    <message>
        <source>Send each technician of %1 their plan for %2 and remind the customers? Only what changed since the last send goes out.</source>
        <translation>Jedem Techniker von %1 seinen Plan für %2 senden und die Kunden erinnern? Es geht nur hinaus, was sich seit dem letzten Senden geändert hat.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>The plans could not be sent: %1</source>
        <translation>Die Pläne konnten nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Nothing new to send.</source>
        <translation>Nichts Neues zu senden.</translation>
    </message>
    <message>
        <source>Sent %1 and %2.</source>
        <translation>%1 und %2 gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n Plan</numerusform>
            <numerusform>%n Pläne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No time off over this job is on the board: nothing to re-plan.</source>
        <translation>Auf der Plantafel liegt keine Abwesenheit über diesem Auftrag: nichts neu zu planen.</translation>
    </message>
    <message numerus="yes">
        <source>Re-plan %n job(s) in this time off…</source>
        <translation>
            <numerusform>%n Auftrag in dieser Abwesenheit neu planen…</numerusform>
            <numerusform>%n Aufträge in dieser Abwesenheit neu planen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay day…</source>
        <translation>Tag abspielen…</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::JobContextMenu</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>Find best slot…</source>
        <translation>Besten Termin finden…</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Auf der Karte zeigen</translation>
    </message>
    <message>
        <source>Show on timeline</source>
        <translation>Auf der Zeitleiste zeigen</translation>
    </message>
    <message>
        <source>Show the technician&apos;s route</source>
        <translation>Route des Technikers zeigen</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Cancel jobs</source>
        <translation>Aufträge stornieren</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n job(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%n Auftrag stornieren? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Aufträge stornieren? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit job…</source>
        <translation>Auftrag bearbeiten…</translation>
    </message>
    <message>
        <source>Duplicate job…</source>
        <translation>Auftrag duplizieren…</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::JobFilterBar</name>
    <message>
        <source>&amp;Unassigned</source>
        <translation>&amp;Nicht zugewiesen</translation>
    </message>
    <message>
        <source>At &amp;risk</source>
        <translation>&amp;Gefährdet</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Save this filter, or use one saved before</source>
        <translation>Diesen Filter speichern oder einen gespeicherten verwenden</translation>
    </message>
    <message>
        <source>Search jobs, customers, addresses…</source>
        <translation>Aufträge, Kunden, Adressen suchen…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Jede Priorität</translation>
    </message>
    <message>
        <source>Urgent (5)</source>
        <translation>Dringend (5)</translation>
    </message>
    <message>
        <source>High (4+)</source>
        <translation>Hoch (4+)</translation>
    </message>
    <message>
        <source>Normal (3+)</source>
        <translation>Normal (3+)</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Jede Qualifikation</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Save this filter…</source>
        <translation>Diesen Filter speichern…</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Aufträge durchsuchen</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::MapPresenter</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 was here at %2 (replay)</source>
        <translation>%1 war um %2 hier (Wiedergabe)</translation>
    </message>
    <message>
        <source>%1, last seen at %2 (no recent position)</source>
        <translation>%1, zuletzt gesehen um %2 (keine aktuelle Position)</translation>
    </message>
    <message>
        <source>%1, seen at %2</source>
        <translation>%1, gesehen um %2</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::TimeOffDialog</name>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Record time off</source>
        <translation>Abwesenheit eintragen</translation>
    </message>
    <message>
        <source>Time off of %1</source>
        <translation>Abwesenheit von %1</translation>
    </message>
    <message>
        <source>New time off for %1</source>
        <translation>Neue Abwesenheit für %1</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>e.g. doctor&apos;s appointment</source>
        <translation>z. B. Arzttermin</translation>
    </message>
    <message>
        <source>Assigned jobs in this period</source>
        <translation>Zugewiesene Aufträge in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Delete time off</source>
        <translation>Abwesenheit löschen</translation>
    </message>
    <message>
        <source>Assigned jobs in this period:</source>
        <translation>Zugewiesene Aufträge in diesem Zeitraum:</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>None on the days shown.</source>
        <translation>Keine an den gezeigten Tagen.</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>Der Zeitraum muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>Record the period, then propose who takes these jobs (shown on the board to compare before anything changes)</source>
        <translation>Den Zeitraum eintragen, dann vorschlagen, wer diese Aufträge übernimmt (auf der Plantafel zum Vergleich, bevor sich etwas ändert)</translation>
    </message>
    <message numerus="yes">
        <source>Save and re-&amp;plan %n job(s)</source>
        <translation>
            <numerusform>Speichern und %n Auftrag neu &amp;planen</numerusform>
            <numerusform>Speichern und %n Aufträge neu &amp;planen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record and re-&amp;plan %n job(s)</source>
        <translation>
            <numerusform>Eintragen und %n Auftrag neu &amp;planen</numerusform>
            <numerusform>Eintragen und %n Aufträge neu &amp;planen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::DayBoard</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>Drag a technician onto a vehicle to have them drive it that day. Del removes the chosen vehicle&apos;s assignment.</source>
        <translation>Ziehen Sie einen Techniker auf ein Fahrzeug, damit er es an diesem Tag fährt. Entf entfernt die Zuteilung des gewählten Fahrzeugs.</translation>
    </message>
    <message numerus="yes">
        <source>%n driver(s) drive their default vehicle: no assignment, shown as “(default)”.</source>
        <translation>
            <numerusform>%n Fahrer fährt sein Standardfahrzeug: keine Zuteilung, als „(Standard)“ gezeigt.</numerusform>
            <numerusform>%n Fahrer fahren ihr Standardfahrzeug: keine Zuteilung, als „(Standard)“ gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation>Der Tag davor (Alt+Links)</translation>
    </message>
    <message>
        <source>Today (Ctrl+T)</source>
        <translation>Heute (Strg+T)</translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation>Der Tag danach (Alt+Rechts)</translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::DayBoardView</name>
    <message>
        <source>Who drives what</source>
        <translation>Wer fährt was</translation>
    </message>
    <message>
        <source>Technician %1</source>
        <translation>Techniker %1</translation>
    </message>
    <message>
        <source>⚠ Service overdue</source>
        <translation>⚠ Wartung überfällig</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>No driver</source>
        <translation>Kein Fahrer</translation>
    </message>
    <message>
        <source>Without a vehicle (%1)</source>
        <translation>Ohne Fahrzeug (%1)</translation>
    </message>
    <message>
        <source>Vehicles (%1)</source>
        <translation>Fahrzeuge (%1)</translation>
    </message>
    <message>
        <source>Everyone has a vehicle.</source>
        <translation>Alle haben ein Fahrzeug.</translation>
    </message>
    <message>
        <source>Open vehicle</source>
        <translation>Fahrzeug öffnen</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>Zuteilung entfernen</translation>
    </message>
    <message>
        <source>A default vehicle is the technician&apos;s own; change it in the technician&apos;s record.</source>
        <translation>Ein Standardfahrzeug gehört zum Techniker; ändern Sie es in seinem Datensatz.</translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::FleetWorkspace</name>
    <message>
        <source>New vehicle…</source>
        <translation>Neues Fahrzeug…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Find by name, plate, make, model or VIN</source>
        <translation>Nach Name, Kennzeichen, Marke, Modell oder FIN suchen</translation>
    </message>
    <message>
        <source>Find vehicles</source>
        <translation>Fahrzeuge suchen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active and in service</source>
        <translation>Aktiv und in der Werkstatt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In der Werkstatt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>A new vehicle (Ctrl+N)</source>
        <translation>Ein neues Fahrzeug (Strg+N)</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <source>Who drives what</source>
        <translation>Wer fährt was</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>Fällige Wartung</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Fuhrpark</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s), %1 with maintenance overdue</source>
        <translation>
            <numerusform>%n Fahrzeug, %1 mit überfälliger Wartung</numerusform>
            <numerusform>%n Fahrzeuge, %1 mit überfälliger Wartung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::MaintenanceDuePane</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>Fällige Wartung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Due at</source>
        <translation>Fällig bei</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>Kilometerstand</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>Fällig innerhalb von</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>⚠ OVERDUE</source>
        <translation>⚠ ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) due, %1 overdue</source>
        <translation>
            <numerusform>%n Plan fällig, %1 überfällig</numerusform>
            <numerusform>%n Pläne fällig, %1 überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Due within days</source>
        <translation>Fällig innerhalb von Tagen</translation>
    </message>
    <message>
        <source>Due within kilometres</source>
        <translation>Fällig innerhalb von Kilometern</translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::PlanDialog</name>
    <message>
        <source>Change maintenance plan</source>
        <translation>Wartungsplan ändern</translation>
    </message>
    <message>
        <source>New maintenance plan</source>
        <translation>Neuer Wartungsplan</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Every &amp;kilometres</source>
        <translation>Alle &amp;Kilometer</translation>
    </message>
    <message>
        <source>Every &amp;days</source>
        <translation>Alle &amp;Tage</translation>
    </message>
    <message>
        <source>Last done at</source>
        <translation>Zuletzt erledigt bei</translation>
    </message>
    <message>
        <source>Last done &amp;on</source>
        <translation>Zuletzt erledigt &amp;am</translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::ReadingDialog</name>
    <message>
        <source>Record reading</source>
        <translation>Kilometerstand erfassen</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>&amp;Odometer</source>
        <translation>&amp;Kilometerstand</translation>
    </message>
    <message>
        <source>&amp;Read at</source>
        <translation>&amp;Abgelesen am</translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::ServiceRecordDialog</name>
    <message>
        <source>Record service</source>
        <translation>Wartung erfassen</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Betrag in %1</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Kein Plan</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>&amp;Erledigt am</translation>
    </message>
    <message>
        <source>&amp;Odometer</source>
        <translation>&amp;Kilometerstand</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>&amp;Was wurde gemacht</translation>
    </message>
    <message>
        <source>&amp;Cost (%1)</source>
        <translation>&amp;Kosten (%1)</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>&amp;Werkstatt</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Not an amount in %1.</source>
        <translation>Kein Betrag in %1.</translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::VehicleDialog</name>
    <message>
        <source>Change vehicle</source>
        <translation>Fahrzeug ändern</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>Neues Fahrzeug</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>&amp;Kennzeichen</translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation>&amp;FIN</translation>
    </message>
    <message>
        <source>&amp;Make</source>
        <translation>&amp;Marke</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>M&amp;odell</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Baujahr</translation>
    </message>
    <message>
        <source>&amp;Fuel</source>
        <translation>K&amp;raftstoff</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Standort</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>N&amp;otizen</translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::VehiclePage</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Fahrt</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>◀ Vehicles</source>
        <translation>◀ Fahrzeuge</translation>
    </message>
    <message>
        <source>Edit vehicle…</source>
        <translation>Fahrzeug bearbeiten…</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Abgelesen am</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>Kilometerstand</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Record reading…</source>
        <translation>Kilometerstand erfassen…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Due at</source>
        <translation>Fällig bei</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Add plan…</source>
        <translation>Plan hinzufügen…</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>Plan bearbeiten…</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Plan löschen</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was wurde gemacht</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Werkstatt</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Record service…</source>
        <translation>Wartung erfassen…</translation>
    </message>
    <message>
        <source>Odometer readings over time</source>
        <translation>Kilometerstände im Zeitverlauf</translation>
    </message>
    <message>
        <source>Maintenance plans</source>
        <translation>Wartungspläne</translation>
    </message>
    <message>
        <source>Service history</source>
        <translation>Wartungshistorie</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Make / model</source>
        <translation>Marke / Modell</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Kraftstoff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>no reading yet</source>
        <translation>noch kein Kilometerstand</translation>
    </message>
    <message>
        <source>Next maintenance</source>
        <translation>Nächste Wartung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation>Kilometerstand (km)</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>Zur Prüfung markiert</translation>
    </message>
    <message>
        <source>⚑ Flagged: %1</source>
        <translation>⚑ Markiert: %1</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>⚠ OVERDUE (%1)</source>
        <translation>⚠ ÜBERFÄLLIG (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n Beleg</numerusform>
            <numerusform>%n Belege</numerusform>
        </translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Kein Beleg</translation>
    </message>
    <message>
        <source>Loading the receipt…</source>
        <translation>Beleg wird geladen…</translation>
    </message>
    <message>
        <source>The receipt could not be loaded: %1</source>
        <translation>Der Beleg konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Receipt (%1)</source>
        <translation>Beleg (%1)</translation>
    </message>
    <message>
        <source>Delete the maintenance plan “%1”?</source>
        <translation>Den Wartungsplan „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>Baujahr unbekannt</translation>
    </message>
    <message>
        <source>Odometer over time</source>
        <translation>Kilometerstand im Zeitverlauf</translation>
    </message>
    <message>
        <source>Odometer readings</source>
        <translation>Kilometerstände</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>Wartungsnachweise</translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::VehicleTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In der Werkstatt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>Petrol</source>
        <translation>Benzin</translation>
    </message>
    <message>
        <source>Diesel</source>
        <translation>Diesel</translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>Elektro</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>⚠ OVERDUE: %1</source>
        <translation>⚠ ÜBERFÄLLIG: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n Tag zu spät</numerusform>
            <numerusform>%n Tage zu spät</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 km over</source>
        <translation>%1 km darüber</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <source>Make / model</source>
        <translation>Marke / Modell</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Baujahr</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Kraftstoff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation>Kilometerstand (km)</translation>
    </message>
    <message>
        <source>Next maintenance</source>
        <translation>Nächste Wartung</translation>
    </message>
</context>
<context>
    <name>fielddesk::jobedit::ConflictDialog</name>
    <message>
        <source>Keep theirs</source>
        <translation>Deren behalten</translation>
    </message>
    <message>
        <source>Reapply mine</source>
        <translation>Meine erneut anwenden</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Job #%1 was changed meanwhile</source>
        <translation>Auftrag #%1 wurde inzwischen geändert</translation>
    </message>
    <message>
        <source>Someone saved job #%1 while you were editing it; nothing of yours was saved yet.</source>
        <translation>Jemand hat Auftrag #%1 gespeichert, während Sie ihn bearbeitet haben; von Ihren Änderungen wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Changes, field by field</source>
        <translation>Änderungen, Feld für Feld</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Deren (gespeichert)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>%1 (both changed)</source>
        <translation>%1 (beide geändert)</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Behalten für %1</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deren</translation>
    </message>
    <message>
        <source>Keep theirs drops your changes. Reapply mine saves all your changes over theirs. Merge keeps their changes and adds yours; where you both changed a field, the Keep column decides.</source>
        <translation>„Deren behalten“ verwirft Ihre Änderungen. „Meine erneut anwenden“ speichert alle Ihre Änderungen über deren. „Zusammenführen“ behält deren Änderungen und fügt Ihre hinzu; wo Sie beide ein Feld geändert haben, entscheidet die Spalte „Behalten“.</translation>
    </message>
</context>
<context>
    <name>fielddesk::jobedit::CustomerPicker</name>
    <message>
        <source>New customer…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Name, phone, email or address</source>
        <translation>Name, Telefon, E-Mail oder Adresse</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>e.g. Home, Office</source>
        <translation>z. B. Zuhause, Büro</translation>
    </message>
    <message>
        <source>Address label</source>
        <translation>Adressbezeichnung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>No customer matches; use “New customer…”</source>
        <translation>Kein Kunde passt; „Neuer Kunde…“ verwenden</translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation>Der Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>Give a phone number or an email address.</source>
        <translation>Geben Sie eine Telefonnummer oder E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>Where is the work? Type the address.</source>
        <translation>Wo ist der Einsatz? Geben Sie die Adresse ein.</translation>
    </message>
</context>
<context>
    <name>fielddesk::jobedit::JobDialog</name>
    <message>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Assign now</source>
        <translation>Gleich zuweisen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Einsatzadresse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street, town</source>
        <translation>Straße, Ort</translation>
    </message>
    <message>
        <source>Type an address</source>
        <translation>Adresse eingeben</translation>
    </message>
    <message>
        <source>No service</source>
        <translation>Keine Leistung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>e.g. hvac, ducts</source>
        <translation>z. B. hvac, ducts</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Benötigte Fähigkeiten</translation>
    </message>
    <message>
        <source>Window day</source>
        <translation>Tag des Zeitfensters</translation>
    </message>
    <message>
        <source>Window from</source>
        <translation>Zeitfenster von</translation>
    </message>
    <message>
        <source>Window to</source>
        <translation>Zeitfenster bis</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Start (on the window&apos;s day)</source>
        <translation>Beginn (am Tag des Zeitfensters)</translation>
    </message>
    <message>
        <source>The services could not be loaded: %1</source>
        <translation>Die Leistungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Price %1</source>
        <translation>Preis %1</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>Andere Adresse</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <source>Create job</source>
        <translation>Auftrag anlegen</translation>
    </message>
    <message>
        <source>Duplicate job #%1</source>
        <translation>Auftrag #%1 duplizieren</translation>
    </message>
    <message>
        <source>Edit job #%1</source>
        <translation>Auftrag #%1 bearbeiten</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Give the job a title (or pick a service).</source>
        <translation>Geben Sie dem Auftrag einen Titel (oder wählen Sie eine Leistung).</translation>
    </message>
    <message>
        <source>Where is the work? Type the address.</source>
        <translation>Wo ist der Einsatz? Geben Sie die Adresse ein.</translation>
    </message>
    <message>
        <source>Correct the marked fields.</source>
        <translation>Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>This job is finished (%1): only its notes can change.</source>
        <translation>Dieser Auftrag ist abgeschlossen (%1): nur seine Notizen können sich ändern.</translation>
    </message>
    <message>
        <source>This visit only</source>
        <translation>Nur diesen Besuch</translation>
    </message>
    <message>
        <source>This and the following visits</source>
        <translation>Diesen und die folgenden Besuche</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Pick on the map…</source>
        <translation>Auf der Karte wählen…</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Auf der Karte</translation>
    </message>
    <message>
        <source>Not on the map yet: pick the place so that the job shows on the map and can be routed.</source>
        <translation>Noch nicht auf der Karte: Wählen Sie den Ort, damit der Auftrag auf der Karte erscheint und eingeplant werden kann.</translation>
    </message>
</context>
<context>
    <name>fielddesk::jobedit::JobEditClient</name>
    <message>
        <source>Last change: %1 by %2 at %3.</source>
        <translation>Letzte Änderung: %1 von %2 am %3.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
</context>
<context>
    <name>fielddesk::jobedit::RecurrenceEditor</name>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly on a day</source>
        <translation>Monatlich an einem Tag</translation>
    </message>
    <message>
        <source>Monthly on a weekday</source>
        <translation>Monatlich an einem Wochentag</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source>on day </source>
        <translation>am Tag </translation>
    </message>
    <message>
        <source>Months without that day have no visit.</source>
        <translation>Monate ohne diesen Tag haben keinen Besuch.</translation>
    </message>
    <message>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <source>on the</source>
        <translation>am</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Ohne Ende</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Anzahl der Besuche</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Next visits</source>
        <translation>Nächste Besuche</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> Woche(n)</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> Monat(e)</translation>
    </message>
    <message>
        <source>Choose the weekdays of the visits.</source>
        <translation>Wählen Sie die Wochentage der Besuche.</translation>
    </message>
    <message>
        <source>No visit falls on these choices.</source>
        <translation>Auf diese Auswahl fällt kein Besuch.</translation>
    </message>
</context>
<context>
    <name>fielddesk::map::CoordinatePicker</name>
    <message>
        <source>Pick on the map</source>
        <translation>Auf der Karte wählen</translation>
    </message>
    <message>
        <source>Click where it is. Drag to move the map, the wheel zooms.</source>
        <translation>Klicken Sie, wo es ist. Ziehen verschiebt die Karte, das Mausrad zoomt.</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Noch nichts gewählt.</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <source>Latitude %1, longitude %2</source>
        <translation>Breitengrad %1, Längengrad %2</translation>
    </message>
</context>
<context>
    <name>fielddesk::map::MapView</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap-Mitwirkende</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
</context>
<context>
    <name>fielddesk::money::LedgerTableModel</name>
    <message>
        <source>Over the category&apos;s limit</source>
        <translation>Über dem Limit der Kategorie</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Spesen</translation>
    </message>
    <message>
        <source>Spiff</source>
        <translation>Prämie</translation>
    </message>
    <message>
        <source>Correction of #%1: %2</source>
        <translation>Korrektur von #%1: %2</translation>
    </message>
    <message>
        <source>%1 (over limit)</source>
        <translation>%1 (über Limit)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Category or type</source>
        <translation>Kategorie oder Art</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>fielddesk::money::ReportTableModel</name>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
</context>
<context>
    <name>fielddesk::moneyview::LedgerEntryView</name>
    <message>
        <source>Expense</source>
        <translation>Auslage</translation>
    </message>
    <message>
        <source>Spiff</source>
        <translation>Prämie</translation>
    </message>
    <message>
        <source>over the category&apos;s limit</source>
        <translation>über dem Limit der Kategorie</translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation>Auftrag #%1</translation>
    </message>
    <message>
        <source>Corrects #%1</source>
        <translation>Korrigiert #%1</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 von %2 am %3</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Reimbursed on %1</source>
        <translation>Erstattet am %1</translation>
    </message>
    <message>
        <source>Paid on %1</source>
        <translation>Ausgezahlt am %1</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Kein Beleg</translation>
    </message>
    <message>
        <source>Loading the receipt…</source>
        <translation>Beleg wird geladen …</translation>
    </message>
    <message>
        <source>The receipt could not be loaded: %1</source>
        <translation>Der Beleg konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Receipt (%1)</source>
        <translation>Beleg (%1)</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::ClaimSpiffDialog</name>
    <message>
        <source>Claim a spiff</source>
        <translation>Prämie beantragen</translation>
    </message>
    <message>
        <source>In %1; the kind&apos;s usual amount unless you were promised another</source>
        <translation>In %1; der übliche Betrag der Art, sofern Ihnen kein anderer zugesagt wurde</translation>
    </message>
    <message>
        <source>What earned it: the job, the sale, the referral</source>
        <translation>Wofür: der Auftrag, der Verkauf, die Empfehlung</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Choose the kind of spiff.</source>
        <translation>Wählen Sie die Art der Prämie.</translation>
    </message>
    <message>
        <source>Enter the amount, like %1.</source>
        <translation>Geben Sie den Betrag ein, etwa %1.</translation>
    </message>
    <message>
        <source>Say what earned it.</source>
        <translation>Sagen Sie, wofür Sie sie verdient haben.</translation>
    </message>
    <message>
        <source>Sending the claim…</source>
        <translation>Antrag wird gesendet …</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::ClothingLinesEditor</name>
    <message>
        <source>Add a line</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Ask for another item (at most %n lines)</source>
        <translation>
            <numerusform>Einen weiteren Artikel anfordern (höchstens %n Zeile)</numerusform>
            <numerusform>Einen weiteren Artikel anfordern (höchstens %n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Diese Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::JobDayModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer&apos;s window: %1</source>
        <translation>Zeitfenster des Kunden: %1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Braucht: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::MoneyEntryDialog</name>
    <message>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <source>Send it to your manager for approval (Ctrl+Return)</source>
        <translation>Ihrer Führungskraft zur Genehmigung senden (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::MyJobsPane</name>
    <message>
        <source>My jobs today</source>
        <translation>Meine Aufträge heute</translation>
    </message>
    <message>
        <source>No jobs planned for you today.</source>
        <translation>Für Sie sind heute keine Aufträge geplant.</translation>
    </message>
    <message>
        <source>Tell the dispatcher you are on your way to the selected job</source>
        <translation>Der Disposition melden, dass Sie zum ausgewählten Auftrag unterwegs sind</translation>
    </message>
    <message>
        <source>Tell the dispatcher you have arrived</source>
        <translation>Der Disposition melden, dass Sie angekommen sind</translation>
    </message>
    <message>
        <source>Report the selected job done</source>
        <translation>Den ausgewählten Auftrag als erledigt melden</translation>
    </message>
    <message>
        <source>On my way</source>
        <translation>Bin unterwegs</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>My jobs today, %1</source>
        <translation>Meine Aufträge heute, %1</translation>
    </message>
    <message>
        <source>Your jobs could not be loaded: %1</source>
        <translation>Ihre Aufträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The job&apos;s status was not changed: %1</source>
        <translation>Der Status des Auftrags wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>My jobs</source>
        <translation>Meine Aufträge</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorheriger Tag (Alt+Links)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today (Ctrl+T)</source>
        <translation>Heute (Strg+T)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Nächster Tag (Alt+Rechts)</translation>
    </message>
    <message>
        <source>My jobs, %1</source>
        <translation>Meine Aufträge, %1</translation>
    </message>
    <message>
        <source>No jobs planned for you that day.</source>
        <translation>Für Sie sind an diesem Tag keine Aufträge geplant.</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::MyMoneyPane</name>
    <message>
        <source>Cancel</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Select an expense or a spiff.</source>
        <translation>Wählen Sie eine Auslage oder eine Prämie.</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Zurückziehen …</translation>
    </message>
    <message>
        <source>Withdraw the selected expense or spiff while it awaits a decision (Del in the list)</source>
        <translation>Die gewählte Auslage oder Prämie zurückziehen, solange sie auf eine Entscheidung wartet (Entf in der Liste)</translation>
    </message>
    <message>
        <source>New expense…</source>
        <translation>Neue Auslage …</translation>
    </message>
    <message>
        <source>File an expense with its receipt (Ctrl+E)</source>
        <translation>Eine Auslage mit Beleg einreichen (Strg+E)</translation>
    </message>
    <message>
        <source>New expense</source>
        <translation>Neue Auslage</translation>
    </message>
    <message>
        <source>Claim a spiff…</source>
        <translation>Prämie beantragen …</translation>
    </message>
    <message>
        <source>Claim a bonus you earned: a sale, a referral, a review</source>
        <translation>Eine verdiente Prämie beantragen: ein Verkauf, eine Empfehlung, eine Bewertung</translation>
    </message>
    <message>
        <source>The month before</source>
        <translation>Der Monat davor</translation>
    </message>
    <message>
        <source>The month after</source>
        <translation>Der Monat danach</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Back to this month</source>
        <translation>Zurück zu diesem Monat</translation>
    </message>
    <message>
        <source>Your expenses and spiffs could not be loaded: %1</source>
        <translation>Ihre Auslagen und Prämien konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Nothing filed in %1.</source>
        <translation>Nichts eingereicht im %1.</translation>
    </message>
    <message>
        <source>%1 awaiting approval · %2 approved · %3 %4</source>
        <translation>%1 warten auf Genehmigung · %2 genehmigt · %3 %4</translation>
    </message>
    <message>
        <source>reimbursed</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>ausgezahlt</translation>
    </message>
    <message>
        <source>Cancel your expense “%1” of %2?</source>
        <translation>Ihre Auslage „%1“ über %2 zurückziehen?</translation>
    </message>
    <message>
        <source>Cancel your spiff claim “%1” of %2?</source>
        <translation>Ihren Prämienantrag „%1“ über %2 zurückziehen?</translation>
    </message>
    <message>
        <source>Your manager will no longer be asked.</source>
        <translation>Ihre Führungskraft wird dann nicht mehr gefragt.</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>It was not cancelled: %1</source>
        <translation>Es wurde nicht zurückgezogen: %1</translation>
    </message>
    <message>
        <source>My expenses and spiffs</source>
        <translation>Meine Auslagen und Prämien</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::MyWorkWorkspace</name>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Meine Arbeit</translation>
    </message>
    <message>
        <source>New request ▾</source>
        <translation>Neuer Antrag ▾</translation>
    </message>
    <message>
        <source>Ask for a tool, clothing, time off, a repair, or make a suggestion or a referral (Ctrl+N)</source>
        <translation>Werkzeug, Kleidung, Abwesenheit oder eine Reparatur beantragen, einen Vorschlag machen oder Arbeit weitergeben (Strg+N)</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Open: awaiting a decision. Decided: approved, rejected, fulfilled or revoked.</source>
        <translation>Offen: wartet auf eine Entscheidung. Entschieden: genehmigt, abgelehnt, erledigt oder widerrufen.</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anträge</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Meine Anträge</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Antrag zurückziehen</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>Antrag zurückziehen…</translation>
    </message>
    <message>
        <source>Withdraw the selected request while it awaits a decision (Del in the list)</source>
        <translation>Den ausgewählten Antrag zurückziehen, solange er auf eine Entscheidung wartet (Entf in der Liste)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Your requests could not be loaded: %1</source>
        <translation>Ihre Anträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Cancel your request “%1”? Your manager will no longer be asked to decide it.</source>
        <translation>Ihren Antrag „%1“ zurückziehen? Ihre Führungskraft muss dann nicht mehr darüber entscheiden.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The request was not cancelled: %1</source>
        <translation>Der Antrag wurde nicht zurückgezogen: %1</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Anträge</translation>
    </message>
    <message>
        <source>E&amp;xpenses and spiffs</source>
        <translation>Aus&amp;lagen und Prämien</translation>
    </message>
    <message>
        <source>Load your requests, expenses, spiffs and jobs again (F5)</source>
        <translation>Ihre Anträge, Auslagen, Prämien und Aufträge neu laden (F5)</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::NewExpenseDialog</name>
    <message>
        <source>New expense</source>
        <translation>Neue Auslage</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>The day the money was spent</source>
        <translation>Der Tag, an dem das Geld ausgegeben wurde</translation>
    </message>
    <message>
        <source>What you paid, as on the receipt</source>
        <translation>Was Sie bezahlt haben, wie auf dem Beleg</translation>
    </message>
    <message>
        <source>ISO 4217 code; your company&apos;s currency unless you paid in another</source>
        <translation>ISO-4217-Code; die Währung Ihrer Firma, sofern Sie nicht in einer anderen bezahlt haben</translation>
    </message>
    <message>
        <source>Where you paid (optional)</source>
        <translation>Wo Sie bezahlt haben (optional)</translation>
    </message>
    <message>
        <source>What it was for</source>
        <translation>Wofür es war</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>&amp;Merchant</source>
        <translation>&amp;Händler</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>B&amp;eschreibung</translation>
    </message>
    <message>
        <source>There is no category to file an expense in; ask your manager.</source>
        <translation>Es gibt keine Kategorie für Auslagen; fragen Sie Ihre Führungskraft.</translation>
    </message>
    <message>
        <source>Needs a receipt: add a photo or PDF of it below.</source>
        <translation>Braucht einen Beleg: Fügen Sie unten ein Foto oder PDF davon hinzu.</translation>
    </message>
    <message>
        <source>Needs a receipt: attached.</source>
        <translation>Braucht einen Beleg: angehängt.</translation>
    </message>
    <message>
        <source>No receipt needed, but one helps your approver.</source>
        <translation>Kein Beleg nötig, aber einer hilft bei der Genehmigung.</translation>
    </message>
    <message>
        <source>Limit: %1 an expense; more is flagged to your approver.</source>
        <translation>Limit: %1 je Auslage; mehr wird bei der Genehmigung markiert.</translation>
    </message>
    <message>
        <source>%1 is over the %2 limit for %3: you may send it, and your approver will see it flagged.</source>
        <translation>%1 liegt über dem Limit von %2 für %3: Sie können es senden, es wird bei der Genehmigung markiert.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Wählen Sie eine Kategorie.</translation>
    </message>
    <message>
        <source>“%1” is no currency code (like EUR or USD).</source>
        <translation>„%1“ ist kein Währungscode (wie EUR oder USD).</translation>
    </message>
    <message>
        <source>Enter the amount, like %1.</source>
        <translation>Geben Sie den Betrag ein, etwa %1.</translation>
    </message>
    <message>
        <source>An expense is more than zero.</source>
        <translation>Eine Auslage ist größer als null.</translation>
    </message>
    <message>
        <source>Say what it was for.</source>
        <translation>Sagen Sie, wofür es war.</translation>
    </message>
    <message>
        <source>%1 needs a receipt: add a photo or PDF of it.</source>
        <translation>%1 braucht einen Beleg: Fügen Sie ein Foto oder PDF davon hinzu.</translation>
    </message>
    <message>
        <source>Sending the expense…</source>
        <translation>Auslage wird gesendet …</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::NewRequestDialog</name>
    <message>
        <source>New request: %1</source>
        <translation>Neuer Antrag: %1</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Absenden</translation>
    </message>
    <message>
        <source>Send the request to your manager (Ctrl+Return)</source>
        <translation>Den Antrag an Ihre Führungskraft senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Der Antrag wird gesendet…</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::RequestDetailsView</name>
    <message>
        <source>Select a request to see what it asks for and what became of it.</source>
        <translation>Wählen Sie einen Antrag, um zu sehen, worum er bittet und was aus ihm wurde.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Einen Kommentar schreiben…</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Add the comment to the request&apos;s history (Ctrl+Return)</source>
        <translation>Den Kommentar zum Verlauf des Antrags hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The comment was not added: %1</source>
        <translation>Der Kommentar wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation>Kommentar zur Entscheidung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Antragsdetails</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::RequestForm</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fielddesk::operatorconsole::OperatorWorkspace</name>
    <message>
        <source>Tenants</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Admin&apos;s &amp;password</source>
        <translation>&amp;Passwort des Admins</translation>
    </message>
    <message>
        <source>The first admin signs in with it</source>
        <translation>Der erste Admin meldet sich damit an</translation>
    </message>
    <message>
        <source>Admin &amp;must change it</source>
        <translation>Admin &amp;muss es ändern</translation>
    </message>
    <message>
        <source>The first admin chooses their own password at the first sign-in</source>
        <translation>Der erste Admin wählt bei der ersten Anmeldung ein eigenes Passwort</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>First &amp;admin&apos;s name</source>
        <translation>Name des ersten &amp;Admins</translation>
    </message>
    <message>
        <source>First admin&apos;s &amp;email</source>
        <translation>&amp;E-Mail des ersten Admins</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>Suspend %1? Nobody of it can sign in until it is resumed; their open sessions end. Nothing is deleted.</source>
        <translation>%1 sperren? Niemand dort kann sich anmelden, bis die Firma wieder freigegeben ist; offene Sitzungen enden. Nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Resume %1? Its people can sign in again.</source>
        <translation>%1 freigeben? Ihre Leute können sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Freigeben</translation>
    </message>
</context>
<context>
    <name>fielddesk::reports::ReportChartPane</name>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>%1 by %2 and %3</source>
        <translation>%1 nach %2 und %3</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Shares by %1</source>
        <translation>Anteile nach %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>fielddesk::reports::ReportEntriesDialog</name>
    <message>
        <source>Loading the entries…</source>
        <translation>Einträge werden geladen …</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>The entries could not be loaded: %1</source>
        <translation>Die Einträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Correction of #%1: %2</source>
        <translation>Korrektur von #%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1</source>
        <translation>
            <numerusform>%n Eintrag, %1</numerusform>
            <numerusform>%n Einträge, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1 — the report said %2: entries changed since it was made</source>
        <translation>
            <numerusform>%n Eintrag, %1 – der Bericht nannte %2: Einträge haben sich seitdem geändert</numerusform>
            <numerusform>%n Einträge, %1 – der Bericht nannte %2: Einträge haben sich seitdem geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::reports::ReportSettingsBar</name>
    <message>
        <source>Approved and later</source>
        <translation>Genehmigt und später</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>Approved, not yet settled</source>
        <translation>Genehmigt, noch nicht ausgezahlt</translation>
    </message>
    <message>
        <source>Reimbursed or paid</source>
        <translation>Erstattet oder ausgezahlt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>All employees</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>t&amp;hen by:</source>
        <translation>&amp;dann nach:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
</context>
<context>
    <name>fielddesk::reports::ReportsWorkspace</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF exportieren …</translation>
    </message>
    <message>
        <source>P&amp;rint preview…</source>
        <translation>Druck&amp;vorschau …</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to see its entries</source>
        <translation>Doppelklick auf eine Zeile (oder Eingabetaste) zeigt ihre Einträge</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Nothing to report for these choices.</source>
        <translation>Für diese Auswahl gibt es nichts zu berichten.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Made %1 by %2</source>
        <translation>Erstellt am %1 von %2</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>fielddesk::requests::RequestTableModel</name>
    <message>
        <source>Location #%1</source>
        <translation>Standort #%1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
    <message>
        <source>You are signed in to %1 as %2. Your workspaces open here.</source>
        <translation>Sie sind bei %1 als %2 angemeldet. Ihre Arbeitsbereiche öffnen sich hier.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>My &amp;Notifications…</source>
        <translation>Meine Be&amp;nachrichtigungen…</translation>
    </message>
    <message>
        <source>Choose whether FieldDesk also emails or texts you, and when it holds them back</source>
        <translation>Wählen Sie, ob FieldDesk Ihnen auch E-Mails oder SMS schickt und wann es sie zurückhält</translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::MyNotificationsDialog</name>
    <message>
        <source>&amp;In the console (bell)</source>
        <translation>&amp;In der Konsole (Glocke)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Te&amp;xt message (SMS)</source>
        <translation>&amp;SMS (Textnachricht)</translation>
    </message>
    <message>
        <source>&amp;Hold messages during quiet hours</source>
        <translation>&amp;Nachrichten während der Ruhezeiten zurückhalten</translation>
    </message>
    <message>
        <source>My Notifications</source>
        <translation>Meine Benachrichtigungen</translation>
    </message>
    <message>
        <source>Decisions on your requests and expenses, your plan for tomorrow and changes to today&apos;s jobs reach you the ways you tick here.</source>
        <translation>Entscheidungen über Ihre Anträge und Spesen, Ihr Plan für morgen und Änderungen an den heutigen Aufträgen erreichen Sie auf den Wegen, die Sie hier ankreuzen.</translation>
    </message>
    <message>
        <source>Where to reach me</source>
        <translation>Wo ich erreichbar bin</translation>
    </message>
    <message>
        <source>Emails go to %1, the address on your account. Your account has no phone number for text messages; an administrator can add one.</source>
        <translation>E-Mails gehen an %1, die Adresse Ihres Kontos. Ihr Konto hat keine Telefonnummer für SMS; ein Administrator kann eine eintragen.</translation>
    </message>
    <message>
        <source>Emails go to %1 and text messages to %2: the address and phone number on your account.</source>
        <translation>E-Mails gehen an %1 und SMS an %2: die Adresse und die Telefonnummer Ihres Kontos.</translation>
    </message>
    <message>
        <source>&amp;Language of messages sent to me:</source>
        <translation>Sp&amp;rache der Nachrichten an mich:</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Ruhezeiten von</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Ruhezeiten bis</translation>
    </message>
    <message>
        <source>On the clock of your location</source>
        <translation>Nach der Uhrzeit Ihres Standorts</translation>
    </message>
    <message>
        <source>Emails and text messages wait until quiet hours end; the bell still shows them.</source>
        <translation>E-Mails und SMS warten bis zum Ende der Ruhezeiten; die Glocke zeigt sie trotzdem an.</translation>
    </message>
    <message>
        <source>Loading your notification settings…</source>
        <translation>Ihre Benachrichtigungseinstellungen werden geladen…</translation>
    </message>
    <message>
        <source>Your notification settings could not be loaded: %1</source>
        <translation>Ihre Benachrichtigungseinstellungen konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::NotificationBell</name>
    <message>
        <source>Show Notifications</source>
        <translation>Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread (%1)</source>
        <translation>
            <numerusform>Benachrichtigungen: %n ungelesen (%1)</numerusform>
            <numerusform>Benachrichtigungen: %n ungelesen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Benachrichtigungen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::NotificationDelegate</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::NotificationPanel</name>
    <message>
        <source>Mark all read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Notifications could not be loaded: %1</source>
        <translation>Die Benachrichtigungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Noch keine Benachrichtigungen.</translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>FieldDesk uses the new settings from its next start.</source>
        <translation>FieldDesk verwendet die neuen Einstellungen ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
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
    <message>
        <source>Your administrator asks you to choose a new password. Your workspaces open again once it is changed.</source>
        <translation>Ihr Administrator bittet Sie, ein neues Passwort zu wählen. Ihre Arbeitsbereiche öffnen sich wieder, sobald es geändert ist.</translation>
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
    <name>fielddesk::shell::UserGuideWindow</name>
    <message>
        <source>FieldDesk User Guide</source>
        <translation>FieldDesk-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>fielddesk::signin::PasswordChangeDialog</name>
    <message>
        <source>FieldDesk — New password</source>
        <translation>FieldDesk — Neues Passwort</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Wählen Sie ein neues Passwort</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose one of your own to go on.</source>
        <translation>Ihr Passwort wurde von einem Administrator festgelegt. Wählen Sie ein eigenes, um fortzufahren.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Passwortregeln</translation>
    </message>
    <message>
        <source>The new password:</source>
        <translation>Das neue Passwort:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Sign out without changing the password</source>
        <translation>Abmelden, ohne das Passwort zu ändern</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Erfüllt: %1</translation>
    </message>
    <message>
        <source>Not met yet: %1</source>
        <translation>Noch nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>Enter the password you signed in with.</source>
        <translation>Geben Sie das Passwort ein, mit dem Sie sich angemeldet haben.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Wird geändert…</translation>
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
    <message>
        <source>Your password was not changed. Sign in again to choose a new one.</source>
        <translation>Ihr Passwort wurde nicht geändert. Melden Sie sich erneut an, um ein neues zu wählen.</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>Nur Systemzertifikate</translation>
    </message>
    <message>
        <source>Your company&apos;s certificate authority (a PEM file), for a server whose certificate it issued. Certificates the system trusts are always accepted.</source>
        <translation>Die Zertifizierungsstelle Ihrer Firma (eine PEM-Datei), für einen Server, dessen Zertifikat sie ausgestellt hat. Zertifikate, denen das System vertraut, werden immer akzeptiert.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>Zertifi&amp;zierungsstelle:</translation>
    </message>
    <message>
        <source>Company certificate authority</source>
        <translation>Zertifizierungsstelle der Firma</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>fielddesk::timeline::TimelineView</name>
    <message numerus="yes">
        <source>Planned %1–%2 (%n min)</source>
        <translation>
            <numerusform>Geplant %1–%2 (%n Min.)</numerusform>
            <numerusform>Geplant %1–%2 (%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Window %1–%2</source>
        <translation>Zeitfenster %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>Travel before: about %n min</source>
        <translation>
            <numerusform>Fahrzeit davor: etwa %n Min.</numerusform>
            <numerusform>Fahrzeit davor: etwa %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation>Gefährdet: %1</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Warten auf den Server…</translation>
    </message>
    <message>
        <source>Proposed: %1, %2–%3</source>
        <translation>Vorschlag: %1, %2–%3</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>main</name>
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
    <message>
        <source>Language of the console: %1 (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>Sprache der Konsole: %1 (Standard: die in den Einstellungen gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Colours of the console: %1 (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>Farben der Konsole: %1 (Standard: die in den Einstellungen gewählten, sonst die des Systems).</translation>
    </message>
    <message>
        <source>FieldDesk dispatch console.

Environment:
  FIELDDESK_SERVER    server URL when --server is not given
                      (default: the last one used, or http://127.0.0.1:8080)
  FIELDDESK_CA_FILE   company certificate authority when --ca-file is not given
                      (default: the last one used, or none)
  FIELDDESK_EMAIL     email when --email is not given
  FIELDDESK_PASSWORD  demo convenience: together with an email, signs in at once
                      without asking. Do not use it with real accounts: other
                      programs of your user can read the environment.

With an email and a sign-in kept in the system keychain (&quot;Keep me signed in&quot;),
FieldDesk signs in silently.</source>
        <translation>FieldDesk-Dispositionskonsole.

Umgebung:
  FIELDDESK_SERVER    Server-URL, wenn --server nicht angegeben ist
                      (Standard: die zuletzt verwendete, oder http://127.0.0.1:8080)
  FIELDDESK_CA_FILE   Zertifizierungsstelle der Firma, wenn --ca-file nicht angegeben ist
                      (Standard: die zuletzt verwendete, oder keine)
  FIELDDESK_EMAIL     E-Mail-Adresse, wenn --email nicht angegeben ist
  FIELDDESK_PASSWORD  Demo-Hilfe: zusammen mit einer E-Mail-Adresse meldet sie sofort
                      an, ohne zu fragen. Nicht mit echten Konten verwenden: andere
                      Programme Ihres Benutzers können die Umgebung lesen.

Mit einer E-Mail-Adresse und einer im Systemschlüsselbund gespeicherten Anmeldung
(„Angemeldet bleiben“) meldet FieldDesk Sie ohne Nachfrage an.</translation>
    </message>
    <message>
        <source>Also trust the server certificates this company certificate authority (PEM file) issued.</source>
        <translation>Auch den Serverzertifikaten vertrauen, die diese Zertifizierungsstelle der Firma (PEM-Datei) ausgestellt hat.</translation>
    </message>
</context>
</TS>
