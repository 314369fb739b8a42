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
