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
# Les deux derniers d’une liste : « Eventbrite, Tito ou Luma ».
list-or = { $items } ou { $last }
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
desk-camera-failed = La caméra ne donne aucune image : { $reason }.
desk-backup-failed = La copie automatique de la base de données a échoué : { $error }.
desk-nothing-to-undo = Rien à annuler : plus aucun enregistrement actif à { $desk }.
desk-camera-off = La caméra est éteinte : { $error }.
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
walk-in-not-saved = Non sauvegardé : { $error }.

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
lobby-cannot-read = Impossible de lire la base de données de l’événement : { $error }.
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
app-cannot-open = Impossible d’ouvrir la base de données de l’événement { $file } : { $error }.

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
dashboard-not-printed = Le badge n’a pas été imprimé : { $error }.

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
export-cannot-write = Impossible d’écrire { $file } : { $error }.

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
erase-failed = Rien n’a été effacé : { $error }.
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
badges-cannot-read = Impossible de lire la liste : { $error }.
badges-cannot-preview = Impossible de dessiner l’aperçu : { $error }.
badges-not-made = Badges non créés : { $error }.
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
import-system-spreadsheet = tableur
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

## Pourquoi une action n’a pas pu aboutir : la base de données, un fichier, le serveur, le code PIN, les badges
# Ce sont des propositions que les écrans placent après « Non sauvegardé : » et autres, ou
# qu’ils affichent seules avec une majuscule et un point final : commencez-les par une
# minuscule (sauf si la langue met une majuscule au mot) et terminez-les sans point. $detail
# sont les mots de l’ordinateur lui-même, souvent en anglais ; $file et $folder sont des
# emplacements sur le disque.

store-error-database = la base de données de l’événement a signalé un problème : { $detail }
store-error-busy = la base de données de l’événement est occupée : un autre poste ou un autre programme y écrit ; réessayez dans un instant
store-error-create-folder = impossible de créer le dossier { $folder } pour la base de données de l’événement ({ $detail })
store-error-too-new = cette base de données a été écrite par une version plus récente de frontdesk (schéma { $found }, celle-ci connaît le schéma { $known }) ; mettez frontdesk à jour avant de l’ouvrir
store-error-schema-damaged = { $file } indique contenir la version { $found } du schéma, ce qui ne correspond pas à son contenu : le fichier est endommagé ou a été modifié par un autre programme ; restaurez-en une copie de sauvegarde, ou importez à nouveau la liste des inscrits dans une nouvelle base de données
store-error-damaged = { $file } est endommagé ({ $detail }) ; restaurez-en une copie de sauvegarde, ou importez à nouveau la liste des inscrits dans une nouvelle base de données
store-error-not-a-database = { $file } n’est pas une base de données frontdesk ({ $detail }) ; ouvrez un autre fichier, ou importez la liste des inscrits dans une nouvelle base de données
store-error-no-database = il n’y a aucune base de données d’événement à l’emplacement { $file } ; importez une liste d’inscrits ou donnez un nom à un événement pour en créer une
store-error-bad-time-zone = le fuseau horaire de l’événement dans la base de données, « { $value } », est illisible ; indiquez-le à nouveau dans l’onglet Réglages de la console
store-error-bad-first-day = le premier jour de l’événement dans la base de données, « { $value } », est illisible ; indiquez-le à nouveau dans l’onglet Réglages de la console
store-error-bad-last-day = le dernier jour de l’événement dans la base de données, « { $value } », est illisible ; indiquez-le à nouveau dans l’onglet Réglages de la console
store-error-bad-day-change = l’heure à laquelle le jour de l’événement change, dans la base de données, « { $value } », est illisible ; indiquez-la à nouveau dans l’onglet Réglages de la console
# $reason explique pourquoi le texte n’est pas une liste de pass journée.
store-error-bad-day-passes = les pass journée dans la base de données, « { $value } », sont illisibles ({ $reason }) ; indiquez-les à nouveau dans l’onglet Réglages de la console
store-error-no-session = cette session n’est plus dans le programme (elle a peut-être été supprimée à un autre poste)
store-error-session-ends-before-start = « { $title } » ne se terminerait pas après son début ; donnez-lui une fin postérieure à son début
store-error-disk-full = le disque contenant { $file } est plein : libérez-y de la place (ou déplacez la base de données sur un autre disque) et réessayez ; rien n’a été modifié
store-error-backup = impossible d’écrire la copie de sauvegarde { $file } ({ $detail })
store-error-read-only-disk = { $file } se trouve sur un disque en lecture seule : il peut être lu mais pas modifié ; copiez-le sur un disque accessible en écriture et ouvrez la copie
store-error-folder-not-writable = { $file } se trouve dans un dossier où cet utilisateur ne peut pas écrire : il peut être lu mais pas modifié ; donnez à l’utilisateur le droit d’écrire dans ce dossier, ou copiez le fichier ailleurs et ouvrez la copie
store-error-no-attendee = cette personne n’est plus dans la liste (elle a peut-être été retirée à un autre poste)
store-error-empty-name = une personne a besoin d’un prénom ou d’un nom ; les deux sont vides
store-error-sample-event = cette base de données contient l’événement d’exemple, Spotify ML Day ; donnez d’abord un nom à votre propre événement (cela supprime les inscrits, les enregistrements et le programme de l’exemple)
store-error-sample-on-hub = le serveur de ce poste contient l’événement d’exemple : le remplacer ici laisserait les personnes de l’exemple sur le serveur et sur les autres postes ; effacez d’abord les données des participants, puis donnez un nom à l’événement
store-error-cancelled = l’importation a été annulée et la base de données est restée telle qu’elle était
store-error-bad-hub-data = le serveur a envoyé des données que ce poste ne peut pas utiliser : { $detail }
store-error-not-empty = cette base de données contient déjà un événement ({ $people ->
    [one] { $people } personne
   *[other] { $people } personnes
}) ; un poste ne rejoint un serveur qu’avec une nouvelle base de données

hub-error-bad-address = l’adresse du serveur est inutilisable : { $detail }
hub-error-unreachable = le serveur { $host } est injoignable : { $detail }
hub-error-untrusted = le serveur { $host } a présenté un certificat auquel ce poste ne fait pas confiance ({ $detail }) ; vérifiez que sslrootcert, dans l’adresse du serveur, est bien une copie du certificat du serveur, émis pour cet hôte
hub-error-refused = le serveur { $host } a refusé ce poste : { $detail }
hub-error-tls = la connexion sécurisée au serveur a échoué : { $detail }
hub-error-address-file = impossible d’utiliser { $file }, où ce poste garde l’adresse de son serveur ({ $detail })
hub-error-certificate = impossible de lire le certificat du serveur { $file } (sslrootcert dans l’adresse du serveur) : { $detail }
# $desks sont les noms des postes, séparés par des virgules.
hub-error-desks-waiting = rien n’a été effacé : lors de leur dernier contact avec le serveur, des scans de { $desks } étaient encore en attente du serveur, et effacer maintenant les ferait perdre ; laissez d’abord ces postes se synchroniser (ou quitter le serveur)
hub-error-not-joined = cette base de données n’est le poste d’aucun serveur ; rejoignez d’abord un serveur
hub-error-needs-hub = cette modification a besoin du serveur { $host }, qui est injoignable ; réessayez quand le poste indique qu’il est en ligne
hub-error-other-event = le serveur { $host } contient désormais un autre événement (« { $name } ») et la copie de ce poste est celle d’un événement précédent ; quittez le serveur et rejoignez-le à nouveau
hub-error-scans-waiting = { $pending ->
    [one] { $pending } scan de ce poste n’a
   *[other] { $pending } scans de ce poste n’ont
} pas encore atteint le serveur ; synchronisez dès qu’il sera joignable, puis quittez-le (ou quittez-le en effaçant cette copie)
hub-error-hub = le serveur a signalé un problème : { $detail }
hub-error-too-new = le serveur a été configuré par une version plus récente de frontdesk (schéma du serveur { $found }, celle-ci connaît le schéma { $known }) ; mettez frontdesk à jour sur ce poste
hub-error-holds-another-event = le serveur contient déjà un autre événement, « { $name } » ; rejoignez-le, ou remplacez-le par l’événement de cette base de données
hub-error-empty = le serveur ne contient encore aucun événement ; démarrez-le d’abord depuis la base de données de l’organisateur
hub-error-bad-backup = ce n’est pas une sauvegarde de serveur que frontdesk peut restaurer : { $detail }
hub-error-bad-row = le serveur a envoyé une ligne que ce poste ne peut pas lire : { $detail }

pin-error-too-short = le code PIN doit avoir au moins { $digits } chiffres
pin-error-too-long = le code PIN peut avoir au plus { $digits } chiffres
pin-error-not-digits = le code PIN ne doit contenir que des chiffres (0–9), sans espaces ni lettres
pin-error-not-set = aucun code PIN organisateur n’a encore été choisi ; choisissez-en d’abord un
pin-error-damaged = le code PIN organisateur mémorisé est endommagé ; choisissez-en un nouveau
pin-error-hash = impossible de conserver le code PIN : { $detail }

badge-error-fonts = les polices de badge fournies avec frontdesk sont illisibles ; cette copie de frontdesk est endommagée, installez-la à nouveau
badge-error-qr = impossible de créer un QR code à partir de { $code } : { $detail }
badge-error-page-size = le format de page des badges n’est pas valide
badge-error-pdf = impossible d’écrire le PDF des badges : { $detail }
badge-error-png = impossible d’écrire un PNG de badge : { $detail }

file-error-write = impossible d’écrire { $file } : { $detail }
file-error-exists = { $file } existe déjà ; frontdesk ne l’écrase pas
file-error-unreadable = { $file } n’a pas pu être lu ({ $detail }) ; choisissez un autre fichier
export-error-write = impossible d’écrire l’export : { $detail }
sample-error-damaged = l’événement d’exemple intégré est endommagé ({ $detail }) ; installez à nouveau frontdesk
setting-error-read = impossible de lire { $file } : { $detail }
setting-error-camera-line = la ligne { $line } de { $file } indique « { $text } », qui n’est ni camera=off|auto|DEVICE ni mirror=on|off ; corrigez la ligne ou supprimez le fichier
setting-error-no-folder-camera = cet ordinateur n’a pas de dossier de configuration (pas de répertoire personnel) où garder le choix de la caméra
setting-error-no-folder-language = cet ordinateur n’a pas de dossier de configuration (pas de répertoire personnel) où garder le choix de la langue
camera-error-no-camera = aucune caméra trouvée (aucun périphérique vidéo dans /dev)
camera-error-open = impossible d’ouvrir la caméra { $device } : { $detail }
camera-error-no-yuyv = la caméra { $device } ne fournit pas d’images YUYV (elle fournit { $formats }) ; choisissez une autre caméra
camera-error-capture = la caméra { $device } ne fournit plus d’images : { $detail }
camera-error-not-linux = les webcams ne sont lues que sous Linux pour l’instant
camera-error-frames-folder = impossible de lire les images de caméra dans { $folder } : { $detail }
camera-error-no-frames = { $folder } ne contient aucune image PNG : indiquez un dossier de fichiers .png, un par image
camera-error-frame = impossible de lire l’image { $file } : { $detail }
error-worker-stopped = la tâche qui tourne derrière cet écran s’est arrêtée de façon inattendue ; réessayez
# Ce que dit le poste quand la base de données ne répond pas ; $error est l’une des propositions ci-dessus.
desk-database-problem = La base de données de l’événement n’a pas répondu : { $error }. Réessayez ; si le problème persiste, appelez un organisateur.

## Pourquoi rien n’a été importé : des phrases complètes, chacune nommant le fichier et ce qu’il faut faire

import-error-empty = { $file } est vide ; exportez à nouveau la liste des inscrits et choisissez le nouveau fichier.
import-error-too-large = { $file } fait { $megabytes } MB ; frontdesk importe des listes d’inscrits jusqu’à 64 MB (environ un demi-million de personnes). Exportez une liste par événement, ou découpez le fichier et importez les morceaux l’un après l’autre.
import-error-not-text = { $file } n’est pas un fichier texte ; exportez la liste des inscrits en CSV.
import-error-workbook = { $file } est un classeur de tableur, pas un fichier CSV ; enregistrez-le au format « CSV UTF-8 » depuis votre tableur et importez ce fichier-là.
# $encoding est le nom d’un encodage de texte (windows-1252).
import-error-undecodable = { $file } commence comme du texte { $encoding }, mais contient des octets qui n’en sont pas ; enregistrez-le à nouveau au format « CSV UTF-8 » et importez ce fichier-là.
# $columns sont les en-têtes répétés, chacun entre guillemets.
import-error-repeated-columns = { $file } a des colonnes portant le même nom : { $columns }. Seule la première de chaque nom serait lue, et les valeurs des autres perdues ; renommez-les dans le fichier, ou choisissez dans l’assistant d’importation ce que contient chacune.
import-error-damaged-utf8-line = { $file } est du texte UTF-8, mais la ligne { $line } contient des octets qui n’en sont pas : lu autrement, chaque nom accentué serait déformé. Corrigez cette ligne (ou enregistrez à nouveau la liste au format « CSV UTF-8 ») et importez-la à nouveau.
# $lines sont des numéros de ligne séparés par des virgules : « 12, 40 ».
import-error-damaged-utf8-lines = { $file } est du texte UTF-8, mais les lignes { $lines } et { $last } contiennent des octets qui n’en sont pas : lu autrement, chaque nom accentué serait déformé. Corrigez ces lignes (ou enregistrez à nouveau la liste au format « CSV UTF-8 ») et importez-la à nouveau.
import-error-damaged-utf8-more = { $file } est du texte UTF-8, mais les lignes { $lines } et { $more } autres contiennent des octets qui n’en sont pas : lu autrement, chaque nom accentué serait déformé. Corrigez ces lignes (ou enregistrez à nouveau la liste au format « CSV UTF-8 ») et importez-la à nouveau.
import-error-header-only = { $file } a des en-têtes de colonnes mais aucune ligne d’inscrit ; vérifiez que l’export inclut les participants et réessayez.
# $found sont les en-têtes de colonnes du fichier, chacun entre guillemets.
import-error-no-name-column = { $file } n’a aucune colonne contenant les noms des inscrits (colonnes trouvées : { $found }) ; choisissez dans l’assistant d’importation la colonne qui contient les noms.
import-no-headers = aucune
import-error-unreadable = { $file } n’a pas pu être lu à la ligne { $row } ({ $detail }) ; enregistrez-le à nouveau en CSV et réessayez.
# $error est l’une des propositions ci-dessus.
import-nothing-imported = Rien n’a été importé : { $error }.
