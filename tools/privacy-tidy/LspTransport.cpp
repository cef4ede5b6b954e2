//===--- LspTransport.cpp - LSP messages on a byte stream -----------------===//

#include "LspTransport.h"

#include "llvm/Support/raw_ostream.h"

#include <cerrno>
#include <unistd.h>

namespace clang::tidy::privacy::tool {

namespace {

/// One header line without its CR LF; false at the end of the input.
bool readHeaderLine(std::FILE *In, std::string &Line) {
  Line.clear();
  int C;
  while ((C = std::fgetc(In)) != EOF && C != '\n')
    Line += static_cast<char>(C);
  if (C == EOF && Line.empty())
    return false;
  if (!Line.empty() && Line.back() == '\r')
    Line.pop_back();
  return true;
}

/// The value of a "Content-Length: N" header, if \p Line is one.
std::optional<size_t> contentLength(llvm::StringRef Line) {
  auto [Name, Value] = Line.split(':');
  if (!Name.trim().equals_insensitive("content-length"))
    return std::nullopt;
  size_t Length;
  if (Value.trim().getAsInteger(10, Length))
    return std::nullopt;
  return Length;
}

} // namespace

FrameStatus readFrame(std::FILE *In, std::string &Body, std::string &Error) {
  std::optional<size_t> Length;
  std::string Line;
  bool SawHeader = false;
  while (true) {
    if (!readHeaderLine(In, Line))
      return SawHeader ? (Error = "the input ended inside a message header",
                          FrameStatus::Malformed)
                       : FrameStatus::EndOfInput;
    if (Line.empty() && SawHeader)
      break;
    if (Line.empty())
      continue; // stray blank lines between messages
    SawHeader = true;
    if (std::optional<size_t> L = contentLength(Line))
      Length = L;
  }
  if (!Length) {
    Error = "a message header has no Content-Length";
    return FrameStatus::Malformed;
  }
  Body.assign(*Length, '\0');
  if (*Length && std::fread(Body.data(), 1, *Length, In) != *Length) {
    Error = "the input ended inside a message of " + std::to_string(*Length) +
            " bytes";
    return FrameStatus::Malformed;
  }
  return FrameStatus::Message;
}

void MessageWriter::send(const llvm::json::Value &Message) {
  std::string Body;
  llvm::raw_string_ostream(Body) << Message;
  std::string Frame =
      "Content-Length: " + std::to_string(Body.size()) + "\r\n\r\n" + Body;
  std::lock_guard<std::mutex> Guard(Lock);
  const char *Data = Frame.data();
  size_t Left = Frame.size();
  while (Left) {
    ssize_t N = ::write(Fd, Data, Left);
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      return; // the client is gone; the read loop will see the end
    Data += N;
    Left -= static_cast<size_t>(N);
  }
}

void MessageWriter::notify(llvm::StringRef Method, llvm::json::Value Params) {
  send(llvm::json::Object{
      {"jsonrpc", "2.0"}, {"method", Method}, {"params", std::move(Params)}});
}

void MessageWriter::reply(const llvm::json::Value &Id,
                          llvm::json::Value Result) {
  send(llvm::json::Object{
      {"jsonrpc", "2.0"}, {"id", Id}, {"result", std::move(Result)}});
}

void MessageWriter::replyError(const llvm::json::Value &Id, int Code,
                               const std::string &Message) {
  send(llvm::json::Object{
      {"jsonrpc", "2.0"},
      {"id", Id},
      {"error", llvm::json::Object{{"code", Code}, {"message", Message}}}});
}

} // namespace clang::tidy::privacy::tool
