// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:' \
// RUN:       --implicit-check-not=looked_up --implicit-check-not="'s.key'" \
// RUN:       --implicit-check-not=first_key --implicit-check-not='reaches the same sink'

// The C++ forms of sql-bind-wrapper.c: a method wrapper, nullptr, a
// std::string's c_str() as the bound value.

#include <privacy/annotations.h>
#include <sqlite3.h>
#include <string>

struct Sub {
  PRIVACY_SUBSCRIBER_ID std::string inserted;
  PRIVACY_SUBSCRIBER_ID std::string looked_up;
  PRIVACY_SUBSCRIBER_ID std::string key;
  PRIVACY_SUBSCRIBER_ID std::string set;
  PRIVACY_SUBSCRIBER_ID std::string first;
  PRIVACY_SUBSCRIBER_ID std::string first_key;
};

class Binder {
public:
  bool text(sqlite3_stmt *stmt, const char *name, const std::string &value) {
    int idx = name != nullptr ? sqlite3_bind_parameter_index(stmt, name) : 1;
    return sqlite3_bind_text(stmt, idx, value.c_str(), -1, SQLITE_STATIC) ==
           SQLITE_OK;
    // CHECK: :[[@LINE-2]]:12: warning: subscriber identifier 's.inserted' is retained
    // CHECK: note: 's.set', also subscriber identifier, reaches the same sink
    // CHECK: note: 's.first', also subscriber identifier, reaches the same sink
  }
};

void insert(sqlite3 *db, Binder &b, const Sub &s) {
  sqlite3_stmt *st = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO sub (imsi) VALUES ($imsi)", -1, &st,
                     nullptr);
  b.text(st, "$imsi", s.inserted);
}

void lookup(sqlite3 *db, Binder &b, const Sub &s) {
  sqlite3_stmt *st = nullptr;
  sqlite3_prepare_v2(db, "SELECT id FROM sub WHERE imsi = $imsi", -1, &st,
                     nullptr);
  b.text(st, "$imsi", s.looked_up);
}

void update(sqlite3 *db, Binder &b, const Sub &s) {
  sqlite3_stmt *st = nullptr;
  sqlite3_prepare_v2(db, "UPDATE sub SET msisdn = $msisdn WHERE imsi = $imsi",
                     -1, &st, nullptr);
  b.text(st, "$imsi", s.key);
  b.text(st, "$msisdn", s.set);
}

void first_parameter(sqlite3 *db, Binder &b, const Sub &s) {
  sqlite3_stmt *st = nullptr;
  sqlite3_prepare_v2(db, "UPDATE sub SET msisdn = ? WHERE imsi = ?", -1, &st,
                     nullptr);
  b.text(st, nullptr, s.first);
  sqlite3_stmt *sel = nullptr;
  sqlite3_prepare_v2(db, "SELECT 1 FROM sub WHERE imsi = ?", -1, &sel,
                     nullptr);
  b.text(sel, nullptr, s.first_key);
}
