//! No panic on any text: random Markdown-like inputs, from a fixed seed so
//! that a failure can be replayed, go through the parser, the typography
//! pass and both renderers, on a worker thread of the build's own pool
//! (whose stack is smaller than the main thread's by default); the loader
//! gets random YAML-like files; random texts in the data go through a
//! whole build, on the same pool, and what `check` accepts must build.
//! (A property test without a framework: the generator is below.) Found
//! on its first run: an empty `::: keep-together` made the layout panic.

use std::panic::{AssertUnwindSafe, catch_unwind};

/// How many cases: a quick run in `cargo test`, more with
/// `GABARIT_FUZZ_CASES=20000 cargo test --test no_panic`.
fn cases(default: u64) -> u64 {
    std::env::var("GABARIT_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// xorshift64*: small, deterministic, good enough to mix inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "# ",
    "## ",
    "### ",
    "**",
    "*",
    "_",
    "`",
    "- ",
    "1. ",
    "| a | b |\n|---|--:|\n| 1 | 2 |\n",
    "|",
    ":::",
    "::: sender\n",
    "::: signatures\n",
    "::: signature\n",
    "::: page-break :::\n",
    "::: table widths=1,2 header_rows=1\n",
    "::: keep-together\n",
    "::: references\nObjet : x\n",
    ":::\n",
    "\n",
    "\n\n",
    " ",
    "  \n",
    "mot ",
    "anticonstitutionnellement",
    "é",
    "€",
    "%",
    ":",
    ";",
    "!",
    "?",
    "«",
    "»",
    "\u{a0}",
    "\u{202f}",
    "---\n",
    "---\ntitle: t\n---\n",
    "![x](y.png)",
    "{width=10mm}",
    "<b>",
    "\\",
    "&amp;",
    "\t",
    "1er",
    "88 624,00",
    "Chauray, le 5 décembre 2006",
    "Communauté de Communes de la CHAPELLE CHAUSSEE",
];

fn random_text(rng: &mut Rng) -> String {
    let n = 1 + rng.next() % 60;
    (0..n).map(|_| rng.pick(PIECES)).collect()
}

#[test]
fn markdown_to_both_formats_never_panics() {
    let pool = gabarit::build::worker_pool(1).expect("a worker thread");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for i in 0..cases(600) {
        let text = random_text(&mut rng);
        let result = pool.install(|| {
            catch_unwind(AssertUnwindSafe(|| {
                if let Ok(doc) =
                    gabarit::make_document_with(&text, &mut |_| Err("no images".to_string()))
                {
                    let _ = gabarit::render_document(&doc, gabarit::Format::Pdf);
                    let _ = gabarit::render_document(&doc, gabarit::Format::Docx);
                }
            }))
        });
        assert!(result.is_ok(), "case {i} panicked on {text:?}");
    }
}

const YAML_PIECES: &[&str] = &[
    "programme:\n",
    "  title: x\n",
    "members:\n",
    "  - id: a\n",
    "    kind: commune\n",
    "budget:\n",
    "  total: 1.00\n",
    "&a ",
    "*a",
    "[",
    "]",
    "{",
    "}",
    ": ",
    "- ",
    "\"",
    "'",
    "#",
    "\n",
    "  ",
    "\t",
    "é",
    "1e9",
    "-1",
    "0.001",
    "2006-13-45",
    "~",
    "null",
    "? ",
    "!!str ",
    "---\n",
    "...\n",
    "|\n",
    ">\n",
];

#[test]
fn the_loader_never_panics() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("programme.yaml");
    for i in 0..cases(400) {
        let n = 1 + rng.next() % 40;
        let text: String = (0..n).map(|_| rng.pick(YAML_PIECES)).collect();
        std::fs::write(&path, &text).unwrap();
        let result = catch_unwind(|| {
            let loaded = gabarit::load(&path);
            let diagnostics = gabarit::check(&loaded);
            for d in &diagnostics {
                let _ = d.render(&loaded.sources);
            }
        });
        assert!(result.is_ok(), "case {i} panicked on {text:?}");
    }
}

/// Pieces of the texts put into the data: markup of every kind, accents,
/// line breaks, long words (printable characters only: the others are
/// refused by `check`, which has its own cases).
const DATA_PIECES: &[&str] = &[
    "# ",
    "**",
    "_",
    "`",
    "- ",
    "1. ",
    "|",
    ":::",
    "::: page-break :::",
    "\n",
    "\n\n",
    " ",
    "mot ",
    "anticonstitutionnellementanticonstitutionnellement",
    "é",
    "€",
    "%",
    ":",
    ";",
    "«",
    "»",
    "![x](logo.png)",
    "<b>",
    "&#9744;",
    "&amp;",
    "\\",
    "{{ x }}",
    "{% if %}",
    "---",
    "> ",
    "[a](b)",
    "~~",
    "=",
    "(",
    ")",
    "\"",
    "'",
];

#[test]
fn random_texts_in_the_data_build_on_the_worker_pool() {
    use gabarit::build::{Options, build};
    use gabarit::plan::Selection;
    let mut rng = Rng(0x6A09_E667_F3BC_C909);
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "programme.yaml",
        "ledger.csv",
        "participants.csv",
        "logo-chauray.png",
    ] {
        std::fs::copy(
            std::path::Path::new("data").join(name),
            dir.path().join(name),
        )
        .unwrap();
    }
    let data = dir.path().join("programme.yaml");
    let original = gabarit::load(&data).programme.unwrap();
    let mut value = serde_json::to_value(&original).unwrap();
    value.as_object_mut().unwrap().remove("ledger");
    value.as_object_mut().unwrap().remove("participants");
    let fields = [
        "/budget/lines/0/label",
        "/budget/resources/1/label",
        "/milestones/2/text",
        "/programme/preamble",
        "/members/0/referent/quality",
    ];
    for i in 0..cases(12) {
        let mut v = value.clone();
        let mut texts = Vec::new();
        for f in fields {
            let n = 1 + rng.next() % 25;
            let text: String = (0..n).map(|_| rng.pick(DATA_PIECES)).collect();
            *v.pointer_mut(f).unwrap() = serde_json::Value::String(text.clone());
            texts.push(text);
        }
        std::fs::write(&data, serde_json::to_string(&v).unwrap()).unwrap();
        let loaded = gabarit::load(&data);
        let errors: Vec<_> = gabarit::check(&loaded)
            .into_iter()
            .filter(|d| d.is_error())
            .collect();
        assert!(
            errors.is_empty(),
            "case {i}: check refuses {texts:?}: {errors:?}"
        );
        let p = loaded.programme.unwrap();
        let selection = Selection {
            kinds: vec!["statement".into(), "report".into(), "convention".into()],
            year: None,
            only: Some("coulon".into()),
        };
        let selection_years = Selection {
            kinds: vec!["statement".into(), "report".into()],
            year: Some(2007),
            only: None,
        };
        for selection in [&selection, &selection_years] {
            let out = dir.path().join("out");
            let options = Options {
                data: &data,
                out: &out,
                selection,
                formats: &[gabarit::Format::Pdf, gabarit::Format::Docx],
                jobs: 2,
                force: true,
                progress: false,
                templates: None,
            };
            let result = catch_unwind(AssertUnwindSafe(|| build(&p, &options)));
            let summary = result.unwrap_or_else(|_| panic!("case {i} panicked on {texts:?}"));
            let summary = summary.unwrap_or_else(|f| panic!("case {i}: {f}"));
            assert!(
                summary.failures.is_empty(),
                "case {i}: what check accepts does not build: {:?} with {texts:?}",
                summary
                    .failures
                    .iter()
                    .map(|f| &f.diagnostic.message)
                    .collect::<Vec<_>>()
            );
        }
    }
}
