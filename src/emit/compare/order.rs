//! The order of a comparison: municipalities by name the Danish way, then by year.
//!
//! Danish puts æ, ø and å after z, in that order; Unicode code points put å before æ.
//! The key below sorts `Ærø` after `Vesthimmerland` and `Aabenraa` among the a's (the
//! old rule that sorts a double a as å is not applied: official lists disagree on it).

use std::cmp::Ordering;

/// A sort key for a Danish name: case is ignored, accented letters sort with their base
/// letter, and æ, ø, å (also ä, ö) come after z.
pub fn danish_key(name: &str) -> Vec<u32> {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'æ' | 'ä' => u32::from('z') + 1,
            'ø' | 'ö' => u32::from('z') + 2,
            'å' => u32::from('z') + 3,
            'é' | 'è' | 'ê' | 'ë' => u32::from('e'),
            'á' | 'à' | 'â' => u32::from('a'),
            'ó' | 'ò' | 'ô' => u32::from('o'),
            'ú' | 'ù' | 'û' => u32::from('u'),
            'ü' => u32::from('y'),
            'í' | 'ì' | 'î' | 'ï' => u32::from('i'),
            other => u32::from(other),
        })
        .collect()
}

/// Compares two standards by municipality (missing last), then year (missing last),
/// then source path, so that the order never depends on the order of the inputs.
pub fn compare_standards(
    a: (Option<&str>, Option<i32>, &str),
    b: (Option<&str>, Option<i32>, &str),
) -> Ordering {
    let municipality = |m: Option<&str>| (m.is_none(), m.map(danish_key));
    let year = |y: Option<i32>| (y.is_none(), y);
    municipality(a.0)
        .cmp(&municipality(b.0))
        .then_with(|| year(a.1).cmp(&year(b.1)))
        .then_with(|| a.2.cmp(b.2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(names: &[&str]) -> Vec<String> {
        let mut names: Vec<&str> = names.to_vec();
        names.sort_by_key(|n| danish_key(n));
        names.into_iter().map(str::to_owned).collect()
    }

    #[test]
    fn danish_letters_come_after_z_in_danish_order() {
        assert_eq!(
            sorted(&[
                "Århus",
                "Ærø",
                "Vesthimmerland",
                "Ølstykke",
                "Aabenraa",
                "Zealand"
            ]),
            [
                "Aabenraa",
                "Vesthimmerland",
                "Zealand",
                "Ærø",
                "Ølstykke",
                "Århus"
            ]
        );
    }

    #[test]
    fn case_and_accents_do_not_change_the_order() {
        assert_eq!(
            sorted(&["ishøj", "Ikast-Brande", "Hjørring", "hedensted"]),
            ["hedensted", "Hjørring", "Ikast-Brande", "ishøj"]
        );
        assert_eq!(danish_key("Bülow"), danish_key("bylow"));
    }

    #[test]
    fn standards_sort_by_municipality_then_year_then_path() {
        let mut rows = [
            (Some("Hjørring"), Some(2027), "b.kvs"),
            (None, Some(2020), "x.kvs"),
            (Some("Hjørring"), Some(2024), "c.kvs"),
            (Some("Glostrup"), None, "d.kvs"),
            (Some("Glostrup"), Some(2024), "e.kvs"),
            (Some("Hjørring"), Some(2024), "a.kvs"),
        ];
        rows.sort_by(|a, b| compare_standards(*a, *b));
        let paths: Vec<&str> = rows.iter().map(|r| r.2).collect();
        assert_eq!(
            paths,
            ["e.kvs", "d.kvs", "a.kvs", "c.kvs", "b.kvs", "x.kvs"]
        );
    }
}
