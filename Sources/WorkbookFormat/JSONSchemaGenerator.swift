import WorkbookModel
import WorkbookSupport

/// JSON Schemas for the two file formats, generated from `FileFormat`.
///
/// Editors that speak the YAML language server protocol use them to flag an unknown key, a
/// missing required key or a value of the wrong type as it is typed, and to show each key's
/// description on hover. They check the shape of a file only: `workbook check` remains the
/// full check (references between ids, the scale, bands, rules).
///
/// The schemas declare draft-07, the newest draft the YAML language server (VS Code's YAML
/// extension, and every editor built on it) supports: given a 2020-12 schema, it puts "Draft
/// 2020-12 schemas are not yet fully supported" on the first line of every file. They use only
/// keywords that mean the same in 2020-12, so any newer validator reads them the same way.
/// The output is deterministic: keys in declaration order, no dates.
public enum JSONSchemaGenerator {
    /// The JSON Schema dialect the schemas declare.
    public static let dialect = "http://json-schema.org/draft-07/schema#"

    /// The workbook schema, as `schemas/workbook.schema.json` holds it.
    public static func workbook() -> String {
        document(for: FileFormat.workbook, title: "Workbook").serialized()
    }

    /// The response schema, as `schemas/response.schema.json` holds it.
    public static func response() -> String {
        document(for: FileFormat.response, title: "Workbook response").serialized()
    }

    /// The migration map schema (`workbook migrate --map`), as `schemas/migration.schema.json` holds it.
    public static func migration() -> String {
        document(for: FileFormat.migration, title: "Workbook migration map").serialized()
    }

    /// The regular expressions the schemas use, shared with the tests that compare them with the loaders.
    public enum Pattern {
        /// An id: lowercase letters, digits and '-', starting with a letter, not ending with '-'.
        public static let identifier = "^[a-z]([a-z0-9-]*[a-z0-9])?$"
        /// A plain decimal, as a mapping key (`levels:` in a question).
        public static let decimal = "^[-+]?[0-9]+(\\.[0-9]+)?$"
        /// `YYYY-MM-DD`, month 01-12 and day 01-31 (the loader also checks the calendar).
        public static let date = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
        /// `#rrggbb`.
        public static let colour = "^#[0-9a-fA-F]{6}$"
        /// `na` or `n/a`, in any case (ECMA-262 has no inline case-insensitivity).
        public static let notApplicable = "^([Nn][Aa]|[Nn]/[Aa])$"
    }

    static func document(for root: FileFormat.Mapping, title: String) -> JSONValue {
        let nested = FileFormat.mappings(from: root).dropFirst()
        var pairs: [(String, JSONValue)] = [
            ("$schema", .string(dialect)),
            ("title", .string(title)),
        ]
        pairs += mappingBody(root)
        pairs.append(("definitions", .object(nested.map { ($0.name, .object(mappingBody($0))) })))
        return .object(pairs)
    }

    /// A mapping's schema: every key described, no other key allowed.
    static func mappingBody(_ mapping: FileFormat.Mapping) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = [
            ("description", .string(mapping.description)),
            ("type", .string("object")),
            ("properties", .object(mapping.keys.map { ($0.name, property($0)) })),
        ]
        let required = mapping.keys.filter(\.required).map(\.name)
        if !required.isEmpty { pairs.append(("required", .array(required.map { .string($0) }))) }
        pairs.append(("additionalProperties", .bool(false)))
        for (first, second) in mapping.exclusive {
            pairs.append(("not", .object([("required", .array([.string(first), .string(second)]))])))
        }
        return pairs
    }

    static func property(_ key: FileFormat.Key) -> JSONValue {
        .object([("description", .string(key.description))] + schema(key.type, blank: key.acceptsBlank))
    }

    /// The schema of a value, as key-value pairs to put after a description.
    ///
    /// - Parameters:
    ///   - type: what the value may be.
    ///   - blank: whether an empty value (YAML null) is also accepted.
    /// - Returns: the JSON Schema keywords for the value, such as `type`, `pattern` or `$ref`.
    static func schema(_ type: FileFormat.FieldType, blank: Bool = false) -> [(String, JSONValue)] {
        func typed(_ names: [String], _ rest: [(String, JSONValue)] = []) -> [(String, JSONValue)] {
            let all = blank ? names + ["null"] : names
            return [("type", all.count == 1 ? .string(all[0]) : .array(all.map { .string($0) }))] + rest
        }
        switch type {
        case .text:
            return typed(["string", "number"])
        case .identifier:
            return typed(
                ["string"],
                [
                    ("pattern", .string(Pattern.identifier)), ("maxLength", .integer(FileFormat.maxIdentifierLength)),
                ])
        case .number(let minimum):
            return typed(["number"], minimum.map { [("minimum", .number($0))] } ?? [])
        case .integer(let minimum):
            return typed(["integer"], minimum.map { [("minimum", .integer($0))] } ?? [])
        case .boolean:
            return typed(["boolean"])
        case .date:
            return typed(["string"], [("pattern", .string(Pattern.date))])
        case .colour:
            return typed(["string"], [("pattern", .string(Pattern.colour))])
        case .choice(let words):
            return typed(["string"], [("enum", .array(words.map { .string($0) }))])
        case .notApplicable:
            return typed(["string"], [("pattern", .string(Pattern.notApplicable))])
        case .blank:
            return [("type", .string("null"))]
        case .list(let item, let minItems, let maxItems):
            var rest: [(String, JSONValue)] = [("items", .object(schema(item)))]
            if minItems > 0 { rest.append(("minItems", .integer(minItems))) }
            if let maxItems { rest.append(("maxItems", .integer(maxItems))) }
            return typed(["array"], rest)
        case .mapping(let mapping):
            let reference: (String, JSONValue) = ("$ref", .string("#/definitions/\(mapping.name)"))
            guard blank else { return [reference] }
            return [("anyOf", .array([.object([reference]), .object([("type", .string("null"))])]))]
        case .dictionary(let keys, let values):
            let names: JSONValue =
                switch keys {
                case .identifier: .object([("pattern", .string(Pattern.identifier))])
                case .number: .object([("pattern", .string(Pattern.decimal))])
                case .name: .object([("minLength", .integer(1))])
                }
            return typed(
                ["object"],
                [
                    ("propertyNames", names),
                    ("additionalProperties", .object(schema(values))),
                ])
        case .anyOf(let alternatives):
            var forms = alternatives.map {
                JSONValue.object([("description", .string($0.description))] + schema($0.type))
            }
            if blank, !alternatives.contains(where: { if case .blank = $0.type { true } else { false } }) {
                forms.append(.object([("type", .string("null"))]))
            }
            return [("anyOf", .array(forms))]
        }
    }
}
