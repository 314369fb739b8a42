internal import Dispatch

// Native only: the wasm kernel has no Dispatch and one thread, and builds without this file
// (Scripts/build-wasm.sh), writing large arrays in one piece instead.
extension JSONValue {
    /// Items per piece, and pieces written at once: a round of pieces is written on every
    /// core, then handed on in order before the next, so a streamed array of any length
    /// holds at most one round in memory.
    static let pieceItems = 256
    static let piecesPerRound = 16

    /// An array of `parallelItems` or more (the areas of a large comparison) written in
    /// pieces on every core, then joined in order: the same bytes, sooner.
    static func writeLarge(
        count: Int, to out: inout JSONBytes, indent: Int, item: @Sendable (Int) -> JSONValue
    ) {
        let escapingHTML = out.escapingHTML
        let pieces = (count + pieceItems - 1) / pieceItems
        var round = 0
        while round * piecesPerRound < pieces {
            let first = round * piecesPerRound
            let inRound = min(piecesPerRound, pieces - first)
            let written = Locked([[UInt8]](repeating: [], count: inRound))
            DispatchQueue.concurrentPerform(iterations: inRound) { offset in
                var part = JSONBytes(escapingHTML: escapingHTML)
                let start = (first + offset) * pieceItems
                write(start..<min(count, start + pieceItems), to: &part, indent: indent, last: count - 1, item: item)
                written.withLock { $0[offset] = part.bytes }
            }
            written.withLock { parts in
                for part in parts { out.bytes.append(contentsOf: part) }
            }
            out.flushIfFull()
            round += 1
        }
    }
}
