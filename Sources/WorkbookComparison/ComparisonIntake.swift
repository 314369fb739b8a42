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

    /// The same problems, of records: grouped by index, so no record is copied, and found by
    /// walking the records rather than gathering a list of each one's workbook (at 100,000
    /// files those lists and the duplicate check were the peak of `compare`, 11 MB; issue 22).
    public static func refusals(_ records: AreaRecords, checkingDuplicates: Bool = true) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var workbookIDs: Set<String> = []
        for index in records.indices { workbookIDs.insert(records.workbookID(index)) }
        let files = { (group: [Int]) in group.map { records.file($0) }.sorted() }
        if workbookIDs.count > 1 {
            // Grouped only to list the files when the set is mixed.
            let byWorkbook = Dictionary(grouping: records.indices, by: { records.workbookID($0) })
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
        var versionSet: Set<String> = []
        if workbookIDs.count == 1 { for index in records.indices { versionSet.insert(versionOf(index)) } }
        if versionSet.count > 1 {
            let versions = Dictionary(grouping: records.indices, by: versionOf)
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

    /// The same area (and plan) and period twice, each against the first that had it, in file
    /// order. Found by sorting one 8-byte word per record, a hash of its key above its index,
    /// rather than through a dictionary of them (at 100,000 files, 3 MB against 0.8): records
    /// of one hash are then side by side, earliest first, and only those are compared as strings.
    private static func duplicates(_ records: AreaRecords) -> [Diagnostic] {
        var keyed: [UInt64] = []
        keyed.reserveCapacity(records.count)
        for index in records.indices {
            // A plan is part of what is assessed: one area's plans may share a period.
            var hasher = Hasher()
            hasher.combine(records.area(index))
            hasher.combine(records.plan(index) ?? "")
            hasher.combine(records.period(index))
            keyed.append(UInt64(UInt32(truncatingIfNeeded: hasher.finalize())) << 32 | UInt64(index))
        }
        keyed.sort()
        // (a later record, the first record of its assessment)
        var pairs: [(Int, Int)] = []
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count, keyed[end] >> 32 == keyed[start] >> 32 { end += 1 }
            // The first record of each assessment in the group (nearly always one).
            var firsts: [Int] = []
            for word in keyed[start..<end] {
                let index = Int(word & 0xFFFF_FFFF)
                if let first = firsts.first(where: { records.sameAssessment($0, index) }) {
                    pairs.append((index, first))
                } else {
                    firsts.append(index)
                }
            }
            start = end
        }
        pairs.sort { $0.0 < $1.0 }
        return pairs.map { index, first in
            let file = records.file(index)
            let assessed = Response.assessed(area: records.area(index), plan: records.plan(index))
            return .error(
                "compare.duplicate-area",
                "\(file) and \(records.file(first)) both assess '\(assessed)' in \(records.period(index))",
                at: FileLocation(file: file, line: 1, column: 1),
                hint: "keep one response per area and period, or name the plan each assesses with 'plan:'")
        }
    }
}
