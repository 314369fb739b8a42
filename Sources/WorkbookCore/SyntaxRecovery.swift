public import WorkbookYAML
public import WorkbookDiagnostics

/// Finds the problems after a YAML syntax error, so `check` shows them all in one run.
///
/// libyaml stops at the first syntax error. To look further, the broken line is masked (the
/// value after `key:` becomes empty, or the whole line blank, so the file's shape is kept) and
/// the file is checked again, up to `maximumPasses` times. What is found on lines that were not
/// masked is kept, but never a "missing key" (the masked line may be what held it), and nothing
/// past a further syntax error until that line is masked in turn: masking changes nothing above
/// a masked line, so it cannot invent problems there. A duplicate key is treated the same way,
/// so it no longer hides every other mistake. A note at the first error says that the problems
/// after it were found with the broken lines skipped.
public enum SyntaxRecovery {
    /// How many broken lines are skipped at most.
    public static let maximumPasses = 20

    /// The diagnostics of `input` with later problems appended, when its first error is a
    /// YAML syntax error; otherwise `diagnostics` unchanged.
    ///
    /// - Parameters:
    ///   - diagnostics: the diagnostics of checking the file as it is.
    ///   - input: the file.
    ///   - check: checks a (masked) file, giving its diagnostics.
    /// - Returns: `diagnostics`, then a note and the problems found with the broken lines skipped;
    ///   `diagnostics` unchanged when no later problem is found.
    public static func withLaterProblems(
        _ diagnostics: [Diagnostic], of input: InputFile, check: (InputFile) -> [Diagnostic]
    ) -> [Diagnostic] {
        guard let first = diagnostics.first(where: isRecoverable), first.location != nil else { return diagnostics }
        var bytes = input.bytes
        var masked: Set<Int> = []
        var current = first
        var found: [Diagnostic] = []
        for _ in 0..<maximumPasses {
            guard let line = current.location?.line, !masked.contains(line),
                mask(line: line, column: current.location?.column ?? 1, in: &bytes)
            else { break }
            masked.insert(line)
            let again = check(InputFile(name: input.name, bytes: bytes))
            let next = again.first(where: isRecoverable)
            let limit = next?.location?.line ?? Int.max
            found += again.filter { diagnostic in
                guard let place = diagnostic.location?.line, !isRecoverable(diagnostic) else { return false }
                return place < limit && !masked.contains(place) && diagnostic.code != .missingKey
            }
            // Another syntax error further on: report it, and skip its line too.
            guard let next, let nextLine = next.location?.line, nextLine > line else { break }
            found.append(next)
            current = next
        }
        var seen: Set<Diagnostic> = []
        let later = found.filter { seen.insert($0).inserted }
            .sorted { lhs, rhs in
                let (l, r) = (lhs.location, rhs.location)
                return (l?.line ?? 0, l?.column ?? 0) < (r?.line ?? 0, r?.column ?? 0)
            }
        guard !later.isEmpty else { return diagnostics }
        let lines = masked.sorted().map(String.init).joined(separator: ", ")
        let note = Diagnostic(
            .note, .yamlRecovered,
            "\(later.count) more \(later.count == 1 ? "problem was" : "problems were") found by reading on with line\(masked.count == 1 ? "" : "s") "
                + "\(lines) skipped; fix this error first, as it may hide others",
            at: first.location)
        return diagnostics + [note] + later
    }

    // MARK: - Private

    private static func isRecoverable(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.severity == .error
            && (diagnostic.code == .yamlSyntax || diagnostic.code == .yamlTab || diagnostic.code == .yamlDuplicateKey)
    }

    /// Masks a 1-based line: after `key:` when the line has one before `column`, else all of it.
    /// Line breaks are kept, so every other position stays where it was.
    private static func mask(line: Int, column: Int, in bytes: inout [UInt8]) -> Bool {
        var start = 0
        var current = 1
        while current < line, start < bytes.count {
            if bytes[start] == 0x0A { current += 1 }
            start += 1
        }
        guard current == line, start < bytes.count else { return false }
        var end = start
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        // The first ': ' (or a ':' ending the line) before the error's column keeps its key.
        var from = start
        var index = start
        var inKey = true
        while index < end, inKey {
            if bytes[index] == UInt8(ascii: ":"), index + 1 >= end || bytes[index + 1] == UInt8(ascii: " ") {
                if index - start + 1 < column { from = index + 1 }
                inKey = false
            } else if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                inKey = false
            }
            index += 1
        }
        // A list item ('- ') whose value is broken keeps its dash and indentation.
        if from == start {
            var dash = start
            while dash < end, bytes[dash] == UInt8(ascii: " ") { dash += 1 }
            if dash < end, bytes[dash] == UInt8(ascii: "-"), dash + 1 == end || bytes[dash + 1] == UInt8(ascii: " ") {
                from = dash + 1
            }
        }
        guard from < end else { return false }
        for offset in from..<end { bytes[offset] = UInt8(ascii: " ") }
        return true
    }
}
