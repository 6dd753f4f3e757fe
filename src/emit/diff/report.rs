//! The diff as data: the structs the renderers read and the JSON contract of
//! `kvalitet diff --format json` (`docs/schema/diff.v1.json`).

use serde::Serialize;

/// The version of this contract.
pub const SCHEMA_VERSION: &str = "1.0";

/// What changes for citizens between two versions of a standard.
#[derive(Debug, Serialize)]
pub struct DiffReport {
    /// The version of the contract.
    pub schema_version: &'static str,
    /// The old version.
    pub old: Side,
    /// The new version.
    pub new: Side,
    /// How many changes of each assessment.
    pub summary: Summary,
    /// The changes, most important first.
    pub changes: Vec<Change>,
}

/// One version of the standard.
#[derive(Debug, Serialize)]
pub struct Side {
    /// The source file.
    pub source: String,
    /// The short name: `Hjørring 2024`.
    pub label: String,
    /// The title.
    pub title: String,
    /// The date and what it was read from, in Danish, if stated.
    pub date: Option<String>,
    /// Whether it is a draft.
    pub draft: bool,
}

/// Counts of the changes by assessment.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    /// Better for the citizen.
    pub better: usize,
    /// Worse for the citizen.
    pub worse: usize,
    /// A promise or the scope changes, in no clear direction.
    pub unclear: usize,
    /// Changes to contacts, wording, law references and approval.
    pub info: usize,
    /// All changes.
    pub total: usize,
}

/// One change.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    /// `deadline`, `price`, `scope`, `target_group`, `content`, `transport`,
    /// `free_choice`, `provider`, `indsats`, `complaint`, `contact`, `link`,
    /// `legal_basis`, `approval` or `section`.
    pub category: &'static str,
    /// The importance group, 1 (promises: deadlines and prices) to 6 (text sections).
    pub tier: u8,
    /// The group's heading in Danish.
    pub tier_label: &'static str,
    /// What changed, in Danish: `Frist: afgørelse`.
    pub subject: String,
    /// Where: `generelt`, or the indsats.
    pub place: String,
    /// Before, in Danish; `null` if not stated.
    pub old: Option<String>,
    /// After, in Danish; `null` if not stated.
    pub new: Option<String>,
    /// `better`, `worse`, `unclear` or `info`.
    pub assessment: &'static str,
    /// The assessment in Danish.
    pub assessment_text: &'static str,
    /// Why, in Danish: `kortere frist: 14 → 7 kalenderdage`.
    pub reason: Option<String>,
    /// For text changes: the whole text before.
    pub old_text: Option<String>,
    /// For text changes: the whole text after.
    pub new_text: Option<String>,
}
