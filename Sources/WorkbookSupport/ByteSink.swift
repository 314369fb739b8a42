/// Where a renderer's bytes go, in order, as they are made: a file, standard output, or a
/// buffer. A large comparison is written piece by piece through one, so its output is never
/// held whole (docs/performance.md).
public struct ByteSink {
    private let consume: (UnsafeBufferPointer<UInt8>) -> Void

    /// A sink that hands every piece to `consume`, in order.
    public init(_ consume: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.consume = consume
    }

    /// Writes bytes.
    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer(consume)
    }

    /// Writes bytes.
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        consume(bytes)
    }

    /// Writes a string's UTF-8.
    public func write(_ text: String) {
        var text = text
        text.withUTF8(consume)
    }
}
