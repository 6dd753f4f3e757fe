# kvalitet's messages in Danish: the policy writer's language.
#
# The same ids with the same variables as en.ftl. Domain terms stay as the law writes
# them (sagsbehandlingsfrist, klagefrist, Ankestyrelsen, genvurdering, stk.).
# A `{"{"}` writes a literal brace.

## Shared phrases

## Syntax (src/syntax)

## Lowering (src/lower)

## Resolving (src/resolve)

## Checking and suppressions (src/check, not the rules)

check-missing-in-excerpt = { $message } i dette uddrag; det kan stå i den del af kilden, som ikke er skrevet af
check-excerpt-label = filen rummer kun en del af sin kilde

## Rules (src/check/rules)

## Files, formatting and fixes (src/lib.rs, src/cli, src/format, src/fix)

## Output for people (src/diag/render.rs, src/emit, src/cli)

output-at = ved { $place }
output-line-too-long = ved { $place } (linjen har { $length } tegn, for mange til at vise)
output-fix-available = rettelse mulig: { $title } — kør med --fix
output-unsafe-fix-available = usikker rettelse mulig: { $title } — kør med --unsafe-fixes
output-checked-clean = tjekkede { $files ->
    [one] 1 fil
   *[other] { $files } filer
}: ingen problemer fundet
output-checked = tjekkede { $files ->
    [one] 1 fil
   *[other] { $files } filer
}: { $errors ->
    [one] 1 fejl
   *[other] { $errors } fejl
}, { $warnings ->
    [one] 1 advarsel
   *[other] { $warnings } advarsler
}, { $advice ->
    [one] 1 råd
   *[other] { $advice } råd
}
output-fixable-unsafe = { $count ->
    [one] 1 fund
   *[other] { $count } fund
} kan rettes med --unsafe-fixes, efter gennemsyn (--diff viser ændringerne uden at skrive dem)
output-fixable-safe = { $count ->
    [one] 1 fund
   *[other] { $count } fund
} kan rettes med --fix (--diff viser ændringerne uden at skrive dem)
output-fixable-both = { $count ->
    [one] 1 fund
   *[other] { $count } fund
} kan rettes med --fix, { $more } mere med --unsafe-fixes (--diff viser ændringerne uden at skrive dem)
output-fixed = rettede { $fixed ->
    [one] 1 fund
   *[other] { $fixed } fund
}, { $remaining ->
    [0] ingen tilbage
   *[other] { $remaining } tilbage
}
output-fixed-more-unsafe = rettede { $fixed ->
    [one] 1 fund
   *[other] { $fixed } fund
}, { $remaining ->
    [0] ingen tilbage
   *[other] { $remaining } tilbage
} ({ $unsafe_fixable } kan rettes med --unsafe-fixes)
output-help = hjælp: { $help }
severity-error = fejl
severity-warning = advarsel
severity-advice = råd
draft-wrote = skrev { $target }: udkastet for { $year }, ud fra { $from }
draft-nothing-to-do = intet tilbage at gøre, som kvalitet kan se
draft-to-do = at gøre, før udkastet godkendes ({ $count }):
draft-fix = rettelse: { $title } ({ $command })
