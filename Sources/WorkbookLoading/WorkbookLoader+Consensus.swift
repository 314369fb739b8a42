import WorkbookDiagnostics
import WorkbookModel
import WorkbookYAML

extension NodeDecoder {
    /// A workbook's `consensus:` settings; a value out of range is reported and the default kept.
    mutating func decodeConsensus(_ node: YAMLNode) -> ConsensusSettings {
        var consensus = ConsensusSettings()
        guard let sub = fields(of: node, what: "'consensus'", keys: WorkbookLoader.consensusKeys) else {
            return consensus
        }
        func checked(_ key: String, _ allowed: (Double) -> Bool, _ rule: String) -> Double? {
            guard let value = number(sub, key, what: "'consensus'") else { return nil }
            guard allowed(value) else {
                error(.invalidValue, "'\(key)' in 'consensus' \(rule)", at: sub[key]?.location ?? node.location)
                return nil
            }
            return value
        }
        if let spread = checked("max_spread", { $0 >= 0 }, "cannot be negative") { consensus.maxSpread = spread }
        if let share = checked("split_share", { $0 > 0 && $0 <= 1 }, "is a share of the ratings: above 0, at most 1") {
            consensus.splitShare = share
        }
        consensus.maxIQR = checked("max_iqr", { $0 >= 0 }, "cannot be negative")
        consensus.groupGap = checked("group_gap", { $0 > 0 }, "should be above 0")
        return consensus
    }
}
