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

### (rules, part 2)

ks102-mail-link = mail-linket går til { $target }, ikke til den viste adresse, { $address }
ks102-mail-link-label = sender til { $target }
ks102-mail-link-shown = den adresse, borgeren ser
ks102-mail-link-help = gør linket og den viste adresse ens

ks103-mail-in-web-help = skriv en mailadresse under `mail`, ikke under `web`
ks103-phone-in-web-help = skriv et telefonnummer under `telefon`, ikke under `web`
ks103-https-help = skriv websidens adresse med `https://`
ks103-not-web-page = webadressen `{ $address }` er ikke en webside

ks110-ceased = `{ $body }` nævnes, selv om den ophørte { $until }
ks110-help = standarden er { $date }; { $successor }
ks110-ceased-unconfirmed = `{ $body }` nævnes måske, efter at den ophørte { $until } (datoen er ikke bekræftet)
ks110-help-unconfirmed = standarden er { $date }; { $successor }; tjek datoen, før du regner med den
ks110-complaint-role-ended = `{ $body }` nævnes for klager, som den holdt op med at behandle { $until }
ks110-contact-is = denne kontakt er { $body }
ks110-standard-date = standardens dato

ks112-unknown = `{ $name }` er ikke en af Danmarks 98 kommuner
ks112-not-municipality-help = { $name } { $note } (kilde: { $source })
ks112-did-you-mean = mente du `{ $name }`?
ks112-write-name-help = skriv kommunens navn, fx `kommune Glostrup`

ks113-other-municipality = kommunekode { $code } hører til { $other }, ikke til { $municipality }
ks113-not-municipality = kommunekode { $code } hører til { $other }, som ikke er en kommune, ikke til { $municipality }
ks113-no-municipality = kommunekode { $code } hører ikke til nogen kommune, heller ikke til { $municipality }
ks113-label = { $municipality } har { $code }
ks113-named-here = kommunen, der nævnes her
ks113-help = skriv `kommunekode { $code }`, koden for { $municipality } (kilde: { $source })

ks120-no-complaint = standarden siger ikke, hvordan man klager
ks120-no-complaint-label = intet `klage`-afsnit i denne standard
ks120-no-complaint-help = tilføj `klage {"{"} afgørelse {"{"} … {"}"} serviceniveau {"{"} … {"}"} fagligt-indhold {"{"} … {"}"} {"}"}` med, hvor man klager, klagefristen og hvem der genvurderer

ks121-no-decision-route = klageafsnittet siger ikke, hvordan man klager over afgørelsen
ks121-no-decision-route-label = ingen klagevej for `afgørelse`
ks121-no-decision-route-help = tilføj `afgørelse {"{"} til … klagefrist 4 uger efter afgørelse genvurdering videre ankestyrelsen {"}"}`

ks125-wrong-klagefrist = klagefristen er { $deadline }, men en afgørelse efter serviceloven kan påklages inden for 4 uger
ks125-wrong-klagefrist-help = skriv `klagefrist 4 uger efter afgørelse` (ast.dk, Klagevejledning og tidsfrister)

ks127-misrouted = klager over det faglige indhold skal til { $expected }, ikke til `{ $written }`
ks127-misrouted-label = sendt hertil
ks127-and-here = og hertil
ks127-help-from = {" "}fra { $date }
ks127-help-source = {" "}(kilde: { $source })
ks127-misrouted-help = standarden er { $date }; { $body } behandler klager over sundhedspersoners faglige arbejde{ $from }{ $source }; skriv `til { $id }`

ks131-no-deadline = standarden angiver ingen sagsbehandlingsfrist for afgørelsen
ks131-no-deadline-label = ingen frist med navnet `afgørelse` i denne standard
ks131-no-deadline-help = skriv, hvor lang tid der går fra ansøgning til afgørelse, fx `afgørelse 10 hverdage efter ansøgning` (retssikkerhedsloven § 3 stk. 2)
ks131-other-deadlines = der er angivet frister, men ingen for afgørelsen
ks131-behind-link = fristerne står bag dette link, ikke i standarden

ks132-no-egenbetaling = standarden siger ikke, hvad borgeren betaler
ks132-no-egenbetaling-label = intet `egenbetaling`-afsnit
ks132-no-egenbetaling-help = tilføj `egenbetaling 0 kr` eller de priser, der gælder
ks132-indsats-no-egenbetaling = indsats "{ $indsats }" siger ikke, hvad borgeren betaler
ks132-indsats-no-egenbetaling-label = ingen `egenbetaling` her eller i den generelle del
ks132-indsats-no-egenbetaling-help = tilføj `egenbetaling 0 kr` til standarden eller til denne indsats

ks140-approved = blev godkendt { $date }
ks140-dated = er dateret { $date }
ks140-for-year = gælder for { $year }
ks140-help = kommunalbestyrelsen skal udarbejde standarden mindst én gang om året (BEK nr. 1575 af 27/12/2014 § 1); godkend den igen, eller erstat den
ks140-stale = standarden { $what }, mere end et år før { $today }
ks140-stale-label = året udløb { $expires }
ks140-before-year = standarden { $what }, mere end et år før det år, den gælder for, { $year }
ks140-year-label = det år, standarden gælder for

ks141-approved-undated-label = godkendt uden dato
ks141-no-godkendt-label = intet `godkendt` i denne standard
ks141-no-approval-date = standarden angiver ingen godkendelsesdato
ks141-no-approval-date-help = skriv, hvornår kommunalbestyrelsen godkendte den: `godkendt 2024-02-06 af "…"`; et udkast, der venter på godkendelse, markeres `udkast`
ks141-document-date = dokumentets dato, ikke en godkendelse
ks141-updated = hvornår den blev opdateret, ikke godkendt
ks141-undated = dokumentet har slet ingen dato

ks142-on-change = standarden revideres kun ved ændringer, men skal udarbejdes hvert år
ks142-on-change-help = skriv `revideres årligt`: kommunalbestyrelsen udarbejder standarden mindst én gang om året (BEK nr. 1575 af 27/12/2014 § 1)
ks142-fix = erstat `{ $written }` med `årligt`

ks143-proposed-approved = `{ $keyword }` er foreslået, ikke besluttet, i en godkendt standard
ks143-proposal-label = et forslag
ks143-approved-label = standarden er godkendt
ks143-proposed-approved-help = en godkendt standard kan ikke rumme løfter, der ikke er besluttet: skriv den besluttede værdi uden `forslag:`, eller markér standarden `udkast`, indtil den er godkendt
ks143-proposed = `{ $keyword }` er foreslået, ikke besluttet
ks143-proposed-help = kommunalbestyrelsen beslutter det, før standarden godkendes; borgersiden bygges først, når intet er foreslået (`build --preview` viser forslagene)

ks150-cannot-fit = { $count } gange kan ikke nås: { $frequency } i { $course } giver højst { $most }
ks150-cannot-fit-label = flere gange, end der kan gives
ks150-frequency = hyppigheden
ks150-course = forløbets længde
ks150-cannot-fit-help = sænk `gange`, eller ret `hyppighed` eller `forløb`

ks151-backwards = intervallet `{ $range }` går baglæns
ks151-backwards-label = { $first } er mere end { $second }
ks151-backwards-help = skriv det mindste tal først: { $second }-{ $first }

ks152-help = `længde` er længden af én session, fx `45 min` eller `1-1½ timer`; tjek enheden, og skriv hele forløbets længde som `forløb`
ks152-too-long = en session på { $length } er længere end 4 timer
ks152-too-short = en session på { $length } er kortere end 10 minutter

ks163-step-request = henvendelsen
ks163-step-first-reply = det første svar
ks163-step-decision = afgørelsen
ks163-step-start = opstarten af træningen
ks163-step-other = et andet trin
ks163-measured-from-later = `{ $deadline }` regnes fra { $step }, som kommer efter den
ks163-measured-from-later-label = { $step } kommer senere i en sag
ks163-this-step = dette er { $step }
ks163-measured-from-later-help = regn fristen fra trinnet før den, fx `efter ansøgning`
ks163-sooner-than-earlier = `{ $later }` loves inden for { $later_deadline }, men `{ $earlier }`, som kommer før, kan tage { $earlier_deadline }
ks163-sooner-than-earlier-label = { $step } kommer først
ks163-earlier-takes = det tidligere trin kan tage så lang tid
ks163-sooner-than-earlier-help = gør den senere frist mindst lige så lang, eller regn den fra det tidligere trin

ks170-fix = skriv `stk. { $stk }`, det eneste stk. af § { $paragraph }, som lovgrundlaget nævner
ks170-no-stk = `{ $written }` nævner intet stk.-nummer
ks170-no-stk-label = hvilket stk.?
ks170-no-stk-help = skriv nummeret: `§ 86 stk. 1` (genoptræning) eller `§ 86 stk. 2` (vedligeholdende træning)

ks171-replaced = `{ $reference }` er erstattet af { $by }
ks171-replaced-in = `{ $reference }` blev erstattet af { $by } ({ $year })
ks171-maybe-replaced = `{ $reference }` er måske erstattet af { $by }; det er ikke bekræftet
ks171-maybe-replaced-in = `{ $reference }` blev måske erstattet af { $by } ({ $year }); det er ikke bekræftet
ks171-help = henvis til { $by }, eller tjek henvisningen (kilde: { $source })

ks172-no-law = `{ $reference }` nævner ingen lov; den læses som { $canonical } ud fra lovgrundlaget
ks172-no-law-label = hvilken lov?
ks172-no-law-help = skriv loven: `{ $law }`

ks190-no-reason = undtagelsen for { $codes } giver ingen begrundelse
ks190-no-reason-help = skriv begrundelsen i anførselstegn: `# kvalitet: tillad { $codes } "begrundelse"`

ks191-no-statement = der følger ingen linje efter undtagelsen, så den undtager intet
ks191-no-statement-help = skriv kommentaren på linjen før den linje, den handler om
ks191-unused = `{ $code }` ({ $name }) er tilladt her, men linjen giver ikke det fund
ks191-unused-label = undtager intet
ks191-statement = den linje, undtagelsen gælder for
ks191-unused-help = fjern koden fra undtagelsen

ks192-help = skriv `# kvalitet: tillad KS110 "begrundelse"` med regelkoder eller regelnavne

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
