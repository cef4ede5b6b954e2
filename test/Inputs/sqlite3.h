/*
** Mock of SQLite 3 <sqlite3.h> for the privacy-tidy tests.
**
** A faithful subset of the real C interface: the same opaque handle types,
** function names, parameter lists, result codes and destructor constants
** (SQLITE_STATIC, SQLITE_TRANSIENT), so the models naming sqlite3_exec,
** sqlite3_prepare_v2 and the sqlite3_bind_* family match real code. Usable
** from C and C++ (extern "C" like the real header). Declarations only.
*/
#ifndef SQLITE3_H
#define SQLITE3_H

#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef SQLITE_API
#define SQLITE_API
#endif

#define SQLITE_VERSION "3.45.1"
#define SQLITE_VERSION_NUMBER 3045001

typedef struct sqlite3 sqlite3;
typedef struct sqlite3_stmt sqlite3_stmt;
typedef struct sqlite3_value sqlite3_value;

typedef long long int sqlite_int64;
typedef unsigned long long int sqlite_uint64;
typedef sqlite_int64 sqlite3_int64;
typedef sqlite_uint64 sqlite3_uint64;

#define SQLITE_OK 0
#define SQLITE_ERROR 1
#define SQLITE_BUSY 5
#define SQLITE_NOMEM 7
#define SQLITE_CONSTRAINT 19
#define SQLITE_MISUSE 21
#define SQLITE_ROW 100
#define SQLITE_DONE 101

#define SQLITE_OPEN_READONLY 0x00000001
#define SQLITE_OPEN_READWRITE 0x00000002
#define SQLITE_OPEN_CREATE 0x00000004

typedef void (*sqlite3_destructor_type)(void *);
#define SQLITE_STATIC ((sqlite3_destructor_type)0)
#define SQLITE_TRANSIENT ((sqlite3_destructor_type)-1)

#define SQLITE_UTF8 1

SQLITE_API int sqlite3_open(const char *filename, sqlite3 **ppDb);
SQLITE_API int sqlite3_open_v2(const char *filename, sqlite3 **ppDb, int flags,
                               const char *zVfs);
SQLITE_API int sqlite3_close(sqlite3 *);
SQLITE_API int sqlite3_close_v2(sqlite3 *);

SQLITE_API int sqlite3_exec(sqlite3 *, const char *sql,
                            int (*callback)(void *, int, char **, char **),
                            void *, char **errmsg);

SQLITE_API int sqlite3_prepare(sqlite3 *db, const char *zSql, int nByte,
                               sqlite3_stmt **ppStmt, const char **pzTail);
SQLITE_API int sqlite3_prepare_v2(sqlite3 *db, const char *zSql, int nByte,
                                  sqlite3_stmt **ppStmt, const char **pzTail);
SQLITE_API int sqlite3_prepare_v3(sqlite3 *db, const char *zSql, int nByte,
                                  unsigned int prepFlags, sqlite3_stmt **ppStmt,
                                  const char **pzTail);

SQLITE_API int sqlite3_bind_blob(sqlite3_stmt *, int, const void *, int n,
                                 void (*)(void *));
SQLITE_API int sqlite3_bind_blob64(sqlite3_stmt *, int, const void *,
                                   sqlite3_uint64, void (*)(void *));
SQLITE_API int sqlite3_bind_double(sqlite3_stmt *, int, double);
SQLITE_API int sqlite3_bind_int(sqlite3_stmt *, int, int);
SQLITE_API int sqlite3_bind_int64(sqlite3_stmt *, int, sqlite3_int64);
SQLITE_API int sqlite3_bind_null(sqlite3_stmt *, int);
SQLITE_API int sqlite3_bind_text(sqlite3_stmt *, int, const char *, int,
                                 void (*)(void *));
SQLITE_API int sqlite3_bind_text64(sqlite3_stmt *, int, const char *,
                                   sqlite3_uint64, void (*)(void *),
                                   unsigned char encoding);
SQLITE_API int sqlite3_bind_value(sqlite3_stmt *, int, const sqlite3_value *);
SQLITE_API int sqlite3_bind_parameter_count(sqlite3_stmt *);
SQLITE_API int sqlite3_bind_parameter_index(sqlite3_stmt *, const char *zName);
SQLITE_API int sqlite3_clear_bindings(sqlite3_stmt *);

SQLITE_API int sqlite3_step(sqlite3_stmt *);
SQLITE_API int sqlite3_reset(sqlite3_stmt *pStmt);
SQLITE_API int sqlite3_finalize(sqlite3_stmt *pStmt);

SQLITE_API int sqlite3_column_count(sqlite3_stmt *pStmt);
SQLITE_API const void *sqlite3_column_blob(sqlite3_stmt *, int iCol);
SQLITE_API double sqlite3_column_double(sqlite3_stmt *, int iCol);
SQLITE_API int sqlite3_column_int(sqlite3_stmt *, int iCol);
SQLITE_API sqlite3_int64 sqlite3_column_int64(sqlite3_stmt *, int iCol);
SQLITE_API const unsigned char *sqlite3_column_text(sqlite3_stmt *, int iCol);
SQLITE_API int sqlite3_column_bytes(sqlite3_stmt *, int iCol);

SQLITE_API sqlite3_int64 sqlite3_last_insert_rowid(sqlite3 *);
SQLITE_API int sqlite3_changes(sqlite3 *);
SQLITE_API int sqlite3_errcode(sqlite3 *db);
SQLITE_API const char *sqlite3_errmsg(sqlite3 *);
SQLITE_API const char *sqlite3_errstr(int);

SQLITE_API char *sqlite3_mprintf(const char *, ...);
SQLITE_API char *sqlite3_vmprintf(const char *, va_list);
SQLITE_API char *sqlite3_snprintf(int, char *, const char *, ...);
SQLITE_API void *sqlite3_malloc(int);
SQLITE_API void sqlite3_free(void *);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* SQLITE3_H */
