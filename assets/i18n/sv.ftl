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
weekday-short-1 = mån
weekday-short-2 = tis
weekday-short-3 = ons
weekday-short-4 = tors
weekday-short-5 = fre
weekday-short-6 = lör
weekday-short-7 = sön
month-short-1 = jan
month-short-2 = feb
month-short-3 = mars
month-short-4 = apr
month-short-5 = maj
month-short-6 = juni
month-short-7 = juli
month-short-8 = aug
month-short-9 = sep
month-short-10 = okt
month-short-11 = nov
month-short-12 = dec
# En dag på en knapp: ”mån 9 juli”.
date-short = { $weekday } { $day } { $month }
# Mellan grupper om tre siffror: 12 345.
number-thousands =  
# De två sista i en lista: "Eventbrite, Tito eller Luma".
list-or = { $items } eller { $last }
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
print-error-nothing = ingen skrivare och ingen PDF-visare hittades; spara PDF:en och skriv ut den från en annan dator
print-error-refused = skrivaren vägrade ta emot brickan: { $reason }
desk-printed = Brickan skickades till { $printer }
desk-printed-viewer = Brickan öppnades i PDF-visaren ({ $file })
desk-printed-default = Brickan skickades till standardskrivaren
desk-camera-failed = Kameran ger ingen bild: { $reason }.
desk-backup-failed = Automatisk kopia av databasen misslyckades: { $error }.
desk-nothing-to-undo = Inget att ångra: ingen incheckning vid { $desk } gäller längre.
desk-camera-off = Kameran är avstängd: { $error }.
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
walk-in-not-saved = Ej sparad: { $error }.

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
lobby-cannot-read = Kan inte läsa evenemangets databas: { $error }.
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

## Arrangörens skärmar: konsolen, importguiden, brickorna, agendaredigeraren

app-opening = Öppnar evenemanget…
app-cannot-open = Kan inte öppna evenemangets databas { $file }: { $error }.

console-tab-dashboard = Översikt
console-tab-import = Import
console-tab-export = Export
console-tab-settings = Inställningar
console-tab-desks = Diskar & synk
console-tab-erase = Radera
console-badges = Brickor…
console-agenda = Agenda…
console-lock = Lås (Esc)

dashboard-counting = Räknar…
dashboard-registered = anmälda
dashboard-admitted = med tillträde
dashboard-checked-in = incheckade
dashboard-arrivals = Ankomster per 10 minuter, med programpunkternas start
dashboard-no-check-ins = Inga incheckningar än.
dashboard-by-ticket-type = Biljettyp: incheckade / med tillträde (anmälda)
dashboard-desks = Diskar
dashboard-latest = Senaste
dashboard-activity-check-in = { $name } — incheckad vid { $desk }
dashboard-activity-undo = { $name } — incheckning ångrad vid { $desk }
dashboard-activity-walk-in = { $name } — ny deltagare tillagd vid { $desk }
dashboard-activity-edit = { $name } — uppgifter rättade vid { $desk }
dashboard-today = I dag
# $day är event-day (”Dag 2 av 3”).
dashboard-came-before = { $day }: { $count } kom en tidigare dag och är inte här än
dashboard-not-arrived = Inte anlända än
dashboard-everyone = Alla
dashboard-came-earlier = Kom tidigare
dashboard-search = Sök på namn, företag eller e-post
dashboard-nobody-matches = Ingen träff.
dashboard-edit-code = Redigera: brick- eller biljettkod
dashboard-find = Hitta
dashboard-edit = Redigera
dashboard-correct = Rätta { $name } ({ $code })
dashboard-save = Spara
dashboard-reprint = Skriv ut igen
dashboard-undo = Ångra incheckning
dashboard-close = Stäng
dashboard-no-such-code = Ingen har brick- eller biljettkoden { $code }.
dashboard-saved = { $name } sparad; ändringen loggas.
dashboard-undone = Incheckningen ångrad; loggen sparar båda posterna.
dashboard-printing = Skriver ut brickan för { $name }…
dashboard-not-printed = Brickan skrevs inte ut: { $error }.

export-about = Rapporter som CSV-filer för kalkylblad: UTF-8 med BOM (byte order mark), värden som liknar formler neutraliseras.
export-check-ins = Exportera incheckningsrapport…
export-attendees = Exportera deltagarlista…
export-or-folder = Eller spara båda i den här mappen:
export-folder = Mapp
export-check-ins-here = Spara incheckningsrapporten här
export-attendees-here = Spara deltagarlistan här
export-dialog-title = Spara rapporten
export-wrote-log = Skrev { $count ->
    [one] 1 loggpost
   *[other] { $count } loggposter
} till { $file }.
export-wrote-attendees = Skrev { $count ->
    [one] 1 deltagare
   *[other] { $count } deltagare
} till { $file }.
export-cannot-write = Kan inte skriva { $file }: { $error }.

erase-title = Radera deltagardata
erase-about = Raderar alla deltagare, biljettkoder, rättelser och incheckningsloggen, och komprimerar sedan databasen så att inget kan återskapas ur filen. Evenemanget, agendan och inställningarna finns kvar.
erase-export-first = Spara incheckningsrapporten och deltagarlistan först
# Det arrangören skriver för att bekräfta; håll det en kort fras på språket.
erase-confirmation = radera all deltagardata
erase-type-phrase = Skriv ”{ $phrase }” för att bekräfta:
erase-type-to-confirm = Skriv ”{ $phrase }” för att bekräfta.
erase-button = Radera
erase-folder-title = Mapp för rapporterna
erase-done = Raderade { $attendees ->
    [one] 1 deltagare
   *[other] { $attendees } deltagare
} och { $entries ->
    [one] 1 loggpost
   *[other] { $entries } loggposter
}; filen är komprimerad.
erase-reports-in = Rapporterna finns i { $folder }.
erase-failed = Inget raderades: { $error }.
erase-finished-interrupted = En radering av deltagardata hade avbrutits (datorn stannade mitt i); den slutfördes när databasen öppnades, och ingen deltagardata finns kvar i filen.

desks-reading = Läser…
desks-alone = Denna disk står ensam: dess incheckningar finns bara i den här datorns databas. För att ansluta till en hubb eller starta en med detta evenemang, se Inställningar.
desks-hub-connected = Hubben { $hub }: ansluten
desks-hub-unreachable = Hubben { $hub }: nås inte: denna disk checkar in från sin egen kopia
# $last är en tid på dagen eller desks-never.
desks-waiting = { $count ->
    [one] 1 skanning
   *[other] { $count } skanningar
} från denna disk väntar på hubben; senaste synk { $last }
desks-never = aldrig
desks-no-conflicts = Inga konflikter: ingen släpptes in två gånger.
desks-conflicts = { $count ->
    [one] 1 person släpptes in två gånger i offlineläge (båda skanningarna sparas):
   *[other] { $count } personer släpptes in två gånger i offlineläge (båda skanningarna sparas):
}
desks-column-desk = Disk
desks-column-last-contact = Senaste kontakt
desks-column-waiting = Väntar
desks-column-late = Sena (över 2 min)
desks-column-data = Deltagardata
desks-holds-copy = har en kopia
desks-erased = raderad

hub-title = Flera datorer: hubben
hub-password = hubbens lösenord
hub-alone = Denna disk står ensam: dess incheckningar finns bara i den här datorns databas. Med flera datorer, ge dem en gemensam hubb (se README).
hub-test = Testa
hub-join = Anslut (ny, tom databas)
hub-start = Starta hubben med detta evenemang
hub-joined = Denna disk checkar in via hubben på { $hub }; Diskar & synk visar hur det går för diskarna.
hub-erase-on-leave = Radera även den här datorns kopia av deltagardata
hub-leave = Lämna hubben
hub-asking = Frågar hubben…
hub-answers = Hubben på { $hub } svarar; den har ”{ $event }”.
hub-answers-unnamed = Hubben på { $hub } svarar; den har ett evenemang som saknar namn än.
hub-answers-empty = Hubben på { $hub } svarar; den har inget evenemang än.
hub-joined-now = Ansluten till hubben på { $hub }.
hub-started = Hubben på { $hub } har nu detta evenemang ({ $count ->
    [one] 1 person
   *[other] { $count } personer
}); detta är dess första disk.
hub-left-erased = Denna disk lämnade hubben på { $hub } och raderade sin kopia ({ $count ->
    [one] 1 person
   *[other] { $count } personer
}).
hub-left = Denna disk lämnade hubben på { $hub }; dess kopia av deltagardata finns kvar tills den raderas.
hub-left-untold = Hubben gick inte att nå: dess disklista visar fortfarande denna disk så som den senast rapporterade.

settings-the-event = Evenemanget
settings-desk-and-printing = Denna disk och utskrift
settings-desk-name = Denna disks namn
settings-badge-layout = Brickornas layout vid diskarna
settings-printer = Skrivare (tom: standardskrivaren)
settings-print-at-check-in = Skriv ut en bricka för alla som checkas in
settings-lobby-count = Visa på lobbyskärmen hur många som har checkat in
settings-sounds = Spela en kort ton för varje svar vid diskar och kiosker
settings-kiosk-here = Öppna denna disk som självbetjäningskiosk för deltagare (från nästa start; lämna den med Ctrl+Alt+K och PIN-koden)
settings-kiosk-search = Vid kiosker får deltagare checka in genom att skriva hela sin e-postadress, eller sitt efternamn och biljettens sista { $digits } siffror
settings-camera = Kamera på denna dator
settings-mirror = Spegelvänd förhandsvisningen
settings-camera-off = Ingen kamera (skanner eller tangentbord)
settings-camera-first = Första kameran som hittas
settings-camera-absent = { $device } (inte ansluten)
settings-desk-language = Denna disk talar
settings-event-language = Kiosker och lobbyn talar
settings-several-days = Evenemang över flera dagar
settings-day-changes-at = Dagen byts kl.
settings-day-passes = Dagpass: biljettyp=dagar, t.ex. Tisdagspass=2018-07-10; Helg=2018-07-11,2018-07-12
settings-save = Spara inställningar
settings-saved = Sparat.
settings-day-passes-refused = Dagpass: { $reason }.
settings-name-the-desk = Ge denna disk ett namn, till exempel ”Disk 1”.

event-name = Evenemangets namn
event-venue = Plats
event-first-day = Första dag (ÅÅÅÅ-MM-DD)
event-last-day = Sista dag
event-time-zone = Tidszon

layout-a4-8 = A4-ark, 8 brickor à 105 × 74 mm
layout-letter-6 = US Letter-ark, 6 brickor à 4 × 3 tum
layout-label-62x100 = Etiketter 62 × 100 mm (etikettskrivare 62 mm)
layout-label-4x3 = Etiketter 4 × 3 tum (brickskrivare)

badges-title = Brickor
badges-layout = Layout
badges-which = Vilka brickor
badges-everyone = Alla med tillträde
badges-not-printed-yet = Ej utskrivna än
badges-ticket-type = Biljettyp: { $type }
badges-person = Deltagare { $id }
badges-count = { $count ->
    [one] 1 bricka
   *[other] { $count } brickor
} på { $pages ->
    [one] 1 sida
   *[other] { $pages } sidor
}
badges-save = Spara PDF…
badges-print = Skriv ut
badges-making = Skapar brickor: { $done } av { $total }
badges-preview = Förhandsvisning
badges-no-preview = Ingen bricka att visa: ingen träff.
badges-dialog-title = Spara brickor som PDF
badges-cannot-read = Kan inte läsa listan: { $error }.
badges-cannot-preview = Kan inte rita förhandsvisningen: { $error }.
badges-not-made = Brickorna skapades inte: { $error }.
badges-saved-to = sparades i { $file }
badges-sent-to = skickades till { $printer }
badges-sent-default = skickades till standardskrivaren
badges-opened-viewer = öppnades i PDF-visaren ({ $file })
# $where är en av de fyra ovan.
badges-made = { $count ->
    [one] 1 bricka
   *[other] { $count } brickor
} på { $pages ->
    [one] 1 sida
   *[other] { $pages } sidor
} { $where }.
badges-missing-glyphs = Inte ritade (inget typsnitt har dem): { $glyphs }

agenda-title = Agenda
agenda-reading = Läser agendan…
agenda-empty = Ingen agenda än: importera en med frontdesk agenda import FILE, eller lägg till en programpunkt.
agenda-selected = Vald programpunkt
agenda-session-title = Titel
agenda-rename = Byt namn
agenda-delete = Ta bort
agenda-delete-confirm = Tryck igen för att ta bort
agenda-move = Flytta
agenda-earlier = −{ $minutes } min
agenda-later = +{ $minutes } min
agenda-length = Längd
agenda-shorter = { $minutes } min kortare
agenda-longer = { $minutes } min längre
agenda-add-title = Lägg till en programpunkt
agenda-speakers = Talare: Namn, Företag; Namn
agenda-room = Sal
agenda-day = Dag
agenda-day-hint = Dag (2018-07-09)
agenda-starts-at = Börjar kl.
agenda-start-hint = Start (14:30)
agenda-minutes-long = Längd i minuter
agenda-minutes = Minuter
agenda-add = Lägg till
agenda-kind-talk = Föredrag
agenda-kind-keynote = Keynote
agenda-kind-break = Paus
agenda-kind-other = Annat
agenda-needs-title = En programpunkt behöver en titel.
# $minutes har sitt tecken: ”+5”, ”−15”.
agenda-moved = Flyttad { $minutes } min.
agenda-lengthened = Längden ändrad med { $minutes } min.
agenda-renamed = Namnet ändrat.
agenda-deleted = Borttagen.
agenda-added = ”{ $title }” tillagd.

import-title = Importera anmälda
import-reading-event = Läser evenemanget…
import-reading-file = Läser { $file }…
import-first-event = Först: ditt evenemang
import-replaces-sample = Denna databas innehåller exempelevenemanget Spotify ML Day. Ditt evenemang ersätter det: exemplets anmälda, deras incheckningar och dess agenda tas bort.
import-why-event = Diskarna, brickorna och lobbyskärmen visar evenemangets namn; dagarna och tidszonen avgör vilken dag en incheckning räknas till.
import-zone-hint = Tidszonen är den här datorns: ändra den om evenemanget äger rum någon annanstans (Europe/Stockholm, America/New_York).
import-replace-sample = Ersätt exemplet med detta evenemang
import-save-event = Spara evenemanget och välj dess lista
import-back = Tillbaka
import-event-saved = { $event } är sparat. Välj nu listan över anmälda.
import-event-saved-sample-gone = { $event } är sparat och exempelevenemanget är borta ({ $registrants } anmälda, { $check_ins } incheckningar och dess agenda borttagna). Välj nu listan över anmälda till { $event }.
# $systems listar de biljettsystem som frontdesk läser.
import-choose-list = Välj listan över anmälda som exporterats från { $systems } (CSV eller tabbseparerad text).
import-system-spreadsheet = kalkylblad
import-choose-file = Välj en fil…
import-type-path = …eller skriv filens sökväg och tryck på Enter
import-dialog-title = Välj listan över anmälda
import-dialog-lists = Listor över anmälda (CSV, TSV, text)
import-dialog-all = Alla filer
import-comma-separated = kommaseparerad
import-semicolon-separated = semikolonseparerad
import-tab-separated = tabbseparerad
import-separated-by = separerad med ”{ $mark }”
# ”registrants.csv: export från Eventbrite, UTF-8, kommaseparerad, 320 rader”.
import-file-summary = { $file }: export från { $system }, { $encoding }, { $separator }, { $rows } rader
import-columns = Kolumner
import-repeated-header = { $columns }: samma namn två gånger. Bara den första används om du inte väljer ett fält för de andra.
import-first-rows = De första raderna så som de kommer att importeras
import-same-name-as = samma namn som kolumn { $column }: välj vad den innehåller
import-detected = identifierad: { $field }
import-not-recognised = inte igenkänd
import-example = t.ex. { $value }
import-empty-column = tom i de första raderna
import-no-header = (ingen rubrik)
import-reading-rows = Läser de första raderna…
import-column-row = Rad
import-column-code = Kod
import-row-skipped = överhoppad: { $reason }
import-field-first-name = förnamn
import-field-last-name = efternamn
import-field-full-name = fullständigt namn
import-field-email = e-post
import-field-company = företag
import-field-title = titel
import-field-ticket-type = biljettyp
import-field-code = kod
import-field-status = status
import-field-ignore = ignorera
import-import = Importera
import-reading-whole = Läser hela filen…
import-importing = Importerar: { $done } av { $total } personer
import-cancelling = Avbryter…
import-cancel = Avbryt
import-cancelled = Importen avbröts: inget ändrades.
import-imported = Importerade { $file }
# $count är redan utskrivet med tusentalen avgränsade (”1 024”).
import-added = { $count } lades till
import-updated = { $count } uppdaterades
import-unchanged = { $count } ändrades inte
import-not-admitted = { $count } utan tillträde (avbokade eller återbetalda biljetter)
import-missing = { $count } av de tidigare importerade saknas i denna fil
import-row-note = Rad { $row }: { $note }
# $count är talet, $shown samma tal utskrivet (”1 024”).
import-rows = { $count ->
    [one] 1 rad
   *[other] { $shown } rader
}
import-skipped = { $rows } hoppades över
import-with-note = { $rows } importerades med en anmärkning
import-skipped-rows = Överhoppade rader
import-noted-rows = Importerade med en anmärkning
import-more = och { $rows } till
import-another = Importera en annan fil…
import-done = Klar

## Varför ett formulär avvisas: evenemanget, ett dagpass, en ny programpunkt

event-error-blank-name = Ge evenemanget ett namn.
event-error-zone = ”{ $zone }” är ingen tidszon; använd ett namn som Europe/Stockholm eller America/New_York.
event-error-first-day = Första dagen ”{ $text }” är inget datum; skriv det som 2018-07-09.
event-error-last-day = Sista dagen ”{ $text }” är inget datum; skriv det som 2018-07-09.
event-error-day-change = ”{ $text }” är inget klockslag för dagsbytet; skriv det som 04:00 (en tid mellan 00:00 och 12:00).
event-error-ends-before = Sista dagen ({ $last }) ligger före första dagen ({ $first }).
day-pass-error-no-equals = ”{ $text }” är inget dagpass; skriv biljettypen, = och dess dagar, t.ex. ”Tisdagspass=2018-07-10” (flera dagar åtskilda med kommatecken)
day-pass-error-no-ticket-type = ett dagpass behöver en biljettyp före =, som i ”Tisdagspass=2018-07-10”
day-pass-error-date = ”{ $text }” i dagpasset för { $type } är inget datum; skriv det som 2018-07-10
day-pass-error-outside = { $day } är ingen dag under evenemanget ({ $first } till { $last }); ge { $type } en dag då evenemanget pågår, eller ändra först evenemangets datum
session-error-blank-title = Ge den nya programpunkten en titel.
session-error-blank-room = Ange i vilken sal den nya programpunkten hålls.
session-error-day = ”{ $text }” är ingen dag; skriv den som 2018-07-09.
session-error-time = ”{ $text }” är ingen tid; skriv den som 14:30.
session-error-length = ”{ $text }” är ingen längd i minuter.
session-error-no-such-time = { $time } finns inte den { $date } (klockan ställs om).
session-error-ends-before = ”{ $title }” skulle inte sluta efter att den börjar; ge den ett slut efter starten

## Varför en import hoppade över en rad eller gjorde en anmärkning om den

note-empty-row = tom rad
note-totals-row = ser ut som en summarad
note-no-name = inget namn
# $why är ett av note-why-meddelandena nedan.
note-same-as = samma person som rad { $row } ({ $why })
note-why-code = samma biljettkod
note-why-email = samma e-postadress
note-why-name = samma namn, och varken företag eller e-postadress som skiljer dem åt
note-why-name-and-company = samma namn och företag
note-shares-email = har samma e-postadress som rad { $row } men inte samma namn; importerades som en separat person
note-not-an-email = ”{ $text }” ser inte ut som en e-postadress; importerades utan att den kan användas för matchning
note-unknown-status = statusen ”{ $status }” känner frontdesk inte till; importerades med tillträde
# $values är själva värdena, vart och ett inom citattecken.
note-stray-values = ignorerade { $count ->
    [one] 1 värde
   *[other] { $count } värden
} utan kolumnrubrik: { $values }
note-updated-twice = matchar en person som redan uppdaterats från en tidigare rad; importerades en gång

## Vad en ny import behöll, en upprepad kolumn, en dubbel incheckning mellan diskar

import-corrections-kept = Behöll { $count ->
    [one] 1 rättelse
   *[other] { $count } rättelser
} gjorda i frontdesk
# $field är ett fälts namn (walk-in-first-name…); värdena är filens och rättelsens.
import-correction-replaced = { $field } är nu ”{ $imported }” som filen säger; det hade rättats till ”{ $corrected }”
# ”E-post” (kolumn 3 och 7); $columns är alla nummer utom det sista, åtskilda med kommatecken.
import-repeated-columns = ”{ $header }” (kolumn { $columns } och { $last })
# ”Ada Lovelace (2018-07-09): insläppt två gånger i offlineläge: Desk 2 09:14, Desk 4 09:16 (sent)”.
desks-conflict = { $name } ({ $day }): insläppt två gånger i offlineläge: { $scans }
desks-conflict-scan = { $desk } { $time }
desks-conflict-scan-late = { $desk } { $time } (sent)

## Varför något inte kunde göras: databasen, en fil, hubben, PIN-koden, brickorna
# Detta är satser som skärmarna sätter efter ”Ej sparad: ” och liknande, eller visar ensamma med
# stor bokstav och punkt: börja dem med liten bokstav (om inte språket skriver ordet med stor)
# och avsluta dem utan punkt. $detail är datorns egna ord, ofta på engelska;
# $file och $folder är platser på datorns lagringsenheter.

store-error-database = evenemangets databas rapporterade ett problem: { $detail }
store-error-busy = evenemangets databas är upptagen: en annan disk eller ett annat program skriver till den; försök igen om en stund
store-error-create-folder = kan inte skapa mappen { $folder } för evenemangets databas ({ $detail })
store-error-too-new = denna databas skrevs av en nyare frontdesk (schema { $found }, den här versionen känner till { $known }); uppdatera frontdesk innan du öppnar den
store-error-schema-damaged = { $file } anger att den har schemaversion { $found }, vilket inte stämmer med innehållet: filen är skadad eller har ändrats av ett annat program; återställ den från en säkerhetskopia, eller importera listan över anmälda igen till en ny databas
store-error-damaged = { $file } är skadad ({ $detail }); återställ den från en säkerhetskopia, eller importera listan över anmälda igen till en ny databas
store-error-not-a-database = { $file } är ingen frontdesk-databas ({ $detail }); öppna en annan fil, eller importera listan över anmälda till en ny databas
store-error-no-database = det finns ingen databas för evenemanget i { $file }; importera en lista över anmälda eller namnge ett evenemang för att skapa en
store-error-bad-time-zone = evenemangets tidszon i databasen, ”{ $value }”, går inte att läsa; ange den igen under Inställningar i konsolen
store-error-bad-first-day = evenemangets första dag i databasen, ”{ $value }”, går inte att läsa; ange den igen under Inställningar i konsolen
store-error-bad-last-day = evenemangets sista dag i databasen, ”{ $value }”, går inte att läsa; ange den igen under Inställningar i konsolen
store-error-bad-day-change = klockslaget för evenemangets dagsbyte i databasen, ”{ $value }”, går inte att läsa; ange det igen under Inställningar i konsolen
# $reason är varför texten inte är en lista över dagpass.
store-error-bad-day-passes = dagpassen i databasen, ”{ $value }”, går inte att läsa ({ $reason }); ange dem igen under Inställningar i konsolen
store-error-no-session = programpunkten finns inte längre i agendan (den kan ha tagits bort vid en annan disk)
store-error-session-ends-before-start = ”{ $title }” skulle inte sluta efter att den börjar; ge den ett slut efter starten
store-error-disk-full = lagringsenheten där { $file } ligger är full: frigör lite utrymme där (eller flytta databasen till en annan enhet) och försök igen; inget ändrades
store-error-backup = kan inte skriva säkerhetskopian { $file } ({ $detail })
store-error-read-only-disk = { $file } ligger på en skrivskyddad lagringsenhet: den kan läsas men inte ändras; kopiera den till en skrivbar enhet och öppna kopian
store-error-folder-not-writable = { $file } ligger i en mapp som den här användaren inte får skriva i: den kan läsas men inte ändras; ge användaren skrivbehörighet där, eller kopiera filen någon annanstans och öppna kopian
store-error-no-attendee = personen finns inte längre i listan (hen kan ha tagits bort vid en annan disk)
store-error-empty-name = en person behöver ett förnamn eller ett efternamn; båda är tomma
store-error-sample-event = denna databas innehåller exempelevenemanget Spotify ML Day; namnge ditt eget evenemang först (det tar bort exemplets anmälda, incheckningar och agenda)
store-error-sample-on-hub = denna disks hubb har exempelevenemanget, så om det ersattes här skulle exemplets personer finnas kvar i hubben och på de andra diskarna; radera deltagardata först och namnge sedan evenemanget
store-error-cancelled = importen avbröts och databasen är som den var innan
store-error-bad-hub-data = hubben skickade data som denna disk inte kan använda: { $detail }
store-error-not-empty = denna databas har redan ett evenemang ({ $people ->
    [one] 1 person
   *[other] { $people } personer
}); en disk ansluter till en hubb med en ny databas

hub-error-bad-address = hubbens adress går inte att använda: { $detail }
hub-error-unreachable = hubben på { $host } går inte att nå: { $detail }
hub-error-untrusted = hubben på { $host } visade ett certifikat som denna disk inte litar på ({ $detail }); kontrollera att sslrootcert i hubbens adress är en kopia av hubbens certifikat, utfärdat för denna värd
hub-error-refused = hubben på { $host } nekade denna disk: { $detail }
hub-error-tls = den säkra anslutningen till hubben misslyckades: { $detail }
hub-error-address-file = kan inte använda { $file }, där denna disk sparar hubbens adress ({ $detail })
hub-error-certificate = kan inte läsa hubbens certifikat { $file } (sslrootcert i hubbens adress): { $detail }
# $desks är diskarnas namn, åtskilda med kommatecken.
hub-error-desks-waiting = inte raderat: { $desks } hade fortfarande skanningar som väntade på hubben när de senast hade kontakt med den, och de skulle gå förlorade om du raderar nu; låt först de diskarna synka (eller lämna hubben)
hub-error-not-joined = denna databas är inte en disk i någon hubb; anslut till en först
hub-error-needs-hub = ändringen kräver hubben på { $host }, som inte går att nå; försök igen när disken visar att den är online
hub-error-other-event = hubben på { $host } har nu ett annat evenemang (”{ $name }”) och denna disks kopia gäller ett tidigare; lämna hubben och anslut till den igen
hub-error-scans-waiting = { $pending ->
    [one] 1 skanning från denna disk har
   *[other] { $pending } skanningar från denna disk har
} inte nått hubben än; synka när den går att nå och lämna den sedan (eller lämna den och radera denna kopia)
hub-error-hub = hubben rapporterade ett problem: { $detail }
hub-error-too-new = hubben sattes upp av en nyare frontdesk (hubbschema { $found }, den här versionen känner till { $known }); uppdatera frontdesk på denna disk
hub-error-holds-another-event = hubben har redan ett annat evenemang, ”{ $name }”; anslut till den, eller ersätt evenemanget med den här databasens
hub-error-empty = hubben har inget evenemang än; starta den från arrangörens databas först
hub-error-bad-backup = detta är ingen säkerhetskopia av en hubb som frontdesk kan återställa: { $detail }
hub-error-bad-row = hubben skickade en rad som denna disk inte kan läsa: { $detail }

pin-error-too-short = PIN-koden måste ha minst { $digits } siffror
pin-error-too-long = PIN-koden får ha högst { $digits } siffror
pin-error-not-digits = PIN-koden får bara innehålla siffror (0–9), utan mellanslag eller bokstäver
pin-error-not-set = ingen PIN-kod för arrangörer är vald än; välj en först
pin-error-damaged = den sparade PIN-koden för arrangörer är skadad; välj en ny
pin-error-hash = kan inte spara PIN-koden: { $detail }

badge-error-fonts = brickornas medföljande typsnitt går inte att läsa; denna kopia av frontdesk är skadad, installera den igen
badge-error-qr = kan inte skapa en QR-kod av { $code }: { $detail }
badge-error-page-size = brickornas sidstorlek är ogiltig
badge-error-pdf = kan inte skriva PDF:en med brickorna: { $detail }
badge-error-png = kan inte skriva en PNG-bild av en bricka: { $detail }

file-error-write = kan inte skriva { $file }: { $detail }
file-error-exists = { $file } finns redan; frontdesk skriver inte över den
file-error-unreadable = { $file } gick inte att läsa ({ $detail }); välj en annan fil
export-error-write = kan inte skriva exporten: { $detail }
sample-error-damaged = det inbyggda exempelevenemanget är skadat ({ $detail }); installera frontdesk igen
setting-error-read = kan inte läsa { $file }: { $detail }
setting-error-camera-line = rad { $line } i { $file } lyder ”{ $text }”, vilket varken är camera=off|auto|DEVICE eller mirror=on|off; rätta raden eller ta bort filen
setting-error-no-folder-camera = datorn har ingen konfigurationsmapp (ingen hemkatalog) att spara kameravalet i
setting-error-no-folder-language = datorn har ingen konfigurationsmapp (ingen hemkatalog) att spara språkvalet i
camera-error-no-camera = ingen kamera hittades (ingen videoenhet i /dev)
camera-error-open = kan inte öppna kameran { $device }: { $detail }
camera-error-no-yuyv = kameran { $device } ger inte YUYV-bilder (den ger { $formats }); välj en annan kamera
camera-error-capture = kameran { $device } slutade ge bilder: { $detail }
camera-error-not-linux = webbkameror kan än så länge bara läsas på Linux
camera-error-frames-folder = kan inte läsa kamerabilderna i { $folder }: { $detail }
camera-error-no-frames = { $folder } innehåller inga PNG-bilder: ange en mapp med .png-filer, en per bild
camera-error-frame = kan inte läsa bilden { $file }: { $detail }
error-worker-stopped = arbetet bakom den här skärmen avbröts oväntat; försök igen
# Vad disken säger när databasen inte svarar; $error är en av satserna ovan.
desk-database-problem = Evenemangets databas svarade inte: { $error }. Försök igen; om felet kvarstår, tillkalla en arrangör.

## Varför inget importerades: hela meningar, som var och en nämner filen och vad man ska göra

import-error-empty = { $file } är tom; exportera listan över anmälda igen och välj den nya filen.
import-error-too-large = { $file } är { $megabytes } MB; frontdesk importerar listor över anmälda på upp till 64 MB (ungefär en halv miljon personer). Exportera en lista per evenemang, eller dela upp filen och importera delarna en i taget.
import-error-not-text = { $file } är ingen textfil; exportera listan över anmälda som CSV.
import-error-workbook = { $file } är en arbetsbok från ett kalkylprogram, inte en CSV-fil; spara den som ”CSV UTF-8” från kalkylprogrammet och importera den filen.
# $encoding är namnet på en teckenkodning (windows-1252).
import-error-undecodable = { $file } börjar som text i { $encoding } men innehåller byte som inte passar den kodningen; spara den igen som ”CSV UTF-8” och importera den filen.
# $columns är de upprepade rubrikerna, var och en inom citattecken.
import-error-repeated-columns = { $file } har kolumner med samma namn: { $columns }. Bara den första av varje skulle läsas och de andras värden försvinna; byt namn på dem i filen, eller välj i importguiden vad var och en innehåller.
import-error-damaged-utf8-line = { $file } är UTF-8-text, men rad { $line } har byte som inte är det: läst på något annat sätt skulle alla namn med å, ä, ö eller accenter bli förvanskade. Rätta den raden (eller spara listan igen som ”CSV UTF-8”) och importera den igen.
# $lines är radnummer åtskilda med kommatecken: ”12, 40”.
import-error-damaged-utf8-lines = { $file } är UTF-8-text, men raderna { $lines } och { $last } har byte som inte är det: läst på något annat sätt skulle alla namn med å, ä, ö eller accenter bli förvanskade. Rätta de raderna (eller spara listan igen som ”CSV UTF-8”) och importera den igen.
import-error-damaged-utf8-more = { $file } är UTF-8-text, men raderna { $lines } och { $more } till har byte som inte är det: läst på något annat sätt skulle alla namn med å, ä, ö eller accenter bli förvanskade. Rätta de raderna (eller spara listan igen som ”CSV UTF-8”) och importera den igen.
import-error-header-only = { $file } har kolumnrubriker men inga rader med anmälda; kontrollera att exporten innehåller deltagarna och försök igen.
# $found är filens kolumnrubriker, var och en inom citattecken.
import-error-no-name-column = { $file } har ingen kolumn med de anmäldas namn (hittade kolumner: { $found }); välj i importguiden vilken kolumn som innehåller namnen.
import-no-headers = inga
import-error-unreadable = { $file } gick inte att läsa vid rad { $row } ({ $detail }); spara den igen som CSV och försök på nytt.
# $error är en av satserna ovan.
import-nothing-imported = Inget importerades: { $error }.
