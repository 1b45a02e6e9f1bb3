//! The empty page: how to start, in one line, and an example article to try.

use crate::state::Action;
use yew::prelude::*;

/// A short made-up news story with names, places, organisations and quotes of both kinds.
const EXAMPLE: &str = "Harbour city votes to keep its ferries

PORTSMOUTH, England — The city council of Portsmouth voted on Tuesday to keep its ferry service to the Isle of Wight running through the winter, after a campaign by residents and the Solent Ferry Company.

\"We could not leave the island without a crossing for three months,\" said Gareth Pemberton, the leader of the council. \"People depend on it for work, for school and for hospital visits.\"

Transport minister Alison Marsh welcomed the decision and said the government would review funding for coastal routes in the spring. The company's chief executive, Fran Collins, told the Portsmouth News that fares would not rise before April.

Not everyone was convinced. A spokesman for the Federation of Small Businesses said the vote came too late for shops that had already cut their opening hours.";

/// Props of [`Welcome`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// One line on what to do, and a button that loads and annotates the example.
#[function_component(Welcome)]
pub fn welcome(props: &Props) -> Html {
    let try_example = props.dispatch.reform(|_| Action::TryExample(EXAMPLE.to_string()));
    html! {
        <p class="welcome" data-testid="how-to">
            {"Paste a news article above and press Annotate (Ctrl+Enter): names, places, organisations and quotes get marked, with who said what. Then correct the marks with the mouse or the keys (press ? for the list) and download the result. "}
            <button class="link" data-testid="try-example" onclick={try_example}>{"Try an example"}</button>
        </p>
    }
}
