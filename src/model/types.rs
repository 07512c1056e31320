//! The programme, as typed data.
//!
//! Field names are the keys of `programme.yaml`. Keys that no struct knows
//! are collected by the loader and reported as errors, all at once, each
//! with a suggestion (see `super::keys`). Amounts are [`Amount`]s, rates
//! [`Percent`]s, dates [`NaiveDate`]s.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::amount::{Amount, Parity, Percent};

/// A whole programme: the YAML file plus the CSV lists it names.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Programme {
    /// Title, period, reference.
    pub programme: ProgrammeInfo,
    /// The CSV files this programme refers to, relative to the YAML file.
    pub files: DataFiles,
    /// The partner country: its name, adjective and currency.
    pub country: Country,
    /// The lead authority ("collectivité chef de file").
    pub lead: LeadAuthority,
    /// The State, cofunder of the programme.
    pub state: State,
    /// The French member authorities and their Senegalese partners.
    pub members: Vec<Member>,
    /// The forecast budget.
    pub budget: Budget,
    /// Missions, trainings, exchange days.
    pub actions: Actions,
    /// Steering committees, invited institutions, meetings.
    pub governance: Governance,
    /// Steps of the programme's life, told in reports.
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    /// When the conventions, statements and reports are signed.
    pub issued: Issued,
    /// The families of documents to make (here, or in the file
    /// `files.documents` names); absent: the shipped ones
    /// (`templates/documents.yaml`).
    #[serde(default)]
    pub documents: Option<Vec<super::documents::Family>>,
    /// The ledger of actual expenses and receipts (from `files.ledger`).
    #[serde(skip_deserializing)]
    pub ledger: Vec<LedgerEntry>,
    /// The participants of trainings and exchange days (from
    /// `files.participants`).
    #[serde(skip_deserializing)]
    pub participants: Vec<Participant>,
    /// The register of issued documents (from `files.register`, or
    /// `registre.yaml` beside the programme): what templates never see.
    #[serde(skip)]
    pub register: super::register::Register,
    /// The issued documents whose data changed since their issue, found
    /// by comparing what their templates receive now with what they
    /// received (see `acts::review`): the items of the list
    /// `changed_acts`.
    #[serde(skip)]
    pub changed_acts: Vec<std::sync::Arc<super::register::ChangedAct>>,
}

/// Title, period and reference of the programme.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProgrammeInfo {
    /// Full title, as on the conventions.
    pub title: String,
    /// Short title for headers and subjects.
    pub short_title: String,
    /// The programme's reference (file number).
    pub reference: String,
    /// First day of the programme.
    pub start: NaiveDate,
    /// Last day of the programme.
    pub end: NaiveDate,
    /// Where the conventions are signed ("Fait à …").
    pub signing_place: String,
    /// Yearly contribution of each member authority, in euros, unless a
    /// member states its own (`members[].contribution`).
    pub member_contribution: Amount,
    /// The court competent for disputes ("tribunal administratif de …").
    pub court: String,
    /// The history the conventions' preamble tells before the programme,
    /// if any: plain sentences.
    #[serde(default)]
    pub preamble: Option<String>,
    /// Gap between forecast and actual, in percent, above which a report
    /// must justify it.
    pub gap_threshold: Percent,
}

impl ProgrammeInfo {
    /// The calendar years the programme covers, in order.
    pub fn years(&self) -> Vec<i32> {
        (self.start.year()..=self.end.year()).collect()
    }

    /// The first and last day of a budget year, within the programme.
    pub fn year_bounds(&self, year: i32) -> (NaiveDate, NaiveDate) {
        let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(self.start);
        let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(self.end);
        (first.max(self.start), last.min(self.end))
    }

    /// Whether `date` lies within the programme's period.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }
}

/// The dates documents are signed: conventions, and the statement and
/// report of each year (`"2007"`) and of the whole programme (`"final"`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Issued {
    /// "Fait à …, le …" of the conventions.
    pub conventions: NaiveDate,
    /// Each year's financial statement, and the triennial one (`final`).
    pub statements: BTreeMap<String, NaiveDate>,
    /// Each year's interim report, and the final one (`final`).
    pub reports: BTreeMap<String, NaiveDate>,
    /// The date of the amendments (avenants) being prepared: absent, an
    /// amendment is dated like the act it amends was issued, and `check`
    /// asks for this date.
    #[serde(default)]
    pub amendments: Option<NaiveDate>,
}

impl Issued {
    /// The key of the statement or report of `year`, or of the whole
    /// programme (`final`) for none.
    pub fn key(year: Option<i32>) -> String {
        year.map_or_else(|| "final".to_string(), |y| y.to_string())
    }

    /// The date of the statement of `year` (none: the final one).
    pub fn statement(&self, year: Option<i32>) -> Option<NaiveDate> {
        self.statements.get(&Issued::key(year)).copied()
    }

    /// The date of the report of `year` (none: the final one).
    pub fn report(&self, year: Option<i32>) -> Option<NaiveDate> {
        self.reports.get(&Issued::key(year)).copied()
    }
}

/// The CSV lists named by the programme file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DataFiles {
    /// Ledger of actual expenses and receipts.
    pub ledger: PathBuf,
    /// Participants of trainings and exchange days.
    pub participants: PathBuf,
    /// A file of family declarations (`documents:` and the list), instead
    /// of a `documents:` section in the programme file.
    #[serde(default)]
    pub documents: Option<PathBuf>,
    /// The register of issued documents (absent: `registre.yaml` beside
    /// the programme); the issued files are kept in `archive/` beside it.
    #[serde(default)]
    pub register: Option<PathBuf>,
}

/// The partner country, as documents name it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Country {
    /// Its bare name: "Sénégal", "Cap-Vert", "Madagascar".
    pub name: String,
    /// The article it takes in running text: `le`, `la`, `les`, `l'` or
    /// `none` ("le Sénégal", "la Tunisie", "Madagascar").
    pub article: String,
    /// `masculine` or `feminine`.
    pub gender: GenderWord,
    /// The adjective of nationality, masculine singular: "sénégalais".
    pub adjective: String,
    /// Its feminine, when the usual rule would get it wrong.
    #[serde(default)]
    pub adjective_feminine: Option<String>,
    /// Its masculine plural, when the usual rule would get it wrong.
    #[serde(default)]
    pub adjective_plural: Option<String>,
    /// Its feminine plural, when the usual rule would get it wrong.
    #[serde(default)]
    pub adjective_feminine_plural: Option<String>,
    /// The partners' currency and its fixed parity with the euro, if any.
    #[serde(default)]
    pub currency: Option<Currency>,
}

/// The partners' currency: with a fixed parity to the euro (the franc
/// CFA, the escudo), or floating (the ariary, the real), with or without
/// a rate of a given day to show counter-values as indicative.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Currency {
    /// Its name, lower case: "dirham", "escudo cap-verdien".
    pub name: String,
    /// Its symbol, written after amounts: "XOF", "CVE".
    pub symbol: String,
    /// How many units make one euro (655.957): its fixed parity, or, with
    /// `rate_date`, a floating currency's rate on that day; absent for a
    /// floating currency whose counter-values the documents do not give.
    #[serde(default)]
    pub per_euro: Option<Parity>,
    /// For a floating currency, the day of the rate `per_euro` gives (the
    /// documents then say its counter-values are indicative).
    #[serde(default)]
    pub rate_date: Option<NaiveDate>,
}

/// A grammatical gender, as the data writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GenderWord {
    /// Masculine.
    #[serde(alias = "masculin")]
    Masculine,
    /// Feminine.
    #[serde(alias = "féminin")]
    Feminine,
}

/// Madame or Monsieur.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Civility {
    /// Monsieur.
    #[serde(rename = "M.")]
    Monsieur,
    /// Madame.
    #[serde(rename = "Mme")]
    Madame,
}

/// A person who signs, receives a letter or follows a file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Person {
    /// `M.` or `Mme`.
    pub civility: Civility,
    /// First name.
    pub first_name: String,
    /// Family name (written in capitals on signatures by the templates).
    pub last_name: String,
    /// Quality, lower case as in running text: "maire", "adjoint délégué à
    /// la coopération", "président de la délégation spéciale".
    #[serde(default)]
    pub quality: Option<String>,
    /// How a letter addresses them, when their quality does not say it:
    /// « Monsieur le Chef de village », « Madame la Consule générale »
    /// (absent: made from the quality's function, else « Monsieur »).
    #[serde(default)]
    pub title: Option<String>,
    /// E-mail address.
    #[serde(default)]
    pub email: Option<String>,
    /// Telephone number.
    #[serde(default)]
    pub phone: Option<String>,
}

/// A postal address.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Address {
    /// Street lines, in order.
    pub lines: Vec<String>,
    /// Postal code (none in Sénégal).
    #[serde(default)]
    pub postal_code: Option<String>,
    /// Town.
    pub city: String,
    /// Country; absent means France.
    #[serde(default)]
    pub country: Option<String>,
}

/// The lead authority: a member that also runs the programme.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LeadAuthority {
    /// The id of the member that is the lead authority.
    pub member: String,
    /// A deputy who signs "par délégation", if the mayor does not sign.
    #[serde(default)]
    pub deputy: Option<Person>,
    /// The person who follows the programme ("Affaire suivie par").
    pub contact: Person,
    /// Where the State pays its share.
    pub bank: BankAccount,
    /// The lead's public accountant, who countersigns its statements
    /// ("trésorier de …").
    #[serde(default)]
    pub comptable: Option<Person>,
    /// The lead's logo, a PNG or JPEG file beside the programme file,
    /// printed at the top of its letters (none: no logo).
    #[serde(default)]
    pub logo: Option<PathBuf>,
    /// The logo's bytes, read by the loader (never in templates).
    #[serde(skip)]
    pub logo_image: Option<Vec<u8>>,
    /// The first line of its letterhead, when the usual one ("Mairie de
    /// …" for a commune, its designation otherwise) is not right.
    #[serde(default)]
    pub letterhead: Option<String>,
}

/// Bank details of the lead authority (kept by the Trésor public).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BankAccount {
    /// Account holder.
    pub holder: String,
    /// Bank or treasury office.
    pub bank: String,
    /// IBAN.
    pub iban: String,
    /// BIC.
    pub bic: String,
}

/// The State as cofunder.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct State {
    /// "ministère des Affaires étrangères".
    pub ministry: String,
    /// The ministry's service for decentralised cooperation.
    pub delegation: String,
    /// The ministry's delegation address.
    pub delegation_address: Address,
    /// The authority that manages the credit ("préfecture de la région
    /// Limousin").
    pub managed_by: String,
    /// Its service (SGAR).
    pub service: String,
    /// Its address.
    pub address: Address,
    /// Who signs for the State.
    pub signatory: Person,
    /// Credit granted for the whole programme.
    pub credit: Amount,
    /// Cofinancing rate, in percent of the eligible budget.
    pub rate: Percent,
    /// Payment tranches of the State share.
    pub tranches: Vec<Tranche>,
    /// The decision the convention implements ("décision n° … du …").
    #[serde(default)]
    pub decision: Option<String>,
    /// The budget imputation of the credit ("programme 209, action 2…").
    #[serde(default)]
    pub imputation: Option<String>,
    /// The State's ordonnateur ("le préfet de la région …").
    #[serde(default)]
    pub ordonnateur: Option<String>,
    /// The comptable assignataire ("le directeur régional des finances
    /// publiques …").
    #[serde(default)]
    pub comptable: Option<String>,
}

/// One payment of the State share.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Tranche {
    /// Label ("Avance", "Solde").
    pub label: String,
    /// Share of the State contribution, in percent.
    pub share: Percent,
    /// When it is paid.
    pub condition: String,
    /// The report whose production asks for it, by its key in
    /// `issued.reports` (`"2007"`, `final`): that report says it is a
    /// request for payment, with the amount.
    #[serde(default)]
    pub report: Option<String>,
}

/// What kind of French local authority a member is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthorityKind {
    /// Commune.
    Commune,
    /// Commune nouvelle.
    CommuneNouvelle,
    /// Communauté de communes.
    CommunauteDeCommunes,
    /// Communauté d'agglomération.
    #[serde(
        rename = "communaute_d_agglomeration",
        alias = "communaute_agglomeration"
    )]
    CommunauteDAgglomeration,
    /// Communauté urbaine.
    CommunauteUrbaine,
    /// Métropole.
    Metropole,
    /// Syndicat (de communes, mixte).
    Syndicat,
    /// Département (conseil départemental; `conseil_general` before 2015).
    #[serde(alias = "conseil_general", alias = "conseil_departemental")]
    Departement,
    /// Région (conseil régional).
    #[serde(alias = "conseil_regional")]
    Region,
    /// Collectivité à statut particulier (Corse, Martinique, Ville de Paris…).
    CollectiviteAStatutParticulier,
    /// Authorities grouped without legal personality (an entente, a
    /// canton): a carrier member signs for them.
    #[serde(alias = "groupement_de_communes")]
    Groupement,
}

/// How a kind word joins an authority's name: "la commune *de* Ruffec",
/// or side by side, "la région Normandie".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Link {
    /// "de" (contracted: "du", "des", "d'").
    De,
    /// Side by side.
    Apposition,
}

/// A French member authority and its partnership.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Member {
    /// Short identifier used everywhere else (`ruffec`).
    pub id: String,
    /// Kind of authority.
    pub kind: AuthorityKind,
    /// Name as written in the programme ("Commune de RUFFEC").
    pub name: String,
    /// The bare name for running text ("Ruffec", "Le Havre", "Vienne").
    pub short_name: String,
    /// The article of the bare name in running text ("le" Calvados, "la"
    /// Vienne); towns write theirs inside the name ("Le Havre").
    #[serde(default)]
    pub article: Option<String>,
    /// How the kind word joins the name (`de` or `apposition`); by kind
    /// when absent.
    #[serde(default)]
    pub link: Option<Link>,
    /// The whole designation with its article, when the rules cannot make
    /// it ("la Ville de Paris").
    #[serde(default)]
    pub designation: Option<String>,
    /// For a groupement without legal personality: the authority that
    /// signs for it (its `signatory` and `deliberation` are the carrier's).
    #[serde(default)]
    pub carrier: Option<Carrier>,
    /// For a groupement: the deliberations by which its other
    /// authorities mandate the carrier to sign for them (its convention
    /// cites each).
    #[serde(default)]
    pub mandates: Vec<Mandate>,
    /// When it joined the programme (absent: from the start).
    #[serde(default)]
    pub joined: Option<NaiveDate>,
    /// When it left the programme, if it did.
    #[serde(default)]
    pub left: Option<NaiveDate>,
    /// The date of its convention (absent: `issued.conventions`).
    #[serde(default)]
    pub convention_date: Option<NaiveDate>,
    /// Département number ("79", "2A").
    pub departement: String,
    /// INSEE code, for communes.
    #[serde(default)]
    pub insee: Option<String>,
    /// SIREN number.
    #[serde(default)]
    pub siren: Option<String>,
    /// Postal address.
    pub address: Address,
    /// Who signs for it (the mayor or president).
    pub signatory: Person,
    /// The deliberation that authorises the signature.
    pub deliberation: Deliberation,
    /// The person who follows the programme in this authority.
    pub referent: Person,
    /// Its partner authority abroad, once chosen.
    #[serde(default)]
    pub partner: Option<Partner>,
    /// It takes part without a partner of its own, by design (a syndicat
    /// that brings its expertise to every partnership): the documents do
    /// not announce a partner to come, and `check` asks for none.
    #[serde(default)]
    pub without_partner: bool,
    /// Its yearly contribution, when it is not
    /// `programme.member_contribution` (a région paying more; `0` for a
    /// member exempt, often the lead).
    #[serde(default)]
    pub contribution: Option<Amount>,
    /// What the partnership did, year by year (missions, trainings
    /// attended, results), as the reports to the ministry tell it.
    #[serde(default)]
    pub activities: BTreeMap<i32, String>,
}

/// The authority that signs for a groupement without legal personality.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Carrier {
    /// Its kind (not `groupement`).
    pub kind: AuthorityKind,
    /// Its bare name ("Saint-Loup-Lamairé").
    pub short_name: String,
    /// The article of its name in running text, if any.
    #[serde(default)]
    pub article: Option<String>,
    /// How the kind word joins the name.
    #[serde(default)]
    pub link: Option<Link>,
    /// Its whole designation, when the rules cannot make it.
    #[serde(default)]
    pub designation: Option<String>,
}

/// One authority of a groupement, and the deliberation by which it gives
/// the carrier its mandate.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Mandate {
    /// Its kind.
    pub kind: AuthorityKind,
    /// Its bare name ("Clavé").
    pub short_name: String,
    /// The article of its name in running text, if any.
    #[serde(default)]
    pub article: Option<String>,
    /// How the kind word joins the name.
    #[serde(default)]
    pub link: Option<Link>,
    /// Its whole designation, when the rules cannot make it.
    #[serde(default)]
    pub designation: Option<String>,
    /// The deliberation that gives the mandate.
    pub deliberation: Deliberation,
}

impl Mandate {
    /// The authority that gives the mandate, named as a carrier is.
    pub fn authority(&self) -> Carrier {
        Carrier {
            kind: self.kind,
            short_name: self.short_name.clone(),
            article: self.article.clone(),
            link: self.link,
            designation: self.designation.clone(),
        }
    }
}

impl Member {
    /// Its first day in the programme (its joining date, else the start).
    pub fn first_day(&self, programme: &ProgrammeInfo) -> NaiveDate {
        self.joined.unwrap_or(programme.start).max(programme.start)
    }

    /// Its last day in the programme (its leaving date, else the end).
    pub fn last_day(&self, programme: &ProgrammeInfo) -> NaiveDate {
        self.left.unwrap_or(programme.end).min(programme.end)
    }

    /// Whether it is a member on `date`.
    pub fn member_on(&self, programme: &ProgrammeInfo, date: NaiveDate) -> bool {
        self.first_day(programme) <= date && date <= self.last_day(programme)
    }

    /// What it contributes each budget year it is a member: its own
    /// `contribution`, else the programme's usual one.
    pub fn yearly_contribution(&self, programme: &ProgrammeInfo) -> Amount {
        self.contribution.unwrap_or(programme.member_contribution)
    }

    /// Whether it is a member on some day of budget year `year`.
    pub fn member_in(&self, programme: &ProgrammeInfo, year: i32) -> bool {
        let (first, last) = programme.year_bounds(year);
        self.first_day(programme) <= last && first <= self.last_day(programme)
    }
}

/// A deliberation of an assembly.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Deliberation {
    /// The assembly, when it is not the usual one of the authority's kind
    /// ("commission permanente"); with or without its article.
    #[serde(default)]
    pub body: Option<String>,
    /// The date of the vote.
    pub date: NaiveDate,
}

/// What kind of authority a partner abroad is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartnerKind {
    /// Commune.
    Commune,
    /// Municipalité.
    Municipalite,
    /// Préfecture.
    Prefecture,
    /// Région.
    Region,
    /// Province.
    Province,
    /// Département.
    Departement,
    /// District.
    District,
    /// Canton.
    Canton,
    /// Cercle.
    Cercle,
    /// Anything else: the partner's `designation` names it.
    Other,
}

/// The partner authority abroad of a member.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Partner {
    /// Name as written in the programme ("KPALIME").
    pub name: String,
    /// Name for running text, with its accents ("Thiès").
    pub short_name: String,
    /// Kind of authority.
    pub kind: PartnerKind,
    /// The article of the bare name in running text, if it takes one.
    #[serde(default)]
    pub article: Option<String>,
    /// How the kind word joins the name; `de` when absent.
    #[serde(default)]
    pub link: Option<Link>,
    /// The whole designation with its article, when the rules cannot make
    /// it (required for kind `other`).
    #[serde(default)]
    pub designation: Option<String>,
    /// The line under the addressee's name on letters ("Délégation
    /// spéciale de Thiès"); absent: its designation.
    #[serde(default)]
    pub organisation: Option<String>,
    /// Postal address.
    pub address: Address,
    /// Who signs for it.
    pub signatory: Person,
}

/// The forecast budget.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Budget {
    /// Declared triennial total of expenses.
    pub total: Amount,
    /// Expenses, by action line.
    pub lines: Vec<BudgetLine>,
    /// Resources, by funder.
    pub resources: Vec<Resource>,
}

impl Budget {
    /// The ids of the resources that come from `source`.
    pub fn resource_ids(&self, source: ResourceSource) -> Vec<&str> {
        self.resources
            .iter()
            .filter(|r| r.source == source)
            .map(|r| r.id.as_str())
            .collect()
    }
}

/// An action line of the budget.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BudgetLine {
    /// Identifier (`formation`).
    pub id: String,
    /// Label in the statements.
    pub label: String,
    /// Whether the State cofinances it.
    pub eligible: bool,
    /// Forecast amount per year.
    pub forecast: BTreeMap<i32, Amount>,
    /// Why the actual spending of a year differs from the forecast (for
    /// the reports' table of gaps).
    #[serde(default)]
    pub justifications: BTreeMap<i32, String>,
    /// Why the actual spending of the whole programme differs from its
    /// forecast (for the final report).
    #[serde(default)]
    pub programme_justification: Option<String>,
}

/// Who a resource comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResourceSource {
    /// The State's cofinancing.
    State,
    /// The yearly contributions of the member authorities.
    Members,
    /// The lead authority's own funds.
    Lead,
    /// Senegalese partners, contributions in kind.
    Partners,
    /// Anything else.
    Other,
}

/// A resource of the budget.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Resource {
    /// Identifier (`etat`).
    pub id: String,
    /// Label in the statements.
    pub label: String,
    /// Who it comes from.
    pub source: ResourceSource,
    /// Forecast amount per year.
    pub forecast: BTreeMap<i32, Amount>,
}

/// The programme's actions.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Actions {
    /// Support missions of the consultant.
    pub missions: Vec<Mission>,
    /// Trainings.
    pub trainings: Vec<Training>,
    /// Exchange days between partnerships.
    pub exchange_days: Vec<ExchangeDay>,
}

/// A place where something happens.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Place {
    /// Name of the venue.
    pub name: String,
    /// Town.
    pub city: String,
    /// Country; absent means France.
    #[serde(default)]
    pub country: Option<String>,
}

/// Days of support planned and done for one partnership.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct MissionDays {
    /// Days planned.
    pub planned: u32,
    /// Days done (absent while the mission has not happened).
    #[serde(default)]
    pub done: Option<u32>,
}

/// A support mission of the consultant to the partnerships.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Mission {
    /// Identifier.
    pub id: String,
    /// Title.
    pub title: String,
    /// Budget line it is paid from.
    pub line: String,
    /// Who carries it out.
    pub consultant: String,
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
    /// Minimum days per partnership (at least 2 in this programme).
    pub min_days_per_partnership: u32,
    /// Days per partnership, keyed by member id.
    pub days: BTreeMap<String, MissionDays>,
}

/// One day of a training's programme.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ScheduleDay {
    /// The date.
    pub date: NaiveDate,
    /// Morning session.
    pub morning: String,
    /// Afternoon session.
    pub afternoon: String,
}

/// A training session.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Training {
    /// Identifier.
    pub id: String,
    /// Title.
    pub title: String,
    /// Budget line it is paid from.
    pub line: String,
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
    /// Length in days (4 in this programme).
    pub days: u32,
    /// Venue.
    pub place: Place,
    /// Participants each partnership sends (2 in this programme).
    pub participants_per_partnership: u32,
    /// Costs the budget covers.
    pub costs_covered: Vec<String>,
    /// Day-by-day programme.
    pub schedule: Vec<ScheduleDay>,
    /// Date by which to reply.
    pub reply_by: NaiveDate,
    /// Date of the convocation letters.
    pub letter_date: NaiveDate,
}

/// A day of exchange between the partnerships.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExchangeDay {
    /// Identifier.
    pub id: String,
    /// Title.
    pub title: String,
    /// Theme.
    pub theme: String,
    /// The committee that chose the theme, if one did (its id): the
    /// invitation says so only then.
    #[serde(default)]
    pub theme_by: Option<String>,
    /// Budget line it is paid from.
    pub line: String,
    /// The date (its first day).
    pub date: NaiveDate,
    /// Its last day, for an event over two days or more.
    #[serde(default)]
    pub end: Option<NaiveDate>,
    /// Venue.
    pub place: Place,
    /// Participants each partnership sends.
    pub participants_per_partnership: u32,
    /// Date by which to reply.
    pub reply_by: NaiveDate,
    /// Date of the invitation letters.
    pub letter_date: NaiveDate,
}

impl ExchangeDay {
    /// Its last day: its `end`, or its only day.
    pub fn last_day(&self) -> NaiveDate {
        self.end.unwrap_or(self.date)
    }
}

/// Steering committees, invited institutions and meetings.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Governance {
    /// Institutions invited to committees (embassies, ministry, Cités Unies
    /// France).
    pub institutions: Vec<Institution>,
    /// The steering committees.
    pub committees: Vec<Committee>,
    /// Their meetings.
    pub meetings: Vec<Meeting>,
}

impl Governance {
    /// The committee of id `id`.
    pub fn committee(&self, id: &str) -> Option<&Committee> {
        self.committees.iter().find(|c| c.id == id)
    }
}

/// An institution that is not a member: embassy, ministry, network.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Institution {
    /// Identifier.
    pub id: String,
    /// Name, as on an envelope: « Ambassade du Sénégal en France ».
    pub name: String,
    /// Its name in running text, with its article, when gabarit cannot
    /// make it from the name: « l'association Coopération Atlantique ».
    #[serde(default)]
    pub designation: Option<String>,
    /// Service within it, if any.
    #[serde(default)]
    pub department: Option<String>,
    /// Postal address.
    pub address: Address,
    /// The addressee's title on the envelope ("Monsieur l'Ambassadeur du
    /// Sénégal en France").
    pub addressee: String,
    /// How a letter opens ("Monsieur l'Ambassadeur,").
    pub salutation: String,
    /// A contact person, if known.
    #[serde(default)]
    pub contact: Option<Person>,
}

/// Which side of the partnership a committee sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// French side: the member authorities sit on it.
    France,
    /// The partner country's side: the partners sit on it.
    Partner,
}

/// A body that signs for a committee, which has no legal personality.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SigningBody {
    /// Name of the body.
    pub name: String,
    /// Address.
    pub address: Address,
    /// Who signs.
    pub signatory: Person,
    /// The budget line that funds the missions delegated to it.
    pub budget_line: String,
    /// When the body was set up (a convention is not signed before).
    #[serde(default)]
    pub established: Option<NaiveDate>,
    /// The date of its convention (absent: `issued.conventions`).
    #[serde(default)]
    pub convention_date: Option<NaiveDate>,
}

/// A steering committee.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Committee {
    /// Identifier.
    pub id: String,
    /// Name ("Comité de pilotage français").
    pub name: String,
    /// `france` or `partner`.
    pub side: Side,
    /// Member ids whose authority (France) or partner sits on it; absent:
    /// every member (with a partner, on the partner side) while it is one.
    #[serde(default)]
    pub members: Option<Vec<String>>,
    /// Institution ids invited to its meetings.
    pub invited: Vec<String>,
    /// The body that signs for the committee, when it signs a convention.
    #[serde(default)]
    pub signing_body: Option<SigningBody>,
}

/// What a meeting is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    /// A steering committee meeting.
    Committee,
    /// The official launch of the programme.
    Launch,
}

/// A meeting of a committee, or the launch.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Meeting {
    /// Identifier.
    pub id: String,
    /// Kind of meeting.
    pub kind: MeetingKind,
    /// The committee that meets (or organises the launch).
    pub committee: String,
    /// The (first) day.
    pub date: NaiveDate,
    /// The last day, for meetings over several days.
    #[serde(default)]
    pub end: Option<NaiveDate>,
    /// Start time, "14 h 30" style is made by the templates from "14:30".
    #[serde(default)]
    pub time: Option<String>,
    /// Venue.
    pub place: Place,
    /// Agenda items.
    #[serde(default)]
    pub agenda: Vec<String>,
    /// Reference of the minutes, once written.
    #[serde(default)]
    pub minutes: Option<String>,
    /// Date of the invitation letters (none: no letters are made).
    #[serde(default)]
    pub letter_date: Option<NaiveDate>,
}

/// A step of the programme's life, for the reports.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Milestone {
    /// When it happened (absent when it is a meeting: its date is the
    /// meeting's).
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// The meeting it is, by id.
    #[serde(default)]
    pub meeting: Option<String>,
    /// The training, exchange day or mission it is, by id (its dates are
    /// the action's, and the report does not tell the action again).
    #[serde(default)]
    pub action: Option<String>,
    /// What happened.
    pub text: String,
}

/// What a milestone can be: a meeting, a training, an exchange day or a
/// mission, by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// A meeting of a committee, or the launch.
    Meeting,
    /// A training.
    Training,
    /// An exchange day.
    Exchange,
    /// A support mission.
    Mission,
}

impl Programme {
    /// The event `id` names, with its first and last day: a meeting, a
    /// training, an exchange day or a mission.
    pub fn event(&self, id: &str) -> Option<(EventKind, NaiveDate, NaiveDate)> {
        let g = &self.governance;
        let a = &self.actions;
        g.meetings
            .iter()
            .find(|m| m.id == id)
            .map(|m| (EventKind::Meeting, m.date, m.end.unwrap_or(m.date)))
            .or_else(|| {
                a.trainings
                    .iter()
                    .find(|t| t.id == id)
                    .map(|t| (EventKind::Training, t.start, t.end))
            })
            .or_else(|| {
                a.exchange_days
                    .iter()
                    .find(|e| e.id == id)
                    .map(|e| (EventKind::Exchange, e.date, e.last_day()))
            })
            .or_else(|| {
                a.missions
                    .iter()
                    .find(|m| m.id == id)
                    .map(|m| (EventKind::Mission, m.start, m.end))
            })
    }

    /// Every event's id and first day: meetings, trainings, exchange days
    /// and missions.
    pub fn events(&self) -> Vec<(&str, NaiveDate)> {
        let g = &self.governance;
        let a = &self.actions;
        g.meetings
            .iter()
            .map(|m| (m.id.as_str(), m.date))
            .chain(a.trainings.iter().map(|t| (t.id.as_str(), t.start)))
            .chain(a.exchange_days.iter().map(|e| (e.id.as_str(), e.date)))
            .chain(a.missions.iter().map(|m| (m.id.as_str(), m.start)))
            .collect()
    }
}

impl Milestone {
    /// The meeting or action it is, by id.
    pub fn event(&self) -> Option<&str> {
        self.meeting.as_deref().or(self.action.as_deref())
    }
}

/// Whether a ledger line is money out or in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// An expense (mandat).
    Expense,
    /// A receipt (titre de recette).
    Receipt,
}

/// One line of the ledger CSV.
#[derive(Debug, Clone, Serialize)]
pub struct LedgerEntry {
    /// Date of the payment or receipt.
    pub date: NaiveDate,
    /// Budget year it is charged to.
    pub year: i32,
    /// Budget line id (expense) or resource id (receipt).
    pub line: String,
    /// Expense or receipt.
    pub kind: EntryKind,
    /// What it is.
    pub label: String,
    /// Amount in euros.
    pub amount: Amount,
    /// Voucher: mandate or receipt number.
    pub voucher: String,
    /// Payee (expense) or funder (receipt: `state` or a member id).
    pub party: String,
}

/// One participant of the participants CSV.
#[derive(Debug, Clone, Serialize)]
pub struct Participant {
    /// The member id of the partnership the participant comes from.
    pub partnership: String,
    /// `M.` or `Mme`.
    pub civility: Civility,
    /// First name.
    pub first_name: String,
    /// Family name.
    pub last_name: String,
    /// Role in the partner authority.
    pub role: String,
    /// Ids of the trainings and exchange days attended.
    pub actions: Vec<String>,
}
