//! The table of the language. One entry a keyword: adding one here is enough for the
//! lowering to know where it may stand (and, by a compile error, to be told to lower
//! it), for "did you mean" to suggest it and for the docs to list it.

use super::{Block, Keyword, PlaceSpec, Repeat, Value};

/// Defines [`Place`], one enum of keywords for each place, and [`PLACES`].
macro_rules! language {
    ($(
        $(#[doc = $pdoc:literal])*
        place $Place:ident ($Enum:ident) {
            title: $title:literal,
            phrase: $phrase:literal,
            home: $home:literal,
            doc: $doc:literal,
            includes: [$($Include:ident),*],
            entries: $entries:expr,
            keywords: {
                $(
                    $Variant:ident $word:literal: $value:ident, $repeat:ident,
                    $block:ident $(($inner:ident))?, $kdoc:literal, $example:literal;
                )*
            }
        }
    )*) => {
        /// A place of the language: the top of a file or the inside of a block.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Place {
            $($(#[doc = $pdoc])* $Place,)*
        }

        impl Place {
            /// Every place, in the order of the table.
            pub const ALL: &'static [Place] = &[$(Place::$Place),*];

            /// The place's description.
            pub const fn spec(self) -> &'static PlaceSpec {
                match self {
                    $(Place::$Place => {
                        const SPEC: PlaceSpec = PlaceSpec {
                            place: Place::$Place,
                            title: $title,
                            phrase: $phrase,
                            home: $home,
                            doc: $doc,
                            includes: &[$(Place::$Include),*],
                            entries: $entries,
                            keywords: &[$(*$Enum::$Variant.spec()),*],
                        };
                        &SPEC
                    })*
                }
            }
        }

        $(
            #[doc = concat!("The keywords of ", $phrase, " (", stringify!($Place), ").")]
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
            pub enum $Enum {
                $(#[doc = $kdoc] $Variant,)*
            }

            impl $Enum {
                /// Every keyword of the place, in the order of the table.
                pub const ALL: &'static [$Enum] = &[$($Enum::$Variant),*];
                /// The place these keywords stand in.
                pub const PLACE: Place = Place::$Place;

                /// The word as written.
                pub fn word(self) -> &'static str {
                    match self {
                        $($Enum::$Variant => $word,)*
                    }
                }

                /// The keyword that is `word`, if it is one of this place.
                #[allow(clippy::match_single_binding)]
                pub fn from_word(word: &str) -> Option<Self> {
                    match word {
                        $($word => Some($Enum::$Variant),)*
                        _ => None,
                    }
                }

                /// The keyword's entry in the table.
                pub const fn spec(self) -> &'static Keyword {
                    match self {
                        $($Enum::$Variant => &Keyword {
                            word: $word,
                            place: Place::$Place,
                            value: Value::$value,
                            repeat: Repeat::$repeat,
                            block: Block::$block $((Place::$inner))?,
                            doc: $kdoc,
                            example: $example,
                        },)*
                    }
                }
            }
        )*

        /// Every place with its keywords, in the order of [`Place`].
        pub static PLACES: &[&PlaceSpec] = &[$(Place::$Place.spec()),*];
    };
}

language! {
    /// The top of a file.
    place File (FileKw) {
        title: "the top of the file",
        phrase: "at the top of the file",
        home: "the top of the file",
        doc: "A file holds one standard.",
        includes: [],
        entries: None,
        keywords: {
            Kvalitetsstandard "kvalitetsstandard": Title, Once, Required(Standard),
                "The standard: its title and a block with everything it says.",
                "kvalitetsstandard \"Genoptræning efter servicelovens § 86\" {";
        }
    }

    /// `kvalitetsstandard { … }`.
    place Standard (StandardKw) {
        title: "`kvalitetsstandard { … }`",
        phrase: "in a kvalitetsstandard",
        home: "`kvalitetsstandard { … }`",
        doc: "The document header, sections, indsatser and contacts.",
        includes: [Sections],
        entries: None,
        keywords: {
            Kommune "kommune": Name, Once, None,
                "The municipality the standard is for.",
                "kommune Lyngby-Taarbæk";
            Kommunekode "kommunekode": MunicipalityCode, Once, None,
                "The municipality's code from Danmarks Statistik.",
                "kommunekode 173";
            År "år": Year, Once, None,
                "The year the standard is for.",
                "år 2024";
            Gyldig "gyldig": Period, Once, None,
                "When the standard applies.",
                "gyldig 2024-01-01 til 2024-12-31";
            Dato "dato": Date, Once, None,
                "A date the document carries (publication), when it states no approval.",
                "dato maj 2011";
            Godkendt "godkendt": Approval, Once, None,
                "When and by whom the standard was approved.",
                "godkendt 6. februar 2024 af \"Social- og Sundhedsudvalget\"";
            Revideres "revideres": Revision, Once, None,
                "How often the standard is revised.",
                "revideres årligt";
            Udkast "udkast": Nothing, Once, None,
                "The standard is a draft awaiting approval.",
                "udkast";
            Opdateret "opdateret": Date, Once, None,
                "When the document says it was last updated: neither its approval nor its own date.",
                "opdateret 4. marts 2021";
            Udateret "udateret": Nothing, Once, None,
                "The document carries no date at all: said, so that no date is taken for missing by mistake.",
                "udateret";
            FastsatAf "fastsat-af": References, Once, None,
                "Who sets the service level (e.g. the city council), as distinct from who approved the document.",
                "fastsat-af \"Byrådet\"";
            Kilde "kilde": Link, Many, None,
                "Where the standard is published: the web page or PDF the file is transcribed from.",
                "kilde \"Kvalitetsstandard 2024 (PDF)\" https://www.kommune.dk/kvalitetsstandard.pdf";
            Uddrag "uddrag": Nothing, Once, None,
                "The file holds only part of its source: what it leaves out is not in this file, not missing from the standard.",
                "uddrag";
            Lovgrundlag "lovgrundlag": LawRefs, Many, None,
                "The standard's legal basis.",
                "lovgrundlag SEL § 86 stk. 1, SUL § 140 a";
            AndenOrdning "anden-ordning": OtherScheme, Many, None,
                "Another scheme, under another law, that citizens are sent to: not the standard's legal basis.",
                "anden-ordning SUL § 140 \"Genoptræning efter udskrivning fra sygehus\"";
            Resumé "resumé": Heading, Many, Required(Sections),
                "The \"kort fortalt\" part: a block of sections.",
                "resumé \"Kvalitetsstandarden – kort fortalt\" {";
            Indsats "indsats": Title, Many, Required(Indsats),
                "One service described inside the standard: its own sections and contacts.",
                "indsats \"Holdtræning\" {";
            Kontakt "kontakt": ContactDefinition, Many, Required(Contact),
                "A contact definition (§ 5).",
                "kontakt visitationen \"Visitationen\" {";
        }
    }

    /// `indsats { … }`.
    place Indsats (IndsatsKw) {
        title: "`indsats { … }`",
        phrase: "in an indsats",
        home: "an `indsats`",
        doc: "One service of the standard: its legal basis, contacts and sections.",
        includes: [Sections],
        entries: None,
        keywords: {
            Lovgrundlag "lovgrundlag": LawRefs, Many, None,
                "The indsats's legal basis.",
                "lovgrundlag SEL § 86 stk. 2";
            AndenOrdning "anden-ordning": OtherScheme, Many, None,
                "Another scheme, under another law, that citizens are sent to: not the indsats's legal basis.",
                "anden-ordning SUL § 140 a \"Vederlagsfri fysioterapi\"";
            Kontakt "kontakt": ContactDefinition, Many, Required(Contact),
                "A contact definition (§ 5).",
                "kontakt holdtræning \"Træningscentret\" {";
        }
    }

    /// The section keywords, in a standard, an indsats and a `resumé`.
    place Sections (SectionKind) {
        title: "the sections",
        phrase: "in `resumé`",
        home: "a `kvalitetsstandard` or an `indsats`",
        doc: "The sections of a document, in a standard, an indsats and a `resumé`.",
        includes: [],
        entries: None,
        keywords: {
            Indledning "indledning": SectionHead, Many, Optional(Section),
                "Foreword, introduction.", "indledning \"Kvalitetsstandarden beskriver genoptræningen.\"";
            Formål "formål": SectionHead, Many, Optional(Section),
                "What the service is for.", "formål \"Du får træning, så du kan klare dig selv.\"";
            Behov "behov": SectionHead, Many, Optional(Section),
                "Which needs the service covers.", "behov \"Du har nedsat funktionsevne efter sygdom.\"";
            Målgruppe "målgruppe": SectionHead, Many, Optional(Målgruppe),
                "Who can and who cannot get the service.", "målgruppe {";
            Tildeling "tildeling": SectionHead, Many, Optional(Tildeling),
                "Who decides, and how (visitation, bevilling).", "tildeling \"Visitationen træffer afgørelsen.\"";
            Ansøgning "ansøgning": SectionHead, Many, Optional(Ansøgning),
                "How to apply.", "ansøgning \"Du søger hos visitationen.\"";
            Indhold "indhold": SectionHead, Many, Optional(Indhold),
                "What is included and what is not.", "indhold {";
            Ramme "ramme": SectionHead, Many, Optional(Ramme),
                "Where and in what form the service takes place.", "ramme \"Træningen foregår på træningscentret.\"";
            Omfang "omfang": SectionHead, Many, Optional(Omfang),
                "Sessions, frequency, lengths.", "omfang {";
            Leverandør "leverandør": SectionHead, Many, Optional(Leverandør),
                "Provider, free choice, competences.", "leverandør {";
            Egenbetaling "egenbetaling": SectionHead, Many, Optional(Egenbetaling),
                "What the citizen pays.", "egenbetaling 0 kr";
            Kørsel "kørsel": SectionHead, Many, Optional(Kørsel),
                "Transport.", "kørsel { tilbydes efter-vurdering }";
            Frister "frister": SectionHead, Many, Optional(Frister),
                "Deadlines (sagsbehandlingstider).", "frister {";
            Kvalitetsmål "kvalitetsmål": SectionHead, Many, Optional(Frister),
                "The municipality's quality goals.", "kvalitetsmål {";
            Pligter "pligter": SectionHead, Many, Optional(Section),
                "The citizen's duties (afbud, udeblivelse).", "pligter \"Du skal melde afbud senest dagen før.\"";
            Opfølgning "opfølgning": SectionHead, Many, Optional(Section),
                "Follow-up and the end of the course.", "opfølgning \"Forløbet afsluttes med en samtale.\"";
            Tilsyn "tilsyn": SectionHead, Many, Optional(Section),
                "Supervision.", "tilsyn \"Kommunen fører tilsyn med træningen.\"";
            Klage "klage": SectionHead, Many, Optional(Klage),
                "Complaint routes.", "klage {";
            SærligeForhold "særlige-forhold": SectionHead, Many, Optional(Section),
                "Special conditions.", "særlige-forhold \"Træningen kan ske i eget hjem.\"";
            Afsnit "afsnit": SectionHead, Many, Optional(Section),
                "Any other section; its heading is required.", "afsnit \"Arbejdsmiljø\" \"Hjemmet skal indrettes, så personalet kan arbejde sikkert.\"";
        }
    }

    /// What every section block may hold.
    place Section (SectionCommonKw) {
        title: "every section block",
        phrase: "in a section",
        home: "a section",
        doc: "Text, links, contacts and law references: in every section block.",
        includes: [],
        entries: None,
        keywords: {
            Tekst "tekst": Text, Many, None,
                "Free text of the section.", "tekst \"Træningen tilrettelægges efter dine mål.\"";
            Link "link": Link, Many, None,
                "A link.", "link \"Ansøgningsskema\" https://www.kommune.dk/skema";
            Kontakt "kontakt": ContactUse, Many, Optional(Contact),
                "The contacts the section points to, or a contact defined here.",
                "kontakt visitationen";
            Lovgrundlag "lovgrundlag": LawRefs, Many, None,
                "Law references the section makes.", "lovgrundlag SEL § 86 stk. 1";
        }
    }

    /// `målgruppe { … }`.
    place Målgruppe (MålgruppeKw) {
        title: "`målgruppe { … }`",
        phrase: "in `målgruppe`",
        home: "`målgruppe { … }`",
        doc: "Who can and who cannot get the service.",
        includes: [Section],
        entries: None,
        keywords: {
            Kan "kan": Text, Many, None,
                "Who can get the service.", "kan \"Borgere med nedsat fysisk funktionsevne.\"";
            KanIkke "kan-ikke": Text, Many, None,
                "Who cannot.", "kan-ikke \"Borgere med en genoptræningsplan fra sygehuset.\"";
            Alder "alder": Age, Once, None,
                "The age limit of the target group.", "alder 65 år og derover";
            Årsag "årsag": Causes, Many, None,
                "What the need must follow from.", "årsag sygdom, fald";
            Undtaget "undtaget": Exclusion, Many, None,
                "Who is excluded, and the other route that covers them (never the standard's own basis).",
                "undtaget \"efter en sygehusindlæggelse\" SUL § 140";
        }
    }

    /// `tildeling { … }`.
    place Tildeling (TildelingKw) {
        title: "`tildeling { … }`",
        phrase: "in `tildeling`",
        home: "`tildeling { … }`",
        doc: "Who decides and who assesses the need.",
        includes: [Section],
        entries: None,
        keywords: {
            AfgøresAf "afgøres-af": References, Many, None,
                "Who decides.", "afgøres-af visitationen";
            VurderesAf "vurderes-af": References, Many, None,
                "Who assesses the need.", "vurderes-af \"en terapeut fra Sundhed og Træning\"";
        }
    }

    /// `ansøgning { … }`.
    place Ansøgning (AnsøgningKw) {
        title: "`ansøgning { … }`",
        phrase: "in `ansøgning`",
        home: "`ansøgning { … }`",
        doc: "How to apply, and who may ask for the service.",
        includes: [Section],
        entries: None,
        keywords: {
            SøgesAf "søges-af": Requesters, Many, None,
                "Who may ask for the service: the citizen, or someone on the citizen's behalf.",
                "søges-af borgeren, pårørende, egen-læge, hjemmeplejen";
        }
    }

    /// `ramme { … }`.
    place Ramme (RammeKw) {
        title: "`ramme { … }`",
        phrase: "in `ramme`",
        home: "`ramme { … }`",
        doc: "How and where the service is delivered.",
        includes: [Section],
        entries: None,
        keywords: {
            Form "form": DeliveryForms, Once, None,
                "How the service is delivered.", "form individuelt, på-hold";
            Sted "sted": DeliveryPlaces, Once, None,
                "Where the service is delivered.", "sted træningscenter, eget-hjem";
        }
    }

    /// `indhold { … }`.
    place Indhold (IndholdKw) {
        title: "`indhold { … }`",
        phrase: "in `indhold`",
        home: "`indhold { … }`",
        doc: "What is included and what is not.",
        includes: [Section],
        entries: None,
        keywords: {
            Indgår "indgår": Text, Many, None,
                "What is included.", "indgår \"Styrketræning og balancetræning.\"";
            IndgårIkke "indgår-ikke": Text, Many, None,
                "What is not.", "indgår-ikke \"Transport til og fra træning.\"";
        }
    }

    /// `omfang { … }`.
    place Omfang (OmfangKw) {
        title: "`omfang { … }`",
        phrase: "in `omfang`",
        home: "`omfang { … }`",
        doc: "How much: sessions, frequency, lengths, or packages of them.",
        includes: [Scope, Section],
        entries: None,
        keywords: {
            Pakke "pakke": PakkeHead, Many, Optional(Pakke),
                "A named package of the service with its own scope.",
                "pakke \"Almen\" {";
        }
    }

    /// The fields of a scope, in `omfang` and in a `pakke`.
    place Scope (ScopeKw) {
        title: "the fields of a scope",
        phrase: "in `omfang`",
        home: "`omfang { … }` or a `pakke`",
        doc: "The fields of a scope, in `omfang` and in a `pakke`.",
        includes: [],
        entries: None,
        keywords: {
            Gange "gange": Count, Once, None,
                "How many sessions.", "gange op til 21";
            Hyppighed "hyppighed": Frequency, Once, None,
                "How often.", "hyppighed 1-2 gange ugentligt";
            Længde "længde": Duration, Once, None,
                "How long one session lasts.", "længde 30-60 min";
            Forløb "forløb": Duration, Once, None,
                "How long the whole course lasts.", "forløb op til 3 måneder";
            Pause "pause": Duration, Once, None,
                "The wait between two courses.", "pause mindst 6 måneder";
            Forlængelse "forlængelse": Count, Once, None,
                "How many more sessions an extension gives.", "forlængelse op til 5 gange";
            Vejledende "vejledende": Nothing, Once, None,
                "The scope is a guide, not a limit.", "vejledende";
        }
    }

    /// `pakke "Navn" { … }` inside `omfang`.
    place Pakke (PakkeKw) {
        title: "`pakke { … }`",
        phrase: "in `pakke`",
        home: "a `pakke`",
        doc: "A package: its scope and text.",
        includes: [Scope],
        entries: None,
        keywords: {
            Tekst "tekst": Text, Many, None,
                "Text about the package.", "tekst \"Træning på hold.\"";
        }
    }

    /// `leverandør { … }`.
    place Leverandør (LeverandørKw) {
        title: "`leverandør { … }`",
        phrase: "in `leverandør`",
        home: "`leverandør { … }`",
        doc: "Who delivers the service.",
        includes: [Section],
        entries: None,
        keywords: {
            Udfører "udfører": References, Many, None,
                "Who delivers.", "udfører træningsenheden, \"private leverandører\"";
            FritValg "frit-valg": YesNo, Once, None,
                "Whether the citizen can choose the provider.", "frit-valg ja";
            Kompetencekrav "kompetencekrav": Text, Many, None,
                "What the staff must be able to.", "kompetencekrav \"Autoriserede fysio- og ergoterapeuter.\"";
        }
    }

    /// `kørsel { … }`.
    place Kørsel (KørselKw) {
        title: "`kørsel { … }`",
        phrase: "in `kørsel`",
        home: "`kørsel { … }`",
        doc: "Transport to and from the service; a `lovgrundlag` here is the transport's own.",
        includes: [Section],
        entries: None,
        keywords: {
            Tilbydes "tilbydes": Transport, Once, None,
                "Whether transport is offered.", "tilbydes efter-vurdering";
        }
    }

    /// `egenbetaling { … }`.
    place Egenbetaling (EgenbetalingKw) {
        title: "`egenbetaling { … }`",
        phrase: "in `egenbetaling`",
        home: "`egenbetaling { … }`",
        doc: "What the citizen pays.",
        includes: [Section],
        entries: Some("a price: a name, then an amount (§ 6.4) and an optional note, or only a note in quotes: `ophold 173 kr pr. dag \"kost\"`"),
        keywords: {
            Pris "pris": NamedPrice, Many, None,
                "A price whose name is more than one word.",
                "pris \"Kost og logi\" 173 kr pr. dag";
        }
    }

    /// `frister { … }` and `kvalitetsmål { … }`.
    place Frister (FristerKw) {
        title: "`frister { … }` and `kvalitetsmål { … }`",
        phrase: "in `frister`",
        home: "`frister { … }`",
        doc: "Deadlines: each line a name and its deadline.",
        includes: [Section],
        entries: Some("a deadline: a name, a duration (or `straks`), `efter` and the event, optionally `tilstræbt` and a note: `afgørelse 10 hverdage efter ansøgning`"),
        keywords: {
            Frist "frist": NamedDeadline, Many, None,
                "A deadline whose name is more than one word.",
                "frist \"Afgørelse om hjælpemidler\" 10 hverdage efter ansøgning";
        }
    }

    /// `klage { … }`.
    place Klage (RouteKind) {
        title: "`klage { … }`",
        phrase: "in `klage`",
        home: "`klage { … }`",
        doc: "Complaint routes, one block each.",
        includes: [Section],
        entries: None,
        keywords: {
            Afgørelse "afgørelse": Heading, Many, Required(Route),
                "Complaints about a decision.", "afgørelse \"Klage over afgørelsen\" {";
            Serviceniveau "serviceniveau": Heading, Many, Required(Route),
                "Complaints about the service level.", "serviceniveau {";
            FagligtIndhold "fagligt-indhold": Heading, Many, Required(Route),
                "Complaints about the professional content of the training.", "fagligt-indhold {";
            Kvalitet "kvalitet": Heading, Many, Required(Route),
                "Complaints about quality.", "kvalitet {";
            Øvrig "øvrig": Heading, Many, Required(Route),
                "Any other route; its heading is required.", "øvrig \"Klager over tilbud efter sundhedsloven\" {";
        }
    }

    /// A complaint route inside `klage`.
    place Route (RouteKw) {
        title: "a complaint route: `afgørelse { … }` and the others",
        phrase: "in a complaint route",
        home: "a complaint route such as `klage { afgørelse { … } }`",
        doc: "Where a complaint goes, its deadline and what happens next.",
        includes: [Section],
        entries: None,
        keywords: {
            Til "til": References, Many, None,
                "Where the complaint goes.", "til visitationen";
            Klagefrist "klagefrist": Deadline, Once, None,
                "The deadline for complaining.", "klagefrist 4 uger efter afgørelse";
            Genvurdering "genvurdering": OptionalDeadline, Once, None,
                "The decision is reconsidered first, optionally within a deadline.",
                "genvurdering 4 uger efter klage";
            Videre "videre": References, Many, None,
                "Where the complaint goes next.", "videre ankestyrelsen";
        }
    }

    /// `kontakt navn "Navn" { … }`.
    place Contact (ContactKw) {
        title: "`kontakt navn \"Navn\" { … }`",
        phrase: "in a `kontakt`",
        home: "`kontakt navn \"Navn\" { … }`",
        doc: "A contact: who, where and how to reach them.",
        includes: [],
        entries: None,
        keywords: {
            Organ "organ": RegistryBody, Once, None,
                "The national body this contact is.", "organ ankestyrelsen";
            Enhed "enhed": TextLine, Once, None,
                "The unit.", "enhed \"Tilsyn og Rådgivning Øst\"";
            Person "person": TextLine, Once, None,
                "A named person.", "person \"Navn Navnesen\"";
            Adresse "adresse": TextLine, Many, None,
                "One address line.", "adresse \"Dommervangen 4\"";
            Postnr "postnr": PostalCode, Once, None,
                "Postal code and town.", "postnr 2600 Glostrup";
            Telefon "telefon": Phone, Many, None,
                "A phone number.", "telefon 43 23 66 90 \"hverdage kl. 9-10\"";
            Telefontid "telefontid": TextLine, Once, None,
                "Telephone hours, as worded.", "telefontid \"hverdage kl. 9-10\"";
            Mail "mail": Email, Many, None,
                "An e-mail address.", "mail visitation@kommune.dk";
            SikkerMail "sikker-mail": Email, Many, None,
                "A secure e-mail address.", "sikker-mail sikkermail@kommune.dk";
            Web "web": Url, Many, None,
                "A web address.", "web https://www.kommune.dk";
            Note "note": TextLine, Once, None,
                "Anything else.", "note \"…\"";
        }
    }
}
