"use strict";
// The phone pages' script. Everything people typed is set with textContent, never as markup.
// Ids of entries and forms are made here (UUID v4 from crypto.getRandomValues, which works on
// plain http, unlike crypto.randomUUID). What a note-taker types is kept in this phone's
// storage, which belongs to the room's address, not to a link: a refusal or a new link never
// deletes it. Only the console's answer that it stored an entry marks it saved.
(function () {
  var body = document.body, base = body.dataset.base, role = body.dataset.role;
  var lang = document.documentElement.lang || "en";
  var words = JSON.parse(document.getElementById("words").textContent);
  var statusLine = document.getElementById("status");
  var hideTimer = null, sticky = "";
  var KEEP_SAVED = 50;  // saved entries listed on the phone; unsaved ones are never dropped

  function byId(id) { return document.getElementById(id); }
  function get(key, fallback) {
    try { var v = window.localStorage.getItem(key); return v === null ? fallback : v; }
    catch (e) { return fallback; }
  }
  function put(key, value) {
    try { window.localStorage.setItem(key, value); }
    catch (e) { /* storage full or turned off: the page works on without keeping it */ }
  }
  function getJSON(key, fallback) {
    try { var v = JSON.parse(get(key, "")); return v === null ? fallback : v; }
    catch (e) { return fallback; }
  }
  function uuid() {
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) {
      return (x + 256).toString(16).slice(1);
    }).join("");
    return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join("-");
  }
  var device = get("ttx.device", "");
  if (!/^[0-9a-f-]{36}$/.test(device)) { device = uuid(); put("ttx.device", device); }

  // A message at the bottom: gone after a few seconds, unless it asks for something to be
  // done (``keep``), in which case it stays until the situation changes.
  function say(text, keep) {
    window.clearTimeout(hideTimer);
    statusLine.textContent = text || "";
    statusLine.hidden = !text;
    sticky = keep ? text : "";
    if (text && !keep) { hideTimer = window.setTimeout(function () { say(""); }, 4000); }
  }
  function unsay(text) { if (sticky === text) { say(""); } }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
  var clock = new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit" });
  var numbers = new Intl.NumberFormat(lang);
  function time(iso) {
    if (!iso) { return ""; }
    var d = new Date(iso);
    return isNaN(d) ? "" : clock.format(d);
  }
  function number(n) { return typeof n === "number" ? numbers.format(n) : String(n); }
  function call(path, payload) {
    var options = { headers: { "X-TTX-Device": device }, cache: "no-store", credentials: "omit" };
    if (payload !== undefined) {
      options.method = "POST";
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(payload);
    }
    return fetch(base + path, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { status: response.status, data: data };
      });
    });
  }
  // Why the console refused, in the page's language when the page knows the reason.
  function why(r) {
    return words["why_" + (r.data && r.data.code)] || (r.data && r.data.error) || String(r.status);
  }
  // Whether an answer means "try again later" rather than "this was refused".
  function passing(r) {
    return r.status >= 500 || r.status === 408 || (r.data && r.data.retry === true);
  }
  // Team choices as chips, which wrap long names; the choice is kept on the phone.
  function fillTeams(box, teams, first) {
    var keep = chosenTeam(box) || get("ttx.team", "");
    var known = teams.map(function (t) { return t.id + "\n" + t.name; }).join("\n");
    if (box.dataset.known === known + "\n" + (first || "")) { return; }
    box.dataset.known = known + "\n" + (first || "");
    box.textContent = "";
    var all = first === null ? teams : [{ id: "", name: first }].concat(teams);
    all.forEach(function (t) {
      var label = el("label", null, "chip team"), input = el("input");
      input.type = "radio"; input.name = "team"; input.value = t.id;
      input.checked = t.id === keep;
      label.append(input, el("span", t.name));
      box.append(label);
    });
    if (!chosenTeam(box) && first !== null) { box.querySelector("input").checked = true; }
  }
  function chosenTeam(box) {
    var checked = box.querySelector("input[name=team]:checked");
    return checked ? checked.value : "";
  }
  function teamName(box) {
    var checked = box.querySelector("input[name=team]:checked");
    return checked ? checked.nextSibling.textContent : "";
  }
  function copy(text) {
    var area = el("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.append(area);
    area.select();
    var done = false;
    try { done = document.execCommand("copy"); } catch (e) { done = false; }
    area.remove();
    if (!done && navigator.clipboard) { navigator.clipboard.writeText(text).catch(function () {}); }
    say(words.copied);
  }

  function noteTaker() {
    var form = byId("entry"), teams = byId("team"), inject = byId("inject");
    var objective = byId("objective"), objectiveField = byId("objective-field");
    var text = byId("text"), author = byId("author"), sent = byId("sent");
    var timers = {};
    author.value = get("ttx.author", "");
    author.addEventListener("change", function () { put("ttx.author", author.value.trim()); });
    teams.addEventListener("change", function () { put("ttx.team", chosenTeam(teams)); });

    // The phone's record of what was typed: every entry until it is saved, and the latest
    // saved ones. Read afresh for each change, as another tab (the new link) may share it.
    function entries() {
      var list = getJSON("ttx.entries", []);
      var old = getJSON("ttx.outbox", null);  // the queue of an earlier version of this page
      if (Array.isArray(old) && old.length) {
        old.forEach(function (e) {
          if (e && e.id && !list.some(function (x) { return x.id === e.id; })) {
            e.state = "retrying"; e.labels = {}; list.push(e);
          }
        });
        put("ttx.entries", JSON.stringify(list)); put("ttx.outbox", "[]");
      }
      return Array.isArray(list) ? list : [];
    }
    function change(id, fields) {
      var list = entries(), found = null;
      list.forEach(function (e) { if (e.id === id) { Object.assign(e, fields); found = e; } });
      var saved = list.filter(function (e) { return e.state === "saved"; });
      if (saved.length > KEEP_SAVED) {
        var gone = saved.slice(0, saved.length - KEEP_SAVED).map(function (e) { return e.id; });
        list = list.filter(function (e) { return gone.indexOf(e.id) < 0; });
      }
      put("ttx.entries", JSON.stringify(list));
      render();
      return found;
    }
    function payload(e) {
      return {
        id: e.id, team_id: e.team_id, kind: e.kind, inject_id: e.inject_id || null,
        objective_id: e.objective_id || null, text: e.text, author: e.author
      };
    }
    function row(e) {
      var li = el("li", null, e.state);
      li.dataset.id = e.id;
      var state = words[e.state] || e.state;
      if (e.reason) { state += ": " + e.reason; }
      var labels = e.labels || {};
      var meta = [time(e.at), labels.team, labels.kind, labels.inject].filter(Boolean);
      li.append(el("span", state, "state"), el("p", meta.join(" · "), "meta"), el("p", e.text));
      (e.notes || []).forEach(function (n) { li.append(el("p", words[n] || n, "note")); });
      if (e.state === "refused" || e.state === "waiting") {
        var actions = el("div", null, "actions");
        var copyButton = el("button", words.copy), again = el("button", words.again);
        copyButton.type = again.type = "button";
        copyButton.addEventListener("click", function () { copy(e.text); });
        again.addEventListener("click", function () { send(e.id); });
        actions.append(copyButton, again);
        li.append(actions);
      }
      return li;
    }
    function render() {
      sent.textContent = "";
      entries().slice().reverse().forEach(function (e) { sent.append(row(e)); });
    }
    function send(id) {
      window.clearTimeout(timers[id]);
      var entry = change(id, { state: "sending", reason: "" });
      if (!entry) { return; }
      call("/entries", payload(entry)).then(function (r) {
        if (r.status === 200 || r.status === 201) {
          change(id, { state: "saved", notes: r.data.notes || [] });
          unsay(words.offline);
          return;
        }
        if (r.status === 404) {  // this link was closed; the new one sends it
          change(id, { state: "waiting" }); say(words.closed, true); return;
        }
        if (!passing(r)) {
          change(id, { state: "refused", reason: why(r) }); return;
        }
        throw new Error(String(r.status));
      }).catch(function () {
        change(id, { state: "retrying" });
        timers[id] = window.setTimeout(function () { send(id); }, 2000);
      });
    }
    function choice(select) {
      var option = select.options[select.selectedIndex];
      return option && option.value ? option.textContent : "";
    }
    function reset() {  // after Save: the next entry starts from the defaults, chosen anew
      var observation = form.querySelector("input[name=kind][value=observation]");
      if (observation) { observation.checked = true; }
      inject.value = ""; objective.value = ""; text.value = "";
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var value = text.value.trim();
      var team = chosenTeam(teams);
      if (!team) { say(words.choose_team); teams.scrollIntoView(); return; }
      if (!value) { say(words.need_text); text.focus(); return; }
      var kind = form.querySelector("input[name=kind]:checked");
      var entry = {
        id: uuid(), team_id: team, kind: kind ? kind.value : "note",
        inject_id: inject.value || null, objective_id: objective.value || null,
        text: value, author: author.value.trim(), at: new Date().toISOString(),
        state: "sending",
        labels: {
          team: teamName(teams), kind: kind ? kind.nextSibling.textContent : "",
          inject: choice(inject), objective: choice(objective)
        }
      };
      put("ttx.author", entry.author);
      var list = entries(); list.push(entry); put("ttx.entries", JSON.stringify(list));
      reset();
      send(entry.id);
    });
    function fill(select, items, label, none) {
      var chosen = select.value;
      select.textContent = "";
      select.append(el("option", none)); select.options[0].value = "";
      items.forEach(function (i) { var o = el("option", label(i)); o.value = i.id; select.append(o); });
      select.value = chosen;
      if (select.value !== chosen) { select.value = ""; }
    }
    function load() {
      call("/state").then(function (r) {
        if (r.status === 404) { say(words.closed, true); return; }
        if (r.status !== 200) { return; }
        unsay(words.offline); unsay(words.closed);
        fillTeams(teams, r.data.teams, null);
        fill(inject, r.data.injects, function (i) { return number(i.number) + ". " + i.title; },
          words.no_inject);
        var objectives = r.data.objectives || [];
        objectiveField.hidden = objectives.length === 0;
        fill(objective, objectives, function (o) { return o.code + " · " + o.title; },
          words.no_objective);
      }).catch(function () { say(words.offline, true); });
    }
    window.addEventListener("storage", function (event) {
      if (event.key === "ttx.entries") { render(); }
    });
    render();
    load();
    window.setInterval(load, 5000);
    entries().forEach(function (e) {  // what waited for the console, this link or an old one
      if (e.state !== "saved" && e.state !== "refused") { send(e.id); }
    });
  }

  function participant() {
    var teams = byId("team"), latest = byId("injects"), older = byId("older");
    var olderList = byId("older-injects"), last = "", scrolled = false;
    teams.addEventListener("change", function () {
      put("ttx.team", chosenTeam(teams)); last = ""; poll();
      byId("team-name").textContent = teamName(teams);
      byId("team-box").open = false;  // folded: the injects matter more than the choice
    });
    function card(i) {
      var li = el("li");
      li.dataset.id = i.id;
      li.id = "inject-" + i.number;  // an inject card's QR code links here
      var meta = [number(i.number), i.scenario_time, time(i.released_at)].filter(Boolean);
      li.append(el("p", meta.join(" · "), "meta"), el("h3", i.title));
      if (i.text) { li.append(el("p", i.text)); }
      if (i.source) { li.append(el("p", words.from + ": " + i.source, "meta")); }
      return li;
    }
    function render(data) {
      fillTeams(teams, data.teams, words.all_teams);
      byId("team-name").textContent = teamName(teams);
      var module = byId("module");
      module.hidden = !data.module;
      if (data.module) {
        byId("module-title").textContent = data.module.title;
        var questions = byId("questions");
        questions.textContent = "";
        data.module.questions.forEach(function (q) { questions.append(el("li", q)); });
      }
      byId("none").hidden = data.injects.length > 0;
      latest.textContent = ""; olderList.textContent = "";
      data.injects.forEach(function (i, n) { (n === 0 ? latest : olderList).append(card(i)); });
      older.hidden = data.injects.length < 2;
      if (window.ttxRoom.showVote) { window.ttxRoom.showVote(data.vote || null); }
      byId("older-count").textContent = number(Math.max(0, data.injects.length - 1));
      var wanted = location.hash && document.getElementById(location.hash.slice(1));
      if (wanted && !scrolled) {
        scrolled = true;
        if (olderList.contains(wanted)) { older.open = true; }
        wanted.scrollIntoView();
      }
    }
    var timer = null;
    function poll() {
      window.clearTimeout(timer);
      var chosen = chosenTeam(teams) || get("ttx.team", "");
      call("/state?team=" + encodeURIComponent(chosen)).then(function (r) {
        if (r.status === 404) { say(words.closed, true); return; }
        if (r.status !== 200) { return; }
        unsay(words.offline); unsay(words.closed);
        var key = JSON.stringify(r.data);
        if (key !== last) { last = key; render(r.data); }
      }).catch(function () { say(words.offline, true); }).then(function () {
        timer = window.setTimeout(poll, 1500);
      });
    }
    poll();
    feedback();
  }

  // One form per phone: its id stays on the phone, so sending it again replaces it.
  function feedback() {
    var form = byId("feedback"), done = byId("fb-done");
    var button = form.querySelector("button[type=submit]");
    byId("open-feedback").addEventListener("click", function () {
      form.hidden = false; form.scrollIntoView({ behavior: "smooth" });
    });
    function fields(name) { return form.querySelectorAll("[name=" + name + "]"); }
    function values(name) {
      return Array.prototype.map.call(fields(name), function (e) { return e.value.trim(); });
    }
    function restore(saved) {
      ["name", "organisation", "role", "missed"].forEach(function (k) {
        form.elements[k].value = saved[k] || "";
      });
      ["strengths", "improvements"].forEach(function (k) {
        Array.prototype.forEach.call(fields(k), function (e, n) { e.value = (saved[k] || [])[n] || ""; });
      });
      (saved.corrective || []).forEach(function (c, n) {
        if (fields("action")[n]) {
          fields("action")[n].value = c.action || ""; fields("priority")[n].value = c.priority || "";
          fields("owner")[n].value = c.owner || "";
        }
      });
      Object.keys(saved.ratings || {}).forEach(function (k) {
        var r = form.querySelector("input[name='rate-" + k + "'][value='" + saved.ratings[k] + "']");
        if (r) { r.checked = true; }
      });
    }
    var kept = getJSON("ttx.feedback.form", null);
    if (kept && typeof kept === "object") {
      restore(kept); done.hidden = false; button.textContent = words.fb_update;
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var id = get("ttx.feedback.id", "");
      if (!/^[0-9a-f-]{36}$/.test(id)) { id = uuid(); put("ttx.feedback.id", id); }
      var actions = values("action"), priorities = values("priority"), owners = values("owner");
      var ratings = {};
      var checked = form.querySelectorAll("input[type=radio]:checked");
      Array.prototype.forEach.call(checked, function (r) {
        ratings[r.name.slice(5)] = Number(r.value);
      });
      var payload = {
        id: id, name: form.elements.name.value.trim(),
        organisation: form.elements.organisation.value.trim(),
        role: form.elements.role.value.trim(),
        strengths: values("strengths"), improvements: values("improvements"),
        missed: form.elements.missed.value.trim(),
        corrective: actions.map(function (a, n) {
          return { action: a, priority: priorities[n], owner: owners[n] };
        }).filter(function (c) { return c.action; }),
        ratings: ratings
      };
      put("ttx.feedback.form", JSON.stringify(payload));  // kept even if it is refused
      button.disabled = true; done.hidden = true; say(words.sending);
      (function send() {
        call("/feedback", payload).then(function (r) {
          if (r.status === 200 || r.status === 201) {
            say(""); done.hidden = false; button.disabled = false;
            button.textContent = words.fb_update; return;
          }
          if (!passing(r)) {  // kept on the phone: it can be changed and sent again
            button.disabled = false; say(words.refused + ": " + why(r), true);
            return;
          }
          throw new Error(String(r.status));
        }).catch(function () { say(words.retrying, true); window.setTimeout(send, 2000); });
      })();
    });
  }

  // What policy.js (the rapporteur's page, the participants' votes) shares of this script.
  window.ttxRoom = {
    byId: byId, get: get, put: put, getJSON: getJSON, uuid: uuid, say: say, unsay: unsay,
    el: el, call: call, why: why, passing: passing, fillTeams: fillTeams, copy: copy,
    chosenTeam: chosenTeam, teamName: teamName, time: time, number: number, words: words
  };
  if (role === "note-taker") { noteTaker(); } else if (role === "participant") { participant(); }
})();
