/// How much a zip archive may hold before it is refused unread.
///
/// An xlsx or docx file is a zip of XML. A hostile one can claim a few kilobytes and inflate
/// to gigabytes (a zip bomb); these bounds are checked against the sizes the archive declares
/// before anything is inflated, and inflating never writes past the declared size, so a file
/// that lies about its sizes is refused as damaged. docs/limits.md lists each value.
public struct ZipLimits: Sendable, Equatable {
    /// The most entries (files) in one archive.
    public var maxEntries: Int
    /// The largest uncompressed size of one entry.
    public var maxEntryBytes: Int
    /// The largest uncompressed size of all the entries read from one archive together.
    public var maxTotalBytes: Int
    /// The highest uncompressed ÷ compressed ratio of one entry ...
    public var maxRatio: Int
    /// ... once the entry is larger than this (small entries of repeated text compress well).
    public var ratioAppliesAbove: Int

    /// Creates limits.
    public init(maxEntries: Int, maxEntryBytes: Int, maxTotalBytes: Int, maxRatio: Int, ratioAppliesAbove: Int) {
        self.maxEntries = maxEntries
        self.maxEntryBytes = maxEntryBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxRatio = maxRatio
        self.ratioAppliesAbove = ratioAppliesAbove
    }

    /// The limits for Office files the tool reads: far above any response sheet (about 20 KB
    /// zipped, 200 KB unzipped) or any real spreadsheet a facilitator saves.
    public static let office = ZipLimits(
        maxEntries: 1_000, maxEntryBytes: 32 * 1024 * 1024, maxTotalBytes: 64 * 1024 * 1024, maxRatio: 200,
        ratioAppliesAbove: 1024 * 1024)
}
