public import WorkbookLoading
import WorkbookSupport
public import WorkbookYAML

/// The workbooks shipped inside the binary, usable by id without a file.
///
/// Their text is generated from `workbooks/*.yaml` into `BundledWorkbooks+Generated.swift`
/// (a test keeps the two identical; `RECORD_GOLDENS=1 swift test` rewrites it), so the
/// binary needs no resource bundle beside it and works wherever it is copied.
public enum BundledWorkbooks {
    /// The bundled workbook ids, in a fixed order.
    public static var ids: [String] { generatedSources.map(\.id) }

    /// The file of a bundled workbook, named `<id>.yaml` for diagnostics.
    public static func input(_ id: String) -> InputFile? {
        generatedSources.first { $0.id == id }.map { InputFile(name: "workbooks/\($0.id).yaml", text: $0.text) }
    }

    /// A resolver over the bundled workbooks, loading each only when a response names it.
    public static let resolver = WorkbookResolver(
        knownIDs: ids,
        advice: "the bundled workbooks are \(ids.joined(separator: ", "))"
    ) { id, _ in
        cache.compiled(id)?.index
    }

    /// Each bundled workbook is parsed and compiled at most once per process, however many
    /// responses name it (compare reads thousands).
    private static let cache = CompiledCache()
}

/// A thread-safe memo of compiled bundled workbooks.
private final class CompiledCache: Sendable {
    private let storage = Locked<[String: CompiledWorkbook?]>([:])

    /// Compiled under the lock: a thread asking for a workbook another is compiling waits
    /// for it rather than compiling it again.
    func compiled(_ id: String) -> CompiledWorkbook? {
        storage.withLock { cache in
            if let known = cache[id] { return known }
            let compiled = BundledWorkbooks.input(id).flatMap { WorkbookPipeline.loadWorkbook($0).value }
            cache[id] = compiled
            return compiled
        }
    }
}
