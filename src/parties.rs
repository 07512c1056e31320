//! How documents name the authorities of a programme: the designation of
//! each kind of French local authority with its article and gender, its
//! head's title, its assembly, its letterhead; the partners abroad; the
//! partner country. Everything here is computed from the data with the
//! grammar of [`crate::fr::grammar`], so templates never write an article,
//! a title or an agreement by hand.
//!
//! | kind (`kind:`) | designation | head | assembly |
//! |---|---|---|---|
//! | `commune` | la commune de X | le maire / la maire | le conseil municipal |
//! | `commune_nouvelle` | la commune de X | le maire / la maire | le conseil municipal |
//! | `communaute_de_communes` | la communauté de communes de X | le président / la présidente | le conseil communautaire |
//! | `communaute_d_agglomeration` | la communauté d'agglomération de X | le président / la présidente | le conseil communautaire |
//! | `communaute_urbaine` | la communauté urbaine de X | le président / la présidente | le conseil communautaire |
//! | `metropole` | la métropole de X | le président / la présidente | le conseil de la métropole |
//! | `syndicat` | le syndicat de X | le président / la présidente | le comité syndical |
//! | `departement` | le département de X | le président / la présidente du conseil départemental | le conseil départemental |
//! | `region` | la région X | le président / la présidente du conseil régional | le conseil régional |
//! | `collectivite_a_statut_particulier` | la collectivité de X | le président / la présidente | l'assemblée délibérante |
//! | `groupement` | le groupement de X | (its carrier signs) | (its carrier's) |

use serde::Serialize;

use crate::fr::grammar::{self, AdjectiveForms, Article, Gender};
use crate::model::{
    Address, AuthorityKind, Carrier, Civility, Country, GenderWord, Institution, Link, Member,
    Partner, PartnerKind, Person, Programme,
};

/// What French law and usage say of one kind of authority.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindInfo {
    /// The noun that names the kind: "commune", "communauté d'agglomération".
    pub noun: &'static str,
    /// Its gender.
    pub gender: Gender,
    /// How the noun joins the name when the data does not say.
    pub link: Link,
    /// The head's title, masculine: "maire", "président".
    pub head: &'static str,
    /// What follows the head's title in a signature: "du conseil
    /// départemental" (empty for most kinds).
    pub head_of: &'static str,
    /// The usual deliberating assembly, with its article.
    pub assembly: &'static str,
    /// Whether it has legal personality (a groupement has none: a carrier
    /// signs for it).
    pub legal_person: bool,
}

/// The table of kinds.
pub fn kind_info(kind: AuthorityKind) -> KindInfo {
    use AuthorityKind::*;
    let (noun, gender, link, head, head_of, assembly) = match kind {
        Commune | CommuneNouvelle => (
            "commune",
            Gender::Feminine,
            Link::De,
            "maire",
            "",
            "le conseil municipal",
        ),
        CommunauteDeCommunes => (
            "communauté de communes",
            Gender::Feminine,
            Link::De,
            "président",
            "",
            "le conseil communautaire",
        ),
        CommunauteDAgglomeration => (
            "communauté d'agglomération",
            Gender::Feminine,
            Link::De,
            "président",
            "",
            "le conseil communautaire",
        ),
        CommunauteUrbaine => (
            "communauté urbaine",
            Gender::Feminine,
            Link::De,
            "président",
            "",
            "le conseil communautaire",
        ),
        Metropole => (
            "métropole",
            Gender::Feminine,
            Link::De,
            "président",
            "",
            "le conseil de la métropole",
        ),
        Syndicat => (
            "syndicat",
            Gender::Masculine,
            Link::De,
            "président",
            "",
            "le comité syndical",
        ),
        Departement => (
            "département",
            Gender::Masculine,
            Link::De,
            "président",
            "du conseil départemental",
            "le conseil départemental",
        ),
        Region => (
            "région",
            Gender::Feminine,
            Link::Apposition,
            "président",
            "du conseil régional",
            "le conseil régional",
        ),
        CollectiviteAStatutParticulier => (
            "collectivité",
            Gender::Feminine,
            Link::De,
            "président",
            "",
            "l'assemblée délibérante",
        ),
        Groupement => (
            "groupement",
            Gender::Masculine,
            Link::De,
            "président",
            "",
            "le conseil municipal",
        ),
    };
    KindInfo {
        noun,
        gender,
        link,
        head,
        head_of,
        assembly,
        legal_person: kind != Groupement,
    }
}

/// The noun and gender of a partner's kind (`other`: none, the data gives
/// the designation).
pub fn partner_kind_noun(kind: PartnerKind) -> Option<(&'static str, Gender)> {
    use PartnerKind::*;
    Some(match kind {
        Commune => ("commune", Gender::Feminine),
        Municipalite => ("municipalité", Gender::Feminine),
        Prefecture => ("préfecture", Gender::Feminine),
        Region => ("région", Gender::Feminine),
        Province => ("province", Gender::Feminine),
        Departement => ("département", Gender::Masculine),
        District => ("district", Gender::Masculine),
        Canton => ("canton", Gender::Masculine),
        Cercle => ("cercle", Gender::Masculine),
        Other => return None,
    })
}

/// A gender as templates see it: `"masculine"` or `"feminine"`.
pub fn gender_word(g: Gender) -> &'static str {
    match g {
        Gender::Masculine => "masculine",
        Gender::Feminine => "feminine",
    }
}

fn gender_of_person(p: &Person) -> Gender {
    match p.civility {
        Civility::Monsieur => Gender::Masculine,
        Civility::Madame => Gender::Feminine,
    }
}

/// The gender of a data gender word.
pub fn gender(g: GenderWord) -> Gender {
    match g {
        GenderWord::Masculine => Gender::Masculine,
        GenderWord::Feminine => Gender::Feminine,
    }
}

/// A bare name with the article it takes in running text: ("Vienne", "la")
/// → "la Vienne"; towns carry theirs ("Le Havre").
fn name_with_article(name: &str, article: Option<&str>) -> String {
    match article.and_then(Article::parse) {
        Some(Article::Le) => format!("le {name}"),
        Some(Article::La) => format!("la {name}"),
        Some(Article::Les) => format!("les {name}"),
        Some(Article::Elided) => format!("l'{name}"),
        Some(Article::None) | None => name.to_string(),
    }
}

/// "la commune de Ruffec", "le département de la Vienne", "la région
/// Normandie": a kind noun, its article, and the name joined by `link`.
pub fn designation(
    noun: &str,
    gender: Gender,
    link: Link,
    name: &str,
    article: Option<&str>,
) -> String {
    let named = name_with_article(name, article);
    let body = match link {
        Link::De => format!("{noun} {}", grammar::de(&named)),
        Link::Apposition => format!("{noun} {named}"),
    };
    grammar::with_article(&body, gender)
}

/// The gender of a designation the data wrote whole, from its article or
/// its first noun; `fallback` when neither tells.
fn designation_gender(designation: &str, fallback: Gender) -> Gender {
    grammar::gender_of(designation).unwrap_or(fallback)
}

/// A party to a convention or the author of a letter, as documents name
/// it. Every field is ready to print.
#[derive(Debug, Clone, Serialize)]
pub struct Party {
    /// "la commune du Havre", "le département du Calvados".
    pub designation: String,
    /// "de la commune du Havre", "du département du Calvados".
    pub of: String,
    /// "à la commune du Havre", "au département du Calvados".
    pub to: String,
    /// `"feminine"` or `"masculine"`: the designation's gender.
    pub gender: &'static str,
    /// Whether the designation is feminine.
    pub feminine: bool,
    /// Whether the designation is plural (« les communes du canton de
    /// … »): « sont membres », not « est membre ».
    pub plural: bool,
    /// "représentée" or "représenté", agreeing with the designation.
    pub represented: String,
    /// "dénommée" or "dénommé", agreeing with the designation.
    pub named: String,
    /// "son maire, M. Jean EXEMPLE", "sa présidente, Mme Anne MODÈLE".
    pub represented_by: String,
    /// "Pour la commune du Havre,".
    pub for_line: String,
    /// The signature's quality line: "Le Maire,", "La Présidente du
    /// conseil départemental,".
    pub quality: String,
    /// The head's function in running text: "maire du Havre",
    /// "présidente de la communauté d'agglomération du Pays d'Auge".
    pub head_of: String,
    /// The signatory's name: "Prénom NOM".
    pub name: String,
    /// `"feminine"` or `"masculine"`: the signatory's gender.
    pub signer_gender: &'static str,
    /// "du conseil municipal", "de la commission permanente": what a
    /// deliberation is "of".
    pub deliberation_of: String,
    /// The same with the authority whose assembly it is: "du conseil
    /// municipal de la commune du Havre" (for a groupement, its carrier's).
    pub deliberation_of_authority: String,
    /// The first line of its letterhead: "Mairie du Havre",
    /// "Communauté d'agglomération du Pays d'Auge".
    pub letterhead: String,
    /// Its name alone in running text: "Le Havre", "le Calvados".
    pub name_in_text: String,
    /// For a groupement: the designation of the authority that signs for
    /// it ("la commune de Saint-Loup-Lamairé"); empty otherwise.
    pub carrier: String,
    /// For a groupement: the mandates its other authorities gave the
    /// carrier, each with `deliberation_of_authority` (« du conseil
    /// municipal de la commune de Clavé ») and `date`.
    pub mandates: Vec<MandateLine>,
    /// Whose budget pays its contribution: "du membre", or for a
    /// groupement its carrier's ("du département du Calvados").
    pub budget_of: String,
    /// "(14)": its département number after its designation, for the
    /// authorities that lie within one (not a département or a région).
    pub departement_note: String,
    /// Its designation followed by its département number, in one pair
    /// of parentheses when the designation ends with one: « la commune de
    /// Ruffec (16) », « le syndicat mixte des eaux de la Drôme (SMED,
    /// 26) ».
    pub designation_departement: String,
    /// The line under its head's name on letters: its letterhead, or for
    /// a groupement "Département du Calvados, pour l'entente …".
    pub organisation: String,
}

fn civility_abbr(c: Civility) -> &'static str {
    match c {
        Civility::Monsieur => "M.",
        Civility::Madame => "Mme",
    }
}

fn civility_word(c: Civility) -> &'static str {
    match c {
        Civility::Monsieur => "Monsieur",
        Civility::Madame => "Madame",
    }
}

/// "Prénom NOM".
pub fn full_name(p: &Person) -> String {
    format!("{} {}", p.first_name, p.last_name)
}

/// The head's function of a member, lower case, agreeing with its holder:
/// "maire", "présidente", "président du conseil départemental"; the
/// data's `quality` when it gives one.
fn head_function(m: &Member) -> (String, bool) {
    if let Some(q) = m
        .signatory
        .quality
        .as_deref()
        .filter(|q| !q.trim().is_empty())
    {
        return (q.trim().to_string(), false);
    }
    let info = kind_info(m.kind);
    let g = gender_of_person(&m.signatory);
    let head = match (info.head, g) {
        ("président", Gender::Feminine) => "présidente".to_string(),
        (h, _) => h.to_string(),
    };
    (head, true)
}

/// "le maire" → "le Maire", "l'adjointe" → "l'Adjointe": the noun after
/// the article takes a capital, as in a title.
fn capital_after_article(phrase: &str) -> String {
    let split = grammar::split_article(phrase);
    let head = &phrase[..phrase.len() - split.rest.len()];
    format!("{head}{}", grammar::ucfirst(split.rest))
}

fn possessive(g: Gender) -> &'static str {
    match g {
        Gender::Masculine => "son",
        Gender::Feminine => "sa",
    }
}

fn definite(word: &str, g: Gender) -> String {
    grammar::with_article(word, g)
}

/// The designation of an authority of `kind` and its gender: the one the
/// data writes whole, or the one its kind, name, article and link make.
fn designate(
    kind: AuthorityKind,
    short_name: &str,
    article: Option<&str>,
    link: Option<Link>,
    whole: Option<&str>,
) -> (String, Gender) {
    let info = kind_info(kind);
    match whole.filter(|d| !d.trim().is_empty()) {
        Some(d) => (d.trim().to_string(), designation_gender(d, info.gender)),
        None => (
            designation(
                info.noun,
                info.gender,
                link.unwrap_or(info.link),
                short_name,
                article,
            ),
            info.gender,
        ),
    }
}

/// The designation of a member and its gender.
pub fn member_designation(m: &Member) -> (String, Gender) {
    designate(
        m.kind,
        &m.short_name,
        m.article.as_deref(),
        m.link,
        m.designation.as_deref(),
    )
}

/// The assembly whose deliberation authorises a member's signature, with
/// its article: the data's `body`, or the usual one of its kind.
pub fn assembly(m: &Member) -> Result<String, String> {
    match m.deliberation.body.as_deref().map(str::trim) {
        None | Some("") => Ok(kind_info(m.kind).assembly.to_string()),
        Some(body) => {
            if grammar::split_article(body).article != Article::None {
                return Ok(body.to_string());
            }
            match grammar::gender_of(body) {
                Some(g) => Ok(grammar::with_article(body, g)),
                None => Err(body.to_string()),
            }
        }
    }
}

/// A groupement's carrier as a member of its own: its kind and name, the
/// groupement's signatory and deliberation (which are the carrier's).
fn as_carrier(m: &Member, c: &Carrier) -> Member {
    Member {
        kind: c.kind,
        short_name: c.short_name.clone(),
        article: c.article.clone(),
        link: c.link,
        designation: c.designation.clone(),
        carrier: None,
        ..m.clone()
    }
}

/// The day départements' assemblies became "conseils départementaux"
/// (elections of March 2015); before, "conseils généraux".
fn departemental_since() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2015, 3, 22).unwrap_or_default()
}

/// How a convention or a letter of a programme that starts on `start`
/// names member `m`: as [`party`], with the assembly of a département
/// called by its name of the time ("conseil général" before 2015).
pub fn party_on(m: &Member, start: chrono::NaiveDate) -> Party {
    let mut p = party(m);
    let carrier_kind = m.carrier.as_ref().map(|c| c.kind);
    if start < departemental_since()
        && (m.kind == AuthorityKind::Departement
            || carrier_kind == Some(AuthorityKind::Departement))
    {
        for field in [
            &mut p.represented_by,
            &mut p.quality,
            &mut p.head_of,
            &mut p.deliberation_of,
            &mut p.deliberation_of_authority,
        ] {
            *field = field.replace("conseil départemental", "conseil général");
        }
    }
    p
}

/// How a convention or a letter names member `m`. A groupement without
/// legal personality is named as itself, represented by its carrier,
/// whose head signs.
pub fn party(m: &Member) -> Party {
    let mut p = party_of(m);
    if let Some(c) = &m.carrier {
        let head = party_of(&as_carrier(m, c));
        let carrier = head.designation.clone();
        let cg = if head.feminine {
            Gender::Feminine
        } else {
            Gender::Masculine
        };
        let plural = grammar::split_article(&p.designation).article == Article::Les;
        p.represented_by = format!(
            "{carrier}, qui agit pour {} compte, {} par {}",
            if plural { "leur" } else { "son" },
            grammar::agree("représenté", cg, false),
            head.represented_by
        );
        p.for_line = format!("Pour {}, {carrier},", p.designation);
        p.budget_of = grammar::de(&carrier);
        p.organisation = format!("{}, pour {}", grammar::bare(&carrier), p.designation);
        p.quality = head.quality;
        p.head_of = head.head_of;
        p.deliberation_of = head.deliberation_of;
        p.deliberation_of_authority = head.deliberation_of_authority;
        p.carrier = carrier;
        p.mandates = m
            .mandates
            .iter()
            .map(|x| {
                let authority = Member {
                    deliberation: x.deliberation.clone(),
                    ..as_carrier(m, &x.authority())
                };
                MandateLine {
                    deliberation_of_authority: party_of(&authority).deliberation_of_authority,
                    date: x.deliberation.date,
                }
            })
            .collect();
    }
    p
}

/// A mandate as a convention cites it.
#[derive(Debug, Clone, Serialize)]
pub struct MandateLine {
    /// « du conseil municipal de la commune de Clavé ».
    pub deliberation_of_authority: String,
    /// The day of the deliberation.
    pub date: chrono::NaiveDate,
}

fn party_of(m: &Member) -> Party {
    let info = kind_info(m.kind);
    let (designation, g) = member_designation(m);
    let plural = grammar::split_article(&designation).article == Article::Les;
    let s = &m.signatory;
    let sg = gender_of_person(s);
    let (function, derived) = head_function(m);
    let full_function = if derived && !info.head_of.is_empty() {
        format!("{function} {}", info.head_of)
    } else {
        function.clone()
    };
    let name_in_text = name_with_article(&m.short_name, m.article.as_deref());
    let head_of = if !derived {
        full_function.clone()
    } else if m.kind == AuthorityKind::Commune || m.kind == AuthorityKind::CommuneNouvelle {
        format!("{function} {}", grammar::de(&name_in_text))
    } else if !info.head_of.is_empty() {
        format!("{full_function} {}", grammar::de(&name_in_text))
    } else {
        format!("{function} {}", grammar::de(&designation))
    };
    let represented_by = if derived && info.head_of.is_empty() {
        format!(
            "{} {function}, {} {}",
            possessive(sg),
            civility_abbr(s.civility),
            full_name(s)
        )
    } else {
        format!(
            "{}, {} {}",
            definite(&full_function, sg),
            civility_abbr(s.civility),
            full_name(s)
        )
    };
    let letterhead = match m.kind {
        AuthorityKind::Commune | AuthorityKind::CommuneNouvelle if m.designation.is_none() => {
            format!("Mairie {}", grammar::de(&name_in_text))
        }
        _ => grammar::bare(&designation),
    };
    let departement_note = match m.kind {
        AuthorityKind::Departement | AuthorityKind::Region => String::new(),
        _ if m.departement.trim().is_empty() => String::new(),
        _ => format!(" ({})", m.departement.trim()),
    };
    Party {
        of: grammar::de(&designation),
        to: grammar::a(&designation),
        gender: gender_word(g),
        feminine: g == Gender::Feminine,
        plural: grammar::split_article(&designation).article == Article::Les,
        represented: grammar::agree("représenté", g, plural),
        named: grammar::agree("dénommé", g, plural),
        represented_by,
        for_line: format!("Pour {designation},"),
        quality: format!(
            "{},",
            grammar::ucfirst(&capital_after_article(&definite(&full_function, sg)))
        ),
        head_of,
        name: full_name(s),
        signer_gender: gender_word(sg),
        deliberation_of: grammar::de(&assembly(m).unwrap_or_default()),
        // « du conseil départemental de la Vienne », not « … du
        // département de la Vienne »: its usual assembly already says the
        // kind; another body (« la commission permanente ») names the
        // authority whole.
        deliberation_of_authority: format!(
            "{} {}",
            grammar::de(&assembly(m).unwrap_or_default()),
            grammar::de(
                if matches!(m.kind, AuthorityKind::Departement | AuthorityKind::Region)
                    && m.deliberation.body.is_none()
                    && m.designation.is_none()
                {
                    &name_in_text
                } else {
                    &designation
                }
            )
        ),
        budget_of: "du membre".into(),
        designation_departement: with_departement(&designation, &departement_note),
        departement_note,
        organisation: letterhead.clone(),
        letterhead,
        name_in_text,
        designation,
        carrier: String::new(),
        mandates: Vec::new(),
    }
}

/// How documents name a partner abroad.
#[derive(Debug, Clone, Serialize)]
pub struct PartnerParty {
    /// "la commune de Thiès", "la municipalité de Praia".
    pub designation: String,
    /// "de la commune de Thiès".
    pub of: String,
    /// "à la commune de Thiès".
    pub to: String,
    /// The line under the addressee's name on letters.
    pub organisation: String,
    /// "M. Koffi PATRON, président de la délégation spéciale".
    pub represented_by: String,
    /// "représentée" or "représenté", agreeing with the designation.
    pub represented: String,
}

/// The designation of a partner and its gender.
pub fn partner_designation(p: &Partner) -> (String, Gender) {
    if let Some(d) = p.designation.as_deref().filter(|d| !d.trim().is_empty()) {
        let fallback = partner_kind_noun(p.kind).map_or(Gender::Feminine, |(_, g)| g);
        return (d.trim().to_string(), designation_gender(d, fallback));
    }
    match partner_kind_noun(p.kind) {
        Some((noun, g)) => (
            designation(
                noun,
                g,
                p.link.unwrap_or(Link::De),
                &p.short_name,
                p.article.as_deref(),
            ),
            g,
        ),
        None => (
            name_with_article(&p.short_name, p.article.as_deref()),
            Gender::Feminine,
        ),
    }
}

/// An institution in running text: its `designation`, or its name with
/// the article its first word takes (« Ambassade du Sénégal en France » →
/// « l'ambassade du Sénégal en France », « Ministère des Affaires
/// étrangères » → « le ministère des Affaires étrangères »); `None` when
/// gabarit does not know that word's gender (« Coopération Atlantique »).
pub fn institution_designation(x: &Institution) -> Option<String> {
    if let Some(d) = x
        .designation
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        return Some(d.to_string());
    }
    let name = x.name.trim();
    let first = name.split_whitespace().next()?;
    let g = grammar::gender_of(&grammar::lcfirst(first))?;
    Some(definite(&grammar::lcfirst(name), g))
}

/// `designation` and its département note, « (26) », in one pair of
/// parentheses when the designation already ends with one: « … (SMED) »
/// → « … (SMED, 26) ».
fn with_departement(designation: &str, note: &str) -> String {
    let number = note.trim().trim_start_matches('(').trim_end_matches(')');
    match designation.strip_suffix(')') {
        Some(open) if !number.is_empty() => format!("{open}, {number})"),
        _ => format!("{designation}{note}"),
    }
}

/// How documents name partner `p`.
pub fn partner_party(p: &Partner) -> PartnerParty {
    let (designation, g) = partner_designation(p);
    let s = &p.signatory;
    let mut represented_by = format!("{} {}", civility_abbr(s.civility), full_name(s));
    if let Some(q) = s.quality.as_deref().filter(|q| !q.trim().is_empty()) {
        represented_by.push_str(", ");
        represented_by.push_str(q.trim());
    }
    PartnerParty {
        of: grammar::de(&designation),
        to: grammar::a(&designation),
        organisation: p
            .organisation
            .clone()
            .unwrap_or_else(|| grammar::bare(&designation)),
        represented_by,
        represented: grammar::agree("représenté", g, false),
        designation,
    }
}

/// The partner country as documents name it.
#[derive(Debug, Clone, Serialize)]
pub struct CountryNames {
    /// "Sénégal".
    pub name: String,
    /// "le Sénégal".
    pub with_article: String,
    /// "au Sénégal", "en Tunisie", "à Madagascar".
    pub in_: String,
    /// "du Sénégal", "de Tunisie", "de Madagascar".
    pub of: String,
    /// "sénégalais".
    pub adjective: String,
    /// "sénégalaise".
    pub adjective_feminine: String,
    /// "sénégalais".
    pub adjective_plural: String,
    /// "sénégalaises".
    pub adjective_feminine_plural: String,
}

/// The names of the partner country.
pub fn country_names(c: &Country) -> CountryNames {
    let country = grammar::Country {
        name: &c.name,
        article: Article::parse(&c.article).unwrap_or(Article::None),
        gender: gender(c.gender),
    };
    let forms = AdjectiveForms::new(
        &c.adjective,
        c.adjective_feminine.as_deref(),
        c.adjective_plural.as_deref(),
        c.adjective_feminine_plural.as_deref(),
    );
    CountryNames {
        name: c.name.clone(),
        with_article: country.with_article(),
        in_: country.in_(),
        of: country.of(),
        adjective: forms.get(Gender::Masculine, false).to_string(),
        adjective_feminine: forms.get(Gender::Feminine, false).to_string(),
        adjective_plural: forms.get(Gender::Masculine, true).to_string(),
        adjective_feminine_plural: forms.get(Gender::Feminine, true).to_string(),
    }
}

/// The functions a letter names in its salutation, masculine and
/// feminine: « Monsieur le Gouverneur », « Madame la Directrice ». A
/// quality that starts with none of them (« chargée de mission »,
/// « adjoint délégué … ») gives « Monsieur » or « Madame » alone.
const FUNCTIONS: &[(&str, &str)] = &[
    ("maire", "maire"),
    ("président", "présidente"),
    ("vice-président", "vice-présidente"),
    ("préfet", "préfète"),
    ("sous-préfet", "sous-préfète"),
    ("gouverneur", "gouverneure"),
    ("directeur", "directrice"),
    ("délégué", "déléguée"),
    ("ambassadeur", "ambassadrice"),
    ("consul", "consule"),
    ("ministre", "ministre"),
    ("haut-commissaire", "haute-commissaire"),
    ("chef", "cheffe"),
    ("secrétaire", "secrétaire"),
];

/// The function a quality starts with, agreed with the person, as a
/// title names it: "préfet de la région …" → "préfet", "chef de canton" →
/// "chef de canton", "secrétaire générale de …" → "secrétaire générale";
/// `None` for a quality that names no function of [`FUNCTIONS`].
fn function_of(quality: &str, woman: bool) -> Option<String> {
    let mut words = quality.split([' ', ',']).filter(|w| !w.is_empty());
    let head = words.next()?.to_lowercase();
    let (masculine, feminine) = FUNCTIONS.iter().find(|(m, f)| head == *m || head == *f)?;
    let mut function = if woman { feminine } else { masculine }.to_string();
    match (*masculine, words.next(), words.next()) {
        // A chief's title keeps what he is chief of, when it is a common
        // noun: « Chef de canton », « Chef de village ».
        ("chef", Some("de"), Some(what)) if what.starts_with(char::is_lowercase) => {
            function = format!("{function} de {what}");
        }
        // « Secrétaire général(e) ».
        ("secrétaire", Some(adjective @ ("général" | "générale")), _) => {
            let adjective = if woman { "générale" } else { adjective };
            function = format!("{function} {adjective}");
        }
        _ => {}
    }
    Some(function)
}

/// "Monsieur le Maire", "Madame la Présidente", "Monsieur le Chef de
/// canton", "Monsieur le Gouverneur": the title the data writes
/// (`title`), else the one the quality's function gives, else the bare
/// civility (for people whose title the data writes: partners, the
/// State's signatory).
pub fn title(p: &Person) -> String {
    if let Some(t) = p.title.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        return t.to_string();
    }
    let woman = p.civility == Civility::Madame;
    let civ = civility_word(p.civility);
    match p
        .quality
        .as_deref()
        .and_then(|q| function_of(q.trim(), woman))
    {
        Some(function) => {
            let g = if woman {
                Gender::Feminine
            } else {
                Gender::Masculine
            };
            format!("{civ} {}", capital_after_article(&definite(&function, g)))
        }
        None => civ.to_string(),
    }
}

/// The title of a member's head: "Monsieur le Maire", "Madame la
/// Présidente".
pub fn head_title(m: &Member) -> String {
    if let Some(c) = &m.carrier {
        return head_title(&as_carrier(m, c));
    }
    let (function, derived) = head_function(m);
    if !derived {
        return title(&m.signatory);
    }
    let g = gender_of_person(&m.signatory);
    format!(
        "{} {}",
        civility_word(m.signatory.civility),
        capital_after_article(&definite(&function, g))
    )
}

/// The signature's quality line from a quality the data writes, whole
/// and with its article: "Le Préfet de la région Limousin", "La Déléguée
/// pour l'action extérieure des collectivités territoriales".
pub fn signature_quality(p: &Person) -> String {
    let q = p.quality.as_deref().map(str::trim).unwrap_or_default();
    if q.is_empty() {
        return String::new();
    }
    let g = gender_of_person(p);
    grammar::ucfirst(&capital_after_article(&definite(q, g)))
}

/// Who signs a letter for the lead authority.
#[derive(Debug, Clone, Serialize)]
pub struct Signer {
    /// "Pour la Présidente et par délégation," when a deputy signs, else
    /// empty.
    pub delegation: String,
    /// "La Maire,", "Le Vice-président délégué…,".
    pub quality: String,
    /// "Prénom NOM".
    pub name: String,
    /// `"feminine"` or `"masculine"`, for agreement ("obligée").
    pub gender: &'static str,
}

/// The lead authority's signer: its deputy "par délégation", or its head.
pub fn signer(p: &Programme, lead: &Member) -> Signer {
    let head = party_on(lead, p.programme.start);
    match &p.lead.deputy {
        Some(d) => {
            let g = gender_of_person(d);
            let q = d.quality.as_deref().unwrap_or("");
            let (function, _) = head_function(lead);
            let head_gender = gender_of_person(&lead.signatory);
            Signer {
                delegation: format!(
                    "Pour {} et par délégation,",
                    capital_after_article(&definite(&function, head_gender))
                ),
                quality: format!(
                    "{},",
                    grammar::ucfirst(&capital_after_article(&definite(q, g)))
                ),
                name: full_name(d),
                gender: gender_word(g),
            }
        }
        None => Signer {
            delegation: String::new(),
            quality: head.quality,
            name: head.name,
            gender: head.signer_gender,
        },
    }
}

/// The lines of an address block: street lines, postal code and town (in
/// capitals), country (in capitals) when abroad.
pub fn address_lines(a: &Address) -> Vec<String> {
    let mut out = a.lines.clone();
    out.push(match &a.postal_code {
        Some(code) => format!("{code} {}", a.city.to_uppercase()),
        None => a.city.clone(),
    });
    if let Some(country) = &a.country {
        out.push(country.to_uppercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Deliberation;

    fn person(civility: Civility) -> Person {
        Person {
            civility,
            first_name: "Anne".into(),
            last_name: "MODÈLE".into(),
            quality: None,
            title: None,
            email: None,
            phone: None,
        }
    }

    fn member(
        kind: AuthorityKind,
        name: &str,
        article: Option<&str>,
        civility: Civility,
    ) -> Member {
        Member {
            id: "x".into(),
            kind,
            name: name.into(),
            short_name: name.into(),
            article: article.map(String::from),
            link: None,
            designation: None,
            carrier: None,
            mandates: Vec::new(),
            joined: None,
            left: None,
            convention_date: None,
            departement: "00".into(),
            insee: None,
            siren: None,
            address: Address {
                lines: vec![],
                postal_code: None,
                city: "X".into(),
                country: None,
            },
            signatory: person(civility),
            deliberation: Deliberation {
                body: None,
                date: chrono::NaiveDate::from_ymd_opt(2009, 1, 1).unwrap_or_default(),
            },
            referent: person(civility),
            partner: None,
            without_partner: false,
            contribution: None,
            activities: Default::default(),
        }
    }

    use AuthorityKind::*;
    use Civility::{Madame as F, Monsieur as M};

    /// (kind, name, article, civility) → designation, represented_by,
    /// signature quality, head_of, letterhead, title.
    #[test]
    fn every_kind_is_named_right() {
        type Row<'a> = (
            AuthorityKind,
            &'a str,
            Option<&'a str>,
            Civility,
            [&'a str; 6],
        );
        let table: &[Row] = &[
            (
                Commune,
                "Agen",
                None,
                M,
                [
                    "la commune d'Agen",
                    "son maire, M. Anne MODÈLE",
                    "Le Maire,",
                    "maire d'Agen",
                    "Mairie d'Agen",
                    "Monsieur le Maire",
                ],
            ),
            (
                Commune,
                "Le Havre",
                None,
                F,
                [
                    "la commune du Havre",
                    "sa maire, Mme Anne MODÈLE",
                    "La Maire,",
                    "maire du Havre",
                    "Mairie du Havre",
                    "Madame la Maire",
                ],
            ),
            (
                Commune,
                "Les Sables-d'Olonne",
                None,
                M,
                [
                    "la commune des Sables-d'Olonne",
                    "son maire, M. Anne MODÈLE",
                    "Le Maire,",
                    "maire des Sables-d'Olonne",
                    "Mairie des Sables-d'Olonne",
                    "Monsieur le Maire",
                ],
            ),
            (
                Commune,
                "La Rochelle",
                None,
                M,
                [
                    "la commune de La Rochelle",
                    "son maire, M. Anne MODÈLE",
                    "Le Maire,",
                    "maire de La Rochelle",
                    "Mairie de La Rochelle",
                    "Monsieur le Maire",
                ],
            ),
            (
                Commune,
                "L'Île-d'Yeu",
                None,
                F,
                [
                    "la commune de L'Île-d'Yeu",
                    "sa maire, Mme Anne MODÈLE",
                    "La Maire,",
                    "maire de L'Île-d'Yeu",
                    "Mairie de L'Île-d'Yeu",
                    "Madame la Maire",
                ],
            ),
            (
                CommuneNouvelle,
                "Souleuvre en Bocage",
                None,
                M,
                [
                    "la commune de Souleuvre en Bocage",
                    "son maire, M. Anne MODÈLE",
                    "Le Maire,",
                    "maire de Souleuvre en Bocage",
                    "Mairie de Souleuvre en Bocage",
                    "Monsieur le Maire",
                ],
            ),
            (
                CommunauteDAgglomeration,
                "Grand Châtellerault",
                Some("le"),
                F,
                [
                    "la communauté d'agglomération du Grand Châtellerault",
                    "sa présidente, Mme Anne MODÈLE",
                    "La Présidente,",
                    "présidente de la communauté d'agglomération du Grand Châtellerault",
                    "Communauté d'agglomération du Grand Châtellerault",
                    "Madame la Présidente",
                ],
            ),
            (
                CommunauteDeCommunes,
                "Ruffec",
                None,
                M,
                [
                    "la communauté de communes de Ruffec",
                    "son président, M. Anne MODÈLE",
                    "Le Président,",
                    "président de la communauté de communes de Ruffec",
                    "Communauté de communes de Ruffec",
                    "Monsieur le Président",
                ],
            ),
            (
                CommunauteUrbaine,
                "Arras",
                None,
                M,
                [
                    "la communauté urbaine d'Arras",
                    "son président, M. Anne MODÈLE",
                    "Le Président,",
                    "président de la communauté urbaine d'Arras",
                    "Communauté urbaine d'Arras",
                    "Monsieur le Président",
                ],
            ),
            (
                Metropole,
                "Lyon",
                None,
                F,
                [
                    "la métropole de Lyon",
                    "sa présidente, Mme Anne MODÈLE",
                    "La Présidente,",
                    "présidente de la métropole de Lyon",
                    "Métropole de Lyon",
                    "Madame la Présidente",
                ],
            ),
            (
                Syndicat,
                "Haut-Val",
                Some("le"),
                M,
                [
                    "le syndicat du Haut-Val",
                    "son président, M. Anne MODÈLE",
                    "Le Président,",
                    "président du syndicat du Haut-Val",
                    "Syndicat du Haut-Val",
                    "Monsieur le Président",
                ],
            ),
            (
                Departement,
                "Vienne",
                Some("la"),
                F,
                [
                    "le département de la Vienne",
                    "la présidente du conseil départemental, Mme Anne MODÈLE",
                    "La Présidente du conseil départemental,",
                    "présidente du conseil départemental de la Vienne",
                    "Département de la Vienne",
                    "Madame la Présidente",
                ],
            ),
            (
                Departement,
                "Hautes-Alpes",
                Some("les"),
                M,
                [
                    "le département des Hautes-Alpes",
                    "le président du conseil départemental, M. Anne MODÈLE",
                    "Le Président du conseil départemental,",
                    "président du conseil départemental des Hautes-Alpes",
                    "Département des Hautes-Alpes",
                    "Monsieur le Président",
                ],
            ),
            (
                Departement,
                "Ain",
                Some("l'"),
                M,
                [
                    "le département de l'Ain",
                    "le président du conseil départemental, M. Anne MODÈLE",
                    "Le Président du conseil départemental,",
                    "président du conseil départemental de l'Ain",
                    "Département de l'Ain",
                    "Monsieur le Président",
                ],
            ),
            (
                Region,
                "Nouvelle-Aquitaine",
                None,
                F,
                [
                    "la région Nouvelle-Aquitaine",
                    "la présidente du conseil régional, Mme Anne MODÈLE",
                    "La Présidente du conseil régional,",
                    "présidente du conseil régional de Nouvelle-Aquitaine",
                    "Région Nouvelle-Aquitaine",
                    "Madame la Présidente",
                ],
            ),
            (
                CollectiviteAStatutParticulier,
                "Corse",
                None,
                M,
                [
                    "la collectivité de Corse",
                    "son président, M. Anne MODÈLE",
                    "Le Président,",
                    "président de la collectivité de Corse",
                    "Collectivité de Corse",
                    "Monsieur le Président",
                ],
            ),
        ];
        for (kind, name, article, civ, want) in table {
            let p = party(&member(*kind, name, *article, *civ));
            let m = member(*kind, name, *article, *civ);
            let got = [
                p.designation.as_str(),
                p.represented_by.as_str(),
                p.quality.as_str(),
                p.head_of.as_str(),
                p.letterhead.as_str(),
                &head_title(&m),
            ];
            assert_eq!(&got, want, "{kind:?} {name}");
        }
    }

    #[test]
    fn one_pair_of_parentheses_after_a_designation() {
        assert_eq!(
            with_departement("le syndicat mixte des eaux de la Drôme (SMED)", " (26)"),
            "le syndicat mixte des eaux de la Drôme (SMED, 26)"
        );
        assert_eq!(
            with_departement("la commune de Ruffec", " (16)"),
            "la commune de Ruffec (16)"
        );
        assert_eq!(
            with_departement("la région Normandie", ""),
            "la région Normandie"
        );
    }

    #[test]
    fn titles_come_from_the_function_or_the_data() {
        let with = |civility, quality: &str| Person {
            quality: Some(quality.into()),
            ..person(civility)
        };
        let m = Civility::Monsieur;
        let f = Civility::Madame;
        for (who, want) in [
            (
                with(m, "gouverneur de la région des Plateaux"),
                "Monsieur le Gouverneur",
            ),
            (
                with(m, "préfet de la préfecture de l'Ogou"),
                "Monsieur le Préfet",
            ),
            (with(f, "préfet de la région"), "Madame la Préfète"),
            (with(m, "chef de canton"), "Monsieur le Chef de canton"),
            (with(m, "chef du village de Kpélé"), "Monsieur le Chef"),
            (
                with(f, "directrice de l'action extérieure"),
                "Madame la Directrice",
            ),
            (with(m, "ambassadeur de France"), "Monsieur l'Ambassadeur"),
            (
                with(f, "secrétaire générale de la mairie"),
                "Madame la Secrétaire générale",
            ),
            (with(f, "chargée de mission"), "Madame"),
            (with(m, "adjoint délégué à la coopération"), "Monsieur"),
        ] {
            assert_eq!(title(&who), want, "{:?}", who.quality);
        }
        let mut chief = with(m, "chef traditionnel");
        chief.title = Some("Monsieur le Chef de village".into());
        assert_eq!(title(&chief), "Monsieur le Chef de village");
        assert_eq!(
            signature_quality(&with(
                f,
                "déléguée pour l'action extérieure des collectivités territoriales"
            )),
            "La Déléguée pour l'action extérieure des collectivités territoriales"
        );
        assert_eq!(
            signature_quality(&with(m, "préfet de la région Limousin")),
            "Le Préfet de la région Limousin"
        );
    }

    #[test]
    fn agreement_follows_the_designation() {
        let p = party(&member(Departement, "Vienne", Some("la"), F));
        assert_eq!(
            (p.represented.as_str(), p.named.as_str()),
            ("représenté", "dénommé")
        );
        let p = party(&member(Commune, "Agen", None, M));
        assert_eq!(
            (p.represented.as_str(), p.named.as_str()),
            ("représentée", "dénommée")
        );
        assert_eq!(p.of, "de la commune d'Agen");
        let p = party(&member(Departement, "Calvados", Some("le"), F));
        assert_eq!(
            (p.of.as_str(), p.to.as_str()),
            ("du département du Calvados", "au département du Calvados")
        );
    }

    #[test]
    fn assemblies_take_their_article() {
        let mut m = member(Region, "Normandie", None, M);
        assert_eq!(party(&m).deliberation_of, "du conseil régional");
        assert_eq!(
            party(&m).deliberation_of_authority,
            "du conseil régional de Normandie"
        );
        assert_eq!(
            party(&member(Departement, "Vienne", Some("la"), F)).deliberation_of_authority,
            "du conseil départemental de la Vienne"
        );
        m.deliberation.body = Some("commission permanente".into());
        assert_eq!(party(&m).deliberation_of, "de la commission permanente");
        m.deliberation.body = Some("bureau communautaire".into());
        assert_eq!(party(&m).deliberation_of, "du bureau communautaire");
        m.deliberation.body = Some("assemblée de Corse".into());
        assert_eq!(party(&m).deliberation_of, "de l'assemblée de Corse");
        m.deliberation.body = Some("xyz plénière".into());
        assert!(assembly(&m).is_err());
    }

    #[test]
    fn partners_and_countries() {
        let c = Country {
            name: "Cap-Vert".into(),
            article: "le".into(),
            gender: GenderWord::Masculine,
            adjective: "cap-verdien".into(),
            adjective_feminine: None,
            adjective_plural: None,
            adjective_feminine_plural: None,
            currency: None,
        };
        let n = country_names(&c);
        assert_eq!(
            [
                n.with_article.as_str(),
                &n.in_,
                &n.of,
                &n.adjective_feminine_plural
            ],
            [
                "le Cap-Vert",
                "au Cap-Vert",
                "du Cap-Vert",
                "cap-verdiennes"
            ]
        );
    }
}
