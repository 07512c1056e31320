//! Writes a valid synthetic programme of any size, for benchmarks:
//! `cargo run --release --example synth -- --participants 10000 --out /tmp/synth`
//!
//! Two participants per partnership, names with accents and long names,
//! ledger and tables long enough to run over pages. `gabarit check` finds
//! it consistent.

use std::fmt::Write as _;
use std::path::PathBuf;

const TOWNS: [&str; 8] = [
    "Saint-Étienne-de-Montluc",
    "Châtillon-sur-Thouet",
    "Mazières-en-Gâtine",
    "Sainte-Néomaye",
    "Échiré",
    "Aiffres",
    "Françon-les-Prés-sur-la-Grande-Rivière",
    "Œuilly",
];
const PARTNERS: [&str; 6] = [
    "Élavagnon",
    "Kpalimé",
    "Danyi-Élavanyo",
    "Agou-Yiboé",
    "Atakpamé",
    "Notsè",
];
const FIRST: [&str; 6] = ["Élodie", "Kossi", "Anaïs", "Mawuéna", "Jérôme", "Akossiwa"];
const LAST: [&str; 6] = [
    "EXEMPLE",
    "MODÈLE",
    "FICTIF",
    "SPÉCIMEN",
    "ÉBAUCHE",
    "TÉMOIN-D'ESSAI-PROVISOIRE",
];

fn cents(c: i64) -> String {
    format!("{}.{:02}", c / 100, c % 100)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let get = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let participants: usize = get("--participants")
        .and_then(|v| v.parse().ok())
        .unwrap_or(100)
        .max(2);
    let out = PathBuf::from(get("--out").unwrap_or_else(|| "synth".into()));
    let m = participants.div_ceil(2);
    std::fs::create_dir_all(&out).expect("the output folder can be created");

    let ids: Vec<String> = (0..m).map(|i| format!("m{i:05}")).collect();
    // Forecast per member and year, in cents, by line.
    let lines = [
        ("appui-conseil", 90_000i64),
        ("formation", 80_000),
        ("journee-echanges", 30_000),
        ("pilotage", 20_000),
        ("maitrise-oeuvre", 30_000),
        ("evaluation", 10_000),
    ];
    let years = [2006, 2007, 2008];
    let mm = m as i64;
    let expense_year: i64 = lines.iter().map(|(_, c)| c * mm).sum();
    let total = expense_year * 3;
    let share_year = (expense_year * 49 + 50) / 100;
    let share_total = (total * 49 + 50) / 100;
    let state = [share_year, share_year, share_total - 2 * share_year];
    let contributions = 35_000 * mm;
    let lead: Vec<i64> = state
        .iter()
        .map(|s| expense_year - s - contributions)
        .collect();

    let mut y = String::new();
    let _ = writeln!(
        y,
        "# Synthetic programme written by `cargo run --example synth` ({participants} participants). Every name is fictitious."
    );
    let _ = writeln!(
        y,
        "programme:\n  title: \"Programme synthétique de coopération décentralisée ({m} partenariats)\"\n  short_title: \"Programme synthétique\"\n  reference: \"SYNTH-{m}\"\n  start: 2006-01-01\n  end: 2008-12-31\n  signing_place: \"Chauray\"\n  member_contribution: 350.00\n  court: \"tribunal administratif de Poitiers\"\n  gap_threshold: 10\ncountry:\n  name: \"Togo\"\n  article: \"le\"\n  gender: masculine\n  adjective: \"togolais\"\n  currency: {{ name: \"franc CFA\", symbol: \"FCFA\", per_euro: 655.957 }}"
    );
    let _ = writeln!(
        y,
        "files:\n  ledger: ledger.csv\n  participants: participants.csv"
    );
    let _ = writeln!(
        y,
        "lead:\n  member: {}\n  contact: {{ civility: \"M.\", first_name: \"Gérard\", last_name: \"ÉBAUCHE\", phone: \"05 49 00 00 00\" }}\n  bank: {{ holder: \"Trésor public\", bank: \"Trésorerie\", iban: \"FR76 0000\", bic: \"BDFEFRPP\" }}",
        ids[0]
    );
    let _ = writeln!(
        y,
        "state:\n  ministry: \"ministère des Affaires étrangères\"\n  delegation: \"Délégation pour l'action extérieure des collectivités locales\"\n  delegation_address: {{ lines: [\"57, boulevard des Invalides\"], postal_code: \"75007\", city: \"Paris\" }}\n  managed_by: \"la préfecture de la région Poitou-Charentes\"\n  service: \"SGAR\"\n  address: {{ lines: [\"7, place Aristide-Briand\"], postal_code: \"86000\", city: \"Poitiers\" }}\n  signatory: {{ civility: \"M.\", first_name: \"Bernard\", last_name: \"PROTOTYPE\", quality: \"préfet de la région Poitou-Charentes\" }}\n  credit: {}\n  rate: 49\n  tranches:\n    - {{ label: \"Avance\", share: 50, condition: \"à la signature\" }}\n    - {{ label: \"Solde\", share: 50, condition: \"sur rapport final\" }}",
        cents(share_total + 100_000)
    );
    let _ = writeln!(y, "members:");
    for (i, id) in ids.iter().enumerate() {
        let town = format!("{} {}", TOWNS[i % TOWNS.len()], i + 1);
        let partner = format!("{} {}", PARTNERS[i % PARTNERS.len()], i + 1);
        let _ = writeln!(
            y,
            "  - id: {id}\n    kind: commune\n    name: \"Commune de {}\"\n    short_name: \"{town}\"\n    departement: \"79\"\n    address: {{ lines: [\"Hôtel de ville\"], postal_code: \"79000\", city: \"{town}\" }}\n    signatory: {{ civility: \"Mme\", first_name: \"{}\", last_name: \"{}\", quality: \"maire\" }}\n    deliberation: {{ body: \"conseil municipal\", date: 2006-10-16 }}\n    referent: {{ civility: \"M.\", first_name: \"{}\", last_name: \"{}\", quality: \"chargé de mission\" }}\n    partner:\n      name: \"{}\"\n      short_name: \"{partner}\"\n      kind: commune\n      address: {{ lines: [\"Mairie\"], city: \"{partner}\", country: \"Togo\" }}\n      signatory: {{ civility: \"M.\", first_name: \"{}\", last_name: \"{}\", quality: \"président de la délégation spéciale\" }}",
            town.to_uppercase(),
            FIRST[i % 6],
            LAST[i % 6],
            FIRST[(i + 1) % 6],
            LAST[(i + 2) % 6],
            partner.to_uppercase(),
            FIRST[(i + 3) % 6],
            LAST[(i + 4) % 6]
        );
    }
    let _ = writeln!(y, "budget:\n  total: {}\n  lines:", cents(total));
    for (id, unit) in lines {
        let a = cents(unit * mm);
        let _ = writeln!(
            y,
            "    - id: {id}\n      label: \"Ligne {id} du programme synthétique\"\n      eligible: true\n      forecast: {{ 2006: {a}, 2007: {a}, 2008: {a} }}"
        );
    }
    let _ = writeln!(
        y,
        "  resources:\n    - id: etat\n      label: \"État (49 %)\"\n      source: state\n      forecast: {{ 2006: {}, 2007: {}, 2008: {} }}",
        cents(state[0]),
        cents(state[1]),
        cents(state[2])
    );
    let _ = writeln!(
        y,
        "    - id: contributions\n      label: \"Contributions\"\n      source: members\n      forecast: {{ 2006: {c}, 2007: {c}, 2008: {c} }}",
        c = cents(contributions)
    );
    let _ = writeln!(
        y,
        "    - id: chef-de-file\n      label: \"Fonds propres\"\n      source: lead\n      forecast: {{ 2006: {}, 2007: {}, 2008: {} }}",
        cents(lead[0]),
        cents(lead[1]),
        cents(lead[2])
    );
    let _ = writeln!(
        y,
        "actions:\n  missions:\n    - id: mission-2007\n      title: \"Mission d'appui-conseil\"\n      line: appui-conseil\n      consultant: \"Conseiller fictif\"\n      start: 2007-10-01\n      end: 2007-11-23\n      min_days_per_partnership: 2\n      days:"
    );
    for id in &ids {
        let _ = writeln!(y, "        {id}: {{ planned: 2, done: 2 }}");
    }
    let _ = writeln!(
        y,
        "  trainings:\n    - id: formation-2008\n      title: \"Formation des acteurs\"\n      line: formation\n      start: 2008-03-10\n      end: 2008-03-13\n      days: 4\n      place: {{ name: \"le Centre de formation\", city: \"Sokodé\", country: \"Togo\" }}\n      participants_per_partnership: 2\n      costs_covered: [\"frais de formation\", \"déplacements\", \"repas\", \"hébergement\"]\n      schedule:"
    );
    for d in 10..=13 {
        let _ = writeln!(
            y,
            "        - {{ date: 2008-03-{d}, morning: \"Séance du matin\", afternoon: \"Séance de l'après-midi\" }}"
        );
    }
    let _ = writeln!(
        y,
        "      reply_by: 2008-02-15\n      letter_date: 2008-01-21\n  exchange_days:\n    - id: rencontre-2008\n      title: \"Journée de rencontre 2008\"\n      theme: \"Thème fictif\"\n      line: journee-echanges\n      date: 2008-11-15\n      place: {{ name: \"Salle des fêtes\", city: \"Kpalimé\", country: \"Togo\" }}\n      participants_per_partnership: 2\n      reply_by: 2008-10-31\n      letter_date: 2008-10-13"
    );
    let list = ids.join(", ");
    let _ = writeln!(
        y,
        "governance:\n  institutions:\n    - id: cuf\n      name: \"Cités Unies France\"\n      address: {{ lines: [\"9, rue Christiani\"], postal_code: \"75018\", city: \"Paris\" }}\n      addressee: \"Monsieur le Président\"\n      salutation: \"Monsieur le Président\"\n  committees:\n    - id: copil-fr\n      name: \"Comité de pilotage français\"\n      side: france\n      members: [{list}]\n      invited: [cuf]\n    - id: copil-tg\n      name: \"Comité de pilotage togolais\"\n      side: partner\n      members: [{list}]\n      invited: []\n      signing_body:\n        name: \"la Structure provisoire\"\n        address: {{ lines: [\"Mairie\"], city: \"Sokodé\", country: \"Togo\" }}\n        signatory: {{ civility: \"M.\", first_name: \"Kossi\", last_name: \"FICTIF\", quality: \"président du comité\" }}\n        budget_line: maitrise-oeuvre\n  meetings:\n    - id: copil-fr-2007\n      kind: committee\n      committee: copil-fr\n      date: 2007-06-29\n      time: \"10:00\"\n      letter_date: 2007-06-08\n      place: {{ name: \"Cités Unies France\", city: \"Paris\" }}\n      agenda: [\"Suivi du programme\"]"
    );
    let _ = writeln!(
        y,
        "issued:\n  conventions: 2006-11-30\n  statements: {{ \"2006\": 2007-01-31, \"2007\": 2008-01-31, \"2008\": 2008-12-31, final: 2008-12-31 }}\n  reports: {{ \"2006\": 2007-02-28, \"2007\": 2008-02-29, \"2008\": 2008-12-31, final: 2008-12-31 }}"
    );
    std::fs::write(out.join("programme.yaml"), y).expect("programme.yaml is written");

    let mut ledger = String::from("date;year;line;kind;label;amount;voucher;party\n");
    let per_line = m.clamp(1, 40) as i64;
    let mut voucher = 0;
    for year in years {
        for (id, unit) in lines {
            let spent = unit * mm * 95 / 100;
            for k in 0..per_line {
                let amount = if k + 1 == per_line {
                    spent - (spent / per_line) * (per_line - 1)
                } else {
                    spent / per_line
                };
                voucher += 1;
                let _ = writeln!(
                    ledger,
                    "{year}-06-15;{year};{id};dépense;Dépense {k} de la ligne {id};{};M-{voucher:06};Prestataire fictif",
                    cents(amount).replace('.', ",")
                );
            }
        }
        for id in &ids {
            voucher += 1;
            let _ = writeln!(
                ledger,
                "{year}-05-10;{year};contributions;recette;Contribution {year};350,00;T-{voucher:06};{id}"
            );
        }
    }
    std::fs::write(out.join("ledger.csv"), ledger).expect("ledger.csv is written");

    let mut people = String::from("partnership;civility;first_name;last_name;role;actions\n");
    for (i, id) in ids.iter().enumerate() {
        for k in 0..2 {
            let n = 2 * i + k;
            let _ = writeln!(
                people,
                "{id};{};{};{}-{n};conseiller municipal;formation-2008 rencontre-2008",
                if n % 2 == 0 { "Mme" } else { "M." },
                FIRST[n % 6],
                LAST[(n + 3) % 6]
            );
        }
    }
    std::fs::write(out.join("participants.csv"), people).expect("participants.csv is written");
    println!(
        "{}: {m} partnerships, {} participants",
        out.display(),
        2 * m
    );
}
