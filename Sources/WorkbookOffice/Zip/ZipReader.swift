internal import CZlib

/// Reads entries out of a zip archive held in memory, within `ZipLimits`.
///
/// Only what xlsx and docx files use is supported: stored and deflated entries, no ZIP64, no
/// encryption, no spanning. The central directory is read first and every name checked, so a
/// file with an entry escaping the archive (`../x`, `/etc/x`, `C:\x`) is refused whole, even
/// though nothing is ever written to disk.
public struct ZipReader: Sendable {
    /// One entry as the central directory describes it.
    public struct Entry: Sendable, Equatable {
        /// The entry's path inside the archive (`xl/workbook.xml`).
        public var name: String
        let method: Int
        let crc: UInt32
        let compressedSize: Int
        /// The size the archive declares for the entry once inflated.
        public let uncompressedSize: Int
        let headerOffset: Int
    }

    private let bytes: [UInt8]
    private let limits: ZipLimits
    /// The entries, in the order the central directory lists them.
    public let entries: [Entry]
    private let byName: [String: Int]
    private var inflatedSoFar = 0

    /// Reads the archive's directory.
    ///
    /// - Throws: `ZipError` when the bytes are not a zip, are damaged, hold too many entries
    ///   or an unsafe or duplicate name.
    public init(_ bytes: [UInt8], limits: ZipLimits = .office) throws(ZipError) {
        self.bytes = bytes
        self.limits = limits
        let entries = try Self.directory(bytes, limits: limits)
        var byName: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            if byName.updateValue(index, forKey: entry.name) != nil { throw .duplicateName(entry.name) }
        }
        self.entries = entries
        self.byName = byName
    }

    /// Whether the archive has an entry of this name.
    public func contains(_ name: String) -> Bool { byName[name] != nil }

    /// The entry's bytes, inflated, or nil when there is no such entry.
    ///
    /// - Throws: `ZipError` when the entry is over a limit, encrypted, in an unknown method,
    ///   or its data does not match what the directory says.
    public mutating func read(_ name: String) throws(ZipError) -> [UInt8]? {
        guard let index = byName[name] else { return nil }
        let entry = entries[index]
        if entry.uncompressedSize > limits.maxEntryBytes {
            throw .entryTooLarge(name, bytes: entry.uncompressedSize, limit: limits.maxEntryBytes)
        }
        if entry.uncompressedSize > limits.ratioAppliesAbove {
            let ratio = entry.uncompressedSize / max(1, entry.compressedSize)
            if ratio > limits.maxRatio { throw .ratioTooHigh(name, ratio: ratio, limit: limits.maxRatio) }
        }
        if inflatedSoFar + entry.uncompressedSize > limits.maxTotalBytes {
            throw .totalTooLarge(limit: limits.maxTotalBytes)
        }
        inflatedSoFar += entry.uncompressedSize
        let data = try dataRange(of: entry)
        let output: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else {
                throw .damaged("'\(name)' is stored with two different sizes")
            }
            output = Array(bytes[data])
        case 8:
            output = try Self.inflate(bytes[data], expected: entry.uncompressedSize, name: name)
        default:
            throw .unsupportedMethod(name, method: entry.method)
        }
        guard Deflate.crc32(output) == entry.crc else { throw .damaged("'\(name)' does not match its checksum") }
        return output
    }

    // MARK: - The directory

    private static func directory(_ bytes: [UInt8], limits: ZipLimits) throws(ZipError) -> [Entry] {
        guard bytes.count >= 22, bytes.starts(with: [0x50, 0x4B]) else { throw .notAnArchive }
        // The end record is in the last 22 + 65,535 bytes (its comment is at most that long).
        var end = -1
        var at = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while at >= lowest {
            if le32(bytes, at) == 0x0605_4B50 {
                end = at
                break
            }
            at -= 1
        }
        guard end >= 0 else { throw .damaged("it has no end-of-archive record (it may be cut short)") }
        let count = le16(bytes, end + 10)
        let directorySize = Int(le32(bytes, end + 12))
        let directoryOffset = Int(le32(bytes, end + 16))
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF {
            throw .damaged("it is a ZIP64 archive, which no Office file this size needs")
        }
        if count > limits.maxEntries { throw .tooManyEntries(count, limit: limits.maxEntries) }
        guard directoryOffset + directorySize <= end else { throw .damaged("its directory lies outside the file") }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var offset = directoryOffset
        for _ in 0..<count {
            guard offset + 46 <= end, le32(bytes, offset) == 0x0201_4B50 else {
                throw .damaged("its directory is cut short")
            }
            let flags = le16(bytes, offset + 8)
            let method = le16(bytes, offset + 10)
            let crc = le32(bytes, offset + 16)
            let compressed = Int(le32(bytes, offset + 20))
            let uncompressed = Int(le32(bytes, offset + 24))
            let nameLength = le16(bytes, offset + 28)
            let extraLength = le16(bytes, offset + 30)
            let commentLength = le16(bytes, offset + 32)
            let headerOffset = Int(le32(bytes, offset + 42))
            let nameStart = offset + 46
            guard nameStart + nameLength <= end else { throw .damaged("an entry's name is cut short") }
            let name = String(decoding: bytes[nameStart..<nameStart + nameLength], as: UTF8.self)
            if !isSafe(name) { throw .unsafeName(name) }
            if flags & 1 != 0 { throw .encryptedEntry(name) }
            entries.append(
                Entry(
                    name: name, method: method, crc: crc, compressedSize: compressed, uncompressedSize: uncompressed,
                    headerOffset: headerOffset))
            offset = nameStart + nameLength + extraLength + commentLength
        }
        return entries
    }

    /// Where an entry's compressed bytes are, from its local header.
    private func dataRange(of entry: Entry) throws(ZipError) -> Range<Int> {
        let header = entry.headerOffset
        guard header + 30 <= bytes.count, Self.le32(bytes, header) == 0x0403_4B50 else {
            throw .damaged("'\(entry.name)' is not where the directory says")
        }
        let start = header + 30 + Self.le16(bytes, header + 26) + Self.le16(bytes, header + 28)
        guard entry.compressedSize <= bytes.count, start <= bytes.count - entry.compressedSize else {
            throw .damaged("'\(entry.name)' is cut short")
        }
        return start..<start + entry.compressedSize
    }

    /// A name is safe when it stays inside the archive: relative, no `..`, no drive, no NUL.
    static func isSafe(_ name: String) -> Bool {
        if name.isEmpty || name.hasPrefix("/") || name.contains("\\") || name.contains("\0") { return false }
        if name.count >= 2, name.dropFirst().first == ":" { return false }
        return !name.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    /// Inflates raw deflate data to exactly `expected` bytes; more or fewer is damage.
    private static func inflate(_ input: ArraySlice<UInt8>, expected: Int, name: String) throws(ZipError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .damaged("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        // One byte more than declared, so that data longer than its declared size is noticed
        // without ever inflating further.
        var output = [UInt8](repeating: 0, count: expected + 1)
        var status: Int32 = Z_OK
        var produced = 0
        input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                status = CZlib.inflate(&stream, Z_FINISH)
                produced = target.count - Int(stream.avail_out)
            }
        }
        guard status == Z_STREAM_END, produced == expected else {
            throw .damaged(
                produced > expected
                    ? "'\(name)' unpacks to more than its declared size"
                    : "'\(name)' does not unpack (its data is corrupt)")
        }
        output.removeLast()
        return output
    }

    static func le16(_ bytes: [UInt8], _ at: Int) -> Int {
        guard at >= 0, at + 2 <= bytes.count else { return 0 }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8
    }

    static func le32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        guard at >= 0, at + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3])
            << 24
    }
}
