//! TrueType subsetting that keeps glyph ids.
//!
//! The PDF refers to glyphs by their id in the original font (Identity
//! encoding), so the subset keeps every id: the outlines of glyphs the
//! document does not use are emptied, composite glyphs keep their
//! components, and only the tables a PDF font program needs are written
//! (ISO 32000-1 §9.9: head, hhea, loca, maxp, cvt, prep, glyf, hmtx, fpgm),
//! plus a cmap of the characters used and OS/2, which printpdf reads.
//! Nothing else in the PDF (widths, ToUnicode, content) has to change.

use std::collections::{BTreeMap, BTreeSet};

/// Why a font could not be subset.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct SubsetError(pub &'static str);

fn u16_at(data: &[u8], at: usize) -> Result<u16, SubsetError> {
    data.get(at..at + 2)
        .map(|b| u16::from_be_bytes([b[0], b[1]]))
        .ok_or(SubsetError("truncated"))
}

fn u32_at(data: &[u8], at: usize) -> Result<u32, SubsetError> {
    data.get(at..at + 4)
        .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
        .ok_or(SubsetError("truncated"))
}

/// The table directory: tag → (offset, length).
fn tables(font: &[u8]) -> Result<Vec<([u8; 4], usize, usize)>, SubsetError> {
    let n = usize::from(u16_at(font, 4)?);
    (0..n)
        .map(|i| {
            let rec = 12 + 16 * i;
            let tag = font.get(rec..rec + 4).ok_or(SubsetError("truncated"))?;
            Ok((
                [tag[0], tag[1], tag[2], tag[3]],
                u32_at(font, rec + 8)? as usize,
                u32_at(font, rec + 12)? as usize,
            ))
        })
        .collect()
}

fn table<'a>(
    font: &'a [u8],
    dir: &[([u8; 4], usize, usize)],
    tag: &[u8; 4],
) -> Result<&'a [u8], SubsetError> {
    let (_, off, len) = dir
        .iter()
        .find(|(t, ..)| t == tag)
        .ok_or(SubsetError("missing table"))?;
    font.get(*off..off + len)
        .ok_or(SubsetError("table out of bounds"))
}

/// One component of a composite glyph: the offset of its flags word, its
/// flags and its glyph id.
type Component = (usize, u16, usize);

/// The components of a composite glyph, and the offset just past the last
/// one.
fn components(data: &[u8]) -> Result<(Vec<Component>, usize), SubsetError> {
    let mut out = Vec::new();
    let mut at = 10;
    loop {
        let flags = u16_at(data, at)?;
        let glyph = usize::from(u16_at(data, at + 2)?);
        out.push((at, flags, glyph));
        at += 4 + if flags & 0x0001 != 0 { 4 } else { 2 };
        at += if flags & 0x0008 != 0 {
            2
        } else if flags & 0x0040 != 0 {
            4
        } else if flags & 0x0080 != 0 {
            8
        } else {
            0
        };
        if flags & 0x0020 == 0 {
            return Ok((out, at));
        }
    }
}

/// A `cmap` table mapping just `chars` (format 12, Windows Unicode).
fn small_cmap(chars: &BTreeMap<char, u16>) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&0u16.to_be_bytes()); // version
    out.extend_from_slice(&1u16.to_be_bytes()); // one encoding record
    out.extend_from_slice(&3u16.to_be_bytes()); // Windows
    out.extend_from_slice(&10u16.to_be_bytes()); // Unicode full repertoire
    out.extend_from_slice(&12u32.to_be_bytes()); // subtable offset
    let groups = chars.len() as u32;
    out.extend_from_slice(&12u16.to_be_bytes());
    out.extend_from_slice(&0u16.to_be_bytes());
    out.extend_from_slice(&(16 + 12 * groups).to_be_bytes());
    out.extend_from_slice(&0u32.to_be_bytes());
    out.extend_from_slice(&groups.to_be_bytes());
    for (&c, &g) in chars {
        out.extend_from_slice(&(c as u32).to_be_bytes());
        out.extend_from_slice(&(c as u32).to_be_bytes());
        out.extend_from_slice(&u32::from(g).to_be_bytes());
    }
    out
}

/// Returns a font program that draws the characters `used` (mapped to
/// their glyph ids, and the components those are made of) exactly as
/// `font` does, with the same glyph ids.
pub fn subset(font: &[u8], used: &BTreeMap<char, u16>) -> Result<Vec<u8>, SubsetError> {
    let dir = tables(font)?;
    let head = table(font, &dir, b"head")?;
    let maxp = table(font, &dir, b"maxp")?;
    let hhea = table(font, &dir, b"hhea")?;
    let loca = table(font, &dir, b"loca")?;
    let glyf = table(font, &dir, b"glyf")?;
    let hmtx = table(font, &dir, b"hmtx")?;
    let num_glyphs = usize::from(u16_at(maxp, 4)?);
    let long_loca = u16_at(head, 50)? == 1;
    let offsets: Vec<usize> = (0..=num_glyphs)
        .map(|i| {
            if long_loca {
                u32_at(loca, 4 * i).map(|v| v as usize)
            } else {
                u16_at(loca, 2 * i).map(|v| 2 * v as usize)
            }
        })
        .collect::<Result<_, _>>()?;
    let glyph = |g: usize| -> Result<&[u8], SubsetError> {
        let (a, b) = (offsets[g], offsets[g + 1]);
        if a > b {
            return Err(SubsetError("bad loca"));
        }
        glyf.get(a..b).ok_or(SubsetError("glyph out of bounds"))
    };

    // Close the set over composite components.
    let mut keep: BTreeSet<usize> = used
        .values()
        .map(|&g| usize::from(g))
        .filter(|&g| g < num_glyphs)
        .collect();
    keep.insert(0);
    let mut todo: Vec<usize> = keep.iter().copied().collect();
    while let Some(g) = todo.pop() {
        let data = glyph(g)?;
        if data.len() < 10 || i16::from_be_bytes([data[0], data[1]]) >= 0 {
            continue; // empty or simple glyph
        }
        for (_, _, component) in components(data)?.0 {
            if component < num_glyphs && keep.insert(component) {
                todo.push(component);
            }
        }
    }

    // New glyf, hmtx with unused entries zeroed, and loca (short format
    // when the outlines are small enough).
    let mut new_glyf = Vec::new();
    let mut new_offsets = Vec::with_capacity(num_glyphs + 1);
    for g in 0..num_glyphs {
        new_offsets.push(new_glyf.len());
        if keep.contains(&g) {
            new_glyf.extend_from_slice(&without_instructions(glyph(g)?)?);
            while new_glyf.len() % 4 != 0 {
                new_glyf.push(0);
            }
        }
    }
    new_offsets.push(new_glyf.len());
    let short = new_glyf.len() / 2 <= usize::from(u16::MAX);
    let mut new_loca = Vec::with_capacity(if short { 2 } else { 4 } * new_offsets.len());
    for o in new_offsets {
        if short {
            new_loca.extend_from_slice(&((o / 2) as u16).to_be_bytes());
        } else {
            new_loca.extend_from_slice(&(o as u32).to_be_bytes());
        }
    }
    let metrics = usize::from(u16_at(hhea, 34)?);
    let mut new_hmtx = hmtx.to_vec();
    for g in 0..num_glyphs {
        if keep.contains(&g) {
            continue;
        }
        let range = if g < metrics {
            4 * g..4 * g + 4
        } else {
            4 * metrics + 2 * (g - metrics)..4 * metrics + 2 * (g - metrics) + 2
        };
        if let Some(slot) = new_hmtx.get_mut(range) {
            slot.fill(0);
        }
    }
    let mut new_head = head.to_vec();
    if new_head.len() < 54 {
        return Err(SubsetError("short head"));
    }
    new_head[8..12].fill(0); // checkSumAdjustment, set below
    new_head[50..52].copy_from_slice(&u16::from(!short).to_be_bytes());

    let mut out_tables: Vec<([u8; 4], Vec<u8>)> = Vec::new();
    // Sorted by tag, as the sfnt directory wants. `cmap` (just the
    // characters used) and `OS/2` let printpdf read the subset as a font;
    // PDF readers ignore them.
    for tag in [
        b"OS/2", b"cmap", b"cvt ", b"fpgm", b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp",
        b"prep",
    ] {
        let data = match tag {
            // Each tag comes once: the new tables are moved, not copied.
            b"glyf" => std::mem::take(&mut new_glyf),
            b"loca" => std::mem::take(&mut new_loca),
            b"hmtx" => std::mem::take(&mut new_hmtx),
            b"head" => std::mem::take(&mut new_head),
            b"cmap" => small_cmap(used),
            _ => match table(font, &dir, tag) {
                Ok(t) => t.to_vec(),
                Err(_) if matches!(tag, b"cvt " | b"fpgm" | b"prep" | b"OS/2") => {
                    continue;
                }
                Err(e) => return Err(e),
            },
        };
        out_tables.push((*tag, data));
    }
    Ok(assemble(out_tables))
}

/// A glyph without its hinting instructions: PDF viewers draw outlines
/// unhinted, and the instructions are a third of a glyph's bytes.
fn without_instructions(data: &[u8]) -> Result<Vec<u8>, SubsetError> {
    if data.len() < 10 {
        return Ok(data.to_vec());
    }
    let contours = i16::from_be_bytes([data[0], data[1]]);
    if contours >= 0 {
        let n = contours as usize;
        let at = 10 + 2 * n;
        let len = usize::from(u16_at(data, at)?);
        let rest = data
            .get(at + 2 + len..)
            .ok_or(SubsetError("truncated glyph"))?;
        let mut out = Vec::with_capacity(data.len() - len);
        out.extend_from_slice(&data[..at]);
        out.extend_from_slice(&0u16.to_be_bytes());
        out.extend_from_slice(rest);
        return Ok(out);
    }
    // Composite: clear WE_HAVE_INSTRUCTIONS and drop what follows the
    // last component.
    let mut out = data.to_vec();
    let (parts, at) = components(data)?;
    for (offset, flags, _) in parts {
        out[offset..offset + 2].copy_from_slice(&(flags & !0x0100).to_be_bytes());
    }
    out.truncate(at.min(out.len()));
    Ok(out)
}

fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, c| {
        let mut b = [0u8; 4];
        b[..c.len()].copy_from_slice(c);
        sum.wrapping_add(u32::from_be_bytes(b))
    })
}

/// Writes an sfnt from its tables (sorted by tag), with checksums.
fn assemble(tables: Vec<([u8; 4], Vec<u8>)>) -> Vec<u8> {
    let n = tables.len() as u16;
    let mut power = 1u16;
    let mut log = 0u16;
    while power * 2 <= n {
        power *= 2;
        log += 1;
    }
    let mut out = Vec::new();
    out.extend_from_slice(&0x0001_0000u32.to_be_bytes());
    out.extend_from_slice(&n.to_be_bytes());
    out.extend_from_slice(&(power * 16).to_be_bytes());
    out.extend_from_slice(&log.to_be_bytes());
    out.extend_from_slice(&(n * 16 - power * 16).to_be_bytes());
    let mut offset = 12 + 16 * tables.len();
    let mut head_at = None;
    for (tag, data) in &tables {
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&(offset as u32).to_be_bytes());
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        if tag == b"head" {
            head_at = Some(offset);
        }
        offset += data.len().div_ceil(4) * 4;
    }
    for (_, data) in &tables {
        out.extend_from_slice(data);
        while out.len() % 4 != 0 {
            out.push(0);
        }
    }
    if let Some(at) = head_at {
        let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
        out[at + 8..at + 12].copy_from_slice(&adjustment.to_be_bytes());
    }
    out
}

/// The whole of `font` without hinting: each glyph's instructions
/// dropped, and the `cvt `, `fpgm`, `prep`, `hdmx`, `LTSH` and `VDMX`
/// tables with them; every glyph id and every other table kept. For a
/// renderer that subsets by itself (krilla): done once per process, in
/// memory, the font files shipped stay as they are.
pub fn unhinted(font: &[u8]) -> Result<Vec<u8>, SubsetError> {
    let dir = tables(font)?;
    let head = table(font, &dir, b"head")?;
    let maxp = table(font, &dir, b"maxp")?;
    let loca = table(font, &dir, b"loca")?;
    let glyf = table(font, &dir, b"glyf")?;
    let num_glyphs = usize::from(u16_at(maxp, 4)?);
    let long_loca = u16_at(head, 50)? == 1;
    let mut new_glyf = Vec::with_capacity(glyf.len());
    let mut new_loca = Vec::with_capacity(4 * (num_glyphs + 1));
    let at = |i: usize| -> Result<usize, SubsetError> {
        if long_loca {
            u32_at(loca, 4 * i).map(|v| v as usize)
        } else {
            u16_at(loca, 2 * i).map(|v| 2 * v as usize)
        }
    };
    for g in 0..num_glyphs {
        new_loca.extend_from_slice(&(new_glyf.len() as u32).to_be_bytes());
        let (a, b) = (at(g)?, at(g + 1)?);
        let data = glyf.get(a..b).ok_or(SubsetError("glyph out of bounds"))?;
        if !data.is_empty() {
            new_glyf.extend_from_slice(&without_instructions(data)?);
            while new_glyf.len() % 4 != 0 {
                new_glyf.push(0);
            }
        }
    }
    new_loca.extend_from_slice(&(new_glyf.len() as u32).to_be_bytes());
    let mut new_head = head.to_vec();
    if new_head.len() < 54 {
        return Err(SubsetError("short head"));
    }
    new_head[8..12].fill(0);
    new_head[50..52].copy_from_slice(&1u16.to_be_bytes());
    let mut new_maxp = maxp.to_vec();
    if new_maxp.len() >= 32 {
        // maxFunctionDefs, maxInstructionDefs, maxStackElements,
        // maxSizeOfInstructions: nothing to run any more.
        new_maxp[20..28].fill(0);
    }
    let mut out: Vec<([u8; 4], Vec<u8>)> = Vec::new();
    for (tag, off, len) in &dir {
        let data = match tag {
            b"cvt " | b"fpgm" | b"prep" | b"hdmx" | b"LTSH" | b"VDMX" => continue,
            b"glyf" => std::mem::take(&mut new_glyf),
            b"loca" => std::mem::take(&mut new_loca),
            b"head" => std::mem::take(&mut new_head),
            b"maxp" => std::mem::take(&mut new_maxp),
            _ => font
                .get(*off..off + len)
                .ok_or(SubsetError("table out of bounds"))?
                .to_vec(),
        };
        out.push((*tag, data));
    }
    out.sort_by_key(|t| t.0);
    Ok(assemble(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::FontFamily;
    use crate::layout::fonts::family;

    #[test]
    fn subset_keeps_ids_and_outlines_of_used_glyphs_only() {
        let face = &family(FontFamily::Sans).faces[0];
        let full = face.data;
        let parsed = ttf_parser::Face::parse(full, 0).unwrap();
        let e_acute = parsed.glyph_index('é').unwrap();
        let a = parsed.glyph_index('a').unwrap();
        let z = parsed.glyph_index('z').unwrap();
        let small = subset(full, &[('é', e_acute.0), ('a', a.0)].into_iter().collect()).unwrap();
        assert!(
            small.len() < full.len() / 3,
            "{} vs {}",
            small.len(),
            full.len()
        );
        let sub = ttf_parser::Face::parse(&small, 0).expect("a valid font");
        assert_eq!(sub.number_of_glyphs(), parsed.number_of_glyphs());
        struct Count(usize);
        impl ttf_parser::OutlineBuilder for Count {
            fn move_to(&mut self, _: f32, _: f32) {
                self.0 += 1
            }
            fn line_to(&mut self, _: f32, _: f32) {
                self.0 += 1
            }
            fn quad_to(&mut self, _: f32, _: f32, _: f32, _: f32) {
                self.0 += 1
            }
            fn curve_to(&mut self, _: f32, _: f32, _: f32, _: f32, _: f32, _: f32) {
                self.0 += 1
            }
            fn close(&mut self) {}
        }
        let outline = |f: &ttf_parser::Face, g| {
            let mut c = Count(0);
            f.outline_glyph(g, &mut c);
            c.0
        };
        assert_eq!(outline(&sub, e_acute), outline(&parsed, e_acute));
        assert_eq!(outline(&sub, a), outline(&parsed, a));
        assert_eq!(outline(&sub, z), 0);
        assert_eq!(checksum(&small), 0xB1B0_AFBA);
        assert_eq!(sub.glyph_index('é'), Some(e_acute));
        assert_eq!(sub.glyph_index('z'), None);
    }
}
