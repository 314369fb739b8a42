import WorkbookSupport
public import WorkbookModel

/// The printable workshop pack: `workbook form --print`.
///
/// An A4 handout: a cover page (title, blanks for the area and period, how to use the pack,
/// the rating scale), then the elements one after another (a question never split across
/// pages, an element's heading never left at a page foot), each question with its text, guidance,
/// what each level looks like, a grid of tick boxes (one row per table, one column per
/// scale level, plus N/A where allowed) and space for evidence notes. The room rates on
/// paper; the facilitator types each row of ticks into the form afterwards.
///
/// Every piece of workbook text is HTML-escaped. No script; the same workbook gives the same bytes.
public enum WorkshopPackRenderer {
    /// The number of table rows in each question's grid, unless another is asked for.
    public static let defaultTables = 6

    /// The pack for a workbook.
    ///
    /// - Parameters:
    ///   - workbook: the workbook to print.
    ///   - tables: how many rows of tick boxes each question gets (1 to 20; default 6).
    /// - Returns: the whole HTML page: the cover, then each element in turn.
    public static func render(_ workbook: Workbook, tables: Int = defaultTables) -> String {
        let tables = min(max(tables, 1), 20)
        var html = FormHTML.documentStart(
            title: "\(workbook.title): workshop pack", style: style, bodyClass: "pack")
        html += cover(workbook, tables: tables)
        for (index, element) in workbook.elements.enumerated() {
            html += page(element, index: index, in: workbook, tables: tables)
        }
        html += "</body>\n</html>\n"
        return html.markup
    }

    private static func cover(_ workbook: Workbook, tables: Int) -> HTML {
        var html: HTML = "<section class=\"sheet cover\" aria-labelledby=\"cover-title\">\n"
        html += "<p class=\"eyebrow\">Workshop pack · version \(workbook.version)</p>\n"
        html += "<h1 id=\"cover-title\">\(workbook.title)</h1>\n"
        html += "<div class=\"blanks\">\n"
        for label in ["Area", "Period", "Date", "Facilitator", "Table"] {
            html += "<p class=\"blank\"><span>\(label)</span><span class=\"line\"></span></p>\n"
        }
        html += "</div>\n<h2>How to use this pack</h2>\n<ol class=\"steps\">\n"
        html += "<li>Print one pack for the facilitator, who ticks each table&rsquo;s rating as it is called out, "
        html += "or one pack per table. The elements follow one another; a question is never split across pages.</li>\n"
        html += "<li>Read each question aloud with its guidance, and what each level looks like for it "
        html += "(the column headings).</li>\n"
        let na = workbook.scale.allowsNotApplicable ? ", or N/A if the question does not apply here" : ""
        html += "<li>Each table agrees one rating, ticked as one box in that table&rsquo;s row (1 to \(tables))\(na). "
        html += "A table with no view leaves its row empty.</li>\n"
        html +=
            "<li>Write down the evidence the room mentions, and where tables disagree, in the space under the question.</li>\n"
        html += "<li>Afterwards, the facilitator types each question's ticks into the workshop form "
        html += "(<code>workbook form \(workbook.id)</code>), one rating per table in table order, "
        html += "in the box &ldquo;Ratings from each table&rdquo; (for example "
        html += "\(FormRenderer.ratingsExample(workbook.scale))), and the notes into &ldquo;Evidence note&rdquo;. "
        html += "The form writes the response file to check and report on.</li>\n</ol>\n"
        html += "<h2>The rating scale</h2>\n<table class=\"scale\">\n<thead><tr><th scope=\"col\">Rating</th>"
        html += "<th scope=\"col\">Level</th><th scope=\"col\">What it looks like</th></tr></thead>\n<tbody>\n"
        for level in workbook.scale.levels {
            html += "<tr><td class=\"value\">\(FormHTML.valueText(level.value))</td>"
            html += "<td>\(level.label)</td><td>\(FormHTML.inline(level.description))</td></tr>\n"
        }
        if workbook.scale.allowsNotApplicable {
            html += "<tr><td class=\"value\">N/A</td><td>Not applicable</td>"
            html += "<td>The question does not apply here. It takes no part in any score.</td></tr>\n"
        }
        html += "</tbody>\n</table>\n</section>\n"
        return html
    }

    private static func page(_ element: FrameworkElement, index: Int, in workbook: Workbook, tables: Int) -> HTML {
        let id = "element_\(element.id)"
        var html: HTML = "<section class=\"sheet element\" id=\"\(id)\" aria-labelledby=\"\(id)_title\">\n"
        html += "<p class=\"running\">\(workbook.title) · element \(index + 1) of \(workbook.elements.count)</p>\n"
        if let group = FormHTML.groupTitle(of: element, in: workbook) {
            html += "<p class=\"eyebrow\">\(group)</p>\n"
        }
        html +=
            "<h2 id=\"\(id)_title\"><span class=\"number\">\(FormHTML.elementNumber(index, layout: workbook.layout))</span> "
        html += "\(element.title)</h2>\n"
        if let description = element.description {
            html += FormHTML.paragraphs(description, className: "description")
        }
        for (number, question) in element.questions.enumerated() {
            html += block(question, number: "\(index + 1).\(number + 1)", in: workbook, tables: tables)
        }
        html += "</section>\n"
        return html
    }

    private static func block(_ question: Question, number: String, in workbook: Workbook, tables: Int) -> HTML {
        var html: HTML = "<div class=\"question\">\n"
        html += "<h3><span class=\"number\">\(number)</span> \(FormHTML.inline(question.text)) "
        html += "<span class=\"qid\">\(question.id)</span></h3>\n"
        if let guidance = question.guidance {
            html += "<div class=\"guidance\"><strong>Guidance.</strong> \(FormHTML.inline(guidance))</div>\n"
        }
        html +=
            "<table class=\"grid\">\n<caption class=\"visually-hidden\">Ratings for question \(number), one row per table</caption>\n"
        html += "<thead><tr><th scope=\"col\" class=\"table-head\">Table</th>"
        for level in workbook.scale.levels {
            html += "<th scope=\"col\"><span class=\"value\">\(FormHTML.valueText(level.value))</span> "
            html += "<span class=\"label\">\(level.label)</span>"
            let wording = FormHTML.wording(question, for: level.value)
            html +=
                "<span class=\"\(wording == nil ? "desc" : "wording")\">\(FormHTML.inline(wording ?? level.description))</span></th>"
        }
        if workbook.scale.allowsNotApplicable {
            html +=
                "<th scope=\"col\" class=\"na\"><span class=\"value\">N/A</span><span class=\"desc\">Not applicable</span></th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        let columns = workbook.scale.levels.count + (workbook.scale.allowsNotApplicable ? 1 : 0)
        let cells = Array(repeating: "<td><span class=\"box\"></span></td>" as HTML, count: columns).joined()
        for table in 1...tables {
            html += "<tr><th scope=\"row\">\(table)</th>\(cells)</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        html += "<div class=\"notes\"><p>Evidence notes</p></div>\n</div>\n"
        return html
    }
}
