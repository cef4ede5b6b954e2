// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// The C++ forms of sql-storage.c: constexpr SQL, a table indexed by an enum
// class constant, nullptr, a std::string's c_str() (not a constant).

#include <privacy/annotations.h>
#include <sqlite3.h>
#include <string>

struct Sub {
  PRIVACY_SUBSCRIBER_ID std::string imsi;
  PRIVACY_SUBSCRIBER_ID std::string msisdn;
};

enum class Stmt { SelByImsi, SetMsisdn, Create };
constexpr const char *kSql[] = {
    "SELECT id FROM subscriber WHERE imsi = $imsi",
    "UPDATE subscriber SET msisdn = $msisdn WHERE imsi = $imsi",
    "INSERT INTO subscriber (imsi) VALUES ($imsi)",
};
constexpr char kDelete[] = "DELETE FROM subscriber WHERE imsi = ?";

static int param(sqlite3_stmt *st, const char *name) {
  return sqlite3_bind_parameter_index(st, name);
}

void lookups(sqlite3 *db, const Sub &s) {
  sqlite3_stmt *st = nullptr;
  sqlite3_prepare_v2(db, kSql[static_cast<int>(Stmt::SelByImsi)], -1, &st,
                     nullptr);
  sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, "$imsi"),
                    s.imsi.c_str(), -1, SQLITE_STATIC);
  sqlite3_stmt *del = nullptr;
  sqlite3_prepare_v2(db, kDelete, -1, &del, nullptr);
  sqlite3_bind_text(del, 1, s.imsi.c_str(), -1, SQLITE_STATIC);
}

void update(sqlite3 *db, const Sub &s) {
  sqlite3_stmt *st = nullptr;
  sqlite3_prepare_v2(db, kSql[static_cast<int>(Stmt::SetMsisdn)], -1, &st,
                     nullptr);
  sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, "$imsi"),
                    s.imsi.c_str(), -1, SQLITE_STATIC);
  sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, "$msisdn"),
                    s.msisdn.c_str(), -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-2]]:3: warning: subscriber identifier 's.msisdn' is retained without recorded consent or anonymisation (AVG/GDPR art. 6 lid 1) [privacy-retention]
}

void create(sqlite3 *db, const Sub &s) {
  sqlite3_stmt *st = nullptr;
  sqlite3_prepare_v2(db, kSql[static_cast<int>(Stmt::Create)], -1, &st,
                     nullptr);
  sqlite3_bind_text(st, 1, s.imsi.c_str(), -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is retained
}

// Not followed: SQL in a std::string, a parameter name through a function
// that is not modelled.
void not_followed(sqlite3 *db, const Sub &s) {
  std::string sql = "SELECT id FROM subscriber WHERE imsi = ?";
  sqlite3_stmt *st = nullptr;
  sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
  sqlite3_bind_text(st, 1, s.imsi.c_str(), -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is retained
  sqlite3_stmt *sel = nullptr;
  sqlite3_prepare_v2(db, kSql[0], -1, &sel, nullptr);
  sqlite3_bind_text(sel, param(sel, "$imsi"), s.imsi.c_str(), -1,
                    SQLITE_STATIC);
  // CHECK: :[[@LINE-2]]:3: warning: subscriber identifier 's.imsi' is retained
}

// A lambda that captures the statement by reference may prepare it again:
// the statement's SQL is not followed.
void lambda_reprepares(sqlite3 *db, const Sub &s) {
  sqlite3_stmt *st = nullptr;
  sqlite3_prepare_v2(db, kDelete, -1, &st, nullptr);
  auto redo = [&] {
    sqlite3_prepare_v2(db, "INSERT INTO t VALUES (?)", -1, &st, nullptr);
  };
  redo();
  sqlite3_bind_text(st, 1, s.imsi.c_str(), -1, SQLITE_STATIC);
  // CHECK: :[[@LINE-1]]:3: warning: subscriber identifier 's.imsi' is retained
}
