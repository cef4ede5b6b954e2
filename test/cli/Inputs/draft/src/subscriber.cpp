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
