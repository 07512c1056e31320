# Les messages du moteur en français. Chaque message a la même clé et
# prend les mêmes valeurs ({ $nom }) dans chaque catalogue (un test le
# vérifie). Espace insécable avant « : », espace fine insécable avant « ; »
# et « ? ».

did-you-mean = vouliez-vous dire `{ $suggestion }` ?
defect-hint = c’est un défaut de gabarit : merci de le signaler

## Le texte produit par un modèle
markup-control = caractère de contrôle invisible { $code } dans le texte
markup-control-hint = retirez-le du modèle ou des données d’où il vient (il arrive souvent avec un copier-coller)
markup-html = le HTML n’est pas pris en charge : `{ $html }`
markup-html-hint = utilisez le Markdown et les directives de templates/README.md
list-too-deep = les listes ou citations s’imbriquent sur plus de { $depth } niveaux ici
list-too-deep-hint = indentez moins : une liste dans une liste dans une liste, c’est déjà profond
## L’en-tête du modèle
front-matter-unreadable = dans l’en-tête du modèle (front matter) : { $reason }
front-matter-unreadable-hint = les clés de l’en-tête sont title, margins, font, font_size, header, footer, page_numbers, initials (voyez templates/README.md)
front-matter-value = dans l’en-tête du modèle (front matter) : { $reason }
front-matter-value-hint = changez la valeur
front-matter-unclosed = l’en-tête ouvert par `---` n’est jamais refermé
front-matter-unclosed-hint = terminez-le par une ligne ne contenant que `---`
front-matter-margin = la marge `{ $name }` est de { $value } mm : les marges vont de 5 à 80 mm
front-matter-font-size = font_size vaut { $value } : la taille va de 6 à 24 points

## Directives
directive-unknown = directive inconnue `{ $name }`
directives-are = les directives sont : { $names }
directive-setting-shape = `{ $word }` n’est pas un réglage clé=valeur de `{ $name }`
directive-setting-shape-hint = écrivez les réglages sous la forme clé=valeur, sans espace autour du `=`
directive-no-setting = `{ $name }` ne prend aucun réglage
directive-settings = `{ $name }` accepte : { $keys }
directive-setting-unknown = réglage inconnu `{ $key }` pour `{ $name }`
directive-closes-nothing = `:::` ne ferme rien
directive-closes-nothing-hint = retirez-le, ou vérifiez quelle directive il devait fermer
directive-unclosed = cette directive n’est jamais refermée
directive-unclosed-hint = terminez-la par une ligne ne contenant que `:::`
directive-too-deep = les directives s’imbriquent sur plus de { $depth } niveaux ici
directive-too-deep-hint = fermez les directives ouvertes (`:::`) avant d’en ouvrir d’autres
directive-not-here = la directive `{ $name }` ne peut pas être employée ici
directive-not-here-hint = voyez templates/README.md
references-shape = chaque ligne de `references` s’écrit `Libellé : texte`
references-shape-hint = écrivez par exemple `Objet : Convocation au comité de pilotage`
per-row = per_row={ $value } ne vaut ni 1, ni 2, ni 3
per-row-hint = écrivez per_row=2 ou per_row=3
signatures-only = `signatures` ne contient que des blocs `signature`
signatures-only-hint = mettez les lignes de chaque partie dans un bloc `::: signature`
signatures-none = `signatures` ne contient aucun bloc `signature`
signatures-none-hint = ajoutez un bloc `::: signature` par partie
table-none = `table` ne contient aucun tableau
table-none-hint = mettez un tableau Markdown (| a | b |) à l’intérieur
table-widths = widths={ $value } ne donne pas un nombre entre 0.01 et 1000 par colonne ({ $columns ->
        [one] { $columns } colonne
       *[other] { $columns } colonnes
    })
table-widths-hint = écrivez les largeurs relatives séparées par des virgules, par exemple widths=3,1,1
table-header-rows = header_rows={ $value } n’est pas un nombre de lignes de ce tableau
table-header-rows-hint = header_rows compte les premières lignes du tableau, au moins 1

## Images
image-width = `{"{"}{ $attr }{"}"}` n’est pas une largeur d’image
image-width-hint = écrivez {"{"}width=35mm{"}"} juste après l’image, entre 1 et 170 mm
image-unreadable = impossible de charger l’image `{ $src }` : { $reason }
image-unreadable-hint = donnez le chemin d’un fichier PNG ou JPEG, relatif au modèle
image-unusable = l’image `{ $src }` est inutilisable : { $reason }
image-format-hint = utilisez un fichier PNG ou JPEG
image-not-png-jpeg = ce n’est ni du PNG ni du JPEG
image-damaged = elle est abîmée ({ $reason })
image-no-pixels = elle n’a aucun pixel
image-outside-folder = une image se donne par un chemin à l’intérieur du dossier du modèle

## Mise en page et rendu
page-no-room = une page de { $width } × { $height } mm avec des marges de { $top }, { $right }, { $bottom }, { $left } mm ne laisse pas de place au texte
page-no-room-hint = choisissez une page plus grande ou des marges plus petites
glyph-missing = le caractère `{ $character }` ({ $code }) ne peut pas être imprimé : la police { $font } n’a pas de glyphe pour lui
glyph-missing-hint = remplacez-le ou retirez-le ; il se trouve dans le texte « { $context } »
pdf-subset = la police embarquée n’a pas pu être réduite : { $reason }
pdf-subset-read-back = la police réduite n’a pas pu être relue
pdf-image = une image ne peut pas être décodée : { $reason }
pdf-write = impossible d’écrire le PDF : { $reason }
pdf-finish = impossible de terminer le PDF : { $reason }
docx-write = impossible d’écrire le DOCX : { $reason }
image-too-large = elle est trop grande : { $width } × { $height } pixels, au-delà de { $megapixels } millions de pixels
image-too-large-hint = réduisez l’image dans un logiciel de dessin (un logo tient en 1 000 pixels de côté), sous { $megapixels } millions de pixels
