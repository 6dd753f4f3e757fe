//! The date a standard speaks for: the one reading that the checker, the pages,
//! `compare` and `diff` share.

use super::values::Date;
use super::Standard;
use crate::i18n::Message;
use crate::msg;
use crate::source::Span;

/// The date a standard speaks for, and what it was read from.
#[derive(Debug, Clone, Copy)]
pub struct StandardDate {
    /// The date. For `år 2024` it is the year alone (no month, no day): comparisons
    /// read it as its earliest day, the first of January, and a period counted from it
    /// (such as a year of validity) runs from its latest, the last of December.
    pub date: Date,
    /// Where it comes from.
    pub basis: DateBasis,
    /// Where it is written, if it is.
    pub span: Option<Span>,
}

/// What a standard's date was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateBasis {
    /// `godkendt DATE`.
    Approval,
    /// `dato DATE`.
    Dated,
    /// `gyldig FROM til …`.
    Validity,
    /// `år YEAR`: the year as a whole.
    Year,
    /// Nothing: the checker judges an undated standard at the date of the run.
    Today,
}

impl DateBasis {
    /// The key in JSON outputs: `approval`, `dated`, `validity`, `year`, `today`.
    pub fn key(self) -> &'static str {
        match self {
            DateBasis::Approval => "approval",
            DateBasis::Dated => "dated",
            DateBasis::Validity => "validity",
            DateBasis::Year => "year",
            DateBasis::Today => "today",
        }
    }
}

impl StandardDate {
    /// The date in words: `approved 2024-02-06`, `dated 2011-05`, `for 2024`.
    pub fn describe(&self) -> Message {
        let date = self.date.to_string();
        match self.basis {
            DateBasis::Approval => msg!("date-approved", date = date),
            DateBasis::Dated => msg!("date-dated", date = date),
            DateBasis::Validity => msg!("date-valid-from", date = date),
            DateBasis::Year => msg!("date-for-year", year = self.date.year),
            DateBasis::Today => msg!("date-undated", date = date),
        }
    }
}

impl Standard {
    /// The date the standard speaks for, as it states it: its approval date, else its
    /// `dato`, else the start of its validity, else its `år` (the year alone); `None`
    /// if it states none of them.
    pub fn reference_date(&self) -> Option<StandardDate> {
        if let Some(date) = self.approval.as_ref().and_then(|a| a.date.as_ref()) {
            return Some(StandardDate {
                date: date.value,
                basis: DateBasis::Approval,
                span: Some(date.span),
            });
        }
        if let Some(date) = &self.date {
            return Some(StandardDate {
                date: date.value,
                basis: DateBasis::Dated,
                span: Some(date.span),
            });
        }
        if let Some(validity) = &self.validity {
            return Some(StandardDate {
                date: validity.from.value,
                basis: DateBasis::Validity,
                span: Some(validity.from.span),
            });
        }
        self.year.as_ref().map(|year| StandardDate {
            date: Date {
                year: year.value,
                month: None,
                day: None,
            },
            basis: DateBasis::Year,
            span: Some(year.span),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Options;
    use crate::source::SourceFile;

    fn date_of(header: &str) -> Option<(String, &'static str)> {
        let text = format!("kvalitetsstandard \"S\" {{\n{header}\n}}\n");
        let compiled = crate::compile(
            SourceFile::new("s.kvs", text),
            &Options::new(Date::ymd(2026, 11, 23)),
        );
        let standard = compiled.standard?;
        standard
            .reference_date()
            .map(|d| (d.date.to_string(), d.basis.key()))
    }

    #[test]
    fn approval_comes_before_dato_validity_and_year() {
        let all = "  år 2024\n  gyldig 2024-03-01 til 2024-12-31\n  dato maj 2024\n  godkendt 2024-02-06 af \"Udvalget\"";
        assert_eq!(date_of(all), Some(("2024-02-06".into(), "approval")));
        assert_eq!(
            date_of("  år 2024\n  gyldig 2024-03-01 til 2024-12-31\n  dato maj 2024"),
            Some(("2024-05".into(), "dated"))
        );
        assert_eq!(
            date_of("  år 2024\n  gyldig 2024-03-01 til 2024-12-31"),
            Some(("2024-03-01".into(), "validity"))
        );
        assert_eq!(date_of("  kommune Glostrup"), None);
    }

    #[test]
    fn a_year_is_the_year_alone_and_compares_as_its_first_day() {
        assert_eq!(date_of("  år 2024"), Some(("2024".into(), "year")));
        let year = Date {
            year: 2024,
            month: None,
            day: None,
        };
        assert_eq!(year.earliest(), Date::ymd(2024, 1, 1));
        assert_eq!(year.latest(), Date::ymd(2024, 12, 31));
    }
}
