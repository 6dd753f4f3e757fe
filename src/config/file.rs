//! One `kvalitet.yaml` file: its format, read with serde-saphyr, and its validation.
//!
//! ```yaml
//! extend: true             # lay this file over the one found above it
//! rules:
//!   KS160: error           # by code
//!   stale-approval: off    # or by name; error | warning | advice | off
//! deny: [warnings]         # warnings fail `check`, like --deny warnings
//! today: 2026-11-23        # the date to judge against when --today is not given
//! lang: da                 # the language of the findings: en | da (--lang wins)
//! ```
//!
//! Every key is optional and unknown keys are errors. The YAML is read first (a syntax
//! error or a value of the wrong shape stops there, with its position); then every rule,
//! level, `deny` entry and date is validated, and every problem is reported.

use super::{Config, Position, Problem};
use crate::check::{codes, Level, RuleLevels};
use crate::diag::codes as language;
use crate::i18n::Lang;
use crate::model::values::Date;
use crate::suggest::nearest;
use serde::Deserialize;
use serde_saphyr::{MessageFormatter as _, Spanned, UserMessageFormatter};
use std::collections::HashMap;

/// One configuration file, read and validated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConfigFile {
    /// Whether it is laid over the configuration of the directories above
    /// (`extend: true`) instead of replacing it.
    pub extend: bool,
    /// The rule levels it sets.
    pub rules: RuleLevels,
    /// Whether warnings fail `check`, if the file says (`deny: [warnings]` or `deny: []`).
    pub deny_warnings: Option<bool>,
    /// The date to judge against when `--today` is not given, if the file says.
    pub today: Option<Date>,
    /// The language of the findings, if the file says.
    pub lang: Option<Lang>,
}

impl ConfigFile {
    /// Reads a file's text; `path` names the file in problems. Returns every problem
    /// found, in the order of the file.
    pub fn parse(path: &str, text: &str) -> Result<ConfigFile, Vec<Problem>> {
        let raw: Raw = serde_saphyr::from_str(text).map_err(|error| {
            let error = error.without_snippet();
            vec![Problem {
                path: path.to_owned(),
                at: error.location().map(|l| Position {
                    line: l.line(),
                    column: l.column(),
                }),
                message: in_words(&UserMessageFormatter.format_message(error)),
            }]
        })?;
        let mut problems = Vec::new();
        let mut report = |at: &Spanned<String>, message: String| {
            problems.push(Problem {
                path: path.to_owned(),
                at: Some(position(at)),
                message,
            });
        };
        let mut file = ConfigFile {
            extend: raw.extend,
            ..ConfigFile::default()
        };
        let mut rules: Vec<_> = raw.rules.unwrap_or_default().into_iter().collect();
        rules.sort_by_key(|(key, _)| (key.referenced.line(), key.referenced.column()));
        let mut seen: HashMap<&str, &Spanned<String>> = HashMap::new();
        for (key, value) in &rules {
            let level = Level::parse(&value.value);
            if level.is_none() {
                report(
                    value,
                    format!(
                        "`{}` is not a level; write error, warning, advice or off",
                        value.value
                    ),
                );
            }
            let Some(rule) = rule(key, &mut report) else {
                continue;
            };
            if let Some(earlier) = seen.insert(rule.code, key) {
                report(
                    key,
                    format!(
                        "`{}` is {} ({}), which line {} already sets",
                        key.value,
                        rule.code,
                        rule.name,
                        earlier.referenced.line()
                    ),
                );
            }
            if let Some(level) = level {
                file.rules.set(rule, level);
            }
        }
        if let Some(deny) = &raw.deny {
            file.deny_warnings = Some(false);
            for entry in deny {
                match entry.value.as_str() {
                    "warnings" => file.deny_warnings = Some(true),
                    other => report(
                        entry,
                        format!("`{other}` cannot be denied; the one choice is `warnings`"),
                    ),
                }
            }
        }
        if let Some(today) = &raw.today {
            file.today = Date::parse_iso(&today.value);
            if file.today.is_none() {
                report(
                    today,
                    format!("`{}` is not a date; write YYYY-MM-DD", today.value),
                );
            }
        }
        if let Some(lang) = &raw.lang {
            file.lang = Lang::parse(&lang.value);
            if file.lang.is_none() {
                report(
                    lang,
                    format!("`{}` is not a language; write en or da", lang.value),
                );
            }
        }
        if problems.is_empty() {
            Ok(file)
        } else {
            Err(problems)
        }
    }

    /// The configuration in force where this file stands: the file alone, or, if it
    /// extends, the file laid over `above` (what it sets wins; the rest is kept).
    pub fn over(&self, above: &Config) -> Config {
        let mut config = if self.extend {
            above.clone()
        } else {
            Config::default()
        };
        config.rules.extend(&self.rules);
        if let Some(deny) = self.deny_warnings {
            config.deny_warnings = deny;
        }
        if let Some(today) = self.today {
            config.today = Some(today);
        }
        if let Some(lang) = self.lang {
            config.lang = Some(lang);
        }
        config
    }
}

/// The file as written, before validation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    extend: bool,
    #[serde(default)]
    rules: Option<HashMap<Spanned<String>, Spanned<String>>>,
    #[serde(default)]
    deny: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    today: Option<Spanned<String>>,
    #[serde(default)]
    lang: Option<Spanned<String>>,
}

/// serde-saphyr's message for a YAML error, with the shapes it expected in words.
fn in_words(message: &str) -> String {
    const SHAPES: [(&str, &str); 3] = [
        ("expected mapping start", "expected `key: value` lines"),
        (
            "expected sequence start",
            "expected a list, such as `[warnings]`",
        ),
        ("expected string scalar", "expected a single value"),
    ];
    SHAPES
        .iter()
        .find_map(|(shape, words)| {
            message
                .strip_prefix(shape)
                .map(|rest| format!("{words}{rest}"))
        })
        .unwrap_or_else(|| message.to_owned())
}

/// The rule a key names, or a report of why it names none.
fn rule(
    key: &Spanned<String>,
    report: &mut impl FnMut(&Spanned<String>, String),
) -> Option<&'static codes::Rule> {
    let name = key.value.as_str();
    if let Some(rule) = codes::find(name) {
        return Some(rule);
    }
    if is_language_code(name) || language::find(name).is_some() {
        report(
            key,
            format!(
                "`{name}` is a language code; the language's own errors (KS001–KS099) cannot be changed or turned off"
            ),
        );
        return None;
    }
    let candidates = codes::ALL.iter().map(|r| r.name);
    let message = match nearest(name, candidates) {
        Some(suggestion) => {
            format!("`{name}` is not the code or name of a rule; did you mean `{suggestion}`?")
        }
        None => format!(
            "`{name}` is not the code or name of a rule; `kvalitet explain CODE` describes each"
        ),
    };
    report(key, message);
    None
}

/// Whether a code is in the language's range, `KS001`–`KS099`.
fn is_language_code(code: &str) -> bool {
    let digits = code
        .get(..2)
        .filter(|prefix| prefix.eq_ignore_ascii_case("KS"))
        .and_then(|_| code.get(2..))
        .unwrap_or("");
    digits.len() == 3 && digits.starts_with('0') && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Where a value stands in the file.
fn position(value: &Spanned<String>) -> Position {
    Position {
        line: value.referenced.line(),
        column: value.referenced.column(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::codes::{AMBIGUOUS_DAYS, OUTDATED_BODY, STALE_APPROVAL};
    use crate::diag::Severity;

    fn problems(text: &str) -> Vec<String> {
        match ConfigFile::parse("kvalitet.yaml", text) {
            Ok(file) => panic!("expected problems, read {file:?}"),
            Err(problems) => problems.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn reads_every_key() {
        let text = "extend: true\nrules:\n  KS160: error\n  stale-approval: off\n  ks110: advice\ndeny: [warnings]\ntoday: 2026-11-23\n";
        let file = ConfigFile::parse("kvalitet.yaml", text).expect("a valid file");
        assert!(file.extend);
        assert_eq!(
            file.rules.get(&AMBIGUOUS_DAYS),
            Some(Level::At(Severity::Error))
        );
        assert_eq!(file.rules.get(&STALE_APPROVAL), Some(Level::Off));
        assert_eq!(
            file.rules.get(&OUTDATED_BODY),
            Some(Level::At(Severity::Advice))
        );
        assert_eq!(file.deny_warnings, Some(true));
        assert_eq!(file.today, Some(Date::ymd(2026, 11, 23)));
    }

    #[test]
    fn an_empty_file_sets_nothing() {
        for text in ["", "# only a comment\n", "rules:\ndeny:\n"] {
            let file = ConfigFile::parse("kvalitet.yaml", text).expect("a valid file");
            assert_eq!(file, ConfigFile::default(), "{text:?}");
        }
    }

    #[test]
    fn reports_every_bad_rule_level_and_date_with_its_position() {
        let text = "rules:\n  KS999: error\n  stale-aproval: off\n  KS160: loud\n  KS020: off\n  KS050: off\ndeny: [errors]\ntoday: 2026-13-01\n";
        assert_eq!(
            problems(text),
            [
                "kvalitet.yaml:2:3: `KS999` is not the code or name of a rule; `kvalitet explain CODE` describes each",
                "kvalitet.yaml:3:3: `stale-aproval` is not the code or name of a rule; did you mean `stale-approval`?",
                "kvalitet.yaml:4:10: `loud` is not a level; write error, warning, advice or off",
                "kvalitet.yaml:5:3: `KS020` is a language code; the language's own errors (KS001–KS099) cannot be changed or turned off",
                "kvalitet.yaml:6:3: `KS050` is a language code; the language's own errors (KS001–KS099) cannot be changed or turned off",
                "kvalitet.yaml:7:8: `errors` cannot be denied; the one choice is `warnings`",
                "kvalitet.yaml:8:8: `2026-13-01` is not a date; write YYYY-MM-DD",
            ]
        );
    }

    #[test]
    fn a_rule_set_by_code_and_by_name_is_reported() {
        assert_eq!(
            problems("rules:\n  KS160: error\n  ambiguous-days: off\n"),
            ["kvalitet.yaml:3:3: `ambiguous-days` is KS160 (ambiguous-days), which line 2 already sets"]
        );
    }

    #[test]
    fn yaml_errors_have_a_position_and_words() {
        assert_eq!(
            problems("rulez:\n  KS160: error\n"),
            ["kvalitet.yaml:1:1: unknown field `rulez`, expected one of extend, rules, deny, today, lang"]
        );
        assert_eq!(
            problems("rules:\n  KS160: error\n  KS160: off\n"),
            ["kvalitet.yaml:3:3: duplicate mapping key `KS160` is not allowed here"]
        );
        assert_eq!(
            problems("rules: {\n"),
            ["kvalitet.yaml:1:8: unclosed bracket '{'"]
        );
        assert_eq!(
            problems("rules: [KS160]\ndeny: warnings\n"),
            ["kvalitet.yaml:1:8: expected `key: value` lines"]
        );
        assert_eq!(
            problems("deny: warnings\n"),
            ["kvalitet.yaml:1:7: expected a list, such as `[warnings]`"]
        );
        assert_eq!(
            problems("rules:\n  KS160: [error]\n"),
            ["kvalitet.yaml:2:10: expected a single value"]
        );
    }

    #[test]
    fn a_file_that_extends_keeps_what_it_does_not_set() {
        let mut above = Config {
            deny_warnings: true,
            today: Some(Date::ymd(2026, 1, 1)),
            ..Config::default()
        };
        above.rules.set(&AMBIGUOUS_DAYS, Level::Off);
        above.rules.set(&STALE_APPROVAL, Level::Off);
        let mut nearer =
            ConfigFile::parse("kvalitet.yaml", "rules:\n  KS160: error\n").expect("a valid file");
        let replaced = nearer.over(&above);
        assert_eq!(
            replaced.rules.iter().collect::<Vec<_>>(),
            [("KS160", Level::At(Severity::Error))]
        );
        assert!(!replaced.deny_warnings);
        assert_eq!(replaced.today, None);

        nearer.extend = true;
        let extended = nearer.over(&above);
        assert_eq!(
            extended.rules.iter().collect::<Vec<_>>(),
            [("KS140", Level::Off), ("KS160", Level::At(Severity::Error))]
        );
        assert!(extended.deny_warnings);
        assert_eq!(extended.today, Some(Date::ymd(2026, 1, 1)));

        nearer.deny_warnings = Some(false);
        assert!(!nearer.over(&above).deny_warnings);
    }
}
