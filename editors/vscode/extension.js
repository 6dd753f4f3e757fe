// The kvalitet extension for Visual Studio Code: starts `kvalitet lsp` (the path in
// the setting `kvalitet.path`) for `.kvs` files, and shows a rule's documentation
// (`kvalitet explain CODE`) when a diagnostic's code is clicked.
"use strict";

const vscode = require("vscode");
const { execFile } = require("child_process");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

/** The scheme of the documentation the server links each diagnostic's code to. */
const DOCS_SCHEME = "kvalitet-docs";

let client;

function binary() {
  return vscode.workspace.getConfiguration("kvalitet").get("path") || "kvalitet";
}

/**
 * The language of the findings: the `kvalitet.language` setting, else Danish when VS
 * Code's display language is Danish, else none (the server's default, English).
 */
function language() {
  const chosen = vscode.workspace.getConfiguration("kvalitet").get("language");
  if (chosen === "en" || chosen === "da") return chosen;
  return vscode.env.language && vscode.env.language.toLowerCase().startsWith("da") ? "da" : "";
}

function start(context) {
  const command = binary();
  const serverOptions = {
    run: { command, args: ["lsp"], transport: TransportKind.stdio },
    debug: { command, args: ["lsp"], transport: TransportKind.stdio },
  };
  const documentationUrl = vscode.workspace.getConfiguration("kvalitet").get("documentationUrl");
  const initializationOptions = documentationUrl ? { documentationUrl } : {};
  const lang = language();
  if (lang) initializationOptions.lang = lang;
  const clientOptions = {
    documentSelector: [
      { scheme: "file", language: "kvalitet" },
      { scheme: "untitled", language: "kvalitet" },
    ],
    synchronize: {
      // A changed configuration file changes the findings of every open standard.
      fileEvents: vscode.workspace.createFileSystemWatcher("**/kvalitet.yaml"),
    },
    initializationOptions,
  };
  client = new LanguageClient("kvalitet", "kvalitet", serverOptions, clientOptions);
  context.subscriptions.push(client);
  return client.start().catch((error) => {
    vscode.window.showErrorMessage(
      `kvalitet: cannot start \`${command} lsp\` (${error.message || error}); set "kvalitet.path" to the kvalitet binary`
    );
  });
}

/** `kvalitet-docs:/KS110.md`: `kvalitet explain KS110`, as Markdown. */
const documentation = {
  provideTextDocumentContent(uri) {
    const code = uri.path.replace(/^\//, "").replace(/\.md$/, "");
    return new Promise((resolve) => {
      const lang = language();
      const args = lang ? ["--lang", lang, "explain", code] : ["explain", code];
      execFile(binary(), args, (error, stdout, stderr) => {
        resolve(error ? `kvalitet explain ${code} failed: ${stderr || error.message}` : stdout);
      });
    });
  },
};

function activate(context) {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(DOCS_SCHEME, documentation),
    vscode.commands.registerCommand("kvalitet.restart", async () => {
      if (client) {
        await client.stop();
      }
      await start(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("kvalitet") && client) {
        await client.stop();
        await start(context);
      }
    })
  );
  return start(context);
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
