# kvalitet's messages in Danish: the policy writer's language.
#
# The same ids with the same variables as en.ftl. Domain terms stay as the law writes
# them (sagsbehandlingsfrist, klagefrist, Ankestyrelsen, genvurdering, stk.).
# A `{"{"}` writes a literal brace.

## Shared phrases

# src/model/reference_date.rs: the date a standard speaks for, in words
date-approved = godkendt { $date }
date-dated = dateret { $date }
date-valid-from = gyldig fra { $date }
date-for-year = for { $year }
date-undated = udateret og derfor vurderet pr. { $date }

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

# src/lower/mod.rs
lower-second-standard = en fil rummer én kvalitetsstandard, og dette er den anden
lower-second-standard-first = den første står her
lower-second-standard-help = skriv hver kvalitetsstandard i sin egen fil
lower-no-standard = filen rummer ingen kvalitetsstandard
lower-no-standard-help = start filen med `kvalitetsstandard "Titel" {"{"}`, og slut den med `{"}"}`
lower-title-of-standard = en kvalitetsstandard
lower-name-municipality = et kommunenavn
lower-after-date = datoen
lower-after-resume-heading = overskriften på `resumé`
lower-undated-but-dated = standarden er markeret `udateret`, men angiver en dato
lower-undated-but-dated-label = en dato
lower-undated-but-dated-help = fjern `udateret`, eller fjern datoen, hvis dokumentet ikke har en
lower-title-of-indsats = en indsats
lower-needs-title = { $what } skal have en titel
lower-needs-title-help = skriv titlen i anførselstegn: `{ $keyword } "{ $example }" {"{"}`
lower-after-title = titlen
lower-expected-approving-body = her skal stå det godkendende organ i anførselstegn efter `af`
lower-approval-help = skriv `godkendt 2024-02-06 af "Social- og Sundhedsudvalget"`
lower-approval-needs-value = `godkendt` skal have en dato eller et organ
lower-after-approval = godkendelsen
lower-after-period = perioden
lower-after-revision = revisionshyppigheden
lower-expected-year = her skal stå et årstal som `2024`, men der står { $found }
lower-expected-year-help = skriv det år, standarden gælder for: `år 2024`
lower-after-year = årstallet
lower-after-kommunekode = kommunekoden
lower-invalid-kommunekode = en kommunekode har 3 cifre
lower-invalid-kommunekode-help = skriv koden fra Danmarks Statistik, fx `kommunekode 161`
lower-needs-name = `{ $keyword }` skal have { $what }
lower-needs-name-help = skriv `{ $keyword } …` med { $what }
lower-one-name = `{ $keyword }` tager ét navn
lower-one-name-help = sæt hele navnet i anførselstegn, eller skriv det uden anførselstegn
lower-lovgrundlag-needs-reference = `lovgrundlag` skal have en lovhenvisning
lower-lovgrundlag-help = skriv `lovgrundlag SEL § 86 stk. 1`
lower-after-law-reference = lovhenvisningen
lower-unexpected-value-help-proposal = `forslag:` står før nøgleordet eller lige efter det, før værdierne: `afgørelse forslag: 10 hverdage efter ansøgning`
lower-unexpected-value-help-keyword = skriv hver linje for sig, eller adskil dem med `;`
lower-unexpected-value-help = fjern det, eller skriv teksten i anførselstegn på en `tekst`-linje
lower-unexpected-value = uventet `{ $written }` efter { $after }
lower-unexpected-value-label = hører ikke til værdien
lower-needs-block = `{ $keyword }` skal have en `{"{"} … {"}"}`-blok
lower-needs-block-help = skriv `{ $keyword } … {"{"}`, og luk blokken med `{"}"}`
lower-no-block = `{ $keyword }` kan ikke have en blok
lower-no-block-label = dette nøgleord tager kun værdier
lower-no-block-help = skriv værdierne på samme linje som nøgleordet
lower-misplaced-keyword = `{ $keyword }` kan ikke stå { $place }
lower-misplaced-keyword-label = forkert placeret
lower-misplaced-keyword-help = `{ $keyword }` hører til { $home }
lower-unknown-keyword = ukendt nøgleord `{ $keyword }` { $place }
lower-unknown-keyword-label = ikke et nøgleord her
lower-did-you-mean = mente du `{ $word }`?
lower-keywords-here = nøgleordene her er { $keywords }
lower-invalid-choice = { $what } kan være { $choices }, ikke `{ $found }`
lower-write-choices = skriv { $choices }
lower-missing-choice = { $what } skal have { $choices }
lower-quoted = `{ $text }`
lower-list-comma = { $list }, { $item }
lower-list-or = { $list } eller { $last }
lower-repeated-field = `{ $keyword }` står to gange
lower-repeated-field-label = første gang her
lower-repeated-field-help = `{ $keyword }` har én værdi; behold den ene
# src/lower/keywords.rs: the places of the schema (src/schema/table.rs), in a phrase
# and as where a keyword belongs
lower-place-in = i `{ $keyword }`
lower-place-file = øverst i filen
lower-place-standard = i en kvalitetsstandard
lower-place-indsats = i en indsats
lower-place-section = i et afsnit
lower-place-route = i en klagevej
lower-place-contact = i en `kontakt`
lower-home-block = i `{ $keyword } {"{"} … {"}"}`
lower-home-file = øverst i filen
lower-home-indsats = i en `indsats`
lower-home-sections = i en `kvalitetsstandard` eller en `indsats`
lower-home-section = i et afsnit
lower-home-scope = i `omfang {"{"} … {"}"}` eller en `pakke`
lower-home-pakke = i en `pakke`
lower-home-route = i en klagevej som `klage {"{"} afgørelse {"{"} … {"}"} {"}"}`
lower-home-contact = i `kontakt navn "Navn" {"{"} … {"}"}`
# src/lower/literal.rs
lower-not-danish-number = `{ $number }.{ $decimals }` er ikke et dansk tal
lower-not-danish-number-label = `.` adskiller tusinder
lower-not-danish-number-help = skriv decimaler med komma, `{ $number },{ $decimals }`; `.` adskiller kun grupper af tre cifre, som i `1.250`
lower-expected-range = her skal stå et tal eller et interval, men der står { $found }
lower-expected-range-help = skriv et tal eller et interval, fx `21`, `1-2`, `op til 21` eller `mindst 6`
lower-range-bounds-help-mellem = skriv begge grænser: `mellem 2 og 4`
lower-range-bounds-help-fra = skriv begge grænser: `fra 2 til 4` eller `fra to og op til seks`
lower-range-upper-bound = her skal stå intervallets øvre grænse, men der står { $found }
lower-range-starts-with = et interval, der begynder med `{ $word }`
lower-found-text-block = en tekstblok
lower-found-text = teksten "{ $text }"
lower-found-value = `{ $value }`
lower-found-nothing = ingenting
lower-expected-duration = her skal stå en varighed, men der står { $found }
lower-expected-duration-help = skriv et tal og en enhed, fx `10 hverdage`, `4 uger` eller `45 min`
lower-expected-time-unit = her skal stå en tidsenhed, men der står { $found }
lower-expected-time-unit-label = tallet skal have en enhed
lower-expected-time-unit-help = enhederne er hverdage, kalenderdage, dage, uger, måneder, år, timer og min
lower-expected-frequency-help = skriv, hvor mange gange pr. periode, fx `2 gange om ugen`
lower-expected-period = her skal stå en periode som `om ugen` eller `ugentligt`, men der står { $found }
lower-expected-period-label = hvor mange gange, men pr. hvad?
lower-expected-period-help = skriv perioden: `om ugen`, `ugentligt`, `pr. måned`, `dagligt` eller `årligt`
lower-expected-amount = her skal stå et beløb i kroner, men der står { $found }
lower-expected-amount-help = skriv et beløb, fx `0 kr`, `173 kr pr. dag` eller `gratis`
lower-expected-kr = her skal stå `kr` efter beløbet, men der står { $found }
lower-expected-kr-label = et beløb, men af hvad?
lower-expected-kr-help = beløb skrives i kroner: `173 kr`
lower-phone-not-danish = kun danske numre (+45) kan tjekkes
lower-phone-not-danish-help = skriv det danske nummer med 8 cifre, fx `33 41 12 00`
lower-expected-phone = her skal stå et telefonnummer, men der står { $found }
lower-expected-phone-help = skriv nummeret med 8 cifre, fx `43 23 66 90`
lower-phone-digits = et dansk telefonnummer har 8 cifre, dette har { $digits }
lower-phone-digits-label = { $digits ->
    [one] 1 ciffer
   *[other] { $digits } cifre
}
lower-phone-digits-help = tjek nummeret i kilden; danske numre har 8 cifre, fx `43 23 66 90`
lower-expected-email = her skal stå en e-mailadresse
lower-email-help = skriv en adresse, fx `visitation@kommune.dk`
lower-email-no-at = den har intet `@`
lower-email-missing-part = der mangler noget før eller efter `@`
lower-email-no-domain = delen efter `@` er ikke et domæne som `kommune.dk`
lower-invalid-email = `{ $written }` er ikke en e-mailadresse: { $problem }
lower-url-not-linkable = `{ $url }` er ikke en webadresse, der kan linkes til; brug http eller https
lower-url-https-help = skriv hele adressen med `https://`, fx `https://www.borger.dk`
lower-expected-url = her skal stå en webadresse
lower-expected-url-help = skriv hele adressen, fx `https://www.borger.dk`
lower-not-url = `{ $url }` er ikke en webadresse
lower-expected-postal-code = her skal stå et postnummer, men der står { $found }
lower-postal-code-help = skriv postnummer og by: `postnr 2600 Glostrup`
lower-postal-code-digits = et dansk postnummer har 4 cifre, `{ $code }` har { $digits }
lower-postal-code-town = et postnummer skal have sin by
lower-postal-code-town-help = skriv byen efter postnummeret: `postnr { $code } Glostrup`
lower-invalid-date = `{ $date }` er ikke en dato i kalenderen
lower-invalid-date-help = tjek dagen og måneden
lower-expected-date = her skal stå en dato, men der står { $found }
lower-expected-date-help = skriv `2024-02-06`, `06.02.2024`, `6. februar 2024` eller `maj 2024`
lower-law-before-number = her skal stå en lov eller `§` før `{ $number }`
lower-law-before-number-help = skriv `§` før hver paragraf, eller `§§ 83 og 84` for flere
lower-unknown-law = `{ $law }` er ikke en lov, som kvalitet kender
lower-unknown-law-help = skriv SEL (serviceloven), SUL (sundhedsloven), RSL (retssikkerhedsloven) eller ÆL (ældreloven)
lower-expected-paragraph-number = her skal stå et paragrafnummer efter `§`, men der står { $found }
lower-expected-paragraph-number-help = skriv paragraffen: `SEL § 86`
lower-expected-reference-end = her skal stå `,` eller slutningen af henvisningen, men der står { $found }
lower-expected-reference-end-help = adskil henvisninger med komma: `SEL § 86 stk. 1, SUL § 140`
lower-expected-paragraph = her skal stå `§` og en paragraf, men der står { $found }
lower-expected-paragraph-help = skriv loven, `§` og paragraffen: `SEL § 86 stk. 1`
# src/lower/contact.rs
lower-expected-contact-name = her skal stå kontaktens korte navn, men der står { $found }
lower-expected-contact-name-help = skriv `kontakt visitationen "Glostrup Kommune, Visitationen" {"{"} … {"}"}`
lower-after-contact-name = kontaktens navn
lower-duplicate-contact = der er allerede en kontakt med navnet `{ $name }`
lower-duplicate-contact-label = første gang her
lower-duplicate-contact-help = giv hver kontakt sit eget korte navn, fx `ankestyrelsen-klage`
lower-needs-value = `{ $keyword }` skal have en værdi
lower-write-example = skriv `{ $example }`
lower-organ-takes-body = `organ` tager navnet på et organ i registret
lower-organ-help = skriv `organ ankestyrelsen`
lower-name-text = tekst
lower-after-contact-field = `{ $keyword }`
# src/lower/proposal.rs
lower-proposal-whole-standard = en kvalitetsstandard kan ikke som helhed være et forslag
lower-proposal-whole-standard-label = markerer hele standarden
lower-proposal-whole-standard-help = en standard, der venter på at blive godkendt, markeres `udkast`; markér de afsnit eller værdier, der foreslås, med `forslag:`
lower-proposal-header = `{ $keyword }` beskriver dokumentet og kan ikke være et forslag
lower-proposal-header-label = markerer en linje i standardens hoved
lower-proposal-header-help = `forslag:` markerer, hvad standarden lover: et afsnit, en indsats, en kontakt eller en linje i dem; en standard, der venter på at blive godkendt, markeres `udkast`
# src/lower/scheme.rs
lower-other-scheme-needs-law = `anden-ordning` skal have loven for den anden ordning
lower-other-scheme-needs-law-help = skriv `anden-ordning SUL § 140 "Genoptræning efter udskrivning"`
lower-other-scheme-no-law = `{ $reference }` nævner ingen lov
lower-other-scheme-no-law-label = hvilken lov?
lower-other-scheme-no-law-help = en anden ordning hører under en anden lov end standarden: nævn loven, som i `anden-ordning SUL § 140`
lower-after-other-scheme = den anden ordning
# src/lower/section.rs
lower-afsnit-needs-heading = `afsnit` skal have en overskrift
lower-afsnit-needs-heading-help = skriv `afsnit "Arbejdsmiljø" """…"""`
lower-after-link = linket
lower-needs-text = `{ $keyword }` skal have tekst i anførselstegn, men der står { $found }
lower-needs-text-help = skriv `{ $keyword } "…"`, eller `"""` … `"""` til længere tekst
lower-after-text = teksten
lower-expected-reference = her skal stå navnet på en kontakt eller et organ, men der står `{ $found }`
lower-expected-reference-help = skriv navnet på en kontakt, fx `visitationen`, eller tekst i anførselstegn
lower-needs-reference = `{ $keyword }` skal have et navn
lower-needs-reference-help = skriv `{ $keyword } visitationen` eller `{ $keyword } "…"`
lower-after-name = navnet
lower-after-yes-no = `ja` eller `nej`
lower-after-choice = valget
lower-pakke-needs-name = en `pakke` skal have et navn i anførselstegn
lower-pakke-needs-name-help = skriv `pakke "Almen" {"{"} … {"}"}`
lower-after-note = bemærkningen
lower-after-amount = beløbet
lower-expected-list-item = her skal stå { $what }, men der står `{ $found }`
lower-expected-age = her skal stå en aldersgrænse, men der står { $found }
lower-expected-age-help = skriv `alder 65 år og derover`, `alder over 18 år` eller `alder 18-64 år`
lower-after-age-limit = aldersgrænsen
lower-value-cause = en årsag
lower-undtaget-needs-text = `undtaget` skal have, hvem der er undtaget, i anførselstegn, men der står { $found }
lower-undtaget-needs-text-help = skriv `undtaget "efter en sygehusindlæggelse" SUL § 140`
lower-value-delivery-form = en form for levering
lower-value-place = et sted
lower-sted-or-quoted = `sted` (eller et sted i anførselstegn)
lower-unknown-keyword-anywhere = ukendt nøgleord `{ $keyword }`
lower-after-deadline = fristen
lower-deadline-duration-help = skriv en varighed, og hvad fristen regnes fra: `10 hverdage efter ansøgning`, eller `straks`
lower-expected-event = her skal stå, hvad fristen regnes fra, men der står { $found }
lower-expected-event-help = skriv efter `efter`, hvad fristen regnes fra: `efter ansøgning`, `efter afgørelse`
lower-after-route-heading = klagevejens overskrift
lower-ovrig-needs-heading = en `øvrig` klagevej skal have en overskrift
lower-ovrig-needs-heading-help = skriv `øvrig "Klager over tilbud efter sundhedsloven" {"{"} … {"}"}`

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

### Rules, part 1

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

### Rules, part 2

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

file-internal-error = kvalitet kunne ikke behandle denne fil: { $what }
file-unknown-failure = en ukendt fejl
file-bug-help = dette er en fejl i kvalitet; meld den, og vedlæg denne fil
file-unreadable = filen kan ikke læses: { $error }
file-unreadable-help = tjek, at filen findes, og at du har lov til at læse den
file-too-large = filen fylder { $size } byte: kvalitet læser standarder på under 4 GiB
file-too-large-help = en standard er et dokument på nogle sider; tjek, at det er den fil, du mente
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
output-help-head = hjælp

## The language server (src/lsp)

lsp-allow = tillad { $code } ({ $name }) i dette udsagn, med en begrundelse
lsp-fix = { $title } ({ $code })
lsp-unsafe-fix = { $title } ({ $code }; usikker: den ændrer, hvad standarden lover)
lsp-fix-all = ret { $count ->
    [one] 1 fund
   *[other] { $count } fund
}, som kvalitet kan rette sikkert
