//! TrueType fonts without their hinting, for embedding: PDF viewers draw
//! outlines unhinted, and the instructions, `fpgm`, `prep` and `cvt ` are a
//! third of a font's bytes. krilla subsets what it is given; it is given
//! the font without them (in memory, once per process: the font files
//! shipped stay as they are, as their licence asks).

/// Why a font could not be read.
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
    fn unhinted_keeps_every_glyph_and_outline_and_drops_the_hinting() {
        let full = family(FontFamily::Sans).faces[0].data;
        let light = unhinted(full).unwrap();
        assert!(
            light.len() < full.len(),
            "{} vs {}",
            light.len(),
            full.len()
        );
        let (a, b) = (
            ttf_parser::Face::parse(full, 0).unwrap(),
            ttf_parser::Face::parse(&light, 0).expect("a valid font"),
        );
        assert_eq!(a.number_of_glyphs(), b.number_of_glyphs());
        for c in ['a', 'é', 'Œ', '€', '«'] {
            let g = a.glyph_index(c).unwrap();
            assert_eq!(b.glyph_index(c), Some(g));
            assert_eq!(a.glyph_bounding_box(g), b.glyph_bounding_box(g), "{c}");
            assert_eq!(a.glyph_hor_advance(g), b.glyph_hor_advance(g), "{c}");
        }
        let names: Vec<[u8; 4]> = tables(&light).unwrap().iter().map(|t| t.0).collect();
        for hinting in [*b"fpgm", *b"prep", *b"cvt "] {
            assert!(!names.contains(&hinting));
        }
    }
}
