extension FormRenderer {
    /// The plan's script, inside the form script's function: scores elements as the ratings come
    /// in (as the engine does: a question's rating, or its ratings' median or mean; an element's
    /// weighted mean), marks the weakest links, and writes `targets:` and `actions:`.
    static let scriptPlan = #"""

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
        const lines = [];
        const targets = planRows.map((row) => [row.id, targetValue(row)]).filter((pair) => pair[1] !== null);
        if (targets.length > 0) {
          lines.push("targets:");
          for (const [id, value] of targets) lines.push("  " + id + ": " + value);
        }
        const actions = [];
        const taken = new Set(carried.map((item) => item.action.id));
        for (const item of carried) {
          const action = item.action;
          const out = ["  - id: " + action.id];
          out.push(action.elements.length === 1 ? "    element: " + action.elements[0] : "    elements: [" + action.elements.join(", ") + "]");
          out.push("    what: " + scalar(action.what));
          if (action.owner) out.push("    owner: " + scalar(action.owner));
          if (action.due) out.push("    due: " + action.due);
          out.push("    status: " + item.select.value);
          if (action.measure) out.push("    measure: " + scalar(action.measure));
          actions.push(out.join("\n"));
        }
        for (const row of planRows) {
          const what = clean(row.what.value).trim();
          if (what === "") continue;
          const out = ["  - id: " + newActionId(row, taken), "    element: " + row.id, "    what: " + scalar(what)];
          const owner = clean(row.owner.value).trim();
          if (owner !== "") out.push("    owner: " + scalar(owner));
          const due = dueValue(row.due);
          if (due !== "") out.push("    due: " + due);
          out.push("    status: planned");
          actions.push(out.join("\n"));
        }
        if (actions.length > 0) lines.push("actions:", ...actions);
        return lines;
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
    """#
}
