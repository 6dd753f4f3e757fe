//! The main loop: one thread speaks the protocol, in the order the client writes.
//!
//! Notifications that change a document are applied here, at once, so every request
//! that follows reads the text the client has. Checking for diagnostics is the
//! worker's (`worker.rs`); each request runs on a pool thread with a snapshot of its
//! document, and answers the client from there. A request that fails (a bug) is
//! answered with an error; nothing a client sends ends the session but `exit`.

use super::actions;
use super::completion;
use super::documents::{Documents, Snapshot};
use super::formatting;
use super::hover;
use super::navigation;
use super::settings::Settings;
use super::symbols;
use super::worker::{Checked, Worker};
use crossbeam_channel::{select, Receiver};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidChangeWatchedFiles, DidCloseTextDocument, DidOpenTextDocument,
    Notification as _, PublishDiagnostics,
};
use lsp_types::request::{
    CodeActionRequest, Completion, DocumentSymbolRequest, Formatting, GotoDefinition, HoverRequest,
    PrepareRenameRequest, References, Rename, Request as _,
};
use lsp_types::{PublishDiagnosticsParams, Uri};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// `exit` after `shutdown`, as the protocol asks.
    Orderly,
    /// `exit` without `shutdown`, or the client went away.
    Abrupt,
}

/// The server's state on the protocol thread.
pub struct Server {
    connection: Connection,
    settings: Arc<Settings>,
    documents: Documents,
    worker: Worker,
    checked: Receiver<Checked>,
    shut_down: bool,
}

impl Server {
    /// A server on an initialised connection.
    pub fn new(connection: Connection, settings: Settings) -> Self {
        let settings = Arc::new(settings);
        let (done, checked) = crossbeam_channel::unbounded();
        Self {
            documents: Documents::new(settings.root.clone()),
            worker: Worker::start(settings.clone(), done),
            checked,
            connection,
            settings,
            shut_down: false,
        }
    }

    /// Serves until `exit`, or until the client goes away.
    pub fn run(mut self) -> End {
        loop {
            select! {
                recv(self.connection.receiver) -> message => match message {
                    Ok(Message::Request(request)) => self.request(request),
                    Ok(Message::Notification(notification)) => {
                        if notification.method == "exit" {
                            return if self.shut_down { End::Orderly } else { End::Abrupt };
                        }
                        self.notification(notification);
                    }
                    Ok(Message::Response(_)) => {}
                    Err(_) => return End::Abrupt,
                },
                recv(self.checked) -> checked => {
                    if let Ok(checked) = checked {
                        if self.documents.is_current(&checked.snapshot) {
                            self.publish(checked.diagnostics);
                        }
                    }
                }
            }
        }
    }

    fn send(&self, message: impl Into<Message>) {
        // The client has gone if this fails; the loop ends when the reader sees it.
        let _ = self.connection.sender.send(message.into());
    }

    fn publish(&self, params: PublishDiagnosticsParams) {
        self.send(Notification::new(
            PublishDiagnostics::METHOD.to_owned(),
            params,
        ));
    }

    fn error(&self, id: RequestId, code: ErrorCode, message: String) {
        self.send(Response::new_err(id, code as i32, message));
    }

    fn request(&mut self, request: Request) {
        if self.shut_down {
            let message = "the server is shutting down".to_owned();
            return self.error(request.id, ErrorCode::InvalidRequest, message);
        }
        match request.method.as_str() {
            "shutdown" => {
                self.shut_down = true;
                self.send(Response::new_ok(request.id, ()));
            }
            HoverRequest::METHOD => self.spawn::<HoverRequest, _>(
                request,
                |p| &p.text_document_position_params.text_document.uri,
                |s, p, c| Ok(hover::hover(s, p, c)),
            ),
            Completion::METHOD => self.spawn::<Completion, _>(
                request,
                |p| &p.text_document_position.text_document.uri,
                |s, p, c| Ok(Some(completion::completion(s, p, c))),
            ),
            GotoDefinition::METHOD => self.spawn::<GotoDefinition, _>(
                request,
                |p| &p.text_document_position_params.text_document.uri,
                |s, p, c| Ok(navigation::definition(s, p, c)),
            ),
            References::METHOD => self.spawn::<References, _>(
                request,
                |p| &p.text_document_position.text_document.uri,
                |s, p, c| Ok(navigation::references(s, p, c)),
            ),
            PrepareRenameRequest::METHOD => self.spawn::<PrepareRenameRequest, _>(
                request,
                |p| &p.text_document.uri,
                |s, p, c| Ok(navigation::prepare_rename(s, p, c)),
            ),
            Rename::METHOD => self.spawn::<Rename, _>(
                request,
                |p| &p.text_document_position.text_document.uri,
                navigation::rename,
            ),
            DocumentSymbolRequest::METHOD => self.spawn::<DocumentSymbolRequest, _>(
                request,
                |p| &p.text_document.uri,
                |s, p, c| Ok(Some(symbols::symbols(s, p, c))),
            ),
            Formatting::METHOD => self.spawn::<Formatting, _>(
                request,
                |p| &p.text_document.uri,
                |s, p, c| Ok(formatting::formatting(s, p, c)),
            ),
            CodeActionRequest::METHOD => self.spawn::<CodeActionRequest, _>(
                request,
                |p| &p.text_document.uri,
                |s, p, c| Ok(Some(actions::actions(s, p, c))),
            ),
            _ => {
                let message = format!("kvalitet does not serve `{}`", request.method);
                self.error(request.id, ErrorCode::MethodNotFound, message);
            }
        }
    }

    /// Answers a request about a document on a pool thread: `handler` gets the
    /// document's current snapshot; an error it returns is the request's failure, and
    /// a panic is answered as an internal error.
    fn spawn<R, H>(&self, request: Request, uri: fn(&R::Params) -> &Uri, handler: H)
    where
        R: lsp_types::request::Request,
        R::Params: DeserializeOwned + Send + 'static,
        R::Result: Serialize,
        H: FnOnce(&Snapshot, &R::Params, &Settings) -> Result<R::Result, String> + Send + 'static,
    {
        let id = request.id;
        let params: R::Params = match serde_json::from_value(request.params) {
            Ok(params) => params,
            Err(error) => {
                let message = format!("cannot read the parameters of `{}`: {error}", R::METHOD);
                return self.error(id, ErrorCode::InvalidParams, message);
            }
        };
        let Some(snapshot) = self.documents.get(uri(&params)) else {
            // A document the client has not opened: there is nothing to say about it.
            return self.send(Response::new_ok(id, serde_json::Value::Null));
        };
        let settings = self.settings.clone();
        let sender = self.connection.sender.clone();
        rayon::spawn(move || {
            let run = AssertUnwindSafe(|| handler(&snapshot, &params, &settings));
            let response = match std::panic::catch_unwind(run) {
                Ok(Ok(result)) => Response::new_ok(id, result),
                Ok(Err(message)) => Response::new_err(id, ErrorCode::RequestFailed as i32, message),
                Err(_) => Response::new_err(
                    id,
                    ErrorCode::InternalError as i32,
                    format!(
                        "kvalitet failed on `{}`; this is a bug in kvalitet",
                        R::METHOD
                    ),
                ),
            };
            let _ = sender.send(response.into());
        });
    }

    fn notification(&mut self, notification: Notification) {
        match notification.method.as_str() {
            DidOpenTextDocument::METHOD => {
                if let Some(params) = params::<DidOpenTextDocument>(notification) {
                    let document = params.text_document;
                    let snapshot =
                        self.documents
                            .open(document.uri, document.version, document.text);
                    self.worker.check(snapshot);
                }
            }
            DidChangeTextDocument::METHOD => {
                if let Some(params) = params::<DidChangeTextDocument>(notification) {
                    let document = params.text_document;
                    let changed = self.documents.change(
                        &document.uri,
                        document.version,
                        params.content_changes,
                        self.settings.encoding,
                    );
                    if let Some(snapshot) = changed {
                        self.worker.check(snapshot);
                    }
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Some(params) = params::<DidCloseTextDocument>(notification) {
                    let uri = params.text_document.uri;
                    self.documents.close(&uri);
                    self.worker.forget(&uri);
                    self.publish(PublishDiagnosticsParams::new(uri, Vec::new(), None));
                }
            }
            DidChangeWatchedFiles::METHOD => {
                // A configuration file changed: every open document is checked again,
                // each with the configuration now in force.
                for snapshot in self.documents.refresh() {
                    self.worker.check(snapshot);
                }
            }
            _ => {}
        }
    }
}

/// A notification's parameters, or `None` if they cannot be read (then it is ignored,
/// as the protocol asks of a notification the server cannot handle).
fn params<N: lsp_types::notification::Notification>(notification: Notification) -> Option<N::Params>
where
    N::Params: DeserializeOwned,
{
    serde_json::from_value(notification.params).ok()
}
