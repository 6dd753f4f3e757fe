//! KS110 `outdated-body`: a body named after it ceased, or after it stopped handling the
//! complaints routed to it. The documentation is [`DOC`].

use crate::check::codes::OUTDATED_BODY as RULE;
use crate::check::context::BodyMention;
use crate::check::{Context, StandardDate};
use crate::diag::Diagnostic;
use crate::registry::EndKind;

/// The documentation of the rule, shown by `kvalitet explain KS110`.
pub const DOC: &str = r#"## What it finds

A national body that the standard names (as a contact, or after `til`, `videre`,
`udfører` or `kontakt`) although the body had ceased on the standard's date; or a body
named as the target of a complaint route although it had stopped handling complaints
by then. The standard's date is its approval date, else its `dato`, else the start of
its validity, else the first of January of its `år`, else today. The help line names
the successor.

A body that ceased after the standard's date is `body-ceased-since-standard` (KS111).

## Why it matters

A complaint sent to a body that no longer exists, or no longer handles such complaints,
is delayed or lost, and the citizen may miss the klagefrist.

## Example

```kvs
kvalitetsstandard "Genoptræning" {
  år 2024
  klage {
    fagligt-indhold {
      til styrelsen-for-patientsikkerhed   # KS110: Styrelsen for Patientklager since 2018-07-01
    }
  }
}
```

## Fix

Unsafe, and only where a reference names the body itself (`til det-sociale-nævn`, or
the body's name in quotes): the reference is replaced by the body that holds the task
at the date of the run, by its registry id (or its name, in quotes). A contact that is
the body, and a body named in prose, are left to the writer, and so is a body whose
end, or whose successor's, the registry does not confirm.

## Source

The history of bodies in the registry, from the domain notes: De sociale nævn until
2013-07-01, then Ankestyrelsen (ast.dk, ny klagestruktur 2013); Statsforvaltningen until
2019-04-01 (familieretshuset.dk); Patientombuddet 2011-01-01 to 2015-10-08, then
Styrelsen for Patientsikkerhed, the complaint body until 2018-07-01, then Styrelsen for
Patientklager (stps.dk 2015 and 2018). Sundhedsvæsenets Patientklagenævn's end,
2011-01-01, is inferred and unconfirmed: a finding that rests on it is advice."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS110`.
pub const DOC_DA: &str = r#"## Hvad den finder

En landsdækkende myndighed, som standarden nævner (som en kontakt eller efter `til`,
`videre`, `udfører` eller `kontakt`), selv om myndigheden var nedlagt på standardens
dato; eller en myndighed, der nævnes som modtager i en klagevej, selv om den på det
tidspunkt var holdt op med at behandle klager. Standardens dato er dens
godkendelsesdato, ellers dens `dato`, ellers begyndelsen af dens gyldighed, ellers den
første januar i dens `år`, ellers i dag. Hjælpelinjen nævner efterfølgeren.

En myndighed, der blev nedlagt efter standardens dato, er `body-ceased-since-standard`
(KS111).

## Hvorfor det betyder noget

En klage, der sendes til en myndighed, som ikke længere findes eller ikke længere
behandler den slags klager, bliver forsinket eller går tabt, og borgeren kan overskride
klagefristen.

## Eksempel

```kvs
kvalitetsstandard "Genoptræning" {
  år 2024
  klage {
    fagligt-indhold {
      til styrelsen-for-patientsikkerhed   # KS110: Styrelsen for Patientklager siden 2018-07-01
    }
  }
}
```

## Rettelse

Usikker, og kun hvor en henvisning nævner selve myndigheden (`til det-sociale-nævn`,
eller myndighedens navn i anførselstegn): henvisningen erstattes af den myndighed, der
har opgaven på kørslens dato, med dens id i registret (eller dens navn, i
anførselstegn). En kontakt, der er myndigheden, og en myndighed, der nævnes i løbende
tekst, overlades til skribenten, og det gør en myndighed også, hvis ophør, eller hvis
efterfølgers ophør, registret ikke bekræfter.

## Kilde

Myndighedernes historie i registret, fra domain notes: De sociale nævn indtil
2013-07-01, derefter Ankestyrelsen (ast.dk, ny klagestruktur 2013); Statsforvaltningen
indtil 2019-04-01 (familieretshuset.dk); Patientombuddet 2011-01-01 til 2015-10-08,
derefter Styrelsen for Patientsikkerhed, klagemyndigheden indtil 2018-07-01, derefter
Styrelsen for Patientklager (stps.dk 2015 og 2018). Sundhedsvæsenets Patientklagenævns
ophør, 2011-01-01, er udledt og ikke bekræftet: et fund, der bygger på det, er et råd."#;

/// Reports bodies named after they ceased, or after their complaint role ended.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let date = ctx.date();
    for mention in ctx.body_mentions() {
        let body = mention.body;
        let Some(end) = ctx
            .registry
            .end_by(body, date.date, mention.complaint_target)
        else {
            continue;
        };
        // A contact that is the body answers for its end where it is defined.
        if end.kind == EndKind::Ceased && !mention.judges_end {
            continue;
        }
        let until = end.date.to_string();
        let successor = ctx.successor_help_message(body, &end, mention.complaint_target);
        let (message, help) = match end.kind {
            EndKind::Ceased if end.confirmed => (
                crate::msg!("ks110-ceased", body = &body.name, until = until),
                crate::msg!("ks110-help", date = date.describe(), successor = successor),
            ),
            EndKind::Ceased => (
                crate::msg!("ks110-ceased-unconfirmed", body = &body.name, until = until),
                crate::msg!(
                    "ks110-help-unconfirmed",
                    date = date.describe(),
                    successor = successor
                ),
            ),
            EndKind::ComplaintRoleEnded => (
                crate::msg!(
                    "ks110-complaint-role-ended",
                    body = &body.name,
                    until = until
                ),
                crate::msg!("ks110-help", date = date.describe(), successor = successor),
            ),
        };
        let fix = ctx.successor_fix(&mention, &end);
        out.push(
            finish(
                ctx.report_fact(&RULE, end.confirmed, mention.span, message),
                &mention,
                &date,
            )
            .with_help(help)
            .with_fix(fix),
        );
    }
}

/// Adds the labels every finding of the rule has.
fn finish(diagnostic: Diagnostic, mention: &BodyMention<'_>, date: &StandardDate) -> Diagnostic {
    let mut diagnostic = diagnostic.with_label(mention.label);
    if let Some(via) = mention.via {
        diagnostic = diagnostic.with_secondary(
            via,
            crate::msg!("ks110-contact-is", body = &mention.body.name),
        );
    }
    if let Some(span) = date.span {
        diagnostic = diagnostic.with_secondary(span, crate::msg!("ks110-standard-date"));
    }
    diagnostic
}
