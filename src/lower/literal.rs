//! Parsers for typed literal values, working on a statement's value tokens.
//!
//! Each parser takes what it can from a `Cursor` and returns the value or one
//! diagnostic that says, in words, what was expected.

use super::cursor::Cursor;
use crate::diag::{codes, Diagnostic};
use crate::i18n::Message;
use crate::model::values::{
    is_valid, Count, Date, Duration, Email, Frequency, Hedge, HedgeKind, Law, LawRef, Money,
    Period, Phone, PostalCode, Range, RangeKind, TimeUnit, Url, MONTH_NAMES,
};
use crate::msg;
use crate::source::{SourceFile, Span};
use crate::syntax::tree::{Arg, ArgKind};

type Parsed<T> = Result<T, Diagnostic>;

/// Why no number or range could be read where one should stand.
enum RangeError {
    /// None stands there: a range, a duration and a frequency each say so in words of
    /// their own. Where, and what stands there instead.
    Expected(Span, Message),
    /// A more precise error (`1.5`, a range in words without its upper bound), kept as
    /// it is.
    Invalid(Diagnostic),
}

impl From<Diagnostic> for RangeError {
    fn from(diagnostic: Diagnostic) -> Self {
        RangeError::Invalid(diagnostic)
    }
}

impl RangeError {
    /// The diagnostic, with `expected` making the one for no range at all.
    fn or_expected(self, expected: impl FnOnce(Span, Message) -> Diagnostic) -> Diagnostic {
        match self {
            RangeError::Expected(span, found) => expected(span, found),
            RangeError::Invalid(diagnostic) => diagnostic,
        }
    }
}

/// Danish number words a policy writer uses in place of digits.
fn number_word(word: &str) -> Option<f64> {
    Some(match word.to_lowercase().as_str() {
        "en" | "et" | "én" | "ét" | "een" => 1.0,
        "to" => 2.0,
        "tre" => 3.0,
        "fire" => 4.0,
        "fem" => 5.0,
        "seks" => 6.0,
        "syv" => 7.0,
        "otte" => 8.0,
        "ni" => 9.0,
        "ti" => 10.0,
        "elleve" => 11.0,
        "tolv" => 12.0,
        "fjorten" => 14.0,
        "tyve" => 20.0,
        _ => return None,
    })
}

/// Reads one number: digits (decimal comma, `.` between groups of three digits), a
/// number word, optionally followed by `½` (touching it or after a space: `1½`, `1 ½`).
///
/// `1.250` is one thousand two hundred and fifty: in Danish, `.` separates thousands and
/// `,` is the decimal comma. A `.` between digits that is not followed by exactly three
/// digits (`1.5`, `1.25`) is no number at all; [`misplaced_point`] says so.
pub fn number(cursor: &mut Cursor<'_>) -> Option<f64> {
    let arg = cursor.peek()?;
    let mut end = arg.span.end();
    let mut value = match arg.kind {
        ArgKind::Number => {
            cursor.next();
            let mut digits = arg.as_str().to_owned();
            // `1.250`, `12.500`, `1.250.000`, `1.250,50`: the grammar reads the groups
            // as numbers with a `.` between them. The first group has 1-3 digits.
            if digits.len() <= 3 && !digits.contains(',') {
                while let Some(group) = thousands_group(cursor, end) {
                    cursor.next();
                    cursor.next();
                    digits.push_str(group.as_str());
                    end = group.span.end();
                    // The decimal comma ends the number (only the group read last can
                    // hold it, so the digits read before need no second look).
                    if group.as_str().contains(',') {
                        break;
                    }
                }
            }
            digits.replace(',', ".").parse::<f64>().ok()?
        }
        ArgKind::Word => {
            let value = number_word(&arg.text)?;
            cursor.next();
            value
        }
        ArgKind::Punct if arg.text == "½" => {
            cursor.next();
            return Some(0.5);
        }
        _ => return None,
    };
    // `1½`, and `1 ½` after a whole number.
    if cursor
        .peek()
        .is_some_and(|a| a.is_punct("½") && (a.span.start() == end || value.fract() == 0.0))
    {
        cursor.next();
        value += 0.5;
    }
    Some(value)
}

/// The group of three digits after a thousands separator that touches `end`: the
/// `250` of `1.250`, not taken.
fn thousands_group<'a>(cursor: &Cursor<'a>, end: usize) -> Option<&'a Arg<'a>> {
    let point = cursor
        .peek()
        .filter(|a| a.is_punct(".") && a.span.start() == end)?;
    let group = cursor
        .peek2()
        .filter(|a| a.kind == ArgKind::Number && a.span.start() == point.span.end())?;
    let whole = group.text.split(',').next().unwrap_or_default();
    (whole.len() == 3).then_some(group)
}

/// A `.` right after the number just read (from `start`) and digits right after it
/// that are not a group of thousands: `1.5`, `2.25`. Reported instead of reading `1`
/// and leaving `.5` to confuse what comes next.
pub fn misplaced_point(cursor: &Cursor<'_>, start: usize) -> Option<Diagnostic> {
    let read = cursor.span_since(start);
    let point = cursor
        .peek()
        .filter(|a| a.is_punct(".") && a.span.start() == read.end())?;
    let digits = cursor
        .peek2()
        .filter(|a| a.kind == ArgKind::Number && a.span.start() == point.span.end())?;
    let number: String = cursor.read_since(start).iter().map(Arg::as_str).collect();
    Some(
        Diagnostic::error(
            codes::INVALID_RANGE,
            Span::new(read.start(), digits.span.end()),
            msg!(
                "lower-not-danish-number",
                number = number.as_str(),
                decimals = digits.as_str()
            ),
        )
        .with_label(msg!("lower-not-danish-number-label"))
        .with_help(msg!(
            "lower-not-danish-number-help",
            number = number.as_str(),
            decimals = digits.as_str()
        )),
    )
}

fn is_dash(cursor: &Cursor<'_>) -> bool {
    cursor
        .peek()
        .is_some_and(|a| a.is_punct("-") || a.is_punct("–") || a.is_punct("—"))
}

/// Reads a number or range: `21`, `1-2`, `1–2`, `op til 21`, `mindst 6`, `højst 10`,
/// and in words `fra 2 til 4`, `fra to og op til seks`, `mellem 2 og 4`.
pub fn range(cursor: &mut Cursor<'_>) -> Parsed<Range> {
    read_range(cursor).map_err(|e| {
        e.or_expected(|span, found| {
            Diagnostic::error(
                codes::INVALID_RANGE,
                span,
                msg!("lower-expected-range", found = found),
            )
            .with_help(msg!("lower-expected-range-help"))
        })
    })
}

/// Reads a number or range, as [`range`] does; when none stands there, says where and
/// what does instead, for the caller to word.
fn read_range(cursor: &mut Cursor<'_>) -> Result<Range, RangeError> {
    let start = cursor.mark();
    if let Some(words) = worded_range(cursor)? {
        return Ok(words);
    }
    let kind = if cursor.eat_word("op") {
        if !cursor.eat_word("til") {
            cursor.reset(start);
            return Err(no_range(cursor));
        }
        RangeKind::AtMost
    } else if cursor.eat_word("optil")
        || cursor.eat_word("højst")
        || cursor.eat_word("max")
        || cursor.eat_word("max.")
        || cursor.eat_word("maks")
        || cursor.eat_word("maks.")
        || cursor.eat_word("maksimalt")
        || cursor.eat_word("maximalt")
        || cursor.eat_word("maksimum")
    {
        RangeKind::AtMost
    } else if cursor.eat_word("mindst") || cursor.eat_word("minimum") {
        RangeKind::AtLeast
    } else {
        RangeKind::Exact
    };
    let Some(first) = checked_number(cursor)? else {
        return Err(no_range(cursor));
    };
    let mark = cursor.mark();
    let second = if is_dash(cursor) || cursor.eat_word("til") {
        if is_dash(cursor) {
            cursor.next();
        }
        match checked_number(cursor)? {
            Some(second) => Some(second),
            None => {
                cursor.reset(mark);
                None
            }
        }
    } else {
        None
    };
    Ok(match (kind, second) {
        (RangeKind::Exact, None) => Range::exact(first),
        (RangeKind::Exact, Some(second)) => Range {
            min: Some(first),
            max: Some(second),
            kind: RangeKind::Between,
        },
        (RangeKind::AtMost, second) => Range {
            min: None,
            max: Some(second.unwrap_or(first)),
            kind: RangeKind::AtMost,
        },
        (RangeKind::AtLeast, _) | (RangeKind::Between, _) => Range {
            min: Some(first),
            max: None,
            kind: RangeKind::AtLeast,
        },
    })
}

/// A number, or the error of a misplaced `.` in it (`1.5`).
fn checked_number(cursor: &mut Cursor<'_>) -> Parsed<Option<f64>> {
    let start = cursor.mark();
    let value = number(cursor);
    if value.is_some() {
        if let Some(error) = misplaced_point(cursor, start) {
            return Err(error);
        }
    }
    Ok(value)
}

/// A range in words: `fra 2 til 4`, `fra to og op til seks`, `mellem 2 og 4`. `None`
/// (and nothing taken) when the values do not start with `fra` or `mellem`.
fn worded_range(cursor: &mut Cursor<'_>) -> Parsed<Option<Range>> {
    let start = cursor.mark();
    let between = if cursor.eat_word("fra") {
        false
    } else if cursor.eat_word("mellem") {
        true
    } else {
        return Ok(None);
    };
    let Some(first) = checked_number(cursor)? else {
        cursor.reset(start);
        return Ok(None);
    };
    let joined = if between {
        cursor.eat_word("og")
    } else {
        // `fra 2 til 4`, `fra 2 op til 4`, `fra 2 og op til 4`, `fra 2-4`.
        let mark = cursor.mark();
        cursor.eat_word("og");
        if cursor.eat_word("op") && cursor.eat_word("til") || cursor.eat_word("til") {
            true
        } else {
            cursor.reset(mark);
            if is_dash(cursor) {
                cursor.next();
                true
            } else {
                false
            }
        }
    };
    let second = if joined {
        checked_number(cursor)?
    } else {
        None
    };
    let Some(second) = second else {
        let found = found(cursor);
        let (word, help) = if between {
            ("mellem", msg!("lower-range-bounds-help-mellem"))
        } else {
            ("fra", msg!("lower-range-bounds-help-fra"))
        };
        return Err(Diagnostic::error(
            codes::INVALID_RANGE,
            cursor.here(),
            msg!("lower-range-upper-bound", found = found),
        )
        .with_secondary(
            cursor.span_since(start),
            msg!("lower-range-starts-with", word = word),
        )
        .with_help(help));
    };
    Ok(Some(Range {
        min: Some(first),
        max: Some(second),
        kind: RangeKind::Between,
    }))
}

/// No number or range at the cursor: where, and what stands there.
fn no_range(cursor: &Cursor<'_>) -> RangeError {
    RangeError::Expected(cursor.here(), found(cursor))
}

/// Describes the next value for a message: "`foo`" or "nothing".
pub fn found(cursor: &Cursor<'_>) -> Message {
    match cursor.peek() {
        Some(arg) if arg.kind == ArgKind::TextBlock => msg!("lower-found-text-block"),
        Some(arg) if arg.kind == ArgKind::String => {
            msg!("lower-found-text", text = arg.text.as_ref())
        }
        Some(arg) => msg!("lower-found-value", value = arg.text.as_ref()),
        None => msg!("lower-found-nothing"),
    }
}

/// Reads a time unit word.
pub fn time_unit(cursor: &mut Cursor<'_>) -> Option<TimeUnit> {
    let word = cursor.peek().filter(|a| a.kind == ArgKind::Word)?;
    let unit = match word.as_str().to_lowercase().trim_end_matches(['.', ',']) {
        "hverdage" | "hverdag" | "hverdagene" | "arbejdsdage" | "arbejdsdag" => {
            TimeUnit::WorkingDays
        }
        "dage" | "dag" | "dages" => TimeUnit::Days,
        "kalenderdage" | "kalenderdag" => TimeUnit::CalendarDays,
        "uger" | "uge" | "ugers" => TimeUnit::Weeks,
        "måneder" | "måned" | "måneders" | "mdr" | "md" | "mdr.s" => TimeUnit::Months,
        "år" | "års" => TimeUnit::Years,
        "timer" | "time" | "timers" | "t" => TimeUnit::Hours,
        "min" | "minutter" | "minut" | "minutters" => TimeUnit::Minutes,
        _ => return None,
    };
    cursor.next();
    Some(unit)
}

/// Reads the hedge before a value: `typisk`, `normalt`, `som regel`, `sædvanligvis`,
/// `oftest`, `ca.`, `ca`, `cirka`, `circa`, `omkring`, `omtrent`, `vejledende`.
pub fn hedge(cursor: &mut Cursor<'_>, source: &SourceFile) -> Option<Hedge> {
    let start = cursor.mark();
    let word = cursor.peek().filter(|a| a.kind == ArgKind::Word)?;
    let kind = match word.as_str().to_lowercase().as_str() {
        "typisk" => HedgeKind::Typically,
        "normalt" | "sædvanligvis" | "oftest" => HedgeKind::Usually,
        "som" if cursor.peek2().is_some_and(|a| a.is_word("regel")) => {
            cursor.next();
            HedgeKind::Usually
        }
        "ca." | "ca" | "cirka" | "circa" | "omkring" | "omtrent" => HedgeKind::Approximately,
        "vejledende" => HedgeKind::Guideline,
        _ => return None,
    };
    cursor.next();
    let span = cursor.span_since(start);
    Some(Hedge {
        kind,
        original: source.slice(span).to_owned(),
        span,
    })
}

/// Reads a duration: a number or range and a unit, optionally hedged
/// (`typisk op til 3 måneder`).
pub fn duration(cursor: &mut Cursor<'_>, source: &SourceFile) -> Parsed<Duration> {
    let start = cursor.mark();
    let hedge = hedge(cursor, source);
    let amount = read_range(cursor).map_err(|e| {
        e.or_expected(|span, found| {
            Diagnostic::error(
                codes::INVALID_DURATION,
                span,
                msg!("lower-expected-duration", found = found),
            )
            .with_help(msg!("lower-expected-duration-help"))
        })
    })?;
    let Some(unit) = time_unit(cursor) else {
        let here = cursor.here();
        let found = found(cursor);
        return Err(Diagnostic::error(
            codes::INVALID_DURATION,
            here,
            msg!("lower-expected-time-unit", found = found),
        )
        .with_secondary(
            cursor.span_since(start),
            msg!("lower-expected-time-unit-label"),
        )
        .with_help(msg!("lower-expected-time-unit-help")));
    };
    let span = cursor.span_since(start);
    Ok(Duration {
        hedge: hedge.map(Box::new),
        amount,
        unit,
        original: source.slice(span).to_owned(),
        span,
    })
}

/// Reads a period after `gange`: `om ugen`, `ugentligt`, `pr. uge`, `årligt`.
pub fn period(cursor: &mut Cursor<'_>) -> Option<Period> {
    let mark = cursor.mark();
    let word = cursor.next()?;
    if word.kind != ArgKind::Word {
        cursor.reset(mark);
        return None;
    }
    let lower = word.as_str().to_lowercase();
    let single = match lower.trim_end_matches(['.', ',']) {
        "ugentligt" | "ugentlig" | "ugtl" => Some(Period::Week),
        "dagligt" | "daglig" => Some(Period::Day),
        "månedligt" | "månedlig" => Some(Period::Month),
        "årligt" | "årlig" => Some(Period::Year),
        "kvartalsvis" => Some(Period::Quarter),
        _ => None,
    };
    if single.is_some() {
        return single;
    }
    if matches!(
        lower.as_str(),
        "om" | "pr." | "pr" | "per" | "i" | "hver" | "a"
    ) {
        if let Some(next) = cursor.next() {
            let period = match next.as_str().to_lowercase().trim_end_matches(['.', ',']) {
                "ugen" | "uge" => Some(Period::Week),
                "dagen" | "dag" | "døgnet" | "døgn" => Some(Period::Day),
                "måneden" | "måned" => Some(Period::Month),
                "kvartalet" | "kvartal" => Some(Period::Quarter),
                "året" | "år" => Some(Period::Year),
                _ => None,
            };
            if period.is_some() {
                return period;
            }
        }
    }
    cursor.reset(mark);
    None
}

fn eat_times(cursor: &mut Cursor<'_>) -> bool {
    cursor.eat_word("gange")
        || cursor.eat_word("gang")
        || cursor.eat_word("x")
        || cursor.eat_word("træningsgange")
        || cursor.eat_word("træningsgang")
}

/// Reads a frequency: `2 gange om ugen`, `1-2 gange ugentligt`, `normalt 2 gange om
/// ugen`.
pub fn frequency(cursor: &mut Cursor<'_>, source: &SourceFile) -> Parsed<Frequency> {
    let start = cursor.mark();
    let hedge = hedge(cursor, source);
    let count = read_range(cursor).map_err(|e| {
        e.or_expected(|span, found| {
            Diagnostic::error(
                codes::INVALID_FREQUENCY,
                span,
                msg!("lower-expected-range", found = found),
            )
            .with_help(msg!("lower-expected-frequency-help"))
        })
    })?;
    eat_times(cursor);
    let Some(per) = period(cursor) else {
        let found = found(cursor);
        return Err(Diagnostic::error(
            codes::INVALID_FREQUENCY,
            cursor.here(),
            msg!("lower-expected-period", found = found),
        )
        .with_secondary(
            cursor.span_since(start),
            msg!("lower-expected-period-label"),
        )
        .with_help(msg!("lower-expected-period-help")));
    };
    let span = cursor.span_since(start);
    Ok(Frequency {
        hedge: hedge.map(Box::new),
        count,
        per,
        original: source.slice(span).to_owned(),
        span,
    })
}

/// Reads a count of sessions: `op til 21`, `5 gange`, `højst 43 årligt`, `typisk op til
/// 5`.
pub fn count(cursor: &mut Cursor<'_>, source: &SourceFile) -> Parsed<Count> {
    let start = cursor.mark();
    let hedge = hedge(cursor, source);
    let amount = range(cursor)?;
    eat_times(cursor);
    let per = period(cursor);
    let span = cursor.span_since(start);
    Ok(Count {
        hedge: hedge.map(Box::new),
        amount,
        per,
        original: source.slice(span).to_owned(),
        span,
    })
}

/// Reads an amount of money: `0 kr`, `173 kr. pr. dag`, `gratis`, `ca. 150 kr`.
pub fn money(cursor: &mut Cursor<'_>, source: &SourceFile) -> Parsed<Money> {
    let start = cursor.mark();
    let hedge = hedge(cursor, source);
    let kroner = if cursor.eat_word("gratis") {
        0.0
    } else {
        let prefixed = cursor.eat_word("kr.") || cursor.eat_word("kr");
        let Some(amount) = checked_number(cursor)? else {
            let found = found(cursor);
            return Err(Diagnostic::error(
                codes::INVALID_MONEY,
                cursor.here(),
                msg!("lower-expected-amount", found = found),
            )
            .with_help(msg!("lower-expected-amount-help")));
        };
        // `173,-` is a common way to write whole kroner.
        if cursor.peek().is_some_and(|a| a.is_punct(","))
            && cursor.peek2().is_some_and(|a| a.is_punct("-"))
        {
            cursor.next();
            cursor.next();
        }
        if !(prefixed
            || cursor.eat_word("kr")
            || cursor.eat_word("kr.")
            || cursor.eat_word("kroner"))
        {
            let found = found(cursor);
            return Err(Diagnostic::error(
                codes::INVALID_MONEY,
                cursor.here(),
                msg!("lower-expected-kr", found = found),
            )
            .with_secondary(cursor.span_since(start), msg!("lower-expected-kr-label"))
            .with_help(msg!("lower-expected-kr-help")));
        }
        amount
    };
    let mut per = None;
    let mark = cursor.mark();
    if cursor.eat_word("pr.")
        || cursor.eat_word("pr")
        || cursor.eat_word("per")
        || cursor.eat_word("om")
    {
        match cursor.next() {
            Some(arg) if arg.kind == ArgKind::Word => per = Some(per_unit(&arg.text)),
            _ => cursor.reset(mark),
        }
    }
    let span = cursor.span_since(start);
    Ok(Money {
        hedge: hedge.map(Box::new),
        kroner,
        per,
        original: source.slice(span).to_owned(),
        span,
    })
}

/// The base form of the unit after `pr.`/`om` in an amount: `dagen` and `døgn` are
/// `dag`, `måneden` is `måned`.
fn per_unit(word: &str) -> String {
    let lower = word.to_lowercase();
    let base = match lower.trim_end_matches('.') {
        "dagen" | "døgn" | "døgnet" | "dag" => "dag",
        "ugen" | "uge" => "uge",
        "måneden" | "måned" | "md" | "mdr" => "måned",
        "kvartalet" | "kvartal" => "kvartal",
        "året" | "år" => "år",
        "gang" | "gangen" => "gang",
        other => other,
    };
    base.to_owned()
}

/// Reads a Danish phone number in any grouping, optionally after `+45`.
pub fn phone(cursor: &mut Cursor<'_>, source: &SourceFile) -> Parsed<Phone> {
    let start = cursor.mark();
    let mut digits = String::new();
    if cursor.peek().is_some_and(|a| a.is_punct("+")) {
        cursor.next();
        // `+4543236690`: the country code written together with the number.
        if let Some(arg) = cursor
            .peek()
            .filter(|a| a.text.len() > 2 && a.text.starts_with("45"))
        {
            digits.push_str(arg.text.get(2..).unwrap_or(""));
            cursor.next();
        } else if cursor.peek().is_some_and(|a| a.text == "45") {
            cursor.next();
        } else {
            return Err(Diagnostic::error(
                codes::INVALID_PHONE,
                cursor.span_since(start),
                msg!("lower-phone-not-danish"),
            )
            .with_help(msg!("lower-phone-not-danish-help")));
        }
    }
    while let Some(arg) = cursor.peek() {
        if arg.kind == ArgKind::Number && arg.text.chars().all(|c| c.is_ascii_digit()) {
            digits.push_str(&arg.text);
            cursor.next();
        } else if arg.is_punct("-") || arg.is_punct(".") {
            // Some write 43-23-66-90 or 43.23.66.90.
            if cursor.peek2().is_some_and(|a| a.kind == ArgKind::Number) && !digits.is_empty() {
                cursor.next();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    let span = cursor.span_since(start);
    if digits.is_empty() {
        let found = found(cursor);
        return Err(Diagnostic::error(
            codes::INVALID_PHONE,
            cursor.here(),
            msg!("lower-expected-phone", found = found),
        )
        .with_help(msg!("lower-expected-phone-help")));
    }
    if digits.len() != 8 {
        return Err(Diagnostic::error(
            codes::INVALID_PHONE,
            span,
            msg!("lower-phone-digits", digits = digits.len()),
        )
        .with_label(msg!("lower-phone-digits-label", digits = digits.len()))
        .with_help(msg!("lower-phone-digits-help")));
    }
    Ok(Phone {
        digits,
        original: source.slice(span).to_owned(),
        span,
    })
}

/// Reads an e-mail address.
pub fn email(cursor: &mut Cursor<'_>, source: &SourceFile) -> Parsed<Email> {
    if let Some(arg) = cursor.eat_kind(ArgKind::Email) {
        return Ok(Email {
            address: arg.as_str().to_owned(),
            span: arg.span,
        });
    }
    // Take everything up to the next space-separated text or the end, to show it.
    let start = cursor.mark();
    let Some(first) = cursor.next() else {
        return Err(Diagnostic::error(
            codes::INVALID_EMAIL,
            cursor.end,
            msg!("lower-expected-email"),
        )
        .with_help(msg!("lower-email-help")));
    };
    let mut end = first.span;
    while let Some(arg) = cursor.peek() {
        if arg.span.start() == end.end() && !arg.is_text() {
            end = arg.span;
            cursor.next();
        } else {
            break;
        }
    }
    let span = first.span.join(end);
    let written = source.slice(span);
    let problem = if !written.contains('@') {
        msg!("lower-email-no-at")
    } else if written.ends_with('@') || written.starts_with('@') {
        msg!("lower-email-missing-part")
    } else {
        msg!("lower-email-no-domain")
    };
    let _ = start;
    Err(Diagnostic::error(
        codes::INVALID_EMAIL,
        span,
        msg!("lower-invalid-email", written = written, problem = problem),
    )
    .with_help(msg!("lower-email-help")))
}

/// The beginnings of the addresses a standard may link to.
const LINKABLE_SCHEMES: [&str; 5] = ["https://", "http://", "www.", "mailto:", "tel:"];

/// Reads a web address; `www.…` is taken as `https://www.…`.
pub fn url(cursor: &mut Cursor<'_>, source: &SourceFile) -> Parsed<Url> {
    if let Some(arg) = cursor.eat_kind(ArgKind::Url) {
        let lower = arg.as_str().to_lowercase();
        // The grammar reads any `scheme://…` as an address, so that a scheme that
        // cannot be linked from a standard (`ftp://`, `file://`) is reported here.
        if !LINKABLE_SCHEMES.iter().any(|s| lower.starts_with(s)) {
            return Err(Diagnostic::error(
                codes::INVALID_URL,
                arg.span,
                msg!("lower-url-not-linkable", url = arg.text.as_ref()),
            )
            .with_help(msg!("lower-url-https-help")));
        }
        let href = if lower.starts_with("www.") {
            format!("https://{}", arg.text)
        } else {
            arg.as_str().to_owned()
        };
        return Ok(Url {
            original: arg.as_str().to_owned(),
            href,
            span: arg.span,
        });
    }
    let Some(first) = cursor.next() else {
        return Err(
            Diagnostic::error(codes::INVALID_URL, cursor.end, msg!("lower-expected-url"))
                .with_help(msg!("lower-expected-url-help")),
        );
    };
    let mut end = first.span;
    while let Some(arg) = cursor.peek() {
        if arg.span.start() == end.end() && !arg.is_text() {
            end = arg.span;
            cursor.next();
        } else {
            break;
        }
    }
    let span = first.span.join(end);
    let written = source.slice(span);
    let message = if written.contains(':') {
        msg!("lower-url-not-linkable", url = written)
    } else {
        msg!("lower-not-url", url = written)
    };
    Err(Diagnostic::error(codes::INVALID_URL, span, message)
        .with_help(msg!("lower-url-https-help")))
}

/// Reads a postal code and town: `2600 Glostrup`.
pub fn postal(cursor: &mut Cursor<'_>) -> Parsed<PostalCode> {
    let start = cursor.mark();
    let Some(code) = cursor.eat_kind(ArgKind::Number) else {
        let found = found(cursor);
        return Err(Diagnostic::error(
            codes::INVALID_POSTAL_CODE,
            cursor.here(),
            msg!("lower-expected-postal-code", found = found),
        )
        .with_help(msg!("lower-postal-code-help")));
    };
    if code.text.len() != 4 || !code.text.chars().all(|c| c.is_ascii_digit()) {
        return Err(Diagnostic::error(
            codes::INVALID_POSTAL_CODE,
            code.span,
            msg!(
                "lower-postal-code-digits",
                code = code.text.as_ref(),
                digits = code.text.chars().count()
            ),
        )
        .with_help(msg!("lower-postal-code-help")));
    }
    let mut town = Vec::new();
    while let Some(arg) = cursor.peek() {
        if matches!(arg.kind, ArgKind::Word | ArgKind::String) || arg.is_punct(".") {
            town.push(arg.as_str().to_owned());
            cursor.next();
        } else {
            break;
        }
    }
    if town.is_empty() {
        return Err(Diagnostic::error(
            codes::INVALID_POSTAL_CODE,
            cursor.span_since(start),
            msg!("lower-postal-code-town"),
        )
        .with_help(msg!(
            "lower-postal-code-town-help",
            code = code.text.as_ref()
        )));
    }
    Ok(PostalCode {
        code: code.as_str().to_owned(),
        town: town.join(" ").replace(" .", "."),
        span: cursor.span_since(start),
    })
}

/// Abbreviated month names; the full names are `values::MONTH_NAMES`.
const MONTH_ABBREVIATIONS: [(&str, u8); 12] = [
    ("jan.", 1),
    ("feb.", 2),
    ("mar.", 3),
    ("apr.", 4),
    ("jun.", 6),
    ("jul.", 7),
    ("aug.", 8),
    ("sep.", 9),
    ("sept.", 9),
    ("okt.", 10),
    ("nov.", 11),
    ("dec.", 12),
];

pub(crate) fn month(word: &str) -> Option<u8> {
    let lower = word.to_lowercase();
    let full = MONTH_NAMES
        .iter()
        .zip(1u8..)
        .find(|(name, _)| **name == lower)
        .map(|(_, m)| m);
    full.or_else(|| {
        MONTH_ABBREVIATIONS
            .iter()
            .find(|(name, _)| *name == lower)
            .map(|(_, m)| *m)
    })
}

/// Reads a date: `2024-02-06`, `06.02.2024`, `6. februar 2024`, `maj 2024`, `2024`.
pub fn date(cursor: &mut Cursor<'_>) -> Parsed<(Date, Span)> {
    let start = cursor.mark();
    let invalid = |span: Span, written: &str| {
        Diagnostic::error(
            codes::INVALID_DATE,
            span,
            msg!("lower-invalid-date", date = written),
        )
        .with_help(msg!("lower-invalid-date-help"))
    };
    if let Some(arg) = cursor.eat_kind(ArgKind::Date) {
        let text = arg.as_str();
        if text.contains('-') {
            return Date::parse_iso(text)
                .map(|d| (d, arg.span))
                .ok_or_else(|| invalid(arg.span, text));
        }
        let parts: Vec<&str> = text.split('.').collect();
        let parsed = match parts.as_slice() {
            [d, m, y] => match (d.parse::<u8>(), m.parse::<u8>(), y.parse::<i32>()) {
                (Ok(d), Ok(m), Ok(y)) if is_valid(y, m, d) => Some(Date::ymd(y, m, d)),
                _ => None,
            },
            _ => None,
        };
        return parsed
            .map(|d| (d, arg.span))
            .ok_or_else(|| invalid(arg.span, text));
    }
    // `6. februar 2024`
    if let Some(day) = cursor.peek().filter(|a| a.kind == ArgKind::Number) {
        if day.text.len() <= 2 {
            cursor.next();
            cursor.eat_punct(".");
            if let Some((name, m)) = cursor
                .peek()
                .and_then(|a| month(&a.text).map(|m| (a.as_str(), m)))
            {
                cursor.next();
                if let Some(year) = cursor.eat_kind(ArgKind::Number) {
                    let span = cursor.span_since(start);
                    let (d, y) = (day.text.parse::<u8>().ok(), year.text.parse::<i32>().ok());
                    return match (d, y) {
                        (Some(d), Some(y)) if is_valid(y, m, d) => Ok((Date::ymd(y, m, d), span)),
                        // Show the month as written, not as its number.
                        _ => Err(invalid(
                            span,
                            &format!("{}. {} {}", day.text, name, year.text),
                        )),
                    };
                }
            }
            cursor.reset(start);
        } else if day.text.len() == 4 {
            // A year alone.
            cursor.next();
            if let Ok(year) = day.text.parse::<i32>() {
                return Ok((
                    Date {
                        year,
                        month: None,
                        day: None,
                    },
                    day.span,
                ));
            }
        }
    }
    // `maj 2024`
    if let Some(m) = cursor.peek().and_then(|a| month(&a.text)) {
        cursor.next();
        if let Some(year) = cursor.eat_kind(ArgKind::Number) {
            if let Ok(y) = year.text.parse::<i32>() {
                return Ok((
                    Date {
                        year: y,
                        month: Some(m),
                        day: None,
                    },
                    cursor.span_since(start),
                ));
            }
        }
        cursor.reset(start);
    }
    let found = found(cursor);
    Err(Diagnostic::error(
        codes::INVALID_DATE,
        cursor.here(),
        msg!("lower-expected-date", found = found),
    )
    .with_help(msg!("lower-expected-date-help")))
}

/// Reads one or more law references: `SEL § 86 stk. 1, SUL § 140 a`,
/// `serviceloven § 86, stk. 1 og 2`, `lov om social service § 86,1`, `§ 86.1`,
/// `§ 86, 1`, `serviceloven §§ 83 og 83 a`.
///
/// A paragraph written without its law (`§ 86`, at the start) is returned with
/// `law_inferred` set and a placeholder law: the resolver takes the law from the
/// standard's `lovgrundlag` (`crate::resolve`), or reports that it cannot.
pub fn law_refs(
    cursor: &mut Cursor<'_>,
    source: &SourceFile,
) -> Result<Vec<LawRef>, Vec<Diagnostic>> {
    let mut refs: Vec<LawRef> = Vec::new();
    let mut errors = Vec::new();
    let mut law: Option<Law> = None;
    // Whether a `§§ 83 og 83 a` list is being read.
    let mut list = false;
    while !cursor.is_done() {
        if cursor.peek().is_some_and(|a| a.is_text()) {
            break;
        }
        let start = cursor.mark();
        // `83 a` after `§§ 83 og`: the list goes on, with the same law.
        let in_list = list && cursor.peek().is_some_and(|a| a.kind == ArgKind::Number);
        if !in_list {
            list = false;
        }
        if !in_list && cursor.peek().is_some_and(|a| a.kind == ArgKind::Number) {
            errors.push(
                Diagnostic::error(
                    codes::MALFORMED_LAW_REFERENCE,
                    cursor.here(),
                    msg!("lower-law-before-number", number = cursor.here_text()),
                )
                .with_help(msg!("lower-law-before-number-help")),
            );
            skip_reference(cursor);
            continue;
        }
        // A law name, unless the reference continues the previous law (`, § 88`).
        if !in_list && !cursor.peek().is_some_and(|a| a.is_punct("§")) {
            match law_name(cursor) {
                Some(found) => law = Some(found),
                None => {
                    while cursor
                        .peek()
                        .is_some_and(|a| !a.is_punct("§") && !a.is_text())
                    {
                        cursor.next();
                    }
                    let span = cursor.span_since(start);
                    let written = source.slice(span).to_owned();
                    if written.trim().is_empty() {
                        errors.push(missing_paragraph(cursor));
                        break;
                    }
                    errors.push(
                        Diagnostic::error(
                            codes::UNKNOWN_LAW,
                            span,
                            msg!("lower-unknown-law", law = written),
                        )
                        .with_help(msg!("lower-unknown-law-help")),
                    );
                    skip_reference(cursor);
                    continue;
                }
            }
        }
        // A paragraph without its law: the resolver takes the law from `lovgrundlag`.
        let (current, law_inferred) = match law {
            Some(law) => (law, false),
            None => (Law::Sel, true),
        };
        if !in_list {
            if !cursor.eat_punct("§") {
                errors.push(missing_paragraph(cursor));
                skip_reference(cursor);
                continue;
            }
            // `§§ 83 og 83 a`: several paragraphs of one law.
            if cursor.eat_punct("§") {
                list = true;
            }
        }
        let Some(number) = cursor.eat_kind(ArgKind::Number) else {
            let found = found(cursor);
            errors.push(
                Diagnostic::error(
                    codes::MALFORMED_LAW_REFERENCE,
                    cursor.here(),
                    msg!("lower-expected-paragraph-number", found = found),
                )
                .with_help(msg!("lower-expected-paragraph-number-help")),
            );
            skip_reference(cursor);
            continue;
        };
        // `§ 86,1` is an old way of writing `§ 86, stk. 1`.
        let (mut paragraph, mut stk) = match number.text.split_once(',') {
            Some((p, s)) => (p.to_owned(), s.parse::<u32>().ok()),
            None => (number.as_str().to_owned(), None),
        };
        // `§ 140 a`, `§ 140a`, `§ 83 a`.
        if let Some(letter) = cursor.peek().filter(|a| {
            a.kind == ArgKind::Word
                && a.text.chars().count() == 1
                && a.text.chars().all(|c| c.is_lowercase())
        }) {
            paragraph = format!("{paragraph} {}", letter.text);
            cursor.next();
        }
        // `§ 86.1`: the stk. after a point, with no space.
        if stk.is_none() {
            if let Some(number) = point_stk(cursor) {
                stk = Some(number);
                cursor.next();
                cursor.next();
            }
        }
        let mut stks = Vec::new();
        let mut missing_number = false;
        let mark = cursor.mark();
        let comma = cursor.eat_punct(",");
        // `stk.1`, written without a space, is one word.
        let glued = cursor.peek().and_then(|a| {
            let lower = a.as_str().to_lowercase();
            let rest = lower.strip_prefix("stk.")?;
            let digits = rest.trim_end_matches('.');
            digits
                .parse::<u32>()
                .ok()
                .map(|number| (number, rest.len() - digits.len()))
        });
        // A sentence-final period glued to `stk.1.` is not part of the reference.
        let mut glued_periods = 0;
        if let Some((number, periods)) = glued {
            cursor.next();
            stks.push(Some(number));
            glued_periods = periods;
        } else if cursor.eat_word("stk.") || cursor.eat_word("stk") {
            cursor.eat_punct(".");
            stk_numbers(cursor, &mut stks, |_| true);
            missing_number = stks.is_empty();
        } else if comma && stk.is_none() && single_digit(cursor) {
            // `§ 86, 1` and `§ 86, 1 og 2`: one digit after the comma is a stk.
            stk_numbers(cursor, &mut stks, |a| a.text.len() == 1);
        } else {
            cursor.reset(mark);
        }
        if stk.is_some() && stks.is_empty() {
            stks.push(stk.take());
        }
        let span = cursor.span_since(start);
        let span = Span::new(span.start(), span.end().saturating_sub(glued_periods));
        let original = source.slice(span).trim_end_matches([',', ' ']).to_owned();
        let reference = LawRef {
            law: current,
            paragraph,
            stk: None,
            stk_missing_number: missing_number,
            law_inferred,
            quote: None,
            original,
            span,
        };
        if stks.is_empty() {
            refs.push(reference);
        } else {
            for stk in stks {
                refs.push(LawRef {
                    stk,
                    stk_missing_number: false,
                    ..reference.clone()
                });
            }
        }
        // In a `§§` list, the first reference keeps the law and `§§` with its own
        // paragraph (`SEL §§ 83`), each later one its own paragraph (`83 a`): a copy of
        // the whole list for each would grow with the square of its length.
        // Between references: `,` or `og`.
        // A sentence-final period after the last reference is not part of it.
        if cursor.peek().is_some_and(|a| a.is_punct("."))
            && cursor.peek2().is_none_or(|a| a.is_text())
        {
            cursor.next();
        }
        let mark = cursor.mark();
        if !(cursor.eat_punct(",")
            || cursor.eat_word("og")
            || cursor.is_done()
            || cursor.peek().is_some_and(|a| a.is_text()))
        {
            cursor.reset(mark);
            let found = found(cursor);
            errors.push(
                Diagnostic::error(
                    codes::MALFORMED_LAW_REFERENCE,
                    cursor.rest_span(),
                    msg!("lower-expected-reference-end", found = found),
                )
                .with_help(msg!("lower-expected-reference-end-help")),
            );
            break;
        }
    }
    if errors.is_empty() {
        Ok(refs)
    } else {
        Err(errors)
    }
}

/// The stk. of `§ 86.1`: a `.` and a whole number, touching the paragraph. Not taken.
fn point_stk(cursor: &Cursor<'_>) -> Option<u32> {
    let before = cursor.span_since(cursor.mark().saturating_sub(1)).end();
    let point = cursor
        .peek()
        .filter(|a| a.is_punct(".") && a.span.start() == before)?;
    cursor
        .peek2()
        .filter(|a| a.kind == ArgKind::Number && a.span.start() == point.span.end())
        .and_then(|a| a.text.parse::<u32>().ok())
}

/// Whether the next value is a number of one digit (`1` in `§ 86, 1`).
fn single_digit(cursor: &Cursor<'_>) -> bool {
    cursor
        .peek()
        .is_some_and(|a| a.kind == ArgKind::Number && a.text.len() == 1)
}

/// Reads the numbers of `stk. 1 og 2`, `stk. 1, 2`, each accepted by `accept`.
fn stk_numbers(cursor: &mut Cursor<'_>, stks: &mut Vec<Option<u32>>, accept: fn(&Arg<'_>) -> bool) {
    loop {
        match cursor.peek() {
            Some(arg) if arg.kind == ArgKind::Number && accept(arg) => {
                stks.push(arg.text.parse::<u32>().ok());
                cursor.next();
            }
            _ => break,
        }
        let mark = cursor.mark();
        if cursor.eat_word("og") || cursor.eat_punct(",") {
            if cursor
                .peek()
                .is_some_and(|a| a.kind == ArgKind::Number && accept(a))
            {
                continue;
            }
            cursor.reset(mark);
        }
        break;
    }
}

fn missing_paragraph(cursor: &Cursor<'_>) -> Diagnostic {
    let found = found(cursor);
    Diagnostic::error(
        codes::MALFORMED_LAW_REFERENCE,
        cursor.here(),
        msg!("lower-expected-paragraph", found = found),
    )
    .with_help(msg!("lower-expected-paragraph-help"))
}

fn skip_reference(cursor: &mut Cursor<'_>) {
    while let Some(arg) = cursor.peek() {
        if arg.is_punct(",") || arg.is_text() {
            break;
        }
        cursor.next();
    }
    cursor.eat_punct(",");
}

/// Reads a law's name or alias: `SEL`, `serviceloven`, `lov om social service`.
fn law_name(cursor: &mut Cursor<'_>) -> Option<Law> {
    let mark = cursor.mark();
    let first = cursor.next()?;
    if first.kind != ArgKind::Word {
        cursor.reset(mark);
        return None;
    }
    if let Some(law) = Law::from_alias(&first.text) {
        return Some(law);
    }
    if first.is_word("lov") && cursor.eat_word("om") {
        if cursor.eat_word("social") && cursor.eat_word("service") {
            // `lov om social service (serviceloven)`
            let after = cursor.mark();
            if cursor.eat_punct("(") {
                let _ = cursor.eat_word("serviceloven");
                if !cursor.eat_punct(")") {
                    cursor.reset(after);
                }
            }
            return Some(Law::Sel);
        }
        if cursor.eat_word("retssikkerhed") {
            while cursor.peek().is_some_and(|a| a.kind == ArgKind::Word) {
                cursor.next();
            }
            return Some(Law::Rsl);
        }
    }
    cursor.reset(mark);
    None
}
