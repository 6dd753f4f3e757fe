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

### KS100–KS180 (rules, part 1)

ks100-conflicting = modstridende { $field } for `{ $name }`: { $mine } og { $theirs }
ks100-phone-numbers = telefonnumre
ks100-mail-addresses = mailadresser
ks100-secure-mail-addresses = sikre mailadresser
ks100-postal-codes = postnumre
ks100-here = { $value } her
ks100-same-body = { $value } for samme myndighed i `{ $contact }`
ks100-conflicting-help = de to kontakter er samme myndighed; skriv den rigtige værdi i dem begge, eller definér kontakten én gang og henvis til den ved navn
# `what` er `ks100-phone-number` eller `ks100-mail-address` (i bestemt form).
ks100-text-differs = { $what } { $written } i teksten passer ikke med kontakten `{ $contact }`, som har { $theirs }
ks100-phone-number = telefonnummeret
ks100-mail-address = mailadressen
ks100-given-for-contact = angivet for denne kontakt
ks100-in-contact = { $value } i `{ $contact }`
ks100-text-differs-help = teksten og kontakten skal give samme værdi; ret den, der er forkert
ks101-mail-address = mailadressen
ks101-secure-mail-address = den sikre mailadresse
ks101-in-the-text = i teksten
ks101-named-here = { $body } nævnes her
ks101-not-their-number = { $number } er ikke et telefonnummer hos { $body }
ks101-text-phone-differs = telefonnummeret { $number }, som teksten giver for { $body }, afviger fra det, registret har
ks101-text-mail-differs = mailadressen { $address }, som teksten giver for { $body }, afviger fra den, registret har
ks101-web-address = webadressen
# `what` er `ks101-mail-address` eller `ks101-web-address` (i bestemt form).
ks101-other-domain = { $what } { $written }, som teksten giver for { $body }, ligger på domænet { $domain }, som tilhører { $other }
ks101-other-domain-help = { $domain } tilhører { $other } (kilde: { $source })
ks101-other-domain-help-registry = { $domain } tilhører { $other } (kilde: { $source }); registret har for { $body } { $value } (kilde: { $value_source })
ks101-not-their-number-label = findes ikke i nogen kilde for denne myndighed
ks101-phone-differs = telefonnummeret { $number } afviger fra det, registret har for { $body }
# `what` er `ks101-mail-address` eller `ks101-secure-mail-address` (i bestemt form).
ks101-mail-not-on-domain = { $what } { $address } ligger ikke på domænet { $domain }, som tilhører { $body }
ks101-mail-differs = { $what } { $address } afviger fra den, registret har for { $body }
ks101-postal-differs = postnummeret { $code } { $town } afviger fra det, registret har for { $body }
ks101-fix = erstat `{ $written }` med registrets `{ $value }`, og angiv kilden i en kommentar
ks101-old-address = `{ $address }` er en tidligere adresse for { $body }
ks101-old-address-label = tidligere { $old }
ks101-old-address-help-registry = kilde: { $source }; registrets adresse er { $value } (kilde: { $value_source })
ks101-old-address-help = kilde: { $source }
ks101-registry-help = registret har { $value } (kilde: { $source })
ks101-not-their-number-help-registry = kilde: { $source }; registrets nummer er { $value } (kilde: { $value_source })
ks101-not-their-number-help = kilde: { $source }

ks104-repeats = kontakten `{ $contact }` gentager kontakten `{ $first }`
ks104-repeats-label = samme navn og oplysninger
ks104-first = først defineret her
ks104-repeats-help = definér den én gang, og henvis til den med `kontakt { $first }`

ks111-ceased = `{ $body }` er nedlagt efter standardens dato, den { $until }
# `date` er standardens dato i ord (`godkendt 2024-02-06`); `successor` siger, hvem der
# overtog (`Ankestyrelsen overtog den 2013-07-01 (kilde: …)`).
ks111-ceased-help = standarden er { $date }; { $successor }; nævn efterfølgeren
ks111-may-have-ceased = `{ $body }` kan være nedlagt efter standardens dato, den { $until } (datoen er ikke bekræftet)
ks111-may-have-ceased-help = standarden er { $date }; { $successor }; kontrollér datoen, og nævn efterfølgeren, hvis den havde overtaget
ks111-complaint-role-ended = `{ $body }` er holdt op med at behandle disse klager efter standardens dato, den { $until }
ks111-complaint-role-ended-help = standarden er { $date }; { $successor }
ks111-contact-is = denne kontakt er { $body }
ks111-standard-date = standardens dato

ks122-no-klagefrist = klagevejen for afgørelser nævner ingen klagefrist
ks122-no-klagefrist-label = ingen `klagefrist`
ks122-no-klagefrist-help = tilføj `klagefrist 4 uger efter afgørelse`: en afgørelse efter serviceloven kan påklages inden for 4 uger (ast.dk, Klagevejledning og tidsfrister)

ks123-no-genvurdering = klagevejen for afgørelser siger ikke, at kommunen genvurderer afgørelsen
ks123-no-genvurdering-label = ingen `genvurdering`
ks123-no-genvurdering-help = tilføj `genvurdering 4 uger efter klage`: kommunen genvurderer afgørelsen og sender den inden for 4 uger videre til Ankestyrelsen, hvis den fastholdes (ast.dk)

ks124-no-ankestyrelsen = klagevejen for afgørelser nævner ikke Ankestyrelsen
ks124-no-ankestyrelsen-label = ingen `videre ankestyrelsen`
ks124-no-ankestyrelsen-help = tilføj `videre ankestyrelsen`: fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen (ast.dk, Klagevejledning og tidsfrister)

ks126-sent-straight = klager over afgørelsen sendes direkte til { $body }
ks126-sent-straight-label = klagen sendes hertil
ks126-sent-straight-help = man kan ikke klage direkte til { $body }: klagen går til kommunen, som genvurderer afgørelsen og sender klagen videre (ast.dk); skriv kommunen efter `til`, og skriv `videre { $id }`

ks130-empty = der står intet under afsnittet "{ $heading }"
ks130-empty-label = tomt afsnit
ks130-sub-heading-label = en underoverskrift til det?
ks130-sub-heading-help = hvis "{ $heading }" er en underoverskrift, så skriv dens tekst under denne overskrift i en tekstblok efter en linje `## { $heading }`; ellers skriv her, hvad standarden siger, eller fjern det tomme `{ $keyword }`
ks130-empty-help = skriv, hvad standarden siger under denne overskrift, eller fjern det tomme `{ $keyword }`

# `scope` er, hvor afsnittene står: `standarden`, `resuméet`, `indsats "…"`.
ks133-twice = afsnittet "{ $heading }" står to gange i { $scope }
ks133-again = igen her
ks133-first = første gang her
ks133-twice-help = slå de to afsnit sammen, eller giv hvert afsnit sin egen overskrift
ks133-fix = fjern den anden kopi af afsnittet "{ $heading }"

ks134-repeats = listen gentager punktet "{ $item }"
ks134-repeats-label = gentaget
ks134-first = første gang her
ks134-repeats-help = fjern det gentagne punkt, eller skriv det punkt, der var ment
ks134-fix = fjern det gentagne punkt "{ $item }"

ks160-ambiguous = `{ $written }` siger ikke, om der menes hverdage eller kalenderdage
ks160-ambiguous-help = skriv `{ $amount } hverdage` eller `{ $amount } kalenderdage`, alt efter hvordan kommunen tæller dem

ks161-no-event = fristen `{ $name }` siger ikke, hvad den regnes fra
ks161-no-event-label = regnet fra hvad?
ks161-no-event-help = tilføj hændelsen: `{ $name } { $deadline } efter ansøgning`, eller det, dokumentet regner fra

ks162-conflicting = fristen `{ $name }` er { $here } her, men { $before } tidligere
ks162-deadline = { $deadline }
ks162-conflicting-help = angiv fristen én gang, eller lad begge steder sige det samme

ks180-not-considered = målgruppen omfatter ældre borgere, men standarden nævner ikke ældreloven
ks180-not-considered-label = taler om ældre borgere
ks180-cites-sel-86 = henviser til SEL § 86
ks180-takes-effect = gælder fra { $date }
ks180-not-considered-help = fra { $in_force } kan den, der kan få hjælp efter ældreloven §§ 10, 13, 14, 16 og 17, ikke få den efter SEL § 86 (SEL § 2 stk. 5, LOV nr. 1703 af 30/12/2024); beskriv, hvordan ældreloven gælder for målgruppen

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
