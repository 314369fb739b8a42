import WorkbookSupport
import WorkbookModel
import WorkbookScoring

/// The symmetric drawing (POTS, the Christmas Tree): groups placed `left`, `right` and
/// `centre` as the workbook places them, each headed by its title and score, its elements
/// stacked beneath. It is this project's rendering of a framework's structure: no source's
/// figure is reproduced in the seeds, so nothing here copies one.
///
/// With a centre group (POTS), the centre column sits on a light spine that both sides link
/// to: the balancing elements between population focus and service delivery. With no centre
/// group (the Christmas Tree), the figure is a tree: a trunk up the middle, the elements of
/// each side branching from it, spreading wider towards the foot; the overall score is the
/// tree's base.
extension HTMLReportPage {
    /// One group's part of a column: its header (nil for elements outside any group) and elements.
    private struct Block {
        var group: GroupScore?
        var elements: [ElementScore]
    }

    private func blocks(at position: Group.Position) -> [Block] {
        var result: [Block] = []
        for group in assessment.groups where (group.group.position ?? .centre) == position {
            result.append(Block(group: group, elements: assessment.elements.filter { $0.element.group == group.id }))
        }
        if position == .centre {
            let grouped = Set(workbook.groups.map({ $0.id }))
            let loose = assessment.elements.filter { $0.element.group.map { !grouped.contains($0) } ?? true }
            if !loose.isEmpty { result.append(Block(group: nil, elements: loose)) }
        }
        return result
    }

    func symmetricFigure() -> HTML {
        let left = blocks(at: .left)
        let right = blocks(at: .right)
        let centre = blocks(at: .centre)
        let tree = centre.isEmpty
        let width = Self.figureWidth
        let margin: Double = 8
        let gap: Double = 12
        let top: Double = 8

        let centreWidth: Double = tree ? 36 : 250
        let link: Double = tree ? 26 : 34
        let sideSpan = (width - 2 * margin - centreWidth) / 2 - link
        let sideBox = tree ? min(300, sideSpan) : sideSpan
        let sideChars = Self.titleCharacters(boxWidth: sideBox)
        let centreChars = Self.titleCharacters(boxWidth: centreWidth)

        // Headers: title and score side by side when every header has room, otherwise all stacked.
        var headers: [(GroupScore, Double)] = []
        for block in left + right { if let group = block.group { headers.append((group, sideBox)) } }
        for block in centre where !tree { if let group = block.group { headers.append((group, centreWidth)) } }
        let stacked = headers.contains { !groupHeaderLines($0.0, width: $0.1).beside }
        let headerHeight =
            headers.map { Self.groupHeaderHeight(groupHeaderLines($0.0, width: $0.1, stacked: stacked)) }
            .max() ?? 48
        var lines: [String: [String]] = [:]
        var mostLines = 1
        for block in left + right {
            for element in block.elements {
                lines[element.id] = SVG.wrap(element.element.title, width: sideChars, maxLines: 4)
            }
        }
        for block in centre where !tree {
            for element in block.elements {
                lines[element.id] = SVG.wrap(element.element.title, width: centreChars, maxLines: 4)
            }
        }
        mostLines = max(mostLines, lines.values.map({ $0.count }).max() ?? 1)
        let boxHeight = max(58, Double(mostLines) * 16 + 24)

        func columnHeight(_ blocks: [Block]) -> Double {
            blocks.reduce(0) { total, block in
                let header = block.group == nil ? 0 : headerHeight + gap
                return total + header + Double(block.elements.count) * (boxHeight + gap)
            } - (blocks.isEmpty ? 0 : gap)
        }
        let sideHeight = max(columnHeight(left), columnHeight(right), 0)
        let centreHeight = columnHeight(centre)
        let bodyHeight = max(sideHeight, centreHeight)
        let centreX = margin + sideSpan + link
        let baseY = top + bodyHeight + 30
        let height = baseY + 50 + margin

        var back: HTML = ""
        var links: HTML = ""
        var front: HTML = ""
        if tree {
            // The trunk, from the top of the first header to the base.
            back += SVG.rect(
                x: centreX, y: top + 10, width: centreWidth, height: baseY - top - 6, radius: 6, fill: "#8a7866")
        } else {
            back += SVG.rect(
                x: centreX - 10, y: top - 4, width: centreWidth + 20, height: bodyHeight + 14, radius: 14,
                fill: "#eef1f4")
        }
        let rows = max(left.reduce(0) { $0 + $1.elements.count }, right.reduce(0) { $0 + $1.elements.count })
        let step = tree && rows > 1 ? (sideSpan - sideBox) / Double(rows - 1) : 0

        func drawSide(_ blocks: [Block], onLeft: Bool) {
            var y = top
            var row = 0
            func boxX(_ row: Int) -> Double {
                let outward = tree ? Double(row) * step : 0
                return onLeft ? centreX - link - sideBox - outward : centreX + centreWidth + link + outward
            }
            for block in blocks {
                if let group = block.group {
                    front += groupHeader(
                        group, x: boxX(row), y: y, width: sideBox, height: headerHeight, stacked: stacked)
                    y += headerHeight + gap
                }
                for element in block.elements {
                    let x = boxX(row)
                    let middle = y + boxHeight / 2
                    let inner = onLeft ? x + sideBox : x
                    let trunkEdge = onLeft ? centreX - (tree ? 0 : 10) : centreX + centreWidth + (tree ? 0 : 10)
                    links += SVG.line(
                        x1: inner, y1: middle, x2: trunkEdge, y2: tree ? middle - 12 : middle,
                        stroke: tree ? "#8a7866" : "#b4bcc4", width: tree ? 4 : 2.5)
                    front += elementBox(
                        element, x: x, y: y, width: sideBox, height: boxHeight, titleLines: lines[element.id] ?? [])
                    y += boxHeight + gap
                    row += 1
                }
            }
        }
        drawSide(left, onLeft: true)
        drawSide(right, onLeft: false)
        if !tree {
            var y = top + max(0, (bodyHeight - centreHeight) / 2)
            for block in centre {
                if let group = block.group {
                    front += groupHeader(
                        group, x: centreX, y: y, width: centreWidth, height: headerHeight, stacked: stacked)
                    y += headerHeight + gap
                }
                for element in block.elements {
                    front += elementBox(
                        element, x: centreX, y: y, width: centreWidth, height: boxHeight,
                        titleLines: lines[element.id] ?? [])
                    y += boxHeight + gap
                }
            }
        }
        front += overallBox(centre: centreX + centreWidth / 2, y: baseY)

        var html = svgStart(height: height, label: "\(workbook.title), drawn as the framework: \(symmetricSides())")
        html += back + links + front
        html += "</svg>\n"
        return html
    }

    /// "population focus on the left, service delivery on the right, ... in the centre".
    private func symmetricSides() -> String {
        var parts: [String] = []
        for (position, words) in [
            (Group.Position.left, "on the left"), (.right, "on the right"), (.centre, "in the centre"),
        ] {
            let titles = workbook.groups.filter { ($0.position ?? .centre) == position }.map({ $0.title })
            if !titles.isEmpty { parts.append("\(titles.joined(separator: " and ")) \(words)") }
        }
        return parts.joined(separator: ", ")
    }

    func symmetricCaption() -> HTML {
        let sides = symmetricSides()
        let tree = !workbook.groups.contains { ($0.position ?? .centre) == .centre }
        var text: HTML =
            "This project's drawing of the framework's structure, not a copy of its source's figure: \(sides). "
        if tree {
            text += "The two sides are drawn branching from one trunk: both are needed. "
        } else {
            text += "The centre links the two sides. "
        }
        text +=
            "Each box is an element in its band's colour, with its score out of \(maximumText) and its band written on it; "
        text +=
            "each group's score is in its header, and the overall score is at the foot. Hatched boxes are not scored."
        return text
    }
}
