//! The Sources view's totals as numbers and a small SVG bar chart: quotes
//! and sources by gender (people) and by kind.

use crate::wording::plural;
use newsmark_engine::sources::{Count, Totals};
use yew::prelude::*;

/// Props of [`SourceChart`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The totals.
    pub totals: Totals,
}

/// Bar colours by group, readable for colour-blind readers (and every bar is labelled).
fn colour(group: &str) -> &'static str {
    match group {
        "female" => "#b45309",
        "male" => "#1d4ed8",
        "person" => "#2563eb",
        "organisation" => "#d97706",
        "unnamed" => "#6b7280",
        _ => "#9ca3af",
    }
}

const WIDTH: usize = 360;
const BAR: usize = 18;
const LABEL: usize = 96;

/// Two groups of horizontal bars (quotes), each labelled with its quotes and sources.
#[function_component(SourceChart)]
pub fn source_chart(props: &Props) -> Html {
    let groups = [("People by gender", &props.totals.by_gender), ("Sources by kind", &props.totals.by_kind)];
    let most = groups.iter().flat_map(|(_, counts)| counts.iter().map(|c| c.quotes)).max().unwrap_or(0).max(1);
    let rows = groups.iter().map(|(_, c)| c.len() + 1).sum::<usize>();
    let height = rows * (BAR + 6);
    let mut y = 0;
    let mut parts = Vec::new();
    for (heading, counts) in groups {
        y += BAR;
        parts.push(html! { <text x="0" y={(y - 5).to_string()} class="chart-heading">{heading}</text> });
        for Count { group, sources, quotes } in counts.iter() {
            let length = (WIDTH - LABEL - 120) * *quotes / most;
            parts.push(html! {
                <g data-group={*group} data-quotes={quotes.to_string()} data-sources={sources.to_string()}>
                    <text x="0" y={(y + BAR - 5).to_string()}>{*group}</text>
                    <rect x={LABEL.to_string()} y={(y + 2).to_string()} width={length.max(1).to_string()} height={(BAR - 4).to_string()} fill={colour(group)} />
                    <text x={(LABEL + length + 4).to_string()} y={(y + BAR - 5).to_string()}>{format!("{quotes} quote{} · {sources} source{}", plural(*quotes), plural(*sources))}</text>
                </g>
            });
            y += BAR + 6;
        }
    }
    let summary: Vec<String> = props
        .totals
        .by_gender
        .iter()
        .chain(&props.totals.by_kind)
        .map(|c| format!("{}: {} quotes, {} sources", c.group, c.quotes, c.sources))
        .collect();
    html! {
        <figure class="source-chart">
            <svg data-testid="dashboard-chart" viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-label={summary.join("; ")} preserveAspectRatio="xMinYMin meet">
                { for parts }
            </svg>
            <figcaption class="muted">{"Quotes, and how many sources gave them. People's gender as estimated (or set by you) in the table."}</figcaption>
        </figure>
    }
}
