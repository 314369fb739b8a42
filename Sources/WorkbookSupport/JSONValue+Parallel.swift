extension JSONValue {
    /// Items per piece, and pieces written at once: a round of pieces is written on every
    /// core, then handed on in order before the next, so a streamed array of any length
    /// holds at most one round in memory.
    static let pieceItems = 256
    static let piecesPerRound = 16

    /// An array of `parallelItems` or more (the areas of a large comparison) written in
    /// pieces on every core (`Parallel.map`; in order in the wasm kernel, which has one
    /// thread), then joined in order: the same bytes, sooner.
    static func writeLarge(
        count: Int, to out: inout JSONBytes, indent: Int, item: @Sendable (Int) -> JSONValue
    ) {
        let escapingHTML = out.escapingHTML
        let pieces = (count + pieceItems - 1) / pieceItems
        var round = 0
        while round * piecesPerRound < pieces {
            let first = round * piecesPerRound
            let parts = Parallel.map(min(piecesPerRound, pieces - first)) { offset in
                var part = JSONBytes(escapingHTML: escapingHTML)
                let start = (first + offset) * pieceItems
                write(start..<min(count, start + pieceItems), to: &part, indent: indent, last: count - 1, item: item)
                return part.bytes
            }
            if let sink = out.sink {
                // Streamed, each piece goes out as it is: gathered first into one buffer, a
                // round made it grow to several MB for nothing (issue 22).
                out.flush()
                for part in parts { sink.write(part) }
            } else {
                for part in parts { out.bytes.append(contentsOf: part) }
            }
            round += 1
        }
    }
}
