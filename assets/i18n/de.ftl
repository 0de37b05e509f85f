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
desk-printed = Badge an { $printer } gesendet
desk-printed-viewer = Badge im PDF-Viewer geöffnet ({ $file })
desk-printed-default = Badge an den Standarddrucker gesendet
desk-camera-failed = Die Kamera liefert keine Bilder: { $reason }
desk-backup-failed = Automatische Sicherung der Datenbank fehlgeschlagen: { $error }
desk-nothing-to-undo = Nichts rückgängig zu machen: an { $desk } gilt kein Check-in mehr.
desk-camera-off = Die Kamera ist aus: { $error }
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
walk-in-not-saved = Nicht gespeichert: { $error }

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
lobby-cannot-read = Veranstaltungsdatenbank nicht lesbar: { $error }
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
