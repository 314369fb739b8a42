import WorkbookFormat
public import WorkbookModel
import WorkbookSupport

/// The offline HTML form a facilitator fills in during a workshop: `workbook form`.
///
/// One self-contained page (inline CSS and JavaScript, nothing fetched) with a control per
/// question, named by the question's id, whose script writes the response file live as the
/// form is filled, saves what is typed in the browser, and downloads or copies the file.
///
/// Every piece of workbook text is HTML-escaped; the data the script needs is embedded as
/// JSON with `<`, `>` and `&` escaped, so no workbook can close the block it sits in. The
/// output depends on the workbook alone (no dates, no randomness): same input, same bytes.
public enum FormRenderer {
    /// The form page for a workbook.
    ///
    /// - Parameters:
    ///   - workbook: the workbook whose questions the form asks.
    ///   - last: last round's response for the same area (`form --from`): its targets
    ///     and open actions start the plan, and its evidence notes show beside the questions.
    ///   - gzippedKernel: the wasm kernel, gzip-compressed (`workbook form --kernel`; `Gzip` in
    ///     WorkbookOffice): the form then carries it, with the workbook in the model's JSON, and
    ///     shows a live report as ratings come in. The page unpacks it with the browser's own
    ///     `DecompressionStream`. Without it the form is the same bytes as before the kernel existed.
    /// - Returns: the whole HTML page, with its styles, data and script inline.
    public static func render(_ workbook: Workbook, from last: Response? = nil, gzippedKernel: [UInt8]? = nil)
        -> String
    {
        var html = FormHTML.documentStart(
            title: "\(workbook.title): workshop form", style: gzippedKernel == nil ? style : style + kernelStyle,
            bodyClass: "form-page", allowsWasm: gzippedKernel != nil)
        html += header(workbook)
        html += "<div class=\"layout\">\n"
        html += navigation(workbook, live: gzippedKernel != nil)
        html += "<main id=\"main\">\n"
        html += details()
        html += scaleKey(workbook)
        for (index, element) in workbook.elements.enumerated() {
            html += section(element, index: index, in: workbook)
        }
        html += planSection(workbook)
        if gzippedKernel != nil { html += livePanel() }
        html += output(workbook)
        html += "</main>\n</div>\n"
        html += "<script type=\"application/json\" id=\"workbook-data\">\n"
        // JSON escaped for a <script> block by the serializer, and the form's own script.
        html += HTML.raw(data(workbook).serialized(escapingHTML: true))
        html += "</script>\n<script type=\"application/json\" id=\"plan-data\">\n"
        html += HTML.raw(planData(workbook, from: last).serialized(escapingHTML: true))
        html += "</script>\n<script>\n\(HTML.raw(script))</script>\n"
        if let gzippedKernel { html += kernelBlocks(workbook, kernel: gzippedKernel) }
        html += "</body>\n</html>\n"
        return html.markup
    }

    /// The data the script needs, in workbook order.
    static func data(_ workbook: Workbook) -> JSONValue {
        .object([
            ("workbook", .string(workbook.id)),
            ("version", .string(workbook.version)),
            ("title", .string(workbook.title)),
            ("storageKey", .string("workbook-form:\(workbook.id):\(workbook.version)")),
            ("aggregate", .string(workbook.aggregate.rawValue)),
            ("notApplicable", .bool(workbook.scale.allowsNotApplicable)),
            ("maxRatings", .integer(FileFormat.maxRatings)),
            (
                "scale",
                .array(
                    workbook.scale.levels.map { level in
                        .object([("value", .string(FormHTML.valueText(level.value))), ("label", .string(level.label))])
                    })
            ),
            (
                "elements",
                .array(
                    workbook.elements.map { element in
                        .object([
                            ("id", .string(element.id)),
                            ("title", .string(element.title)),
                            ("questions", .array(element.questions.map { .string($0.id) })),
                        ])
                    })
            ),
        ])
    }

    private static func header(_ workbook: Workbook) -> HTML {
        var html: HTML = "<a class=\"skip-link\" href=\"#main\">Skip to the form</a>\n"
        html += "<header class=\"page-header\">\n<div class=\"page-header-inner\">\n"
        html += "<p class=\"eyebrow\">Workshop form · version \(workbook.version)</p>\n"
        html += "<h1>\(workbook.title)</h1>\n"
        if let summary = workbook.summary {
            html += "<details class=\"summary\"><summary>About this framework</summary>\n"
            html += FormHTML.paragraphs(summary) + "</details>\n"
        }
        html += "<p class=\"intro\">Rate each question as the room agrees, or type each table's ratings. "
        html += "The response file at the end is written as you go and kept in this browser if the page "
        html += "is reloaded. Download it when you finish and check it with <code>workbook check</code>.</p>\n"
        html += "</div>\n</header>\n"
        return html
    }

    /// The sidebar: progress, the elements, the later sections; with the kernel (`live`) also the
    /// live overall score and a link to the live report.
    private static func navigation(_ workbook: Workbook, live: Bool) -> HTML {
        let total = workbook.questions.count
        var html: HTML = "<nav class=\"sidebar\" aria-label=\"Progress and sections\">\n<div class=\"sidebar-inner\">\n"
        html += "<p class=\"progress-text\" id=\"progress-text\">0 of \(total) questions answered</p>\n"
        html += "<progress id=\"progress\" max=\"\(total)\" value=\"0\" aria-labelledby=\"progress-text\"></progress>\n"
        html += "<ol class=\"element-list\">\n"
        for (index, element) in workbook.elements.enumerated() {
            html += "<li><a href=\"#element_\(element.id)\">"
            html += "<span class=\"nav-title\">\(element.title)</span> "
            html += "<span class=\"nav-count\" id=\"nav_count_\(index)\">0/\(element.questions.count)</span></a></li>\n"
        }
        html += "</ol>\n"
        if live { html += "<p class=\"live-nav\" id=\"live-nav\"></p>\n" }
        let liveLink: HTML = live ? "<a href=\"#live-report\">Live report</a><br>" : ""
        html +=
            "<p class=\"nav-actions\">\(liveLink)<a href=\"#plan\">Targets and actions</a><br><a href=\"#output\">Response file</a></p>\n"
        html += "</div>\n</nav>\n"
        return html
    }

    private static func details() -> HTML {
        var html: HTML = "<section class=\"card details\" aria-labelledby=\"details-title\">\n"
        html += "<h2 id=\"details-title\">About this workshop</h2>\n<div class=\"details-grid\">\n"
        html += textField("area", label: "Area", hint: "Who is assessed: a place or a partnership.", required: true)
        html += textField("period", label: "Period", hint: "The assessment round, for example 2025/26.", required: true)
        html +=
            "<div class=\"field\"><label for=\"field_date\">Date <span class=\"optional\">(optional)</span></label>\n"
        html += "<input type=\"date\" id=\"field_date\" name=\"date\" aria-describedby=\"field_date_error\">\n"
        html += "<p class=\"field-error\" id=\"field_date_error\" hidden></p></div>\n"
        html += textField("facilitator", label: "Facilitator", hint: nil, required: false)
        html += textField(
            "rater", label: "Who is rating",
            hint: "This table or person, for example Table 2 or Zoë. Merging the tables' files needs it.",
            required: false)
        html += textField(
            "rater_group", label: "Their stakeholder group", hint: "For example council, nhs or community.",
            required: false)
        html +=
            "<div class=\"field\"><label for=\"field_participants\">Number of participants <span class=\"optional\">(optional)</span></label>\n"
        html +=
            "<input type=\"number\" id=\"field_participants\" name=\"participants\" min=\"0\" max=\"99999\" step=\"1\" inputmode=\"numeric\" aria-describedby=\"field_participants_error\">\n"
        html += "<p class=\"field-error\" id=\"field_participants_error\" hidden></p></div>\n"
        html +=
            "<div class=\"field field-wide\"><label for=\"field_notes\">Notes <span class=\"optional\">(optional)</span></label>\n"
        html += "<textarea id=\"field_notes\" name=\"notes\" rows=\"2\" maxlength=\"10000\"></textarea></div>\n"
        html += tablesField()
        html += "</div>\n</section>\n"
        return html
    }

    private static func textField(_ name: String, label: String, hint: String?, required: Bool) -> HTML {
        let id = "field_\(name)"
        let marker: HTML =
            required ? " <span class=\"required\">(required)</span>" : " <span class=\"optional\">(optional)</span>"
        var described = ["\(id)_error"]
        var html: HTML = "<div class=\"field\"><label for=\"\(id)\">\(label)\(marker)</label>\n"
        if let hint {
            html += "<p class=\"hint\" id=\"\(id)_hint\">\(hint)</p>\n"
            described.insert("\(id)_hint", at: 0)
        }
        html += "<input type=\"text\" id=\"\(id)\" name=\"\(name)\" maxlength=\"200\" autocomplete=\"off\""
        html +=
            " aria-describedby=\"\(described.joined(separator: " "))\"\((required ? " aria-required=\"true\"" : "") as HTML)>\n"
        html += "<p class=\"field-error\" id=\"\(id)_error\" hidden></p></div>\n"
        return html
    }

    private static func scaleKey(_ workbook: Workbook) -> HTML {
        var html: HTML = "<section class=\"card scale-key\" aria-labelledby=\"scale-title\">\n"
        html += "<h2 id=\"scale-title\">The rating scale</h2>\n<dl class=\"scale-list\">\n"
        for level in workbook.scale.levels {
            html += "<div><dt><span class=\"level-value\">\(FormHTML.valueText(level.value))</span> "
            html += "\(level.label)</dt><dd>\(FormHTML.inline(level.description))</dd></div>\n"
        }
        if workbook.scale.allowsNotApplicable {
            html += "<div><dt><span class=\"level-value\">N/A</span> Not applicable</dt>"
            html += "<dd>The question does not apply here. It takes no part in any score.</dd></div>\n"
        }
        html += "</dl>\n</section>\n"
        return html
    }

    private static func section(_ element: FrameworkElement, index: Int, in workbook: Workbook) -> HTML {
        let id = element.id
        var html: HTML = "<section class=\"element\" id=\"element_\(id)\" aria-labelledby=\"element_\(id)_title\">\n"
        html += "<header class=\"element-header\">\n"
        if let group = FormHTML.groupTitle(of: element, in: workbook) {
            html += "<p class=\"eyebrow\">\(group)</p>\n"
        }
        html += "<h2 id=\"element_\(id)_title\"><span class=\"element-number\">"
        html += "\(FormHTML.elementNumber(index, layout: workbook.layout))</span> \(element.title)</h2>\n"
        html +=
            "<p class=\"element-count\" id=\"element_count_\(index)\">0 of \(element.questions.count) answered</p>\n"
        html += "</header>\n"
        if let description = element.description {
            html += FormHTML.paragraphs(description, className: "element-description")
        }
        for (number, question) in element.questions.enumerated() {
            html += questionFieldset(question, number: "\(index + 1).\(number + 1)", in: workbook)
        }
        html += "</section>\n"
        return html
    }

    private static func output(_ workbook: Workbook) -> HTML {
        var html: HTML = "<section class=\"card output\" id=\"output\" aria-labelledby=\"output-title\">\n"
        html += "<h2 id=\"output-title\">Response file</h2>\n"
        html += "<p>This is the file <code>workbook check</code> and <code>workbook report</code> read. "
        html +=
            "It is written as you fill in the form. Download it, or copy it into a file ending <code>.yaml</code>.</p>\n"
        html += "<div class=\"actions\">\n"
        html +=
            "<button type=\"button\" id=\"download\" class=\"primary\">Download <span id=\"download-name\">\(workbook.id)-response.yaml</span></button>\n"
        html += "<button type=\"button\" id=\"copy\">Copy to clipboard</button>\n"
        html += "<button type=\"button\" id=\"clear\" class=\"danger\">Clear the form…</button>\n"
        html += "</div>\n"
        html += "<p class=\"status\" id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n"
        html += "<noscript><p class=\"field-error\">This form needs JavaScript to write the response file. "
        html += "Use <code>workbook new</code> to write one to fill in by hand instead.</p></noscript>\n"
        html +=
            "<pre id=\"response-yaml\" class=\"response-yaml\" tabindex=\"0\" role=\"region\" aria-label=\"Response file (YAML)\"></pre>\n"
        html += "<p class=\"privacy\">What you type stays in this browser on this computer (its local storage) "
        html += "until you clear the form. Nothing is sent anywhere.</p>\n"
        html += "</section>\n"
        return html
    }

    private static func questionFieldset(_ question: Question, number: String, in workbook: Workbook) -> HTML {
        let name = question.id
        let base = "q_\(name)"
        var html: HTML = "<fieldset class=\"question\" id=\"\(base)\" data-question=\"\(name)\">\n"
        html += "<legend><span class=\"question-number\">\(number)</span> \(FormHTML.inline(question.text))</legend>\n"
        html += "<p class=\"question-id\">Question id <code>\(name)</code></p>\n"
        if let guidance = question.guidance {
            html +=
                "<div class=\"guidance\"><p class=\"guidance-title\">Guidance</p>\n\(FormHTML.paragraphs(guidance))</div>\n"
        }
        html += "<div class=\"options\">\n"
        for (index, level) in workbook.scale.levels.enumerated() {
            let value = FormHTML.valueText(level.value)
            let id = "\(base)_\(index)"
            html +=
                "<label class=\"option\" for=\"\(id)\"><input type=\"radio\" id=\"\(id)\" name=\"\(name)\" value=\"\(value)\">"
            html += "<span class=\"option-head\"><span class=\"level-value\">\(value)</span> "
            html += "<span class=\"level-label\">\(level.label)</span></span>"
            if let wording = FormHTML.wording(question, for: level.value) {
                html += "<span class=\"level-wording\">\(FormHTML.inline(wording))</span>"
            }
            html += "<span class=\"level-description\">\(FormHTML.inline(level.description))</span></label>\n"
        }
        if workbook.scale.allowsNotApplicable {
            html +=
                "<label class=\"option option-na\" for=\"\(base)_na\"><input type=\"radio\" id=\"\(base)_na\" name=\"\(name)\" value=\"na\">"
            html += "<span class=\"option-head\"><span class=\"level-value\">N/A</span> "
            html += "<span class=\"level-label\">Not applicable</span></span>"
            html +=
                "<span class=\"level-description\">Does not apply here; takes no part in any score.</span></label>\n"
        }
        html += "</div>\n<div class=\"question-extra\">\n"
        html +=
            "<div class=\"field field-ratings\"><label for=\"\(base)_ratings\">Ratings from each table <span class=\"optional\">(optional)</span></label>\n"
        html +=
            "<input type=\"text\" id=\"\(base)_ratings\" name=\"\(name)--ratings\" class=\"ratings\" inputmode=\"decimal\" "
        html +=
            "autocomplete=\"off\" spellcheck=\"false\" maxlength=\"2000\" aria-describedby=\"\(base)_ratings_hint \(base)_ratings_error\">\n"
        html += "<p class=\"hint\" id=\"\(base)_ratings_hint\">One per table, separated by spaces, for example "
        html += "\(ratingsExample(workbook.scale)). The score is then their \(workbook.aggregate.rawValue).</p>\n"
        html += "<p class=\"field-error\" id=\"\(base)_ratings_error\" hidden></p></div>\n"
        html += tableRatings(base)
        html +=
            "<div class=\"field field-evidence\"><label for=\"\(base)_evidence\">Evidence note <span class=\"optional\">(optional)</span></label>\n"
        html +=
            "<textarea id=\"\(base)_evidence\" name=\"\(name)--evidence\" class=\"evidence\" rows=\"2\" maxlength=\"10000\"></textarea></div>\n"
        html += "</div>\n<div class=\"question-footer\">"
        html += "<p class=\"question-status\" id=\"\(base)_status\">Not answered yet</p>"
        html +=
            "<button type=\"button\" class=\"link-button clear-rating\" aria-describedby=\"\(base)_status\">Clear rating <span class=\"visually-hidden\">for question \(number)</span></button>"
        html += "</div>\n</fieldset>\n"
        return html
    }

    /// Four ratings from the scale, like "1 2 4 2" on a 0 to 4 scale.
    static func ratingsExample(_ scale: Scale) -> String {
        let values = scale.levels.map { FormHTML.valueText($0.value) }
        guard let last = values.last else { return "" }
        let low = values[min(1, values.count - 1)]
        let middle = values[min(2, values.count - 1)]
        return [low, middle, last, middle].joined(separator: " ")
    }
}
