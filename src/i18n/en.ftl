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
