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

  // The workshop details as the response holds them ("" when left out).
  function detailsOf() {
    // One table's or person's own file names its rater; a copy with several tables declares them below.
    const rater = currentTables.length === 0 ? clean(fields.rater.value).trim().slice(0, 100) : "";
    return {
      area: clean(fields.area.value).trim(),
      period: clean(fields.period.value).trim(),
      date: dateValue().value || "",
      facilitator: clean(fields.facilitator.value).trim(),
      rater: rater,
      raterGroup: rater === "" ? "" : clean(fields.rater_group.value).trim(),
      participants: participantsValue().value || "",
      notes: clean(fields.notes.value).trim(),
    };
  }

  function buildYAML(answers) {
    const lines = [];
    lines.push("# Response to " + commentText(data.title) + ", written with the workbook form.");
    lines.push("workbook: " + scalar(data.workbook));
    lines.push("version: " + doubleQuoted(data.version));
    const line = (key, text) => lines.push(text === "" ? key + ":" : key + ": " + scalar(text));
    const details = detailsOf();
    line("area", details.area);
    line("period", details.period);
    if (details.date) line("date", details.date);
    if (details.facilitator !== "") line("facilitator", details.facilitator);
    if (details.rater !== "") {
      line("rater", details.rater);
      if (details.raterGroup !== "") line("rater_group", details.raterGroup);
    }
    if (details.participants) lines.push("participants: " + details.participants);
    if (details.notes !== "") line("notes", details.notes);
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
  // ---- The plan for the next round ----
  const plan = JSON.parse(byId("plan-data").textContent);
  const STATUSES = ["planned", "in-progress", "done", "dropped"];
  const planRows = plan.elements.map((element) => ({
    id: element.id,
    element: element,
    fieldset: byId("plan_" + element.id),
    score: byId("plan_" + element.id + "_score"),
    weak: byId("plan_" + element.id + "_weak"),
    target: byId("plan_" + element.id + "_target"),
    what: byId("plan_" + element.id + "_what"),
    owner: byId("plan_" + element.id + "_owner"),
    due: byId("plan_" + element.id + "_due"),
  }));
  const carried = [];
  const last = plan.last || null;
  if (last) {
    for (const action of last.actions) {
      const holder = byId("plan_" + action.elements[0] + "_carried");
      if (!holder) continue;
      const row = document.createElement("div");
      row.className = "carried-action";
      const text = document.createElement("p");
      const parts = [action.owner || "no owner named", action.due ? "due " + action.due : "no date set"];
      text.textContent = "Agreed in " + last.period + ": " + action.what + " (" + parts.join(", ") + ")";
      const field = document.createElement("div");
      field.className = "field";
      const label = document.createElement("label");
      const select = document.createElement("select");
      select.id = "plan_carried_" + action.id;
      select.name = "plan-carried--" + action.id;
      label.htmlFor = select.id;
      label.textContent = "Status now";
      for (const status of STATUSES) {
        const option = document.createElement("option");
        option.value = status;
        option.textContent = status.replace("-", " ");
        select.appendChild(option);
      }
      select.value = action.status;
      field.append(label, select);
      row.append(text, field);
      holder.appendChild(row);
      carried.push({ action: action, select: select });
    }
    for (const question of questions) {
      const note = last.evidence[question.id];
      if (typeof note !== "string") continue;
      const hint = document.createElement("p");
      hint.className = "hint last-round";
      hint.textContent = "Last round (" + last.period + "): " + note;
      const extra = question.fieldset.querySelector(".question-extra");
      question.fieldset.insertBefore(hint, extra);
    }
  }

  // A question's score from its answer, as the engine computes it; null when unscored.
  function questionScore(answer) {
    if (answer.kind === "ratings") return combined(answer.parsed.values);
    if (answer.kind === "score") return Number(answer.choice);
    return null;
  }

  function elementScores(answers) {
    const byQuestion = new Map(questions.map((question, index) => [question.id, questionScore(answers[index])]));
    return planRows.map((row) => {
      let total = 0;
      let weight = 0;
      for (const question of row.element.questions) {
        const score = byQuestion.get(question.id);
        if (score === null || score === undefined || question.weight <= 0) continue;
        total += question.weight * score;
        weight += question.weight;
      }
      return weight > 0 ? total / weight : null;
    });
  }

  // Weak links: scored below the threshold, weakest first (ties: higher weight, then order), at most `show`.
  function weakestLinks(scores) {
    return planRows.map((row, index) => ({ row: row, score: scores[index] }))
      .filter((item) => item.score !== null && item.score < plan.below)
      .sort((a, b) => a.score - b.score || b.row.element.weight - a.row.element.weight || a.row.element.index - b.row.element.index)
      .slice(0, plan.show).map((item) => item.row.id);
  }

  function targetValue(row) {
    const text = row.target.value.trim();
    if (text === "") return null;
    const value = Number(text);
    const valid = /^[+-]?[0-9]+(\.[0-9]+)?$/.test(text) && value >= plan.minimum && value <= plan.maximum;
    row.target.setAttribute("aria-invalid", valid ? "false" : "true");
    return valid ? text.replace(/^\+/, "") : null;
  }

  function dueValue(input) {
    const text = input.value.trim();
    return /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text) ? text : "";
  }

  function newActionId(row, taken) {
    const round = slug(fields.period.value).slice(0, 16).replace(/-+$/, "");
    const base = (row.id.slice(0, 40) + "-" + (round || "new")).replace(/-+$/, "");
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = base + "-" + n;
    taken.add(id);
    return id;
  }

  // The `targets:` and `actions:` lines, before `answers:`; marks the weak links on the way.
  function planLines(answers) {
    const scores = elementScores(answers);
    const weak = weakestLinks(scores);
    const open = new Set();
    planRows.forEach((row, index) => {
      const score = scores[index];
      row.score.textContent = score === null ? "not scored yet" : "scored " + (Math.round(score * 10) / 10).toFixed(1);
      const isWeak = weak.includes(row.id);
      row.weak.hidden = !isWeak;
      row.fieldset.classList.toggle("weak", isWeak);
      if (clean(row.what.value).trim() !== "") open.add(row.id);
    });
    for (const item of carried) {
      if (item.select.value === "planned" || item.select.value === "in-progress") {
        for (const id of item.action.elements) open.add(id);
      }
    }
    const unplanned = weak.filter((id) => !open.has(id));
    const title = (id) => data.elements.find((element) => element.id === id).title;
    byId("plan-summary").textContent = weak.length === 0 ? "No weakest link in the ratings so far."
      : "Weakest links so far: " + weak.map(title).join(", ") + "." +
        (unplanned.length > 0 ? " No action agreed yet for " + unplanned.map(title).join(", ") + "." : "");
    const planned = planOf();
    const lines = [];
    if (planned.targets.length > 0) {
      lines.push("targets:");
      for (const [id, value] of planned.targets) lines.push("  " + id + ": " + value);
    }
    const actions = planned.actions.map((action) => {
      const out = ["  - id: " + action.id];
      out.push(action.elements.length === 1 ? "    element: " + action.elements[0] : "    elements: [" + action.elements.join(", ") + "]");
      out.push("    what: " + scalar(action.what));
      if (action.owner) out.push("    owner: " + scalar(action.owner));
      if (action.due) out.push("    due: " + action.due);
      out.push("    status: " + action.status);
      if (action.measure) out.push("    measure: " + scalar(action.measure));
      return out.join("\n");
    });
    if (actions.length > 0) lines.push("actions:", ...actions);
    return lines;
  }

  // The plan as the response will hold it: targets as [element, level text], and the actions,
  // carried ones (with the status chosen now) before the new ones.
  function planOf() {
    const targets = planRows.map((row) => [row.id, targetValue(row)]).filter((pair) => pair[1] !== null);
    const actions = [];
    const taken = new Set(carried.map((item) => item.action.id));
    for (const item of carried) {
      const action = item.action;
      actions.push({ id: action.id, elements: action.elements, what: action.what, owner: action.owner || "",
        due: action.due || "", status: item.select.value, measure: action.measure || "" });
    }
    for (const row of planRows) {
      const what = clean(row.what.value).trim();
      if (what === "") continue;
      actions.push({ id: newActionId(row, taken), elements: [row.id], what: what, owner: clean(row.owner.value).trim(),
        due: dueValue(row.due), status: "planned", measure: "" });
    }
    return { targets: targets, actions: actions };
  }

  function planSnapshot() {
    const saved = { targets: {}, actions: {}, carried: {} };
    for (const row of planRows) {
      if (row.target.value !== "") saved.targets[row.id] = row.target.value;
      const entry = { what: row.what.value, owner: row.owner.value, due: row.due.value };
      if (entry.what !== "" || entry.owner !== "" || entry.due !== "") saved.actions[row.id] = entry;
    }
    for (const item of carried) saved.carried[item.action.id] = item.select.value;
    return saved;
  }

  function planRestore(saved) {
    if (!saved || typeof saved !== "object") return;
    const get = (object, key) => (object && typeof object === "object" && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined);
    for (const row of planRows) {
      const target = get(saved.targets, row.id);
      if (typeof target === "string") row.target.value = target;
      const entry = get(saved.actions, row.id);
      if (entry && typeof entry === "object") {
        for (const key of ["what", "owner", "due"]) if (typeof entry[key] === "string") row[key].value = entry[key];
      }
    }
    for (const item of carried) {
      const status = get(saved.carried, item.action.id);
      if (STATUSES.includes(status)) item.select.value = status;
    }
  }

  // A fresh form started from last round's file: its area and targets, nothing rated.
  function planStartFromLast() {
    if (!last) return;
    if (fields.area.value.trim() === "") fields.area.value = last.area;
    for (const row of planRows) {
      const target = last.targets[row.id];
      if (typeof target === "number" && row.target.value === "") row.target.value = String(target);
    }
  }

  // Back to how the page started: empty, or as last round's file left it.
  function planClear() {
    for (const row of planRows) {
      for (const key of ["target", "what", "owner", "due"]) row[key].value = "";
    }
    for (const item of carried) item.select.value = item.action.status;
    planStartFromLast();
  }
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
  // ---- Progress and messages ----
  function showProgress(answers) {
    const perElement = data.elements.map(() => 0);
    let answered = 0;
    questions.forEach((question, index) => {
      const answer = answers[index];
      const done = answer.kind !== "none";
      if (done) {
        answered += 1;
        perElement[question.element] += 1;
      }
      question.fieldset.classList.toggle("answered", done);
      question.fieldset.classList.toggle("has-ratings", question.ratings.value.trim() !== "");
      question.fieldset.classList.toggle("has-evidence", answer.evidence !== "");
      question.status.textContent = statusOf(answer);
      showError(question.ratingsError, ratingsMessage(answer.parsed));
      question.ratings.setAttribute("aria-invalid", answer.parsed.bad.length > 0 || answer.parsed.extra > 0 ? "true" : "false");
    });
    data.elements.forEach((element, index) => {
      const total = element.questions.length;
      const nav = byId("nav_count_" + index);
      const count = byId("element_count_" + index);
      if (nav) {
        nav.textContent = perElement[index] + "/" + total;
        nav.classList.toggle("complete", perElement[index] === total);
      }
      if (count) count.textContent = perElement[index] + " of " + total + " answered";
    });
    const bar = byId("progress");
    bar.value = answered;
    byId("progress-text").textContent = answered + " of " + questions.length + " questions answered";
  }

  function showFieldErrors() {
    for (const name of ["area", "period"]) {
      const missing = showRequired && clean(fields[name].value).trim() === "";
      showError(byId("field_" + name + "_error"), missing ? "Write the " + name + ": workbook check needs it." : "");
      fields[name].setAttribute("aria-invalid", missing ? "true" : "false");
    }
    showError(byId("field_participants_error"), participantsValue().error || "");
    showError(byId("field_date_error"), dateValue().error || "");
  }

  function slug(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  }

  function fileName() {
    // area-period-rater, so the tables' files of one workshop sit side by side and do not collide.
    const rater = currentTables.length === 0 ? slug(fields.rater.value) : "";
    const parts = [slug(fields.area.value), slug(fields.period.value), rater].filter((part) => part !== "");
    const base = parts.length > 0 ? parts.join("-").slice(0, 100).replace(/-+$/, "") : slug(data.workbook) + "-response";
    return base + ".yaml";
  }

  // What the last update read, for the live report (form-kernel.js): the values the YAML holds.
  let latest = null;
  window.workbookForm = { current: () => latest };

  function update() {
    drawTables();
    showTableErrors();
    const answers = questions.map(answerOf);
    yaml = buildYAML(answers);
    latest = {
      details: detailsOf(),
      tables: currentTables.slice(),
      plan: planOf(),
      answers: answers.map((answer, index) => Object.assign({ id: questions[index].id }, answer)),
      yaml: yaml,
    };
    output.textContent = yaml;
    showProgress(answers);
    showFieldErrors();
    byId("download-name").textContent = fileName();
  }

  // ---- Keeping what is typed (this browser only) ----
  let storage = null;
  try {
    storage = window.localStorage;
    storage.setItem(data.storageKey + ":probe", "1");
    storage.removeItem(data.storageKey + ":probe");
  } catch (error) {
    storage = null;
  }
  let storageWarned = false;

  function warnStorage() {
    if (storageWarned) return;
    storageWarned = true;
    say("This browser will not keep your answers if the page is closed: download the response file before you close it.");
  }

  function snapshot() {
    const saved = { format: 1, fields: {}, answers: {} };
    for (const name of FIELD_NAMES) saved.fields[name] = fields[name].value;
    for (const question of questions) {
      const checked = question.radios.find((radio) => radio.checked);
      const entry = {};
      if (checked) entry.choice = checked.value;
      if (question.ratings.value !== "") entry.ratings = question.ratings.value;
      if (question.evidence.value !== "") entry.evidence = question.evidence.value;
      const byTable = tableValues(question);
      if (Object.keys(byTable).length > 0) entry.tables = byTable;
      if (Object.keys(entry).length > 0) saved.answers[question.id] = entry;
    }
    saved.plan = planSnapshot();
    return saved;
  }

  function save() {
    if (!storage) return warnStorage();
    try {
      storage.setItem(data.storageKey, JSON.stringify(snapshot()));
    } catch (error) {
      warnStorage();
    }
  }

  function restore() {
    if (!storage) return false;
    let saved = null;
    try {
      saved = JSON.parse(storage.getItem(data.storageKey) || "null");
    } catch (error) {
      saved = null;
    }
    if (!saved || typeof saved !== "object") return false;
    const savedFields = saved.fields && typeof saved.fields === "object" ? saved.fields : {};
    for (const name of FIELD_NAMES) {
      if (typeof savedFields[name] === "string") fields[name].value = savedFields[name];
    }
    const answers = saved.answers && typeof saved.answers === "object" ? saved.answers : {};
    for (const question of questions) {
      const entry = Object.prototype.hasOwnProperty.call(answers, question.id) ? answers[question.id] : null;
      if (!entry || typeof entry !== "object") continue;
      if (typeof entry.choice === "string") {
        for (const radio of question.radios) radio.checked = radio.value === entry.choice;
      }
      if (typeof entry.ratings === "string") question.ratings.value = entry.ratings;
      if (typeof entry.evidence === "string") question.evidence.value = entry.evidence;
      if (entry.tables && typeof entry.tables === "object") {
        const typed = {};
        for (const name of Object.keys(entry.tables)) if (typeof entry.tables[name] === "string") typed[name] = entry.tables[name];
        savedTableValues[question.id] = typed;
      }
    }
    planRestore(saved.plan);
    return true;
  }

  // ---- Buttons ----
  function checkRequired() {
    showRequired = true;
    showFieldErrors();
    const missing = ["area", "period"].filter((name) => clean(fields[name].value).trim() === "");
    return missing.length === 0 ? "" : " Add the " + missing.join(" and the ") + " before you check it: workbook check needs them.";
  }

  function download() {
    const name = fileName();
    const blob = new Blob([yaml], { type: "application/yaml;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 30000);
    say("Saved as " + name + " in your downloads folder. Check it with: workbook check " + name + "." + checkRequired());
  }

  function copyFallback() {
    const area = document.createElement("textarea");
    area.value = yaml;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.top = "0";
    area.style.left = "0";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    area.remove();
    byId("copy").focus();
    return copied;
  }

  function copy() {
    const done = () => say("Copied. Paste it into a new file ending .yaml." + checkRequired());
    const failed = () => {
      const range = document.createRange();
      range.selectNodeContents(output);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      say("This browser would not copy by itself. The response file is selected: press Ctrl+C (or Cmd+C) to copy it.");
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(yaml).then(done, () => (copyFallback() ? done() : failed()));
    } else if (copyFallback()) {
      done();
    } else {
      failed();
    }
  }

  function clearForm() {
    const sure = window.confirm("Clear every answer and the workshop details from this form?\n\n" +
      "This cannot be undone. Download the response file first if you need it.");
    if (!sure) return;
    for (const name of FIELD_NAMES) fields[name].value = "";
    for (const question of questions) {
      for (const radio of question.radios) radio.checked = false;
      question.ratings.value = "";
      question.evidence.value = "";
    }
    planClear();
    savedTableValues = {};
    document.querySelectorAll(".table-boxes input").forEach((box) => { box.value = ""; });
    showRequired = false;
    update();
    if (storage) {
      try {
        storage.removeItem(data.storageKey);
      } catch (error) {
        storage = null;
      }
    }
    say("The form is cleared.");
  }

  function changed() {
    update();
    save();
  }

  document.addEventListener("input", changed);
  document.addEventListener("change", changed);
  for (const name of ["area", "period"]) {
    fields[name].addEventListener("blur", () => {
      if (clean(fields[name].value).trim() === "" && byId("progress").value > 0) showRequired = true;
      showFieldErrors();
    });
  }
  for (const question of questions) {
    if (!question.clear) continue;
    question.clear.addEventListener("click", () => {
      for (const radio of question.radios) radio.checked = false;
      changed();
    });
  }
  byId("download").addEventListener("click", download);
  byId("copy").addEventListener("click", copy);
  byId("clear").addEventListener("click", clearForm);

  const restored = restore();
  if (!restored) planStartFromLast();
  update();
  if (restored) say("Your answers from before were restored from this browser.");
  else if (!storage) warnStorage();
})();
