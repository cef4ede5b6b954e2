//===--- Messages.cpp - The one place privacy-tidy writes English ---------===//

#include "Messages.h"

namespace clang::tidy::privacy {

std::string DiagText::str() const {
  std::string Out;
  for (size_t I = 0; I < Format.size(); ++I) {
    char C = Format[I];
    if (C != '%' || I + 1 == Format.size()) {
      Out += C;
      continue;
    }
    char N = Format[++I];
    if (N >= '0' && N <= '9' && size_t(N - '0') < Args.size())
      Out += Args[N - '0'];
    else if (N == '%')
      Out += '%';
  }
  return Out;
}

static DiagText text(std::string Format, std::vector<std::string> Args = {}) {
  return {std::move(Format), std::move(Args)};
}

DiagText stepMessage(const LegalPolicy &P, const FlowStep &S) {
  const std::string Label =
      S.Cat.Index < P.Categories.size() ? P.rule(S.Cat).Label : "personal data";
  switch (S.Kind) {
  case StepKind::DeclaredAs:
    return text("'%0' is declared %1 here", {S.Subject, Label});
  case StepKind::HasType:
    return text("'%0' has type '%1', which is %2", {S.Subject, S.Via, Label});
  case StepKind::Returns:
    return text("'%0' returns %1", {S.Subject, Label});
  case StepKind::Assign:
    return text("assigned to '%0'", {S.Subject});
  case StepKind::Capture:
    return text("'%0' is captured by the lambda", {S.Subject});
  case StepKind::CapturedHere:
    return text("captured by the lambda here");
  case StepKind::FlowsInto:
    return S.Subject.empty()
               ? text("flows into the object through '%0'", {calleeText(S.Via)})
               : text("flows into '%0' through '%1'",
                      {S.Subject, calleeText(S.Via)});
  case StepKind::PassedThrough:
    return text("passed through '%0'", {calleeText(S.Subject)});
  case StepKind::WrittenThrough:
    return text("written through '%0'", {calleeText(S.Subject)});
  case StepKind::Pseudonymise:
    return text("pseudonymised by '%0': pseudonymised data is still personal "
                "data",
                {S.Subject});
  case StepKind::Call:
    return text("passed to '%0' here", {S.Subject});
  case StepKind::Return:
    return text("returned from '%0'", {S.Subject});
  case StepKind::StoredBy:
    return text("stored by '%0'", {S.Subject});
  case StepKind::Parameter:
    return text("passed as parameter '%0' of '%1'", {S.Subject, S.Via});
  case StepKind::Anonymise:
    return text("anonymised by '%0'", {S.Subject});
  }
  return text("");
}

/// The SARIF kind of a step: the engine's few coarse kinds.
static std::string stepKind(const FlowStep &S) {
  if (S.IsSource)
    return "source";
  switch (S.Kind) {
  case StepKind::Pseudonymise:
    return "pseudonymised";
  case StepKind::Call:
    return "call";
  case StepKind::Return:
  case StepKind::StoredBy:
    return "return";
  default:
    return "step";
  }
}

DiagText sameSinkNote(const LegalPolicy &P, const FlowFacts &Other) {
  return text("'%0', also %1, reaches the same sink",
              {Other.DataName, P.rule(Other.Cat).Label});
}

DiagText findingMessage(const LegalPolicy &P, const FlowFacts &F,
                        const Verdict &V) {
  const CategoryRule &C = P.rule(F.Cat);
  const SinkKindRule &K = P.kind(F.Kind);
  // %0 label, %1 data, %2 verb, %3 citation, then the period's numbers.
  std::vector<std::string> Args = {C.Label, F.DataName, K.Verb, V.Citation};
  std::string Pseudo =
      F.Pseudonymised ? "; pseudonymised data is still personal data" : "";
  if (V.PeriodTooLong) {
    Args.push_back(std::to_string(*F.RetentionDays));
    Args.push_back(std::to_string(V.MaxRetentionDays));
    return text("%0 '%1' is %2 for %4 days, longer than the maximum of %5 "
                "days for %0" + Pseudo + " (%3)",
                Args);
  }
  if (V.PeriodMissing)
    return text("%0 '%1' is %2 without a declared retention period" + Pseudo +
                    " (%3)",
                Args);
  return text("%0 '%1' is %2 without recorded consent or anonymisation" +
                  Pseudo + " (%3)",
              Args);
}

static void consentNotes(const FlowFacts &F, std::vector<NoteText> &Out) {
  bool Any = false;
  for (unsigned I = 0; I < F.ConsentChecks.size(); ++I) {
    const ConsentCheckSeen &CS = F.ConsentChecks[I];
    if (!F.Purpose.empty() && CS.Purpose != F.Purpose)
      continue;
    Out.push_back({NoteText::ConsentCheck, I, "consent",
                   text("consent check '%0' for purpose '%1' does not hold "
                        "on every path to this sink",
                        {CS.Function, CS.Purpose})});
    Any = true;
  }
  if (Any)
    return;
  for (unsigned I = 0; I < F.ConsentChecks.size(); ++I) {
    const ConsentCheckSeen &CS = F.ConsentChecks[I];
    Out.push_back({NoteText::ConsentCheck, I, "consent",
                   text("consent check '%0' records consent for purpose "
                        "'%1', but the sink's purpose is '%2'",
                        {CS.Function, CS.Purpose, F.Purpose})});
  }
}

std::vector<NoteText> findingNotes(const LegalPolicy &P, const FlowFacts &F,
                                   const Verdict &V) {
  std::vector<NoteText> Out;
  for (unsigned I = 0; I < F.Steps.size(); ++I)
    Out.push_back({NoteText::Step, I, stepKind(F.Steps[I]),
                   stepMessage(P, F.Steps[I])});
  for (unsigned I = 0; I < F.CallSites; ++I)
    Out.push_back({NoteText::CallSite, I, "call",
                   text("the sink is reached through this call, where no "
                        "covering consent holds")});
  if (F.Imported)
    Out.push_back({NoteText::Sink, 0, "sink",
                   text("the data reaches '%0' here, in another translation "
                        "unit",
                        {sinkSubjectText(F.SinkDesc)})});
  const CategoryRule &C = P.rule(F.Cat);
  bool PeriodOnly = V.PeriodMissing || V.PeriodTooLong;
  if (!PeriodOnly && C.ConsentAllows)
    consentNotes(F, Out);
  if (!PeriodOnly && !C.ConsentAllows)
    Out.push_back({NoteText::Sink, 0, "policy",
                   text("%0 may only be processed anonymised", {C.Label})});
  return Out;
}

namespace {
std::string quoted(const std::string &Name) { return "'" + Name + "'"; }

std::string count(unsigned N, const char *One, const char *Many) {
  return std::to_string(N) + " " + (N == 1 ? One : Many);
}

/// One sentence per kind of notice, for std::visit.
struct NoticeWriter {
  std::string operator()(const PrunedBranchFacts &F) const {
    std::string Why = "its condition is a constant expression";
    if (!F.Condition.empty()) {
      std::string Text = F.Condition;
      if (Text.size() > 40)
        Text = Text.substr(0, 37) + "...";
      Why = quoted(Text) + " is always " + (F.AlwaysTrue ? "true" : "false") +
            " here";
    }
    std::string FirstCall =
        F.FirstCall.empty() ? "a call" : quoted(F.FirstCall);
    std::string Stores =
        count(F.Stores, "store", "stores") +
        " of personal data into static storage";
    std::string What =
        !F.Stores ? count(F.Calls, "call", "calls") +
                        " only reachable through it (first: " + FirstCall + ")"
        : !F.Calls
            ? Stores + " only reachable through it (first: into " +
                  quoted(F.FirstStore) + ")"
            : count(F.Calls, "call", "calls") + " (first: " + FirstCall +
                  ") and " + Stores + " (first: into " +
                  quoted(F.FirstStore) + ") only reachable through it";
    return "privacy analysis of " + quoted(F.Function) +
           " treats a branch as never taken (" + Why + "); " + What +
           " not checked";
  }
  std::string operator()(const BudgetFacts &F) const {
    return "privacy analysis of " + quoted(F.Function) +
           " stopped at its budget (" + std::to_string(F.MaxBlockVisits) +
           " block visits); findings inside it may be missing";
  }
  std::string operator()(const SummaryBoundFacts &F) const {
    return "privacy summary of " + quoted(F.Function) + " keeps " +
           std::to_string(F.MaxSinks) +
           " sinks of the functions it calls (so may others in this file); "
           "further sinks of its parameters are not followed through it, "
           "further sinks of its own data are reported in it without its "
           "callers' consents";
  }
  std::string operator()(const RecursionBoundFacts &F) const {
    return "privacy analysis of the " + std::to_string(F.Functions) +
           " mutually recursive functions around " + quoted(F.Function) +
           " stopped after " + std::to_string(F.Rounds) +
           " rounds; paths that need more rounds may be missing";
  }
  std::string operator()(const UnmatchedModelEntryFacts &F) const {
    return modelEntryText(F.Entry) + " matches nothing in this translation unit";
  }
  std::string operator()(const OverriddenModelEntryFacts &F) const {
    std::string By;
    for (const std::string &O : F.By)
      By += (By.empty() ? "" : ", ") + O;
    return modelEntryText(F.Entry) + " is overridden by " + By +
           " in this translation unit (the last matching entry wins)";
  }
  std::string operator()(const MissingMemberFacts &F) const {
    return F.Origin + ": " + quoted(F.Member) + " is no direct member of " +
           quoted(F.Type);
  }
  std::string operator()(const SummaryStoreFacts &F) const;
  std::string operator()(const ModelFileErrorFacts &F) const {
    return modelErrorText(F);
  }
};

std::string NoticeWriter::operator()(const SummaryStoreFacts &F) const {
  const std::string Store = "privacy summary store " + quoted(F.Path);
  const char *Rerun = "; rerun the first pass";
  switch (F.What) {
  case SummaryStoreFacts::Damaged:
    return Store + " is damaged: " + quoted(F.Detail) +
           " is not a directory" + Rerun;
  case SummaryStoreFacts::EarlierFormat:
    return Store + " was written by an earlier release (format " + F.Detail +
           ", this build reads " + F.Format +
           "); it is not used: rerun the first pass";
  case SummaryStoreFacts::Missing:
    return Store + " does not exist: write it with a first pass (privacy-tidy "
                   "check --whole-program --summary-store DIR, or "
                   "privacy-tidy-summarize)";
  case SummaryStoreFacts::Empty:
    return Store + " holds no summaries (no " + quoted(F.Format) +
           " directory): write it with a first pass";
  case SummaryStoreFacts::CannotReplace:
    return "privacy summary store: cannot replace " + quoted(F.Path) + ": " +
           F.Detail;
  case SummaryStoreFacts::CannotWrite:
    return "privacy summary store: " + F.Detail;
  case SummaryStoreFacts::Corrupt:
    return "privacy summary store: " + quoted(F.Path) + " is corrupt (" +
           corruptSummaryReason(F.Why) + ")" + Rerun;
  case SummaryStoreFacts::Unreadable:
    return "privacy summary store: cannot read " + quoted(F.Path) + ": " +
           F.Detail + Rerun;
  case SummaryStoreFacts::Stale:
    return "the stored privacy summary of " + quoted(F.Function) +
           " is stale (" + quoted(F.Path) +
           " changed since the first pass); it is not used until the first "
           "pass runs again";
  }
  return Store;
}
} // namespace

std::string noticeMessage(const NoticeFacts &F) {
  return std::visit(NoticeWriter(), F);
}

std::string lawUnusableMessage(const std::string &LawError) {
  return LawError + "; the privacy checks do not run";
}

std::string retentionOptionMessage(const std::string &Value,
                                   const std::string &Option, bool TooLarge) {
  return "invalid value " + quoted(Value) + " for option " + quoted(Option) +
         (TooLarge ? ": too large (at most 36525 days)"
                   : ": expected a whole number of days >= 0");
}

std::string unknownCategoryOptionMessage(const std::string &Category,
                                         const std::string &Option,
                                         const std::string &Categories) {
  return "unknown category " + quoted(Category) + " in option " +
         quoted(Option) + ": the categories are " + Categories;
}

std::string fragmentUnwritableMessage(const std::string &Error) {
  return "cannot write SARIF fragment: " + Error;
}

std::string annotationProblemMessage(const AnnotationProblemFacts &F) {
  using P = AnnotationProblemFacts;
  const std::string On = "on " + quoted(F.Name);
  const char *NoEffect = " they have no effect";
  switch (F.What) {
  case P::StepsOffFunction:
    return "PRIVACY_ANONYMIZER, PRIVACY_PSEUDONYMIZER and "
           "PRIVACY_CONSENT_CHECK belong on functions; " + On + NoEffect;
  case P::SinkMisplaced:
    return "sink annotations belong on functions, their parameters or "
           "variables; " + On + NoEffect;
  case P::PurposeWithoutSink:
    return "PRIVACY_PURPOSE and PRIVACY_RETENTION_DAYS " + On +
           " have no effect without PRIVACY_LOG_SINK, PRIVACY_EXPORT_SINK or "
           "PRIVACY_RETAIN_SINK";
  case P::ConsentCheckReturn:
    return "consent check " + quoted(F.Name) + " returns " + quoted(F.Type) +
           "; a consent check must return bool (true: consent is recorded)";
  case P::BothAnonymizers:
    return quoted(F.Name) + " is annotated both PRIVACY_ANONYMIZER and "
           "PRIVACY_PSEUDONYMIZER; pseudonymised data is still personal "
           "data, choose one";
  case P::AnonymizerPersonal:
    return "anonymizer " + quoted(F.Name) + " returns " + quoted(F.Type) +
           ", which is annotated as personal data; an anonymizer's result "
           "must not be personal data";
  case P::CategoryOnVoid:
    return quoted(F.Name) + " returns void: a data category on a function "
           "describes its return value";
  case P::NoRetentionDays:
    return "retention sink " + quoted(F.Name) + " declares no retention "
           "period; add PRIVACY_RETENTION_DAYS(days)";
  case P::DaysWithoutRetention:
    return "PRIVACY_RETENTION_DAYS " + On +
           " has no effect: it is not a retention sink";
  case P::CallEffectsMisplaced:
    return "PRIVACY_DELETES, PRIVACY_LINKS_INTO, PRIVACY_RETURNED_AT and "
           "PRIVACY_WRITTEN_AT belong on parameters and functions; " + On +
           NoEffect;
  case P::NoObject:
    return F.Macro + "(\"this\") " + On + ": " + quoted(F.Function) +
           " is no method and has no object";
  case P::NoSuchArgument:
    return F.Macro + " " + On + " names argument " + std::to_string(F.Index) +
           ", but " + quoted(F.Function) + " has " +
           count(F.Params, "parameter", "parameters");
  case P::LinksIntoItself:
    return "PRIVACY_LINKS_INTO " + On +
           " names its own argument; name the container it is attached to";
  case P::DeletesNoObject:
    return "PRIVACY_DELETES " + On +
           " has no object to delete from; place it on the parameter the "
           "call deletes from";
  case P::WrittenAtItself:
    return "PRIVACY_WRITTEN_AT " + On +
           " names its own argument; name the argument its data is written "
           "into";
  case P::AtOffParameter:
    return "PRIVACY_RETURNED_AT and PRIVACY_WRITTEN_AT belong on the "
           "parameter whose data the call puts into a field; " + On +
           NoEffect;
  case P::ResultOfVoid:
    return quoted(F.Function) + " returns void: " +
           (F.OnParameter ? "PRIVACY_RETURNED_AT"
                          : "PRIVACY_LINKS_INTO on a function") +
           " describes its result";
  }
  return On;
}

std::string unknownCallNotice(const std::string &Callee) {
  return "personal data is passed to '" + calleeText(Callee) +
         "', which has no body, model or summary here; the analysis assumed "
         "the default for unknown code (its result may carry the data, "
         "nothing else is checked inside it)";
}

std::string unknownCallsOmittedNotice(unsigned Omitted) {
  return std::to_string(Omitted) + " more call" + (Omitted == 1 ? "" : "s") +
         " in this translation unit passed personal data to functions "
         "without a body, model or summary (not listed one by one)";
}

std::string configurationNotice(const std::string &Role,
                                const std::string &Name) {
  return "the analysis used " + Name + " as its " + Role + " file";
}

//===----------------------------------------------------------------------===//
// What a flow reaches and what a call is (policy/Flow.h SinkSubject; an
// empty callee name is an indirect call)
//===----------------------------------------------------------------------===//

std::string sinkSubjectText(const SinkSubject &S) {
  switch (S.Kind) {
  case SinkSubject::Named:
    return S.Name;
  case SinkSubject::StaticStorage:
    return "'" + S.Name + "', which has static storage duration";
  }
  return S.Name;
}

std::string calleeText(const std::string &Name) {
  return Name.empty() ? "an indirect call" : Name;
}

//===----------------------------------------------------------------------===//
// What readers and privacy-unannotated-data find (NoticeFacts.h's last block)
//===----------------------------------------------------------------------===//

/// Items [From, end) of \p Args: "a, b, c" (\p Last " or ": "a, b or c"),
/// each between \p Quote.
static std::string listText(const std::vector<std::string> &Args, size_t From,
                            const char *Last, const char *Quote = "") {
  std::string Out;
  for (size_t I = From; I < Args.size(); ++I)
    Out += std::string(I == From              ? ""
                       : I + 1 == Args.size() ? Last
                                              : ", ") +
           Quote + Args[I] + Quote;
  return Out;
}

/// The problems whose words take no argument.
static const char *fixedModelProblem(ModelProblemFacts::Problem What) {
  using P = ModelProblemFacts;
  static const std::pair<P::Problem, const char *> Words[] = {
      {P::FileNotObject, "a model file is a JSON object"},
      {P::UnsupportedVersion, "unsupported model version (expected 1)"},
      {P::UnsupportedLanguage, "unsupported language (expected \"c++\": the "
                               "entries name C++ declarations only)"},
      {P::ExpectedObject, "expected an object"},
      {P::EntryNotObject, "each entry must be an object"},
      {P::ExpectedString, "expected a string"},
      {P::ExpectedPosition, "expected an argument index >= 0 or \"this\""},
      {P::ExpectedPositionOrReturn,
       "expected an argument index >= 0 or \"this\" or \"return\""},
      {P::ExpectedFrom, "expected {\"from\": <index>}"},
      {P::SinkNotObject, "'sink' must be an object"},
      {P::PurposeNotText, "'purpose' must be a non-empty string"},
      {P::RetentionDaysInvalid, "'retentionDays' must be a whole number >= 0"},
      {P::ConsentWithoutPurpose, "'consent' needs a non-empty 'purpose'"},
      {P::ParamTypesNotArray, "'paramTypes' must be an array of strings"},
      {P::ExpectedTypeString, "expected a type string"},
      {P::WhenIncomplete,
       "'when' needs 'arg' (an index) and 'oneOf' (names of constants)"},
      {P::MissingArg, "missing 'arg'"},
      {P::PropagationIncomplete, "a propagation needs 'from' and 'to'"},
      {P::LinkIncomplete, "a link needs 'from' (the attached argument) and "
                          "'into' (its container)"},
      {P::DeletesWithoutObject,
       "'deletes' needs 'object' (an argument position)"},
      {P::WhenNullInvalid, "'whenNull' must be an argument index >= 0"},
      {P::SqlShape,
       "'sql' must be one of {\"text\", \"prepares\"}, {\"text\", \"values\"}, "
       "{\"statement\", \"parameter\"} or {\"statement\", \"indexOfName\"}"},
      {P::ExcludeFieldsNotArray,
       "'excludeFields' must be an array of member names"},
      {P::ExpectedMemberName, "expected a member name"},
      {P::ExpectedName, "expected a name"},
      {P::SinkObjectMatch,
       "a sink object names exactly one of 'variable', 'type' or 'call'"},
      {P::MissingSink, "missing 'sink'"},
      {P::EmptyName, "empty name"},
      {P::IsDirectory, "cannot read model file: it is a directory"},
  };
  for (const auto &[Kind, Text] : Words)
    if (Kind == What)
      return Text;
  return nullptr;
}

/// What is wrong with a stored summary, in the words the store's readers
/// have always printed.
std::string corruptSummaryReason(const CorruptSummaryFacts &F) {
  using R = CorruptSummaryFacts;
  switch (F.What) {
  case R::NotJson: return "not valid JSON";
  case R::NotSummaryOf: return "not the summary of " + quoted(F.Function);
  case R::SourcesMalformed: return "its list of sources is malformed";
  case R::WrongType: return "a value has the wrong type";
  case R::NotManifest: return "not a manifest";
  case R::NoStatementTables: return "its manifest has no statement tables";
  case R::TablesMalformed: return "its statement tables are malformed";
  case R::TableNoDeclaration: return "a statement table names no declaration";
  case R::TableEntryIncomplete:
    return "a statement table's entry has no index or SQL";
  case R::ParamIndexNotNumber: return "a parameter index is not a number";
  case R::ThisOfNonMethod:
    return "it names 'this' of " + quoted(F.Function) + ", which is no method";
  case R::ParamIndexBeyond:
    return "parameter index " + std::to_string(F.Index) + " is beyond the " +
           std::to_string(F.Count) + " parameters of " + quoted(F.Function);
  case R::HolderNotParameter:
    return "a sink's holder is no parameter of " + quoted(F.Function);
  case R::BindingStatementNotParameter:
    return "a binding's statement is no parameter of " + quoted(F.Function);
  case R::BindingNameNotParameter:
    return "a binding's name is no parameter of " + quoted(F.Function);
  case R::BindingNullTestNotParameter:
    return "a binding's null test is no parameter of " + quoted(F.Function);
  case R::BindingNoChoices: return "a sink's SQL binding has no choices";
  case R::BindingUnknownChoice: return "a sink's SQL binding has an unknown choice";
  case R::TaintNotObject: return "a taint is not an object";
  case R::UnknownCategory: return "unknown category " + quoted(F.Value);
  case R::ValueNotArray: return "a value is not an array";
  case R::WriteWithoutParameter: return "a write names no parameter";
  case R::PointerWithoutParameter: return "a pointer names no parameter";
  case R::PointerTargetWithoutParameter:
    return "a pointer's target names no parameter";
  case R::LinkedPlaceWithoutParameter:
    return "a linked place names no parameter";
  case R::ContainerWithoutParameter: return "a container names no parameter";
  case R::UnknownSinkKind: return "unknown sink kind " + quoted(F.Value);
  case R::StaticStorageNotBoolean:
    return "'staticStorage' of a sink is not a boolean";
  }
  return "a value has the wrong type";
}

std::string modelEntryText(const ModelEntryFacts &F) {
  using K = ModelEntryFacts;
  switch (F.Kind) {
  case K::Function:
    return F.Origin + ": function " + quoted(F.Name);
  case K::Declaration:
    return F.Origin + ": " + quoted(F.Name);
  case K::Parameter:
  case K::Local:
    return F.Origin + ": " + (F.Kind == K::Parameter ? "parameter " : "local ") +
           quoted(F.Name) + (F.Scope.empty() ? "" : " in " + quoted(F.Scope));
  case K::SinkObject:
    return F.Origin + ": sink object " + F.Scope + " " + quoted(F.Name);
  }
  return F.Origin;
}

std::string modelErrorText(const ModelFileErrorFacts &F) {
  std::string S = F.File;
  if (F.Line)
    S += ":" + std::to_string(F.Line) + ":" + std::to_string(F.Column);
  return S + ": " + modelProblemMessage(F.Problem);
}

std::string modelProblemMessage(const ModelProblemFacts &F) {
  using P = ModelProblemFacts;
  if (const char *Fixed = fixedModelProblem(F.What))
    return Fixed;
  auto Arg = [&](size_t I) { return I < F.Args.size() ? F.Args[I] : ""; };
  switch (F.What) {
  case P::NestedTooDeep:
    return "nested deeper than " + Arg(0) +
           " levels (a model file needs a few)";
  case P::InvalidJson:
    return "invalid JSON: " + Arg(0);
  case P::UnknownKey:
    return "unknown key '" + Arg(0) +
           "' (expected one of: " + listText(F.Args, 1, ", ") + ")";
  case P::NotAnArray:
    return quoted(Arg(0)) + " must be an array";
  case P::MissingString:
    return "missing string " + quoted(Arg(0));
  case P::UnknownCategory:
    return "unknown category " + quoted(Arg(0)) + " (expected " +
           listText(F.Args, 1, " or ") + ")";
  case P::UnknownSinkKind:
    return "sink 'kind' must be " + listText(F.Args, 0, " or ", "\"");
  case P::NotBoolean:
    return quoted(Arg(0)) + " must be true or false";
  case P::FieldPathInvalid:
    return quoted(Arg(0)) +
           " must be a field path such as \"imsi\" or "
           "\"id.digits\" (at most " +
           Arg(1) + " fields)";
  case P::SqlWithoutSink:
    return "'sql' with " + quoted(Arg(0)) +
           " describes what a sink stores: the entry needs a 'sink'";
  case P::InvalidRegex:
    return "invalid regular expression " + quoted(Arg(0)) + ": " + Arg(1);
  case P::RegexBackReferenceNine:
    return "invalid regular expression " + quoted(Arg(0)) + ": " +
           regexProblemMessage({true, ""});
  case P::Malformed:
    return "malformed model file: " + Arg(0);
  case P::Unreadable:
    return "cannot read model file: " + Arg(0);
  case P::NotShipped:
    return quoted(Arg(0)) +
           " is no shipped model (shipped: " + listText(F.Args, 1, ", ") + ")";
  default:
    return Arg(0);
  }
}

std::string regexProblemMessage(const RegexProblemFacts &F) {
  if (F.BackReferenceNine)
    return "a name pattern refers back to groups 1 to 8 only (\\9 is used)";
  return F.RegexError;
}

std::string annotationReadMessage(const AnnotationReadFacts &F) {
  using A = AnnotationReadFacts;
  auto Arg = [&](size_t I) { return I < F.Args.size() ? F.Args[I] : ""; };
  const std::string Path = "a field path such as \"imsi\" or \"id.digits\" "
                           "(at most " +
                           Arg(0) + " fields)";
  switch (F.What) {
  case A::DeletesWhenNullIndex:
    return "PRIVACY_DELETES_WHEN_NULL needs the index (>= 0) of the argument "
           "that is a null pointer when the call deletes";
  case A::LinksIntoContainer:
    return "PRIVACY_LINKS_INTO needs the container: an argument index (>= 0) "
           "or \"this\"";
  case A::ReturnedAtPath:
    return "PRIVACY_RETURNED_AT needs " + Path;
  case A::WrittenAtPlace:
    return "PRIVACY_WRITTEN_AT needs an argument index (>= 0) and " + Path;
  case A::UnknownCategory:
    return "unknown privacy data category " + quoted(Arg(0)) + " (expected " +
           listText(F.Args, 1, " or ") + ")";
  case A::ConsentWithoutPurpose:
    return "PRIVACY_CONSENT_CHECK needs a purpose string";
  case A::ConsentPurposeEmpty:
    return "the purpose of a consent check must not be empty";
  case A::ConflictingConsentPurposes:
    return "conflicting consent purposes " + quoted(Arg(0)) + " and " +
           quoted(Arg(1)) + ": a consent check records consent for one purpose";
  case A::UnknownSinkKind:
    return "unknown privacy sink kind " + quoted(Arg(0)) + " (expected " +
           listText(F.Args, 1, " or ") + ")";
  case A::ConflictingSinks:
    return "conflicting sink annotations: a function is one kind of sink (" +
           listText(F.Args, 0, " or ") + "); split it or choose one";
  case A::PurposeWithoutText:
    return "PRIVACY_PURPOSE needs a purpose string";
  case A::SinkPurposeEmpty:
    return "the purpose of a sink must not be empty";
  case A::RetentionTooLarge:
    return "retention period is too large (got " + Arg(0) + " days; at most " +
           Arg(1) + ")";
  case A::RetentionNotNumber:
    return "PRIVACY_RETENTION_DAYS needs a whole number of days";
  case A::RetentionNegative:
    return "retention period must not be negative (got " + Arg(0) + " days)";
  case A::UnknownAnnotation:
    break;
  }
  return "unknown privacy annotation 'privacy:" + Arg(0) + "'";
}

static std::string declKindText(const UnannotatedDataFacts &F) {
  using U = UnannotatedDataFacts;
  switch (F.Kind) {
  case U::Field:
    return "field";
  case U::Parameter:
    return "parameter";
  case U::Variable:
    return "variable";
  case U::Method:
    return "method";
  case U::Function:
    return "function";
  case U::Record:
    return F.RecordKind;
  case U::TypeAlias:
    return "type alias";
  case U::Typedef:
    return "typedef";
  case U::Declaration:
    break;
  }
  return "declaration";
}

/// privacy-unannotated-data's own five categories (checks/NameTokens).
static std::string unannotatedCategoryText(const std::string &Id) {
  if (Id == "traffic")
    return "traffic data";
  if (Id == "location")
    return "location data";
  if (Id == "subscriber_id")
    return "a subscriber identifier";
  if (Id == "content")
    return "communication content";
  return "personal data";
}

std::string unannotatedDataMessage(const UnannotatedDataFacts &F) {
  using U = UnannotatedDataFacts;
  std::string Head = declKindText(F) + " " + quoted(F.Name);
  std::string What =
      unannotatedCategoryText(F.CategoryId) + " (" + F.Label + ")";
  std::string Tail =
      "annotate it with " + F.Macro + " or add it to a model file";
  if (!F.MatchedType.empty())
    return Head + " has type " + quoted(F.MatchedType) + ", which looks like " +
           What + ", but has no privacy annotation; " + Tail;
  if (F.Kind == U::Function || F.Kind == U::Method)
    return Head + " looks like it returns " + What +
           " but has no privacy annotation; " + Tail;
  return Head + " looks like " + What + " but has no privacy annotation; " +
         Tail;
}

std::string excludedNameOptionMessage(const std::string &Entry,
                                      const std::string &Check,
                                      const std::string &Reason) {
  return "invalid regular expression " + quoted(Entry) + " in option " +
         quoted(Check + ".ExcludedNames") + ": " + Reason +
         "; the entry is ignored";
}

std::string extraTermOptionMessage(const std::string &Entry,
                                   const std::string &Check, bool NoLetters) {
  return "invalid entry " + quoted(Entry) + " in option " +
         quoted(Check + ".ExtraTerms") +
         (NoLetters ? ": the term has no letters or digits"
                    : ": expected 'term=category' with category one of "
                      "traffic, location, subscriber_id, content, personal") +
         "; the entry is ignored";
}

std::string extraExcludedWordOptionMessage(const std::string &Entry,
                                           const std::string &Check) {
  return "invalid entry " + quoted(Entry) + " in option " +
         quoted(Check + ".ExtraExcludedWords") +
         ": a word has only letters and digits; the entry is ignored";
}

std::string modelDraftUnwritableMessage(const std::string &Error) {
  return "cannot write the model draft: " + Error;
}

std::string draftReasonMessage(const DraftReasonFacts &F) {
  switch (F.What) {
  case DraftReasonFacts::PassesVaList:
    return "passes its va_list to a printf-like function";
  case DraftReasonFacts::VariadicMacro:
    return "called by the variadic macro " + F.Name;
  case DraftReasonFacts::PassesParameters:
    return "passes its parameters to " + F.Name;
  }
  return F.Name;
}

} // namespace clang::tidy::privacy
