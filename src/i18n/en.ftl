# kvalitet's messages in English: the source of the wording.
#
# Every message here has a Danish twin with the same id and the same variables in
# da.ftl (a test holds the two together). Ids are kebab-case and begin with the part of
# the pipeline that uses them; a rule's messages begin with its code (`ks131-…`).
# Messages are lowercase with no final period, as diagnostics are written.
# A `{"{"}` writes a literal brace.

## Shared phrases

# src/model/reference_date.rs: the date a standard speaks for, in words
date-approved = approved { $date }
date-dated = dated { $date }
date-valid-from = valid from { $date }
date-for-year = for { $year }
date-undated = undated, so judged at { $date }

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

# src/lower/mod.rs
lower-second-standard = a file holds one kvalitetsstandard, this is the second
lower-second-standard-first = the first is here
lower-second-standard-help = put each standard in a file of its own
lower-no-standard = this file holds no kvalitetsstandard
lower-no-standard-help = start the file with `kvalitetsstandard "Titel" {"{"}` and end it with `{"}"}`
lower-title-of-standard = a kvalitetsstandard
lower-name-municipality = a municipality name
lower-after-date = the date
lower-after-resume-heading = the heading of `resumé`
lower-undated-but-dated = the standard is marked `udateret` but gives a date
lower-undated-but-dated-label = a date
lower-undated-but-dated-help = remove `udateret`, or the date if the document does not carry it
lower-title-of-indsats = an indsats
lower-needs-title = { $what } needs a title
lower-needs-title-help = write the title in quotes: `{ $keyword } "{ $example }" {"{"}`
lower-after-title = the title
lower-expected-approving-body = expected the approving body in quotes after `af`
lower-approval-help = write `godkendt 2024-02-06 af "Social- og Sundhedsudvalget"`
lower-approval-needs-value = `godkendt` needs a date or a body
lower-after-approval = the approval
lower-after-period = the period
lower-after-revision = the revision cadence
lower-expected-year = expected a year such as `2024`, found { $found }
lower-expected-year-help = write the year the standard is for: `år 2024`
lower-after-year = the year
lower-after-kommunekode = the kommunekode
lower-invalid-kommunekode = a kommunekode has 3 digits
lower-invalid-kommunekode-help = write the code from Danmarks Statistik, such as `kommunekode 161`
lower-needs-name = `{ $keyword }` needs { $what }
lower-needs-name-help = write `{ $keyword } …` with { $what }
lower-one-name = `{ $keyword }` takes one name
lower-one-name-help = quote the whole name, or write it without quotes
lower-lovgrundlag-needs-reference = `lovgrundlag` needs a law reference
lower-lovgrundlag-help = write `lovgrundlag SEL § 86 stk. 1`
lower-after-law-reference = the law reference
lower-unexpected-value-help-proposal = `forslag:` stands before the keyword or right after it, before the values: `afgørelse forslag: 10 hverdage efter ansøgning`
lower-unexpected-value-help-keyword = start each statement on a line of its own, or separate them with `;`
lower-unexpected-value-help = remove it, or put text in quotes on a `tekst` line
lower-unexpected-value = unexpected `{ $written }` after { $after }
lower-unexpected-value-label = not part of the value
lower-needs-block = `{ $keyword }` needs a `{"{"} … {"}"}` block
lower-needs-block-help = write `{ $keyword } … {"{"}` and close the block with `{"}"}`
lower-no-block = `{ $keyword }` cannot have a block
lower-no-block-label = this keyword takes values only
lower-no-block-help = write the values on the same line as the keyword
lower-misplaced-keyword = `{ $keyword }` cannot stand { $place }
lower-misplaced-keyword-label = misplaced
lower-misplaced-keyword-help = `{ $keyword }` belongs in { $home }
lower-unknown-keyword = unknown keyword `{ $keyword }` { $place }
lower-unknown-keyword-label = not a keyword here
lower-did-you-mean = did you mean `{ $word }`?
lower-keywords-here = the keywords here are { $keywords }
lower-invalid-choice = { $what } takes { $choices }, not `{ $found }`
lower-write-choices = write { $choices }
lower-missing-choice = { $what } needs { $choices }
lower-quoted = `{ $text }`
lower-list-comma = { $list }, { $item }
lower-list-or = { $list } or { $last }
lower-repeated-field = `{ $keyword }` is given twice
lower-repeated-field-label = first given here
lower-repeated-field-help = `{ $keyword }` holds one value; keep one of them
# src/lower/keywords.rs: the places of the schema (src/schema/table.rs), in a phrase
# and as where a keyword belongs
lower-place-in = in `{ $keyword }`
lower-place-file = at the top of the file
lower-place-standard = in a kvalitetsstandard
lower-place-indsats = in an indsats
lower-place-section = in a section
lower-place-route = in a complaint route
lower-place-contact = in a `kontakt`
lower-home-block = `{ $keyword } {"{"} … {"}"}`
lower-home-file = the top of the file
lower-home-indsats = an `indsats`
lower-home-sections = a `kvalitetsstandard` or an `indsats`
lower-home-section = a section
lower-home-scope = `omfang {"{"} … {"}"}` or a `pakke`
lower-home-pakke = a `pakke`
lower-home-route = a complaint route such as `klage {"{"} afgørelse {"{"} … {"}"} {"}"}`
lower-home-contact = `kontakt navn "Navn" {"{"} … {"}"}`
# src/lower/literal.rs
lower-not-danish-number = `{ $number }.{ $decimals }` is not a Danish number
lower-not-danish-number-label = `.` separates thousands
lower-not-danish-number-help = write a decimal with a comma, `{ $number },{ $decimals }`; `.` only separates groups of three digits, as in `1.250`
lower-expected-range = expected a number or a range, found { $found }
lower-expected-range-help = write a number or a range such as `21`, `1-2`, `op til 21` or `mindst 6`
lower-range-bounds-help-mellem = write both bounds: `mellem 2 og 4`
lower-range-bounds-help-fra = write both bounds: `fra 2 til 4` or `fra to og op til seks`
lower-range-upper-bound = expected the upper bound of the range, found { $found }
lower-range-starts-with = a range that starts with `{ $word }`
lower-found-text-block = a text block
lower-found-text = the text "{ $text }"
lower-found-value = `{ $value }`
lower-found-nothing = nothing
lower-expected-duration = expected a duration, found { $found }
lower-expected-duration-help = write a number and a unit, such as `10 hverdage`, `4 uger` or `45 min`
lower-expected-time-unit = expected a unit of time, found { $found }
lower-expected-time-unit-label = this number needs a unit
lower-expected-time-unit-help = units are hverdage, kalenderdage, dage, uger, måneder, år, timer and min
lower-expected-frequency-help = write how many times per period, such as `2 gange om ugen`
lower-expected-period = expected a period such as `om ugen` or `ugentligt`, found { $found }
lower-expected-period-label = how many times, but per what?
lower-expected-period-help = write the period: `om ugen`, `ugentligt`, `pr. måned`, `dagligt` or `årligt`
lower-expected-amount = expected an amount in kroner, found { $found }
lower-expected-amount-help = write an amount such as `0 kr`, `173 kr pr. dag` or `gratis`
lower-expected-kr = expected `kr` after the amount, found { $found }
lower-expected-kr-label = an amount, but of what?
lower-expected-kr-help = amounts are in kroner: `173 kr`
lower-phone-not-danish = only Danish numbers (+45) can be checked
lower-phone-not-danish-help = write the 8-digit Danish number, such as `33 41 12 00`
lower-expected-phone = expected a phone number, found { $found }
lower-expected-phone-help = write the 8-digit number, such as `43 23 66 90`
lower-phone-digits = a Danish phone number has 8 digits, this has { $digits }
lower-phone-digits-label = { $digits } digits
lower-phone-digits-help = check the number against the source; Danish numbers have 8 digits, such as `43 23 66 90`
lower-expected-email = expected an e-mail address
lower-email-help = write an address such as `visitation@kommune.dk`
lower-email-no-at = it has no `@`
lower-email-missing-part = it is missing a part around `@`
lower-email-no-domain = the part after `@` is not a domain such as `kommune.dk`
lower-invalid-email = `{ $written }` is not an e-mail address: { $problem }
lower-url-not-linkable = `{ $url }` is not a web address that can be linked; use http or https
lower-url-https-help = write the whole address with `https://`, such as `https://www.borger.dk`
lower-expected-url = expected a web address
lower-expected-url-help = write the whole address, such as `https://www.borger.dk`
lower-not-url = `{ $url }` is not a web address
lower-expected-postal-code = expected a postal code, found { $found }
lower-postal-code-help = write the postal code and the town: `postnr 2600 Glostrup`
lower-postal-code-digits = a Danish postal code has 4 digits, `{ $code }` has { $digits }
lower-postal-code-town = a postal code needs its town
lower-postal-code-town-help = write the town after the code: `postnr { $code } Glostrup`
lower-invalid-date = `{ $date }` is not a date in the calendar
lower-invalid-date-help = check the day and the month
lower-expected-date = expected a date, found { $found }
lower-expected-date-help = write `2024-02-06`, `06.02.2024`, `6. februar 2024` or `maj 2024`
lower-law-before-number = expected a law or `§` before `{ $number }`
lower-law-before-number-help = write `§` before each paragraph, or `§§ 83 og 84` for several
lower-unknown-law = `{ $law }` is not a law that kvalitet knows
lower-unknown-law-help = write SEL (serviceloven), SUL (sundhedsloven), RSL (retssikkerhedsloven) or ÆL (ældreloven)
lower-expected-paragraph-number = expected a paragraph number after `§`, found { $found }
lower-expected-paragraph-number-help = write the paragraph: `SEL § 86`
lower-expected-reference-end = expected `,` or the end of the reference, found { $found }
lower-expected-reference-end-help = separate references with commas: `SEL § 86 stk. 1, SUL § 140`
lower-expected-paragraph = expected `§` and a paragraph, found { $found }
lower-expected-paragraph-help = write the law, `§` and the paragraph: `SEL § 86 stk. 1`
# src/lower/contact.rs
lower-expected-contact-name = expected the contact's short name, found { $found }
lower-expected-contact-name-help = write `kontakt visitationen "Glostrup Kommune, Visitationen" {"{"} … {"}"}`
lower-after-contact-name = the contact's name
lower-duplicate-contact = a contact named `{ $name }` is already defined
lower-duplicate-contact-label = first defined here
lower-duplicate-contact-help = give each contact its own short name, such as `ankestyrelsen-klage`
lower-needs-value = `{ $keyword }` needs a value
lower-write-example = write `{ $example }`
lower-organ-takes-body = `organ` takes the registry name of a body
lower-organ-help = write `organ ankestyrelsen`
lower-name-text = text
lower-after-contact-field = the { $keyword }
# src/lower/proposal.rs
lower-proposal-whole-standard = a kvalitetsstandard as a whole cannot be a proposal
lower-proposal-whole-standard-label = marks the whole standard
lower-proposal-whole-standard-help = a standard that awaits its approval is marked `udkast`; mark the sections or values that are proposed with `forslag:`
lower-proposal-header = `{ $keyword }` describes the document and cannot be a proposal
lower-proposal-header-label = marks a line of the header
lower-proposal-header-help = `forslag:` marks what the standard promises: a section, an indsats, a contact or a line inside them; a standard that awaits its approval is marked `udkast`
# src/lower/scheme.rs
lower-other-scheme-needs-law = `anden-ordning` needs the law of the other scheme
lower-other-scheme-needs-law-help = write `anden-ordning SUL § 140 "Genoptræning efter udskrivning"`
lower-other-scheme-no-law = `{ $reference }` names no law
lower-other-scheme-no-law-label = which law?
lower-other-scheme-no-law-help = an other scheme is under another law than the standard: name it, as in `anden-ordning SUL § 140`
lower-after-other-scheme = the other scheme
# src/lower/section.rs
lower-afsnit-needs-heading = `afsnit` needs a heading
lower-afsnit-needs-heading-help = write `afsnit "Arbejdsmiljø" """…"""`
lower-after-link = the link
lower-needs-text = `{ $keyword }` needs text in quotes, found { $found }
lower-needs-text-help = write `{ $keyword } "…"`, or `"""` … `"""` for longer text
lower-after-text = the text
lower-expected-reference = expected the name of a contact or a body, found `{ $found }`
lower-expected-reference-help = write a contact's name, such as `visitationen`, or text in quotes
lower-needs-reference = `{ $keyword }` needs a name
lower-needs-reference-help = write `{ $keyword } visitationen` or `{ $keyword } "…"`
lower-after-name = the name
lower-after-yes-no = `ja` or `nej`
lower-after-choice = the choice
lower-pakke-needs-name = a `pakke` needs a name in quotes
lower-pakke-needs-name-help = write `pakke "Almen" {"{"} … {"}"}`
lower-after-note = the note
lower-after-amount = the amount
lower-expected-list-item = expected { $what }, found `{ $found }`
lower-expected-age = expected an age limit, found { $found }
lower-expected-age-help = write `alder 65 år og derover`, `alder over 18 år` or `alder 18-64 år`
lower-after-age-limit = the age limit
lower-value-cause = a cause
lower-undtaget-needs-text = `undtaget` needs who is excluded, in quotes, found { $found }
lower-undtaget-needs-text-help = write `undtaget "efter en sygehusindlæggelse" SUL § 140`
lower-value-delivery-form = a form of delivery
lower-value-place = a place
lower-sted-or-quoted = `sted` (or a place in quotes)
lower-unknown-keyword-anywhere = unknown keyword `{ $keyword }`
lower-after-deadline = the deadline
lower-deadline-duration-help = write a duration and its event: `10 hverdage efter ansøgning`, or `straks`
lower-expected-event = expected the event the deadline runs from, found { $found }
lower-expected-event-help = write the event after `efter`: `efter ansøgning`, `efter afgørelse`
lower-after-route-heading = the route's heading
lower-ovrig-needs-heading = an `øvrig` route needs a heading
lower-ovrig-needs-heading-help = write `øvrig "Klager over tilbud efter sundhedsloven" {"{"} … {"}"}`

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

### Rules, part 1

ks100-conflicting = conflicting { $field } for `{ $name }`: { $mine } and { $theirs }
ks100-phone-numbers = phone numbers
ks100-mail-addresses = mail addresses
ks100-secure-mail-addresses = secure mail addresses
ks100-postal-codes = postal codes
ks100-here = { $value } here
ks100-same-body = { $value } for the same body in `{ $contact }`
ks100-conflicting-help = both contacts are the same body; keep the right value in both, or define the contact once and refer to it by name
# `what` is `ks100-phone-number` or `ks100-mail-address` (in Danish with its article).
ks100-text-differs = the { $what } { $written } in the text differs from `{ $contact }`'s: { $theirs }
ks100-phone-number = phone number
ks100-mail-address = mail address
ks100-given-for-contact = given for this contact
ks100-in-contact = { $value } in `{ $contact }`
ks100-text-differs-help = the text and the contact should give the same value; correct the one that is wrong
ks101-mail-address = mail address
ks101-secure-mail-address = secure mail address
ks101-in-the-text = in the text
ks101-named-here = { $body } is named here
ks101-not-their-number = { $number } is not a phone number of { $body }
ks101-text-phone-differs = the phone number { $number } given for { $body } in the text differs from the registry's
ks101-text-mail-differs = the mail address { $address } given for { $body } in the text differs from the registry's
ks101-web-address = web address
# `what` is `ks101-mail-address` or `ks101-web-address` (in Danish with its article).
ks101-other-domain = the { $what } { $written } given for { $body } in the text is on { $other }'s domain { $domain }
ks101-other-domain-help = { $domain } is { $other }'s (source: { $source })
ks101-other-domain-help-registry = { $domain } is { $other }'s (source: { $source }); the registry has for { $body } { $value } (source: { $value_source })
ks101-not-their-number-label = found in no source for this body
ks101-phone-differs = the phone number { $number } differs from the registry's for { $body }
# `what` is `ks101-mail-address` or `ks101-secure-mail-address`.
ks101-mail-not-on-domain = the { $what } { $address } is not on { $body }'s domain { $domain }
ks101-mail-differs = the { $what } { $address } differs from the registry's for { $body }
ks101-postal-differs = the postal code { $code } { $town } differs from the registry's for { $body }
ks101-fix = replace `{ $written }` with the registry's `{ $value }`, citing its source in a comment
ks101-old-address = `{ $address }` is an old address of { $body }
ks101-old-address-label = formerly { $old }
ks101-old-address-help-registry = { $source }; the registry's address is { $value } (source: { $value_source })
ks101-old-address-help = { $source }
ks101-registry-help = the registry has { $value } (source: { $source })
ks101-not-their-number-help-registry = { $source }; the registry's number is { $value } (source: { $value_source })
ks101-not-their-number-help = { $source }

ks104-repeats = contact `{ $contact }` repeats contact `{ $first }`
ks104-repeats-label = the same name and data
ks104-first = first defined here
ks104-repeats-help = define it once and refer to it with `kontakt { $first }`

ks111-ceased = `{ $body }` has ceased since the standard's date, on { $until }
# `date` is the standard's date in words (`approved 2024-02-06`); `successor` says who
# took over (`Ankestyrelsen took over on 2013-07-01 (source: …)`).
ks111-ceased-help = the standard is { $date }; { $successor }; name the successor
ks111-may-have-ceased = `{ $body }` may have ceased since the standard's date, on { $until } (the date is not confirmed)
ks111-may-have-ceased-help = the standard is { $date }; { $successor }; verify the date, and name the successor if it had taken over
ks111-complaint-role-ended = `{ $body }` has stopped handling these complaints since the standard's date, on { $until }
ks111-complaint-role-ended-help = the standard is { $date }; { $successor }
ks111-contact-is = this contact is { $body }
ks111-standard-date = the standard's date

ks122-no-klagefrist = the complaint route for decisions states no klagefrist
ks122-no-klagefrist-label = no `klagefrist`
ks122-no-klagefrist-help = add `klagefrist 4 uger efter afgørelse`: a decision under serviceloven can be appealed within 4 weeks (ast.dk, Klagevejledning og tidsfrister)

ks123-no-genvurdering = the complaint route for decisions does not say that the municipality reassesses
ks123-no-genvurdering-label = no `genvurdering`
ks123-no-genvurdering-help = add `genvurdering 4 uger efter klage`: the municipality reassesses the decision and forwards an upheld one to Ankestyrelsen within 4 weeks (ast.dk)

ks124-no-ankestyrelsen = the complaint route for decisions does not name Ankestyrelsen
ks124-no-ankestyrelsen-label = no `videre ankestyrelsen`
ks124-no-ankestyrelsen-help = add `videre ankestyrelsen`: an upheld decision is forwarded to Ankestyrelsen (ast.dk, Klagevejledning og tidsfrister)

ks126-sent-straight = complaints about the decision are sent straight to { $body }
ks126-sent-straight-label = the complaint is sent here
ks126-sent-straight-help = one cannot complain directly to { $body }: the complaint goes to the municipality, which reassesses and forwards it (ast.dk); write `til` the municipality and `videre { $id }`

ks130-empty = the section "{ $heading }" has nothing under it
ks130-empty-label = empty section
ks130-sub-heading-label = a sub-heading of it?
ks130-sub-heading-help = if "{ $heading }" is a sub-heading, write its text under this heading in a text block, after a line `## { $heading }`; otherwise write what the standard says here, or remove the empty `{ $keyword }`
ks130-empty-help = write what the standard says under this heading, or remove the empty `{ $keyword }`

# `scope` is where the sections stand: `the standard`, `the summary`, `indsats "…"`.
ks133-twice = the section "{ $heading }" appears twice in { $scope }
ks133-again = again here
ks133-first = first here
ks133-twice-help = merge the two sections, or give each its own heading
ks133-fix = remove the second copy of the section "{ $heading }"

ks134-repeats = the list repeats the item "{ $item }"
ks134-repeats-label = repeated
ks134-first = first here
ks134-repeats-help = remove the repeated item, or write the item that was meant
ks134-fix = remove the repeated item "{ $item }"

ks160-ambiguous = `{ $written }` does not say whether working days or calendar days are meant
ks160-ambiguous-help = write `{ $amount } hverdage` or `{ $amount } kalenderdage`, as the municipality counts them

ks161-no-event = the deadline `{ $name }` does not say what it runs from
ks161-no-event-label = counted from what?
ks161-no-event-help = add the event: `{ $name } { $deadline } efter ansøgning`, or whatever the document counts from

ks162-conflicting = the deadline `{ $name }` is { $here } here but { $before } before
ks162-deadline = { $deadline }
ks162-conflicting-help = give the deadline once, or make both say the same

ks180-not-considered = the target group includes older citizens, but the standard does not mention ældreloven
ks180-not-considered-label = speaks of older citizens
ks180-cites-sel-86 = cites SEL § 86
ks180-takes-effect = takes effect { $date }
ks180-not-considered-help = from { $in_force }, who can get help under ældreloven §§ 10, 13, 14, 16 and 17 cannot get it under SEL § 86 (SEL § 2 stk. 5, LOV nr. 1703 af 30/12/2024); say how ældreloven applies to the target group

### Rules, part 2

ks102-mail-link = the mail link goes to { $target }, not to the address shown, { $address }
ks102-mail-link-label = sends to { $target }
ks102-mail-link-shown = the address the citizen sees
ks102-mail-link-help = make the link and the shown address the same

ks103-mail-in-web-help = a mail address belongs in `mail`, not in `web`
ks103-phone-in-web-help = a phone number belongs in `telefon`, not in `web`
ks103-https-help = write the web page's address with `https://`
ks103-not-web-page = the web address `{ $address }` is not a web page

ks110-ceased = `{ $body }` is named after it ceased on { $until }
ks110-help = the standard is { $date }; { $successor }
ks110-ceased-unconfirmed = `{ $body }` may be named after it ceased, on { $until } (the date is not confirmed)
ks110-help-unconfirmed = the standard is { $date }; { $successor }; verify the date before relying on it
ks110-complaint-role-ended = `{ $body }` is named for complaints it stopped handling on { $until }
ks110-contact-is = this contact is { $body }
ks110-standard-date = the standard's date

ks112-unknown = `{ $name }` is not one of Denmark's 98 municipalities
ks112-not-municipality-help = { $name } { $note } (source: { $source })
ks112-did-you-mean = did you mean `{ $name }`?
ks112-write-name-help = write the municipality's name, such as `kommune Glostrup`

ks113-other-municipality = kommunekode { $code } belongs to { $other }, not to { $municipality }
ks113-not-municipality = kommunekode { $code } belongs to { $other }, which is no municipality, not to { $municipality }
ks113-no-municipality = kommunekode { $code } belongs to no municipality, not to { $municipality }
ks113-label = { $municipality } is { $code }
ks113-named-here = the municipality named here
ks113-help = write `kommunekode { $code }`, the code of { $municipality } (source: { $source })

ks120-no-complaint = the standard does not say how to complain
ks120-no-complaint-label = no `klage` section in this standard
ks120-no-complaint-help = add `klage {"{"} afgørelse {"{"} … {"}"} serviceniveau {"{"} … {"}"} fagligt-indhold {"{"} … {"}"} {"}"}` with where to complain, the klagefrist and who reassesses

ks121-no-decision-route = the complaint section does not say how to complain about the decision
ks121-no-decision-route-label = no `afgørelse` route
ks121-no-decision-route-help = add `afgørelse {"{"} til … klagefrist 4 uger efter afgørelse genvurdering videre ankestyrelsen {"}"}`

ks125-wrong-klagefrist = the klagefrist is { $deadline }, but a decision under serviceloven can be appealed within 4 weeks
ks125-wrong-klagefrist-help = write `klagefrist 4 uger efter afgørelse` (ast.dk, Klagevejledning og tidsfrister)

ks127-misrouted = complaints about the professional content go to { $expected }, not to `{ $written }`
ks127-misrouted-label = sent here
ks127-and-here = and here
ks127-help-from = {" "}from { $date }
ks127-help-source = {" "}(source: { $source })
ks127-misrouted-help = the standard is { $date }; { $body } handles complaints about health professionals' work{ $from }{ $source }; write `til { $id }`

ks131-no-deadline = the standard states no sagsbehandlingsfrist for the decision
ks131-no-deadline-label = no deadline named `afgørelse` in this standard
ks131-no-deadline-help = state how long it takes from application to decision, e.g. `afgørelse 10 hverdage efter ansøgning` (retssikkerhedsloven § 3 stk. 2)
ks131-other-deadlines = deadlines are given, but none for the decision
ks131-behind-link = the deadlines are published behind this link, not in the standard

ks132-no-egenbetaling = the standard does not say what the citizen pays
ks132-no-egenbetaling-label = no `egenbetaling` section
ks132-no-egenbetaling-help = add `egenbetaling 0 kr`, or the prices that apply
ks132-indsats-no-egenbetaling = indsats "{ $indsats }" does not say what the citizen pays
ks132-indsats-no-egenbetaling-label = no `egenbetaling` here or in the general part
ks132-indsats-no-egenbetaling-help = add `egenbetaling 0 kr` to the standard or to this indsats

ks140-approved = was approved { $date }
ks140-dated = is dated { $date }
ks140-for-year = is for { $year }
ks140-help = the council must prepare the standard at least once a year (BEK nr. 1575 af 27/12/2014 § 1); approve it again, or replace it
ks140-stale = the standard { $what }, more than a year before { $today }
ks140-stale-label = a year expired { $expires }
ks140-before-year = the standard { $what }, more than a year before the year it is for, { $year }
ks140-year-label = the year it is for

ks141-approved-undated-label = approved without a date
ks141-no-godkendt-label = no `godkendt` in this standard
ks141-no-approval-date = the standard states no approval date
ks141-no-approval-date-help = write when the council approved it: `godkendt 2024-02-06 af "…"`; a draft awaiting approval is marked `udkast`
ks141-document-date = the date the document carries, not an approval
ks141-updated = when it was updated, not approved
ks141-undated = the document carries no date at all

ks142-on-change = the standard is revised only on change, but must be prepared every year
ks142-on-change-help = write `revideres årligt`: the council prepares the standard at least once a year (BEK nr. 1575 af 27/12/2014 § 1)
ks142-fix = replace `{ $written }` with `årligt`

ks143-proposed-approved = `{ $keyword }` is proposed, not decided, in an approved standard
ks143-proposal-label = a proposal
ks143-approved-label = the standard is approved
ks143-proposed-approved-help = an approved standard cannot hold undecided promises: write the decided value without `forslag:`, or mark the standard `udkast` until it is approved
ks143-proposed = `{ $keyword }` is proposed, not decided
ks143-proposed-help = the council decides it before the standard is approved; the citizen page is built only when nothing is proposed (`build --preview` shows the proposals)

ks150-cannot-fit = { $count } sessions cannot fit: { $frequency } for { $course } is at most { $most }
ks150-cannot-fit-label = more sessions than can be given
ks150-frequency = the frequency
ks150-course = the course length
ks150-cannot-fit-help = lower `gange`, or correct `hyppighed` or `forløb`

ks151-backwards = the range `{ $range }` runs backwards
ks151-backwards-label = { $first } is more than { $second }
ks151-backwards-help = write the smaller number first: { $second }-{ $first }

ks152-help = `længde` is the length of one session, such as `45 min` or `1-1½ timer`; check the unit, and give the course's length as `forløb`
ks152-too-long = a session of { $length } is longer than 4 hours
ks152-too-short = a session of { $length } is shorter than 10 minutes

ks163-step-request = the request
ks163-step-first-reply = the first reply
ks163-step-decision = the decision
ks163-step-start = the start of training
ks163-step-other = another step
ks163-measured-from-later = `{ $deadline }` is measured from { $step }, which comes after it
ks163-measured-from-later-label = { $step } comes later in a case
ks163-this-step = this is { $step }
ks163-measured-from-later-help = measure the deadline from the step before it, such as `efter ansøgning`
ks163-sooner-than-earlier = `{ $later }` is promised within { $later_deadline } but `{ $earlier }`, which comes before it, may take { $earlier_deadline }
ks163-sooner-than-earlier-label = { $step } comes first
ks163-earlier-takes = the earlier step may take this long
ks163-sooner-than-earlier-help = make the later deadline at least as long, or measure it from the earlier step

ks170-fix = write `stk. { $stk }`, the one stk. of § { $paragraph } that the lovgrundlag cites
ks170-no-stk = `{ $written }` names no stk. number
ks170-no-stk-label = stk. what?
ks170-no-stk-help = write the number: `§ 86 stk. 1` (genoptræning) or `§ 86 stk. 2` (vedligeholdende træning)

ks171-replaced = `{ $reference }` was replaced by { $by }
ks171-replaced-in = `{ $reference }` was replaced by { $by } ({ $year })
ks171-maybe-replaced = `{ $reference }` may have been replaced by { $by }; this is not confirmed
ks171-maybe-replaced-in = `{ $reference }` may have been replaced by { $by } ({ $year }); this is not confirmed
ks171-help = cite { $by }, or verify the reference (source: { $source })

ks172-no-law = `{ $reference }` names no law; it is read as { $canonical } from the lovgrundlag
ks172-no-law-label = which law?
ks172-no-law-help = name the law: `{ $law }`

ks190-no-reason = the suppression of { $codes } gives no reason
ks190-no-reason-help = say why in quotes: `# kvalitet: tillad { $codes } "begrundelse"`

ks191-no-statement = the suppression is followed by no statement, so it suppresses nothing
ks191-no-statement-help = put the comment on the line before the statement it is about
ks191-unused = `{ $code }` ({ $name }) is allowed here, but the statement has no such finding
ks191-unused-label = suppresses nothing
ks191-statement = the statement it applies to
ks191-unused-help = remove the code from the suppression

ks192-help = write `# kvalitet: tillad KS110 "begrundelse"` with rule codes or names

## Files, formatting and fixes (src/lib.rs, src/cli, src/format, src/fix)

file-internal-error = kvalitet failed on this file: { $what }
file-unknown-failure = an unknown failure
file-bug-help = this is a bug in kvalitet; please report it with this file
file-unreadable = cannot read this file: { $error }
file-unreadable-help = check that the file exists and that you may read it
file-too-large = this file is { $size } bytes: kvalitet reads standards of less than 4 GiB
file-too-large-help = a standard is a document of some pages; check that this is the file you meant
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

## Explain and the rules list (src/cli/mod.rs, src/cli/rules.rs)

explain-by-default = { $severity } by default
explain-language-code = the file cannot be read as written
rules-fix = fix: { $fix }
rules-fix-sometimes-safe = sometimes, safe
rules-fix-sometimes-unsafe = sometimes, unsafe
rules-fix-sometimes-safe-or-unsafe = sometimes, safe or unsafe
rules-fix-always-safe = always, safe
rules-fix-always-unsafe = always, unsafe
rules-fix-always-safe-or-unsafe = always, safe or unsafe
rules-md-title = Rules
rules-md-generated = Generated by `kvalitet rules --format markdown`; do not edit. After changing a
    rule, run `{ $command }`.
rules-md-intro = kvalitet's checker has { $count } rules. Each has a stable code, a kebab-case name that
    reads after "allow", and a default severity. A finding that rests on an
    unconfirmed registry fact is always advice. `# kvalitet: tillad KS110 "begrundelse"`
    on the line before a statement silences a rule inside it, and
    `kvalitet explain KS110` prints a rule's documentation. The language's own codes
    are listed [at the end](#language-codes).
rules-md-fixes = A rule with a fix says when its findings carry one and whether it is safe (it
    cannot change what the standard promises; `kvalitet check --fix` applies it) or
    unsafe (it can, and the writer must review it; `--unsafe-fixes`). `--diff` shows
    the changes without writing them.
rules-md-table-head = | code | name | severity | fix | summary |
rules-md-fix = Fix: { $fix }.
rules-md-language-title = Language codes
rules-md-language-intro = Codes `KS001`–`KS099` belong to the language. They are always errors and cannot be
    suppressed: the standard cannot be read as written. `kvalitet explain CODE` prints a
    longer explanation, with what its fix does.
rules-md-language-table-head = | code | name | fix | meaning |
output-help-head = help

## The language server (src/lsp)

lsp-allow = allow { $code } ({ $name }) in this statement, with a reason
lsp-fix = { $title } ({ $code })
lsp-unsafe-fix = { $title } ({ $code }; unsafe: it changes what the standard promises)
lsp-fix-all = fix { $count ->
    [one] 1 finding
   *[other] { $count } findings
} that kvalitet can fix safely
