extension Dictionary {
    /// The pairs as a dictionary; where a key repeats, its first value is kept.
    ///
    /// The same as `Dictionary(keepingFirst: pairs)`, which the
    /// wasm kernel cannot use: that initializer casts its argument at run time, and Embedded
    /// Swift has no dynamic casts.
    package init(keepingFirst pairs: some Sequence<(Key, Value)>) {
        self.init(minimumCapacity: pairs.underestimatedCount)
        for (key, value) in pairs where self[key] == nil {
            self[key] = value
        }
    }
}
