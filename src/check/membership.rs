//! Who is a member, when, and how it signs: joining and leaving dates,
//! convention dates against deliberations and counterparties, groupements
//! and their carriers, partners not chosen yet, late joiners left off a
//! committee, milestones that are meetings, names the grammar cannot
//! decline or that repeat their kind, institutions a sentence cannot
//! name.

use super::Ctx;
use crate::fr::grammar::Article;
use crate::model::{AuthorityKind, EventKind, PartnerKind, Side};
use crate::parties::{assembly, kind_info};
use crate::t;

/// "write it with its article: `la …` or `le …`" (`l'…` before a vowel).
fn with_article_hint(text: &str) -> String {
    if crate::fr::grammar::elides(text) {
        t!("with-article-elided", text = text)
    } else {
        t!("with-article", text = text)
    }
}

use super::day as fr;

/// Applies the membership rules.
pub fn check(ctx: &mut Ctx<'_>) {
    members(ctx);
    committees(ctx);
    milestones(ctx);
    country(ctx);
    institutions(ctx);
}

/// The kind word a bare name starts with, when it does: « Département de
/// la Vienne » under kind `departement` would print « le département de
/// Département de la Vienne ». Every kind's word counts, not only the
/// authority's own (« communauté d'agglomération du … » under kind
/// `communaute_de_communes`).
fn repeated_kind(short_name: &str) -> Option<String> {
    use AuthorityKind::*;
    let rest = crate::fr::grammar::split_article(short_name.trim()).rest;
    let first = rest.split_whitespace().next()?.to_lowercase();
    let kinds = [
        Commune,
        CommunauteDeCommunes,
        CommunauteDAgglomeration,
        CommunauteUrbaine,
        Metropole,
        Syndicat,
        Departement,
        Region,
        CollectiviteAStatutParticulier,
    ]
    .map(|k| kind_info(k).noun);
    let partner_kinds = [
        PartnerKind::Municipalite,
        PartnerKind::Prefecture,
        PartnerKind::Province,
        PartnerKind::District,
        PartnerKind::Canton,
        PartnerKind::Cercle,
    ]
    .map(|k| crate::parties::partner_kind_noun(k).map_or("", |(noun, _)| noun));
    kinds
        .iter()
        .chain(partner_kinds.iter())
        .chain(["ville", "mairie", "conseil"].iter())
        .filter_map(|noun| noun.split_whitespace().next())
        .any(|word| word == first)
        .then_some(first)
}

/// A name that repeats its kind, unless the data writes the designation
/// whole.
fn kind_repeated(ctx: &mut Ctx<'_>, path: &str, short_name: &str, designation: Option<&str>) {
    if designation.is_some_and(|d| !d.trim().is_empty()) {
        return;
    }
    if let Some(word) = repeated_kind(short_name) {
        ctx.error(
            "name-grammar",
            ctx.at(&format!("{path}.short_name")),
            t!("name-repeats-kind", name = short_name.trim(), word = word),
            t!("name-repeats-kind-hint"),
        );
    }
}

/// An invited institution is named in sentences (« les institutions
/// suivantes sont invitées : l'ambassade du Sénégal en France… »): its
/// designation, or a name whose first word gabarit knows the gender of.
fn institutions(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    for (i, x) in p.governance.institutions.iter().enumerate() {
        if crate::parties::institution_designation(x).is_none() {
            ctx.warning(
                "name-grammar",
                ctx.at(&format!("governance.institutions[{i}].name")),
                t!("institution-designation", name = x.name.trim()),
                t!("institution-designation-hint", name = x.name.trim()),
            );
        }
    }
}

fn article_ok(ctx: &mut Ctx<'_>, path: &str, article: Option<&str>) {
    if let Some(a) = article
        && Article::parse(a).is_none()
    {
        ctx.error(
            "name-grammar",
            ctx.at(path),
            t!("article-invalid", article = a),
            t!("article-invalid-hint"),
        );
    }
}

fn members(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    let info = &p.programme;
    for (i, m) in p.members.iter().enumerate() {
        let path = format!("members[{i}]");
        article_ok(ctx, &format!("{path}.article"), m.article.as_deref());
        kind_repeated(ctx, &path, &m.short_name, m.designation.as_deref());
        // A groupement's convention cites the mandates of its authorities.
        if m.carrier.is_some() && m.mandates.is_empty() {
            ctx.warning(
                "mandates",
                ctx.at(&format!("{path}.carrier")),
                t!("mandates-missing", id = m.id.as_str()),
                t!("mandates-missing-hint"),
            );
        }
        for (j, x) in m.mandates.iter().enumerate() {
            if x.deliberation.date
                > p.issued
                    .conventions
                    .max(m.convention_date.unwrap_or(p.issued.conventions))
            {
                ctx.error(
                    "convention-date",
                    ctx.at(&format!("{path}.mandates[{j}].deliberation.date")),
                    t!(
                        "mandate-after-convention",
                        id = m.id.as_str(),
                        date = fr(x.deliberation.date)
                    ),
                    t!("mandate-after-convention-hint"),
                );
            }
        }
        if let Some(partner) = &m.partner {
            if partner.kind != PartnerKind::Other {
                kind_repeated(
                    ctx,
                    &format!("{path}.partner"),
                    &partner.short_name,
                    partner.designation.as_deref(),
                );
            }
            article_ok(
                ctx,
                &format!("{path}.partner.article"),
                partner.article.as_deref(),
            );
            if partner.kind == PartnerKind::Other && partner.designation.is_none() {
                ctx.error(
                    "name-grammar",
                    ctx.at(&format!("{path}.partner.kind")),
                    t!("partner-no-designation", id = m.id.as_str()),
                    t!("partner-no-designation-hint"),
                );
            }
            if m.without_partner {
                ctx.error(
                    "no-partner",
                    ctx.at(&format!("{path}.without_partner")),
                    t!("without-partner-has-one", id = m.id.as_str()),
                    t!("without-partner-has-one-hint"),
                );
            }
        } else if !m.without_partner {
            ctx.warning(
                "no-partner",
                ctx.at(&format!("{path}.id")),
                t!("no-partner", id = m.id.as_str()),
                t!("no-partner-hint"),
            );
        }
        if let Err(body) = assembly(m) {
            ctx.error(
                "name-grammar",
                ctx.at(&format!("{path}.deliberation.body")),
                t!("body-gender", body = body.as_str()),
                with_article_hint(&body),
            );
        }
        // Joining and leaving.
        for (key, date, message) in [
            ("joined", m.joined, "member-joined-outside"),
            ("left", m.left, "member-left-outside"),
        ] {
            if let Some(d) = date
                && !info.contains(d)
            {
                ctx.error(
                    "date-period",
                    ctx.at(&format!("{path}.{key}")),
                    t!(message, id = m.id.as_str(), date = fr(d)),
                    t!("period-hint", start = fr(info.start), end = fr(info.end)),
                );
            }
        }
        if let (Some(j), Some(l)) = (m.joined, m.left)
            && l < j
        {
            ctx.error(
                "date-order",
                ctx.at(&format!("{path}.left")),
                t!(
                    "member-leaves-before-joining",
                    id = m.id.as_str(),
                    left = fr(l),
                    joined = fr(j)
                ),
                t!("date-after-hint"),
            );
        }
        // The convention: own date for a late joiner, never before the
        // deliberation that authorises it.
        let joined_late = m.joined.is_some_and(|j| j > p.issued.conventions);
        let date = match m.convention_date {
            Some(d) => d,
            None if joined_late && m.id != p.lead.member => {
                ctx.error(
                    "convention-date",
                    ctx.at(&format!("{path}.joined")),
                    t!(
                        "convention-date-missing",
                        id = m.id.as_str(),
                        joined = m.joined.map(fr).unwrap_or_default(),
                        conventions = fr(p.issued.conventions)
                    ),
                    t!("convention-date-missing-hint"),
                );
                continue;
            }
            None => p.issued.conventions,
        };
        if let Some(j) = m.joined
            && joined_late
            && j < date
        {
            ctx.warning(
                "convention-date",
                ctx.at(&format!("{path}.joined")),
                t!(
                    "joins-before-convention",
                    id = m.id.as_str(),
                    joined = fr(j),
                    date = fr(date)
                ),
                t!("joins-before-convention-hint"),
            );
        }
        if date < m.deliberation.date && m.id != p.lead.member {
            ctx.error(
                "convention-date",
                ctx.at(&format!(
                    "{path}.{}",
                    if m.convention_date.is_some() {
                        "convention_date"
                    } else {
                        "deliberation.date"
                    }
                )),
                t!(
                    "convention-before-deliberation",
                    id = m.id.as_str(),
                    date = fr(date),
                    deliberation = fr(m.deliberation.date)
                ),
                t!("convention-before-deliberation-hint"),
            );
        }
        // Groupements have a carrier; others sign themselves.
        let legal = kind_info(m.kind).legal_person;
        match (&m.carrier, legal) {
            (None, false) => ctx.error(
                "carrier",
                ctx.at(&format!("{path}.kind")),
                t!("carrier-missing", id = m.id.as_str()),
                t!("carrier-missing-hint"),
            ),
            (Some(c), false) if !kind_info(c.kind).legal_person => ctx.error(
                "carrier",
                ctx.at(&format!("{path}.carrier.kind")),
                t!("carrier-groupement", id = m.id.as_str()),
                t!("carrier-groupement-hint"),
            ),
            (Some(_), false) => {}
            (Some(_), true) => ctx.error(
                "carrier",
                ctx.at(&format!("{path}.carrier")),
                t!("carrier-needless", id = m.id.as_str()),
                t!("carrier-needless-hint"),
            ),
            (None, true) => {}
        }
        if m.id == p.lead.member && m.kind == AuthorityKind::Groupement {
            ctx.error(
                "carrier",
                ctx.at(&format!("{path}.kind")),
                t!("lead-groupement"),
                t!("lead-groupement-hint"),
            );
        }
    }
}

fn committees(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    for (i, k) in p.governance.committees.iter().enumerate() {
        if let Some(body) = &k.signing_body {
            if crate::fr::grammar::split_article(&body.name).article == Article::None {
                ctx.error(
                    "name-grammar",
                    ctx.at(&format!("governance.committees[{i}].signing_body.name")),
                    t!("signing-body-no-article", name = body.name.as_str()),
                    with_article_hint(&body.name),
                );
            }
            let date = body.convention_date.unwrap_or(p.issued.conventions);
            if body.established.is_none() {
                ctx.warning(
                    "convention-date",
                    ctx.at(&format!("governance.committees[{i}].signing_body.name")),
                    t!(
                        "signing-body-established-unknown",
                        name = body.name.as_str(),
                        date = fr(date)
                    ),
                    t!("signing-body-established-unknown-hint"),
                );
            }
            if let Some(est) = body.established
                && date < est
            {
                ctx.error(
                    "convention-date",
                    ctx.at(&format!(
                        "governance.committees[{i}].signing_body.{}",
                        if body.convention_date.is_some() {
                            "convention_date"
                        } else {
                            "established"
                        }
                    )),
                    t!(
                        "convention-before-established",
                        name = body.name.as_str(),
                        date = fr(date),
                        established = fr(est)
                    ),
                    t!("convention-before-established-hint"),
                );
            }
        }
        // A late joiner missing from a committee that lists its members.
        if let Some(list) = &k.members {
            for m in super::references::well_named_members(p) {
                let sits = k.side == Side::France || m.partner.is_some();
                if sits && !list.contains(&m.id) {
                    ctx.warning(
                        "committee-seat",
                        ctx.at(&format!("governance.committees[{i}].members")),
                        t!(
                            "committee-seat",
                            id = m.id.as_str(),
                            committee = k.id.as_str()
                        ),
                        t!("committee-seat-hint", id = m.id.as_str()),
                    );
                }
            }
        }
    }
}

fn milestones(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    for (i, m) in p.milestones.iter().enumerate() {
        let path = format!("milestones[{i}]");
        if m.meeting.is_some() && m.action.is_some() {
            ctx.error(
                "milestone",
                ctx.at(&format!("{path}.action")),
                t!("milestone-two-events"),
                t!("milestone-two-events-hint"),
            );
            continue;
        }
        match (&m.date, m.event()) {
            (None, None) => ctx.error(
                "milestone",
                ctx.at(&path),
                t!("milestone-none"),
                t!("milestone-none-hint"),
            ),
            (Some(_), Some(_)) => ctx.error(
                "milestone",
                ctx.at(&format!("{path}.date")),
                t!("milestone-both"),
                t!("milestone-both-hint"),
            ),
            (None, Some(id)) => {
                if let Some(meeting) = &m.meeting
                    && !p.governance.meetings.iter().any(|x| &x.id == meeting)
                {
                    ctx.unknown_reference(
                        ctx.at(&format!("{path}.meeting")),
                        "meeting",
                        meeting,
                        p.governance.meetings.iter().map(|x| x.id.as_str()),
                    );
                } else if m.action.is_some()
                    && !matches!(p.event(id), Some((k, _, _)) if k != EventKind::Meeting)
                {
                    let actions = p.events();
                    ctx.unknown_reference(
                        ctx.at(&format!("{path}.action")),
                        "action",
                        id,
                        actions
                            .iter()
                            .map(|(id, _)| *id)
                            .filter(|id| !p.governance.meetings.iter().any(|x| x.id == *id)),
                    );
                }
            }
            // A milestone on the day an event starts is most likely that
            // event: the report would tell it twice.
            (Some(date), None) => {
                if let Some((id, _)) = p.events().into_iter().find(|(_, d)| d == date) {
                    let key = match p.event(id) {
                        Some((EventKind::Meeting, _, _)) => "meeting",
                        _ => "action",
                    };
                    ctx.warning(
                        "milestone",
                        ctx.at(&format!("{path}.date")),
                        t!("milestone-meeting-day", id = id),
                        t!("milestone-meeting-day-hint", id = id, key = key),
                    );
                }
            }
        }
    }
}

fn country(ctx: &mut Ctx<'_>) {
    let managed = &ctx.programme.state.managed_by;
    if crate::fr::grammar::split_article(managed).article == Article::None {
        ctx.error(
            "name-grammar",
            ctx.at("state.managed_by"),
            t!("managed-by-no-article", name = managed.as_str()),
            with_article_hint(managed),
        );
    }
    let c = &ctx.programme.country;
    if Article::parse(&c.article).is_none() {
        ctx.error(
            "name-grammar",
            ctx.at("country.article"),
            t!("article-invalid", article = c.article.as_str()),
            t!("country-article-hint"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::repeated_kind;

    #[test]
    fn a_name_that_starts_with_a_kind_word_repeats_it() {
        assert_eq!(
            repeated_kind("Département de la Vienne").as_deref(),
            Some("département")
        );
        assert_eq!(
            repeated_kind("communauté d'agglomération du Pays d'Auge").as_deref(),
            Some("communauté")
        );
        assert_eq!(
            repeated_kind("la Région Normandie").as_deref(),
            Some("région")
        );
        assert_eq!(repeated_kind("Ville-d'Avray"), None);
        assert_eq!(repeated_kind("Vienne"), None);
        assert_eq!(repeated_kind("Pays d'Auge"), None);
    }
}
