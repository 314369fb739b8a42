import WorkbookRules
import WorkbookModel
import WorkbookScoring
import WorkbookSupport

/// The HTML report's sections after the framework figure: the bar chart and groups, what the
/// scores say (weakest links, findings, where to act, contested and missing answers) and
/// targets. Every user text is escaped (`HTML`).
extension HTMLReportPage {
    func scoresSection() -> HTML {
        var html: HTML = "<section id=\"scores\" class=\"page\">\n<h2>Scores by element</h2>\n"
        html += barChart()
        if !workbook.groups.isEmpty { html += groupsTable() }
        html += "</section>\n"
        return html
    }

    private func barChart() -> HTML {
        let threshold = workbook.scale.percent(workbook.weakestLinks.below)
        let thresholdText = NumberFormatting.oneDecimal(workbook.weakestLinks.below)
        let hasPrevious = assessment.previous != nil
        var html: HTML =
            "<figure class=\"bar-chart\">\n<table class=\"bars\">\n<caption class=\"visually-hidden\">Each element's score, band and questions answered</caption>\n<thead><tr><th>Element</th>"
        html += "<th class=\"bar-cell\">Score (0 to \(maximumText))</th><th class=\"num\">Score</th><th>Band</th>"
        html += "<th class=\"num\">Answered</th>"
        if let previous = assessment.previous { html += "<th class=\"num\">Since \(previous.period)</th>" }
        html += "</tr></thead>\n<tbody>\n"
        func row(_ element: ElementScore) -> HTML {
            var row: HTML =
                "<tr data-element=\"\(element.id)\"><td>\(numberedTitle(element))</td><td class=\"bar-cell\">"
            let marker: HTML = "<span class=\"threshold\" style=\"left:\(SVG.number(threshold))%\"></span>"
            if let reading = element.reading {
                let swatch = palette.swatch(reading)
                let width = SVG.number(max(0, min(100, reading.percent)))
                row +=
                    "<div class=\"track\"><span class=\"fill\" style=\"width:\(width)%;background:\(swatch.fill)\"></span>\(marker)</div>"
                // The bar read aloud: how far along the scale it reaches.
                row +=
                    "<span class=\"visually-hidden\">\(NumberFormatting.fixed(reading.percent, places: 0))% of the scale</span>"
            } else {
                row += "<div class=\"track unscored\">\(marker)</div>"
                row += "<span class=\"visually-hidden\">not scored</span>"
            }
            row += "</td><td class=\"num\">\(Self.cell(element.score))</td>"
            row +=
                "<td>\(bandChip(element.reading))</td><td class=\"num\">\(element.answered)/\(element.applicable)</td>"
            if let previous = assessment.previous {
                let change: String
                if let now = element.score, let before = previous.score(element.id) {
                    change = NumberFormatting.change(from: before, to: now)
                } else {
                    change = "–"
                }
                row += "<td class=\"num\">\(change)</td>"
            }
            return row + "</tr>\n"
        }
        let columns = hasPrevious ? 6 : 5
        var drawn = Set<String>()
        for group in assessment.groups {
            let score = group.reading.map { " · \(NumberFormatting.oneDecimal($0.score)) " } ?? " · "
            html +=
                "<tr class=\"group-row\"><th colspan=\"\(columns)\">\(group.group.title)\(score)\(bandChip(group.reading))</th></tr>\n"
            for element in assessment.elements where element.element.group == group.id {
                html += row(element)
                drawn.insert(element.id)
            }
        }
        for element in assessment.elements where !drawn.contains(element.id) { html += row(element) }
        html += "</tbody>\n</table>\n"
        html +=
            "<figcaption>Each bar is an element's score out of \(maximumText), in its band's colour, with the band named beside it. "
        html +=
            "The dashed line marks \(thresholdText): an element below it is a weak link. Hatched bars are not scored (no question answered), "
        html += "which is not the same as a score of 0.</figcaption>\n</figure>\n"
        return html
    }

    private func groupsTable() -> HTML {
        var html: HTML =
            "<h3>Groups</h3>\n<table class=\"groups\">\n<caption class=\"visually-hidden\">Each group's score, band and coverage</caption>\n<thead><tr><th>Group</th><th>Drawn</th><th class=\"num\">Score</th>"
        html +=
            "<th class=\"num\">Percent</th><th>Band</th><th class=\"num\">Elements</th><th class=\"num\">Coverage</th></tr></thead>\n<tbody>\n"
        for group in assessment.groups {
            let elements = workbook.elements(in: group.id).count
            let percent = group.reading.map { NumberFormatting.fixed($0.percent, places: 0) + "%" } ?? "–"
            let coverage = group.coverage.map { NumberFormatting.fixed($0 * 100, places: 0) + "%" } ?? "–"
            html += "<tr data-group=\"\(group.id)\"><td>\(group.group.title)</td>"
            html += "<td>\(group.group.position?.rawValue ?? "–")</td><td class=\"num\">\(Self.cell(group.score))</td>"
            html +=
                "<td class=\"num\">\(percent)</td><td>\(bandChip(group.reading))</td><td class=\"num\">\(elements)</td>"
            html += "<td class=\"num\">\(coverage)</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        return html
    }

    func findingsSection() -> HTML {
        var html: HTML = "<section id=\"findings\" class=\"page\">\n<h2>What the scores say</h2>\n"
        html += weakestLinks()
        html += ActionPlan(assessment).html(workbook)
        html += findings()
        html += leverage()
        html += contested()
        html += missing()
        html += "</section>\n"
        return html
    }

    private func weakestLinks() -> HTML {
        let below = NumberFormatting.oneDecimal(workbook.weakestLinks.below)
        var html: HTML = "<h3 id=\"weakest-links\">Weakest links</h3>\n"
        if assessment.weakestLinks.isEmpty {
            html += "<p>\(ReportWording.noWeakLinks(assessment))</p>\n"
        } else {
            html +=
                "<p>Scored elements below \(below), weakest first. A system is only as strong as its weakest link.</p>\n<ol class=\"links\">\n"
            for id in assessment.weakestLinks {
                guard let element = assessment.element(id), let reading = element.reading else { continue }
                html += "<li data-element=\"\(id)\"><strong>\(numberedTitle(element))</strong>: "
                html += "\(NumberFormatting.oneDecimal(reading.score)) \(bandChip(reading))</li>\n"
            }
            html += "</ol>\n"
            if let more = ReportWording.moreWeakLinks(assessment) {
                html += "<p class=\"more-links\">\(more)</p>\n"
            }
        }
        if let id = assessment.breakPoint, let element = assessment.element(id) {
            html +=
                "<p class=\"callout\"><strong>Break point: step \(element.index), \(element.element.title)</strong> "
            html +=
                "(\(Self.score(element.score))). It is the first step below \(below), and every later step depends on it.</p>\n"
        }
        return html
    }

    private func findings() -> HTML {
        var html: HTML = "<h3 id=\"findings-list\">Findings</h3>\n"
        let ordered = report.findings(atLeast: .info)
        if ordered.isEmpty { html += "<p>No rule of the workbook found anything to raise.</p>\n" }
        for severity in Rule.Severity.allCases.reversed() {
            for finding in ordered where finding.severity == severity {
                let name = severity.rawValue
                html += "<article class=\"finding finding-\(name)\" data-rule=\"\(finding.rule)\">\n"
                let label = ReportWording.severity(severity)
                html +=
                    "<p><span class=\"severity severity-\(name)\">\(label)</span>\(Self.multiline(finding.message))</p>\n"
                if let recommendation = finding.recommendation {
                    html +=
                        "<p class=\"what-to-do\"><strong>What to do:</strong> \(Self.multiline(recommendation))</p>\n"
                }
                html += "</article>\n"
            }
        }
        let notMade = ReportWording.checksNotMade(report)
        if !notMade.isEmpty {
            html += "<p class=\"small\">Not checked:</p>\n<ul class=\"small\">\n"
            for sentence in notMade { html += "<li>\(sentence)</li>\n" }
            html += "</ul>\n"
        }
        return html
    }

    private func leverage() -> HTML {
        let useful = ReportWording.usefulMoves(assessment)
        guard !useful.isEmpty else { return "" }
        var html: HTML = "<h3 id=\"leverage\">Where to act first</h3>\n"
        html +=
            "<p>The moves that change most if an element rises one level (each of its answered questions one level up): "
        html += "out of the weak links first, then lifting the chain strength, then into a better band.</p>\n"
        html +=
            "<table class=\"leverage\">\n<caption class=\"visually-hidden\">What each element rising one level would do</caption>\n<thead><tr><th>Element</th><th>What rising one level would do</th></tr></thead>\n<tbody>\n"
        for item in useful {
            guard let element = assessment.element(item.element) else { continue }
            html += "<tr data-element=\"\(item.element)\"><td>\(numberedTitle(element))</td>"
            html += "<td>\(ReportWording.move(item, in: workbook))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        return html
    }

    private func contested() -> HTML {
        let maxSpread = NumberFormatting.plain(workbook.consensus.maxSpread)
        var html: HTML = "<h3 id=\"contested\">Contested questions</h3>\n"
        let questions = assessment.elements.flatMap({ $0.questions }).filter({ $0.contested })
        guard !questions.isEmpty else {
            return html + "<p>None: on every question the ratings were at most \(maxSpread) apart.</p>\n"
        }
        html +=
            "<p>The room's ratings were more than \(maxSpread) apart: worth discussing before the score is relied on.</p>\n"
        html +=
            "<table class=\"contested\">\n<caption class=\"visually-hidden\">Questions where the ratings were far apart</caption>\n<thead><tr><th>Question</th><th>Ratings</th><th class=\"num\">Spread</th>"
        html += "<th class=\"num\">Score</th></tr></thead>\n<tbody>\n"
        for question in questions {
            let ratings = question.ratings.map { NumberFormatting.plain($0) }.joined(separator: ", ")
            let element = workbook.title(ofElement: question.question.element)
            html += "<tr data-question=\"\(question.id)\"><td>\(Self.multiline(question.question.text))"
            html += " <span class=\"muted small\">(\(element))</span></td><td>\(ratings)</td>"
            html += "<td class=\"num\">\(NumberFormatting.plain(question.spread ?? 0))</td>"
            html += "<td class=\"num\">\(Self.score(question.score))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        return html
    }

    private func missing() -> HTML {
        var html: HTML = "<h3 id=\"missing\">Not answered</h3>\n"
        guard !assessment.missing.isEmpty else {
            return html + "<p>Every question was answered (or marked not applicable).</p>\n"
        }
        html +=
            "<p>\(assessment.missing.count) question\(assessment.missing.count == 1 ? " was" : "s were") not answered; "
        html += "they take no part in any score.</p>\n<ul class=\"missing\">\n"
        let missing = Set(assessment.missing)
        for element in assessment.elements {
            for question in element.questions where missing.contains(question.id) {
                html += "<li data-question=\"\(question.id)\">"
                html += "\(element.element.title): \(Self.multiline(question.question.text))</li>\n"
            }
        }
        html += "</ul>\n"
        return html
    }

    func targetsSection() -> HTML {
        let targets = response.targets
        let met = assessment.targetsMet
        guard !targets.isEmpty || assessment.previous != nil else { return "" }
        var html: HTML = "<section id=\"targets\">\n<h2>Targets and progress</h2>\n"
        if let previous = assessment.previous {
            let period = previous.period
            if let now = assessment.overall?.score, let before = previous.overall {
                html +=
                    "<p class=\"callout\">Overall <strong>\(NumberFormatting.change(from: before, to: now))</strong> since \(period): "
                html += "\(NumberFormatting.oneDecimal(before)) then, \(NumberFormatting.oneDecimal(now)) now.</p>\n"
            } else {
                html +=
                    "<p class=\"callout\">The overall score cannot be compared with \(period): one of the rounds is not scored.</p>\n"
            }
        }
        if let previous = assessment.previous, !met.isEmpty {
            let reached = met.filter({ $0.reached }).count
            html += "<h3>Targets set in \(previous.period)</h3>\n<p>\(reached) of \(met.count) met.</p>\n"
            html +=
                "<table class=\"targets-met\">\n<caption class=\"visually-hidden\">Targets set last round and whether each was met</caption>\n<thead><tr><th>Element</th><th class=\"num\">Aimed for</th>"
            html += "<th class=\"num\">Now</th><th>Result</th></tr></thead>\n<tbody>\n"
            for status in met {
                let title = workbook.title(ofElement: status.element)
                let verdict: HTML = status.reached ? "<strong>met</strong>" : "<strong>not met</strong>"
                html += "<tr data-element=\"\(status.element)\"><td>\(title)</td>"
                html += "<td class=\"num\">\(NumberFormatting.plain(status.target))</td>"
                html += "<td class=\"num\">\(Self.score(status.score))</td><td>\(verdict)</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        if !targets.isEmpty {
            html +=
                "<h3>Targets for the next round</h3>\n<table class=\"targets\">\n<caption class=\"visually-hidden\">Targets for the next round</caption>\n<thead><tr><th>Element</th>"
            html += "<th class=\"num\">Now</th><th class=\"num\">Aiming for</th></tr></thead>\n<tbody>\n"
            for target in targets {
                let title = workbook.title(ofElement: target.elementID)
                let now = assessment.element(target.elementID)?.score
                html += "<tr data-element=\"\(target.elementID)\"><td>\(title)</td>"
                html +=
                    "<td class=\"num\">\(Self.score(now))</td><td class=\"num\">\(NumberFormatting.plain(target.level))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        html += "</section>\n"
        return html
    }
}
