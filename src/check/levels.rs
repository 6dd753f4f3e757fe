//! The level each rule reports at when configuration changes it: a severity, or off.
//!
//! A rule that has no level here reports at its default severity (`codes.rs`). Levels
//! only ever name rules, so the language's own diagnostics (`KS001`–`KS099`) cannot be
//! changed. A finding that rests on an unconfirmed registry fact stays advice whatever
//! the level: configuration may make a rule stricter, never an unconfirmed fact.

use super::codes::Rule;
use crate::diag::Severity;
use std::collections::BTreeMap;
use std::fmt;

/// What a rule's findings become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// The findings are dropped (after suppressions are applied).
    Off,
    /// The findings are reported at this severity.
    At(Severity),
}

impl Level {
    /// Parses `error`, `warning`, `advice` or `off`.
    pub fn parse(text: &str) -> Option<Level> {
        match text {
            "off" => Some(Level::Off),
            _ => Severity::parse(text).map(Level::At),
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Level::Off => f.write_str("off"),
            Level::At(severity) => severity.fmt(f),
        }
    }
}

/// The levels configuration sets, by rule code; every other rule keeps its default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleLevels {
    levels: BTreeMap<&'static str, Level>,
}

impl RuleLevels {
    /// Sets a rule's level, replacing an earlier one.
    pub fn set(&mut self, rule: &'static Rule, level: Level) {
        self.levels.insert(rule.code, level);
    }

    /// The level set for a rule, if any.
    pub fn get(&self, rule: &Rule) -> Option<Level> {
        self.levels.get(rule.code).copied()
    }

    /// The severity a rule's findings are reported at: its level, else its default. A
    /// rule that is off reports at its default; its findings are dropped afterwards.
    pub fn severity(&self, rule: &Rule) -> Severity {
        match self.get(rule) {
            Some(Level::At(severity)) => severity,
            Some(Level::Off) | None => rule.severity,
        }
    }

    /// Whether the rule with this code is turned off.
    pub fn is_off(&self, code: &str) -> bool {
        self.levels.get(code) == Some(&Level::Off)
    }

    /// Whether no level is set.
    pub fn is_empty(&self) -> bool {
        self.levels.is_empty()
    }

    /// Takes over every level another set gives, keeping the others: `nearer` wins.
    pub fn extend(&mut self, nearer: &RuleLevels) {
        self.levels
            .extend(nearer.levels.iter().map(|(code, level)| (*code, *level)));
    }

    /// The levels set, in code order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, Level)> + '_ {
        self.levels.iter().map(|(code, level)| (*code, *level))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::codes::{AMBIGUOUS_DAYS, STALE_APPROVAL};

    #[test]
    fn parses_the_four_levels() {
        assert_eq!(Level::parse("off"), Some(Level::Off));
        assert_eq!(Level::parse("error"), Some(Level::At(Severity::Error)));
        assert_eq!(Level::parse("advice"), Some(Level::At(Severity::Advice)));
        assert_eq!(Level::parse("Error"), None);
        assert_eq!(Level::parse("info"), None);
    }

    #[test]
    fn unset_rules_keep_their_default() {
        let mut levels = RuleLevels::default();
        assert_eq!(levels.severity(&AMBIGUOUS_DAYS), Severity::Warning);
        levels.set(&AMBIGUOUS_DAYS, Level::At(Severity::Error));
        levels.set(&STALE_APPROVAL, Level::Off);
        assert_eq!(levels.severity(&AMBIGUOUS_DAYS), Severity::Error);
        assert_eq!(levels.severity(&STALE_APPROVAL), Severity::Warning);
        assert!(levels.is_off("KS140"));
        assert!(!levels.is_off("KS160"));
    }

    #[test]
    fn nearer_levels_win() {
        let mut farther = RuleLevels::default();
        farther.set(&AMBIGUOUS_DAYS, Level::Off);
        farther.set(&STALE_APPROVAL, Level::Off);
        let mut nearer = RuleLevels::default();
        nearer.set(&AMBIGUOUS_DAYS, Level::At(Severity::Error));
        farther.extend(&nearer);
        let levels: Vec<_> = farther.iter().collect();
        assert_eq!(
            levels,
            [("KS140", Level::Off), ("KS160", Level::At(Severity::Error))]
        );
    }
}
