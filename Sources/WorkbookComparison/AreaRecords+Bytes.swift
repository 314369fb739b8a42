/// How one record's parts are written into `AreaRecords`'s bytes, and read back.
///
/// Every whole number is an unsigned LEB128 varint (a count or index under 128 is one byte);
/// a string is its UTF-8 length then its bytes; a figure or score is a `Number`.
extension AreaRecords {
    /// A figure or score (`Double?`) in as few bytes as give it back bit for bit.
    ///
    /// Most are means of a few levels (11 / 3, 2.5), so a value is written as the small fraction
    /// whose `Double` quotient has exactly its bits: varint `d` = denominator + 1 (so at least 2),
    /// then the numerator, two bytes in all for a level or a mean of a few. `d` = 0 is absent;
    /// `d` = 1 is followed by the value's 8 bytes, for the rest. (The JSON prints every score in
    /// full, 3.6666666666666665, which a `Float` could not give back.)
    enum Number {
        static let absent: UInt8 = 0
        static let inFull: UInt8 = 1
        static let maxDenominator = (1 << 12) - 1
        static let maxNumerator = (1 << 19) - 1

        /// Appends `value` to `bytes`.
        static func write(_ value: Double?, to bytes: inout [UInt8]) {
            guard let value else {
                bytes.append(absent)
                return
            }
            if let (numerator, denominator) = fraction(value) {
                Varint.write(UInt64(denominator + 1), to: &bytes)
                Varint.write(UInt64(numerator), to: &bytes)
                return
            }
            bytes.append(inFull)
            withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        }

        /// The value at `at`, moving `at` past it.
        static func read(_ bytes: [UInt8], _ at: inout Int) -> Double? {
            let kind = Varint.read(bytes, &at)
            if kind == UInt64(absent) { return nil }
            if kind == UInt64(inFull) {
                var pattern: UInt64 = 0
                for offset in 0..<8 { pattern |= UInt64(bytes[at + offset]) << (8 * offset) }
                at += 8
                return Double(bitPattern: pattern)
            }
            let numerator = Varint.read(bytes, &at)
            return Double(numerator) / Double(kind - 1)
        }

        /// Moves `at` past the value there.
        static func skip(_ bytes: [UInt8], _ at: inout Int) {
            let kind = Varint.read(bytes, &at)
            if kind == UInt64(absent) { return }
            if kind == UInt64(inFull) {
                at += 8
                return
            }
            Varint.skip(bytes, &at)
        }

        /// The fraction of smallest denominator whose quotient is exactly `value`, among the
        /// convergents of its continued fraction (any fraction that close to it is one); nil
        /// for a negative, signed-zero, huge or unrepresentable value. A zero is 0 / 1.
        static func fraction(_ value: Double) -> (Int, Int)? {
            guard value.sign == .plus, value.isFinite, value <= Double(maxNumerator) else { return nil }
            var (before, last) = ((numerator: 0, denominator: 1), (numerator: 1, denominator: 0))
            var rest = value
            for _ in 0..<32 {
                let whole = rest.rounded(.down)
                guard whole <= Double(maxNumerator) else { return nil }
                let term = Int(whole)
                let next = (
                    numerator: term * last.numerator + before.numerator,
                    denominator: term * last.denominator + before.denominator
                )
                guard next.numerator <= maxNumerator, next.denominator <= maxDenominator else { return nil }
                if (Double(next.numerator) / Double(next.denominator)).bitPattern == value.bitPattern {
                    return next
                }
                (before, last) = (last, next)
                let fraction = rest - whole
                guard fraction > 0 else { return nil }
                rest = 1 / fraction
            }
            return nil
        }
    }

    /// Unsigned LEB128: seven bits a byte, the high bit set on every byte but the last.
    enum Varint {
        static func write(_ value: UInt64, to bytes: inout [UInt8]) {
            var rest = value
            while rest >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }

        static func write(_ value: Int, to bytes: inout [UInt8]) { write(UInt64(value), to: &bytes) }

        /// A byte under 0x80 is the whole number, nearly always (lengths, counts, indices):
        /// read inline, the longer ones by a call.
        @inline(__always)
        static func read(_ bytes: [UInt8], _ at: inout Int) -> UInt64 {
            let first = bytes[at]
            if first < 0x80 {
                at += 1
                return UInt64(first)
            }
            return readLong(bytes, &at)
        }

        private static func readLong(_ bytes: [UInt8], _ at: inout Int) -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let byte = bytes[at]
                at += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
        }

        @inline(__always)
        static func readInt(_ bytes: [UInt8], _ at: inout Int) -> Int { Int(read(bytes, &at)) }

        @inline(__always)
        static func skip(_ bytes: [UInt8], _ at: inout Int) {
            while bytes[at] >= 0x80 { at += 1 }
            at += 1
        }
    }

    /// Strings: a varint length, then the UTF-8.
    enum Text {
        static func write(_ text: String, to bytes: inout [UInt8]) {
            Varint.write(text.utf8.count, to: &bytes)
            bytes.append(contentsOf: text.utf8)
        }

        /// Where the string at `at` lies, moving `at` past it.
        static func range(_ bytes: [UInt8], _ at: inout Int) -> Range<Int> {
            let length = Varint.readInt(bytes, &at)
            defer { at += length }
            return at..<(at + length)
        }

        static func read(_ bytes: [UInt8], _ at: inout Int) -> String {
            String(decoding: bytes[range(bytes, &at)], as: UTF8.self)
        }

        static func skip(_ bytes: [UInt8], _ at: inout Int) { at += Varint.readInt(bytes, &at) }
    }

    /// A date written YYYY-MM-DD (as every response's is) as the whole number YYYYMMDD, in 4
    /// bytes rather than 11; nil for any other text, which is kept as text.
    enum PackedDate {
        static func code(_ date: String) -> Int? { Digits.code(date, pattern) }

        static let pattern: StaticString = "dddd-dd-dd"

        static func text(_ code: Int) -> String { Digits.text(code, pattern) }
    }
}

extension AreaRecords {
    /// A period written as a financial year, 2025/26 (as most are), as the whole number 202526,
    /// in 3 bytes rather than 8; nil for any other text, which is kept as text. The numbers
    /// order as the texts do, their digits being as many.
    enum PackedPeriod {
        static func code(_ period: String) -> Int? { Digits.code(period, pattern) }

        static let pattern: StaticString = "dddd/dd"

        static func text(_ code: Int) -> String { Digits.text(code, pattern) }
    }
}

extension AreaRecords {
    /// Whole numbers written into a pattern, digits in place of the pattern's `d`s.
    enum Digits {
        /// The number whose digits fill `pattern`'s `d`s in `text`, the rest of `text` being
        /// the pattern's other characters; nil when `text` does not have the pattern's shape.
        static func code(_ text: String, _ pattern: StaticString) -> Int? {
            let shape = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
            guard text.utf8.count == shape.count else { return nil }
            var value = 0
            for (byte, expected) in zip(text.utf8, shape) {
                if expected == UInt8(ascii: "d") {
                    guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                    value = value * 10 + Int(byte - UInt8(ascii: "0"))
                } else if byte != expected {
                    return nil
                }
            }
            return value
        }

        /// `code` written into `pattern` (zero-padded on the left), made as one small string
        /// without a list in between.
        static func text(_ code: Int, _ pattern: StaticString) -> String {
            let shape = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
            return String(unsafeUninitializedCapacity: shape.count) { buffer in
                var rest = code
                for offset in shape.indices.reversed() {
                    if shape[offset] == UInt8(ascii: "d") {
                        buffer[offset] = UInt8(ascii: "0") + UInt8(rest % 10)
                        rest /= 10
                    } else {
                        buffer[offset] = shape[offset]
                    }
                }
                return shape.count
            }
        }
    }
}
