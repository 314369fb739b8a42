import WorkbookValidation
import WorkbookComparison
public import WorkbookDiagnostics
public import WorkbookLoading
public import WorkbookModel
public import WorkbookReporting
import WorkbookRules
import WorkbookScoring
public import WorkbookYAML

/// The whole pipeline, stage by stage. Start reading the code here.
///
/// ```
/// bytes ──YAMLParser──▶ YAMLNode ──WorkbookLoader──▶ Workbook ──WorkbookValidator──▶ diagnostics
///                                 └─ResponseLoader──▶ Response (checked against its Workbook)
/// Workbook + Response ──Scorer──▶ Assessment ──RuleEngine──▶ findings ──renderers──▶ bytes
/// ```
///
/// - **Loading** (`Loading/`): libyaml events become a located node tree; the loaders turn
///   nodes into model values, collecting a diagnostic for every mistake.
/// - **Validation** (`Validation/`): checks that need the whole workbook (ids, references,
///   bands, weights).
/// - **Rules** (`Rules/`): the expression language, compiled when the workbook loads.
/// - **Scoring** (`Scoring/`): a pure function from a workbook and a response to scores.
/// - **Reporting** (`Reporting/`): pure functions from results to text, JSON, HTML, …
///
/// Nothing here reads or writes files, prints or exits: the `workbook` command does that.
public enum WorkbookPipeline {
    /// Checks one file of either kind.
    ///
    /// - Returns: what the file is (nil when it could not be read as YAML) and every diagnostic.
    /// After a YAML syntax error it looks further, with the broken lines skipped, and adds
    /// what it finds below them (`SyntaxRecovery`), so one run shows every mistake.
    public static func check(_ input: InputFile, resolver: WorkbookResolver) -> (
        kind: DocumentKind?, diagnostics: [Diagnostic]
    ) {
        let first = checkOnce(input, resolver: resolver)
        let diagnostics = SyntaxRecovery.withLaterProblems(first.diagnostics, of: input) { masked in
            checkOnce(masked, resolver: resolver).diagnostics
        }
        return (first.kind, diagnostics)
    }

    private static func checkOnce(_ input: InputFile, resolver: WorkbookResolver) -> (
        kind: DocumentKind?, diagnostics: [Diagnostic]
    ) {
        let (root, yamlDiagnostics) = YAMLParser.parseDocument(input)
        guard let root else { return (nil, yamlDiagnostics) }
        switch DocumentKind(of: root) {
        case .workbook:
            return (.workbook, loadWorkbook(input).diagnostics)
        case .response:
            return (.response, loadResponse(input, resolver: resolver).diagnostics)
        }
    }

    /// Loads and validates a workbook: the decoder's diagnostics and the validator's, and
    /// the workbook when there is no error.
    public static func validatedWorkbook(_ input: InputFile) -> LoadResult<Workbook> {
        let decoded = WorkbookLoader.decode(input)
        guard let workbook = decoded.workbook else { return LoadResult(value: nil, diagnostics: decoded.diagnostics) }
        return LoadResult(value: workbook, diagnostics: decoded.diagnostics + WorkbookValidator.validate(workbook))
    }

    /// Loads, validates and compiles a workbook: every diagnostic of the file, and the
    /// compiled workbook when there is no error.
    public static func loadWorkbook(_ input: InputFile) -> LoadResult<CompiledWorkbook> {
        let loaded = validatedWorkbook(input)
        guard let workbook = loaded.value else { return LoadResult(value: nil, diagnostics: loaded.diagnostics) }
        let (rules, ruleDiagnostics) = RuleCompiler.compile(workbook)
        return LoadResult(
            value: CompiledWorkbook(workbook: workbook, rules: rules), diagnostics: loaded.diagnostics + ruleDiagnostics
        )
    }

    /// Loads a response and checks it against the workbook it names.
    public static func loadResponse(_ input: InputFile, resolver: WorkbookResolver) -> LoadResult<LoadedResponse> {
        ResponseLoader.load(input, resolver: resolver)
    }

    /// Scores a response, runs its workbook's rules, and returns everything a report shows.
    ///
    /// - Parameters:
    ///   - loaded: the response with its workbook, whose rules are compiled here (a workbook
    ///     that loaded has rules that compile; their diagnostics were shown when it loaded).
    ///   - previous: the same area's earlier round, for change over time, `previous.` in
    ///     rules, and the targets it set.
    /// - Returns: the assessment, the rules' findings and the rules not evaluated, with a review
    ///   of the earlier round's actions when there is an earlier round and either round has actions.
    public static func report(_ loaded: LoadedResponse, previous: Response? = nil) -> Report {
        Report.scoring(
            loaded.response, of: loaded.workbook, rules: RuleCompiler.compile(loaded.workbook).rules, previous: previous
        )
    }
}
