// The wasm kernel's stand-in for Sources/…/Support/JSONValue+Parallel.swift: the kernel has
// one thread and no Dispatch, so a large array is written in one piece (the same bytes).
extension JSONValue {
    static func writeLarge(
        count: Int, to out: inout JSONBytes, indent: Int, item: @Sendable (Int) -> JSONValue
    ) {
        write(0..<count, to: &out, indent: indent, last: count - 1, item: item)
    }
}
