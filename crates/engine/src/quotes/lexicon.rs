//! The word lists the quote finder reads grammar with.

/// Verbs that report speech, direct or reported (with [`DIRECT_ONLY_VERBS`], every speech verb).
pub(super) const SPEECH_VERBS: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "arguing",
    "noting",
    "explaining",
    "acknowledging",
    "admitting",
    "stressing",
    "vowing",
    "promising",
    "declaring",
    "predicting",
    "calling",
    "describing",
    "add",
    "adds",
    "added",
    "adding",
    "warn",
    "warns",
    "warned",
    "warning",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "claim",
    "claims",
    "claimed",
    "claiming",
    "deny",
    "denies",
    "denied",
    "urge",
    "urges",
    "urged",
    "announce",
    "announces",
    "announced",
    "accuse",
    "accuses",
    "accused",
    "state",
    "states",
    "stated",
    "explain",
    "explains",
    "explained",
    "argue",
    "argues",
    "argued",
    "report",
    "reports",
    "reported",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "admit",
    "admits",
    "admitted",
    "confirm",
    "confirms",
    "confirmed",
    "predict",
    "predicts",
    "predicted",
    "promise",
    "promises",
    "promised",
    "reveal",
    "reveals",
    "revealed",
    "stress",
    "stresses",
    "stressed",
    "maintain",
    "maintains",
    "maintained",
    "assert",
    "asserts",
    "asserted",
    "declare",
    "declares",
    "declared",
    "contend",
    "contends",
    "contended",
    "concede",
    "concedes",
    "conceded",
    "vow",
    "vows",
    "vowed",
    "recall",
    "recalls",
    "recalled",
    "tweet",
    "write",
    "writes",
    "reply",
    "respond",
    "responded",
    "remark",
    "complain",
    "complained",
    "complains",
    "mentioned",
    "observed",
    "emphasized",
    "emphasised",
    "suggested",
    "suggests",
    "believes",
    "noted",
    "notes",
    "allege",
    "alleges",
    "alleged",
    "caution",
    "cautions",
    "cautioned",
    "testify",
    "testifies",
    "testified",
    "disclose",
    "discloses",
    "disclosed",
];
/// Verbs that introduce a reported clause without "that" (`said the US is ready`).
pub(super) const BARE_CLAUSE_VERBS: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "insist",
    "insists",
    "insisted",
    "claim",
    "claims",
    "claimed",
    "warned",
    "warns",
    "added",
    "adds",
    "believes",
    "predicted",
    "predicts",
    "argued",
    "argues",
    "stressed",
    "maintained",
    "maintains",
    "declared",
    "conceded",
    "admitted",
    "acknowledged",
];
/// Words that open a subordinate clause, whose verb is not the main clause's.
pub(super) const SUBORDINATORS: &[&str] = &["after", "before", "when", "because", "since", "until", "while", "if", "once", "as"];
/// Words after a speech verb that show no reported clause follows.
pub(super) const NOT_A_CLAUSE_START: &[&str] = &[
    "in", "on", "at", "to", "by", "with", "for", "so", "nothing", "yes", "no", "of", "during", "after", "before", "about", "when", "as",
    "and", "or", "but", "earlier", "last", "this", "later", "while", "through", "goodbye", "sorry", "thanks",
];
/// Words that show a reported clause has begun (a subject pronoun or a finite verb).
pub(super) const CLAUSE_STARTED: &[&str] = &[
    "there", "he", "she", "it", "they", "we", "i", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
    "should", "must", "may", "might",
];
/// Words that may follow a closing attribution (`, he said on Tuesday.`), besides a day ([`is_tail_word`]).
pub(super) const TAIL_WORDS: &[&str] = &[
    "on",
    "in",
    "at",
    "after",
    "before",
    "during",
    "last",
    "this",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "later",
    "late",
    "early",
    "when",
    "while",
    "as",
    "according",
];
/// The most words of the phrases after a closing attribution (`in a statement on Tuesday`).
pub(super) const TAIL_PHRASE_WORDS: usize = 7;

/// Singular nouns of a body or a medium that news writes bare after `told` (`told parliament`, `told state
/// television`); a bare plural (`told reporters`) is whom it was told to in any case.
pub(super) const TOLD_NOUNS: &[&str] = &["parliament", "congress", "police", "staff", "television", "radio", "media", "tv"];
/// Verbs that only attribute a direct quote; they never introduce reported speech.
pub(super) const DIRECT_ONLY_VERBS: &[&str] = &[
    "asked",
    "asks",
    "ask",
    "replied",
    "replies",
    "continued",
    "wrote",
    "tweeted",
    "remarked",
    "described",
    "read",
    "reads",
    "shouted",
    "yelled",
    "screamed",
    "whispered",
    "joked",
    "quipped",
    "exclaimed",
    "muttered",
    "pleaded",
    "chanted",
    "describes",
    "branded",
];
/// Nouns and verbs that a quoted title follows (`his book, "Going Red"`, `a film called "Sicko"`).
pub(super) const TITLE_NOUNS: &[&str] = &[
    "book",
    "novel",
    "memoir",
    "film",
    "movie",
    "documentary",
    "song",
    "album",
    "single",
    "play",
    "musical",
    "poem",
    "essay",
    "article",
    "column",
    "op-ed",
    "editorial",
    "series",
    "show",
    "programme",
    "program",
    "episode",
    "podcast",
    "titled",
    "entitled",
    "called",
    "named",
    "dubbed",
    "nicknamed",
    "known",
    "codenamed",
    "code-named",
    "headlined",
    "slogan",
    "hashtag",
];
/// Words that go on with a sentence after a quote rather than being a noun the quote modifies (`'We want no deal' as rules return`).
pub(super) const LINKING_WORDS: &[&str] = &[
    "as", "and", "or", "but", "to", "in", "on", "at", "for", "from", "with", "by", "of", "after", "before", "while", "when", "if", "is",
    "was", "are", "were", "the", "a", "an", "this", "that", "over", "amid", "than", "then", "so", "not",
];
/// Auxiliary verbs, which end a subject (`Pro-Moscow leaders in Chechnya have criticised`).
pub(super) const AUXILIARIES: &[&str] =
    &["is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "did", "does"];
/// The days of the week.
pub(crate) const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
/// Days a report is dated by besides the weekdays ([`is_day`]).
const OTHER_DAYS: &[&str] = &["today", "yesterday", "week", "month", "year"];

/// Whether a word is a form of `tell`, after which comes whom it was told to.
pub(super) fn is_tell(word: &str) -> bool {
    matches!(word, "tell" | "tells" | "told")
}

/// Whether a (lower-cased) word dates a report (`said on Tuesday the company would ...`, `this week`).
pub(super) fn is_day(word: &str) -> bool {
    WEEKDAYS.contains(&word) || OTHER_DAYS.contains(&word)
}

/// Whether a (lower-cased) word may follow a closing attribution: a tail word ([`TAIL_WORDS`]) or a
/// weekday (`, officials said Tuesday.`, AP's style).
pub(super) fn is_tail_word(word: &str) -> bool {
    TAIL_WORDS.contains(&word) || WEEKDAYS.contains(&word)
}
/// Months a report is dated by (`which in May said`).
pub(crate) const MONTHS: &[&str] =
    &["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/// Whether a lowercased word is a month or its abbreviation, with or without its point (`jan.`, `sept`).
pub(crate) fn is_month(lower: &str) -> bool {
    let bare = lower.trim_end_matches('.');
    bare.len() >= 3 && MONTHS.iter().any(|month| month.starts_with(bare))
}
pub(super) const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we", "you"];
pub(crate) const DETERMINERS: &[&str] =
    &["the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "one", "another", "two", "three", "several", "some", "many"];
/// Words besides the determiners after which a verb's form is a noun (`whose state`, `every claim`).
pub(crate) const NOUN_MAKERS: &[&str] = &["whose", "my", "your", "every", "each", "no", "any", "these", "those"];
/// Forms of `be`, which make a participle after them passive.
pub(super) const BE_FORMS: &[&str] = &["be", "is", "are", "was", "were", "been", "being"];
pub(super) const ADVERBS: &[&str] = &[
    "also",
    "later",
    "then",
    "further",
    "again",
    "earlier",
    "previously",
    "however",
    "once",
    "recently",
    "repeatedly",
    "has",
    "had",
    "have",
    "would",
    "will",
    "did",
    "does",
    "do",
    "reportedly",
    "publicly",
    "separately",
    "simply",
    "only",
    "just",
];
pub(super) const PREPOSITIONS: &[&str] = &["at", "in", "of", "from", "for", "with", "on", "by", "to", "near", "outside", "inside"];
/// Words that open a subordinate clause, never a subject.
pub(crate) const CLAUSE_OPENERS: &[&str] = &[
    "when", "where", "while", "if", "as", "after", "before", "because", "although", "though", "since", "during", "asked", "once", "until",
    "and", "but", "so", "then",
];
/// Nouns for people: the heads of descriptions that come before a name (`said 24-year-old student Mary Wanjiru`)
/// or that a later sentence names (`An official ... says X.` then `Commissioner Yusuf Nzibo says ...`).
pub(crate) const PERSON_NOUNS: &[&str] = &[
    "official",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "secretary",
    "president",
    "chairman",
    "chairwoman",
    "head",
    "chief",
    "commissioner",
    "director",
    "ambassador",
    "governor",
    "mayor",
    "candidate",
    "lawyer",
    "officer",
    "executive",
    "envoy",
    "diplomat",
    "commander",
    "founder",
    "senator",
    "congressman",
    "congresswoman",
    "lawmaker",
    "representative",
    "adviser",
    "advisor",
    "aide",
    "judge",
    "prosecutor",
    "attorney",
    "economist",
    "analyst",
    "strategist",
    "general",
    "expert",
    "professor",
    "scientist",
    "researcher",
    "doctor",
    "nurse",
    "teacher",
    "student",
    "resident",
    "witness",
    "worker",
    "activist",
    "farmer",
    "owner",
    "voter",
    "protester",
    "survivor",
    "coach",
    "boss",
    "player",
    "manager",
    "engineer",
    "member",
    "supporter",
    "critic",
    "journalist",
    "reporter",
    "correspondent",
    "editor",
    "captain",
    "host",
    "pilot",
    "priest",
    "bishop",
    "imam",
    "rabbi",
    "deputy",
    "detective",
    "sheriff",
    "surgeon",
    "athlete",
    "champion",
    "veteran",
    "billionaire",
    "tycoon",
    "mogul",
    "victim",
    "citizen",
    "parent",
    "mother",
    "father",
    "wife",
    "husband",
    "daughter",
    "son",
    "sister",
    "brother",
    "friend",
    "ally",
    "loyalist",
    "confidant",
    "colleague",
    "fan",
];
/// Title abbreviations before a name (`Sen. Elizabeth Warren`), with the title a later description uses (`the senator`).
pub(super) const TITLE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("sen.", "senator"),
    ("rep.", "representative"),
    ("gov.", "governor"),
    ("gen.", "general"),
    ("pres.", "president"),
    ("sec.", "secretary"),
    ("amb.", "ambassador"),
    ("atty.", "attorney"),
    ("lt.", "lieutenant"),
    ("col.", "colonel"),
    ("supt.", "superintendent"),
];
/// How far into the next sentence a description's name may start (`IEBC Commissioner Ambassador Yusuf Nzibo`).
pub(super) const NAMED_NEXT_WITHIN: usize = 6;
pub(super) const OPEN_DOUBLE: &[char] = &['“', '„', '«'];
pub(super) const CLOSE_DOUBLE: &[char] = &['”', '»'];

/// Whether a token is the possessive ending (`'s`, `’s`, or a bare apostrophe after a plural).
pub(crate) fn is_possessive(word: &str) -> bool {
    matches!(word, "'s" | "’s" | "'" | "’")
}

/// Nouns for someone who speaks for an office, whom the next sentence may name with the office's
/// title (`An official … says. IEBC Commissioner Yusuf Nzibo says`).
pub(super) const OFFICIALS: &[&str] =
    &["official", "officials", "officer", "spokesman", "spokeswoman", "spokesperson", "aide", "diplomat", "source", "representative"];

/// Whether `word` is the title `head` (`minister`), a compound of it (`secretary-general` for `secretary`) or
/// its abbreviation (`sen.` for `senator`).
pub(super) fn is_title(word: &str, head: &str) -> bool {
    word == head
        || word.strip_prefix(head).is_some_and(|rest| rest.starts_with('-'))
        || TITLE_ABBREVIATIONS.iter().any(|&(short, title)| title == head && word == short)
}

/// Words with the endings of person nouns that name no one.
const NOT_PERSON_NOUNS: &[&str] = &[
    "after", "over", "under", "later", "never", "however", "rather", "whether", "either", "neither", "together", "other", "another",
    "further", "earlier", "former", "recent", "current", "percent", "present", "urgent",
];

/// Whether a lowercase word heads a description of a person: a listed
/// person noun, or one shaped like one (`organiser`, `campaigner`,
/// `novelist`, `historian`, `resident`), which before a name makes a title.
pub(crate) fn is_person_noun(word: &str) -> bool {
    const ENDINGS: &[&str] = &["er", "or", "ist", "ian", "ant", "ent", "man", "woman"];
    PERSON_NOUNS.contains(&word)
        || (word.len() >= 5
            && word.chars().all(|c| c.is_ascii_lowercase())
            && ENDINGS.iter().any(|e| word.ends_with(e))
            && !NOT_PERSON_NOUNS.contains(&word))
}

/// Determiners that introduce someone new (`a spokesman`, `one official`): such a description is no earlier person.
pub(super) const INDEFINITES: &[&str] = &["a", "an", "one", "another", "two", "three", "several", "some", "many"];

/// Whether a token is a double quotation mark (or a guillemet); single marks may be apostrophes.
pub(super) fn is_quote_mark(token: &str) -> bool {
    matches!(token, "\"" | "“" | "”" | "''" | "``" | "«" | "»" | "„" | "‹" | "›")
}

/// Whether a speech verb is a participle (`, saying …`, `, adding that …`), whose subject opens the sentence.
pub(super) fn is_participle(word: &str) -> bool {
    word.ends_with("ing")
}

/// Whether `word` reports speech (`said`, `told`, `warned`…), in any case.
pub(crate) fn is_speech_verb(word: &str) -> bool {
    let word = word.to_lowercase();
    SPEECH_VERBS.contains(&word.as_str()) || DIRECT_ONLY_VERBS.contains(&word.as_str())
}

#[cfg(test)]
mod tests {
    use super::is_person_noun;

    #[test]
    fn person_nouns_by_list_or_by_shape() {
        for (word, expected) in [
            ("minister", true),
            ("organiser", true),
            ("campaigner", true),
            ("novelist", true),
            ("historian", true),
            ("resident", true),
            ("later", false),
            ("however", false),
            ("percent", false),
            ("Organiser", false),
            ("her", false),
        ] {
            assert_eq!(is_person_noun(word), expected, "{word}");
        }
    }
}
