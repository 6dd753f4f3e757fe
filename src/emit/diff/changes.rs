//! The list of changes: how each is recorded, judged and ordered by importance.
//!
//! **Order.** Promises to citizens first: deadlines and prices (tier 1), then scope and
//! target group (tier 2), then complaint routes (tier 3); then contacts (tier 4), then
//! legal basis and approval (tier 5), then text sections (tier 6). Within a tier, what
//! is worse for the citizen comes first, then what is better, then what changes in no
//! clear direction, then what is for information; within that, the order of the
//! document.
//!
//! **Judgement.** `better` and `worse` are set only where the direction is clear: a
//! shorter deadline, a lower price, more or longer sessions, a shorter wait between
//! courses, a longer klagefrist, a new complaint route, transport or free choice
//! offered. A figure that is new or no longer stated, a deadline that now runs from
//! another event, or a reworded target group is `unclear`; contacts, wording, law
//! references and approval are `info`.

use super::report::{Change, Summary};

/// How a change affects the citizen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Assessment {
    /// Better for the citizen.
    Better,
    /// Worse for the citizen.
    Worse,
    /// A promise changes in no clear direction.
    Unclear,
    /// For information: no promise changes by itself.
    Info,
}

impl Assessment {
    fn key(self) -> &'static str {
        match self {
            Assessment::Better => "better",
            Assessment::Worse => "worse",
            Assessment::Unclear => "unclear",
            Assessment::Info => "info",
        }
    }

    fn danish(self) -> &'static str {
        match self {
            Assessment::Better => "bedre",
            Assessment::Worse => "dårligere",
            Assessment::Unclear => "uklart",
            Assessment::Info => "til orientering",
        }
    }
}

/// The importance group of a category, and its heading.
pub fn tier(category: &str) -> (u8, &'static str) {
    match category {
        "deadline" | "price" => (1, "Frister og priser"),
        "scope" | "target_group" | "content" | "transport" | "free_choice" | "provider"
        | "indsats" => (2, "Omfang, målgruppe og levering"),
        "complaint" => (3, "Klageadgang"),
        "contact" | "link" => (4, "Kontaktoplysninger og links"),
        "legal_basis" | "approval" => (5, "Lovgrundlag og godkendelse"),
        _ => (6, "Tekstafsnit"),
    }
}

/// The changes found so far.
#[derive(Debug, Default)]
pub struct Changes {
    list: Vec<Change>,
}

/// One change to record.
pub struct Record<'a> {
    /// The category (see [`Change::category`]).
    pub category: &'static str,
    /// What changed.
    pub subject: String,
    /// Where.
    pub place: &'a str,
    /// Before.
    pub old: Option<String>,
    /// After.
    pub new: Option<String>,
    /// The judgement.
    pub assessment: Assessment,
    /// Why.
    pub reason: Option<String>,
}

impl Changes {
    /// Records a change.
    pub fn push(&mut self, record: Record<'_>) {
        self.push_text(record, None, None);
    }

    /// Records a change with the whole texts before and after.
    pub fn push_text(
        &mut self,
        record: Record<'_>,
        old_text: Option<String>,
        new_text: Option<String>,
    ) {
        let (tier, tier_label) = tier(record.category);
        self.list.push(Change {
            category: record.category,
            tier,
            tier_label,
            subject: record.subject,
            place: record.place.to_owned(),
            old: record.old,
            new: record.new,
            assessment: record.assessment.key(),
            assessment_text: record.assessment.danish(),
            reason: record.reason,
            old_text,
            new_text,
        });
    }

    /// The changes in order of importance, with their counts.
    pub fn finish(mut self) -> (Summary, Vec<Change>) {
        let rank = |c: &Change| match c.assessment {
            "worse" => 0,
            "better" => 1,
            "unclear" => 2,
            _ => 3,
        };
        // A stable sort keeps the order of the document within a group.
        self.list.sort_by_key(|c| (c.tier, rank(c)));
        let mut summary = Summary {
            total: self.list.len(),
            ..Summary::default()
        };
        for c in &self.list {
            match c.assessment {
                "better" => summary.better += 1,
                "worse" => summary.worse += 1,
                "unclear" => summary.unclear += 1,
                _ => summary.info += 1,
            }
        }
        (summary, self.list)
    }
}

/// Which way a figure moved, comparing the bounds `(low, high)` of each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Both bounds are at least as high, one higher.
    Up,
    /// Both bounds are at most as high, one lower.
    Down,
    /// The same bounds.
    Same,
    /// One bound up, the other down.
    Mixed,
}

/// Compares two figures by their bounds.
pub fn direction(old: (f64, f64), new: (f64, f64)) -> Direction {
    let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
    if close(old.0, new.0) && close(old.1, new.1) {
        Direction::Same
    } else if new.0 >= old.0 - 1e-9 && new.1 >= old.1 - 1e-9 {
        Direction::Up
    } else if new.0 <= old.0 + 1e-9 && new.1 <= old.1 + 1e-9 {
        Direction::Down
    } else {
        Direction::Mixed
    }
}

/// The bounds of a range-like figure: a missing bound is the other one.
pub fn bounds(min: Option<f64>, max: Option<f64>) -> Option<(f64, f64)> {
    let low = min.or(max)?;
    let high = max.or(min)?;
    Some((low, high))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(category: &'static str, assessment: Assessment, subject: &str) -> Record<'static> {
        Record {
            category,
            subject: subject.to_owned(),
            place: "generelt",
            old: None,
            new: None,
            assessment,
            reason: None,
        }
    }

    #[test]
    fn promises_come_first_and_worse_before_better() {
        let mut changes = Changes::default();
        changes.push(record("section", Assessment::Info, "tekst"));
        changes.push(record("contact", Assessment::Info, "telefon"));
        changes.push(record("deadline", Assessment::Better, "opstart"));
        changes.push(record("complaint", Assessment::Better, "klage"));
        changes.push(record("price", Assessment::Worse, "ophold"));
        changes.push(record("scope", Assessment::Unclear, "hyppighed"));
        changes.push(record("deadline", Assessment::Unclear, "brev"));
        changes.push(record("deadline", Assessment::Better, "afgørelse"));
        let (summary, list) = changes.finish();
        let subjects: Vec<&str> = list.iter().map(|c| c.subject.as_str()).collect();
        assert_eq!(
            subjects,
            [
                "ophold",
                "opstart",
                "afgørelse",
                "brev",
                "hyppighed",
                "klage",
                "telefon",
                "tekst"
            ]
        );
        assert_eq!(
            (summary.better, summary.worse, summary.unclear, summary.info),
            (3, 1, 2, 2)
        );
    }

    #[test]
    fn directions_compare_both_bounds() {
        assert_eq!(direction((14.0, 14.0), (7.0, 7.0)), Direction::Down);
        assert_eq!(direction((1.0, 2.0), (2.0, 3.0)), Direction::Up);
        assert_eq!(direction((1.0, 3.0), (2.0, 2.0)), Direction::Mixed);
        assert_eq!(direction((28.0, 28.0), (28.0, 28.0)), Direction::Same);
        assert_eq!(bounds(None, Some(21.0)), Some((21.0, 21.0)));
    }
}
