// The project's database layer, modelled rather than annotated.
#ifndef CDR_STORE_H
#define CDR_STORE_H

#include <string>

namespace db {
class CdrStore {
public:
  // Keeps the row for billing until the invoice can no longer be disputed.
  void insert_for_billing(const std::string &table, const std::string &row);
  // Keeps the row for analytics, for years.
  void insert_for_analytics(const std::string &table, const std::string &row);
};
} // namespace db

#endif
