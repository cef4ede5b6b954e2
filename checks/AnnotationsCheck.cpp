//===--- AnnotationsCheck.cpp - privacy-annotations ---------------------===//

#include "AnnotationsCheck.h"
#include "TUReport.h"
#include "config/RunConfig.h"
#include "engine/Models.h"
#include "report/Messages.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"

using namespace clang::ast_matchers;

namespace clang::tidy::privacy {

namespace {

bool hasPrivacyAttr(const Decl *D) {
  for (const auto *A : D->specific_attrs<AnnotateAttr>())
    if (A->getAnnotation().starts_with("privacy:"))
      return true;
  return false;
}

class ProblemFinder : public RecursiveASTVisitor<ProblemFinder> {
  using Problem = AnnotationProblemFacts::Problem;

public:
  ProblemFinder(ASTContext &Ctx, std::vector<AnnotationProblem> &Out)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Out(Out) {}
  bool shouldVisitTemplateInstantiations() const { return false; }
  bool shouldVisitImplicitCode() const { return false; }

  bool TraverseDecl(Decl *D) {
    if (D && !isa<TranslationUnitDecl>(D)) {
      SourceLocation L = D->getLocation();
      if (L.isValid() && SM.isInSystemHeader(SM.getExpansionLoc(L)))
        return true;
    }
    return RecursiveASTVisitor::TraverseDecl(D);
  }

  bool VisitDecl(Decl *D) {
    if (D->isImplicit() || !hasPrivacyAttr(D))
      return true;
    DeclAnnotations A;
    // Only attributes written on this declaration: an inherited attribute
    // was checked where it was written.
    readAnnotations(D, Ctx, A,
                    [&](const AnnotateAttr *Attr, AnnotationReadFacts F) {
                      if (!Attr->isInherited())
                        addText(Attr->getLocation(), annotationReadMessage(F));
                    });
    const AnnotateAttr *First = nullptr;
    for (const auto *Attr : D->specific_attrs<AnnotateAttr>())
      if (!Attr->isInherited() &&
          Attr->getAnnotation().starts_with("privacy:")) {
        First = Attr;
        break;
      }
    if (!First)
      return true;
    SourceLocation Loc = First->getLocation();
    const FunctionSpec &S = A.Spec;
    const auto *FD = dyn_cast<FunctionDecl>(D);
    bool IsParam = isa<ParmVarDecl>(D);
    bool IsVar = isa<VarDecl>(D) && !IsParam;
    std::string Name =
        isa<NamedDecl>(D) ? cast<NamedDecl>(D)->getNameAsString() : "";

    bool Steps = S.Anonymizer || S.Pseudonymizer || S.ConsentPurpose;
    auto Say = [&](Problem What, std::string Type = "") {
      add(Loc, {What, Name, "", std::move(Type)});
    };
    if (Steps && !FD)
      Say(Problem::StepsOffFunction);
    if (A.HasSink && !FD && !IsParam && !IsVar)
      Say(Problem::SinkMisplaced);
    if (S.Sink && !A.HasSink && !S.ConsentPurpose &&
        (S.Sink->RetentionDays || !S.Sink->Purpose.empty()))
      Say(Problem::PurposeWithoutSink);
    if (A.hasCallEffects())
      checkCallEffects(D, A, Loc, Name);
    if (FD) {
      QualType RT = FD->getReturnType();
      if (S.ConsentPurpose) {
        bool Ok = RT->isBooleanType() ||
                  (!Ctx.getLangOpts().CPlusPlus && RT->isIntegerType());
        if (!Ok)
          Say(Problem::ConsentCheckReturn, RT.getAsString());
      }
      if (S.Anonymizer && S.Pseudonymizer)
        Say(Problem::BothAnonymizers);
      if (S.Anonymizer) {
        DeclFacts *F = facts();
        const Decl *TD = nullptr;
        if (!A.Categories.empty() || !F->typeCategories(RT, &TD).empty() ||
            !F->annotatedFields(RT).empty())
          Say(Problem::AnonymizerPersonal, RT.getAsString());
      }
      if (!A.Categories.empty() && RT->isVoidType())
        Say(Problem::CategoryOnVoid);
      bool Retains =
          S.Sink && policy().kind(S.Sink->Kind).RetentionPeriod;
      if (A.HasSink && Retains && !A.HasRetentionDays)
        Say(Problem::NoRetentionDays);
      if (A.HasSink && S.Sink && !Retains && S.Sink->RetentionDays)
        Say(Problem::DaysWithoutRetention);
    }
    return true;
  }

private:
  /// PRIVACY_DELETES, PRIVACY_LINKS_INTO, PRIVACY_*_AT: on a
  /// parameter, or on a function where it names the object or the result,
  /// with argument indexes the function has.
  void checkCallEffects(const Decl *D, const DeclAnnotations &A,
                        SourceLocation Loc, const std::string &Name) {
    const auto *P = dyn_cast<ParmVarDecl>(D);
    const auto *FD = P ? dyn_cast<FunctionDecl>(P->getDeclContext())
                       : dyn_cast<FunctionDecl>(D);
    if (!FD) {
      add(Loc, {Problem::CallEffectsMisplaced, Name});
      return;
    }
    const auto *MD = dyn_cast<CXXMethodDecl>(FD);
    bool HasObject = MD && !MD->isStatic();
    std::string Fn = FD->getNameAsString();
    auto Say = [&](Problem What, const char *Macro = "", int I = 0) {
      add(Loc,
          {What, Name, Fn, "", Macro, I, FD->getNumParams(), P != nullptr});
    };
    auto CheckIndex = [&](int I, const char *Macro) {
      if (I == ThisArg && !HasObject)
        Say(Problem::NoObject, Macro);
      else if (I >= static_cast<int>(FD->getNumParams()))
        Say(Problem::NoSuchArgument, Macro, I);
    };
    if (A.DeletesWhenNull >= 0)
      CheckIndex(A.DeletesWhenNull, "PRIVACY_DELETES_WHEN_NULL");
    if (A.LinksInto)
      CheckIndex(*A.LinksInto, "PRIVACY_LINKS_INTO");
    if (P && A.LinksInto &&
        *A.LinksInto == static_cast<int>(P->getFunctionScopeIndex()))
      Say(Problem::LinksIntoItself);
    if (!P && A.Deletes && !HasObject)
      Say(Problem::DeletesNoObject);
    bool Returned = !A.At.empty() && A.AtDest == ReturnArg;
    if (!A.At.empty() && A.AtDest != ReturnArg) {
      CheckIndex(A.AtDest, "PRIVACY_WRITTEN_AT");
      if (P && A.AtDest == static_cast<int>(P->getFunctionScopeIndex()))
        Say(Problem::WrittenAtItself);
    }
    if (!P && !A.At.empty())
      Say(Problem::AtOffParameter);
    bool NeedsResult = (!P && A.LinksInto) || (P && Returned);
    if (NeedsResult && FD->getReturnType()->isVoidType())
      Say(Problem::ResultOfVoid);
  }

  ASTContext &Ctx;
  const SourceManager &SM;
  std::vector<AnnotationProblem> &Out;
  std::unique_ptr<ModelSet> NoModels;
  std::unique_ptr<DeclFacts> Facts;

  DeclFacts *facts() {
    if (!Facts) {
      NoModels = std::make_unique<ModelSet>();
      Facts = std::make_unique<DeclFacts>(Ctx, *NoModels);
    }
    return Facts.get();
  }
  /// In the words of report/Messages.h.
  void add(SourceLocation Loc, const AnnotationProblemFacts &F) {
    addText(Loc, annotationProblemMessage(F));
  }
  /// A text of report/Messages.h, once per place.
  void addText(SourceLocation Loc, std::string Msg) {
    for (const auto &P : Out)
      if (P.Loc == Loc && P.Message == Msg)
        return;
    Out.push_back({Loc, std::move(Msg)});
  }
};

} // namespace

std::vector<AnnotationProblem> findAnnotationProblems(ASTContext &Ctx) {
  std::vector<AnnotationProblem> Out;
  ProblemFinder(Ctx, Out).TraverseDecl(Ctx.getTranslationUnitDecl());
  return Out;
}

void AnnotationsCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(translationUnitDecl().bind("tu"), this);
}

AnnotationsCheck::AnnotationsCheck(StringRef Name, ClangTidyContext *Context)
    : PrivacyCheck(Name, Context),
      SarifOutputDir(readRunConfig(Context->getOptions().CheckOptions,
                                   privacyCheckNames(), Name.str())
                         .SarifOutputDir) {}

void AnnotationsCheck::onStartOfTranslationUnit() { TUReport::reset(); }

void AnnotationsCheck::check(const MatchFinder::MatchResult &Result) {
  CurrentTU = Result.Context;
  TUReport &Report = TUReport::of(*Result.Context);
  for (const AnnotationProblem &P : findAnnotationProblems(*Result.Context)) {
    diag(P.Loc, "%0") << P.Message;
    if (!SarifOutputDir.empty())
      Report.add(messageRecord(*Result.Context, name().str(), P.Loc,
                               P.Message));
  }
}

void AnnotationsCheck::onEndOfTranslationUnit() {
  if (!CurrentTU)
    return;
  TUReport::of(*CurrentTU).finish(name(), *TidyContext, *CurrentTU, SarifOutputDir);
  CurrentTU = nullptr;
}

} // namespace clang::tidy::privacy
