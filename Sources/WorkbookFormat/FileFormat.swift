/// The two file formats, workbook and response, declared once.
///
/// Every mapping a file may contain is a `Mapping`: its keys, which are required, what type
/// each value has, and one sentence about each that editors show on hover. Two things are
/// derived from these declarations, so they can never disagree:
///
/// - the loaders' key checks (`WorkbookLoader.elementKeys = FileFormat.element.keySet`, ...),
///   which report unknown and missing keys with file, line and column;
/// - the JSON Schemas for editors (`JSONSchemaGenerator`), also in `schemas/`.
///
/// The declarations are in `FileFormat+Workbook.swift` and `FileFormat+Response.swift`, in
/// the order docs/formats.md describes the keys.
public enum FileFormat {
    /// The most ratings one question may have (a workshop has tables, not crowds).
    public static let maxRatings = 200

    /// One kind of mapping (a workbook's root, an element, an answer...).
    public struct Mapping: Sendable {
        /// The name the JSON Schema gives it under `definitions`.
        public var name: String
        /// What it is, for hover text on the mapping as a whole.
        public var description: String
        /// Its keys, in the order the docs list them.
        public var keys: [Key]
        /// Pairs of keys that may not both be given (an answer's `score` and `ratings`).
        public var exclusive: [(String, String)]

        /// Creates a mapping.
        public init(_ name: String, _ description: String, keys: [Key], exclusive: [(String, String)] = []) {
            self.name = name
            self.description = description
            self.keys = keys
            self.exclusive = exclusive
        }

        /// The key with this name.
        public func key(_ name: String) -> Key? { keys.first { $0.name == name } }
    }

    /// One key of a mapping.
    public struct Key: Sendable {
        /// The key as it is written.
        public var name: String
        /// Whether every mapping of its kind must have it.
        public var required: Bool
        /// What its value is.
        public var type: FieldType
        /// One sentence a facilitator understands.
        public var description: String
        /// Whether the key may be written with no value (`summary:`).
        public var acceptsBlank: Bool

        /// Creates a key.
        ///
        /// - Parameters:
        ///   - name: the key as it is written.
        ///   - required: whether every mapping of its kind must have it.
        ///   - type: what its value is.
        ///   - description: one sentence a facilitator understands.
        ///   - blank: whether it may be written with no value. By default, as the
        ///     loaders read it: an empty text, list, mapping of ids or participants counts as
        ///     absent, which is fine for an optional key; an empty number, id, choice or
        ///     settings mapping is an error.
        public init(
            _ name: String, required: Bool = false, _ type: FieldType, _ description: String, blank: Bool? = nil
        ) {
            self.name = name
            self.required = required
            self.type = type
            self.description = description
            self.acceptsBlank = blank ?? (!required && type.emptyMeansAbsent)
        }
    }

    /// What a value may be.
    public indirect enum FieldType: Sendable {
        /// Text: a string, or a number read as its text (`version: 2`, `period: 2026`).
        case text
        /// An id: lowercase letters, digits and '-', starting with a letter.
        case identifier
        /// A plain decimal, at least `minimum` when given.
        case number(minimum: Double?)
        /// A whole number, at least `minimum` when given.
        case integer(minimum: Int?)
        /// `true` or `false`.
        case boolean
        /// A day written `YYYY-MM-DD`.
        case date
        /// `"#rrggbb"`.
        case colour
        /// One of these words.
        case choice([String])
        /// `na` or `n/a`, in any case.
        case notApplicable
        /// Nothing at all (`question-id:` with no value).
        case blank
        /// A list of values.
        case list(FieldType, minItems: Int, maxItems: Int?)
        /// A mapping with known keys.
        case mapping(Mapping)
        /// A mapping whose keys are ids or numbers chosen by the writer.
        case dictionary(keys: DictionaryKey, values: FieldType)
        /// One of several forms, each with what it means.
        case anyOf([Alternative])

        /// A number with no lower bound.
        public static let number = FieldType.number(minimum: nil)
        /// A whole number with no lower bound.
        public static let integer = FieldType.integer(minimum: nil)

        /// A list with no bounds on its length.
        public static func list(_ item: FieldType) -> FieldType { .list(item, minItems: 0, maxItems: nil) }

        var emptyMeansAbsent: Bool {
            switch self {
            case .text, .date, .list, .dictionary, .anyOf: true
            default: false
            }
        }
    }

    /// What the keys of a `dictionary` are.
    public enum DictionaryKey: Sendable {
        /// Ids (of questions, elements).
        case identifier
        /// Plain decimals (scale values).
        case number
        /// Names chosen by the writer, any non-empty text (raters: `Table 1`, `Zoë`).
        case name
    }

    /// One form of a value that may take several.
    public struct Alternative: Sendable {
        /// The form.
        public var type: FieldType
        /// What it means.
        public var description: String

        /// Creates an alternative.
        public init(_ type: FieldType, _ description: String) {
            self.type = type
            self.description = description
        }
    }

    /// The longest id.
    public static let maxIdentifierLength = 64

    /// The mappings of a format, root first, then each nested mapping once, in the order
    /// they are first reached.
    public static func mappings(from root: Mapping) -> [Mapping] {
        var found: [Mapping] = []
        func visit(_ mapping: Mapping) {
            guard !found.contains(where: { $0.name == mapping.name }) else { return }
            found.append(mapping)
            for key in mapping.keys { visit(key.type) }
        }
        func visit(_ type: FieldType) {
            switch type {
            case .mapping(let mapping): visit(mapping)
            case .list(let item, _, _): visit(item)
            case .dictionary(_, let values): visit(values)
            case .anyOf(let alternatives): for alternative in alternatives { visit(alternative.type) }
            default: break
            }
        }
        visit(root)
        return found
    }
}

extension FileFormat.Mapping {
    /// The keys the loader accepts, required first, each group in declaration order.
    package var keySet: KeySet {
        KeySet(required: keys.filter(\.required).map(\.name), optional: keys.filter { !$0.required }.map(\.name))
    }
}
