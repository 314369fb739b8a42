import WorkbookModel
import WorkbookSupport

extension FormRenderer {
    /// The live report's script, `Assets/form-kernel.js`: instantiates the embedded wasm kernel,
    /// turns the form's answers into a response in the model's JSON after each change, and shows
    /// the kernel's JSON report; its Report button shows the kernel's HTML report.
    static let kernelScript = EmbeddedAssets.formKernelJS

    /// The live report panel's styles, `Assets/form-kernel.css`.
    static let kernelStyle = EmbeddedAssets.formKernelCSS

    /// The live report panel: a summary line announced politely, the details below it, and the
    /// Report button (enabled once the kernel has loaded the workbook).
    static func livePanel() -> HTML {
        var html: HTML = "<section class=\"card live\" id=\"live-report\" aria-labelledby=\"live-title\">\n"
        html += "<h2 id=\"live-title\">Live report</h2>\n"
        html += "<p class=\"hint\">Worked out in this browser by the same engine as <code>workbook report</code>, "
        html += "from the answers so far.</p>\n"
        html +=
            "<p class=\"live-summary\" id=\"live-summary\" role=\"status\" aria-live=\"polite\">Loading the scoring engine…</p>\n"
        html +=
            "<iframe id=\"live-drawing\" class=\"live-drawing\" title=\"The framework, each element in its band's colour\" "
        html += "sandbox=\"allow-same-origin\"></iframe>\n"
        html += "<div class=\"live-details\" id=\"live-details\"></div>\n"
        html += "<div class=\"actions\">\n"
        html += "<button type=\"button\" id=\"live-report-open\" disabled>Report</button>\n"
        html += "<button type=\"button\" id=\"live-report-print\" hidden>Print the report</button>\n"
        html += "<a id=\"live-report-download\" download=\"report.html\" hidden>Download the report</a>\n"
        html += "</div>\n"
        html += "<iframe id=\"live-report-frame\" class=\"live-frame\" title=\"The report\" "
        html += "sandbox=\"allow-same-origin allow-modals\" hidden></iframe>\n"
        html += "</section>\n"
        return html
    }

    /// The workbook in the model's JSON, the gzipped kernel as base64, and the live report's script.
    static func kernelBlocks(_ workbook: Workbook, kernel: [UInt8]) -> HTML {
        var html: HTML = "<script type=\"application/json\" id=\"workbook-model\">\n"
        html += HTML.raw(ModelJSON.json(workbook).serialized(escapingHTML: true))
        html += "</script>\n<script type=\"application/octet-stream\" id=\"workbook-kernel\" data-encoding=\"gzip\">\n"
        html += HTML.raw(base64(kernel))
        html += "\n</script>\n<script>\n\(HTML.raw(kernelScript))</script>\n"
        return html
    }

    /// Standard base64 (RFC 4648, with padding), in lines of 76 characters.
    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 3 * 4 + bytes.count / 57 + 8)
        var index = 0
        var column = 0
        while index < bytes.count {
            let a = UInt32(bytes[index])
            let b = index + 1 < bytes.count ? UInt32(bytes[index + 1]) : 0
            let c = index + 2 < bytes.count ? UInt32(bytes[index + 2]) : 0
            let triple = a << 16 | b << 8 | c
            out.append(alphabet[Int(triple >> 18 & 63)])
            out.append(alphabet[Int(triple >> 12 & 63)])
            out.append(index + 1 < bytes.count ? alphabet[Int(triple >> 6 & 63)] : UInt8(ascii: "="))
            out.append(index + 2 < bytes.count ? alphabet[Int(triple & 63)] : UInt8(ascii: "="))
            index += 3
            column += 4
            if column == 76, index < bytes.count {
                out.append(UInt8(ascii: "\n"))
                column = 0
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
