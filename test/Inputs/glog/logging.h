// Mock of glog 0.7 <glog/logging.h> for the privacy-tidy tests.
//
// A faithful subset of the real public API: namespace google, LogSeverity
// with the GLOG_* and abbreviated enumerators, LogMessage whose stream()
// returns std::ostream&, LogMessageFatal, LogMessageVoidify, and the macros
// LOG, LOG_IF, VLOG, VLOG_IS_ON, LOG_EVERY_N, CHECK, DLOG expanding the way
// the real ones do (LOG(INFO) becomes COMPACT_GOOGLE_LOG_INFO.stream(), i.e.
// google::LogMessage(__FILE__, __LINE__).stream()). VLOG_IS_ON uses the
// real header's portable fallback form (FLAGS_v >= level) rather than its
// GCC statement expression with per-site caching. Out-of-line members are
// only declared (tests never link).

#ifndef GLOG_LOGGING_H
#define GLOG_LOGGING_H

#include <cstdint>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#define GLOG_EXPORT

#ifndef GOOGLE_STRIP_LOG
#define GOOGLE_STRIP_LOG 0
#endif

#define GOOGLE_PREDICT_BRANCH_NOT_TAKEN(x) (__builtin_expect(x, 0))

namespace google {

enum LogSeverity {
  GLOG_INFO = 0,
  GLOG_WARNING = 1,
  GLOG_ERROR = 2,
  GLOG_FATAL = 3,
#ifndef GLOG_NO_ABBREVIATED_SEVERITIES
  INFO = GLOG_INFO,
  WARNING = GLOG_WARNING,
  ERROR = GLOG_ERROR,
  FATAL = GLOG_FATAL
#endif
};

inline constexpr int NUM_SEVERITIES = 4;

#ifdef NDEBUG
#define DFATAL_LEVEL ERROR
#else
#define DFATAL_LEVEL FATAL
#endif

GLOG_EXPORT void InitGoogleLogging(const char *argv0);
GLOG_EXPORT bool IsGoogleLoggingInitialized();
GLOG_EXPORT void ShutdownGoogleLogging();
GLOG_EXPORT void SetLogDestination(LogSeverity severity,
                                   const char *base_filename);

class LogSink;

class GLOG_EXPORT LogMessage {
public:
  // The method by which a message is delivered (SendToLog, SendToSyslog...).
  typedef void (LogMessage::*SendMethod)();

  LogMessage(const char *file, int line, LogSeverity severity, int64_t ctr,
             SendMethod send_method);
  // Used for LOG(INFO): the two-argument constructor is the compact form.
  LogMessage(const char *file, int line);
  LogMessage(const char *file, int line, LogSeverity severity);
  LogMessage(const char *file, int line, LogSeverity severity, LogSink *sink,
             bool also_send_to_log);
  LogMessage(const char *file, int line, LogSeverity severity,
             std::vector<std::string> *outvec);
  LogMessage(const char *file, int line, LogSeverity severity,
             std::string *message);
  LogMessage(const LogMessage &) = delete;
  LogMessage &operator=(const LogMessage &) = delete;

  // Flushes the buffered message to the log destinations.
  ~LogMessage() noexcept(false);

  void Flush();
  void SendToLog();
  void SendToSyslogAndLog();

  std::ostream &stream();

  int preserved_errno() const;
};

class GLOG_EXPORT LogMessageFatal : public LogMessage {
public:
  LogMessageFatal(const char *file, int line);
  [[noreturn]] ~LogMessageFatal() noexcept(false);
};

// Turns an ostream expression into void so LOG_IF's conditional has one type.
class GLOG_EXPORT LogMessageVoidify {
public:
  // Lower precedence than << but higher than ?:.
  void operator&(std::ostream &) noexcept {}
};

// Verbose logging level, set by --v.
namespace fLI {
extern GLOG_EXPORT int32_t FLAGS_v;
} // namespace fLI
using fLI::FLAGS_v;

} // namespace google

using google::fLI::FLAGS_v;

#if GOOGLE_STRIP_LOG == 0
#define COMPACT_GOOGLE_LOG_INFO google::LogMessage(__FILE__, __LINE__)
#else
#error "this mock models GOOGLE_STRIP_LOG == 0 only"
#endif
#define COMPACT_GOOGLE_LOG_WARNING                                             \
  google::LogMessage(__FILE__, __LINE__, google::GLOG_WARNING)
#define COMPACT_GOOGLE_LOG_ERROR                                               \
  google::LogMessage(__FILE__, __LINE__, google::GLOG_ERROR)
#define COMPACT_GOOGLE_LOG_FATAL google::LogMessageFatal(__FILE__, __LINE__)
#if defined(NDEBUG) && !defined(DCHECK_ALWAYS_ON)
#define DCHECK_IS_ON() 0
#define COMPACT_GOOGLE_LOG_DFATAL COMPACT_GOOGLE_LOG_ERROR
#else
#define DCHECK_IS_ON() 1
#define COMPACT_GOOGLE_LOG_DFATAL                                              \
  google::LogMessage(__FILE__, __LINE__, google::GLOG_FATAL)
#endif

#define LOG(severity) COMPACT_GOOGLE_LOG_##severity.stream()

#define LOG_TO_STRING(severity, message)                                       \
  google::LogMessage(__FILE__, __LINE__, google::GLOG_##severity,              \
                     static_cast<std::string *>(message))                      \
      .stream()

#define LOG_IF(severity, condition)                                            \
  static_cast<void>(0),                                                        \
      !(condition) ? (void)0 : google::LogMessageVoidify() & LOG(severity)

#define LOG_ASSERT(condition)                                                  \
  LOG_IF(FATAL, !(condition)) << "Assert failed: " #condition

#define CHECK(condition)                                                       \
  LOG_IF(FATAL, GOOGLE_PREDICT_BRANCH_NOT_TAKEN(!(condition)))                 \
      << "Check failed: " #condition " "

#define VLOG_IS_ON(verboselevel) (FLAGS_v >= (verboselevel))
#define VLOG(verboselevel) LOG_IF(INFO, VLOG_IS_ON(verboselevel))
#define VLOG_IF(verboselevel, condition)                                       \
  LOG_IF(INFO, (condition) && VLOG_IS_ON(verboselevel))

#define LOG_EVERY_N_VARNAME(base, line) base##line
#define LOG_EVERY_N_VARNAME_CONCAT(base, line) LOG_EVERY_N_VARNAME(base, line)
#define LOG_OCCURRENCES LOG_EVERY_N_VARNAME_CONCAT(occurrences_, __LINE__)
#define LOG_OCCURRENCES_MOD_N                                                  \
  LOG_EVERY_N_VARNAME_CONCAT(occurrences_mod_n_, __LINE__)

#define SOME_KIND_OF_LOG_EVERY_N(severity, n, what_to_do)                      \
  static int LOG_OCCURRENCES = 0, LOG_OCCURRENCES_MOD_N = 0;                   \
  ++LOG_OCCURRENCES;                                                           \
  if (++LOG_OCCURRENCES_MOD_N > n)                                             \
    LOG_OCCURRENCES_MOD_N -= n;                                                \
  if (LOG_OCCURRENCES_MOD_N == 1)                                              \
  google::LogMessage(__FILE__, __LINE__, google::GLOG_##severity,              \
                     LOG_OCCURRENCES, &what_to_do)                             \
      .stream()

#define LOG_EVERY_N(severity, n)                                               \
  SOME_KIND_OF_LOG_EVERY_N(severity, (n), google::LogMessage::SendToLog)

#if DCHECK_IS_ON()
#define DLOG(severity) LOG(severity)
#define DLOG_IF(severity, condition) LOG_IF(severity, condition)
#else
#define DLOG(severity)                                                         \
  static_cast<void>(0),                                                        \
      true ? (void)0 : google::LogMessageVoidify() & LOG(severity)
#define DLOG_IF(severity, condition)                                           \
  static_cast<void>(0),                                                        \
      (true || !(condition)) ? (void)0                                         \
                             : google::LogMessageVoidify() & LOG(severity)
#endif

#endif // GLOG_LOGGING_H
