import WorkbookFormat
import WorkbookDiagnostics
import WorkbookModel
package import WorkbookYAML

/// A mapping whose keys have been checked, with its values by key.
///
/// Lookups scan the pairs: mappings in these files have at most a dozen keys, and a scan
/// costs less than building a dictionary for each of the thousands of small mappings a
/// folder of responses holds.
package struct Fields {
    /// The mapping node itself.
    package let node: YAMLNode
    private let pairs: YAMLNode.Pairs

    package init(node: YAMLNode, pairs: YAMLNode.Pairs) {
        self.node = node
        self.pairs = pairs
    }

    /// The value of a key, if present.
    package subscript(key: String) -> YAMLNode? { pairs.value(forKey: key) }

    /// The key node itself (for positions), if present.
    package func keyNode(_ key: String) -> YAMLNode? { pairs.key(named: key) }
}
