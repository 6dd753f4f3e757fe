//! The whole country at a glance: 98 municipalities compared at once, as a council sees
//! them in the HTML report's distributions.
//!
//! The 98 standards are SYNTHETIC: each is one of the five bundled seed standards with
//! the municipality renamed (`Syntetisk kommune 01` …) and every figure of days, weeks,
//! sessions and minutes shifted by a deterministic amount, so that the values spread.
//! They describe no real municipality.

use crate::compare::{compile_named, today};
use kvalitet::check::Options;
use kvalitet::emit::compare::{self, Format};
use kvalitet::source::SourceFile;

/// The five seed standards the synthetic ones are made from.
const SEEDS: [&str; 5] = [
    "standards/ballerup/2011.kvs",
    "standards/glostrup/2024.kvs",
    "standards/hjoerring/2024.kvs",
    "standards/ishoej/2024.kvs",
    "standards/vesthimmerland/standard.kvs",
];

/// The units whose figures are varied.
const UNITS: [&str; 6] = [
    " hverdage",
    " dage",
    " uger",
    " gange",
    " minutter",
    " måneder",
];

/// `text` with every whole number before one of [`UNITS`] shifted by an amount that
/// depends on `seed` and the number's place (always at least 1).
fn vary(text: &str, seed: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut digits = String::new();
    let mut count = 0usize;
    for (at, c) in text.char_indices() {
        let rest = text.get(at..).unwrap_or_default();
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            if !digits.is_empty() {
                if UNITS.iter().any(|u| rest.starts_with(u)) {
                    let n: usize = digits.parse().unwrap_or(1);
                    count += 1;
                    let shift = (seed * 7 + count * 3) % 13;
                    out.push_str(&(n.saturating_sub(3) + shift).max(1).to_string());
                } else {
                    out.push_str(&digits);
                }
                digits.clear();
            }
            out.push(c);
        }
    }
    out.push_str(&digits);
    out
}

/// 98 synthetic standards, made from the seeds (see the module's comment).
pub fn synthetic_country() -> Vec<SourceFile> {
    let seeds: Vec<String> = SEEDS
        .iter()
        .map(|path| {
            std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
                .expect("a seed")
        })
        .collect();
    (1..=98)
        .map(|i| {
            let seed = &seeds[i % seeds.len()];
            let renamed: String = seed
                .lines()
                .map(|line| {
                    if line.trim_start().starts_with("kommune ") {
                        format!("  kommune \"Syntetisk kommune {i:02}\"\n")
                    } else {
                        format!("{line}\n")
                    }
                })
                .collect();
            SourceFile::new(format!("syntetisk/{i:02}.kvs"), vary(&renamed, i))
        })
        .collect()
}

fn country_html() -> String {
    let compiled = kvalitet::compile_all(synthetic_country(), &Options::new(today()));
    let report = compare::compare(&compiled, &Options::new(today()));
    assert_eq!(report.standards.len(), 98);
    compare::render(&report, Format::Html).expect("HTML")
}

#[test]
fn the_synthetic_figures_vary() {
    assert_eq!(
        vary("10 hverdage, 3 uger, år 2024", 1),
        "17 hverdage, 1 uger, år 2024"
    );
    assert_eq!(vary("1 dage", 0), "3 dage");
}

#[test]
fn many_standards_lead_with_distributions() {
    let html = country_html();
    let lead = html.find("id=\"hele-landet\"").expect("the distributions");
    let overview = html.find("id=\"overblik\"").expect("the overview");
    assert!(lead < overview, "the distributions come first");
    // The decision deadline: a dot per value, each a link to its row of the sorted table
    // and named by its standard and value; the median and quartiles are marked.
    let heading = html
        .find("Afgørelse: frister i kalenderdage</h3>")
        .expect("the decision deadline's distribution");
    let section = html.get(heading..).expect("the section");
    let section = section
        .get(..section.find("</section>").expect("its end"))
        .expect("the section");
    let dots = section.matches("<circle class=\"dot\"").count();
    // Two of the five seeds state a decision deadline in days or working days.
    assert!(dots > 30, "{dots} dots");
    assert_eq!(section.matches("<tr id=\"fordeling-frist-").count(), dots);
    assert!(section.contains("<title>Syntetisk kommune"));
    assert!(section.contains("Median: "));
    assert_eq!(section.matches("Median: ").count(), 1);
    assert_eq!(section.matches("kvartil: ").count(), 2);
    // The table is sorted by value: the ranks never fall.
    let values: Vec<f64> = section
        .split("<td class=\"number\">")
        .skip(1)
        .filter_map(|s| s.split('<').next())
        .map(|v| v.replace(',', ".").parse::<f64>().expect("a number"))
        .collect();
    assert_eq!(values.len(), dots);
    assert!(values.windows(2).all(|w| w[0] <= w[1]), "{values:?}");
    // Ambiguous `dage` are hatched, as in the bar charts.
    assert!(html.contains("fill=\"url(#fordeling-"), "a hatched dot");
}

#[test]
fn a_few_standards_have_no_distributions() {
    let compiled = compile_named(&SEEDS);
    let report = compare::compare(&compiled, &Options::new(today()));
    let html = compare::render(&report, Format::Html).expect("HTML");
    assert!(!html.contains("hele-landet"));
}
