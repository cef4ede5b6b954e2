//===--- LspServer.cpp - privacy-tidy lsp ---------------------------------===//
//
// Two threads: this one reads messages and answers at once; a worker runs
// one analysis at a time (a clang-tidy process), so the editor never waits.
// A change to a file cancels its running analysis (the process is killed)
// and makes any result still to come stale: only an analysis of the current
// generation of a document is published.
//
//===----------------------------------------------------------------------===//

#include "LspServer.h"
#include "FileSystem.h"
#include "LspAnalysis.h"
#include "LspTransport.h"
#include "Options.h"
#include "support/BuildInfo.h"
#include "support/JsonSyntax.h"
#include "support/Paths.h"

#include <chrono>
#include <csignal>
#include <deque>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <thread>
#include <unistd.h>

namespace clang::tidy::privacy::tool {

namespace json = llvm::json;

namespace {

// LSP's MessageType and error codes.
enum { LogError = 1, LogWarning = 2, LogInfo = 3 };
enum {
  ParseError = -32700,
  InvalidRequest = -32600,
  MethodNotFound = -32601,
  ServerNotInitialized = -32002
};

struct Document {
  std::string Path;
  unsigned Generation = 0; ///< bumped by every change
  std::vector<LspFinding> Findings; ///< as last published
};

struct Request {
  std::string Uri, Path;
  unsigned Generation = 0;
};

std::string uriOf(const json::Object *Params) {
  const json::Object *Doc =
      Params ? Params->getObject("textDocument") : nullptr;
  std::optional<llvm::StringRef> Uri =
      Doc ? Doc->getString("uri") : std::nullopt;
  return Uri ? Uri->str() : "";
}

class LanguageServer {
public:
  LanguageServer(LspOptions O, MessageWriter &Out, std::string Scratch)
      : Options(std::move(O)), Out(Out), Scratch(std::move(Scratch)),
        HoldNext(Options.HoldFirstAnalysis) {}
  int serve(std::FILE *In);

private:
  // The reading thread.
  void dispatch(const json::Object &Message);
  void request(const json::Value &Id, llvm::StringRef Method,
               const json::Object *Params);
  void notification(llvm::StringRef Method, const json::Object *Params);
  json::Value initialize(const json::Object *Params);
  json::Value codeActions(const json::Object *Params);
  void opened(const json::Object *Params);
  void schedule(const std::string &Uri);
  void changed(const std::string &Uri);
  void closed(const std::string &Uri);
  void stopWorker();
  // The worker.
  void work();
  void analyse(const Request &R, const LspOptions &O,
               AnalysisControl &Control, bool Hold);
  bool publishCurrent(const Request &R, std::vector<LspFinding> Findings);
  std::string beginProgress(const std::string &Title);
  void endProgress(const std::string &Token, const std::string &Message);
  // Both.
  void publish(const std::string &Uri, const std::vector<LspFinding> &F);
  void log(int Type, const std::string &Text);

  LspOptions Options;
  MessageWriter &Out;
  std::string Scratch;
  std::mutex Lock; ///< guards everything below
  std::condition_variable Wake;
  std::map<std::string, Document> Documents;
  std::deque<Request> Queue;
  std::shared_ptr<AnalysisControl> Current;
  std::string CurrentUri;
  std::set<std::string> UnansweredProgress;
  unsigned NextToken = 0;
  bool HoldNext = false;
  bool ProgressSupported = false;
  bool Stopping = false;
  bool Initialized = false;
  bool ShutDown = false;
  std::thread Worker;
};

int LanguageServer::serve(std::FILE *In) {
  Worker = std::thread([this] { work(); });
  std::string Body, Error;
  bool Exit = false;
  while (!Exit) {
    FrameStatus Status = readFrame(In, Body, Error);
    if (Status == FrameStatus::EndOfInput)
      break;
    if (Status == FrameStatus::Malformed) {
      std::cerr << "privacy-tidy lsp: error: " << Error << "\n";
      if (std::feof(In))
        break;
      continue;
    }
    llvm::Expected<json::Value> Message = json::parse(Body);
    if (!Message) {
      std::string Why = llvm::toString(Message.takeError());
      Out.replyError(nullptr, ParseError, "the message is not JSON: " + Why);
      continue;
    }
    const json::Object *Object = Message->getAsObject();
    if (!Object) {
      Out.replyError(nullptr, InvalidRequest, "the message is not an object");
      continue;
    }
    std::optional<llvm::StringRef> Method = Object->getString("method");
    Exit = Method && *Method == "exit";
    if (!Exit)
      dispatch(*Object);
  }
  stopWorker();
  return ShutDown ? 0 : 1;
}

void LanguageServer::dispatch(const json::Object &Message) {
  std::optional<llvm::StringRef> Method = Message.getString("method");
  const json::Value *Id = Message.get("id");
  const json::Object *Params = Message.getObject("params");
  if (!Method) {
    // A response: the client created a progress token.
    std::optional<llvm::StringRef> Token =
        Id ? Id->getAsString() : std::nullopt;
    std::lock_guard<std::mutex> Guard(Lock);
    if (Token)
      UnansweredProgress.erase(Token->str());
    Wake.notify_all();
    return;
  }
  if (Id)
    request(*Id, *Method, Params);
  else if (Initialized)
    notification(*Method, Params);
}

void LanguageServer::request(const json::Value &Id, llvm::StringRef Method,
                             const json::Object *Params) {
  if (Method == "initialize") {
    Out.reply(Id, initialize(Params));
    Initialized = true;
  } else if (!Initialized) {
    Out.replyError(Id, ServerNotInitialized,
                   "initialize must be the first request");
  } else if (Method == "shutdown") {
    ShutDown = true;
    Out.reply(Id, nullptr);
  } else if (Method == "textDocument/codeAction") {
    Out.reply(Id, codeActions(Params));
  } else {
    Out.replyError(Id, MethodNotFound,
                   "privacy-tidy lsp does not handle " + Method.str());
  }
}

void LanguageServer::notification(llvm::StringRef Method,
                                  const json::Object *Params) {
  if (Method == "textDocument/didOpen")
    opened(Params);
  else if (Method == "textDocument/didSave")
    schedule(uriOf(Params));
  else if (Method == "textDocument/didChange")
    changed(uriOf(Params));
  else if (Method == "textDocument/didClose")
    closed(uriOf(Params));
  // Other notifications ('initialized', settings, ...) need nothing.
}

json::Value LanguageServer::initialize(const json::Object *Params) {
  const json::Object *Capabilities =
      Params ? Params->getObject("capabilities") : nullptr;
  const json::Object *Window =
      Capabilities ? Capabilities->getObject("window") : nullptr;
  const json::Object *Init =
      Params ? Params->getObject("initializationOptions") : nullptr;
  std::lock_guard<std::mutex> Guard(Lock);
  ProgressSupported =
      Window && Window->getBoolean("workDoneProgress").value_or(false);
  // The command line wins over the client's settings.
  if (std::optional<llvm::StringRef> Dir =
          Init ? Init->getString("compileCommandsDir") : std::nullopt)
    if (Options.BuildPath.empty())
      Options.BuildPath = Dir->str();
  if (std::optional<llvm::StringRef> Store =
          Init ? Init->getString("summaryStore") : std::nullopt)
    if (Options.SummaryStore.empty())
      Options.SummaryStore = Store->str();
  json::Object Sync{{"openClose", true},
                    {"change", 2}, // incremental: the text is not needed
                    {"save", json::Object{{"includeText", false}}}};
  return json::Object{
      {"capabilities",
       json::Object{{"textDocumentSync", std::move(Sync)},
                    {"codeActionProvider",
                     json::Object{{"codeActionKinds",
                                   json::Array{"quickfix"}}}}}},
      {"serverInfo", json::Object{{"name", "privacy-tidy"},
                                  {"version", buildVersion()}}}};
}

json::Value LanguageServer::codeActions(const json::Object *Params) {
  std::string Uri = uriOf(Params);
  const json::Object *Range = Params ? Params->getObject("range") : nullptr;
  auto LineOf = [&](const char *End) -> std::optional<int64_t> {
    const json::Object *P = Range ? Range->getObject(End) : nullptr;
    return P ? P->getInteger("line") : std::nullopt;
  };
  std::optional<int64_t> First = LineOf("start"), Last = LineOf("end");
  json::Array Actions;
  std::lock_guard<std::mutex> Guard(Lock);
  auto It = Documents.find(Uri);
  if (It == Documents.end() || !First || !Last)
    return Actions;
  std::string Text;
  if (readWholeFile(It->second.Path, Text))
    return Actions;
  for (const LspFinding &F : It->second.Findings)
    if (F.At.Line >= *First && F.At.Line <= *Last)
      codeActionsFor(F, Uri, Text, Actions);
  return Actions;
}

void LanguageServer::opened(const json::Object *Params) {
  std::string Uri = uriOf(Params);
  std::optional<std::string> Path = filePathFromUri(Uri);
  if (!Path) {
    log(LogInfo, "privacy-tidy: not a file: " + Uri + "; not analysed");
    return;
  }
  {
    std::lock_guard<std::mutex> Guard(Lock);
    Documents[Uri] = Document{normalizePath(*Path), 0, {}};
  }
  schedule(Uri);
}

void LanguageServer::schedule(const std::string &Uri) {
  std::lock_guard<std::mutex> Guard(Lock);
  auto It = Documents.find(Uri);
  if (It == Documents.end())
    return;
  for (auto Q = Queue.begin(); Q != Queue.end();)
    Q = Q->Uri == Uri ? Queue.erase(Q) : std::next(Q);
  Queue.push_back({Uri, It->second.Path, It->second.Generation});
  Wake.notify_all();
}

void LanguageServer::changed(const std::string &Uri) {
  std::lock_guard<std::mutex> Guard(Lock);
  auto It = Documents.find(Uri);
  if (It == Documents.end())
    return;
  ++It->second.Generation;
  for (auto Q = Queue.begin(); Q != Queue.end();)
    Q = Q->Uri == Uri ? Queue.erase(Q) : std::next(Q);
  if (Current && CurrentUri == Uri)
    Current->cancel();
}

void LanguageServer::closed(const std::string &Uri) {
  changed(Uri); // the same cancellation
  std::lock_guard<std::mutex> Guard(Lock);
  Documents.erase(Uri);
  publish(Uri, {});
}

void LanguageServer::stopWorker() {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    Stopping = true;
    if (Current)
      Current->cancel();
    Wake.notify_all();
  }
  Worker.join();
}

void LanguageServer::work() {
  while (true) {
    Request R;
    std::shared_ptr<AnalysisControl> Control;
    LspOptions O;
    bool Hold;
    {
      std::unique_lock<std::mutex> Guard(Lock);
      Wake.wait(Guard, [&] { return Stopping || !Queue.empty(); });
      if (Stopping)
        return;
      R = Queue.front();
      Queue.pop_front();
      Current = Control = std::make_shared<AnalysisControl>();
      CurrentUri = R.Uri;
      O = Options;
      Hold = HoldNext;
      HoldNext = false;
    }
    analyse(R, O, *Control, Hold);
    std::lock_guard<std::mutex> Guard(Lock);
    Current.reset();
    CurrentUri.clear();
  }
}

void LanguageServer::analyse(const Request &R, const LspOptions &O,
                             AnalysisControl &Control, bool Hold) {
  std::string Token = beginProgress("privacy-tidy: " + baseName(R.Path));
  AnalysisOutcome Result;
  try {
    Result = analyseFile(O, R.Path, Scratch, Control, Hold);
  } catch (const std::exception &E) {
    Result.Error = withoutLibraryPrefix(E.what());
  }
  if (Result.Cancelled) {
    log(LogInfo, "privacy-tidy: cancelled the analysis of " + R.Path +
                     (Result.Killed ? " (its clang-tidy was stopped)" : "") +
                     ": the file changed");
    endProgress(Token, "cancelled");
    return;
  }
  if (Result.Error) {
    log(LogError, "privacy-tidy: " + *Result.Error);
    endProgress(Token, "failed");
    return;
  }
  if (Result.Warning)
    log(LogWarning, "privacy-tidy: " + *Result.Warning);
  size_t Count = Result.Findings.size();
  if (!publishCurrent(R, std::move(Result.Findings))) {
    log(LogInfo, "privacy-tidy: dropped the result for " + R.Path +
                     ": the file changed during the analysis");
    endProgress(Token, "stale");
    return;
  }
  endProgress(Token, std::to_string(Count) +
                         (Count == 1 ? " finding" : " findings"));
}

bool LanguageServer::publishCurrent(const Request &R,
                                    std::vector<LspFinding> Findings) {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    auto It = Documents.find(R.Uri);
    if (It == Documents.end() || It->second.Generation != R.Generation)
      return false;
    It->second.Findings = Findings;
    // Under the lock, so a close cannot slip its empty list in before.
    publish(R.Uri, Findings);
  }
  return true;
}

std::string LanguageServer::beginProgress(const std::string &Title) {
  std::unique_lock<std::mutex> Guard(Lock);
  if (!ProgressSupported)
    return "";
  std::string Token = "privacy-tidy-" + std::to_string(++NextToken);
  UnansweredProgress.insert(Token);
  Out.send(json::Object{{"jsonrpc", "2.0"},
                        {"id", Token},
                        {"method", "window/workDoneProgress/create"},
                        {"params", json::Object{{"token", Token}}}});
  // The token is usable once the client answered; a client that never
  // answers does not stop the analysis.
  Wake.wait_for(Guard, std::chrono::seconds(5), [&] {
    return Stopping || !UnansweredProgress.count(Token);
  });
  UnansweredProgress.erase(Token);
  Out.notify("$/progress",
             json::Object{{"token", Token},
                          {"value", json::Object{{"kind", "begin"},
                                                 {"title", Title},
                                                 {"cancellable", false}}}});
  return Token;
}

void LanguageServer::endProgress(const std::string &Token,
                                 const std::string &Message) {
  if (Token.empty())
    return;
  Out.notify("$/progress",
             json::Object{{"token", Token},
                          {"value", json::Object{{"kind", "end"},
                                                 {"message", Message}}}});
}

void LanguageServer::publish(const std::string &Uri,
                             const std::vector<LspFinding> &Findings) {
  json::Array Diagnostics;
  for (const LspFinding &F : Findings)
    Diagnostics.push_back(diagnosticOf(F));
  Out.notify(
      "textDocument/publishDiagnostics",
      json::Object{{"uri", Uri}, {"diagnostics", std::move(Diagnostics)}});
}

void LanguageServer::log(int Type, const std::string &Text) {
  std::cerr << Text << "\n";
  Out.notify("window/logMessage",
             json::Object{{"type", Type}, {"message", Text}});
}

} // namespace

int runLanguageServer(ArgumentStream &Args) {
  LspOptions O;
  if (std::optional<std::string> Error = parseLspOptions(Args, O)) {
    std::cerr << "privacy-tidy: error: " << *Error << "\n";
    return 2;
  }
  TemporaryDirectory Scratch;
  if (std::optional<std::string> Error = Scratch.create()) {
    std::cerr << "privacy-tidy: error: " << *Error << "\n";
    return 2;
  }
  // A client that goes away is seen as the end of the input, not SIGPIPE.
  ::signal(SIGPIPE, SIG_IGN);
  // Nothing but LSP messages may reach the client on stdout.
  int Protocol = ::dup(STDOUT_FILENO);
  ::dup2(STDERR_FILENO, STDOUT_FILENO);
  MessageWriter Out(Protocol);
  LanguageServer Server(std::move(O), Out, Scratch.path());
  return Server.serve(stdin);
}

} // namespace clang::tidy::privacy::tool
