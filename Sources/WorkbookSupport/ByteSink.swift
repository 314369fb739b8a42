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

/// Hands a renderer's text so far to a sink once it is large, so that the rows of thousands
/// of areas are streamed; with no sink it does nothing, and the renderer returns its whole
/// text as before (the same bytes either way).
package struct Spill {
    package var sink: ByteSink?

    package init(sink: ByteSink? = nil) {
        self.sink = sink
    }

    /// Text is handed on once it holds this many bytes.
    static let threshold = 1 << 16

    package func callAsFunction(_ out: inout String) {
        guard let sink, out.utf8.count >= Self.threshold else { return }
        sink.write(out)
        out.removeAll(keepingCapacity: true)
    }

    /// The same for markup being built.
    package func callAsFunction(_ out: inout HTML) {
        guard let sink, out.markup.utf8.count >= Self.threshold else { return }
        sink.write(out.markup)
        out = .empty
    }
}
