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
