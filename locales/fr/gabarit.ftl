# Les messages de gabarit en français. Chaque message a la même clé et
# prend les mêmes valeurs ({ $nom }) dans chaque catalogue (un test le
# vérifie). Espace insécable (U+00A0) avant « : » et entre un nombre et son
# unité ; espace fine insécable (U+202F) avant « ; ».

## Les mots d'un diagnostic : « fichier:3:1: erreur : … », « = astuce : … »
word-error = erreur
word-warning = avertissement
word-hint = astuce
word-colon = { "\u00A0" }:

## gabarit check
check-errors = { $path } : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    } ; rien ne peut être fabriqué avant que les erreurs soient corrigées
check-consistent = { $path } : le programme est cohérent ({ $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    })
check-period = période
check-members = membres
check-partnerships = partenariats
check-budget = budget ({ $years ->
        [one] { $years } an
       *[other] { $years } ans
    })
check-state-share = part de l’État
check-state-share-value = { $share } ({ $rate } de { $eligible } éligibles, crédit { $credit })
check-contributions = cotisations
check-contributions-value = { $total } ({ $per_year } par an et par membre ; membres { $members })
check-contributions-value-own = { $total } ({ $per_year } par an et par membre, sauf { $own } ; membres { $members })
check-ledger = grand livre
check-ledger-value = { $entries ->
        [one] { $entries } écriture
       *[other] { $entries } écritures
    }
check-participants = participants

## gabarit build
build-refused = { $path } : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    } : rien n’est fabriqué avant { $errors ->
        [one] qu’elle soit corrigée
       *[other] qu’elles soient corrigées
    } (`gabarit check` les montre seules)
build-unknown-kind = `--kind { $kind }` ne désigne aucune famille de documents
build-unknown-kind-suggest = vouliez-vous dire `--kind { $suggestion }` ?
build-unknown-kind-list = les familles et dossiers sont : { $list }
build-nothing-selected = aucun document ne correspond à cette sélection
build-only-suggest = vouliez-vous dire `--only { $suggestion }` ?
build-selection-hint = vérifiez --kind, --year et --only (l’identifiant d’un membre, d’une réunion, d’une formation ou d’une journée d’échange, ou le nom d’un document) ; `--dry-run` sans eux liste tous les documents
build-dry-run = { $documents ->
        [one] { $documents } document serait fabriqué
       *[other] { $documents } documents seraient fabriqués
    } ({ $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    } au plus) dans { $out } ; { $unchanged ->
        [one] { $unchanged } inchangé
       *[other] { $unchanged } inchangés
    }
build-out-is-file = le dossier de sortie est un fichier
build-out-is-file-hint = donnez le chemin d’un dossier avec --out
build-summary = { $documents ->
        [one] { $documents } document fabriqué
       *[other] { $documents } documents fabriqués
    }, { $identical } refaits à l’identique, { $skipped } inchangés et laissés, { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }, { $pages ->
        [one] { $pages } page PDF
       *[other] { $pages } pages PDF
    }, { $megabytes } Mo en { $seconds } s dans { $out }
build-failed = { $failed ->
        [one] { $failed } document n’a pas pu être fabriqué
       *[other] { $failed } documents n’ont pas pu être fabriqués
    }

## gabarit init
init-wrote = écrit : { $path }
init-next = ensuite : modifiez { $path }, puis `gabarit check { $path }`

## gabarit render
render-bad-extension = { $path } : le fichier de sortie doit finir par .pdf ou .docx
render-cannot-read = impossible de lire ce modèle : { $reason }
render-cannot-read-hint = vérifiez le chemin
render-cannot-write = impossible d’écrire ce fichier : { $reason }
render-cannot-write-hint = vérifiez que le dossier existe et qu’on peut y écrire
render-wrote = { $path } : { $bytes } octets{ $pages ->
        [0] {""}
        [one] , { $pages } page
       *[other] , { $pages } pages
    }

## gabarit merge
merge-summary = { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }, { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    } dans { $out }

## L’aide de la ligne de commande
help-about = Les pièces officielles (PDF et DOCX) d’un programme, à partir de ses données
help-usage = Utilisation :
help-commands = Commandes{ "\u00A0" }
help-arguments = Arguments{ "\u00A0" }
help-options = Options{ "\u00A0" }
help-help = Affiche l’aide
help-version = Affiche la version
help-help-command = Affiche ce message ou l’aide de la commande donnée
help-default = par défaut
help-possible = valeurs possibles
help-lang = La langue de gabarit (par défaut : GABARIT_LANG, sinon LC_ALL, LC_MESSAGES, LANG : le français quand elles commencent par « fr »)
help-build = Fabrique les pièces : vérifie les données, puis écrit chaque document (ou ceux choisis) en PDF et en DOCX dans le dossier de sortie
help-build-data = Le fichier du programme
help-build-out = Le dossier de sortie
help-build-kind = Seulement ces familles de documents (à répéter pour plusieurs) : l’identifiant d’une famille (`convocations-formation`) ou son dossier (`conventions`, `statement`…)
help-build-format = Seulement ces formats (à répéter pour plusieurs)
help-build-year = Seulement les documents de cette année
help-build-only = Seulement les documents qui concernent cet identifiant (membre, réunion, formation…) ou qui portent ce nom
help-build-dry_run = Affiche ce qui serait fabriqué, sans rien écrire
help-build-jobs = Nombre de fils de travail (0 : tous les cœurs ; 256 au plus)
help-build-force = Refabrique chaque document, même ceux qui n’ont pas changé depuis la dernière fois
help-build-quiet = Sans barre de progression
help-build-templates = Un dossier de modèles qui l’emportent sur ceux du programme (`templates/` à côté du fichier du programme) et sur ceux fournis
help-check = Charge un programme et le vérifie : affiche chaque problème trouvé, ou un résumé s’il n’y en a aucun
help-check-path = Le fichier du programme
help-init = Commence un nouveau programme : écrit dans un dossier un programme d’exemple complet et commenté (YAML, grand livre, participants, logo), à adapter. `gabarit check` l’accepte aussitôt
help-init-dir = Le dossier à écrire (créé s’il manque ; un fichier existant n’est jamais remplacé)
help-merge = Publipostage : fabrique un document par ligne d’une liste (CSV, ou tableur : .xlsx, .xls, .ods), en PDF et en DOCX
help-merge-template = Le fichier du modèle ; il reçoit la ligne comme `row` (`row.nom`, `row["Prénom"]`) et `row_number`
help-merge-list = La liste : un fichier CSV (UTF-8, `;` ou `,`) ou un tableur (sa première feuille), avec le nom des colonnes sur sa première ligne
help-merge-out = Le dossier de sortie
help-merge-name = Comment nommer les fichiers : des noms de colonnes entre accolades, et n entre accolades pour le numéro de la ligne (par exemple « lettre-{"{"}nom{"}"}-{"{"}prenom{"}"} »)
help-merge-data = Un programme dont chaque document reçoit aussi les données (`programme`, `lead_party`…)
help-merge-format = Seulement ces formats (à répéter pour plusieurs)
help-merge-date = La date des documents, `date` dans le modèle (2008-05-15)
help-render = Fabrique un seul modèle en PDF ou en DOCX (selon l’extension de --out) : pour qui écrit des modèles
help-render-template = Le fichier du modèle (`*.md.tera`, ou du Markdown simple)
help-render-out = Le fichier à écrire : `*.pdf` ou `*.docx`
help-render-data = Un programme : le modèle reçoit les mêmes données qu’avec `build` (`programme`, `figures`, `lead_party`, `member`…) ; sans lui, le modèle ne reçoit aucune donnée
help-render-record = Avec --data, quel document du modèle : la fin de son nom de fichier (`2007` pour etat-financier-2007) ; inutile quand le modèle ne fait qu’un document

## Les erreurs d’utilisation de la ligne de commande (code de sortie 2)
cli-unknown-argument = argument inattendu `{ $arg }`
cli-similar = il en existe un semblable : `{ $suggestion }`
cli-invalid-value = valeur invalide `{ $value }` pour `{ $arg }`
cli-possible-values = valeurs possibles : { $values }
cli-missing = ces arguments obligatoires manquent : { $args }
cli-unknown-command = commande inconnue `{ $command }`
cli-no-command = gabarit attend une commande : build, check, init, merge ou render
cli-bad-value = valeur invalide `{ $value }` pour `{ $arg }` : { $reason }
cli-missing-value = `{ $arg }` attend une valeur, qui manque
cli-more-info = pour en savoir plus, essayez `--help`

## La lecture du fichier du programme
yaml-unknown-key-top = clé inconnue `{ $key }` au premier niveau du programme
yaml-unknown-key = clé inconnue `{ $key }` dans `{ $owner }`
yaml-keys-accepted = les clés acceptées ici sont : { $keys }
yaml-unknown-key-remove = supprimez-la, ou vérifiez son retrait
yaml-merge-key = gabarit ne lit pas les clés de fusion YAML (`<<: *nom`)
yaml-merge-key-hint = écrivez ici les clés en entier, au lieu de les reprendre d’une ancre
yaml-more-unknown = et { $count } autres clés inconnues
yaml-more-unknown-hint = est-ce bien un fichier de programme gabarit ? Comparez-le avec le programme d’exemple que `gabarit init` écrit
yaml-hint-missing-key = ajoutez la clé manquante à ce niveau (le programme d’exemple que `gabarit init` écrit les montre toutes)
yaml-hint-variant = utilisez l’une des valeurs que le message énumère, écrite exactement
yaml-hint-date = écrivez les dates AAAA-MM-JJ, avec un mois de 01 à 12 et un jour qui existe dans ce mois, par exemple 2006-12-05
yaml-hint-twice = une clé ne peut figurer qu’une fois dans un même ensemble : supprimez ou renommez la seconde
yaml-hint-syntax = vérifiez le retrait (des espaces seulement, deux par niveau) et que chaque `:` est suivi d’une espace ; mettez entre guillemets un texte qui contient `: ` ou commence par un caractère spécial
number-not-a-number = `{ $text }` n’est pas un nombre
number-hint-amount = écrivez les montants en euros ainsi : 88624.00, avec un point avant les centimes, sans espace ni signe €
number-hint-percent = écrivez le taux en pour cent, sans le signe % : 49 pour 49 %, 12.5 pour 12,5 %
number-hint-parity = écrivez combien d’unités de la monnaie valent un euro, avec un point avant les décimales, sans espace ni symbole (par exemple 655.957)
yaml-decimal-comma = `{ $written }` : entre accolades, une virgule sépare deux clés, et non les décimales d’un nombre
number-hint-dotted = écrivez { $number } : dans les données, un point sépare les décimales, sans espace entre les chiffres
number-too-large-hint = vérifiez ce nombre : un chiffre de trop, ou deux nombres collés ?
number-too-large = `{ $text }` est trop grand : gabarit accepte les montants, taux et parités inférieurs à un million de milliards (1 000 000 000 000 000)
did-you-mean = vouliez-vous dire `{ $suggestion }` ?

## Le budget
budget-total = les lignes du budget totalisent { $lines }, et non le total déclaré de { $total }
budget-total-hint = corrigez une ligne ou le total : les lignes font { $gap } de { $direction ->
        [more] plus
       *[less] moins
    } que le total
budget-balance = les ressources totalisent { $resources } et les dépenses { $expenses } : le budget n’est pas équilibré
budget-balance-hint = un budget prévisionnel a autant de ressources que de dépenses ; ajustez la part de la collectivité chef de file
yaml-missing-key = clé manquante `{ $key }`
yaml-missing-key-in = clé manquante `{ $key }` dans `{ $owner }`

## Les familles de documents (documents:)
documents-shipped-unreadable = le fichier templates/documents.yaml fourni est illisible : { $reason }
documents-shipped-unreadable-hint = c’est un défaut de gabarit lui-même : en attendant, déclarez les familles dans une section `documents:` du programme
documents-bad-id = `{ $id }` n’est pas un identifiant de famille
documents-bad-id-hint = écrivez-le en minuscules, chiffres et traits d’union, par exemple `{ $suggestion }`
documents-same-id = deux familles s’appellent `{ $id }` (numéros { $first } et { $second })
documents-same-id-hint = donnez à chaque famille son propre identifiant
documents-bad-folder = `{ $folder }` n’est pas un nom de dossier où gabarit peut écrire
documents-bad-folder-hint = écrivez un seul nom simple, par exemple `{ $suggestion }` : minuscules, chiffres et traits d’union, sans `/`
documents-unknown-list = `{ $list }` n’est pas une liste que gabarit connaît
documents-lists = les listes sont : { $lists }
documents-no-format = cette famille n’est fabriquée dans aucun format
documents-no-format-hint = écrivez `formats: [pdf, docx]`, ou retirez `formats` pour les deux
documents-not-a-date-of = `{ $date }` n’est pas une date de `{ $list }`
documents-dates-of = les dates de `{ $list }` sont : { $dates } ; ou donnez une date fixe (2008-06-30)
documents-no-dates = cette liste n’a pas de date à elle : donnez une date fixe (2008-06-30) ou une expression (« {"{{"} … {"}}"} »)
documents-not-a-date = `{ $date }` n’est pas une date
documents-not-a-date-hint = nommez l’une des dates de la liste ({ $dates }), ou écrivez une date ainsi : 2008-06-30
documents-unreadable-pattern = ce champ `{ $field }` est illisible : { $reason }
documents-pattern-fails = ce champ `{ $field }` ne peut pas être calculé pour { $what } : { $reason }
documents-pattern-hint = écrivez-le comme dans un modèle ; pour `{ $list }`, les variables sont { $variables }, en plus de programme, lead et figures
documents-no-such-date = cet élément n’a pas de date `{ $date }`
documents-gives-no-date = il donne `{ $text }`, qui n’est pas une date
documents-one-name = tous les documents de `{ $family }` s’appelleraient `{ $name }`
documents-one-name-hint = mettez dans le nom ce qui distingue les documents : les variables de `{ $list }` sont { $variables }
documents-homonyms = deux documents s’appelleraient `{ $first }` : le second s’appelle `{ $second }`
documents-homonyms-hint = mettez davantage dans le champ `name` de la famille pour les distinguer (un identifiant, une année, un prénom)
documents-unknown-template = la famille `{ $family }` désigne le modèle `{ $template }`, qui n’existe pas
documents-unknown-template-hint = placez le modèle dans le dossier `templates/` à côté du fichier du programme, ou nommez l’un des modèles fournis
documents-twice = les familles de documents sont déclarées deux fois : dans une section `documents:` et dans le fichier que désigne `files.documents`
documents-twice-hint = n’en gardez qu’une : retirez la section `documents:`, ou `files.documents`
list-programme = l’ensemble du programme
list-members = chaque collectivité membre
list-partners = le partenaire de chaque membre, une fois choisi
list-committees = chaque comité de pilotage
list-meetings = chaque réunion
list-trainings = chaque formation
list-exchange_days = chaque journée d’échange
list-participants = chaque participant de la liste des participants
list-years = chaque année budgétaire
list-trainings-participants = chaque participant de chaque formation
list-exchange_days-participants = chaque participant de chaque journée d’échange
list-meetings-addressees = chaque destinataire de chaque réunion de comité

## Les modèles
template-cannot-read = impossible de lire ce modèle : { $reason }
template-cannot-read-hint = vérifiez que c’est du texte UTF-8 lisible
template-never-closed = le `{"{"}% { $tag } %{"}"}` ouvert ici n’est jamais fermé ({ $reason })
template-never-closed-hint = ajoutez `{"{"}% end{ $keyword } %{"}"}` là où le bloc se termine
template-hint-variable = vérifiez l’orthographe de la variable ; `gabarit check` montre ce que contiennent les données, et templates/README.md liste ce que reçoit chaque modèle
template-hint-name = vérifiez le nom du modèle ; les modèles sont les fichiers *.md.tera de templates/ et du dossier templates/ du programme : { $names }
template-hint-syntax = voyez templates/README.md pour la syntaxe des modèles

## La fabrication
build-cannot-create-folder = impossible de créer ce dossier : { $reason }
build-cannot-open-lock = impossible d’ouvrir le fichier de verrou du dossier de sortie : { $reason }
build-cannot-lock = impossible de verrouiller le dossier de sortie : { $reason }
build-folder-hint = vérifiez que le dossier de sortie est un dossier où vous pouvez écrire
build-try-again = réessayez
build-waiting = { $folder } : une autre fabrication gabarit écrit dans ce dossier : en attente de sa fin
build-cannot-write = impossible d’écrire ce fichier : { $reason }
build-cannot-write-hint = vérifiez qu’on peut écrire dans le dossier de sortie et que le disque n’est pas plein
build-cannot-write-manifest = impossible d’écrire le manifeste : { $reason }
build-cannot-write-manifest-hint = vérifiez qu’on peut écrire dans le dossier de sortie
build-templates-not-folder = le dossier de modèles donné avec --templates n’est pas un dossier
build-templates-not-folder-hint = donnez le chemin d’un dossier qui contient des fichiers *.md.tera
build-no-threads = impossible de lancer les fils de travail : { $reason }
build-no-threads-hint = essayez un --jobs plus petit
build-text-line = ligne { $line } du texte qu’il produit : { $message }
build-progress = documents

## La lecture des fichiers
io-not-found = le fichier ou le dossier n’existe pas
io-permission-denied = accès refusé (droits insuffisants)
io-is-a-folder = c’est un dossier, pas un fichier
io-not-a-folder = une partie du chemin est un fichier, pas un dossier
io-already-exists = il existe déjà
io-storage-full = le disque est plein
io-read-only = le disque n’accepte pas l’écriture (lecture seule)
io-address-in-use = l’adresse est déjà utilisée
read-cannot-read = impossible de lire ce fichier : { $reason }
read-cannot-read-named = impossible de lire { $path } : { $reason }
read-not-ordinary = { $path } n’est pas un fichier ordinaire (un périphérique ou un tube)
read-not-ordinary-hint = donnez un fichier enregistré sur le disque
read-too-large = { $path } pèse { $size } Mo : plus que les { $limit } Mo qu’un fichier de programme peut contenir
read-too-large-hint = vérifiez que c’est le bon fichier
read-hint-not-found = vérifiez le nom et le dossier : gabarit a cherché { $path }
read-hint-not-found-beside = vérifiez le nom et le dossier : gabarit a cherché { $path } ; ce dossier contient { $files }
read-hint-permission = demandez à la personne qui gère cet ordinateur le droit de le lire
read-hint-folder = c’est un dossier : donnez le chemin du fichier qu’il contient
read-hint-other = vérifiez que le fichier existe et qu’on peut le lire
read-control-character = caractère de contrôle invisible U+{ $code } dans le texte
read-control-character-hint = supprimez-le (il vient souvent d’un copier-coller) et retapez le texte autour
logo-outside = le logo doit être un fichier à côté du fichier du programme, ou dans un dossier en dessous
logo-outside-hint = écrivez un chemin comme `logo.png` ou `images/logo.png`
logo-damaged = le logo { $path } est illisible : { $reason }
logo-damaged-hint = enregistrez à nouveau le logo en PNG ou en JPEG depuis un logiciel d’images
logo-not-image = { $path } n’est ni une image PNG ni une image JPEG
logo-not-image-hint = enregistrez le logo en PNG ou en JPEG
logo-cannot-read = impossible de lire le logo { $path } : { $reason }

## Les listes (CSV)
csv-utf16 = ce fichier est enregistré en UTF-16, pas en UTF-8
csv-utf16-hint = enregistrez-le à nouveau en UTF-8 (« Enregistrer sous » d’un éditeur de texte, codage UTF-8 ; « CSV UTF-8 » d’un tableur)
csv-nul = ce fichier contient des octets NUL ({ $count }, le premier à la ligne { $line }) : il a été abîmé ou complété par une copie
csv-nul-hint = ouvrez-le dans un éditeur de texte, supprimez ce qui suit la dernière vraie ligne, et enregistrez-le à nouveau
csv-cr-only = les lignes de ce fichier finissent par un seul retour chariot (l’ancien format Mac) : gabarit n’y voit qu’une longue ligne
csv-cr-only-hint = enregistrez-le à nouveau avec des fins de ligne ordinaires (LF, ou CR LF)
csv-not-utf8 = ce fichier n’est pas un texte UTF-8 valide
csv-not-utf8-hint = enregistrez-le à nouveau en UTF-8 : dans Excel, « Enregistrer sous », type « CSV UTF-8 (délimité par des virgules) » ; dans LibreOffice, jeu de caractères « Unicode (UTF-8) »
text-not-utf8-hint = enregistrez-le à nouveau en UTF-8 dans votre éditeur de texte (Bloc-notes : « Enregistrer sous », codage « UTF-8 »)
csv-bad-header = impossible de lire la ligne d’en-tête : { $reason }
csv-empty = ce fichier CSV est vide
csv-empty-hint = sa première ligne doit nommer les colonnes : { $columns }
csv-no-name = la colonne { $number } n’a pas de nom
csv-no-name-hint = nommez chaque colonne sur la première ligne : les modèles utilisent ces noms
csv-unknown-column = colonne inconnue `{ $name }`
csv-columns-are = les colonnes sont : { $columns }
csv-column-twice = la colonne `{ $name }` figure deux fois
csv-column-twice-hint = n’en gardez qu’une
csv-missing-columns = { $count ->
        [one] colonne manquante
       *[other] colonnes manquantes
    } : { $columns }
csv-missing-columns-hint = la première ligne doit nommer les colonnes : { $columns }
csv-bad-line = impossible de lire cette ligne : { $reason }
csv-bad-line-hint = vérifiez les guillemets : un champ qui contient le séparateur doit être entre guillemets droits
csv-field-count = cette ligne a { $fields ->
        [one] { $fields } champ
       *[other] { $fields } champs
    }, l’en-tête en a { $header }
csv-field-count-hint = un champ qui contient le séparateur doit être entre guillemets droits ; un champ vide garde son séparateur
csv-empty-field = `{ $column }` est vide
csv-empty-field-hint = remplissez-le
csv-not-a = `{ $text }` n’est pas { $what }
csv-a-date = une date
csv-a-date-hint = écrivez les dates 2007-06-29 ou 29/06/2007
csv-a-year = une année
csv-a-year-hint = écrivez l’année budgétaire en quatre chiffres, par exemple 2007
csv-a-kind = un type d’écriture
csv-a-kind-hint = écrivez `expense` (ou `dépense`) ou `receipt` (ou `recette`)
csv-an-amount = un montant
csv-an-amount-hint = écrivez le montant 1234.56 ou 1234,56, sans le signe € (et au-dessous d’un million de milliards)
csv-a-civility = une civilité
csv-a-civility-hint = écrivez `M.` ou `Mme`

## Le publipostage
merge-bad-spreadsheet = impossible de lire ce tableur : { $reason }
merge-bad-spreadsheet-hint = enregistrez-le à nouveau depuis LibreOffice Calc ou Excel (.xlsx ou .ods)
merge-no-sheet = ce tableur n’a aucune feuille
merge-no-sheet-hint = la liste est lue dans sa première feuille
merge-bad-sheet = impossible de lire la feuille `{ $sheet }` : { $reason }
merge-bad-sheet-hint = enregistrez-le à nouveau depuis LibreOffice Calc ou Excel
merge-empty-sheet = la feuille `{ $sheet }` est vide
merge-empty-sheet-hint = sa première ligne doit nommer les colonnes
merge-cell = feuille `{ $sheet }`, ligne { $row }, colonne { $column }
merge-row = feuille `{ $sheet }`, ligne { $row }
merge-line = ligne { $line }
merge-no-name = { $at } : cette colonne n’a pas de nom
merge-no-name-hint = nommez chaque colonne sur la première ligne : les modèles utilisent ces noms
merge-column-twice = { $at } : la colonne `{ $name }` figure deux fois
merge-column-twice-hint = n’en gardez qu’une
merge-unknown-format = gabarit ne lit pas de liste `.{ $ext }`
merge-unknown-format-hint = donnez un fichier .csv (UTF-8), .xlsx, .xls ou .ods
merge-unclosed-brace = `{ $pattern }` ouvre une accolade `{"{"}` qu’il ne ferme pas
merge-not-a-column = `{"{"}{ $key }{"}"}` n’est pas une colonne de la liste
merge-not-a-column-suggest = `{"{"}{ $key }{"}"}` n’est pas une colonne de la liste (vouliez-vous dire `{ $suggestion }` ?)
merge-empty-name = `{ $pattern }` donne un nom vide
merge-name-hint = écrivez le modèle de nom avec les noms de colonnes de la liste entre accolades, par exemple --name "lettre-{"{"}nom{"}"}-{"{"}prenom{"}"}", ou {"{"}n{"}"} pour le numéro de la ligne
merge-no-rows = la liste n’a aucune ligne sous le nom de ses colonnes
merge-no-rows-hint = ajoutez une ligne par document à fabriquer
merge-same-name = { $first } et { $second } seraient tous deux écrits sous le nom `{ $name }`
merge-same-name-hint = ajoutez à --name une colonne qui les distingue, ou {"{"}n{"}"} pour le numéro de la ligne
merge-cannot-read-template = { $path } : impossible de lire ce modèle : { $reason }
merge-cannot-create = { $path } : impossible de créer ce dossier : { $reason }
merge-cannot-create-hint = vérifiez que le dossier parent existe et qu’on peut y écrire
merge-cannot-write = { $path } : impossible d’écrire ce fichier : { $reason }
merge-cannot-write-hint = vérifiez qu’on peut écrire dans le dossier
merge-of-row = { $place } de la liste : { $message }
merge-of-row-line = { $place } de la liste : ligne { $line } du texte que produit le modèle : { $message }

## gabarit render --data
render-no-such-record = aucun document de ce modèle n’est désigné par `{ $record }`
render-no-such-record-hint = donnez la fin du nom d’un document, par exemple : { $names }
render-many-records = `{ $record }` désigne { $count } documents
render-many-records-hint = donnez davantage du nom, par exemple : { $names }
render-not-built = `build` ne fabrique aucun document avec ce modèle
render-not-built-hint = nommez avec --record le document dont il prend les données, par exemple : { $names }
render-several = ce modèle fabrique { $count } documents
render-several-hint = choisissez-en un avec --record, par exemple : { $names }

## Identifiants et références
noun-member = membre
noun-budget-line = ligne budgétaire
noun-budget-line-or-resource = ligne budgétaire ou ressource
noun-resource = ressource
noun-action = action
noun-institution = institution
noun-committee = comité
noun-meeting = réunion
noun-training-or-exchange-day = formation ou journée d’échange
noun-member-partnership = membre (partenariat)
ref-unknown = `{ $id }` n’est pas un identifiant connu ({ $what })
ref-known = les identifiants connus ({ $what }) sont : { $ids }
ref-none-yet = il n’y a encore aucun élément de ce type ({ $what }) : déclarez-le d’abord
id-invalid = l’identifiant `{ $id }` ({ $what }) n’est pas valide
id-invalid-hint = utilisez des minuscules sans accents, des chiffres et des traits d’union, par exemple `saint-loup-lamaire`
id-invalid-hint-as = écrivez `{ $id }` : des minuscules sans accents, des chiffres et des traits d’union
id-twice = l’identifiant `{ $id }` ({ $what }) est employé deux fois
id-twice-at = l’identifiant `{ $id }` ({ $what }) est employé deux fois (la première à la ligne { $line })
id-twice-hint = donnez à chacun son propre identifiant
id-listed-twice = `{ $id }` ({ $what }) figure deux fois dans le comité `{ $committee }`
id-listed-twice-hint = ne le mentionnez qu’une fois
voucher-twice = la pièce `{ $voucher }` est employée deux fois (la première à la ligne { $line })
voucher-twice-hint = chaque numéro de mandat ou de titre figure une seule fois au grand livre
person-twice = { $first_name } { $last_name } (`{ $partnership }`) figure deux fois (la première à la ligne { $line })
person-twice-hint = gardez une ligne par personne ; indiquez toutes ses actions dans la colonne `actions`

## Dates
date-outside-period = { $what } ({ $date }) tombe hors de la période du programme
date-outside-period-hint = le programme court du { $start } au { $end } : vérifiez l’année
date-after = { $first } ({ $first_date }) vient après { $second } ({ $second_date })
date-after-hint = intervertissez les deux dates, ou corrigez celle qui est fausse
date-programme-start = le début du programme
date-its-end = sa fin
date-its-last-day = son dernier jour
date-the-mission-start = le début de la mission
date-the-training-start = le début de la formation
date-the-exchange-day = la journée d’échange
date-the-meeting = la réunion
date-meeting-first-day = le premier jour de la réunion
date-reply = la date limite de réponse
date-convocation = la date de la convocation
date-invitation = la date de l’invitation
date-mission-start = le début de la mission `{ $id }`
date-mission-end = la fin de la mission `{ $id }`
date-training-start = le début de la formation `{ $id }`
date-training-end = la fin de la formation `{ $id }`
date-exchange-day = la journée d’échange `{ $id }`
date-exchange-day-end = le dernier jour de la rencontre `{ $id }`
date-exchange-first-day = le premier jour de la rencontre
date-meeting = la réunion `{ $id }`
date-meeting-end = le dernier jour de la réunion `{ $id }`
date-milestone = cette étape
date-voucher = la date de la pièce `{ $voucher }`
schedule-day-outside = le jour { $day } du déroulé ({ $date }) ne tombe pas pendant la formation (du { $start } au { $end })
schedule-day-outside-hint = chaque jour du déroulé est l’un des jours de la formation
schedule-day-order = le jour { $day } du déroulé ({ $date }) ne vient pas après le jour { $previous }
schedule-day-order-hint = donnez les jours dans l’ordre, chacun une seule fois
meeting-order = la réunion `{ $id }` est écrite après une réunion plus tardive
meeting-order-hint = écrivez les réunions dans l’ordre chronologique : les rapports suivent la liste
issued-missing = `issued.{ $what }` ne donne pas de date pour { $missing }
issued-missing-hint = donnez la date de signature de chacun : { $keys }
issued-unknown = `{ $key }` n’est ni une année du programme ni `final`
issued-unknown-hint = les clés sont : { $keys }
issued-final-early = `issued.{ $what }.final` est daté du { $date }, avant la fin du programme ({ $end }) : la dernière année y figure comme en cours
issued-final-early-hint = datez les documents finaux du { $end } ou après, quand toutes les dépenses sont connues
time-invalid = `{ $time }` n’est pas une heure de la journée
time-invalid-hint = écrivez-la 14:30, 14h30 ou 14 h 30 (heures de 0 à 23)
ledger-year = la pièce `{ $voucher }` est imputée sur { $year } mais datée du { $date }
ledger-year-hint = l’année budgétaire est celle de la date de paiement
period-too-long = le programme s’étend sur { $years } années budgétaires (du { $start } au { $end }) : un programme de coopération décentralisée dure quelques années
period-too-long-hint = vérifiez l’année de `start` et celle de `end` ; les autres règles s’appliquent une fois la période juste
period-hint = le programme court du { $start } au { $end }

## Membres, comités, étapes, noms
with-article-elided = écrivez-le avec son article : `l'{ $text }`
with-article = écrivez-le avec son article : `la { $text }` ou `le { $text }`
article-invalid = `{ $article }` n’est pas un article
article-invalid-hint = écrivez `le`, `la`, `les`, `l'` ou `none`
country-article-hint = écrivez `le` (le Sénégal), `la` (la Tunisie), `les` (les Comores), `l'` (l'Iran) ou `none` (Madagascar)
name-repeats-kind = le nom « { $name } » commence par « { $word } », que les documents écrivent déjà devant lui : ils diraient « … { $word } de { $name } »
name-repeats-kind-hint = donnez le nom seul (`short_name: "Vienne"`, avec `article: "la"` s’il en prend un) et vérifiez le `kind` ; ou écrivez la désignation entière dans `designation`
institution-designation = gabarit ne sait pas comment nommer « { $name } » dans une phrase (les invitations disent « les institutions suivantes sont invitées : … »)
institution-designation-hint = donnez sa `designation`, avec son article s’il en prend un : `designation: "l'association { $name }"` ou `designation: "{ $name }"`
partner-no-designation = le partenaire de `{ $id }` est de type `other`, mais n’a pas de `designation`
partner-no-designation-hint = ajoutez sa désignation avec son article : `designation: "l'association des municipalités de …"`
without-partner-has-one = `{ $id }` est déclaré sans partenaire (`without_partner: true`), mais en a un
without-partner-has-one-hint = retirez `without_partner`, ou son `partner`
mandates-missing = `{ $id }` est un groupement : sa convention ne cite que la délibération de la collectivité qui signe pour lui, pas celles des autres qui lui en donnent mandat
mandates-missing-hint = ajoutez sous ce membre `mandates:`, une entrée par collectivité du groupement, avec son `kind`, son `short_name` et sa délibération (`deliberation:` et sa `date`)
mandate-after-convention = un mandat donné pour `{ $id }` est délibéré le { $date }, après la signature de sa convention
mandate-after-convention-hint = un mandat précède la signature : corrigez la date de la délibération, ou datez la convention après (`convention_date`)
no-partner = `{ $id }` n’a pas encore de partenaire : on ne lui demande ni lettres au partenaire, ni participants, ni jours d’appui
no-partner-hint = ajoutez son `partner` dès qu’il est choisi
body-gender = gabarit ne sait pas si « { $body } » est masculin ou féminin
member-joined-outside = `{ $id }` entre dans le programme le { $date }, hors de sa période
member-left-outside = `{ $id }` quitte le programme le { $date }, hors de sa période
member-leaves-before-joining = `{ $id }` quitte le programme le { $left }, avant d’y entrer le { $joined }
convention-date-missing = `{ $id }` entre dans le programme le { $joined }, après les conventions du { $conventions }, mais n’a pas de `convention_date` propre
convention-date-missing-hint = ajoutez `convention_date:` avec le jour où sa convention est signée
joins-before-convention = `{ $id }` entre dans le programme le { $joined }, avant la signature de sa convention le { $date }
joins-before-convention-hint = un membre entre d’ordinaire le jour où sa convention est signée : mettez `joined` à ce jour, ou plus tard
convention-before-deliberation = la convention avec `{ $id }` serait datée du { $date }, avant la délibération du { $deliberation } qui l’autorise
convention-before-deliberation-hint = datez la convention du jour de la délibération ou d’après (`convention_date:`)
carrier-missing = `{ $id }` est un groupement sans personnalité juridique, mais aucun membre ne signe pour lui
carrier-missing-hint = ajoutez `carrier:` avec l’identifiant de la collectivité membre qui signe pour lui
carrier-groupement = le porteur de `{ $id }` est lui-même un groupement : il ne peut pas signer
carrier-groupement-hint = nommez une collectivité dotée de la personnalité juridique (une commune, une communauté…)
carrier-needless = `{ $id }` signe pour lui-même : seul un groupement a un porteur
carrier-needless-hint = retirez `carrier`, ou mettez `kind: groupement`
lead-groupement = la collectivité chef de file doit avoir la personnalité juridique : elle signe les conventions
lead-groupement-hint = faites du porteur le chef de file
signing-body-no-article = « { $name } » n’a pas d’article : la convention écrit « Pour … »
signing-body-established-unknown = on ne sait pas quand « { $name } » a été créée : rien ne dit que sa convention, datée du { $date }, ne la précède pas
signing-body-established-unknown-hint = ajoutez sous `signing_body` la date de sa création (`established: AAAA-MM-JJ`) ; s’il le faut, datez sa convention après (`convention_date`)
convention-before-established = la convention avec { $name } serait datée du { $date }, avant sa création le { $established }
convention-before-established-hint = donnez à l’organisme signataire sa propre `convention_date`, le jour de `established` ou après
committee-seat = `{ $id }` est membre du programme mais pas du comité `{ $committee }` : il ne recevra pas d’invitation
committee-seat-hint = ajoutez `{ $id }` à ses membres, ou retirez `members` pour que tous les membres y siègent
milestone-none = cette étape n’a ni `date`, ni `meeting`, ni `action`
milestone-none-hint = ajoutez `date:`, ou `meeting:` avec l’identifiant de la réunion qu’elle est, ou `action:` avec celui de la formation, de la journée de rencontre ou de la mission
milestone-both = cette étape est une réunion ou une action et a une date à elle : les deux peuvent se contredire
milestone-both-hint = retirez `date:` : la date de la réunion ou de l’action est utilisée
milestone-two-events = cette étape nomme à la fois une réunion et une action
milestone-two-events-hint = gardez `meeting:` ou `action:`, pas les deux
milestone-meeting-day = cette étape tombe le jour où commence `{ $id }` : si c’est lui, le rapport le dira deux fois
milestone-meeting-day-hint = écrivez `{ $key }: { $id }` au lieu de `date:`
managed-by-no-article = « { $name } » n’a pas d’article : la convention avec l’État écrit « confiée à … »

## Budget
forecast-year-outside = `{ $id }` a une prévision pour { $year }, hors des années du programme
programme-covers = le programme couvre { $years }
programme-covers-span = le programme couvre les années { $first } à { $last }
forecast-year-missing = `{ $id }` n’a pas de prévision pour { $years }
forecast-year-missing-hint = donnez un montant pour chaque année du programme (0.00 quand rien n’est prévu)
year-unbalanced = en { $year }, { $larger ->
        [resources] les ressources dépassent les dépenses
       *[expenses] les dépenses dépassent les ressources
    } de { $by } ({ $resources } de ressources pour { $expenses } de dépenses) : l’annexe de la convention avec l’État ne serait pas équilibrée
year-unbalanced-hint = déplacez l’écart d’une année à l’autre (les fonds propres de la collectivité chef de file, ou la prévision d’une ligne) pour que chaque année soit équilibrée
state-credit = { $rate } % du budget éligible représentent { $share }, plus que le crédit de l’État ({ $credit })
state-credit-hint = baissez le taux ou le budget éligible, ou inscrivez le crédit plus élevé que l’État a accordé
state-share = les ressources de l’État totalisent { $resources }, mais sa part est de { $share } ({ $rate } % de { $eligible } éligibles, dans la limite du crédit)
state-share-hint = rendez la prévision de l’État égale à sa part
contributions-none = aucune ressource ne vient des contributions des membres
contributions-none-hint = ajoutez une ressource avec `source: members` : { $amount } par an et par membre
contributions-year = les contributions des membres pour { $year } sont de { $planned }, mais { $members ->
        [one] le membre de cette année doit
       *[other] les { $members } membres de cette année doivent
    } { $due }
contributions-year-hint = chaque collectivité membre à un moment de { $year } verse sa contribution annuelle : la sienne (`contribution`) si elle en a une, sinon `programme.member_contribution` ; voyez aussi `joined` et `left`
typed-figure = ce libellé écrit le chiffre « { $figure } », que les données contiennent déjà et pourraient un jour contredire
typed-figure-hint = retirez-le du libellé : les documents ajoutent eux-mêmes après le libellé le taux de l’État, le nombre de membres fois leur contribution, les jours et les participants d’une formation

## Actions et participants
mission-min-days = une mission d’appui donne au moins un jour à chaque partenariat
mission-min-days-hint = le programme promet au moins deux jours par partenariat
mission-no-days = la mission `{ $mission }` ne prévoit aucun jour pour `{ $member }`
mission-no-days-hint = ajoutez `{ $member }: {"{"} planned: { $days } {"}"}` sous `days`
mission-few-days = la mission `{ $mission }` prévoit { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } pour `{ $member }`, moins que les { $promised } promis à chaque partenariat
mission-few-days-hint = prévoyez au moins { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
training-days = la formation `{ $id }` dure { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } mais s’étend sur { $span ->
        [one] { $span } jour
       *[other] { $span } jours
    } de son début à sa fin
training-days-hint = accordez `days` et les dates
training-schedule = le déroulé de la formation `{ $id }` compte { $entries ->
        [one] { $entries } jour
       *[other] { $entries } jours
    }, la formation { $days }
training-schedule-hint = donnez une entrée de déroulé par jour de formation
participants-missing = `{ $member }` a { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    } pour `{ $id }`, qui en demande { $required } par partenariat
participants-missing-hint = ajoutez { $missing ->
        [one] { $missing } ligne
       *[other] { $missing } lignes
    } pour `{ $member }` avec `{ $id }` dans la colonne actions du fichier des participants
participants-no-partner = `{ $member }` n’a pas encore de partenaire, mais envoie { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    } à `{ $id }`
participants-no-partner-hint = retirez `{ $id }` de ses participants, ou donnez son partenaire à `{ $member }`
participants-not-member = `{ $member }` n’est pas membre du programme le jour de `{ $id }`, mais envoie { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    }
participants-not-member-hint = retirez `{ $id }` de ses participants, ou corrigez sa date `joined` ou `left`
participants-too-many = `{ $member }` a { $count } participants pour `{ $id }`, plus que les { $required } par partenariat que le budget couvre
participants-too-many-hint = retirez `{ $id }` des participants en trop

## Montants et taux
amount-negative = { $what } porte un signe moins ({ $value })
amount-negative-hint = les montants s’écrivent sans signe ; un remboursement est une recette, pas une dépense négative
amount-decimals = { $what } a plus de deux décimales ({ $value })
amount-decimals-hint = les montants en euros s’arrêtent au centime : arrondissez à deux décimales
amount-decimals-thousands-hint = un point sépare les centimes, jamais les milliers : s’il s’agit de milliers, écrivez { $thousands } ; sinon, arrondissez { $value } au centime
amount-what-contribution = la contribution des membres
amount-what-credit = le crédit de l’État
amount-what-total = le total du budget
amount-what-line = la prévision { $year } de la ligne `{ $id }`
amount-what-resource = la prévision { $year } de la ressource `{ $id }`
amount-what-voucher = le montant de la pièce `{ $voucher }`
amount-beyond-budget = le montant de la pièce `{ $voucher }` ({ $amount }) dépasse le budget entier ({ $total })
amount-beyond-budget-hint = vérifiez le séparateur décimal et le nombre de chiffres
rate-fraction = le taux de cofinancement vaut { $rate } %, moins de 1 %
rate-fraction-hint = le taux s’écrit en pour cent : pour { $percent } %, écrivez `rate: { $percent }`
rate-range = le taux de cofinancement { $rate } n’est pas compris entre 0 et 100
rate-range-hint = écrivez le taux en pourcentage : 49 pour 49 %
rate-date-without-rate = `rate_date` donne le jour d’un taux du { $currency }, mais `per_euro` ne donne pas ce taux
rate-date-without-rate-hint = ajoutez le taux de ce jour : `per_euro: 4950.00` (combien de { $symbol } pour un euro), ou retirez `rate_date`
parity-range = la parité du { $currency } doit être positive et d’au plus 1 000 000 pour un euro
parity-range-hint = écrivez combien de { $symbol } font un euro
tranches-total = les tranches de la part de l’État totalisent { $total } %, et non 100 %
tranches-total-hint = ajustez la `share` des tranches pour que leur total fasse 100
state-receipt-party = une recette de la ressource de l’État `{ $resource }` a `state` pour tiers, et non `{ $party }`
state-receipt-party-hint = écrivez `state` dans la colonne du tiers

## Identifiants bancaires et administratifs
iban-invalid = l’IBAN { $iban } ne passe pas le contrôle ISO 13616 (modulo 97) : un chiffre est faux ou manque
iban-invalid-hint = recopiez l’IBAN depuis le relevé d’identité bancaire (RIB) de la trésorerie
bic-invalid = le BIC { $bic } n’a pas 8 ou 11 lettres et chiffres (banque, pays, lieu, agence)
bic-invalid-hint = recopiez le BIC depuis le relevé d’identité bancaire (RIB), par exemple BDFEFRPPCCT
siren-invalid = le SIREN { $siren } de `{ $id }` ne passe pas le contrôle de Luhn : un chiffre est faux
siren-invalid-hint = recopiez-le depuis l’avis de situation INSEE de la collectivité (9 chiffres)
insee-invalid = le code INSEE { $insee } de `{ $id }` n’a pas 5 chiffres (ou 2A/2B et 3 chiffres)
insee-invalid-hint = écrivez le code INSEE de la commune (5 chiffres, par exemple 79049), et non son code postal
postal-code-invalid = le code postal { $code } de `{ $id }` n’a pas 5 chiffres
postal-code-invalid-hint = écrivez les 5 chiffres du code postal, sans la ville

## Rapports
justification-year-outside = `{ $id }` a une justification pour { $year }, hors des années du programme
activity-year-outside = `{ $id }` a un compte rendu pour { $year }, hors des années du programme
gap-in-year = en { $year }
gap-in-year-hint = ajoutez sous cette ligne `justifications: {"{"} { $year }: "…" {"}"}`
gap-whole-programme = sur l’ensemble du programme (rapport final)
gap-whole-programme-hint = ajoutez sous cette ligne `programme_justification: "…"`
gap-justification = `{ $id }` montre un écart de { $gap } { $which }, au-delà du seuil de { $threshold } %, sans justification : le rapport imprimera « Justification à compléter. »
report-activity = `{ $id }` n’a pas de compte rendu de ce qu’a fait son partenariat en { $years } : les rapports imprimeront « Compte rendu à compléter. »
report-activity-hint = ajoutez sous ce membre `activities: {"{"} { $year }: "missions, formations suivies, résultats…" {"}"}`

## Caractères des données
text-quoted = le texte de `{ $path }` est tout entier entre guillemets : les documents les imprimeront
text-quoted-hint = retirez ces guillemets s’ils ne doivent pas être imprimés : dans le fichier du programme, un texte s’entoure au besoin de guillemets droits, `signing_place: "Melle"`
text-control = le texte de `{ $path }` contient le caractère de contrôle invisible { $code }
text-control-hint = retirez la séquence d’échappement (comme \t ou \f) du texte entre guillemets ; pour un retour à la ligne dans un texte, utilisez un bloc YAML (`|`)
text-invisible = le texte de `{ $path }` contient le caractère invisible { $code } (espace sans chasse, liant ou marque de direction)
text-invisible-hint = retapez le texte autour, ou collez-le en texte brut : le caractère ne se voit pas mais change le document
text-no-glyph = le texte de `{ $path }` contient `{ $character }` ({ $code }), que les polices des documents (Liberation Sans et Serif) ne savent pas imprimer
text-no-glyph-hint = remplacez-le par un caractère des alphabets latins ou une ponctuation courante (un symbole collé depuis un traitement de texte ou un émoji en est souvent la cause)

## Le lecteur YAML
yaml-empty-file = le fichier du programme est vide
yaml-only-comments = le fichier du programme ne contient que des commentaires : il n’y a aucune donnée
yaml-empty-file-hint = partez du programme d’exemple que `gabarit init` écrit, et changez ce qui diffère
yaml-tab = une tabulation sert à l’indentation
yaml-tab-hint = indentez avec des espaces seulement (deux par niveau) ; réglez votre éditeur pour qu’il insère des espaces
percent-too-large = `{ $value }` est trop grand pour un pourcentage : écrivez-le en pourcentage, entre 0 et 100
yaml-expecting-number = un nombre comme 88624.00
yaml-not-a-date = `{ $value }` n’est pas une date valide
yaml-not-a-date-here = ceci n’est pas une date valide
yaml-not-a = `{ $value }` n’est pas { $kind }
yaml-not-a-here = cette valeur n’est pas { $kind }
yaml-kind-count = un nombre entier (0, 1, 2…)
yaml-kind-integer = un nombre entier
yaml-kind-number = un nombre
yaml-kind-bool = `true` ou `false`
yaml-kind-char = un seul caractère
yaml-kind-other = une valeur du type attendu
yaml-hint-count = écrivez le nombre en chiffres, sans signe, sans virgule ni espace (par exemple 4)
yaml-hint-bool = écrivez `true` (oui) ou `false` (non)
yaml-hint-shape = comparez avec le même endroit du programme d’exemple que `gabarit init` écrit
yaml-wrong-shape = on attend ici { $expected }, et non { $found }
yaml-shape-list = une liste
yaml-shape-mapping = des clés avec leurs valeurs (un dictionnaire)
yaml-shape-number = un nombre
yaml-shape-bool = `true` ou `false`
yaml-shape-date = une date
yaml-shape-text = un texte
yaml-shape-nothing = une valeur vide
yaml-unknown-value = `{ $value }` ne fait pas partie des valeurs acceptées ici : { $expected }
yaml-key-twice = la clé `{ $key }` figure deux fois au même niveau
yaml-not-a-mapping-top = le fichier doit être une suite de clés, pas une liste ni une valeur seule : un programme commence par `programme:` (puis `lead:`, `members:`…), un fichier de déclarations de familles par `documents:`, le registre par `acts:`
yaml-not-a-mapping = on attend ici des clés avec leurs valeurs (un dictionnaire), et non une liste ou une valeur seule
yaml-not-a-mapping-hint = comparez avec le même endroit du programme d’exemple que `gabarit init` écrit : un dictionnaire est une suite de lignes `clé: valeur` indentées sous sa clé
yaml-not-a-list = on attend ici une liste : des lignes commençant par `- `, ou `[a, b]`
yaml-not-a-list-hint = comparez avec le même endroit du programme d’exemple que `gabarit init` écrit ; une liste d’un seul élément s’écrit quand même comme une liste
yaml-not-a-scalar = on attend ici une seule valeur, et non une liste ou un dictionnaire
yaml-unclosed-list = ce `{ $open }` ouvre une liste qui n’est pas refermée sur sa ligne
yaml-unclosed-mapping = ce `{ $open }` ouvre un dictionnaire qui n’est pas refermé sur sa ligne
yaml-unclosed-bracket-hint = refermez-le sur la même ligne (`["a", "b"]`), ou retirez-le : un texte seul n’a pas besoin de crochet
yaml-empty-value = il manque une valeur ici
yaml-empty-value-hint = écrivez la valeur après le `: `, ou retirez la clé
yaml-ends-early = le fichier s’arrête au milieu d’une valeur : un guillemet, un crochet ou une accolade n’est pas refermé
yaml-unclosed-hint = refermez chaque `"`, `[` et `{"{"}` que vous ouvrez, sur la même ligne
yaml-unknown-anchor = cet alias (`*nom`) ne renvoie à aucune ancre (`&nom`) écrite avant lui
yaml-unknown-anchor-hint = écrivez la valeur en entier ici, ou vérifiez le nom de l’ancre
yaml-indentation = l’indentation ne correspond pas à la structure ici : une clé sans son `:`, ou une ligne plus ou moins indentée que ses voisines
yaml-colon-in-value = un `:` dans une valeur : un texte qui contient `: ` doit être mis entre guillemets
yaml-flow-unclosed = une liste `[…]` ou un dictionnaire `{"{"}…{"}"}` n’est pas refermé, ou ses éléments ne sont pas séparés par des virgules
yaml-quote-unclosed = un texte entre guillemets n’est pas refermé, ou contient un guillemet ou une barre oblique inverse qu’il ne devrait pas
yaml-odd-character = une valeur commence par un caractère que YAML se réserve (comme `@`, `` ` ``, `%` ou `|`) : mettez le texte entre guillemets
yaml-syntax-other = le fichier n’est pas du YAML valide ici (le lecteur dit : « { $original } »)
yaml-other = le lecteur YAML ne sait pas lire cette valeur (il dit : « { $original } »)
yaml-too-deep = les valeurs sont imbriquées bien trop profondément (des centaines de niveaux de listes ou de dictionnaires)
yaml-too-deep-hint = un programme n’a besoin que de quelques niveaux : vérifiez les crochets `[` `{"{"}` et l’indentation, ou que le fichier n’a pas été abîmé
yaml-alias-bomb = le fichier répète des alias YAML (`*nom`) si souvent que le lire prendrait une mémoire sans limite (une « bombe d’alias »)
yaml-alias-bomb-hint = un programme n’en a jamais besoin : écrivez les valeurs répétées en entier et retirez les marques `&nom` et `*nom`, ou vérifiez que le fichier n’a pas été abîmé
yaml-too-large = le fichier est bien plus grand qu’un programme ne peut l’être (des millions de valeurs)
yaml-too-large-hint = un programme de dix mille participants reste bien en deçà de cette limite : vérifiez que le fichier n’a pas été abîmé ou rempli par erreur

## init, filtres, images
init-header =
    # Écrit par `gabarit init` : un programme d’exemple à adapter au vôtre.
    # Remplacez les valeurs par celles de votre programme, gardez les clés, puis lancez
    #   gabarit check programme.yaml     (dans ce dossier)
    # jusqu’à ce qu’il dise que le programme est cohérent, puis
    #   gabarit build --data programme.yaml --out documents
    # Les commentaires qui suivent, en anglais, décrivent l’exemple ; chaque clé
    # est expliquée en français dans docs/guide-des-donnees.md, le guide des
    # données de gabarit.
init-exists = { $count ->
        [one] { $files } existe déjà
       *[other] { $files } existent déjà
    } : rien n’a été écrit
init-exists-hint = donnez le nom d’un nouveau dossier, par exemple `gabarit init mon-programme`
init-cannot-make = impossible de créer le dossier { $folder } : { $reason }
init-cannot-make-hint = vérifiez le chemin, et que vous avez le droit d’y écrire
init-cannot-write = impossible d’écrire { $file } : { $reason }
init-cannot-write-hint = vérifiez que vous avez le droit d’écrire dans ce dossier, et que le disque n’est pas plein
filter-not-a-number = `{ $text }` n’est pas un nombre
filter-not-a-date = `{ $text }` n’est pas une date (AAAA-MM-JJ)
filter-not-a-count = `{ $text }` n’est pas un nombre entier positif ou nul
filter-not-whole = ce n’est pas un nombre entier
filter-not-a-time = `{ $text }` n’est pas une heure (14:30 ou 14h30)
filter-not-a-list = ce filtre prend une liste
filter-spelling = spelling="{ $value }" : écrivez spelling="1990" ou retirez le réglage
filter-currency = `currency=` doit être la monnaie du programme (country.currency), avec son `{ $name }`
filter-too-large-to-convert = ce montant est trop grand pour être converti
filter-gender-unknown = gabarit ne sait pas si « { $text } » est masculin ou féminin : écrivez-le avec son article (le, la)
filter-gender = gender="{ $value }" : écrivez gender="feminine" ou gender="masculine" (ou le `gender` d’une partie)
words-negative = un montant négatif ({ $amount }) ne peut pas s’écrire en lettres
words-decimals = { $amount } a plus de deux décimales : arrondissez-le d’abord au centime
words-too-large = { $amount } est trop grand pour s’écrire en lettres
image-no-logo = le programme ne nomme aucun logo (`lead.logo`)
image-outside-templates = une image se nomme par un chemin à l’intérieur du dossier des modèles
image-not-in-templates = ce fichier n’existe dans aucun dossier de modèles

## Les messages de Tera
tera-variable-undefined = la variable `{ $name }` n’est pas définie ici
tera-variable-undefined-known = la variable `{ $name }` n’est pas définie ici ; les variables sont : { $known }
tera-variable-undefined-value = la variable `{ $name }` existe mais n’a pas de valeur ici
tera-field-undefined = le champ `{ $name }` n’est pas défini
tera-field-undefined-known = le champ `{ $name }` n’est pas défini ; les champs sont : { $known }
tera-unknown-filter = filtre inconnu `{ $name }`
tera-unknown-function = fonction inconnue `{ $name }`
tera-unknown-template = modèle inconnu `{ $name }`
tera-not-iterable = une boucle `for` ne peut pas parcourir { $name }, seulement une liste
tera-argument-missing = l’argument `{ $name }` manque
tera-tag-mismatch = la balise fermante `{ $closing }` ne correspond pas à la balise ouvrante `{ $opening }`
tera-cannot-compare = un `{ $a }` ne peut pas être comparé à un `{ $b }`
tera-other = le modèle ne peut pas être lu ou rempli ici (Tera dit : « { $original } »)
tera-hint-filter = les filtres et fonctions sont décrits dans templates/README.md (« Montants, dates, mots ») ; vérifiez l’orthographe et les arguments
tera-hint-loop = bouclez sur une liste : `{"{"}% for member in members %{"}"}`

## Les noms des valeurs de la ligne de commande
value-lang = LANGUE
value-data = FICHIER
value-out = CHEMIN
value-kind = FAMILLE
value-format = FORMAT
value-year = ANNÉE
value-only = ID
value-jobs = N
value-templates = DOSSIER
value-path = FICHIER
value-dir = DOSSIER
value-template = MODÈLE
value-list = LISTE
value-name = MOTIF
value-date = DATE
value-record = DOCUMENT
filter-decimals = decimals={ $value } : écrivez un nombre de décimales de 0 à 6
period-reversed-hint = corrigez le `start` ou le `end` du programme ; les autres règles s’appliquent une fois la période juste
tera-unknown-tag = balise inconnue, ou balise qui ferme un bloc qui n’est pas ouvert ici
tera-hint-tag = les balises sont `{"{"}% if %{"}"}`, `{"{"}% for %{"}"}`, `{"{"}% set %{"}"}`, `{"{"}% include %{"}"}` et leurs `{"{"}% endif %{"}"}`, `{"{"}% endfor %{"}"}` ; vérifiez que chaque bloc ouvert est fermé par sa propre balise

## gabarit serve

help-serve = Une page web locale (sur 127.0.0.1 seulement) qui montre la vérification, les chiffres clés et les documents, et les met à jour à chaque enregistrement des données ou des modèles. Ctrl-C l’arrête
help-serve-data = Le fichier du programme
help-serve-out = Le dossier de sortie
help-serve-port = Le port (0 : n’importe quel port libre)
help-serve-open = Ouvre la page dans le navigateur par défaut
help-serve-templates = Un dossier de modèles qui l’emportent sur ceux du programme (`templates/` à côté du fichier du programme) et sur ceux fournis
value-port = PORT
serve-name = aperçu en direct
serve-footer = Cette page se met à jour seule à chaque enregistrement des données ou des modèles. Elle n’est visible que sur cet ordinateur.
serve-checking = Vérification des données…
serve-errors = Les données ont { $errors ->
        [one] une erreur
       *[other] { $errors } erreurs
    }{ $warnings ->
        [0] {""}
        [one] {" "}({ $warnings } avertissement)
       *[other] {" "}({ $warnings } avertissements)
    } : corrigez-{ $errors ->
        [one] la
       *[other] les
    } et enregistrez. Les documents affichés sont ceux de la dernière version correcte.
serve-building = Données cohérentes ; fabrication des documents en cours…
serve-consistent = Données cohérentes, documents à jour{ $warnings ->
        [0] {""}
        [one] {" "}({ $warnings } avertissement)
       *[other] {" "}({ $warnings } avertissements)
    }
serve-check = Vérification
serve-no-problem = Aucun problème trouvé.
serve-figures = Chiffres clés
serve-documents = Documents
serve-no-document = Aucun document pour le moment : corrigez d’abord les erreurs ci-dessus.
serve-download-all = Tout télécharger (ZIP)
serve-column-document = Document
serve-column-files = Fichiers
serve-column-status = État
serve-status-up-to-date = à jour
serve-status-being-made = en cours de fabrication
serve-status-failed = échec
serve-status-stale = pas à jour (les données ont une erreur)
serve-back = Retour à l’accueil
serve-download-docx = Télécharger le DOCX (à modifier dans Word ou LibreOffice)
serve-open-pdf = Ouvrir le PDF
serve-not-found = Page introuvable
serve-not-found-hint = Cette adresse ne correspond à aucune page ni à aucun fichier de la fabrication en cours.
serve-refused = refusé : { $path } (ni une page ni un fichier de la fabrication en cours)
serve-zip-failed = l’archive n’a pas pu être faite ; réessayez
serve-summary = { $made ->
        [one] { $made } document fabriqué
       *[other] { $made } documents fabriqués
    }, { $identical ->
        [one] { $identical } refait à l’identique
       *[other] { $identical } refaits à l’identique
    }, { $unchanged ->
        [one] { $unchanged } inchangé
       *[other] { $unchanged } inchangés
    }, { $failed ->
        [0] aucun échec
        [one] { $failed } échec
       *[other] { $failed } échecs
    }, en { $seconds } s
serve-cannot-start = le serveur ne peut pas démarrer : { $reason }
serve-port-in-use = le port { $port } est déjà utilisé (un autre `gabarit serve` ?)
serve-port-in-use-hint = arrêtez l’autre programme, ou choisissez un autre port : --port { $next }
serve-port-denied = le port { $port } est réservé
serve-port-denied-hint = choisissez un port au-dessus de 1023, par exemple --port 3000
serve-cannot-watch = impossible de surveiller les fichiers : { $reason }
serve-cannot-watch-hint = vérifiez que le dossier du programme existe et peut être lu
serve-listening = Aperçu en direct : { $url }
serve-stop = (Ctrl-C pour arrêter)
serve-cannot-open = le navigateur n’a pas pu être ouvert : ouvrez { $url } vous-même
serve-family = { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }, dans le dossier { $folder }
serve-failed = Données cohérentes, mais { $failed ->
        [one] { $failed } document n’a pas pu être fabriqué
       *[other] { $failed } documents n’ont pas pu être fabriqués
    } : voyez l’erreur dans la liste ci-dessous, corrigez le modèle ou les données, et enregistrez.
serve-stopped = Aperçu arrêté.
serve-refused-host = refusé : { $path } demandé sous le nom `{ $host }` ; seuls 127.0.0.1 et localhost sont servis
serve-figures-last-good = Chiffres clés (dernière version correcte)
serve-zip-stale = (fichiers de la dernière version correcte)
serve-status-label = État :
serve-skip = Aller aux documents
serve-summary-all-current = Rien à refaire : { $documents ->
        [one] le document est à jour
       *[other] les { $documents } documents sont à jour
    }.

## Documents émis : le registre, l'archive, les avenants (gabarit issue, gabarit status)
help-issue = Inscrit des documents comme émis (signés, envoyés) : chacun reçoit un numéro d’acte, et ses fichiers et ce que son modèle a reçu sont archivés à côté du registre ; un document émis n’est plus jamais refait
help-issue-documents = Les documents : un nom tel que `build` l’écrit (`convention-etat-cofinancement`), une famille ou un dossier
help-issue-data = Le fichier du programme
help-issue-date = La date d’émission (de la copie signée, du retrait) ; par défaut : aujourd’hui
help-issue-number = Le numéro d’acte, pour un seul document (par défaut : la numérotation de la famille)
help-issue-signed = Range la copie revenue signée (un PDF signé électroniquement, ou un scan) du document émis
help-issue-withdraw = Retire le document émis (avec --reason) : seul moyen de le refaire sous son nom
help-issue-reason = Pourquoi le document est retiré
help-issue-templates = Un dossier de modèles qui l’emportent sur ceux du programme et sur ceux fournis
help-status = L’état de chaque document : émis (numéro, date, copie signée), modifié depuis l’émission, à jour, périmé, jamais fabriqué
help-status-data = Le fichier du programme
help-status-out = Le dossier de sortie
help-status-format = `table` (pour les personnes) ou `json`
help-status-templates = Un dossier de modèles qui l’emportent sur ceux du programme et sur ceux fournis
value-documents = DOCUMENT
value-number = NUMÉRO
value-signed = FICHIER
value-reason = MOTIF
list-changed_acts = chaque document émis dont les données ont changé depuis
word-yes = oui
word-no = non
build-issued-kept = { $count ->
        [one] { $count } document émis laissé tel quel
       *[other] { $count } documents émis laissés tels quels
    }
build-stale = { $count ->
        [one] { $count } document n'est plus à jour avec les données et n'a pas été refait (hors de la sélection) : { $documents }
       *[other] { $count } documents ne sont plus à jour avec les données et n'ont pas été refaits (hors de la sélection) : { $documents }
    }
build-stale-hint = pour les refaire : gabarit build --data { $data } --out { $out }
issue-unknown = `{ $document }` ne désigne aucun document du programme
issue-unknown-hint = donnez le nom d’un document tel que `gabarit build --dry-run` l’affiche, une famille ou un dossier
issue-number-for-one = --number donne le numéro d’un seul document, et { $count } sont désignés
issue-number-for-one-hint = émettez ce document seul avec --number, puis les autres sans
issue-number-taken = le numéro { $number } est déjà celui d’un acte du registre
issue-number-taken-hint = chaque acte a son numéro ; donnez-en un autre, ou laissez la numérotation de la famille le choisir
issue-already = { $document } est déjà émis : acte n° { $number } du { $date }
issue-already-hint = un document émis ne change plus : une modification se fait par avenant (gabarit build le prépare quand les données changent) ; pour le refaire sous son nom, retirez-le d’abord : gabarit issue --withdraw { $document } --reason "…"
issue-before-its-date = { $document } ne peut être émis le { $date } : il est daté du { $dated }
issue-before-its-date-hint = donnez --date { $dated } ou une date postérieure
issue-bad-numbering = la numérotation de la famille { $family } contient `{ $field }`, que gabarit ne connaît pas
issue-bad-numbering-hint = une numérotation s’écrit avec {"{"}year{"}"} (l’année du document), {"{"}n{"}"} (le rang dans le registre) ou {"{"}n:03{"}"} (sur trois chiffres) : « {"{"}year{"}"}-CONV-{"{"}n:03{"}"} »
issue-done = émis : { $document } — acte n° { $number } du { $date }, archivé dans { $archive }
issue-not-issued = `{ $document }` n’est pas un document émis (ou il a été retiré)
issue-not-issued-hint = `gabarit status` liste les documents émis et leur numéro
issue-one-document = --signed et --withdraw portent sur un seul document, et { $count } sont donnés
issue-one-document-hint = donnez un seul document, par exemple : gabarit issue --signed copie-signee.pdf convention-etat-cofinancement
signed-added-no-signature = le PDF ajoute une révision à l’original, mais sans signature
signed-same-as-original = c’est l’original émis, sans signature
signed-first-revision-differs = le PDF est signé, mais sa première révision n’est pas l’original émis : le document signé n’est pas celui du registre
signed-not-pdf-or-image = ce n’est ni un PDF ni une image scannée (PNG, JPEG, TIFF)
signed-refused = la copie signée { $path } est refusée pour l’acte n° { $number } : { $reason }
signed-refused-hint = faites signer le PDF archivé de l’acte (dans archive/), sans le modifier ni l’enregistrer à nouveau : un parapheur électronique ajoute la signature à la fin du fichier ; une copie papier se range scannée
signed-already = l’acte n° { $number } a déjà sa copie signée, rangée le { $date }
signed-already-hint = une copie signée ne se remplace pas ; si l’acte doit être refait, retirez-le (--withdraw) et émettez-le de nouveau
signed-electronic = copie signée rangée : acte n° { $number } ({ $document }), signature électronique dont la première révision est l’original émis, octet pour octet
signed-scan = copie signée rangée : acte n° { $number } ({ $document }), scan conservé tel quel
withdraw-no-reason = un retrait doit dire pourquoi
withdraw-no-reason-hint = donnez le motif : --reason "erreur sur le montant de la cotisation"
withdraw-amended = l’acte n° { $number } a des avenants émis : il ne se retire pas seul
withdraw-amended-hint = retirez d’abord ses avenants, du dernier au premier
withdraw-done = retiré : acte n° { $number } ({ $document }), le { $date } ; le document peut être refait sous son nom
register-unreadable = le registre des documents émis ne se lit pas
register-unreadable-hint = le registre est tenu par gabarit issue ; reprenez la version précédente (sauvegarde, gestionnaire de versions) plutôt que de le corriger à la main
register-cannot-write = { $path } ne peut être écrit : { $reason }
register-cannot-write-hint = vérifiez que le dossier du registre existe et qu’il est accessible en écriture ; le registre n’a pas changé
register-archive-damaged = l’archive de l’acte n° { $number } est abîmée : { $path } : { $reason }
register-archive-damaged-hint = un document émis ne se modifie pas : reprenez le fichier d’une sauvegarde ; son empreinte est dans le registre
register-not-listed = le registre ne donne pas son empreinte
register-digest-differs = son empreinte n’est plus celle du registre (le fichier a été modifié)
register-not-planned = l’acte n° { $number } du { $date } ({ $document }) a été émis, mais les données ne le font plus
register-not-planned-hint = s’il n’a plus lieu d’être, retirez-le : gabarit issue --withdraw { $document } --reason "…"
register-template-changed = le modèle de l’acte n° { $number } du { $date } ({ $title }) a changé depuis son émission ; ses données non : le document émis reste tel quel
register-template-changed-hint = rien à faire pour cet acte ; un nouveau modèle ne s’applique qu’aux documents à émettre
register-changed = l’acte n° { $number } du { $date } ({ $title }) a été émis ; les données ont changé depuis : { $changes }
register-changed-hint = le document émis reste tel quel ; gabarit build prépare l’avenant (ou la lettre de report) qui dit ces changements, à faire signer et à émettre à son tour ; si le document doit plutôt être refait, retirez-le : gabarit issue --withdraw { $document } --reason "…"
register-change = { $label } : { $before } → { $after }
register-more-changes = et { $count ->
        [one] { $count } autre
       *[other] { $count } autres
    }
register-amendment-undated = des avenants sont à préparer, et le programme ne dit pas leur date : ils sont datés comme l’émission de l’acte qu’ils modifient
register-amendment-undated-hint = écrivez leur date dans `issued:` du programme : amendments: 2008-03-15
status-issued = émis
status-changed = modifié depuis l’émission (avenant à faire)
status-up-to-date = à jour
status-out-of-date = périmé
status-never-made = jamais fabriqué
status-withdrawn = retiré
status-signed = { $state }, signé
status-head-state = état
status-head-number = n° d’acte
status-head-date = émis le
status-head-document = document
status-changes = { $document } : { $changes }
status-summary = émis : { $issued } (dont { $changed } { $changed ->
        [one] modifié
       *[other] modifiés
    } depuis), à jour : { $current }, périmés : { $stale }, jamais fabriqués : { $never }, retirés : { $withdrawn }
change-key-annex = annexe
change-key-lines = dépenses
change-key-resources = ressources
change-key-expense-years = total des dépenses
change-key-expense-total = total des dépenses
change-key-resource-years = total des ressources
change-key-resource-total = total des ressources
change-key-total = total
change-key-figures = chiffres du programme
change-key-tranche-amounts = montants des tranches
change-key-other-members = autres membres
change-key-meeting = réunion
change-key-training = formation
change-key-exchange = journée d’échange
change-key-date = date
change-key-end = fin
change-key-start = début
change-key-letter-date = date de la lettre
change-key-place = lieu
change-key-member = membre
change-key-member-party = membre
change-key-partner = partenaire
change-key-addressee = destinataire
change-key-participant = participant
change-key-amount = montant
change-key-contribution = cotisation
change-key-state = part de l’État
change-key-accounts = comptes
letter-before-joining = { $document }{ $whom } est datée du { $date }, avant que `{ $member }` rejoigne le programme ({ $bound })
letter-before-joining-hint = une lettre aux gens d’un membre se date au plus tôt de son adhésion : datez-la (letter_date) du { $bound } ou après, ou retirez cette action de la liste de ce participant ; si `{ $member }` a rejoint plus tôt, corrigez son `joined`
letter-after-leaving = { $document }{ $whom } est datée du { $date }, après que `{ $member }` a quitté le programme ({ $bound })
letter-after-leaving-hint = une lettre aux gens d’un membre se date au plus tard de son départ : datez-la (letter_date) du { $bound } ou avant, ou retirez cette action de la liste de ce participant ; si `{ $member }` est parti plus tard, corrigez son `left`
change-key-members = membres
change-key-partnerships = partenariats
change-key-year-count = nombre d’exercices
change-key-period = période
change-key-members-per-year = membres de l’année
change-key-budget-lines-total = total des lignes budgétaires
change-key-eligible-total = total éligible
change-key-state-share-computed = part de l’État calculée
change-key-state-share = part de l’État
change-key-contributions-total = total des cotisations
change-key-contributions-by-year = cotisations de l’année
change-key-member-contribution-total = cotisations d’un membre sur la période
change-key-label = intitulé
serve-status-issued = émis
serve-status-changed = modifié depuis l’émission (avenant à faire)
serve-act = acte n° { $number } émis le { $date }
serve-act-signed = { $act }, copie signée rangée
serve-changes = Changements depuis l’émission : { $changes }
merge-issued = { $path } est un document émis : le publipostage ne l’écrase pas
merge-issued-hint = un document émis ne change plus ; écrivez le publipostage dans un autre dossier (--out), ou donnez à ses fichiers d’autres noms (--name)
help-issue-out = Le dossier de sortie des fabrications : ses fichiers émis deviennent ceux de l’archive
serve-signed-copy = Ouvrir la copie signée
issue-all-issued = rien à émettre : { $count ->
        [one] le document désigné est déjà émis
       *[other] les { $count } documents désignés sont déjà émis
    }
issue-all-issued-hint = `gabarit status` montre les documents émis et ceux qui restent à émettre
issue-left-out = { $count ->
        [one] { $count } document déjà émis laissé de côté
       *[other] { $count } documents déjà émis laissés de côté
    }
change-key-signatory = signataire
change-key-civility = civilité
change-key-first-name = prénom
change-key-last-name = nom
change-key-name = nom
change-key-quality = qualité
change-key-represented-by = représenté par
change-key-represented = représenté
change-key-body = organisme signataire
change-key-signing-body = organisme signataire
change-key-committee = comité
change-key-address = adresse
change-key-city = commune
change-key-postal-code = code postal
change-key-deliberation = délibération
change-key-designation = désignation
change-key-for-line = mention « pour »
change-key-time = heure
change-key-agenda = ordre du jour
change-key-short-name = nom court
change-key-partner-party = partenaire
change-key-lead-party = chef de file
change-key-signer = signataire du chef de file
change-key-state-signer = signataire de l’État
change-key-country = pays
change-key-rate = taux
change-key-credit = crédit
change-key-tranches = tranches
change-key-share = part
change-key-forecast = prévision
change-key-budget = budget
change-key-due = dû
change-key-expected = attendu
change-key-email = courriel
change-key-phone = téléphone
change-key-reply-by = réponse attendue avant le
change-key-contributions = cotisations
change-key-lead = chef de file
change-key-invited-names = institutions invitées
change-key-delegation-rows = dotation
change-key-delegation-ceiling = plafond de la dotation
change-key-member-years = années de membre
change-key-member-joined = adhésion
change-key-prefect-quality = qualité du préfet
change-key-comptable-quality = qualité du comptable
read-link = { $path } est un lien symbolique : gabarit ne lit que les fichiers mêmes du dossier du programme et de ses modèles
read-link-hint = copiez le fichier dans le dossier au lieu d’un lien vers lui (un dossier reçu d’ailleurs pourrait sinon faire imprimer n’importe quel fichier de l’ordinateur dans les documents)
build-folder-is-link = { $folder } est un lien symbolique vers un autre dossier : gabarit n’y écrit pas
build-folder-is-link-hint = supprimez le lien (gabarit refera le dossier), ou donnez un autre dossier de sortie avec --out
documents-filter-tag = le filtre `{ $filter }` contient une balise de modèle ; un filtre est une condition seule
documents-filter-tag-hint = écrivez la condition sans accolades, comme dans `{"{"}% if … %{"}"}` : `member.id != lead.id`
documents-pattern-loop = le motif `{ $field }` contient une boucle ; un motif est une seule ligne de texte
documents-pattern-loop-hint = mettez la boucle dans le modèle du document, pas dans son nom, son titre ou sa date
template-includes-itself = le modèle { $name } s’inclut lui-même, directement ou par un autre : il ne finirait jamais
template-too-many-includes = le modèle { $name } ferait chaque document de { $count } modèles inclus, au-delà de la limite de { $limit }
template-too-many-includes-hint = un modèle inclut l’en-tête, la signature ou un bloc commun une fois ; retirez les inclusions en cascade
text-too-long = le texte `{ $path }` est trop long : { $count } caractères, { $limit } au plus
text-too-long-hint = un texte du programme est un nom, un titre ou un paragraphe ; vérifiez qu’un copier-coller n’y a pas mis tout un document
documents-homonyms-more = et { $count } autres documents portaient le nom { $name }, déjà pris : ils sont numérotés de même (-2, -3…)
merge-invisible = { $place }, colonne « { $column } » : un caractère invisible ou de contrôle ({ $code }) changerait ce que le document imprime
merge-invisible-hint = retapez la cellule dans le tableur (un texte copié d’une page web ou d’un traitement de texte peut en contenir), puis enregistrez la liste de nouveau
merge-spreadsheet-inflates = le classeur se décompresse en { $megabytes } Mo, au-delà de la limite de { $limit } Mo
merge-spreadsheet-extent = la feuille s’étend sur { $rows } lignes et { $columns } colonnes, au-delà de la limite de { $limit } cellules
merge-spreadsheet-too-large-hint = une liste de publipostage tient en quelques milliers de lignes et quelques colonnes ; supprimez les cellules lointaines (Ctrl+Fin montre la dernière), ou enregistrez la liste en CSV
build-out-holds-data = le dossier de sortie { $out } contient le programme ou ses modèles : les documents seraient écrits parmi les données
build-out-holds-data-hint = donnez un dossier à part, par exemple --out documents (à côté du programme) ou --out output
env-unknown-lang = GABARIT_LANG={ $value } n’est pas une langue que gabarit parle (fr, en) : la langue vient de LC_ALL, LC_MESSAGES ou LANG
env-bad-epoch = SOURCE_DATE_EPOCH={ $value } n’est pas une heure que gabarit sait écrire (des secondes depuis 1970, avant l’an 10 000) : les fichiers portent la date de leur document
serve-too-many-connections = { $most } connexions sont ouvertes : les suivantes attendent qu’une se ferme (une connexion sans échange depuis 15 s est fermée)
build-more-failures = { $count ->
        [one] { $count } autre document n’a pas été écrit
       *[other] { $count } autres documents n’ont pas été écrits
    } : { $documents }
yaml-key-like-a-path = la clé `{ $key }` contient `.` ou `[` : une clé est un seul mot
yaml-key-like-a-path-hint = écrivez chaque niveau sur sa ligne, en retrait sous le précédent (`members:`, puis `- id:` en dessous)
template-invisible = le modèle contient un caractère invisible ou de contrôle ({ $code }) : il changerait ce que les documents impriment
template-invisible-hint = supprimez-le (un texte copié d’une page web ou d’un traitement de texte peut en contenir) et retapez le texte autour
template-range-step = `range` a reçu un pas (`step_by`) nul : la boucle ne finirait jamais
template-range-budget = les boucles sur `range` dépassent { $limit } tours pour un seul document : une boucle imbriquée trop grande
template-budget-time = le modèle met plus de { $seconds } s à remplir un seul document : une boucle imbriquée trop grande
template-budget-size = le modèle imprime plus de { $megabytes } Mo de valeurs dans un seul document : une boucle imbriquée trop grande
template-budget-hint = un document se remplit en un instant : cherchez dans le modèle une boucle dans une boucle (`for` … `for`) sur une longue liste, et gardez-en une
contribution-missing = `{ $id }` n’a pas versé toute sa contribution de { $years } ({ $amount } manquent au { $date }, date du dernier compte rendu financier) : les comptes rendus le diront
contribution-missing-hint = si elle a été reçue, ajoutez au grand livre la recette (ligne des contributions, `{ $id }` comme partie) ; sinon, relancez le membre
tranche-report-unknown = cette tranche est demandée par le rapport « { $key } », que le programme ne fait pas (il n’est pas dans `issued.reports`)
tranche-report-unknown-hint = écrivez la clé d’un rapport de `issued.reports` : { $keys }
comptable-missing = le chef de file n’a pas de comptable public (`lead.comptable`) : les comptes rendus financiers n’auront pas son visa, que le versement final de l’État demande
comptable-missing-hint = ajoutez sous `lead:` le comptable de la collectivité : comptable: {"{"} civility: "Mme", first_name: "…", last_name: "…", quality: "trésorière de …" {"}"}
