/// The rules for ids of workbooks, groups, elements, questions, bands and rules.
public enum Identifier {
    /// Whether `text` is lowercase ASCII letters, digits and '-', starting with a letter,
    /// not ending with '-', at most 64 characters.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, let last = bytes.last, bytes.count <= 64 else { return false }
        guard (0x61...0x7A).contains(first), last != UInt8(ascii: "-") else { return false }
        return bytes.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") }
    }

    /// A valid id close to `text` (lowercased, spaces and '_' to '-'), if that makes one.
    public static func suggestion(for text: String) -> String? {
        let mapped = String(text.lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 })
        return isValid(mapped) ? mapped : nil
    }
}
