import ArgumentParser
import Dispatch
import FoundationEssentials
import Glibc
import Synchronization
import WorkbookCore
import WorkbookOffice

/// Reads many response files in parallel and keeps only what comparisons need.
///
/// Each file is read, checked, scored and reduced to an `AreaSummary` by one of the
/// workers; its bytes and node tree are dropped as soon as it is summarised, so memory
/// grows with the number of areas, not with the size of the files. Results come back in
/// the order the files were named, so output does not depend on thread timing.
struct ResponseBatch {
    /// The most files one command reads from a folder.
    static let maxFiles = 100_000
    /// The most element scores all the files' summaries may hold together: each summary keeps
    /// one per element of its workbook, so a folder of many tiny responses to a workbook of
    /// many elements would otherwise need files × elements of memory, and as many table cells.
    static let maxCells = 20_000_000

    /// One file's outcome.
    struct Outcome: Sendable {
        var path: String
        var entry: ComparisonIntake.Entry?
        /// Diagnostics, already rendered for standard error (the source line needs the file's text).
        var renderedDiagnostics: String
        var failed: Bool
    }

    /// The files named: each argument a file, or a folder whose `*.yaml` files are taken, sorted.
    static func expand(_ arguments: [String], console: Console) throws -> PathList {
        var paths = PathList()
        for argument in arguments {
            var isDirectory = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory {
                let names = try folderNames(argument, console: console)
                if names.isEmpty { console.note("warning: the folder '\(argument)' holds no .yaml or .xlsx files") }
                paths.append(sorting: names, into: argument.hasSuffix("/") ? argument : argument + "/")
            } else {
                paths.append(argument)
            }
            if paths.count > maxFiles {
                console.note("error: more than \(maxFiles) files to read (the limit for one command); split the folder")
                throw ExitCode.failure
            }
        }
        return paths
    }

    /// The names of the responses in a folder (`*.yaml`, `*.yml` and `*.xlsx`, but not the lock
    /// files Excel leaves beside open ones), packed as they are read: a `String` kept per name
    /// held some 8 MB at 100,000 files, which the process never gave back (issue 22). A folder
    /// that cannot be read is an error that says why (it used to be reported as holding no
    /// `.yaml` files).
    private static func folderNames(_ folder: String, console: Console) throws -> PathList {
        guard let directory = opendir(folder) else {
            let reason = errno == EACCES || errno == EPERM ? "permission denied" : String(cString: strerror(errno))
            console.note("error: cannot read the folder '\(folder)': \(reason)")
            throw ExitCode.failure
        }
        defer { closedir(directory) }
        var names = PathList()
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasSuffix(".yaml") || name.hasSuffix(".yml")
                || (name.lowercased().hasSuffix(".xlsx") && !name.hasPrefix("~$"))
            {
                names.append(name)
            }
        }
        return names
    }

    /// Reads, checks and summarises every file, using every core.
    static func load(_ paths: PathList, resolver: WorkbookResolver, console: Console) -> [Outcome] {
        let next = Atomic<Int>(0)
        let cells = Atomic<Int>(0)
        let reportedCells = Atomic<Bool>(false)
        // Each outcome goes straight to its file's place: one array of them, not a list per
        // worker, then a merged list, then an ordered copy (at 100,000 files, 30 MB each).
        let results = Locked(
            [Outcome](repeating: Outcome(path: "", renderedDiagnostics: "", failed: true), count: paths.count))
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, paths.count))
        let renderer = DiagnosticRenderer(colour: console.colourErrors)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            // Every summary of one workbook lists the same element ids: keep one array of
            // them per worker, not one per file (at 100,000 files, megabytes).
            var sharedIDs: [String] = []
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < paths.count else { break }
                var result = outcome(paths[index], resolver: resolver, renderer: renderer)
                if let ids = result.entry?.summary.elementIDs {
                    if ids == sharedIDs { result.entry?.summary.elementIDs = sharedIDs } else { sharedIDs = ids }
                }
                limitCells(&result, paths[index], cells: cells, reported: reportedCells, renderer: renderer)
                results.withLock { $0[index] = result }
            }
        }
        // Every index was filled exactly once.
        return results.withLock { outcomes in
            defer { outcomes = [] }
            return outcomes
        }
    }

    /// What `compare` keeps of every file: the areas packed into one `AreaRecords`, in the
    /// order the files were named, and the rendered diagnostics of the files that had any.
    struct Records: Sendable {
        var records = AreaRecords()
        /// Each file's rendered diagnostics, in file order; most files have none.
        var diagnostics: [String] = []
        var failed = 0
    }

    /// Files taken by a worker at a time: each run of them becomes one small `AreaRecords`,
    /// so the workers never share one and the runs join in file order.
    static let chunk = 64

    /// Reads, checks and summarises every file, using every core, as `load` does, but keeps
    /// each summary packed as soon as it is made: no array of outcomes, entries or summaries
    /// is ever held (at 100,000 files each was tens of MB, issue 22).
    static func loadRecords(_ paths: PathList, resolver: WorkbookResolver, console: Console) -> Records {
        let next = Atomic<Int>(0)
        let cells = Atomic<Int>(0)
        let reportedCells = Atomic<Bool>(false)
        let chunks = (paths.count + chunk - 1) / chunk
        // Runs finished out of order wait in `parts`; each joins `all` as soon as every run
        // before it has, so the runs and the whole are never both held (issue 22).
        let state = Locked((parts: [Records?](repeating: nil, count: chunks), joined: 0, all: Records()))
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, chunks))
        let renderer = DiagnosticRenderer(colour: console.colourErrors)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let taken = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard taken < chunks else { break }
                var part = Records()
                for index in taken * chunk..<min(paths.count, (taken + 1) * chunk) {
                    var result = outcome(paths[index], resolver: resolver, renderer: renderer)
                    limitCells(&result, paths[index], cells: cells, reported: reportedCells, renderer: renderer)
                    if !result.renderedDiagnostics.isEmpty {
                        part.diagnostics.append(result.renderedDiagnostics)
                    }
                    if result.failed { part.failed += 1 }
                    if let entry = result.entry {
                        part.records.append(
                            entry.summary, workbookID: entry.workbookID, workbookVersion: entry.workbookVersion)
                    }
                }
                state.withLock { state in
                    state.parts[taken] = part
                    while state.joined < chunks, let ready = state.parts[state.joined] {
                        state.parts[state.joined] = nil
                        // Room for every run, judged by the first (the files of one folder are
                        // alike), so the arrays are not regrown by doubling to twice their need.
                        if state.joined == 0 {
                            state.all.records.reserveCapacity(appending: ready.records, times: chunks)
                        }
                        state.all.records.append(contentsOf: ready.records)
                        state.all.diagnostics += ready.diagnostics
                        state.all.failed += ready.failed
                        state.joined += 1
                    }
                }
            }
        }
        return state.withLock { state in
            defer { state.all = Records() }
            return state.all
        }
    }

    /// Past `maxCells` element scores in all, a file's summary is not kept; the first file past
    /// the limit says so, and the command fails.
    private static func limitCells(
        _ result: inout Outcome, _ path: String, cells: borrowing Atomic<Int>, reported: borrowing Atomic<Bool>,
        renderer: DiagnosticRenderer
    ) {
        let count = result.entry?.summary.elementScores.count ?? 0
        guard cells.wrappingAdd(count, ordering: .relaxed).newValue > maxCells else { return }
        result.entry = nil
        result.failed = true
        let first = !reported.exchange(true, ordering: .relaxed)
        result.renderedDiagnostics =
            !first
            ? ""
            : renderer.render(
                Diagnostic.error(
                    "io.read",
                    "the files read so far hold more than \(maxCells) element scores (files × elements, the limit for one command); split the folder",
                    at: FileLocation(file: path, line: 1, column: 1)),
                source: nil)
    }

    private static func outcome(_ path: String, resolver: WorkbookResolver, renderer: DiagnosticRenderer) -> Outcome {
        let input: InputFile
        do {
            input = try FileAccess.read(path)
        } catch {
            let diagnostic = Diagnostic.error("io.read", "\(error)", at: FileLocation(file: path, line: 1, column: 1))
            return Outcome(path: path, renderedDiagnostics: renderer.render(diagnostic, source: nil), failed: true)
        }
        let result = OfficeResponse.load(input, resolver: resolver)
        var rendered = ""
        if !result.diagnostics.isEmpty {
            let lines = OfficeResponse.isSpreadsheet(input) ? nil : input.text.map(SourceLines.init)
            rendered = result.diagnostics.map { renderer.render($0, lines: lines) }.joined()
        }
        guard let loaded = result.value else { return Outcome(path: path, renderedDiagnostics: rendered, failed: true) }
        let entry = ComparisonIntake.Entry(
            file: path, workbookID: loaded.workbook.id, workbookVersion: loaded.workbook.version,
            summary: AreaSummary(loaded, file: path))
        return Outcome(path: path, entry: entry, renderedDiagnostics: rendered, failed: false)
    }
}
