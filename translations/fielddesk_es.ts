<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdminResources</name>
    <message>
        <source>Locations</source>
        <translation>Sedes</translation>
    </message>
    <message>
        <source>location</source>
        <translation>sede</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>La&amp;titude</source>
        <translation>La&amp;titud</translation>
    </message>
    <message>
        <source>Degrees north, -90 to 90</source>
        <translation>Grados norte, de -90 a 90</translation>
    </message>
    <message>
        <source>Lon&amp;gitude</source>
        <translation>Lon&amp;gitud</translation>
    </message>
    <message>
        <source>Degrees east, -180 to 180</source>
        <translation>Grados este, de -180 a 180</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Where the location&apos;s days begin and end</source>
        <translation>Define dónde empiezan y terminan los días de la sede</translation>
    </message>
    <message>
        <source>Service &amp;area</source>
        <translation>&amp;Zona de servicio</translation>
    </message>
    <message>
        <source>The area the location serves, drawn on the map</source>
        <translation>La zona que atiende la sede, dibujada en el mapa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>&amp;Sedes</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; left empty, the password stays</source>
        <translation>
            <numerusform>Al menos %n carácter; si se deja vacío, se conserva la contraseña actual</numerusform>
            <numerusform>Al menos %n caracteres; si se deja vacío, se conserva la contraseña actual</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Must change password at next sign-in</source>
        <translation>&amp;Exigir cambio de contraseña en el próximo inicio de sesión</translation>
    </message>
    <message>
        <source>The user signs in with the password given here, then must choose one of their own before anything else</source>
        <translation>El usuario inicia sesión con la contraseña indicada aquí y, antes de hacer cualquier otra cosa, debe elegir una propia</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Acti&amp;vo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;End all sessions…</source>
        <translation>&amp;Cerrar todas las sesiones…</translation>
    </message>
    <message>
        <source>End every session of %1? They are signed out everywhere at once and sign in again with their password.</source>
        <translation>¿Cerrar todas las sesiones de %1? Se cerrará su sesión en todas partes de inmediato y tendrá que volver a iniciar sesión con su contraseña.</translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation>Cerrar sesiones</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Técnicos</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>técnico</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>The account the technician signs in with</source>
        <translation>La cuenta con la que el técnico inicia sesión</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>&amp;Habilidades</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <source>Shift &amp;starts</source>
        <translation>&amp;Inicio del turno</translation>
    </message>
    <message>
        <source>Shift &amp;ends</source>
        <translation>&amp;Fin del turno</translation>
    </message>
    <message>
        <source>&amp;Break from</source>
        <translation>&amp;Descanso desde</translation>
    </message>
    <message>
        <source>Break &amp;until</source>
        <translation>Descanso &amp;hasta</translation>
    </message>
    <message>
        <source>Break &amp;minutes</source>
        <translation>&amp;Minutos de descanso</translation>
    </message>
    <message>
        <source>&amp;Working days</source>
        <translation>Días &amp;laborables</translation>
    </message>
    <message>
        <source>Most &amp;jobs a day</source>
        <translation>Máximo de &amp;trabajos por día</translation>
    </message>
    <message>
        <source>Empty: no limit</source>
        <translation>Vacío: sin límite</translation>
    </message>
    <message>
        <source>Home la&amp;titude</source>
        <translation>La&amp;titud del domicilio</translation>
    </message>
    <message>
        <source>Home lon&amp;gitude</source>
        <translation>Lon&amp;gitud del domicilio</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>habilidad</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>Required s&amp;kill</source>
        <translation>&amp;Habilidad requerida</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes)</source>
        <translation>D&amp;uración (minutos)</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Precio</translation>
    </message>
    <message>
        <source>P&amp;riority (1–5)</source>
        <translation>P&amp;rioridad (1–5)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Required skill</source>
        <translation>Habilidad requerida</translation>
    </message>
    <message>
        <source>Expense categories</source>
        <translation>Categorías de gastos</translation>
    </message>
    <message>
        <source>expense category</source>
        <translation>categoría de gasto</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>Needs a &amp;receipt</source>
        <translation>Requiere &amp;comprobante</translation>
    </message>
    <message>
        <source>&amp;Limit (cents)</source>
        <translation>&amp;Límite (centavos)</translation>
    </message>
    <message>
        <source>In the company&apos;s currency; more is flagged, not refused. Empty: no limit</source>
        <translation>En la moneda de la empresa; los importes superiores se marcan, pero no se rechazan. Vacío: sin límite</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Comprobante</translation>
    </message>
    <message>
        <source>Spiff types</source>
        <translation>Tipos de incentivo</translation>
    </message>
    <message>
        <source>spiff type</source>
        <translation>tipo de incentivo</translation>
    </message>
    <message>
        <source>Usual &amp;amount (cents)</source>
        <translation>&amp;Importe habitual (centavos)</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <source>Filed when a job is &amp;completed</source>
        <translation>Se presenta al &amp;completar un trabajo</translation>
    </message>
    <message>
        <source>With a service: completing a job of it files the spiff for its technician</source>
        <translation>Con un servicio: al completar un trabajo de ese servicio, se presenta el incentivo para su técnico</translation>
    </message>
    <message>
        <source>Cents</source>
        <translation>Centavos</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clave de API</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Empieza por</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>webhook</source>
        <translation>webhook</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>Where the events are POSTed: http:// or https://</source>
        <translation>Adonde se envían los eventos (POST): http:// o https://</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>The events sent to the URL</source>
        <translation>Los eventos que se envían a la URL</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Secreto</translation>
    </message>
    <message>
        <source>Signs every call (HMAC-SHA256). Left empty, the server makes one and shows it once; typed, it replaces the one in use</source>
        <translation>Firma cada llamada (HMAC-SHA256). Si se deja vacío, el servidor crea uno y lo muestra una vez; si se escribe, sustituye al actual</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Activo</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>A customer&apos;s system</source>
        <translation>El sistema de un cliente</translation>
    </message>
    <message>
        <source>The fleet tracker</source>
        <translation>El localizador de flota</translation>
    </message>
    <message>
        <source>A customer&apos;s system sees that customer&apos;s jobs only; the fleet tracker only sends the positions of the location&apos;s technicians</source>
        <translation>El sistema de un cliente solo ve los trabajos de ese cliente; el localizador de flota solo envía las posiciones de los técnicos de la sede</translation>
    </message>
    <message>
        <source>Whose system signs in with the key (none for the fleet tracker)</source>
        <translation>De quién es el sistema que entra con la clave (ninguno para el localizador de flota)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Fleet tracker</source>
        <translation>Localizador de flota</translation>
    </message>
    <message>
        <source>Customer&apos;s system</source>
        <translation>Sistema de un cliente</translation>
    </message>
    <message>
        <source>&amp;Weather-sensitive</source>
        <translation>Sensible al &amp;tiempo</translation>
    </message>
    <message>
        <source>Rain, wind or cold beyond the company&apos;s limits put its jobs at risk, and the best-slot search skips such days.</source>
        <translation>La lluvia, el viento o el frío por encima de los límites de la empresa ponen en riesgo sus trabajos, y la búsqueda del mejor hueco omite esos días.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server sent an answer FieldDesk does not understand (HTTP %1).</source>
        <translation>El servidor envió una respuesta que FieldDesk no entiende (HTTP %1).</translation>
    </message>
    <message>
        <source>You must choose a new password before you can go on.</source>
        <translation>Es necesario elegir una contraseña nueva antes de continuar.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Se podrá volver a intentar en %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Se podrá volver a intentar en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Try again in a moment.</source>
        <translation>Demasiados intentos. Se podrá volver a intentar en unos instantes.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has expired.</source>
        <translation>No se ha iniciado sesión o la sesión ha caducado.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>No hay permiso para realizar esta acción.</translation>
    </message>
    <message>
        <source>The server does not know this address. Check the server URL.</source>
        <translation>El servidor no reconoce esta dirección. Comprobar la URL del servidor.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again in a moment.</source>
        <translation>El servidor tuvo un problema (HTTP %1). Volver a intentarlo en unos instantes.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>El servidor rechazó la petición (HTTP %1).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field name: what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the server at %1: the connection was refused. Check the address and that the server is running.</source>
        <translation>No se puede conectar con el servidor en %1: se rechazó la conexión. Comprobar la dirección y que el servidor esté en funcionamiento.</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the server address.</source>
        <translation>No se encontró el servidor %1. Comprobar la dirección del servidor.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Check your connection and try again.</source>
        <translation>El servidor en %1 no respondió a tiempo. Comprobar la conexión y volver a intentarlo.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection unexpectedly.</source>
        <translation>El servidor en %1 cerró la conexión de forma inesperada.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established: %2</source>
        <translation>No se pudo establecer una conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>No network connection. Check your connection and try again.</source>
        <translation>No hay conexión de red. Comprobar la conexión y volver a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is not a server address FieldDesk can use. Use an address starting with http:// or https://.</source>
        <translation>%1 no es una dirección de servidor que FieldDesk pueda usar. Usar una dirección que empiece por http:// o https://.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>No se puede acceder al servidor en %1: %2</translation>
    </message>
    <message>
        <source>it is self-signed</source>
        <translation>está autofirmado</translation>
    </message>
    <message>
        <source>it was issued by %1, which this computer does not know</source>
        <translation>lo emitió %1, que este equipo no conoce</translation>
    </message>
    <message>
        <source>The server at %1 sent a certificate this computer does not trust: %2. If your company has its own certificate authority, choose its CA file under &quot;Certificate authority&quot; and sign in again; otherwise ask your administrator.</source>
        <translation>El servidor en %1 envió un certificado en el que este equipo no confía: %2. Si tu empresa tiene su propia autoridad de certificación, elige su archivo de CA en &quot;Autoridad de certificación&quot; e inicia sesión de nuevo; si no, pregunta a tu administrador.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate at %1 expired on %2. Ask your administrator to renew it.</source>
        <translation>El certificado del servidor en %1 caducó el %2. Pide a tu administrador que lo renueve.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate at %1 is only valid from %2. Check this computer&apos;s date and time.</source>
        <translation>El certificado del servidor en %1 solo es válido a partir del %2. Comprueba la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not for %1 but for %2. Use the server address the certificate names, or ask your administrator.</source>
        <translation>El certificado del servidor no es para %1 sino para %2. Usa la dirección del servidor que indica el certificado o pregunta a tu administrador.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate at %1 has been revoked.</source>
        <translation>El certificado del servidor en %1 ha sido revocado.</translation>
    </message>
    <message>
        <source>The server at %1 sent a certificate this computer does not accept: %2</source>
        <translation>El servidor en %1 envió un certificado que este equipo no acepta: %2</translation>
    </message>
</context>
<context>
    <name>ApplyRouteCommand</name>
    <message numerus="yes">
        <source>Apply route proposal #%1 (%n job(s))</source>
        <translation>
            <numerusform>Aplicar la propuesta de ruta #%1 (%n trabajo)</numerusform>
            <numerusform>Aplicar la propuesta de ruta #%1 (%n trabajos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Some of these jobs were changed since the route was applied.</source>
        <translation>Algunos de estos trabajos se modificaron después de aplicar la ruta.</translation>
    </message>
    <message>
        <source>The route could not be applied again: %1</source>
        <translation>No se pudo volver a aplicar la ruta: %1</translation>
    </message>
    <message>
        <source>The route could not be undone: %1</source>
        <translation>No se pudo deshacer la ruta: %1</translation>
    </message>
</context>
<context>
    <name>AuditCsv</name>
    <message>
        <source>Time (%1)</source>
        <translation>Hora (%1)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>ID de registro</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID de petición</translation>
    </message>
</context>
<context>
    <name>AuditDiff</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <translation>Cambiar el estado de “%1” a %2</translation>
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
        <translation>Es necesario corregir los campos marcados.</translation>
    </message>
</context>
<context>
    <name>JobFieldText</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Habilidades requeridas</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Franja horaria</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>1 – lowest</source>
        <translation>1 – mínima</translation>
    </message>
    <message>
        <source>2 – low</source>
        <translation>2 – baja</translation>
    </message>
    <message>
        <source>3 – normal</source>
        <translation>3 – normal</translation>
    </message>
    <message>
        <source>4 – high</source>
        <translation>4 – alta</translation>
    </message>
    <message>
        <source>5 – most urgent</source>
        <translation>5 – máxima urgencia</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Cliente #%1</translation>
    </message>
    <message>
        <source>Service #%1</source>
        <translation>Servicio #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobPlacementCommand</name>
    <message>
        <source>The job is no longer on this day&apos;s board.</source>
        <translation>El trabajo ya no está en el tablero de este día.</translation>
    </message>
</context>
<context>
    <name>JobStatusText</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Despachado</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>En camino</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>En el sitio</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>NewPasswordRules</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Al menos %n carácter</numerusform>
            <numerusform>Al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Not the password you have now</source>
        <translation>Distinta de la contraseña actual</translation>
    </message>
    <message>
        <source>Typed the same twice</source>
        <translation>Igual en ambos campos</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters</source>
        <translation>
            <numerusform>Como máximo %n carácter</numerusform>
            <numerusform>Como máximo %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>La contraseña debe tener al menos %n carácter.</numerusform>
            <numerusform>La contraseña debe tener al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>La contraseña debe tener como máximo %n carácter.</numerusform>
            <numerusform>La contraseña debe tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a password other than the one you have now.</source>
        <translation>La contraseña nueva debe ser distinta de la actual.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Spiffs</source>
        <translation>Incentivos</translation>
    </message>
    <message>
        <source>Expense report</source>
        <translation>Informe de gastos</translation>
    </message>
    <message>
        <source>Spiff report</source>
        <translation>Informe de incentivos</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre pasado</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Año pasado</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Periodo personalizado</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Reimbursed</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Semana %1, %2</translation>
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
        <translation>Herramienta #%1</translation>
    </message>
    <message>
        <source>Item #%1</source>
        <translation>Artículo #%1</translation>
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
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Ropa de trabajo</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Ausencia</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Pendiente de decisión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Atendido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Vacaciones</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>Permiso por enfermedad</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Asuntos personales</translation>
    </message>
    <message>
        <source>Unpaid leave</source>
        <translation>Permiso no remunerado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>%1 ×%2, needed by %3</source>
        <translation>%1 ×%2, para el %3</translation>
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
        <translation>Para %1: %2</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Fecha requerida</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Talla</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 submitted the request</source>
        <translation>%1 envió la solicitud</translation>
    </message>
    <message>
        <source>%1 approved</source>
        <translation>%1 aprobó</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 rechazó</translation>
    </message>
    <message>
        <source>%1 marked it fulfilled</source>
        <translation>%1 la marcó como atendida</translation>
    </message>
    <message>
        <source>%1 cancelled the request</source>
        <translation>%1 canceló la solicitud</translation>
    </message>
    <message>
        <source>%1 revoked the approval</source>
        <translation>%1 revocó la aprobación</translation>
    </message>
    <message>
        <source>%1 commented</source>
        <translation>%1 comentó</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (all day)</source>
        <translation>%1 (todo el día)</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n día)</numerusform>
            <numerusform>%1 – %2 (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
</context>
<context>
    <name>ServerTrust</name>
    <message>
        <source>Cannot read the certificate authority file %1: %2</source>
        <translation>No se puede leer el archivo de la autoridad de certificación %1: %2</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>The certificate authority file %1 holds no certificate. Use the company&apos;s CA certificate in PEM form (a text file starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>El archivo de la autoridad de certificación %1 no contiene ningún certificado. Usa el certificado de CA de la empresa en formato PEM (un archivo de texto que empieza por -----BEGIN CERTIFICATE-----).</translation>
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
        <translation>Vista previa: %1</translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::AdminWorkspace</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Admin pages</source>
        <translation>Páginas de administración</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Plantillas de mensajes</translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::AreaPicker</name>
    <message>
        <source>&amp;Remove last corner</source>
        <translation>&amp;Quitar el último vértice</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Draw the service area</source>
        <translation>Dibujar la zona de servicio</translation>
    </message>
    <message>
        <source>Click to add a corner; drag a corner to move it. Drag the map to move it, the wheel zooms. Backspace removes the last corner.</source>
        <translation>Hacer clic para agregar un vértice; arrastrar un vértice para moverlo. Arrastrar el mapa para desplazarlo; la rueda aplica zoom. La tecla Retroceso quita el último vértice.</translation>
    </message>
    <message>
        <source>The location</source>
        <translation>La sede</translation>
    </message>
    <message numerus="yes">
        <source>An area needs at least %n corners.</source>
        <translation>
            <numerusform>Una zona necesita al menos %n vértice.</numerusform>
            <numerusform>Una zona necesita al menos %n vértices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An area may have at most %n corners.</source>
        <translation>
            <numerusform>Una zona puede tener como máximo %n vértice.</numerusform>
            <numerusform>Una zona puede tener como máximo %n vértices.</numerusform>
        </translation>
    </message>
    <message>
        <source>Corner %1 is off the map.</source>
        <translation>El vértice %1 está fuera del mapa.</translation>
    </message>
    <message>
        <source>Corner %1 is where the corner before it is.</source>
        <translation>El vértice %1 está en el mismo lugar que el anterior.</translation>
    </message>
    <message>
        <source>The edges cross: the edge from corner %1 meets the edge from corner %2. Drag a corner to untangle them.</source>
        <translation>Los lados se cruzan: el lado que sale del vértice %1 corta el lado que sale del vértice %2. Arrastrar un vértice para deshacer el cruce.</translation>
    </message>
    <message>
        <source>No area: click the map to add its first corner.</source>
        <translation>Sin zona: hacer clic en el mapa para agregar el primer vértice.</translation>
    </message>
    <message numerus="yes">
        <source>An area of %n corners.</source>
        <translation>
            <numerusform>Una zona de %n vértice.</numerusform>
            <numerusform>Una zona de %n vértices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::AuditDiffModel</name>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 cambió de %2 a %3</translation>
    </message>
    <message>
        <source>%1 unchanged: %2</source>
        <translation>%1 sin cambios: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
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
        <translation>(sistema)</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Hora (%1)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::AuditLogPage</name>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Más</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Audit log rows, newest first</source>
        <translation>Filas del registro de auditoría, las más recientes primero</translation>
    </message>
    <message>
        <source>Before and after of the selected row</source>
        <translation>Antes y después de la fila seleccionada</translation>
    </message>
    <message>
        <source>Load the next older rows (scrolling to the end does too)</source>
        <translation>Cargar las siguientes filas más antiguas (también se cargan al desplazarse hasta el final)</translation>
    </message>
    <message>
        <source>Write every row the filters select to a CSV file</source>
        <translation>Escribir en un archivo CSV todas las filas seleccionadas por los filtros</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Desde el día</translation>
    </message>
    <message>
        <source>Until day</source>
        <translation>Hasta el día</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>Record &amp;kind:</source>
        <translation>&amp;Tipo de registro:</translation>
    </message>
    <message>
        <source>Record &amp;id:</source>
        <translation>&amp;ID de registro:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>The audit log could not be loaded: %1</source>
        <translation>No se pudo cargar el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 de %n fila</numerusform>
            <numerusform>%1 de %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · by %3 · %4</source>
        <translation>%1 · %2 · por %3 · %4</translation>
    </message>
    <message>
        <source>%1
No values were recorded for this row.</source>
        <translation>%1
No se registraron valores para esta fila.</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Exportar el registro de auditoría como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>The audit log could not be exported: %1</source>
        <translation>No se pudo exportar el registro de auditoría: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n fila a %1.</numerusform>
            <numerusform>Se exportaron %n filas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::MessageLogPage</name>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Más</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
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
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed, tried again</source>
        <translation>Falló, se reintenta</translation>
    </message>
    <message>
        <source>Given up</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Cualquier canal</translation>
    </message>
    <message>
        <source>Search recipient or subject</source>
        <translation>Buscar destinatario o asunto</translation>
    </message>
    <message>
        <source>Queue the selected message again, as a new message</source>
        <translation>Poner de nuevo en cola el mensaje elegido, como mensaje nuevo</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>The message&apos;s words</source>
        <translation>El texto del mensaje</translation>
    </message>
    <message>
        <source>&lt;b&gt;Messages&lt;/b&gt;: emails, text messages and webhook calls the server sends, newest first</source>
        <translation>&lt;b&gt;Mensajes&lt;/b&gt;: correos, SMS y llamadas de webhook que envía el servidor, los más recientes primero</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>No se pudieron cargar los mensajes: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Próximo intento: %1</translation>
    </message>
    <message>
        <source>Message #%1 could not be sent again: %2</source>
        <translation>No se pudo reenviar el mensaje #%1: %2</translation>
    </message>
    <message>
        <source>Message #%1 is queued again as #%2.</source>
        <translation>El mensaje #%1 está de nuevo en cola como #%2.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s)</source>
        <translation>
            <numerusform>%1 de %n mensaje</numerusform>
            <numerusform>%1 de %n mensajes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::MessageTemplateModel</name>
    <message>
        <source>Job scheduled</source>
        <translation>Trabajo programado</translation>
    </message>
    <message>
        <source>Reminder the day before</source>
        <translation>Recordatorio el día anterior</translation>
    </message>
    <message>
        <source>Technician on the way</source>
        <translation>Técnico en camino</translation>
    </message>
    <message>
        <source>Job completed</source>
        <translation>Trabajo completado</translation>
    </message>
    <message>
        <source>Notification to a person</source>
        <translation>Notificación a una persona</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Own words</source>
        <translation>Texto propio</translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::MessageTemplatesPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Use FieldDesk&apos;s words…</source>
        <translation>&amp;Usar el texto de FieldDesk…</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Plantillas de mensajes</translation>
    </message>
    <message>
        <source>Preview of the saved words with sample values</source>
        <translation>Vista previa del texto guardado con valores de ejemplo</translation>
    </message>
    <message>
        <source>Send these words to the server (Ctrl+S)</source>
        <translation>Enviar este texto al servidor (Ctrl+S)</translation>
    </message>
    <message>
        <source>Use FieldDesk&apos;s words</source>
        <translation>Usar el texto de FieldDesk</translation>
    </message>
    <message>
        <source>Drop the company&apos;s own words for this template and language</source>
        <translation>Descartar el texto propio de la empresa para esta plantilla e idioma</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>&amp;Asunto</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>&amp;Text message</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <source>&amp;Preview: the saved words with sample values</source>
        <translation>&amp;Vista previa: el texto guardado con valores de ejemplo</translation>
    </message>
    <message>
        <source>The words of the emails and text messages FieldDesk sends for the company, in each language customers are written in</source>
        <translation>El texto de los correos y SMS que FieldDesk envía por la empresa, en cada idioma en que se escribe a los clientes</translation>
    </message>
    <message>
        <source>The message templates could not be loaded: %1</source>
        <translation>No se pudieron cargar las plantillas de mensajes: %1</translation>
    </message>
    <message>
        <source>Choose a template on the left.</source>
        <translation>Elija una plantilla a la izquierda.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en %2</translation>
    </message>
    <message>
        <source>You can use: %1</source>
        <translation>Puede usar: %1</translation>
    </message>
    <message>
        <source>Subject: %1

%2

Text message:
%3</source>
        <translation>Asunto: %1

%2

SMS:
%3</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Drop the company&apos;s own words for “%1” in %2 and use FieldDesk&apos;s again?</source>
        <translation>¿Descartar el texto propio de la empresa para «%1» en %2 y volver a usar el de FieldDesk?</translation>
    </message>
    <message>
        <source>FieldDesk&apos;s words could not be restored: %1</source>
        <translation>No se pudo restaurar el texto de FieldDesk: %1</translation>
    </message>
    <message>
        <source>FieldDesk&apos;s words are used again.</source>
        <translation>Se vuelve a usar el texto de FieldDesk.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::ResourceForm</name>
    <message>
        <source>Draw on the map…</source>
        <translation>Dibujar en el mapa…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%n corners</source>
        <translation>
            <numerusform>%n vértice</numerusform>
            <numerusform>%n vértices</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick on the map…</source>
        <translation>Elegir en el mapa…</translation>
    </message>
    <message>
        <source>Click the place on the map instead of typing its coordinates</source>
        <translation>Hacer clic en el lugar del mapa en lugar de escribir sus coordenadas</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::ResourcePage</name>
    <message>
        <source>New %1…</source>
        <translation>Crear %1…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Buscar en %1</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Send the changes to the server (Ctrl+S)</source>
        <translation>Enviar los cambios al servidor (Ctrl+S)</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Mostrar inactivos</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>Error al cargar %1: %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Discard them?</source>
        <translation>%1 tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>The new %1</source>
        <translation>El nuevo registro (%1)</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Crear %1</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activar</translation>
    </message>
    <message>
        <source>De&amp;activate</source>
        <translation>Des&amp;activar</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Revocar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Revoke %1? What signs in with it is refused from now on.</source>
        <translation>¿Revocar %1? A partir de ahora se rechazará cualquier inicio de sesión con esta clave.</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>¿Eliminar %1? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Copy the new %1</source>
        <translation>Copiar la nueva %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>This is the only time it is shown: copy it now and keep it where the system that uses it reads it.</source>
        <translation>Solo se muestra esta vez: cópielo ahora y guárdelo donde lo lea el sistema que lo usa.</translation>
    </message>
</context>
<context>
    <name>fielddesk::admin::TenantSettingsPage</name>
    <message>
        <source>Company &amp;name</source>
        <translation>&amp;Nombre de la empresa</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Where the company&apos;s days begin and end, unless a location has its own</source>
        <translation>Define dónde empiezan y terminan los días de la empresa, salvo que una sede tenga su propia zona horaria</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>ISO 4217; what expenses and spiffs are in unless one says otherwise</source>
        <translation>ISO 4217; moneda de los gastos e incentivos, salvo que alguno indique otra</translation>
    </message>
    <message>
        <source>Travel &amp;speed (km/h)</source>
        <translation>&amp;Velocidad de desplazamiento (km/h)</translation>
    </message>
    <message>
        <source>The average speed between jobs, for travel gaps, warnings and routing; empty: the server&apos;s</source>
        <translation>Velocidad media entre trabajos, para los tiempos de desplazamiento, las advertencias y el enrutamiento; vacío: la del servidor</translation>
    </message>
    <message>
        <source>&amp;Road factor</source>
        <translation>Factor de &amp;carretera</translation>
    </message>
    <message>
        <source>How much longer roads are than the straight line (1 to 3); empty: the server&apos;s</source>
        <translation>Cuánto más largas son las carreteras que la línea recta (de 1 a 3); vacío: el del servidor</translation>
    </message>
    <message>
        <source>&amp;Working week</source>
        <translation>&amp;Semana laboral</translation>
    </message>
    <message>
        <source>What a new technician works unless told otherwise</source>
        <translation>Días que trabaja un técnico nuevo, salvo que se indique otra cosa</translation>
    </message>
    <message>
        <source>Shift &amp;starts</source>
        <translation>&amp;Inicio del turno</translation>
    </message>
    <message>
        <source>Shift &amp;ends</source>
        <translation>&amp;Fin del turno</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Send the changes to the server (Ctrl+S)</source>
        <translation>Enviar los cambios al servidor (Ctrl+S)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>The company&apos;s settings could not be loaded: %1</source>
        <translation>No se pudo cargar la configuración de la empresa: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Customers are written to &amp;in</source>
        <translation>A los clientes se les escribe &amp;en</translation>
    </message>
    <message>
        <source>The language of customers&apos; messages, unless a customer chose one</source>
        <translation>El idioma de los mensajes a los clientes, salvo que un cliente haya elegido otro</translation>
    </message>
    <message>
        <source>Evening messages &amp;at</source>
        <translation>Mensajes de la tarde &amp;a las</translation>
    </message>
    <message>
        <source>When technicians get the next day&apos;s plan and customers a reminder, on each location&apos;s clock</source>
        <translation>Cuándo reciben los técnicos el plan del día siguiente y los clientes un recordatorio, según la hora de cada sede</translation>
    </message>
    <message>
        <source>Jobs of weather-sensitive services are at risk when the forecast passes it</source>
        <translation>Los trabajos de servicios sensibles al tiempo están en riesgo cuando la previsión lo supera</translation>
    </message>
    <message>
        <source>Rain &amp;limit (mm/h)</source>
        <translation>&amp;Límite de lluvia (mm/h)</translation>
    </message>
    <message>
        <source>Win&amp;d limit (km/h)</source>
        <translation>Límite de &amp;viento (km/h)</translation>
    </message>
    <message>
        <source>C&amp;oldest (°C)</source>
        <translation>Mí&amp;nima (°C)</translation>
    </message>
    <message>
        <source>&amp;Hottest (°C)</source>
        <translation>Má&amp;xima (°C)</translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::ApprovalsWorkspace</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;chazar…</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>&amp;Solicitudes</translation>
    </message>
    <message>
        <source>E&amp;xpenses and spiffs</source>
        <translation>&amp;Gastos e incentivos</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Approve the selected requests</source>
        <translation>Aprobar las solicitudes seleccionadas</translation>
    </message>
    <message>
        <source>Reject the selected requests with a comment</source>
        <translation>Rechazar las solicitudes seleccionadas con un comentario</translation>
    </message>
    <message>
        <source>Open the first attachment</source>
        <translation>Abrir el primer adjunto</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>Escribir un comentario</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>Buscar en la bandeja de entrada</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Load the inbox again</source>
        <translation>Volver a cargar la bandeja de entrada</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Approve the selected requests (A in the list, Ctrl+Enter)</source>
        <translation>Aprobar las solicitudes seleccionadas (A en la lista, Ctrl+Entrar)</translation>
    </message>
    <message>
        <source>Reject with a comment (R in the list, Ctrl+Shift+Enter)</source>
        <translation>Rechazar con un comentario (R en la lista, Ctrl+Mayús+Entrar)</translation>
    </message>
    <message>
        <source>%1 (list)</source>
        <translation>%1 (lista)</translation>
    </message>
    <message>
        <source>Up, Down, Shift+Up/Down, Ctrl+A</source>
        <translation>Arriba, Abajo, Mayús+Arriba/Abajo, Ctrl+A</translation>
    </message>
    <message>
        <source>Move in the list, select several (for bulk approve)</source>
        <translation>Moverse por la lista, seleccionar varias (para aprobar en bloque)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts: Approvals</source>
        <translation>Atajos de teclado: Aprobaciones</translation>
    </message>
    <message>
        <source>The inbox could not be loaded: %1</source>
        <translation>No se pudo cargar la bandeja de entrada: %1</translation>
    </message>
    <message>
        <source>Approve requests</source>
        <translation>Aprobar solicitudes</translation>
    </message>
    <message numerus="yes">
        <source>Approve the %n selected requests?</source>
        <translation>
            <numerusform>¿Aprobar %n solicitud seleccionada?</numerusform>
            <numerusform>¿Aprobar las %n solicitudes seleccionadas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n</source>
        <translation>
            <numerusform>Aprobar %n</numerusform>
            <numerusform>Aprobar %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n request(s).</source>
        <translation>
            <numerusform>Se aprobó %n solicitud.</numerusform>
            <numerusform>Se aprobaron %n solicitudes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n request(s).</source>
        <translation>
            <numerusform>Se rechazó %n solicitud.</numerusform>
            <numerusform>Se rechazaron %n solicitudes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided: %1</source>
        <translation>Sin decidir: %1</translation>
    </message>
    <message>
        <source>Jobs inside the time off</source>
        <translation>Trabajos durante la ausencia</translation>
    </message>
    <message>
        <source>The time off is approved. These jobs are assigned to the technician inside it and need another technician:&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>La ausencia está aprobada. Estos trabajos están asignados al técnico durante ese periodo y necesitan otro técnico:&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Open on the board</source>
        <translation>Abrir en el tablero</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>&amp;Aprobar %n</numerusform>
            <numerusform>&amp;Aprobar %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Nothing awaits your decision.</source>
        <translation>No hay nada pendiente de decisión.</translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting your decision</source>
        <translation>
            <numerusform>%n pendiente de decisión</numerusform>
            <numerusform>%n pendientes de decisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n awaiting your decision</source>
        <translation>
            <numerusform>%1 de %n pendiente de decisión</numerusform>
            <numerusform>%1 de %n pendientes de decisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-plan %n job(s)…</source>
        <translation>
            <numerusform>Replanificar %n trabajo…</numerusform>
            <numerusform>Replanificar %n trabajos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Propose other technicians for these jobs on the board, to compare and apply</source>
        <translation>Proponer otros técnicos para estos trabajos en el tablero, para comparar y aplicar</translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::AttachmentViewer</name>
    <message>
        <source>This attachment cannot be shown.</source>
        <translation>No se puede mostrar este adjunto.</translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::InboxFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Cualquier antigüedad</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n+ days</source>
        <translation>
            <numerusform>En espera %n+ día</numerusform>
            <numerusform>En espera %n+ días</numerusform>
        </translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Buscar solicitudes</translation>
    </message>
    <message>
        <source>Search requests (Ctrl+F)</source>
        <translation>Buscar solicitudes (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::MoneyInbox</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;chazar…</translation>
    </message>
    <message>
        <source>Reimburse or &amp;pay</source>
        <translation>Reembolsar o &amp;pagar</translation>
    </message>
    <message>
        <source>Awaiting my decision</source>
        <translation>Pendientes de mi decisión</translation>
    </message>
    <message>
        <source>Approved, to reimburse or pay</source>
        <translation>Aprobados, por reembolsar o pagar</translation>
    </message>
    <message>
        <source>Expenses and spiffs</source>
        <translation>Gastos e incentivos</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>No se pudo cargar la lista: %1</translation>
    </message>
    <message>
        <source>Select an expense or a spiff.</source>
        <translation>Seleccionar un gasto o un incentivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n entries?</source>
        <translation>
            <numerusform>¿Aprobar %n entrada?</numerusform>
            <numerusform>¿Aprobar %n entradas?</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>fielddesk::approvals::RejectDialog</name>
    <message>
        <source>Reject request</source>
        <translation>Rechazar solicitud</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n requests</source>
        <translation>
            <numerusform>Rechazar %n solicitud</numerusform>
            <numerusform>Rechazar %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Why? The requester reads this comment.</source>
        <translation>¿Por qué? El solicitante leerá este comentario.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
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
        <translation>%1 comentó · %2</translation>
    </message>
    <message>
        <source>%1 submitted · %2</source>
        <translation>%1 envió la solicitud · %2</translation>
    </message>
    <message>
        <source>%1 by %2 · %3</source>
        <translation>%1 por %2 · %3</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>Agregar &amp;comentario</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Write a comment for the requester…</source>
        <translation>Escribir un comentario para el solicitante…</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <source>Choose a request in the list to see it here.</source>
        <translation>Elegir una solicitud de la lista para verla aquí.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · submitted %2</source>
        <translation>%1 · enviada: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Open the attachment</source>
        <translation>Abrir el adjunto</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Adjunto %1</translation>
    </message>
</context>
<context>
    <name>fielddesk::attachments::AttachmentList</name>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open an attachment</source>
        <translation>Hacer doble clic o presionar Entrar para abrir un adjunto</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Adjunto %1</translation>
    </message>
    <message>
        <source>%1 — downloading…</source>
        <translation>%1 — descargando…</translation>
    </message>
    <message>
        <source>%1 — not available: %2</source>
        <translation>%1 — no disponible: %2</translation>
    </message>
    <message>
        <source>%1 — cannot be saved: %2</source>
        <translation>%1 — no se puede guardar: %2</translation>
    </message>
</context>
<context>
    <name>fielddesk::attachments::AttachmentsBox</name>
    <message>
        <source>Add files…</source>
        <translation>Agregar archivos…</translation>
    </message>
    <message>
        <source>Attach photos or PDF files (Ctrl+O); you can also drop them onto this dialog</source>
        <translation>Adjuntar fotos o archivos PDF (Ctrl+O); también se pueden soltar sobre este cuadro de diálogo</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Pegar imagen</translation>
    </message>
    <message>
        <source>Attach the image on the clipboard, a screenshot or a scanned receipt (Ctrl+V outside a text field)</source>
        <translation>Adjuntar la imagen del portapapeles, como una captura de pantalla o un comprobante escaneado (Ctrl+V fuera de un campo de texto)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Photos and PDF files (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Fotos y archivos PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Imagen pegada</translation>
    </message>
    <message>
        <source>The clipboard holds no image to attach.</source>
        <translation>El portapapeles no contiene ninguna imagen para adjuntar.</translation>
    </message>
    <message>
        <source>The image cannot be kept: no temporary folder.</source>
        <translation>No se puede conservar la imagen: no hay carpeta temporal.</translation>
    </message>
    <message>
        <source>The image cannot be kept: it could not be saved.</source>
        <translation>No se puede conservar la imagen: no se pudo guardar.</translation>
    </message>
    <message>
        <source>Uploading %1 (%2 of %3)…</source>
        <translation>Subiendo %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>No se subió %1: %2</translation>
    </message>
</context>
<context>
    <name>fielddesk::attachments::PendingAttachmentList</name>
    <message>
        <source>No attachments. Drop photos or PDF files here, paste an image, or add files with the button.</source>
        <translation>No hay adjuntos. Se pueden soltar aquí fotos o archivos PDF, pegar una imagen o agregar archivos con el botón.</translation>
    </message>
    <message>
        <source>%1: only JPEG, PNG and PDF files can be attached.</source>
        <translation>%1: solo se pueden adjuntar archivos JPEG, PNG y PDF.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1: no se puede leer el archivo.</translation>
    </message>
    <message>
        <source>%1: larger than %2.</source>
        <translation>%1: ocupa más de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: a request carries at most %n file(s).</source>
        <translation>
            <numerusform>%1: una solicitud admite como máximo %n archivo.</numerusform>
            <numerusform>%1: una solicitud admite como máximo %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Do not send %1 with the request</source>
        <translation>No enviar %1 con la solicitud</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::AssignJobCommand</name>
    <message>
        <source>Reschedule “%1” to %2</source>
        <translation>Reprogramar “%1” a %2</translation>
    </message>
    <message>
        <source>Reassign “%1” to %2 at %3</source>
        <translation>Reasignar “%1” a %2 a las %3</translation>
    </message>
    <message>
        <source>Assign “%1” to %2 at %3</source>
        <translation>Asignar “%1” a %2 a las %3</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::AssignmentClient</name>
    <message>
        <source>Someone else changed this job first. Your change was not applied.</source>
        <translation>Otra persona modificó este trabajo antes. El cambio no se aplicó.</translation>
    </message>
    <message>
        <source>Your change was not applied: %1</source>
        <translation>El cambio no se aplicó: %1</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>assigned it to %1 at %2</source>
        <translation>lo asignó a %1 a las %2</translation>
    </message>
    <message>
        <source>moved it to %1</source>
        <translation>lo movió a %1</translation>
    </message>
    <message>
        <source>unassigned it</source>
        <translation>le quitó la asignación</translation>
    </message>
    <message>
        <source>changed its status to %1</source>
        <translation>cambió su estado a %1</translation>
    </message>
    <message>
        <source>created it</source>
        <translation>lo creó</translation>
    </message>
    <message>
        <source>changed it</source>
        <translation>lo modificó</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>%1 %2 (at %3).</source>
        <translation>%1 %2 (a las %3).</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::AssignmentFlow</name>
    <message numerus="yes">
        <source>Assign %n job(s) to %1</source>
        <translation>
            <numerusform>Asignar %n trabajo a %1</numerusform>
            <numerusform>Asignar %n trabajos a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n job(s)</source>
        <translation>
            <numerusform>Quitar la asignación de %n trabajo</numerusform>
            <numerusform>Quitar la asignación de %n trabajos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %n job(s)</source>
        <translation>
            <numerusform>Cambiar el estado de %n trabajo</numerusform>
            <numerusform>Cambiar el estado de %n trabajos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::board::AutoRouteSession</name>
    <message>
        <source>The route could not be planned: %1</source>
        <translation>No se pudo planificar la ruta: %1</translation>
    </message>
    <message>
        <source>The route was not applied: %1</source>
        <translation>No se aplicó la ruta: %1</translation>
    </message>
    <message>
        <source>now %1 at %2</source>
        <translation>ahora %1 a las %2</translation>
    </message>
    <message>
        <source>now unassigned</source>
        <translation>ahora sin asignar</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>Jobs of this plan were changed meanwhile. Plan again to include the changes.</source>
        <translation>Mientras tanto se modificaron trabajos de esta planificación. Hay que volver a planificar para incluir los cambios.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed since the plan: %1. Plan again to include the changes.</source>
        <translation>Modificado desde la planificación: %1. Hay que volver a planificar para incluir los cambios.</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::DispatchStore</name>
    <message>
        <source>Overlaps “%1” (%2–%3).</source>
        <translation>Se superpone con “%1” (%2–%3).</translation>
    </message>
    <message>
        <source>Outside the customer&apos;s window %1–%2.</source>
        <translation>Fuera de la franja horaria del cliente (%1–%2).</translation>
    </message>
    <message>
        <source>Outside %1&apos;s shift %2–%3.</source>
        <translation>Fuera del turno de %1 (%2–%3).</translation>
    </message>
    <message>
        <source>%1 does not work this day.</source>
        <translation>%1 no trabaja este día.</translation>
    </message>
    <message>
        <source>%1 lacks the skill %2.</source>
        <translation>%1 no tiene la habilidad %2.</translation>
    </message>
    <message>
        <source>%1 is off or unavailable then.</source>
        <translation>%1 está ausente o no disponible en ese horario.</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::JobArrivals</name>
    <message>
        <source>ETA %1</source>
        <translation>Llegada prevista %1</translation>
    </message>
    <message>
        <source>At risk of missing its window: done about %1, the window ends %2</source>
        <translation>En riesgo de no cumplir su franja: terminará hacia las %1, la franja acaba a las %2</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::JobTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation>En riesgo: %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Waiting for the server…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Esperando al servidor…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Franja horaria</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Inicio programado</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::RoutePreview</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Travel %1 → %2</source>
        <translation>Trayecto %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 of %3 jobs placed (before: %4) · %n moved</source>
        <translation>
            <numerusform>%1 · %2 de %3 trabajos programados (antes: %4) · %n movido</numerusform>
            <numerusform>%1 · %2 de %3 trabajos programados (antes: %4) · %n movidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n left out</source>
        <translation>
            <numerusform> · %n omitido</numerusform>
            <numerusform> · %n omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>new time</source>
        <translation>nueva hora</translation>
    </message>
    <message>
        <source>other technician</source>
        <translation>otro técnico</translation>
    </message>
    <message>
        <source>placed</source>
        <translation>programado</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::TechnicianTableModel</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On job</source>
        <translation>En un trabajo</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>En camino</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Fuera de turno</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>%1 — shift %2–%3</source>
        <translation>%1 — turno %2–%3</translation>
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
        <source>⚠ No vehicle</source>
        <translation>⚠ Sin vehículo</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Default vehicle (nothing assigned for the day)</source>
        <translation>Vehículo predeterminado (nada asignado para el día)</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Next job</source>
        <translation>Próximo trabajo</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
</context>
<context>
    <name>fielddesk::board::UnassignJobCommand</name>
    <message>
        <source>Unassign “%1”</source>
        <translation>Quitar la asignación de “%1”</translation>
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
        <translation>Sin vehículo para %1</translation>
    </message>
    <message>
        <source>%1 is in service</source>
        <translation>%1 está en mantenimiento</translation>
    </message>
    <message>
        <source>%1 is retired</source>
        <translation>%1 está dado de baja</translation>
    </message>
    <message>
        <source>%1 is overdue for service</source>
        <translation>%1 tiene el mantenimiento vencido</translation>
    </message>
</context>
<context>
    <name>fielddesk::client::AuthSession</name>
    <message>
        <source>Your saved sign-in is no longer valid. Please sign in again.</source>
        <translation>El inicio de sesión guardado ya no es válido. Hay que volver a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>fielddesk::client::ConnectionMonitor</name>
    <message>
        <source>The server is not ready (HTTP %1).</source>
        <translation>El servidor no está listo (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>fielddesk::client::KeychainTokenStore</name>
    <message>
        <source>Access to the system keychain was denied (%1).</source>
        <translation>Se denegó el acceso al llavero del sistema (%1).</translation>
    </message>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation>No hay ningún llavero del sistema disponible (%1).</translation>
    </message>
    <message>
        <source>The system keychain could not remove the entry (%1).</source>
        <translation>El llavero del sistema no pudo eliminar la entrada (%1).</translation>
    </message>
    <message>
        <source>Nothing was stored: you will need to sign in again next time.</source>
        <translation>No se guardó nada: la próxima vez habrá que volver a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>fielddesk::customers::AddressDialog</name>
    <message>
        <source>Change address</source>
        <translation>Modificar dirección</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>Nueva dirección</translation>
    </message>
    <message>
        <source>e.g. Home, Office</source>
        <translation>p. ej., Casa, Oficina</translation>
    </message>
    <message>
        <source>Street, town</source>
        <translation>Calle, localidad</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>fielddesk::customers::CustomerDetails</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>En el mapa</translation>
    </message>
    <message>
        <source>Add address…</source>
        <translation>Agregar dirección…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modificar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Service addresses</source>
        <translation>Direcciones de servicio</translation>
    </message>
    <message>
        <source>The customer&apos;s jobs</source>
        <translation>Trabajos del cliente</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Historial de trabajos</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>Crear cliente</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation>El cliente necesita un nombre.</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>Quitar dirección</translation>
    </message>
    <message>
        <source>Remove the address “%1”?</source>
        <translation>¿Quitar la dirección “%1”?</translation>
    </message>
    <message>
        <source>No emails</source>
        <translation>Sin correos</translation>
    </message>
    <message>
        <source>No text messages</source>
        <translation>Sin SMS</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Company default</source>
        <translation>Predeterminado de la empresa</translation>
    </message>
    <message>
        <source>The language FieldDesk writes to this customer in; the company&apos;s default unless one is chosen</source>
        <translation>El idioma en que FieldDesk escribe a este cliente; el predeterminado de la empresa si no se elige otro</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>Mensajes en</translation>
    </message>
</context>
<context>
    <name>fielddesk::customers::CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>fielddesk::customers::CustomersWorkspace</name>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>Find by name, phone, email or address</source>
        <translation>Buscar por nombre, teléfono, correo electrónico o dirección</translation>
    </message>
    <message>
        <source>Find customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>A new customer (Ctrl+N)</source>
        <translation>Un cliente nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%1 de %n cliente</numerusform>
            <numerusform>%1 de %n clientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::AutoRouteDialog</name>
    <message>
        <source>Auto-route</source>
        <translation>Enrutamiento automático</translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation>Sede %1</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected technician(s)</source>
        <translation>
            <numerusform>Solo %n técnico seleccionado</numerusform>
            <numerusform>Solo los %n técnicos seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected job(s)</source>
        <translation>
            <numerusform>Solo %n trabajo seleccionado</numerusform>
            <numerusform>Solo los %n trabajos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Límite de tiempo:</translation>
    </message>
    <message>
        <source>Jobs under way stay where they are. Nothing changes until you apply the proposal.</source>
        <translation>Los trabajos en curso se quedan donde están. No cambia nada hasta que se aplica la propuesta.</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planificar</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::AutoRoutePanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Plan &amp;again</source>
        <translation>Planificar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Cambios propuestos</translation>
    </message>
    <message>
        <source>Auto-route %1: planning…</source>
        <translation>Enrutamiento automático %1: planificando…</translation>
    </message>
    <message>
        <source>Applying the route…</source>
        <translation>Aplicando la ruta…</translation>
    </message>
    <message>
        <source>Proposed route %1:</source>
        <translation>Ruta propuesta %1:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>&amp;Aplicar %n cambio</numerusform>
            <numerusform>&amp;Aplicar %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to apply</source>
        <translation>Nada que aplicar</translation>
    </message>
    <message>
        <source>The route was not applied:</source>
        <translation>No se aplicó la ruta:</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>queda %n s</numerusform>
            <numerusform>quedan %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>finishing…</source>
        <translation>finalizando…</translation>
    </message>
    <message>
        <source>Re-plan while %1 is away, %2: planning…</source>
        <translation>Replanificar mientras %1 no está, %2: planificando…</translation>
    </message>
    <message>
        <source>Proposed re-plan while %1 is away, %2:</source>
        <translation>Replanificación propuesta mientras %1 no está, %2:</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::BestSlotDialog</name>
    <message>
        <source>Asking the routing engine…</source>
        <translation>Consultando al motor de rutas…</translation>
    </message>
    <message>
        <source>Best slots for “%1”</source>
        <translation>Mejores horarios para “%1”</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Added travel</source>
        <translation>Trayecto adicional</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>Sin sugerencias: %1</translation>
    </message>
    <message>
        <source>Nobody can take this job that day.</source>
        <translation>Nadie puede encargarse de este trabajo ese día.</translation>
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
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Days &amp;from</source>
        <translation>Días &amp;desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Ranked by the routing engine across the days chosen:</source>
        <translation>Ordenados por el motor de rutas en los días elegidos:</translation>
    </message>
    <message>
        <source>Nobody can take this job on these days.</source>
        <translation>Nadie puede hacer este trabajo en estos días.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Skipped for the weather: %1</source>
        <translation>Omitidos por el tiempo: %1</translation>
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
        <translation>Día anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Día siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message numerus="yes">
        <source>Show %n day(s)</source>
        <translation>
            <numerusform>Mostrar %n día</numerusform>
            <numerusform>Mostrar %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Quitar asignación</translation>
    </message>
    <message>
        <source>Unassign the selected jobs (Ctrl+U)</source>
        <translation>Quitar la asignación de los trabajos seleccionados (Ctrl+U)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Assign the selected jobs to the selected technician, after their last job (Ctrl+Enter)</source>
        <translation>Asignar los trabajos seleccionados al técnico seleccionado, después de su último trabajo (Ctrl+Entrar)</translation>
    </message>
    <message>
        <source>Best slot…</source>
        <translation>Mejor horario…</translation>
    </message>
    <message>
        <source>The routing engine&apos;s best slots for the selected job (Ctrl+B)</source>
        <translation>Los mejores horarios del motor de rutas para el trabajo seleccionado (Ctrl+B)</translation>
    </message>
    <message>
        <source>Auto-route…</source>
        <translation>Enrutamiento automático…</translation>
    </message>
    <message>
        <source>Plan the day&apos;s routes with the routing engine and preview them (Ctrl+R)</source>
        <translation>Planificar las rutas del día con el motor de rutas y mostrar una vista previa (Ctrl+R)</translation>
    </message>
    <message>
        <source>New job…</source>
        <translation>Nuevo trabajo…</translation>
    </message>
    <message>
        <source>Create a job, for a known or a new customer (Ctrl+N)</source>
        <translation>Crear un trabajo para un cliente existente o nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit job…</source>
        <translation>Editar trabajo…</translation>
    </message>
    <message>
        <source>Change the selected job (F2)</source>
        <translation>Modificar el trabajo seleccionado (F2)</translation>
    </message>
    <message>
        <source>Duplicate job…</source>
        <translation>Duplicar trabajo…</translation>
    </message>
    <message>
        <source>A new job with the selected job&apos;s details (Ctrl+D)</source>
        <translation>Un trabajo nuevo con los datos del trabajo seleccionado (Ctrl+D)</translation>
    </message>
    <message>
        <source>Cancel or discard the auto-route</source>
        <translation>Cancelar o descartar el enrutamiento automático</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Find jobs</source>
        <translation>Buscar trabajos</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Undo / redo an assignment&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New job&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt; / &lt;b&gt;Ctrl+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Edit / duplicate the selected job&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Assign the selected jobs to the selected technician&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+U&lt;/b&gt;, &lt;b&gt;Delete&lt;/b&gt; (timeline)&lt;/td&gt;&lt;td&gt;Unassign the selected jobs&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Auto-route the day (preview, then apply or discard)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Escape&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cancel the auto-route&apos;s plan, discard its preview&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Best slots for the selected job; Enter assigns the chosen one&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; / &lt;b&gt;3&lt;/b&gt; / &lt;b&gt;5&lt;/b&gt; / &lt;b&gt;7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show 1, 3, 5 or 7 days&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Menu key&lt;/b&gt;, right click (timeline)&lt;/td&gt;&lt;td&gt;Actions on the selected job&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search jobs&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Left&lt;/b&gt; / &lt;b&gt;Alt+Right&lt;/b&gt;, &lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Previous / next day, today&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+&lt;/b&gt; / &lt;b&gt;-&lt;/b&gt;, &lt;b&gt;Ctrl+wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zoom the timeline or the map&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrows&lt;/b&gt;, &lt;b&gt;Page Up/Down&lt;/b&gt;, &lt;b&gt;wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Scroll the timeline, pan the map&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Timeline: now; map: all jobs&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt; (timeline)&lt;/td&gt;&lt;td&gt;Details of the selected job&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+drag&lt;/b&gt; (map)&lt;/td&gt;&lt;td&gt;Select the jobs in a rectangle&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Mayús+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Deshacer / rehacer una asignación&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nuevo trabajo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt; / &lt;b&gt;Ctrl+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Editar / duplicar el trabajo seleccionado&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Entrar&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Asignar los trabajos seleccionados al técnico seleccionado&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+U&lt;/b&gt;, &lt;b&gt;Supr&lt;/b&gt; (línea de tiempo)&lt;/td&gt;&lt;td&gt;Quitar la asignación de los trabajos seleccionados&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Enrutamiento automático del día (vista previa; luego aplicar o descartar)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cancelar la planificación del enrutamiento automático, descartar su vista previa&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mejores horarios para el trabajo seleccionado; Entrar asigna el elegido&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1&lt;/b&gt; / &lt;b&gt;3&lt;/b&gt; / &lt;b&gt;5&lt;/b&gt; / &lt;b&gt;7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mostrar 1, 3, 5 o 7 días&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tecla de menú&lt;/b&gt;, clic derecho (línea de tiempo)&lt;/td&gt;&lt;td&gt;Acciones sobre el trabajo seleccionado&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Buscar trabajos&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Izquierda&lt;/b&gt; / &lt;b&gt;Alt+Derecha&lt;/b&gt;, &lt;b&gt;Ctrl+T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Día anterior / siguiente, hoy&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+&lt;/b&gt; / &lt;b&gt;-&lt;/b&gt;, &lt;b&gt;Ctrl+rueda&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Acercar o alejar la línea de tiempo o el mapa&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Flechas&lt;/b&gt;, &lt;b&gt;Re Pág/Av Pág&lt;/b&gt;, &lt;b&gt;rueda&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Desplazar la línea de tiempo, mover el mapa&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Inicio&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Línea de tiempo: ahora; mapa: todos los trabajos&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Entrar&lt;/b&gt; (línea de tiempo)&lt;/td&gt;&lt;td&gt;Detalles del trabajo seleccionado&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Mayús+arrastrar&lt;/b&gt; (mapa)&lt;/td&gt;&lt;td&gt;Seleccionar los trabajos dentro de un rectángulo&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next / previous control: the toolbar, the panes, their filters and lists&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1&lt;/b&gt; … &lt;b&gt;Alt+4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show or hide the technicians, jobs, map and details panes&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Mayús+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Control siguiente / anterior: la barra de herramientas, los paneles, sus filtros y listas&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+1&lt;/b&gt; … &lt;b&gt;Alt+4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mostrar u ocultar los paneles de técnicos, trabajos, mapa y detalles&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Send plans for this day…</source>
        <translation>Enviar los planes de este día…</translation>
    </message>
    <message>
        <source>Send plans…</source>
        <translation>Enviar planes…</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::BoardToolBar</name>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>How many days the timeline shows (Ctrl+1, 3, 5, 7)</source>
        <translation>Cuántos días muestra la línea de tiempo (Ctrl+1, 3, 5, 7)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En vivo</translation>
    </message>
    <message>
        <source>● Reconnecting…</source>
        <translation>● Reconectando…</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Sin conexión</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::DayReplayDialog</name>
    <message>
        <source>Loading the positions…</source>
        <translation>Cargando las posiciones…</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>Replay of %1&apos;s day</source>
        <translation>Reproducción del día de %1</translation>
    </message>
    <message>
        <source>Moment of the day</source>
        <translation>Momento del día</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>The positions could not be loaded: %1</source>
        <translation>No se pudieron cargar las posiciones: %1</translation>
    </message>
    <message>
        <source>No positions that day.</source>
        <translation>No hay posiciones ese día.</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) recorded.</source>
        <translation>
            <numerusform>%n posición registrada.</numerusform>
            <numerusform>%n posiciones registradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::DetailsPanel</name>
    <message>
        <source>Job details</source>
        <translation>Detalles del trabajo</translation>
    </message>
    <message>
        <source>Select a job or a technician to see the details.</source>
        <translation>Seleccionar un trabajo o un técnico para ver los detalles.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Franja horaria</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Esperando al servidor…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Not working this day</source>
        <translation>No trabaja este día</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message numerus="yes">
        <source>%n min from %1</source>
        <translation>
            <numerusform>%n min a partir de %1</numerusform>
            <numerusform>%n min a partir de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::DispatchBoard</name>
    <message>
        <source>Dispatch board</source>
        <translation>Tablero de despacho</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Técnicos</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Search technicians</source>
        <translation>Buscar técnicos</translation>
    </message>
    <message>
        <source>Filter technicians…</source>
        <translation>Filtrar técnicos…</translation>
    </message>
    <message numerus="yes">
        <source>Route applied: %n job(s) changed (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>Ruta aplicada: %n trabajo modificado (Ctrl+Z lo deshace)</numerusform>
            <numerusform>Ruta aplicada: %n trabajos modificados (Ctrl+Z lo deshace)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the day…</source>
        <translation>Cargando el día…</translation>
    </message>
    <message>
        <source>Loading %1 of %2 jobs…</source>
        <translation>Cargando %1 de %2 trabajos…</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s), %1 technicians</source>
        <translation>
            <numerusform>%n trabajo, %1 técnicos</numerusform>
            <numerusform>%n trabajos, %1 técnicos</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation>Error de carga</translation>
    </message>
    <message>
        <source>The day could not be loaded: %1</source>
        <translation>No se pudo cargar el día: %1</translation>
    </message>
    <message>
        <source>New job here at %1…</source>
        <translation>Nuevo trabajo aquí a las %1…</translation>
    </message>
    <message>
        <source>Time off from %1…</source>
        <translation>Ausencia desde las %1…</translation>
    </message>
    <message>
        <source>Change or delete this time off…</source>
        <translation>Modificar o eliminar esta ausencia…</translation>
    </message>
    <message>
        <source>Select a job first.</source>
        <translation>Primero hay que seleccionar un trabajo.</translation>
    </message>
    <message>
        <source>Select one or more jobs and a technician first.</source>
        <translation>Primero hay que seleccionar uno o varios trabajos y un técnico.</translation>
    </message>
    <message>
        <source>Assign anyway?</source>
        <translation>¿Asignar de todos modos?</translation>
    </message>
    <message>
        <source>The server has concerns about assigning “%1”:</source>
        <translation>El servidor tiene objeciones a la asignación de “%1”:</translation>
    </message>
    <message>
        <source>Assign &amp;anyway</source>
        <translation>Asignar de &amp;todos modos</translation>
    </message>
    <message>
        <source>Choose one location in the job filter to send its technicians their plans</source>
        <translation>Elige una sede en el filtro de trabajos para enviar a sus técnicos sus planes</translation>
    </message>
    <message>
        <source>Send each technician of %1 their plan for %2 and remind the customers</source>
        <translation>Enviar a cada técnico de %1 su plan para %2 y avisar a los clientes</translation>
    </message>
    <message>
        <source>Choose one location in the job filter first.</source>
        <translation>Primero elige una sede en el filtro de trabajos.</translation>
    </message>
    <message>
        <source>Send plans</source>
        <translation>Enviar planes</translation>
    </message>
    <message>
        <source>Send each technician of %1 their plan for %2 and remind the customers? Only what changed since the last send goes out.</source>
        <translation>¿Enviar a cada técnico de %1 su plan para %2 y avisar a los clientes? Solo se envía lo que cambió desde el último envío.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>The plans could not be sent: %1</source>
        <translation>No se pudieron enviar los planes: %1</translation>
    </message>
    <message>
        <source>Nothing new to send.</source>
        <translation>No hay nada nuevo que enviar.</translation>
    </message>
    <message>
        <source>Sent %1 and %2.</source>
        <translation>Enviados: %1 y %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n planes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n recordatorio</numerusform>
            <numerusform>%n recordatorios</numerusform>
        </translation>
    </message>
    <message>
        <source>No time off over this job is on the board: nothing to re-plan.</source>
        <translation>No hay ninguna ausencia sobre este trabajo en el tablero: nada que replanificar.</translation>
    </message>
    <message numerus="yes">
        <source>Re-plan %n job(s) in this time off…</source>
        <translation>
            <numerusform>Replanificar %n trabajo en esta ausencia…</numerusform>
            <numerusform>Replanificar %n trabajos en esta ausencia…</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay day…</source>
        <translation>Reproducir el día…</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::JobContextMenu</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Edit job…</source>
        <translation>Editar trabajo…</translation>
    </message>
    <message>
        <source>Duplicate job…</source>
        <translation>Duplicar trabajo…</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Quitar asignación</translation>
    </message>
    <message>
        <source>Find best slot…</source>
        <translation>Buscar el mejor horario…</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Mostrar en el mapa</translation>
    </message>
    <message>
        <source>Show on timeline</source>
        <translation>Mostrar en la línea de tiempo</translation>
    </message>
    <message>
        <source>Show the technician&apos;s route</source>
        <translation>Mostrar la ruta del técnico</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Cancel jobs</source>
        <translation>Cancelar trabajos</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n job(s)? This cannot be undone.</source>
        <translation>
            <numerusform>¿Cancelar %n trabajo? Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Cancelar %n trabajos? Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::JobFilterBar</name>
    <message>
        <source>&amp;Unassigned</source>
        <translation>&amp;Sin asignar</translation>
    </message>
    <message>
        <source>At &amp;risk</source>
        <translation>En &amp;riesgo</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardados</translation>
    </message>
    <message>
        <source>Save this filter, or use one saved before</source>
        <translation>Guardar este filtro o usar uno guardado anteriormente</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Buscar trabajos</translation>
    </message>
    <message>
        <source>Search jobs, customers, addresses…</source>
        <translation>Buscar trabajos, clientes, direcciones…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
    </message>
    <message>
        <source>Urgent (5)</source>
        <translation>Urgente (5)</translation>
    </message>
    <message>
        <source>High (4+)</source>
        <translation>Alta (4+)</translation>
    </message>
    <message>
        <source>Normal (3+)</source>
        <translation>Normal (3+)</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Cualquier habilidad</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>Save this filter…</source>
        <translation>Guardar este filtro…</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Guardar filtro</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::MapPresenter</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 was here at %2 (replay)</source>
        <translation>%1 estaba aquí a las %2 (reproducción)</translation>
    </message>
    <message>
        <source>%1, last seen at %2 (no recent position)</source>
        <translation>%1, visto por última vez a las %2 (sin posición reciente)</translation>
    </message>
    <message>
        <source>%1, seen at %2</source>
        <translation>%1, visto a las %2</translation>
    </message>
</context>
<context>
    <name>fielddesk::dispatchboard::TimeOffDialog</name>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Record time off</source>
        <translation>Registrar ausencia</translation>
    </message>
    <message>
        <source>Time off of %1</source>
        <translation>Ausencia de %1</translation>
    </message>
    <message>
        <source>New time off for %1</source>
        <translation>Nueva ausencia de %1</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Ausencia</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>e.g. doctor&apos;s appointment</source>
        <translation>p. ej., cita médica</translation>
    </message>
    <message>
        <source>Assigned jobs in this period</source>
        <translation>Trabajos asignados en este período</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Delete time off</source>
        <translation>Eliminar ausencia</translation>
    </message>
    <message>
        <source>Assigned jobs in this period:</source>
        <translation>Trabajos asignados en este período:</translation>
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
        <translation>Ninguno en los días mostrados.</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>El período debe terminar después de su inicio.</translation>
    </message>
    <message>
        <source>Record the period, then propose who takes these jobs (shown on the board to compare before anything changes)</source>
        <translation>Registrar el periodo y luego proponer quién toma estos trabajos (se muestra en el tablero para comparar antes de que cambie nada)</translation>
    </message>
    <message numerus="yes">
        <source>Save and re-&amp;plan %n job(s)</source>
        <translation>
            <numerusform>Guardar y re&amp;planificar %n trabajo</numerusform>
            <numerusform>Guardar y re&amp;planificar %n trabajos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record and re-&amp;plan %n job(s)</source>
        <translation>
            <numerusform>Registrar y re&amp;planificar %n trabajo</numerusform>
            <numerusform>Registrar y re&amp;planificar %n trabajos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::DayBoard</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <source>Drag a technician onto a vehicle to have them drive it that day. Del removes the chosen vehicle&apos;s assignment.</source>
        <translation>Arrastrar un técnico sobre un vehículo para que lo conduzca ese día. Supr quita la asignación del vehículo elegido.</translation>
    </message>
    <message numerus="yes">
        <source>%n driver(s) drive their default vehicle: no assignment, shown as “(default)”.</source>
        <translation>
            <numerusform>%n conductor conduce su vehículo predeterminado: sin asignación, se muestra como “(predeterminado)”.</numerusform>
            <numerusform>%n conductores conducen su vehículo predeterminado: sin asignación, se muestran como “(predeterminado)”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The day before (Alt+Left)</source>
        <translation>El día anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Today (Ctrl+T)</source>
        <translation>Hoy (Ctrl+T)</translation>
    </message>
    <message>
        <source>The day after (Alt+Right)</source>
        <translation>El día siguiente (Alt+Derecha)</translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::DayBoardView</name>
    <message>
        <source>Who drives what</source>
        <translation>Quién conduce qué</translation>
    </message>
    <message>
        <source>Technician %1</source>
        <translation>Técnico %1</translation>
    </message>
    <message>
        <source>⚠ Service overdue</source>
        <translation>⚠ Mantenimiento vencido</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>No driver</source>
        <translation>Sin conductor</translation>
    </message>
    <message>
        <source>Without a vehicle (%1)</source>
        <translation>Sin vehículo (%1)</translation>
    </message>
    <message>
        <source>Vehicles (%1)</source>
        <translation>Vehículos (%1)</translation>
    </message>
    <message>
        <source>Everyone has a vehicle.</source>
        <translation>Todos tienen vehículo.</translation>
    </message>
    <message>
        <source>Open vehicle</source>
        <translation>Abrir vehículo</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>Quitar asignación</translation>
    </message>
    <message>
        <source>A default vehicle is the technician&apos;s own; change it in the technician&apos;s record.</source>
        <translation>El vehículo predeterminado es propio del técnico; se cambia en la ficha del técnico.</translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::FleetWorkspace</name>
    <message>
        <source>New vehicle…</source>
        <translation>Nuevo vehículo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Find by name, plate, make, model or VIN</source>
        <translation>Buscar por nombre, matrícula, marca, modelo o VIN</translation>
    </message>
    <message>
        <source>Find vehicles</source>
        <translation>Buscar vehículos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Active and in service</source>
        <translation>Activos y en mantenimiento</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>En mantenimiento</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>A new vehicle (Ctrl+N)</source>
        <translation>Un vehículo nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehículos</translation>
    </message>
    <message>
        <source>Who drives what</source>
        <translation>Quién conduce qué</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>Mantenimiento pendiente</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s), %1 with maintenance overdue</source>
        <translation>
            <numerusform>%n vehículo, %1 con mantenimiento vencido</numerusform>
            <numerusform>%n vehículos, %1 con mantenimiento vencido</numerusform>
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
        <source>Due within days</source>
        <translation>Plazo de vencimiento en días</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Due within kilometres</source>
        <translation>Plazo de vencimiento en kilómetros</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation>Mantenimiento pendiente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Due at</source>
        <translation>Vence a los</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>Odómetro</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>Vence en</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>aprox. %1</translation>
    </message>
    <message>
        <source>⚠ OVERDUE</source>
        <translation>⚠ VENCIDO</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) due, %1 overdue</source>
        <translation>
            <numerusform>%n plan pendiente, vencidos: %1</numerusform>
            <numerusform>%n planes pendientes, vencidos: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::PlanDialog</name>
    <message>
        <source>Change maintenance plan</source>
        <translation>Modificar plan de mantenimiento</translation>
    </message>
    <message>
        <source>New maintenance plan</source>
        <translation>Nuevo plan de mantenimiento</translation>
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
        <translation> días</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Every &amp;kilometres</source>
        <translation>Cada cuántos &amp;kilómetros</translation>
    </message>
    <message>
        <source>Every &amp;days</source>
        <translation>Cada cuántos &amp;días</translation>
    </message>
    <message>
        <source>Last done at</source>
        <translation>Realizado por última vez a los</translation>
    </message>
    <message>
        <source>Last done &amp;on</source>
        <translation>Realizado por última vez &amp;el</translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::ReadingDialog</name>
    <message>
        <source>Record reading</source>
        <translation>Registrar lectura</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>&amp;Odometer</source>
        <translation>&amp;Odómetro</translation>
    </message>
    <message>
        <source>&amp;Read at</source>
        <translation>Fecha de &amp;lectura</translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::ServiceRecordDialog</name>
    <message>
        <source>Record service</source>
        <translation>Registrar mantenimiento</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Comprobantes</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Importe en %1</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Sin plan</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>&amp;Realizado el</translation>
    </message>
    <message>
        <source>&amp;Odometer</source>
        <translation>&amp;Odómetro</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>&amp;Qué se hizo</translation>
    </message>
    <message>
        <source>&amp;Cost (%1)</source>
        <translation>&amp;Costo (%1)</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planificar</translation>
    </message>
    <message>
        <source>Not an amount in %1.</source>
        <translation>No es un importe válido en %1.</translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::VehicleDialog</name>
    <message>
        <source>Change vehicle</source>
        <translation>Modificar vehículo</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>Nuevo vehículo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation>&amp;Matrícula</translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation>&amp;VIN</translation>
    </message>
    <message>
        <source>&amp;Make</source>
        <translation>Ma&amp;rca</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>M&amp;odelo</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Año</translation>
    </message>
    <message>
        <source>&amp;Fuel</source>
        <translation>&amp;Combustible</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Notas</translation>
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
        <translation>Manual</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Viaje</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>◀ Vehicles</source>
        <translation>◀ Vehículos</translation>
    </message>
    <message>
        <source>Edit vehicle…</source>
        <translation>Editar vehículo…</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Fecha de lectura</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>Odómetro</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Record reading…</source>
        <translation>Registrar lectura…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Due at</source>
        <translation>Vence a los</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Add plan…</source>
        <translation>Agregar plan…</translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation>Editar plan…</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Eliminar plan</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Realizado el</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Comprobantes</translation>
    </message>
    <message>
        <source>Record service…</source>
        <translation>Registrar mantenimiento…</translation>
    </message>
    <message>
        <source>Odometer over time</source>
        <translation>Odómetro a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Odometer readings</source>
        <translation>Lecturas del odómetro</translation>
    </message>
    <message>
        <source>Maintenance plans</source>
        <translation>Planes de mantenimiento</translation>
    </message>
    <message>
        <source>Service records</source>
        <translation>Registros de mantenimiento</translation>
    </message>
    <message>
        <source>Odometer readings over time</source>
        <translation>Lecturas del odómetro a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Service history</source>
        <translation>Historial de mantenimiento</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Make / model</source>
        <translation>Marca / modelo</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>año desconocido</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Combustible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>no reading yet</source>
        <translation>aún sin lectura</translation>
    </message>
    <message>
        <source>Next maintenance</source>
        <translation>Próximo mantenimiento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation>Odómetro (km)</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>Marcado para revisión</translation>
    </message>
    <message>
        <source>⚑ Flagged: %1</source>
        <translation>⚑ Marcado: %1</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>aprox. %1</translation>
    </message>
    <message>
        <source>⚠ OVERDUE (%1)</source>
        <translation>⚠ VENCIDO (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n comprobante</numerusform>
            <numerusform>%n comprobantes</numerusform>
        </translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Sin comprobante</translation>
    </message>
    <message>
        <source>Loading the receipt…</source>
        <translation>Cargando el comprobante…</translation>
    </message>
    <message>
        <source>The receipt could not be loaded: %1</source>
        <translation>No se pudo cargar el comprobante: %1</translation>
    </message>
    <message>
        <source>Receipt (%1)</source>
        <translation>Comprobante (%1)</translation>
    </message>
    <message>
        <source>Delete the maintenance plan “%1”?</source>
        <translation>¿Eliminar el plan de mantenimiento “%1”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>fielddesk::fleet::VehicleTableModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>En mantenimiento</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Petrol</source>
        <translation>Gasolina</translation>
    </message>
    <message>
        <source>Diesel</source>
        <translation>Diésel</translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>Eléctrico</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrido</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>aprox. %1</translation>
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
        <translation>⚠ VENCIDO: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 km over</source>
        <translation>%1 km de más</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Matrícula</translation>
    </message>
    <message>
        <source>Make / model</source>
        <translation>Marca / modelo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Combustible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Odometer (km)</source>
        <translation>Odómetro (km)</translation>
    </message>
    <message>
        <source>Next maintenance</source>
        <translation>Próximo mantenimiento</translation>
    </message>
</context>
<context>
    <name>fielddesk::jobedit::ConflictDialog</name>
    <message>
        <source>Keep theirs</source>
        <translation>Conservar los suyos</translation>
    </message>
    <message>
        <source>Reapply mine</source>
        <translation>Volver a aplicar los míos</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Job #%1 was changed meanwhile</source>
        <translation>El trabajo #%1 se modificó mientras tanto</translation>
    </message>
    <message>
        <source>Someone saved job #%1 while you were editing it; nothing of yours was saved yet.</source>
        <translation>Alguien guardó el trabajo #%1 mientras lo editabas; todavía no se ha guardado ninguno de tus cambios.</translation>
    </message>
    <message>
        <source>Changes, field by field</source>
        <translation>Cambios, campo por campo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Los suyos (guardados)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Los míos</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>%1 (both changed)</source>
        <translation>%1 (ambos cambiaron)</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Conservar para %1</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Los suyos</translation>
    </message>
    <message>
        <source>Keep theirs drops your changes. Reapply mine saves all your changes over theirs. Merge keeps their changes and adds yours; where you both changed a field, the Keep column decides.</source>
        <translation>“Conservar los suyos” descarta tus cambios. “Volver a aplicar los míos” guarda todos tus cambios sobre los suyos. “Combinar” conserva sus cambios y añade los tuyos; donde ambos cambiaron un campo, decide la columna “Conservar”.</translation>
    </message>
</context>
<context>
    <name>fielddesk::jobedit::CustomerPicker</name>
    <message>
        <source>New customer…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Name, phone, email or address</source>
        <translation>Nombre, teléfono, correo electrónico o dirección</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>Buscar cliente</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Clientes coincidentes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>e.g. Home, Office</source>
        <translation>p. ej., Casa, Oficina</translation>
    </message>
    <message>
        <source>Address label</source>
        <translation>Etiqueta de la dirección</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>No customer matches; use “New customer…”</source>
        <translation>Ningún cliente coincide; usa “Nuevo cliente…”</translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation>El cliente necesita un nombre.</translation>
    </message>
    <message>
        <source>Give a phone number or an email address.</source>
        <translation>Indica un número de teléfono o una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Where is the work? Type the address.</source>
        <translation>¿Dónde es el trabajo? Escribe la dirección.</translation>
    </message>
</context>
<context>
    <name>fielddesk::jobedit::JobDialog</name>
    <message>
        <source>Time window</source>
        <translation>Franja horaria</translation>
    </message>
    <message>
        <source>Assign now</source>
        <translation>Asignar ahora</translation>
    </message>
    <message>
        <source>Pick on the map…</source>
        <translation>Elegir en el mapa…</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>This visit only</source>
        <translation>Solo esta visita</translation>
    </message>
    <message>
        <source>This and the following visits</source>
        <translation>Esta visita y las siguientes</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Dirección del servicio</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Street, town</source>
        <translation>Calle, localidad</translation>
    </message>
    <message>
        <source>Type an address</source>
        <translation>Escribir una dirección</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>En el mapa</translation>
    </message>
    <message>
        <source>No service</source>
        <translation>Sin servicio</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>e.g. hvac, ducts</source>
        <translation>p. ej., hvac, ducts</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Habilidades requeridas</translation>
    </message>
    <message>
        <source>Window day</source>
        <translation>Día de la franja horaria</translation>
    </message>
    <message>
        <source>Window from</source>
        <translation>Franja horaria desde</translation>
    </message>
    <message>
        <source>Window to</source>
        <translation>Franja horaria hasta</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Franja horaria</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Start (on the window&apos;s day)</source>
        <translation>Inicio (el día de la franja horaria)</translation>
    </message>
    <message>
        <source>The services could not be loaded: %1</source>
        <translation>No se pudieron cargar los servicios: %1</translation>
    </message>
    <message>
        <source>Price %1</source>
        <translation>Precio %1</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>Otra dirección</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>Nuevo trabajo</translation>
    </message>
    <message>
        <source>Create job</source>
        <translation>Crear trabajo</translation>
    </message>
    <message>
        <source>Duplicate job #%1</source>
        <translation>Duplicar el trabajo #%1</translation>
    </message>
    <message>
        <source>Edit job #%1</source>
        <translation>Editar el trabajo #%1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>This job is finished (%1): only its notes can change.</source>
        <translation>Este trabajo está finalizado (%1): solo se pueden cambiar sus notas.</translation>
    </message>
    <message>
        <source>Not on the map yet: pick the place so that the job shows on the map and can be routed.</source>
        <translation>Aún no está en el mapa: elige el lugar para que el trabajo aparezca en el mapa y se pueda incluir en una ruta.</translation>
    </message>
    <message>
        <source>Give the job a title (or pick a service).</source>
        <translation>Ponle un título al trabajo (o elige un servicio).</translation>
    </message>
    <message>
        <source>Where is the work? Type the address.</source>
        <translation>¿Dónde es el trabajo? Escribe la dirección.</translation>
    </message>
    <message>
        <source>Correct the marked fields.</source>
        <translation>Corrige los campos marcados.</translation>
    </message>
</context>
<context>
    <name>fielddesk::jobedit::JobEditClient</name>
    <message>
        <source>Last change: %1 by %2 at %3.</source>
        <translation>Último cambio: %1 por %2 el %3.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
</context>
<context>
    <name>fielddesk::jobedit::RecurrenceEditor</name>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Monthly on a day</source>
        <translation>Mensual, un día del mes</translation>
    </message>
    <message>
        <source>Monthly on a weekday</source>
        <translation>Mensual, un día de la semana</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <source>on day </source>
        <translation>el día </translation>
    </message>
    <message>
        <source>Months without that day have no visit.</source>
        <translation>Los meses que no tienen ese día no tienen visita.</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>on the</source>
        <translation>el</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Sin fin</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Número de visitas</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Next visits</source>
        <translation>Próximas visitas</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> semana(s)</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> mes(es)</translation>
    </message>
    <message>
        <source>Choose the weekdays of the visits.</source>
        <translation>Elige los días de la semana de las visitas.</translation>
    </message>
    <message>
        <source>No visit falls on these choices.</source>
        <translation>Con esta selección no cae ninguna visita.</translation>
    </message>
</context>
<context>
    <name>fielddesk::map::CoordinatePicker</name>
    <message>
        <source>Pick on the map</source>
        <translation>Elegir en el mapa</translation>
    </message>
    <message>
        <source>Click where it is. Drag to move the map, the wheel zooms.</source>
        <translation>Haz clic en el lugar. Arrastra para mover el mapa; la rueda del ratón hace zoom.</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Aún no se ha elegido nada.</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Elegido</translation>
    </message>
    <message>
        <source>Latitude %1, longitude %2</source>
        <translation>Latitud %1, longitud %2</translation>
    </message>
</context>
<context>
    <name>fielddesk::map::MapView</name>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
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
        <translation>© colaboradores de OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>fielddesk::money::LedgerTableModel</name>
    <message>
        <source>Over the category&apos;s limit</source>
        <translation>Por encima del límite de la categoría</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Spiff</source>
        <translation>Incentivo</translation>
    </message>
    <message>
        <source>Correction of #%1: %2</source>
        <translation>Corrección de #%1: %2</translation>
    </message>
    <message>
        <source>%1 (over limit)</source>
        <translation>%1 (por encima del límite)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Category or type</source>
        <translation>Categoría o tipo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>fielddesk::money::ReportTableModel</name>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
</context>
<context>
    <name>fielddesk::moneyview::LedgerEntryView</name>
    <message>
        <source>Expense</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <source>Spiff</source>
        <translation>Incentivo</translation>
    </message>
    <message>
        <source>over the category&apos;s limit</source>
        <translation>por encima del límite de la categoría</translation>
    </message>
    <message>
        <source>Job #%1</source>
        <translation>Trabajo #%1</translation>
    </message>
    <message>
        <source>Corrects #%1</source>
        <translation>Corrige #%1</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 por %2 el %3</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Reimbursed on %1</source>
        <translation>Reembolsado el %1</translation>
    </message>
    <message>
        <source>Paid on %1</source>
        <translation>Pagado el %1</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Sin comprobante</translation>
    </message>
    <message>
        <source>Loading the receipt…</source>
        <translation>Cargando el comprobante…</translation>
    </message>
    <message>
        <source>The receipt could not be loaded: %1</source>
        <translation>No se pudo cargar el comprobante: %1</translation>
    </message>
    <message>
        <source>Receipt (%1)</source>
        <translation>Comprobante (%1)</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::ClaimSpiffDialog</name>
    <message>
        <source>Claim a spiff</source>
        <translation>Solicitar un incentivo</translation>
    </message>
    <message>
        <source>In %1; the kind&apos;s usual amount unless you were promised another</source>
        <translation>En %1; el importe habitual de este tipo, salvo que te hayan prometido otro</translation>
    </message>
    <message>
        <source>What earned it: the job, the sale, the referral</source>
        <translation>Qué lo generó: el trabajo, la venta, la recomendación</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Choose the kind of spiff.</source>
        <translation>Elige el tipo de incentivo.</translation>
    </message>
    <message>
        <source>Enter the amount, like %1.</source>
        <translation>Escribe el importe, por ejemplo %1.</translation>
    </message>
    <message>
        <source>Say what earned it.</source>
        <translation>Indica qué lo generó.</translation>
    </message>
    <message>
        <source>Sending the claim…</source>
        <translation>Enviando la solicitud…</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::ClothingLinesEditor</name>
    <message>
        <source>Add a line</source>
        <translation>Agregar una línea</translation>
    </message>
    <message numerus="yes">
        <source>Ask for another item (at most %n lines)</source>
        <translation>
            <numerusform>Pedir otro artículo (como máximo %n línea)</numerusform>
            <numerusform>Pedir otro artículo (como máximo %n líneas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Quitar esta línea</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::JobDayModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Customer&apos;s window: %1</source>
        <translation>Franja del cliente: %1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Requiere: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::MoneyEntryDialog</name>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send it to your manager for approval (Ctrl+Return)</source>
        <translation>Enviarlo a tu gerente para su aprobación (Ctrl+Entrar)</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::MyJobsPane</name>
    <message>
        <source>My jobs today</source>
        <translation>Mis trabajos de hoy</translation>
    </message>
    <message>
        <source>My jobs</source>
        <translation>Mis trabajos</translation>
    </message>
    <message>
        <source>No jobs planned for you today.</source>
        <translation>No tienes trabajos planificados para hoy.</translation>
    </message>
    <message>
        <source>Tell the dispatcher you are on your way to the selected job</source>
        <translation>Avisar al despachador de que vas de camino al trabajo seleccionado</translation>
    </message>
    <message>
        <source>Tell the dispatcher you have arrived</source>
        <translation>Avisar al despachador de que has llegado</translation>
    </message>
    <message>
        <source>Report the selected job done</source>
        <translation>Notificar que el trabajo seleccionado está terminado</translation>
    </message>
    <message>
        <source>On my way</source>
        <translation>En camino</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>He llegado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>My jobs today, %1</source>
        <translation>Mis trabajos de hoy, %1</translation>
    </message>
    <message>
        <source>Your jobs could not be loaded: %1</source>
        <translation>No se pudieron cargar tus trabajos: %1</translation>
    </message>
    <message>
        <source>The job&apos;s status was not changed: %1</source>
        <translation>No se cambió el estado del trabajo: %1</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Día anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today (Ctrl+T)</source>
        <translation>Hoy (Ctrl+T)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Día siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>My jobs, %1</source>
        <translation>Mis trabajos, %1</translation>
    </message>
    <message>
        <source>No jobs planned for you that day.</source>
        <translation>No tienes trabajos planificados para ese día.</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::MyMoneyPane</name>
    <message>
        <source>My expenses and spiffs</source>
        <translation>Mis gastos e incentivos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Select an expense or a spiff.</source>
        <translation>Seleccionar un gasto o un incentivo.</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <source>Withdraw the selected expense or spiff while it awaits a decision (Del in the list)</source>
        <translation>Retirar el gasto o incentivo seleccionado mientras espera una decisión (Supr en la lista)</translation>
    </message>
    <message>
        <source>New expense…</source>
        <translation>Nuevo gasto…</translation>
    </message>
    <message>
        <source>File an expense with its receipt (Ctrl+E)</source>
        <translation>Registrar un gasto con su comprobante (Ctrl+E)</translation>
    </message>
    <message>
        <source>New expense</source>
        <translation>Nuevo gasto</translation>
    </message>
    <message>
        <source>Claim a spiff…</source>
        <translation>Solicitar un incentivo…</translation>
    </message>
    <message>
        <source>Claim a bonus you earned: a sale, a referral, a review</source>
        <translation>Solicitar una bonificación que te has ganado: una venta, una recomendación, una reseña</translation>
    </message>
    <message>
        <source>The month before</source>
        <translation>El mes anterior</translation>
    </message>
    <message>
        <source>The month after</source>
        <translation>El mes siguiente</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Back to this month</source>
        <translation>Volver a este mes</translation>
    </message>
    <message>
        <source>Your expenses and spiffs could not be loaded: %1</source>
        <translation>No se pudieron cargar tus gastos e incentivos: %1</translation>
    </message>
    <message>
        <source>Nothing filed in %1.</source>
        <translation>No hay nada registrado en %1.</translation>
    </message>
    <message>
        <source>%1 awaiting approval · %2 approved · %3 %4</source>
        <translation>%1 en espera de aprobación · %2 aprobados · %3 %4</translation>
    </message>
    <message>
        <source>reimbursed</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>Cancel your expense “%1” of %2?</source>
        <translation>¿Cancelar tu gasto “%1” de %2?</translation>
    </message>
    <message>
        <source>Cancel your spiff claim “%1” of %2?</source>
        <translation>¿Cancelar tu solicitud de incentivo “%1” de %2?</translation>
    </message>
    <message>
        <source>Your manager will no longer be asked.</source>
        <translation>Tu gerente ya no tendrá que decidir sobre ello.</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>It was not cancelled: %1</source>
        <translation>No se canceló: %1</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::MyWorkWorkspace</name>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Solicitudes</translation>
    </message>
    <message>
        <source>E&amp;xpenses and spiffs</source>
        <translation>&amp;Gastos e incentivos</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Mi trabajo</translation>
    </message>
    <message>
        <source>New request ▾</source>
        <translation>Nueva solicitud ▾</translation>
    </message>
    <message>
        <source>Ask for a tool, clothing, time off, a repair, or make a suggestion or a referral (Ctrl+N)</source>
        <translation>Pedir una herramienta, ropa, una ausencia o una reparación, o hacer una sugerencia o una recomendación (Ctrl+N)</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Open: awaiting a decision. Decided: approved, rejected, fulfilled or revoked.</source>
        <translation>Abiertas: en espera de una decisión. Decididas: aprobadas, rechazadas, completadas o revocadas.</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decididas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Load your requests, expenses, spiffs and jobs again (F5)</source>
        <translation>Volver a cargar tus solicitudes, gastos, incentivos y trabajos (F5)</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Mis solicitudes</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancelar solicitud</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>Cancelar solicitud…</translation>
    </message>
    <message>
        <source>Withdraw the selected request while it awaits a decision (Del in the list)</source>
        <translation>Retirar la solicitud seleccionada mientras espera una decisión (Supr en la lista)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Your requests could not be loaded: %1</source>
        <translation>No se pudieron cargar tus solicitudes: %1</translation>
    </message>
    <message>
        <source>Cancel your request “%1”? Your manager will no longer be asked to decide it.</source>
        <translation>¿Cancelar tu solicitud “%1”? Tu gerente ya no tendrá que decidir sobre ella.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>The request was not cancelled: %1</source>
        <translation>La solicitud no se canceló: %1</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::NewExpenseDialog</name>
    <message>
        <source>New expense</source>
        <translation>Nuevo gasto</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Comprobantes</translation>
    </message>
    <message>
        <source>The day the money was spent</source>
        <translation>El día en que se gastó el dinero</translation>
    </message>
    <message>
        <source>What you paid, as on the receipt</source>
        <translation>Lo que pagaste, tal como figura en el comprobante</translation>
    </message>
    <message>
        <source>ISO 4217 code; your company&apos;s currency unless you paid in another</source>
        <translation>Código ISO 4217; la moneda de tu empresa, salvo que hayas pagado en otra</translation>
    </message>
    <message>
        <source>Where you paid (optional)</source>
        <translation>Dónde pagaste (opcional)</translation>
    </message>
    <message>
        <source>What it was for</source>
        <translation>Para qué fue</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>&amp;Merchant</source>
        <translation>C&amp;omercio</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escripción</translation>
    </message>
    <message>
        <source>There is no category to file an expense in; ask your manager.</source>
        <translation>No hay ninguna categoría en la que registrar un gasto; consulta a tu gerente.</translation>
    </message>
    <message>
        <source>Needs a receipt: add a photo or PDF of it below.</source>
        <translation>Requiere comprobante: agrega abajo una foto o un PDF del comprobante.</translation>
    </message>
    <message>
        <source>Needs a receipt: attached.</source>
        <translation>Requiere comprobante: adjuntado.</translation>
    </message>
    <message>
        <source>No receipt needed, but one helps your approver.</source>
        <translation>No requiere comprobante, pero adjuntar uno facilita la aprobación.</translation>
    </message>
    <message>
        <source>Limit: %1 an expense; more is flagged to your approver.</source>
        <translation>Límite: %1 por gasto; si se supera, se marcará para quien lo apruebe.</translation>
    </message>
    <message>
        <source>%1 is over the %2 limit for %3: you may send it, and your approver will see it flagged.</source>
        <translation>%1 supera el límite de %2 para %3: puedes enviarlo, y quien lo apruebe lo verá marcado.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Elige una categoría.</translation>
    </message>
    <message>
        <source>“%1” is no currency code (like EUR or USD).</source>
        <translation>“%1” no es un código de moneda (como EUR o USD).</translation>
    </message>
    <message>
        <source>Enter the amount, like %1.</source>
        <translation>Escribe el importe, por ejemplo %1.</translation>
    </message>
    <message>
        <source>An expense is more than zero.</source>
        <translation>Un gasto debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Say what it was for.</source>
        <translation>Indica para qué fue.</translation>
    </message>
    <message>
        <source>%1 needs a receipt: add a photo or PDF of it.</source>
        <translation>%1 requiere comprobante: agrega una foto o un PDF del comprobante.</translation>
    </message>
    <message>
        <source>Sending the expense…</source>
        <translation>Enviando el gasto…</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::NewRequestDialog</name>
    <message>
        <source>New request: %1</source>
        <translation>Nueva solicitud: %1</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the request to your manager (Ctrl+Return)</source>
        <translation>Enviar la solicitud a tu gerente (Ctrl+Entrar)</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Enviando la solicitud…</translation>
    </message>
</context>
<context>
    <name>fielddesk::mywork::RequestDetailsView</name>
    <message>
        <source>Request details</source>
        <translation>Detalles de la solicitud</translation>
    </message>
    <message>
        <source>Select a request to see what it asks for and what became of it.</source>
        <translation>Selecciona una solicitud para ver qué pide y qué pasó con ella.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation>Escribe un comentario…</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Agregar comentario</translation>
    </message>
    <message>
        <source>Add the comment to the request&apos;s history (Ctrl+Return)</source>
        <translation>Agregar el comentario al historial de la solicitud (Ctrl+Entrar)</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>No se pudo cargar el historial: %1</translation>
    </message>
    <message>
        <source>The comment was not added: %1</source>
        <translation>No se agregó el comentario: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidida por</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decididas</translation>
    </message>
    <message>
        <source>Decision comment</source>
        <translation>Comentario de la decisión</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
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
        <translation>Empresas</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Admin&apos;s &amp;password</source>
        <translation>&amp;Contraseña del administrador</translation>
    </message>
    <message>
        <source>The first admin signs in with it</source>
        <translation>El primer administrador inicia sesión con ella</translation>
    </message>
    <message>
        <source>Admin &amp;must change it</source>
        <translation>El administrador &amp;debe cambiarla</translation>
    </message>
    <message>
        <source>The first admin chooses their own password at the first sign-in</source>
        <translation>El primer administrador elige su propia contraseña al iniciar sesión por primera vez</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>First &amp;admin&apos;s name</source>
        <translation>&amp;Nombre del primer administrador</translation>
    </message>
    <message>
        <source>First admin&apos;s &amp;email</source>
        <translation>C&amp;orreo electrónico del primer administrador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Suspender…</translation>
    </message>
    <message>
        <source>Suspend %1? Nobody of it can sign in until it is resumed; their open sessions end. Nothing is deleted.</source>
        <translation>¿Suspender %1? Nadie de esta empresa podrá iniciar sesión hasta que se reactive; sus sesiones abiertas se cerrarán. No se elimina nada.</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Reactivar…</translation>
    </message>
    <message>
        <source>Resume %1? Its people can sign in again.</source>
        <translation>¿Reactivar %1? Sus usuarios podrán volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reactivar</translation>
    </message>
</context>
<context>
    <name>fielddesk::reports::ReportChartPane</name>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>%1 by %2 and %3</source>
        <translation>%1 por %2 y %3</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Shares by %1</source>
        <translation>Distribución por %1</translation>
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
        <translation>Cargando las entradas…</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Entradas: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>The entries could not be loaded: %1</source>
        <translation>No se pudieron cargar las entradas: %1</translation>
    </message>
    <message>
        <source>Correction of #%1: %2</source>
        <translation>Corrección de #%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1</source>
        <translation>
            <numerusform>%n entrada, %1</numerusform>
            <numerusform>%n entradas, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1 — the report said %2: entries changed since it was made</source>
        <translation>
            <numerusform>%n entrada, %1 — el informe indicaba %2: las entradas cambiaron desde que se generó</numerusform>
            <numerusform>%n entradas, %1 — el informe indicaba %2: las entradas cambiaron desde que se generó</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::reports::ReportSettingsBar</name>
    <message>
        <source>Approved and later</source>
        <translation>Aprobado y posteriores</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En espera de aprobación</translation>
    </message>
    <message>
        <source>Approved, not yet settled</source>
        <translation>Aprobado, aún sin liquidar</translation>
    </message>
    <message>
        <source>Reimbursed or paid</source>
        <translation>Reembolsado o pagado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin del período</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>All employees</source>
        <translation>Todos los empleados</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>A&amp;grupar por:</translation>
    </message>
    <message>
        <source>t&amp;hen by:</source>
        <translation>&amp;luego por:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation>&amp;Empleado:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>fielddesk::reports::ReportsWorkspace</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>P&amp;rint preview…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Double-click a row (or press Enter) to see its entries</source>
        <translation>Haz doble clic en una fila (o pulsa Entrar) para ver sus entradas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>No se pudo generar el informe: %1</translation>
    </message>
    <message>
        <source>Nothing to report for these choices.</source>
        <translation>No hay nada que mostrar con esta selección.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Made %1 by %2</source>
        <translation>Generado el %1 por %2</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exportar el informe como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exportar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>fielddesk::requests::RequestTableModel</name>
    <message>
        <source>Location #%1</source>
        <translation>Sede #%1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::ConnectionIndicator</name>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation>Reconectando con %1…</translation>
    </message>
    <message>
        <source>Offline: %1 is not reachable</source>
        <translation>Sin conexión: no se puede acceder a %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out and forget the kept sign-in on this computer</source>
        <translation>Cerrar sesión y olvidar el inicio de sesión guardado en este equipo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About FieldDesk</source>
        <translation>&amp;Acerca de FieldDesk</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Sedes</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>FieldDesk — %1</source>
        <translation>FieldDesk — %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Te damos la bienvenida, %1</translation>
    </message>
    <message>
        <source>You are signed in to %1 as %2. Your workspaces open here.</source>
        <translation>Has iniciado sesión en %1 como %2. Tus espacios de trabajo se abren aquí.</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas las sedes</translation>
    </message>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>%n asignado</numerusform>
            <numerusform>%n asignados</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>About FieldDesk</source>
        <translation>Acerca de FieldDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FieldDesk %1&lt;/h3&gt;&lt;p&gt;Dispatch console for field-service companies.&lt;/p&gt;&lt;p&gt;Connected to %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FieldDesk %1&lt;/h3&gt;&lt;p&gt;Consola de despacho para empresas de servicios en campo.&lt;/p&gt;&lt;p&gt;Conectado a %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>My &amp;Notifications…</source>
        <translation>Mis &amp;notificaciones…</translation>
    </message>
    <message>
        <source>Choose whether FieldDesk also emails or texts you, and when it holds them back</source>
        <translation>Elige si FieldDesk también te envía correos o SMS, y cuándo los retiene</translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::MyNotificationsDialog</name>
    <message>
        <source>&amp;In the console (bell)</source>
        <translation>En &amp;la consola (campana)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>Te&amp;xt message (SMS)</source>
        <translation>&amp;SMS (mensaje de texto)</translation>
    </message>
    <message>
        <source>&amp;Hold messages during quiet hours</source>
        <translation>&amp;Retener los mensajes durante las horas de silencio</translation>
    </message>
    <message>
        <source>My Notifications</source>
        <translation>Mis notificaciones</translation>
    </message>
    <message>
        <source>Decisions on your requests and expenses, your plan for tomorrow and changes to today&apos;s jobs reach you the ways you tick here.</source>
        <translation>Las decisiones sobre tus solicitudes y gastos, tu plan para mañana y los cambios en los trabajos de hoy te llegan por las vías que marques aquí.</translation>
    </message>
    <message>
        <source>Where to reach me</source>
        <translation>Dónde avisarme</translation>
    </message>
    <message>
        <source>Emails go to %1, the address on your account. Your account has no phone number for text messages; an administrator can add one.</source>
        <translation>Los correos van a %1, la dirección de tu cuenta. Tu cuenta no tiene número de teléfono para SMS; un administrador puede añadirlo.</translation>
    </message>
    <message>
        <source>Emails go to %1 and text messages to %2: the address and phone number on your account.</source>
        <translation>Los correos van a %1 y los SMS a %2: la dirección y el teléfono de tu cuenta.</translation>
    </message>
    <message>
        <source>&amp;Language of messages sent to me:</source>
        <translation>&amp;Idioma de los mensajes que recibo:</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Horas de silencio desde</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Horas de silencio hasta</translation>
    </message>
    <message>
        <source>On the clock of your location</source>
        <translation>Según la hora de tu sede</translation>
    </message>
    <message>
        <source>Emails and text messages wait until quiet hours end; the bell still shows them.</source>
        <translation>Los correos y SMS esperan a que terminen las horas de silencio; la campana los muestra igualmente.</translation>
    </message>
    <message>
        <source>Loading your notification settings…</source>
        <translation>Cargando tus ajustes de notificaciones…</translation>
    </message>
    <message>
        <source>Your notification settings could not be loaded: %1</source>
        <translation>No se pudieron cargar tus ajustes de notificaciones: %1</translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::NotificationBell</name>
    <message>
        <source>Show Notifications</source>
        <translation>Mostrar notificaciones</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread (%1)</source>
        <translation>
            <numerusform>Notificaciones: %n sin leer (%1)</numerusform>
            <numerusform>Notificaciones: %n sin leer (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notificaciones (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::NotificationDelegate</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::NotificationPanel</name>
    <message>
        <source>Mark all read</source>
        <translation>Marcar todo como leído</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Notifications could not be loaded: %1</source>
        <translation>No se pudieron cargar las notificaciones: %1</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Aún no hay notificaciones.</translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>FieldDesk uses the new settings from its next start.</source>
        <translation>FieldDesk usará la nueva configuración a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::SessionFlow</name>
    <message>
        <source>You have signed out.</source>
        <translation>Has cerrado sesión.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Tu sesión ha caducado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your administrator asks you to choose a new password. Your workspaces open again once it is changed.</source>
        <translation>Tu administrador te pide que elijas una contraseña nueva. Tus espacios de trabajo se volverán a abrir en cuanto la cambies.</translation>
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
        <translation>Zona horaria: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>role · email</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation>Despachador</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Técnico</translation>
    </message>
</context>
<context>
    <name>fielddesk::shell::UserGuideWindow</name>
    <message>
        <source>FieldDesk User Guide</source>
        <translation>Guía del usuario de FieldDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>fielddesk::signin::PasswordChangeDialog</name>
    <message>
        <source>FieldDesk — New password</source>
        <translation>FieldDesk — Nueva contraseña</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Elige una contraseña nueva</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose one of your own to go on.</source>
        <translation>Tu contraseña la estableció un administrador. Elige una propia para continuar.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repetirla:</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Reglas de la contraseña</translation>
    </message>
    <message>
        <source>The new password:</source>
        <translation>La nueva contraseña:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Sign out without changing the password</source>
        <translation>Cerrar sesión sin cambiar la contraseña</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Cumplida: %1</translation>
    </message>
    <message>
        <source>Not met yet: %1</source>
        <translation>Aún no cumplida: %1</translation>
    </message>
    <message>
        <source>Enter the password you signed in with.</source>
        <translation>Escribe la contraseña con la que iniciaste sesión.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Cambiando…</translation>
    </message>
</context>
<context>
    <name>fielddesk::signin::SignInDialog</name>
    <message>
        <source>FieldDesk — Sign in</source>
        <translation>FieldDesk — Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to FieldDesk</source>
        <translation>Iniciar sesión en FieldDesk</translation>
    </message>
    <message>
        <source>Your dispatch console for field-service teams.</source>
        <translation>Tu consola de despacho para equipos de servicio en campo.</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080</source>
        <translation>http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nombre@empresa.com</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in</source>
        <translation>&amp;Mantener la sesión iniciada</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain, so that FieldDesk signs you in the next time you open it.</source>
        <translation>Guarda un token de inicio de sesión en el llavero del sistema para que FieldDesk inicie tu sesión la próxima vez que lo abras.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Enter the server address, for example http://127.0.0.1:8080.</source>
        <translation>Escribe la dirección del servidor, por ejemplo http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Escribe tu dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Signing you in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Your password was not changed. Sign in again to choose a new one.</source>
        <translation>Tu contraseña no se cambió. Vuelve a iniciar sesión para elegir una nueva.</translation>
    </message>
    <message>
        <source>You are signed in, but FieldDesk cannot keep you signed in on this computer.
%1</source>
        <translation>Has iniciado sesión, pero FieldDesk no puede mantener tu sesión iniciada en este equipo.
%1</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>Solo certificados del sistema</translation>
    </message>
    <message>
        <source>Your company&apos;s certificate authority (a PEM file), for a server whose certificate it issued. Certificates the system trusts are always accepted.</source>
        <translation>La autoridad de certificación de tu empresa (un archivo PEM), para un servidor cuyo certificado emitió. Los certificados en los que confía el sistema se aceptan siempre.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>&amp;Autoridad de certificación:</translation>
    </message>
    <message>
        <source>Company certificate authority</source>
        <translation>Autoridad de certificación de la empresa</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>fielddesk::timeline::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message numerus="yes">
        <source>Planned %1–%2 (%n min)</source>
        <translation>
            <numerusform>Planificado %1–%2 (%n min)</numerusform>
            <numerusform>Planificado %1–%2 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Window %1–%2</source>
        <translation>Franja horaria %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>Travel before: about %n min</source>
        <translation>
            <numerusform>Trayecto previo: unos %n min</numerusform>
            <numerusform>Trayecto previo: unos %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>At risk: %1</source>
        <translation>En riesgo: %1</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Esperando al servidor…</translation>
    </message>
    <message>
        <source>Proposed: %1, %2–%3</source>
        <translation>Propuesto: %1, %2–%3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Server URL.</source>
        <translation>URL del servidor.</translation>
    </message>
    <message>
        <source>Email to sign in with.</source>
        <translation>Correo electrónico con el que iniciar sesión.</translation>
    </message>
    <message>
        <source>Not a server URL: %1 (expected for example http://127.0.0.1:8080)</source>
        <translation>No es una URL de servidor: %1 (se esperaba, por ejemplo, http://127.0.0.1:8080)</translation>
    </message>
    <message>
        <source>Language of the console: %1 (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>Idioma de la consola: %1 (predeterminado: el elegido en Preferencias o, si no, el del sistema).</translation>
    </message>
    <message>
        <source>Colours of the console: %1 (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>Colores de la consola: %1 (predeterminado: los elegidos en Preferencias o, si no, los del sistema).</translation>
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
        <translation>Consola de despacho FieldDesk.

Entorno:
  FIELDDESK_SERVER    URL del servidor si no se indica --server
                      (predeterminada: la última usada, o http://127.0.0.1:8080)
  FIELDDESK_CA_FILE   autoridad de certificación de la empresa si no se indica --ca-file
                      (predeterminada: la última usada, o ninguna)
  FIELDDESK_EMAIL     correo electrónico si no se indica --email
  FIELDDESK_PASSWORD  comodidad para demos: junto con un correo electrónico, inicia
                      sesión de inmediato sin preguntar. No usarla con cuentas
                      reales: otros programas de tu usuario pueden leer el entorno.

Con un correo electrónico y un inicio de sesión guardado en el llavero del sistema
(&quot;Mantener la sesión iniciada&quot;), FieldDesk inicia sesión sin preguntar.</translation>
    </message>
    <message>
        <source>Also trust the server certificates this company certificate authority (PEM file) issued.</source>
        <translation>Confiar también en los certificados de servidor que emitió esta autoridad de certificación de la empresa (archivo PEM).</translation>
    </message>
</context>
</TS>
