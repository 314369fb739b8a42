import Foundation
import Testing

/// Compares `actual` with a checked-in file, or rewrites the file when `RECORD_GOLDENS=1`.
///
/// The path is relative to the repository root, so goldens can live in `reports/` (where
/// users see them) or under `Tests/WorkbookCoreTests/Goldens/`. Recording fails the test on
/// purpose: a recorded golden must be reviewed (`git diff`) before it is trusted.
func assertGolden(
    _ actual: String, path relativePath: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    let url = Fixtures.repository.appendingPathComponent(relativePath)
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
        let existing = (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
        if existing != actual {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            do {
                try Data(actual.utf8).write(to: url, options: .atomic)
                Issue.record("recorded \(relativePath): review the diff, then run the tests without RECORD_GOLDENS", sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record \(relativePath): \(error)", sourceLocation: sourceLocation)
            }
        }
        return
    }
    // Bytes, not `String(contentsOf:)`, which drops a byte order mark the CSVs begin with.
    guard let expected = (try? Data(contentsOf: url)).map({ String(decoding: $0, as: UTF8.self) }) else {
        Issue.record("missing golden \(relativePath): run RECORD_GOLDENS=1 swift test", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        Issue.record("\(relativePath) is stale; run RECORD_GOLDENS=1 swift test and review the diff:\n\(lineDiff(expected, actual))", sourceLocation: sourceLocation)
    }
}

/// The first few differing lines, `-` expected and `+` actual.
func lineDiff(_ expected: String, _ actual: String, limit: Int = 12) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for index in 0..<max(e.count, a.count) where out.count < limit * 2 {
        let left = index < e.count ? String(e[index]) : nil
        let right = index < a.count ? String(a[index]) : nil
        if left != right {
            out.append("line \(index + 1):")
            if let left { out.append("- \(left)") }
            if let right { out.append("+ \(right)") }
        }
    }
    return out.joined(separator: "\n")
}
