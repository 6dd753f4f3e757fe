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

## Explain and the rules list (src/cli/mod.rs, src/cli/rules.rs)

explain-by-default = { $severity } som standard
explain-language-code = filen kan ikke læses, som den er skrevet
rules-fix = rettelse: { $fix }
rules-fix-sometimes-safe = nogle gange, sikker
rules-fix-sometimes-unsafe = nogle gange, usikker
rules-fix-sometimes-safe-or-unsafe = nogle gange, sikker eller usikker
rules-fix-always-safe = altid, sikker
rules-fix-always-unsafe = altid, usikker
rules-fix-always-safe-or-unsafe = altid, sikker eller usikker
rules-md-title = Regler
rules-md-generated = Genereret af `kvalitet --lang da rules --format markdown`; ret ikke i filen. Kør
    `{ $command }`, når en regel er ændret.
rules-md-intro = Tjekket i kvalitet har { $count } regler. Hver har en fast kode, et navn i kebab-case,
    der kan læses efter "allow", og en alvorlighed, som dens fund har som standard. Et
    fund, der bygger på en ubekræftet oplysning i registret, er altid et råd.
    `# kvalitet: tillad KS110 "begrundelse"` på linjen før et udsagn slår en regel fra
    inden i udsagnet, og `kvalitet --lang da explain KS110` viser en regels
    dokumentation. Sprogets egne koder står [til sidst](#sprogets-koder).
rules-md-fixes = En regel med en rettelse siger, hvornår dens fund har en, og om den er sikker (den
    kan ikke ændre, hvad standarden lover; `kvalitet check --fix` udfører den) eller
    usikker (den kan, og skribenten skal gennemgå den; `--unsafe-fixes`). `--diff` viser
    ændringerne uden at skrive dem.
rules-md-table-head = | kode | navn | alvorlighed | rettelse | resumé |
rules-md-fix = Rettelse: { $fix }.
rules-md-language-title = Sprogets koder
rules-md-language-intro = Koderne `KS001`–`KS099` hører til sproget. De er altid fejl og kan ikke undtages:
    standarden kan ikke læses, som den er skrevet. `kvalitet --lang da explain KODE` viser
    en længere forklaring, med hvad dens rettelse gør.
rules-md-language-table-head = | kode | navn | rettelse | betydning |
