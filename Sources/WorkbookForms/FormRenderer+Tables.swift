/// Typing up several tables' paper sheets in one copy of the form: the tables are named once
/// (with their stakeholder groups), and each question then has a column per table. The file
/// it writes declares them under `raters:` and gives each question's ratings by table, as
/// `workbook merge` would from the tables' own files.
extension FormRenderer {
    /// The field where the tables are named, one per line: `Table 1: council`.
    static func tablesField() -> String {
        var html = "<div class=\"field field-wide\"><label for=\"field_tables\">Several tables' sheets in this copy "
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
    static func tableRatings(_ base: String) -> String {
        "<fieldset class=\"table-ratings\" id=\"\(base)_tables\" hidden><legend>Each table's rating</legend>"
            + "<div class=\"table-boxes\"></div><p class=\"field-error\" id=\"\(base)_tables_error\" hidden></p></fieldset>\n"
    }

    /// The boxes per table, side by side, wrapping on a narrow screen.
    static let tablesStyle = """
        .table-ratings { grid-column: 1 / -1; border: 1px solid #d0d7de; border-radius: .4rem; padding: .5rem .75rem; margin: 0; min-width: 0; }
        .table-ratings legend { float: none; width: auto; font-weight: 600; font-size: .9rem; padding: 0 .3rem; margin: 0; }
        .table-boxes { display: flex; flex-wrap: wrap; gap: .5rem 1rem; }
        .table-box { display: inline-flex; align-items: center; gap: .4rem; white-space: nowrap; }
        .table-box input { width: 3.2rem; min-width: 0; text-align: center; }

        """

    /// The script's part for the tables: reading them, drawing the boxes, and what they write.
    /// Function declarations, so the rest of the script may call them wherever it needs to.
    static let scriptTables = #"""

      // ---- Several tables typed up in one copy ----
      // "Table 1: council" lines; a name given twice is kept once. Returns [{name, group}].
      function tablesOf(text) {
        const tables = [];
        const problems = [];
        for (const raw of clean(text).split(/\r?\n/)) {
          const line = raw.trim();
          if (line === "") continue;
          const colon = line.lastIndexOf(":");
          const name = (colon > 0 ? line.slice(0, colon) : line).trim().slice(0, 100);
          const group = colon > 0 ? line.slice(colon + 1).trim() : "";
          if (name === "") continue;
          if (tables.some((table) => table.name === name)) problems.push("\u201c" + name + "\u201d is named twice; it is kept once.");
          else tables.push({ name: name, group: group });
        }
        return { tables: tables, problem: problems.join(" ") };
      }

      let tableBoxes = [];
      let currentTables = [];
      let savedTableValues = {};

      function tableValues(question) {
        const values = {};
        const boxes = question.fieldset.querySelectorAll(".table-boxes input");
        boxes.forEach((box) => { if (box.value !== "") values[box.dataset.table] = box.value; });
        return values;
      }

      // Redraws the boxes when the list of tables changes, keeping what was typed in them.
      function drawTables() {
        const read = tablesOf(fields.tables.value);
        showError(byId("field_tables_error"), read.problem);
        const names = read.tables.map((table) => table.name);
        if (JSON.stringify(names) === JSON.stringify(currentTables.map((table) => table.name)) &&
          JSON.stringify(read.tables) === JSON.stringify(currentTables)) return;
        for (const question of questions) {
          const typed = Object.assign({}, savedTableValues[question.id] || {}, tableValues(question));
          savedTableValues[question.id] = typed;
          const holder = byId("q_" + question.id + "_tables");
          if (!holder) continue;
          const boxes = holder.querySelector(".table-boxes");
          boxes.textContent = "";
          read.tables.forEach((table, index) => {
            const id = "q_" + question.id + "_table_" + index;
            const label = document.createElement("label");
            label.setAttribute("for", id);
            label.textContent = table.name;
            const box = document.createElement("input");
            box.type = "text";
            box.id = id;
            box.size = 3;
            box.maxLength = 10;
            box.inputMode = "decimal";
            box.autocomplete = "off";
            box.dataset.table = table.name;
            box.value = typed[table.name] || "";
            const cell = document.createElement("span");
            cell.className = "table-box";
            cell.append(label, box);
            boxes.append(cell);
          });
          holder.hidden = read.tables.length === 0;
        }
        currentTables = read.tables;
      }

      // A question's ratings by table: {values: [[name, value]], bad: [names]}.
      function tableRatingsOf(question) {
        const typed = tableValues(question);
        const values = [];
        const bad = [];
        for (const table of currentTables) {
          const text = (typed[table.name] || "").trim();
          if (text === "") continue;
          const level = /^[+-]?[0-9]+(\.[0-9]+)?$/.test(text) ? scaleByNumber.get(Number(text)) : undefined;
          if (level) values.push([table.name, level.value]);
          else bad.push(table.name);
        }
        return { values: values, bad: bad };
      }

      function showTableErrors() {
        for (const question of questions) {
          const node = byId("q_" + question.id + "_tables_error");
          if (!node) continue;
          const read = tableRatingsOf(question);
          showError(node, read.bad.length === 0 ? "" : "Left out, not on the scale (" + scaleList + "): " + read.bad.join(", ") + ".");
        }
      }

      // The raters block, written after the workshop details.
      function tablesYAML(lines) {
        if (currentTables.length === 0) return;
        const groups = [];
        for (const table of currentTables) if (table.group !== "" && !groups.includes(table.group)) groups.push(table.group);
        const flow = (text) => (/[,\[\]{}#]/.test(text) || needsQuotes(text) ? doubleQuoted(text) : text);
        lines.push("raters:");
        for (const table of currentTables) {
          lines.push("  " + flow(table.name) + ":" + (table.group === "" ? "" : " {group: " + flow(table.group) + "}"));
        }
      }

      // "{Table 1: 2, Table 2: 3}", or "" when no table rated the question.
      function tableRatingsYAML(question) {
        if (currentTables.length === 0) return "";
        const read = tableRatingsOf(question);
        if (read.values.length === 0) return "";
        const flow = (text) => (/[,\[\]{}#]/.test(text) || needsQuotes(text) ? doubleQuoted(text) : text);
        return "{" + read.values.map((pair) => flow(pair[0]) + ": " + pair[1]).join(", ") + "}";
      }
    """#
}
