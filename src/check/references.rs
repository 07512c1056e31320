//! Ids are unique and well formed; every reference names something that
//! exists.

use super::noun;
use crate::t;
use std::collections::HashMap;

use super::Ctx;
use crate::model::{EntryKind, ResourceSource};

/// Whether an id is made of lower-case ASCII letters, digits and hyphens
/// (it ends up in file names).
pub(super) fn well_formed(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

/// The members whose id is well formed: the rules about what a member
/// does pass over one whose id is written wrong, which is said once, at
/// its id.
pub(super) fn well_named_members(
    p: &crate::Programme,
) -> impl Iterator<Item = &crate::model::Member> {
    p.members.iter().filter(|m| well_formed(&m.id))
}

/// Ids are well formed and unique within their family.
pub fn unique_ids(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    let families: Vec<(&str, Vec<(String, &str)>)> =
        vec![
            (
                "member",
                p.members
                    .iter()
                    .enumerate()
                    .map(|(i, m)| (format!("members[{i}].id"), m.id.as_str()))
                    .collect(),
            ),
            (
                "budget line or resource",
                p.budget
                    .lines
                    .iter()
                    .enumerate()
                    .map(|(i, l)| (format!("budget.lines[{i}].id"), l.id.as_str()))
                    .chain(
                        p.budget
                            .resources
                            .iter()
                            .enumerate()
                            .map(|(i, r)| (format!("budget.resources[{i}].id"), r.id.as_str())),
                    )
                    .collect(),
            ),
            (
                "action",
                p.actions
                    .missions
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (format!("actions.missions[{i}].id"), a.id.as_str()))
                    .chain(
                        p.actions
                            .trainings
                            .iter()
                            .enumerate()
                            .map(|(i, a)| (format!("actions.trainings[{i}].id"), a.id.as_str())),
                    )
                    .chain(
                        p.actions.exchange_days.iter().enumerate().map(|(i, a)| {
                            (format!("actions.exchange_days[{i}].id"), a.id.as_str())
                        }),
                    )
                    .collect(),
            ),
            (
                "institution",
                p.governance
                    .institutions
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("governance.institutions[{i}].id"), x.id.as_str()))
                    .collect(),
            ),
            (
                "committee",
                p.governance
                    .committees
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("governance.committees[{i}].id"), x.id.as_str()))
                    .collect(),
            ),
            (
                "meeting",
                p.governance
                    .meetings
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("governance.meetings[{i}].id"), x.id.as_str()))
                    .collect(),
            ),
        ];
    for (what, ids) in families {
        let mut seen: HashMap<&str, &str> = HashMap::new();
        for (path, id) in &ids {
            if !well_formed(id) {
                ctx.error(
                    "id-format",
                    ctx.at(path),
                    t!("id-invalid", what = noun(what), id = *id),
                    match crate::plan::slug(id) {
                        s if well_formed(&s) => t!("id-invalid-hint-as", id = s),
                        _ => t!("id-invalid-hint"),
                    },
                );
            }
            if let Some(first) = seen.get(id) {
                let message = match ctx.at(first) {
                    Some(l) => t!("id-twice-at", what = noun(what), id = *id, line = l.line),
                    None => t!("id-twice", what = noun(what), id = *id),
                };
                ctx.error("duplicate-id", ctx.at(path), message, t!("id-twice-hint"));
            } else {
                seen.insert(id, path);
            }
        }
    }
    // A list of references names each thing once.
    for (i, committee) in p.governance.committees.iter().enumerate() {
        let none = Vec::new();
        for (list, what, ids) in [
            (
                "members",
                "member",
                committee.members.as_ref().unwrap_or(&none),
            ),
            ("invited", "institution", &committee.invited),
        ] {
            let mut seen = std::collections::HashSet::new();
            for (j, id) in ids.iter().enumerate() {
                if !seen.insert(id) {
                    ctx.error(
                        "duplicate-id",
                        ctx.at(&format!("governance.committees[{i}].{list}[{j}]")),
                        t!(
                            "id-listed-twice",
                            what = noun(what),
                            id = id.as_str(),
                            committee = committee.id.as_str()
                        ),
                        t!("id-listed-twice-hint"),
                    );
                }
            }
        }
    }
    // Vouchers identify ledger lines, whatever their case and spaces:
    // `T-2006-0201` and `t-2006-0201 ` are one voucher.
    let mut vouchers: HashMap<String, usize> = HashMap::new();
    let key = |v: &str| -> String {
        v.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect()
    };
    for (row, entry) in p.ledger.iter().enumerate() {
        if let Some(first) = vouchers.get(&key(&entry.voucher)) {
            let first_line = ctx.ledger_at(*first, "voucher").map_or(0, |l| l.line);
            ctx.error(
                "duplicate-id",
                ctx.ledger_at(row, "voucher"),
                t!(
                    "voucher-twice",
                    voucher = entry.voucher.as_str(),
                    line = first_line
                ),
                t!("voucher-twice-hint"),
            );
        } else {
            vouchers.insert(key(&entry.voucher), row);
        }
    }
    // A participant listed twice.
    let mut people: HashMap<(&str, String, String), usize> = HashMap::new();
    for (row, person) in p.participants.iter().enumerate() {
        let key = (
            person.partnership.as_str(),
            person.first_name.to_lowercase(),
            person.last_name.to_lowercase(),
        );
        if let Some(first) = people.get(&key) {
            let first_line = ctx
                .participant_at(*first, "last_name")
                .map_or(0, |l| l.line);
            ctx.error(
                "duplicate-id",
                ctx.participant_at(row, "last_name"),
                t!(
                    "person-twice",
                    first_name = person.first_name.as_str(),
                    last_name = person.last_name.as_str(),
                    partnership = person.partnership.as_str(),
                    line = first_line
                ),
                t!("person-twice-hint"),
            );
        } else {
            people.insert(key, row);
        }
    }
}

/// A list of ids, with fast membership (programmes of thousands of members
/// are checked in linear time) and its order kept for suggestions.
struct Known<'a> {
    list: Vec<&'a str>,
    set: std::collections::HashSet<&'a str>,
}

impl<'a> Known<'a> {
    fn new(ids: impl Iterator<Item = &'a str>) -> Self {
        let list: Vec<&str> = ids.collect();
        let set = list.iter().copied().collect();
        Known { list, set }
    }

    fn contains(&self, id: &&str) -> bool {
        self.set.contains(id)
    }

    fn iter(&self) -> std::slice::Iter<'_, &'a str> {
        self.list.iter()
    }
}

/// Every reference names an existing member, line, action, committee or
/// institution.
pub fn resolve(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    let members = Known::new(p.members.iter().map(|m| m.id.as_str()));
    let lines = Known::new(p.budget.lines.iter().map(|l| l.id.as_str()));
    let resources = Known::new(p.budget.resources.iter().map(|r| r.id.as_str()));
    let institutions = Known::new(p.governance.institutions.iter().map(|x| x.id.as_str()));
    let committees = Known::new(p.governance.committees.iter().map(|x| x.id.as_str()));
    let attendable = Known::new(
        p.actions
            .trainings
            .iter()
            .map(|t| t.id.as_str())
            .chain(p.actions.exchange_days.iter().map(|e| e.id.as_str())),
    );

    if !members.contains(&p.lead.member.as_str()) {
        ctx.unknown_reference(
            ctx.at("lead.member"),
            "member",
            &p.lead.member,
            members.iter().copied(),
        );
    }
    let action_lines = p
        .actions
        .missions
        .iter()
        .enumerate()
        .map(|(i, a)| (format!("actions.missions[{i}].line"), &a.line))
        .chain(
            p.actions
                .trainings
                .iter()
                .enumerate()
                .map(|(i, a)| (format!("actions.trainings[{i}].line"), &a.line)),
        )
        .chain(
            p.actions
                .exchange_days
                .iter()
                .enumerate()
                .map(|(i, a)| (format!("actions.exchange_days[{i}].line"), &a.line)),
        );
    for (path, line) in action_lines {
        if !lines.contains(&line.as_str()) {
            ctx.unknown_reference(ctx.at(&path), "budget line", line, lines.iter().copied());
        }
    }
    for (i, mission) in p.actions.missions.iter().enumerate() {
        for member in mission.days.keys() {
            if !members.contains(&member.as_str()) {
                let at = ctx
                    .locations
                    .key(&format!("actions.missions[{i}].days.{member}"));
                ctx.unknown_reference(at, "member", member, members.iter().copied());
            }
        }
    }
    for (i, committee) in p.governance.committees.iter().enumerate() {
        for (j, member) in committee.members.iter().flatten().enumerate() {
            if !members.contains(&member.as_str()) {
                ctx.unknown_reference(
                    ctx.at(&format!("governance.committees[{i}].members[{j}]")),
                    "member",
                    member,
                    members.iter().copied(),
                );
            }
        }
        if let Some(body) = &committee.signing_body
            && !lines.contains(&body.budget_line.as_str())
        {
            ctx.unknown_reference(
                ctx.at(&format!(
                    "governance.committees[{i}].signing_body.budget_line"
                )),
                "budget line",
                &body.budget_line,
                lines.iter().copied(),
            );
        }
        for (j, inst) in committee.invited.iter().enumerate() {
            if !institutions.contains(&inst.as_str()) {
                ctx.unknown_reference(
                    ctx.at(&format!("governance.committees[{i}].invited[{j}]")),
                    "institution",
                    inst,
                    institutions.iter().copied(),
                );
            }
        }
    }
    for (i, e) in p.actions.exchange_days.iter().enumerate() {
        if let Some(by) = &e.theme_by
            && !committees.contains(&by.as_str())
        {
            ctx.unknown_reference(
                ctx.at(&format!("actions.exchange_days[{i}].theme_by")),
                "committee",
                by,
                committees.iter().copied(),
            );
        }
    }
    for (i, meeting) in p.governance.meetings.iter().enumerate() {
        if !committees.contains(&meeting.committee.as_str()) {
            ctx.unknown_reference(
                ctx.at(&format!("governance.meetings[{i}].committee")),
                "committee",
                &meeting.committee,
                committees.iter().copied(),
            );
        }
    }
    for (row, entry) in p.ledger.iter().enumerate() {
        match entry.kind {
            EntryKind::Expense => {
                if !lines.contains(&entry.line.as_str()) {
                    ctx.unknown_reference(
                        ctx.ledger_at(row, "line"),
                        "budget line",
                        &entry.line,
                        lines.iter().copied(),
                    );
                }
            }
            EntryKind::Receipt => match p.budget.resources.iter().find(|r| r.id == entry.line) {
                None => ctx.unknown_reference(
                    ctx.ledger_at(row, "line"),
                    "resource",
                    &entry.line,
                    resources.iter().copied(),
                ),
                Some(resource) if resource.source == ResourceSource::Members => {
                    if !members.contains(&entry.party.as_str()) {
                        ctx.unknown_reference(
                            ctx.ledger_at(row, "party"),
                            "member",
                            &entry.party,
                            members.iter().copied(),
                        );
                    }
                }
                Some(resource) if resource.source == ResourceSource::State => {
                    if entry.party != "state" {
                        ctx.error(
                            "unknown-reference",
                            ctx.ledger_at(row, "party"),
                            t!(
                                "state-receipt-party",
                                resource = resource.id.as_str(),
                                party = entry.party.as_str()
                            ),
                            t!("state-receipt-party-hint"),
                        );
                    }
                }
                Some(_) => {}
            },
        }
    }
    for (row, person) in p.participants.iter().enumerate() {
        if !members.contains(&person.partnership.as_str()) {
            ctx.unknown_reference(
                ctx.participant_at(row, "partnership"),
                "member (partnership)",
                &person.partnership,
                members.iter().copied(),
            );
        }
        for action in &person.actions {
            if !attendable.contains(&action.as_str()) {
                ctx.unknown_reference(
                    ctx.participant_at(row, "actions"),
                    "training or exchange day",
                    action,
                    attendable.iter().copied(),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::well_formed;

    #[test]
    fn ids_are_slugs() {
        assert!(well_formed("saint-loup-lamaire"));
        assert!(well_formed("copil-fr-2007"));
        assert!(!well_formed("Ruffec"));
        assert!(!well_formed("couhe "));
        assert!(!well_formed("../etc"));
        assert!(!well_formed(""));
        assert!(!well_formed("-a"));
        assert!(!well_formed("élancourt"));
    }
}
