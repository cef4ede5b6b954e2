// Mock of spdlog 1.x <spdlog/spdlog.h> for the privacy-tidy tests.
//
// A faithful subset of the real public API, built the way the real library
// is with SPDLOG_FMT_EXTERNAL: the same namespace, class and method names,
// template signatures (format_string_t first, forwarded arguments after),
// the free functions that forward to the default logger, and the SPDLOG_*
// macros that call logger::log with a source_loc. Out-of-line members are
// only declared (tests never link).

#ifndef SPDLOG_H
#define SPDLOG_H

#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <initializer_list>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#define SPDLOG_VERSION 11400

#define SPDLOG_LEVEL_TRACE 0
#define SPDLOG_LEVEL_DEBUG 1
#define SPDLOG_LEVEL_INFO 2
#define SPDLOG_LEVEL_WARN 3
#define SPDLOG_LEVEL_ERROR 4
#define SPDLOG_LEVEL_CRITICAL 5
#define SPDLOG_LEVEL_OFF 6

#ifndef SPDLOG_ACTIVE_LEVEL
#define SPDLOG_ACTIVE_LEVEL SPDLOG_LEVEL_INFO
#endif

#define SPDLOG_API
#define SPDLOG_FUNCTION static_cast<const char *>(__FUNCTION__)

namespace spdlog {

namespace level {
enum level_enum : int {
  trace = SPDLOG_LEVEL_TRACE,
  debug = SPDLOG_LEVEL_DEBUG,
  info = SPDLOG_LEVEL_INFO,
  warn = SPDLOG_LEVEL_WARN,
  err = SPDLOG_LEVEL_ERROR,
  critical = SPDLOG_LEVEL_CRITICAL,
  off = SPDLOG_LEVEL_OFF,
  n_levels
};
} // namespace level

using string_view_t = fmt::basic_string_view<char>;
template <typename... Args>
using format_string_t = fmt::format_string<Args...>;

enum class pattern_time_type { local, utc };

struct source_loc {
  constexpr source_loc() = default;
  constexpr source_loc(const char *filename_in, int line_in,
                       const char *funcname_in)
      : filename{filename_in}, line{line_in}, funcname{funcname_in} {}
  constexpr bool empty() const noexcept { return line <= 0; }
  const char *filename{nullptr};
  int line{0};
  const char *funcname{nullptr};
};

namespace sinks {
class sink {
public:
  virtual ~sink() = default;
  virtual void flush() = 0;
  void set_level(level::level_enum log_level);
};
} // namespace sinks

using sink_ptr = std::shared_ptr<sinks::sink>;
using sinks_init_list = std::initializer_list<sink_ptr>;

class SPDLOG_API logger {
public:
  explicit logger(std::string name) : name_(std::move(name)), sinks_() {}
  template <typename It>
  logger(std::string name, It begin, It end)
      : name_(std::move(name)), sinks_(begin, end) {}
  logger(std::string name, sink_ptr single_sink)
      : logger(std::move(name), {std::move(single_sink)}) {}
  logger(std::string name, sinks_init_list sinks)
      : logger(std::move(name), sinks.begin(), sinks.end()) {}
  virtual ~logger() = default;

  template <typename... Args>
  void log(source_loc loc, level::level_enum lvl,
           format_string_t<Args...> fmt, Args &&...args) {
    log_(loc, lvl, fmt, std::forward<Args>(args)...);
  }
  template <typename... Args>
  void log(level::level_enum lvl, format_string_t<Args...> fmt,
           Args &&...args) {
    log(source_loc{}, lvl, fmt, std::forward<Args>(args)...);
  }
  template <typename T> void log(level::level_enum lvl, const T &msg) {
    log(source_loc{}, lvl, msg);
  }
  template <typename T>
  void log(source_loc loc, level::level_enum lvl, const T &msg) {
    log(loc, lvl, "{}", msg);
  }
  void log(source_loc loc, level::level_enum lvl, string_view_t msg);
  void log(level::level_enum lvl, string_view_t msg) {
    log(source_loc{}, lvl, msg);
  }

  template <typename... Args>
  void trace(format_string_t<Args...> fmt, Args &&...args) {
    log(level::trace, fmt, std::forward<Args>(args)...);
  }
  template <typename... Args>
  void debug(format_string_t<Args...> fmt, Args &&...args) {
    log(level::debug, fmt, std::forward<Args>(args)...);
  }
  template <typename... Args>
  void info(format_string_t<Args...> fmt, Args &&...args) {
    log(level::info, fmt, std::forward<Args>(args)...);
  }
  template <typename... Args>
  void warn(format_string_t<Args...> fmt, Args &&...args) {
    log(level::warn, fmt, std::forward<Args>(args)...);
  }
  template <typename... Args>
  void error(format_string_t<Args...> fmt, Args &&...args) {
    log(level::err, fmt, std::forward<Args>(args)...);
  }
  template <typename... Args>
  void critical(format_string_t<Args...> fmt, Args &&...args) {
    log(level::critical, fmt, std::forward<Args>(args)...);
  }

  template <typename T> void trace(const T &msg) { log(level::trace, msg); }
  template <typename T> void debug(const T &msg) { log(level::debug, msg); }
  template <typename T> void info(const T &msg) { log(level::info, msg); }
  template <typename T> void warn(const T &msg) { log(level::warn, msg); }
  template <typename T> void error(const T &msg) { log(level::err, msg); }
  template <typename T> void critical(const T &msg) {
    log(level::critical, msg);
  }

  bool should_log(level::level_enum msg_level) const {
    return msg_level >= level_.load(std::memory_order_relaxed);
  }
  void set_level(level::level_enum log_level);
  level::level_enum level() const;
  const std::string &name() const;
  void set_pattern(std::string pattern,
                   pattern_time_type time_type = pattern_time_type::local);
  void flush();
  void flush_on(level::level_enum log_level);
  const std::vector<sink_ptr> &sinks() const;
  std::vector<sink_ptr> &sinks();
  virtual std::shared_ptr<logger> clone(std::string logger_name);

protected:
  std::string name_;
  std::vector<sink_ptr> sinks_;
  std::atomic<int> level_{level::info};

  // Formats with fmt and hands the message to every sink.
  template <typename... Args>
  void log_(source_loc loc, level::level_enum lvl, string_view_t fmt,
            Args &&...args);
};

SPDLOG_API std::shared_ptr<logger> get(const std::string &name);
SPDLOG_API void set_level(level::level_enum log_level);
SPDLOG_API void set_pattern(
    std::string pattern,
    pattern_time_type time_type = pattern_time_type::local);
SPDLOG_API void flush_on(level::level_enum log_level);
SPDLOG_API void flush_every(std::chrono::seconds interval);
SPDLOG_API void register_logger(std::shared_ptr<logger> logger);
SPDLOG_API void drop(const std::string &name);
SPDLOG_API void drop_all();
SPDLOG_API void shutdown();
SPDLOG_API std::shared_ptr<spdlog::logger> default_logger();
SPDLOG_API spdlog::logger *default_logger_raw();
SPDLOG_API void set_default_logger(std::shared_ptr<spdlog::logger> default_logger);

template <typename... Args>
inline void log(source_loc source, level::level_enum lvl,
                format_string_t<Args...> fmt, Args &&...args) {
  default_logger_raw()->log(source, lvl, fmt, std::forward<Args>(args)...);
}
template <typename... Args>
inline void log(level::level_enum lvl, format_string_t<Args...> fmt,
                Args &&...args) {
  default_logger_raw()->log(source_loc{}, lvl, fmt,
                            std::forward<Args>(args)...);
}
template <typename... Args>
inline void trace(format_string_t<Args...> fmt, Args &&...args) {
  default_logger_raw()->trace(fmt, std::forward<Args>(args)...);
}
template <typename... Args>
inline void debug(format_string_t<Args...> fmt, Args &&...args) {
  default_logger_raw()->debug(fmt, std::forward<Args>(args)...);
}
template <typename... Args>
inline void info(format_string_t<Args...> fmt, Args &&...args) {
  default_logger_raw()->info(fmt, std::forward<Args>(args)...);
}
template <typename... Args>
inline void warn(format_string_t<Args...> fmt, Args &&...args) {
  default_logger_raw()->warn(fmt, std::forward<Args>(args)...);
}
template <typename... Args>
inline void error(format_string_t<Args...> fmt, Args &&...args) {
  default_logger_raw()->error(fmt, std::forward<Args>(args)...);
}
template <typename... Args>
inline void critical(format_string_t<Args...> fmt, Args &&...args) {
  default_logger_raw()->critical(fmt, std::forward<Args>(args)...);
}

template <typename T>
inline void log(source_loc source, level::level_enum lvl, const T &msg) {
  default_logger_raw()->log(source, lvl, msg);
}
template <typename T> inline void log(level::level_enum lvl, const T &msg) {
  default_logger_raw()->log(lvl, msg);
}
template <typename T> inline void trace(const T &msg) {
  default_logger_raw()->trace(msg);
}
template <typename T> inline void debug(const T &msg) {
  default_logger_raw()->debug(msg);
}
template <typename T> inline void info(const T &msg) {
  default_logger_raw()->info(msg);
}
template <typename T> inline void warn(const T &msg) {
  default_logger_raw()->warn(msg);
}
template <typename T> inline void error(const T &msg) {
  default_logger_raw()->error(msg);
}
template <typename T> inline void critical(const T &msg) {
  default_logger_raw()->critical(msg);
}

} // namespace spdlog

// The compile-time-levelled macros, expanding like the real ones.
#define SPDLOG_LOGGER_CALL(logger, level, ...)                                 \
  (logger)->log(spdlog::source_loc{__FILE__, __LINE__, SPDLOG_FUNCTION},       \
                level, __VA_ARGS__)

#if SPDLOG_ACTIVE_LEVEL <= SPDLOG_LEVEL_TRACE
#define SPDLOG_LOGGER_TRACE(logger, ...)                                       \
  SPDLOG_LOGGER_CALL(logger, spdlog::level::trace, __VA_ARGS__)
#define SPDLOG_TRACE(...) SPDLOG_LOGGER_TRACE(spdlog::default_logger_raw(), __VA_ARGS__)
#else
#define SPDLOG_LOGGER_TRACE(logger, ...) (void)0
#define SPDLOG_TRACE(...) (void)0
#endif

#if SPDLOG_ACTIVE_LEVEL <= SPDLOG_LEVEL_DEBUG
#define SPDLOG_LOGGER_DEBUG(logger, ...)                                       \
  SPDLOG_LOGGER_CALL(logger, spdlog::level::debug, __VA_ARGS__)
#define SPDLOG_DEBUG(...) SPDLOG_LOGGER_DEBUG(spdlog::default_logger_raw(), __VA_ARGS__)
#else
#define SPDLOG_LOGGER_DEBUG(logger, ...) (void)0
#define SPDLOG_DEBUG(...) (void)0
#endif

#if SPDLOG_ACTIVE_LEVEL <= SPDLOG_LEVEL_INFO
#define SPDLOG_LOGGER_INFO(logger, ...)                                        \
  SPDLOG_LOGGER_CALL(logger, spdlog::level::info, __VA_ARGS__)
#define SPDLOG_INFO(...) SPDLOG_LOGGER_INFO(spdlog::default_logger_raw(), __VA_ARGS__)
#else
#define SPDLOG_LOGGER_INFO(logger, ...) (void)0
#define SPDLOG_INFO(...) (void)0
#endif

#if SPDLOG_ACTIVE_LEVEL <= SPDLOG_LEVEL_WARN
#define SPDLOG_LOGGER_WARN(logger, ...)                                        \
  SPDLOG_LOGGER_CALL(logger, spdlog::level::warn, __VA_ARGS__)
#define SPDLOG_WARN(...) SPDLOG_LOGGER_WARN(spdlog::default_logger_raw(), __VA_ARGS__)
#else
#define SPDLOG_LOGGER_WARN(logger, ...) (void)0
#define SPDLOG_WARN(...) (void)0
#endif

#if SPDLOG_ACTIVE_LEVEL <= SPDLOG_LEVEL_ERROR
#define SPDLOG_LOGGER_ERROR(logger, ...)                                       \
  SPDLOG_LOGGER_CALL(logger, spdlog::level::err, __VA_ARGS__)
#define SPDLOG_ERROR(...) SPDLOG_LOGGER_ERROR(spdlog::default_logger_raw(), __VA_ARGS__)
#else
#define SPDLOG_LOGGER_ERROR(logger, ...) (void)0
#define SPDLOG_ERROR(...) (void)0
#endif

#if SPDLOG_ACTIVE_LEVEL <= SPDLOG_LEVEL_CRITICAL
#define SPDLOG_LOGGER_CRITICAL(logger, ...)                                    \
  SPDLOG_LOGGER_CALL(logger, spdlog::level::critical, __VA_ARGS__)
#define SPDLOG_CRITICAL(...) SPDLOG_LOGGER_CRITICAL(spdlog::default_logger_raw(), __VA_ARGS__)
#else
#define SPDLOG_LOGGER_CRITICAL(logger, ...) (void)0
#define SPDLOG_CRITICAL(...) (void)0
#endif

#endif // SPDLOG_H
