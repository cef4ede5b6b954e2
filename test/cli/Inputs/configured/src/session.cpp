#include <cstdio>

namespace app {
struct Session {
  char token[16];
  int cell;
};
} // namespace app

void show_session(const app::Session &s) { std::printf("token %s\n", s.token); }
int session_cell(const app::Session &s) { int c = s.cell; return c; }
