# kvalitet's messages in Danish: the policy writer's language.
#
# The same ids with the same variables as en.ftl. Domain terms stay as the law writes
# them (sagsbehandlingsfrist, klagefrist, Ankestyrelsen, genvurdering, stk.).
# A `{"{"}` writes a literal brace.

## Shared phrases

## Syntax (src/syntax)

syntax-unreadable-here = filen kunne ikke læses her
syntax-unreadable-here-help = tjek tuborgklammerne og anførselstegnene omkring dette sted
syntax-proposal-without-statement = der står intet efter `forslag:`
syntax-proposal-without-statement-label = markerer intet
syntax-proposal-without-statement-help = skriv `forslag:` foran nøgleordet for det, der foreslås (`forslag: omfang {"{"} … {"}"}`), eller foran dets værdi (`afgørelse forslag: 10 hverdage efter ansøgning`)
syntax-proposal-twice = `{ $keyword }` er markeret `forslag:` to gange
syntax-proposal-twice-label = den anden markering
syntax-proposal-twice-first = den første markering
syntax-proposal-twice-help = behold den ene: en linje er kun et forslag én gang
syntax-nested-too-deeply = blokkene ligger mere end { $depth } niveauer inden i hinanden
syntax-nested-too-deeply-label = denne blok bliver ikke læst
syntax-nested-too-deeply-help = en standard har brug for få niveauer: kvalitetsstandard, indsats, afsnit, klagevej, kontakt
syntax-detached-block = denne `{"{"}` skal stå sidst på linjen med `{ $keyword }`
syntax-detached-block-label = en blok åbner på samme linje som sit nøgleord
syntax-detached-block-statement = den linje, blokken hører til
syntax-detached-block-help = flyt `{"{"}` op sidst på linjen `{ $keyword }`
syntax-expected-keyword = her skal stå et nøgleord, ikke { $found }
syntax-found-character = `{ $character }`
syntax-block-without-keyword-label = denne blok hører ikke til nogen linje
syntax-block-without-keyword-help = en blok åbner sidst på linjen med sit nøgleord: `omfang {"{"}`
syntax-unmatched-brace = denne `{"}"}` lukker ingenting
syntax-unmatched-brace-label = der er ingen åben `{"{"}` før den
syntax-unmatched-brace-help = fjern den, eller tilføj den `{"{"}`, den hører til
syntax-unclosed-block = denne blok bliver aldrig lukket
syntax-unclosed-block-label = denne `{"{"}` har ingen tilhørende `{"}"}`
syntax-unclosed-block-help = tilføj `{"}"}`, hvor blokken slutter
syntax-unterminated-text-block = denne tekstblok bliver aldrig lukket
syntax-unterminated-text-block-label = åbnet her
syntax-unterminated-text-block-help = afslut teksten med `"""` på en linje for sig selv
syntax-found-code-point = tegnet U+{ $code_point }
syntax-found-end-of-line = slutningen af linjen
syntax-expected-keyword-label = en linje skal begynde med et nøgleord som `formål` eller `telefon`
syntax-bullet-list-help = punktopstillinger skal stå i en tekstblok: `tekst """` … `- punkt` … `"""`
syntax-numbered-list-help = nummererede lister skal stå i en tekstblok: `tekst """` … `1. punkt` … `"""`
syntax-unreadable-line = denne linje kunne ikke læses
syntax-unreadable-line-help = en linje består af et nøgleord, dets værdier og eventuelt en `{"{"} … {"}"}`-blok
syntax-unterminated-string = denne tekst i anførselstegn bliver aldrig lukket
syntax-unterminated-string-label = teksten herfra til slutningen af linjen har intet afsluttende `"`
syntax-unterminated-string-help = tilføj `"` sidst i teksten; brug `"""` til tekst over flere linjer
syntax-not-utf8 = filen er ikke UTF-8-tekst: byte { $offset } er ikke gyldig UTF-8
syntax-not-utf8-utf16 = filen er ikke UTF-8-tekst: byte { $offset } er ikke gyldig UTF-8; den ligner UTF-16 (den begynder med et UTF-16-byte-order-mark)
syntax-not-utf8-windows-1252 = filen er ikke UTF-8-tekst: byte { $offset } er ikke gyldig UTF-8; den ligner Windows-1252 ("ANSI"), hvor æ, ø og å fylder én byte hver
syntax-not-utf8-label = den første byte, der ikke er UTF-8
syntax-not-utf8-help = åbn filen, og gem den igen som UTF-8-tekst (i Word: Gem som → Almindelig tekst → Unicode (UTF-8))

## Lowering (src/lower)

## Resolving (src/resolve)

resolve-unknown-body = `{ $body }` er ikke en myndighed i registret
resolve-did-you-mean = mente du `{ $word }`?
resolve-known-bodies = registret kender { $bodies }
resolve-unknown-reference = `{ $name }` er hverken en kontakt i denne standard eller en kendt myndighed
resolve-unknown-reference-label = ukendt navn
resolve-unknown-reference-help = definér den med `kontakt { $name } "…" {"{"} … {"}"}`, eller skriv almindelig tekst i anførselstegn
resolve-no-law = `{ $reference }` nævner ingen lov
resolve-no-law-label = hvilken lov?
resolve-no-law-help-none = skriv loven, som i `SEL § 86 stk. 1`; en paragraf alene læses som en paragraf i den lov, `lovgrundlag` nævner, og denne standards `lovgrundlag` nævner ingen
resolve-no-law-help-several = skriv loven: `lovgrundlag` nævner { $laws }, så en paragraf alene kan høre til hver af dem
resolve-and = { $first } og { $rest }

## Checking and suppressions (src/check, not the rules)

check-missing-in-excerpt = { $message } i dette uddrag; det kan stå i den del af kilden, som ikke er skrevet af
check-excerpt-label = filen rummer kun en del af sin kilde
check-scope-indsats = indsatsen "{ $title }"
check-scope-summary = resuméet
check-scope-standard = standarden
check-named-here = nævnt her
check-named-in-contact-unit = nævnt i kontaktens enhed
check-named-in-contact-name = nævnt i kontaktens navn
check-named-in-heading = nævnt i overskriften
check-named-in-text = nævnt i teksten
check-named-in-note = nævnt i noten
check-successor-handles-complaints = { $successor } behandler disse klager fra { $until }
check-successor-took-over = { $successor } overtog opgaven den { $until }
check-successor-ceased = myndigheden ophørte den { $until }
check-successor-source = { $help } (kilde: { $source })
check-successor-note = { $help }; { $note }
check-successor-passed-on = { $help }; den { $today } var opgaven gået videre til { $successor }
check-successor-fix = erstat `{ $written }` med `{ $replacement }` ({ $successor } varetager opgaven)
check-suppression-expected-tillad = efter `kvalitet:` skal der stå `tillad`, men der står { $found }
check-suppression-found-nothing = ingenting
check-suppression-found-word = `{ $word }`
check-suppression-about-suppressions = `{ $code }` ({ $name }) handler om undtagelser og kan ikke selv undtages
check-suppression-language-error = `{ $code }` er en sprogfejl og kan ikke undtages
check-suppression-unknown-code = `{ $code }` er hverken koden eller navnet på en regel
check-suppression-no-rule = undtagelsen nævner ingen regel, der skal tillades
check-suppression-unclosed-reason = begrundelsen mangler sit afsluttende anførselstegn

## Rules (src/check/rules)

## Files, formatting and fixes (src/lib.rs, src/cli, src/format, src/fix)

file-internal-error = kvalitet kunne ikke behandle denne fil: { $what }
file-unknown-failure = en ukendt fejl
file-bug-help = dette er en fejl i kvalitet; meld den, og vedlæg denne fil
file-unreadable = filen kan ikke læses: { $error }
file-unreadable-help = tjek, at filen findes, og at du har lov til at læse den
format-failed = kvalitet kunne ikke behandle denne fil under formateringen
format-changed-meaning = formateringen ville have ændret, hvad filen siger, så den blev ikke formateret
fix-replace = erstat `{ $written }` med `{ $replacement }`

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
