# frontdesk's words in English: the catalogue every other language follows.
# One message a line: `id = text`; { $name } is filled in by the program; plurals are written
# as a selection on the number ({ $count -> [one] ... *[other] ... }).
# The program asks for a message by its id; the tests fail when a language misses one or
# drops one of its { $placeables }.

## Dates: "Monday 9 July"

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# $weekday and $month are the words above; $day the day of the month (9).
date-long = { $weekday } { $day } { $month }
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
# A day on a button: "Mon 9 Jul".
date-short = { $weekday } { $day } { $month }
# Between groups of three digits: 12,345. The program writes every number of 1,000 and more
# in a message with it.
number-thousands = ,
# The last two of a list: "Eventbrite, Tito or Luma".
list-or = { $items } or { $last }
# A day of an event of several days, at the start of a line.
event-day = Day { $number } of { $days }

## The staff desk

desk-code-hint = Scan a badge or ticket, or type a name
desk-count = { $checked_in } / { $admitted } checked in
# $day is event-day ("Day 2 of 3").
desk-count-today = { $day } · { $checked_in } / { $admitted } checked in today
desk-hub-online = Hub: online
desk-hub-sending = Sending { $count ->
    [one] 1 scan
   *[other] { $count } scans
} to the hub
desk-hub-offline = Offline: { $count ->
    [one] 1 scan
   *[other] { $count } scans
} waiting
desk-checking = Checking…
desk-problem = Something went wrong
desk-idle-scan = Scan your badge or ticket
desk-idle-type = or type your name
desk-nobody-found = Nobody found for “{ $query }”
desk-nobody-found-hint = Check the spelling, try the last name, or add a new attendee (Ctrl+N).
desk-search-keys = ↑ ↓ choose · Enter checks in · Esc clears
desk-row-checked-in = checked in { $time } at { $desk }
desk-row-not-admitted = not admitted: { $reason }
desk-row-not-yet = not checked in yet
desk-undo-question = Undo this check-in?
desk-undo-checked-in = checked in at { $time } at { $desk }
desk-undo-keys = Enter: undo · Esc: keep it
desk-recent-title = This desk
desk-recent-none = No check-ins at this desk yet.
desk-recent-undone = { $name } (undone)
desk-undo-last = Undo last (Ctrl+Z)
desk-new-attendee = New attendee (Ctrl+N)
desk-offline-mark = offline: decided at this desk
desk-print = Print badge (Ctrl+P)
desk-printing = Printing the badge…
desk-print-again = Print again
desk-not-printed = Not printed: { $problem }
desk-print-retry = Try again
print-error-nothing = no printer and no PDF viewer was found; save the PDF and print it from another computer
print-error-refused = the printer refused the badge: { $reason }
desk-printed = Badge sent to { $printer }
desk-printed-viewer = Badge opened in the PDF viewer ({ $file })
desk-printed-default = Badge sent to the default printer
desk-camera-failed = The camera gives no frames: { $reason }.
desk-backup-failed = The automatic copy of the database failed: { $error }.
desk-nothing-to-undo = Nothing to undo: no check-in at { $desk } is still standing.
desk-camera-off = The camera is off: { $error }.
desk-sample-notice = This is the sample event: the database was empty, so { $count } registrants of Spotify ML Day were loaded. To start your own event, open the console (Ctrl+O) and choose Import: your event replaces the sample.

## The answer at the staff desk: a headline, then details

verdict-welcome = Welcome
verdict-welcome-back = Welcome back
verdict-already = Already checked in
verdict-already-today = Already checked in today
# When and where the person was first checked in: "at 09:12 at Desk 2".
verdict-already-detail = at { $time } at { $desk }
verdict-not-admitted = Not admitted
verdict-typo = Check the code
verdict-typo-detail = This code has a typo: one character is wrong or two are swapped. Scan again or retype it.
verdict-unknown = Code not found
verdict-unknown-detail = Search by name: type it in the field above.
verdict-walk-in = New attendee, badge code { $code }
verdict-undone = Check-in undone
verdict-undone-detail = The log keeps both the check-in and the undo.
verdict-not-checked-in = Not checked in
verdict-not-checked-in-detail = There was no check-in to undo.
verdict-nothing-undone = Nothing undone
verdict-nothing-undone-detail = That person could not be found.

## The walk-in form at the staff desk

walk-in-title = New attendee
walk-in-first-name = First name
walk-in-last-name = Last name
walk-in-email = Email
walk-in-company = Company
walk-in-ticket-type = Ticket type
walk-in-saving = Saving…
walk-in-save = Save and check in (Enter)
walk-in-cancel = Cancel (Esc)
walk-in-no-name = Type at least a first or a last name.
walk-in-not-an-email = “{ $text }” is not an email address; fix it or leave it empty.
walk-in-not-saved = Not saved: { $error }.

## The self-service kiosk: attendees read these

kiosk-welcome = Welcome
kiosk-welcome-name = Welcome, { $name }
kiosk-welcome-back = Welcome back
kiosk-welcome-back-name = Welcome back, { $name }
kiosk-already = You are already checked in
kiosk-already-detail = If that was not you, please ask at the staff desk.
kiosk-see-staff = Please see the staff desk
kiosk-see-staff-detail = Our staff will help you check in.
kiosk-scan-again = Please scan again
kiosk-scan-again-detail = The code could not be read. Hold it still, a hand's width from the scanner.
kiosk-badge-printing = Your badge is printing.
kiosk-checked-in = You are checked in. Enjoy the day!
kiosk-collect-badge = Please collect your badge at the staff desk.
kiosk-one-moment = One moment…
kiosk-cannot = This kiosk cannot check you in right now.
kiosk-prompt = Scan the QR code on your ticket
kiosk-prompt-hint = Hold it under the scanner.
# $digits is how many of the ticket's last digits to type (4).
kiosk-prompt-hint-search = No code to scan? Type your email address, or your family name and your ticket's last { $digits } digits, and press Enter.
kiosk-field = Scan your ticket
kiosk-field-search = Scan your ticket, or type your email address
kiosk-attract = Scan your ticket to check in

## The organizer PIN, asked for before the organizer's screens and to leave a kiosk

lock-organizers-only = Organizers only
lock-enter-hint = Type the organizer PIN and press Enter.
lock-choose = Choose an organizer PIN
lock-choose-hint = 4 to 12 digits. It locks the console, badges, agenda and settings; desk staff and attendees cannot open them without it.
lock-pin = PIN
lock-pin-again = The same PIN again
lock-unlock = Unlock
lock-save-and-open = Save the PIN and open
lock-back-to-desk = Back to the desk (Esc)
lock-back-to-kiosk = Back to the kiosk
lock-leave-kiosk = Organizers: type the PIN to leave the kiosk.
lock-kiosk-needs-pin = This kiosk needs an organizer PIN before attendees use it: it is what lets an organizer leave the kiosk.
lock-pins-differ = The two PINs differ; type the same PIN twice.
lock-wrong = Wrong PIN. Try again.
# $wait is lock-seconds or lock-minutes.
lock-wrong-wait = Wrong PIN. Try again in { $wait }.
lock-too-many = Too many wrong PINs: wait { $wait } before the next try.
lock-seconds = { $count ->
    [one] 1 second
   *[other] { $count } seconds
}
lock-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}

## The lobby screen: visitors read these from across the room

lobby-opening = Opening the programme…
lobby-cannot-read = Cannot read the event database: { $error }.
lobby-checked-in = { $count ->
    [one] 1 person checked in
   *[other] { $count } people checked in
}
lobby-welcome = Welcome
lobby-programme-soon = The programme will appear here.
lobby-doors-open = Doors open at { $time }
lobby-back-at = Back at { $time }
lobby-first = First
lobby-next = Next
lobby-now = Now
lobby-break = Break
lobby-nothing-now = Nothing on now
lobby-rooms-page = Rooms { $page }/{ $pages }
lobby-thank-you = Thank you for coming!
# $day is lobby-today, lobby-tomorrow or lobby-on-day.
lobby-see-you = See you { $day }: doors open at { $time }
lobby-safe-travels = Safe travels home.
# $left is lobby-minutes or lobby-hours-minutes; $end a time of day.
lobby-time-left = { $left } left · until { $end }
lobby-minutes = { $minutes } min
# $minutes has two digits: "1 h 05 min".
lobby-hours-minutes = { $hours } h { $minutes } min
# $duration is lobby-minutes or lobby-hours-minutes.
lobby-in = in { $duration }
lobby-starting-now = now
lobby-today = today
lobby-tomorrow = tomorrow
# $date is date-long.
lobby-on-day = on { $date }
lobby-today-heading = Today
lobby-window-title = { $event } — lobby

## The organizer's screens: the console, the import wizard, badges, the agenda editor

app-opening = Opening the event…
app-cannot-open = Cannot open the event database { $file }: { $error }.

console-tab-dashboard = Dashboard
console-tab-import = Import
console-tab-export = Export
console-tab-settings = Settings
console-tab-desks = Desks & sync
console-tab-erase = Erase
console-badges = Badges…
console-agenda = Agenda…
console-lock = Lock (Esc)

dashboard-counting = Counting…
dashboard-registered = registered
dashboard-admitted = admitted
dashboard-checked-in = checked in
dashboard-arrivals = Arrivals per 10 minutes, with session starts
dashboard-no-check-ins = No check-ins yet.
dashboard-by-ticket-type = Ticket type: checked in / admitted (registered)
dashboard-desks = Desks
dashboard-latest = Latest
dashboard-activity-check-in = { $name } — checked in at { $desk }
dashboard-activity-undo = { $name } — check-in undone at { $desk }
dashboard-activity-walk-in = { $name } — walk-in added at { $desk }
dashboard-activity-edit = { $name } — details corrected at { $desk }
dashboard-today = Today
# $day is event-day ("Day 2 of 3").
dashboard-came-before = { $day }: { $count } came before and are not here yet
dashboard-not-arrived = Not arrived yet
dashboard-everyone = Everyone
dashboard-came-earlier = Came before
dashboard-search = Search by name, company or email
dashboard-nobody-matches = Nobody matches.
dashboard-edit-code = Edit anyone: badge or ticket code
dashboard-find = Find
dashboard-edit = Edit
dashboard-correct = Correct { $name } ({ $code })
dashboard-save = Save
dashboard-reprint = Reprint badge
dashboard-undo = Undo check-in
dashboard-close = Close
dashboard-no-such-code = No one has the badge or ticket code { $code }.
dashboard-saved = Saved { $name }; the change is logged.
dashboard-undone = Check-in undone; the log keeps both entries.
dashboard-printing = Printing the badge of { $name }…
dashboard-not-printed = The badge was not printed: { $error }.

export-about = Reports as CSV files, for spreadsheets: UTF-8 with a byte-order mark, formula-looking values neutralised.
export-check-ins = Export check-in report…
export-attendees = Export attendee list…
export-or-folder = Or save both in this folder:
export-folder = Folder
export-check-ins-here = Save check-in report here
export-attendees-here = Save attendee list here
export-dialog-title = Save the report
export-wrote-log = Wrote { $count ->
    [one] 1 log entry
   *[other] { $count } log entries
} to { $file }.
export-wrote-attendees = Wrote { $count ->
    [one] 1 attendee
   *[other] { $count } attendees
} to { $file }.
export-cannot-write = Cannot write { $file }: { $error }.

erase-title = Erase attendee data
erase-about = Deletes every attendee, ticket code, correction and the check-in log, then compacts the database so nothing can be recovered from the file. The event, the agenda and the settings stay.
erase-export-first = Save the check-in report and the attendee list first
# What the organizer types to confirm; keep it a short phrase in the language.
erase-confirmation = erase all attendee data
erase-type-phrase = Type "{ $phrase }" to confirm:
erase-type-to-confirm = Type "{ $phrase }" to confirm.
erase-button = Erase
erase-folder-title = Folder for the reports
erase-done = Erased { $attendees ->
    [one] 1 attendee
   *[other] { $attendees } attendees
} and { $entries ->
    [one] 1 log entry
   *[other] { $entries } log entries
}; the file is compacted.
erase-reports-in = The reports are in { $folder }.
erase-failed = Nothing was erased: { $error }.
erase-finished-interrupted = An erase of the attendee data had been cut short (the computer stopped in the middle); it was finished as the database opened, and no attendee data is left in the file.

desks-reading = Reading…
desks-alone = This desk stands alone: its check-ins are in this computer's database only. To join a hub or start one with this event, see Settings.
desks-hub-connected = Hub { $hub }: connected
desks-hub-unreachable = Hub { $hub }: not reachable: this desk checks people in from its own copy
# $last is a time of day or desks-never.
desks-waiting = { $count ->
    [one] 1 scan
   *[other] { $count } scans
} of this desk waiting for the hub; last sync { $last }
desks-never = never
desks-no-conflicts = No conflicts: nobody was admitted twice.
desks-conflicts = { $count ->
    [one] 1 person admitted twice while offline (both scans are kept):
   *[other] { $count } people admitted twice while offline (both scans are kept):
}
desks-column-desk = Desk
desks-column-last-contact = Last contact
desks-column-waiting = Waiting
desks-column-late = Late (over 2 min)
desks-column-data = Attendee data
desks-holds-copy = holds a copy
desks-erased = erased

hub-title = Several computers: the hub
hub-password = the hub's password
hub-alone = This desk stands alone: its check-ins are in this computer's database only. With several computers, give them one hub (see the README).
hub-test = Test
hub-join = Join (new, empty database)
hub-start = Start the hub with this event
hub-joined = This desk checks in through the hub at { $hub }; Desks & sync shows how the desks are doing.
hub-erase-on-leave = Also erase this computer's copy of the attendee data
hub-leave = Leave the hub
hub-asking = Asking the hub…
hub-answers = The hub at { $hub } answers; it holds "{ $event }".
hub-answers-unnamed = The hub at { $hub } answers; it holds an event with no name yet.
hub-answers-empty = The hub at { $hub } answers; it holds no event yet.
hub-joined-now = Joined the hub at { $hub }.
hub-started = The hub at { $hub } now holds this event ({ $count ->
    [one] 1 person
   *[other] { $count } people
}); this is its first desk.
hub-left-erased = This desk left the hub at { $hub } and erased its copy ({ $count ->
    [one] 1 person
   *[other] { $count } people
}).
hub-left = This desk left the hub at { $hub }; its copy of the attendee data stays until it is erased.
hub-left-untold = The hub was not reachable: its desk list still shows this desk as it last reported.

settings-the-event = The event
settings-desk-and-printing = This desk and printing
settings-desk-name = This desk's name
settings-badge-layout = Badge layout for desks
settings-printer = Printer (empty: the default printer)
settings-print-at-check-in = Print a badge for everyone checked in
settings-lobby-count = Show how many people checked in on the lobby screen
settings-sounds = Play a short tone for each answer at desks and kiosks
settings-kiosk-here = Open this desk as a self-service kiosk for attendees (from its next start; Ctrl+Alt+K and the PIN leave it)
settings-kiosk-search = At kiosks, attendees may check in by typing their whole email address, or their family name and their ticket's last { $digits } digits
settings-camera = Camera on this computer
settings-mirror = Mirror the preview
settings-camera-off = No camera (a scanner or the keyboard)
settings-camera-first = The first camera found
settings-camera-absent = { $device } (not connected)
settings-desk-language = This desk speaks
settings-event-language = Kiosks and the lobby speak
settings-several-days = Events of several days
settings-day-changes-at = The day changes at
settings-day-passes = Day passes: ticket type=days, e.g. Tuesday pass=2018-07-10; Weekend=2018-07-11,2018-07-12
settings-save = Save settings
settings-saved = Saved.
settings-day-passes-refused = Day passes: { $reason }.
settings-name-the-desk = Give this desk a name, such as "Desk 1".

event-name = Event name
event-venue = Venue
event-first-day = First day (YYYY-MM-DD)
event-last-day = Last day
event-time-zone = Time zone

layout-a4-8 = A4 sheets, 8 badges of 105 × 74 mm
layout-letter-6 = US Letter sheets, 6 badges of 4 × 3 in
layout-label-62x100 = 62 × 100 mm labels (62 mm label printer)
layout-label-4x3 = 4 × 3 in labels (badge printer)

badges-title = Badges
badges-layout = Layout
badges-which = Which badges
badges-everyone = Everyone admitted
badges-not-printed-yet = Not printed yet
badges-ticket-type = Ticket type: { $type }
badges-person = Attendee { $id }
badges-count = { $count ->
    [one] 1 badge
   *[other] { $count } badges
} on { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}
badges-save = Save PDF…
badges-print = Print
badges-making = Making badges: { $done } of { $total }
badges-preview = Preview
badges-no-preview = No badge to show: nobody matches.
badges-dialog-title = Save badges as PDF
badges-cannot-read = Cannot read the list: { $error }.
badges-cannot-preview = Cannot draw the preview: { $error }.
badges-not-made = Badges not made: { $error }.
badges-saved-to = saved to { $file }
badges-sent-to = sent to { $printer }
badges-sent-default = sent to the default printer
badges-opened-viewer = opened in the PDF viewer ({ $file })
# $where is one of the four above.
badges-made = { $count ->
    [one] 1 badge
   *[other] { $count } badges
} on { $pages ->
    [one] 1 page
   *[other] { $pages } pages
} { $where }.
badges-missing-glyphs = Not drawn (no font has them): { $glyphs }

agenda-title = Agenda
agenda-reading = Reading the agenda…
agenda-empty = No agenda yet: import one with frontdesk agenda import FILE, or add a session.
agenda-selected = Selected session
agenda-session-title = Title
agenda-rename = Rename
agenda-delete = Delete
agenda-delete-confirm = Press again to delete
agenda-move = Move
agenda-earlier = −{ $minutes } min
agenda-later = +{ $minutes } min
agenda-length = Length
agenda-shorter = { $minutes } min shorter
agenda-longer = { $minutes } min longer
agenda-add-title = Add a session
agenda-speakers = Speakers: Name, Company; Name
agenda-room = Room
agenda-day = Day
agenda-day-hint = Day (2018-07-09)
agenda-starts-at = Starts at
agenda-start-hint = Start (14:30)
agenda-minutes-long = Minutes long
agenda-minutes = Minutes
agenda-add = Add
agenda-kind-talk = Talk
agenda-kind-keynote = Keynote
agenda-kind-break = Break
agenda-kind-other = Other
agenda-needs-title = A session needs a title.
# $minutes has its sign: "+5", "−15".
agenda-moved = Moved by { $minutes } min.
agenda-lengthened = Length changed by { $minutes } min.
agenda-renamed = Renamed.
agenda-deleted = Deleted.
agenda-added = Added "{ $title }".

import-title = Import registrants
import-reading-event = Reading the event…
import-reading-file = Reading { $file }…
import-first-event = First, your event
import-replaces-sample = This database holds the sample event, Spotify ML Day. Your event replaces it: the sample's registrants, their check-ins and its agenda are removed.
import-why-event = The desks, the badges and the lobby screen show the event's name; the days and the time zone decide which day a check-in counts for.
import-zone-hint = The time zone is this computer's: change it if the event is elsewhere (Europe/Stockholm, America/New_York).
import-replace-sample = Replace the sample with this event
import-save-event = Save the event and choose its list
import-back = Back
import-event-saved = { $event } is saved. Now choose its registrant list.
import-event-saved-sample-gone = { $event } is saved and the sample event is gone ({ $registrants } registrants, { $check_ins } check-ins and its agenda removed). Now choose { $event }'s registrant list.
# $systems lists the ticketing systems frontdesk reads.
import-choose-list = Choose the registrant list exported from { $systems } (CSV or tab-separated text).
import-system-spreadsheet = spreadsheet
import-choose-file = Choose a file…
import-type-path = …or type the file's path and press Enter
import-dialog-title = Choose the registrant list
import-dialog-lists = Registrant lists (CSV, TSV, text)
import-dialog-all = All files
import-comma-separated = comma-separated
import-semicolon-separated = semicolon-separated
import-tab-separated = tab-separated
import-separated-by = separated by "{ $mark }"
# "registrants.csv: Eventbrite export, UTF-8, comma-separated, 320 rows".
import-file-summary = { $file }: { $system } export, { $encoding }, { $separator }, { $rows } rows
import-columns = Columns
import-repeated-header = { $columns }: the same name twice. Only the first is used unless you choose a field for the others.
import-first-rows = The first rows as they will be imported
import-same-name-as = same name as column { $column }: choose what it holds
import-detected = detected: { $field }
import-not-recognised = not recognised
import-example = e.g. { $value }
import-empty-column = empty in the first rows
import-no-header = (no header)
import-reading-rows = Reading the first rows…
import-column-row = Row
import-column-code = Code
import-row-skipped = skipped: { $reason }
import-field-first-name = first name
import-field-last-name = last name
import-field-full-name = full name
import-field-email = email
import-field-company = company
import-field-title = title
import-field-ticket-type = ticket type
import-field-code = code
import-field-status = status
import-field-ignore = ignore
import-import = Import
import-reading-whole = Reading the whole file…
import-importing = Importing: { $done } of { $total } people
import-cancelling = Cancelling…
import-cancel = Cancel
import-cancelled = Import cancelled: nothing was changed.
import-imported = Imported { $file }
# $count is already written out with its thousands separated ("1,024").
import-added = { $count } added
import-updated = { $count } updated
import-unchanged = { $count } unchanged
import-not-admitted = { $count } not admitted (cancelled or refunded tickets)
import-missing = { $count } people from earlier imports are missing from this file
import-row-note = Row { $row }: { $note }
# $count is the number, $shown the same number written out ("1,024").
import-rows = { $count ->
    [one] 1 row
   *[other] { $shown } rows
}
import-skipped = { $rows } skipped
import-with-note = { $rows } imported with a note
import-skipped-rows = Skipped rows
import-noted-rows = Imported with a note
import-more = and { $rows } more
import-another = Import another file…
import-done = Done

## Why a form is refused: the event, a day pass, a new session

event-error-blank-name = Give the event a name.
event-error-zone = "{ $zone }" is not a time zone; use a name such as Europe/Stockholm or America/New_York.
event-error-first-day = The first day "{ $text }" is not a date; write it as 2018-07-09.
event-error-last-day = The last day "{ $text }" is not a date; write it as 2018-07-09.
event-error-day-change = "{ $text }" is not an hour for the day to change; write it as 04:00 (a time between 00:00 and 12:00).
event-error-ends-before = The last day ({ $last }) is before the first day ({ $first }).
day-pass-error-no-equals = "{ $text }" is not a day pass; write the ticket type, =, and its days, e.g. "Tuesday pass=2018-07-10" (several days separated by commas)
day-pass-error-no-ticket-type = a day pass needs a ticket type before the =, as in "Tuesday pass=2018-07-10"
day-pass-error-date = "{ $text }" in the day pass for { $type } is not a date; write it as 2018-07-10
day-pass-error-outside = { $day } is not a day of the event ({ $first } to { $last }); give { $type } a day the event runs, or change the event's dates first
session-error-blank-title = Give the new session a title.
session-error-blank-room = Say which room the new session is in.
session-error-day = "{ $text }" is not a day; write it as 2018-07-09.
session-error-time = "{ $text }" is not a time; write it as 14:30.
session-error-length = "{ $text }" is not a length in minutes.
session-error-no-such-time = { $time } does not exist on { $date } (the clocks change).
session-error-ends-before = "{ $title }" would not end after it starts; give it an end after its start

## Why an import left a row out or noted it

note-empty-row = empty row
note-totals-row = looks like a totals row
note-no-name = no name
# $why is one of the note-why messages below.
note-same-as = same person as row { $row } ({ $why })
note-why-code = same ticket code
note-why-email = same email address
note-why-name = same name, no company or email address to tell them apart
note-why-name-and-company = same name and company
note-shares-email = shares its email address with row { $row } but not the name; imported as a separate person
note-not-an-email = "{ $text }" does not look like an email address; imported without it being usable for matching
note-unknown-status = status "{ $status }" is not one frontdesk knows; imported as admitted
# $values are the values themselves, each in quotes.
note-stray-values = ignored { $count ->
    [one] 1 value
   *[other] { $count } values
} with no column header: { $values }
note-updated-twice = matches a person already updated from an earlier row; imported once

## What a re-import kept, a repeated column, a double entry between desks

import-corrections-kept = Kept { $count ->
    [one] 1 correction
   *[other] { $count } corrections
} made in frontdesk
# $field is a field's name (walk-in-first-name…); the values are the file's and the correction.
import-correction-replaced = { $field } is now "{ $imported }" as the file says; it had been corrected to "{ $corrected }"
# "Email" (columns 3 and 7); $columns are all but the last number, separated by commas.
import-repeated-columns = "{ $header }" (columns { $columns } and { $last })
# "Ada Lovelace (2018-07-09): admitted twice while offline: Desk 2 09:14, Desk 4 09:16 (late)".
desks-conflict = { $name } ({ $day }): admitted twice while offline: { $scans }
desks-conflict-scan = { $desk } { $time }
desks-conflict-scan-late = { $desk } { $time } (late)

## Why something could not be done: the database, a file, the hub, the PIN, badges
# These are clauses the screens put after "Not saved: " and the like, or show alone with a
# capital and a full stop: start them in lower case (unless the language capitalises the
# word) and end them without one. $detail is the computer's own words, often in English;
# $file and $folder are places on the disk.

store-error-database = the event database reported a problem: { $detail }
store-error-busy = the event database is busy: another desk or program is writing to it; try again in a moment
store-error-create-folder = cannot create the folder { $folder } for the event database ({ $detail })
store-error-too-new = this database was written by a newer frontdesk (schema { $found }, this one knows { $known }); update frontdesk before opening it
store-error-schema-damaged = { $file } says it holds schema version { $found }, which does not match what is in it: the file is damaged or was changed by another program; restore a copy of it from a backup, or import the registrant list again into a new database
store-error-damaged = { $file } is damaged ({ $detail }); restore a copy of it from a backup, or import the registrant list again into a new database
store-error-not-a-database = { $file } is not a frontdesk database ({ $detail }); open another file, or import the registrant list into a new database
store-error-no-database = there is no event database at { $file }; import a registrant list or name an event to start one
store-error-bad-time-zone = the event's time zone in the database, "{ $value }", cannot be read; set it again in the console's Settings
store-error-bad-first-day = the event's first day in the database, "{ $value }", cannot be read; set it again in the console's Settings
store-error-bad-last-day = the event's last day in the database, "{ $value }", cannot be read; set it again in the console's Settings
store-error-bad-day-change = the hour the event's day changes in the database, "{ $value }", cannot be read; set it again in the console's Settings
# $reason is why the text is not a list of day passes.
store-error-bad-day-passes = the day passes in the database, "{ $value }", cannot be read ({ $reason }); set them again in the console's Settings
store-error-no-session = this session is no longer in the agenda (it may have been deleted at another desk)
store-error-session-ends-before-start = "{ $title }" would not end after it starts; give it an end after its start
store-error-disk-full = the disk holding { $file } is full: free some space there (or move the database to another disk) and try again; nothing was changed
store-error-backup = cannot write the backup { $file } ({ $detail })
store-error-read-only-disk = { $file } is on a read-only disk: it can be read but not changed; copy it to a writable disk and open the copy
store-error-folder-not-writable = { $file } is in a folder this user cannot write to: it can be read but not changed; give the user write permission there, or copy the file elsewhere and open the copy
store-error-no-attendee = this person is no longer in the list (they may have been removed at another desk)
store-error-empty-name = a person needs a first or a last name; both are empty
store-error-sample-event = this database holds the sample event, Spotify ML Day; name your own event first (that removes the sample's registrants, check-ins and agenda)
store-error-sample-on-hub = this desk's hub holds the sample event, so replacing it here would leave the sample's people at the hub and on the other desks; erase the attendee data first, then name the event
store-error-cancelled = the import was cancelled and the database is as it was before
store-error-bad-hub-data = the hub sent data this desk cannot use: { $detail }
store-error-not-empty = this database holds an event already ({ $people ->
    [one] 1 person
   *[other] { $people } people
}); a desk joins a hub with a new database

hub-error-bad-address = the hub's address cannot be used: { $detail }
hub-error-unreachable = the hub at { $host } is not reachable: { $detail }
hub-error-untrusted = the hub at { $host } showed a certificate this desk does not trust ({ $detail }); check that sslrootcert in the hub's address is a copy of the hub's certificate, made for this host
hub-error-refused = the hub at { $host } refused this desk: { $detail }
hub-error-tls = the secure connection to the hub failed: { $detail }
hub-error-address-file = cannot use { $file }, where this desk keeps its hub's address ({ $detail })
hub-error-certificate = cannot read the hub's certificate { $file } (sslrootcert in the hub's address): { $detail }
# $desks are the desks' names, separated by commas.
hub-error-desks-waiting = not erased: { $desks } still had scans waiting for the hub when they last spoke to it, and erasing now would lose them; let those desks sync (or leave the hub) first
hub-error-not-joined = this database is not a desk of a hub; join one first
hub-error-needs-hub = this change needs the hub at { $host }, which is not reachable; try again when the desk shows it is online
hub-error-other-event = the hub at { $host } now holds another event ("{ $name }") and this desk's copy is of an earlier one; leave the hub and join it again
hub-error-scans-waiting = { $pending ->
    [one] 1 scan of this desk has
   *[other] { $pending } scans of this desk have
} not reached the hub yet; sync when it is reachable, then leave (or leave and erase this copy)
hub-error-hub = the hub reported a problem: { $detail }
hub-error-too-new = the hub was set up by a newer frontdesk (hub schema { $found }, this one knows { $known }); update frontdesk on this desk
hub-error-holds-another-event = the hub already holds another event, "{ $name }"; join it, or replace it with this database's event
hub-error-empty = the hub holds no event yet; start it from the organizer's database first
hub-error-bad-backup = this is not a hub backup frontdesk can restore: { $detail }
hub-error-bad-row = the hub sent a row this desk cannot read: { $detail }

pin-error-too-short = the PIN must have at least { $digits } digits
pin-error-too-long = the PIN can have at most { $digits } digits
pin-error-not-digits = the PIN must be digits only (0–9), without spaces or letters
pin-error-not-set = no organizer PIN is set yet; set one first
pin-error-damaged = the stored organizer PIN is damaged; set a new one
pin-error-hash = cannot keep the PIN: { $detail }

badge-error-fonts = the bundled badge fonts cannot be read; this copy of frontdesk is damaged, install it again
badge-error-qr = cannot make a QR code of { $code }: { $detail }
badge-error-page-size = the badge page size is not valid
badge-error-pdf = cannot write the badge PDF: { $detail }
badge-error-png = cannot write a badge PNG: { $detail }

file-error-write = cannot write { $file }: { $detail }
file-error-exists = { $file } already exists; frontdesk does not overwrite it
file-error-unreadable = { $file } could not be read ({ $detail }); choose another file
export-error-write = cannot write the export: { $detail }
sample-error-damaged = the built-in sample event is damaged ({ $detail }); install frontdesk again
setting-error-read = cannot read { $file }: { $detail }
setting-error-camera-line = line { $line } of { $file } says "{ $text }", which is neither camera=off|auto|DEVICE nor mirror=on|off; correct the line or delete the file
setting-error-no-folder-camera = this computer has no configuration folder (no home directory) to keep the camera in
setting-error-no-folder-language = this computer has no configuration folder (no home directory) to keep the language in
camera-error-no-camera = no camera found (no video capture device in /dev)
camera-error-open = cannot open the camera { $device }: { $detail }
camera-error-no-yuyv = the camera { $device } does not give YUYV frames (it gives { $formats }); choose another camera
camera-error-capture = the camera { $device } stopped giving frames: { $detail }
camera-error-not-linux = webcams are read on Linux only, so far
camera-error-frames-folder = cannot read the camera frames in { $folder }: { $detail }
camera-error-no-frames = { $folder } holds no PNG frames: give a folder of .png files, one a frame
camera-error-frame = cannot read the frame { $file }: { $detail }
error-worker-stopped = the work behind this screen stopped unexpectedly; try again
# What the desk says when the database does not answer; $error is one of the clauses above.
desk-database-problem = The event database did not answer: { $error }. Try again; if it keeps failing, call an organizer.

## Why nothing was imported: whole sentences, each naming the file and what to do

import-error-empty = { $file } is empty; export the registrant list again and choose the new file.
import-error-too-large = { $file } is { $megabytes } MB; frontdesk imports registrant lists of up to 64 MB (about half a million people). Export one list per event, or split the file and import the parts one after the other.
import-error-not-text = { $file } is not a text file; export the registrant list as CSV.
import-error-workbook = { $file } is a spreadsheet workbook, not a CSV file; save it as "CSV UTF-8" from your spreadsheet program and import that file.
# $encoding is the name of a text encoding (windows-1252).
import-error-undecodable = { $file } starts out as { $encoding } text but contains bytes that are not; save it again as "CSV UTF-8" and import that file.
# $columns are the repeated headers, each in quotes.
import-error-repeated-columns = { $file } has columns with the same name: { $columns }. Only the first of each would be read and the others' values dropped; rename them in the file, or choose what each holds in the import wizard.
import-error-damaged-utf8-line = { $file } is UTF-8 text, but line { $line } has bytes that are not: read otherwise, every accented name would be garbled. Fix that row (or save the list again as "CSV UTF-8") and import it again.
# $lines are line numbers separated by commas: "12, 40".
import-error-damaged-utf8-lines = { $file } is UTF-8 text, but lines { $lines } and { $last } have bytes that are not: read otherwise, every accented name would be garbled. Fix those rows (or save the list again as "CSV UTF-8") and import it again.
import-error-damaged-utf8-more = { $file } is UTF-8 text, but lines { $lines } and { $more } more have bytes that are not: read otherwise, every accented name would be garbled. Fix those rows (or save the list again as "CSV UTF-8") and import it again.
import-error-header-only = { $file } has column headers but no registrant rows; check that the export includes the attendees and try again.
# $found are the file's column headers, each in quotes.
import-error-no-name-column = { $file } has no column with registrant names (columns found: { $found }); choose which column holds the names in the import wizard.
import-no-headers = none
import-error-unreadable = { $file } could not be read at row { $row } ({ $detail }); save it again as CSV and retry.
# $error is one of the clauses above (the database's or the disk's reason).
import-nothing-imported = Nothing was imported: { $error }.
