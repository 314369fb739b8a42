/// Curly quotes (“ ” ‘ ’), which word processors put in place of the straight quotes YAML
/// uses: a value pasted from Word often carries them.
public enum TypographicQuotes {
    /// The curly quotes in `text`, in the order they first appear.
    public static func found(in text: String) -> [Character] {
        var found: [Character] = []
        for scalar in text.unicodeScalars where ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"].contains(scalar) {
            let character = Character(scalar)
            if !found.contains(character) { found.append(character) }
        }
        return found
    }

    /// A hint naming the curly quotes in `text`, or nil when it has none.
    public static func hint(for text: String) -> String? {
        let quotes = found(in: text)
        guard !quotes.isEmpty else { return nil }
        let names = quotes.map { "\($0)" }.joined(separator: " ")
        return
            "this has curly quotes (\(names)), as a word processor types them: YAML needs straight quotes (\" or '), or none"
    }
}
