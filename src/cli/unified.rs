//! A unified diff of a file before and after a change, for `fmt --diff` and
//! `check --fix --diff`: what would be written, shown and not written.
//!
//! A minimal diff (Myers) costs time in proportion to the lines times the changes, so a
//! file of ten thousand lines that all change (a file written in another layout) would
//! take seconds. The lines are therefore matched in stretches: the common start and end
//! are set aside, a stretch of at most [`SEARCHED`] lines gets a minimal diff, and a
//! longer one is first cut at the lines that occur once in each version (patience
//! diff's anchors, in the longest order both share); what lies between two anchors and
//! is still too long is shown as removed and added whole. Every stretch costs at most
//! [`SEARCHED`]² steps, so the diff is linear in the files, and it is the same on every
//! machine.

use similar::udiff::UnifiedHunkHeader;
use similar::{capture_diff_slices, group_diff_ops, Algorithm, DiffOp};
use std::collections::HashMap;
use std::fmt::Write as _;

/// The longest stretch (old and new lines together) that gets a minimal diff.
const SEARCHED: usize = 2_000;

/// The lines of context around a change.
const CONTEXT: usize = 3;

/// The unified diff (three lines of context) that turns `before` into `after`, with
/// `path` in the `---`/`+++` header, or an empty string when the two are equal.
pub fn unified_diff(path: &str, before: &str, after: &str) -> String {
    if before == after {
        return String::new();
    }
    let old: Vec<&str> = before.split_inclusive('\n').collect();
    let new: Vec<&str> = after.split_inclusive('\n').collect();
    let mut ops = Vec::new();
    stretch(&old, &new, (0, old.len()), (0, new.len()), true, &mut ops);
    let mut text = format!("--- {path}\t(original)\n+++ {path}\t(changed)\n");
    for hunk in group_diff_ops(ops, CONTEXT) {
        if hunk.is_empty() {
            continue;
        }
        let _ = writeln!(text, "{}", UnifiedHunkHeader::new(&hunk));
        for op in &hunk {
            let (old_lines, new_lines) = (op.old_range(), op.new_range());
            match op {
                DiffOp::Equal { .. } => lines(&mut text, ' ', old.get(old_lines)),
                DiffOp::Delete { .. } => lines(&mut text, '-', old.get(old_lines)),
                DiffOp::Insert { .. } => lines(&mut text, '+', new.get(new_lines)),
                DiffOp::Replace { .. } => {
                    lines(&mut text, '-', old.get(old_lines));
                    lines(&mut text, '+', new.get(new_lines));
                }
            }
        }
    }
    text
}

/// Writes lines with their sign; a last line without a line end is marked as such.
fn lines(text: &mut String, sign: char, lines: Option<&[&str]>) {
    for line in lines.unwrap_or_default() {
        text.push(sign);
        text.push_str(line);
        if !line.ends_with('\n') {
            text.push_str("\n\\ No newline at end of file\n");
        }
    }
}

/// The operations that turn `old[a]` into `new[b]`, appended to `ops`. With `anchor`,
/// a stretch too long to search is cut at its anchors (once: the pieces between them
/// are not cut again, so the work stays bounded).
fn stretch<'t>(
    old: &[&'t str],
    new: &[&'t str],
    (mut a0, mut a1): (usize, usize),
    (mut b0, mut b1): (usize, usize),
    anchor: bool,
    ops: &mut Vec<DiffOp>,
) {
    let same = |a: usize, b: usize| old.get(a).is_some() && old.get(a) == new.get(b);
    let start = (a0, b0);
    while a0 < a1 && b0 < b1 && same(a0, b0) {
        (a0, b0) = (a0 + 1, b0 + 1);
    }
    if a0 > start.0 {
        ops.push(DiffOp::Equal {
            old_index: start.0,
            new_index: start.1,
            len: a0 - start.0,
        });
    }
    let mut tail = 0;
    while a1 > a0 && b1 > b0 && same(a1 - 1, b1 - 1) {
        (a1, b1, tail) = (a1 - 1, b1 - 1, tail + 1);
    }
    let (n, m) = (a1 - a0, b1 - b0);
    match (n, m) {
        (0, 0) => {}
        (0, _) => ops.push(DiffOp::Insert {
            old_index: a0,
            new_index: b0,
            new_len: m,
        }),
        (_, 0) => ops.push(DiffOp::Delete {
            old_index: a0,
            old_len: n,
            new_index: b0,
        }),
        _ if n + m <= SEARCHED => {
            let (Some(a), Some(b)) = (old.get(a0..a1), new.get(b0..b1)) else {
                return;
            };
            ops.extend(
                capture_diff_slices(Algorithm::Myers, a, b)
                    .into_iter()
                    .map(|op| shift(op, a0, b0)),
            );
        }
        _ => {
            let anchors = if anchor {
                anchors(old, new, (a0, a1), (b0, b1))
            } else {
                Vec::new()
            };
            if anchors.is_empty() {
                ops.push(DiffOp::Replace {
                    old_index: a0,
                    old_len: n,
                    new_index: b0,
                    new_len: m,
                });
            } else {
                let (mut a, mut b) = (a0, b0);
                for (x, y) in anchors {
                    stretch(old, new, (a, x), (b, y), false, ops);
                    ops.push(DiffOp::Equal {
                        old_index: x,
                        new_index: y,
                        len: 1,
                    });
                    (a, b) = (x + 1, y + 1);
                }
                stretch(old, new, (a, a1), (b, b1), false, ops);
            }
        }
    }
    if tail > 0 {
        ops.push(DiffOp::Equal {
            old_index: a1,
            new_index: b1,
            len: tail,
        });
    }
}

/// A diff operation of a stretch, moved to where the stretch starts.
fn shift(op: DiffOp, a: usize, b: usize) -> DiffOp {
    match op {
        DiffOp::Equal {
            old_index,
            new_index,
            len,
        } => DiffOp::Equal {
            old_index: old_index + a,
            new_index: new_index + b,
            len,
        },
        DiffOp::Delete {
            old_index,
            old_len,
            new_index,
        } => DiffOp::Delete {
            old_index: old_index + a,
            old_len,
            new_index: new_index + b,
        },
        DiffOp::Insert {
            old_index,
            new_index,
            new_len,
        } => DiffOp::Insert {
            old_index: old_index + a,
            new_index: new_index + b,
            new_len,
        },
        DiffOp::Replace {
            old_index,
            old_len,
            new_index,
            new_len,
        } => DiffOp::Replace {
            old_index: old_index + a,
            old_len,
            new_index: new_index + b,
            new_len,
        },
    }
}

/// The lines that occur once in `old[a]` and once in `new[b]`, as pairs of positions,
/// in the longest order both versions share (patience sorting, `k log k`).
fn anchors(
    old: &[&str],
    new: &[&str],
    a: (usize, usize),
    b: (usize, usize),
) -> Vec<(usize, usize)> {
    // For each line: how often in old and new, and where.
    let mut seen: HashMap<&str, (u32, usize, u32, usize)> = HashMap::new();
    for (i, line) in old.iter().enumerate().take(a.1).skip(a.0) {
        let entry = seen.entry(line).or_insert((0, i, 0, 0));
        entry.0 += 1;
    }
    for (j, line) in new.iter().enumerate().take(b.1).skip(b.0) {
        if let Some(entry) = seen.get_mut(line) {
            entry.2 += 1;
            entry.3 = j;
        }
    }
    let mut pairs: Vec<(usize, usize)> = seen
        .into_values()
        .filter(|&(in_old, _, in_new, _)| in_old == 1 && in_new == 1)
        .map(|(_, i, _, j)| (i, j))
        .collect();
    pairs.sort_unstable();
    // The longest run of pairs whose new positions rise: piles of patience sorting,
    // each pair linked to the top of the pile before its own.
    let mut piles: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = Vec::with_capacity(pairs.len());
    for (k, &(_, j)) in pairs.iter().enumerate() {
        let pile = piles.partition_point(|&top| pairs.get(top).is_some_and(|p| p.1 < j));
        before.push(pile.checked_sub(1).and_then(|p| piles.get(p).copied()));
        match piles.get_mut(pile) {
            Some(top) => *top = k,
            None => piles.push(k),
        }
    }
    let mut chain = Vec::new();
    let mut at = piles.last().copied();
    while let Some(k) = at {
        if let Some(&pair) = pairs.get(k) {
            chain.push(pair);
        }
        at = before.get(k).copied().flatten();
    }
    chain.reverse();
    chain
}

#[cfg(test)]
mod tests {
    use super::unified_diff;

    #[test]
    fn equal_texts_have_no_diff() {
        assert_eq!(unified_diff("a.kvs", "x\n", "x\n"), "");
    }

    #[test]
    fn a_changed_line_is_shown_with_its_path() {
        let diff = unified_diff("a.kvs", "x\ny\nz\n", "x\nY\nz\n");
        assert_eq!(
            diff,
            "--- a.kvs\t(original)\n+++ a.kvs\t(changed)\n@@ -1,3 +1,3 @@\n x\n-y\n+Y\n z\n"
        );
    }

    #[test]
    fn a_missing_final_line_end_is_marked_and_the_diff_ends_with_one() {
        let diff = unified_diff("a.kvs", "x", "y");
        assert_eq!(
            diff,
            "--- a.kvs\t(original)\n+++ a.kvs\t(changed)\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+y\n\\ No newline at end of file\n"
        );
    }

    /// Applies a unified diff to `before`, as `patch` would, hunk by hunk.
    fn apply(before: &str, diff: &str) -> String {
        let old: Vec<&str> = before.split_inclusive('\n').collect();
        let mut out = String::new();
        let mut at = 0;
        let mut last_sign = ' ';
        for line in diff.lines().skip(2) {
            if let Some(header) = line.strip_prefix("@@ -") {
                let start: usize = header
                    .split([',', ' '])
                    .next()
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0);
                let start = start.saturating_sub(1).max(at);
                out.extend(old[at..start].iter().copied());
                at = start;
                continue;
            }
            if line == "\\ No newline at end of file" {
                if last_sign != '-' {
                    out.pop();
                }
                continue;
            }
            let (sign, text) = line.split_at(1);
            last_sign = sign.chars().next().unwrap_or(' ');
            match sign {
                " " => {
                    out.push_str(old[at]);
                    at += 1;
                }
                "-" => at += 1,
                _ => {
                    out.push_str(text);
                    out.push('\n');
                }
            }
        }
        out.extend(old[at..].iter().copied());
        out
    }

    #[test]
    fn long_stretches_give_a_diff_that_applies() {
        // Every line changed (a file in another layout), and long stretches between
        // lines kept: the diff must still turn the one into the other.
        let before: String = (0..3_000).map(|i| format!("kontakt  k{i}\n")).collect();
        let after: String = (0..3_000)
            .map(|i| {
                if i % 500 == 0 {
                    format!("kontakt  k{i}\n")
                } else {
                    format!("kontakt k{i}\n")
                }
            })
            .collect();
        let diff = unified_diff("a.kvs", &before, &after);
        assert_eq!(apply(&before, &diff), after);
        let diff = unified_diff("a.kvs", &after, "");
        assert_eq!(apply(&after, &diff), "");
        let small = unified_diff(
            "a.kvs",
            "a\nb\nc\nd\ne\nf\ng\nh\n",
            "a\nB\nc\nd\ne\nf\ng\nH\n",
        );
        assert_eq!(
            apply("a\nb\nc\nd\ne\nf\ng\nh\n", &small),
            "a\nB\nc\nd\ne\nf\ng\nH\n"
        );
    }
}
