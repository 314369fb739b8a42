/// Medians and means, in one place.
public enum Statistics {
    /// The median: the middle value, or the mean of the two middle values of an even count.
    public static func median(_ values: [Double]) -> Double {
        median(sorted: values.sorted())
    }

    /// The median of values already sorted, lowest first.
    public static func median(sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The arithmetic mean.
    public static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    /// The `p`-quantile (0–1) by linear interpolation between the sorted values (the
    /// method spreadsheets call QUARTILE.INC), so the quartiles of 1, 2, 3, 4 are 1.75 and 3.25.
    public static func quantile(_ values: [Double], _ p: Double) -> Double {
        quantile(sorted: values.sorted(), p)
    }

    /// The `p`-quantile of values already sorted, lowest first (for several quantiles of one list).
    public static func quantile(sorted: [Double], _ p: Double) -> Double {
        guard let first = sorted.first else { return 0 }
        guard sorted.count > 1 else { return first }
        let position = p * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }
}
