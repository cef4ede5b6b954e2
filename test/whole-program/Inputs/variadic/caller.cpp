#include "log.h"
void on_attach(const ue &u) {
  my_log(1, "IMSI-%s", u.imsi);
  my_log(1, "state %d", u.state);
}
