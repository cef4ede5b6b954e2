#include <string>

namespace app {
class Subscriber {
public:
  std::string msisdn;
  int retries = 0;
};
} // namespace app

int retry_count(const app::Subscriber &s) { return s.retries; }
