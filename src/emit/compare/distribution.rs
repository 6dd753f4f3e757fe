//! The whole country at a glance: when many standards are compared, the HTML report
//! leads with one dot plot per deadline and per figure of the scope, and a table of the
//! same values sorted by value.
//!
//! Each dot is one value of one standard on an axis in the dimension's unit; dots with
//! the same value (to a dot's width) stack upwards. The quartiles and the median are
//! marked with lines and their numbers. An ambiguous value (`dage`) is a hatched dot.
//! Each dot is a link to its row of the sorted table, with its standard and value as
//! its name and tooltip (an SVG `<title>`), so it is labelled on hover and on focus.
//! The table is sorted here, on the server, since the page runs no script. Linear in
//! the number of values, after one sort.

use super::chart::{coordinate, step, Tick};
use crate::model::values::format_number;
use serde::Serialize;

/// From how many standards the report leads with distributions.
pub const FROM: usize = 13;

/// The width of the plot, in SVG units.
const WIDTH: f64 = 760.0;
/// The left edge of the axis.
const LEFT: f64 = 16.0;
/// The length of the axis.
const PLOT: f64 = 720.0;
/// The radius of a dot.
const RADIUS: f64 = 5.0;
/// The space between stacked dots' centres.
const STACK: f64 = 11.0;
/// The room above the dots for the quartile labels.
const LABELS: f64 = 54.0;
/// The room below the axis for the tick labels and the unit.
const AXIS: f64 = 40.0;

/// One value to plot.
#[derive(Debug, Clone)]
pub struct Input {
    /// The standard's label.
    pub label: String,
    /// The value in the unit.
    pub value: f64,
    /// The value as written, with its normalisation, for the tooltip and the table.
    pub text: String,
    /// Whether the unit is ambiguous (`dage`).
    pub ambiguous: bool,
}

/// A dot plot and its sorted table, ready for the template.
#[derive(Debug, Serialize)]
pub struct Distribution {
    /// A unique id.
    pub id: String,
    /// The title.
    pub title: String,
    /// The text alternative: how many, the quartiles and the range.
    pub desc: String,
    /// The unit under the axis.
    pub unit: String,
    /// The SVG width.
    pub width: String,
    /// The SVG height.
    pub height: String,
    /// The axis line's y.
    pub axis_y: String,
    /// The tick labels' baseline.
    pub tick_label_y: String,
    /// The unit label's baseline.
    pub unit_y: String,
    /// The left end of the axis.
    pub axis_left: String,
    /// The right end of the axis.
    pub axis_right: String,
    /// The top of the grid and quartile lines.
    pub grid_top: String,
    /// The ticks.
    pub ticks: Vec<Tick>,
    /// The first quartile, the median and the third quartile.
    pub marks: Vec<Mark>,
    /// The dots.
    pub dots: Vec<Dot>,
    /// Whether any dot is hatched (the legend explains it).
    pub has_ambiguous: bool,
    /// The values, sorted by value, then by label.
    pub rows: Vec<Row>,
}

/// A quartile's line.
#[derive(Debug, Serialize)]
pub struct Mark {
    /// Its x.
    pub x: String,
    /// Its label's baseline.
    pub label_y: String,
    /// `Median: 14`.
    pub label: String,
    /// `median` or `quartile`.
    pub kind: &'static str,
}

/// One dot.
#[derive(Debug, Serialize)]
pub struct Dot {
    /// Its centre.
    pub cx: String,
    /// Its centre.
    pub cy: String,
    /// Its radius.
    pub r: String,
    /// Whether it is hatched.
    pub ambiguous: bool,
    /// `Glostrup 2024: 10 hverdage ≈ 14 kalenderdage`.
    pub title: String,
    /// The id of its table row.
    pub row_id: String,
}

/// One row of the sorted table.
#[derive(Debug, Serialize)]
pub struct Row {
    /// The anchor of the row.
    pub id: String,
    /// The rank, 1 for the smallest value (equal values share a rank).
    pub rank: usize,
    /// The standard.
    pub label: String,
    /// The value as written, with its normalisation.
    pub text: String,
    /// The value in the unit.
    pub value: String,
    /// Whether the unit is ambiguous.
    pub ambiguous: bool,
}

/// Lays out the dot plot and the table of one dimension; `None` without values.
pub fn layout(
    id: String,
    title: String,
    unit: &str,
    days: bool,
    mut inputs: Vec<Input>,
) -> Option<Distribution> {
    inputs.retain(|i| i.value.is_finite());
    if inputs.is_empty() {
        return None;
    }
    inputs.sort_by(|a, b| {
        a.value.total_cmp(&b.value).then_with(|| {
            super::order::danish_key(&a.label).cmp(&super::order::danish_key(&b.label))
        })
    });
    let values: Vec<f64> = inputs.iter().map(|i| i.value.max(0.0)).collect();
    let largest = values.last().copied().unwrap_or(0.0);
    let step = step(largest, days);
    let axis_max = if largest > 0.0 {
        (largest / step).ceil() * step
    } else {
        step
    };
    let scale = |v: f64| LEFT + v.max(0.0) / axis_max * PLOT;
    let n = coordinate;

    // Stack dots that would overlap: one column per dot's width.
    let mut columns: std::collections::HashMap<i64, usize> = std::collections::HashMap::new();
    let mut placed = Vec::with_capacity(inputs.len());
    let mut tallest = 1;
    for value in &values {
        let column = ((scale(*value) - LEFT) / (2.0 * RADIUS)).round() as i64;
        let height = columns.entry(column).or_insert(0);
        *height += 1;
        tallest = tallest.max(*height);
        placed.push((column, *height));
    }
    let axis_y = LABELS + tallest as f64 * STACK + 6.0;
    let ids: Vec<String> = (1..=inputs.len()).map(|i| format!("{id}-{i}")).collect();
    let dots = inputs
        .iter()
        .zip(&placed)
        .zip(&ids)
        .map(|((input, (column, height)), row_id)| Dot {
            cx: n(LEFT + *column as f64 * 2.0 * RADIUS),
            cy: n(axis_y - 4.0 - RADIUS - (*height as f64 - 1.0) * STACK),
            r: n(RADIUS),
            ambiguous: input.ambiguous,
            title: format!("{}: {}", input.label, input.text),
            row_id: row_id.clone(),
        })
        .collect();

    let quartiles = [
        (0.25, "1. kvartil", "quartile"),
        (0.5, "Median", "median"),
        (0.75, "3. kvartil", "quartile"),
    ];
    let marks = quartiles
        .iter()
        .enumerate()
        .map(|(i, (q, name, kind))| {
            let value = quantile(&values, *q);
            Mark {
                x: n(scale(value)),
                label_y: n(14.0 + i as f64 * 16.0),
                label: format!("{name}: {}", number(value)),
                kind,
            }
        })
        .collect::<Vec<_>>();

    let mut ticks = Vec::new();
    let mut t = 0.0;
    while t <= axis_max + step / 1000.0 {
        ticks.push(Tick {
            x: n(scale(t)),
            label: number(t),
        });
        t += step;
    }

    let mut rows = Vec::with_capacity(inputs.len());
    let mut rank = 0;
    let mut previous = None;
    for (index, (input, row_id)) in inputs.iter().zip(ids).enumerate() {
        if previous != Some(input.value) {
            rank = index + 1;
            previous = Some(input.value);
        }
        rows.push(Row {
            id: row_id,
            rank,
            label: input.label.clone(),
            text: input.text.clone(),
            value: number(input.value),
            ambiguous: input.ambiguous,
        });
    }
    let desc = format!(
        "{} værdier fra {} til {} {unit}. 1. kvartil {}, median {}, 3. kvartil {}. Hver værdi står i tabellen under diagrammet.",
        values.len(),
        number(values.first().copied().unwrap_or(0.0)),
        number(largest),
        number(quantile(&values, 0.25)),
        number(quantile(&values, 0.5)),
        number(quantile(&values, 0.75)),
    );
    Some(Distribution {
        id,
        title,
        desc,
        unit: unit.to_owned(),
        width: n(WIDTH),
        height: n(axis_y + AXIS),
        axis_y: n(axis_y),
        tick_label_y: n(axis_y + 16.0),
        unit_y: n(axis_y + AXIS - 6.0),
        axis_left: n(LEFT),
        axis_right: n(LEFT + PLOT),
        grid_top: n(LABELS - 6.0),
        ticks,
        marks,
        has_ambiguous: inputs.iter().any(|i| i.ambiguous),
        dots,
        rows,
    })
}

/// A number in Danish form, to one decimal.
fn number(value: f64) -> String {
    format_number((value * 10.0).round() / 10.0)
}

/// The `q` quantile of sorted values, interpolated between the two nearest (the
/// method spreadsheets use: `KVARTIL.MED` / `QUARTILE.INC`).
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let Some(last) = sorted.len().checked_sub(1) else {
        return 0.0;
    };
    let position = q * last as f64;
    let below = position.floor() as usize;
    let above = position.ceil() as usize;
    let low = sorted.get(below).copied().unwrap_or(0.0);
    let high = sorted.get(above).copied().unwrap_or(low);
    low + (high - low) * (position - below as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(label: &str, value: f64) -> Input {
        Input {
            label: label.into(),
            value,
            text: format!("{value} dage"),
            ambiguous: false,
        }
    }

    #[test]
    fn quartiles_interpolate_as_spreadsheets_do() {
        let values = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(quantile(&values, 0.25), 1.75);
        assert_eq!(quantile(&values, 0.5), 2.5);
        assert_eq!(quantile(&values, 0.75), 3.25);
        assert_eq!(quantile(&[7.0], 0.5), 7.0);
        assert_eq!(quantile(&[], 0.5), 0.0);
    }

    #[test]
    fn the_table_is_sorted_and_equal_values_share_a_rank() {
        let d = layout(
            "d".into(),
            "Afgørelse".into(),
            "kalenderdage",
            true,
            vec![
                input("Ærø", 14.0),
                input("Aabenraa", 28.0),
                input("Brønderslev", 14.0),
            ],
        )
        .expect("a distribution");
        let rows: Vec<(usize, &str)> = d.rows.iter().map(|r| (r.rank, r.label.as_str())).collect();
        assert_eq!(rows, [(1, "Brønderslev"), (1, "Ærø"), (3, "Aabenraa")]);
        // Two equal values stack; the median is marked.
        assert_eq!(d.dots[0].cx, d.dots[1].cx);
        assert_ne!(d.dots[0].cy, d.dots[1].cy);
        assert_eq!(d.marks[1].label, "Median: 14");
        assert_eq!(d.dots[2].row_id, "d-3");
    }
}
