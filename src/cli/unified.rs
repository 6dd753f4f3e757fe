//! A unified diff of a file before and after a change, for `fmt --diff` and
//! `check --fix --diff`: what would be written, shown and not written.

use similar::TextDiff;

/// The unified diff (three lines of context) that turns `before` into `after`, with
/// `path` in the `---`/`+++` header, or an empty string when the two are equal.
pub fn unified_diff(path: &str, before: &str, after: &str) -> String {
    if before == after {
        return String::new();
    }
    let diff = TextDiff::from_lines(before, after);
    let mut text = diff
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("{path}\t(original)"),
            &format!("{path}\t(changed)"),
        )
        .to_string();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
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
    fn a_missing_final_line_end_still_ends_the_diff_with_one() {
        let diff = unified_diff("a.kvs", "x", "y");
        assert!(diff.ends_with('\n'), "{diff:?}");
        assert!(diff.contains("-x") && diff.contains("+y"), "{diff:?}");
    }
}
