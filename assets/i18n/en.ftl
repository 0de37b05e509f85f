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
desk-printed = Badge sent to { $printer }
desk-printed-viewer = Badge opened in the PDF viewer ({ $file })
desk-printed-default = Badge sent to the default printer
desk-camera-failed = The camera gives no frames: { $reason }
desk-backup-failed = The automatic copy of the database failed: { $error }
desk-nothing-to-undo = Nothing to undo: no check-in at { $desk } is still standing.
desk-camera-off = The camera is off: { $error }
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
walk-in-not-saved = Not saved: { $error }

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
lobby-cannot-read = Cannot read the event database: { $error }
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
