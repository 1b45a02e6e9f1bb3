//! The name lists of `../shared/data/gazetteers`, read into the tagger's lexicon.

use newsmark_engine::tagger::{Gazetteer, NameGenders, LISTS};
use std::collections::HashMap;
use std::path::Path;

/// Reads the lists from `../shared/data/gazetteers` (the files described in its README).
///
/// ```
/// let missing = newsmark_train::data::gazetteer("/nonexistent".as_ref());
/// assert!(missing.is_err());
/// ```
pub fn gazetteer(dir: &Path) -> std::io::Result<Gazetteer> {
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name)).map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", dir.join(name).display())))
    };
    // One vector of phrases per list, in LISTS order.
    let mut lists: Vec<Vec<String>> = vec![Vec::new(); LISTS.len()];
    for line in read("ssa-first-names.tsv")?.lines().skip(1) {
        let mut cols = line.split('\t');
        if let (Some(name), Some(count)) = (cols.next(), cols.next()) {
            if count.trim().parse::<u64>().unwrap_or(0) >= 1000 {
                lists[0].push(name.to_string());
            }
        }
    }
    for file in ["census1990-dist.male.first.txt", "census1990-dist.female.first.txt"] {
        lists[0].extend(read(file)?.lines().filter_map(|l| l.split_whitespace().next().map(str::to_string)));
    }
    lists[1]
        .extend(read("census1990-dist.all.last.txt")?.lines().take(30_000).filter_map(|l| l.split_whitespace().next().map(str::to_string)));
    for line in read("geonames-cities15000.tsv")?.lines().skip(1) {
        lists[2].extend(line.split('\t').take(2).map(str::to_string));
    }
    for line in read("geonames-countryInfo.tsv")?.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() > 5 {
            lists[3].push(cols[4].to_string());
            lists[2].push(cols[5].to_string());
        }
    }
    for line in read("geonames-regionInfo.tsv")?.lines().filter(|l| !l.starts_with('#')) {
        lists[4].extend(line.split('\t').skip(1).take(2).map(str::to_string));
    }
    let json = |name: &str| -> std::io::Result<serde_json::Value> { serde_json::from_str(&read(name)?).map_err(std::io::Error::other) };
    let strings = |value: &serde_json::Value, keys: &[&str]| -> Vec<String> {
        keys.iter().filter_map(|k| value.get(k).and_then(|v| v.as_str()).map(str::to_string)).collect()
    };
    if let Some(countries) = json("iso_3166-1.json")?.get("3166-1").and_then(|v| v.as_array()) {
        for c in countries {
            lists[3].extend(strings(c, &["name", "common_name", "official_name"]));
        }
    }
    if let Some(regions) = json("iso_3166-2.json")?.get("3166-2").and_then(|v| v.as_array()) {
        for r in regions {
            lists[4].extend(strings(r, &["name"]));
        }
    }
    if let Some(companies) = json("sec-company-tickers.json")?.as_object() {
        for c in companies.values() {
            for title in strings(c, &["title"]) {
                lists[5].push(strip_company_suffix(&title));
            }
        }
    }
    for line in read("sp500-constituents.csv")?.lines().skip(1) {
        if let Some(name) = line.split(',').nth(1) {
            lists[5].push(strip_company_suffix(name));
        }
    }
    Ok(Gazetteer::from_phrases(&lists))
}

/// Reads the Census first-name lists in `../shared/data/gazetteers`: a
/// name is a woman's or a man's when at least 95 % of its bearers are of
/// that sex (19 times as frequent on that list as on the other; both lists
/// are shares of populations of about equal size).
///
/// ```
/// assert!(newsmark_train::data::name_genders("/nonexistent".as_ref()).is_err());
/// ```
pub fn name_genders(dir: &Path) -> std::io::Result<NameGenders> {
    let frequencies = |file: &str| -> std::io::Result<HashMap<String, f64>> {
        let text = std::fs::read_to_string(dir.join(file))
            .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", dir.join(file).display())))?;
        Ok(text
            .lines()
            .filter_map(|l| {
                let mut cols = l.split_whitespace();
                Some((cols.next()?.to_lowercase(), cols.next()?.parse().ok()?))
            })
            .collect())
    };
    let (female, male) = (frequencies("census1990-dist.female.first.txt")?, frequencies("census1990-dist.male.first.txt")?);
    let mostly = |this: &HashMap<String, f64>, other: &HashMap<String, f64>| -> Vec<String> {
        this.iter().filter(|(name, f)| **f >= 19.0 * other.get(*name).copied().unwrap_or(0.0)).map(|(name, _)| name.clone()).collect()
    };
    let (female, male) = (mostly(&female, &male), mostly(&male, &female));
    let (female, male): (Vec<&str>, Vec<&str>) = (female.iter().map(String::as_str).collect(), male.iter().map(String::as_str).collect());
    Ok(NameGenders::from_names(&female, &male))
}

/// `MICROSOFT CORP` -> `MICROSOFT`, `Apple Inc.` -> `Apple`.
fn strip_company_suffix(name: &str) -> String {
    const SUFFIXES: &[&str] = &[
        "inc",
        "corp",
        "co",
        "ltd",
        "plc",
        "llc",
        "lp",
        "sa",
        "ag",
        "nv",
        "holdings",
        "group",
        "corporation",
        "company",
        "incorporated",
        "limited",
        "/de/",
        "/md/",
        "/nv/",
        "class a",
        "& co",
    ];
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > 1 {
        let last = words[words.len() - 1].trim_matches(|c: char| c == '.' || c == ',').to_lowercase();
        if SUFFIXES.contains(&last.as_str()) {
            words.pop();
        } else {
            break;
        }
    }
    words.join(" ").trim_end_matches(',').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn company_suffixes_are_stripped() {
        assert_eq!(strip_company_suffix("MICROSOFT CORP"), "MICROSOFT");
        assert_eq!(strip_company_suffix("Apple Inc."), "Apple");
        assert_eq!(strip_company_suffix("Inc"), "Inc");
    }

    #[test]
    fn the_lists_are_in_the_order_the_gazetteer_takes() {
        assert_eq!(LISTS[0], "first-name");
        assert_eq!(LISTS[5], "company");
    }
}
