import WorkbookModel
import WorkbookReporting
import WorkbookSupport

/// The form's plan for the next round: at the end of the workshop the room sets targets and
/// agrees actions (what, owner, due date) for the weakest links, which the form marks as the
/// ratings come in; both are written into the response file. Started from last round's file
/// (`workbook form WORKBOOK --from LAST.yaml`), it carries that round's targets and open actions
/// (their status to update) and shows its evidence notes beside the questions. No rating is
/// carried over.
extension FormRenderer {
    /// The plan section: one row per element, in workbook order, weak links marked live.
    static func planSection(_ workbook: Workbook) -> HTML {
        var html: HTML = "<section class=\"card plan\" id=\"plan\" aria-labelledby=\"plan-title\">\n"
        html += "<h2 id=\"plan-title\">Targets and actions for the next round</h2>\n"
        html +=
            "<p>At the end of the workshop, agree what to do about the weakest links: a target (the level to reach by "
        html += "the next round) and an action with an owner and a date. Elements marked <strong>weakest link</strong> "
        html +=
            "are scored below \(NumberFormatting.oneDecimal(workbook.weakestLinks.below)) by the ratings so far.</p>\n"
        html += "<p class=\"hint\" id=\"plan-summary\" role=\"status\" aria-live=\"polite\"></p>\n"
        let range = "\(FormHTML.valueText(workbook.scale.minimum)) to \(FormHTML.valueText(workbook.scale.maximum))"
        for element in workbook.elements {
            let id = element.id
            let base = "plan_\(id)"
            html += "<fieldset class=\"plan-element\" id=\"\(base)\" data-element=\"\(id)\">\n"
            html += "<legend>\(element.title) <span class=\"plan-score\" id=\"\(base)_score\">not scored yet</span> "
            html += "<span class=\"weak-badge\" id=\"\(base)_weak\" hidden>weakest link</span></legend>\n"
            html += "<div class=\"carried\" id=\"\(base)_carried\"></div>\n"
            html += "<div class=\"plan-grid\">\n"
            html +=
                "<div class=\"field\"><label for=\"\(base)_target\">Target <span class=\"optional\">(\(range))</span></label>"
            html += "<input type=\"number\" id=\"\(base)_target\" name=\"plan--\(id)--target\" step=\"any\" "
            html +=
                "min=\"\(FormHTML.valueText(workbook.scale.minimum))\" max=\"\(FormHTML.valueText(workbook.scale.maximum))\" inputmode=\"decimal\"></div>\n"
            html += "<div class=\"field field-what\"><label for=\"\(base)_what\">New action</label>"
            html +=
                "<input type=\"text\" id=\"\(base)_what\" name=\"plan--\(id)--what\" maxlength=\"500\" autocomplete=\"off\"></div>\n"
            html += "<div class=\"field\"><label for=\"\(base)_owner\">Owner</label>"
            html +=
                "<input type=\"text\" id=\"\(base)_owner\" name=\"plan--\(id)--owner\" maxlength=\"200\" autocomplete=\"off\"></div>\n"
            html += "<div class=\"field\"><label for=\"\(base)_due\">Due</label>"
            html += "<input type=\"date\" id=\"\(base)_due\" name=\"plan--\(id)--due\"></div>\n"
            html += "</div>\n</fieldset>\n"
        }
        html += "</section>\n"
        return html
    }

    /// What the plan's script needs: weights to score elements as the engine does, the
    /// weak-link settings, and last round's plan and evidence when the form starts from it.
    static func planData(_ workbook: Workbook, from last: Response?) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("below", .number(workbook.weakestLinks.below)),
            ("show", .integer(workbook.weakestLinks.show)),
            ("minimum", .number(workbook.scale.minimum)),
            ("maximum", .number(workbook.scale.maximum)),
            (
                "elements",
                .array(
                    workbook.elements.enumerated()
                        .map { index, element in
                            .object([
                                ("id", .string(element.id)), ("index", .integer(index)),
                                ("weight", .number(element.weight)),
                                (
                                    "questions",
                                    .array(
                                        element.questions.map { question in
                                            .object([
                                                ("id", .string(question.id)), ("weight", .number(question.weight)),
                                            ])
                                        })
                                ),
                            ])
                        })
            ),
        ]
        if let last {
            let open = last.actions.filter { $0.isOpen && $0.elements.allSatisfy { workbook.element($0) != nil } }
            pairs.append(
                (
                    "last",
                    .object([
                        ("area", .string(last.area)), ("period", .string(last.period)),
                        (
                            "targets",
                            .object(
                                last.targets.filter { workbook.element($0.elementID) != nil }
                                    .map { ($0.elementID, .number($0.level)) })
                        ),
                        ("actions", ActionPlan.json(open)),
                        (
                            "evidence",
                            .object(
                                last.answers.compactMap { answer in
                                    answer.evidence.map { (answer.questionID, JSONValue.string($0)) }
                                })
                        ),
                    ])
                ))
        }
        return .object(pairs)
    }
}
