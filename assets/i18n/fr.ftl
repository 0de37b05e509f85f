# Les mots de frontdesk en français, d’après le catalogue anglais (en.ftl).
# Un message par ligne : `id = texte` ; { $name } est rempli par le programme ; les pluriels
# s’écrivent comme une sélection sur le nombre ({ $count -> [one] ... *[other] ... }).
# Le programme demande un message par son id ; les tests échouent si une langue en oublie un
# ou perd un de ses { $placeables }.

## Dates : « lundi 9 juillet »

weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
# $weekday et $month sont les mots ci-dessus ; $day le jour du mois (9).
date-long = { $weekday } { $day } { $month }
# Un jour d’un événement de plusieurs jours, en début de ligne.
event-day = Jour { $number } sur { $days }

## Le poste d’accueil (équipe)

desk-code-hint = Scannez un badge ou un billet, ou tapez un nom
desk-count = { $checked_in } / { $admitted } enregistrés
# $day est event-day (« Jour 2 sur 3 »).
desk-count-today = { $day } · { $checked_in } / { $admitted } enregistrés aujourd’hui
desk-hub-online = Serveur : en ligne
desk-hub-sending = Envoi de { $count ->
    [one] { $count } scan
    [many] { $count } de scans
   *[other] { $count } scans
} au serveur
desk-hub-offline = Hors ligne : { $count ->
    [one] { $count } scan
    [many] { $count } de scans
   *[other] { $count } scans
} en attente
desk-checking = Vérification…
desk-problem = Un problème est survenu
desk-idle-scan = Scannez votre badge ou billet
desk-idle-type = ou tapez votre nom
desk-nobody-found = Aucun résultat pour « { $query } »
desk-nobody-found-hint = Vérifiez l’orthographe, essayez le nom de famille, ou ajoutez un participant (Ctrl+N).
desk-search-keys = ↑ ↓ choisir · Entrée enregistre · Échap efface
desk-row-checked-in = enregistré à { $time }, { $desk }
desk-row-not-admitted = non admis : { $reason }
desk-row-not-yet = pas encore enregistré
desk-undo-question = Annuler cet enregistrement ?
desk-undo-checked-in = enregistré à { $time }, { $desk }
desk-undo-keys = Entrée : annuler · Échap : garder
desk-recent-title = Ce poste
desk-recent-none = Aucun enregistrement à ce poste pour l’instant.
desk-recent-undone = { $name } (annulé)
desk-undo-last = Annuler le dernier (Ctrl+Z)
desk-new-attendee = Nouveau participant (Ctrl+N)
desk-offline-mark = hors ligne : décidé à ce poste
desk-print = Imprimer le badge (Ctrl+P)
desk-printing = Impression du badge…
desk-print-again = Réimprimer
desk-not-printed = Non imprimé : { $problem }
desk-print-retry = Réessayer
desk-printed = Badge envoyé à { $printer }
desk-printed-viewer = Badge ouvert dans la visionneuse PDF ({ $file })
desk-printed-default = Badge envoyé à l’imprimante par défaut
desk-camera-failed = La caméra ne donne aucune image : { $reason }
desk-backup-failed = La copie automatique de la base de données a échoué : { $error }
desk-nothing-to-undo = Rien à annuler : plus aucun enregistrement actif à { $desk }.
desk-camera-off = La caméra est éteinte : { $error }
desk-sample-notice = Ceci est l’événement d’exemple : la base de données était vide, donc { $count } inscrits du Spotify ML Day ont été chargés. Pour lancer votre propre événement, ouvrez la console (Ctrl+O) et choisissez Importer : votre événement remplacera l’exemple.

## La réponse au poste d’accueil : un titre, puis les détails

verdict-welcome = Bienvenue
verdict-welcome-back = Bon retour
verdict-already = Déjà enregistré
verdict-already-today = Déjà entré aujourd’hui
# Quand et où la personne a été enregistrée la première fois : « à 09:12, Poste 2 ».
verdict-already-detail = à { $time }, { $desk }
verdict-not-admitted = Non admis
verdict-typo = Vérifiez le code
verdict-typo-detail = Ce code contient une faute : un caractère est faux ou deux sont inversés. Scannez à nouveau ou retapez-le.
verdict-unknown = Code inconnu
verdict-unknown-detail = Cherchez par nom : tapez-le dans le champ ci-dessus.
verdict-walk-in = Nouveau participant, code badge { $code }
verdict-undone = Enregistrement annulé
verdict-undone-detail = Le journal garde l’enregistrement et son annulation.
verdict-not-checked-in = Non enregistré
verdict-not-checked-in-detail = Il n’y avait aucun enregistrement à annuler.
verdict-nothing-undone = Aucune annulation
verdict-nothing-undone-detail = Cette personne est introuvable.

## Le formulaire d’inscription sur place, au poste d’accueil

walk-in-title = Nouveau participant
walk-in-first-name = Prénom
walk-in-last-name = Nom
walk-in-email = E-mail
walk-in-company = Société
walk-in-ticket-type = Type de billet
walk-in-saving = Sauvegarde…
walk-in-save = Valider et enregistrer (Entrée)
walk-in-cancel = Annuler (Échap)
walk-in-no-name = Tapez au moins un prénom ou un nom.
walk-in-not-an-email = « { $text } » n’est pas une adresse e-mail ; corrigez-la ou laissez le champ vide.
walk-in-not-saved = Non sauvegardé : { $error }

## La borne libre-service : lue par les participants

kiosk-welcome = Bienvenue
kiosk-welcome-name = Bienvenue, { $name }
kiosk-welcome-back = Bon retour parmi nous
kiosk-welcome-back-name = Bon retour, { $name }
kiosk-already = Vous êtes déjà enregistré
kiosk-already-detail = Si ce n’était pas vous, adressez-vous à l’accueil.
kiosk-see-staff = Adressez-vous à l’accueil
kiosk-see-staff-detail = Notre équipe vous aidera à vous enregistrer.
kiosk-scan-again = Veuillez rescanner
kiosk-scan-again-detail = Le code est illisible. Tenez-le immobile, à une largeur de main du lecteur.
kiosk-badge-printing = Votre badge s’imprime.
kiosk-checked-in = Vous êtes enregistré. Bonne journée !
kiosk-collect-badge = Veuillez retirer votre badge à l’accueil.
kiosk-one-moment = Un instant…
kiosk-cannot = Cette borne ne peut pas vous enregistrer pour le moment.
kiosk-prompt = Scannez le QR code de votre billet
kiosk-prompt-hint = Tenez-le sous le lecteur.
# $digits : combien de derniers chiffres du billet taper (4).
kiosk-prompt-hint-search = Pas de code à scanner ? Tapez votre adresse e-mail, ou votre nom de famille et les { $digits } derniers chiffres de votre billet, puis appuyez sur Entrée.
kiosk-field = Scannez votre billet
kiosk-field-search = Scannez votre billet, ou tapez votre adresse e-mail
kiosk-attract = Scannez votre billet pour entrer

## Le code PIN des organisateurs, demandé avant leurs écrans et pour quitter une borne

lock-organizers-only = Réservé aux organisateurs
lock-enter-hint = Tapez le code PIN organisateur et appuyez sur Entrée.
lock-choose = Choisissez un code PIN organisateur
lock-choose-hint = 4 à 12 chiffres. Il verrouille la console, les badges, le programme et les réglages ; sans lui, ni l’équipe d’accueil ni les participants ne peuvent les ouvrir.
lock-pin = Code PIN
lock-pin-again = Confirmez le code PIN
lock-unlock = Déverrouiller
lock-save-and-open = Sauvegarder le code PIN et ouvrir
lock-back-to-desk = Retour à l’accueil (Échap)
lock-back-to-kiosk = Retour à la borne
lock-leave-kiosk = Organisateurs : tapez le code PIN pour quitter la borne.
lock-kiosk-needs-pin = Cette borne a besoin d’un code PIN organisateur avant que les participants ne l’utilisent : c’est lui qui permet à un organisateur de quitter la borne.
lock-pins-differ = Les deux codes PIN diffèrent ; tapez deux fois le même code PIN.
lock-wrong = Code PIN erroné. Réessayez.
# $wait est lock-seconds ou lock-minutes.
lock-wrong-wait = Code PIN erroné. Réessayez dans { $wait }.
lock-too-many = Trop de codes PIN erronés : attendez { $wait } avant le prochain essai.
lock-seconds = { $count ->
    [one] { $count } seconde
    [many] { $count } de secondes
   *[other] { $count } secondes
}
lock-minutes = { $count ->
    [one] { $count } minute
    [many] { $count } de minutes
   *[other] { $count } minutes
}

## L’écran du hall : les visiteurs le lisent de loin

lobby-opening = Ouverture du programme…
lobby-cannot-read = Impossible de lire la base de données de l’événement : { $error }
lobby-checked-in = { $count ->
    [one] { $count } personne enregistrée
    [many] { $count } de personnes enregistrées
   *[other] { $count } personnes enregistrées
}
lobby-welcome = Bienvenue
lobby-programme-soon = Le programme s’affichera ici.
lobby-doors-open = Ouverture des portes à { $time }
lobby-back-at = Reprise à { $time }
lobby-first = Pour commencer
lobby-next = À suivre
lobby-now = En cours
lobby-break = Pause
lobby-nothing-now = Rien en ce moment
lobby-rooms-page = Salles { $page }/{ $pages }
lobby-thank-you = Merci de votre venue !
# $day est lobby-today, lobby-tomorrow ou lobby-on-day.
lobby-see-you = Rendez-vous { $day } : ouverture des portes à { $time }
lobby-safe-travels = Bon retour chez vous.
# $left est lobby-minutes ou lobby-hours-minutes ; $end une heure de la journée.
lobby-time-left = Encore { $left } · jusqu’à { $end }
lobby-minutes = { $minutes } min
# $minutes a deux chiffres : « 1 h 05 min ».
lobby-hours-minutes = { $hours } h { $minutes } min
# $duration est lobby-minutes ou lobby-hours-minutes.
lobby-in = dans { $duration }
lobby-starting-now = maintenant
lobby-today = aujourd’hui
lobby-tomorrow = demain
# $date est date-long.
lobby-on-day = le { $date }
lobby-today-heading = Aujourd’hui
lobby-window-title = { $event } — hall
