// The project's own logging layer: a macro that adds the place and calls a
// C function the project prefers to model rather than annotate.
#ifndef PROJECT_LOG_H
#define PROJECT_LOG_H

extern "C" void project_log(const char *file, int line, const char *fmt, ...);

#define LOGP(...) project_log(__FILE__, __LINE__, __VA_ARGS__)

#endif
