//! The comparison as data: the structs every renderer reads and the JSON contract.
//!
//! These structs are the public JSON form of `kvalitet compare --format json`
//! (`docs/schema/compare.v1.json`): add fields freely within a major version; rename or
//! remove one only with a new major `schema_version`. The Markdown, CSV and HTML
//! renderers read the same structs, so every format says the same.
//!
//! A value the standard does not state is an empty list or `null`, never zero.

use serde::Serialize;

/// The version of this contract.
pub const SCHEMA_VERSION: &str = "1.2";

/// A comparison of standards.
#[derive(Debug, Serialize)]
pub struct Report {
    /// The version of the contract.
    pub schema_version: &'static str,
    /// The date ages are measured to (`--today`), `YYYY-MM-DD`.
    pub today: String,
    /// The same date in Danish words: `23. november 2026`.
    pub today_text: String,
    /// The standards, by municipality name, then year, then source path.
    pub standards: Vec<StandardInfo>,
    /// Files that hold no standard and so are not compared.
    pub skipped: Vec<String>,
    /// The deadlines, one group per deadline name.
    pub deadlines: Vec<DeadlineGroup>,
    /// The other dimensions, one row per dimension with a cell per standard.
    pub dimensions: Vec<Dimension>,
    /// The complaint routes of each standard and whether they are current.
    pub complaints: Vec<ComplaintCell>,
    /// What every dimension means and how it is read.
    pub definitions: Vec<Definition>,
    /// What the comparison cannot say.
    pub caveats: Vec<String>,
}

impl Report {
    /// The label of each standard by its source path, as every renderer shows it: a
    /// path that names no standard of the report is shown as it is.
    pub fn labels(&self) -> impl Fn(&str) -> String + '_ {
        let labels: std::collections::HashMap<&str, &str> = self
            .standards
            .iter()
            .map(|s| (s.source.as_str(), s.label.as_str()))
            .collect();
        move |source: &str| labels.get(source).copied().unwrap_or(source).to_owned()
    }
}

/// One standard: where it comes from, its date and age, and its findings.
#[derive(Debug, Serialize)]
pub struct StandardInfo {
    /// The source file, as given on the command line; the key of every cell.
    pub source: String,
    /// The short name shown in tables and charts: `Glostrup 2024`.
    pub label: String,
    /// The municipality, as written.
    pub municipality: Option<String>,
    /// The kommunekode, if stated.
    pub municipality_code: Option<String>,
    /// The title of the standard.
    pub title: String,
    /// The year the standard is for: its `år`, else the year of its validity, approval
    /// or date.
    pub year: Option<i32>,
    /// The date the standard speaks for, if it states one.
    pub date: Option<DateInfo>,
    /// The age of the standard at `today`, if it has a date.
    pub age: Option<AgeInfo>,
    /// Whether the standard is a draft (`udkast`).
    pub draft: bool,
    /// Whether the file holds only part of its source (`uddrag`): what it does not
    /// state is "ikke i kilden" (`not_in_source`), not "ikke angivet".
    pub excerpt: bool,
    /// What the checker found.
    pub findings: Findings,
}

/// The date a standard speaks for.
#[derive(Debug, Serialize)]
pub struct DateInfo {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub value: String,
    /// What it was read from: `approval`, `dated`, `validity` or `year`.
    pub basis: &'static str,
    /// In Danish words: `godkendt 6. februar 2024`, `dateret maj 2011`, `for 2024`.
    pub text: String,
}

/// How old a standard is.
#[derive(Debug, Serialize)]
pub struct AgeInfo {
    /// Days from the earliest day the date can mean to `today` (negative if later).
    pub days: i64,
    /// Whole months, as used in the text.
    pub months: i64,
    /// In Danish words: `2 år og 9 måneder`.
    pub text: String,
}

/// Counts of the checker's findings.
#[derive(Debug, Serialize, Default)]
pub struct Findings {
    /// Errors.
    pub error: usize,
    /// Warnings.
    pub warning: usize,
    /// Advice.
    pub advice: usize,
    /// Whether the rules ran (they do not run on a file with language errors).
    pub rules_ran: bool,
    /// The codes found, in code order, with their counts.
    pub codes: Vec<CodeCount>,
}

/// How often one code was found.
#[derive(Debug, Serialize)]
pub struct CodeCount {
    /// `KS110`.
    pub code: String,
    /// `outdated-body`, if the code is a rule.
    pub name: Option<String>,
    /// `error`, `warning` or `advice`.
    pub severity: String,
    /// How many findings.
    pub count: usize,
}

/// A normalised figure: the value in one unit for all standards, and how it was made.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Figure {
    /// `calendar_days`, `minutes`, `per_week` or `sessions`.
    pub unit: &'static str,
    /// The lower bound, if any.
    pub min: Option<f64>,
    /// The upper bound, if any.
    pub max: Option<f64>,
    /// For `dage`, which may mean working days: the upper bound read as working days.
    pub if_working_days: Option<f64>,
    /// Whether the unit is ambiguous (`dage`).
    pub ambiguous: bool,
    /// The figure in Danish: `≈ 14 kalenderdage`.
    pub text: String,
    /// The whole normalisation in Danish: `10 hverdage ≈ 14 kalenderdage (hverdage × 7/5)`.
    pub explanation: String,
}

/// Where in a standard a value is stated.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Place {
    /// `document` (the standard's general part) or `indsats`.
    pub level: &'static str,
    /// The indsatser (and packages) that state the value; empty at document level
    /// unless a package names it.
    pub places: Vec<String>,
}

/// One group of deadlines: every standard's deadline of one name.
#[derive(Debug, Serialize)]
pub struct DeadlineGroup {
    /// The name as written: `afgørelse`.
    pub name: String,
    /// The heading: `Afgørelse`.
    pub label: String,
    /// What the deadline is, if the name is a known one.
    pub description: Option<String>,
    /// The deadlines, in the order of the standards.
    pub entries: Vec<DeadlineEntry>,
    /// The standards (by source) that state no deadline of this name.
    pub not_stated: Vec<String>,
}

/// One deadline of one standard.
#[derive(Debug, Serialize)]
pub struct DeadlineEntry {
    /// The standard's source.
    pub source: String,
    /// The deadline as written: `10 hverdage`.
    pub text: String,
    /// `duration`, `immediately` or `as_soon_as_possible`.
    pub kind: &'static str,
    /// What it runs from, as written, if stated.
    pub event: Option<String>,
    /// Whether it is a target (`tilstræbt`) rather than a promise.
    pub target_only: bool,
    /// The hedge as written (`typisk`, `ca.`), when the document softens the deadline;
    /// absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hedge: Option<String>,
    /// `true` when the deadline is a proposal, not yet decided (`forslag:`); absent
    /// otherwise. The remarks say so too.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
    /// The deadline in calendar days, for durations of a day or longer.
    pub normalised: Option<Figure>,
    /// A note in the document's words.
    pub note: Option<String>,
    /// Where it is stated.
    pub place: Place,
}

/// One dimension other than deadlines, with a cell per standard.
#[derive(Debug, Serialize)]
pub struct Dimension {
    /// The stable key: `frequency`, `session_length`, `sessions`, `course_length`,
    /// `pause`, `fees`, `transport`, `free_choice`, `provider`, `age_limit`,
    /// `delivery_form`, `delivery_place`.
    pub key: &'static str,
    /// The heading: `Hyppighed`.
    pub label: &'static str,
    /// The unit of the normalised figures, in Danish, if the dimension has them.
    pub unit: Option<&'static str>,
    /// One cell per standard, in the order of the standards.
    pub cells: Vec<Cell>,
}

/// What one standard states on one dimension.
#[derive(Debug, Serialize)]
pub struct Cell {
    /// The standard's source.
    pub source: String,
    /// `stated`, `not_stated`, or `not_in_source` when the standard is an excerpt
    /// (`uddrag`) that does not state it.
    pub status: &'static str,
    /// The distinct values: document level first, then indsats values that differ.
    pub values: Vec<CellValue>,
}

/// One distinct value.
#[derive(Debug, Serialize)]
pub struct CellValue {
    /// The value as written (or in words, for yes/no values).
    pub text: String,
    /// The value in the dimension's unit, if it has one.
    pub normalised: Option<Figure>,
    /// The hedge as written (`typisk`, `normalt`, `ca.`), when the document softens the
    /// figure; absent otherwise. The note says so too.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hedge: Option<String>,
    /// `true` when the value is a proposal, not yet decided (`forslag:`); absent
    /// otherwise. The note says so too, and a proposed value is never counted as the
    /// same as a decided one.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
    /// A note in the document's words.
    pub note: Option<String>,
    /// Where it is stated.
    pub place: Place,
}

/// The complaint routes of one standard.
#[derive(Debug, Serialize)]
pub struct ComplaintCell {
    /// The standard's source.
    pub source: String,
    /// `current`, `outdated`, `possibly_outdated` (rests on an unconfirmed date) or
    /// `not_stated`.
    pub status: &'static str,
    /// The status in one word or two: `Gældende`, `Forældet`, `Måske forældet`,
    /// `Ikke angivet`.
    pub status_label: &'static str,
    /// The status in Danish words, with each outdated body, when it ceased and who
    /// took over.
    pub status_text: String,
    /// The routes: document level first, then indsats routes that differ.
    pub routes: Vec<RouteInfo>,
    /// Bodies named that had ceased, or stopped handling the complaints, by `today`.
    pub outdated: Vec<OutdatedBody>,
    /// The checker's findings on bodies and complaint routes (`KS11x`, `KS12x`).
    pub findings: Vec<CodeCount>,
}

/// One complaint route.
#[derive(Debug, Serialize)]
pub struct RouteInfo {
    /// `decision`, `service_level`, `professional_content`, `quality` or `other`.
    pub kind: &'static str,
    /// In Danish: `Afgørelse`, or the route's own heading.
    pub label: String,
    /// Where the complaint is sent.
    pub to: Vec<String>,
    /// The klagefrist as written.
    pub klagefrist: Option<String>,
    /// Whether the municipality reassesses (genvurdering), with its time if stated.
    pub reassessment: Option<String>,
    /// Where the complaint goes next.
    pub next: Vec<String>,
    /// The route in one Danish line; a part that is a proposal says so.
    pub text: String,
    /// `true` when the route, or a line of it, is a proposal, not yet decided
    /// (`forslag:`); absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
    /// Where it is stated.
    pub place: Place,
}

/// A body that is no longer the right one.
#[derive(Debug, Serialize)]
pub struct OutdatedBody {
    /// The body's name.
    pub name: String,
    /// `ceased` or `complaint_role_ended`.
    pub reason: &'static str,
    /// When, `YYYY-MM-DD`.
    pub since: String,
    /// Who took over, if known.
    pub successor: Option<String>,
    /// Whether the date is confirmed by its source.
    pub confirmed: bool,
    /// In Danish words.
    pub text: String,
}

/// What a dimension means.
#[derive(Debug, Serialize)]
pub struct Definition {
    /// The dimension's key, or `deadlines`, `age`, `findings`, `complaints`.
    pub key: &'static str,
    /// The heading.
    pub label: &'static str,
    /// What it is and how it is read, in Danish.
    pub text: &'static str,
}
