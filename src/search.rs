//! Name search for the desk: every keystroke searches, so it runs on an in-memory index of
//! folded words rather than on SQL `LIKE`.
//!
//! A query is split into terms; a person matches when every term matches the start of one of
//! their words (first name, last name, company, email), ignoring case and accents, or — for
//! terms of four letters or more — is one typo away from such a start. Exact words rank above
//! prefixes, prefixes above typos, and names above company and email.

use std::collections::HashMap;

use serde::Serialize;

use crate::store::{SearchRow, Store, StoreError};
use crate::text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Name,
    Company,
    Email,
}

impl Field {
    fn weight(self) -> u32 {
        match self {
            Field::Name => 4,
            Field::Company => 2,
            Field::Email => 1,
        }
    }
}

const EXACT: u32 = 100;
const PREFIX: u32 = 60;
const ONE_TYPO: u32 = 20;
/// Shorter terms with a typo allowed would match half the list.
const MIN_TYPO_TERM: usize = 4;

/// The first word of a first name, and the words of the last name.
type NameWords = (Box<str>, Box<[Box<str>]>);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Hit {
    pub id: i64,
    pub score: u32,
}

/// The words to search, sorted, each with the people who have it.
pub struct SearchIndex {
    ids: Vec<i64>,
    sort_names: Vec<String>,
    /// Each person's first word of the first name and the words of the last name, folded,
    /// to prefer "first last" read in that order.
    names: Vec<NameWords>,
    words: Vec<String>,
    postings: Vec<Vec<(u32, Field)>>,
}

/// One person's searchable text.
pub struct Searchable<'a> {
    pub id: i64,
    pub first_name: &'a str,
    pub last_name: &'a str,
    pub display_name: &'a str,
    pub company: &'a str,
    pub email: &'a str,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("people", &self.ids.len())
            .field("words", &self.words.len())
            .finish()
    }
}

impl SearchIndex {
    pub fn build<'a>(people: impl IntoIterator<Item = Searchable<'a>>) -> SearchIndex {
        let mut word_ids: HashMap<String, u32> = HashMap::new();
        let mut postings: Vec<Vec<(u32, Field)>> = Vec::new();
        let mut ids = Vec::new();
        let mut sort_names = Vec::new();
        let mut names = Vec::new();
        let mut folded = String::new();
        for (index, person) in people.into_iter().enumerate() {
            let index = index as u32;
            ids.push(person.id);
            sort_names.push(text::fold(person.display_name));
            let first = text::fold(person.first_name);
            let last = text::fold(person.last_name);
            names.push((
                text::words(&first).next().unwrap_or_default().into(),
                text::words(&last).map(Box::from).collect(),
            ));
            for (value, field) in [
                (person.first_name, Field::Name),
                (person.last_name, Field::Name),
                (person.display_name, Field::Name),
                (person.company, Field::Company),
                (person.email, Field::Email),
            ] {
                folded.clear();
                folded.push_str(&text::fold(value));
                for word in text::words(&folded) {
                    let next = postings.len() as u32;
                    let word_id = *word_ids.entry(word.to_string()).or_insert(next);
                    if word_id == next {
                        postings.push(Vec::new());
                    }
                    let list = &mut postings[word_id as usize];
                    if list.last() != Some(&(index, field)) {
                        list.push((index, field));
                    }
                }
            }
        }
        // Sorted words let a prefix be found by binary search.
        let mut sorted: Vec<(String, u32)> = word_ids.into_iter().collect();
        sorted.sort_unstable();
        let mut taken: Vec<Option<Vec<(u32, Field)>>> = postings.into_iter().map(Some).collect();
        let (words, postings) = sorted
            .into_iter()
            .map(|(word, id)| (word, taken[id as usize].take().unwrap_or_default()))
            .unzip();
        SearchIndex {
            ids,
            sort_names,
            names,
            words,
            postings,
        }
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The best `limit` matches, best first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let folded = text::fold(query);
        let terms: Vec<&str> = text::words(&folded).collect();
        if terms.is_empty() || self.ids.is_empty() {
            return Vec::new();
        }
        let mut total = vec![0u32; self.ids.len()];
        let mut matched = vec![0u8; self.ids.len()];
        let mut best = vec![0u32; self.ids.len()];
        for (term_index, term) in terms.iter().enumerate().take(u8::MAX as usize) {
            best.iter_mut().for_each(|b| *b = 0);
            self.score_term(term, &mut best);
            for (person, &score) in best.iter().enumerate() {
                if score > 0 && matched[person] as usize == term_index {
                    matched[person] += 1;
                    total[person] += score;
                }
            }
        }
        let needed = terms.len().min(u8::MAX as usize) as u8;
        let mut hits: Vec<(u32, u32)> = (0..self.ids.len() as u32)
            .filter(|&p| matched[p as usize] == needed)
            .map(|p| (total[p as usize] + self.in_order_bonus(p, &terms), p))
            .collect();
        let order = |a: &(u32, u32), b: &(u32, u32)| {
            b.0.cmp(&a.0)
                .then_with(|| self.sort_names[a.1 as usize].cmp(&self.sort_names[b.1 as usize]))
        };
        if hits.len() > limit && limit > 0 {
            hits.select_nth_unstable_by(limit - 1, order);
            hits.truncate(limit);
        }
        hits.sort_unstable_by(order);
        hits.truncate(limit);
        hits.into_iter()
            .map(|(score, p)| Hit {
                id: self.ids[p as usize],
                score,
            })
            .collect()
    }

    /// "kar eri" is Karin Eriksson before Erik Karlsson: the first term starts the first
    /// name and the last term starts a word of the last name.
    fn in_order_bonus(&self, person: u32, terms: &[&str]) -> u32 {
        let (Some(first_term), Some(last_term)) = (terms.first(), terms.last()) else {
            return 0;
        };
        if terms.len() < 2 {
            return 0;
        }
        let (first, last) = &self.names[person as usize];
        let in_order =
            first.starts_with(first_term) && last.iter().any(|w| w.starts_with(last_term));
        if in_order { PREFIX } else { 0 }
    }

    /// Writes into `best` each person's best score for one term.
    fn score_term(&self, term: &str, best: &mut [u32]) {
        let start = self.words.partition_point(|w| w.as_str() < term);
        for (offset, word) in self.words[start..].iter().enumerate() {
            if !word.starts_with(term) {
                break;
            }
            let kind = if word.len() == term.len() {
                EXACT
            } else {
                PREFIX
            };
            self.credit(start + offset, kind, best);
        }
        if term.chars().count() >= MIN_TYPO_TERM {
            for (index, word) in self.words.iter().enumerate() {
                if !word.starts_with(term) && within_one_edit_of_a_prefix(term, word) {
                    self.credit(index, ONE_TYPO, best);
                }
            }
        }
    }

    fn credit(&self, word_index: usize, kind: u32, best: &mut [u32]) {
        for &(person, field) in &self.postings[word_index] {
            let score = kind * field.weight();
            let slot = &mut best[person as usize];
            *slot = (*slot).max(score);
        }
    }
}

/// Whether some prefix of `word` is one substitution, insertion, deletion or swap of two
/// neighbouring letters away from `term`.
fn within_one_edit_of_a_prefix(term: &str, word: &str) -> bool {
    let t = term.as_bytes();
    let w = word.as_bytes();
    let common = t.iter().zip(w).take_while(|(a, b)| a == b).count();
    if common == t.len() {
        return true;
    }
    let (t_rest, w_rest) = (&t[common..], &w[common.min(w.len())..]);
    let is_prefix = |a: &[u8], b: &[u8]| b.starts_with(a);
    // substitution, extra letter typed, letter left out, two letters swapped
    (!w_rest.is_empty() && is_prefix(&t_rest[1..], &w_rest[1..]))
        || is_prefix(&t_rest[1..], w_rest)
        || (!w_rest.is_empty() && is_prefix(t_rest, &w_rest[1..]))
        || (t_rest.len() >= 2
            && w_rest.len() >= 2
            && t_rest[0] == w_rest[1]
            && t_rest[1] == w_rest[0]
            && is_prefix(&t_rest[2..], &w_rest[2..]))
}

impl<'a> From<&'a SearchRow> for Searchable<'a> {
    fn from(row: &'a SearchRow) -> Searchable<'a> {
        Searchable {
            id: row.id,
            first_name: &row.first_name,
            last_name: &row.last_name,
            display_name: &row.display_name,
            company: &row.company,
            email: &row.email,
        }
    }
}

impl Store {
    /// Builds the search index over everyone in the database.
    pub fn search_index(&self) -> Result<SearchIndex, StoreError> {
        let rows = self.search_rows()?;
        Ok(SearchIndex::build(rows.iter().map(Searchable::from)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(people: &[(&str, &str, &str, &str)]) -> SearchIndex {
        let names: Vec<String> = people.iter().map(|p| format!("{} {}", p.0, p.1)).collect();
        SearchIndex::build(
            people
                .iter()
                .zip(&names)
                .enumerate()
                .map(|(i, (p, name))| Searchable {
                    id: i as i64 + 1,
                    first_name: p.0,
                    last_name: p.1,
                    display_name: name,
                    company: p.2,
                    email: p.3,
                }),
        )
    }

    fn ids(hits: Vec<Hit>) -> Vec<i64> {
        hits.into_iter().map(|h| h.id).collect()
    }

    fn sample() -> SearchIndex {
        index(&[
            ("Clément", "Calauzènes", "Criteo", "clement@example.org"),
            ("Björn", "Öberg", "Spotify", "bjorn@example.org"),
            ("Henrik", "Søndergaard", "Chalmers", "henrik@example.com"),
            ("Anna", "Andersson", "Spotify", "anna.a@example.com"),
            ("Anna", "Andersson", "Klarna", "anna.b@example.net"),
            ("François", "Pachet", "Spotify", "francois@example.org"),
        ])
    }

    #[test]
    fn accents_and_case_do_not_matter() {
        let index = sample();
        assert_eq!(ids(index.search("clement", 5)), vec![1]);
        assert_eq!(ids(index.search("OBERG", 5)), vec![2]);
        assert_eq!(ids(index.search("sondergaard", 5)), vec![3]);
    }

    #[test]
    fn every_term_must_match_a_word_start() {
        let index = sample();
        assert_eq!(ids(index.search("fra pac", 5)), vec![6]);
        assert_eq!(ids(index.search("anna klarna", 5)), vec![5]);
        assert!(
            index.search("ett", 5).is_empty(),
            "inside a word is not a word start"
        );
    }

    #[test]
    fn one_typo_is_forgiven_in_longer_terms() {
        let index = sample();
        assert_eq!(ids(index.search("pahcet", 5)), vec![6]);
        assert_eq!(ids(index.search("sondregaard", 5)), vec![3]);
        assert_eq!(ids(index.search("calauzenez", 5)), vec![1]);
        assert!(
            index.search("pxxcet", 5).is_empty(),
            "two typos are too many"
        );
    }

    #[test]
    fn first_name_then_last_name_ranks_first() {
        let index = index(&[("Erik", "Karlsson", "", ""), ("Karin", "Eriksson", "", "")]);
        assert_eq!(ids(index.search("kar eri", 5)), vec![2, 1]);
        assert_eq!(ids(index.search("eri kar", 5)), vec![1, 2]);
    }

    #[test]
    fn names_rank_above_companies() {
        let index = index(&[
            ("Ada", "Spotify", "Acme", ""),
            ("Bo", "Berg", "Spotify", ""),
        ]);
        assert_eq!(ids(index.search("spotify", 5)), vec![1, 2]);
    }

    #[test]
    fn edit_distance_on_prefixes() {
        assert!(within_one_edit_of_a_prefix("pahc", "pachet"));
        assert!(within_one_edit_of_a_prefix("pacx", "pachet"));
        assert!(within_one_edit_of_a_prefix("pacht", "pachet"));
        assert!(within_one_edit_of_a_prefix("paachet", "pachet"));
        assert!(!within_one_edit_of_a_prefix("pxxh", "pachet"));
    }
}
