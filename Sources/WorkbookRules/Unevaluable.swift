/// Why an expression has no value: a field is missing, a division by zero, no previous round.
struct Unevaluable: Error, Sendable, Equatable {
    /// The reason, as the report shows it ("element 'needs' is not scored").
    var reason: String
    /// Whether an evaluation limit was hit; never skipped inside `count`/`any`/`all`.
    var isLimit = false
    /// Whether it needs the previous round, which was not given.
    var needsPrevious = false
}
