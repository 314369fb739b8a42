import WorkbookSupport

/// A file's text split into lines once, so any line can be found without rescanning the file.
///
/// Lines end where libyaml ends them (LF, CRLF, a lone CR, NEL, LS, PS), so the line of a
/// diagnostic is the line shown. Only where each line starts is kept, 4 bytes a line: a file
/// of blank lines has a line per byte.
public struct SourceLines: Sendable {
    private let text: String
    private let starts: [Int32]

    /// Indexes the lines of `text`.
    public init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        starts = text.utf8.withContiguousStorageIfAvailable(TextPosition.lineStarts(in:)) ?? [0]
    }

    /// Line `number` (1-based), without its line break, if the file has it.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= starts.count else { return nil }
        let utf8 = text.utf8
        let start = Int(starts[number - 1])
        let end = number < starts.count ? Int(starts[number]) : utf8.count
        // A final line break leaves an empty last piece that is not a line of the file.
        if number == starts.count, start == end, number > 1 { return nil }
        return utf8.withContiguousStorageIfAvailable { buffer -> String in
            var contentEnd = end
            // The break at the end of the line is the one that starts the next line.
            if number < starts.count {
                for length in [3, 2, 1]
                where end - length >= start && TextPosition.lineBreakLength(buffer, at: end - length) == length {
                    contentEnd = end - length
                    break
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<contentEnd]), as: UTF8.self)
        }
    }
}
