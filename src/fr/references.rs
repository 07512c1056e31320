//! A list of references (mandate and receipt numbers) written compactly:
//! « M-2006-0412, 0431, 0433 à 0436 ; T-2007-0101 ». A statement's voucher
//! column then holds a few lines, not one number per line.

/// A run of consecutive numbers: first, last, and how many digits each
/// is written with.
type Run = (u64, u64, usize);

/// A reference split into the part that repeats and its number:
/// « M-2006-0412 » → (« M-2006- », 412, 4 digits).
fn split(reference: &str) -> Option<(&str, u64, usize)> {
    let digits = reference
        .bytes()
        .rev()
        .take_while(u8::is_ascii_digit)
        .count();
    if digits == 0 || digits > 18 {
        return None;
    }
    let (prefix, number) = reference.split_at(reference.len() - digits);
    Some((prefix, number.parse().ok()?, digits))
}

/// `references` in their order, those that share a prefix written once
/// with their numbers after it, runs of consecutive numbers as « a à b »
/// (kept on one line);
/// groups of different prefixes separated by « ; ». A reference without a
/// final number is written whole.
pub fn compact(references: &[String]) -> String {
    // Each group: its prefix and its runs (first, last, digits).
    let mut groups: Vec<(String, Vec<Run>)> = Vec::new();
    let mut whole: Vec<(usize, String)> = Vec::new();
    for r in references
        .iter()
        .map(|r| r.trim())
        .filter(|r| !r.is_empty())
    {
        let Some((prefix, n, digits)) = split(r) else {
            whole.push((groups.len(), r.to_string()));
            groups.push((String::new(), Vec::new()));
            continue;
        };
        match groups.last_mut() {
            Some((p, runs)) if p == prefix && !runs.is_empty() => match runs.last_mut() {
                Some(last) if last.2 == digits && n == last.1 + 1 => last.1 = n,
                _ => runs.push((n, n, digits)),
            },
            _ => groups.push((prefix.to_string(), vec![(n, n, digits)])),
        }
    }
    let number = |n: u64, digits: usize| format!("{n:0digits$}");
    groups
        .iter()
        .enumerate()
        .map(|(i, (prefix, runs))| {
            if let Some((_, text)) = whole.iter().find(|(at, _)| *at == i) {
                return text.clone();
            }
            runs.iter()
                .enumerate()
                .map(|(j, &(first, last, digits))| {
                    let start = if j == 0 {
                        format!("{prefix}{}", number(first, digits))
                    } else {
                        number(first, digits)
                    };
                    match last - first {
                        0 => start,
                        1 => format!("{start}, {}", number(last, digits)),
                        _ => format!("{start}\u{a0}à\u{a0}{}", number(last, digits)),
                    }
                })
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect::<Vec<_>>()
        .join(" ; ")
}

#[cfg(test)]
mod tests {
    use super::compact;

    fn of(items: &[&str]) -> String {
        compact(&items.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn shared_prefixes_are_written_once() {
        assert_eq!(of(&["M-2006-0412", "M-2006-0431"]), "M-2006-0412, 0431");
        assert_eq!(
            of(&[
                "M-2007-0101",
                "M-2007-0102",
                "M-2007-0103",
                "M-2007-0110",
                "T-2007-0005"
            ]),
            "M-2007-0101\u{a0}à\u{a0}0103, 0110 ; T-2007-0005"
        );
        assert_eq!(of(&["M-1", "M-2"]), "M-1, 2");
        assert_eq!(of(&["facture Dupont", "M-0009"]), "facture Dupont ; M-0009");
        assert_eq!(of(&[]), "");
        // A number that loses a digit is not a run of the one before.
        assert_eq!(of(&["A-099", "A-0100"]), "A-099, 0100");
    }
}
