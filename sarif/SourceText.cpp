//===--- SourceText.cpp - Source lines, NOLINT comments, columns ----------===//

#include "SourceText.h"
#include "support/Paths.h"

namespace clang::tidy::privacy::sarif {

const std::vector<std::string> *SourceCache::lines(const std::string &File) {
  auto It = Files.find(File);
  if (It == Files.end()) {
    std::string Content;
    std::optional<std::vector<std::string>> Lines;
    if (!readWholeFile(File, Content)) {
      Lines.emplace();
      size_t Pos = 0;
      while (Pos < Content.size()) {
        size_t End = Content.find('\n', Pos);
        if (End == std::string::npos)
          End = Content.size();
        std::string Line = Content.substr(Pos, End - Pos);
        if (!Line.empty() && Line.back() == '\r')
          Line.pop_back();
        Lines->push_back(std::move(Line));
        Pos = End + 1;
      }
    }
    It = Files.emplace(File, std::move(Lines)).first;
  }
  return It->second ? &*It->second : nullptr;
}

const std::string *SourceCache::line(const std::string &File, unsigned Line) {
  const std::vector<std::string> *Lines = lines(File);
  if (!Lines || Line == 0 || Line > Lines->size())
    return nullptr;
  return &(*Lines)[Line - 1];
}

std::string trim(const std::string &S) {
  size_t B = S.find_first_not_of(" \t");
  if (B == std::string::npos)
    return "";
  size_t E = S.find_last_not_of(" \t");
  return S.substr(B, E - B + 1);
}

namespace {

bool globMatch(const char *Pattern, const char *Name) {
  // Iterative '*' matcher with single backtrack point: linear enough for
  // check names.
  const char *StarP = nullptr, *StarN = nullptr;
  while (*Name) {
    if (*Pattern == '*') {
      StarP = ++Pattern;
      StarN = Name;
    } else if (*Pattern == *Name) {
      ++Pattern;
      ++Name;
    } else if (StarP) {
      Pattern = StarP;
      Name = ++StarN;
    } else {
      return false;
    }
  }
  while (*Pattern == '*')
    ++Pattern;
  return !*Pattern;
}

struct NoLintToken {
  std::string Type; ///< "NOLINT", "NOLINTNEXTLINE", "NOLINTBEGIN", ...
  size_t Pos = 0;
  bool HasChecks = false;
  std::string Checks;
  size_t End = 0; ///< just past the token and its check list
};

/// Mirrors clang-tidy's getNoLints(): "NOLINT" followed by letters forms the
/// directive; a '(' right after opens a check list closed on the same line.
std::vector<NoLintToken> tokensOnLine(const std::string &Line) {
  static const std::string NoLint = "NOLINT";
  std::vector<NoLintToken> Tokens;
  size_t Pos = 0;
  while (Pos < Line.size()) {
    size_t Start = Line.find(NoLint, Pos);
    if (Start == std::string::npos)
      break;
    Pos = Start + NoLint.size();
    while (Pos < Line.size() &&
           ((Line[Pos] >= 'A' && Line[Pos] <= 'Z') ||
            (Line[Pos] >= 'a' && Line[Pos] <= 'z')))
      ++Pos;
    std::string Type = Line.substr(Start, Pos - Start);
    if (Type != "NOLINT" && Type != "NOLINTNEXTLINE" &&
        Type != "NOLINTBEGIN" && Type != "NOLINTEND")
      continue;
    NoLintToken Token;
    Token.Type = Type;
    Token.Pos = Start;
    if (Pos < Line.size() && Line[Pos] == '(') {
      size_t Close = Line.find(')', Pos + 1);
      if (Close != std::string::npos) {
        Token.HasChecks = true;
        Token.Checks = trim(Line.substr(Pos + 1, Close - Pos - 1));
        Pos = Close + 1;
      }
    }
    Token.End = Pos;
    Tokens.push_back(Token);
  }
  return Tokens;
}

bool tokenCovers(const NoLintToken &Token, const std::string &CheckName) {
  return !Token.HasChecks || matchesNoLintGlobs(Token.Checks, CheckName);
}

/// The reviewer's reason: the rest of the line after the directive, without
/// separators and a closing comment marker.
std::string justificationAfter(const std::string &Line, size_t From) {
  std::string Rest = From < Line.size() ? Line.substr(From) : "";
  size_t CommentEnd = Rest.find("*/");
  if (CommentEnd != std::string::npos)
    Rest = Rest.substr(0, CommentEnd);
  // Another directive on the same line ends this one's text.
  size_t Next = Rest.find("NOLINT");
  if (Next != std::string::npos)
    Rest = Rest.substr(0, Next);
  size_t B = Rest.find_first_not_of(" \t:;,-=");
  if (B == std::string::npos)
    return "";
  size_t E = Rest.find_last_not_of(" \t");
  return Rest.substr(B, E - B + 1);
}

InSourceSuppression makeSuppression(const NoLintToken &Token,
                                    const std::string &Line,
                                    unsigned LineNumber) {
  InSourceSuppression S;
  S.Directive = Token.Type;
  S.Line = LineNumber;
  S.Column = static_cast<unsigned>(Token.Pos) + 1;
  S.Checks = Token.Checks;
  S.Justification = justificationAfter(Line, Token.End);
  return S;
}

} // namespace

bool matchesNoLintGlobs(const std::string &Globs, const std::string &Name) {
  size_t Pos = 0;
  while (Pos <= Globs.size()) {
    size_t Comma = Globs.find(',', Pos);
    if (Comma == std::string::npos)
      Comma = Globs.size();
    std::string Glob = trim(Globs.substr(Pos, Comma - Pos));
    // clang-tidy builds NOLINT lists with KeepNegativeGlobs=false.
    if (!Glob.empty() && Glob[0] != '-' &&
        globMatch(Glob.c_str(), Name.c_str()))
      return true;
    Pos = Comma + 1;
  }
  return false;
}

std::optional<InSourceSuppression>
findSuppression(SourceCache &Cache, const std::string &File, unsigned Line,
                const std::string &CheckName) {
  const std::vector<std::string> *Lines = Cache.lines(File);
  if (!Lines || Line == 0 || Line > Lines->size())
    return std::nullopt;

  for (const NoLintToken &T : tokensOnLine((*Lines)[Line - 1]))
    if (T.Type == "NOLINT" && tokenCovers(T, CheckName))
      return makeSuppression(T, (*Lines)[Line - 1], Line);
  if (Line > 1)
    for (const NoLintToken &T : tokensOnLine((*Lines)[Line - 2]))
      if (T.Type == "NOLINTNEXTLINE" && tokenCovers(T, CheckName))
        return makeSuppression(T, (*Lines)[Line - 2], Line - 1);

  // NOLINTBEGIN/NOLINTEND: an END closes the innermost BEGIN with the same
  // check list; unmatched directives suppress nothing (clang-tidy reports
  // them as errors instead).
  struct Open {
    NoLintToken Token;
    unsigned LineNumber;
  };
  std::vector<Open> Stack;
  std::optional<InSourceSuppression> Innermost;
  for (unsigned L = 1; L <= Lines->size(); ++L) {
    for (const NoLintToken &T : tokensOnLine((*Lines)[L - 1])) {
      if (T.Type == "NOLINTBEGIN") {
        Stack.push_back({T, L});
        continue;
      }
      if (T.Type != "NOLINTEND")
        continue;
      for (size_t I = Stack.size(); I-- > 0;) {
        if (Stack[I].Token.HasChecks != T.HasChecks ||
            Stack[I].Token.Checks != T.Checks)
          continue;
        if (Stack[I].LineNumber <= Line && Line <= L &&
            tokenCovers(Stack[I].Token, CheckName) &&
            (!Innermost || Innermost->Line < Stack[I].LineNumber))
          Innermost = makeSuppression(
              Stack[I].Token, (*Lines)[Stack[I].LineNumber - 1],
              Stack[I].LineNumber);
        Stack.erase(Stack.begin() + static_cast<long>(I));
        break;
      }
    }
  }
  return Innermost;
}

unsigned byteColumnToUtf16(const std::string &LineText, unsigned ByteColumn) {
  if (ByteColumn <= 1)
    return ByteColumn;
  size_t Bytes = std::min<size_t>(ByteColumn - 1, LineText.size());
  unsigned Units = 0;
  for (size_t I = 0; I < Bytes;) {
    unsigned char C = static_cast<unsigned char>(LineText[I]);
    size_t Length = C < 0x80 ? 1 : (C >> 5) == 6 ? 2 : (C >> 4) == 14 ? 3
                                 : (C >> 3) == 30 ? 4 : 1;
    // Code points above the BMP take a surrogate pair in UTF-16.
    Units += Length == 4 ? 2 : 1;
    I += Length;
  }
  // Past the end of the line (a column Clang computed on other text): keep
  // the byte distance beyond it.
  return Units + 1 + static_cast<unsigned>(ByteColumn - 1 - Bytes);
}

} // namespace clang::tidy::privacy::sarif
