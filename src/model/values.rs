//! Typed literal values: the promises to citizens that a standard states.
//!
//! Every value keeps the wording it was written with (`original`) next to its
//! normalised form, so outputs can show both.

use crate::source::Span;
use std::fmt;

/// A number or a range of numbers, as in `21`, `1-2`, `op til 21`, `mindst 6`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    /// The lower bound, if any.
    pub min: Option<f64>,
    /// The upper bound, if any.
    pub max: Option<f64>,
    /// How the bounds were stated.
    pub kind: RangeKind,
}

/// How a range was stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeKind {
    /// `21`.
    Exact,
    /// `1-2`.
    Between,
    /// `op til 21`, `max 10`, `højst 5`, `maksimalt tre`.
    AtMost,
    /// `mindst 6`, `minimum 6`.
    AtLeast,
}

impl Range {
    /// An exact number.
    pub fn exact(value: f64) -> Self {
        Self {
            min: Some(value),
            max: Some(value),
            kind: RangeKind::Exact,
        }
    }

    /// The largest value the range allows, if it has one.
    pub fn upper(&self) -> Option<f64> {
        self.max
    }

    /// The smallest value the range promises, if it has one.
    pub fn lower(&self) -> Option<f64> {
        self.min
    }

    /// The kind as a lowercase word for outputs.
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            RangeKind::Exact => "exact",
            RangeKind::Between => "between",
            RangeKind::AtMost => "at_most",
            RangeKind::AtLeast => "at_least",
        }
    }
}

/// Formats a number the Danish way: no trailing zeros, decimal comma.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}").replace('.', ",")
    }
}

impl fmt::Display for Range {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = |v: Option<f64>| v.map(format_number).unwrap_or_default();
        match self.kind {
            RangeKind::Exact => write!(f, "{}", n(self.min)),
            RangeKind::Between => write!(f, "{}–{}", n(self.min), n(self.max)),
            RangeKind::AtMost => write!(f, "op til {}", n(self.max)),
            RangeKind::AtLeast => write!(f, "mindst {}", n(self.min)),
        }
    }
}

/// How a document softens a figure: `typisk`, `normalt`, `ca.`, `vejledende`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HedgeKind {
    /// `typisk`: what most citizens get.
    Typically,
    /// `normalt`, `som regel`, `sædvanligvis`, `oftest`: the usual case.
    Usually,
    /// `ca.`, `cirka`, `omkring`, `omtrent`: an approximate figure.
    Approximately,
    /// `vejledende`: a guide, not a limit.
    Guideline,
}

impl HedgeKind {
    /// The stable machine name, as used in JSON.
    pub fn key(self) -> &'static str {
        match self {
            HedgeKind::Typically => "typically",
            HedgeKind::Usually => "usually",
            HedgeKind::Approximately => "approximately",
            HedgeKind::Guideline => "guideline",
        }
    }
}

/// The hedge of one value, with the word as the document writes it: the `typisk` of
/// `typisk op til 3 måneder`. It is part of the promise, and part of the value's
/// `original` too.
#[derive(Debug, Clone, PartialEq)]
pub struct Hedge {
    /// Which hedge.
    pub kind: HedgeKind,
    /// The word or words as written (`Typisk`, `ca.`, `som regel`).
    pub original: String,
    /// Where.
    pub span: Span,
}

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TimeUnit {
    /// Minutes (`min`, `minutter`).
    Minutes,
    /// Hours (`timer`).
    Hours,
    /// Working days (`hverdage`): Monday to Friday, not public holidays.
    WorkingDays,
    /// Days written only as `dage`: calendar or working days is not said.
    Days,
    /// Calendar days (`kalenderdage`).
    CalendarDays,
    /// Weeks (`uger`).
    Weeks,
    /// Months (`måneder`, `mdr.`).
    Months,
    /// Years (`år`).
    Years,
}

impl TimeUnit {
    /// Every unit, shortest first.
    pub const ALL: [TimeUnit; 8] = [
        TimeUnit::Minutes,
        TimeUnit::Hours,
        TimeUnit::WorkingDays,
        TimeUnit::Days,
        TimeUnit::CalendarDays,
        TimeUnit::Weeks,
        TimeUnit::Months,
        TimeUnit::Years,
    ];

    /// The canonical Danish plural, as used in outputs.
    pub fn danish(self) -> &'static str {
        match self {
            TimeUnit::Minutes => "minutter",
            TimeUnit::Hours => "timer",
            TimeUnit::WorkingDays => "hverdage",
            TimeUnit::Days => "dage",
            TimeUnit::CalendarDays => "kalenderdage",
            TimeUnit::Weeks => "uger",
            TimeUnit::Months => "måneder",
            TimeUnit::Years => "år",
        }
    }

    /// The stable machine name, as used in JSON.
    pub fn key(self) -> &'static str {
        match self {
            TimeUnit::Minutes => "minutes",
            TimeUnit::Hours => "hours",
            TimeUnit::WorkingDays => "working_days",
            TimeUnit::Days => "days",
            TimeUnit::CalendarDays => "calendar_days",
            TimeUnit::Weeks => "weeks",
            TimeUnit::Months => "months",
            TimeUnit::Years => "years",
        }
    }

    /// How many calendar days one unit is, for comparisons; `None` below a day.
    ///
    /// Working days count 7/5 calendar days (5 hverdage = 7 kalenderdage); plain `dage`
    /// are read as calendar days; a month is 30 days and a year 365.
    pub fn calendar_days(self) -> Option<f64> {
        match self {
            TimeUnit::Minutes | TimeUnit::Hours => None,
            TimeUnit::WorkingDays => Some(7.0 / 5.0),
            TimeUnit::Days | TimeUnit::CalendarDays => Some(1.0),
            TimeUnit::Weeks => Some(7.0),
            TimeUnit::Months => Some(30.0),
            TimeUnit::Years => Some(365.0),
        }
    }

    /// How many minutes one unit is, for session lengths; `None` for days and longer.
    pub fn minutes(self) -> Option<f64> {
        match self {
            TimeUnit::Minutes => Some(1.0),
            TimeUnit::Hours => Some(60.0),
            _ => None,
        }
    }
}

/// A span of time: `10 hverdage`, `op til 3 måneder`, `30-60 min`.
#[derive(Debug, Clone, PartialEq)]
pub struct Duration {
    /// `typisk`, `ca.` …, if the figure is hedged.
    pub hedge: Option<Box<Hedge>>,
    /// How many units.
    pub amount: Range,
    /// Of what.
    pub unit: TimeUnit,
    /// As written.
    pub original: String,
    /// Where.
    pub span: Span,
}

impl Duration {
    /// The upper bound in calendar days, if the unit is a day or longer.
    pub fn max_calendar_days(&self) -> Option<f64> {
        Some(self.amount.max? * self.unit.calendar_days()?)
    }

    /// The lower bound in calendar days, if the unit is a day or longer.
    pub fn min_calendar_days(&self) -> Option<f64> {
        Some(self.amount.min? * self.unit.calendar_days()?)
    }
}

/// The period a frequency counts over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    /// Per day.
    Day,
    /// Per week.
    Week,
    /// Per month.
    Month,
    /// Per quarter.
    Quarter,
    /// Per year.
    Year,
}

impl Period {
    /// Every period, shortest first.
    pub const ALL: [Period; 5] = [
        Period::Day,
        Period::Week,
        Period::Month,
        Period::Quarter,
        Period::Year,
    ];

    /// The stable machine name.
    pub fn key(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
            Period::Quarter => "quarter",
            Period::Year => "year",
        }
    }

    /// The Danish adverb, as in "2 gange ugentligt".
    pub fn danish(self) -> &'static str {
        match self {
            Period::Day => "dagligt",
            Period::Week => "ugentligt",
            Period::Month => "månedligt",
            Period::Quarter => "i kvartalet",
            Period::Year => "årligt",
        }
    }

    /// The length of the period in calendar days.
    pub fn days(self) -> f64 {
        match self {
            Period::Day => 1.0,
            Period::Week => 7.0,
            Period::Month => 30.0,
            Period::Quarter => 91.0,
            Period::Year => 365.0,
        }
    }
}

/// How often: `2 gange om ugen`, `1-2 gange ugentligt`.
#[derive(Debug, Clone, PartialEq)]
pub struct Frequency {
    /// `normalt`, `typisk` …, if the figure is hedged.
    pub hedge: Option<Box<Hedge>>,
    /// How many times.
    pub count: Range,
    /// Per what.
    pub per: Period,
    /// As written.
    pub original: String,
    /// Where.
    pub span: Span,
}

/// A count of sessions, optionally per period: `op til 21`, `højst 43 årligt`.
#[derive(Debug, Clone, PartialEq)]
pub struct Count {
    /// `typisk`, `ca.` …, if the figure is hedged.
    pub hedge: Option<Box<Hedge>>,
    /// How many.
    pub amount: Range,
    /// Per what, if a cap per period.
    pub per: Option<Period>,
    /// As written.
    pub original: String,
    /// Where.
    pub span: Span,
}

/// An amount in kroner, optionally per period or unit: `173 kr pr. dag`.
#[derive(Debug, Clone, PartialEq)]
pub struct Money {
    /// `ca.` …, if the amount is hedged.
    pub hedge: Option<Box<Hedge>>,
    /// The amount in kroner.
    pub kroner: f64,
    /// Per what, as written after `pr.` (`dag`, `måned`), if anything.
    pub per: Option<String>,
    /// As written.
    pub original: String,
    /// Where.
    pub span: Span,
}

/// A Danish phone number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// The 8 digits, without +45.
    pub digits: String,
    /// As written.
    pub original: String,
    /// Where.
    pub span: Span,
}

impl Phone {
    /// The number grouped in pairs: `43 23 66 90`.
    pub fn display(&self) -> String {
        let d: Vec<char> = self.digits.chars().collect();
        d.chunks(2)
            .map(|pair| pair.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// An e-mail address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    /// The address as written.
    pub address: String,
    /// Where.
    pub span: Span,
}

impl Email {
    /// The address in lowercase, for comparisons.
    pub fn normalized(&self) -> String {
        self.address.to_lowercase()
    }
}

/// A web or mail link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Url {
    /// The address as written.
    pub original: String,
    /// The address with a scheme (`www.x.dk` becomes `https://www.x.dk`).
    pub href: String,
    /// Where.
    pub span: Span,
}

/// A postal code and town: `2600 Glostrup`, `7998 Statsservice`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostalCode {
    /// The four digits.
    pub code: String,
    /// The town.
    pub town: String,
    /// Where.
    pub span: Span,
}

/// A calendar date with day, month or year precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year.
    pub year: i32,
    /// The month, 1–12, if known.
    pub month: Option<u8>,
    /// The day of the month, if known.
    pub day: Option<u8>,
}

impl Date {
    /// A full date.
    pub fn ymd(year: i32, month: u8, day: u8) -> Self {
        Self {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// The precision as a word: `day`, `month` or `year`.
    pub fn precision(&self) -> &'static str {
        match (self.month, self.day) {
            (Some(_), Some(_)) => "day",
            (Some(_), None) => "month",
            _ => "year",
        }
    }

    /// The first day the date can mean (`maj 2024` is 2024-05-01).
    pub fn earliest(&self) -> Date {
        Date::ymd(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date can mean (`maj 2024` is 2024-05-31).
    pub fn latest(&self) -> Date {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        Date::ymd(self.year, month, day)
    }

    /// Days since 1970-01-01 of the earliest day this date can mean.
    pub fn days_since_epoch(&self) -> i64 {
        let d = self.earliest();
        days_from_civil(
            i64::from(d.year),
            i64::from(d.month.unwrap_or(1)),
            i64::from(d.day.unwrap_or(1)),
        )
    }

    /// The date of the run, in UTC: what a command judges against when neither
    /// `--today` nor the configuration names a date.
    pub fn today() -> Date {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        civil_from_days(i64::try_from(seconds / 86_400).unwrap_or(0))
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        if parts.next().is_some() || !is_valid(year, month, day) {
            return None;
        }
        Some(Date::ymd(year, month, day))
    }
}

/// The Danish month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];

impl Date {
    /// The date in Danish words, to its precision: `6. februar 2024`, `maj 2024`,
    /// `2024`.
    pub fn danish(&self) -> String {
        let month = self
            .month
            .and_then(|m| MONTH_NAMES.get(usize::from(m).wrapping_sub(1)));
        match (month, self.day) {
            (Some(month), Some(day)) => format!("{day}. {month} {}", self.year),
            (Some(month), None) => format!("{month} {}", self.year),
            _ => self.year.to_string(),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => write!(f, "{:04}-{:02}", self.year, m),
            _ => write!(f, "{:04}", self.year),
        }
    }
}

/// Whether a year, month and day form a real date.
pub fn is_valid(year: i32, month: u8, day: u8) -> bool {
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
}

/// The number of days in a month.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date for a count of days since 1970-01-01.
pub fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = if m <= 2 { y + 1 } else { y };
    Date::ymd(year as i32, m as u8, d as u8)
}

/// A law the language knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Law {
    /// Lov om social service (serviceloven).
    Sel,
    /// Sundhedsloven.
    Sul,
    /// Retssikkerhedsloven (lov om retssikkerhed og administration på det sociale område).
    Rsl,
    /// Ældreloven (LOV nr. 1651 af 30/12/2024).
    Ael,
}

impl Law {
    /// The canonical abbreviation.
    pub fn abbreviation(self) -> &'static str {
        match self {
            Law::Sel => "SEL",
            Law::Sul => "SUL",
            Law::Rsl => "RSL",
            Law::Ael => "ÆL",
        }
    }

    /// The Danish name.
    pub fn name(self) -> &'static str {
        match self {
            Law::Sel => "lov om social service (serviceloven)",
            Law::Sul => "sundhedsloven",
            Law::Rsl => "retssikkerhedsloven",
            Law::Ael => "ældreloven",
        }
    }

    /// Resolves an alias (case-insensitive, possessive `-s` allowed).
    pub fn from_alias(text: &str) -> Option<Law> {
        let lower = text.to_lowercase();
        let lower = lower.trim_end_matches('.');
        match lower {
            "sel" | "serviceloven" | "servicelovens" | "servicelov" | "lov om social service" => {
                Some(Law::Sel)
            }
            "sul" | "sundhedsloven" | "sundhedslovens" | "sundhedslov" => Some(Law::Sul),
            "rsl" | "retssikkerhedsloven" | "retssikkerhedslovens" => Some(Law::Rsl),
            "æl" | "ældreloven" | "ældrelovens" => Some(Law::Ael),
            _ => None,
        }
    }
}

/// `anden-ordning SUL § 140 "Genoptræning efter udskrivning fra sygehus"`: a scheme
/// under another law that the standard sends citizens to (a neighbouring service), not
/// the standard's legal basis. Rules that read the legal basis never see it.
#[derive(Debug, Clone, PartialEq)]
pub struct OtherScheme {
    /// The references of the scheme, each naming its law.
    pub refs: Vec<LawRef>,
    /// The scheme's name as the document words it, if given.
    pub name: Option<crate::source::Spanned<String>>,
    /// The whole statement.
    pub span: Span,
}

/// A reference to a paragraph of a law: `SEL § 86, stk. 1`.
#[derive(Debug, Clone, PartialEq)]
pub struct LawRef {
    /// Which law.
    pub law: Law,
    /// The paragraph, e.g. `86` or `140 a`.
    pub paragraph: String,
    /// The stk., if given.
    pub stk: Option<u32>,
    /// Whether `stk.` was written without a number.
    pub stk_missing_number: bool,
    /// Whether the law was not written (`§ 86` alone) and was taken from the
    /// `lovgrundlag` by the resolver. Until the resolver has run, `law` is a
    /// placeholder for such a reference.
    pub law_inferred: bool,
    /// The law text quoted with the reference, if any.
    pub quote: Option<String>,
    /// As written.
    pub original: String,
    /// Where.
    pub span: Span,
}

impl LawRef {
    /// The canonical form: `SEL § 86, stk. 1`.
    pub fn canonical(&self) -> String {
        match self.stk {
            Some(stk) => format!(
                "{} § {}, stk. {}",
                self.law.abbreviation(),
                self.paragraph,
                stk
            ),
            None => format!("{} § {}", self.law.abbreviation(), self.paragraph),
        }
    }
}
