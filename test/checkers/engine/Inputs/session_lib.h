// Header code for main-file-only.cpp: functions the main file reaches only
// in ways a naive call graph misses, and one it does not reach at all.
#pragma once
#include <privacy/annotations.h>
#include <string>

PRIVACY_LOG_SINK void log_line(const std::string &line);

struct Subscriber {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
};

// Reached only through a default member initializer.
inline std::string tag_for(const Subscriber &s) { return "sub-" + s.imsi; }

// Stores an IMSI in a global that the main file logs; nothing calls it.
inline std::string last_imsi;
inline void remember(const Subscriber &s) { last_imsi = s.imsi; }

struct Session {
  Subscriber sub;
  std::string tag = tag_for(sub);
};

// Dead header code: nothing anywhere calls it.
inline void dump(const Subscriber &s) { log_line("dump " + s.imsi); }
