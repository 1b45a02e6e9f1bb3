//! Nouns for a kind of place, firm or person, which say the label of a name
//! written beside them: `the city of Wad Madani`, `Danish company Novo
//! Nordisk`, `groups including Oxfam`, `Brakwa, a town near the border`.

/// Kinds of place.
pub(super) const PLACE_KINDS: [&str; 18] = [
    "city",
    "town",
    "village",
    "suburb",
    "neighborhood",
    "neighbourhood",
    "port",
    "capital",
    "province",
    "region",
    "state",
    "district",
    "county",
    "island",
    "coast",
    "enclave",
    "country",
    "nation",
];

/// Kinds of firm, club or body. (Not `party`: `party leader` comes between
/// a party and its name as often; not words in `-maker` at large:
/// `lawmaker`, `playmaker`; not `broker` nor `insurer`, a person's job too;
/// not `giant`, an adjective too.)
pub(super) const FIRM_KINDS: [&str; 32] = [
    "company",
    "firm",
    "group",
    "bank",
    "lender",
    "agency",
    "daily",
    "newspaper",
    "broadcaster",
    "outlet",
    "platform",
    "service",
    "publisher",
    "club",
    "side",
    "union",
    "charity",
    "organization",
    "organisation",
    "startup",
    "conglomerate",
    "retailer",
    "carrier",
    "airline",
    "brokerage",
    "maker",
    "carmaker",
    "automaker",
    "drugmaker",
    "chipmaker",
    "planemaker",
    "steelmaker",
];

/// Kinds of person that news lists by name (`leaders including Macron`).
const PERSON_KINDS: [&str; 7] = ["leader", "politician", "lawmaker", "player", "athlete", "singer", "actor"];

/// The label that a kind's noun (lower case, singular) gives a name beside it.
pub(super) fn kind_label(lower: &str) -> Option<&'static str> {
    [(&PLACE_KINDS[..], "LOC"), (&FIRM_KINDS[..], "ORG"), (&PERSON_KINDS[..], "PER")]
        .into_iter()
        .find(|(kinds, _)| kinds.contains(&lower))
        .map(|(_, label)| label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_gives_one_label() {
        assert_eq!(kind_label("village"), Some("LOC"));
        assert_eq!(kind_label("company"), Some("ORG"));
        assert_eq!(kind_label("leader"), Some("PER"));
        assert_eq!(kind_label("lawmakers"), None);
        let all = PLACE_KINDS.iter().chain(&FIRM_KINDS).chain(&PERSON_KINDS);
        assert_eq!(all.clone().count(), all.collect::<std::collections::HashSet<_>>().len(), "a noun of two kinds");
    }
}
