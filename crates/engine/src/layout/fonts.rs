//! The fonts gabarit embeds (Liberation, SIL Open Font License, in
//! `fonts/`), and their metrics: glyph advances and kerning, read from the
//! font files themselves with `ttf-parser`. Parsed once per process.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::document::{FontFamily, Style};

/// Characters below this code point (Latin, punctuation, the euro sign,
/// the narrow no-break space…) are looked up by index.
const DENSE: u32 = 0x2200;

/// One face (regular, bold, italic or bold italic) and its metrics.
pub struct Face {
    /// The TrueType file.
    pub data: &'static [u8],
    /// Name, for messages; without its spaces, the PostScript name.
    pub name: &'static str,
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
    /// Glyph id and advance of each character below [`DENSE`], by code
    /// point; the rest in `glyphs`. Layout asks for
    /// these millions of times per build.
    dense: Vec<Option<(u16, u16)>>,
    glyphs: HashMap<char, (ttf_parser::GlyphId, u16)>,
    /// The horizontal kerning pairs (left glyph << 16 | right glyph),
    /// sorted, each with its value in font units: the first subtable that
    /// has a pair wins, as in the font's own lookup.
    kerning: Vec<(u32, i16)>,
    /// Whether `kerning` is the whole of the font's kerning (only
    /// format 0 subtables); otherwise ttf-parser is asked each time.
    kerning_whole: bool,
    /// Ascender and descender in font units.
    ascender: f32,
    descender: f32,
}

impl Face {
    fn load(data: &'static [u8], name: &'static str) -> Face {
        // The files are part of the binary and were checked when committed:
        // failing to parse them is a build defect, not an input error.
        let face = ttf_parser::Face::parse(data, 0)
            .unwrap_or_else(|e| panic!("embedded font {name} is damaged: {e}"));
        let mut glyphs = HashMap::new();
        if let Some(cmap) = face.tables().cmap {
            for subtable in cmap.subtables {
                if !subtable.is_unicode() {
                    continue;
                }
                subtable.codepoints(|cp| {
                    if let (Some(c), Some(g)) = (char::from_u32(cp), subtable.glyph_index(cp)) {
                        let advance = face.glyph_hor_advance(g).unwrap_or(0);
                        glyphs.entry(c).or_insert((g, advance));
                    }
                });
            }
        }
        let mut dense = vec![None; DENSE as usize];
        for (c, (g, a)) in &glyphs {
            if let Some(slot) = dense.get_mut(*c as usize) {
                *slot = Some((g.0, *a));
            }
        }
        let mut kerning: Vec<(u32, i16)> = Vec::new();
        let mut kerning_whole = true;
        if let Some(kern) = face.tables().kern {
            for s in kern.subtables.into_iter() {
                if !s.horizontal || s.variable {
                    continue;
                }
                match &s.format {
                    ttf_parser::kern::Format::Format0(f) => {
                        kerning.extend(f.pairs.into_iter().map(|p| (p.pair, p.value)))
                    }
                    _ => kerning_whole = false,
                }
            }
        }
        // A stable sort keeps the earlier subtable's pair first.
        kerning.sort_by_key(|(pair, _)| *pair);
        kerning.dedup_by_key(|(pair, _)| *pair);
        Face {
            data,
            name,
            dense,
            kerning,
            kerning_whole,
            units_per_em: f32::from(face.units_per_em()),
            ascender: f32::from(face.ascender()),
            descender: f32::from(face.descender()),
            glyphs,
            face,
        }
    }

    /// The glyph id and advance (font units) of `c`, if the face has it.
    fn glyph(&self, c: char) -> Option<(u16, u16)> {
        match self.dense.get(c as usize) {
            Some(found) => *found,
            None => self.glyphs.get(&c).map(|(g, a)| (g.0, *a)),
        }
    }

    /// Whether the face has a glyph for `c`.
    pub fn has(&self, c: char) -> bool {
        self.glyph(c).is_some()
    }

    /// The glyph id of `c`, if the face has it.
    pub fn glyph_id(&self, c: char) -> Option<u16> {
        self.glyph(c).map(|(g, _)| g)
    }

    /// Advance of `c` in thousandths of an em (0 when missing).
    pub fn advance(&self, c: char) -> f32 {
        self.glyph(c)
            .map_or(0.0, |(_, a)| f32::from(a) * 1000.0 / self.units_per_em)
    }

    /// Kerning between `a` and `b` in thousandths of an em (negative
    /// brings them closer). None across a space: a word space keeps its
    /// whole width (a font's « space A » pair would narrow it until text
    /// extraction reads « desAffaires »).
    pub fn kern(&self, a: char, b: char) -> f32 {
        let space = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}');
        if space(a) || space(b) {
            return 0.0;
        }
        let (Some((ga, _)), Some((gb, _))) = (self.glyph(a), self.glyph(b)) else {
            return 0.0;
        };
        let value = if self.kerning_whole {
            let pair = u32::from(ga) << 16 | u32::from(gb);
            self.kerning
                .binary_search_by_key(&pair, |(p, _)| *p)
                .ok()
                .and_then(|i| self.kerning.get(i))
                .map(|(_, v)| *v)
        } else {
            self.kern_from_font(ga, gb)
        };
        value.map_or(0.0, |v| f32::from(v) * 1000.0 / self.units_per_em)
    }

    /// Kerning between two glyphs, read from the font's subtables.
    fn kern_from_font(&self, a: u16, b: u16) -> Option<i16> {
        let kern = self.face.tables().kern?;
        kern.subtables
            .into_iter()
            .filter(|s| s.horizontal && !s.variable)
            .find_map(|s| s.glyphs_kerning(ttf_parser::GlyphId(a), ttf_parser::GlyphId(b)))
    }

    /// Width of `text` at `size` points, kerning included.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let mut total = 0.0;
        let mut prev = None;
        for c in text.chars() {
            total += self.advance(c);
            if let Some(p) = prev {
                total += self.kern(p, c);
            }
            prev = Some(c);
        }
        total * size / 1000.0
    }

    /// Height above the baseline, in points at `size`.
    pub fn ascent(&self, size: f32) -> f32 {
        self.ascender / self.units_per_em * size
    }

    /// Depth below the baseline (positive), in points at `size`.
    pub fn descent(&self, size: f32) -> f32 {
        -self.descender / self.units_per_em * size
    }
}

/// The four faces of a family.
pub struct Family {
    /// Regular, bold, italic, bold italic.
    pub faces: [Face; 4],
}

impl Family {
    /// The face for a style.
    pub fn face(&self, style: Style) -> &Face {
        &self.faces[style_index(style)]
    }
}

/// Index of a style in [`Family::faces`].
pub fn style_index(style: Style) -> usize {
    match (style.bold, style.italic) {
        (false, false) => 0,
        (true, false) => 1,
        (false, true) => 2,
        (true, true) => 3,
    }
}

macro_rules! font {
    ($file:literal) => {
        include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/fonts/", $file))
    };
}

/// The family, parsed on first use.
pub fn family(which: FontFamily) -> &'static Family {
    static SANS: OnceLock<Family> = OnceLock::new();
    static SERIF: OnceLock<Family> = OnceLock::new();
    match which {
        FontFamily::Sans => SANS.get_or_init(|| Family {
            faces: [
                Face::load(font!("LiberationSans-Regular.ttf"), "Liberation Sans"),
                Face::load(font!("LiberationSans-Bold.ttf"), "Liberation Sans-Bold"),
                Face::load(font!("LiberationSans-Italic.ttf"), "Liberation Sans-Italic"),
                Face::load(
                    font!("LiberationSans-BoldItalic.ttf"),
                    "Liberation Sans-BoldItalic",
                ),
            ],
        }),
        FontFamily::Serif => SERIF.get_or_init(|| Family {
            faces: [
                Face::load(font!("LiberationSerif-Regular.ttf"), "Liberation Serif"),
                Face::load(font!("LiberationSerif-Bold.ttf"), "Liberation Serif-Bold"),
                Face::load(
                    font!("LiberationSerif-Italic.ttf"),
                    "Liberation Serif-Italic",
                ),
                Face::load(
                    font!("LiberationSerif-BoldItalic.ttf"),
                    "Liberation Serif-BoldItalic",
                ),
            ],
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sans_is_metric_compatible_with_arial() {
        let f = &family(FontFamily::Sans).faces[0];
        // Arial: space 278, "a" 556, "M" 833 thousandths of an em.
        assert_eq!(f.advance(' ').round(), 278.0);
        assert_eq!(f.advance('a').round(), 556.0);
        assert_eq!(f.advance('M').round(), 833.0);
        assert!(f.has('\u{202f}') && f.has('€') && f.has('œ'));
        assert!(f.kern('A', 'V') < 0.0);
        assert!(
            (f.width("AV", 10.0) - (f.advance('A') + f.advance('V') + f.kern('A', 'V')) / 100.0)
                .abs()
                < 1e-4
        );
    }

    /// The tables built at load give what the font itself says, for every
    /// character and every pair of the Latin range, in every face.
    #[test]
    fn the_lookup_tables_agree_with_the_font() {
        let chars: Vec<char> = (0x20..0x180u32)
            .chain([0x2019, 0x202f, 0x20ac, 0x2026, 0x3000, 0x1f600])
            .filter_map(char::from_u32)
            .collect();
        for which in [FontFamily::Sans, FontFamily::Serif] {
            for f in &family(which).faces {
                assert!(f.kerning_whole && !f.kerning.is_empty(), "{}", f.name);
                let mut kerned = 0;
                for &a in &chars {
                    let direct = f.glyphs.get(&a).map(|(g, adv)| (g.0, *adv));
                    assert_eq!(f.glyph(a), direct, "{} {a:?}", f.name);
                    let Some((ga, _)) = direct else { continue };
                    for &b in &chars {
                        let Some((gb, _)) = f.glyphs.get(&b).map(|(g, adv)| (g.0, *adv)) else {
                            continue;
                        };
                        // No kerning across a word space (see `kern`).
                        let space = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}');
                        let from_font = if space(a) || space(b) {
                            0.0
                        } else {
                            f.kern_from_font(ga, gb)
                                .map_or(0.0, |v| f32::from(v) * 1000.0 / f.units_per_em)
                        };
                        assert_eq!(f.kern(a, b), from_font, "{} {a:?}{b:?}", f.name);
                        kerned += usize::from(from_font != 0.0);
                    }
                }
                assert!(kerned > 50, "{}: {kerned} kerned pairs", f.name);
            }
        }
    }
}
