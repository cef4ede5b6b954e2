// A system header (-isystem) that is the first to include the project's
// logging header: clang then treats that header as a system header too.
#pragma once
#include <log.h>
