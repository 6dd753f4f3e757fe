//! Normalised figures: one unit per dimension, so that standards can be set side by
//! side, always with the original wording and the way the figure was made.
//!
//! - Deadlines, course lengths and pauses in **calendar days**: hverdage × 7/5 (5
//!   working days are a calendar week), uger × 7, måneder × 30, år × 365. `dage` does
//!   not say whether working days are meant: it is read as calendar days and flagged,
//!   with the figure it would be as working days beside it.
//! - Frequencies in **times per week**: per day × 7, per month × 7/30, per quarter ×
//!   7/91, per year × 7/365.
//! - Session lengths in **minutes**.
//!
//! Figures are rounded to one decimal (two below one), and shown with a decimal comma.

use super::report::Figure;
use crate::model::values::{
    format_number, Count, Duration, Frequency, Period, Range, RangeKind, TimeUnit,
};

/// A duration of a day or longer in calendar days; `None` for minutes and hours.
pub fn calendar_days(duration: &Duration) -> Option<Figure> {
    let factor = duration.unit.calendar_days()?;
    let days = scale(&duration.amount, factor);
    let shown = show(&days);
    let original = &duration.original;
    let (text, explanation, if_working_days) = match duration.unit {
        TimeUnit::WorkingDays => (
            format!("≈ {shown} kalenderdage"),
            format!("{original} ≈ {shown} kalenderdage (hverdage × 7/5)"),
            None,
        ),
        TimeUnit::Days => {
            let working = scale(&duration.amount, 7.0 / 5.0);
            (
                format!("{shown} kalenderdage (tvetydigt)"),
                format!(
                    "{original}: tvetydigt, læst som {shown} kalenderdage; menes hverdage, er det ≈ {} kalenderdage",
                    show(&working)
                ),
                working.max.or(working.min),
            )
        }
        TimeUnit::CalendarDays => (format!("{shown} kalenderdage"), original.clone(), None),
        TimeUnit::Weeks => (
            format!("= {shown} kalenderdage"),
            format!("{original} = {shown} kalenderdage (uger × 7)"),
            None,
        ),
        TimeUnit::Months => (
            format!("≈ {shown} kalenderdage"),
            format!("{original} ≈ {shown} kalenderdage (måneder × 30)"),
            None,
        ),
        TimeUnit::Years => (
            format!("≈ {shown} kalenderdage"),
            format!("{original} ≈ {shown} kalenderdage (år × 365)"),
            None,
        ),
        TimeUnit::Minutes | TimeUnit::Hours => return None,
    };
    Some(Figure {
        unit: "calendar_days",
        min: days.min,
        max: days.max,
        if_working_days,
        ambiguous: duration.unit == TimeUnit::Days,
        text,
        explanation,
    })
}

/// A session length in minutes; `None` for days and longer.
pub fn minutes(duration: &Duration) -> Option<Figure> {
    let factor = duration.unit.minutes()?;
    let minutes = scale(&duration.amount, factor);
    let shown = show(&minutes);
    let (text, explanation) = if duration.unit == TimeUnit::Minutes {
        (format!("{shown} min"), duration.original.clone())
    } else {
        (
            format!("= {shown} min"),
            format!("{} = {shown} min (timer × 60)", duration.original),
        )
    };
    Some(Figure {
        unit: "minutes",
        min: minutes.min,
        max: minutes.max,
        if_working_days: None,
        ambiguous: false,
        text,
        explanation,
    })
}

/// A frequency in times per week.
pub fn per_week(frequency: &Frequency) -> Figure {
    let (factor, method) = match frequency.per {
        Period::Day => (7.0, Some("pr. dag × 7")),
        Period::Week => (1.0, None),
        Period::Month => (7.0 / 30.0, Some("pr. måned × 7/30")),
        Period::Quarter => (7.0 / 91.0, Some("pr. kvartal × 7/91")),
        Period::Year => (7.0 / 365.0, Some("pr. år × 7/365")),
    };
    let weekly = scale(&frequency.count, factor);
    let shown = show(&weekly);
    let (text, explanation) = match method {
        None => (format!("{shown} gange pr. uge"), frequency.original.clone()),
        Some(method) => (
            format!("≈ {shown} gange pr. uge"),
            format!("{} ≈ {shown} gange pr. uge ({method})", frequency.original),
        ),
    };
    Figure {
        unit: "per_week",
        min: weekly.min,
        max: weekly.max,
        if_working_days: None,
        ambiguous: false,
        text,
        explanation,
    }
}

/// A number of sessions; `None` for a cap per period (`højst 43 årligt`), which is not
/// a number of sessions for one course.
pub fn sessions(count: &Count) -> Option<Figure> {
    if count.per.is_some() {
        return None;
    }
    let shown = show(&count.amount);
    Some(Figure {
        unit: "sessions",
        min: count.amount.min,
        max: count.amount.max,
        if_working_days: None,
        ambiguous: false,
        text: format!("{shown} gange"),
        explanation: count.original.clone(),
    })
}

/// The figure a chart draws for a value: its upper bound, else its lower bound.
pub fn headline(figure: &Figure) -> Option<f64> {
    figure.max.or(figure.min)
}

/// A range multiplied by a factor, rounded for display.
fn scale(range: &Range, factor: f64) -> Range {
    Range {
        min: range.min.map(|v| round(v * factor)),
        max: range.max.map(|v| round(v * factor)),
        kind: range.kind,
    }
}

/// Rounds to one decimal, or two below one.
pub fn round(value: f64) -> f64 {
    if value.abs() < 1.0 {
        (value * 100.0).round() / 100.0
    } else {
        (value * 10.0).round() / 10.0
    }
}

/// A range in Danish, with words for open ranges: `op til 90`, `7–14`, `mindst 180`.
fn show(range: &Range) -> String {
    let n = |v: Option<f64>| v.map(format_number).unwrap_or_default();
    match range.kind {
        RangeKind::Exact => n(range.min.or(range.max)),
        RangeKind::Between => format!("{}–{}", n(range.min), n(range.max)),
        RangeKind::AtMost => format!("op til {}", n(range.max)),
        RangeKind::AtLeast => format!("mindst {}", n(range.min)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Span;

    fn duration(min: Option<f64>, max: Option<f64>, kind: RangeKind, unit: TimeUnit) -> Duration {
        let amount = Range { min, max, kind };
        Duration {
            hedge: None,
            original: format!("{amount} {}", unit.danish()),
            amount,
            unit,
            span: Span::default(),
        }
    }

    fn exact(n: f64, unit: TimeUnit) -> Duration {
        duration(Some(n), Some(n), RangeKind::Exact, unit)
    }

    #[test]
    fn working_days_count_seven_fifths() {
        let figure = calendar_days(&exact(10.0, TimeUnit::WorkingDays)).unwrap();
        assert_eq!(figure.max, Some(14.0));
        assert_eq!(
            figure.explanation,
            "10 hverdage ≈ 14 kalenderdage (hverdage × 7/5)"
        );
        assert!(!figure.ambiguous);
        let figure = calendar_days(&exact(3.0, TimeUnit::WorkingDays)).unwrap();
        assert_eq!(figure.text, "≈ 4,2 kalenderdage");
    }

    #[test]
    fn plain_days_are_calendar_days_and_flagged() {
        let figure = calendar_days(&exact(14.0, TimeUnit::Days)).unwrap();
        assert_eq!(figure.max, Some(14.0));
        assert!(figure.ambiguous);
        assert_eq!(figure.if_working_days, Some(19.6));
        assert_eq!(
            figure.explanation,
            "14 dage: tvetydigt, læst som 14 kalenderdage; menes hverdage, er det ≈ 19,6 kalenderdage"
        );
    }

    #[test]
    fn weeks_months_and_years() {
        let weeks = calendar_days(&exact(4.0, TimeUnit::Weeks)).unwrap();
        assert_eq!(weeks.max, Some(28.0));
        assert_eq!(weeks.explanation, "4 uger = 28 kalenderdage (uger × 7)");
        let months = calendar_days(&duration(
            None,
            Some(3.0),
            RangeKind::AtMost,
            TimeUnit::Months,
        ))
        .unwrap();
        assert_eq!((months.min, months.max), (None, Some(90.0)));
        assert_eq!(
            months.explanation,
            "op til 3 måneder ≈ op til 90 kalenderdage (måneder × 30)"
        );
        let pause = calendar_days(&duration(
            Some(6.0),
            None,
            RangeKind::AtLeast,
            TimeUnit::Months,
        ))
        .unwrap();
        assert_eq!(pause.text, "≈ mindst 180 kalenderdage");
        assert_eq!(headline(&pause), Some(180.0));
        let calendar = calendar_days(&exact(20.0, TimeUnit::CalendarDays)).unwrap();
        assert_eq!(calendar.text, "20 kalenderdage");
    }

    #[test]
    fn minutes_and_hours_are_no_calendar_days() {
        assert!(calendar_days(&exact(45.0, TimeUnit::Minutes)).is_none());
        let hours = minutes(&duration(
            Some(1.0),
            Some(1.5),
            RangeKind::Between,
            TimeUnit::Hours,
        ))
        .unwrap();
        assert_eq!((hours.min, hours.max), (Some(60.0), Some(90.0)));
        assert_eq!(hours.text, "= 60–90 min");
        assert!(minutes(&exact(3.0, TimeUnit::Weeks)).is_none());
    }

    #[test]
    fn frequencies_become_times_per_week() {
        let frequency = |count: Range, per: Period| Frequency {
            hedge: None,
            original: format!("{count} {}", per.danish()),
            count,
            per,
            span: Span::default(),
        };
        let weekly = per_week(&frequency(
            Range {
                min: Some(1.0),
                max: Some(2.0),
                kind: RangeKind::Between,
            },
            Period::Week,
        ));
        assert_eq!(weekly.text, "1–2 gange pr. uge");
        let quarterly = per_week(&frequency(Range::exact(1.0), Period::Quarter));
        assert_eq!(quarterly.max, Some(0.08));
        assert_eq!(
            quarterly.explanation,
            "1 i kvartalet ≈ 0,08 gange pr. uge (pr. kvartal × 7/91)"
        );
    }

    #[test]
    fn a_cap_per_period_is_not_a_number_of_sessions() {
        let count = |per| Count {
            hedge: None,
            amount: Range {
                min: None,
                max: Some(43.0),
                kind: RangeKind::AtMost,
            },
            per,
            original: "max 43".into(),
            span: Span::default(),
        };
        assert!(sessions(&count(Some(Period::Year))).is_none());
        assert_eq!(sessions(&count(None)).unwrap().text, "op til 43 gange");
    }
}
