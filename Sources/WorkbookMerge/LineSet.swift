import WorkbookDiagnostics
import WorkbookLoading
import WorkbookModel

/// Lines of text kept once each, in the order first seen.
struct LineSet: Equatable {
    private(set) var lines: [String] = []

    mutating func add(_ line: String) {
        let trimmed = line.trimmingSpaces
        if !trimmed.isEmpty, !lines.contains(trimmed) { lines.append(trimmed) }
    }

    /// A merged file's text: each of its lines already attributed.
    mutating func addLines(of text: String) {
        for line in text.split(separator: "\n") { add(String(line)) }
    }

    /// One rater's text, as one attributed line.
    mutating func add(_ text: String, by rater: String) {
        let joined = text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            .joined(separator: " ")
        if !joined.isEmpty { add("\(rater): \(joined)") }
    }

    var text: String? { lines.isEmpty ? nil : lines.joined(separator: "\n") }
}
