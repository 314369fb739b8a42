/// A gzip file (RFC 1952) of one member, made to be the same bytes every time: no file name, no
/// modification time (0), "unknown" operating system. The browser's `DecompressionStream("gzip")`
/// reads it; `gzip -d` does too.
public enum Gzip {
    /// `data` compressed at zlib's smallest setting, in gzip's wrapper.
    public static func compress(_ data: [UInt8]) -> [UInt8] {
        // ID1 ID2, deflate, no flags, MTIME 0, XFL 2 (smallest), OS 255 (unknown).
        var bytes: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 2, 255]
        bytes += Deflate.raw(data, level: 9)
        append32(&bytes, Deflate.crc32(data))
        append32(&bytes, UInt32(truncatingIfNeeded: data.count))
        return bytes
    }

    private static func append32(_ bytes: inout [UInt8], _ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
