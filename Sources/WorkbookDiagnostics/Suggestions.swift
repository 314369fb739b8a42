/// "Did you mean" suggestions from edit distance.
///
/// The work is bounded, because a file can hold thousands of unknown names and a workbook
/// thousands of ids: a candidate is compared only when its length is within the edit limit of
/// the word's; the edit distance is computed only along the diagonal band the limit allows,
/// and stops as soon as every cell is over it; at most `maxCompared` candidates are compared
/// for one word (nearest length first); and a word longer than `maxWordLength` gets no
/// suggestion. A set of candidates asked about many times is indexed once (`Index`).
public enum Suggestions {
    /// Words longer than this (in Unicode scalars) get no suggestion: nobody mistypes an id
    /// of a hundred characters by one letter, and comparing such words costs the most.
    public static let maxWordLength = 100
    /// The most candidates compared with one word.
    public static let maxCompared = 200

    /// The candidate closest to `word`, if it is close enough to be a plausible typo.
    ///
    /// Close enough means an edit distance of at most a third of the word's length (at
    /// least 1, at most 3), so `wieght` finds `weight` and `colour` does not find `id`.
    /// Comparison ignores case. Ties go to the candidate listed first.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        Index(candidates).closest(to: word)
    }

    /// A hint sentence, `did you mean 'x'?`, or nil when nothing is close.
    public static func hint(for word: String, in candidates: some Sequence<String>) -> String? {
        Index(candidates).hint(for: word)
    }

    /// Candidates prepared once (case folded, grouped by length) for many lookups.
    public struct Index: Sendable {
        private struct Entry: Sendable {
            var order: Int
            var candidate: String
            var folded: [Unicode.Scalar]
        }

        /// Entries by folded length.
        private let byLength: [Int: [Entry]]

        /// Indexes the candidates, in the order given (which breaks ties).
        public init(_ candidates: some Sequence<String>) {
            var byLength: [Int: [Entry]] = [:]
            for (order, candidate) in candidates.enumerated() {
                let folded = Array(candidate.lowercased().unicodeScalars)
                guard folded.count <= maxWordLength + 3 else { continue }
                byLength[folded.count, default: []].append(Entry(order: order, candidate: candidate, folded: folded))
            }
            self.byLength = byLength
        }

        /// The closest candidate (see `Suggestions.closest(to:in:)`).
        public func closest(to word: String) -> String? {
            let target = Array(word.lowercased().unicodeScalars)
            guard target.count <= maxWordLength else { return nil }
            let limit = min(3, max(1, target.count / 3))
            var best: (entry: Entry, distance: Int)?
            var compared = 0
            // Nearest length first: most typos keep the length or change it by one.
            for change in [0, -1, 1, -2, 2, -3, 3] where abs(change) <= limit {
                for entry in byLength[target.count + change] ?? [] where entry.candidate != word {
                    guard compared < maxCompared else { return best?.entry.candidate }
                    compared += 1
                    guard let distance = Suggestions.editDistance(target, entry.folded, limit: limit) else { continue }
                    if let current = best,
                        distance > current.distance
                            || (distance == current.distance && entry.order > current.entry.order)
                    {
                        continue
                    }
                    best = (entry, distance)
                }
            }
            return best?.entry.candidate
        }

        /// A hint sentence, `did you mean 'x'?`, or nil when nothing is close.
        public func hint(for word: String) -> String? {
            closest(to: word).map { "did you mean '\($0)'?" }
        }
    }

    /// Damerau-Levenshtein distance (optimal string alignment): a swap of two
    /// neighbouring letters, the commonest typo, counts as one edit. Unbounded (for tests).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        editDistance(a, b, limit: max(a.count, b.count)) ?? max(a.count, b.count)
    }

    /// The distance when it is at most `limit`, else nil; only the cells within `limit` of
    /// the diagonal are computed (O(length × limit)), and it stops when a whole row is over.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        let n = a.count
        let m = b.count
        if abs(n - m) > limit { return nil }
        if n == 0 || m == 0 { return max(n, m) }
        let over = limit + 1
        // Rows i-2, i-1 and i; cells outside the band hold `over`.
        var previousPrevious = [Int](repeating: over, count: m + 2)
        var previous = [Int](repeating: over, count: m + 2)
        var current = [Int](repeating: over, count: m + 2)
        for j in 0...min(m, limit) { previous[j] = j }
        for i in 1...n {
            let low = max(1, i - limit)
            let high = min(m, i + limit)
            current[low - 1] = low == 1 ? (i <= limit ? i : over) : over
            var rowMinimum = current[low - 1]
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = min(value, over)
                rowMinimum = min(rowMinimum, current[j])
            }
            // The next row reads one cell past this row's band: it must read as over.
            current[high + 1] = over
            if rowMinimum > limit { return nil }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[m] <= limit ? previous[m] : nil
    }
}
