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
desk-printed = Acreditación enviada a { $printer }
desk-printed-viewer = Acreditación abierta en el visor de PDF ({ $file })
desk-printed-default = Acreditación enviada a la impresora predeterminada
desk-camera-failed = La cámara no da imágenes: { $reason }
desk-backup-failed = Ha fallado la copia automática de la base de datos: { $error }
desk-nothing-to-undo = Nada que deshacer: no queda ningún registro vigente en { $desk }.
desk-camera-off = La cámara está apagada: { $error }
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
walk-in-not-saved = No se guardó: { $error }

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
lobby-cannot-read = No se puede leer la base de datos del evento: { $error }
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
