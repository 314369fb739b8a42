internal import CZlib

/// zlib's raw deflate and CRC-32, the two pieces a zip entry and a gzip member share.
enum Deflate {
    /// `data` as one raw deflate stream (no zlib or gzip wrapper), at `level` (1 fastest, 9
    /// smallest); the same bytes every time for the same input, level and zlib.
    static func raw(_ data: [UInt8], level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        guard
            deflateInit2_(
                &stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
                Int32(MemoryLayout<z_stream>.size))
                == Z_OK
        else { return [] }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(data.count))) + 16)
        var produced = 0
        data.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                _ = CZlib.deflate(&stream, Z_FINISH)
                produced = target.count - Int(stream.avail_out)
            }
        }
        return Array(output.prefix(produced))
    }

    /// The CRC-32 (ISO 3309) of `data`, as zip and gzip record it.
    static func crc32(_ data: [UInt8]) -> UInt32 {
        data.withUnsafeBufferPointer { UInt32(CZlib.crc32(0, $0.baseAddress, UInt32($0.count))) }
    }
}
