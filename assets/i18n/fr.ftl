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
weekday-short-1 = lun.
weekday-short-2 = mar.
weekday-short-3 = mer.
weekday-short-4 = jeu.
weekday-short-5 = ven.
weekday-short-6 = sam.
weekday-short-7 = dim.
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.
# Un jour sur un bouton : « lun. 9 juil. ».
date-short = { $weekday } { $day } { $month }
# Entre groupes de trois chiffres : 12 345.
number-thousands =  
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
print-error-nothing = ni imprimante ni visionneuse PDF trouvée ; enregistrez le PDF et imprimez-le depuis un autre ordinateur
print-error-refused = l’imprimante a refusé le badge : { $reason }
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

## Les écrans des organisateurs : la console, l’assistant d’importation, les badges, l’éditeur du programme

app-opening = Ouverture de l’événement…
app-cannot-open = Impossible d’ouvrir la base de données de l’événement { $file } : { $error }

console-tab-dashboard = Suivi
console-tab-import = Importer
console-tab-export = Exporter
console-tab-settings = Réglages
console-tab-desks = Postes & sync
console-tab-erase = Effacer
console-badges = Badges…
console-agenda = Programme…
console-lock = Verrouiller (Échap)

dashboard-counting = Comptage…
dashboard-registered = inscrits
dashboard-admitted = admis
dashboard-checked-in = enregistrés
dashboard-arrivals = Arrivées par tranche de 10 minutes, avec les débuts des sessions
dashboard-no-check-ins = Aucun enregistrement pour l’instant.
dashboard-by-ticket-type = Type de billet : enregistrés / admis (inscrits)
dashboard-desks = Postes
dashboard-latest = Récemment
dashboard-activity-check-in = { $name } — enregistré ({ $desk })
dashboard-activity-undo = { $name } — enregistrement annulé ({ $desk })
dashboard-activity-walk-in = { $name } — inscrit sur place ({ $desk })
dashboard-activity-edit = { $name } — coordonnées corrigées ({ $desk })
dashboard-today = Aujourd’hui
# $day est event-day (« Jour 2 sur 3 »).
dashboard-came-before = { $day } : { $count ->
    [one] { $count } personne venue un jour précédent n’est pas encore là
    [many] { $count } de personnes venues les jours précédents ne sont pas encore là
   *[other] { $count } personnes venues les jours précédents ne sont pas encore là
}
dashboard-not-arrived = Pas encore là
dashboard-everyone = Tous
dashboard-came-earlier = Déjà venus
dashboard-search = Chercher par nom, société ou e-mail
dashboard-nobody-matches = Aucun résultat.
dashboard-edit-code = Modifier : code du badge ou du billet
dashboard-find = Trouver
dashboard-edit = Modifier
dashboard-correct = Corriger { $name } ({ $code })
dashboard-save = Valider
dashboard-reprint = Réimprimer
dashboard-undo = Annuler l’entrée
dashboard-close = Fermer
dashboard-no-such-code = Personne n’a le code de badge ou de billet { $code }.
dashboard-saved = { $name } sauvegardé ; la modification est inscrite au journal.
dashboard-undone = Enregistrement annulé ; le journal garde les deux entrées.
dashboard-printing = Impression du badge de { $name }…
dashboard-not-printed = Le badge n’a pas été imprimé : { $error }

export-about = Rapports en fichiers CSV, pour les tableurs : UTF-8 avec indicateur d’ordre des octets, valeurs ressemblant à des formules neutralisées.
export-check-ins = Exporter le rapport des enregistrements…
export-attendees = Exporter la liste des participants…
export-or-folder = Ou sauvegarder les deux dans ce dossier :
export-folder = Dossier
export-check-ins-here = Sauvegarder le rapport des enregistrements ici
export-attendees-here = Sauvegarder la liste des participants ici
export-dialog-title = Sauvegarder le rapport
export-wrote-log = { $count ->
    [one] { $count } entrée du journal écrite dans { $file }.
    [many] { $count } d’entrées du journal écrites dans { $file }.
   *[other] { $count } entrées du journal écrites dans { $file }.
}
export-wrote-attendees = { $count ->
    [one] { $count } participant écrit dans { $file }.
    [many] { $count } de participants écrits dans { $file }.
   *[other] { $count } participants écrits dans { $file }.
}
export-cannot-write = Impossible d’écrire { $file } : { $error }

erase-title = Effacer les données des participants
erase-about = Supprime chaque participant, code de billet et correction, ainsi que le journal des enregistrements, puis compacte la base de données pour que rien ne puisse être récupéré dans le fichier. L’événement, le programme et les réglages restent.
erase-export-first = Sauvegarder d’abord le rapport des enregistrements et la liste des participants
# Ce que l’organisateur tape pour confirmer ; une courte phrase dans la langue.
erase-confirmation = effacer toutes les données des participants
erase-type-phrase = Tapez « { $phrase } » pour confirmer :
erase-type-to-confirm = Tapez « { $phrase } » pour confirmer.
erase-button = Effacer
erase-folder-title = Dossier des rapports
erase-done = Effacés : { $attendees ->
    [one] { $attendees } participant
    [many] { $attendees } de participants
   *[other] { $attendees } participants
} et { $entries ->
    [one] { $entries } entrée du journal
    [many] { $entries } d’entrées du journal
   *[other] { $entries } entrées du journal
} ; le fichier est compacté.
erase-reports-in = Les rapports sont dans { $folder }.
erase-failed = Rien n’a été effacé : { $error }
erase-finished-interrupted = Un effacement des données des participants avait été interrompu (l’ordinateur s’est arrêté en cours de route) ; il a été achevé à l’ouverture de la base de données, et il ne reste aucune donnée de participant dans le fichier.

desks-reading = Lecture…
desks-alone = Ce poste est autonome : ses enregistrements sont uniquement dans la base de données de cet ordinateur. Pour rejoindre un serveur, ou en démarrer un avec cet événement, voir Réglages.
desks-hub-connected = Serveur { $hub } : connecté
desks-hub-unreachable = Serveur { $hub } : injoignable ; ce poste enregistre les participants à partir de sa propre copie
# $last est une heure de la journée ou desks-never.
desks-waiting = { $count ->
    [one] { $count } scan
    [many] { $count } de scans
   *[other] { $count } scans
} de ce poste en attente du serveur ; dernière synchro : { $last }
desks-never = jamais
desks-no-conflicts = Aucun conflit : personne n’a été admis deux fois.
desks-conflicts = { $count ->
    [one] { $count } personne admise deux fois hors ligne (les deux scans sont gardés) :
    [many] { $count } de personnes admises deux fois hors ligne (les deux scans sont gardés) :
   *[other] { $count } personnes admises deux fois hors ligne (les deux scans sont gardés) :
}
desks-column-desk = Poste
desks-column-last-contact = Dernier contact
desks-column-waiting = En attente
desks-column-late = En retard (+ de 2 min)
desks-column-data = Données participants
desks-holds-copy = a une copie
desks-erased = effacées

hub-title = Plusieurs ordinateurs : le serveur
hub-password = le mot de passe du serveur
hub-alone = Ce poste est autonome : ses enregistrements sont uniquement dans la base de données de cet ordinateur. Avec plusieurs ordinateurs, donnez-leur un serveur commun (voir le README).
hub-test = Tester
hub-join = Rejoindre (nouvelle base vide)
hub-start = Démarrer le serveur avec cet événement
hub-joined = Ce poste enregistre via le serveur { $hub } ; Postes & sync montre où en sont les postes.
hub-erase-on-leave = Effacer aussi la copie des données des participants sur cet ordinateur
hub-leave = Quitter le serveur
hub-asking = Interrogation du serveur…
hub-answers = Le serveur { $hub } répond ; il contient « { $event } ».
hub-answers-unnamed = Le serveur { $hub } répond ; il contient un événement encore sans nom.
hub-answers-empty = Le serveur { $hub } répond ; il ne contient encore aucun événement.
hub-joined-now = Serveur { $hub } rejoint.
hub-started = Le serveur { $hub } contient désormais cet événement ({ $count ->
    [one] { $count } personne
    [many] { $count } de personnes
   *[other] { $count } personnes
}) ; ceci est son premier poste.
hub-left-erased = Ce poste a quitté le serveur { $hub } et effacé sa copie ({ $count ->
    [one] { $count } personne
    [many] { $count } de personnes
   *[other] { $count } personnes
}).
hub-left = Ce poste a quitté le serveur { $hub } ; sa copie des données des participants reste jusqu’à ce qu’elle soit effacée.
hub-left-untold = Le serveur était injoignable : sa liste des postes montre encore ce poste tel qu’il s’est signalé la dernière fois.

settings-the-event = L’événement
settings-desk-and-printing = Ce poste et l’impression
settings-desk-name = Nom de ce poste
settings-badge-layout = Format des badges aux postes
settings-printer = Imprimante (vide : celle par défaut)
settings-print-at-check-in = Imprimer un badge pour chaque personne enregistrée
settings-lobby-count = Afficher sur l’écran du hall le nombre de personnes enregistrées
settings-sounds = Jouer un bref signal sonore à chaque réponse des postes et des bornes
settings-kiosk-here = Ouvrir ce poste en borne libre-service pour les participants (dès son prochain démarrage ; Ctrl+Alt+K et le code PIN permettent d’en sortir)
settings-kiosk-search = Aux bornes, les participants peuvent s’enregistrer en tapant leur adresse e-mail complète, ou leur nom de famille et les { $digits } derniers chiffres de leur billet
settings-camera = Caméra de cet ordinateur
settings-mirror = Aperçu en miroir
settings-camera-off = Pas de caméra (un lecteur ou le clavier)
settings-camera-first = La première caméra trouvée
settings-camera-absent = { $device } (non connectée)
settings-desk-language = Langue de ce poste
settings-event-language = Langue des bornes et du hall
settings-several-days = Événements de plusieurs jours
settings-day-changes-at = Le jour change à
settings-day-passes = Pass journée : type de billet=jours, p. ex. Pass mardi=2018-07-10; Week-end=2018-07-11,2018-07-12
settings-save = Sauvegarder les réglages
settings-saved = Sauvegardé.
settings-day-passes-refused = Pass journée : { $reason }.
settings-name-the-desk = Donnez un nom à ce poste, par exemple « Poste 1 ».

event-name = Nom de l’événement
event-venue = Lieu
event-first-day = Premier jour (AAAA-MM-JJ)
event-last-day = Dernier jour
event-time-zone = Fuseau horaire

layout-a4-8 = Feuilles A4, 8 badges de 105 × 74 mm
layout-letter-6 = Feuilles US Letter, 6 badges de 4 × 3 in
layout-label-62x100 = Étiquettes 62 × 100 mm (imprimante d’étiquettes 62 mm)
layout-label-4x3 = Étiquettes 4 × 3 in (imprimante de badges)

badges-title = Badges
badges-layout = Format
badges-which = Quels badges
badges-everyone = Tous les admis
badges-not-printed-yet = Pas encore imprimés
badges-ticket-type = Type de billet : { $type }
badges-person = Participant { $id }
badges-count = { $count ->
    [one] { $count } badge
    [many] { $count } de badges
   *[other] { $count } badges
} sur { $pages ->
    [one] { $pages } page
    [many] { $pages } de pages
   *[other] { $pages } pages
}
badges-save = Sauvegarder le PDF…
badges-print = Imprimer
badges-making = Création des badges : { $done } sur { $total }
badges-preview = Aperçu
badges-no-preview = Aucun badge à montrer : personne ne correspond.
badges-dialog-title = Sauvegarder les badges en PDF
badges-cannot-read = Impossible de lire la liste : { $error }
badges-cannot-preview = Impossible de dessiner l’aperçu : { $error }
badges-not-made = Badges non créés : { $error }
badges-saved-to = PDF sauvegardé dans { $file }
badges-sent-to = PDF envoyé à { $printer }
badges-sent-default = PDF envoyé à l’imprimante par défaut
badges-opened-viewer = PDF ouvert dans la visionneuse ({ $file })
# $where est l’un des quatre messages ci-dessus.
badges-made = { $count ->
    [one] { $count } badge
    [many] { $count } de badges
   *[other] { $count } badges
} sur { $pages ->
    [one] { $pages } page
    [many] { $pages } de pages
   *[other] { $pages } pages
} : { $where }.
badges-missing-glyphs = Non dessinés (aucune police ne les contient) : { $glyphs }

agenda-title = Programme
agenda-reading = Lecture du programme…
agenda-empty = Pas encore de programme : importez-en un avec frontdesk agenda import FILE, ou ajoutez une session.
agenda-selected = Session choisie
agenda-session-title = Titre
agenda-rename = Renommer
agenda-delete = Supprimer
agenda-delete-confirm = Appuyez encore pour supprimer
agenda-move = Déplacer
agenda-earlier = −{ $minutes } min
agenda-later = +{ $minutes } min
agenda-length = Durée
agenda-shorter = { $minutes } min de moins
agenda-longer = { $minutes } min de plus
agenda-add-title = Ajouter une session
agenda-speakers = Intervenants : Nom, Société ; Nom
agenda-room = Salle
agenda-day = Jour
agenda-day-hint = Jour (2018-07-09)
agenda-starts-at = Début
agenda-start-hint = Début (14:30)
agenda-minutes-long = Durée (min)
agenda-minutes = Minutes
agenda-add = Ajouter
agenda-kind-talk = Exposé
agenda-kind-keynote = Keynote
agenda-kind-break = Pause
agenda-kind-other = Autre
agenda-needs-title = Une session a besoin d’un titre.
# $minutes porte son signe : « +5 », « −15 ».
agenda-moved = Déplacée de { $minutes } min.
agenda-lengthened = Durée modifiée de { $minutes } min.
agenda-renamed = Renommée.
agenda-deleted = Supprimée.
agenda-added = « { $title } » ajoutée.

import-title = Importer les inscrits
import-reading-event = Lecture de l’événement…
import-reading-file = Lecture de { $file }…
import-first-event = D’abord, votre événement
import-replaces-sample = Cette base de données contient l’événement d’exemple, Spotify ML Day. Votre événement le remplace : les inscrits de l’exemple, leurs enregistrements et son programme sont supprimés.
import-why-event = Les postes, les badges et l’écran du hall affichent le nom de l’événement ; les jours et le fuseau horaire décident du jour auquel compte un enregistrement.
import-zone-hint = Le fuseau horaire est celui de cet ordinateur : changez-le si l’événement a lieu ailleurs (Europe/Stockholm, America/New_York).
import-replace-sample = Remplacer l’exemple par cet événement
import-save-event = Sauvegarder l’événement et choisir sa liste
import-back = Retour
import-event-saved = { $event } est sauvegardé. Choisissez maintenant sa liste d’inscrits.
import-event-saved-sample-gone = { $event } est sauvegardé et l’événement d’exemple a disparu ({ $registrants } inscrits, { $check_ins } enregistrements et son programme supprimés). Choisissez maintenant la liste d’inscrits de { $event }.
# $systems énumère les billetteries que frontdesk sait lire.
import-choose-list = Choisissez la liste d’inscrits exportée de { $systems } (CSV ou texte séparé par des tabulations).
import-choose-file = Choisir un fichier…
import-type-path = …ou tapez le chemin du fichier et appuyez sur Entrée
import-dialog-title = Choisir la liste des inscrits
import-dialog-lists = Listes d’inscrits (CSV, TSV, texte)
import-dialog-all = Tous les fichiers
import-comma-separated = séparé par des virgules
import-semicolon-separated = séparé par des points-virgules
import-tab-separated = séparé par des tabulations
import-separated-by = séparé par « { $mark } »
# « registrants.csv : export Eventbrite, UTF-8, séparé par des virgules, 320 lignes ».
import-file-summary = { $file } : export { $system }, { $encoding }, { $separator }, { $rows } lignes
import-columns = Colonnes
import-repeated-header = { $columns } : le même nom deux fois. Seule la première est utilisée, sauf si vous choisissez un champ pour les autres.
import-first-rows = Les premières lignes telles qu’elles seront importées
import-same-name-as = même nom que la colonne { $column } : choisissez ce qu’elle contient
import-detected = détecté : { $field }
import-not-recognised = non reconnu
import-example = p. ex. { $value }
import-empty-column = vide dans les premières lignes
import-no-header = (sans en-tête)
import-reading-rows = Lecture des premières lignes…
import-column-row = Ligne
import-column-code = Code
import-row-skipped = ignorée : { $reason }
import-field-first-name = prénom
import-field-last-name = nom
import-field-full-name = nom complet
import-field-email = e-mail
import-field-company = société
import-field-title = fonction
import-field-ticket-type = type de billet
import-field-code = code
import-field-status = statut
import-field-ignore = ignorer
import-import = Importer
import-reading-whole = Lecture du fichier entier…
import-importing = Importation : { $done } personnes sur { $total }
import-cancelling = Annulation…
import-cancel = Annuler
import-cancelled = Importation annulée : rien n’a été modifié.
import-imported = { $file } importé
# $count est déjà écrit avec ses milliers séparés (« 1,024 »).
import-added = Ajoutés : { $count }
import-updated = mis à jour : { $count }
import-unchanged = inchangés : { $count }
import-not-admitted = Non admis (billets annulés ou remboursés) : { $count }
import-missing = Personnes d’importations précédentes absentes de ce fichier : { $count }
import-row-note = Ligne { $row } : { $note }
# $count est le nombre, $shown le même nombre écrit (« 1,024 »).
import-rows = { $count ->
    [one] { $shown } ligne
    [many] { $shown } de lignes
   *[other] { $shown } lignes
}
import-skipped = Ignorées : { $rows }
import-with-note = Importées avec une remarque : { $rows }
import-skipped-rows = Lignes ignorées
import-noted-rows = Importées avec une remarque
import-more = et { $rows } de plus
import-another = Importer un autre fichier…
import-done = Terminé

## Pourquoi un formulaire est refusé : l’événement, un pass journée, une nouvelle session

event-error-blank-name = Donnez un nom à l’événement.
event-error-zone = « { $zone } » n’est pas un fuseau horaire ; utilisez un nom comme Europe/Stockholm ou America/New_York.
event-error-first-day = Le premier jour « { $text } » n’est pas une date ; écrivez-le sous la forme 2018-07-09.
event-error-last-day = Le dernier jour « { $text } » n’est pas une date ; écrivez-le sous la forme 2018-07-09.
event-error-day-change = « { $text } » n’est pas une heure de changement de jour ; écrivez-la sous la forme 04:00 (une heure entre 00:00 et 12:00).
event-error-ends-before = Le dernier jour ({ $last }) précède le premier jour ({ $first }).
day-pass-error-no-equals = « { $text } » n’est pas un pass journée ; écrivez le type de billet, = et ses jours, p. ex. « Pass mardi=2018-07-10 » (plusieurs jours séparés par des virgules)
day-pass-error-no-ticket-type = un pass journée a besoin d’un type de billet avant le =, comme dans « Pass mardi=2018-07-10 »
day-pass-error-date = « { $text } » dans le pass journée de { $type } n’est pas une date ; écrivez-la sous la forme 2018-07-10
day-pass-error-outside = { $day } n’est pas un jour de l’événement (du { $first } au { $last }) ; donnez à { $type } un jour où l’événement a lieu, ou changez d’abord les dates de l’événement
session-error-blank-title = Donnez un titre à la nouvelle session.
session-error-blank-room = Indiquez dans quelle salle a lieu la nouvelle session.
session-error-day = « { $text } » n’est pas un jour ; écrivez-le sous la forme 2018-07-09.
session-error-time = « { $text } » n’est pas une heure ; écrivez-la sous la forme 14:30.
session-error-length = « { $text } » n’est pas une durée en minutes.
session-error-no-such-time = { $time } n’existe pas le { $date } (changement d’heure).
session-error-ends-before = « { $title } » ne se terminerait pas après son début ; donnez-lui une fin postérieure à son début

## Pourquoi une importation a laissé de côté une ligne ou y a ajouté une remarque

note-empty-row = ligne vide
note-totals-row = ressemble à une ligne de totaux
note-no-name = pas de nom
# $why est l’un des messages note-why ci-dessous.
note-same-as = même personne que la ligne { $row } ({ $why })
note-why-code = même code de billet
note-why-email = même adresse e-mail
note-why-name = même nom, sans société ni adresse e-mail pour les distinguer
note-why-name-and-company = même nom et même société
note-shares-email = partage son adresse e-mail avec la ligne { $row }, mais pas le nom ; importée comme une personne distincte
note-not-an-email = « { $text } » ne ressemble pas à une adresse e-mail ; importée, mais cette adresse ne sert pas au rapprochement
note-unknown-status = statut « { $status } » inconnu de frontdesk ; importée comme admise
# $values sont les valeurs elles-mêmes, chacune entre guillemets.
note-stray-values = { $count ->
    [one] { $count } valeur ignorée
    [many] { $count } de valeurs ignorées
   *[other] { $count } valeurs ignorées
} sans en-tête de colonne : { $values }
note-updated-twice = correspond à une personne déjà mise à jour par une ligne précédente ; importée une seule fois

## Ce qu’un nouvel import a gardé, une colonne répétée, une double entrée entre postes

import-corrections-kept = { $count ->
    [one] { $count } correction faite dans frontdesk gardée
    [many] { $count } de corrections faites dans frontdesk gardées
   *[other] { $count } corrections faites dans frontdesk gardées
}
# $field est le nom d’un champ (walk-in-first-name…) ; les valeurs sont celles du fichier et de la correction.
import-correction-replaced = { $field } vaut maintenant « { $imported } » comme dans le fichier ; il avait été corrigé en « { $corrected } »
# « E-mail » (colonnes 3 et 7) ; $columns sont tous les numéros sauf le dernier, séparés par des virgules.
import-repeated-columns = « { $header } » (colonnes { $columns } et { $last })
# « Ada Lovelace (2018-07-09) : admise deux fois hors ligne : Desk 2 09:14, Desk 4 09:16 (en retard) ».
desks-conflict = { $name } ({ $day }) : admis deux fois hors ligne : { $scans }
desks-conflict-scan = { $desk } { $time }
desks-conflict-scan-late = { $desk } { $time } (en retard)
