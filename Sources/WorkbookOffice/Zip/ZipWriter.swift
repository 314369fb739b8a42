/// Writes a zip archive in memory: every entry deflated, dated 1980-01-01 (the earliest date a
/// zip can hold), in the order given, so the same entries always give the same bytes.
public struct ZipWriter: Sendable {
    private var output: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// Creates an empty archive.
    public init() {}

    /// Adds one entry (a file) to the archive.
    public mutating func add(_ name: String, _ data: [UInt8]) {
        let compressed = Deflate.raw(data)
        let crc = Deflate.crc32(data)
        let nameBytes = Array(name.utf8)
        let offset = output.count
        // Local header: version 2.0, flag bit 11 (names are UTF-8), deflate, DOS date 1980-01-01.
        var local: [UInt8] = []
        Self.put32(&local, 0x0403_4B50)
        Self.put16(&local, 20)
        Self.put16(&local, 0x0800)
        Self.put16(&local, 8)
        Self.put16(&local, 0)
        Self.put16(&local, 0x0021)
        Self.put32(&local, crc)
        Self.put32(&local, UInt32(compressed.count))
        Self.put32(&local, UInt32(data.count))
        Self.put16(&local, nameBytes.count)
        Self.put16(&local, 0)
        output += local + nameBytes + compressed
        var central: [UInt8] = []
        Self.put32(&central, 0x0201_4B50)
        Self.put16(&central, 20)
        Self.put16(&central, 20)
        Self.put16(&central, 0x0800)
        Self.put16(&central, 8)
        Self.put16(&central, 0)
        Self.put16(&central, 0x0021)
        Self.put32(&central, crc)
        Self.put32(&central, UInt32(compressed.count))
        Self.put32(&central, UInt32(data.count))
        Self.put16(&central, nameBytes.count)
        Self.put16(&central, 0)
        Self.put16(&central, 0)
        Self.put16(&central, 0)
        Self.put16(&central, 0)
        Self.put32(&central, 0)
        Self.put32(&central, UInt32(offset))
        directory += central + nameBytes
        count += 1
    }

    /// Adds a text entry, as UTF-8.
    public mutating func add(_ name: String, text: String) {
        add(name, Array(text.utf8))
    }

    /// The finished archive.
    public func finish() -> [UInt8] {
        var end: [UInt8] = []
        Self.put32(&end, 0x0605_4B50)
        Self.put16(&end, 0)
        Self.put16(&end, 0)
        Self.put16(&end, count)
        Self.put16(&end, count)
        Self.put32(&end, UInt32(directory.count))
        Self.put32(&end, UInt32(output.count))
        Self.put16(&end, 0)
        return output + directory + end
    }

    private static func put16(_ bytes: inout [UInt8], _ value: Int) {
        bytes.append(UInt8(value & 0xFF))
        bytes.append(UInt8((value >> 8) & 0xFF))
    }

    private static func put32(_ bytes: inout [UInt8], _ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
