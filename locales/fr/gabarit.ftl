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
render-text-line = ligne { $line } du texte qu’il produit : { $message }
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
