//! What a template receives: the whole programme, its figures, and the
//! record the document is about, with the letter-writing details (who
//! writes, to whom, how to greet and to close) worked out once here.
//!
//! Every template gets `programme`, `figures`, `lead` (the lead authority's
//! member record), `lead_party` (how it is named, see
//! [`crate::parties::Party`]), `country` (the partner country's names),
//! `signer`, `logo` (whether the lead has one: the image `lead-logo`) and
//! `date` (the document's date, YYYY-MM-DD). Then, by kind: `member`,
//! `member_party`, `partner` and `partner_party` (programme convention),
//! `committee` and `body` (delegation convention), `accounts`
//! (statements and reports), `participant`, `training` or `exchange`,
//! `meeting`, `committee`, `addressee` (letters), `report` (reports).

use chrono::NaiveDate;
use serde::Serialize;
use tera::Context;

use crate::accounts::accounts;
use crate::figures::Figures;
use crate::items::{Addressee, Item};
use crate::model::{Address, Civility, Member, Person, Programme};
use crate::parties::{
    address_lines, country_names, full_name, head_title, partner_party, party, party_on,
    signature_quality, signer, title,
};
use crate::plan::Job;

/// The name of the image that stands for the lead's logo in templates:
/// `![Logo](lead-logo)` prints the file `lead.logo` names.
pub const LOGO: &str = "lead-logo";

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

fn civility_word(c: Civility) -> &'static str {
    match c {
        Civility::Monsieur => "Monsieur",
        Civility::Madame => "Madame",
    }
}

/// The closing formula for `salutation`, by the addressee's rank, as
/// French administrative correspondence writes it: an ambassador gets
/// « l'assurance de ma très haute considération », a prefect, a governor
/// or a minister « l'assurance de ma haute considération », anyone else
/// « l'expression de ma considération distinguée ».
fn closing(salutation: &str) -> String {
    let has = |words: &[&str]| {
        salutation
            .split(|c: char| !c.is_alphabetic())
            .any(|w| words.contains(&w))
    };
    let regard = if has(&["Ambassadeur", "Ambassadrice"]) {
        "l'assurance de ma très haute considération"
    } else if has(&["Préfet", "Préfète", "Gouverneur", "Gouverneure", "Ministre"]) {
        "l'assurance de ma haute considération"
    } else {
        "l'expression de ma considération distinguée"
    };
    format!("Je vous prie d'agréer, {salutation}, {regard}.")
}

fn letter(
    salutation: String,
    name_lines: Vec<String>,
    organisation: Option<&str>,
    address: &Address,
) -> Letter {
    let mut lines = name_lines;
    let mut street = address_lines(address);
    if let Some(o) = organisation {
        lines.push(o.to_string());
        // "Mairie des Pieux" already says "Mairie".
        let o = o.to_lowercase();
        street.retain(|l| !o.starts_with(&l.to_lowercase()));
    }
    lines.extend(street);
    lines.dedup();
    Letter {
        lines,
        closing: closing(&salutation),
        salutation,
    }
}

fn name_lines(salutation: &str, p: &Person) -> Vec<String> {
    if salutation == civility_word(p.civility) {
        vec![format!("{salutation} {}", full_name(p))]
    } else {
        vec![salutation.to_string(), full_name(p)]
    }
}

/// A letter to the head of member `m`.
fn letter_to_member(m: &Member) -> Letter {
    let salutation = head_title(m);
    let lines = name_lines(&salutation, &m.signatory);
    letter(salutation, lines, Some(&party(m).organisation), &m.address)
}

/// A letter to someone whose title the data writes (a partner's head).
fn letter_to_person(p: &Person, organisation: Option<&str>, address: &Address) -> Letter {
    let salutation = title(p);
    let lines = name_lines(&salutation, p);
    letter(salutation, lines, organisation, address)
}

/// Who signs for the State, as a convention names them.
#[derive(Debug, Clone, Serialize)]
pub struct StateSigner {
    /// "le préfet de la région …", from the data's quality.
    pub function: String,
    /// "M. Bernard PROTOTYPE".
    pub name: String,
}

fn state_signer(p: &Programme) -> StateSigner {
    let s = &p.state.signatory;
    let g = match s.civility {
        Civility::Monsieur => crate::fr::grammar::Gender::Masculine,
        Civility::Madame => crate::fr::grammar::Gender::Feminine,
    };
    StateSigner {
        function: crate::fr::grammar::with_article(s.quality.as_deref().unwrap_or("préfet"), g),
        name: format!(
            "{} {}",
            if g == crate::fr::grammar::Gender::Feminine {
                "Mme"
            } else {
                "M."
            },
            full_name(s)
        ),
    }
}

/// The date of member `m`'s convention.
pub fn convention_date(p: &Programme, m: &Member) -> NaiveDate {
    m.convention_date.unwrap_or(p.issued.conventions)
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
    /// A context holding only what every template gets (for a template
    /// that is not one of the plan's documents: a mail merge).
    pub fn context(&self) -> Context {
        let mut c = Context::new();
        for (key, value) in &self.values {
            c.insert_value(*key, value.clone());
        }
        c
    }

    /// Converts the parts of `p` every template gets.
    pub fn new(p: &Programme) -> Shared {
        let mut values = vec![
            ("programme", tera::Value::from_serializable(p)),
            ("figures", tera::Value::from_serializable(&Figures::of(p))),
            (
                "country",
                tera::Value::from_serializable(&country_names(&p.country)),
            ),
            ("logo", tera::Value::from(p.lead.logo.is_some())),
            (
                "state_signer",
                tera::Value::from_serializable(&state_signer(p)),
            ),
        ];
        let institutions: std::collections::BTreeMap<&str, String> = p
            .governance
            .institutions
            .iter()
            .map(|x| (x.id.as_str(), institution_in_text(x)))
            .collect();
        values.push((
            "institution_names",
            tera::Value::from_serializable(&institutions),
        ));
        values.push((
            "contributions",
            tera::Value::from_serializable(&Contributions::of(p)),
        ));
        // A programme that passed `check` has its lead among its members;
        // without one (only `render` of a bare template), the lead's
        // variables are left out and a template that uses them says so.
        if let Some(lead) = p.members.iter().find(|m| m.id == p.lead.member) {
            values.push(("lead", tera::Value::from_serializable(lead)));
            values.push(("signer", tera::Value::from_serializable(&signer(p, lead))));
            values.push((
                "lead_party",
                tera::Value::from_serializable(&party_on(lead, p.programme.start)),
            ));
        }
        let members = p
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| (m.id.clone(), i))
            .collect();
        Shared { values, members }
    }
}

/// An exchange day, and the committee that chose its theme when the data
/// names one (`theme_committee`).
fn exchange_context(c: &mut Context, p: &Programme, exchange: usize) {
    let e = &p.actions.exchange_days[exchange];
    c.insert("exchange", e);
    if let Some(k) = e
        .theme_by
        .as_deref()
        .and_then(|id| p.governance.committee(id))
    {
        c.insert("theme_committee", k);
    }
}

/// An institution as a sentence names it: its designation, else (and
/// `check` warns) its name as written.
fn institution_in_text(x: &crate::model::Institution) -> String {
    crate::parties::institution_designation(x).unwrap_or_else(|| x.name.trim().to_string())
}

/// Who pays what each year: the usual contribution, and the members that
/// pay another (a région more, the lead often nothing), so that a text
/// says « chaque collectivité … contribue pour 350 € par an, sauf … ».
#[derive(Debug, Clone, Serialize)]
pub struct Contributions {
    /// `programme.member_contribution`.
    pub usual: crate::model::Amount,
    /// How many members pay the usual contribution.
    pub usual_count: usize,
    /// The members that pay another, in the programme's order.
    pub others: Vec<OwnContribution>,
}

/// A member whose yearly contribution is its own.
#[derive(Debug, Clone, Serialize)]
pub struct OwnContribution {
    /// Its designation in running text: « la région Normandie ».
    pub designation: String,
    /// Whether the designation is feminine (« exemptée »).
    pub feminine: bool,
    /// Whether it is the lead authority.
    pub lead: bool,
    /// Its yearly contribution.
    pub amount: crate::model::Amount,
    /// Whether it pays nothing.
    pub exempt: bool,
}

impl Contributions {
    /// The contributions of `p`'s members.
    pub fn of(p: &Programme) -> Contributions {
        let usual = p.programme.member_contribution;
        let (others, ordinary): (Vec<&Member>, Vec<&Member>) = p
            .members
            .iter()
            .partition(|m| m.yearly_contribution(&p.programme) != usual);
        Contributions {
            usual,
            usual_count: ordinary.len(),
            others: others
                .into_iter()
                .map(|m| {
                    let named = party_on(m, p.programme.start);
                    OwnContribution {
                        designation: named.designation,
                        feminine: named.feminine,
                        lead: m.id == p.lead.member,
                        amount: m.yearly_contribution(&p.programme),
                        exempt: m.yearly_contribution(&p.programme).0.is_zero(),
                    }
                })
                .collect(),
        }
    }
}

/// The context of `job` (converting the shared parts on the spot; use
/// [`context_with`] for many documents).
pub fn context(p: &Programme, job: &Job) -> Context {
    context_with(p, &Shared::new(p), job)
}

/// The context of `job`, with the shared parts converted beforehand: what
/// every template gets, what the job's item gives, what its date knows,
/// and the date.
pub fn context_with(p: &Programme, shared: &Shared, job: &Job) -> Context {
    let mut c = shared.context();
    c.insert("job", &job.title);
    item_variables(p, shared, &job.item, &mut c);
    dated_variables(p, &job.item, job.date, &mut c);
    c.insert("date", &job.date);
    c
}

/// What every template gets, whatever its list.
const SHARED_VARIABLES: &[&str] = &[
    "programme",
    "figures",
    "country",
    "logo",
    "state_signer",
    "lead",
    "signer",
    "lead_party",
    "contributions",
    "institution_names",
    "job",
    "date",
];

/// What a document's date adds for a year or the whole programme.
const DATED_VARIABLES: &[&str] = &[
    "accounts",
    "state",
    "report",
    "comptable_quality",
    "own_funds_after_settlement",
];

/// What the template of `job` receives, as JSON: every variable it can
/// see, by name. An issued document's archive keeps it, so that what
/// changed since can be said value by value.
pub fn context_json(p: &Programme, shared: &Shared, job: &Job) -> serde_json::Value {
    // Every name a template can see, gathered once.
    static NAMES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut names: Vec<&'static str> = SHARED_VARIABLES.to_vec();
        names.extend(DATED_VARIABLES);
        for list in crate::items::List::all() {
            names.extend(
                list.variables()
                    .split(',')
                    .filter_map(|v| v.split_whitespace().next()),
            );
        }
        names.sort_unstable();
        names.dedup();
        names
    });
    let c = context_with(p, shared, job);
    let map: serde_json::Map<String, serde_json::Value> = names
        .iter()
        .filter_map(|&name| {
            let value = serde_json::to_value(c.get(name)?).ok()?;
            Some((name.to_string(), value))
        })
        .collect();
    serde_json::Value::Object(map)
}

/// What an item gives a template, whatever the family: its records and
/// what follows from them alone (how its parties are named, how to write
/// to its addressee). It is also what a family's `filter`, `name`,
/// `title` and `date` may use.
pub fn item_variables(p: &Programme, shared: &Shared, item: &Item, c: &mut Context) {
    match item {
        Item::Programme => {
            c.insert("year", &None::<i32>);
            // The members the convention binds: those of the programme
            // when it starts, even when the convention is signed a few
            // days before it (before the start, none is yet a member).
            let on = p.issued.conventions.max(p.programme.start);
            let others = p
                .members
                .iter()
                .filter(|m| m.id != p.lead.member && m.member_on(&p.programme, on))
                .count();
            c.insert("other_members", &others);
            let partnered = p
                .members
                .iter()
                .filter(|m| {
                    m.id != p.lead.member && m.member_on(&p.programme, on) && m.partner.is_some()
                })
                .count();
            c.insert("other_partnerships", &partnered);
            c.insert(
                "prefect_quality",
                &format!("{},", signature_quality(&p.state.signatory)),
            );
            c.insert("annex", &crate::accounts::budget_annex(p));
            c.insert("tranche_amounts", &crate::accounts::tranche_amounts(p));
        }
        Item::Year(year) => {
            c.insert("year", &Some(*year));
        }
        Item::Member(member) => {
            let m = &p.members[*member];
            c.insert("member", m);
            c.insert("member_party", &party_on(m, p.programme.start));
            c.insert("partner", &m.partner);
            c.insert("partner_party", &m.partner.as_ref().map(partner_party));
            let years: Vec<i32> = p
                .programme
                .years()
                .into_iter()
                .filter(|&y| m.member_in(&p.programme, y))
                .collect();
            let yearly = m.yearly_contribution(&p.programme);
            c.insert("member_contribution", &yearly);
            c.insert("member_exempt", &yearly.0.is_zero());
            c.insert(
                "member_contribution_total",
                &crate::model::Amount(yearly.0 * rust_decimal::Decimal::from(years.len())),
            );
            c.insert("member_years", &years);
            c.insert("member_joined", &m.first_day(&p.programme));
        }
        Item::Committee(committee) => {
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
                    // The convention binds from the year it is signed: a
                    // year before it, when the body did not exist or had
                    // signed nothing, is not part of its ceiling.
                    let signed =
                        chrono::Datelike::year(&b.convention_date.unwrap_or(p.issued.conventions));
                    let rows: Vec<Row> = line
                        .forecast
                        .iter()
                        .filter(|(y, _)| **y >= signed)
                        .map(|(y, a)| Row {
                            year: *y,
                            amount: *a,
                        })
                        .collect();
                    let ceiling: crate::model::Amount = rows.iter().map(|r| r.amount).sum();
                    c.insert("delegation_rows", &rows);
                    c.insert("delegation_ceiling", &ceiling);
                }
            }
        }
        Item::Meeting(meeting) => {
            let m = &p.governance.meetings[*meeting];
            c.insert("meeting", m);
            if let Some(k) = p.governance.committee(&m.committee) {
                c.insert("committee", k);
            }
        }
        Item::Training(training) => c.insert("training", &p.actions.trainings[*training]),
        Item::Exchange(exchange) => exchange_context(c, p, *exchange),
        Item::Participant(participant) => {
            participant_context(c, p, shared, &p.participants[*participant]);
        }
        Item::TrainingParticipant {
            training,
            participant,
        } => {
            participant_context(c, p, shared, &p.participants[*participant]);
            c.insert("training", &p.actions.trainings[*training]);
        }
        Item::ExchangeParticipant {
            exchange,
            participant,
        } => {
            participant_context(c, p, shared, &p.participants[*participant]);
            exchange_context(c, p, *exchange);
        }
        Item::MeetingAddressee { meeting, addressee } => {
            addressee_context(c, p, *meeting, addressee);
        }
        Item::ChangedAct(changed) => changed_act_context(c, changed),
    }
}

/// What an issued document whose data changed gives a template (an
/// amendment, a letter of postponement): `original` (its number, dates,
/// title, family and name), `amendment` (the number the next amendment
/// takes), `before` and `after` (what its template received when last
/// issued, and receives now), `changes` (each value changed, said), and
/// every variable its own template receives now.
fn changed_act_context(c: &mut Context, changed: &crate::model::register::ChangedAct) {
    let act = &changed.act;
    let (folder, name) = act
        .document
        .split_once('/')
        .unwrap_or(("", act.document.as_str()));
    c.insert(
        "original",
        &serde_json::json!({
            "document": act.document,
            "folder": folder,
            "name": name,
            "family": act.family,
            "title": act.title,
            "number": act.number,
            "date": act.dated,
            "issued": act.issued,
            "since_number": changed.since.0,
            "since_date": changed.since.1,
        }),
    );
    c.insert("amendment", &changed.amendment);
    // What the document's own template receives now, so that its
    // amendment names the same parties, and a letter about it writes to
    // the same addressee (`member_party`, `body`, `addressee`, `meeting`…).
    if let Some(now) = changed.after.as_object() {
        for (key, value) in now {
            if matches!(key.as_str(), "job" | "date") || c.contains_key(key) {
                continue;
            }
            if let Ok(v) = tera::Value::try_from_serializable(value) {
                c.insert_value(key.clone(), v);
            }
        }
    }
    for (key, value) in [("before", &changed.before), ("after", &changed.after)] {
        if let Ok(v) = tera::Value::try_from_serializable(&**value) {
            c.insert_value(key, v);
        }
    }
    c.insert("changes", &changed.changes);
}

/// What a document's date knows: for a year or the whole programme, the
/// ledger up to that date, the State's share as received so far, and the
/// report of what happened.
fn dated_variables(p: &Programme, item: &Item, date: NaiveDate, c: &mut Context) {
    let year = match item {
        Item::Year(y) => Some(*y),
        Item::Programme => None,
        _ => return,
    };
    let accounts = accounts(p, year, date);
    let state = crate::state_share::state_share(p, date, year.is_none())
        .asked_by(&crate::model::Issued::key(year));
    // The lead's own funds cover, at the final date, the State's balance
    // not received yet: once it is, they come down by as much.
    let own_funds_after_settlement = accounts
        .own_funds
        .filter(|_| state.is_final && state.to_receive)
        .map(|own| {
            crate::model::Amount((own.0 - state.balance.0).max(rust_decimal::Decimal::ZERO))
        });
    c.insert("accounts", &accounts);
    c.insert("state", &state);
    c.insert("own_funds_after_settlement", &own_funds_after_settlement);
    if let Some(comptable) = &p.lead.comptable {
        c.insert(
            "comptable_quality",
            &format!(
                "{},",
                crate::fr::grammar::ucfirst(
                    comptable.quality.as_deref().unwrap_or("comptable public")
                )
            ),
        );
    }
    c.insert("report", &crate::report::report(p, year, date));
}

/// Who is written to about a committee meeting, and how.
fn addressee_context(c: &mut Context, p: &Programme, meeting: usize, addressee: &Addressee) {
    let m = &p.governance.meetings[meeting];
    c.insert("meeting", m);
    if let Some(k) = p.governance.committee(&m.committee) {
        c.insert("committee", k);
        // The other institutions invited: never the addressee itself.
        let myself = match addressee {
            Addressee::Institution(i) => Some(p.governance.institutions[*i].id.as_str()),
            _ => None,
        };
        let invited: Vec<String> = k
            .invited
            .iter()
            .filter(|id| Some(id.as_str()) != myself)
            .filter_map(|id| p.governance.institutions.iter().find(|x| &x.id == id))
            .map(institution_in_text)
            .collect();
        c.insert("invited_names", &invited);
    }
    let (letter, is_member, recipient) = match addressee {
        Addressee::Member(i) => {
            let m = &p.members[*i];
            c.insert("member", m);
            c.insert("member_party", &party_on(m, p.programme.start));
            (
                letter_to_member(m),
                true,
                Recipient {
                    kind: "member",
                    id: m.id.clone(),
                    name: crate::fr::grammar::bare(&party_on(m, p.programme.start).designation),
                },
            )
        }
        Addressee::Partner(i) => {
            let m = &p.members[*i];
            c.insert("member", m);
            c.insert("member_party", &party_on(m, p.programme.start));
            let recipient = Recipient {
                kind: "partner",
                id: format!("{}-partenaire", m.id),
                name: m.partner.as_ref().map_or_else(
                    || crate::fr::grammar::bare(&party_on(m, p.programme.start).designation),
                    |x| crate::fr::grammar::bare(&partner_party(x).designation),
                ),
            };
            match &m.partner {
                Some(partner) => {
                    let named = partner_party(partner);
                    c.insert("partner_party", &named);
                    (
                        letter_to_person(
                            &partner.signatory,
                            Some(&named.organisation),
                            &partner.address,
                        ),
                        true,
                        recipient,
                    )
                }
                // The lists never hold a partner that is not chosen.
                None => (letter_to_member(m), true, recipient),
            }
        }
        Addressee::Institution(i) => {
            let x = &p.governance.institutions[*i];
            let mut lines = vec![x.addressee.clone(), x.name.clone()];
            if let Some(d) = &x.department {
                lines.push(d.clone());
            }
            lines.extend(address_lines(&x.address));
            lines.dedup();
            (
                Letter {
                    lines,
                    closing: closing(&x.salutation),
                    salutation: x.salutation.clone(),
                },
                false,
                Recipient {
                    kind: "institution",
                    id: x.id.clone(),
                    name: x.name.trim().to_string(),
                },
            )
        }
    };
    // A meeting held at the institution written to: the letter says « dans
    // vos locaux », not the host's own name to the host itself.
    let at_addressee = match addressee {
        Addressee::Institution(i) => same_name(&p.governance.institutions[*i].name, &m.place.name),
        _ => false,
    };
    c.insert("meeting_at_addressee", &at_addressee);
    c.insert("addressee", &letter);
    c.insert("addressee_is_member", &is_member);
    c.insert("recipient", &recipient);
}

/// Whether two names are the same place or body, whatever their article,
/// case and spacing: « la Maison des associations » and « Maison des
/// Associations ».
fn same_name(a: &str, b: &str) -> bool {
    let key = |s: &str| {
        crate::fr::grammar::bare(s)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    key(a) == key(b)
}

/// Who a meeting's letter goes to, for a declaration's `name` and
/// `filter`: `kind` is `member`, `partner` or `institution`; `id` is the
/// member's id, the member's id followed by `-partenaire`, or the
/// institution's id.
#[derive(Debug, Clone, Serialize)]
pub struct Recipient {
    /// `member`, `partner` or `institution`.
    pub kind: &'static str,
    /// Its id, unique among a meeting's addressees.
    pub id: String,
    /// Its name as a title says it: « Commune de Ruffec », « Ambassade
    /// du Sénégal en France ».
    pub name: String,
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
    if let Some(m) = member
        && let Some(partner) = &m.partner
    {
        c.insert("member", m);
        c.insert("member_party", &party_on(m, p.programme.start));
        c.insert("partner", partner);
        let named = partner_party(partner);
        c.insert("partner_party", &named);
        c.insert(
            "participant_gender",
            match person.civility {
                Civility::Monsieur => "masculine",
                Civility::Madame => "feminine",
            },
        );
        let salutation = civility_word(person.civility).to_string();
        let lines = vec![
            format!("{} {} {}", salutation, person.first_name, person.last_name),
            crate::fr::grammar::ucfirst(&person.role),
        ];
        c.insert(
            "addressee",
            &letter(
                salutation,
                lines,
                Some(&named.organisation),
                &partner.address,
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closing_follows_the_addressee_s_rank() {
        assert!(
            closing("Madame l'Ambassadrice")
                .ends_with("l'assurance de ma très haute considération.")
        );
        assert!(closing("Monsieur le Préfet").ends_with("l'assurance de ma haute considération."));
        assert!(
            closing("Monsieur le Gouverneur").ends_with("l'assurance de ma haute considération.")
        );
        assert!(
            closing("Monsieur le Maire").ends_with("l'expression de ma considération distinguée.")
        );
        assert!(closing("Madame la Présidente").ends_with("considération distinguée."));
    }

    #[test]
    fn the_lead_has_its_letterhead_and_signer() {
        let data = crate::load(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/programme.yaml"
        )));
        let p = data.programme.expect("the shipped programme loads");
        let lead = p
            .members
            .iter()
            .find(|m| m.id == p.lead.member)
            .expect("the lead is a member");
        let s = signer(&p, lead);
        assert!(s.delegation.ends_with("et par délégation,"));
        assert!(party(lead).letterhead.starts_with("Mairie "));
        assert_eq!(letter_to_member(lead).lines[0], head_title(lead));
    }

    /// What an issued document's archive keeps is every variable its
    /// template can read: each name this file inserts is among those
    /// [`context_json`] collects.
    #[test]
    fn the_archived_context_holds_every_variable() {
        let source = include_str!("context.rs");
        let p = crate::test_support::shipped();
        let shared = Shared::new(&p);
        let jobs = crate::plan::plan_shared(&p, &shared);
        let mut seen = std::collections::BTreeSet::new();
        for job in &jobs {
            if let serde_json::Value::Object(map) = context_json(&p, &shared, job) {
                seen.extend(map.keys().cloned());
            }
        }
        for quoted in source.split("c.insert(\"").skip(1) {
            let name = quoted.split('"').next().unwrap_or_default();
            let changed_only = ["original", "amendment", "changes"].contains(&name);
            assert!(
                changed_only || seen.contains(name),
                "`{name}` is given to templates but not archived"
            );
        }
    }

    /// A convention signed a few days before the programme starts binds
    /// the members of its start, not « aucun autre membre » (issue 26).
    #[test]
    fn a_convention_signed_before_the_start_counts_the_members_it_binds() {
        let mut p = crate::test_support::shipped();
        p.issued.conventions = p.programme.start - chrono::Duration::days(5);
        let shared = Shared::new(&p);
        let jobs = crate::plan::plan_shared(&p, &shared);
        let state = jobs
            .iter()
            .find(|j| j.family == "convention-etat")
            .expect("the State convention");
        let context = context_json(&p, &shared, state);
        assert_eq!(context["other_members"], p.members.len() - 1);
    }
}
