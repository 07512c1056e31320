//! The keys each part of `programme.yaml` accepts, for reporting unknown
//! keys with a suggestion.
//!
//! The lists come from the types themselves: serde hands the field names of
//! a struct to the deserializer, and [`fields_of`] catches them there, so
//! they can never drift from the model.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use super::types::*;

/// Catches the field names serde passes to `deserialize_struct`.
struct FieldsProbe<'a>(&'a mut &'static [&'static str]);

#[derive(Debug)]
struct Caught;

impl fmt::Display for Caught {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("probe")
    }
}

impl std::error::Error for Caught {}

impl de::Error for Caught {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Caught
    }
}

impl<'de> Deserializer<'de> for FieldsProbe<'_> {
    type Error = Caught;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Caught> {
        Err(Caught)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Caught> {
        *self.0 = fields;
        Err(Caught)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map enum identifier ignored_any
    }
}

/// The keys a struct accepts.
pub fn fields_of<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(FieldsProbe(&mut fields));
    fields
}

/// The keys accepted by the mapping at `path` (a path such as
/// `members[3].partner`), when gabarit knows which part of the programme it
/// is.
pub fn expected_at(path: &str) -> Option<&'static [&'static str]> {
    let segments: Vec<&str> = path.split(['.', '[']).collect();
    let last = *segments.last()?;
    let parent = segments.len().checked_sub(2).map(|i| segments[i]);
    if path.is_empty() {
        return Some(fields_of::<Programme>());
    }
    if let Some(stripped) = last.strip_suffix(']')
        && stripped.parse::<usize>().is_ok()
    {
        // An item of a list: the type follows from the list's name.
        return Some(match parent? {
            "members" => fields_of::<Member>(),
            "lines" => fields_of::<BudgetLine>(),
            "resources" => fields_of::<Resource>(),
            "missions" => fields_of::<Mission>(),
            "trainings" => fields_of::<Training>(),
            "exchange_days" => fields_of::<ExchangeDay>(),
            "institutions" => fields_of::<Institution>(),
            "committees" => fields_of::<Committee>(),
            "meetings" => fields_of::<Meeting>(),
            "milestones" => fields_of::<Milestone>(),
            "tranches" => fields_of::<Tranche>(),
            "mandates" => fields_of::<super::types::Mandate>(),
            "schedule" => fields_of::<ScheduleDay>(),
            "documents" => fields_of::<super::documents::Family>(),
            _ => return None,
        });
    }
    if parent == Some("days") {
        return Some(fields_of::<MissionDays>());
    }
    Some(match last {
        "programme" => fields_of::<ProgrammeInfo>(),
        "files" => fields_of::<DataFiles>(),
        "lead" => fields_of::<LeadAuthority>(),
        "state" => fields_of::<State>(),
        "budget" => fields_of::<Budget>(),
        "actions" => fields_of::<Actions>(),
        "governance" => fields_of::<Governance>(),
        "issued" => fields_of::<Issued>(),
        "address" | "delegation_address" => fields_of::<Address>(),
        "signatory" | "referent" | "contact" | "deputy" | "comptable" => fields_of::<Person>(),
        "bank" => fields_of::<BankAccount>(),
        "partner" => fields_of::<Partner>(),
        "deliberation" => fields_of::<Deliberation>(),
        "place" => fields_of::<Place>(),
        "signing_body" => fields_of::<SigningBody>(),
        "carrier" => fields_of::<Carrier>(),
        "country" => fields_of::<Country>(),
        "currency" => fields_of::<Currency>(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_lists_come_from_the_types() {
        assert!(fields_of::<Programme>().contains(&"budget"));
        assert!(fields_of::<Person>().contains(&"first_name"));
        assert_eq!(
            expected_at("members[3].partner"),
            Some(fields_of::<Partner>())
        );
        assert_eq!(expected_at("members[3]"), Some(fields_of::<Member>()));
        assert_eq!(
            expected_at("actions.missions[0].days.ruffec"),
            Some(fields_of::<MissionDays>())
        );
        assert_eq!(expected_at(""), Some(fields_of::<Programme>()));
        assert_eq!(expected_at("budget.lines[0].forecast"), None);
    }
}
