// The wasm kernel's stand-in for Sources/WorkbookSupport/Parallel.swift: the kernel has one
// thread and no Dispatch, so the work is done in order (the same results).
/// Work shared among the cores, with results in index order (here: one core).
package enum Parallel {
    /// `transform` of every index in `0..<count`, in order.
    package static func map<Result: Sendable>(
        _ count: Int, _ transform: @Sendable (Int) -> Result
    ) -> [Result] {
        var results: [Result] = []
        results.reserveCapacity(count)
        for index in 0..<count { results.append(transform(index)) }
        return results
    }
}
