# gabarit's messages in English. Each message has the same key and takes
# the same values ({ $name }) in every catalogue (a test checks it).

## The words of a diagnostic: "file:3:1: error: …", "  = hint: …"
word-error = error
word-warning = warning
word-hint = hint
word-colon = :

## gabarit check
check-errors = { $path }: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }; nothing can be built until the errors are fixed
check-consistent = { $path }: the programme is consistent ({ $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    })
check-period = period
check-members = members
check-partnerships = partnerships
check-budget = budget ({ $years ->
        [one] 1 year
       *[other] { $years } years
    })
check-state-share = State share
check-state-share-value = { $share } ({ $rate } of { $eligible } eligible, credit { $credit })
check-contributions = contributions
check-contributions-value = { $total } ({ $per_year } a year per member; members { $members })
check-ledger = ledger
check-ledger-value = { $entries ->
        [one] 1 entry
       *[other] { $entries } entries
    }
check-participants = participants

## gabarit build
build-refused = { $path }: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }: nothing is built until { $errors ->
        [one] it is
       *[other] they are
    } fixed (run `gabarit check` to see them alone)
build-unknown-kind = `--kind { $kind }` names no family of documents
build-unknown-kind-suggest = did you mean `--kind { $suggestion }`?
build-unknown-kind-list = the families and folders are: { $list }
build-nothing-selected = no document matches this selection
build-only-suggest = did you mean `--only { $suggestion }`?
build-selection-hint = check --kind, --year and --only (an id of a member, meeting, training or exchange day, or a document name); `--dry-run` without them lists every document
build-dry-run = { $documents ->
        [one] 1 document would be made
       *[other] { $documents } documents would be made
    } ({ $files ->
        [one] 1 file
       *[other] { $files } files
    } at most) into { $out }; { $unchanged } unchanged
build-out-is-file = the output folder is a file
build-out-is-file-hint = give the path of a folder with --out
build-summary = { $documents ->
        [one] 1 document made
       *[other] { $documents } documents made
    }, { $identical } made again identical, { $skipped } unchanged and skipped, { $files ->
        [one] 1 file
       *[other] { $files } files
    }, { $pages ->
        [one] 1 PDF page
       *[other] { $pages } PDF pages
    }, { $megabytes } MB in { $seconds } s into { $out }
build-failed = { $failed ->
        [one] 1 document could not be made
       *[other] { $failed } documents could not be made
    }

## gabarit init
init-wrote = wrote { $path }
init-next = next: edit { $path }, then `gabarit check { $path }`

## gabarit render
render-bad-extension = { $path }: the output must end in .pdf or .docx
render-cannot-read = cannot read this template: { $reason }
render-cannot-read-hint = check the path
render-text-line = line { $line } of the text it produces: { $message }
render-cannot-write = cannot write this file: { $reason }
render-cannot-write-hint = check that the folder exists and is writable
render-wrote = { $path }: { $bytes } bytes{ $pages ->
        [0] {""}
        [one] , 1 page
       *[other] , { $pages } pages
    }

## gabarit merge
merge-summary = { $documents ->
        [one] 1 document
       *[other] { $documents } documents
    }, { $files ->
        [one] 1 file
       *[other] { $files } files
    } into { $out }
