//===--- LspServer.h - privacy-tidy lsp -------------------------*- C++ -*-===//
//
// A small language server beside clangd, which cannot load clang-tidy
// plugins: on open and save it analyses the file with the plugin and
// publishes the findings; code actions insert the suggested annotation or a
// NOLINT with a justification to fill in. docs/editors.md shows the setup.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_LSPSERVER_H
#define PRIVACY_TIDY_TOOLS_LSPSERVER_H

namespace clang::tidy::privacy::tool {

class ArgumentStream;

/// Serves LSP on stdin/stdout until 'exit' or the end of the input; the
/// exit code is 0 after a 'shutdown' request, 1 otherwise, 2 for bad
/// arguments.
int runLanguageServer(ArgumentStream &Args);

} // namespace clang::tidy::privacy::tool

#endif
