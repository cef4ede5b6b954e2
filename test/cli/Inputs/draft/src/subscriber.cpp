#include <string>

namespace app {
class Subscriber {
public:
  std::string msisdn;
  int retries = 0;
};
} // namespace app

int retry_count(const app::Subscriber &s) { return s.retries; }

#include <sys/socket.h>
// A wrapper of an export sink (send, the shipped posix-io model).
void send_line(int fd, const std::string &line) {
  ::send(fd, line.data(), line.size(), 0);
}

#include <cstdio>
// A coroutine-like step that prints its context's state index: no log
// wrapper (a field of the parameter, not the parameter, is printed).
struct StepContext {
  int state_index = 0;
};
void trace_step(const StepContext &ctx) { std::printf("%d\n", ctx.state_index); }
// A lambda's call operator has no name an entry could use ("operator()"
// would match every call operator): no wrapper entry.
void print_all(const char *line) {
  auto print = [](const char *l) { std::printf("%s\n", l); };
  print(line);
}
// A coroutine frame, an object with virtual functions, whose awaiter
// storage reaches printf (srsRAN's CORO_BEGIN prints from its context): no
// log wrapper either; of such an object only a text field counts.
struct Frame {
  virtual ~Frame() = default;
  virtual void resume() = 0;
  struct Storage {
    unsigned char bytes[32];
  } storage;
};
void trace_frame(Frame &f) {
  std::printf("%s\n", reinterpret_cast<const char *>(&f.storage));
}
// A type-erased task, like srsRAN's unique_task (whose run_in_ue_executor
// was drafted as a log wrapper): a call operator and an emptiness query
// over a small buffer. Code, not data: a function that prints the task's
// storage (as a coroutine frame prints its awaiters) is no wrapper; nor is
// one that prints a lambda's captures. log_text, which prints its text, is.
class Task {
public:
  Task() = default;
  void operator()() const {}
  bool is_empty() const { return table == nullptr; }

private:
  alignas(8) unsigned char buffer[32] = {};
  const void *table = nullptr;
};
void run_traced(Task task) {
  std::printf("%s\n", reinterpret_cast<const char *>(&task));
  task();
}
template <typename F> void trace_callable(const F &f) {
  std::printf("%s\n", reinterpret_cast<const char *>(&f));
  f();
}
void trace_retries() {
  int retries = 3;
  trace_callable([retries] { std::printf("%d\n", retries); });
}
void log_text(const std::string &text) { std::printf("%s\n", text.c_str()); }
// A class with a call operator and more (a size) is data: print_digits is a
// wrapper.
class Digits {
public:
  char operator()(int i) const { return text[i]; }
  int size() const { return 15; }

private:
  char text[16] = {};
};
void print_digits(const Digits &digits) {
  std::printf("%s\n", reinterpret_cast<const char *>(&digits));
}
