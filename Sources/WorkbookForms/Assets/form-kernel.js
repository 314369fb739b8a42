// The live report, in forms written with `workbook form --kernel`: the wasm kernel (the
// engine's scoring and reporting, compiled to WebAssembly) runs in the page. After each change
// (at most once an animation frame) the form's answers become a response in the model's JSON
// (ModelJSON), the kernel scores it, and the panel shows what `workbook report` would: the
// framework drawn in band colours, element scores and bands, overall score, chain strength,
// weakest links, findings, coverage, contested questions. The Report button opens the kernel's
// HTML report, byte-identical to `workbook report --format html` for the file the form downloads.
//
// It reads what form.js read for the YAML (window.workbookForm.current(): the details, the
// tables, every answer, the plan's targets and actions), so the two cannot disagree.
(function () {
  "use strict";

  const byId = (id) => document.getElementById(id);
  const data = JSON.parse(byId("workbook-data").textContent);
  const panel = byId("live-report");
  const summary = byId("live-summary");
  const details = byId("live-details");
  const reportButton = byId("live-report-open");
  const timings = [];
  let kernel = null;

  function base64Bytes(text) {
    const binary = atob(text.replace(/\s+/g, ""));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  // The kernel travels gzipped (half the size); the browser's own DecompressionStream unpacks it.
  async function gunzip(bytes) {
    if (typeof DecompressionStream !== "function") {
      throw new Error("this browser cannot unpack the scoring engine; a current Edge, Chrome, Firefox or Safari can");
    }
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  // The kernel's report formats, by number (Wasm/Kernel/Kernel.swift's KernelFormat).
  const FORMATS = { json: 0, html: 1, drawing: 2 };

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
      report: (json, format) => output(exports.wb_report(...pass(json), FORMATS[format])),
    };
  }

  // Where `workbook report` would place things in the file the form downloads: the YAML the
  // form shows, read line by line (the form writes the root keys at column 1, each answer's and
  // target's key at column 3, each action as `  - id:`, its mapping at column 5), named as the
  // download is.
  // Reports print no positions today; these keep the model the same as the loader's.
  function locator(yaml) {
    const file = (byId("download-name") || {}).textContent || "response.yaml";
    const lines = yaml.split("\n");
    const root = lines.findIndex((line) => line !== "" && !line.startsWith("#"));
    const keyed = (block, pattern) => {
      const found = new Map();
      const start = lines.indexOf(block + ":");
      for (let i = start + 1; start >= 0 && i < lines.length && !/^[^ #]/.test(lines[i]); i++) {
        const match = pattern.exec(lines[i]);
        if (match) found.set(match[1].replace(/^"|"$/g, ""), i + 1);
      }
      return found;
    };
    const answerLines = keyed("answers", /^  ([^ #-][^:]*):/);
    const targetLines = keyed("targets", /^  ([^ #-][^:]*):/);
    const actionLines = keyed("actions", /^  - id: (.*)$/);
    const raterLines = keyed("raters", /^  ([^ #-][^:]*):/);
    const at = (map, id, column) => [file, map.get(id) || root + 1, column];
    const raterAt = lines.findIndex((line) => line.startsWith("rater:"));
    return {
      root: [file, root + 1, 1],
      answer: (id) => at(answerLines, id, 3),
      target: (id) => at(targetLines, id, 3),
      action: (id) => at(actionLines, id, 5),
      declared: (name) => at(raterLines, name, 3),
      rater: [file, raterAt + 1, 8],
    };
  }

  const orNull = (text) => (text === "" ? null : text);

  function answerValue(answer) {
    switch (answer.kind) {
      case "tables": return { ratings: answer.tables.map((pair) => Number(pair[1])) };
      case "ratings": return { ratings: answer.parsed.values.map(Number) };
      case "na": return "notApplicable";
      case "score": return { rating: Number(answer.choice) };
      default: return "blank";
    }
  }

  // The response the form's YAML describes, in ModelJSON's response fields.
  function responseJSON() {
    const form = window.workbookForm.current();
    const where = locator(form.yaml);
    const details = form.details;
    return {
      modelJSON: 1,
      workbookID: data.workbook,
      workbookVersion: data.version,
      area: details.area,
      plan: null,
      period: details.period,
      date: orNull(details.date),
      facilitator: orNull(details.facilitator),
      participants: details.participants === "" ? null : { count: Number(details.participants), names: [] },
      notes: orNull(details.notes),
      targets: form.plan.targets.map(([id, level]) => ({ elementID: id, level: Number(level), location: where.target(id) })),
      answers: form.answers.map((answer) => ({
        questionID: answer.id,
        value: answerValue(answer),
        evidence: orNull(answer.evidence),
        location: where.answer(answer.id),
        raters: answer.kind === "tables" ? answer.tables.map((pair) => pair[0]) : [],
      })),
      actions: form.plan.actions.map((action) => ({
        id: action.id, elements: action.elements, what: action.what, owner: orNull(action.owner),
        due: orNull(action.due), status: action.status, measure: orNull(action.measure), location: where.action(action.id),
      })),
      location: where.root,
      raters: form.tables.map((table) => ({ name: table.name, group: orNull(table.group), location: where.declared(table.name) })),
      rater: details.rater === "" ? null : { name: details.rater, group: orNull(details.raterGroup), location: where.rater },
      stakeholderGroups: [],
    };
  }

  function text(tag, content, className) {
    const node = document.createElement(tag);
    node.textContent = content;
    if (className) node.className = className;
    return node;
  }

  // One decimal as the reports print it (NumberFormatting.fixed: half away from zero, after a
  // tiny nudge so 2.25 stored as 2.2499… reads 2.3); scores are never negative.
  const number = (value) => (typeof value === "number"
    ? (Math.round(Math.abs(value) * 10 * (1 + 1e-12)) / 10).toFixed(1) : "not scored");

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
  const questionTexts = new Map();
  for (const element of model.elements) {
    for (const question of element.questions) questionTexts.set(question.id, question.text);
  }
  const banded = (band) => (band ? " (" + (bandLabels.get(band) || band) + ")" : "");
  // A finding's severity as a board reads it (ReportWording.severity).
  const SEVERITY = { critical: "Priority", warning: "Concern", info: "Note" };

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
    const sidebar = byId("live-nav");
    if (sidebar) {
      sidebar.textContent = "Overall " + number(overall.score) + banded(overall.band) +
        (typeof report.chainStrength === "number" ? "; chain " + number(report.chainStrength) : "");
    }
    summary.dataset.overall = typeof overall.score === "number" ? String(overall.score) : "";
    details.replaceChildren();
    details.append(list("Elements", (report.elements || []).map((element) =>
      element.title + ": " + number(element.score) + banded(element.band))));
    details.append(list("Weakest links", (report.weakestLinks || []).map((id) => elementTitles.get(id) || id)));
    details.append(list("Findings", (report.findings || []).map((finding) =>
      (SEVERITY[finding.severity] || finding.severity) + ": " + finding.message)));
    details.append(list("Contested questions (the ratings spread widely)", (report.contested || []).map((id) =>
      questionTexts.get(id) || String(id))));
  }

  // The framework drawn by the kernel (HTMLReport.drawing), each element in its band's colour,
  // in a frame of its own so the report's styles apply. The first drawing loads the frame; later
  // ones replace its body, so the picture does not blink as the room rates.
  const drawingFrame = byId("live-drawing");
  let drawingLoaded = false;
  function fitDrawing() {
    const page = drawingFrame.contentDocument;
    if (page && page.body) drawingFrame.style.height = page.body.scrollHeight + "px";
  }
  function draw(html) {
    if (!drawingLoaded) {
      drawingFrame.addEventListener("load", () => { drawingLoaded = true; fitDrawing(); }, { once: true });
      drawingFrame.srcdoc = html;
      return;
    }
    const fresh = new DOMParser().parseFromString(html, "text/html");
    drawingFrame.contentDocument.body.replaceChildren(...Array.from(fresh.body.childNodes, (node) =>
      drawingFrame.contentDocument.importNode(node, true)));
    fitDrawing();
  }
  window.addEventListener("resize", fitDrawing);

  // A report from the kernel, as text.
  const kernelReport = (json, format) => new TextDecoder().decode(kernel.report(json, format));

  let scheduled = false;
  function rescore() {
    scheduled = false;
    if (!kernel) return;
    try {
      const request = JSON.stringify(responseJSON());
      const start = performance.now();
      const json = kernelReport(request, "json");
      const drawing = kernelReport(request, "drawing");
      timings.push(performance.now() - start);
      panel.dataset.lastMs = String(timings[timings.length - 1]);
      show(JSON.parse(json));
      draw(drawing);
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
    const html = kernelReport(JSON.stringify(responseJSON()), "html");
    const frame = byId("live-report-frame");
    frame.srcdoc = html;
    frame.hidden = false;
    const download = byId("live-report-download");
    download.href = URL.createObjectURL(new Blob([html], { type: "text/html" }));
    download.hidden = false;
    byId("live-report-print").hidden = false;
  }

  // For the checks and the benchmark too: the page's own kernel, on any response in the model's JSON.
  window.workbookLive = { responseJSON: responseJSON, timings: timings, rescore: rescore, report: kernelReport };

  (async function start() {
    try {
      kernel = await instantiate(await gunzip(base64Bytes(byId("workbook-kernel").textContent)));
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
