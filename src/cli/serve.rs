//! `kvalitet serve`: starts the workbench (`crate::serve`) and prints where it is.

use super::args::ServeArgs;
use super::{Io, EXIT_OK};
use crate::model::values::Date;

/// Runs the workbench until it is stopped.
pub fn run(args: &ServeArgs, io: &mut Io<'_>) -> Result<u8, String> {
    let today = args
        .today
        .as_deref()
        .map(|text| {
            Date::parse_iso(text)
                .ok_or_else(|| format!("`--today {text}` is not a date; write YYYY-MM-DD"))
        })
        .transpose()?;
    let settings = crate::serve::Settings {
        dir: args.dir.clone(),
        port: args.port,
        listen: args.listen,
        open: args.open,
        today,
        // The policy writer's language, unless the command line asks for another.
        lang: io.lang.unwrap_or(crate::i18n::Lang::Da),
    };
    let listen = args.listen.is_some();
    let stdout = &mut *io.stdout;
    crate::serve::run(&settings, &mut |url| {
        let _ = writeln!(stdout, "kvalitet serve: the workbench is at {url}");
        if listen {
            let _ = writeln!(
                stdout,
                "the address holds the access token, shown only now: anyone with it can edit the files"
            );
        }
        let _ = writeln!(stdout, "stop it with Ctrl-C");
        let _ = stdout.flush();
    })?;
    Ok(EXIT_OK)
}
