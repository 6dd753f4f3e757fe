//! `kvalitet lsp`: a Language Server Protocol server over standard input and output.
//!
//! Built on rust-analyzer's `lsp-server` (the transport and the handshake) and
//! `lsp-types` (the protocol's types), after the shape of its examples and of ruff's
//! server: one thread speaks the protocol (`server.rs`), one worker checks documents
//! for their diagnostics (`worker.rs`), newer edits cancel older work, and each request
//! runs on a pool thread with a snapshot of its document. Everything it says comes from
//! the library: the pipeline (`kvalitet::compile`), the schema's keywords and places,
//! the registry, the rules' documentation, the normalised figures of `compare` and the
//! configuration files, found as `kvalitet check` finds them.
//!
//! - `documents.rs`: the open documents, one immutable snapshot a version;
//! - `position.rs`: the protocol's positions (UTF-16 or UTF-8) against byte offsets;
//! - `uri.rs`: file URIs and paths;
//! - `analysis.rs`: a snapshot compiled with the configuration in force;
//! - `diagnostics.rs`, `hover.rs`, `completion.rs` (with `cursor.rs` and
//!   `snippets.rs`), `navigation.rs` (definition, references, rename), `symbols.rs`,
//!   `formatting.rs` (through `kvalitet fmt`), `actions.rs` (the fixes and
//!   suppressions): one capability each; `walk.rs` finds what stands at a place in the
//!   model;
//! - `settings.rs`: what client and server agreed at `initialize`.

mod actions;
mod analysis;
mod completion;
mod cursor;
mod diagnostics;
mod documents;
mod formatting;
mod hover;
mod navigation;
mod position;
mod server;
mod settings;
mod snippets;
mod symbols;
mod uri;
mod walk;
mod worker;

pub use server::End;

use lsp_server::Connection;
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, CompletionOptions,
    HoverProviderCapability, InitializeParams, InitializeResult, OneOf, RenameOptions,
    ServerCapabilities, ServerInfo, TextDocumentSyncCapability, TextDocumentSyncKind,
    TextDocumentSyncOptions, WorkDoneProgressOptions,
};
use settings::Settings;

/// Serves a client over standard input and output until it exits.
pub fn run_stdio() -> Result<End, String> {
    let (connection, threads) = Connection::stdio();
    let end = serve(connection)?;
    // The reader has stopped (at `exit`, or at the end of the input); the writer stops
    // once every answer is written.
    threads
        .join()
        .map_err(|error| format!("cannot talk to the client: {error}"))?;
    Ok(end)
}

/// Serves a client on a connection (standard input and output, or, in tests and
/// benchmarks, a connection in memory): the handshake, then the main loop.
pub fn serve(connection: Connection) -> Result<End, String> {
    let (id, params) = connection
        .initialize_start()
        .map_err(|error| format!("the client did not initialize the session: {error}"))?;
    let params: InitializeParams = serde_json::from_value(params)
        .map_err(|error| format!("cannot read the client's `initialize`: {error}"))?;
    let settings = Settings::new(&params);
    let result = InitializeResult {
        capabilities: capabilities(&settings),
        server_info: Some(ServerInfo {
            name: "kvalitet".to_owned(),
            version: Some(env!("CARGO_PKG_VERSION").to_owned()),
        }),
    };
    let result = serde_json::to_value(result).map_err(|error| error.to_string())?;
    connection
        .initialize_finish(id, result)
        .map_err(|error| format!("the client did not finish the handshake: {error}"))?;
    Ok(server::Server::new(connection, settings).run())
}

/// What the server can do.
fn capabilities(settings: &Settings) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(settings.encoding.kind()),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions::default()),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: WorkDoneProgressOptions::default(),
        })),
        document_symbol_provider: Some(OneOf::Left(true)),
        document_formatting_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX, actions::fix_all_kind()]),
            ..CodeActionOptions::default()
        })),
        ..ServerCapabilities::default()
    }
}
