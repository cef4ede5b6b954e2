//===--- SqlText.cpp - Which parameters an SQL statement stores ----------===//
//
// Tokens first (comments, strings and quoted identifiers skipped, so a `?`
// inside them is no parameter), numbered as SQLite numbers them, then the
// statement's first keyword decides. Conservative: what is not read with
// certainty is stored.
//
//===----------------------------------------------------------------------===//

#include "SqlText.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include <optional>

namespace clang::tidy::privacy {

namespace {

struct Token {
  enum KindT { Word, Param, Open, Close, Semi, Other } Kind;
  llvm::StringRef Text;
};

bool isIdentChar(char C) {
  return llvm::isAlnum(C) || C == '_' || static_cast<unsigned char>(C) >= 0x80;
}

/// The end of the quoted text that starts at \p I (a doubled quote is a
/// quote inside it); npos when it does not end.
size_t quotedEnd(llvm::StringRef S, size_t I) {
  char Q = S[I];
  for (size_t J = I + 1;; J += 2) {
    J = S.find(Q, J);
    if (J == llvm::StringRef::npos || J + 1 >= S.size() || S[J + 1] != Q)
      return J == llvm::StringRef::npos ? J : J + 1;
  }
}

/// The length of the token at \p I that is not a comment or a quote.
size_t tokenLength(llvm::StringRef S, size_t I, Token::KindT &Kind) {
  char C = S[I];
  auto Run = [&](size_t From) {
    size_t J = From;
    while (J < S.size() && isIdentChar(S[J]))
      ++J;
    return J - I;
  };
  if (C == ':' && S.substr(I).starts_with("::")) { // a PostgreSQL cast
    Kind = Token::Other;
    return 2;
  }
  if (C == '?') {
    Kind = Token::Param;
    size_t J = I + 1;
    while (J < S.size() && llvm::isDigit(S[J]))
      ++J;
    return J - I;
  }
  if ((C == ':' || C == '@' || C == '$') && I + 1 < S.size() &&
      isIdentChar(S[I + 1])) {
    Kind = Token::Param;
    return Run(I + 1);
  }
  if (isIdentChar(C)) {
    Kind = Token::Word;
    return Run(I);
  }
  Kind = C == '(' ? Token::Open
         : C == ')' ? Token::Close
         : C == ';' ? Token::Semi
                    : Token::Other;
  return 1;
}

/// The tokens of \p S; nullopt when a comment or quote does not end.
std::optional<std::vector<Token>> tokenize(llvm::StringRef S) {
  std::vector<Token> Out;
  size_t I = 0;
  while (I < S.size()) {
    llvm::StringRef Rest = S.substr(I);
    if (llvm::isSpace(S[I])) {
      ++I;
    } else if (Rest.starts_with("--")) {
      I = S.find('\n', I);
    } else if (Rest.starts_with("/*")) {
      size_t E = S.find("*/", I + 2);
      if (E == llvm::StringRef::npos)
        return std::nullopt;
      I = E + 2;
    } else if (S[I] == '\'' || S[I] == '"' || S[I] == '`') {
      size_t E = quotedEnd(S, I);
      if (E == llvm::StringRef::npos)
        return std::nullopt;
      Out.push_back({Token::Other, S.slice(I, E)});
      I = E;
    } else {
      Token::KindT K;
      size_t N = tokenLength(S, I, K);
      Out.push_back({K, S.substr(I, N)});
      I += N;
    }
  }
  return Out;
}

bool isWord(const Token &T, llvm::StringRef Keyword) {
  return T.Kind == Token::Word && T.Text.equals_insensitive(Keyword);
}

} // namespace

/// Reads the tokens of one statement into SqlStatement.
class SqlReader {
public:
  explicit SqlReader(SqlStatement &Out) : Out(Out) {}

  void read(const std::vector<Token> &Tokens) {
    size_t End = Tokens.size();
    for (size_t I = 0; I < Tokens.size(); ++I)
      if (Tokens[I].Kind == Token::Semi) {
        End = I;
        break;
      }
    std::vector<Token> Own(Tokens.begin(), Tokens.begin() + End);
    number(Own);
    // A second statement after the `;`: the reader keeps to one.
    for (size_t I = End; I < Tokens.size(); ++I)
      if (Tokens[I].Kind != Token::Semi)
        return;
    if (Own.empty())
      return;
    const Token &First = Own.front();
    // SELECT INTO (PostgreSQL) makes a table of what it selects.
    bool Finds = (isWord(First, "SELECT") && !hasTopLevel(Own, "INTO")) ||
                 isWord(First, "DELETE");
    if (Finds) {
      Out.Understood = true;
      for (SqlStatement::Parameter &P : Out.Parameters)
        P.Stored = false;
    } else if (isWord(First, "INSERT") || isWord(First, "REPLACE")) {
      Out.Understood = true;
    } else if (isWord(First, "UPDATE")) {
      Out.Understood = update(Own);
    }
  }

private:
  SqlStatement &Out;

  /// SQLite's numbering: `?NNN` is NNN, `?` one more than the largest so
  /// far, a name the number it got first.
  void number(const std::vector<Token> &Tokens) {
    long long Max = 0;
    llvm::StringMap<long long> Named;
    for (const Token &T : Tokens) {
      if (T.Kind != Token::Param)
        continue;
      SqlStatement::Parameter P;
      if (T.Text[0] == '?') {
        unsigned long long N = 0;
        if (T.Text.size() == 1)
          P.Number = ++Max;
        else if (!llvm::getAsUnsignedInteger(T.Text.drop_front(), 10, N) &&
                 N < (1ull << 31))
          Max = std::max(Max, P.Number = static_cast<long long>(N));
        else
          P.Number = -1; // no number a binding can name
      } else {
        P.Name = T.Text.str();
        auto [It, New] = Named.try_emplace(T.Text, Max + 1);
        Max += New;
        P.Number = It->second;
      }
      Out.Parameters.push_back(std::move(P));
    }
  }

  static bool hasTopLevel(const std::vector<Token> &Tokens,
                          llvm::StringRef Keyword) {
    int Depth = 0;
    for (const Token &T : Tokens) {
      Depth += (T.Kind == Token::Open) - (T.Kind == Token::Close);
      if (Depth == 0 && isWord(T, Keyword))
        return true;
    }
    return false;
  }

  /// UPDATE: the parameters of its top-level WHERE are keys, not stored;
  /// those of SET (and FROM, RETURNING, ...) are stored.
  bool update(const std::vector<Token> &Tokens) {
    if (!hasTopLevel(Tokens, "SET"))
      return false;
    int Depth = 0;
    bool InWhere = false;
    size_t Next = 0;
    for (const Token &T : Tokens) {
      Depth += (T.Kind == Token::Open) - (T.Kind == Token::Close);
      if (Depth == 0 && T.Kind == Token::Word)
        InWhere = isWord(T, "WHERE") ||
                  (InWhere && !isWord(T, "RETURNING") &&
                   !isWord(T, "ORDER") && !isWord(T, "LIMIT"));
      if (T.Kind == Token::Param)
        Out.Parameters[Next++].Stored = !InWhere;
    }
    return true;
  }
};

SqlStatement SqlStatement::read(llvm::StringRef Sql) {
  SqlStatement S;
  if (std::optional<std::vector<Token>> Tokens = tokenize(Sql))
    SqlReader(S).read(*Tokens);
  return S;
}

bool SqlStatement::storesNumber(long long N) const {
  if (!Understood)
    return true;
  bool Found = false;
  for (const Parameter &P : Parameters)
    if (P.Number == N) {
      if (P.Stored)
        return true;
      Found = true;
    }
  return !Found;
}

bool SqlStatement::storesName(llvm::StringRef Name) const {
  if (!Understood)
    return true;
  for (const Parameter &P : Parameters)
    if (P.Name == Name)
      return storesNumber(P.Number);
  return true;
}

bool SqlStatement::storesAny() const {
  if (!Understood)
    return true;
  for (const Parameter &P : Parameters)
    if (P.Stored)
      return true;
  return false;
}

} // namespace clang::tidy::privacy
