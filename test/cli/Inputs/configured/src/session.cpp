#include <cstdio>

namespace app {
struct Session {
  char token[16];
  int cell;
};
} // namespace app

void show_session(const app::Session &s) { std::printf("token %s\n", s.token); }
