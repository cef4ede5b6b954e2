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
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace clang::tidy::privacy::tool {

namespace {

volatile std::sig_atomic_t InterruptSignal = 0;

void onInterrupt(int Signal) { InterruptSignal = Signal; }

/// Starts one job; an error message when it cannot.
std::optional<std::string> spawn(const Job &J, pid_t &Pid) {
  posix_spawn_file_actions_t Actions;
  posix_spawn_file_actions_init(&Actions);
  posix_spawn_file_actions_addopen(&Actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&Actions, 1, J.StdoutPath.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&Actions, 2, J.StderrPath.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::vector<char *> Argv;
  for (const std::string &Arg : J.Argv)
    Argv.push_back(const_cast<char *>(Arg.c_str()));
  Argv.push_back(nullptr);
  // Children get default signal handling back.
  posix_spawnattr_t Attributes;
  posix_spawnattr_init(&Attributes);
  sigset_t Defaults;
  sigemptyset(&Defaults);
  sigaddset(&Defaults, SIGINT);
  sigaddset(&Defaults, SIGTERM);
  posix_spawnattr_setsigdefault(&Attributes, &Defaults);
  posix_spawnattr_setflags(&Attributes, POSIX_SPAWN_SETSIGDEF);
  int Error = J.Argv[0].find('/') == std::string::npos
                  ? posix_spawnp(&Pid, Argv[0], &Actions, &Attributes,
                                 Argv.data(), environ)
                  : posix_spawn(&Pid, Argv[0], &Actions, &Attributes,
                                Argv.data(), environ);
  posix_spawnattr_destroy(&Attributes);
  posix_spawn_file_actions_destroy(&Actions);
  if (Error)
    return "cannot run '" + J.Argv[0] + "': " + std::strerror(Error);
  return std::nullopt;
}

} // namespace

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
      if (std::optional<std::string> Error = spawn(Jobs[Index], Pid)) {
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
