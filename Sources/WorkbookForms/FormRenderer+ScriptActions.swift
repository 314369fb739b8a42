extension FormRenderer {
    /// The second half of the form's script: progress, saving in `localStorage`, and the
    /// download, copy and clear buttons. It closes the function `script` opens.
    static let scriptPartTwo = #"""

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

      function update() {
        drawTables();
        showTableErrors();
        const answers = questions.map(answerOf);
        yaml = buildYAML(answers);
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

    """#
}
