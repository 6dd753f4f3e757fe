//! The Danish words of the comparison and the diff: labels, dates, ages, and the
//! definitions and caveats every report shows.
//!
//! The definitions and caveats follow what councils already know from KL's
//! servicemålsstatistik (a warning that municipalities are not directly comparable)
//! and noegletal.dk (a definition for every indicator, and dated sources).

use super::report::{AgeInfo, Definition};
use crate::model::values::Date;
use crate::model::{DateBasis, RouteKind, TransportOffer};

/// A date in Danish words, at its own precision: `6. februar 2024`, `maj 2011`, `2024`.
pub fn date(date: &Date) -> String {
    date.danish()
}

/// A standard's date with what it was read from: `godkendt 6. februar 2024`.
pub fn date_basis(basis: DateBasis, value: &Date) -> String {
    match basis {
        DateBasis::Approval => format!("godkendt {}", date(value)),
        DateBasis::Dated => format!("dateret {}", date(value)),
        DateBasis::Validity => format!("gyldig fra {}", date(value)),
        DateBasis::Year => format!("for {}", value.year),
        DateBasis::Today => "udateret".to_owned(),
    }
}

/// The age of a standard at `today`, counted from the earliest day its date can mean.
pub fn age(from: Date, today: Date) -> AgeInfo {
    let start = from.earliest();
    let days = today.days_since_epoch() - start.days_since_epoch();
    let month_index = |d: &Date| i64::from(d.year) * 12 + i64::from(d.month.unwrap_or(1));
    let mut months = month_index(&today) - month_index(&start);
    if today.day.unwrap_or(1) < start.day.unwrap_or(1) {
        months -= 1;
    }
    let text = if days < 0 {
        "dateret efter beregningsdatoen".to_owned()
    } else {
        let (years, rest) = (months / 12, months % 12);
        let years_text = match years {
            0 => None,
            1 => Some("1 år".to_owned()),
            n => Some(format!("{n} år")),
        };
        let months_text = match rest {
            0 => None,
            1 => Some("1 måned".to_owned()),
            n => Some(format!("{n} måneder")),
        };
        match (years_text, months_text) {
            (Some(y), Some(m)) => format!("{y} og {m}"),
            (Some(y), None) => y,
            (None, Some(m)) => m,
            (None, None) => "under 1 måned".to_owned(),
        }
    };
    AgeInfo {
        days,
        months: months.max(0),
        text,
    }
}

/// The heading and description of a deadline group, for the names standards use.
pub fn deadline_label(name: &str) -> (String, Option<String>) {
    let known = match name {
        "afgørelse" => Some((
            "Afgørelse",
            "Sagsbehandlingsfristen: tiden fra kommunen modtager ansøgningen, til den har truffet afgørelse (retssikkerhedsloven § 3, stk. 2).",
        )),
        "opstart" => Some(("Opstart", "Tiden, til træningen begynder.")),
        "brev" => Some((
            "Brev",
            "Tiden, til borgeren får et brev eller en første henvendelse.",
        )),
        "visitation" => Some((
            "Visitation",
            "Tiden, til visitationen eller den første samtale og undersøgelse.",
        )),
        "samtale" => Some(("Samtale", "Tiden, til en indledende samtale.")),
        "revurdering" => Some(("Revurdering", "Tiden, til indsatsen vurderes igen.")),
        "kontakt-om-opstart" => Some((
            "Kontakt om opstart",
            "Tiden, til borgeren bliver kontaktet om tid og sted for opstart.",
        )),
        _ => None,
    };
    match known {
        Some((label, description)) => (label.to_owned(), Some(description.to_owned())),
        None => (capitalise(&name.replace('-', " ")), None),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The heading of a dimension.
pub fn dimension_label(key: &str) -> &'static str {
    match key {
        "frequency" => "Hyppighed",
        "session_length" => "Længde pr. træningsgang",
        "sessions" => "Antal træningsgange",
        "course_length" => "Forløbets længde",
        "pause" => "Ventetid mellem forløb",
        "fees" => "Egenbetaling",
        "transport" => "Kørsel",
        "free_choice" => "Frit valg af leverandør",
        "provider" => "Leverandør",
        "age_limit" => "Alder",
        "delivery_form" => "Træningsform",
        "delivery_place" => "Sted",
        _ => "",
    }
}

/// The unit a dimension's figures are normalised to, in Danish.
pub fn dimension_unit(key: &str) -> Option<&'static str> {
    match key {
        "frequency" => Some("gange pr. uge"),
        "session_length" => Some("minutter"),
        "sessions" => Some("gange"),
        "course_length" | "pause" => Some("kalenderdage"),
        _ => None,
    }
}

/// The remark on a hedged value: `med forbehold: »typisk«`. The hedge softens the
/// promise, so a comparison marks it beside the figure.
pub fn hedge_note(word: &str) -> String {
    format!("med forbehold: »{word}«")
}

/// The remark on a proposed value (`forslag:`): it is not decided, so it is no promise
/// yet.
pub const PROPOSAL_NOTE: &str = "forslag – ikke vedtaget";

/// Whether transport is offered, in words.
pub fn transport(offer: TransportOffer) -> &'static str {
    match offer {
        TransportOffer::Ja => "Ja, kørsel tilbydes",
        TransportOffer::Nej => "Nej, borgeren sørger selv for kørsel",
        TransportOffer::EfterVurdering => "Efter en individuel vurdering",
    }
}

/// What a complaint route is about.
pub fn route_label(kind: RouteKind) -> &'static str {
    match kind {
        RouteKind::Afgørelse => "Klage over afgørelsen",
        RouteKind::Serviceniveau => "Klage over serviceniveauet",
        RouteKind::FagligtIndhold => "Klage over det faglige indhold",
        RouteKind::Kvalitet => "Klage over kvaliteten",
        RouteKind::Øvrig => "Øvrige klager",
    }
}

/// A body that has ceased, in words.
pub fn ceased(name: &str, until: &Date, successor: Option<&str>, confirmed: bool) -> String {
    let successor = successor.map(|s| format!("; nu {s}")).unwrap_or_default();
    if confirmed {
        format!("{name} er nedlagt {}{successor}", date(until))
    } else {
        format!(
            "{name} er formentlig nedlagt {} (datoen er ikke bekræftet){successor}",
            date(until)
        )
    }
}

/// A body that no longer handles the complaints sent to it, in words.
pub fn role_ended(name: &str, end: &Date, successor: &str) -> String {
    format!(
        "{name} behandler ikke disse klager siden {}; nu {successor}",
        date(end)
    )
}

/// What every dimension means.
pub fn definitions() -> Vec<Definition> {
    let d = |key, label, text| Definition { key, label, text };
    vec![
        d(
            "deadlines",
            "Frister",
            "Den længste tid, standarden lover, fra en hændelse (fx at ansøgningen er modtaget) til noget sker (fx afgørelsen). Fristen vises, som den står i standarden, og omregnet til kalenderdage: hverdage × 7/5 (5 hverdage er 7 kalenderdage; helligdage er ikke regnet med), uger × 7, måneder × 30 og år × 365. »dage« siger ikke, om det er hverdage eller kalenderdage: det læses som kalenderdage og markeres som tvetydigt, med tallet som hverdage ved siden af. »Tilstræbt« er et mål, kommunen stræber efter, ikke et løfte. Frister er samlet efter det navn, standarden giver dem; hvad fristen regnes fra, står ved hver frist.",
        ),
        d(
            "frequency",
            "Hyppighed",
            "Hvor ofte borgeren træner, som det står, og omregnet til gange pr. uge (pr. dag × 7, pr. måned × 7/30, pr. kvartal × 7/91, pr. år × 7/365).",
        ),
        d(
            "session_length",
            "Længde pr. træningsgang",
            "Hvor længe én træningsgang varer, i minutter (timer × 60).",
        ),
        d(
            "sessions",
            "Antal træningsgange",
            "Det største antal træningsgange i et forløb. Et loft pr. periode (fx højst 43 om året) vises, som det står, uden omregning.",
        ),
        d(
            "course_length",
            "Forløbets længde",
            "Hvor længe et træningsforløb varer, omregnet til kalenderdage som fristerne.",
        ),
        d(
            "pause",
            "Ventetid mellem forløb",
            "Den tid, der mindst skal gå mellem to forløb, omregnet til kalenderdage.",
        ),
        d(
            "fees",
            "Egenbetaling",
            "Hvad borgeren selv betaler, post for post, som det står. 0 kr vises kun, når standarden selv skriver det.",
        ),
        d(
            "transport",
            "Kørsel",
            "Om kommunen tilbyder kørsel til træningen: ja, nej (borgeren sørger selv for kørsel) eller efter en individuel vurdering.",
        ),
        d(
            "free_choice",
            "Frit valg af leverandør",
            "Om borgeren kan vælge en anden leverandør end den, kommunen anviser.",
        ),
        d(
            "provider",
            "Leverandør",
            "Hvem der udfører træningen, med de navne standarden bruger.",
        ),
        d(
            "complaints",
            "Klageadgang",
            "Hvor borgeren kan klage, klagefristen, om kommunen genvurderer sagen, og hvor klagen sendes videre. Klageadgangen er forældet, når den sender klager til en myndighed, der på beregningsdatoen var nedlagt eller ikke længere behandlede den slags klager (fx De sociale nævn, nedlagt 1. juli 2013, og Styrelsen for Patientsikkerhed, der ikke har behandlet klager over det faglige indhold siden 1. juli 2018). Datoerne kommer fra registret over myndigheder i kvalitet, hvor hver dato har en kilde; kontrollens fund KS110 og KS111 bygger på de samme datoer.",
        ),
        d(
            "age",
            "Standardens alder",
            "Tiden fra standardens dato til beregningsdatoen. Datoen er godkendelsesdatoen, ellers dokumentets egen dato, ellers starten på gyldighedsperioden, ellers 1. januar i det år, standarden gælder for. Kommunalbestyrelsen skal udarbejde kvalitetsstandarden mindst én gang om året (bekendtgørelse nr. 1575 af 27. december 2014, § 1).",
        ),
        d(
            "findings",
            "Fund fra kontrollen",
            "Hvad kvalitet fandt, da standarden blev kontrolleret på beregningsdatoen: fejl (standarden lover noget forkert eller kan ikke læses), advarsler (sandsynligvis forkert) og råd. Hver kode forklares med »kvalitet explain KODE«.",
        ),
        d(
            "levels",
            "Generelt og pr. indsats",
            "En standard kan angive en værdi i sin generelle del eller i de enkelte indsatser. Først vises de forskellige værdier fra den generelle del; derefter hver værdi fra en indsats, som afviger fra dem alle, med navnene på de indsatser, der angiver den. Står en værdi kun i indsatserne, vises hver forskellig værdi én gang med sine indsatser.",
        ),
        d(
            "not_stated",
            "Ikke angivet",
            "Standarden siger intet om det. »Ikke angivet« er ikke det samme som nul eller nej.",
        ),
    ]
}

/// What the comparison cannot say.
pub fn caveats() -> Vec<String> {
    [
        "Kommunerne kan ikke sammenlignes direkte. Standarderne beskriver ikke helt de samme ydelser (nogle kun serviceloven § 86, andre også genoptræning efter sundhedsloven), de er fra forskellige år, og de er skrevet med forskellig detaljeringsgrad.",
        "Frister regnes fra forskellige hændelser: ansøgningen er modtaget, henvisningen, visitationen eller afgørelsen. To frister med samme navn kan derfor ikke altid sammenlignes direkte; hvad fristen regnes fra, står ved hver frist.",
        "Omregningen til kalenderdage er en tilnærmelse: hverdage × 7/5 tager ikke højde for helligdage, og en måned regnes som 30 dage.",
        "Standarden viser det serviceniveau, kommunalbestyrelsen har besluttet, ikke hvad borgerne oplever. Hvor ofte fristerne bliver overholdt, står ikke i standarden.",
        "Tal markeret »vejledende« er ikke løfter: hver borgers forløb fastsættes efter en konkret, individuel vurdering.",
        "En ældre standard kan være afløst af en nyere, som ikke er med her. Se datoen for hver standard.",
        "Tallene er læst fra .kvs-filerne, der gengiver kommunernes dokumenter. Er der tvivl, gælder kommunens offentliggjorte standard.",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_words_keep_their_precision() {
        assert_eq!(date(&Date::ymd(2024, 2, 6)), "6. februar 2024");
        let may = Date {
            year: 2011,
            month: Some(5),
            day: None,
        };
        assert_eq!(date(&may), "maj 2011");
    }

    #[test]
    fn ages_count_whole_months() {
        let today = Date::ymd(2026, 11, 23);
        assert_eq!(age(Date::ymd(2024, 2, 6), today).text, "2 år og 9 måneder");
        assert_eq!(age(Date::ymd(2025, 11, 23), today).text, "1 år");
        assert_eq!(age(Date::ymd(2026, 11, 1), today).text, "under 1 måned");
        assert_eq!(age(Date::ymd(2026, 10, 24), today).text, "under 1 måned");
        assert_eq!(age(Date::ymd(2026, 10, 23), today).text, "1 måned");
        assert_eq!(
            age(Date::ymd(2027, 1, 1), today).text,
            "dateret efter beregningsdatoen"
        );
        let may = Date {
            year: 2011,
            month: Some(5),
            day: None,
        };
        let age = age(may, today);
        assert_eq!((age.months, age.text.as_str()), (186, "15 år og 6 måneder"));
    }
}
