internal import Dispatch

// Native only: the wasm kernel has no Dispatch and one thread, and builds without this file
// (Scripts/build-wasm.sh), writing large arrays in one piece instead.
extension JSONValue {
    /// An array of `parallelItems` or more (the areas of a large comparison) written in
    /// pieces on every core, then joined in order: the same bytes, sooner.
    static func writeLarge(
        count: Int, to out: inout JSONBytes, indent: Int, item: @Sendable (Int) -> JSONValue
    ) {
        let pieces = min(32, count / 256)
        let written = Locked([[UInt8]](repeating: [], count: pieces))
        let escapingHTML = out.escapingHTML
        DispatchQueue.concurrentPerform(iterations: pieces) { piece in
            var part = JSONBytes(escapingHTML: escapingHTML)
            let range = (count * piece / pieces)..<(count * (piece + 1) / pieces)
            write(range, to: &part, indent: indent, last: count - 1, item: item)
            written.withLock { $0[piece] = part.bytes }
        }
        written.withLock { parts in
            for part in parts { out.bytes.append(contentsOf: part) }
        }
    }
}
