import WorkbookModel

extension FormRenderer {
    /// The form's script: reads the embedded workbook data, writes the response YAML live,
    /// keeps what is typed in `localStorage`, and downloads, copies or clears.
    ///
    /// The YAML quoting mirrors `YAMLQuoting` (the same reserved words, indicators, `: `,
    /// ` #`, tabs, control characters and number-like text force double quotes, with the same
    /// escapes). It quotes a few more texts than `YAMLQuoting` does, never fewer: C1 control
    /// characters, U+2028/U+2029, U+FFFE/U+FFFF and the byte order mark are escaped as
    /// `\xHH` or `\uHHHH`, because libyaml refuses them written raw.
    ///
    /// Workbook text reaches the page only through `textContent`, never `innerHTML`.
    static let script = #"""
    (function () {
      "use strict";

      const data = JSON.parse(document.getElementById("workbook-data").textContent);
      const FIELD_NAMES = ["area", "period", "date", "facilitator", "rater", "rater_group", "participants", "notes", "tables"];

      // ---- YAML scalars: the rules of Sources/WorkbookCore/Support/YAMLQuoting.swift ----
      const RESERVED = new Set(["y", "yes", "n", "no", "true", "false", "on", "off", "null", "~",
        "na", "n/a", ".nan", ".inf", "-.inf", "+.inf", "="]);  // "=": as YAMLQuoting.swift (PyYAML reads it as a tag)
      const INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
      const NUMERIC = new Set(Array.from("0123456789+-._:eExXoObBaAcCdDfF"));

      // Characters written as escapes inside double quotes (and that force quoting).
      function isEscaped(code) {
        return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 ||
          code === 0xfeff || code === 0xfffe || code === 0xffff;
      }

      function looksNumeric(chars) {
        if (!chars.every((c) => NUMERIC.has(c))) return false;
        return chars.some((c) => c >= "0" && c <= "9") || chars[0] === ".";
      }

      function needsQuotes(text) {
        const chars = Array.from(text);
        if (chars.length === 0) return true;
        if (RESERVED.has(text.toLowerCase())) return true;
        const first = chars[0];
        const last = chars[chars.length - 1];
        if (first === " " || last === " " || last === ":") return true;
        if (INDICATORS.includes(first)) return true;
        if (text.includes(": ") || text.includes(" #") || text.includes("\t")) return true;
        if (chars.some((c) => isEscaped(c.codePointAt(0)))) return true;
        return looksNumeric(chars);
      }

      function hex(code, width) {
        return code.toString(16).toUpperCase().padStart(width, "0");
      }

      function doubleQuoted(text) {
        let out = "\"";
        for (const c of text) {
          const code = c.codePointAt(0);
          if (c === "\"") out += "\\\"";
          else if (c === "\\") out += "\\\\";
          else if (c === "\n") out += "\\n";
          else if (c === "\t") out += "\\t";
          else if (c === "\r") out += "\\r";
          else if (isEscaped(code)) out += code < 0x100 ? "\\x" + hex(code, 2) : "\\u" + hex(code, 4);
          else out += c;
        }
        return out + "\"";
      }

      function scalar(text) {
        return needsQuotes(text) ? doubleQuoted(text) : text;
      }

      // Text as typed, with unpaired surrogates (which no file can hold) replaced.
      function clean(text) {
        return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
          (match, before) => (before === undefined ? "\uFFFD" : before + "\uFFFD"));
      }

      // A comment line: no line breaks or control characters.
      function commentText(text) {
        return Array.from(text).map((c) => (isEscaped(c.codePointAt(0)) ? " " : c)).join("").trim();
      }

      // ---- The page ----
      const byId = (id) => document.getElementById(id);
      const fields = {};
      for (const name of FIELD_NAMES) fields[name] = byId("field_" + name);
      const scaleByNumber = new Map(data.scale.map((level) => [Number(level.value), level]));
      const scaleList = data.scale.map((level) => level.value).join(", ");
      const questions = [];
      data.elements.forEach((element, index) => {
        for (const id of element.questions) {
          const fieldset = byId("q_" + id);
          if (!fieldset) continue;
          questions.push({
            id: id,
            element: index,
            fieldset: fieldset,
            radios: Array.from(fieldset.querySelectorAll("input[type=radio]")),
            ratings: byId("q_" + id + "_ratings"),
            ratingsError: byId("q_" + id + "_ratings_error"),
            evidence: byId("q_" + id + "_evidence"),
            status: byId("q_" + id + "_status"),
            clear: fieldset.querySelector(".clear-rating"),
          });
        }
      });
      const output = byId("response-yaml");
      const statusLine = byId("status");
      let yaml = "";
      let showRequired = false;

      function say(message) {
        statusLine.textContent = message;
      }

      function showError(node, message) {
        if (!node) return;
        node.textContent = message;
        node.hidden = message === "";
      }

      // ---- Reading the form ----
      function parseRatings(text) {
        const tokens = clean(text).split(/[\s,;]+/).filter((token) => token.length > 0);
        const values = [];
        const bad = [];
        for (const token of tokens) {
          const level = /^[+-]?[0-9]+(\.[0-9]+)?$/.test(token) ? scaleByNumber.get(Number(token)) : undefined;
          if (level) values.push(level.value);
          else bad.push(token);
        }
        const extra = Math.max(0, values.length - data.maxRatings);
        return { values: values.slice(0, data.maxRatings), bad: bad, extra: extra };
      }

      function answerOf(question) {
        const parsed = parseRatings(question.ratings.value);
        const checked = question.radios.find((radio) => radio.checked);
        const choice = checked ? checked.value : "";
        const tables = tableRatingsOf(question).values;
        let kind = "none";
        if (tables.length > 0) kind = "tables";
        else if (parsed.values.length > 0) kind = "ratings";
        else if (choice === "na") kind = "na";
        else if (choice !== "") kind = "score";
        return { kind: kind, choice: choice, parsed: parsed, tables: tables, evidence: clean(question.evidence.value).trim() };
      }

      function combined(values) {
        const numbers = values.map(Number).sort((a, b) => a - b);
        if (data.aggregate === "mean") return numbers.reduce((sum, x) => sum + x, 0) / numbers.length;
        const middle = Math.floor(numbers.length / 2);
        return numbers.length % 2 === 1 ? numbers[middle] : (numbers[middle - 1] + numbers[middle]) / 2;
      }

      function ratingsMessage(parsed) {
        const parts = [];
        if (parsed.bad.length > 0) {
          const shown = parsed.bad.slice(0, 5).map((token) => "\u201c" + token + "\u201d").join(", ");
          const more = parsed.bad.length > 5 ? " and " + (parsed.bad.length - 5) + " more" : "";
          parts.push("Left out, not on the scale (" + scaleList + "): " + shown + more + ".");
          if (parsed.bad.some((token) => /^n\/?a$/i.test(token))) {
            parts.push("N/A cannot be one of several ratings: choose N/A above instead.");
          }
        }
        if (parsed.extra > 0) {
          parts.push("At most " + data.maxRatings + " ratings are kept; " + parsed.extra + " left out.");
        }
        return parts.join(" ");
      }

      function statusOf(answer) {
        const label = (value) => {
          const level = data.scale.find((l) => l.value === value);
          return level ? value + " " + level.label : value;
        };
        switch (answer.kind) {
          case "ratings": {
            const n = answer.parsed.values.length;
            const score = Math.round(combined(answer.parsed.values) * 100) / 100;
            let text = "Scored from " + n + (n === 1 ? " rating" : " ratings") + ": " + data.aggregate + " " + score + ".";
            if (answer.choice !== "") text += " The choice above is not used while ratings are typed.";
            return text;
          }
          case "tables": {
            const values = answer.tables.map((pair) => pair[1]);
            const score = Math.round(combined(values) * 100) / 100;
            return "Scored from " + values.length + (values.length === 1 ? " table" : " tables") + ": " + data.aggregate + " " + score + ".";
          }
          case "na": return "Not applicable here.";
          case "score": return "Rated " + label(answer.choice) + ".";
          default: return answer.evidence ? "Not rated yet (evidence noted)." : "Not answered yet.";
        }
      }

      // ---- Writing the response ----
      function participantsValue() {
        const input = fields.participants;
        const text = input.value.trim();
        if (input.validity && input.validity.badInput) return { error: "Write a whole number, or leave it blank." };
        if (text === "") return { value: "" };
        if (!/^[0-9]{1,5}$/.test(text)) return { error: "Write a whole number below 100000, or leave it blank." };
        return { value: String(Number(text)) };
      }

      // A real calendar day as YYYY-MM-DD (browsers without a date picker give typed text).
      function dateValue() {
        const text = fields.date.value.trim();
        if (text === "") return { value: "" };
        const match = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
        const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
        if (!day || day.getUTCFullYear() !== Number(match[1]) || day.getUTCMonth() !== Number(match[2]) - 1 ||
          day.getUTCDate() !== Number(match[3])) {
          return { error: "Write the date as YYYY-MM-DD, for example 2025-11-14; until then it is left out." };
        }
        return { value: text };
      }

      function buildYAML(answers) {
        const lines = [];
        lines.push("# Response to " + commentText(data.title) + ", written with the workbook form.");
        lines.push("workbook: " + scalar(data.workbook));
        lines.push("version: " + doubleQuoted(data.version));
        const line = (key, text) => lines.push(text === "" ? key + ":" : key + ": " + scalar(text));
        line("area", clean(fields.area.value).trim());
        line("period", clean(fields.period.value).trim());
        const date = dateValue();
        if (date.value) line("date", date.value);
        const facilitator = clean(fields.facilitator.value).trim();
        if (facilitator !== "") line("facilitator", facilitator);
        // One table's or person's own file names its rater; a copy with several tables declares them below.
        const rater = clean(fields.rater.value).trim().slice(0, 100);
        const raterGroup = clean(fields.rater_group.value).trim();
        if (rater !== "" && currentTables.length === 0) {
          line("rater", rater);
          if (raterGroup !== "") line("rater_group", raterGroup);
        }
        const participants = participantsValue();
        if (participants.value) lines.push("participants: " + participants.value);
        const notes = clean(fields.notes.value).trim();
        if (notes !== "") line("notes", notes);
        lines.push(...planLines(answers));
        tablesYAML(lines);
        lines.push("answers:");
        let current = -1;
        questions.forEach((question, index) => {
          if (question.element !== current) {
            current = question.element;
            lines.push("  # " + (current + 1) + ". " + commentText(data.elements[current].title));
          }
          const answer = answers[index];
          const key = "  " + scalar(question.id) + ":";
          const value = answer.kind === "tables" ? tableRatingsYAML(question)
            : answer.kind === "ratings" ? "[" + answer.parsed.values.join(", ") + "]"
            : answer.kind === "na" ? "na" : answer.kind === "score" ? answer.choice : "";
          if (answer.evidence === "") {
            const listed = answer.kind === "ratings" || answer.kind === "tables";
            lines.push(listed ? key + "\n    ratings: " + value : value === "" ? key : key + " " + value);
            return;
          }
          lines.push(key);
          if (answer.kind === "ratings" || answer.kind === "tables") lines.push("    ratings: " + value);
          else if (value !== "") lines.push("    score: " + value);
          lines.push("    evidence: " + scalar(answer.evidence));
        });
        return lines.join("\n") + "\n";
      }
    """# + scriptPlan + scriptTables + scriptPartTwo
}
