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
check-contributions-value-own = { $total } ({ $per_year } a year per member, except { $own }; members { $members })
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

## The command line's help
help-about = Official paperwork (PDF and DOCX) from programme data
help-usage = Usage:
help-commands = Commands
help-arguments = Arguments
help-options = Options
help-help = Print help
help-version = Print version
help-help-command = Print this message or the help of the given command
help-default = default
help-possible = possible values
help-lang = The language gabarit speaks (default: GABARIT_LANG, else LC_ALL, LC_MESSAGES, LANG: French when they start with `fr`)
help-build = Make the paperwork: check the data, then write every document (or those selected) as PDF and DOCX into the output folder
help-build-data = The programme file
help-build-out = The output folder
help-build-kind = Only these families of documents (repeat for several): a family's id (`convocations-formation`) or its folder (`conventions`, `statement`…)
help-build-format = Only these formats (repeat for several)
help-build-year = Only the documents of this year
help-build-only = Only the documents about this id (member, meeting, training…) or of this name
help-build-dry_run = Print what would be made, write nothing
help-build-jobs = Worker threads (0: all cores; at most 256)
help-build-force = Re-render every document, even those unchanged since the last build
help-build-quiet = No progress bar
help-build-templates = A folder of templates over the programme's own (`templates/` beside the programme file) and the shipped ones
help-check = Load a programme and check it: print every problem found, or a summary when there is none
help-check-path = The programme file
help-init = Start a new programme: write a complete, commented example programme (YAML, ledger, participants, logo) into a folder, to adapt. `gabarit check` passes on it at once
help-init-dir = The folder to write (made if missing; existing files are never overwritten)
help-merge = Mail merge: make one document per row of a list (CSV, or a spreadsheet: .xlsx, .xls, .ods), as PDF and DOCX
help-merge-template = The template file; it gets the row as `row` (`row.nom`, `row["Prénom"]`) and `row_number`
help-merge-list = The list: a CSV file (UTF-8, `;` or `,`) or a spreadsheet (its first sheet), with the column names in its first row
help-merge-out = The output folder
help-merge-name = How files are named: column names between braces, and n between braces for the row's number (e.g. "lettre-{"{"}nom{"}"}-{"{"}prenom{"}"}")
help-merge-data = A programme whose data every document also gets (`programme`, `lead_party`…)
help-merge-format = Only these formats (repeat for several)
help-merge-date = The documents' date, as `date` in the template (2008-05-15)
help-render = Render one template as PDF or DOCX (the format follows the extension of --out): for template authors
help-render-template = The template file (`*.md.tera`, or plain Markdown)
help-render-out = The file to write: `*.pdf` or `*.docx`
help-render-data = A programme: the template gets the same data as in `build` (`programme`, `figures`, `lead_party`, `member`…); without it the template gets no data
help-render-record = With --data, which document of the template: the end of its file name (`2007` for etat-financier-2007); not needed when the template makes one document

## The command line's usage errors (exit code 2)
cli-unknown-argument = unexpected argument `{ $arg }`
cli-similar = a similar one exists: `{ $suggestion }`
cli-invalid-value = invalid value `{ $value }` for `{ $arg }`
cli-possible-values = possible values: { $values }
cli-missing = the following required arguments were not provided: { $args }
cli-unknown-command = unknown command `{ $command }`
cli-no-command = gabarit needs a command: build, check, init, merge or render
cli-bad-value = invalid value `{ $value }` for `{ $arg }`: { $reason }
cli-missing-value = a value is required for `{ $arg }` but none was supplied
cli-more-info = for more information, try `--help`

## Reading the programme file
yaml-unknown-key-top = unknown key `{ $key }` at the top of the programme
yaml-unknown-key = unknown key `{ $key }` in `{ $owner }`
yaml-keys-accepted = the keys accepted here are: { $keys }
yaml-unknown-key-remove = remove it, or check its indentation
yaml-merge-key = gabarit does not read YAML merge keys (`<<: *name`)
yaml-merge-key-hint = write the keys out in full here, instead of merging them from an anchor
yaml-more-unknown = and { $count } more unknown keys
yaml-more-unknown-hint = is this really a gabarit programme file? Compare it with the example programme `gabarit init` writes
yaml-hint-missing-key = add the missing key at this level (the example programme `gabarit init` writes shows them all)
yaml-hint-variant = use one of the values listed in the message, spelt exactly
yaml-hint-date = write dates as YYYY-MM-DD with a month from 01 to 12 and a day that exists in that month, for example 2006-12-05
yaml-hint-twice = each key may appear once in a mapping: remove or rename the second one
yaml-hint-syntax = check the indentation (spaces only, two per level) and that every `:` is followed by a space; quote text that contains `: ` or starts with a special character
number-not-a-number = `{ $text }` is not a number
number-hint-amount = write amounts in euros as 88624.00: a dot before the cents, no space, no € sign
number-hint-percent = write the rate in percent, without the % sign: 49 for 49 %, 12.5 for 12.5 %
number-hint-parity = write how many units of the currency make one euro, with a dot before the decimals, no space and no symbol (for example 655.957)
yaml-decimal-comma = `{ $written }`: between braces a comma separates two keys, not the decimals of a number
number-hint-dotted = write { $number }: in the data, a dot separates the decimals, with no space between the digits
number-too-large-hint = check this number: a digit too many, or two numbers run together?
number-too-large = `{ $text }` is too large: gabarit takes amounts, rates and parities below one million billion (1 000 000 000 000 000)
did-you-mean = did you mean `{ $suggestion }`?

## The budget
budget-total = the budget lines add up to { $lines }, not to the declared total { $total }
budget-total-hint = correct a line or the total: the lines make { $gap } { $direction ->
        [more] more
       *[less] less
    } than the total
budget-balance = the resources add up to { $resources }, the expenses to { $expenses }: the budget is not balanced
budget-balance-hint = a forecast budget has as many resources as expenses; adjust the lead authority's share
yaml-missing-key = missing key `{ $key }`
yaml-missing-key-in = missing key `{ $key }` in `{ $owner }`

## The families of documents (documents:)
documents-shipped-unreadable = the shipped templates/documents.yaml cannot be read: { $reason }
documents-shipped-unreadable-hint = this is a fault of gabarit itself: declare the families in a `documents:` section of the programme meanwhile
documents-bad-id = `{ $id }` is not a family id
documents-bad-id-hint = write it in lower-case letters, digits and hyphens, such as `{ $suggestion }`
documents-same-id = two families are named `{ $id }` (numbers { $first } and { $second })
documents-same-id-hint = give each family its own id
documents-bad-folder = `{ $folder }` is not a folder name gabarit writes into
documents-bad-folder-hint = write one plain name, such as `{ $suggestion }`: lower-case letters, digits and hyphens, no `/`
documents-unknown-list = `{ $list }` is not a list gabarit knows
documents-lists = the lists are: { $lists }
documents-no-format = this family is made in no format
documents-no-format-hint = write `formats: [pdf, docx]`, or leave `formats` out for both
documents-not-a-date-of = `{ $date }` is not a date of `{ $list }`
documents-dates-of = the dates of `{ $list }` are: { $dates }; or give a fixed date (2008-06-30)
documents-no-dates = this list has no date of its own: give a fixed date (2008-06-30) or an expression ("{"{{"} … {"}}"}")
documents-not-a-date = `{ $date }` is not a date
documents-not-a-date-hint = name one of the list's dates ({ $dates }), or write a date as 2008-06-30
documents-unreadable-pattern = this `{ $field }` cannot be read: { $reason }
documents-pattern-fails = this `{ $field }` cannot be worked out for { $what }: { $reason }
documents-pattern-hint = write it as in a template; for `{ $list }` the variables are { $variables }, besides programme, lead and figures
documents-no-such-date = this item has no `{ $date }` date
documents-gives-no-date = it gives `{ $text }`, which is not a date
documents-one-name = every document of `{ $family }` would be named `{ $name }`
documents-one-name-hint = put in the name what tells the documents apart: the variables of `{ $list }` are { $variables }
documents-homonyms = two documents would be named `{ $first }`: the second is named `{ $second }`
documents-homonyms-hint = put more in the family's `name` to tell them apart (an id, a year, a first name)
documents-unknown-template = the family `{ $family }` names the template `{ $template }`, which does not exist
documents-unknown-template-hint = put the template in the `templates/` folder beside the programme file, or name one of the shipped templates
documents-twice = the families of documents are declared twice: in a `documents:` section and in the file `files.documents` names
documents-twice-hint = keep one: remove the `documents:` section, or `files.documents`
list-programme = the whole programme
list-members = each member authority
list-partners = each member's partner, when chosen
list-committees = each steering committee
list-meetings = each meeting
list-trainings = each training
list-exchange_days = each exchange day
list-participants = each participant of the participants list
list-years = each budget year
list-trainings-participants = each participant of each training
list-exchange_days-participants = each participant of each exchange day
list-meetings-addressees = each addressee of each committee meeting

## Templates
template-cannot-read = cannot read this template: { $reason }
template-cannot-read-hint = check that it is readable UTF-8 text
template-never-closed = the `{"{"}% { $tag } %{"}"}` opened here is never closed ({ $reason })
template-never-closed-hint = add `{"{"}% end{ $keyword } %{"}"}` where the block ends
template-hint-variable = check the variable's spelling; `gabarit check` shows what the data holds, and templates/README.md lists what each template receives
template-hint-name = check the template's name; the templates are the *.md.tera files of templates/ and of the programme's own templates/ folder: { $names }
template-hint-syntax = see templates/README.md for the template syntax

## Building
build-cannot-create-folder = cannot create this folder: { $reason }
build-cannot-open-lock = cannot open the output folder's lock file: { $reason }
build-cannot-lock = cannot lock the output folder: { $reason }
build-folder-hint = check that the output folder is a folder you may write in
build-try-again = try again
build-waiting = { $folder }: another gabarit build is writing into this folder: waiting for it to end
build-cannot-write = cannot write this file: { $reason }
build-cannot-write-hint = check that the output folder is writable and the disk not full
build-cannot-write-manifest = cannot write the manifest: { $reason }
build-cannot-write-manifest-hint = check that the output folder is writable
build-templates-not-folder = the templates folder given with --templates is not a folder
build-templates-not-folder-hint = give the path of a folder holding *.md.tera files
build-no-threads = cannot start the worker threads: { $reason }
build-no-threads-hint = try a smaller --jobs
build-text-line = line { $line } of the text it produces: { $message }
build-progress = documents

## Reading files
io-not-found = no such file or folder
io-permission-denied = permission denied
io-is-a-folder = it is a folder, not a file
io-not-a-folder = part of the path is a file, not a folder
io-already-exists = it already exists
io-storage-full = the disk is full
io-read-only = the disk is read-only
io-address-in-use = the address is already in use
read-cannot-read = cannot read this file: { $reason }
read-cannot-read-named = cannot read { $path }: { $reason }
read-not-ordinary = { $path } is not an ordinary file (a device or a pipe)
read-not-ordinary-hint = name a file saved on the disk
read-too-large = { $path } is { $size } MB: more than the { $limit } MB a programme's file may hold
read-too-large-hint = check that this is the right file
read-hint-not-found = check the name and the folder: gabarit looked for { $path }
read-hint-not-found-beside = check the name and the folder: gabarit looked for { $path }; that folder holds { $files }
read-hint-permission = ask whoever manages this computer for the right to read it
read-hint-folder = this is a folder: give the path of the file inside it
read-hint-other = check that the file exists and is readable
read-control-character = invisible control character U+{ $code } in the text
read-control-character-hint = delete it (it often comes from a copy and paste) and retype the text around it
logo-outside = the logo must be a file beside the programme file, or in a folder under it
logo-outside-hint = write a path such as `logo.png` or `images/logo.png`
logo-damaged = the logo { $path } cannot be read: { $reason }
logo-damaged-hint = save the logo again as PNG or JPEG from an image editor
logo-not-image = { $path } is neither a PNG nor a JPEG image
logo-not-image-hint = save the logo as PNG or JPEG
logo-cannot-read = cannot read the logo { $path }: { $reason }

## Lists (CSV)
csv-utf16 = this file is saved as UTF-16, not UTF-8
csv-utf16-hint = save it again as UTF-8 (a text editor's "Save as", encoding UTF-8; a spreadsheet's "CSV UTF-8")
csv-nul = this file holds NUL bytes ({ $count } of them, the first on line { $line }): it was damaged or padded by a copy
csv-nul-hint = open it in a text editor, remove what follows the last real line, and save it again
csv-cr-only = the lines of this file end with a carriage return only (the old Mac format): gabarit sees one long line
csv-cr-only-hint = save it again with ordinary line endings (LF, or CR LF)
csv-not-utf8 = this file is not valid UTF-8 text
csv-not-utf8-hint = save it again as UTF-8: in Excel, “Save as”, type “CSV UTF-8 (Comma delimited)”; in LibreOffice, character set “Unicode (UTF-8)”
text-not-utf8-hint = save it again as UTF-8 in your text editor (Notepad: “Save as”, encoding “UTF-8”)
csv-bad-header = cannot read the header line: { $reason }
csv-empty = this CSV file is empty
csv-empty-hint = its first line must name the columns: { $columns }
csv-no-name = column { $number } has no name
csv-no-name-hint = name every column in the first line: the templates use these names
csv-unknown-column = unknown column `{ $name }`
csv-columns-are = the columns are: { $columns }
csv-column-twice = column `{ $name }` appears twice
csv-column-twice-hint = keep one of them
csv-missing-columns = { $count ->
        [one] missing column
       *[other] missing columns
    }: { $columns }
csv-missing-columns-hint = the first line must name the columns: { $columns }
csv-bad-line = cannot read this line: { $reason }
csv-bad-line-hint = check the quotes: a field that contains the separator must be between double quotes
csv-field-count = this line has { $fields ->
        [one] 1 field
       *[other] { $fields } fields
    }, the header has { $header }
csv-field-count-hint = a field containing the separator must be between double quotes; empty fields still need their separator
csv-empty-field = `{ $column }` is empty
csv-empty-field-hint = fill it in
csv-not-a = `{ $text }` is not { $what }
csv-a-date = a date
csv-a-date-hint = write dates as 2007-06-29 or 29/06/2007
csv-a-year = a year
csv-a-year-hint = write the budget year in four digits, e.g. 2007
csv-a-kind = a kind of entry
csv-a-kind-hint = write `expense` (or `dépense`) or `receipt` (or `recette`)
csv-an-amount = an amount
csv-an-amount-hint = write the amount as 1234.56 or 1234,56, without the € sign (and below one million billion)
csv-a-civility = a civility
csv-a-civility-hint = write `M.` or `Mme`

## Mail merge
merge-bad-spreadsheet = cannot read this spreadsheet: { $reason }
merge-bad-spreadsheet-hint = save it again from LibreOffice Calc or Excel (.xlsx or .ods)
merge-no-sheet = this spreadsheet has no sheet
merge-no-sheet-hint = the list is read from its first sheet
merge-bad-sheet = cannot read sheet `{ $sheet }`: { $reason }
merge-bad-sheet-hint = save it again from LibreOffice Calc or Excel
merge-empty-sheet = sheet `{ $sheet }` is empty
merge-empty-sheet-hint = its first row must name the columns
merge-cell = sheet `{ $sheet }`, row { $row }, column { $column }
merge-row = sheet `{ $sheet }`, row { $row }
merge-line = line { $line }
merge-no-name = { $at }: this column has no name
merge-no-name-hint = name every column in the first row: the templates use these names
merge-column-twice = { $at }: column `{ $name }` appears twice
merge-column-twice-hint = keep one of them
merge-unknown-format = `.{ $ext }` is not a list gabarit reads
merge-unknown-format-hint = give a .csv (UTF-8), .xlsx, .xls or .ods file
merge-unclosed-brace = `{ $pattern }` opens a `{"{"}` it does not close
merge-not-a-column = `{"{"}{ $key }{"}"}` is not a column of the list
merge-not-a-column-suggest = `{"{"}{ $key }{"}"}` is not a column of the list (did you mean `{ $suggestion }`?)
merge-empty-name = `{ $pattern }` gives an empty name
merge-name-hint = write the pattern with the list's column names between braces, e.g. --name "lettre-{"{"}nom{"}"}-{"{"}prenom{"}"}", or {"{"}n{"}"} for the row's number
merge-no-rows = the list has no row under its column names
merge-no-rows-hint = add one row per document to make
merge-same-name = { $first } and { $second } would both be written as `{ $name }`
merge-same-name-hint = add a column to --name that tells them apart, or {"{"}n{"}"} for the row's number
merge-cannot-read-template = { $path }: cannot read this template: { $reason }
merge-cannot-create = { $path }: cannot create this folder: { $reason }
merge-cannot-create-hint = check that its parent exists and is writable
merge-cannot-write = { $path }: cannot write this file: { $reason }
merge-cannot-write-hint = check that the folder is writable
merge-of-row = { $place } of the list: { $message }
merge-of-row-line = { $place } of the list: line { $line } of the text the template produces: { $message }

## gabarit render --data
render-no-such-record = no document of this template is named by `{ $record }`
render-no-such-record-hint = give the end of a document's name, such as: { $names }
render-many-records = `{ $record }` names { $count } documents
render-many-records-hint = give more of the name, such as: { $names }
render-not-built = `build` makes no document with this template
render-not-built-hint = name the document whose data it takes with --record, such as: { $names }
render-several = this template makes { $count } documents
render-several-hint = choose one with --record, such as: { $names }

## Ids and references
noun-member = member
noun-budget-line = budget line
noun-budget-line-or-resource = budget line or resource
noun-resource = resource
noun-action = action
noun-institution = institution
noun-committee = committee
noun-meeting = meeting
noun-training-or-exchange-day = training or exchange day
noun-member-partnership = member (partnership)
ref-unknown = `{ $id }` is not a known { $what }
ref-known = the known { $what } ids are: { $ids }
ref-none-yet = there is no { $what } yet: declare it first
id-invalid = the { $what } id `{ $id }` is not a valid id
id-invalid-hint = use lower-case letters without accents, digits and hyphens, e.g. `saint-loup-lamaire`
id-invalid-hint-as = write `{ $id }`: lower case letters without accents, digits and hyphens
id-twice = the { $what } id `{ $id }` is used twice
id-twice-at = the { $what } id `{ $id }` is used twice (first used on line { $line })
id-twice-hint = give each one its own id
id-listed-twice = the { $what } `{ $id }` is listed twice in committee `{ $committee }`
id-listed-twice-hint = list it once
voucher-twice = voucher `{ $voucher }` is used twice (first on line { $line })
voucher-twice-hint = each mandate or receipt number appears once in the ledger
person-twice = { $first_name } { $last_name } of `{ $partnership }` is listed twice (first on line { $line })
person-twice-hint = keep one line per person; list all the actions they attend in its `actions` column

## Dates
date-outside-period = { $what } ({ $date }) is outside the programme's period
date-outside-period-hint = the programme runs from { $start } to { $end }; check the year
date-after = { $first } ({ $first_date }) comes after { $second } ({ $second_date })
date-after-hint = swap the two dates, or correct the one that is wrong
date-programme-start = the programme's start
date-its-end = its end
date-its-last-day = its last day
date-the-mission-start = the mission's start
date-the-training-start = the training's start
date-the-exchange-day = the exchange day
date-the-meeting = the meeting
date-meeting-first-day = the meeting's first day
date-reply = the reply date
date-convocation = the convocation date
date-invitation = the invitation date
date-mission-start = the start of mission `{ $id }`
date-mission-end = the end of mission `{ $id }`
date-training-start = the start of training `{ $id }`
date-training-end = the end of training `{ $id }`
date-exchange-day = exchange day `{ $id }`
date-exchange-day-end = the last day of exchange day `{ $id }`
date-exchange-first-day = the exchange day's first day
date-meeting = meeting `{ $id }`
date-meeting-end = the end of meeting `{ $id }`
date-milestone = this milestone
date-voucher = the date of voucher `{ $voucher }`
schedule-day-outside = day { $day } of the schedule ({ $date }) is not within the training ({ $start } – { $end })
schedule-day-outside-hint = each day of the schedule is one of the training's days
schedule-day-order = day { $day } of the schedule ({ $date }) does not come after day { $previous }
schedule-day-order-hint = list the days in order, each once
meeting-order = meeting `{ $id }` is listed after a later meeting
meeting-order-hint = list meetings in chronological order: reports follow the list
issued-missing = `issued.{ $what }` gives no date for { $missing }
issued-missing-hint = give the signing date of each: { $keys }
issued-unknown = `{ $key }` is not a year of the programme nor `final`
issued-unknown-hint = the keys are: { $keys }
issued-final-early = `issued.{ $what }.final` is dated { $date }, before the programme ends ({ $end }): its last year shows as still running
issued-final-early-hint = date the final documents { $end } or later, once every expense is known
time-invalid = `{ $time }` is not a time of day
time-invalid-hint = write it 14:30, 14h30 or 14 h 30 (hours 0 to 23)
ledger-year = voucher `{ $voucher }` is charged to { $year } but dated { $date }
ledger-year-hint = the budget year is the year of the payment date
period-too-long = the programme runs over { $years } budget years ({ $start } to { $end }): a programme of decentralised cooperation lasts a few years
period-too-long-hint = check the year of `start` and of `end`; the other rules run once the period is right
period-hint = the programme runs from { $start } to { $end }

## Members, committees, milestones, names
with-article-elided = write it with its article: `l'{ $text }`
with-article = write it with its article: `la { $text }` or `le { $text }`
article-invalid = `{ $article }` is not an article
article-invalid-hint = write `le`, `la`, `les`, `l'` or `none`
country-article-hint = write `le` (le Sénégal), `la` (la Tunisie), `les` (les Comores), `l'` (l'Iran) or `none` (Madagascar)
name-repeats-kind = the name "{ $name }" starts with "{ $word }", which the documents already write before it: they would say "… { $word } de { $name }"
name-repeats-kind-hint = give the bare name (`short_name: "Vienne"`, with `article: "la"` if it takes one) and check the `kind`; or write the whole designation in `designation`
institution-designation = gabarit does not know how to name "{ $name }" in a sentence (invitations say "the following institutions are invited: …")
institution-designation-hint = give its `designation`, with its article if it takes one: `designation: "l'association { $name }"` or `designation: "{ $name }"`
partner-no-designation = the partner of `{ $id }` is of kind `other`, but has no `designation`
partner-no-designation-hint = add its designation with its article: `designation: "l'association des municipalités de …"`
without-partner-has-one = `{ $id }` is declared without a partner (`without_partner: true`), but has one
without-partner-has-one-hint = remove `without_partner`, or its `partner`
mandates-missing = `{ $id }` is a groupement: its convention cites only the deliberation of the authority that signs for it, not those of the others that mandate it
mandates-missing-hint = add under this member `mandates:`, one entry per authority of the groupement, with its `kind`, its `short_name` and its deliberation (`deliberation:` with its `date`)
mandate-after-convention = a mandate given for `{ $id }` is deliberated on { $date }, after its convention is signed
mandate-after-convention-hint = a mandate comes before the signature: correct the deliberation's date, or date the convention after it (`convention_date`)
no-partner = `{ $id }` has no partner yet: no partner letters, participants or support days are asked of it
no-partner-hint = add its `partner` once it is chosen
body-gender = gabarit cannot tell whether "{ $body }" is masculine or feminine
member-joined-outside = `{ $id }` joined the programme on { $date }, outside its period
member-left-outside = `{ $id }` left the programme on { $date }, outside its period
member-leaves-before-joining = `{ $id }` leaves on { $left }, before it joins on { $joined }
convention-date-missing = `{ $id }` joins on { $joined }, after the conventions of { $conventions }, but has no `convention_date` of its own
convention-date-missing-hint = add `convention_date:` the day its convention is signed
joins-before-convention = `{ $id }` joins on { $joined }, before its convention is signed on { $date }
joins-before-convention-hint = a member usually joins the day its convention is signed: make `joined` that day, or later
convention-before-deliberation = the convention with `{ $id }` would be dated { $date }, before the deliberation of { $deliberation } that authorises it
convention-before-deliberation-hint = date the convention on or after the deliberation (`convention_date:`)
carrier-missing = `{ $id }` is a groupement without legal personality, but no member signs for it
carrier-missing-hint = add `carrier:` the id of the member authority that signs for it
carrier-groupement = the carrier of `{ $id }` is itself a groupement: it cannot sign
carrier-groupement-hint = name an authority with legal personality (a commune, a communauté…)
carrier-needless = `{ $id }` signs for itself: only a groupement has a carrier
carrier-needless-hint = remove `carrier`, or set `kind: groupement`
lead-groupement = the lead authority must have legal personality: it signs the conventions
lead-groupement-hint = make the carrier the lead
signing-body-no-article = "{ $name }" has no article: the convention writes "Pour …"
signing-body-established-unknown = when "{ $name }" was set up is not known: nothing shows that its convention, dated { $date }, does not come before it
signing-body-established-unknown-hint = add under `signing_body` the day it was set up (`established: YYYY-MM-DD`); if need be, date its convention after it (`convention_date`)
convention-before-established = the convention with { $name } would be dated { $date }, before it was set up on { $established }
convention-before-established-hint = give the signing body its own `convention_date`, on or after `established`
committee-seat = `{ $id }` is a member of the programme but not of committee `{ $committee }`: it gets no invitation
committee-seat-hint = add `{ $id }` to its members, or leave `members` out so every member sits on it
milestone-none = this step has no `date`, `meeting` or `action`
milestone-none-hint = add `date:`, or `meeting:` with the id of the meeting it is, or `action:` with that of the training, exchange day or mission
milestone-both = this step is a meeting or an action and has a date of its own: the two may disagree
milestone-both-hint = remove `date:`: the meeting's or the action's date is used
milestone-two-events = this step names both a meeting and an action
milestone-two-events-hint = keep `meeting:` or `action:`, not both
milestone-meeting-day = this step falls on the day `{ $id }` starts: if it is that, the report will tell it twice
milestone-meeting-day-hint = write `{ $key }: { $id }` instead of `date:`
managed-by-no-article = "{ $name }" has no article: the State convention writes "confiée à …"

## Budget
forecast-year-outside = `{ $id }` has a forecast for { $year }, outside the programme's years
programme-covers = the programme covers { $years }
programme-covers-span = the programme covers { $first } to { $last }
forecast-year-missing = `{ $id }` has no forecast for { $years }
forecast-year-missing-hint = give an amount for every year of the programme (0.00 when nothing is planned)
year-unbalanced = in { $year }, { $larger ->
        [resources] resources exceed expenses
       *[expenses] expenses exceed resources
    } by { $by } ({ $resources } of resources against { $expenses } of expenses): the annex of the State convention would not balance
year-unbalanced-hint = move the difference between years (the lead authority's own funds, or a line's forecast) so that each year balances
state-credit = { $rate } % of the eligible budget is { $share }, more than the State's credit ({ $credit })
state-credit-hint = lower the rate or the eligible budget, or record the larger credit the State granted
state-share = the State's resources add up to { $resources }, but its share is { $share } ({ $rate } % of { $eligible } eligible, within the credit)
state-share-hint = make the State's forecast equal its share
contributions-none = no resource comes from the members' contributions
contributions-none-hint = add a resource with `source: members`: { $amount } a year for each member
contributions-year = the members' contributions for { $year } are { $planned }, but { $members ->
        [one] the year's member owes
       *[other] the year's { $members } members owe
    } { $due }
contributions-year-hint = each authority that is a member on some day of { $year } pays its yearly contribution: its own (`contribution`) if it has one, else `programme.member_contribution`; see also `joined` and `left`
typed-figure = this label states the figure "{ $figure }", which the data already holds and may one day contradict
typed-figure-hint = remove it from the label: the documents add the State's rate, the number of members times their contribution and a training's days and participants after the label themselves

## Actions and participants
mission-min-days = a support mission gives at least one day to each partnership
mission-min-days-hint = the programme promises at least two days per partnership
mission-no-days = mission `{ $mission }` plans no days for `{ $member }`
mission-no-days-hint = add `{ $member }: {"{"} planned: { $days } {"}"}` under `days`
mission-few-days = mission `{ $mission }` plans { $days ->
        [one] { $days } day
       *[other] { $days } days
    } for `{ $member }`, fewer than the { $promised } promised to each partnership
mission-few-days-hint = plan at least { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
training-days = training `{ $id }` lasts { $days ->
        [one] { $days } day
       *[other] { $days } days
    } but runs over { $span ->
        [one] { $span } day
       *[other] { $span } days
    } from its start to its end
training-days-hint = make `days` and the dates agree
training-schedule = the schedule of training `{ $id }` has { $entries ->
        [one] { $entries } day
       *[other] { $entries } days
    }, the training { $days }
training-schedule-hint = give one schedule entry per day of training
participants-missing = `{ $member }` has { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    } for `{ $id }`, which requires { $required } per partnership
participants-missing-hint = add { $missing ->
        [one] { $missing } line
       *[other] { $missing } lines
    } for `{ $member }` with `{ $id }` in the actions column of the participants file
participants-no-partner = `{ $member }` has no partner yet, but sends { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    } to `{ $id }`
participants-no-partner-hint = remove `{ $id }` from its participants, or give `{ $member }` its partner
participants-not-member = `{ $member }` is not a member of the programme on the day of `{ $id }`, but sends { $count ->
        [one] { $count } participant
       *[other] { $count } participants
    }
participants-not-member-hint = remove `{ $id }` from its participants, or correct its `joined` or `left` date
participants-too-many = `{ $member }` has { $count } participants for `{ $id }`, more than the { $required } per partnership the budget covers
participants-too-many-hint = remove `{ $id }` from the extra participants

## Amounts and rates
amount-negative = { $what } is negative ({ $value })
amount-negative-hint = amounts are written without a sign; a refund is a receipt, not a negative expense
amount-decimals = { $what } has more than two decimals ({ $value })
amount-decimals-hint = amounts in euros stop at the cent: round it to two decimals
amount-decimals-thousands-hint = a dot separates the cents, never the thousands: if these are thousands, write { $thousands }; otherwise round { $value } to the cent
amount-what-contribution = the member contribution
amount-what-credit = the State credit
amount-what-total = the budget total
amount-what-line = the { $year } forecast of line `{ $id }`
amount-what-resource = the { $year } forecast of resource `{ $id }`
amount-what-voucher = the amount of voucher `{ $voucher }`
amount-beyond-budget = the amount of voucher `{ $voucher }` ({ $amount }) is larger than the whole budget ({ $total })
amount-beyond-budget-hint = check the decimal separator and the number of digits
rate-fraction = the cofinancing rate is { $rate } %, below 1 %
rate-fraction-hint = the rate is written in percent: for { $percent } %, write `rate: { $percent }`
rate-range = the cofinancing rate { $rate } is not between 0 and 100
rate-range-hint = write the rate in percent: 49 for 49 %
rate-date-without-rate = `rate_date` gives the day of a rate of the { $currency }, but `per_euro` does not give that rate
rate-date-without-rate-hint = add that day's rate: `per_euro: 4950.00` (how many { $symbol } make one euro), or remove `rate_date`
parity-range = the parity of the { $currency } must be positive and at most 1 000 000 for one euro
parity-range-hint = write how many { $symbol } make one euro
tranches-total = the tranches of the State share add up to { $total } %, not 100 %
tranches-total-hint = adjust the `share` of the tranches so that they add up to 100
state-receipt-party = a receipt of the State's resource `{ $resource }` must have `state` as its party, not `{ $party }`
state-receipt-party-hint = write `state` in the party column

## Identifiers
iban-invalid = the IBAN { $iban } fails the ISO 13616 check (mod 97): a digit is wrong or missing
iban-invalid-hint = copy the IBAN from the treasury's bank details (RIB) again
bic-invalid = the BIC { $bic } is not 8 or 11 letters and digits (bank, country, place, branch)
bic-invalid-hint = copy the BIC from the bank details (RIB), e.g. BDFEFRPPCCT
siren-invalid = the SIREN { $siren } of `{ $id }` fails the Luhn check: a digit is wrong
siren-invalid-hint = copy it from the authority's INSEE notice (9 digits)
insee-invalid = the INSEE code { $insee } of `{ $id }` is not 5 digits (or 2A/2B and 3 digits)
insee-invalid-hint = write the commune's INSEE code (5 digits, such as 79049), not its postal code
postal-code-invalid = the postal code { $code } of `{ $id }` is not 5 digits
postal-code-invalid-hint = write the 5 digits of the postal code, without the town

## Reports
justification-year-outside = `{ $id }` has a justification for { $year }, outside the programme's years
activity-year-outside = `{ $id }` has an account of { $year }, outside the programme's years
gap-in-year = in { $year }
gap-in-year-hint = add under this line `justifications: {"{"} { $year }: "…" {"}"}`
gap-whole-programme = over the whole programme (final report)
gap-whole-programme-hint = add under this line `programme_justification: "…"`
gap-justification = `{ $id }` shows a gap of { $gap } { $which }, above the { $threshold } % threshold, with no justification: the report will print "Justification à compléter."
report-activity = `{ $id }` has no account of what its partnership did in { $years }: the reports will print "Compte rendu à compléter."
report-activity-hint = add under this member `activities: {"{"} { $year }: "missions, trainings attended, results…" {"}"}`

## Characters in the data
text-quoted = the text of `{ $path }` is wholly between quotation marks: the documents will print them
text-quoted-hint = remove these quotation marks if they are not to be printed: in the programme file, a text is put between straight quotes when needed, `signing_place: "Melle"`
text-control = the text at `{ $path }` holds the invisible control character { $code }
text-control-hint = remove the escape sequence (such as \t or \f) from the quoted text; for a new line in a text, use a YAML block (`|`)
text-invisible = the text at `{ $path }` holds the invisible character { $code } (a zero-width space, joiner or direction mark)
text-invisible-hint = retype the text around it, or paste it as plain text: the character cannot be seen but changes the document
text-no-glyph = the text at `{ $path }` holds `{ $character }` ({ $code }), which the documents' fonts (Liberation Sans and Serif) cannot print
text-no-glyph-hint = replace it with a character of the Latin alphabets or common punctuation (a symbol pasted from a word processor or an emoji often is the cause)

## The YAML reader
yaml-empty-file = the programme file is empty
yaml-only-comments = the programme file holds only comments: there is no data in it
yaml-empty-file-hint = start from the example programme `gabarit init` writes, and change what differs
yaml-tab = a tab is used for indentation
yaml-tab-hint = indent with spaces only (two per level); set your editor to insert spaces
percent-too-large = `{ $value }` is too large for a percentage: write it in percent, between 0 and 100
yaml-expecting-number = a number such as 88624.00
yaml-not-a-date = `{ $value }` is not a valid date
yaml-not-a-date-here = this is not a valid date
yaml-not-a = `{ $value }` is not { $kind }
yaml-not-a-here = this value is not { $kind }
yaml-kind-count = a whole number (0, 1, 2…)
yaml-kind-integer = a whole number
yaml-kind-number = a number
yaml-kind-bool = `true` or `false`
yaml-kind-char = a single character
yaml-kind-other = a value of the expected kind
yaml-hint-count = write the number in digits, without a sign, a decimal point or a space (for example 4)
yaml-hint-bool = write `true` (yes) or `false` (no)
yaml-hint-shape = compare with the same place in the example programme `gabarit init` writes
yaml-wrong-shape = { $expected } is expected here, not { $found }
yaml-shape-list = a list
yaml-shape-mapping = keys with their values (a mapping)
yaml-shape-number = a number
yaml-shape-bool = `true` or `false`
yaml-shape-date = a date
yaml-shape-text = a text
yaml-shape-nothing = an empty value
yaml-unknown-value = `{ $value }` is not one of the values accepted here: { $expected }
yaml-key-twice = the key `{ $key }` appears twice in the same mapping
yaml-not-a-mapping-top = the file must be a mapping of keys, not a list or a single value: a programme starts with `programme:` (then `lead:`, `members:`…), a file of family declarations with `documents:`, the register with `acts:`
yaml-not-a-mapping = expected keys with their values here (a mapping), not a list or a single value
yaml-not-a-mapping-hint = compare with the same place in the example programme `gabarit init` writes: a mapping is a set of `key: value` lines indented under its key
yaml-not-a-list = expected a list here: lines starting with `- `, or `[a, b]`
yaml-not-a-list-hint = compare with the same place in the example programme `gabarit init` writes; a list of one item is still written as a list
yaml-not-a-scalar = expected a single value here, not a list or a mapping
yaml-unclosed-list = this `{ $open }` opens a list that is not closed on its line
yaml-unclosed-mapping = this `{ $open }` opens a mapping that is not closed on its line
yaml-unclosed-bracket-hint = close it on the same line (`["a", "b"]`), or remove it: a single text needs no bracket
yaml-empty-value = a value is missing here
yaml-empty-value-hint = write the value after the `: `, or remove the key
yaml-ends-early = the file ends in the middle of a value: a quote, a bracket or a brace is not closed
yaml-unclosed-hint = close every `"`, `[` and `{"{"}` you open, on the same line
yaml-unknown-anchor = this alias (`*name`) refers to no anchor (`&name`) written before it
yaml-unknown-anchor-hint = write the value out in full here, or check the anchor's name
yaml-indentation = the indentation does not match the structure here: a key without its `:`, or a line indented more or less than its neighbours
yaml-colon-in-value = a `:` inside a value: a text that holds `: ` must be put in quotes
yaml-flow-unclosed = a list `[…]` or a mapping `{"{"}…{"}"}` is not closed, or its items are not separated by commas
yaml-quote-unclosed = a quoted text is not closed, or holds a quote or a backslash it should not
yaml-odd-character = a value starts with a character YAML reserves (such as `@`, `` ` ``, `%` or `|`): put the text in quotes
yaml-syntax-other = the file is not valid YAML here (the reader says: "{ $original }")
yaml-other = the YAML reader cannot read this value (it says: "{ $original }")
yaml-too-deep = the values are nested far too deep (hundreds of levels of lists or mappings)
yaml-too-deep-hint = a programme needs only a few levels: check the brackets `[` `{"{"}` and the indentation, or that the file was not damaged
yaml-alias-bomb = the file repeats YAML aliases (`*name`) so often that reading it would take unbounded memory (an "alias bomb")
yaml-alias-bomb-hint = a programme never needs this: write the repeated values out and remove the `&name` and `*name` marks, or check the file was not damaged
yaml-too-large = the file is far larger than a programme can be (millions of values)
yaml-too-large-hint = a programme of ten thousand participants stays well below this limit: check the file was not damaged or filled by mistake

## init, filters, images
init-header =
    # Written by `gabarit init`: an example programme to make your own.
    # Replace the values with your programme's, keep the keys, then run
    #   gabarit check programme.yaml     (in this folder)
    # until it says the programme is consistent, and
    #   gabarit build --data programme.yaml --out documents
    # The comments below describe the example; every key is explained in the
    # README of gabarit ("The data, for the people who edit it") and, in
    # French, in docs/guide-des-donnees.md.
init-exists = { $count ->
        [one] { $files } already exists
       *[other] { $files } already exist
    }: nothing was written
init-exists-hint = give the name of a new folder, e.g. `gabarit init mon-programme`
init-cannot-make = cannot make the folder { $folder }: { $reason }
init-cannot-make-hint = check the path, and that you may write there
init-cannot-write = cannot write { $file }: { $reason }
init-cannot-write-hint = check that you may write in this folder, and that the disk is not full
filter-not-a-number = `{ $text }` is not a number
filter-not-a-date = `{ $text }` is not a date (YYYY-MM-DD)
filter-not-a-count = `{ $text }` is not a whole number ≥ 0
filter-not-whole = not a whole number
filter-not-a-time = `{ $text }` is not a time (14:30 or 14h30)
filter-not-a-list = this filter takes a list
filter-spelling = spelling="{ $value }": write spelling="1990" or leave it out
filter-currency = `currency=` must be the programme's currency (country.currency), with its `{ $name }`
filter-too-large-to-convert = this amount is too large to convert
filter-gender-unknown = gabarit cannot tell whether "{ $text }" is masculine or feminine: write it with its article (le, la)
filter-gender = gender="{ $value }": write gender="feminine" or gender="masculine" (or a party's `gender`)
words-negative = a negative amount ({ $amount }) cannot be written in words
words-decimals = { $amount } has more than two decimals: round it to the cent first
words-too-large = { $amount } is too large to write in words
image-no-logo = the programme names no logo (`lead.logo`)
image-outside-templates = images must be named by a path inside the templates folder
image-not-in-templates = no such file in the templates folders

## Tera's messages
tera-variable-undefined = the variable `{ $name }` is not defined here
tera-variable-undefined-known = the variable `{ $name }` is not defined here; the variables are: { $known }
tera-variable-undefined-value = the variable `{ $name }` exists but has no value here
tera-field-undefined = the field `{ $name }` is not defined
tera-field-undefined-known = the field `{ $name }` is not defined; the fields are: { $known }
tera-unknown-filter = unknown filter `{ $name }`
tera-unknown-function = unknown function `{ $name }`
tera-unknown-template = unknown template `{ $name }`
tera-not-iterable = a `for` loop cannot go through { $name }, only through a list
tera-argument-missing = the argument `{ $name }` is missing
tera-tag-mismatch = the closing tag `{ $closing }` does not match the opening tag `{ $opening }`
tera-cannot-compare = a `{ $a }` cannot be compared with a `{ $b }`
tera-other = the template cannot be read or filled here (Tera says: "{ $original }")
tera-hint-filter = the filters and functions are listed in templates/README.md ("Amounts, dates, words"); check the spelling and the arguments
tera-hint-loop = loop over a list: `{"{"}% for member in members %{"}"}`

## Placeholders of the command line's values
value-lang = LANG
value-data = FILE
value-out = PATH
value-kind = FAMILY
value-format = FORMAT
value-year = YEAR
value-only = ID
value-jobs = N
value-templates = FOLDER
value-path = FILE
value-dir = FOLDER
value-template = TEMPLATE
value-list = LIST
value-name = PATTERN
value-date = DATE
value-record = DOCUMENT
filter-decimals = decimals={ $value }: write a number of decimals from 0 to 6
period-reversed-hint = correct `start` or `end` of the programme; the other rules run once the period is right
tera-unknown-tag = unknown tag, or a tag that closes a block that is not open here
tera-hint-tag = the tags are `{"{"}% if %{"}"}`, `{"{"}% for %{"}"}`, `{"{"}% set %{"}"}`, `{"{"}% include %{"}"}` and their `{"{"}% endif %{"}"}`, `{"{"}% endfor %{"}"}`; check that each block opened is closed by its own tag

## gabarit serve

help-serve = A local web page (on 127.0.0.1 only) that shows the check, the key figures and the documents, and brings them up to date at each save of the data or the templates. Ctrl-C stops it
help-serve-data = The programme file
help-serve-out = The output folder
help-serve-port = The port (0: any free port)
help-serve-open = Open the page in the default browser
help-serve-templates = A folder of templates over the programme's own (`templates/` beside the programme file) and the shipped ones
value-port = PORT
serve-name = live preview
serve-footer = This page updates itself at each save of the data or the templates. Only this computer can see it.
serve-checking = Checking the data…
serve-errors = The data has { $errors ->
        [one] an error
       *[other] { $errors } errors
    }{ $warnings ->
        [0] {""}
        [one] {" "}({ $warnings } warning)
       *[other] {" "}({ $warnings } warnings)
    }: fix { $errors ->
        [one] it
       *[other] them
    } and save. The documents shown are those of the last correct version.
serve-building = Data consistent; making the documents…
serve-consistent = Data consistent, documents up to date{ $warnings ->
        [0] {""}
        [one] {" "}({ $warnings } warning)
       *[other] {" "}({ $warnings } warnings)
    }
serve-check = Check
serve-no-problem = No problem found.
serve-figures = Key figures
serve-documents = Documents
serve-no-document = No document yet: fix the errors above first.
serve-download-all = Download everything (ZIP)
serve-column-document = Document
serve-column-files = Files
serve-column-status = Status
serve-status-up-to-date = up to date
serve-status-being-made = being made
serve-status-failed = failed
serve-status-stale = not up to date (the data has an error)
serve-back = Back to the home page
serve-download-docx = Download the DOCX (to edit in Word or LibreOffice)
serve-open-pdf = Open the PDF
serve-not-found = Page not found
serve-not-found-hint = This address is neither a page nor a file of the current build.
serve-refused = refused: { $path } (neither a page nor a file of the current build)
serve-zip-failed = the archive could not be made; try again
serve-summary = { $made ->
        [one] { $made } document made
       *[other] { $made } documents made
    }, { $identical } made again identical, { $unchanged } unchanged, { $failed ->
        [0] no failure
        [one] { $failed } failure
       *[other] { $failed } failures
    }, in { $seconds } s
serve-cannot-start = the server cannot start: { $reason }
serve-port-in-use = port { $port } is already in use (another `gabarit serve`?)
serve-port-in-use-hint = stop the other program, or choose another port: --port { $next }
serve-port-denied = port { $port } is reserved
serve-port-denied-hint = choose a port above 1023, for example --port 3000
serve-cannot-watch = cannot watch the files: { $reason }
serve-cannot-watch-hint = check that the programme's folder exists and can be read
serve-listening = Live preview: { $url }
serve-stop = (Ctrl-C to stop)
serve-cannot-open = the browser could not be opened: open { $url } yourself
serve-family = { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }, in the folder { $folder }
serve-failed = Data consistent, but { $failed ->
        [one] { $failed } document could not be made
       *[other] { $failed } documents could not be made
    }: see the error in the list below, fix the template or the data, and save.
serve-stopped = Live preview stopped.
serve-refused-host = refused: { $path } asked as `{ $host }`; only 127.0.0.1 and localhost are served
serve-figures-last-good = Key figures (last correct version)
serve-zip-stale = (files of the last correct version)
serve-status-label = Status:
serve-skip = Skip to the documents
serve-summary-all-current = Nothing to make again: { $documents ->
        [one] the document is up to date
       *[other] the { $documents } documents are up to date
    }.

## Issued documents: the register, the archive, amendments (gabarit issue, gabarit status)
help-issue = Record that documents were issued (signed, sent): each gets an act number, and its files and what its template received are archived beside the register; an issued document is never made again
help-issue-documents = The documents: a name as `build` writes it (`convention-etat-cofinancement`), a family or a folder
help-issue-data = The programme file
help-issue-date = The date of issue (of the signed copy, of the withdrawal); default: today
help-issue-number = The act number, for one document (default: the family's numbering)
help-issue-signed = Store the copy that came back signed (a PDF signed electronically, or a scan) of the issued document
help-issue-withdraw = Withdraw the issued document (with --reason): the only way to make it again under its name
help-issue-reason = Why the document is withdrawn
help-issue-templates = A folder of templates over the programme's own and the shipped ones
help-status = The state of every document: issued (number, date, signed copy), changed since issue, up to date, out of date, never made
help-status-data = The programme file
help-status-out = The output folder
help-status-format = `table` (for people) or `json`
help-status-templates = A folder of templates over the programme's own and the shipped ones
value-documents = DOCUMENT
value-number = NUMBER
value-signed = FILE
value-reason = REASON
list-changed_acts = each issued document whose data changed since
word-yes = yes
word-no = no
build-issued-kept = { $count ->
        [one] { $count } issued document left as issued
       *[other] { $count } issued documents left as issued
    }
build-stale = { $count ->
        [one] { $count } document is out of date with the data and was not made (not selected): { $documents }
       *[other] { $count } documents are out of date with the data and were not made (not selected): { $documents }
    }
build-stale-hint = to make them: gabarit build --data { $data } --out { $out }
issue-unknown = `{ $document }` names no document of the programme
issue-unknown-hint = give a document's name as `gabarit build --dry-run` shows it, a family or a folder
issue-number-for-one = --number gives one document's number, and { $count } are named
issue-number-for-one-hint = issue that document alone with --number, then the others without
issue-number-taken = the number { $number } is already an act's of the register
issue-number-taken-hint = each act has its own number; give another, or let the family's numbering choose it
issue-already = { $document } is already issued: act no. { $number } of { $date }
issue-already-hint = an issued document no longer changes: a change is made by an amendment (gabarit build prepares it when the data change); to make it again under its name, withdraw it first: gabarit issue --withdraw { $document } --reason "…"
issue-before-its-date = { $document } cannot be issued on { $date }: it is dated { $dated }
issue-before-its-date-hint = give --date { $dated } or a later date
issue-bad-numbering = the numbering of family { $family } holds `{ $field }`, which gabarit does not know
issue-bad-numbering-hint = a numbering is written with {"{"}year{"}"} (the document's year), {"{"}n{"}"} (its rank in the register) or {"{"}n:03{"}"} (on three digits): "{"{"}year{"}"}-CONV-{"{"}n:03{"}"}"
issue-done = issued: { $document } — act no. { $number } of { $date }, archived in { $archive }
issue-not-issued = `{ $document }` is not an issued document (or it was withdrawn)
issue-not-issued-hint = `gabarit status` lists the issued documents and their numbers
issue-one-document = --signed and --withdraw take one document, and { $count } are given
issue-one-document-hint = give one document, for example: gabarit issue --signed signed-copy.pdf convention-etat-cofinancement
signed-added-no-signature = the PDF adds a revision to the original, but no signature
signed-same-as-original = it is the issued original, unsigned
signed-first-revision-differs = the PDF is signed, but its first revision is not the issued original: the signed document is not the register's
signed-not-pdf-or-image = it is neither a PDF nor a scanned image (PNG, JPEG, TIFF)
signed-refused = the signed copy { $path } is refused for act no. { $number }: { $reason }
signed-refused-hint = have the act's archived PDF (in archive/) signed, without changing or saving it again: an electronic parapheur adds the signature at the end of the file; a paper copy is stored scanned
signed-already = act no. { $number } already has its signed copy, stored on { $date }
signed-already-hint = a signed copy is never replaced; if the act must be made again, withdraw it (--withdraw) and issue it again
signed-electronic = signed copy stored: act no. { $number } ({ $document }), an electronic signature whose first revision is the issued original, byte for byte
signed-scan = signed copy stored: act no. { $number } ({ $document }), a scan kept as it came
withdraw-no-reason = a withdrawal must say why
withdraw-no-reason-hint = give the reason: --reason "wrong contribution amount"
withdraw-amended = act no. { $number } has issued amendments: it is not withdrawn alone
withdraw-amended-hint = withdraw its amendments first, the last first
withdraw-done = withdrawn: act no. { $number } ({ $document }), on { $date }; the document can be made again under its name
register-unreadable = the register of issued documents cannot be read
register-unreadable-hint = the register is kept by gabarit issue; take back its previous version (backup, version control) rather than mending it by hand
register-cannot-write = { $path } cannot be written: { $reason }
register-cannot-write-hint = check that the register's folder exists and can be written; the register has not changed
register-archive-damaged = the archive of act no. { $number } is damaged: { $path }: { $reason }
register-archive-damaged-hint = an issued document is never changed: take the file back from a backup; its digest is in the register
register-not-listed = the register does not give its digest
register-digest-differs = its digest is no longer the register's (the file was changed)
register-not-planned = act no. { $number } of { $date } ({ $document }) was issued, but the data no longer make it
register-not-planned-hint = if it no longer has a reason to be, withdraw it: gabarit issue --withdraw { $document } --reason "…"
register-template-changed = the template of act no. { $number } of { $date } ({ $title }) changed since its issue; its data did not: the issued document stays as it is
register-template-changed-hint = nothing to do for this act; a new template only applies to documents still to issue
register-changed = act no. { $number } of { $date } ({ $title }) was issued; the data changed since: { $changes }
register-changed-hint = the issued document stays as it is; gabarit build prepares the amendment (or the letter of postponement) that states these changes, to sign and issue in turn; if the document must rather be made again, withdraw it: gabarit issue --withdraw { $document } --reason "…"
register-change = { $label }: { $before } → { $after }
register-more-changes = and { $count ->
        [one] { $count } other
       *[other] { $count } others
    }
register-amendment-undated = amendments are to be prepared, and the programme does not give their date: they are dated as the act they amend was issued
register-amendment-undated-hint = write their date under `issued:` in the programme: amendments: 2008-03-15
status-issued = issued
status-changed = changed since issue (amendment needed)
status-up-to-date = up to date
status-out-of-date = out of date
status-never-made = never made
status-withdrawn = withdrawn
status-signed = { $state }, signed
status-head-state = state
status-head-number = act no.
status-head-date = issued on
status-head-document = document
status-changes = { $document }: { $changes }
status-summary = issued: { $issued } ({ $changed } changed since), up to date: { $current }, out of date: { $stale }, never made: { $never }, withdrawn: { $withdrawn }
change-key-annex = annex
change-key-lines = expenses
change-key-resources = resources
change-key-expense-years = total expenses
change-key-expense-total = total expenses
change-key-resource-years = total resources
change-key-resource-total = total resources
change-key-total = total
change-key-figures = programme figures
change-key-tranche-amounts = tranche amounts
change-key-other-members = other members
change-key-meeting = meeting
change-key-training = training
change-key-exchange = exchange day
change-key-date = date
change-key-end = end
change-key-start = start
change-key-letter-date = letter date
change-key-place = place
change-key-member = member
change-key-member-party = member
change-key-partner = partner
change-key-addressee = addressee
change-key-participant = participant
change-key-amount = amount
change-key-contribution = contribution
change-key-state = State share
change-key-accounts = accounts
letter-before-joining = { $document }{ $whom } is dated { $date }, before `{ $member }` joined the programme ({ $bound })
letter-before-joining-hint = a letter to a member's people is dated no earlier than its joining: date it (letter_date) { $bound } or later, or remove this action from the participant's list; if `{ $member }` joined earlier, correct its `joined`
letter-after-leaving = { $document }{ $whom } is dated { $date }, after `{ $member }` left the programme ({ $bound })
letter-after-leaving-hint = a letter to a member's people is dated no later than its leaving: date it (letter_date) { $bound } or earlier, or remove this action from the participant's list; if `{ $member }` left later, correct its `left`
change-key-members = members
change-key-partnerships = partnerships
change-key-year-count = number of years
change-key-period = period
change-key-members-per-year = members of the year
change-key-budget-lines-total = total of the budget lines
change-key-eligible-total = eligible total
change-key-state-share-computed = State share computed
change-key-state-share = State share
change-key-contributions-total = total contributions
change-key-contributions-by-year = contributions of the year
change-key-member-contribution-total = a member's contributions over the period
change-key-label = label
serve-status-issued = issued
serve-status-changed = changed since issue (amendment needed)
serve-act = act no. { $number } issued on { $date }
serve-act-signed = { $act }, signed copy stored
serve-changes = Changes since issue: { $changes }
merge-issued = { $path } is an issued document: the merge does not write over it
merge-issued-hint = an issued document no longer changes; write the merge into another folder (--out), or give its files other names (--name)
help-issue-out = The output folder of the builds: its issued files are made the archive’s
serve-signed-copy = Open the signed copy
issue-all-issued = nothing to issue: { $count ->
        [one] the document named is issued already
       *[other] the { $count } documents named are issued already
    }
issue-all-issued-hint = `gabarit status` shows the documents issued and those left to issue
issue-left-out = { $count ->
        [one] { $count } document issued already left out
       *[other] { $count } documents issued already left out
    }
change-key-signatory = signatory
change-key-civility = civility
change-key-first-name = first name
change-key-last-name = last name
change-key-name = name
change-key-quality = quality
change-key-represented-by = represented by
change-key-represented = represented
change-key-body = signing body
change-key-signing-body = signing body
change-key-committee = committee
change-key-address = address
change-key-city = city
change-key-postal-code = postal code
change-key-deliberation = deliberation
change-key-designation = designation
change-key-for-line = “for” line
change-key-time = time
change-key-agenda = agenda
change-key-short-name = short name
change-key-partner-party = partner
change-key-lead-party = lead authority
change-key-signer = lead's signatory
change-key-state-signer = State's signatory
change-key-country = country
change-key-rate = rate
change-key-credit = credit
change-key-tranches = tranches
change-key-share = share
change-key-forecast = forecast
change-key-budget = budget
change-key-due = due
change-key-expected = expected
change-key-email = e-mail
change-key-phone = phone
change-key-reply-by = reply by
change-key-contributions = contributions
change-key-lead = lead authority
change-key-invited-names = invited institutions
change-key-delegation-rows = delegation
change-key-delegation-ceiling = delegation ceiling
change-key-member-years = years as a member
change-key-member-joined = joining date
change-key-prefect-quality = prefect's quality
change-key-comptable-quality = accountant's quality
read-link = { $path } is a symbolic link: gabarit reads only the files themselves of the programme's folder and of its templates
read-link-hint = copy the file into the folder instead of a link to it (a folder received from elsewhere could otherwise make any file of the computer be printed in the documents)
build-folder-is-link = { $folder } is a symbolic link to another folder: gabarit does not write there
build-folder-is-link-hint = remove the link (gabarit will make the folder again), or give another output folder with --out
documents-filter-tag = the filter `{ $filter }` holds a template tag; a filter is a condition alone
documents-filter-tag-hint = write the condition without braces, as in `{"{"}% if … %{"}"}`: `member.id != lead.id`
documents-pattern-loop = the pattern `{ $field }` holds a loop; a pattern is one line of text
documents-pattern-loop-hint = put the loop in the document's template, not in its name, title or date
template-includes-itself = the template { $name } includes itself, directly or through another: it would never end
template-too-many-includes = the template { $name } would make each document of { $count } included templates, over the limit of { $limit }
template-too-many-includes-hint = a template includes the letterhead, the signature or a common block once; remove the cascades of includes
text-too-long = the text `{ $path }` is too long: { $count } characters, at most { $limit }
text-too-long-hint = a text of the programme is a name, a title or a paragraph; check that a copy and paste did not put a whole document in it
documents-homonyms-more = and { $count } more documents were named { $name }, already taken: they are numbered the same way (-2, -3…)
merge-invisible = { $place }, column “{ $column }”: an invisible or control character ({ $code }) would change what the document prints
merge-invisible-hint = type the cell again in the spreadsheet (a text copied from a web page or a word processor may hold one), then save the list again
merge-spreadsheet-inflates = the workbook inflates to { $megabytes } MB, over the limit of { $limit } MB
merge-spreadsheet-extent = the sheet spans { $rows } rows and { $columns } columns, over the limit of { $limit } cells
merge-spreadsheet-too-large-hint = a mail-merge list holds a few thousand rows and a few columns; delete the far cells (Ctrl+End shows the last one), or save the list as CSV
build-out-holds-data = the output folder { $out } holds the programme or its templates: the documents would be written among the data
build-out-holds-data-hint = give a folder of its own, for example --out documents (beside the programme) or --out output
env-unknown-lang = GABARIT_LANG={ $value } is not a language gabarit speaks (fr, en): the language comes from LC_ALL, LC_MESSAGES or LANG
env-bad-epoch = SOURCE_DATE_EPOCH={ $value } is not a time gabarit can write (seconds since 1970, before the year 10 000): the files carry their document's date
serve-too-many-connections = { $most } connections are open: the next ones wait for one to close (a connection without traffic for 15 s is closed)
build-more-failures = { $count ->
        [one] { $count } more document was not written
       *[other] { $count } more documents were not written
    }: { $documents }
yaml-key-like-a-path = the key `{ $key }` holds `.` or `[`: a key is one word
yaml-key-like-a-path-hint = write each level on its own line, indented under the one before (`members:`, then `- id:` below it)
template-invisible = the template holds an invisible or control character ({ $code }): it would change what the documents print
template-invisible-hint = delete it (a text copied from a web page or a word processor may hold one) and type the text around it again
template-range-step = `range` was given a step (`step_by`) of zero: the loop would never end
template-range-budget = the loops over `range` pass { $limit } turns for one document: a nested loop too large
template-budget-time = the template takes more than { $seconds } s to fill one document: a nested loop too large
template-budget-size = the template prints more than { $megabytes } MB of values in one document: a nested loop too large
template-budget-hint = a document fills in an instant: look in the template for a loop inside a loop (`for` … `for`) over a long list, and keep one
contribution-missing = `{ $id }` has not paid all its contribution for { $years } ({ $amount } missing on { $date }, the date of the last financial statement): the statements will say so
contribution-missing-hint = if it was received, add the receipt to the ledger (the contributions line, `{ $id }` as party); otherwise, remind the member
tranche-report-unknown = this tranche is asked for by the report "{ $key }", which the programme does not make (it is not in `issued.reports`)
tranche-report-unknown-hint = write the key of a report of `issued.reports`: { $keys }
comptable-missing = the lead has no public accountant (`lead.comptable`): the financial statements will lack the visa the State's final payment asks for
comptable-missing-hint = add the authority's accountant under `lead:`: comptable: {"{"} civility: "Mme", first_name: "…", last_name: "…", quality: "trésorière de …" {"}"}
