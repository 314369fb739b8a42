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
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            do {
                try Data(actual.utf8).write(to: url, options: .atomic)
                Issue.record(
                    "recorded \(relativePath): review the diff, then run the tests without RECORD_GOLDENS",
                    sourceLocation: sourceLocation)
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
        Issue.record(
            "\(relativePath) is stale; run RECORD_GOLDENS=1 swift test and review the diff:\n\(lineDiff(expected, actual))",
            sourceLocation: sourceLocation)
    }
}

/// The lines that changed, `-` expected and `+` actual, as hunks of a line diff: an inserted
/// line shows as one `+`, not as every line after it differing. At most `limit` lines of each.
///
/// A longest-common-subsequence diff over the part between the common prefix and suffix; when
/// that part is very large, it falls back to comparing line by line.
func lineDiff(_ expected: String, _ actual: String, limit: Int = 24) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var prefix = 0
    while prefix < e.count, prefix < a.count, e[prefix] == a[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < e.count - prefix, suffix < a.count - prefix, e[e.count - 1 - suffix] == a[a.count - 1 - suffix] {
        suffix += 1
    }
    let left = Array(e[prefix..<(e.count - suffix)])
    let right = Array(a[prefix..<(a.count - suffix)])
    var out: [String] = []
    func add(_ line: String) { if out.count < limit * 2 { out.append(line) } }
    guard left.count * right.count <= 4_000_000 else {
        add("lines \(prefix + 1) to \(prefix + max(left.count, right.count)) differ (too many to diff)")
        for line in left.prefix(limit) { add("- \(line)") }
        for line in right.prefix(limit) { add("+ \(line)") }
        return out.joined(separator: "\n")
    }
    // lengths[i][j]: the longest common subsequence of left[i...] and right[j...].
    var lengths = Array(repeating: Array(repeating: 0, count: right.count + 1), count: left.count + 1)
    for i in stride(from: left.count - 1, through: 0, by: -1) {
        for j in stride(from: right.count - 1, through: 0, by: -1) {
            lengths[i][j] = left[i] == right[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
        }
    }
    var (i, j) = (0, 0)
    var inHunk = false
    while i < left.count || j < right.count {
        if i < left.count, j < right.count, left[i] == right[j] {
            (i, j, inHunk) = (i + 1, j + 1, false)
            continue
        }
        if !inHunk {
            add("line \(prefix + i + 1):")
            inHunk = true
        }
        if j < right.count, i == left.count || lengths[i][j + 1] >= lengths[i + 1][j] {
            add("+ \(right[j])")
            j += 1
        } else {
            add("- \(left[i])")
            i += 1
        }
    }
    return out.joined(separator: "\n")
}
