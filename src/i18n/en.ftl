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

### (rules, part 2)

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
