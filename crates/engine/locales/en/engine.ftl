# The engine's messages in English. Each message has the same key and
# takes the same values ({ $name }) in every catalogue (a test checks it).

did-you-mean = did you mean `{ $suggestion }`?
defect-hint = this is a defect of gabarit: please report it

## The text a template produced
markup-control = invisible control character { $code } in the text
markup-control-hint = remove it from the template or from the data it comes from (it often arrives with a copy and paste)
markup-html = HTML is not supported: `{ $html }`
markup-html-hint = use Markdown and the directives of templates/README.md
list-too-deep = lists or quotes nest more than { $depth } deep here
list-too-deep-hint = indent less: a list inside a list inside a list is already deep

## The front matter
front-matter-unreadable = in the front matter: { $reason }
front-matter-unreadable-hint = the front matter keys are title, margins, font, font_size, header, footer, page_numbers, initials (see templates/README.md)
front-matter-value = in the front matter: { $reason }
front-matter-value-hint = change the value
front-matter-unclosed = the front matter opened by `---` is never closed
front-matter-unclosed-hint = end it with a line holding only `---`
front-matter-margin = margin `{ $name }` is { $value } mm: margins must be between 5 and 80 mm
front-matter-font-size = font_size is { $value }: it must be between 6 and 24 points

## Directives
directive-unknown = unknown directive `{ $name }`
directives-are = the directives are: { $names }
directive-setting-shape = `{ $word }` is not a key=value setting of `{ $name }`
directive-setting-shape-hint = write settings as key=value, without spaces around `=`
directive-no-setting = `{ $name }` takes no setting
directive-settings = `{ $name }` accepts: { $keys }
directive-setting-unknown = unknown setting `{ $key }` for `{ $name }`
directive-closes-nothing = `:::` closes nothing
directive-closes-nothing-hint = remove it, or check which directive it should close
directive-unclosed = this directive is never closed
directive-unclosed-hint = end it with a line holding only `:::`
directive-too-deep = directives nest more than { $depth } deep here
directive-too-deep-hint = close the directives you opened (`:::`) before opening others
directive-not-here = directive `{ $name }` cannot be used here
directive-not-here-hint = see templates/README.md
references-shape = each line of `references` is `Label : text`
references-shape-hint = write for example `Objet : Convocation au comité de pilotage`
per-row = per_row={ $value } is not 1, 2 or 3
per-row-hint = write per_row=2 or per_row=3
signatures-only = `signatures` holds only `signature` blocks
signatures-only-hint = put each party's lines in a `::: signature` block
signatures-none = `signatures` holds no `signature` block
signatures-none-hint = add one `::: signature` block per party
table-none = `table` holds no table
table-none-hint = put a Markdown table (| a | b |) inside
table-widths = widths={ $value } does not give one number between 0.01 and 1000 per column ({ $columns ->
        [one] { $columns } column
       *[other] { $columns } columns
    })
table-widths-hint = write the relative widths separated by commas, e.g. widths=3,1,1
table-header-rows = header_rows={ $value } is not a number of rows of this table
table-header-rows-hint = header_rows counts the table's first rows, at least 1

## Images
image-width = `{"{"}{ $attr }{"}"}` is not a width for the image
image-width-hint = write {"{"}width=35mm{"}"} right after the image, between 1 and 170 mm
image-unreadable = cannot load the image `{ $src }`: { $reason }
image-unreadable-hint = give the path of a PNG or JPEG file, relative to the template
image-unusable = the image `{ $src }` cannot be used: { $reason }
image-format-hint = use a PNG or JPEG file
image-not-png-jpeg = it is neither PNG nor JPEG
image-damaged = it is damaged ({ $reason })
image-no-pixels = it has no pixels
image-outside-folder = images must be given by a path inside the template's folder

## Layout and rendering
page-no-room = a page of { $width } × { $height } mm with margins of { $top }, { $right }, { $bottom }, { $left } mm leaves no room for text
page-no-room-hint = choose a larger page or smaller margins
glyph-missing = the character `{ $character }` ({ $code }) cannot be printed: the font { $font } has no glyph for it
glyph-missing-hint = replace or remove it; it is in the text "{ $context }"
pdf-subset = the embedded font could not be subset: { $reason }
pdf-subset-read-back = the subset font could not be read back
pdf-image = an image cannot be decoded: { $reason }
pdf-write = cannot write the PDF: { $reason }
pdf-finish = cannot finish the PDF: { $reason }
docx-write = cannot write the DOCX: { $reason }
image-too-large = it is too large: { $width } × { $height } pixels, over { $megapixels } million pixels
image-too-large-hint = make the image smaller in a drawing program (a logo fits in 1 000 pixels a side), under { $megapixels } million pixels
