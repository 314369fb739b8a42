internal import Dispatch

/// A value shared between threads, read and changed only while holding its lock.
///
/// The standard library's `Mutex` would do, but on Linux it waits on futexes that
/// ThreadSanitizer cannot see, so `swift test --sanitize=thread` (run by `.ci/run`) reports
/// every access to a `Mutex`'s value from two threads as a race. A serial dispatch queue is a
/// lock it understands.
public final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let queue = DispatchQueue(label: "workbook.locked")

    /// Creates the lock around its first value.
    public init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with the value, holding the lock.
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        try queue.sync { try body(&value) }
    }
}
