# frontdesk:s ord på svenska, översatta från en.ftl.
# Ett meddelande per rad: `id = text`; { $name } fylls i av programmet; pluralformer skrivs
# som ett val på talet ({ $count -> [one] ... *[other] ... }).
# Programmet hämtar ett meddelande via dess id; testerna fallerar om ett språk saknar ett
# eller tappar någon av dess { $placeables }.

## Datum: ”måndag 9 juli”

weekday-1 = måndag
weekday-2 = tisdag
weekday-3 = onsdag
weekday-4 = torsdag
weekday-5 = fredag
weekday-6 = lördag
weekday-7 = söndag
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
# $weekday och $month är orden ovan; $day är dagen i månaden (9).
date-long = { $weekday } { $day } { $month }
# En dag i ett evenemang över flera dagar, i början av en rad.
event-day = Dag { $number } av { $days }

## Personalens disk

desk-code-hint = Skanna bricka eller biljett, eller skriv ett namn
desk-count = { $checked_in } / { $admitted } incheckade
# $day är event-day (”Dag 2 av 3”).
desk-count-today = { $day } · { $checked_in } / { $admitted } incheckade i dag
desk-hub-online = Hub: online
desk-hub-sending = Skickar { $count ->
    [one] 1 skanning
   *[other] { $count } skanningar
} till hubben
desk-hub-offline = Offline: { $count ->
    [one] 1 skanning
   *[other] { $count } skanningar
} väntar
desk-checking = Kontrollerar…
desk-problem = Något gick fel
desk-idle-scan = Skanna bricka eller biljett
desk-idle-type = eller skriv ditt namn
desk-nobody-found = Ingen träff på ”{ $query }”
desk-nobody-found-hint = Kontrollera stavningen, prova efternamnet eller lägg till en ny deltagare (Ctrl+N).
desk-search-keys = ↑ ↓ välj · Enter checkar in · Esc rensar
desk-row-checked-in = incheckad kl. { $time } vid { $desk }
desk-row-not-admitted = ej tillträde: { $reason }
desk-row-not-yet = inte incheckad än
desk-undo-question = Ångra incheckningen?
desk-undo-checked-in = incheckad kl. { $time } vid { $desk }
desk-undo-keys = Enter: ångra · Esc: behåll
desk-recent-title = Denna disk
desk-recent-none = Inga incheckningar vid denna disk än.
desk-recent-undone = { $name } (ångrad)
desk-undo-last = Ångra senaste (Ctrl+Z)
desk-new-attendee = Ny deltagare (Ctrl+N)
desk-offline-mark = offline: avgjort vid denna disk
desk-print = Skriv ut bricka (Ctrl+P)
desk-printing = Skriver ut brickan…
desk-print-again = Skriv ut igen
desk-not-printed = Ej utskriven: { $problem }
desk-print-retry = Försök igen
desk-printed = Brickan skickades till { $printer }
desk-printed-viewer = Brickan öppnades i PDF-visaren ({ $file })
desk-printed-default = Brickan skickades till standardskrivaren
desk-camera-failed = Kameran ger ingen bild: { $reason }
desk-backup-failed = Automatisk kopia av databasen misslyckades: { $error }
desk-nothing-to-undo = Inget att ångra: ingen incheckning vid { $desk } gäller längre.
desk-camera-off = Kameran är avstängd: { $error }
desk-sample-notice = Detta är exempelevenemanget: databasen var tom, så { $count } anmälda till Spotify ML Day lästes in. Starta ditt eget evenemang: öppna konsolen (Ctrl+O) och välj Import. Ditt evenemang ersätter exemplet.

## Svaret vid personalens disk: en rubrik, sedan detaljer

verdict-welcome = Välkommen
verdict-welcome-back = Välkommen tillbaka
verdict-already = Redan incheckad
verdict-already-today = Redan incheckad i dag
# När och var personen först checkades in: ”kl. 09:12 vid Disk 2”.
verdict-already-detail = kl. { $time } vid { $desk }
verdict-not-admitted = Ej tillträde
verdict-typo = Kontrollera koden
verdict-typo-detail = Koden har ett skrivfel: ett tecken är fel eller två har bytt plats. Skanna igen eller skriv om den.
verdict-unknown = Okänd kod
verdict-unknown-detail = Sök på namn: skriv det i fältet ovan.
verdict-walk-in = Ny deltagare, brickkod { $code }
verdict-undone = Incheckning ångrad
verdict-undone-detail = Loggen sparar både incheckningen och ångringen.
verdict-not-checked-in = Inte incheckad
verdict-not-checked-in-detail = Det fanns ingen incheckning att ångra.
verdict-nothing-undone = Inget ångrat
verdict-nothing-undone-detail = Personen kunde inte hittas.

## Formuläret för nya deltagare vid personalens disk

walk-in-title = Ny deltagare
walk-in-first-name = Förnamn
walk-in-last-name = Efternamn
walk-in-email = E-post
walk-in-company = Företag
walk-in-ticket-type = Biljettyp
walk-in-saving = Sparar…
walk-in-save = Spara och checka in (Enter)
walk-in-cancel = Avbryt (Esc)
walk-in-no-name = Skriv minst ett förnamn eller ett efternamn.
walk-in-not-an-email = ”{ $text }” är ingen e-postadress; rätta den eller lämna fältet tomt.
walk-in-not-saved = Ej sparad: { $error }

## Självbetjäningskiosken: deltagarna läser dessa

kiosk-welcome = Välkommen
kiosk-welcome-name = Välkommen, { $name }
kiosk-welcome-back = Välkommen tillbaka
kiosk-welcome-back-name = Välkommen tillbaka, { $name }
kiosk-already = Du är redan incheckad
kiosk-already-detail = Var det inte du? Fråga i receptionen.
kiosk-see-staff = Vänd dig till receptionen
kiosk-see-staff-detail = Vår personal hjälper dig att checka in.
kiosk-scan-again = Skanna igen, tack
kiosk-scan-again-detail = Koden gick inte att läsa. Håll den stilla, en handsbredd från skannern.
kiosk-badge-printing = Din bricka skrivs ut.
kiosk-checked-in = Du är incheckad. Ha en trevlig dag!
kiosk-collect-badge = Hämta din bricka i receptionen.
kiosk-one-moment = Ett ögonblick…
kiosk-cannot = Kiosken kan inte checka in dig just nu.
kiosk-prompt = Skanna QR-koden på din biljett
kiosk-prompt-hint = Håll den under skannern.
# $digits är hur många av biljettens sista siffror som ska skrivas (4).
kiosk-prompt-hint-search = Ingen kod att skanna? Skriv din e-postadress, eller ditt efternamn och biljettens sista { $digits } siffror, och tryck på Enter.
kiosk-field = Skanna din biljett
kiosk-field-search = Skanna biljetten eller skriv din e-postadress
kiosk-attract = Skanna biljetten och checka in

## Arrangörens PIN-kod, som krävs före arrangörens skärmar och för att lämna kiosken

lock-organizers-only = Endast för arrangörer
lock-enter-hint = Skriv arrangörens PIN-kod och tryck på Enter.
lock-choose = Välj en PIN-kod för arrangörer
lock-choose-hint = 4 till 12 siffror. Den låser konsolen, brickorna, agendan och inställningarna; personal vid disken och deltagare kan inte öppna dem utan den.
lock-pin = PIN-kod
lock-pin-again = Samma PIN-kod igen
lock-unlock = Lås upp
lock-save-and-open = Spara PIN-koden och öppna
lock-back-to-desk = Tillbaka till disken (Esc)
lock-back-to-kiosk = Tillbaka till kiosken
lock-leave-kiosk = Arrangörer: skriv PIN-koden för att lämna kiosken.
lock-kiosk-needs-pin = Kiosken behöver en PIN-kod för arrangörer innan deltagarna använder den: det är med den som en arrangör kan lämna kiosken.
lock-pins-differ = De två PIN-koderna skiljer sig åt; skriv samma PIN-kod två gånger.
lock-wrong = Fel PIN-kod. Försök igen.
# $wait är lock-seconds eller lock-minutes.
lock-wrong-wait = Fel PIN-kod. Försök igen om { $wait }.
lock-too-many = För många felaktiga PIN-koder: vänta { $wait } innan nästa försök.
lock-seconds = { $count ->
    [one] 1 sekund
   *[other] { $count } sekunder
}
lock-minutes = { $count ->
    [one] 1 minut
   *[other] { $count } minuter
}

## Lobbyskärmen: besökarna läser dessa från andra sidan rummet

lobby-opening = Öppnar programmet…
lobby-cannot-read = Kan inte läsa evenemangets databas: { $error }
lobby-checked-in = { $count ->
    [one] 1 person incheckad
   *[other] { $count } personer incheckade
}
lobby-welcome = Välkommen
lobby-programme-soon = Programmet visas här.
lobby-doors-open = Insläpp kl. { $time }
lobby-back-at = Tillbaka kl. { $time }
lobby-first = Först
lobby-next = Härnäst
lobby-now = Nu
lobby-break = Paus
lobby-nothing-now = Inget just nu
lobby-rooms-page = Salar { $page }/{ $pages }
lobby-thank-you = Tack för att du kom!
# $day är lobby-today, lobby-tomorrow eller lobby-on-day.
lobby-see-you = Vi ses { $day }: insläpp kl. { $time }
lobby-safe-travels = Trevlig hemresa!
# $left är lobby-minutes eller lobby-hours-minutes; $end en tid på dagen.
lobby-time-left = { $left } kvar · till { $end }
lobby-minutes = { $minutes } min
# $minutes har två siffror: ”1 h 05 min”.
lobby-hours-minutes = { $hours } h { $minutes } min
# $duration är lobby-minutes eller lobby-hours-minutes.
lobby-in = om { $duration }
lobby-starting-now = nu
lobby-today = i dag
lobby-tomorrow = i morgon
# $date är date-long.
lobby-on-day = på { $date }
lobby-today-heading = I dag
lobby-window-title = { $event } — lobby
