#include "msg.h"
void only_type_cpp(void *out) {
  gsup m = {.type = 4};
  send_msg(out, &m);
}
