// The live report, in forms written with `workbook form --kernel`: the wasm kernel (the
// engine's scoring and reporting, compiled to WebAssembly) runs in the page. After each change
// (at most once an animation frame) the form's answers become a response in the model's JSON
// (ModelJSON), the kernel scores it, and the panel shows what `workbook report` would: element
// scores and bands, overall score, chain strength, weakest links, findings, coverage, contested
// questions. The Report button opens the kernel's HTML report, byte-identical to
// `workbook report --format html` for the same response.
//
// It reads the form's controls itself (the same rules as form.js's answerOf: typed ratings win
// over the choice; N/A; blank), so form.js is unchanged. Several tables' ratings and the plan
// (targets, actions) are not yet passed to the kernel: the panel says so when they are used.
(function () {
  "use strict";

  const byId = (id) => document.getElementById(id);
  const data = JSON.parse(byId("workbook-data").textContent);
  const panel = byId("live-report");
  const summary = byId("live-summary");
  const details = byId("live-details");
  const reportButton = byId("live-report-open");
  const scaleByNumber = new Map(data.scale.map((level) => [Number(level.value), level]));
  const timings = [];
  let kernel = null;

  function base64Bytes(text) {
    const binary = atob(text.replace(/\s+/g, ""));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  // The same few lines as Wasm/kernel.mjs: text in as UTF-8 in the kernel's memory, bytes out.
  async function instantiate(wasmBytes) {
    const { instance } = await WebAssembly.instantiate(wasmBytes, {});
    const exports = instance.exports;
    const encoder = new TextEncoder();
    function pass(text) {
      const bytes = encoder.encode(text);
      const pointer = exports.wb_alloc(bytes.length);
      new Uint8Array(exports.memory.buffer, pointer, bytes.length).set(bytes);
      return [pointer, bytes.length];
    }
    function output(status) {
      const pointer = exports.wb_output();
      const bytes = new Uint8Array(exports.memory.buffer, pointer, exports.wb_output_count()).slice();
      if (status !== 0) throw new Error(new TextDecoder().decode(bytes).trim());
      return bytes;
    }
    return {
      loadWorkbook: (json) => output(exports.wb_load_workbook(...pass(json))),
      report: (json, format) => output(exports.wb_report(...pass(json), format === "html" ? 1 : 0)),
    };
  }

  function clean(text) {
    return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      (match, before) => (before === undefined ? "\uFFFD" : before + "\uFFFD"));
  }
  const field = (name) => {
    const input = byId("field_" + name);
    return input ? clean(input.value).trim() : "";
  };
  const orNull = (text) => (text === "" ? null : text);

  function ratingsOf(text) {
    const values = [];
    for (const token of clean(text).split(/[\s,;]+/)) {
      const level = /^[+-]?[0-9]+(\.[0-9]+)?$/.test(token) ? scaleByNumber.get(Number(token)) : undefined;
      if (level) values.push(Number(level.value));
    }
    return values.slice(0, data.maxRatings);
  }

  // Where `workbook report` would place things in the file the form downloads: the YAML the
  // form shows, read line by line (the form writes the root keys at column 1 and each answer's
  // key at column 3 under `answers:`), named as the download is.
  function locator() {
    const file = (byId("download-name") || {}).textContent || "response.yaml";
    const lines = ((byId("response-yaml") || {}).textContent || "").split("\n");
    const root = lines.findIndex((line) => line !== "" && !line.startsWith("#"));
    const answersAt = lines.indexOf("answers:");
    const answerLines = new Map();
    for (let i = answersAt + 1; answersAt >= 0 && i < lines.length; i++) {
      const match = /^  ([^ #][^:]*):/.exec(lines[i]);
      if (match) answerLines.set(match[1].replace(/^"|"$/g, ""), i + 1);
    }
    const raterAt = lines.findIndex((line) => line.startsWith("rater:"));
    return {
      root: [file, root + 1, 1],
      answer: (id) => [file, answerLines.get(id) || 1, 3],
      rater: [file, raterAt + 1, 1],
    };
  }

  // The response the form's YAML describes, in ModelJSON's response fields.
  function responseJSON() {
    const where = locator();
    const answers = [];
    for (const element of data.elements) {
      for (const id of element.questions) {
        const fieldset = byId("q_" + id);
        if (!fieldset) continue;
        const checked = fieldset.querySelector("input[type=radio]:checked");
        const choice = checked ? checked.value : "";
        const typed = byId("q_" + id + "_ratings");
        const ratings = typed ? ratingsOf(typed.value) : [];
        const evidenceInput = byId("q_" + id + "_evidence");
        const evidence = evidenceInput ? clean(evidenceInput.value).trim() : "";
        let value = "blank";
        if (ratings.length > 0) value = { ratings: ratings };
        else if (choice === "na") value = "notApplicable";
        else if (choice !== "") value = { rating: Number(choice) };
        answers.push({ questionID: id, value: value, evidence: orNull(evidence), location: where.answer(id), raters: [] });
      }
    }
    const date = field("date");
    const count = field("participants");
    const rater = field("rater").slice(0, 100);
    const tables = field("tables");
    return {
      modelJSON: 1,
      workbookID: data.workbook,
      workbookVersion: data.version,
      area: field("area"),
      plan: null,
      period: field("period"),
      date: /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(date) ? date : null,
      facilitator: orNull(field("facilitator")),
      participants: /^[0-9]{1,5}$/.test(count) ? { count: Number(count), names: [] } : null,
      notes: orNull(field("notes")),
      targets: [],
      answers: answers,
      actions: [],
      location: where.root,
      raters: [],
      rater: rater !== "" && tables === "" ? { name: rater, group: orNull(field("rater_group")), location: where.rater } : null,
      stakeholderGroups: [],
    };
  }

  function text(tag, content, className) {
    const node = document.createElement(tag);
    node.textContent = content;
    if (className) node.className = className;
    return node;
  }

  const number = (value) => (typeof value === "number" ? String(Math.round(value * 100) / 100) : "not scored");

  function list(title, items) {
    const section = document.createElement("div");
    section.append(text("h3", title));
    if (items.length === 0) {
      section.append(text("p", "None."));
      return section;
    }
    const ul = document.createElement("ul");
    for (const item of items) ul.append(text("li", item));
    section.append(ul);
    return section;
  }

  const model = JSON.parse(byId("workbook-model").textContent);
  const bandLabels = new Map(model.bands.map((band) => [band.id, band.label]));
  const elementTitles = new Map(model.elements.map((element) => [element.id, element.title]));
  const banded = (band) => (band ? " (" + (bandLabels.get(band) || band) + ")" : "");

  function show(report) {
    const overall = report.overall || {};
    let line = "Overall score: " + number(overall.score) + banded(overall.band) + ".";
    if (typeof report.chainStrength === "number") {
      line += " Chain strength: " + number(report.chainStrength);
      if (report.chainElement) line += ", at " + (elementTitles.get(report.chainElement) || report.chainElement);
      line += ".";
    }
    line += " Coverage: " + report.answered + " of " + report.applicable + " questions answered.";
    summary.textContent = line;
    summary.dataset.overall = typeof overall.score === "number" ? String(overall.score) : "";
    details.replaceChildren();
    details.append(list("Elements", (report.elements || []).map((element) =>
      element.title + ": " + number(element.score) + banded(element.band))));
    details.append(list("Weakest links", (report.weakestLinks || []).map((id) => elementTitles.get(id) || id)));
    details.append(list("Findings", (report.findings || []).map((finding) => finding.severity + ": " + finding.message)));
    details.append(list("Contested questions", (report.contested || []).map(String)));
    const tables = byId("field_tables");
    if (tables && tables.value.trim() !== "") {
      details.append(text("p", "Several tables' ratings and the plan are not yet in the live report; the downloaded file has them.", "hint"));
    }
  }

  let scheduled = false;
  function rescore() {
    scheduled = false;
    if (!kernel) return;
    try {
      const request = JSON.stringify(responseJSON());
      const start = performance.now();
      const bytes = kernel.report(request, "json");
      timings.push(performance.now() - start);
      panel.dataset.lastMs = String(timings[timings.length - 1]);
      show(JSON.parse(new TextDecoder().decode(bytes)));
    } catch (error) {
      summary.textContent = "The live report could not be worked out: " + error.message;
    }
  }
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(rescore);
  }

  // The HTML report in a new page of its own, from the kernel: print it, or download it.
  function openReport() {
    if (!kernel) return;
    const html = new TextDecoder().decode(kernel.report(JSON.stringify(responseJSON()), "html"));
    const frame = byId("live-report-frame");
    frame.srcdoc = html;
    frame.hidden = false;
    const download = byId("live-report-download");
    download.href = URL.createObjectURL(new Blob([html], { type: "text/html" }));
    download.hidden = false;
    byId("live-report-print").hidden = false;
  }

  // For the checks and the benchmark: the page's own kernel, on any response in the model's JSON.
  const kernelReport = (json, format) => new TextDecoder().decode(kernel.report(json, format));
  window.workbookLive = { responseJSON: responseJSON, timings: timings, rescore: rescore, report: kernelReport };

  (async function start() {
    try {
      kernel = await instantiate(base64Bytes(byId("workbook-kernel").textContent));
      kernel.loadWorkbook(byId("workbook-model").textContent);
      reportButton.disabled = false;
      document.addEventListener("input", schedule);
      document.addEventListener("change", schedule);
      document.addEventListener("click", schedule);
      reportButton.addEventListener("click", openReport);
      byId("live-report-print").addEventListener("click", () => byId("live-report-frame").contentWindow.print());
      panel.dataset.readyMs = String(Math.round(performance.now()));
      panel.dataset.ready = "true";
      rescore();
    } catch (error) {
      summary.textContent = "The live report is not available in this browser: " + error.message;
    }
  })();
})();
