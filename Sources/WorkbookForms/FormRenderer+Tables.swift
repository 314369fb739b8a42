import WorkbookSupport

/// Typing up several tables' paper sheets in one copy of the form: the tables are named once
/// (with their stakeholder groups), and each question then has a column per table. The file
/// it writes declares them under `raters:` and gives each question's ratings by table, as
/// `workbook merge` would from the tables' own files.
extension FormRenderer {
    /// The field where the tables are named, one per line: `Table 1: council`.
    static func tablesField() -> HTML {
        var html: HTML =
            "<div class=\"field field-wide\"><label for=\"field_tables\">Several tables' sheets in this copy "
        html += "<span class=\"optional\">(optional)</span></label>\n"
        html += "<p class=\"hint\" id=\"field_tables_hint\">Typing up paper sheets? Name each table on its own line, "
        html += "with its stakeholder group after a colon, for example <code>Table 1: council</code>. "
        html += "Each question then has a box per table.</p>\n"
        html += "<textarea id=\"field_tables\" name=\"tables\" rows=\"3\" maxlength=\"5000\" spellcheck=\"false\" "
        html += "aria-describedby=\"field_tables_hint field_tables_error\"></textarea>\n"
        html += "<p class=\"field-error\" id=\"field_tables_error\" hidden></p></div>\n"
        return html
    }

    /// A question's place for one box per table, filled in by the script when tables are named.
    static func tableRatings(_ base: String) -> HTML {
        "<fieldset class=\"table-ratings\" id=\"\(base)_tables\" hidden><legend>Each table's rating</legend>"
            + "<div class=\"table-boxes\"></div><p class=\"field-error\" id=\"\(base)_tables_error\" hidden></p></fieldset>\n"
    }
}
