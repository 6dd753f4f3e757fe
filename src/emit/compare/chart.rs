//! The geometry of a horizontal bar chart, for the HTML page's inline SVG.
//!
//! The chart is computed here as numbers and strings; the template only places them,
//! so every text in it passes the template's auto-escaping. One bar per value: a solid
//! part up to the value (or the lower bound of a range), a light part up to the upper
//! bound of a range, and a hatched part for `dage` up to what they would be as working
//! days. Each row has its label above the bar and the value as text after it.

use crate::model::values::format_number;
use serde::Serialize;

/// The width of the whole chart, in SVG units (= CSS pixels at full size).
const WIDTH: f64 = 760.0;
/// The width of the bars' area; the value text follows the bar.
const PLOT: f64 = 420.0;
/// The left edge of the bars.
const LEFT: f64 = 4.0;
/// The height of one row: a label line and a bar.
const ROW: f64 = 46.0;
/// The height of a bar.
const BAR: f64 = 16.0;
/// The space above the first row.
const TOP: f64 = 6.0;
/// The space for the axis below the last row.
const AXIS: f64 = 40.0;
/// The longest label shown in full; longer ones are cut with an ellipsis (the whole
/// label stays in the row's tooltip, the text alternative and the table).
const LABEL_CHARS: usize = 84;

/// One bar to draw.
#[derive(Debug, Clone)]
pub struct Input {
    /// The label above the bar.
    pub label: String,
    /// The solid part, from zero.
    pub solid: f64,
    /// The light part's end and kind (`range` or `ambiguous`), if any.
    pub light: Option<(f64, &'static str)>,
    /// The value as text after the bar.
    pub value_text: String,
}

/// A chart ready for the template.
#[derive(Debug, Serialize)]
pub struct Chart {
    /// A unique id, for the title, description and patterns.
    pub id: String,
    /// The chart's title (also its accessible name).
    pub title: String,
    /// The text alternative: every value in words.
    pub desc: String,
    /// The SVG width.
    pub width: String,
    /// The SVG height.
    pub height: String,
    /// The unit under the axis.
    pub unit: String,
    /// Where the axis line is drawn.
    pub axis_y: String,
    /// Where the tick labels stand.
    pub tick_label_y: String,
    /// The left end of the axis.
    pub axis_left: String,
    /// The right end of the axis, for the unit label.
    pub axis_right: String,
    /// The baseline of the unit label.
    pub unit_y: String,
    /// The top of the grid lines.
    pub grid_top: String,
    /// The ticks.
    pub ticks: Vec<Tick>,
    /// The rows.
    pub rows: Vec<Row>,
    /// Whether any bar has a light range part (the legend explains it).
    pub has_range: bool,
    /// Whether any bar has a hatched ambiguous part.
    pub has_ambiguous: bool,
}

/// One tick of the axis.
#[derive(Debug, Serialize)]
pub struct Tick {
    /// Its x.
    pub x: String,
    /// Its number.
    pub label: String,
}

/// One row of the chart.
#[derive(Debug, Serialize)]
pub struct Row {
    /// The label's baseline.
    pub label_y: String,
    /// The label as shown (possibly cut).
    pub label: String,
    /// The whole label.
    pub full_label: String,
    /// The bar's top.
    pub bar_y: String,
    /// The bar's height.
    pub bar_height: String,
    /// The left edge.
    pub x: String,
    /// The solid part's width.
    pub solid_width: String,
    /// The light part's start, width and kind.
    pub light: Option<Light>,
    /// Where the value text starts.
    pub value_x: String,
    /// The value text's baseline.
    pub value_y: String,
    /// The value as text.
    pub value_text: String,
}

/// The light part of a bar.
#[derive(Debug, Serialize)]
pub struct Light {
    /// Its start.
    pub x: String,
    /// Its width.
    pub width: String,
    /// `range` or `ambiguous`.
    pub kind: &'static str,
}

/// Lays out a chart. `unit` is the unit under the axis (`kalenderdage`); `days` picks
/// ticks that are whole weeks where that reads well.
pub fn layout(
    id: String,
    title: String,
    desc: String,
    unit: &str,
    days: bool,
    inputs: Vec<Input>,
) -> Chart {
    let largest = inputs
        .iter()
        .map(|i| i.light.map_or(i.solid, |(end, _)| end.max(i.solid)))
        .fold(0.0_f64, f64::max);
    let step = step(largest, days);
    let axis_max = if largest > 0.0 {
        (largest / step).ceil() * step
    } else {
        step
    };
    let scale = |v: f64| (v.max(0.0) / axis_max * PLOT * 10.0).round() / 10.0;
    let n = coordinate;
    let rows_height = inputs.len() as f64 * ROW;
    let axis_y = TOP + rows_height + 4.0;
    let mut ticks = Vec::new();
    let mut t = 0.0;
    while t <= axis_max + step / 1000.0 {
        ticks.push(Tick {
            x: n(LEFT + scale(t)),
            label: format_number((t * 100.0).round() / 100.0),
        });
        t += step;
    }
    let mut has_range = false;
    let mut has_ambiguous = false;
    let rows = inputs
        .into_iter()
        .enumerate()
        .map(|(index, input)| {
            let top = TOP + index as f64 * ROW;
            let solid = scale(input.solid);
            let light = input.light.and_then(|(end, kind)| {
                let end = scale(end);
                (end > solid).then(|| {
                    if kind == "ambiguous" {
                        has_ambiguous = true;
                    } else {
                        has_range = true;
                    }
                    Light {
                        x: n(LEFT + solid),
                        width: n(end - solid),
                        kind,
                    }
                })
            });
            let end = LEFT + input.light.map_or(solid, |(e, _)| scale(e).max(solid));
            let label = if input.label.chars().count() > LABEL_CHARS {
                let cut: String = input.label.chars().take(LABEL_CHARS - 1).collect();
                format!("{}…", cut.trim_end())
            } else {
                input.label.clone()
            };
            Row {
                label_y: n(top + 14.0),
                label,
                full_label: input.label,
                bar_y: n(top + 21.0),
                bar_height: n(BAR),
                x: n(LEFT),
                solid_width: n(solid),
                light,
                value_x: n(end + 8.0),
                value_y: n(top + 21.0 + BAR - 3.5),
                value_text: input.value_text,
            }
        })
        .collect();
    Chart {
        id,
        title,
        desc,
        width: n(WIDTH),
        height: n(axis_y + AXIS),
        unit: unit.to_owned(),
        axis_y: n(axis_y),
        tick_label_y: n(axis_y + 16.0),
        axis_left: n(LEFT),
        axis_right: n(LEFT + PLOT),
        unit_y: n(axis_y + AXIS - 6.0),
        grid_top: n(TOP),
        ticks,
        rows,
        has_range,
        has_ambiguous,
    }
}

/// A coordinate for SVG: one decimal at most, with a decimal point.
pub(super) fn coordinate(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}

/// A tick step that gives at most six intervals: whole weeks and months for days where
/// they fit, else 1, 2 or 5 times a power of ten.
pub(super) fn step(largest: f64, days: bool) -> f64 {
    if days {
        for step in [1.0, 2.0, 7.0, 14.0, 28.0, 30.0, 60.0, 90.0, 180.0, 365.0] {
            if largest / step <= 6.0 {
                return step;
            }
        }
    }
    let mut power = 0.01;
    loop {
        for factor in [1.0, 2.0, 5.0] {
            let step = power * factor;
            if largest / step <= 6.0 {
                return step;
            }
        }
        power *= 10.0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_axes_step_in_weeks_and_months() {
        assert_eq!(step(6.0, true), 1.0);
        assert_eq!(step(28.0, true), 7.0);
        assert_eq!(step(90.0, true), 28.0);
        assert_eq!(step(180.0, true), 30.0);
        assert_eq!(step(8.0, false), 2.0);
        assert_eq!(step(0.3, false), 0.05);
    }

    #[test]
    fn bars_scale_to_the_axis_and_keep_their_labels() {
        let chart = layout(
            "c".into(),
            "Afgørelse".into(),
            String::new(),
            "kalenderdage",
            true,
            vec![
                Input {
                    label: "Glostrup 2024".into(),
                    solid: 14.0,
                    light: None,
                    value_text: "10 hverdage ≈ 14 kalenderdage".into(),
                },
                Input {
                    label: "x".repeat(120),
                    solid: 14.0,
                    light: Some((19.6, "ambiguous")),
                    value_text: "14 dage (tvetydigt)".into(),
                },
            ],
        );
        // 19.6 days on an axis to 21 (three weeks).
        assert_eq!(chart.ticks.last().map(|t| t.label.as_str()), Some("21"));
        assert_eq!(chart.rows[0].solid_width, "280");
        assert_eq!(
            chart.rows[1].light.as_ref().map(|l| l.width.as_str()),
            Some("112")
        );
        assert!(chart.has_ambiguous && !chart.has_range);
        assert_eq!(chart.rows[1].label.chars().count(), LABEL_CHARS);
        assert_eq!(chart.rows[1].full_label.len(), 120);
        // Coordinates use a decimal point whatever the language of the labels.
        assert_eq!(chart.rows[0].value_y, "39.5");
    }
}
