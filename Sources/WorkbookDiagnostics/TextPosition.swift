/// Converts byte offsets and libyaml's marks into 1-based `FileLocation`s.
///
/// libyaml counts lines and columns from 0, and may point one line past the end of a file
/// when the file ends (for example in an unclosed quote). This type is the one place that
/// turns those into positions a person can find in an editor.
package struct TextPosition {
    private let file: String
    private let bytes: [UInt8]
    /// Byte offset at which each line starts (32 bits: a file is at most a few MiB, and a
    /// file of blank lines has a line per byte).
    private let lineStarts: [Int32]
    /// Whether the file starts with a UTF-8 byte order mark (libyaml skips it; our own
    /// decoded text of line 1 still holds it).
    private let hasByteOrderMark: Bool
    /// The offset of the first control character other than tab, line feed and carriage
    /// return (NUL included), which no text file holds; found in the same pass as the lines.
    package let firstControlCharacter: Int?

    package init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
        var starts: [Int32] = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        var control: Int?
        bytes.withUnsafeBytes { buffer in
            // Eight bytes at a time: a word with no byte below 0x20 and none equal to 0x7F
            // holds nothing to record; in the others, only the bytes flagged are looked at.
            var offset = 0
            while offset + 8 <= buffer.count {
                let word = UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                var flagged = Self.controlFlags(word)
                while flagged != 0 {
                    Self.look(
                        at: offset + flagged.trailingZeroBitCount / 8, in: buffer, starts: &starts, control: &control)
                    flagged &= flagged - 1
                }
                offset += 8
            }
            for inner in offset..<buffer.count { Self.look(at: inner, in: buffer, starts: &starts, control: &control) }
        }
        // libyaml also breaks lines at NEL (U+0085) and the line and paragraph separators
        // (U+2028, U+2029), multi-byte characters the pass above does not look at; in the
        // rare file that has one, the lines are found again, byte by byte.
        if Self.hasUnicodeLineBreak(bytes) { starts = Self.lineStartsByteByByte(bytes) }
        // A final line break does not start a line of its own.
        if starts.count > 1, starts.last == Int32(truncatingIfNeeded: bytes.count) { starts.removeLast() }
        self.lineStarts = starts
        self.hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        self.firstControlCharacter = control
    }

    /// The offset of the first control character other than tab, line feed and carriage
    /// return (as `firstControlCharacter`), found without indexing the lines: for a reader
    /// that needs no positions unless something is wrong (`YAMLParser.scan`).
    package static func firstControlCharacter(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset + 8 <= buffer.count {
                let flagged = exactControlFlags(
                    UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                // Flagged is a control character: the first byte flagged is the answer, and a
                // line break costs nothing (it did, a branch the processor guessed wrong at
                // every line, issue 22).
                if flagged != 0 { return offset + flagged.trailingZeroBitCount / 8 }
                offset += 8
            }
            return (offset..<buffer.count).first { isControl(buffer[$0]) }
        }
    }

    /// Whether a byte is a control character no text file holds: below 0x20 but tab, line
    /// feed and carriage return, or DEL.
    private static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
    }

    /// Records a line start after a line feed or a lone carriage return (as libyaml counts
    /// lines: a file saved with old Mac line endings has one line per CR), and the first
    /// control character.
    private static func look(
        at offset: Int, in buffer: UnsafeRawBufferPointer, starts: inout [Int32], control: inout Int?
    ) {
        let byte = buffer[offset]
        if byte >= 0x20, byte != 0x7F { return }
        if byte == 0x0A {
            starts.append(Int32(truncatingIfNeeded: offset + 1))
        } else if byte == 0x0D {
            if offset + 1 >= buffer.count || buffer[offset + 1] != 0x0A {
                starts.append(Int32(truncatingIfNeeded: offset + 1))
            }
        } else if control == nil, isControl(byte) {
            control = offset
        }
    }

    /// The length of the line break at `offset` as libyaml reads breaks (LF, CR, CRLF, NEL,
    /// LS, PS), or 0 when none starts there.
    static func lineBreakLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        switch bytes[offset] {
        case 0x0A: return 1
        case 0x0D: return offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? 2 : 1
        case 0xC2: return offset + 1 < bytes.count && bytes[offset + 1] == 0x85 ? 2 : 0
        case 0xE2:
            guard offset + 2 < bytes.count, bytes[offset + 1] == 0x80 else { return 0 }
            return bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9 ? 3 : 0
        default: return 0
        }
    }

    private static func hasUnicodeLineBreak(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            var offset = 0
            while offset < buffer.count {
                // Eight bytes at a time where they are ASCII (most files are all ASCII): these
                // breaks start with 0xC2 or 0xE2, and a word without high bits holds neither.
                if offset + 8 <= buffer.count,
                    raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    offset += 8
                    continue
                }
                let byte = buffer[offset]
                if byte == 0xC2 || byte == 0xE2, lineBreakLength(buffer, at: offset) > 0 { return true }
                offset += 1
            }
            return false
        }
    }

    private static func lineStartsByteByByte(_ bytes: [UInt8]) -> [Int32] {
        bytes.withUnsafeBufferPointer(lineStarts(in:))
    }

    /// Where each line starts, every line break libyaml knows counted (the one scan both a
    /// file's positions and `SourceLines` use).
    static func lineStarts(in buffer: UnsafeBufferPointer<UInt8>) -> [Int32] {
        var starts: [Int32] = [0]
        var offset = 0
        while offset < buffer.count {
            let length = lineBreakLength(buffer, at: offset)
            if length > 0 {
                offset += length
                starts.append(Int32(truncatingIfNeeded: offset))
            } else {
                offset += 1
            }
        }
        return starts
    }

    /// The top bit of exactly the bytes of `word` (in memory order, little-endian) that are
    /// control characters (`isControl`). Each test keeps to its byte: the low seven bits plus
    /// 0x60 carry into the top bit just when they are 0x20 or more, and plus 0x7F just when
    /// they are not 0, so no borrow or carry crosses into the next byte.
    private static func exactControlFlags(_ word: UInt64) -> UInt64 {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let ones: UInt64 = 0x0101_0101_0101_0101
        // Top bit set where the byte is below 0x20 (and so below 0x80).
        let below = ~(((word & lows) &+ 0x60 &* ones) | word) & ~lows
        // Top bit set where the byte equals `byte`.
        func equal(_ byte: UInt8) -> UInt64 {
            let difference = word ^ (UInt64(byte) &* ones)
            return ~(((difference & lows) &+ lows) | difference) & ~lows
        }
        return (below & ~(equal(0x09) | equal(0x0A) | equal(0x0D))) | equal(0x7F)
    }

    /// The top bit of each byte of `word` (in memory order, little-endian) that may be below
    /// 0x20 or equal to 0x7F, by the usual bit trick: subtracting 0x20 from every byte sets the
    /// top bit of each byte below 0x20 (`& ~word` drops bytes of 0x80 and up), and the same on
    /// `word ^ 0x7F…` finds bytes equal to 0x7F. Every such byte is flagged; a borrow may also
    /// flag a byte above one, so each flagged byte is checked again.
    private static func controlFlags(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let below = (word &- 0x20 &* ones) & ~word & highs
        let delete = word ^ (0x7F &* ones)
        let equal = (delete &- ones) & ~delete & highs
        return below | equal
    }

    /// The location of a libyaml mark (0-based line, 0-based column in characters).
    package func location(line zeroBasedLine: Int, column zeroBasedColumn: Int) -> FileLocation {
        let point = point(line: zeroBasedLine, column: zeroBasedColumn)
        return FileLocation(file: file, line: point.line, column: point.column)
    }

    /// The 1-based line and column of a libyaml mark, without making a `FileLocation`
    /// (the tree builder asks this for every node, and needs the file name only for errors).
    package func point(line zeroBasedLine: Int, column zeroBasedColumn: Int) -> (line: Int, column: Int) {
        let line = zeroBasedLine + 1
        if line > lineStarts.count {
            // Past the end of the file: point just after the last character.
            let last = lineStarts.count
            return (last, characterCount(ofLine: last) + 1)
        }
        return (line, zeroBasedColumn + 1)
    }

    /// The location of the character that starts at byte `offset`.
    package func location(ofByte offset: Int) -> FileLocation {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(lineStarts[mid]) <= clamped { low = mid } else { high = mid - 1 }
        }
        let start = low == 0 && hasByteOrderMark ? min(3, clamped) : Int(lineStarts[low])
        let column = bytes[start..<clamped].reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
        return FileLocation(file: file, line: low + 1, column: column + 1)
    }

    /// The source between two libyaml marks on one line (0-based line and columns), or nil
    /// when they are on different lines.
    package func source(line: Int, from start: Int, to end: Int, endLine: Int) -> String? {
        guard line == endLine, line >= 0, line < lineStarts.count, end > start else { return nil }
        let lineStart = Int(lineStarts[line])
        let lineEnd = line + 1 < lineStarts.count ? Int(lineStarts[line + 1]) : bytes.count
        let text = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self).unicodeScalars
        // libyaml's columns do not count a byte order mark; the decoded line still holds it.
        let shift = hasByteOrderMark && line == 0 ? 1 : 0
        let from = start + shift
        let to = end + shift
        guard from >= 0, to <= text.count else { return nil }
        let startIndex = text.index(text.startIndex, offsetBy: from)
        return String(text[startIndex..<text.index(startIndex, offsetBy: to - from)])
    }

    /// The text of a 1-based line, without its line break, or nil past the end.
    package func lineText(_ line: Int) -> String? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = Int(lineStarts[line - 1])
        var end = line < lineStarts.count ? Int(lineStarts[line]) : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The character (Unicode scalar) at a location, if there is one.
    package func character(at location: FileLocation) -> Unicode.Scalar? {
        guard location.line >= 1, location.line <= lineStarts.count else { return nil }
        let start = Int(lineStarts[location.line - 1])
        let end = location.line < lineStarts.count ? Int(lineStarts[location.line]) : bytes.count
        let text = String(decoding: bytes[start..<end], as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        let index = location.column - 1 + (hasByteOrderMark && location.line == 1 ? 1 : 0)
        return index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    private func characterCount(ofLine line: Int) -> Int {
        let start = Int(lineStarts[line - 1])
        var end = line < lineStarts.count ? Int(lineStarts[line]) : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        // NEL, LS and PS end with 0x85, 0xA8 and 0xA9, bytes no ASCII line break holds.
        if end - start >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0x85 { end -= 2 }
        if end - start >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
            bytes[end - 1] == 0xA8 || bytes[end - 1] == 0xA9
        {
            end -= 3
        }
        return bytes[start..<end].reduce(0) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
    }
}
