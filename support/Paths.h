//===--- Paths.h - File paths, file URIs and atomic files -------*- C++ -*-===//
//
// SARIF names files by URI: a path relative to %SRCROOT% where possible, an
// absolute file URI otherwise. Clang hands us byte paths that may hold spaces
// or UTF-8, so every segment is percent-encoded (RFC 3986) here and nowhere
// else.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_SUPPORT_PATHS_H
#define PRIVACY_TIDY_SUPPORT_PATHS_H

#include <optional>
#include <string>

namespace clang::tidy::privacy {

/// The current working directory, or "/" when it cannot be read.
std::string currentDirectory();

/// Makes \p Path absolute against \p Base (the current directory when empty)
/// and removes "." and ".." segments and repeated slashes lexically; symbolic
/// links are left alone because Clang reports the spelling it opened.
std::string normalizePath(const std::string &Path, const std::string &Base = "");

/// The last segment of \p Path.
std::string baseName(const std::string &Path);

/// Everything before the last segment of \p Path ("/" for "/a").
std::string parentDirectory(const std::string &Path);

/// \p Path relative to the directory \p Root when it lies inside it; both
/// must be normalised absolute paths.
std::optional<std::string> relativePath(const std::string &Path,
                                        const std::string &Root);

/// The deepest directory containing both normalised absolute paths.
std::string commonAncestor(const std::string &A, const std::string &B);

/// The top of the git work tree containing \p Directory, if any.
std::optional<std::string> findGitWorkTree(const std::string &Directory);

/// Percent-encodes a relative path: '/' stays, every byte outside RFC 3986's
/// unreserved and segment characters is escaped.
std::string encodeUriPath(const std::string &Path);

/// "file:///abs/path" for a normalised absolute path; a directory URI ends
/// with '/', as SARIF requires for originalUriBaseIds.
std::string fileUri(const std::string &AbsolutePath, bool IsDirectory = false);

/// Decodes %XX escapes; nullopt when an escape is malformed.
std::optional<std::string> decodeUriPath(const std::string &Uri);

/// The absolute path named by a "file://" URI, nullopt for other URIs.
std::optional<std::string> filePathFromUri(const std::string &Uri);

/// Reads a whole file; an error message naming it on failure.
std::optional<std::string> readWholeFile(const std::string &Path,
                                         std::string &Content);

/// Writes \p Content to \p Path so that readers see the old file or the new
/// one, never a truncated mix: a uniquely named temporary file in the same
/// directory is written, flushed and renamed over \p Path. Returns an error
/// message naming the path on failure and leaves nothing behind.
/// \p Sync also forces the data to disk before the rename, so the file
/// survives a power loss; a cache that detects corrupt files (the summary
/// store) passes false: the rename alone keeps a crashing process from
/// leaving a torn file, and fsync per file dominated its write time.
std::optional<std::string> writeFileAtomically(const std::string &Path,
                                               const std::string &Content,
                                               bool Sync = true);

/// Creates \p Directory and its missing parents; safe when another process
/// creates them at the same time.
std::optional<std::string> createDirectories(const std::string &Directory);

/// Checks, before any work is done, that \p Path can be written atomically:
/// its directory exists and a temporary file can be created there.
std::optional<std::string> checkWritable(const std::string &Path);

} // namespace clang::tidy::privacy

#endif
