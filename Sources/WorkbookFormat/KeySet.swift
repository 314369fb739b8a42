/// The keys a kind of mapping may have.
package struct KeySet {
    /// Keys that must be present.
    package let required: [String]
    /// Keys that may be present.
    package let optional: [String]
    /// Both, required first (kept, not concatenated for each of thousands of mappings).
    package let all: [String]

    package init(required: [String], optional: [String]) {
        self.required = required
        self.optional = optional
        all = required + optional
    }
}
