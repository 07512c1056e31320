//! What a template receives: the whole programme, its figures, and the
//! record the document is about, with the letter-writing details (who
//! writes, to whom, how to greet and to close) worked out once here.
//!
//! Every template gets `programme`, `figures`, `lead` (the lead authority's
//! member record), `signer` and `date` (the document's date, YYYY-MM-DD).
//! Then, by kind: `member` and `partner` (programme convention), `committee`
//! and `body` (delegation convention), `accounts` (statements and reports),
//! `participant`, `training` or `exchange`, `meeting`, `committee`,
//! `addressee` (letters), `report` (reports).

use chrono::NaiveDate;
use serde::Serialize;
use tera::Context;

use crate::accounts::accounts;
use crate::figures::Figures;
use crate::model::{Address, Civility, Member, Person, Programme};
use crate::plan::{Addressee, Job, Record};

/// Who signs a letter for the lead authority.
#[derive(Debug, Clone, Serialize)]
pub struct Signer {
    /// "Pour le Maire et par délégation," when a deputy signs, else empty.
    pub delegation: String,
    /// "Le Maire," or "L'Adjointe déléguée à …,".
    pub quality: String,
    /// "Prénom NOM".
    pub name: String,
}

/// A party to a convention, as the convention names it.
#[derive(Debug, Clone, Serialize)]
pub struct Party {
    /// "la commune de Bressuire", "la communauté de communes de Lezay".
    pub designation: String,
    /// Whether the designation is feminine (agreement of "représentée").
    pub feminine: bool,
    /// "son maire, M. Jean EXEMPLE".
    pub represented_by: String,
    /// "Pour la commune de Bressuire,".
    pub for_line: String,
    /// "Le Maire,".
    pub quality: String,
    /// "Jean EXEMPLE".
    pub name: String,
}

fn starts_with_vowel(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| "aeiouyhéèêàâîôûAEIOUYHÉÈÊÀÂÎÔÛ".contains(c))
}

/// "Le Maire", "La Présidente"… as a signature line.
pub fn signature_quality(p: &Person) -> String {
    let t = title(p);
    match t.split_once(' ') {
        Some((_, rest)) if rest.starts_with("le ") || rest.starts_with("la ") => capitalise(rest),
        _ => capitalise(p.quality.as_deref().unwrap_or("")),
    }
}

/// How a convention names a member authority.
pub fn party(m: &Member) -> Party {
    use crate::model::AuthorityKind::*;
    let (designation, feminine) = match m.kind {
        Commune => (
            format!(
                "la commune {}{}",
                if starts_with_vowel(&m.short_name) {
                    "d'"
                } else {
                    "de "
                },
                m.short_name
            ),
            true,
        ),
        CommunauteDeCommunes | ConseilRegional | ConseilGeneral => {
            (format!("la {}", m.short_name), true)
        }
        GroupementDeCommunes => (format!("le groupement des {}", m.short_name), false),
    };
    let s = &m.signatory;
    let q = s.quality.as_deref().unwrap_or("maire");
    let possessive = if q.starts_with("présidente") {
        "sa"
    } else {
        "son"
    };
    let function = q.split([',']).next().unwrap_or(q);
    Party {
        represented_by: format!(
            "{possessive} {function}, {} {}",
            match s.civility {
                Civility::Monsieur => "M.",
                Civility::Madame => "Mme",
            },
            full_name(s)
        ),
        for_line: format!("Pour {designation},"),
        quality: format!("{},", signature_quality(s)),
        name: full_name(s),
        designation,
        feminine,
    }
}

/// How to write to someone.
#[derive(Debug, Clone, Serialize)]
pub struct Letter {
    /// Lines of the addressee block, name and address.
    pub lines: Vec<String>,
    /// "Monsieur le Maire".
    pub salutation: String,
    /// The closing formula, whole.
    pub closing: String,
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

fn full_name(p: &Person) -> String {
    format!("{} {}", p.first_name, p.last_name)
}

fn civility_word(c: Civility) -> &'static str {
    match c {
        Civility::Monsieur => "Monsieur",
        Civility::Madame => "Madame",
    }
}

/// "Monsieur le Maire", "Madame la Présidente", "Monsieur le Chef de
/// canton": the title a person's quality gives.
pub fn title(p: &Person) -> String {
    let q = p.quality.clone().unwrap_or_default();
    let woman = p.civility == Civility::Madame;
    let civ = civility_word(p.civility);
    let head = q.split([' ', ',']).next().unwrap_or_default();
    let function = match head {
        "maire" => "Maire".to_string(),
        "président" | "présidente" => {
            if woman {
                "Présidente".into()
            } else {
                "Président".into()
            }
        }
        "chef" => "Chef de canton".into(),
        "préfet" => {
            if woman {
                "Préfète".into()
            } else {
                "Préfet".into()
            }
        }
        _ => return civ.to_string(),
    };
    let article = if woman { "la" } else { "le" };
    format!("{civ} {article} {function}")
}

fn address_lines(a: &Address) -> Vec<String> {
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

fn closing(salutation: &str, high: bool) -> String {
    let regard = if high {
        "ma très haute considération"
    } else {
        "ma considération distinguée"
    };
    format!("Je vous prie d'agréer, {salutation}, l'expression de {regard}.")
}

/// The lead authority's signer: its deputy "par délégation", or its mayor.
pub fn signer(p: &Programme, lead: &Member) -> Signer {
    match &p.lead.deputy {
        Some(d) => {
            let q = d.quality.as_deref().unwrap_or("adjoint délégué");
            let article = if starts_with_vowel(q) {
                "L'"
            } else if d.civility == Civility::Madame {
                "La "
            } else {
                "Le "
            };
            Signer {
                delegation: "Pour le Maire et par délégation,".into(),
                quality: format!("{article}{},", capitalise(q)),
                name: full_name(d),
            }
        }
        None => Signer {
            delegation: String::new(),
            quality: format!(
                "{},",
                capitalise(lead.signatory.quality.as_deref().unwrap_or("maire"))
            ),
            name: full_name(&lead.signatory),
        },
    }
}

fn letter_to_person(p: &Person, organisation: Option<&str>, address: &Address) -> Letter {
    let salutation = title(p);
    let mut lines = if salutation == civility_word(p.civility) {
        vec![format!("{salutation} {}", full_name(p))]
    } else {
        vec![salutation.clone(), full_name(p)]
    };
    if let Some(o) = organisation {
        lines.push(o.to_string());
    }
    lines.extend(address_lines(address));
    Letter {
        lines,
        closing: closing(&salutation, false),
        salutation,
    }
}

/// What every document of a programme receives, converted once: Tera
/// values share their maps and lists, so giving them to a thousand
/// documents costs nothing, where serialising the programme for each would
/// make a build quadratic in its size.
pub struct Shared {
    values: Vec<(&'static str, tera::Value)>,
    members: std::collections::HashMap<String, usize>,
}

impl Shared {
    /// Converts the parts of `p` every template gets.
    pub fn new(p: &Programme) -> Shared {
        let lead = p
            .members
            .iter()
            .find(|m| m.id == p.lead.member)
            .unwrap_or(&p.members[0]);
        let values = vec![
            ("programme", tera::Value::from_serializable(p)),
            ("figures", tera::Value::from_serializable(&Figures::of(p))),
            ("lead", tera::Value::from_serializable(lead)),
            ("signer", tera::Value::from_serializable(&signer(p, lead))),
            ("lead_party", tera::Value::from_serializable(&party(lead))),
        ];
        let members = p
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| (m.id.clone(), i))
            .collect();
        Shared { values, members }
    }
}

/// The context of `job` (converting the shared parts on the spot; use
/// [`context_with`] for many documents).
pub fn context(p: &Programme, job: &Job) -> Context {
    context_with(p, &Shared::new(p), job)
}

/// The context of `job`, with the shared parts converted beforehand.
pub fn context_with(p: &Programme, shared: &Shared, job: &Job) -> Context {
    let mut c = Context::new();
    for (key, value) in &shared.values {
        c.insert_value(*key, value.clone());
    }
    c.insert("job", &job.title);
    let date: NaiveDate = match &job.record {
        Record::ProgrammeConvention { member } => {
            let m = &p.members[*member];
            c.insert("member", m);
            c.insert("member_party", &party(m));
            c.insert("partner", &m.partner);
            p.issued.conventions
        }
        Record::DelegationConvention { committee } => {
            let k = &p.governance.committees[*committee];
            c.insert("committee", k);
            c.insert("body", &k.signing_body);
            if let Some(b) = &k.signing_body {
                c.insert(
                    "body_quality",
                    &format!("{},", signature_quality(&b.signatory)),
                );
                if let Some(line) = p.budget.lines.iter().find(|l| l.id == b.budget_line) {
                    #[derive(Serialize)]
                    struct Row {
                        year: i32,
                        amount: crate::model::Amount,
                    }
                    let rows: Vec<Row> = line
                        .forecast
                        .iter()
                        .map(|(y, a)| Row {
                            year: *y,
                            amount: *a,
                        })
                        .collect();
                    let ceiling: crate::model::Amount = line.forecast.values().sum();
                    c.insert("delegation_rows", &rows);
                    c.insert("delegation_ceiling", &ceiling);
                }
            }
            p.issued.conventions
        }
        Record::StateConvention => {
            c.insert(
                "prefect_quality",
                &format!("{},", signature_quality(&p.state.signatory)),
            );
            c.insert("annex", &crate::accounts::budget_annex(p));
            c.insert("tranche_amounts", &crate::accounts::tranche_amounts(p));
            p.issued.conventions
        }
        Record::Statement { year } => {
            c.insert("accounts", &accounts(p, *year));
            c.insert("year", year);
            let key = year.map_or("final".to_string(), |y| y.to_string());
            p.issued
                .statements
                .get(&key)
                .copied()
                .unwrap_or(p.programme.end)
        }
        Record::Report { year } => {
            c.insert("accounts", &accounts(p, *year));
            c.insert("year", year);
            c.insert("report", &crate::report::report(p, *year));
            let key = year.map_or("final".to_string(), |y| y.to_string());
            p.issued
                .reports
                .get(&key)
                .copied()
                .unwrap_or(p.programme.end)
        }
        Record::TrainingConvocation {
            training,
            participant,
        } => {
            let t = &p.actions.trainings[*training];
            let person = &p.participants[*participant];
            participant_context(&mut c, p, shared, person);
            c.insert("training", t);
            t.letter_date
        }
        Record::ExchangeInvitation {
            exchange,
            participant,
        } => {
            let e = &p.actions.exchange_days[*exchange];
            let person = &p.participants[*participant];
            participant_context(&mut c, p, shared, person);
            c.insert("exchange", e);
            e.letter_date
        }
        Record::CommitteeInvitation { meeting, addressee } => {
            let m = &p.governance.meetings[*meeting];
            c.insert("meeting", m);
            if let Some(k) = p.governance.committees.iter().find(|k| k.id == m.committee) {
                c.insert("committee", k);
                let invited: Vec<&str> = k
                    .invited
                    .iter()
                    .filter_map(|id| p.governance.institutions.iter().find(|x| &x.id == id))
                    .map(|x| x.name.as_str())
                    .collect();
                c.insert("invited_names", &invited);
            }
            let (letter, is_member) = match addressee {
                Addressee::Member(i) => {
                    let m = &p.members[*i];
                    c.insert("member", m);
                    (
                        letter_to_person(&m.signatory, Some(&m.name), &m.address),
                        true,
                    )
                }
                Addressee::Partner(i) => {
                    let m = &p.members[*i];
                    c.insert("member", m);
                    let org = format!("Délégation spéciale de {}", m.partner.short_name);
                    (
                        letter_to_person(&m.partner.signatory, Some(&org), &m.partner.address),
                        true,
                    )
                }
                Addressee::Institution(i) => {
                    let x = &p.governance.institutions[*i];
                    let mut lines = vec![x.addressee.clone(), x.name.clone()];
                    if let Some(d) = &x.department {
                        lines.push(d.clone());
                    }
                    lines.extend(address_lines(&x.address));
                    lines.dedup();
                    let high = x.salutation.contains("Ambassadeur");
                    (
                        Letter {
                            lines,
                            closing: closing(&x.salutation, high),
                            salutation: x.salutation.clone(),
                        },
                        false,
                    )
                }
            };
            c.insert("addressee", &letter);
            c.insert("addressee_is_member", &is_member);
            m.letter_date.unwrap_or(m.date)
        }
    };
    c.insert("date", &date);
    c
}

fn participant_context(
    c: &mut Context,
    p: &Programme,
    shared: &Shared,
    person: &crate::model::Participant,
) {
    c.insert("participant", person);
    let member = shared
        .members
        .get(&person.partnership)
        .map(|&i| &p.members[i]);
    if let Some(m) = member {
        c.insert("member", m);
        c.insert("partner", &m.partner);
        let salutation = civility_word(person.civility).to_string();
        let mut lines = vec![
            format!("{} {} {}", salutation, person.first_name, person.last_name),
            capitalise(&person.role),
        ];
        lines.push(format!("Délégation spéciale de {}", m.partner.short_name));
        lines.extend(address_lines(&m.partner.address));
        c.insert(
            "addressee",
            &Letter {
                lines,
                closing: closing(&salutation, false),
                salutation,
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(civility: Civility, quality: &str) -> Person {
        Person {
            civility,
            first_name: "A".into(),
            last_name: "B".into(),
            quality: Some(quality.into()),
            email: None,
            phone: None,
        }
    }

    #[test]
    fn parties_are_named_with_their_article() {
        let data = crate::load(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/programme.yaml"
        )));
        let p = data.programme.unwrap();
        let issy = p
            .members
            .iter()
            .find(|m| m.id == "issy-les-moulineaux")
            .unwrap();
        assert_eq!(party(issy).designation, "la commune d'Issy-les-Moulineaux");
        let b = party(&p.members[0]);
        assert_eq!(b.designation, "la commune de Bressuire");
        assert_eq!(b.represented_by, "son maire, M. Jean EXEMPLE");
        assert_eq!(b.quality, "Le Maire,");
        assert_eq!(
            signature_quality(&p.members[0].partner.signatory),
            "Le Président"
        );
    }

    #[test]
    fn titles_follow_the_quality() {
        assert_eq!(
            title(&person(Civility::Monsieur, "maire")),
            "Monsieur le Maire"
        );
        assert_eq!(title(&person(Civility::Madame, "maire")), "Madame la Maire");
        assert_eq!(
            title(&person(
                Civility::Madame,
                "présidente de la communauté de communes"
            )),
            "Madame la Présidente"
        );
        assert_eq!(
            title(&person(
                Civility::Monsieur,
                "président de la délégation spéciale"
            )),
            "Monsieur le Président"
        );
        assert_eq!(
            title(&person(Civility::Monsieur, "chef de canton")),
            "Monsieur le Chef de canton"
        );
        assert_eq!(title(&person(Civility::Monsieur, "trésorier")), "Monsieur");
    }
}
