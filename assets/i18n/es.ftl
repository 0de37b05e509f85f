# Las palabras de frontdesk en español, según el catálogo inglés (en.ftl).
# Un mensaje por línea: `id = texto`; { $name } lo rellena el programa; los plurales se escriben
# como una selección sobre el número ({ $count -> [one] ... *[other] ... }).
# El programa pide un mensaje por su id; las pruebas fallan si a un idioma le falta uno
# o pierde alguno de sus { $placeables }.

## Fechas: «lunes, 9 de julio»

weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
# $weekday y $month son las palabras de arriba; $day, el día del mes (9).
date-long = { $weekday }, { $day } de { $month }
weekday-short-1 = lun
weekday-short-2 = mar
weekday-short-3 = mié
weekday-short-4 = jue
weekday-short-5 = vie
weekday-short-6 = sáb
weekday-short-7 = dom
month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sept
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic
# Un día en un botón: «lun, 9 jul».
date-short = { $weekday }, { $day } { $month }
# Entre grupos de tres cifras: 12.345.
number-thousands = .
# Los dos últimos de una lista: «Eventbrite, Tito o Luma».
list-or = { $items } o { $last }
# Un día de un evento de varios días, al principio de una línea.
event-day = Día { $number } de { $days }

## El mostrador del personal

desk-code-hint = Escanee una acreditación o entrada, o escriba un nombre
desk-count = { $checked_in } / { $admitted } registrados
# $day es event-day («Día 2 de 3»).
desk-count-today = { $day } · { $checked_in } / { $admitted } registrados hoy
desk-hub-online = Servidor: en línea
desk-hub-sending = Enviando { $count ->
    [one] { $count } escaneo
    [many] { $count } de escaneos
   *[other] { $count } escaneos
} al servidor
desk-hub-offline = Sin conexión: { $count ->
    [one] { $count } escaneo
    [many] { $count } de escaneos
   *[other] { $count } escaneos
} en espera
desk-checking = Comprobando…
desk-problem = Algo ha fallado
desk-idle-scan = Escanee su acreditación o entrada
desk-idle-type = o escriba su nombre
desk-nobody-found = Sin resultados para «{ $query }»
desk-nobody-found-hint = Revise la ortografía, pruebe con el apellido o añada un asistente nuevo (Ctrl+N).
desk-search-keys = ↑ ↓ elegir · Intro registra · Esc borra
desk-row-checked-in = registrado a las { $time } en { $desk }
desk-row-not-admitted = no admitido: { $reason }
desk-row-not-yet = aún no registrado
desk-undo-question = ¿Deshacer este registro?
desk-undo-checked-in = registrado a las { $time } en { $desk }
desk-undo-keys = Intro: deshacer · Esc: mantener
desk-recent-title = Este mostrador
desk-recent-none = Aún no hay registros en este mostrador.
desk-recent-undone = { $name } (deshecho)
desk-undo-last = Deshacer el último (Ctrl+Z)
desk-new-attendee = Nuevo asistente (Ctrl+N)
desk-offline-mark = sin conexión: decidido en este mostrador
desk-print = Imprimir acreditación (Ctrl+P)
desk-printing = Imprimiendo la acreditación…
desk-print-again = Imprimir de nuevo
desk-not-printed = No se imprimió: { $problem }
desk-print-retry = Reintentar
print-error-nothing = no se encontró ninguna impresora ni visor de PDF; guarde el PDF e imprímalo desde otro ordenador
print-error-refused = la impresora rechazó la acreditación: { $reason }
desk-printed = Acreditación enviada a { $printer }
desk-printed-viewer = Acreditación abierta en el visor de PDF ({ $file })
desk-printed-default = Acreditación enviada a la impresora predeterminada
desk-camera-failed = La cámara no da imágenes: { $reason }.
desk-backup-failed = Ha fallado la copia automática de la base de datos: { $error }.
desk-nothing-to-undo = Nada que deshacer: no queda ningún registro vigente en { $desk }.
desk-camera-off = La cámara está apagada: { $error }.
desk-sample-notice = Este es el evento de ejemplo: la base de datos estaba vacía, así que se cargaron { $count } inscritos del Spotify ML Day. Para empezar su propio evento, abra la consola (Ctrl+O) y elija Importar: su evento sustituirá al de ejemplo.

## La respuesta en el mostrador: un titular y luego los detalles

verdict-welcome = Bienvenido
verdict-welcome-back = Bienvenido de nuevo
verdict-already = Ya registrado
verdict-already-today = Ya registrado hoy
# Cuándo y dónde se registró a la persona por primera vez: «a las 09:12 en Mostrador 2».
verdict-already-detail = a las { $time } en { $desk }
verdict-not-admitted = No admitido
verdict-typo = Revise el código
verdict-typo-detail = Este código tiene una errata: un carácter es erróneo o hay dos invertidos. Escanee de nuevo o vuelva a escribirlo.
verdict-unknown = Código desconocido
verdict-unknown-detail = Busque por nombre: escríbalo en el campo de arriba.
verdict-walk-in = Nuevo asistente, código de acreditación { $code }
verdict-undone = Registro deshecho
verdict-undone-detail = El historial conserva el registro y su anulación.
verdict-not-checked-in = No registrado
verdict-not-checked-in-detail = No había ningún registro que deshacer.
verdict-nothing-undone = Nada deshecho
verdict-nothing-undone-detail = No se encontró a esa persona.

## El formulario de asistentes nuevos en el mostrador

walk-in-title = Nuevo asistente
walk-in-first-name = Nombre
walk-in-last-name = Apellidos
walk-in-email = Correo electrónico
walk-in-company = Empresa
walk-in-ticket-type = Tipo de entrada
walk-in-saving = Guardando…
walk-in-save = Guardar y registrar (Intro)
walk-in-cancel = Cancelar (Esc)
walk-in-no-name = Escriba al menos un nombre o un apellido.
walk-in-not-an-email = «{ $text }» no es una dirección de correo; corríjala o deje el campo vacío.
walk-in-not-saved = No se guardó: { $error }.

## El quiosco de autoservicio: lo leen los asistentes

kiosk-welcome = Le damos la bienvenida
kiosk-welcome-name = ¡Hola, { $name }!
kiosk-welcome-back = Hola de nuevo
kiosk-welcome-back-name = ¡Hola de nuevo, { $name }!
kiosk-already = Ya está registrado
kiosk-already-detail = Si no fue usted, pregunte en el mostrador.
kiosk-see-staff = Diríjase al mostrador
kiosk-see-staff-detail = Nuestro personal le ayudará a registrarse.
kiosk-scan-again = Vuelva a escanear
kiosk-scan-again-detail = No se pudo leer el código. Manténgalo quieto, a un palmo del lector.
kiosk-badge-printing = Imprimiendo su acreditación.
kiosk-checked-in = Registro completado. ¡Disfrute del día!
kiosk-collect-badge = Recoja su acreditación en el mostrador, por favor.
kiosk-one-moment = Un momento…
kiosk-cannot = Este quiosco no puede registrarle en este momento.
kiosk-prompt = Escanee el código QR de su entrada
kiosk-prompt-hint = Sosténgalo bajo el lector.
# $digits es cuántos de los últimos dígitos de la entrada hay que escribir (4).
kiosk-prompt-hint-search = ¿No tiene código? Escriba su correo electrónico, o su apellido y los últimos { $digits } dígitos de su entrada, y pulse Intro.
kiosk-field = Escanee su entrada
kiosk-field-search = Escanee su entrada o escriba su correo electrónico
kiosk-attract = Escanee su entrada para registrarse

## El PIN de los organizadores, que se pide antes de sus pantallas y para salir de un quiosco

lock-organizers-only = Solo para organizadores
lock-enter-hint = Escriba el PIN de organizador y pulse Intro.
lock-choose = Elija un PIN de organizador
lock-choose-hint = De 4 a 12 dígitos. Bloquea la consola, las acreditaciones, la agenda y los ajustes; sin él, ni el personal del mostrador ni los asistentes pueden abrirlos.
lock-pin = PIN
lock-pin-again = Repita el mismo PIN
lock-unlock = Desbloquear
lock-save-and-open = Guardar el PIN y abrir
lock-back-to-desk = Volver al mostrador (Esc)
lock-back-to-kiosk = Volver al quiosco
lock-leave-kiosk = Organizadores: escriba el PIN para salir del quiosco.
lock-kiosk-needs-pin = Este quiosco necesita un PIN de organizador antes de que lo usen los asistentes: es lo que permite a un organizador salir del quiosco.
lock-pins-differ = Los dos PIN no coinciden; escriba el mismo PIN dos veces.
lock-wrong = PIN incorrecto. Inténtelo de nuevo.
# $wait es lock-seconds o lock-minutes.
lock-wrong-wait = PIN incorrecto. Inténtelo de nuevo en { $wait }.
lock-too-many = Demasiados PIN incorrectos: espere { $wait } antes del siguiente intento.
lock-seconds = { $count ->
    [one] { $count } segundo
    [many] { $count } de segundos
   *[other] { $count } segundos
}
lock-minutes = { $count ->
    [one] { $count } minuto
    [many] { $count } de minutos
   *[other] { $count } minutos
}

## La pantalla del vestíbulo: los visitantes la leen desde lejos

lobby-opening = Abriendo el programa…
lobby-cannot-read = No se puede leer la base de datos del evento: { $error }.
lobby-checked-in = { $count ->
    [one] { $count } persona registrada
    [many] { $count } de personas registradas
   *[other] { $count } personas registradas
}
lobby-welcome = Bienvenidos
lobby-programme-soon = El programa aparecerá aquí.
lobby-doors-open = Las puertas abren a las { $time }
lobby-back-at = Volvemos a las { $time }
lobby-first = Para empezar
lobby-next = A continuación
lobby-now = Ahora
lobby-break = Descanso
lobby-nothing-now = Nada ahora mismo
lobby-rooms-page = Salas { $page }/{ $pages }
lobby-thank-you = ¡Gracias por venir!
# $day es lobby-today, lobby-tomorrow o lobby-on-day.
lobby-see-you = Nos vemos { $day }: las puertas abren a las { $time }
lobby-safe-travels = Buen viaje de vuelta.
# $left es lobby-minutes o lobby-hours-minutes; $end, una hora del día.
lobby-time-left = Quedan { $left } · hasta las { $end }
lobby-minutes = { $minutes } min
# $minutes tiene dos cifras: «1 h 05 min».
lobby-hours-minutes = { $hours } h { $minutes } min
# $duration es lobby-minutes o lobby-hours-minutes.
lobby-in = en { $duration }
lobby-starting-now = ahora
lobby-today = hoy
lobby-tomorrow = mañana
# $date es date-long.
lobby-on-day = el { $date }
lobby-today-heading = Hoy
lobby-window-title = { $event } — vestíbulo

## Las pantallas del organizador: la consola, la importación, las acreditaciones y el editor de la agenda

app-opening = Abriendo el evento…
app-cannot-open = No se puede abrir la base de datos del evento { $file }: { $error }.

console-tab-dashboard = Panel
console-tab-import = Importar
console-tab-export = Exportar
console-tab-settings = Ajustes
console-tab-desks = Mostradores
console-tab-erase = Borrar
console-badges = Acreditaciones…
console-agenda = Agenda…
console-lock = Bloquear (Esc)

dashboard-counting = Contando…
dashboard-registered = inscritos
dashboard-admitted = admitidos
dashboard-checked-in = registrados
dashboard-arrivals = Llegadas cada 10 minutos, con el inicio de las sesiones
dashboard-no-check-ins = Aún no hay registros.
dashboard-by-ticket-type = Tipo de entrada: registrados / admitidos (inscritos)
dashboard-desks = Mostradores
dashboard-latest = Lo último
dashboard-activity-check-in = { $name } — registrado en { $desk }
dashboard-activity-undo = { $name } — registro deshecho en { $desk }
dashboard-activity-walk-in = { $name } — nuevo asistente añadido en { $desk }
dashboard-activity-edit = { $name } — datos corregidos en { $desk }
dashboard-today = Hoy
# $day es event-day («Día 2 de 3»).
dashboard-came-before = { $day }: { $count ->
    [one] { $count } vino antes y aún no ha llegado
    [many] { $count } de personas vinieron antes y aún no han llegado
   *[other] { $count } vinieron antes y aún no han llegado
}
dashboard-not-arrived = Aún sin llegar
dashboard-everyone = Todos
dashboard-came-earlier = Vinieron antes
dashboard-search = Buscar por nombre, empresa o correo
dashboard-nobody-matches = Sin coincidencias.
dashboard-edit-code = Editar a alguien por su código
dashboard-find = Buscar
dashboard-edit = Editar
dashboard-correct = Corregir a { $name } ({ $code })
dashboard-save = Guardar
dashboard-reprint = Reimprimir
dashboard-undo = Anular registro
dashboard-close = Cerrar
dashboard-no-such-code = Nadie tiene el código de acreditación o entrada { $code }.
dashboard-saved = Datos de { $name } guardados; el cambio queda en el historial.
dashboard-undone = Registro deshecho; el historial conserva el registro y su anulación.
dashboard-printing = Imprimiendo la acreditación de { $name }…
dashboard-not-printed = No se imprimió la acreditación: { $error }.

export-about = Informes en archivos CSV, para hojas de cálculo: UTF-8 con marca de orden de bytes y los valores que parecen fórmulas, neutralizados.
export-check-ins = Exportar informe de registros…
export-attendees = Exportar lista de asistentes…
export-or-folder = O guarde ambos en esta carpeta:
export-folder = Carpeta
export-check-ins-here = Guardar aquí el informe de registros
export-attendees-here = Guardar aquí la lista de asistentes
export-dialog-title = Guardar el informe
export-wrote-log = { $count ->
    [one] Se escribió { $count } anotación del historial
    [many] Se escribieron { $count } de anotaciones del historial
   *[other] Se escribieron { $count } anotaciones del historial
} en { $file }.
export-wrote-attendees = { $count ->
    [one] Se escribió { $count } asistente
    [many] Se escribieron { $count } de asistentes
   *[other] Se escribieron { $count } asistentes
} en { $file }.
export-cannot-write = No se puede escribir en { $file }: { $error }.

erase-title = Borrar los datos de los asistentes
erase-about = Elimina todos los asistentes, códigos de entrada, correcciones y el historial de registros, y después compacta la base de datos para que no se pueda recuperar nada del archivo. El evento, la agenda y los ajustes se conservan.
erase-export-first = Guardar antes el informe de registros y la lista de asistentes
# Lo que escribe el organizador para confirmar; que sea una frase corta en el idioma.
erase-confirmation = borrar todos los datos de los asistentes
erase-type-phrase = Escriba «{ $phrase }» para confirmar:
erase-type-to-confirm = Escriba «{ $phrase }» para confirmar.
erase-button = Borrar
erase-folder-title = Carpeta para los informes
erase-done = Se borraron { $attendees ->
    [one] { $attendees } asistente
    [many] { $attendees } de asistentes
   *[other] { $attendees } asistentes
} y { $entries ->
    [one] { $entries } anotación del historial
    [many] { $entries } de anotaciones del historial
   *[other] { $entries } anotaciones del historial
}; el archivo quedó compactado.
erase-reports-in = Los informes están en { $folder }.
erase-failed = No se borró nada: { $error }.
erase-finished-interrupted = Un borrado de los datos de los asistentes se había interrumpido (el ordenador se detuvo a mitad); se terminó al abrir la base de datos y en el archivo no queda ningún dato de asistentes.

desks-reading = Leyendo…
desks-alone = Este mostrador funciona solo: sus registros están únicamente en la base de datos de este ordenador. Para unirse a un servidor o crear uno con este evento, vaya a Ajustes.
desks-hub-connected = Servidor { $hub }: conectado
desks-hub-unreachable = Servidor { $hub }: inaccesible; este mostrador registra a las personas con su propia copia
# $last es una hora del día o desks-never.
desks-waiting = { $count ->
    [one] { $count } escaneo
    [many] { $count } de escaneos
   *[other] { $count } escaneos
} de este mostrador en espera del servidor; última sincronización: { $last }
desks-never = nunca
desks-no-conflicts = Sin conflictos: nadie fue admitido dos veces.
desks-conflicts = { $count ->
    [one] { $count } persona admitida dos veces sin conexión (se conservan ambos escaneos):
    [many] { $count } de personas admitidas dos veces sin conexión (se conservan ambos escaneos):
   *[other] { $count } personas admitidas dos veces sin conexión (se conservan ambos escaneos):
}
desks-column-desk = Mostrador
desks-column-last-contact = Último contacto
desks-column-waiting = En espera
desks-column-late = Tardíos (>2 min)
desks-column-data = Datos personales
desks-holds-copy = tiene una copia
desks-erased = borrados

hub-title = Varios ordenadores: el servidor
hub-password = la contraseña del servidor
hub-alone = Este mostrador funciona solo: sus registros están únicamente en la base de datos de este ordenador. Con varios ordenadores, conéctelos a un mismo servidor (vea el README).
hub-test = Probar
hub-join = Unirse (base de datos nueva y vacía)
hub-start = Iniciar el servidor con este evento
hub-joined = Este mostrador registra a través del servidor en { $hub }; la pestaña Mostradores muestra cómo van los mostradores.
hub-erase-on-leave = Borrar también la copia de los datos de asistentes de este ordenador
hub-leave = Salir del servidor
hub-asking = Consultando al servidor…
hub-answers = El servidor en { $hub } responde; contiene «{ $event }».
hub-answers-unnamed = El servidor en { $hub } responde; contiene un evento aún sin nombre.
hub-answers-empty = El servidor en { $hub } responde; aún no contiene ningún evento.
hub-joined-now = Se ha unido al servidor en { $hub }.
hub-started = El servidor en { $hub } contiene ahora este evento ({ $count ->
    [one] { $count } persona
    [many] { $count } de personas
   *[other] { $count } personas
}); este es su primer mostrador.
hub-left-erased = Este mostrador salió del servidor en { $hub } y borró su copia ({ $count ->
    [one] { $count } persona
    [many] { $count } de personas
   *[other] { $count } personas
}).
hub-left = Este mostrador salió del servidor en { $hub }; su copia de los datos de asistentes se conserva hasta que se borre.
hub-left-untold = No se pudo contactar con el servidor: su lista de mostradores sigue mostrando este mostrador como en su último informe.

settings-the-event = El evento
settings-desk-and-printing = Este mostrador y la impresión
settings-desk-name = Nombre de este mostrador
settings-badge-layout = Formato de acreditación de los mostradores
settings-printer = Impresora (vacío: la predeterminada)
settings-print-at-check-in = Imprimir la acreditación de cada persona registrada
settings-lobby-count = Mostrar en la pantalla del vestíbulo cuántas personas se han registrado
settings-sounds = Emitir un tono breve con cada respuesta en mostradores y quioscos
settings-kiosk-here = Abrir este mostrador como quiosco de autoservicio para asistentes (desde el próximo inicio; se sale con Ctrl+Alt+K y el PIN)
settings-kiosk-search = En los quioscos, los asistentes pueden registrarse escribiendo su correo electrónico completo, o su apellido y los últimos { $digits } dígitos de su entrada
settings-camera = Cámara de este ordenador
settings-mirror = Vista previa en espejo
settings-camera-off = Sin cámara (un lector o el teclado)
settings-camera-first = La primera cámara que se encuentre
settings-camera-absent = { $device } (no conectada)
settings-desk-language = Idioma de este mostrador
settings-event-language = Idioma de quioscos y vestíbulo
settings-several-days = Eventos de varios días
settings-day-changes-at = El día cambia a las
settings-day-passes = Pases de día: tipo de entrada=días, p. ej. Pase martes=2018-07-10; Fin de semana=2018-07-11,2018-07-12
settings-save = Guardar ajustes
settings-saved = Guardado.
settings-day-passes-refused = Pases de día: { $reason }.
settings-name-the-desk = Dé un nombre a este mostrador, como «Mostrador 1».

event-name = Nombre del evento
event-venue = Lugar
event-first-day = Primer día (AAAA-MM-DD)
event-last-day = Último día
event-time-zone = Zona horaria

layout-a4-8 = Hojas A4, 8 acreditaciones de 105 × 74 mm
layout-letter-6 = Hojas US Letter, 6 acreditaciones de 4 × 3 pulg.
layout-label-62x100 = Etiquetas de 62 × 100 mm (impresora de etiquetas de 62 mm)
layout-label-4x3 = Etiquetas de 4 × 3 pulg. (impresora de acreditaciones)

badges-title = Acreditaciones
badges-layout = Formato
badges-which = Qué acreditaciones
badges-everyone = Todos los admitidos
badges-not-printed-yet = Aún sin imprimir
badges-ticket-type = Tipo de entrada: { $type }
badges-person = Asistente { $id }
badges-count = { $count ->
    [one] { $count } acreditación
    [many] { $count } de acreditaciones
   *[other] { $count } acreditaciones
} en { $pages ->
    [one] { $pages } página
    [many] { $pages } de páginas
   *[other] { $pages } páginas
}
badges-save = Guardar PDF…
badges-print = Imprimir
badges-making = Creando acreditaciones: { $done } de { $total }
badges-preview = Vista previa
badges-no-preview = No hay ninguna acreditación que mostrar: nadie coincide.
badges-dialog-title = Guardar las acreditaciones como PDF
badges-cannot-read = No se puede leer la lista: { $error }.
badges-cannot-preview = No se puede dibujar la vista previa: { $error }.
badges-not-made = No se crearon las acreditaciones: { $error }.
badges-saved-to = Guardado en { $file }
badges-sent-to = Enviado a { $printer }
badges-sent-default = Enviado a la impresora predeterminada
badges-opened-viewer = Abierto en el visor de PDF ({ $file })
# $where es uno de los cuatro de arriba; va al principio, con mayúscula: «Guardado en badges.pdf: 8 acreditaciones en 1 página».
badges-made = { $where }: { $count ->
    [one] { $count } acreditación
    [many] { $count } de acreditaciones
   *[other] { $count } acreditaciones
} en { $pages ->
    [one] { $pages } página
    [many] { $pages } de páginas
   *[other] { $pages } páginas
}.
badges-missing-glyphs = Sin dibujar (ninguna fuente los tiene): { $glyphs }

agenda-title = Agenda
agenda-reading = Leyendo la agenda…
agenda-empty = Aún no hay agenda: importe una con frontdesk agenda import FILE, o añada una sesión.
agenda-selected = Sesión seleccionada
agenda-session-title = Título
agenda-rename = Renombrar
agenda-delete = Eliminar
agenda-delete-confirm = Pulse otra vez para eliminar
agenda-move = Mover
agenda-earlier = −{ $minutes } min
agenda-later = +{ $minutes } min
agenda-length = Duración
agenda-shorter = { $minutes } min menos
agenda-longer = { $minutes } min más
agenda-add-title = Añadir una sesión
agenda-speakers = Ponentes: Nombre, Empresa; Nombre
agenda-room = Sala
agenda-day = Día
agenda-day-hint = Día (2018-07-09)
agenda-starts-at = Empieza a las
agenda-start-hint = Inicio (14:30)
agenda-minutes-long = Duración (min)
agenda-minutes = Minutos
agenda-add = Añadir
agenda-kind-talk = Charla
agenda-kind-keynote = Ponencia principal
agenda-kind-break = Descanso
agenda-kind-other = Otro
agenda-needs-title = La sesión necesita un título.
# $minutes lleva su signo: «+5», «−15».
agenda-moved = Sesión movida { $minutes } min.
agenda-lengthened = Duración cambiada en { $minutes } min.
agenda-renamed = Sesión renombrada.
agenda-deleted = Sesión eliminada.
agenda-added = Se ha añadido «{ $title }».

import-title = Importar inscritos
import-reading-event = Leyendo el evento…
import-reading-file = Leyendo { $file }…
import-first-event = Primero, su evento
import-replaces-sample = Esta base de datos contiene el evento de ejemplo, Spotify ML Day. Su evento lo sustituirá: se eliminan los inscritos del ejemplo, sus registros y su agenda.
import-why-event = Los mostradores, las acreditaciones y la pantalla del vestíbulo muestran el nombre del evento; los días y la zona horaria determinan a qué día corresponde cada registro.
import-zone-hint = La zona horaria es la de este ordenador: cámbiela si el evento es en otro lugar (Europe/Stockholm, America/New_York).
import-replace-sample = Sustituir el ejemplo por este evento
import-save-event = Guardar el evento y elegir su lista
import-back = Atrás
import-event-saved = Se ha guardado { $event }. Ahora elija su lista de inscritos.
import-event-saved-sample-gone = Se ha guardado { $event } y el evento de ejemplo ya no está (se eliminaron { $registrants } inscritos, { $check_ins } registros y su agenda). Ahora elija la lista de inscritos de { $event }.
# $systems enumera los sistemas de venta de entradas que frontdesk sabe leer.
import-choose-list = Elija la lista de inscritos exportada desde { $systems } (CSV o texto separado por tabuladores).
import-system-spreadsheet = hoja de cálculo
import-choose-file = Elegir un archivo…
import-type-path = …o escriba la ruta del archivo y pulse Intro
import-dialog-title = Elija la lista de inscritos
import-dialog-lists = Listas de inscritos (CSV, TSV, texto)
import-dialog-all = Todos los archivos
import-comma-separated = separado por comas
import-semicolon-separated = separado por punto y coma
import-tab-separated = separado por tabuladores
import-separated-by = separado por «{ $mark }»
# «registrants.csv: exportación de Eventbrite, UTF-8, separado por comas, 320 filas».
import-file-summary = { $file }: exportación de { $system }, { $encoding }, { $separator }, { $rows } filas
import-columns = Columnas
import-repeated-header = { $columns }: el mismo nombre dos veces. Solo se usa la primera, salvo que elija un campo para las demás.
import-first-rows = Las primeras filas tal como se importarán
import-same-name-as = mismo nombre que la columna { $column }: elija qué contiene
import-detected = detectado: { $field }
import-not-recognised = no reconocido
import-example = p. ej. { $value }
import-empty-column = vacía en las primeras filas
import-no-header = (sin encabezado)
import-reading-rows = Leyendo las primeras filas…
import-column-row = Fila
import-column-code = Código
import-row-skipped = omitida: { $reason }
import-field-first-name = nombre
import-field-last-name = apellidos
import-field-full-name = nombre completo
import-field-email = correo electrónico
import-field-company = empresa
import-field-title = cargo
import-field-ticket-type = tipo de entrada
import-field-code = código
import-field-status = estado
import-field-ignore = ignorar
import-import = Importar
import-reading-whole = Leyendo todo el archivo…
import-importing = Importando: { $done } de { $total } personas
import-cancelling = Cancelando…
import-cancel = Cancelar
import-cancelled = Importación cancelada: no se ha cambiado nada.
import-imported = Se ha importado { $file }
# $count ya viene escrito con los miles separados («1.024»).
import-added = Añadidos: { $count }
import-updated = actualizados: { $count }
import-unchanged = sin cambios: { $count }
import-not-admitted = No admitidos (entradas canceladas o reembolsadas): { $count }
import-missing = Personas de importaciones anteriores que faltan en este archivo: { $count }
import-row-note = Fila { $row }: { $note }
# $count es el número; $shown, el mismo número escrito («1.024»).
import-rows = { $count ->
    [one] { $shown } fila
    [many] { $shown } de filas
   *[other] { $shown } filas
}
import-skipped = Omitidas: { $rows }
import-with-note = Importadas con una nota: { $rows }
import-skipped-rows = Filas omitidas
import-noted-rows = Importadas con una nota
import-more = y { $rows } más
import-another = Importar otro archivo…
import-done = Listo

## Por qué se rechaza un formulario: el evento, un pase de día, una sesión nueva

event-error-blank-name = Dé un nombre al evento.
event-error-zone = «{ $zone }» no es una zona horaria; use un nombre como Europe/Stockholm o America/New_York.
event-error-first-day = El primer día «{ $text }» no es una fecha; escríbalo como 2018-07-09.
event-error-last-day = El último día «{ $text }» no es una fecha; escríbalo como 2018-07-09.
event-error-day-change = «{ $text }» no es una hora para el cambio de día; escríbala como 04:00 (una hora entre las 00:00 y las 12:00).
event-error-ends-before = El último día ({ $last }) es anterior al primer día ({ $first }).
day-pass-error-no-equals = «{ $text }» no es un pase de día; escriba el tipo de entrada, = y sus días, p. ej. «Pase martes=2018-07-10» (varios días separados por comas)
day-pass-error-no-ticket-type = un pase de día necesita un tipo de entrada antes del =, como en «Pase martes=2018-07-10»
day-pass-error-date = «{ $text }» en el pase de día de { $type } no es una fecha; escríbala como 2018-07-10
day-pass-error-outside = { $day } no es un día del evento (del { $first } al { $last }); dé a { $type } un día en que se celebre el evento, o cambie antes las fechas del evento
session-error-blank-title = Dé un título a la sesión nueva.
session-error-blank-room = Indique en qué sala es la sesión nueva.
session-error-day = «{ $text }» no es un día; escríbalo como 2018-07-09.
session-error-time = «{ $text }» no es una hora; escríbala como 14:30.
session-error-length = «{ $text }» no es una duración en minutos.
session-error-no-such-time = La hora { $time } no existe el { $date } (cambio de hora).
session-error-ends-before = «{ $title }» no terminaría después de empezar; póngale un final posterior a su inicio

## Por qué una importación omitió una fila o le añadió una nota

note-empty-row = fila vacía
note-totals-row = parece una fila de totales
note-no-name = sin nombre
# $why es uno de los mensajes note-why de abajo.
note-same-as = la misma persona que la fila { $row } ({ $why })
note-why-code = mismo código de entrada
note-why-email = misma dirección de correo
note-why-name = mismo nombre, sin empresa ni dirección de correo para distinguirlos
note-why-name-and-company = mismo nombre y misma empresa
note-shares-email = comparte su dirección de correo con la fila { $row }, pero no el nombre; importada como una persona distinta
note-not-an-email = «{ $text }» no parece una dirección de correo; importada, pero esa dirección no sirve para buscar coincidencias
note-unknown-status = frontdesk no conoce el estado «{ $status }»; importada como admitida
# $values son los propios valores, cada uno entre comillas.
note-stray-values = { $count ->
    [one] { $count } valor ignorado
    [many] { $count } de valores ignorados
   *[other] { $count } valores ignorados
} sin encabezado de columna: { $values }
note-updated-twice = coincide con una persona ya actualizada desde una fila anterior; importada una sola vez

## Lo que conservó una nueva importación, una columna repetida, una doble entrada entre mostradores

import-corrections-kept = { $count ->
    [one] Se conservó { $count } corrección hecha en frontdesk
    [many] Se conservaron { $count } de correcciones hechas en frontdesk
   *[other] Se conservaron { $count } correcciones hechas en frontdesk
}
# $field es el nombre de un campo (walk-in-first-name…); los valores son los del archivo y la corrección.
import-correction-replaced = { $field } es ahora «{ $imported }», como dice el archivo; se había corregido a «{ $corrected }»
# «Correo» (columnas 3 y 7); $columns son todos los números salvo el último, separados por comas.
import-repeated-columns = «{ $header }» (columnas { $columns } y { $last })
# «Ada Lovelace (2018-07-09): admitida dos veces sin conexión: Desk 2 09:14, Desk 4 09:16 (tarde)».
desks-conflict = { $name } ({ $day }): admitido dos veces sin conexión: { $scans }
desks-conflict-scan = { $desk } { $time }
desks-conflict-scan-late = { $desk } { $time } (tarde)

## Por qué no se pudo hacer algo: la base de datos, un archivo, el servidor, el PIN, las acreditaciones
# Son oraciones que las pantallas ponen tras «No se guardó: » y similares, o que muestran solas
# con mayúscula y punto final: empiécelas en minúscula (salvo que el idioma escriba la palabra
# con mayúscula) y termínelas sin punto. $detail son las palabras del propio ordenador, a menudo
# en inglés; $file y $folder son lugares del disco.

store-error-database = la base de datos del evento informó de un problema: { $detail }
store-error-busy = la base de datos del evento está ocupada: otro mostrador u otro programa está escribiendo en ella; inténtelo de nuevo en un momento
store-error-create-folder = no se puede crear la carpeta { $folder } para la base de datos del evento ({ $detail })
store-error-too-new = esta base de datos la escribió un frontdesk más reciente (esquema { $found }; este conoce hasta el { $known }); actualice frontdesk antes de abrirla
store-error-schema-damaged = { $file } dice contener la versión { $found } del esquema, que no corresponde a su contenido: el archivo está dañado o lo modificó otro programa; recupérelo de una copia de seguridad, o vuelva a importar la lista de inscritos en una base de datos nueva
store-error-damaged = { $file } está dañado ({ $detail }); recupérelo de una copia de seguridad, o vuelva a importar la lista de inscritos en una base de datos nueva
store-error-not-a-database = { $file } no es una base de datos de frontdesk ({ $detail }); abra otro archivo, o importe la lista de inscritos en una base de datos nueva
store-error-no-database = no hay ninguna base de datos del evento en { $file }; importe una lista de inscritos o dé un nombre a un evento para crear una
store-error-bad-time-zone = no se puede leer la zona horaria del evento guardada en la base de datos, «{ $value }»; vuelva a indicarla en la pestaña Ajustes de la consola
store-error-bad-first-day = no se puede leer el primer día del evento guardado en la base de datos, «{ $value }»; vuelva a indicarlo en la pestaña Ajustes de la consola
store-error-bad-last-day = no se puede leer el último día del evento guardado en la base de datos, «{ $value }»; vuelva a indicarlo en la pestaña Ajustes de la consola
store-error-bad-day-change = no se puede leer la hora a la que cambia el día del evento guardada en la base de datos, «{ $value }»; vuelva a indicarla en la pestaña Ajustes de la consola
# $reason es por qué el texto no es una lista de pases de día.
store-error-bad-day-passes = no se pueden leer los pases de día guardados en la base de datos, «{ $value }» ({ $reason }); vuelva a indicarlos en la pestaña Ajustes de la consola
store-error-no-session = esta sesión ya no está en la agenda (puede que se eliminara en otro mostrador)
store-error-session-ends-before-start = «{ $title }» no terminaría después de empezar; póngale un final posterior a su inicio
store-error-disk-full = el disco donde está { $file } está lleno: libere espacio en él (o mueva la base de datos a otro disco) e inténtelo de nuevo; no se ha cambiado nada
store-error-backup = no se puede escribir la copia de seguridad { $file } ({ $detail })
store-error-read-only-disk = { $file } está en un disco de solo lectura: se puede leer, pero no modificar; cópielo a un disco en el que se pueda escribir y abra la copia
store-error-folder-not-writable = { $file } está en una carpeta en la que este usuario no puede escribir: se puede leer, pero no modificar; dé al usuario permiso de escritura en esa carpeta, o copie el archivo a otro lugar y abra la copia
store-error-no-attendee = esta persona ya no está en la lista (puede que se eliminara en otro mostrador)
store-error-empty-name = una persona necesita un nombre o unos apellidos; ambos están vacíos
store-error-sample-event = esta base de datos contiene el evento de ejemplo, Spotify ML Day; dé antes un nombre a su propio evento (eso elimina los inscritos, los registros y la agenda del ejemplo)
store-error-sample-on-hub = el servidor de este mostrador contiene el evento de ejemplo, así que sustituirlo aquí dejaría a las personas del ejemplo en el servidor y en los demás mostradores; borre primero los datos de los asistentes y después dé un nombre al evento
store-error-cancelled = la importación se canceló y la base de datos está como antes
store-error-bad-hub-data = el servidor envió datos que este mostrador no puede usar: { $detail }
store-error-not-empty = esta base de datos ya contiene un evento ({ $people ->
    [one] 1 persona
    [many] { $people } de personas
   *[other] { $people } personas
}); un mostrador se une a un servidor con una base de datos nueva

hub-error-bad-address = no se puede usar la dirección del servidor: { $detail }
hub-error-unreachable = el servidor en { $host } está inaccesible: { $detail }
hub-error-untrusted = el servidor en { $host } presentó un certificado en el que este mostrador no confía ({ $detail }); compruebe que sslrootcert, en la dirección del servidor, es una copia del certificado del servidor, emitido para este host
hub-error-refused = el servidor en { $host } rechazó a este mostrador: { $detail }
hub-error-tls = falló la conexión segura con el servidor: { $detail }
hub-error-address-file = no se puede usar { $file }, donde este mostrador guarda la dirección de su servidor ({ $detail })
hub-error-certificate = no se puede leer el certificado del servidor { $file } (sslrootcert en la dirección del servidor): { $detail }
# $desks son los nombres de los mostradores, separados por comas.
hub-error-desks-waiting = no se borró nada: { $desks } aún tenían escaneos en espera del servidor en su último contacto con él, y borrar ahora los perdería; deje antes que esos mostradores se sincronicen (o que salgan del servidor)
hub-error-not-joined = esta base de datos no es un mostrador de ningún servidor; únase antes a uno
hub-error-needs-hub = este cambio necesita el servidor en { $host }, que está inaccesible; inténtelo de nuevo cuando el mostrador indique que está en línea
hub-error-other-event = el servidor en { $host } contiene ahora otro evento («{ $name }») y la copia de este mostrador es de uno anterior; salga del servidor y vuelva a unirse a él
hub-error-scans-waiting = { $pending ->
    [one] 1 escaneo de este mostrador aún no ha llegado
    [many] { $pending } de escaneos de este mostrador aún no han llegado
   *[other] { $pending } escaneos de este mostrador aún no han llegado
} al servidor; sincronice cuando esté accesible y después salga (o salga y borre esta copia)
hub-error-hub = el servidor informó de un problema: { $detail }
hub-error-too-new = el servidor lo configuró un frontdesk más reciente (esquema del servidor { $found }; este conoce hasta el { $known }); actualice frontdesk en este mostrador
hub-error-holds-another-event = el servidor ya contiene otro evento, «{ $name }»; únase a él, o sustitúyalo por el evento de esta base de datos
hub-error-empty = el servidor aún no contiene ningún evento; inícielo antes desde la base de datos del organizador
hub-error-bad-backup = esta no es una copia de seguridad del servidor que frontdesk pueda restaurar: { $detail }
hub-error-bad-row = el servidor envió una fila que este mostrador no puede leer: { $detail }

pin-error-too-short = el PIN debe tener al menos { $digits } dígitos
pin-error-too-long = el PIN puede tener como máximo { $digits } dígitos
pin-error-not-digits = el PIN solo puede contener dígitos (0–9), sin espacios ni letras
pin-error-not-set = aún no hay ningún PIN de organizador; elija uno primero
pin-error-damaged = el PIN de organizador guardado está dañado; elija uno nuevo
pin-error-hash = no se puede guardar el PIN: { $detail }

badge-error-fonts = no se pueden leer las fuentes de acreditación incluidas con el programa; esta copia de frontdesk está dañada: vuelva a instalarla
badge-error-qr = no se puede crear un código QR de { $code }: { $detail }
badge-error-page-size = el tamaño de página de las acreditaciones no es válido
badge-error-pdf = no se puede escribir el PDF de las acreditaciones: { $detail }
badge-error-png = no se puede escribir un PNG de acreditación: { $detail }

file-error-write = no se puede escribir en { $file }: { $detail }
file-error-exists = { $file } ya existe; frontdesk no lo sobrescribe
file-error-unreadable = no se pudo leer { $file } ({ $detail }); elija otro archivo
export-error-write = no se puede escribir la exportación: { $detail }
sample-error-damaged = el evento de ejemplo incorporado está dañado ({ $detail }); vuelva a instalar frontdesk
setting-error-read = no se puede leer { $file }: { $detail }
setting-error-camera-line = la línea { $line } de { $file } dice «{ $text }», que no es ni camera=off|auto|DEVICE ni mirror=on|off; corrija la línea o elimine el archivo
setting-error-no-folder-camera = este ordenador no tiene carpeta de configuración (no hay carpeta personal) donde guardar la cámara elegida
setting-error-no-folder-language = este ordenador no tiene carpeta de configuración (no hay carpeta personal) donde guardar el idioma
camera-error-no-camera = no se encontró ninguna cámara (ningún dispositivo de vídeo en /dev)
camera-error-open = no se puede abrir la cámara { $device }: { $detail }
camera-error-no-yuyv = la cámara { $device } no da imágenes YUYV (da { $formats }); elija otra cámara
camera-error-capture = la cámara { $device } dejó de dar imágenes: { $detail }
camera-error-not-linux = por ahora las cámaras web solo se leen en Linux
camera-error-frames-folder = no se pueden leer las imágenes de cámara de { $folder }: { $detail }
camera-error-no-frames = { $folder } no contiene imágenes PNG: indique una carpeta de archivos .png, uno por imagen
camera-error-frame = no se puede leer la imagen { $file }: { $detail }
error-worker-stopped = el proceso que hay detrás de esta pantalla se detuvo inesperadamente; inténtelo de nuevo
# Lo que dice el mostrador cuando la base de datos no responde; $error es una de las oraciones de arriba.
desk-database-problem = La base de datos del evento no respondió: { $error }. Inténtelo de nuevo; si sigue fallando, llame a un organizador.

## Por qué no se importó nada: frases completas, cada una con el archivo y qué hacer

import-error-empty = { $file } está vacío; vuelva a exportar la lista de inscritos y elija el archivo nuevo.
import-error-too-large = { $file } ocupa { $megabytes } MB; frontdesk importa listas de inscritos de hasta 64 MB (alrededor de medio millón de personas). Exporte una lista por evento, o divida el archivo e importe las partes una tras otra.
import-error-not-text = { $file } no es un archivo de texto; exporte la lista de inscritos como CSV.
import-error-workbook = { $file } es un libro de hoja de cálculo, no un archivo CSV; guárdelo como «CSV UTF-8» desde su programa de hojas de cálculo e importe ese archivo.
# $encoding es el nombre de una codificación de texto (windows-1252).
import-error-undecodable = { $file } empieza como texto { $encoding }, pero contiene bytes que no lo son; guárdelo de nuevo como «CSV UTF-8» e importe ese archivo.
# $columns son los encabezados repetidos, cada uno entre comillas.
import-error-repeated-columns = { $file } tiene columnas con el mismo nombre: { $columns }. Solo se leería la primera de cada una y se perderían los valores de las demás; cámbieles el nombre en el archivo, o elija qué contiene cada una en la pantalla de importación.
import-error-damaged-utf8-line = { $file } es texto UTF-8, pero la línea { $line } tiene bytes que no lo son: si se leyera de otro modo, todos los nombres con tildes saldrían desfigurados. Corrija esa fila (o guarde de nuevo la lista como «CSV UTF-8») y vuelva a importarla.
# $lines son números de línea separados por comas: «12, 40».
import-error-damaged-utf8-lines = { $file } es texto UTF-8, pero las líneas { $lines } y { $last } tienen bytes que no lo son: si se leyera de otro modo, todos los nombres con tildes saldrían desfigurados. Corrija esas filas (o guarde de nuevo la lista como «CSV UTF-8») y vuelva a importarla.
import-error-damaged-utf8-more = { $file } es texto UTF-8, pero las líneas { $lines } y { $more } más tienen bytes que no lo son: si se leyera de otro modo, todos los nombres con tildes saldrían desfigurados. Corrija esas filas (o guarde de nuevo la lista como «CSV UTF-8») y vuelva a importarla.
import-error-header-only = { $file } tiene encabezados de columna, pero ninguna fila de inscritos; compruebe que la exportación incluye a los asistentes e inténtelo de nuevo.
# $found son los encabezados de columna del archivo, cada uno entre comillas.
import-error-no-name-column = { $file } no tiene ninguna columna con los nombres de los inscritos (columnas encontradas: { $found }); elija en la pantalla de importación qué columna contiene los nombres.
import-no-headers = ninguna
import-error-unreadable = No se pudo leer { $file } en la fila { $row } ({ $detail }); guárdelo de nuevo como CSV y vuelva a intentarlo.
# $error es una de las frases de arriba.
import-nothing-imported = No se importó nada: { $error }.
