"""The script and style sheet of the phone pages, served from memory under each role's path.

The script sets every text it receives with textContent, so nothing people typed is ever
read as markup. Ids of entries and forms are made on the phone (UUID v4 from
crypto.getRandomValues, which works on plain http, unlike crypto.randomUUID), kept in the
phone's storage until the console has committed them, and resent until it answers.
"""

from __future__ import annotations

APP_JS = r""""use strict";
(function () {
  var body = document.body, base = body.dataset.base, role = body.dataset.role;
  var words = JSON.parse(document.getElementById("words").textContent);
  var statusLine = document.getElementById("status");
  function byId(id) { return document.getElementById(id); }
  function get(key, fallback) {
    try { var v = window.localStorage.getItem(key); return v === null ? fallback : v; }
    catch (e) { return fallback; }
  }
  function put(key, value) { try { window.localStorage.setItem(key, value); } catch (e) {} }
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
  function say(text) { statusLine.textContent = text || ""; statusLine.hidden = !text; }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
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
  function fillTeams(select, teams, first) {
    var keep = select.value || get("ttx.team", "");
    select.textContent = "";
    if (first !== null) { select.append(el("option", first)); select.options[0].value = ""; }
    teams.forEach(function (t) { var o = el("option", t.name); o.value = t.id; select.append(o); });
    if (teams.some(function (t) { return t.id === keep; })) { select.value = keep; }
  }
  function time(iso) {
    if (!iso) { return ""; }
    var d = new Date(iso);
    return isNaN(d) ? "" : d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  function noteTaker() {
    var form = byId("entry"), team = byId("team"), inject = byId("inject");
    var text = byId("text"), author = byId("author"), sent = byId("sent");
    var outbox = [], rows = {};
    try { outbox = JSON.parse(get("ttx.outbox", "[]")) || []; } catch (e) { outbox = []; }
    author.value = get("ttx.author", "");
    author.addEventListener("change", function () { put("ttx.author", author.value.trim()); });
    team.addEventListener("change", function () { put("ttx.team", team.value); });
    function keep() { put("ttx.outbox", JSON.stringify(outbox)); }
    function drop(entry) {
      outbox = outbox.filter(function (e) { return e.id !== entry.id; });
      keep();
    }
    function mark(entry, state, detail) {
      var li = rows[entry.id];
      if (!li) {
        li = el("li"); li.append(el("span", "", "state"), el("p", entry.text));
        sent.prepend(li); rows[entry.id] = li;
      }
      li.className = state;
      li.dataset.id = entry.id;
      li.firstChild.textContent = words[state] + (detail ? ": " + detail : "");
    }
    function send(entry) {
      mark(entry, "sending");
      call("/entries", entry).then(function (r) {
        if (r.status === 200 || r.status === 201) { drop(entry); mark(entry, "saved"); return; }
        if (r.status >= 400 && r.status < 500 && r.status !== 408 && r.status !== 429) {
          drop(entry); mark(entry, "refused", r.data.error || String(r.status)); return;
        }
        throw new Error(String(r.status));
      }).catch(function () {
        mark(entry, "retrying");
        window.setTimeout(function () { send(entry); }, 2000);
      });
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var value = text.value.trim();
      if (!team.value) { say(words.choose_team); team.focus(); return; }
      if (!value) { say(words.need_text); text.focus(); return; }
      var kind = form.querySelector("input[name=kind]:checked");
      var entry = {
        id: uuid(), team_id: team.value, kind: kind ? kind.value : "note",
        inject_id: inject.value || null, text: value, author: author.value.trim()
      };
      put("ttx.author", entry.author);
      outbox.push(entry); keep();
      text.value = ""; say("");
      send(entry);
    });
    function load() {
      call("/state").then(function (r) {
        if (r.status === 404) { say(words.closed); return; }
        if (r.status !== 200) { return; }
        say("");
        fillTeams(team, r.data.teams, words.choose_team);
        var chosen = inject.value;
        inject.textContent = "";
        inject.append(el("option", words.no_inject)); inject.options[0].value = "";
        r.data.injects.forEach(function (i) {
          var o = el("option", i.number + ". " + i.title); o.value = i.id; inject.append(o);
        });
        inject.value = chosen;
        if (inject.value !== chosen) { inject.value = ""; }
      }).catch(function () { say(words.offline); });
    }
    load();
    window.setInterval(load, 5000);
    outbox.slice().forEach(send);
  }

  function participant() {
    var team = byId("team"), list = byId("injects"), last = "", scrolled = false;
    team.addEventListener("change", function () {
      put("ttx.team", team.value); last = ""; poll();
    });
    function render(data) {
      fillTeams(team, data.teams, words.all_teams);
      var module = byId("module");
      module.hidden = !data.module;
      if (data.module) {
        byId("module-title").textContent = data.module.title;
        var questions = byId("questions");
        questions.textContent = "";
        data.module.questions.forEach(function (q) { questions.append(el("li", q)); });
      }
      byId("none").hidden = data.injects.length > 0;
      list.textContent = "";
      data.injects.forEach(function (i) {
        var li = el("li");
        li.dataset.id = i.id;
        li.id = "inject-" + i.number;  // an inject card's QR code links here
        var meta = [String(i.number), i.scenario_time, time(i.released_at)].filter(Boolean);
        li.append(el("p", meta.join(" · "), "meta"), el("h3", i.title));
        if (i.text) { li.append(el("p", i.text)); }
        if (i.source) { li.append(el("p", words.from + ": " + i.source, "meta")); }
        list.append(li);
      });
      var card = location.hash && document.getElementById(location.hash.slice(1));
      if (card && !scrolled) { scrolled = true; card.scrollIntoView(); }
    }
    var timer = null;
    function poll() {
      window.clearTimeout(timer);
      var chosen = team.value || get("ttx.team", "");
      call("/state?team=" + encodeURIComponent(chosen)).then(function (r) {
        if (r.status === 404) { say(words.closed); return; }
        if (r.status !== 200) { return; }
        say("");
        var key = JSON.stringify(r.data);
        if (key !== last) { last = key; render(r.data); }
      }).catch(function () { say(words.offline); }).then(function () {
        timer = window.setTimeout(poll, 1500);
      });
    }
    poll();
    feedback();
  }

  function feedback() {
    var form = byId("feedback"), done = byId("fb-done");
    byId("open-feedback").addEventListener("click", function () {
      form.hidden = false; form.scrollIntoView({ behavior: "smooth" });
    });
    function values(name) {
      return Array.prototype.map.call(form.querySelectorAll("[name=" + name + "]"), function (e) {
        return e.value.trim();
      });
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var id = get("ttx.feedback", "") || uuid();
      put("ttx.feedback", id);
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
      var button = form.querySelector("button[type=submit]");
      button.disabled = true; say(words.sending);
      (function send() {
        call("/feedback", payload).then(function (r) {
          if (r.status === 200 || r.status === 201) {
            put("ttx.feedback", ""); say(""); done.hidden = false; button.hidden = true; return;
          }
          if (r.status >= 400 && r.status < 500 && r.status !== 408 && r.status !== 429) {
            button.disabled = false; say(words.refused + ": " + (r.data.error || r.status)); return;
          }
          throw new Error(String(r.status));
        }).catch(function () { say(words.retrying); window.setTimeout(send, 2000); });
      })();
    });
  }

  if (role === "note-taker") { noteTaker(); } else { participant(); }
})();
"""

APP_CSS = """:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --card: #f6f8fa;
  --accent: #0b5cd5; --ok: #1a7f37; --bad: #b42318;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #30363d; --card: #161b22;
    --accent: #3d8bfd; --ok: #3fb950; --bad: #f85149;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0 auto; max-width: 40rem; padding: 0 1rem 5rem; background: var(--bg); color: var(--fg);
  font: 17px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans",
    sans-serif;
}
header { padding: 1rem 0 .75rem; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.35rem; line-height: 1.25; margin: .2rem 0 0; overflow-wrap: anywhere; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .25rem; }
.caveat {
  margin: 0; font-size: .75rem; font-weight: 700; letter-spacing: .06em; color: var(--bad);
  text-transform: uppercase;
}
.role { margin: 0; color: var(--muted); font-size: .9rem; }
label, legend { display: block; font-weight: 600; margin: 1rem 0 .35rem; padding: 0; }
input, select, textarea, button {
  font: inherit; width: 100%; min-height: 48px; padding: .6rem .75rem; margin: 0 0 .4rem;
  border: 1px solid var(--line); border-radius: 10px; background: var(--bg); color: var(--fg);
}
textarea { resize: vertical; }
button { cursor: pointer; background: var(--card); font-weight: 600; }
button.primary {
  background: var(--accent); border-color: var(--accent); color: #fff; margin-top: 1.25rem;
}
button:disabled { opacity: .6; }
fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
form > fieldset { margin-top: .75rem; }
.chips { display: flex; flex-wrap: wrap; gap: .5rem; }
.chip { margin: 0; font-weight: 500; position: relative; }
.chip input, .scale input {
  position: absolute; opacity: 0; width: 1px; height: 1px; min-height: 0;
}
.chip span {
  display: inline-flex; align-items: center; min-height: 44px; padding: .4rem .9rem;
  border: 1px solid var(--line); border-radius: 999px; background: var(--card);
}
.chip input:checked + span, .scale input:checked + span {
  background: var(--accent); border-color: var(--accent); color: #fff;
}
.chip input:focus-visible + span, .scale input:focus-visible + span {
  outline: 3px solid var(--accent); outline-offset: 2px;
}
.rating { margin-top: 1.1rem; }
.rating legend { font-weight: 500; margin: 0 0 .4rem; }
.scale { display: grid; grid-template-columns: repeat(5, 1fr); gap: .4rem; }
.scale label { margin: 0; position: relative; }
.scale span {
  display: flex; justify-content: center; align-items: center; min-height: 48px;
  border: 1px solid var(--line); border-radius: 10px; font-weight: 700; background: var(--card);
}
.corrective {
  display: grid; margin: .5rem 0 .75rem; padding-bottom: .5rem;
  border-bottom: 1px dashed var(--line);
}
.sent, .injects { list-style: none; padding: 0; margin: 0; }
.sent li {
  padding: .6rem .75rem; margin: .5rem 0; border-radius: 10px; background: var(--card);
  border-left: 5px solid var(--line);
}
.sent li.saved { border-left-color: var(--ok); }
.sent li.retrying, .sent li.refused { border-left-color: var(--bad); }
.sent .state { font-size: .8rem; font-weight: 700; color: var(--muted); text-transform: uppercase; }
.sent li.saved .state { color: var(--ok); }
.sent li.refused .state, .sent li.retrying .state { color: var(--bad); }
.sent p, .injects p { margin: .25rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.injects li {
  padding: .75rem .9rem; margin: .75rem 0; border: 1px solid var(--line); border-radius: 12px;
  background: var(--card);
}
.injects li:first-child { border: 2px solid var(--accent); }
.injects h3 { margin: .15rem 0; font-size: 1.1rem; overflow-wrap: anywhere; }
.meta, .muted { color: var(--muted); font-size: .85rem; margin: 0; }
#questions { padding-left: 1.4rem; }
#questions li { margin: .35rem 0; }
.status {
  position: fixed; left: .75rem; right: .75rem; bottom: .75rem; margin: 0; padding: .75rem 1rem;
  border-radius: 10px; background: var(--fg); color: var(--bg); font-weight: 600;
}
.done { color: var(--ok); font-weight: 700; font-size: 1.1rem; }
[hidden] { display: none !important; }
"""

# The tab icon, so browsers do not ask for /favicon.ico (which is no route).
ICON_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<rect width="32" height="32" rx="7" fill="#0b5cd5"/>
<path d="M8 10h16M8 16h16M8 22h10" stroke="#fff" stroke-width="3" stroke-linecap="round"/>
</svg>
"""
