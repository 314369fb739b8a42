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

/// Why an archive was refused.
public enum ZipError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not a zip archive at all.
    case notAnArchive
    /// The archive's structure is broken (truncated, or its sizes disagree).
    case damaged(String)
    /// More entries than `ZipLimits.maxEntries`.
    case tooManyEntries(Int, limit: Int)
    /// One entry would inflate past `ZipLimits.maxEntryBytes`.
    case entryTooLarge(String, bytes: Int, limit: Int)
    /// The entries read would inflate past `ZipLimits.maxTotalBytes` together.
    case totalTooLarge(limit: Int)
    /// One entry compresses far better than real documents do.
    case ratioTooHigh(String, ratio: Int, limit: Int)
    /// An entry whose name could reach outside the archive's own folder.
    case unsafeName(String)
    /// The same name twice: which one a reader takes is not defined.
    case duplicateName(String)
    /// An entry protected with zip encryption.
    case encryptedEntry(String)
    /// A compression method other than stored or deflate.
    case unsupportedMethod(String, method: Int)

    /// What a facilitator is told.
    public var description: String {
        switch self {
        case .notAnArchive: "it is not a zip archive"
        case .damaged(let why): "the archive is damaged: \(why)"
        case .tooManyEntries(let count, let limit): "the archive has \(count) entries; the limit is \(limit)"
        case .entryTooLarge(let name, let bytes, let limit):
            "'\(name)' would unpack to \(ByteCount.describe(bytes)); the limit for one entry is \(ByteCount.describe(limit))"
        case .totalTooLarge(let limit):
            "the archive would unpack to more than \(ByteCount.describe(limit)) (the limit for one file)"
        case .ratioTooHigh(let name, let ratio, let limit):
            "'\(name)' is compressed \(ratio) to 1, more than the limit of \(limit) to 1: it looks like a zip bomb"
        case .unsafeName(let name): "the archive has an entry named '\(name)', which points outside the archive"
        case .duplicateName(let name): "the archive has two entries named '\(name)'"
        case .encryptedEntry(let name): "'\(name)' in the archive is encrypted"
        case .unsupportedMethod(let name, let method):
            "'\(name)' is compressed with method \(method), which is not supported (only stored and deflate are)"
        }
    }
}

/// Sizes in words: "32.0 MiB".
enum ByteCount {
    static func describe(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) bytes" }
        if bytes < 1024 * 1024 { return "\(bytes / 1024) KiB" }
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MiB"
    }
}
