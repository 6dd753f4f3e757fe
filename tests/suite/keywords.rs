//! The schema is the only list of the language's keywords: every keyword in
//! `src/schema/table.rs` is tried in the place it belongs, twice where it may stand
//! once, with a block where it takes none, misspelt, and in a place where it does not
//! belong; the lowering must agree with the table each time. The files are built from
//! the table alone (a place is reached by the keywords that open it), so a keyword
//! added to the table is tested here without an edit.

use kvalitet::check::Options;
use kvalitet::diag::codes;
use kvalitet::model::values::Date;
use kvalitet::schema::{Block, Keyword, Place, Repeat, PLACES};
use kvalitet::source::SourceFile;

/// The lines that open `place`, from the top of a file: each the example of a keyword
/// whose block is that place (or `keyword {`), found breadth first. A place that no
/// keyword opens (its keywords stand in the places that include it) is reached through
/// the first place that includes it.
fn path_to(place: Place) -> Vec<String> {
    let targets: Vec<Place> = std::iter::once(place)
        .chain(
            PLACES
                .iter()
                .filter(|p| p.includes.contains(&place))
                .map(|p| p.place),
        )
        .collect();
    let mut paths: Vec<(Place, Vec<String>)> = vec![(Place::File, Vec::new())];
    let mut next = 0;
    while let Some((at, path)) = paths.get(next).cloned() {
        next += 1;
        if targets.contains(&at) {
            return path;
        }
        for keyword in at.allowed() {
            let Some(inner) = keyword.block.place() else {
                continue;
            };
            if paths.iter().any(|(p, _)| *p == inner) {
                continue;
            }
            let mut longer = path.clone();
            longer.push(opening(keyword));
            paths.push((inner, longer));
        }
    }
    panic!("{place:?} cannot be reached from the top of a file");
}

/// The keyword's example as a line that opens its block.
fn opening(keyword: &Keyword) -> String {
    if keyword.example.ends_with('{') {
        keyword.example.to_owned()
    } else {
        format!("{} {{", keyword.word)
    }
}

/// `lines` put inside `place`, with every block closed.
fn file(place: Place, lines: &[String]) -> String {
    let path = path_to(place);
    let mut text = String::new();
    for line in &path {
        text.push_str(line);
        text.push('\n');
    }
    for line in lines {
        text.push_str(line);
        text.push('\n');
    }
    for _ in &path {
        text.push_str("}\n");
    }
    // A place inside a `kvalitetsstandard` needs nothing else; the top of a file needs
    // a standard only if the lines hold none.
    text
}

/// The keyword's example as a whole statement (its block closed).
fn statement(keyword: &Keyword) -> String {
    if keyword.example.ends_with('{') {
        format!("{}\n}}", keyword.example)
    } else {
        keyword.example.to_owned()
    }
}

/// The codes of the diagnostics of `text`.
fn codes_of(text: &str) -> Vec<(String, String)> {
    let options = Options::new(Date::ymd(2026, 11, 23));
    let compiled = kvalitet::compile(SourceFile::new("schema.kvs", text.to_owned()), &options);
    compiled
        .diagnostics
        .iter()
        .map(|d| {
            let help = d.help.as_ref().map(|h| h.en()).unwrap_or_default();
            (d.code.to_owned(), format!("{} ({help})", d.message.en()))
        })
        .collect()
}

fn every_keyword() -> impl Iterator<Item = &'static Keyword> {
    PLACES.iter().flat_map(|place| place.keywords.iter())
}

#[test]
fn every_keyword_is_read_where_it_belongs() {
    for keyword in every_keyword() {
        let text = file(keyword.place, &[statement(keyword)]);
        let found = codes_of(&text);
        let wrong: Vec<_> = found
            .iter()
            .filter(|(code, _)| {
                [
                    codes::UNKNOWN_KEYWORD,
                    codes::MISPLACED_KEYWORD,
                    codes::SYNTAX_ERROR,
                    codes::EXPECTED_KEYWORD,
                    codes::BLOCK_SHAPE,
                    codes::MISSING_VALUE,
                    codes::UNEXPECTED_VALUE,
                ]
                .contains(&code.as_str())
            })
            .collect();
        assert!(
            wrong.is_empty(),
            "`{}` in {:?} gave {wrong:?} for\n{text}",
            keyword.word,
            keyword.place
        );
    }
}

#[test]
fn a_keyword_that_stands_once_is_reported_the_second_time() {
    for keyword in every_keyword() {
        let text = file(keyword.place, &[statement(keyword), statement(keyword)]);
        let repeated = codes_of(&text)
            .iter()
            .filter(|(code, _)| code == codes::REPEATED_FIELD)
            .count();
        let expected = usize::from(keyword.repeat == Repeat::Once && keyword.place != Place::File);
        assert_eq!(
            repeated, expected,
            "`{}` in {:?} twice gave {repeated} repeat findings; the schema says {:?}\n{text}",
            keyword.word, keyword.place, keyword.repeat
        );
    }
}

#[test]
fn a_block_is_reported_where_the_schema_allows_none_and_missing_where_it_requires_one() {
    for keyword in every_keyword() {
        let (text, expected) = match keyword.block {
            Block::None => (
                file(keyword.place, &[format!("{} {{\n}}", keyword.example)]),
                true,
            ),
            Block::Required(_) => (
                file(
                    keyword.place,
                    &[keyword.example.trim_end_matches('{').trim_end().to_owned()],
                ),
                true,
            ),
            Block::Optional(_) => continue,
        };
        let found = codes_of(&text);
        let shape = found.iter().any(|(code, _)| code == codes::BLOCK_SHAPE);
        assert_eq!(
            shape, expected,
            "`{}` in {:?} ({:?}) gave {found:?}\n{text}",
            keyword.word, keyword.place, keyword.block
        );
    }
}

#[test]
fn a_misspelt_keyword_gets_a_suggestion() {
    for keyword in every_keyword() {
        // Doubling the last letter is one edit away from the keyword.
        let last = keyword.word.chars().last().expect("a keyword has letters");
        let misspelt = format!("{}{last}", keyword.word);
        let line = statement(keyword).replacen(keyword.word, &misspelt, 1);
        let text = file(keyword.place, &[line]);
        let found = codes_of(&text);
        let wanted = format!("did you mean `{}`?", keyword.word);
        assert!(
            found.iter().any(|(_, message)| message.contains(&wanted)),
            "`{misspelt}` in {:?} gave {found:?}\n{text}",
            keyword.place
        );
    }
}

#[test]
fn a_keyword_out_of_place_says_where_it_belongs() {
    for keyword in every_keyword() {
        // The contact block holds no keyword of another place; a contact's own
        // keywords are tried in `målgruppe`.
        let elsewhere = if Place::Contact.keyword(keyword.word).is_none() {
            Place::Contact
        } else {
            Place::Målgruppe
        };
        let text = file(elsewhere, &[statement(keyword)]);
        let found = codes_of(&text);
        let home = keyword.place.spec().home;
        assert!(
            found
                .iter()
                .any(|(code, message)| code == codes::MISPLACED_KEYWORD && message.contains(home)),
            "`{}` in {elsewhere:?} gave {found:?}; it belongs in {home}\n{text}",
            keyword.word
        );
    }
}

/// `forslag:` fits every keyword: written before the keyword or right after it, it
/// makes the statement one proposal, and the statement reads as it does without the
/// mark (the same diagnostics, and the rule that reports proposals). On the standard
/// itself and on the lines of its header, which describe the document, it is `KS016`.
#[test]
fn every_keyword_can_be_proposed_unless_it_describes_the_document() {
    let options = Options::new(Date::ymd(2026, 11, 23));
    let compile =
        |text: &str| kvalitet::compile(SourceFile::new("schema.kvs", text.to_owned()), &options);
    let codes = |compiled: &kvalitet::Compiled, without: &str| {
        let mut codes: Vec<&str> = compiled
            .diagnostics
            .iter()
            .map(|d| d.code)
            .filter(|code| *code != without)
            .collect();
        codes.sort_unstable();
        codes
    };
    let proposal = kvalitet::check::codes::UNDECIDED_PROPOSAL.code;
    for keyword in every_keyword() {
        let header = keyword.place == Place::File
            || (keyword.place == Place::Standard
                && !["resumé", "indsats", "kontakt"].contains(&keyword.word));
        let plain = compile(&file(keyword.place, &[statement(keyword)]));
        let before = format!("forslag: {}", statement(keyword));
        let after =
            statement(keyword).replacen(keyword.word, &format!("{} forslag:", keyword.word), 1);
        for line in [before, after] {
            let text = file(keyword.place, &[line]);
            let marked = compile(&text);
            let proposals: Vec<&str> = marked
                .standard
                .iter()
                .flat_map(|s| s.proposals.iter())
                .map(|p| p.keyword.as_str())
                .collect();
            if header {
                // A language error: the rules do not run, so only the language's codes
                // are compared.
                let language = |found: Vec<&'static str>| -> Vec<&'static str> {
                    found
                        .into_iter()
                        .filter(|c| codes::find(c).is_some())
                        .collect()
                };
                assert_eq!(
                    language(codes(&marked, codes::MISPLACED_PROPOSAL)),
                    language(codes(&plain, "")),
                    "`{}` in {:?}\n{text}",
                    keyword.word,
                    keyword.place
                );
                assert!(
                    marked
                        .diagnostics
                        .iter()
                        .any(|d| d.code == codes::MISPLACED_PROPOSAL),
                    "`{}` in {:?} may not be proposed, but was\n{text}",
                    keyword.word,
                    keyword.place
                );
                assert!(proposals.is_empty(), "{proposals:?}\n{text}");
            } else {
                assert_eq!(
                    codes(&marked, proposal),
                    codes(&plain, ""),
                    "`{}` in {:?} reads otherwise when proposed\n{text}",
                    keyword.word,
                    keyword.place
                );
                assert_eq!(proposals, [keyword.word], "{text}");
            }
        }
    }
}
