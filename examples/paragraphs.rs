//! Prints every justified paragraph of a programme's paperwork as JSON
//! lines (font, size in points, column width in points, text), for
//! `docs/typesetting/stretch.py`, which sets the same paragraphs in Typst
//! to compare how far each typesetter stretches its spaces:
//! `cargo run --release --example paragraphs -- data/programme.yaml > /tmp/paragraphs.jsonl`

use std::path::PathBuf;

use gabarit::document::{Align, Block, FontFamily, inline_text, style::PageSize};
use gabarit::layout::PT_PER_MM;

fn collect(blocks: &[Block], width: f32, out: &mut Vec<(f32, String)>) {
    for b in blocks {
        match b {
            Block::Paragraph {
                content,
                align: Align::Justify,
            } => out.push((width, inline_text(content).replace('\n', " "))),
            Block::KeepTogether(inner) => collect(inner, width, out),
            Block::List(l) => l
                .items
                .iter()
                .for_each(|i| collect(i, width - 6.0 * PT_PER_MM, out)),
            _ => {}
        }
    }
}

fn main() {
    let data = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "data/programme.yaml".into()),
    );
    let loaded = gabarit::load(&data);
    let Some(p) = loaded.programme else {
        eprintln!("{}: the programme does not load", data.display());
        std::process::exit(1);
    };
    let dirs = gabarit::build::template_dirs(&data);
    let Ok(templates) = gabarit::build::load_templates(&dirs) else {
        eprintln!("the templates do not load");
        std::process::exit(1);
    };
    let shared = gabarit::context::Shared::new(&p);
    for job in gabarit::plan::plan(&p) {
        let Ok(doc) = gabarit::build::document(&p, &shared, &job, &templates, &dirs) else {
            continue;
        };
        let s = &doc.settings;
        let width = (PageSize::A4.width_mm - s.margins.left - s.margins.right) * PT_PER_MM;
        let font = match s.font {
            FontFamily::Serif => "Liberation Serif",
            FontFamily::Sans => "Liberation Sans",
        };
        let mut paragraphs = Vec::new();
        collect(&doc.blocks, width, &mut paragraphs);
        for (w, text) in paragraphs {
            println!(
                "{}",
                serde_json::json!({ "font": font, "size": s.font_size, "width": w, "text": text })
            );
        }
    }
}
