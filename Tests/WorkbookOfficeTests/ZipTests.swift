import Testing
@testable import WorkbookOffice

/// The zip container: what is written reads back, the same entries give the same bytes, and
/// each limit of `ZipLimits` refuses an archive over it (HostileFileTests covers the rest, on
/// files made by a script).
struct ZipTests {
    static func archive(_ entries: [(String, [UInt8])]) -> [UInt8] {
        var zip = ZipWriter()
        for (name, data) in entries { zip.add(name, data) }
        return zip.finish()
    }

    @Test func whatIsWrittenReadsBack() throws {
        let text = Array(String(repeating: "Northmoor ", count: 500).utf8)
        var reader = try ZipReader(Self.archive([("a.xml", text), ("empty", []), ("dir/b.bin", [0, 1, 2, 255])]))
        #expect(reader.entries.map(\.name) == ["a.xml", "empty", "dir/b.bin"])
        #expect(try reader.read("a.xml") == text)
        #expect(try reader.read("empty") == [])
        #expect(try reader.read("dir/b.bin") == [0, 1, 2, 255])
        #expect(try reader.read("missing") == nil)
    }

    @Test func theSameEntriesGiveTheSameBytes() {
        let entries = [("x.xml", Array("<x/>".utf8))]
        #expect(Self.archive(entries) == Self.archive(entries))
    }

    @Test func tooManyEntriesAreRefused() {
        let limits = ZipLimits(
            maxEntries: 2, maxEntryBytes: 100, maxTotalBytes: 100, maxRatio: 200, ratioAppliesAbove: 1_000)
        #expect(throws: ZipError.tooManyEntries(3, limit: 2)) {
            try ZipReader(Self.archive([("a", []), ("b", []), ("c", [])]), limits: limits)
        }
    }

    @Test func anEntryOverItsLimitIsRefusedBeforeItIsInflated() throws {
        let limits = ZipLimits(
            maxEntries: 10, maxEntryBytes: 100, maxTotalBytes: 1_000, maxRatio: 1_000, ratioAppliesAbove: 10_000)
        var reader = try ZipReader(Self.archive([("big", [UInt8](repeating: 65, count: 101))]), limits: limits)
        #expect(throws: ZipError.entryTooLarge("big", bytes: 101, limit: 100)) { try reader.read("big") }
    }

    @Test func theTotalOfTheEntriesReadIsLimited() throws {
        let limits = ZipLimits(
            maxEntries: 10, maxEntryBytes: 100, maxTotalBytes: 150, maxRatio: 1_000, ratioAppliesAbove: 10_000)
        let data = [UInt8](repeating: 65, count: 80)
        var reader = try ZipReader(Self.archive([("a", data), ("b", data)]), limits: limits)
        #expect(try reader.read("a") == data)
        #expect(throws: ZipError.totalTooLarge(limit: 150)) { try reader.read("b") }
    }

    @Test func anEntryCompressedLikeABombIsRefused() throws {
        let limits = ZipLimits(
            maxEntries: 10, maxEntryBytes: 1 << 20, maxTotalBytes: 1 << 20, maxRatio: 50, ratioAppliesAbove: 1_000)
        var reader = try ZipReader(Self.archive([("zeros", [UInt8](repeating: 0, count: 100_000))]), limits: limits)
        let compressed = reader.entries[0].uncompressedSize
        #expect(compressed == 100_000)
        #expect {
            try reader.read("zeros")
        } throws: { error in
            guard case ZipError.ratioTooHigh("zeros", let ratio, limit: 50) = error else { return false }
            return ratio > 50
        }
    }

    @Test(arguments: ["../x", "a/../../x", "/etc/passwd", "C:/x", "a\\b", ""])
    func namesThatEscapeAreUnsafe(_ name: String) {
        #expect(!ZipReader.isSafe(name))
    }

    @Test(arguments: ["xl/workbook.xml", "[Content_Types].xml", "a..b/c", "docProps/app.xml"])
    func ordinaryNamesAreSafe(_ name: String) {
        #expect(ZipReader.isSafe(name))
    }

    @Test func bytesThatAreNotAZipAreRefused() {
        #expect(throws: ZipError.notAnArchive) { try ZipReader(Array("workbook: pots\n".utf8)) }
    }
}
