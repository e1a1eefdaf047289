"use strict";
// The rapporteur's page and the participants' votes, on the helpers of app.js (window.ttxRoom).
// A rapporteur's draft is kept on this phone, with a UUID made here, until the console answers
// that it stored it: a weak signal, a refusal or a new link never loses what was typed, and
// sending it again changes the same recommendation. A phone votes once per vote; it remembers
// that it voted, and the console refuses a second ballot from it anyway.
(function (room) {
  var words = room.words, el = room.el, byId = room.byId, say = room.say;
  var role = document.body.dataset.role;

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, k) { return k in values ? room.number(values[k]) : m; });
  }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  function rapporteur() {
    var teams = byId("team"), form = byId("rec"), mine = byId("mine"), others = byId("others");
    var steps = form.querySelectorAll("fieldset.step"), editing = "", step = 1;
    var latest = null, last = "", timers = {};
    var TEXTS = ["issue", "action", "theme", "owner", "partners", "timeline", "legal_basis",
      "safeguards", "proportionality", "gender_impact", "indicator"];
    var LOCAL = ["state", "reason", "at"];  // kept on the phone, not sent

    function outbox() { var l = room.getJSON("ttx.recs", []); return Array.isArray(l) ? l : []; }
    function keep(list) { room.put("ttx.recs", JSON.stringify(list)); render(); }
    function change(id, fields) {
      var list = outbox(), found = null;
      list.forEach(function (d) { if (d.id === id) { Object.assign(d, fields); found = d; } });
      keep(list);
      return found;
    }
    function table() { return room.chosenTeam(teams) || room.get("ttx.team", ""); }
    function field(name) { return form.elements.namedItem(name); }
    function read() {
      var d = { id: editing, team_id: table() };
      TEXTS.forEach(function (k) { d[k] = field(k).value.trim(); });
      var h = form.querySelector("input[name=horizon]:checked");
      d.horizon = h ? h.value : "";
      d.rights = Array.prototype.map.call(form.querySelectorAll("input[name=rights]:checked"),
        function (c) { return c.value; });
      var c = form.querySelector("input[name=consulted]:checked");
      d.women_consulted = !c || c.value === "" ? null : c.value === "yes";
      d.author = field("your_name").value.trim();
      return d;
    }
    function write(d) {
      TEXTS.forEach(function (k) { field(k).value = d[k] || ""; });
      each(form.querySelectorAll("input[name=horizon]"), function (r) { r.checked = r.value === d.horizon; });
      each(form.querySelectorAll("input[name=rights]"), function (r) {
        r.checked = (d.rights || []).indexOf(r.value) >= 0;
      });
      var consulted = d.women_consulted === true ? "yes" : d.women_consulted === false ? "no" : "";
      each(form.querySelectorAll("input[name=consulted]"), function (r) {
        r.checked = r.value === consulted && d.women_consulted !== undefined;
      });
      field("your_name").value = d.author || room.get("ttx.author", "");
    }
    function remember() {  // the form as typed so far, kept through a reload or a new link
      room.put("ttx.rec.form", editing ? JSON.stringify({ step: step, draft: read() }) : "");
    }
    function go(n) {
      step = n;
      each(steps, function (f) { f.hidden = Number(f.dataset.step) !== n; });
      byId("back").disabled = n === 1;
      byId("next").hidden = n === steps.length;
      byId("send").hidden = n !== steps.length;
      byId("step-count").textContent = fill(words.step, { n: n, of: steps.length });
      form.scrollIntoView();
      remember();
    }
    function open(d) {
      if (!table()) { say(words.choose_table); byId("team-box").open = true; return; }
      editing = d ? d.id : room.uuid();
      write(d || {});
      form.hidden = false; byId("new-rec").hidden = true;
      go(1);
    }
    function shut() {
      editing = ""; form.hidden = true; byId("new-rec").hidden = false; remember();
    }
    function send(id) {
      window.clearTimeout(timers[id]);
      var d = change(id, { state: "sending", reason: "" });
      if (!d) { return; }
      var payload = {};
      Object.keys(d).forEach(function (k) { if (LOCAL.indexOf(k) < 0) { payload[k] = d[k]; } });
      room.call("/recommendations", payload).then(function (r) {
        if (r.status === 200 || r.status === 201) {
          keep(outbox().filter(function (x) { return x.id !== id; }));
          room.unsay(words.offline); load(); return;
        }
        if (r.status === 404) { change(id, { state: "waiting" }); say(words.closed, true); return; }
        if (!room.passing(r)) { change(id, { state: "refused", reason: room.why(r) }); return; }
        throw new Error(String(r.status));
      }).catch(function () {
        change(id, { state: "retrying" });
        timers[id] = window.setTimeout(function () { send(id); }, 2000);
      });
    }
    function item(d, state, local) {
      var editable = local ? true : d.editable;
      var li = el("li", null, local ? state : "status-" + state);
      li.dataset.id = d.id;
      var label = local ? words[state] || state : words["status_" + state] || state;
      if (d.reason) { label += ": " + d.reason; }
      li.append(el("span", label, "state"));
      var meta = [d.theme, words["horizon_" + d.horizon]].filter(Boolean);
      if (meta.length) { li.append(el("p", meta.join(" · "), "meta")); }
      li.append(el("p", d.issue));
      if (d.action) { li.append(el("p", d.action, "action")); }
      var actions = el("div", null, "actions");
      if (editable) {
        var edit = el("button", words.edit);
        edit.type = "button";
        edit.addEventListener("click", function () { open(d); });
        actions.append(edit);
      }
      if (state === "refused" || state === "waiting") {
        var copy = el("button", words.copy), again = el("button", words.again);
        copy.type = again.type = "button";
        copy.addEventListener("click", function () { room.copy(d.issue + "\n" + d.action); });
        again.addEventListener("click", function () { send(d.id); });
        actions.append(copy, again);
      }
      if (actions.children.length) { li.append(actions); }
      return li;
    }
    function render() {
      var shown = {};
      mine.textContent = "";
      outbox().forEach(function (d) { shown[d.id] = true; mine.append(item(d, d.state, true)); });
      ((latest && latest.mine) || []).forEach(function (r) {
        if (!shown[r.id]) { mine.append(item(r, r.status, false)); }
      });
      byId("mine-none").hidden = mine.children.length > 0;
      others.textContent = "";
      ((latest && latest.others) || []).forEach(function (r) {
        var li = el("li");
        li.append(el("p", [r.theme, r.tables.join(", ")].filter(Boolean).join(" · "), "meta"),
          el("h3", r.action));
        if (r.owner) { li.append(el("p", words.owner_is + ": " + r.owner, "meta")); }
        others.append(li);
      });
      byId("others-none").hidden = others.children.length > 0;
    }
    function load() {
      room.call("/state?team=" + encodeURIComponent(table())).then(function (r) {
        if (r.status === 404) { say(words.closed, true); return; }
        if (r.status !== 200) { return; }
        room.unsay(words.offline); room.unsay(words.closed);
        room.fillTeams(teams, r.data.teams, null);
        byId("team-name").textContent = room.teamName(teams) || words.choose_table;
        if (!room.chosenTeam(teams)) { byId("team-box").open = true; }
        var key = JSON.stringify(r.data);
        if (key !== last) { last = key; latest = r.data; render(); }
      }).catch(function () { say(words.offline, true); });
    }

    teams.addEventListener("change", function () {
      room.put("ttx.team", room.chosenTeam(teams));
      byId("team-name").textContent = room.teamName(teams);
      byId("team-box").open = false;  // chosen once: the recommendations matter more
      last = ""; load();
    });
    byId("new-rec").addEventListener("click", function () { open(null); });
    byId("cancel").addEventListener("click", shut);
    byId("back").addEventListener("click", function () { go(Math.max(1, step - 1)); });
    byId("next").addEventListener("click", function () {
      if (step === 1 && !field("issue").value.trim()) { say(words.need_issue); field("issue").focus(); return; }
      go(Math.min(steps.length, step + 1));
    });
    form.addEventListener("input", remember);
    form.addEventListener("change", remember);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var d = read();
      if (!d.issue) { go(1); say(words.need_issue); return; }
      d.state = "sending"; d.at = new Date().toISOString();
      room.put("ttx.author", d.author);
      var list = outbox().filter(function (x) { return x.id !== d.id; });
      list.push(d);
      keep(list);
      shut();
      send(d.id);
    });
    window.addEventListener("storage", function (event) {
      if (event.key === "ttx.recs") { render(); }
    });
    var kept = room.getJSON("ttx.rec.form", null);
    if (kept && kept.draft && kept.draft.id) {  // typing that a reload or new link cut short
      editing = kept.draft.id; write(kept.draft);
      form.hidden = false; byId("new-rec").hidden = true; go(kept.step || 1);
    }
    render();
    load();
    window.setInterval(load, 3000);
    outbox().forEach(function (d) { if (d.state !== "refused") { send(d.id); } });
  }

  function votes() {
    var box = byId("vote"), list = byId("vote-options"), button = byId("vote-send");
    var done = byId("vote-done"), current = null, picked = {}, closed = {};
    function voted() {
      var v = room.getJSON("ttx.voted", {});
      return v && typeof v === "object" ? v : {};
    }
    function remember(id) { var v = voted(); v[id] = true; room.put("ttx.voted", JSON.stringify(v)); }
    function total() {
      return Object.keys(picked).reduce(function (s, k) { return s + picked[k]; }, 0);
    }
    function tap(id) {
      if (current.kind === "poll") { picked = {}; picked[id] = 1; }
      else if (picked[id]) {  // a rank: taken out, the places after it move up
        var gone = picked[id];
        delete picked[id];
        Object.keys(picked).forEach(function (k) { if (picked[k] > gone) { picked[k] -= 1; } });
      } else { picked[id] = Object.keys(picked).length + 1; }
      draw();
    }
    function set(id, n) { if (n <= 0) { delete picked[id]; } else { picked[id] = n; } draw(); }
    function option(o) {
      var li = el("li", null, "option"), count = picked[o.id] || 0;
      if (current.kind === "dots") {
        var minus = el("button", "−", "step"), plus = el("button", "+", "step");
        minus.type = plus.type = "button";
        minus.setAttribute("aria-label", "− " + o.label); plus.setAttribute("aria-label", "+ " + o.label);
        minus.disabled = count === 0; plus.disabled = total() >= current.dots;
        minus.addEventListener("click", function () { set(o.id, count - 1); });
        plus.addEventListener("click", function () { set(o.id, count + 1); });
        li.className = "option dots";
        li.append(el("span", o.label, "label"), minus, el("span", room.number(count), "count"), plus);
        return li;
      }
      var pick = el("button", null, count ? "pick chosen" : "pick");
      pick.type = "button";
      pick.setAttribute("aria-pressed", count ? "true" : "false");
      if (current.kind === "rank" && count) { pick.append(el("span", room.number(count), "place")); }
      pick.append(el("span", o.label));
      pick.addEventListener("click", function () { tap(o.id); });
      li.append(pick);
      return li;
    }
    function draw() {
      var over = !!voted()[current.id];
      list.textContent = "";
      button.hidden = over; done.hidden = !over; byId("vote-hint").hidden = over;
      if (over) { return; }
      current.options.forEach(function (o) { list.append(option(o)); });
      var hint = current.kind === "dots"
        ? fill(words.vote_dots, { dots: current.dots }) + " " +
          fill(words.dots_left, { n: current.dots - total() })
        : current.kind === "rank" ? words.vote_rank : words.vote_poll;
      byId("vote-hint").textContent = hint;
    }
    function choices() {
      var out = {}, n = Object.keys(picked).length;
      Object.keys(picked).forEach(function (k) {
        out[k] = current.kind === "rank" ? n - picked[k] + 1 : picked[k];
      });
      return out;
    }
    room.showVote = function (vote) {
      if (!vote || closed[vote.id]) { box.hidden = true; current = null; return; }
      if (!current || current.id !== vote.id) { picked = {}; }
      current = vote;
      box.hidden = false;
      byId("vote-question").textContent = vote.question;
      draw();
    };
    button.addEventListener("click", function () {
      if (!current || !Object.keys(picked).length) { say(words.vote_pick); return; }
      var id = current.id, payload = { vote_id: id, choices: choices() }, tries = 0;
      button.disabled = true; say(words.sending);
      (function send() {
        tries += 1;
        room.call("/ballot", payload).then(function (r) {
          var code = r.data && r.data.code;
          button.disabled = false;
          if (r.status === 201 || (code === "voted" && tries > 1)) {  // a lost answer, sent again
            remember(id); say(""); if (current) { draw(); } return;
          }
          if (code === "voted") { remember(id); say(words.why_voted); if (current) { draw(); } return; }
          if (code === "closed") { closed[id] = true; box.hidden = true; say(words.why_closed, false); return; }
          if (r.status === 404) { say(words.closed, true); return; }
          if (!room.passing(r)) { say(words.refused + ": " + room.why(r), true); return; }
          throw new Error(String(r.status));
        }).catch(function () {
          button.disabled = true; say(words.retrying, true); window.setTimeout(send, 2000);
        });
      })();
    });
  }

  if (role === "rapporteur") { rapporteur(); } else if (role === "participant") { votes(); }
})(window.ttxRoom);
