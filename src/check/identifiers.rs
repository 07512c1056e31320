//! The identifiers a public accountant checks: the IBAN the State pays
//! into (ISO 13616, mod 97), its BIC (ISO 9362 shape), the SIREN of each
//! authority (Luhn), its INSEE code and its postal code (French shapes).

use super::Ctx;
use crate::t;

/// Whether `iban` (spaces allowed) passes the ISO 13616 check: two letters,
/// two check digits, up to 30 letters or digits, and the number mod 97 is 1.
pub fn iban_ok(iban: &str) -> bool {
    let s: String = iban.chars().filter(|c| !c.is_whitespace()).collect();
    if !(15..=34).contains(&s.len())
        || !s.chars().all(|c| c.is_ascii_alphanumeric())
        || !s[..2].chars().all(|c| c.is_ascii_uppercase())
        || !s[2..4].chars().all(|c| c.is_ascii_digit())
    {
        return false;
    }
    let moved = format!("{}{}", &s[4..], &s[..4]);
    let mut rest: u32 = 0;
    for c in moved.chars() {
        let value = match c.to_digit(36) {
            Some(v) => v,
            None => return false,
        };
        rest = if value < 10 {
            (rest * 10 + value) % 97
        } else {
            (rest * 100 + value) % 97
        };
    }
    rest == 1
}

/// Whether `bic` has the ISO 9362 shape: 4 letters (bank), 2 letters
/// (country), 2 letters or digits (place), and optionally 3 more (branch).
pub fn bic_ok(bic: &str) -> bool {
    let b = bic.trim();
    (b.len() == 8 || b.len() == 11)
        && b.is_ascii()
        && b[..6].chars().all(|c| c.is_ascii_uppercase())
        && b[6..]
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// Whether `siren` is 9 digits passing the Luhn check.
pub fn siren_ok(siren: &str) -> bool {
    let s: String = siren.chars().filter(|c| !c.is_whitespace()).collect();
    if s.len() != 9 || !s.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let sum: u32 = s
        .chars()
        .rev()
        .enumerate()
        .map(|(i, c)| {
            let d = c.to_digit(10).unwrap_or(0);
            if i % 2 == 1 {
                let d = d * 2;
                if d > 9 { d - 9 } else { d }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Whether `code` is an INSEE commune code: 5 characters, digits, or 2A/2B
/// (Corsica) then 3 digits.
pub fn insee_ok(code: &str) -> bool {
    let c = code.trim();
    c.len() == 5
        && c.is_ascii()
        && (c.chars().all(|x| x.is_ascii_digit())
            || ((c.starts_with("2A") || c.starts_with("2B"))
                && c[2..].chars().all(|x| x.is_ascii_digit())))
}

/// Whether `code` is a French postal code: 5 digits.
pub fn postal_code_ok(code: &str) -> bool {
    let c = code.trim();
    c.len() == 5 && c.chars().all(|x| x.is_ascii_digit())
}

/// Applies the identifier rules.
pub fn check(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    if !iban_ok(&p.lead.bank.iban) {
        ctx.error(
            "identifier",
            ctx.at("lead.bank.iban"),
            t!("iban-invalid", iban = p.lead.bank.iban.as_str()),
            t!("iban-invalid-hint"),
        );
    }
    if !bic_ok(&p.lead.bank.bic) {
        ctx.error(
            "identifier",
            ctx.at("lead.bank.bic"),
            t!("bic-invalid", bic = p.lead.bank.bic.as_str()),
            t!("bic-invalid-hint"),
        );
    }
    for (i, m) in p.members.iter().enumerate() {
        if let Some(siren) = &m.siren
            && !siren_ok(siren)
        {
            ctx.error(
                "identifier",
                ctx.at(&format!("members[{i}].siren")),
                t!("siren-invalid", siren = siren.as_str(), id = m.id.as_str()),
                t!("siren-invalid-hint"),
            );
        }
        if let Some(insee) = &m.insee
            && !insee_ok(insee)
        {
            ctx.error(
                "identifier",
                ctx.at(&format!("members[{i}].insee")),
                t!("insee-invalid", insee = insee.as_str(), id = m.id.as_str()),
                t!("insee-invalid-hint"),
            );
        }
        if m.address.country.is_none()
            && let Some(code) = &m.address.postal_code
            && !postal_code_ok(code)
        {
            ctx.error(
                "identifier",
                ctx.at(&format!("members[{i}].address.postal_code")),
                t!(
                    "postal-code-invalid",
                    code = code.as_str(),
                    id = m.id.as_str()
                ),
                t!("postal-code-invalid-hint"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_checked_as_accountants_do() {
        assert!(iban_ok("FR76 3000 6000 0112 3456 7890 189"));
        assert!(iban_ok("DE89370400440532013000"));
        assert!(!iban_ok("FR76 3000 6000 0112 3456 7890 188"));
        assert!(!iban_ok("FR76 3000 1000 0000 0000 0000 000"));
        assert!(!iban_ok("not an iban"));
        assert!(bic_ok("BDFEFRPPCCT") && bic_ok("AGRIFRPP"));
        assert!(!bic_ok("BDFE-FRPP") && !bic_ok("bdfefrpp"));
        assert!(siren_ok("732 829 320") && siren_ok("217900497"));
        assert!(!siren_ok("217900498") && !siren_ok("12345"));
        assert!(insee_ok("79049") && insee_ok("2A004") && !insee_ok("7904"));
        assert!(postal_code_ok("79300") && !postal_code_ok("7930"));
    }
}
