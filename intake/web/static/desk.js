// The review desk: field boxes on the page images, live checks, keyboard shortcuts, no double submit.
(function () {
  "use strict";
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";

  // Place each box from its percentages (no inline styles: the CSP forbids them).
  document.querySelectorAll(".box").forEach(function (box) {
    box.style.left = box.dataset.left + "%";
    box.style.top = box.dataset.top + "%";
    box.style.width = box.dataset.width + "%";
    box.style.height = box.dataset.height + "%";
  });

  function highlight(name, on) {
    document.querySelectorAll('.box[data-field="' + name + '"]').forEach(function (box) {
      box.classList.toggle("active", on);
      if (on) { box.scrollIntoView({ block: "nearest", behavior: "smooth" }); }
    });
  }
  document.querySelectorAll(".field").forEach(function (field) {
    var input = field.querySelector("input");
    if (!input) { return; }
    input.addEventListener("focus", function () { field.classList.add("active"); highlight(field.dataset.field, true); });
    input.addEventListener("blur", function () { field.classList.remove("active"); highlight(field.dataset.field, false); });
  });
  document.querySelectorAll(".box").forEach(function (box) {
    box.addEventListener("click", function () {
      var input = document.querySelector('.field[data-field="' + box.dataset.field + '"] input');
      if (input) { input.focus(); input.select(); }
    });
  });

  // Check an edited field at once (the server runs the same validators as on save).
  function check(form, input) {
    var data = new FormData(form);
    data.append("name", input.dataset.name);
    data.append("value", input.value);
    if (input.dataset.optional) { data.append("optional", "1"); }
    var msg = document.getElementById(input.id + "-msg");
    var field = input.closest(".field");
    fetch(form.dataset.check, { method: "POST", body: data, headers: { "X-CSRF-Token": csrf, "Accept": "application/json" },
                                credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (res) {
        if (!res || !msg) { return; }
        msg.textContent = "";
        if (res.error) {
          var e = document.createElement("span"); e.className = "error"; e.textContent = res.error; msg.appendChild(e);
          input.setAttribute("aria-invalid", "true"); field.classList.add("invalid"); field.classList.remove("ok");
        } else {
          input.removeAttribute("aria-invalid"); field.classList.remove("invalid");
          if (input.value.trim()) { field.classList.add("ok"); }
        }
        (res.warnings || []).forEach(function (w) {
          var s = document.createElement("span"); s.className = "warning"; s.textContent = w; msg.appendChild(s);
        });
      })
      .catch(function () {});
  }
  document.querySelectorAll("form.fields").forEach(function (form) {
    var timer = null;
    form.querySelectorAll("input[data-name]").forEach(function (input) {
      if (input.readOnly) { return; }
      input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () { check(form, input); }, 350);
      });
      input.addEventListener("change", function () { clearTimeout(timer); check(form, input); });
    });
  });

  // One submit per form: a double click sends the decision once (the server is idempotent anyway).
  document.querySelectorAll("form").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (form.dataset.sent) { event.preventDefault(); return; }
      form.dataset.sent = "1";
      var clicked = event.submitter;
      if (clicked && clicked.name) {
        var hidden = document.createElement("input");
        hidden.type = "hidden"; hidden.name = clicked.name; hidden.value = clicked.value;
        form.appendChild(hidden);
      }
      setTimeout(function () { form.querySelectorAll("button").forEach(function (b) { b.disabled = true; }); }, 0);
    });
  });

  // Keyboard shortcuts, outside the text fields: a approve, t ticket, i ignore, n next.
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) { return; }
    var element = document.querySelector('[data-key="' + event.key.toLowerCase() + '"]');
    if (!element) { return; }
    event.preventDefault();
    if (element.tagName === "BUTTON" && element.form) { element.form.requestSubmit(element); }
    else { element.click(); }
  });
})();
