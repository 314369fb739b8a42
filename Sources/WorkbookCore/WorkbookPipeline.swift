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
    /// What kind of file a document is.
    public enum DocumentKind: Sendable, Equatable {
        case workbook, response
    }

    /// Whether a file is a workbook or a response, from its keys: a response has
    /// `answers` (or `area`), a workbook has `elements` (or `scale`).
    public static func kind(of root: YAMLNode) -> DocumentKind {
        let keys = Set(root.pairs?.compactMap(\.key.text) ?? [])
        if keys.contains("answers") || keys.contains("area") || keys.contains("period") { return .response }
        return .workbook
    }

    /// Checks one file of either kind.
    ///
    /// - Returns: what the file is (nil when it could not be read as YAML) and every diagnostic.
    public static func check(_ input: InputFile, resolver: WorkbookResolver) -> (kind: DocumentKind?, diagnostics: [Diagnostic]) {
        let (root, yamlDiagnostics) = YAMLParser.parseDocument(input)
        guard let root else { return (nil, yamlDiagnostics) }
        switch kind(of: root) {
        case .workbook:
            return (.workbook, WorkbookLoader.load(input).diagnostics)
        case .response:
            return (.response, ResponseLoader.load(input, resolver: resolver).diagnostics)
        }
    }
}
