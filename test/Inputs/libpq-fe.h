/*
** Mock of PostgreSQL's libpq <libpq-fe.h> for the privacy-tidy tests.
**
** A faithful subset of the real C interface: opaque PGconn/PGresult, the
** status enums, and the same names and parameter lists for connecting,
** PQexec, PQexecParams, PQprepare/PQexecPrepared, result access and
** escaping, so the models naming PQexec and PQexecParams match real code.
** Usable from C and C++ (extern "C" like the real header). Declarations only.
*/
#ifndef LIBPQ_FE_H
#define LIBPQ_FE_H

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* From postgres_ext.h, which the real header includes. */
typedef unsigned int Oid;
#define InvalidOid ((Oid)0)

typedef enum {
  CONNECTION_OK,
  CONNECTION_BAD,
  CONNECTION_STARTED,
  CONNECTION_MADE
} ConnStatusType;

typedef enum {
  PGRES_EMPTY_QUERY = 0,
  PGRES_COMMAND_OK,
  PGRES_TUPLES_OK,
  PGRES_COPY_OUT,
  PGRES_COPY_IN,
  PGRES_BAD_RESPONSE,
  PGRES_NONFATAL_ERROR,
  PGRES_FATAL_ERROR,
  PGRES_COPY_BOTH,
  PGRES_SINGLE_TUPLE,
  PGRES_PIPELINE_SYNC,
  PGRES_PIPELINE_ABORTED
} ExecStatusType;

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

extern PGconn *PQconnectdb(const char *conninfo);
extern PGconn *PQconnectdbParams(const char *const *keywords,
                                 const char *const *values, int expand_dbname);
extern PGconn *PQsetdbLogin(const char *pghost, const char *pgport,
                            const char *pgoptions, const char *pgtty,
                            const char *dbName, const char *login,
                            const char *pwd);
extern void PQfinish(PGconn *conn);
extern ConnStatusType PQstatus(const PGconn *conn);
extern char *PQerrorMessage(const PGconn *conn);

extern PGresult *PQexec(PGconn *conn, const char *query);
extern PGresult *PQexecParams(PGconn *conn, const char *command, int nParams,
                              const Oid *paramTypes,
                              const char *const *paramValues,
                              const int *paramLengths, const int *paramFormats,
                              int resultFormat);
extern PGresult *PQprepare(PGconn *conn, const char *stmtName,
                           const char *query, int nParams,
                           const Oid *paramTypes);
extern PGresult *PQexecPrepared(PGconn *conn, const char *stmtName,
                                int nParams, const char *const *paramValues,
                                const int *paramLengths,
                                const int *paramFormats, int resultFormat);
extern int PQsendQuery(PGconn *conn, const char *query);
extern int PQsendQueryParams(PGconn *conn, const char *command, int nParams,
                             const Oid *paramTypes,
                             const char *const *paramValues,
                             const int *paramLengths, const int *paramFormats,
                             int resultFormat);
extern PGresult *PQgetResult(PGconn *conn);

extern int PQputCopyData(PGconn *conn, const char *buffer, int nbytes);
extern int PQputCopyEnd(PGconn *conn, const char *errormsg);

extern ExecStatusType PQresultStatus(const PGresult *res);
extern char *PQresStatus(ExecStatusType status);
extern char *PQresultErrorMessage(const PGresult *res);
extern int PQntuples(const PGresult *res);
extern int PQnfields(const PGresult *res);
extern char *PQfname(const PGresult *res, int field_num);
extern char *PQgetvalue(const PGresult *res, int tup_num, int field_num);
extern int PQgetlength(const PGresult *res, int tup_num, int field_num);
extern int PQgetisnull(const PGresult *res, int tup_num, int field_num);
extern char *PQcmdTuples(PGresult *res);
extern void PQclear(PGresult *res);

extern char *PQescapeLiteral(PGconn *conn, const char *str, size_t len);
extern char *PQescapeIdentifier(PGconn *conn, const char *str, size_t len);
extern size_t PQescapeStringConn(PGconn *conn, char *to, const char *from,
                                 size_t length, int *error);
extern void PQfreemem(void *ptr);

#ifdef __cplusplus
}
#endif

#endif /* LIBPQ_FE_H */
