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
