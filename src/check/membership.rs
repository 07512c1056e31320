//! Who is a member, when, and how it signs: joining and leaving dates,
//! convention dates against deliberations and counterparties, groupements
//! and their carriers, partners not chosen yet, late joiners left off a
//! committee, milestones that are meetings, names the grammar cannot
//! decline.

use chrono::NaiveDate;

use super::Ctx;
use crate::fr::grammar::Article;
use crate::model::{AuthorityKind, PartnerKind, Side};
use crate::parties::{assembly, kind_info};

/// "write it with its article: `la …` or `le …`" (`l'…` before a vowel).
fn with_article_hint(text: &str) -> String {
    if crate::fr::grammar::elides(text) {
        format!("write it with its article: `l'{text}`")
    } else {
        format!("write it with its article: `la {text}` or `le {text}`")
    }
}

fn fr(date: NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

/// Applies the membership rules.
pub fn check(ctx: &mut Ctx<'_>) {
    members(ctx);
    committees(ctx);
    milestones(ctx);
    country(ctx);
}

fn article_ok(ctx: &mut Ctx<'_>, path: &str, article: Option<&str>) {
    if let Some(a) = article
        && Article::parse(a).is_none()
    {
        ctx.error(
            "name-grammar",
            ctx.at(path),
            format!("`{a}` is not an article"),
            "write `le`, `la`, `les`, `l'` or `none`".into(),
        );
    }
}

fn members(ctx: &mut Ctx<'_>) {
    let p = ctx.programme;
    let info = &p.programme;
    for (i, m) in p.members.iter().enumerate() {
        let path = format!("members[{i}]");
        article_ok(ctx, &format!("{path}.article"), m.article.as_deref());
        if let Some(partner) = &m.partner {
            article_ok(
                ctx,
                &format!("{path}.partner.article"),
                partner.article.as_deref(),
            );
            if partner.kind == PartnerKind::Other && partner.designation.is_none() {
                ctx.error(
                    "name-grammar",
                    ctx.at(&format!("{path}.partner.kind")),
                    format!("the partner of `{}` is of kind `other`, but has no `designation`", m.id),
                    "add its designation with its article: `designation: \"l'association des municipalités de …\"`".into(),
                );
            }
        } else {
            ctx.warning(
                "no-partner",
                ctx.at(&format!("{path}.id")),
                format!("`{}` has no partner yet: no partner letters, participants or support days are asked of it", m.id),
                "add its `partner` once it is chosen".into(),
            );
        }
        if let Err(body) = assembly(m) {
            ctx.error(
                "name-grammar",
                ctx.at(&format!("{path}.deliberation.body")),
                format!("gabarit cannot tell whether \"{body}\" is masculine or feminine"),
                with_article_hint(&body),
            );
        }
        // Joining and leaving.
        for (key, date) in [("joined", m.joined), ("left", m.left)] {
            if let Some(d) = date
                && !info.contains(d)
            {
                ctx.error(
                    "date-period",
                    ctx.at(&format!("{path}.{key}")),
                    format!(
                        "`{}` {key} the programme on {}, outside its period",
                        m.id,
                        fr(d)
                    ),
                    format!(
                        "the programme runs from {} to {}",
                        fr(info.start),
                        fr(info.end)
                    ),
                );
            }
        }
        if let (Some(j), Some(l)) = (m.joined, m.left)
            && l < j
        {
            ctx.error(
                "date-order",
                ctx.at(&format!("{path}.left")),
                format!(
                    "`{}` leaves on {}, before it joins on {}",
                    m.id,
                    fr(l),
                    fr(j)
                ),
                "swap the two dates, or correct the one that is wrong".into(),
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
                    format!(
                        "`{}` joins on {}, after the conventions of {}, but has no `convention_date` of its own",
                        m.id,
                        m.joined.map(fr).unwrap_or_default(),
                        fr(p.issued.conventions)
                    ),
                    "add `convention_date:` the day its convention is signed".into(),
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
                format!(
                    "`{}` joins on {}, before its convention is signed on {}",
                    m.id,
                    fr(j),
                    fr(date)
                ),
                "a member usually joins the day its convention is signed: make `joined` that day, or later".into(),
            );
        }
        if date < m.deliberation.date && m.id != p.lead.member {
            ctx.error(
                "convention-date",
                ctx.at(&format!(
                    "{path}.{}",
                    if m.convention_date.is_some() { "convention_date" } else { "deliberation.date" }
                )),
                format!(
                    "the convention with `{}` would be dated {}, before the deliberation of {} that authorises it",
                    m.id,
                    fr(date),
                    fr(m.deliberation.date)
                ),
                "date the convention on or after the deliberation (`convention_date:`)".into(),
            );
        }
        // Groupements have a carrier; others sign themselves.
        let legal = kind_info(m.kind).legal_person;
        match (&m.carrier, legal) {
            (None, false) => ctx.error(
                "carrier",
                ctx.at(&format!("{path}.kind")),
                format!(
                    "`{}` is a groupement without legal personality, but no member signs for it",
                    m.id
                ),
                "add `carrier:` the id of the member authority that signs for it".into(),
            ),
            (Some(c), false) if !kind_info(c.kind).legal_person => ctx.error(
                "carrier",
                ctx.at(&format!("{path}.carrier.kind")),
                format!(
                    "the carrier of `{}` is itself a groupement: it cannot sign",
                    m.id
                ),
                "name an authority with legal personality (a commune, a communauté…)".into(),
            ),
            (Some(_), false) => {}
            (Some(_), true) => ctx.error(
                "carrier",
                ctx.at(&format!("{path}.carrier")),
                format!(
                    "`{}` signs for itself: only a groupement has a carrier",
                    m.id
                ),
                "remove `carrier`, or set `kind: groupement`".into(),
            ),
            (None, true) => {}
        }
        if m.id == p.lead.member && m.kind == AuthorityKind::Groupement {
            ctx.error(
                "carrier",
                ctx.at(&format!("{path}.kind")),
                "the lead authority must have legal personality: it signs the conventions".into(),
                "make the carrier the lead".into(),
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
                    format!(
                        "\"{}\" has no article: the convention writes \"Pour …\"",
                        body.name
                    ),
                    with_article_hint(&body.name),
                );
            }
            let date = body.convention_date.unwrap_or(p.issued.conventions);
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
                    format!(
                        "the convention with {} would be dated {}, before it was set up on {}",
                        body.name,
                        fr(date),
                        fr(est)
                    ),
                    "give the signing body its own `convention_date`, on or after `established`"
                        .into(),
                );
            }
        }
        // A late joiner missing from a committee that lists its members.
        if let Some(list) = &k.members {
            for m in &p.members {
                let sits = k.side == Side::France || m.partner.is_some();
                if sits && !list.contains(&m.id) {
                    ctx.warning(
                        "committee-seat",
                        ctx.at(&format!("governance.committees[{i}].members")),
                        format!("`{}` is a member of the programme but not of committee `{}`: it gets no invitation", m.id, k.id),
                        format!("add `{}` to its members, or leave `members` out so every member sits on it", m.id),
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
        match (&m.date, &m.meeting) {
            (None, None) => ctx.error(
                "milestone",
                ctx.at(&path),
                "this milestone has neither a `date` nor a `meeting`".into(),
                "add `date:`, or `meeting:` the id of the meeting it is".into(),
            ),
            (Some(_), Some(_)) => ctx.error(
                "milestone",
                ctx.at(&format!("{path}.date")),
                "this milestone is a meeting and has a date of its own: the two can disagree"
                    .into(),
                "remove `date:`: the meeting's date is used".into(),
            ),
            (None, Some(id)) => {
                if !p.governance.meetings.iter().any(|x| &x.id == id) {
                    ctx.unknown_reference(
                        ctx.at(&format!("{path}.meeting")),
                        "meeting",
                        id,
                        p.governance.meetings.iter().map(|x| x.id.as_str()),
                    );
                }
            }
            (Some(date), None) => {
                if let Some(x) = p.governance.meetings.iter().find(|x| x.date == *date) {
                    ctx.warning(
                        "milestone",
                        ctx.at(&format!("{path}.date")),
                        format!("this milestone falls on the day of meeting `{}`: if it is that meeting, its date is written twice", x.id),
                        format!("write `meeting: {}` instead of `date:`", x.id),
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
            format!("\"{managed}\" has no article: the State convention writes \"confiée à …\""),
            with_article_hint(managed),
        );
    }
    let c = &ctx.programme.country;
    if Article::parse(&c.article).is_none() {
        ctx.error(
            "name-grammar",
            ctx.at("country.article"),
            format!("`{}` is not an article", c.article),
            "write `le` (le Sénégal), `la` (la Tunisie), `les` (les Comores), `l'` (l'Iran) or `none` (Madagascar)".into(),
        );
    }
}
