public import WorkbookDiagnostics
import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// Why a set of responses cannot be compared or trended together.
public enum ComparisonIntake {
    /// One response as read for a comparison: its file, the workbook it answered, its summary.
    public struct Entry: Sendable, Equatable {
        /// The file.
        public var file: String
        /// The id of the workbook it was scored against.
        public var workbookID: String
        /// The version of the workbook it was scored against.
        public var workbookVersion: String
        /// Its figures.
        public var summary: AreaSummary

        /// Creates an entry.
        public init(file: String, workbookID: String, workbookVersion: String, summary: AreaSummary) {
            self.file = file
            self.workbookID = workbookID
            self.workbookVersion = workbookVersion
            self.summary = summary
        }
    }

    /// Problems that make the set incomparable: several workbooks, several versions, or the
    /// same area (and plan) and period twice. Each names the files concerned.
    public static func refusals(_ entries: [Entry], checkingDuplicates: Bool = true) -> [Diagnostic] {
        var records = AreaRecords()
        for entry in entries {
            var summary = entry.summary
            // The entry's file is the one to name (a summary's is the same, as read).
            summary.file = entry.file
            records.append(summary, workbookID: entry.workbookID, workbookVersion: entry.workbookVersion)
        }
        return refusals(records, checkingDuplicates: checkingDuplicates)
    }

    /// The same problems, of records: grouped by index, so no record is copied.
    public static func refusals(_ records: AreaRecords, checkingDuplicates: Bool = true) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let indices = Array(records.indices)
        let workbookIDs = Set(indices.map { records.workbookID($0) })
        // Grouped only to list the files when the set is mixed.
        let byWorkbook = workbookIDs.count > 1 ? Dictionary(grouping: indices, by: { records.workbookID($0) }) : [:]
        let files = { (group: [Int]) in group.map { records.file($0) }.sorted() }
        if byWorkbook.count > 1 {
            let groups = byWorkbook.keys.sorted()
                .map { id in
                    "'\(id)': \(files(byWorkbook[id, default: []]).prefix(5).joined(separator: ", "))"
                        + (byWorkbook[id, default: []].count > 5
                            ? " and \(byWorkbook[id, default: []].count - 5) more" : "")
                }
            found.append(
                .error(
                    "compare.mixed-workbooks",
                    "these responses answer different workbooks, which cannot be compared: \(groups.joined(separator: "; "))",
                    at: nil, hint: "compare responses to one workbook at a time"))
        }
        let versionOf = { (index: Int) in records.statedVersion(index) ?? records.workbookVersion(index) }
        let versions =
            workbookIDs.count == 1 && Set(indices.map(versionOf)).count > 1
            ? Dictionary(grouping: indices, by: versionOf) : [:]
        if workbookIDs.count == 1, versions.count > 1 {
            let groups = versions.keys.sorted()
                .map { version in
                    "version \(version): \(files(versions[version, default: []]).prefix(5).joined(separator: ", "))"
                }
            found.append(
                .error(
                    "compare.mixed-versions",
                    "these responses were written for different versions of the workbook: \(groups.joined(separator: "; "))",
                    at: nil, hint: "scores from different versions are not comparable; re-score them on one version"))
        }
        if checkingDuplicates { found += duplicates(records) }
        return found
    }

    /// The same area (and plan) and period twice, each against the first that had it. Found by
    /// a hash of the key, kept with the first record's index, rather than a dictionary of the
    /// keys and files themselves (at 100,000 files, some 15 MB); keys whose hashes meet without
    /// being equal go to a dictionary of the keys.
    private static func duplicates(_ records: AreaRecords) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var firstByHash: [Int: Int32] = [:]
        var collided: [String: Int32] = [:]
        firstByHash.reserveCapacity(records.count)
        for index in records.indices {
            // A plan is part of what is assessed: one area's plans may share a period.
            var hasher = Hasher()
            hasher.combine(records.area(index))
            hasher.combine(records.plan(index) ?? "")
            hasher.combine(records.period(index))
            let hash = hasher.finalize()
            var first: Int?
            if let earlier = firstByHash[hash] {
                if records.sameAssessment(Int(earlier), index) {
                    first = Int(earlier)
                } else {
                    let key =
                        records.area(index) + "\u{0}" + (records.plan(index) ?? "") + "\u{0}" + records.period(index)
                    if let other = collided[key] { first = Int(other) } else { collided[key] = Int32(index) }
                }
            } else {
                firstByHash[hash] = Int32(index)
            }
            guard let first else { continue }
            let file = records.file(index)
            let assessed = Response.assessed(area: records.area(index), plan: records.plan(index))
            found.append(
                .error(
                    "compare.duplicate-area",
                    "\(file) and \(records.file(first)) both assess '\(assessed)' in \(records.period(index))",
                    at: FileLocation(file: file, line: 1, column: 1),
                    hint: "keep one response per area and period, or name the plan each assesses with 'plan:'"))
        }
        return found
    }
}
