# Die Wörter von frontdesk auf Deutsch, übersetzt aus en.ftl.
# Eine Nachricht pro Zeile: `id = Text`; { $name } setzt das Programm ein; Pluralformen werden
# als Auswahl nach der Zahl geschrieben ({ $count -> [one] ... *[other] ... }).
# Das Programm fragt eine Nachricht über ihre ID ab; die Tests schlagen fehl, wenn einer Sprache
# eine fehlt oder ihr einer ihrer { $placeables } verloren geht.

## Datum: „Montag, 9. Juli“

weekday-1 = Montag
weekday-2 = Dienstag
weekday-3 = Mittwoch
weekday-4 = Donnerstag
weekday-5 = Freitag
weekday-6 = Samstag
weekday-7 = Sonntag
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
# $weekday und $month sind die Wörter oben; $day ist der Tag im Monat (9).
date-long = { $weekday }, { $day }. { $month }
weekday-short-1 = Mo.
weekday-short-2 = Di.
weekday-short-3 = Mi.
weekday-short-4 = Do.
weekday-short-5 = Fr.
weekday-short-6 = Sa.
weekday-short-7 = So.
month-short-1 = Jan.
month-short-2 = Feb.
month-short-3 = März
month-short-4 = Apr.
month-short-5 = Mai
month-short-6 = Juni
month-short-7 = Juli
month-short-8 = Aug.
month-short-9 = Sept.
month-short-10 = Okt.
month-short-11 = Nov.
month-short-12 = Dez.
# Ein Tag auf einer Schaltfläche: „Mo., 9. Juli“.
date-short = { $weekday }, { $day }. { $month }
# Zwischen Dreiergruppen von Ziffern: 12.345.
number-thousands = .
# Die letzten zwei einer Liste: „Eventbrite, Tito oder Luma“.
list-or = { $items } oder { $last }
# Ein Tag einer mehrtägigen Veranstaltung, am Zeilenanfang.
event-day = Tag { $number } von { $days }

## Der Empfang (Personal)

desk-code-hint = Badge oder Ticket scannen oder Namen eingeben
desk-count = { $checked_in } / { $admitted } eingecheckt
# $day ist event-day („Tag 2 von 3“).
desk-count-today = { $day } · { $checked_in } / { $admitted } heute eingecheckt
desk-hub-online = Hub: online
desk-hub-sending = Sende { $count ->
    [one] 1 Scan
   *[other] { $count } Scans
} an den Hub
desk-hub-offline = Offline: { $count ->
    [one] 1 Scan
   *[other] { $count } Scans
} ausstehend
desk-checking = Prüfe…
desk-problem = Etwas ist schiefgelaufen
desk-idle-scan = Badge oder Ticket scannen
desk-idle-type = oder Namen eingeben
desk-nobody-found = Kein Treffer für „{ $query }“
desk-nobody-found-hint = Schreibweise prüfen, Nachnamen versuchen oder neuen Teilnehmer anlegen (Strg+N).
desk-search-keys = ↑ ↓ wählen · Enter checkt ein · Esc löscht
desk-row-checked-in = eingecheckt um { $time } an { $desk }
desk-row-not-admitted = kein Zutritt: { $reason }
desk-row-not-yet = noch nicht eingecheckt
desk-undo-question = Check-in rückgängig machen?
desk-undo-checked-in = eingecheckt um { $time } an { $desk }
desk-undo-keys = Enter: rückgängig · Esc: behalten
desk-recent-title = Dieser Schalter
desk-recent-none = Noch keine Check-ins an diesem Schalter.
desk-recent-undone = { $name } (rückgängig)
desk-undo-last = Letzten rückgängig (Strg+Z)
desk-new-attendee = Neuer Teilnehmer (Strg+N)
desk-offline-mark = offline: an diesem Schalter entschieden
desk-print = Badge drucken (Strg+P)
desk-printing = Badge wird gedruckt…
desk-print-again = Erneut drucken
desk-not-printed = Nicht gedruckt: { $problem }
desk-print-retry = Erneut versuchen
print-error-nothing = kein Drucker und kein PDF-Viewer gefunden; speichern Sie das PDF und drucken Sie es an einem anderen Computer
print-error-refused = der Drucker hat das Badge abgelehnt: { $reason }
desk-printed = Badge an { $printer } gesendet
desk-printed-viewer = Badge im PDF-Viewer geöffnet ({ $file })
desk-printed-default = Badge an den Standarddrucker gesendet
desk-camera-failed = Die Kamera liefert keine Bilder: { $reason }.
desk-backup-failed = Automatische Sicherung der Datenbank fehlgeschlagen: { $error }.
desk-nothing-to-undo = Nichts rückgängig zu machen: an { $desk } gilt kein Check-in mehr.
desk-camera-off = Die Kamera ist aus: { $error }.
desk-sample-notice = Dies ist die Beispielveranstaltung: Die Datenbank war leer, daher wurden { $count } Anmeldungen vom Spotify ML Day geladen. Eigene Veranstaltung starten: Konsole öffnen (Strg+O) und Import wählen. Sie ersetzt das Beispiel.

## Die Antwort am Empfang: eine Überschrift, dann Details

verdict-welcome = Willkommen
verdict-welcome-back = Willkommen zurück
verdict-already = Bereits eingecheckt
verdict-already-today = Heute schon eingecheckt
# Wann und wo die Person zuerst eingecheckt wurde: „um 09:12 an Schalter 2“.
verdict-already-detail = um { $time } an { $desk }
verdict-not-admitted = Kein Zutritt
verdict-typo = Code prüfen
verdict-typo-detail = Der Code hat einen Tippfehler: ein Zeichen ist falsch oder zwei sind vertauscht. Erneut scannen oder neu eingeben.
verdict-unknown = Code unbekannt
verdict-unknown-detail = Nach Namen suchen: oben ins Feld eingeben.
verdict-walk-in = Neuer Teilnehmer, Badge-Code { $code }
verdict-undone = Check-in storniert
verdict-undone-detail = Das Protokoll behält den Check-in und die Stornierung.
verdict-not-checked-in = Nicht eingecheckt
verdict-not-checked-in-detail = Es gab keinen Check-in zum Stornieren.
verdict-nothing-undone = Nichts storniert
verdict-nothing-undone-detail = Die Person wurde nicht gefunden.

## Das Formular für neue Teilnehmer am Empfang

walk-in-title = Neuer Teilnehmer
walk-in-first-name = Vorname
walk-in-last-name = Nachname
walk-in-email = E-Mail
walk-in-company = Firma
walk-in-ticket-type = Ticketart
walk-in-saving = Wird gespeichert…
walk-in-save = Speichern und einchecken (Enter)
walk-in-cancel = Abbrechen (Esc)
walk-in-no-name = Mindestens Vor- oder Nachnamen eingeben.
walk-in-not-an-email = „{ $text }“ ist keine E-Mail-Adresse; korrigieren oder leer lassen.
walk-in-not-saved = Nicht gespeichert: { $error }.

## Der Selbstbedienungs-Kiosk: Teilnehmende lesen diese Texte

kiosk-welcome = Willkommen
kiosk-welcome-name = Willkommen, { $name }
kiosk-welcome-back = Willkommen zurück
kiosk-welcome-back-name = Willkommen zurück, { $name }
kiosk-already = Sie sind bereits eingecheckt
kiosk-already-detail = Falls das nicht Sie waren, fragen Sie bitte am Empfang.
kiosk-see-staff = Bitte zum Empfang
kiosk-see-staff-detail = Unser Team hilft Ihnen beim Check-in.
kiosk-scan-again = Bitte erneut scannen
kiosk-scan-again-detail = Der Code war nicht lesbar. Halten Sie ihn ruhig, eine Handbreit vor dem Scanner.
kiosk-badge-printing = Ihr Badge wird gedruckt.
kiosk-checked-in = Sie sind eingecheckt. Einen schönen Tag!
kiosk-collect-badge = Bitte holen Sie Ihr Badge am Empfang ab.
kiosk-one-moment = Einen Moment…
kiosk-cannot = Dieser Kiosk kann Sie gerade nicht einchecken.
kiosk-prompt = QR-Code Ihres Tickets scannen
kiosk-prompt-hint = Halten Sie das Ticket unter den Scanner.
# $digits ist, wie viele der letzten Ziffern des Tickets einzugeben sind (4).
kiosk-prompt-hint-search = Kein Code zum Scannen? Geben Sie Ihre E-Mail-Adresse ein oder Ihren Nachnamen und die letzten { $digits } Ziffern Ihres Tickets und drücken Sie Enter.
kiosk-field = Ticket scannen
kiosk-field-search = Ticket scannen oder E-Mail-Adresse eingeben
kiosk-attract = Zum Einchecken Ticket scannen

## Die Veranstalter-PIN, abgefragt vor den Veranstalter-Bildschirmen und zum Verlassen eines Kiosks

lock-organizers-only = Nur für Veranstalter
lock-enter-hint = Geben Sie die Veranstalter-PIN ein und drücken Sie Enter.
lock-choose = Veranstalter-PIN festlegen
lock-choose-hint = 4 bis 12 Ziffern. Sie sperrt Konsole, Badges, Agenda und Einstellungen; Empfangspersonal und Teilnehmende können sie ohne die PIN nicht öffnen.
lock-pin = PIN
lock-pin-again = Dieselbe PIN noch einmal
lock-unlock = Entsperren
lock-save-and-open = PIN speichern und öffnen
lock-back-to-desk = Zurück zum Empfang (Esc)
lock-back-to-kiosk = Zurück zum Kiosk
lock-leave-kiosk = Veranstalter: Geben Sie die PIN ein, um den Kiosk zu verlassen.
lock-kiosk-needs-pin = Dieser Kiosk braucht eine Veranstalter-PIN, bevor Teilnehmende ihn nutzen: Nur mit ihr können Veranstalter den Kiosk verlassen.
lock-pins-differ = Die beiden PINs stimmen nicht überein; geben Sie zweimal dieselbe PIN ein.
lock-wrong = Falsche PIN. Bitte erneut versuchen.
# $wait ist lock-seconds oder lock-minutes.
lock-wrong-wait = Falsche PIN. In { $wait } erneut versuchen.
lock-too-many = Zu viele falsche PINs: Warten Sie { $wait } bis zum nächsten Versuch.
lock-seconds = { $count ->
    [one] 1 Sekunde
   *[other] { $count } Sekunden
}
lock-minutes = { $count ->
    [one] 1 Minute
   *[other] { $count } Minuten
}

## Der Lobby-Bildschirm: Besucher lesen diese Texte quer durch den Raum

lobby-opening = Programm wird geöffnet…
lobby-cannot-read = Veranstaltungsdatenbank nicht lesbar: { $error }.
lobby-checked-in = { $count ->
    [one] 1 Person eingecheckt
   *[other] { $count } Personen eingecheckt
}
lobby-welcome = Willkommen
lobby-programme-soon = Das Programm erscheint hier.
lobby-doors-open = Einlass ab { $time }
lobby-back-at = Zurück um { $time }
lobby-first = Zuerst
lobby-next = Danach
lobby-now = Jetzt
lobby-break = Pause
lobby-nothing-now = Gerade nichts
lobby-rooms-page = Räume { $page }/{ $pages }
lobby-thank-you = Danke für Ihren Besuch!
# $day ist lobby-today, lobby-tomorrow oder lobby-on-day.
lobby-see-you = Wir sehen uns { $day }: Einlass ab { $time }
lobby-safe-travels = Gute Heimreise!
# $left ist lobby-minutes oder lobby-hours-minutes; $end eine Uhrzeit.
lobby-time-left = noch { $left } · bis { $end }
lobby-minutes = { $minutes } Min.
# $minutes hat zwei Ziffern: „1 Std. 05 Min.“.
lobby-hours-minutes = { $hours } Std. { $minutes } Min.
# $duration ist lobby-minutes oder lobby-hours-minutes.
lobby-in = in { $duration }
lobby-starting-now = jetzt
lobby-today = heute
lobby-tomorrow = morgen
# $date ist date-long.
lobby-on-day = am { $date }
lobby-today-heading = Heute
lobby-window-title = { $event } — Lobby

## Die Veranstalter-Bildschirme: die Konsole, der Import-Assistent, Badges, der Agenda-Editor

app-opening = Veranstaltung wird geöffnet…
app-cannot-open = Veranstaltungsdatenbank { $file } lässt sich nicht öffnen: { $error }.

console-tab-dashboard = Dashboard
console-tab-import = Import
console-tab-export = Export
console-tab-settings = Einstellungen
console-tab-desks = Schalter
console-tab-erase = Löschen
console-badges = Badges…
console-agenda = Agenda…
console-lock = Sperren (Esc)

dashboard-counting = Zähle…
dashboard-registered = angemeldet
dashboard-admitted = zugelassen
dashboard-checked-in = eingecheckt
dashboard-arrivals = Ankünfte je 10 Minuten, mit Beginn der Sessions
dashboard-no-check-ins = Noch keine Check-ins.
dashboard-by-ticket-type = Ticketart: eingecheckt / zugelassen (angemeldet)
dashboard-desks = Schalter
dashboard-latest = Zuletzt
dashboard-activity-check-in = { $name } — eingecheckt an { $desk }
dashboard-activity-undo = { $name } — Check-in storniert an { $desk }
dashboard-activity-walk-in = { $name } — neu angelegt an { $desk }
dashboard-activity-edit = { $name } — Angaben korrigiert an { $desk }
dashboard-today = Heute
# $day ist event-day („Tag 2 von 3“).
dashboard-came-before = { $day }: { $count ->
    [one] 1 Person war an Vortagen da und ist noch nicht hier
   *[other] { $count } Personen waren an Vortagen da und sind noch nicht hier
}
dashboard-not-arrived = Noch nicht da
dashboard-everyone = Alle
dashboard-came-earlier = An Vortagen da
dashboard-search = Nach Name, Firma oder E-Mail suchen
dashboard-nobody-matches = Kein Treffer.
dashboard-edit-code = Person bearbeiten: Badge- oder Ticket-Code
dashboard-find = Suchen
dashboard-edit = Bearbeiten
dashboard-correct = { $name } korrigieren ({ $code })
dashboard-save = Speichern
dashboard-reprint = Badge neu drucken
dashboard-undo = Check-in stornieren
dashboard-close = Schließen
dashboard-no-such-code = Niemand hat den Badge- oder Ticket-Code { $code }.
dashboard-saved = { $name } gespeichert; die Änderung ist protokolliert.
dashboard-undone = Check-in storniert; das Protokoll behält beide Einträge.
dashboard-printing = Badge von { $name } wird gedruckt…
dashboard-not-printed = Das Badge wurde nicht gedruckt: { $error }.

export-about = Berichte als CSV-Dateien für Tabellenkalkulationen: UTF-8 mit Byte-Order-Mark, formelartige Werte entschärft.
export-check-ins = Check-in-Bericht exportieren…
export-attendees = Teilnehmerliste exportieren…
export-or-folder = Oder beide in diesem Ordner speichern:
export-folder = Ordner
export-check-ins-here = Check-in-Bericht hier speichern
export-attendees-here = Teilnehmerliste hier speichern
export-dialog-title = Bericht speichern
export-wrote-log = { $count ->
    [one] 1 Protokolleintrag
   *[other] { $count } Protokolleinträge
} in { $file } geschrieben.
export-wrote-attendees = { $count ->
    [one] 1 Teilnehmer
   *[other] { $count } Teilnehmende
} in { $file } geschrieben.
export-cannot-write = { $file } konnte nicht geschrieben werden: { $error }.

erase-title = Teilnehmerdaten löschen
erase-about = Löscht alle Teilnehmenden, Ticket-Codes, Korrekturen und das Check-in-Protokoll und verdichtet dann die Datenbank, sodass sich nichts aus der Datei wiederherstellen lässt. Die Veranstaltung, die Agenda und die Einstellungen bleiben.
erase-export-first = Zuerst Check-in-Bericht und Teilnehmerliste speichern
# Was der Veranstalter zur Bestätigung eintippt; eine kurze Wendung in der Sprache.
erase-confirmation = alle Teilnehmerdaten löschen
erase-type-phrase = Zur Bestätigung „{ $phrase }“ eingeben:
erase-type-to-confirm = Zur Bestätigung „{ $phrase }“ eingeben.
erase-button = Löschen
erase-folder-title = Ordner für die Berichte
erase-done = { $attendees ->
    [one] 1 Teilnehmer
   *[other] { $attendees } Teilnehmende
} und { $entries ->
    [one] 1 Protokolleintrag
   *[other] { $entries } Protokolleinträge
} gelöscht; die Datei ist verdichtet.
erase-reports-in = Die Berichte liegen in { $folder }.
erase-failed = Nichts wurde gelöscht: { $error }.
erase-finished-interrupted = Ein Löschen der Teilnehmerdaten war abgebrochen worden (der Computer hielt mittendrin an); es wurde beim Öffnen der Datenbank abgeschlossen, und die Datei enthält keine Teilnehmerdaten mehr.

desks-reading = Wird gelesen…
desks-alone = Dieser Schalter arbeitet allein: Seine Check-ins liegen nur in der Datenbank dieses Computers. Um einem Hub beizutreten oder mit dieser Veranstaltung einen zu starten, siehe Einstellungen.
desks-hub-connected = Hub { $hub }: verbunden
desks-hub-unreachable = Hub { $hub }: nicht erreichbar; dieser Schalter checkt mit seiner eigenen Kopie ein
# $last ist eine Uhrzeit oder desks-never.
desks-waiting = { $count ->
    [one] 1 Scan
   *[other] { $count } Scans
} dieses Schalters für den Hub ausstehend; letzter Abgleich: { $last }
desks-never = nie
desks-no-conflicts = Keine Konflikte: Niemand wurde doppelt eingelassen.
desks-conflicts = { $count ->
    [one] 1 Person wurde offline doppelt eingelassen (beide Scans bleiben erhalten):
   *[other] { $count } Personen wurden offline doppelt eingelassen (beide Scans bleiben erhalten):
}
desks-column-desk = Schalter
desks-column-last-contact = Letzter Kontakt
desks-column-waiting = Ausstehend
desks-column-late = Verspätet (> 2 Min.)
desks-column-data = Teilnehmerdaten
desks-holds-copy = Kopie vorhanden
desks-erased = gelöscht

hub-title = Mehrere Computer: der Hub
hub-password = Passwort des Hubs
hub-alone = Dieser Schalter arbeitet allein: Seine Check-ins liegen nur in der Datenbank dieses Computers. Bei mehreren Computern geben Sie ihnen einen gemeinsamen Hub (siehe README).
hub-test = Testen
hub-join = Beitreten (neue, leere Datenbank)
hub-start = Hub mit dieser Veranstaltung starten
hub-joined = Dieser Schalter checkt über den Hub unter { $hub } ein; der Reiter „Schalter“ zeigt, wie es um die Schalter steht.
hub-erase-on-leave = Auch die Kopie der Teilnehmerdaten auf diesem Computer löschen
hub-leave = Hub verlassen
hub-asking = Frage den Hub…
hub-answers = Der Hub unter { $hub } antwortet; er enthält „{ $event }“.
hub-answers-unnamed = Der Hub unter { $hub } antwortet; er enthält eine Veranstaltung noch ohne Namen.
hub-answers-empty = Der Hub unter { $hub } antwortet; er enthält noch keine Veranstaltung.
hub-joined-now = Dem Hub unter { $hub } beigetreten.
hub-started = Der Hub unter { $hub } enthält jetzt diese Veranstaltung ({ $count ->
    [one] 1 Person
   *[other] { $count } Personen
}); dies ist sein erster Schalter.
hub-left-erased = Dieser Schalter hat den Hub unter { $hub } verlassen und seine Kopie gelöscht ({ $count ->
    [one] 1 Person
   *[other] { $count } Personen
}).
hub-left = Dieser Schalter hat den Hub unter { $hub } verlassen; seine Kopie der Teilnehmerdaten bleibt, bis sie gelöscht wird.
hub-left-untold = Der Hub war nicht erreichbar: Seine Schalterliste zeigt diesen Schalter noch so, wie er sich zuletzt gemeldet hat.

settings-the-event = Die Veranstaltung
settings-desk-and-printing = Dieser Schalter und Drucken
settings-desk-name = Name dieses Schalters
settings-badge-layout = Badge-Layout für Schalter
settings-printer = Drucker (leer: Standarddrucker)
settings-print-at-check-in = Für alle Eingecheckten ein Badge drucken
settings-lobby-count = Auf dem Lobby-Bildschirm zeigen, wie viele eingecheckt sind
settings-sounds = Bei jeder Antwort an Schaltern und Kiosken einen kurzen Ton spielen
settings-kiosk-here = Diesen Schalter als Selbstbedienungs-Kiosk für Teilnehmende öffnen (ab dem nächsten Start; Strg+Alt+K und die PIN verlassen ihn)
settings-kiosk-search = An Kiosken dürfen Teilnehmende einchecken, indem sie ihre vollständige E-Mail-Adresse oder ihren Nachnamen und die letzten { $digits } Ziffern ihres Tickets eingeben
settings-camera = Kamera an diesem Computer
settings-mirror = Vorschau spiegeln
settings-camera-off = Keine Kamera (Scanner oder Tastatur)
settings-camera-first = Die erste gefundene Kamera
settings-camera-absent = { $device } (nicht angeschlossen)
settings-desk-language = Dieser Schalter spricht
settings-event-language = Kioske und Lobby sprechen
settings-several-days = Mehrtägige Veranstaltungen
settings-day-changes-at = Der Tag wechselt um
settings-day-passes = Tagestickets: Ticketart=Tage, z. B. Dienstagsticket=2018-07-10; Wochenende=2018-07-11,2018-07-12
settings-save = Einstellungen speichern
settings-saved = Gespeichert.
settings-day-passes-refused = Tagestickets: { $reason }.
settings-name-the-desk = Geben Sie diesem Schalter einen Namen, etwa „Schalter 1“.

event-name = Name der Veranstaltung
event-venue = Ort
event-first-day = Erster Tag (JJJJ-MM-TT)
event-last-day = Letzter Tag
event-time-zone = Zeitzone

layout-a4-8 = A4-Bögen, 8 Badges à 105 × 74 mm
layout-letter-6 = US-Letter-Bögen, 6 Badges à 4 × 3 Zoll
layout-label-62x100 = Etiketten 62 × 100 mm (62-mm-Etikettendrucker)
layout-label-4x3 = Etiketten 4 × 3 Zoll (Badge-Drucker)

badges-title = Badges
badges-layout = Layout
badges-which = Welche Badges
badges-everyone = Alle mit Zutritt
badges-not-printed-yet = Noch nicht gedruckt
badges-ticket-type = Ticketart: { $type }
badges-person = Teilnehmer { $id }
badges-count = { $count ->
    [one] 1 Badge
   *[other] { $count } Badges
} auf { $pages ->
    [one] 1 Seite
   *[other] { $pages } Seiten
}
badges-save = PDF speichern…
badges-print = Drucken
badges-making = Erstelle Badges: { $done } von { $total }
badges-preview = Vorschau
badges-no-preview = Kein Badge zum Anzeigen: kein Treffer.
badges-dialog-title = Badges als PDF speichern
badges-cannot-read = Liste nicht lesbar: { $error }.
badges-cannot-preview = Vorschau nicht darstellbar: { $error }.
badges-not-made = Badges nicht erstellt: { $error }.
badges-saved-to = in { $file } gespeichert
badges-sent-to = an { $printer } gesendet
badges-sent-default = an den Standarddrucker gesendet
badges-opened-viewer = im PDF-Viewer geöffnet ({ $file })
# $where ist eine der vier Nachrichten oben.
badges-made = { $count ->
    [one] 1 Badge
   *[other] { $count } Badges
} auf { $pages ->
    [one] 1 Seite
   *[other] { $pages } Seiten
} { $where }.
badges-missing-glyphs = Nicht gezeichnet (keine Schrift enthält sie): { $glyphs }

agenda-title = Agenda
agenda-reading = Agenda wird gelesen…
agenda-empty = Noch keine Agenda: mit frontdesk agenda import FILE importieren oder eine Session hinzufügen.
agenda-selected = Gewählte Session
agenda-session-title = Titel
agenda-rename = Umbenennen
agenda-delete = Löschen
agenda-delete-confirm = Zum Löschen erneut drücken
agenda-move = Verschieben
agenda-earlier = −{ $minutes } Min.
agenda-later = +{ $minutes } Min.
agenda-length = Dauer
agenda-shorter = { $minutes } Min. kürzer
agenda-longer = { $minutes } Min. länger
agenda-add-title = Session hinzufügen
agenda-speakers = Vortragende: Name, Firma; Name
agenda-room = Raum
agenda-day = Tag
agenda-day-hint = Tag (2018-07-09)
agenda-starts-at = Beginn
agenda-start-hint = Beginn (14:30)
agenda-minutes-long = Dauer in Minuten
agenda-minutes = Minuten
agenda-add = Hinzufügen
agenda-kind-talk = Vortrag
agenda-kind-keynote = Keynote
agenda-kind-break = Pause
agenda-kind-other = Sonstiges
agenda-needs-title = Eine Session braucht einen Titel.
# $minutes hat sein Vorzeichen: „+5“, „−15“.
agenda-moved = Um { $minutes } Min. verschoben.
agenda-lengthened = Dauer um { $minutes } Min. geändert.
agenda-renamed = Umbenannt.
agenda-deleted = Gelöscht.
agenda-added = „{ $title }“ hinzugefügt.

import-title = Anmeldungen importieren
import-reading-event = Veranstaltung wird gelesen…
import-reading-file = { $file } wird gelesen…
import-first-event = Zuerst Ihre Veranstaltung
import-replaces-sample = Diese Datenbank enthält die Beispielveranstaltung Spotify ML Day. Ihre Veranstaltung ersetzt sie: Die Anmeldungen des Beispiels, ihre Check-ins und seine Agenda werden entfernt.
import-why-event = Die Schalter, die Badges und der Lobby-Bildschirm zeigen den Namen der Veranstaltung; die Tage und die Zeitzone bestimmen, für welchen Tag ein Check-in zählt.
import-zone-hint = Die Zeitzone ist die dieses Computers: Ändern Sie sie, wenn die Veranstaltung anderswo stattfindet (Europe/Berlin, America/New_York).
import-replace-sample = Beispiel durch diese Veranstaltung ersetzen
import-save-event = Veranstaltung speichern und Liste wählen
import-back = Zurück
import-event-saved = { $event } ist gespeichert. Wählen Sie jetzt die Anmeldeliste.
import-event-saved-sample-gone = { $event } ist gespeichert und die Beispielveranstaltung entfernt ({ $registrants } Anmeldungen, { $check_ins } Check-ins und ihre Agenda gelöscht). Wählen Sie jetzt die Anmeldeliste von { $event }.
# $systems nennt die Ticketsysteme, die frontdesk liest.
import-choose-list = Wählen Sie die aus { $systems } exportierte Anmeldeliste (CSV oder tabulatorgetrennter Text).
import-system-spreadsheet = Tabellenkalkulation
import-choose-file = Datei wählen…
import-type-path = …oder den Pfad der Datei eingeben und Enter drücken
import-dialog-title = Anmeldeliste wählen
import-dialog-lists = Anmeldelisten (CSV, TSV, Text)
import-dialog-all = Alle Dateien
import-comma-separated = kommagetrennt
import-semicolon-separated = semikolongetrennt
import-tab-separated = tabulatorgetrennt
import-separated-by = getrennt durch „{ $mark }“
# „registrants.csv: Export aus Eventbrite, UTF-8, kommagetrennt, 320 Zeilen“.
import-file-summary = { $file }: Export aus { $system }, { $encoding }, { $separator }, { $rows } Zeilen
import-columns = Spalten
import-repeated-header = { $columns }: zweimal derselbe Name. Nur die erste wird verwendet, außer Sie wählen ein Feld für die anderen.
import-first-rows = Die ersten Zeilen, wie sie importiert werden
import-same-name-as = gleicher Name wie Spalte { $column }: wählen Sie, was sie enthält
import-detected = erkannt: { $field }
import-not-recognised = nicht erkannt
import-example = z. B. { $value }
import-empty-column = leer in den ersten Zeilen
import-no-header = (keine Überschrift)
import-reading-rows = Erste Zeilen werden gelesen…
import-column-row = Zeile
import-column-code = Code
import-row-skipped = übersprungen: { $reason }
import-field-first-name = Vorname
import-field-last-name = Nachname
import-field-full-name = vollständiger Name
import-field-email = E-Mail
import-field-company = Firma
import-field-title = Position
import-field-ticket-type = Ticketart
import-field-code = Code
import-field-status = Status
import-field-ignore = ignorieren
import-import = Importieren
import-reading-whole = Ganze Datei wird gelesen…
import-importing = Importiere: { $done } von { $total } Personen
import-cancelling = Breche ab…
import-cancel = Abbrechen
import-cancelled = Import abgebrochen: Nichts wurde geändert.
import-imported = { $file } importiert
# $count ist bereits ausgeschrieben, mit getrennten Tausendern („1,024“).
import-added = { $count } hinzugefügt
import-updated = { $count } aktualisiert
import-unchanged = { $count } unverändert
import-not-admitted = { $count } ohne Zutritt (stornierte oder erstattete Tickets)
import-missing = Aus früheren Importen fehlen in dieser Datei: { $count }
import-row-note = Zeile { $row }: { $note }
# $count ist die Zahl, $shown dieselbe Zahl ausgeschrieben („1,024“).
import-rows = { $count ->
    [one] 1 Zeile
   *[other] { $shown } Zeilen
}
import-skipped = { $rows } übersprungen
import-with-note = { $rows } mit Hinweis importiert
import-skipped-rows = Übersprungene Zeilen
import-noted-rows = Mit Hinweis importiert
import-more = und { $rows } weitere
import-another = Weitere Datei importieren…
import-done = Fertig

## Warum ein Formular abgelehnt wird: die Veranstaltung, ein Tagesticket, eine neue Session

event-error-blank-name = Geben Sie der Veranstaltung einen Namen.
event-error-zone = „{ $zone }“ ist keine Zeitzone; verwenden Sie einen Namen wie Europe/Stockholm oder America/New_York.
event-error-first-day = Der erste Tag „{ $text }“ ist kein Datum; geben Sie ihn als 2018-07-09 ein.
event-error-last-day = Der letzte Tag „{ $text }“ ist kein Datum; geben Sie ihn als 2018-07-09 ein.
event-error-day-change = „{ $text }“ ist keine Uhrzeit für den Tageswechsel; geben Sie sie als 04:00 ein (eine Uhrzeit zwischen 00:00 und 12:00).
event-error-ends-before = Der letzte Tag ({ $last }) liegt vor dem ersten Tag ({ $first }).
day-pass-error-no-equals = „{ $text }“ ist kein Tagesticket; schreiben Sie die Ticketart, = und ihre Tage, z. B. „Dienstagsticket=2018-07-10“ (mehrere Tage durch Kommas getrennt)
day-pass-error-no-ticket-type = Ein Tagesticket braucht eine Ticketart vor dem =, wie in „Dienstagsticket=2018-07-10“
day-pass-error-date = „{ $text }“ im Tagesticket für { $type } ist kein Datum; geben Sie es als 2018-07-10 ein
day-pass-error-outside = { $day } ist kein Tag der Veranstaltung ({ $first } bis { $last }); geben Sie { $type } einen Tag, an dem die Veranstaltung stattfindet, oder ändern Sie zuerst die Daten der Veranstaltung
session-error-blank-title = Geben Sie der neuen Session einen Titel.
session-error-blank-room = Geben Sie an, in welchem Raum die neue Session stattfindet.
session-error-day = „{ $text }“ ist kein Tag; geben Sie ihn als 2018-07-09 ein.
session-error-time = „{ $text }“ ist keine Uhrzeit; geben Sie sie als 14:30 ein.
session-error-length = „{ $text }“ ist keine Dauer in Minuten.
session-error-no-such-time = { $time } gibt es am { $date } nicht (Zeitumstellung).
session-error-ends-before = „{ $title }“ würde nicht nach ihrem Beginn enden; geben Sie ihr ein Ende nach dem Beginn

## Warum ein Import eine Zeile übersprungen oder mit einem Hinweis versehen hat

note-empty-row = leere Zeile
note-totals-row = sieht aus wie eine Summenzeile
note-no-name = kein Name
# $why ist eine der note-why-Nachrichten unten.
note-same-as = dieselbe Person wie Zeile { $row } ({ $why })
note-why-code = gleicher Ticket-Code
note-why-email = gleiche E-Mail-Adresse
note-why-name = gleicher Name, keine Firma oder E-Mail-Adresse zur Unterscheidung
note-why-name-and-company = gleicher Name und gleiche Firma
note-shares-email = hat dieselbe E-Mail-Adresse wie Zeile { $row }, aber nicht denselben Namen; als eigene Person importiert
note-not-an-email = „{ $text }“ sieht nicht wie eine E-Mail-Adresse aus; importiert, aber nicht für den Abgleich nutzbar
note-unknown-status = der Status „{ $status }“ ist frontdesk unbekannt; als zugelassen importiert
# $values sind die Werte selbst, jeder in Anführungszeichen.
note-stray-values = { $count ->
    [one] 1 Wert
   *[other] { $count } Werte
} ohne Spaltenüberschrift ignoriert: { $values }
note-updated-twice = entspricht einer Person, die bereits aus einer früheren Zeile aktualisiert wurde; nur einmal importiert

## Was ein erneuter Import behielt, eine doppelte Spalte, ein doppelter Einlass zwischen Schaltern

import-corrections-kept = { $count ->
    [one] 1 Korrektur
   *[other] { $count } Korrekturen
} aus frontdesk behalten
# $field ist der Name eines Feldes (walk-in-first-name…); die Werte sind die der Datei und der Korrektur.
import-correction-replaced = { $field } ist jetzt „{ $imported }“ wie in der Datei; es war zu „{ $corrected }“ korrigiert worden
# „E-Mail“ (Spalten 3 und 7); $columns sind alle Nummern außer der letzten, durch Kommas getrennt.
import-repeated-columns = „{ $header }“ (Spalten { $columns } und { $last })
# „Ada Lovelace (2018-07-09): offline doppelt eingelassen: Desk 2 09:14, Desk 4 09:16 (verspätet)“.
desks-conflict = { $name } ({ $day }): offline doppelt eingelassen: { $scans }
desks-conflict-scan = { $desk } { $time }
desks-conflict-scan-late = { $desk } { $time } (verspätet)

## Warum etwas nicht ging: die Datenbank, eine Datei, der Hub, die PIN, Badges
# Das sind Satzteile, die die Bildschirme nach „Nicht gespeichert: “ und Ähnlichem einsetzen oder
# allein mit großem Anfangsbuchstaben und Punkt zeigen: Sie beginnen klein (außer die Sprache
# schreibt das Wort groß) und enden ohne Punkt. $detail sind die Worte des Computers selbst, oft
# auf Englisch; $file und $folder sind Orte auf dem Datenträger.

store-error-database = die Veranstaltungsdatenbank meldet ein Problem: { $detail }
store-error-busy = die Veranstaltungsdatenbank ist belegt: Ein anderer Schalter oder ein anderes Programm schreibt gerade hinein; versuchen Sie es gleich noch einmal
store-error-create-folder = der Ordner { $folder } für die Veranstaltungsdatenbank lässt sich nicht anlegen ({ $detail })
store-error-too-new = diese Datenbank wurde von einem neueren frontdesk geschrieben (Schema { $found }, dieses kennt { $known }); aktualisieren Sie frontdesk, bevor Sie sie öffnen
store-error-schema-damaged = { $file } gibt Schemaversion { $found } an, die nicht zum Inhalt passt: Die Datei ist beschädigt oder wurde von einem anderen Programm verändert; stellen Sie eine Kopie aus einer Sicherung wieder her oder importieren Sie die Anmeldeliste erneut in eine neue Datenbank
store-error-damaged = { $file } ist beschädigt ({ $detail }); stellen Sie eine Kopie aus einer Sicherung wieder her oder importieren Sie die Anmeldeliste erneut in eine neue Datenbank
store-error-not-a-database = { $file } ist keine frontdesk-Datenbank ({ $detail }); öffnen Sie eine andere Datei oder importieren Sie die Anmeldeliste in eine neue Datenbank
store-error-no-database = unter { $file } gibt es keine Veranstaltungsdatenbank; importieren Sie eine Anmeldeliste oder geben Sie einer Veranstaltung einen Namen, um eine anzulegen
store-error-bad-time-zone = die Zeitzone der Veranstaltung in der Datenbank, „{ $value }“, ist nicht lesbar; legen Sie sie in der Konsole unter „Einstellungen“ erneut fest
store-error-bad-first-day = der erste Tag der Veranstaltung in der Datenbank, „{ $value }“, ist nicht lesbar; legen Sie ihn in der Konsole unter „Einstellungen“ erneut fest
store-error-bad-last-day = der letzte Tag der Veranstaltung in der Datenbank, „{ $value }“, ist nicht lesbar; legen Sie ihn in der Konsole unter „Einstellungen“ erneut fest
store-error-bad-day-change = die Uhrzeit des Tageswechsels der Veranstaltung in der Datenbank, „{ $value }“, ist nicht lesbar; legen Sie sie in der Konsole unter „Einstellungen“ erneut fest
# $reason ist, warum der Text keine Liste von Tagestickets ist.
store-error-bad-day-passes = die Tagestickets in der Datenbank, „{ $value }“, sind nicht lesbar ({ $reason }); legen Sie sie in der Konsole unter „Einstellungen“ erneut fest
store-error-no-session = diese Session steht nicht mehr in der Agenda (vielleicht wurde sie an einem anderen Schalter gelöscht)
store-error-session-ends-before-start = „{ $title }“ würde nicht nach ihrem Beginn enden; geben Sie ihr ein Ende nach dem Beginn
store-error-disk-full = der Datenträger mit { $file } ist voll: Geben Sie dort Speicherplatz frei (oder verschieben Sie die Datenbank auf einen anderen Datenträger) und versuchen Sie es erneut; nichts wurde geändert
store-error-backup = die Sicherung { $file } lässt sich nicht schreiben ({ $detail })
store-error-read-only-disk = { $file } liegt auf einem schreibgeschützten Datenträger: Die Datei lässt sich lesen, aber nicht ändern; kopieren Sie sie auf einen beschreibbaren Datenträger und öffnen Sie die Kopie
store-error-folder-not-writable = { $file } liegt in einem Ordner, in den dieser Benutzer nicht schreiben darf: Die Datei lässt sich lesen, aber nicht ändern; geben Sie dem Benutzer dort Schreibrechte oder kopieren Sie die Datei an einen anderen Ort und öffnen Sie die Kopie
store-error-no-attendee = diese Person steht nicht mehr in der Liste (vielleicht wurde sie an einem anderen Schalter entfernt)
store-error-empty-name = eine Person braucht einen Vor- oder Nachnamen; beide sind leer
store-error-sample-event = diese Datenbank enthält die Beispielveranstaltung Spotify ML Day; geben Sie zuerst Ihrer eigenen Veranstaltung einen Namen (das entfernt die Anmeldungen, Check-ins und die Agenda des Beispiels)
store-error-sample-on-hub = der Hub dieses Schalters enthält die Beispielveranstaltung, daher ließe ein Ersetzen nur hier die Personen des Beispiels auf dem Hub und an den anderen Schaltern zurück; löschen Sie zuerst die Teilnehmerdaten und geben Sie dann der Veranstaltung einen Namen
store-error-cancelled = der Import wurde abgebrochen; die Datenbank ist unverändert
store-error-bad-hub-data = der Hub hat Daten gesendet, die dieser Schalter nicht verwenden kann: { $detail }
store-error-not-empty = diese Datenbank enthält bereits eine Veranstaltung ({ $people ->
    [one] 1 Person
   *[other] { $people } Personen
}); ein Schalter tritt einem Hub mit einer neuen Datenbank bei

hub-error-bad-address = die Adresse des Hubs ist nicht verwendbar: { $detail }
hub-error-unreachable = der Hub unter { $host } ist nicht erreichbar: { $detail }
hub-error-untrusted = der Hub unter { $host } hat ein Zertifikat vorgelegt, dem dieser Schalter nicht vertraut ({ $detail }); prüfen Sie, ob sslrootcert in der Adresse des Hubs eine Kopie des Hub-Zertifikats ist, ausgestellt für diesen Host
hub-error-refused = der Hub unter { $host } hat diesen Schalter abgewiesen: { $detail }
hub-error-tls = die sichere Verbindung zum Hub ist fehlgeschlagen: { $detail }
hub-error-address-file = die Datei { $file }, in der dieser Schalter die Adresse seines Hubs speichert, ist nicht verwendbar ({ $detail })
hub-error-certificate = das Zertifikat des Hubs, { $file } (sslrootcert in der Adresse des Hubs), ist nicht lesbar: { $detail }
# $desks sind die Namen der Schalter, durch Kommas getrennt.
hub-error-desks-waiting = nicht gelöscht: An { $desks } waren beim letzten Kontakt mit dem Hub noch Scans ausstehend, die ein Löschen jetzt verloren gehen ließe; lassen Sie diese Schalter zuerst abgleichen (oder den Hub verlassen)
hub-error-not-joined = diese Datenbank ist kein Schalter eines Hubs; treten Sie zuerst einem Hub bei
hub-error-needs-hub = diese Änderung braucht den Hub unter { $host }, der nicht erreichbar ist; versuchen Sie es erneut, sobald der Schalter anzeigt, dass er online ist
hub-error-other-event = der Hub unter { $host } enthält jetzt eine andere Veranstaltung („{ $name }“), und die Kopie dieses Schalters stammt von einer früheren; verlassen Sie den Hub und treten Sie ihm erneut bei
hub-error-scans-waiting = { $pending ->
    [one] 1 Scan dieses Schalters hat
   *[other] { $pending } Scans dieses Schalters haben
} den Hub noch nicht erreicht; gleichen Sie ab, sobald er erreichbar ist, und verlassen Sie ihn dann (oder verlassen Sie ihn und löschen Sie diese Kopie)
hub-error-hub = der Hub meldet ein Problem: { $detail }
hub-error-too-new = der Hub wurde von einem neueren frontdesk eingerichtet (Hub-Schema { $found }, dieses kennt { $known }); aktualisieren Sie frontdesk an diesem Schalter
hub-error-holds-another-event = der Hub enthält bereits eine andere Veranstaltung, „{ $name }“; treten Sie ihm bei oder ersetzen Sie sie durch die Veranstaltung dieser Datenbank
hub-error-empty = der Hub enthält noch keine Veranstaltung; starten Sie ihn zuerst mit der Datenbank des Veranstalters
hub-error-bad-backup = dies ist keine Hub-Sicherung, die frontdesk wiederherstellen kann: { $detail }
hub-error-bad-row = der Hub hat eine Zeile gesendet, die dieser Schalter nicht lesen kann: { $detail }

pin-error-too-short = die PIN muss mindestens { $digits } Ziffern haben
pin-error-too-long = die PIN darf höchstens { $digits } Ziffern haben
pin-error-not-digits = die PIN darf nur aus Ziffern (0–9) bestehen, ohne Leerzeichen oder Buchstaben
pin-error-not-set = es ist noch keine Veranstalter-PIN festgelegt; legen Sie zuerst eine fest
pin-error-damaged = die gespeicherte Veranstalter-PIN ist beschädigt; legen Sie eine neue fest
pin-error-hash = die PIN lässt sich nicht speichern: { $detail }

badge-error-fonts = die mitgelieferten Badge-Schriften sind nicht lesbar; diese Kopie von frontdesk ist beschädigt, installieren Sie es neu
badge-error-qr = aus { $code } lässt sich kein QR-Code erzeugen: { $detail }
badge-error-page-size = das Seitenformat der Badges ist ungültig
badge-error-pdf = das Badge-PDF lässt sich nicht schreiben: { $detail }
badge-error-png = ein Badge-PNG lässt sich nicht schreiben: { $detail }

file-error-write = { $file } lässt sich nicht schreiben: { $detail }
file-error-exists = { $file } existiert bereits; frontdesk überschreibt keine vorhandenen Dateien
file-error-unreadable = { $file } konnte nicht gelesen werden ({ $detail }); wählen Sie eine andere Datei
export-error-write = der Export lässt sich nicht schreiben: { $detail }
sample-error-damaged = die eingebaute Beispielveranstaltung ist beschädigt ({ $detail }); installieren Sie frontdesk neu
setting-error-read = { $file } ist nicht lesbar: { $detail }
setting-error-camera-line = Zeile { $line } von { $file } lautet „{ $text }“, das ist weder camera=off|auto|DEVICE noch mirror=on|off; korrigieren Sie die Zeile oder löschen Sie die Datei
setting-error-no-folder-camera = dieser Computer hat keinen Konfigurationsordner (kein Home-Verzeichnis), in dem die Kamerawahl gespeichert werden kann
setting-error-no-folder-language = dieser Computer hat keinen Konfigurationsordner (kein Home-Verzeichnis), in dem die Sprache gespeichert werden kann
camera-error-no-camera = keine Kamera gefunden (kein Videogerät in /dev)
camera-error-open = die Kamera { $device } lässt sich nicht öffnen: { $detail }
camera-error-no-yuyv = die Kamera { $device } liefert keine YUYV-Bilder (sie liefert { $formats }); wählen Sie eine andere Kamera
camera-error-capture = die Kamera { $device } liefert keine Bilder mehr: { $detail }
camera-error-not-linux = Webcams werden bisher nur unter Linux gelesen
camera-error-frames-folder = die Kamerabilder in { $folder } lassen sich nicht lesen: { $detail }
camera-error-no-frames = { $folder } enthält keine PNG-Bilder: geben Sie einen Ordner mit .png-Dateien an, eine je Bild
camera-error-frame = das Bild { $file } lässt sich nicht lesen: { $detail }
error-worker-stopped = die Verarbeitung hinter diesem Bildschirm wurde unerwartet beendet; versuchen Sie es erneut
# Was der Empfang sagt, wenn die Datenbank nicht antwortet; $error ist einer der Satzteile oben.
desk-database-problem = Die Veranstaltungsdatenbank hat nicht geantwortet: { $error }. Versuchen Sie es erneut; wenn es weiter fehlschlägt, rufen Sie einen Veranstalter.

## Warum nichts importiert wurde: ganze Sätze, jeder nennt die Datei und was zu tun ist

import-error-empty = { $file } ist leer; exportieren Sie die Anmeldeliste erneut und wählen Sie die neue Datei.
import-error-too-large = { $file } ist { $megabytes } MB groß; frontdesk importiert Anmeldelisten bis 64 MB (etwa eine halbe Million Personen). Exportieren Sie eine Liste pro Veranstaltung oder teilen Sie die Datei und importieren Sie die Teile nacheinander.
import-error-not-text = { $file } ist keine Textdatei; exportieren Sie die Anmeldeliste als CSV.
import-error-workbook = { $file } ist eine Arbeitsmappe einer Tabellenkalkulation, keine CSV-Datei; speichern Sie sie in Ihrer Tabellenkalkulation als „CSV UTF-8“ und importieren Sie diese Datei.
# $encoding ist der Name einer Textkodierung (windows-1252).
import-error-undecodable = { $file } beginnt als { $encoding }-Text, enthält aber Bytes, die nicht dazu passen; speichern Sie die Datei erneut als „CSV UTF-8“ und importieren Sie diese Datei.
# $columns sind die doppelten Spaltenüberschriften, jede in Anführungszeichen.
import-error-repeated-columns = { $file } hat Spalten mit demselben Namen: { $columns }. Nur die jeweils erste würde gelesen und die Werte der anderen verworfen; benennen Sie sie in der Datei um oder wählen Sie im Import-Assistenten, was jede enthält.
import-error-damaged-utf8-line = { $file } ist UTF-8-Text, aber Zeile { $line } enthält Bytes, die kein UTF-8 sind: Anders gelesen, würden alle Namen mit Akzenten oder Umlauten verstümmelt. Korrigieren Sie diese Zeile (oder speichern Sie die Liste erneut als „CSV UTF-8“) und importieren Sie die Datei erneut.
# $lines sind Zeilennummern, durch Kommas getrennt: „12, 40“.
import-error-damaged-utf8-lines = { $file } ist UTF-8-Text, aber die Zeilen { $lines } und { $last } enthalten Bytes, die kein UTF-8 sind: Anders gelesen, würden alle Namen mit Akzenten oder Umlauten verstümmelt. Korrigieren Sie diese Zeilen (oder speichern Sie die Liste erneut als „CSV UTF-8“) und importieren Sie die Datei erneut.
import-error-damaged-utf8-more = { $file } ist UTF-8-Text, aber die Zeilen { $lines } und { $more } weitere enthalten Bytes, die kein UTF-8 sind: Anders gelesen, würden alle Namen mit Akzenten oder Umlauten verstümmelt. Korrigieren Sie diese Zeilen (oder speichern Sie die Liste erneut als „CSV UTF-8“) und importieren Sie die Datei erneut.
import-error-header-only = { $file } hat Spaltenüberschriften, aber keine Zeilen mit Anmeldungen; prüfen Sie, ob der Export die Teilnehmenden enthält, und versuchen Sie es erneut.
# $found sind die Spaltenüberschriften der Datei, jede in Anführungszeichen.
import-error-no-name-column = { $file } hat keine Spalte mit den Namen der Angemeldeten (gefundene Spalten: { $found }); wählen Sie im Import-Assistenten, welche Spalte die Namen enthält.
import-no-headers = keine
import-error-unreadable = { $file } konnte in Zeile { $row } nicht gelesen werden ({ $detail }); speichern Sie die Datei erneut als CSV und versuchen Sie es noch einmal.
# $error ist einer der Satzteile oben.
import-nothing-imported = Es wurde nichts importiert: { $error }.
