/// A function rules may call. The registry below is the whole list: nothing else is callable.
struct Builtin: Sendable, Equatable {
    /// The functions, by name.
    enum Function: String, Sendable, Equatable, Hashable, CaseIterable {
        case abs, round, min, max, mean, count, any, all, change
    }

    /// How many arguments a function takes.
    enum Arity: Sendable, Equatable {
        case exactly(Int)
        case atLeast(Int)

        /// Whether `count` arguments are accepted.
        func accepts(_ count: Int) -> Bool {
            switch self {
            case .exactly(let n): count == n
            case .atLeast(let n): count >= n
            }
        }

        /// "1 argument", "3 arguments", "1 or more arguments".
        var description: String {
            switch self {
            case .exactly(let n): n == 1 ? "1 argument" : "\(n) arguments"
            case .atLeast(let n): "\(n) or more arguments"
            }
        }
    }

    /// How the type checker treats the arguments.
    enum Shape: Sendable, Equatable {
        /// Numbers in, a number out.
        case numeric
        /// `(collection, variable, condition)`, giving a value of this type.
        case collection(ExpressionType)
        /// One numeric field path.
        case change
    }

    /// Which function.
    var function: Function
    /// How many arguments.
    var arity: Arity
    /// What kind of arguments.
    var shape: Shape
    /// An example call, for hints and the docs.
    var example: String

    /// The name rules call it by.
    var name: String { function.rawValue }

    /// Every function rules may call, by name.
    static let registry: [String: Builtin] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// The functions in the order the docs list them.
    static let all: [Builtin] = [
        Builtin(
            function: .abs, arity: .exactly(1), shape: .numeric,
            example: "abs(group.service.score - group.population.score)"),
        Builtin(function: .round, arity: .exactly(1), shape: .numeric, example: "round(overall.score)"),
        Builtin(
            function: .min, arity: .atLeast(1), shape: .numeric,
            example: "min(element.evidence.score, element.access.score)"),
        Builtin(
            function: .max, arity: .atLeast(1), shape: .numeric,
            example: "max(element.evidence.score, element.access.score)"),
        Builtin(
            function: .mean, arity: .atLeast(1), shape: .numeric,
            example: "mean(element.evidence.score, element.access.score)"),
        Builtin(
            function: .count, arity: .exactly(3), shape: .collection(.number),
            example: "count(elements, e, e.score < 2)"),
        Builtin(
            function: .any, arity: .exactly(3), shape: .collection(.bool),
            example: "any(groups, g, g.score < 1.5)"),
        Builtin(
            function: .all, arity: .exactly(3), shape: .collection(.bool),
            example: "all(questions, q, q.spread <= 1)"),
        Builtin(
            function: .change, arity: .exactly(1), shape: .change,
            example: "change(element.leadership.score)"),
    ]

    /// The function names, in docs order.
    static let names: [String] = all.map({ $0.name })
}

extension Builtin.Function {
    /// Applies a numeric function to its arguments (already evaluated).
    ///
    /// - Returns: the result, or nil for a function that is not numeric or no arguments.
    func apply(_ numbers: [Double]) -> Double? {
        guard let first = numbers.first else { return nil }
        switch self {
        case .abs: return Swift.abs(first)
        case .round: return first.rounded(.toNearestOrAwayFromZero)
        case .min: return numbers.min()
        case .max: return numbers.max()
        case .mean: return numbers.reduce(0, +) / Double(numbers.count)
        case .count, .any, .all, .change: return nil
        }
    }
}
