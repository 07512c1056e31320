//! Any programme: the shipped one and every fixture under
//! `tests/programmes/` build fully with the CLI; no document of one
//! programme says a word of another; designations, titles and agreements
//! read right in the text `pdftotext` gets from the PDF and in the DOCX;
//! and neither `src/` nor `templates/` holds a proper noun of the shipped
//! programme.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

const FIXTURE: &str = "tests/programmes/pays-d-auge-cap-vert/programme.yaml";
const THIRD: &str = "tests/programmes/vienne-vakinankaratra/programme.yaml";
const SHIPPED: &str = "data/programme.yaml";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Words that are the shipped programme's own: its places, partners,
/// country, currency, and the regional names its documents used to keep.
fn shipped_words() -> Vec<String> {
    let mut words: Vec<String> = [
        "Deux-Sèvres",
        "deux-sévrien",
        "Poitou-Charentes",
        "Poitiers",
        "Sokodé",
        "FCFA",
        "franc CFA",
        "Cités Unies France",
        "Niort",
    ]
    .map(String::from)
    .to_vec();
    words.extend(programme_words(SHIPPED));
    words
}

/// The proper nouns a programme's data gives: its signing place, country
/// and adjective, its members' and partners' names.
fn programme_words(path: &str) -> Vec<String> {
    let loaded = gabarit::load(&root().join(path));
    let p = loaded.programme.expect("the programme loads");
    let mut words = vec![
        p.programme.signing_place.clone(),
        p.country.name.clone(),
        p.country.adjective.clone(),
    ];
    if let Some(c) = &p.country.currency {
        words.push(c.symbol.clone());
    }
    for m in &p.members {
        words.push(m.short_name.clone());
        if let Some(partner) = &m.partner {
            words.push(partner.short_name.clone());
        }
    }
    words.sort();
    words.dedup();
    words
}

/// Lower case, no accents' worth of difference kept, hyphens and white
/// space removed: `pdftotext` joins a word hyphenated at a line end, and
/// lines break anywhere.
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{2212}' | '\u{ad}'))
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Builds a programme into a fresh folder with the CLI; exit 0 required.
fn build(data: &str) -> tempfile::TempDir {
    let out = tempfile::tempdir().expect("a temporary folder");
    let status = Command::new(env!("CARGO_BIN_EXE_gabarit"))
        .env("GABARIT_LANG", "en")
        .current_dir(root())
        .args(["build", "--quiet", "--data", data, "--out"])
        .arg(out.path())
        .output()
        .expect("gabarit runs");
    assert!(
        status.status.success(),
        "building {data} failed:\n{}",
        String::from_utf8_lossy(&status.stderr)
    );
    out
}

fn tool(name: &str) -> bool {
    let found = Command::new(name).arg("-v").output().is_ok();
    if !found {
        assert!(
            std::env::var_os("GABARIT_REQUIRE_READBACK").is_none(),
            "{name} is not installed"
        );
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "programmes: SKIPPED the PDF half: {name} is not installed (poppler-utils); .ci/run installs it"
        );
    }
    found
}

/// The text of every document of a build, by name (`conventions/x`), from
/// the DOCX and (when poppler is installed) from the PDF.
fn texts(out: &Path, pdf: bool) -> BTreeMap<String, (String, Option<String>)> {
    let mut all = BTreeMap::new();
    for kind in ["conventions", "statements", "invitations", "reports"] {
        let Ok(dir) = std::fs::read_dir(out.join(kind)) else {
            continue;
        };
        let mut names: Vec<PathBuf> = dir.filter_map(|e| e.ok().map(|e| e.path())).collect();
        names.sort();
        for path in names {
            if path.extension().and_then(|e| e.to_str()) != Some("docx") {
                continue;
            }
            let bytes = std::fs::read(&path).expect("the DOCX is readable");
            let docx = common::docx_runs(&common::docx_part(&bytes, "word/document.xml")).join(" ");
            let pdf_text = pdf.then(|| {
                let output = Command::new("pdftotext")
                    .arg(path.with_extension("pdf"))
                    .arg("-")
                    .output()
                    .expect("pdftotext runs");
                String::from_utf8_lossy(&output.stdout).into_owned()
            });
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            all.insert(format!("{kind}/{stem}"), (docx, pdf_text));
        }
    }
    all
}

fn assert_none_of(
    texts: &BTreeMap<String, (String, Option<String>)>,
    words: &[String],
    what: &str,
) {
    let squashed: Vec<(String, String)> = words.iter().map(|w| (w.clone(), squash(w))).collect();
    let mut found = Vec::new();
    for (name, (docx, pdf)) in texts {
        for text in std::iter::once(docx).chain(pdf.as_ref()) {
            let t = squash(text);
            for (word, w) in &squashed {
                if t.contains(w.as_str()) {
                    found.push(format!("{name}: {word}"));
                }
            }
        }
    }
    found.dedup();
    assert!(found.is_empty(), "{what}:\n{}", found.join("\n"));
}

fn assert_says(texts: &BTreeMap<String, (String, Option<String>)>, name: &str, phrases: &[&str]) {
    let (docx, pdf) = texts.get(name).unwrap_or_else(|| {
        panic!(
            "no document {name}; there are {:?}",
            texts.keys().take(5).collect::<Vec<_>>()
        )
    });
    for phrase in phrases {
        let p = squash(phrase);
        assert!(
            squash(docx).contains(&p),
            "the DOCX of {name} does not say «{phrase}»"
        );
        if let Some(pdf) = pdf {
            assert!(
                squash(pdf).contains(&p),
                "the PDF of {name} does not say «{phrase}»"
            );
        }
    }
}

fn assert_not_says(
    texts: &BTreeMap<String, (String, Option<String>)>,
    name: &str,
    phrases: &[&str],
) {
    let (docx, _) = &texts[name];
    for phrase in phrases {
        assert!(
            !squash(docx).contains(&squash(phrase)),
            "{name} says «{phrase}»"
        );
    }
}

#[test]
fn sources_and_templates_hold_no_word_of_the_shipped_programme() {
    let words = shipped_words();
    let mut found = Vec::new();
    let mut stack = vec![
        root().join("src"),
        root().join("crates/engine/src"),
        root().join("templates"),
    ];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)
            .expect("a readable folder")
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue; // images
            };
            for (n, line) in text.lines().enumerate() {
                let lower = line.to_lowercase();
                for w in &words {
                    if lower.contains(&w.to_lowercase()) {
                        found.push(format!("{}:{}: {w}", path.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "the shipped programme's words in code or templates:\n{}",
        found.join("\n")
    );
}

#[test]
fn a_second_programme_builds_and_reads_right() {
    let out = build(FIXTURE);
    let pdf = tool("pdftotext");
    let texts = texts(out.path(), pdf);
    assert!(texts.len() > 150, "only {} documents", texts.len());
    assert_none_of(
        &texts,
        &shipped_words(),
        "words of the shipped programme in the second one",
    );

    // The lead, a communauté d'agglomération headed by a woman.
    assert_says(
        &texts,
        "conventions/convention-programme-le-havre",
        &[
            "La communauté d'agglomération du Pays d'Auge, représentée par sa présidente, Mme Martine EXEMPLAIRE, agissant en vertu d'une délibération du conseil communautaire",
            "ci-après dénommée « la collectivité chef de file »",
            "La commune du Havre (76), représentée par",
            "qui lie le membre à la municipalité de São Vicente (Cap-Vert)",
            "Pour la communauté d'agglomération du Pays d'Auge, La Présidente,",
            "Pour la commune du Havre,",
            "devant le tribunal administratif de Caen",
            "franco-cap-verdienne",
        ],
    );
    // A département, a woman at its head, deliberating in commission.
    assert_says(
        &texts,
        "conventions/convention-programme-calvados",
        &[
            "Le département du Calvados, représenté par la présidente du conseil général, Mme Anne-Marie ÉPREUVE, agissant en vertu d'une délibération de la commission permanente",
            "ci-après dénommé « le membre »",
            "Vu la délibération de la commission permanente du département du Calvados",
            "Pour le département du Calvados, La Présidente du conseil général,",
        ],
    );
    assert_says(
        &texts,
        "conventions/convention-programme-normandie",
        &[
            "La région Basse-Normandie, représentée par le président du conseil régional",
            "Le Président du conseil régional,",
        ],
    );
    assert_says(
        &texts,
        "conventions/convention-programme-l-aigle",
        &["La commune de L'Aigle (61)"],
    );
    assert_says(
        &texts,
        "conventions/convention-programme-touques",
        &["Le syndicat mixte du bassin de la Touques (14), représenté par son président"],
    );
    // A groupement without legal personality: its carrier signs.
    assert_says(
        &texts,
        "conventions/convention-programme-entente-cote-fleurie",
        &[
            "L'entente intercommunale de la Côte fleurie (14), représentée par le département du Calvados, qui agit pour son compte, représenté par la présidente du conseil général",
            "Vu la délibération de la commission permanente du département du Calvados",
            "Pour l'entente intercommunale de la Côte fleurie, le département du Calvados,",
        ],
    );
    // A late joiner: its own dates, its own years.
    assert_says(
        &texts,
        "conventions/convention-programme-les-pieux",
        &[
            "La commune des Pieux (50)",
            "Le membre participe au programme à compter du 15 février 2011",
            "pour chaque exercice où il en est membre (2011 et 2012), soit 1 000,00 €",
            "Fait à Lisieux, le 15 février 2011",
        ],
    );
    // A period says its month once, with each day's weekday (issue 26).
    assert_says(
        &texts,
        "invitations/convocation-formation-2011-calvados-fatima-mannequin",
        &["du lundi 14 au vendredi 18 mars 2011"],
    );
    assert_not_says(
        &texts,
        "invitations/convocation-formation-2011-calvados-fatima-mannequin",
        &["14 mars 2011 au"],
    );
    // A member without a partner yet.
    assert_says(
        &texts,
        "conventions/convention-programme-isigny-sur-mer",
        &["La commune d'Isigny-sur-Mer (14)", "dès qu'il sera choisi"],
    );
    assert_not_says(
        &texts,
        "conventions/convention-programme-isigny-sur-mer",
        &["Vu le partenariat"],
    );
    assert!(
        !texts
            .keys()
            .any(|k| k.contains("isigny-sur-mer-partenaire")),
        "a letter to a partner not chosen"
    );
    // The lead signs no convention with itself, writes to no one of its own.
    assert!(!texts.contains_key("conventions/convention-programme-pays-d-auge"));
    assert!(
        !texts.keys().any(
            |k| k.starts_with("invitations/invitation-copil-fr") && k.ends_with("-pays-d-auge")
        )
    );
    // Four budget years, not three.
    assert_says(
        &texts,
        "conventions/convention-etat-cofinancement",
        &[
            "confiée à la préfecture de la région Basse-Normandie, dotée à cet effet d'un crédit de 75 000,00 € pour quatre exercices (2009, 2010, 2011 et 2012)",
            "avec huit autres membres français, dont sept associés chacun à un partenaire cap-verdien",
            // The eligible cost in figures, the lines that are not marked.
            "du coût éligible, soit 163 000,10 € de dépenses éligibles prévues",
            "Dépense non éligible au cofinancement de l'État. Dépenses éligibles prévues : 163 000,10 €.",
        ],
    );
    // One annex column per budget year (tables: pdftotext reads them by
    // column, so the DOCX says it).
    let (annex, _) = &texts["conventions/convention-etat-cofinancement"];
    assert!(squash(annex).contains(&squash("Dépenses par action 2009 2010 2011 2012 Total")));
    assert_says(
        &texts,
        "conventions/convention-maitrise-oeuvre-deleguee-copil-cv",
        &[
            "le relais administratif au Cap-Vert",
            "droit cap-verdien",
            "Contre-valeur en CVE",
            "1 € = 110,265 CVE",
        ],
    );
    assert_says(
        &texts,
        "statements/etat-financier-final",
        &[
            "Compte rendu financier du programme 2009-2012",
            "Budget quadriennal prévisionnel",
            "Je soussignée, Martine EXEMPLAIRE, présidente de la communauté d'agglomération du Pays d'Auge, certifie exactes",
        ],
    );
    for (name, (docx, _)) in &texts {
        assert!(
            !squash(docx).contains(&squash("triennal")),
            "{name} says triennal"
        );
        if name.starts_with("invitations/invitation-copil") {
            // A man signs for the woman president.
            assert!(
                squash(docx).contains(&squash("Pour la Présidente et par délégation")),
                "{name}"
            );
            assert!(
                squash(docx).contains(&squash("Je vous serais obligé de")),
                "{name}"
            );
        }
    }
    // An institution is not among the "also invited" of its own letter.
    assert_not_says(
        &texts,
        "invitations/invitation-copil-cv-2010-05-ambassade-france-cap-vert",
        &["Sont également invités : Ambassade de France au Cap-Vert"],
    );
    assert_says(
        &texts,
        "invitations/invitation-copil-fr-2009-10-calvados",
        &["Madame la Présidente", "Hôtel du Département"],
    );
    // The 60 % advance is not an excess on the first statement (issue 12).
    for name in [
        "statements/etat-financier-2009",
        "reports/rapport-intermediaire-2009",
    ] {
        assert_not_says(&texts, name, &["reverser", "trop-perçu"]);
    }
    assert_says(
        &texts,
        "statements/etat-financier-2009",
        &["Reçu de l'État au 29 janvier 2010 : 44 010,03 €"],
    );
}

/// The third programme holds a case of each class of issue 26: a
/// département as lead exempt from contributions, a région paying more, a
/// syndicat without partner by design, a floating currency, partners
/// headed by a governor and a prefect, a délégué signing for the State, a
/// two-day exchange day, place names in the title, committees named after
/// countries.
#[test]
fn a_third_programme_reads_right_for_each_class_of_the_second_reading() {
    let out = build(THIRD);
    let pdf = tool("pdftotext");
    let texts = texts(out.path(), pdf);
    let own = programme_words(THIRD);
    let foreign: Vec<String> = shipped_words()
        .into_iter()
        .chain(programme_words(FIXTURE))
        .filter(|w| !own.contains(w))
        .collect();
    assert_none_of(
        &texts,
        &foreign,
        "words of another programme in the third one",
    );

    // Proper nouns keep their capitals (1); the State convention counts
    // the members it binds (2); the délégué signs with an article (9).
    assert_says(
        &texts,
        "conventions/convention-etat-cofinancement",
        &[
            "l'État apporte son concours financier au programme concerté Vienne–Vakinankaratra 2024-2026, conduit par le bénéficiaire avec six autres membres français",
            "La Déléguée pour l'action extérieure des collectivités territoriales,",
        ],
    );
    // Contributions of their own: a lead exempt, a région paying more (3).
    assert_says(
        &texts,
        "reports/rapport-final",
        &[
            // The final report tells the programme in the past.
            "Chaque collectivité française engagée y a contribué pour 350,00 € par an, sauf le département de la Vienne, chef de file, qui en a été exempté, et la région Nouvelle-Aquitaine, qui a contribué pour 2 000,00 € par an.",
            "Les 12 et 13 juin 2026 : Rencontre des partenariats 2026 à Betafo",
            "Commune de Poitiers",
            "Préfecture d'Antsirabe",
            "sans partenaire propre",
        ],
    );
    // A payment named with its article; the final report asks for the
    // balance its tranche says it asks for; a two-day exchange is « les
    // journées ».
    assert_says(
        &texts,
        "reports/rapport-intermediaire-2024",
        &[
            "La transmission du présent rapport vaut demande de paiement de la deuxième tranche de la participation de l'État, soit 15 300,00 €",
        ],
    );
    assert_says(
        &texts,
        "reports/rapport-final",
        &[
            "La transmission du présent rapport vaut demande de paiement du solde de la participation de l'État, soit 10 200,00 €",
        ],
    );
    assert_not_says(
        &texts,
        "statements/etat-financier-final",
        &["présent rapport"],
    );
    // A prefect is written to with « haute considération ».
    assert_says(
        &texts,
        "invitations/invitation-copil-mg-2025-06-nouvelle-aquitaine-partenaire",
        &["Je vous prie d'agréer, Monsieur le Préfet, l'assurance de ma haute considération."],
    );
    assert_says(
        &texts,
        "conventions/convention-programme-montmorillon",
        &["les journées « Rencontre des partenariats 2026 », les 12 et 13 juin 2026"],
    );
    assert_says(
        &texts,
        "conventions/convention-programme-nouvelle-aquitaine",
        &[
            "pour un montant annuel de deux mille euros (2 000,00 €)",
            "Vu la délibération du conseil départemental de la Vienne",
            "Les institutions suivantes sont invitées aux réunions du comité de pilotage France : l'ambassade de Madagascar en France, le ministère de l'Europe et des Affaires étrangères et l'association SO Coopération.",
        ],
    );
    // A syndicat without partner by design, its acronym and number in one
    // pair of parentheses (5, 11).
    assert_says(
        &texts,
        "conventions/convention-programme-smehp",
        &[
            "Le syndicat mixte des eaux du Haut-Poitou (SMEHP, 86), représenté par son président",
            "Sans partenariat qui lui soit propre, il apporte son concours à l'ensemble des partenariats.",
        ],
    );
    assert_not_says(
        &texts,
        "conventions/convention-programme-smehp",
        &["dès qu'il sera choisi", "(SMEHP) (86)"],
    );
    // Heads' titles from the data: a governor, a prefect (9).
    assert_says(
        &texts,
        "invitations/invitation-copil-mg-2024-09-vienne-partenaire",
        &[
            "Monsieur le Gouverneur,",
            "à la réunion du comité de pilotage Madagascar",
        ],
    );
    assert_says(
        &texts,
        "invitations/invitation-copil-mg-2024-09-nouvelle-aquitaine-partenaire",
        &["Monsieur le Préfet,"],
    );
    // A floating currency: counter-values said to be indicative.
    assert_says(
        &texts,
        "conventions/convention-maitrise-oeuvre-deleguee-copil-mg",
        &[
            "Contre-valeur indicative en MGA",
            "au taux de 1 € = 4 950 MGA du 2 janvier 2024",
        ],
    );
    // The statements: received is what the ledger received; a shortfall
    // at the close is said (14).
    assert_says(
        &texts,
        "statements/etat-financier-final",
        &["Les dépenses réalisées dépassent de 10 999,70 € les ressources reçues"],
    );
    // A member that has not paid is named (16).
    assert_says(
        &texts,
        "statements/etat-financier-2025",
        &["Contributions non reçues au 30 janvier 2026 : la commune de Loudun, 350,00 €."],
    );
    assert_says(
        &texts,
        "statements/etat-financier-final",
        &["la commune de Loudun, 350,00 € (2025)"],
    );
    // The State's rate is the programme's, not each year's (15).
    assert_not_says(
        &texts,
        "statements/etat-financier-2024",
        &["(50 % des dépenses éligibles"],
    );
    // Only the data's facts: who chose the theme, when the data says it;
    // a two-day event said once, with its lodging (10, 11).
    let rencontre = |year: &str| {
        texts
            .keys()
            .find(|k| k.starts_with(&format!("invitations/invitation-rencontre-{year}-")))
            .cloned()
            .unwrap_or_else(|| panic!("an invitation to the {year} exchange day"))
    };
    assert_says(
        &texts,
        &rencontre("2024"),
        &["le comité de pilotage Madagascar en a choisi le thème"],
    );
    assert_says(
        &texts,
        &rencontre("2026"),
        &[
            "les vendredi 12 et samedi 13 juin 2026",
            "Vos frais de déplacement, d'hébergement et de repas",
            "ne participera pas à la rencontre",
        ],
    );
    assert_not_says(
        &texts,
        &rencontre("2026"),
        &["en a choisi le thème", "du 12 au 13"],
    );
}

#[test]
fn the_shipped_programme_says_nothing_of_the_second() {
    let out = build(SHIPPED);
    let pdf = tool("pdftotext");
    let texts = texts(out.path(), pdf);
    assert_none_of(
        &texts,
        &programme_words(FIXTURE),
        "words of the second programme in the shipped one",
    );
    assert!(!texts.contains_key("conventions/convention-programme-chauray"));
    // At the final date, the lead's own funds advance the State's balance:
    // what they come to once it is received is said.
    assert_says(
        &texts,
        "statements/etat-financier-final",
        &["une fois ce solde perçu, ils s'établiront à 27 331,01 €."],
    );
    // A meeting held at the institution written to is « dans vos locaux »;
    // the convention's list of actions has an article on each item and
    // ends with a full stop.
    assert_says(
        &texts,
        "invitations/invitation-copil-fr-2007-06-cites-unies-france",
        &["Elle se tiendra le vendredi 29 juin 2007 à 10 h, dans vos locaux, à Paris."],
    );
    assert_says(
        &texts,
        "conventions/convention-programme-bressuire",
        &[
            "la mission d'appui-conseil 2007, du 1er octobre au 23 novembre 2007",
            "la journée de rencontre des partenariats 2007, le 8 décembre 2007",
            "pour deux participants par partenariat.",
        ],
    );
    assert_says(
        &texts,
        "conventions/convention-programme-bressuire",
        &[
            "La commune de Chauray, représentée par son maire, M. Paul FICTIF, agissant en vertu d'une délibération du conseil municipal",
            "qui lie le membre à la commune de Kpalimé (Togo)",
            "Période 2006-2008",
        ],
    );
    assert_says(
        &texts,
        "conventions/convention-programme-coulon",
        &["à la commune d'Anié (Togo)"],
    );
    assert_says(
        &texts,
        "conventions/convention-programme-champagne-ardenne",
        &[
            "La région Champagne-Ardenne, représentée par le président du conseil régional",
            "de la commission permanente du conseil régional",
            "à la région Centrale (Togo)",
        ],
    );
    assert_says(
        &texts,
        "conventions/convention-programme-mazieres-en-gatine",
        &[
            "Les communes du canton de Mazières-en-Gâtine (79), représentées par la commune de Mazières-en-Gâtine, qui agit pour leur compte, représentée par son maire",
        ],
    );
    assert_says(
        &texts,
        "invitations/invitation-copil-fr-2006-12-bressuire",
        &[
            "Pour le Maire et par délégation",
            "Je vous serais obligée de",
            "dont la commune de Bressuire est membre",
        ],
    );
    assert_says(
        &texts,
        "statements/etat-financier-final",
        &[
            "Budget triennal prévisionnel",
            "Je soussigné, Paul FICTIF, maire de Chauray, certifie",
        ],
    );
    // Money as known on each document's date (issue 12): the 2006 interim
    // report sees nothing of 2008, the 2007 statement states the advance
    // received and asks for no refund.
    assert_says(
        &texts,
        "reports/rapport-intermediaire-2006",
        &[
            "2008 48 500,00 € (à venir)",
            "Reçu de l'État au 28 février 2007 : 0,00 €",
        ],
    );
    // Received is what the ledger received; the surplus is carried; a
    // member that has not paid is named (issue 26, items 14 and 16).
    assert_says(
        &texts,
        "statements/etat-financier-2006",
        &[
            "Les ressources reçues dépassent les dépenses réalisées de 2 912,60 € : cet excédent est reporté sur l'exercice 2007.",
            "au compte ouvert au nom de « Trésor public",
        ],
    );
    assert_says(
        &texts,
        "statements/etat-financier-2007",
        &[
            "Reçu de l'État au 31 janvier 2008 : 21 712,88 € (21 712,88 € le 15 mars 2007",
            "Prochain versement attendu : deuxième versement de 13 027,73 €",
        ],
    );
    for name in [
        "statements/etat-financier-2006",
        "statements/etat-financier-2007",
        "statements/etat-financier-2008",
        "reports/rapport-intermediaire-2006",
        "reports/rapport-intermediaire-2007",
        "reports/rapport-intermediaire-2008",
    ] {
        assert_not_says(&texts, name, &["reverser", "trop-perçu"]);
    }
}

/// Pages as a reader turns them (issue 26): on every fixture, no
/// convention, report or letter ends with a page that starts with the
/// place and date, the closing formula or the signatures — they stay
/// with the paragraph before them.
#[test]
fn no_last_page_starts_with_the_place_the_date_or_the_signatures() {
    if !tool("pdftotext") {
        return;
    }
    let page_text = |file: &Path, page: usize| {
        let out = Command::new("pdftotext")
            .args(["-f", &page.to_string(), "-l", &page.to_string()])
            .arg(file)
            .arg("-")
            .output()
            .expect("pdftotext runs");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let mut alone = Vec::new();
    let mut read = 0;
    for (name, data) in common::programme_files() {
        let out = build(data.to_str().expect("a path"));
        let manifest: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(out.path().join("manifest.json")).expect("a manifest"),
        )
        .expect("JSON");
        for entry in manifest["outputs"].as_array().expect("outputs") {
            let pages = entry["pages"].as_u64().unwrap_or(0) as usize;
            let path = entry["path"].as_str().unwrap_or_default();
            if pages < 2 || !path.ends_with(".pdf") {
                continue;
            }
            let file = out.path().join(path);
            let first_page = page_text(&file, 1);
            let last = page_text(&file, pages);
            // The running header, when the document has one, is not the
            // page's text.
            let body: Vec<&String> = last
                .iter()
                .skip(usize::from(last.first() == first_page.first()))
                .collect();
            read += 1;
            if let Some(first) = body.first() {
                let starts = ["Fait à", "Je vous prie", "Pour ", "Veuillez agréer"];
                if starts.iter().any(|s| first.starts_with(s)) {
                    alone.push(format!(
                        "{name}: {path} starts its last page with « {first} »"
                    ));
                }
            }
        }
    }
    assert!(read > 50, "only {read} documents of several pages");
    assert!(alone.is_empty(), "{}", alone.join("\n"));
}
