//===--- Runner.cpp - Parallel clang-tidy processes -----------------------===//

#include "Runner.h"

#include "support/Paths.h"
#include "sarif/SarifLog.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace clang::tidy::privacy::tool {

namespace {

volatile std::sig_atomic_t InterruptSignal = 0;

/// privacy-tidy's environment with \p Added ("NAME=VALUE") replacing the
/// variables of the same names.
std::vector<std::string> childEnvironment(const std::vector<std::string> &Added) {
  std::vector<std::string> Env;
  for (char **E = environ; *E; ++E) {
    std::string Entry = *E;
    std::string Name = Entry.substr(0, Entry.find('=') + 1);
    bool Replaced = false;
    for (const std::string &A : Added)
      Replaced |= A.compare(0, Name.size(), Name) == 0;
    if (!Replaced)
      Env.push_back(std::move(Entry));
  }
  Env.insert(Env.end(), Added.begin(), Added.end());
  return Env;
}

void onInterrupt(int Signal) { InterruptSignal = Signal; }

} // namespace

// The child dies with privacy-tidy, even when privacy-tidy is killed with
// SIGKILL and cannot stop it (PR_SET_PDEATHSIG): nothing keeps running, or
// writing into the temporary directory, after the run is gone.
std::optional<std::string> startJob(const Job &J, pid_t &Pid) {
  // Everything the child needs is prepared before fork: after it, the
  // child calls only async-signal-safe functions.
  std::vector<char *> Argv;
  for (const std::string &Arg : J.Argv)
    Argv.push_back(const_cast<char *>(Arg.c_str()));
  Argv.push_back(nullptr);
  std::vector<std::string> EnvStrings = childEnvironment(J.Environment);
  std::vector<char *> Env;
  for (std::string &E : EnvStrings)
    Env.push_back(E.data());
  Env.push_back(nullptr);
  bool Search = J.Argv[0].find('/') == std::string::npos;
  int Report[2]; // the child's errno if it cannot exec
  if (::pipe2(Report, O_CLOEXEC) != 0)
    return "cannot run '" + J.Argv[0] + "': " + std::strerror(errno);
  pid_t Parent = ::getpid();
  Pid = ::fork();
  if (Pid < 0) {
    int Error = errno;
    ::close(Report[0]);
    ::close(Report[1]);
    return "cannot run '" + J.Argv[0] + "': " + std::strerror(Error);
  }
  if (Pid == 0) {
#ifdef __linux__
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != Parent) // privacy-tidy died before prctl
      ::_exit(127);
#endif
    // Children get default signal handling back.
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    int In = ::open("/dev/null", O_RDONLY);
    int Out = ::open(J.StdoutPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int Err = ::open(J.StderrPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (In >= 0 && Out >= 0 && Err >= 0 && ::dup2(In, 0) >= 0 &&
        ::dup2(Out, 1) >= 0 && ::dup2(Err, 2) >= 0) {
      if (Search)
        ::execvpe(Argv[0], Argv.data(), Env.data());
      else
        ::execve(Argv[0], Argv.data(), Env.data());
    }
    int Error = errno;
    ssize_t Ignored = ::write(Report[1], &Error, sizeof Error);
    (void)Ignored;
    ::_exit(127);
  }
  ::close(Report[1]);
  int Error = 0;
  ssize_t N;
  do
    N = ::read(Report[0], &Error, sizeof Error);
  while (N < 0 && errno == EINTR);
  ::close(Report[0]);
  if (N == static_cast<ssize_t>(sizeof Error)) {
    int Status;
    while (::waitpid(Pid, &Status, 0) < 0 && errno == EINTR)
      ;
    return "cannot run '" + J.Argv[0] + "': " + std::strerror(Error);
  }
  return std::nullopt;
}

bool outputMentions(const Job &J, const std::string &Text) {
  for (const std::string &Path : {J.StdoutPath, J.StderrPath}) {
    std::string Content;
    if (!readWholeFile(Path, Content) &&
        Content.find(Text) != std::string::npos)
      return true;
  }
  return false;
}

std::string errorExcerpt(const Job &J) {
  std::string Excerpt;
  int Lines = 0;
  for (const std::string &Path : {J.StdoutPath, J.StderrPath}) {
    std::string Text;
    if (readWholeFile(Path, Text))
      continue;
    size_t Pos = 0;
    while (Pos < Text.size() && Lines < 5) {
      size_t End = Text.find('\n', Pos);
      if (End == std::string::npos)
        End = Text.size();
      std::string Line = Text.substr(Pos, End - Pos);
      Pos = End + 1;
      if (Line.find("error:") == std::string::npos &&
          Line.find("Error") == std::string::npos)
        continue;
      if (Line.size() > 300)
        Line = Line.substr(0, 297) + "...";
      Excerpt += (Excerpt.empty() ? "" : " | ") + Line;
      ++Lines;
    }
  }
  return Excerpt;
}

void installInterruptHandlers() {
  struct sigaction Action;
  std::memset(&Action, 0, sizeof(Action));
  Action.sa_handler = onInterrupt;
  sigemptyset(&Action.sa_mask);
  // No SA_RESTART: waitpid must return so the loop can stop.
  sigaction(SIGINT, &Action, nullptr);
  sigaction(SIGTERM, &Action, nullptr);
}

bool interrupted() { return InterruptSignal != 0; }

bool isExecutable(const std::string &Program) {
  if (Program.find('/') != std::string::npos) {
    struct stat St;
    return ::stat(Program.c_str(), &St) == 0 && S_ISREG(St.st_mode) &&
           ::access(Program.c_str(), X_OK) == 0;
  }
  const char *Path = std::getenv("PATH");
  std::string Dirs = Path ? Path : "/usr/bin:/bin";
  size_t Pos = 0;
  while (Pos <= Dirs.size()) {
    size_t End = Dirs.find(':', Pos);
    if (End == std::string::npos)
      End = Dirs.size();
    std::string Dir = Dirs.substr(Pos, End - Pos);
    if (!Dir.empty() && isExecutable(Dir + "/" + Program))
      return true;
    Pos = End + 1;
  }
  return false;
}

bool runJobs(const std::vector<Job> &Jobs, unsigned Parallelism,
             std::vector<JobOutcome> &Outcomes,
             const std::function<void(size_t)> &OnFinish) {
  Outcomes.assign(Jobs.size(), JobOutcome());
  std::map<pid_t, size_t> Running;
  size_t Next = 0;
  if (Parallelism == 0)
    Parallelism = 1;
  while (Next < Jobs.size() || !Running.empty()) {
    while (!interrupted() && Next < Jobs.size() &&
           Running.size() < Parallelism) {
      size_t Index = Next++;
      JobOutcome &Outcome = Outcomes[Index];
      Outcome.StartTimeUtc = sarif::currentTimeUtc();
      pid_t Pid;
      if (std::optional<std::string> Error = startJob(Jobs[Index], Pid)) {
        Outcome.StartError = *Error;
        Outcome.EndTimeUtc = Outcome.StartTimeUtc;
        OnFinish(Index);
        continue;
      }
      Outcome.Started = true;
      Running[Pid] = Index;
    }
    if (Running.empty())
      break;
    int Status = 0;
    pid_t Pid = interrupted() ? -1 : ::waitpid(-1, &Status, 0);
    if (Pid < 0) {
      if (interrupted()) {
        for (const auto &Entry : Running)
          ::kill(Entry.first, SIGTERM);
        for (const auto &Entry : Running)
          ::waitpid(Entry.first, &Status, 0);
        return false;
      }
      if (errno == EINTR)
        continue;
      break; // ECHILD: nothing left that we know of.
    }
    auto It = Running.find(Pid);
    if (It == Running.end())
      continue;
    JobOutcome &Outcome = Outcomes[It->second];
    Outcome.EndTimeUtc = sarif::currentTimeUtc();
    if (WIFEXITED(Status))
      Outcome.ExitCode = WEXITSTATUS(Status);
    else if (WIFSIGNALED(Status))
      Outcome.Signal = WTERMSIG(Status);
    size_t Index = It->second;
    Running.erase(It);
    OnFinish(Index);
  }
  return !interrupted();
}

} // namespace clang::tidy::privacy::tool
