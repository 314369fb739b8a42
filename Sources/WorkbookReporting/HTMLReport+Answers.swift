import WorkbookModel
import WorkbookRules
import WorkbookScoring
import WorkbookSupport

/// The HTML report's record of every answer (a table per element, with the evidence notes)
/// and how each figure was derived, in `<details>` that open on screen and print open.
extension HTMLReportPage {
    func answersSection() -> HTML {
        var html: HTML = "<section id=\"answers\" class=\"page\">\n<h2>Every answer, by element</h2>\n"
        html += "<p>Each question's score with the ratings behind it and the room's evidence. "
        html += "A question with several ratings takes their \(workbook.aggregate.rawValue); "
        html += "not applicable and unanswered questions take no part in any score.</p>\n"
        for element in assessment.elements { html += answers(element) }
        html += "</section>\n"
        return html
    }

    private func answers(_ element: ElementScore) -> HTML {
        let id = element.id
        let number = workbook.layout == .chain ? "Step \(element.index). " : "\(element.index). "
        var html: HTML = "<div class=\"element-answers\" id=\"element-\(id)\" data-element=\"\(id)\">\n"
        html += "<h3><span>\(number)\(element.element.title)</span>"
        html += "<span class=\"score\">\(Self.score(element.score))</span>\(bandChip(element.reading))</h3>\n"
        var meta: [String] = []
        if let group = element.element.group.flatMap(workbook.group) { meta.append(group.title) }
        if element.element.weight != 1 { meta.append("weight \(NumberFormatting.plain(element.element.weight))") }
        meta.append("\(element.answered) of \(element.applicable) applicable questions answered")
        html += "<p class=\"element-meta\">\(meta.joined(separator: " · "))</p>\n"
        html +=
            "<table class=\"answers\">\n<caption class=\"visually-hidden\">Every question's ratings, score and evidence</caption>\n<thead><tr><th>Question</th><th>Ratings</th><th class=\"num\">Score</th>"
        html += "<th>Evidence</th></tr></thead>\n<tbody>\n"
        let missing = Set(assessment.missing)
        for (number, question) in element.questions.enumerated() {
            html +=
                "<tr data-question=\"\(question.id)\"><td><span class=\"qid\">Q\(number + 1)</span>"
            html += Self.multiline(question.question.text)
            if question.question.weight != 1 {
                html +=
                    " <span class=\"muted small\">(weight \(NumberFormatting.plain(question.question.weight)))</span>"
            }
            html += "</td><td>"
            if question.notApplicable {
                html += "<span class=\"muted\">not applicable</span>"
            } else if missing.contains(question.id) || question.ratings.isEmpty {
                html += "<span class=\"muted\">not answered</span>"
            } else {
                html += .text(question.ratings.map { NumberFormatting.plain($0) }.joined(separator: ", "))
                if question.contested, let spread = question.spread {
                    html += " <span class=\"flag\">contested, spread \(NumberFormatting.plain(spread))</span>"
                }
            }
            html += "</td><td class=\"num\">\(Self.cell(question.score))</td>"
            html += "<td class=\"evidence\">\(question.evidence.map(Self.multiline) ?? "")</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        let numbers = Dictionary(
            uniqueKeysWithValues: element.questions.enumerated().map { ($1.id, "Q\($0 + 1)") })
        html += derivationDetails(
            element.derivation,
            summary: "How \(Self.score(element.score)) was worked out for \(element.element.title)",
            names: numbers)
        html += "</div>\n"
        return html
    }

    func derivationSection() -> HTML {
        var html: HTML = "<section id=\"derivation\" class=\"page\">\n<h2>How the figures were derived</h2>\n"
        html +=
            "<p>Every figure can be worked out by hand from the response. An element's score is the weighted mean of "
        html +=
            "its answered questions (shown under its table above); a group's score and the overall score are weighted means "
        html +=
            "of scored elements. Unscored elements and unanswered or not applicable questions are left out, never counted as 0.</p>\n"
        let titles = Dictionary(uniqueKeysWithValues: workbook.elements.map { ($0.id, $0.title) })
        html += derivationDetails(
            assessment.overallDerivation, summary: "Overall score: \(Self.score(assessment.overall?.score))",
            names: titles,
            open: true)
        html += chainDerivation()
        for group in assessment.groups {
            html += derivationDetails(
                group.derivation, summary: "Group \(group.group.title): \(Self.score(group.score))",
                names: titles,
                open: true)
        }
        html += readingDetails()
        html += "</section>\n"
        return html
    }

    private func chainDerivation() -> HTML {
        var html: HTML =
            "<details class=\"derivation\" open><summary>Chain strength: \(Self.score(assessment.chainStrength?.score))</summary>\n"
        if let id = assessment.chainElement, let element = assessment.element(id), let score = element.score {
            html += "<p>The lowest score of any scored element: <strong>\(element.element.title)</strong> "
            html +=
                "at <span class=\"formula\">\(Self.compact(score))</span> (shown as \(NumberFormatting.oneDecimal(score))).</p>\n"
        } else {
            html += "<p>Not scored: no element is scored.</p>\n"
        }
        let unscored = assessment.elements.filter { $0.score == nil }
        if !unscored.isEmpty {
            html +=
                "<p>Left out, not scored: \(unscored.map { $0.element.title }.joined(separator: ", ")).</p>\n"
        }
        return html + "</details>\n"
    }

    private func readingDetails() -> HTML {
        let scale = workbook.scale
        let low = NumberFormatting.plain(scale.minimum)
        let high = NumberFormatting.plain(scale.maximum)
        var html: HTML = "<details class=\"derivation\" open><summary>Percentages, bands and coverage</summary>\n"
        html += "<p>A percentage is (score − \(low)) / (\(high) − \(low)) × 100"
        if let overall = assessment.overall {
            html += ": the overall score gives <span class=\"formula\">(\(Self.compact(overall.score)) − \(low)) / "
            html += "(\(high) − \(low)) × 100 = \(NumberFormatting.fixed(overall.percent, places: 1))%</span>"
        }
        html +=
            ".</p>\n<p>Bands, lowest first (a score equal to a band's upper limit reads as the next band up):</p>\n<ul>\n"
        var lower: Double? = nil
        for band in workbook.bands {
            let range: String =
                switch (lower, band.below) {
                case (nil, let below?): "below \(NumberFormatting.oneDecimal(below))"
                case (let from?, let below?):
                    "\(NumberFormatting.oneDecimal(from)) up to \(NumberFormatting.oneDecimal(below))"
                case (let from?, nil): "\(NumberFormatting.oneDecimal(from)) and above"
                case (nil, nil): "every score"
                }
            html += "<li>\(bandChip(band: band)) \(range)</li>\n"
            lower = band.below
        }
        html += "</ul>\n"
        let (answered, applicable) = (assessment.answeredCount, assessment.applicableCount)
        let notApplicable = assessment.elements.flatMap({ $0.questions }).filter({ $0.notApplicable }).count
        html += "<p>Coverage: answered / (questions − not applicable) = <span class=\"formula\">\(answered) / "
        html += "(\(applicable + notApplicable) − \(notApplicable))"
        if let coverage = assessment.coverage { html += " = \(NumberFormatting.fixed(coverage * 100, places: 0))%" }
        html += "</span>.</p>\n</details>\n"
        return html
    }

    /// A `<details>` showing a weighted mean as arithmetic, its terms and what was left out.
    ///
    /// - Parameters:
    ///   - derivation: the terms that went into the mean and those left out.
    ///   - summary: the `<summary>` line, already HTML-escaped.
    ///   - names: what to call each term: element titles, or question numbers (Q1, Q2).
    ///   - open: whether the details start open.
    /// - Returns: the `<details>` element's HTML, ending with a newline.
    private func derivationDetails(
        _ derivation: Derivation, summary: String, names: [String: String], open: Bool = false
    ) -> HTML {
        var html: HTML = "<details class=\"derivation\"\(open ? " open" : "")><summary>\(summary)</summary>\n"
        if let formula = Self.formula(derivation) {
            html += "<p class=\"formula\">\(formula)</p>\n"
        } else {
            html += "<p>Not scored: nothing went into it.</p>\n"
        }
        if !derivation.terms.isEmpty {
            html +=
                "<table class=\"terms\">\n<caption class=\"visually-hidden\">What went into the figure</caption>\n<thead><tr><th>Counted</th><th class=\"num\">Value</th>"
            html += "<th class=\"num\">Weight</th></tr></thead>\n<tbody>\n"
            for term in derivation.terms {
                let name = (names[term.id] ?? term.id)
                html += "<tr><td>\(name)</td><td class=\"num\">\(Self.compact(term.value))</td>"
                html += "<td class=\"num\">\(NumberFormatting.plain(term.weight))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        if !derivation.excluded.isEmpty {
            let excluded = derivation.excluded.map { item in
                "\((names[item.id] ?? item.id)) (\(item.reason))"
            }
            html += "<p>Left out: \(excluded.joined(separator: "; ")).</p>\n"
        }
        return html + "</details>\n"
    }

    /// "(3×1 + 2×2) / (1 + 2) = 2.33", or "(3 + 2) / 2 = 2.5" when every weight is 1.
    static func formula(_ derivation: Derivation) -> String? {
        guard let mean = derivation.weightedMean, !derivation.terms.isEmpty else { return nil }
        let terms = derivation.terms
        let result = "= \(compact(mean))"
        if terms.count == 1 { return "\(compact(terms[0].value)) (the only value counted) \(result)" }
        if terms.allSatisfy({ $0.weight == 1 }) {
            return "(\(terms.map { compact($0.value) }.joined(separator: " + "))) / \(terms.count) \(result)"
        }
        let numerator = terms.map { "\(compact($0.value))×\(NumberFormatting.plain($0.weight))" }
            .joined(
                separator: " + ")
        let denominator = terms.map { NumberFormatting.plain($0.weight) }.joined(separator: " + ")
        return "(\(numerator)) / (\(denominator)) \(result)"
    }

    /// At most two decimals, without trailing zeros: 3 → "3", 2.5 → "2.5", 7/3 → "2.33".
    static func compact(_ value: Double) -> String {
        var text = NumberFormatting.fixed(value, places: 2)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
