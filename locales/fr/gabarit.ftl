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
check-state-share-value = { $share } ({ $rate } de { $eligible } éligibles, crédit { $credit })
check-contributions = cotisations
check-contributions-value = { $total } ({ $per_year } par an et par membre ; membres { $members })
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
yaml-more-unknown-hint = est-ce bien un fichier de programme gabarit ? Comparez-le avec data/programme.yaml
yaml-hint-missing-key = ajoutez la clé manquante à ce niveau (voyez data/programme.yaml pour un exemple)
yaml-hint-variant = utilisez l’une des valeurs que le message énumère, écrite exactement
yaml-hint-date = écrivez les dates AAAA-MM-JJ, avec un mois de 01 à 12 et un jour qui existe dans ce mois, par exemple 2006-12-05
yaml-hint-number = écrivez les montants ainsi : 88624.00, avec un point avant les centimes, sans espace ni signe €
yaml-hint-twice = une clé ne peut figurer qu’une fois dans un même ensemble : supprimez ou renommez la seconde
yaml-hint-syntax = vérifiez le retrait (des espaces seulement, deux par niveau) et que chaque `:` est suivi d’une espace ; mettez entre guillemets un texte qui contient `: ` ou commence par un caractère spécial
number-not-a-number = `{ $text }` n’est pas un nombre : écrivez des chiffres, avec un point avant les décimales, sans espace ni symbole monétaire (par exemple 88624.00)
number-too-large = `{ $text }` est trop grand : gabarit accepte les montants, taux et parités inférieurs à un million de milliards (1 000 000 000 000 000)
did-you-mean = vouliez-vous dire `{ $suggestion }` ?

## Le budget
budget-total = les lignes du budget totalisent { $lines }, et non le total déclaré de { $total }
budget-total-hint = corrigez une ligne ou le total : l’écart est de { $gap }
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
read-cannot-read = impossible de lire ce fichier : { $reason }
read-cannot-read-named = impossible de lire { $path } : { $reason }
read-not-ordinary = { $path } n’est pas un fichier ordinaire (un périphérique ou un tube)
read-not-ordinary-hint = donnez un fichier enregistré sur le disque
read-too-large = { $path } pèse { $size } Mo : plus que les { $limit } Mo qu’un fichier de programme peut contenir
read-too-large-hint = vérifiez que c’est le bon fichier
read-hint-not-found = vérifiez le nom et le dossier : gabarit a cherché { $path }
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
csv-not-utf8-hint = enregistrez-le à nouveau en « CSV UTF-8 » (dans LibreOffice : jeu de caractères Unicode (UTF-8))
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
id-twice = l’identifiant `{ $id }` ({ $what }) est employé deux fois
id-twice-at = l’identifiant `{ $id }` ({ $what }) est employé deux fois (la première à la ligne { $line })
id-twice-hint = donnez à chacun son propre identifiant
id-listed-twice = `{ $id }` ({ $what }) figure deux fois dans le comité `{ $committee }`
id-listed-twice-hint = ne le mentionnez qu’une fois
voucher-twice = la pièce `{ $voucher }` est employée deux fois (la première à la ligne { $line })
voucher-twice-hint = chaque numéro de mandat ou de titre figure une seule fois au grand livre
person-twice = { $first_name } { $last_name } (`{ $partnership }`) figure deux fois (la première à la ligne { $line })
person-twice-hint = gardez une ligne par personne ; indiquez toutes ses actions dans la colonne `actions`
