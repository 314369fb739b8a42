import WorkbookModel

extension FormRenderer {
    /// The form's script, `Assets/form.js`: reads the embedded workbook data, writes the
    /// response YAML live, keeps what is typed in `localStorage`, and downloads, copies or clears.
    /// Its sections, in order: the YAML writing; the plan for the next round (scores elements as
    /// the ratings come in, as the engine does: a question's rating, or its ratings' median or
    /// mean; an element's weighted mean; marks the weakest links and writes `targets:` and
    /// `actions:`); several tables typed up in one copy (function declarations, so the rest
    /// may call them anywhere); then progress, saving, and the download, copy and clear buttons.
    ///
    /// The YAML quoting mirrors `YAMLQuoting` (the same reserved words, indicators, `: `,
    /// ` #`, tabs, control characters and number-like text force double quotes, with the same
    /// escapes). It quotes a few more texts than `YAMLQuoting` does, never fewer: C1 control
    /// characters, U+2028/U+2029, U+FFFE/U+FFFF and the byte order mark are escaped as
    /// `\xHH` or `\uHHHH`, because libyaml refuses them written raw.
    ///
    /// Workbook text reaches the page only through `textContent`, never `innerHTML`.
    static let script = EmbeddedAssets.formJS
}
