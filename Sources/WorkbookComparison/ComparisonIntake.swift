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
        var found: [Diagnostic] = []
        // Grouped (copying every entry) only to list the files when the set is mixed.
        let workbookIDs = Set(entries.map({ $0.workbookID }))
        let byWorkbook = workbookIDs.count > 1 ? Dictionary(grouping: entries, by: { $0.workbookID }) : [:]
        if byWorkbook.count > 1 {
            let groups = byWorkbook.keys.sorted()
                .map { id in
                    "'\(id)': \(byWorkbook[id, default: []].map({ $0.file }).sorted().prefix(5).joined(separator: ", "))"
                        + (byWorkbook[id, default: []].count > 5
                            ? " and \(byWorkbook[id, default: []].count - 5) more" : "")
                }
            found.append(
                .error(
                    "compare.mixed-workbooks",
                    "these responses answer different workbooks, which cannot be compared: \(groups.joined(separator: "; "))",
                    at: nil, hint: "compare responses to one workbook at a time"))
        }
        let versionOf = { (entry: Entry) in entry.summary.statedVersion ?? entry.workbookVersion }
        let versions =
            workbookIDs.count == 1 && Set(entries.map(versionOf)).count > 1
            ? Dictionary(grouping: entries, by: versionOf) : [:]
        if workbookIDs.count == 1, versions.count > 1 {
            let groups = versions.keys.sorted()
                .map { version in
                    "version \(version): \(versions[version, default: []].map({ $0.file }).sorted().prefix(5).joined(separator: ", "))"
                }
            found.append(
                .error(
                    "compare.mixed-versions",
                    "these responses were written for different versions of the workbook: \(groups.joined(separator: "; "))",
                    at: nil, hint: "scores from different versions are not comparable; re-score them on one version"))
        }
        if checkingDuplicates {
            var seen: [String: String] = [:]
            for entry in entries {
                // A plan is part of what is assessed: one area's plans may share a period.
                let key = entry.summary.area + "\u{0}" + (entry.summary.plan ?? "") + "\u{0}" + entry.summary.period
                if let first = seen[key] {
                    found.append(
                        .error(
                            "compare.duplicate-area",
                            "\(entry.file) and \(first) both assess '\(entry.summary.assessed)' in \(entry.summary.period)",
                            at: FileLocation(file: entry.file, line: 1, column: 1),
                            hint: "keep one response per area and period, or name the plan each assesses with 'plan:'"))
                } else {
                    seen[key] = entry.file
                }
            }
        }
        return found
    }
}
