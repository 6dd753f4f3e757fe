# kvalitet's messages in English: the source of the wording.
#
# Every message here has a Danish twin with the same id and the same variables in
# da.ftl (a test holds the two together). Ids are kebab-case and begin with the part of
# the pipeline that uses them; a rule's messages begin with its code (`ks131-…`).
# Messages are lowercase with no final period, as diagnostics are written.
# A `{"{"}` writes a literal brace.

## Shared phrases

## Syntax (src/syntax)

## Lowering (src/lower)

## Resolving (src/resolve)

## Checking and suppressions (src/check, not the rules)

check-missing-in-excerpt = { $message } in this excerpt; it may be in the part of the source that is not transcribed
check-excerpt-label = the file holds only part of its source

## Rules (src/check/rules)

### KS100–KS180 (rules, part 1)

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

## Files, formatting and fixes (src/lib.rs, src/cli, src/format, src/fix)

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
