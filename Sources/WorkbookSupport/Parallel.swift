internal import Dispatch

// Native only: the wasm kernel has no Dispatch and one thread, and builds without this file
// (Wasm/native-only.txt), using Wasm/Support/Parallel+Serial.swift, which maps in order.
/// Work shared among the cores, with results in index order whatever order it ran in.
package enum Parallel {
    /// `transform` of every index in `0..<count`, run on every core.
    package static func map<Result: Sendable>(
        _ count: Int, _ transform: @Sendable (Int) -> Result
    ) -> [Result] {
        let found = Locked([Result?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let value = transform(index)
            found.withLock { $0[index] = value }
        }
        return found.withLock { $0.compactMap { $0 } }
    }
}
