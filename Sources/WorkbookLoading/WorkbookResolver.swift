import WorkbookDiagnostics
import WorkbookFormat
import WorkbookModel
import WorkbookSupport
import WorkbookYAML

/// Finds a workbook by id for a response: the bundled ones, or the one given on the command line.
public struct WorkbookResolver: Sendable {
    /// The ids it can resolve, for "did you mean" and for the message when none match.
    public var knownIDs: [String]
    /// Why a workbook named by id may be missing, said once in the hint.
    public var advice: String
    private let lookup: @Sendable (_ id: String, _ version: String?) -> WorkbookIndex?

    /// Creates a resolver.
    ///
    /// - Parameters:
    ///   - knownIDs: the ids it can resolve, for "did you mean" and for the message when none match.
    ///   - advice: why a workbook named by id may be missing, said once in the hint.
    ///   - lookup: finds a workbook by id and, when the response states one, version.
    public init(
        knownIDs: [String], advice: String,
        lookup: @escaping @Sendable (_ id: String, _ version: String?) -> WorkbookIndex?
    ) {
        self.knownIDs = knownIDs
        self.advice = advice
        self.lookup = lookup
    }

    /// A resolver that knows exactly one workbook (the one given with `--workbook`).
    public static func only(_ index: WorkbookIndex) -> WorkbookResolver {
        any(of: [index])
    }

    /// A resolver over several given workbooks (for trends across versions): a response
    /// gets the one with its workbook id and stated version, or the first with its id.
    public static func any(of workbooks: [WorkbookIndex]) -> WorkbookResolver {
        let ids = workbooks.map(\.workbook.id).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return WorkbookResolver(
            knownIDs: ids,
            advice: "the workbook\(ids.count == 1 ? "" : "s") given with --workbook: \(ids.joined(separator: ", "))"
        ) { id, version in
            // The one with the version stated, else the first with the id: found without
            // making a list, as this is asked once per response read.
            var first: WorkbookIndex?
            for index in workbooks where index.workbook.id == id {
                if index.workbook.version == version { return index }
                if first == nil { first = index }
            }
            return first
        }
    }

    /// The workbook with this id (and version, when several versions are known).
    public func resolve(_ id: String, version: String? = nil) -> WorkbookIndex? { lookup(id, version) }
}
