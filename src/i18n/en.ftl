# kvalitet's messages in English: the source of the wording.
#
# Every message here has a Danish twin with the same id and the same variables in
# da.ftl (a test holds the two together). Ids are kebab-case and begin with the part of
# the pipeline that uses them; a rule's messages begin with its code (`ks131-…`).
# Messages are lowercase with no final period, as diagnostics are written.
# A `{"{"}` writes a literal brace.

## Shared phrases

## Syntax (src/syntax)

syntax-unreadable-here = could not read the file here
syntax-unreadable-here-help = check the braces and quotes around this place
syntax-proposal-without-statement = `forslag:` is followed by no statement
syntax-proposal-without-statement-label = marks nothing
syntax-proposal-without-statement-help = write `forslag:` before the keyword of what is proposed (`forslag: omfang {"{"} … {"}"}`) or before its value (`afgørelse forslag: 10 hverdage efter ansøgning`)
syntax-proposal-twice = `{ $keyword }` is marked `forslag:` twice
syntax-proposal-twice-label = the second mark
syntax-proposal-twice-first = the first mark
syntax-proposal-twice-help = keep one of them: a statement is a proposal once
syntax-nested-too-deeply = blocks are nested more than { $depth } deep
syntax-nested-too-deeply-label = this block is not read
syntax-nested-too-deeply-help = a standard needs a few levels: kvalitetsstandard, indsats, section, complaint route, contact
syntax-detached-block = this `{"{"}` belongs at the end of the line of `{ $keyword }`
syntax-detached-block-label = a block opens on the line of its keyword
syntax-detached-block-statement = the statement it opens
syntax-detached-block-help = move `{"{"}` up to the end of the line `{ $keyword }`
syntax-expected-keyword = expected a keyword, found { $found }
syntax-found-character = `{ $character }`
syntax-block-without-keyword-label = this block belongs to no statement
syntax-block-without-keyword-help = a block opens at the end of its keyword's line: `omfang {"{"}`
syntax-unmatched-brace = this `{"}"}` closes nothing
syntax-unmatched-brace-label = no `{"{"}` before it is open
syntax-unmatched-brace-help = remove it, or add the `{"{"}` it belongs to
syntax-unclosed-block = this block is never closed
syntax-unclosed-block-label = this `{"{"}` has no matching `{"}"}`
syntax-unclosed-block-help = add `{"}"}` where the block ends
syntax-unterminated-text-block = this text block is never closed
syntax-unterminated-text-block-label = opened here
syntax-unterminated-text-block-help = end the text with `"""` on a line of its own
syntax-found-code-point = the character U+{ $code_point }
syntax-found-end-of-line = the end of the line
syntax-expected-keyword-label = a line must start with a keyword such as `formål` or `telefon`
syntax-bullet-list-help = bullet lists go inside a text block: `tekst """` … `- punkt` … `"""`
syntax-numbered-list-help = numbered lists go inside a text block: `tekst """` … `1. punkt` … `"""`
syntax-unreadable-line = could not read this line
syntax-unreadable-line-help = a statement is a keyword, its values, and an optional `{"{"} … {"}"}` block
syntax-unterminated-string = this string is never closed
syntax-unterminated-string-label = the text from here to the end of the line has no closing `"`
syntax-unterminated-string-help = add `"` at the end of the text; for text over several lines use `"""`
syntax-not-utf8 = this file is not UTF-8 text: byte { $offset } is not valid UTF-8
syntax-not-utf8-utf16 = this file is not UTF-8 text: byte { $offset } is not valid UTF-8; it looks like UTF-16 (it starts with a UTF-16 byte order mark)
syntax-not-utf8-windows-1252 = this file is not UTF-8 text: byte { $offset } is not valid UTF-8; it looks like Windows-1252 ("ANSI"), where æ, ø and å are one byte each
syntax-not-utf8-label = the first byte that is not UTF-8
syntax-not-utf8-help = open the file and save it again as UTF-8 text (in Word: Gem som → Almindelig tekst → Unicode (UTF-8))

## Lowering (src/lower)

## Resolving (src/resolve)

resolve-unknown-body = `{ $body }` is not a body in the registry
resolve-did-you-mean = did you mean `{ $word }`?
resolve-known-bodies = the registry knows { $bodies }
resolve-unknown-reference = `{ $name }` is neither a contact in this standard nor a known body
resolve-unknown-reference-label = unknown name
resolve-unknown-reference-help = define it with `kontakt { $name } "…" {"{"} … {"}"}`, or write plain text in quotes
resolve-no-law = `{ $reference }` names no law
resolve-no-law-label = which law?
resolve-no-law-help-none = name the law, as in `SEL § 86 stk. 1`; a paragraph alone is read as one of the law the `lovgrundlag` names, and this standard's names none
resolve-no-law-help-several = name the law: the `lovgrundlag` names { $laws }, so a paragraph alone could be of either
resolve-and = { $first } and { $rest }

## Checking and suppressions (src/check, not the rules)

check-missing-in-excerpt = { $message } in this excerpt; it may be in the part of the source that is not transcribed
check-excerpt-label = the file holds only part of its source
check-scope-indsats = indsats "{ $title }"
check-scope-summary = the summary
check-scope-standard = the standard
check-named-here = named here
check-named-in-contact-unit = named in the contact's enhed
check-named-in-contact-name = named in the contact's name
check-named-in-heading = named in the heading
check-named-in-text = named in the text
check-named-in-note = named in the note
check-successor-handles-complaints = { $successor } handles these complaints from { $until }
check-successor-took-over = { $successor } took over on { $until }
check-successor-ceased = it ceased on { $until }
check-successor-source = { $help } (source: { $source })
check-successor-note = { $help }; { $note }
check-successor-passed-on = { $help }; by { $today } the task had passed on to { $successor }
check-successor-fix = replace `{ $written }` with `{ $replacement }` ({ $successor } holds the task)
check-suppression-expected-tillad = expected `tillad` after `kvalitet:`, found { $found }
check-suppression-found-nothing = nothing
check-suppression-found-word = `{ $word }`
check-suppression-about-suppressions = `{ $code }` ({ $name }) is about suppressions and cannot itself be suppressed
check-suppression-language-error = `{ $code }` is a language error and cannot be suppressed
check-suppression-unknown-code = `{ $code }` is not the code or name of a rule
check-suppression-no-rule = the suppression names no rule to allow
check-suppression-unclosed-reason = the reason has no closing quote

## Rules (src/check/rules)

## Files, formatting and fixes (src/lib.rs, src/cli, src/format, src/fix)

file-internal-error = kvalitet failed on this file: { $what }
file-unknown-failure = an unknown failure
file-bug-help = this is a bug in kvalitet; please report it with this file
file-unreadable = cannot read this file: { $error }
file-unreadable-help = check that the file exists and that you may read it
format-failed = kvalitet failed on this file while formatting it
format-changed-meaning = the formatter would have changed what this file says, so it was not formatted
fix-replace = replace `{ $written }` with `{ $replacement }`

## Output for people (src/diag/render.rs, src/emit, src/cli)

output-at = at { $place }
output-line-too-long = at { $place } (the line has { $length } characters, too many to show)
output-fix-available = fix available: { $title } — run with --fix
output-unsafe-fix-available = unsafe fix available: { $title } — run with --unsafe-fixes
output-checked-clean = checked { $files ->
    [one] 1 file
   *[other] { $files } files
}: no problems found
output-checked = checked { $files ->
    [one] 1 file
   *[other] { $files } files
}: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}, { $advice } advice
output-fixable-unsafe = { $count ->
    [one] 1 finding
   *[other] { $count } findings
} can be fixed with --unsafe-fixes, after review (--diff shows the changes without writing them)
output-fixable-safe = { $count ->
    [one] 1 finding
   *[other] { $count } findings
} can be fixed with --fix (--diff shows the changes without writing them)
output-fixable-both = { $count ->
    [one] 1 finding
   *[other] { $count } findings
} can be fixed with --fix, { $more } more with --unsafe-fixes (--diff shows the changes without writing them)
output-fixed = fixed { $fixed ->
    [one] 1 finding
   *[other] { $fixed } findings
}, { $remaining ->
    [0] none remain
    [one] 1 remains
   *[other] { $remaining } remain
}
output-fixed-more-unsafe = fixed { $fixed ->
    [one] 1 finding
   *[other] { $fixed } findings
}, { $remaining ->
    [0] none remain
    [one] 1 remains
   *[other] { $remaining } remain
} ({ $unsafe_fixable } fixable with --unsafe-fixes)
output-help = help: { $help }
severity-error = error
severity-warning = warning
severity-advice = advice
draft-wrote = wrote { $target }: the draft for { $year }, from { $from }
draft-nothing-to-do = nothing left to do that kvalitet can see
draft-to-do = to do before the draft is approved ({ $count }):
draft-fix = fix: { $title } ({ $command })
