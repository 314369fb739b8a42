public import WorkbookDiagnostics

extension DiagnosticCode {
    /// The file is not valid YAML (libyaml's scanner or parser stopped).
    public static let yamlSyntax: DiagnosticCode = "yaml.syntax"
    /// A tab was used where YAML needs spaces.
    public static let yamlTab: DiagnosticCode = "yaml.tab"
    /// A note that later problems were found with a broken line skipped (`SyntaxRecovery`).
    public static let yamlRecovered: DiagnosticCode = "yaml.recovered"
    /// The file holds no document.
    public static let yamlEmpty: DiagnosticCode = "yaml.empty"
    /// The file holds more than one document.
    public static let yamlMultipleDocuments: DiagnosticCode = "yaml.multiple-documents"
    /// The file is not UTF-8 text.
    public static let yamlEncoding: DiagnosticCode = "yaml.encoding"
    /// The file contains NUL or other control bytes: it is not a text file.
    public static let yamlBinary: DiagnosticCode = "yaml.binary"
    /// A key is written twice in one mapping.
    public static let yamlDuplicateKey: DiagnosticCode = "yaml.duplicate-key"
    /// An anchor or alias was used where they are not allowed.
    public static let yamlAlias: DiagnosticCode = "yaml.alias"
    /// An alias names an anchor that was never defined.
    public static let yamlUnknownAlias: DiagnosticCode = "yaml.unknown-alias"
    /// An explicit YAML tag (`!!str`, `!x`): workbook and response files do not use them.
    public static let yamlTag: DiagnosticCode = "yaml.tag"
    /// A double-quoted escape writes a control character (`\0`, `\e`, `\x9b`) into a value.
    public static let yamlControlCharacter: DiagnosticCode = "yaml.control-character"
    /// A size limit was reached (file size, depth, node count, scalar length).
    public static let yamlLimit: DiagnosticCode = "yaml.limit"
}
