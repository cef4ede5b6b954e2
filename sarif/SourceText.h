//===--- SourceText.h - Source lines, NOLINT comments, columns --*- C++ -*-===//
//
// The plugin hands us every finding, including those clang-tidy hides because
// of a NOLINT comment, so that auditors see what was waived and why. This file
// finds those comments the way clang-tidy does (same tokens, same check-name
// globs, same line rules) and keeps the text after them as the justification.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SARIF_SOURCETEXT_H
#define PRIVACY_TIDY_SARIF_SOURCETEXT_H

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::privacy::sarif {

/// Lines of source files, read once per file.
class SourceCache {
public:
  /// The lines of \p File without line terminators, null if unreadable.
  const std::vector<std::string> *lines(const std::string &File);

  /// Line \p Line (1-based) of \p File, null if absent.
  const std::string *line(const std::string &File, unsigned Line);

private:
  std::map<std::string, std::optional<std::vector<std::string>>> Files;
};

/// An in-source suppression of one finding.
struct InSourceSuppression {
  std::string Directive; ///< "NOLINT", "NOLINTNEXTLINE" or "NOLINTBEGIN"
  unsigned Line = 0;     ///< where the directive is written
  unsigned Column = 0;   ///< 1-based byte column of the directive
  std::string Checks;    ///< the text inside the parentheses, "" if none
  std::string Justification;
};

/// Whether \p CheckName at \p File:\p Line is suppressed by a NOLINT,
/// NOLINTNEXTLINE or NOLINTBEGIN/NOLINTEND directive, as clang-tidy decides.
std::optional<InSourceSuppression>
findSuppression(SourceCache &Cache, const std::string &File, unsigned Line,
                const std::string &CheckName);

/// Whether \p Name matches the comma-separated glob list \p Globs the way a
/// NOLINT(...) list matches: '*' wildcards, negative globs ignored.
bool matchesNoLintGlobs(const std::string &Globs, const std::string &Name);

/// \p S without leading and trailing blanks (spaces and tabs), as NOLINT
/// directives and their justifications are read.
std::string trim(const std::string &S);

/// Converts Clang's 1-based byte column on \p LineText into SARIF's default
/// 1-based UTF-16 code unit column.
unsigned byteColumnToUtf16(const std::string &LineText, unsigned ByteColumn);

} // namespace clang::tidy::privacy::sarif

#endif
