//! Proposals: what a standard states as proposed, not yet decided (`forslag:`).
//!
//! A proposal marks one statement with everything in it: a section, an indsats, a
//! contact, or one line inside them (a deadline, a price, a figure of the scope …).
//! The standard keeps the list of its proposals in one place, [`Proposals`]; whether a
//! value is proposed is whether its span lies in a proposed statement, so every value
//! the model holds, now and later, has a status without a field of its own.

use crate::source::Span;

/// One `forslag:` and the statement it marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// The mark `forslag:` as written.
    pub mark: Span,
    /// The statement it marks, its block included.
    pub statement: Span,
    /// The keyword of the statement, or the name of a deadline or a price, as written.
    pub keyword: String,
}

/// Every proposal of a standard, in the order of the file.
#[derive(Debug, Clone, Default)]
pub struct Proposals {
    /// The proposals in the order of their marks.
    list: Vec<Proposal>,
    /// The statements of the proposals that lie in no other proposal, in order: they
    /// do not overlap, so a span is looked up by a binary search.
    outer: Vec<Span>,
    /// Every proposed statement, in order.
    statements: Vec<Span>,
}

impl Proposals {
    /// The proposals of a standard. Statements nest or lie apart, as blocks do.
    pub fn new(mut list: Vec<Proposal>) -> Self {
        list.sort_by_key(|p| (p.statement.start(), std::cmp::Reverse(p.statement.end())));
        let statements = list.iter().map(|p| p.statement).collect();
        let mut outer: Vec<Span> = Vec::new();
        for p in &list {
            match outer.last() {
                Some(last) if p.statement.start() < last.end() => {}
                _ => outer.push(p.statement),
            }
        }
        list.sort_by_key(|p| p.mark.start());
        Self {
            list,
            outer,
            statements,
        }
    }

    /// Whether the standard proposes nothing.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// How many proposals the standard makes.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// The proposals in the order of the file.
    pub fn iter(&self) -> std::slice::Iter<'_, Proposal> {
        self.list.iter()
    }

    /// The first proposal of the file.
    pub fn first(&self) -> Option<&Proposal> {
        self.list.first()
    }

    /// Whether the statement at `span` is itself marked `forslag:`, not only inside a
    /// proposal.
    pub fn marks(&self, span: Span) -> bool {
        self.statements
            .binary_search_by_key(&(span.start(), std::cmp::Reverse(span.end())), |s| {
                (s.start(), std::cmp::Reverse(s.end()))
            })
            .is_ok()
    }

    /// Whether what is written at `span` is a proposal: it lies in a proposed
    /// statement (the statement itself, or one around it).
    pub fn covers(&self, span: Span) -> bool {
        let after = self.outer.partition_point(|s| s.start() <= span.start());
        after
            .checked_sub(1)
            .and_then(|i| self.outer.get(i))
            .is_some_and(|s| span.end() <= s.end())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proposal(mark: usize, start: usize, end: usize) -> Proposal {
        Proposal {
            mark: Span::new(mark, mark + 8),
            statement: Span::new(start, end),
            keyword: "x".into(),
        }
    }

    #[test]
    fn a_span_is_proposed_inside_a_proposed_statement_only() {
        // A section (10–100) with a proposed line inside it (40–50), and a line
        // apart (200–220).
        let proposals = Proposals::new(vec![
            proposal(200, 200, 220),
            proposal(42, 40, 50),
            proposal(10, 10, 100),
        ]);
        assert_eq!(proposals.len(), 3);
        assert_eq!(proposals.first().map(|p| p.mark.start()), Some(10));
        for (span, proposed) in [
            ((10, 100), true),
            ((45, 48), true),
            ((60, 99), true),
            ((5, 12), false),
            ((90, 110), false),
            ((150, 160), false),
            ((205, 210), true),
            ((215, 230), false),
        ] {
            assert_eq!(
                proposals.covers(Span::new(span.0, span.1)),
                proposed,
                "{span:?}"
            );
        }
        assert!(!Proposals::default().covers(Span::new(0, 1)));
        assert!(proposals.marks(Span::new(40, 50)) && proposals.marks(Span::new(10, 100)));
        assert!(!proposals.marks(Span::new(45, 48)) && !proposals.marks(Span::new(10, 99)));
    }
}
