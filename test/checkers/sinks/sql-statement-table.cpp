// RUN: %clang_tidy --checks='-*,privacy-retention' %s -- -std=c++17 %test_flags 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'

// The C++ forms of sql-statement-table.c: a class's member table of
// statements (cleared by its in-class initialiser, prepared in a method
// through `this`), indices of an enum class, a member table that a
// constructor initialiser fills otherwise.

#include <privacy/annotations.h>
#include <sqlite3.h>
#include <string>

struct Sub {
  PRIVACY_SUBSCRIBER_ID std::string key;
  PRIVACY_SUBSCRIBER_ID std::string inserted;
  PRIVACY_SUBSCRIBER_ID std::string given;
};

enum class Stmt { Sel, Ins, Count };
constexpr const char *kSql[] = {
    "SELECT id FROM sub WHERE imsi = ?",
    "INSERT INTO sub (imsi) VALUES (?)",
};

class Db {
public:
  bool open(sqlite3 *db) {
    for (int i = 0; i < static_cast<int>(Stmt::Count); ++i)
      if (sqlite3_prepare_v2(db, kSql[i], -1, &stmt_[i], nullptr))
        return false;
    return true;
  }
  sqlite3_stmt *at(Stmt s) { return stmt_[static_cast<int>(s)]; }
  void lookup(const Sub &s) {
    sqlite3_stmt *st = stmt_[static_cast<int>(Stmt::Sel)];
    sqlite3_bind_text(st, 1, s.key.c_str(), -1, SQLITE_STATIC);
  }
  void insert(const Sub &s) {
    sqlite3_bind_text(stmt_[static_cast<int>(Stmt::Ins)], 1,
                      s.inserted.c_str(), -1, SQLITE_STATIC);
    // CHECK: :[[@LINE-2]]:5: warning: subscriber identifier 's.inserted' is retained
  }

private:
  sqlite3_stmt *stmt_[static_cast<int>(Stmt::Count)] = {};
};

class Given {
public:
  explicit Given(sqlite3_stmt *st) : stmt_{st, nullptr} {}
  void open(sqlite3 *db) {
    for (int i = 0; i < 2; ++i)
      sqlite3_prepare_v2(db, kSql[i], -1, &stmt_[i], nullptr);
  }
  void lookup(const Sub &s) {
    sqlite3_bind_text(stmt_[0], 1, s.given.c_str(), -1, SQLITE_STATIC);
    // CHECK: :[[@LINE-1]]:5: warning: subscriber identifier 's.given' is retained
  }

private:
  sqlite3_stmt *stmt_[2];
};
