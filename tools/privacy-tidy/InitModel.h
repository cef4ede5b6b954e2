//===--- InitModel.h - privacy-tidy init-model ------------------*- C++ -*-===//
//
// A first model file in one command: privacy-unannotated-data's candidates
// over the compilation database (fields, types, variables, function results
// and parameters that look like personal data, project logging functions as
// sink candidates) merged into one draft model file, sorted, deduplicated,
// each entry with a comment saying where it was seen, for the user to review.
//
//===----------------------------------------------------------------------===//

#ifndef PRIVACY_TIDY_TOOLS_INITMODEL_H
#define PRIVACY_TIDY_TOOLS_INITMODEL_H

namespace clang::tidy::privacy::tool {

/// privacy-tidy init-model -p BUILD [-o FILE] [--force] [options] [FILES...]
/// (\p Argv[0] is the command, Argv[1] "init-model"); the exit code.
int runInitModel(int Argc, char **Argv);

} // namespace clang::tidy::privacy::tool

#endif
