//! Plausible standards from unstructured bytes, for the `structured` target.
//!
//! `arbitrary` turns the fuzzer's bytes into a [`Doc`]: one of the repository's `.kvs`
//! files (a bundled standard or a test fixture, listed by `build.rs`) or an empty one,
//! and a list of edits that put in, replace, delete, repeat or extend lines. New lines
//! are built from the language's keywords and the literal shapes of `docs/language.md`
//! § 6 (numbers, ranges, durations, frequencies, money, dates, phone numbers, addresses,
//! law references), with blocks, text blocks and suppression comments. Most of an edited
//! standard stays valid, so the edits reach the lowering of typed values, the rules
//! (which run only on files without language errors) and the renderers, where random
//! bytes seldom get past the parser.

use arbitrary::Arbitrary;
use std::fmt::Write as _;

/// Names that stand as deadline and price names, then near-misses for "did you mean";
/// the keywords themselves come from the language's own lists ([`keywords`]).
const EXTRA_KEYWORDS: &[&str] = &[
    "opstart",
    "visitation",
    "svar",
    "ophold",
    "træning",
    "maalgruppe",
    "Formaal",
    "kontak",
    "forslag:",
];

/// Every keyword of the language (from its schema, `kvalitet::schema`), then
/// [`EXTRA_KEYWORDS`].
fn keywords() -> &'static [&'static str] {
    static KEYWORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    KEYWORDS.get_or_init(|| {
        let mut all = kvalitet::schema::all_words();
        all.extend(EXTRA_KEYWORDS);
        all
    })
}

/// Words that stand as values: units, periods, choices, connectives, bodies.
const WORDS: &[&str] = &[
    "forslag:",
    "hverdage",
    "hverdag",
    "arbejdsdage",
    "dage",
    "dag",
    "kalenderdage",
    "uger",
    "uge",
    "måneder",
    "mdr.",
    "md",
    "år",
    "timer",
    "t",
    "min",
    "minutter",
    "gange",
    "gang",
    "x",
    "træningsgange",
    "dagligt",
    "ugentligt",
    "ugtl",
    "månedligt",
    "kvartalsvis",
    "årligt",
    "om",
    "pr.",
    "per",
    "i",
    "hver",
    "a",
    "ugen",
    "måneden",
    "døgnet",
    "døgn",
    "året",
    "gangen",
    "op",
    "til",
    "optil",
    "højst",
    "max.",
    "maks",
    "mindst",
    "minimum",
    "efter",
    "fra",
    "tilstræbt",
    "straks",
    "umiddelbart",
    "hurtigst-muligt",
    "hurtigst",
    "muligt",
    "kr",
    "kr.",
    "kroner",
    "gratis",
    "ja",
    "nej",
    "efter-vurdering",
    "ved-ændringer",
    "af",
    "og",
    "en",
    "to",
    "tre",
    "tolv",
    "½",
    "1½",
    "stk.",
    "§",
    "§§",
    "SEL",
    "SUL",
    "RSL",
    "ÆL",
    "serviceloven",
    "servicelovens",
    "sundhedsloven",
    "forvaltningsloven",
    "ankestyrelsen",
    "Ankestyrelsen",
    "styrelsen-for-patientklager",
    "STPK",
    "styrelsen-for-patientsikkerhed",
    "patientombuddet",
    "det-sociale-nævn",
    "statsforvaltningen",
    "visitationen",
    "Glostrup",
    "Hjørring",
    "Lyngby-Taarbæk",
    "ansøgning",
    "henvisning",
    "klage",
    "afgørelse",
    "januar",
    "februar",
    "maj",
    "feb.",
    "sept.",
    "juni",
    "-",
    "–",
    ",",
    ".",
    "a",
    "link",
];

/// Abbreviated month names a date may use; the full names come from the library
/// ([`months`]).
const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.", "dec.",
];

/// The month names (`kvalitet::model::values::MONTH_NAMES`) and their abbreviations.
fn months() -> &'static [&'static str] {
    static MONTHS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    MONTHS.get_or_init(|| {
        let mut all = kvalitet::model::values::MONTH_NAMES.to_vec();
        all.extend(MONTH_ABBREVIATIONS);
        all
    })
}

/// One value after a keyword.
#[derive(Arbitrary, Debug)]
pub enum Value {
    /// A word from [`WORDS`].
    Word(u8),
    /// A number, maybe with a decimal comma.
    Number(u16, Option<u8>),
    /// `a-b`, `a–b` or `a til b`.
    Range(u8, u8, u8),
    /// A quoted string.
    Str(Fragment),
    /// A date in one of the written forms.
    Date(u16, u8, u8, u8),
    /// A duration: a quantity and a unit from [`WORDS`].
    Duration(Quantity, u8),
    /// A frequency: a quantity, `gange`, and a period.
    Frequency(Quantity, u8, u8),
    /// An amount of money.
    Money(u16, u8),
    /// A law reference.
    Law(u8, u16, Option<u8>, Option<u8>),
    /// A phone number in one of the groupings.
    Phone(u32, u8),
    /// An e-mail address.
    Email(u8, u8),
    /// A web address.
    Url(u8, Fragment),
    /// A name from the registry or a contact id.
    Name(u8),
    /// Anything, for the shapes nobody thought of.
    Raw(String),
}

/// How much: exactly, a range, at most, at least.
#[derive(Arbitrary, Debug)]
pub enum Quantity {
    /// `n`
    Exact(u8),
    /// `a-b`
    Between(u8, u8),
    /// `op til n`
    AtMost(u8),
    /// `mindst n`
    AtLeast(u8),
    /// A number word: `tre`.
    Word(u8),
}

/// Text inside a string or a text block: words and a few characters that matter.
#[derive(Arbitrary, Debug)]
pub struct Fragment(Vec<Piece>);

/// One piece of text.
#[derive(Arbitrary, Debug)]
pub enum Piece {
    /// A word from [`WORDS`].
    Word(u8),
    /// A number.
    Number(u16),
    /// A character that is structure somewhere: quote, backslash, brace, `#`, `;`.
    Special(u8),
    /// Anything.
    Raw(String),
}

/// A comment: plain, or a suppression.
#[derive(Arbitrary, Debug)]
pub enum Comment {
    /// `# text`
    Plain(Fragment),
    /// `# kvalitet: tillad CODE… "reason"`
    Allow(Vec<u8>, Option<Fragment>, bool),
}

/// A statement or a group of lines to put into a document.
#[derive(Arbitrary, Debug)]
pub enum Line {
    /// `keyword value… [# comment]`
    Statement {
        /// Index into [`keywords`].
        key: u8,
        /// The values on the line.
        values: Vec<Value>,
        /// A comment at the end.
        comment: Option<Comment>,
    },
    /// `keyword value… {`, the body, and `}` unless `closed` is false.
    Block {
        /// Index into [`keywords`].
        key: u8,
        /// The values before the block.
        values: Vec<Value>,
        /// The statements inside.
        body: Vec<Line>,
        /// Whether the block is closed.
        closed: bool,
    },
    /// `keyword value… { keyword value… }` on one line.
    Inline {
        /// The outer keyword.
        key: u8,
        /// Its values.
        values: Vec<Value>,
        /// The inner keyword.
        inner: u8,
        /// Its values.
        inner_values: Vec<Value>,
    },
    /// A `}` of its own.
    Close,
    /// `keyword ["heading"] """` … `"""`, with bullets and paragraphs.
    TextBlock {
        /// Index into [`keywords`].
        key: u8,
        /// A heading before the block.
        heading: Option<Fragment>,
        /// The lines of the text: bullet or not.
        lines: Vec<(bool, Fragment)>,
        /// Whether the block is closed.
        closed: bool,
    },
    /// A comment on a line of its own.
    Comment(Comment),
    /// An empty line.
    Blank,
}

/// A change to a document's lines; `at` counts lines, modulo their number.
#[derive(Arbitrary, Debug)]
pub enum Edit {
    /// Put lines in before line `at`, indented like it.
    Insert {
        /// Where.
        at: u16,
        /// What.
        line: Line,
    },
    /// Put lines in place of line `at`, indented like it.
    Replace {
        /// Where.
        at: u16,
        /// What.
        line: Line,
    },
    /// Take out up to four lines from line `at`.
    Delete {
        /// Where.
        at: u16,
        /// How many, modulo 4, plus one.
        count: u8,
    },
    /// Repeat line `at`.
    Duplicate {
        /// Where.
        at: u16,
    },
    /// Append a value to line `at`.
    Append {
        /// Where.
        at: u16,
        /// What.
        value: Value,
    },
}

/// A whole document: a base, edited.
#[derive(Arbitrary, Debug)]
pub struct Doc {
    /// Which `.kvs` of the repository to start from (modulo their number plus two:
    /// one more for an empty file, one for `kvalitetsstandard "Fuzz" {` … `}`).
    pub base: u16,
    /// The changes, in order.
    pub edits: Vec<Edit>,
}

include!(concat!(env!("OUT_DIR"), "/bases.rs"));

fn pick<'a>(list: &[&'a str], index: u8) -> &'a str {
    list.get(usize::from(index) % list.len())
        .copied()
        .unwrap_or("")
}

/// The number words of `docs/language.md` § 6.1.
const NUMBER_WORDS: &[&str] = &[
    "en", "et", "én", "ét", "een", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti",
    "elleve", "tolv", "fjorten", "tyve",
];

/// Characters that matter to the grammar.
const SPECIALS: &[&str] = &[
    "\"", "\\", "{", "}", "#", ";", "\"\"\"", "\\\"", "\t", "\u{a0}", "\u{feff}", "§", "½", "–",
    "@", "://", "<", ">", "&",
];

/// The registry and contact names.
const NAMES: &[&str] = &[
    "ankestyrelsen",
    "Ankestyrelsen Aalborg",
    "styrelsen-for-patientklager",
    "STPK",
    "styrelsen_for_patientklager",
    "styrelsen-for-patientsikkerhed",
    "patientombuddet",
    "sundhedsvæsenets-patientklagenævn",
    "det-sociale-nævn",
    "statsforvaltningen",
    "visitationen",
    "Visitationen",
    "k1",
    "k2",
];

impl Fragment {
    fn write(&self, out: &mut String) {
        for (i, piece) in self.0.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            match piece {
                Piece::Word(w) => out.push_str(pick(WORDS, *w)),
                Piece::Number(n) => {
                    let _ = write!(out, "{n}");
                }
                Piece::Special(s) => out.push_str(pick(SPECIALS, *s)),
                Piece::Raw(text) => out.push_str(text),
            }
        }
    }
}

impl Quantity {
    fn write(&self, out: &mut String) {
        let _ = match self {
            Quantity::Exact(n) => write!(out, "{n}"),
            Quantity::Between(a, b) => write!(out, "{a}-{b}"),
            Quantity::AtMost(n) => write!(out, "op til {n}"),
            Quantity::AtLeast(n) => write!(out, "mindst {n}"),
            Quantity::Word(w) => write!(out, "{}", pick(NUMBER_WORDS, *w)),
        };
    }
}

impl Value {
    fn write(&self, out: &mut String) {
        match self {
            Value::Word(w) => out.push_str(pick(WORDS, *w)),
            Value::Number(n, decimal) => {
                let _ = write!(out, "{n}");
                if let Some(d) = decimal {
                    let _ = write!(out, ",{d}");
                }
            }
            Value::Range(a, b, how) => {
                let sep = pick(&["-", "–", " til ", "—"], *how);
                let _ = write!(out, "{a}{sep}{b}");
            }
            Value::Str(text) => {
                out.push('"');
                text.write(out);
                out.push('"');
            }
            Value::Date(year, month, day, form) => {
                let (m, d) = (month % 14, day % 33);
                let _ = match form % 6 {
                    0 => write!(out, "{year:04}-{m:02}-{d:02}"),
                    1 => write!(out, "{d:02}.{m:02}.{year:04}"),
                    2 => write!(out, "{d}. {} {year}", pick(months(), m)),
                    3 => write!(out, "{} {year}", pick(months(), m)),
                    4 => write!(out, "{year}"),
                    _ => write!(out, "{d}.{m}.{year}"),
                };
            }
            Value::Duration(q, unit) => {
                q.write(out);
                out.push(' ');
                out.push_str(pick(
                    &[
                        "hverdage",
                        "dage",
                        "kalenderdage",
                        "uger",
                        "måneder",
                        "mdr.",
                        "år",
                        "timer",
                        "min",
                        "t",
                        "mdr.s",
                    ],
                    *unit,
                ));
            }
            Value::Frequency(q, times, period) => {
                q.write(out);
                out.push(' ');
                out.push_str(pick(&["gange", "gang", "x", "træningsgange", ""], *times));
                out.push(' ');
                out.push_str(pick(
                    &[
                        "ugentligt",
                        "om ugen",
                        "pr. uge",
                        "dagligt",
                        "om måneden",
                        "årligt",
                        "hver dag",
                        "i kvartalet",
                        "",
                    ],
                    *period,
                ));
            }
            Value::Money(amount, form) => {
                let _ = match form % 6 {
                    0 => write!(out, "{amount} kr"),
                    1 => write!(out, "{amount} kr. pr. døgn"),
                    2 => write!(out, "kr. {amount}"),
                    3 => write!(out, "{amount},- kr"),
                    4 => write!(out, "{amount} kroner om måneden"),
                    _ => write!(out, "gratis"),
                };
            }
            Value::Law(law, paragraph, letter, stk) => {
                let name = pick(
                    &[
                        "SEL",
                        "SUL",
                        "RSL",
                        "ÆL",
                        "serviceloven",
                        "lov om social service",
                        "sundhedslovens",
                        "forvaltningsloven",
                        "",
                    ],
                    *law,
                );
                let _ = write!(out, "{name} § {paragraph}");
                if let Some(letter) = letter {
                    let _ = write!(out, " {}", pick(&["a", "b", "stk.", ",1"], *letter));
                }
                if let Some(stk) = stk {
                    let _ = write!(out, ", stk. {} og {}", stk % 5, stk / 50);
                }
            }
            Value::Phone(digits, form) => {
                let d = format!("{:08}", digits % 100_000_000);
                let (a, b, c, e) = (
                    d.get(0..2).unwrap_or(""),
                    d.get(2..4).unwrap_or(""),
                    d.get(4..6).unwrap_or(""),
                    d.get(6..8).unwrap_or(""),
                );
                let _ = match form % 5 {
                    0 => write!(out, "{a} {b} {c} {e}"),
                    1 => write!(out, "+45 {a}{b} {c}{e}"),
                    2 => write!(out, "{a}-{b}-{c}-{e}"),
                    3 => write!(out, "{d}"),
                    _ => write!(out, "{a}.{b}.{c} {e} \"hverdage kl. 9-10\""),
                };
            }
            Value::Email(local, domain) => {
                let _ = write!(
                    out,
                    "{}@{}",
                    pick(&["visitation", "a.b", "ast", "x+y", ""], *local),
                    pick(
                        &["glostrup.dk", "ast.dk", "kommune", "sub.domæne.dk"],
                        *domain
                    )
                );
            }
            Value::Url(scheme, rest) => {
                out.push_str(pick(
                    &[
                        "https://",
                        "http://",
                        "www.",
                        "mailto:",
                        "tel:",
                        "ftp://",
                        "javascript:",
                        "JaVaScRiPt://",
                    ],
                    *scheme,
                ));
                let mut tail = String::new();
                rest.write(&mut tail);
                out.push_str(&tail.replace(' ', "/"));
            }
            Value::Name(n) => out.push_str(pick(NAMES, *n)),
            Value::Raw(text) => out.push_str(text),
        }
    }
}

impl Comment {
    fn write(&self, out: &mut String) {
        out.push('#');
        match self {
            Comment::Plain(text) => {
                out.push(' ');
                text.write(out);
            }
            Comment::Allow(codes, reason, by_name) => {
                out.push_str(" kvalitet: tillad");
                let rules = kvalitet::check::codes::ALL;
                for (i, code) in codes.iter().enumerate() {
                    out.push_str(if i > 0 { ", " } else { " " });
                    let rule = rules.get(usize::from(*code) % rules.len().max(1));
                    match rule {
                        Some(rule) if *by_name => out.push_str(rule.name),
                        Some(rule) => out.push_str(rule.code),
                        None => {}
                    }
                    if usize::from(*code) >= 200 {
                        out.push_str(pick(&["KS001", "KS999", "ks110", "tillad"], *code));
                    }
                }
                if let Some(reason) = reason {
                    out.push_str(" \"");
                    reason.write(out);
                    out.push('"');
                }
            }
        }
    }
}

fn values(out: &mut String, values: &[Value]) {
    for value in values {
        out.push(' ');
        value.write(out);
    }
}

impl Line {
    /// Writes the line (and the lines of its block) at an indentation, each with its
    /// newline; nested blocks deeper than 40 are cut so a document stays small.
    fn write(&self, out: &mut String, indent: &str, depth: usize) {
        out.push_str(indent);
        match self {
            Line::Statement {
                key,
                values: vals,
                comment,
            } => {
                out.push_str(pick(keywords(), *key));
                values(out, vals);
                if let Some(comment) = comment {
                    out.push(' ');
                    comment.write(out);
                }
            }
            Line::Block {
                key,
                values: vals,
                body,
                closed,
            } => {
                out.push_str(pick(keywords(), *key));
                values(out, vals);
                out.push_str(" {\n");
                if depth < 40 {
                    let inner = format!("{indent}  ");
                    for line in body {
                        line.write(out, &inner, depth + 1);
                    }
                }
                if *closed {
                    out.push_str(indent);
                    out.push('}');
                }
            }
            Line::Inline {
                key,
                values: vals,
                inner,
                inner_values,
            } => {
                out.push_str(pick(keywords(), *key));
                values(out, vals);
                out.push_str(" { ");
                out.push_str(pick(keywords(), *inner));
                values(out, inner_values);
                out.push_str(" }");
            }
            Line::Close => out.push('}'),
            Line::TextBlock {
                key,
                heading,
                lines,
                closed,
            } => {
                out.push_str(pick(keywords(), *key));
                if let Some(heading) = heading {
                    out.push_str(" \"");
                    heading.write(out);
                    out.push('"');
                }
                out.push_str(" \"\"\"\n");
                for (bullet, text) in lines {
                    out.push_str(indent);
                    out.push_str("  ");
                    if *bullet {
                        out.push_str("- ");
                    }
                    text.write(out);
                    out.push('\n');
                }
                if *closed {
                    out.push_str(indent);
                    out.push_str("\"\"\"");
                }
            }
            Line::Comment(comment) => comment.write(out),
            Line::Blank => {}
        }
        out.push('\n');
    }

    fn text(&self, indent: &str) -> String {
        let mut out = String::new();
        self.write(&mut out, indent, 0);
        out
    }
}

/// The leading whitespace of a line.
fn indent_of(line: &str) -> &str {
    let end = line.len() - line.trim_start().len();
    line.get(..end).unwrap_or("")
}

impl Doc {
    /// The base's name, for messages.
    pub fn base_name(&self) -> &'static str {
        match BASES.get(usize::from(self.base) % (BASES.len() + 2)) {
            Some((name, _)) => name,
            None if usize::from(self.base) % (BASES.len() + 2) == BASES.len() => "(empty)",
            None => "(kvalitetsstandard \"Fuzz\" { })",
        }
    }

    /// The document as source text.
    pub fn text(&self) -> String {
        let index = usize::from(self.base) % (BASES.len() + 2);
        let base = match BASES.get(index) {
            Some((_, text)) => *text,
            None if index == BASES.len() => "",
            None => "kvalitetsstandard \"Fuzz\" {\n  år 2024\n}\n",
        };
        // Each entry is one line with its newline, or the lines an edit put in.
        let mut lines: Vec<String> = base.split_inclusive('\n').map(str::to_owned).collect();
        for edit in &self.edits {
            let at = |at: u16, len: usize| usize::from(at) % len.max(1);
            match edit {
                Edit::Insert { at: i, line } => {
                    let i = at(*i, lines.len() + 1);
                    let indent = lines.get(i).map_or("", |l| indent_of(l)).to_owned();
                    lines.insert(i, line.text(&indent));
                }
                Edit::Replace { at: i, line } => {
                    let i = at(*i, lines.len());
                    match lines.get_mut(i) {
                        Some(old) => *old = line.text(indent_of(old)),
                        None => lines.push(line.text("")),
                    }
                }
                Edit::Delete { at: i, count } => {
                    let i = at(*i, lines.len());
                    let end = (i + usize::from(count % 4) + 1).min(lines.len());
                    if i < end {
                        lines.drain(i..end);
                    }
                }
                Edit::Duplicate { at: i } => {
                    let i = at(*i, lines.len());
                    if let Some(line) = lines.get(i).cloned() {
                        lines.insert(i, line);
                    }
                }
                Edit::Append { at: i, value } => {
                    let i = at(*i, lines.len());
                    if let Some(line) = lines.get_mut(i) {
                        let newline = line.ends_with('\n');
                        let mut text = line.trim_end_matches(['\n', '\r']).to_owned();
                        text.push(' ');
                        value.write(&mut text);
                        if newline {
                            text.push('\n');
                        }
                        *line = text;
                    }
                }
            }
        }
        lines.concat()
    }
}
