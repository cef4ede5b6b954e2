//===--- LspTransport.h - LSP messages on a byte stream ---------*- C++ -*-===//
//
// The base protocol of the Language Server Protocol: each JSON-RPC message
// is preceded by a "Content-Length: N" header and an empty line. Messages
// are parsed and written with llvm::json, as clangd does.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_LSPTRANSPORT_H
#define PRIVACY_TIDY_TOOLS_LSPTRANSPORT_H

#include "llvm/Support/JSON.h"

#include <cstdio>
#include <mutex>
#include <string>

namespace clang::tidy::privacy::tool {

enum class FrameStatus { Message, EndOfInput, Malformed };

/// Reads the next message body from \p In. On Malformed, \p Error says why;
/// the stream is then at the start of the next header.
FrameStatus readFrame(std::FILE *In, std::string &Body, std::string &Error);

/// Writes framed messages to one file descriptor; safe to call from the
/// reading thread and the analysis worker at once.
class MessageWriter {
public:
  explicit MessageWriter(int Fd) : Fd(Fd) {}
  void send(const llvm::json::Value &Message);
  void notify(llvm::StringRef Method, llvm::json::Value Params);
  void reply(const llvm::json::Value &Id, llvm::json::Value Result);
  void replyError(const llvm::json::Value &Id, int Code,
                  const std::string &Message);

private:
  std::mutex Lock;
  int Fd;
};

} // namespace clang::tidy::privacy::tool

#endif
