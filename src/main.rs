//! The `kvalitet` command: a thin shell around `kvalitet::cli`.

use std::io::IsTerminal;
use std::process::ExitCode;

/// mimalloc instead of the system allocator: the compiler allocates many small,
/// short-lived values on every worker thread, where glibc's allocator spends a sixth of
/// the time of a whole-country check (see `benches/denmark.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Standard input and output are not held locked: `kvalitet lsp` reads and writes
    // them from threads of its own.
    let stderr = std::io::stderr();
    let mut io = kvalitet::cli::Io {
        stdin: &mut std::io::stdin(),
        stdout: &mut std::io::stdout(),
        stderr: &mut stderr.lock(),
        color: std::io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        lang: None,
    };
    let code = kvalitet::cli::run(std::env::args_os(), &mut io);
    ExitCode::from(code)
}
