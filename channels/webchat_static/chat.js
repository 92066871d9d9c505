// The web chat. Everything shown comes in as text and is written with textContent, never as
// HTML. Nothing is kept in cookies or storage: the conversation code lives in memory only.
"use strict";
(function () {
  const body = document.body;
  const T = JSON.parse(document.getElementById("chat-texts").textContent);
  let lang = body.dataset.lang;
  const log = document.getElementById("log");
  const statusEl = document.getElementById("status");
  const notice = document.getElementById("notice");
  const extra = document.getElementById("extra");
  const box = document.getElementById("message");
  const seen = new Set();
  let ws = null;
  let code = null;
  let retry = 500;
  let closing = false;
  let pending = [];

  function url() {
    const proto = location.protocol === "https:" ? "wss:" : "ws:";
    return proto + "//" + location.host + "/chat/ws?lang=" + encodeURIComponent(lang);
  }

  function connect() {
    ws = new WebSocket(url());
    ws.addEventListener("open", () => {
      retry = 500;
      if (code) { send({ type: "resume", code: code }); }
      const queued = pending; pending = [];
      queued.forEach(send);
    });
    ws.addEventListener("message", (ev) => handle(JSON.parse(ev.data)));
    ws.addEventListener("close", () => {
      if (closing) { return; }
      statusEl.textContent = T.disconnected;
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 10000);
    });
  }

  function send(obj) {
    if (ws && ws.readyState === WebSocket.OPEN) { ws.send(JSON.stringify(obj)); }
    else { pending.push(obj); }
  }

  function add(sender, text, opts) {
    opts = opts || {};
    if (opts.id != null) {
      const key = sender + ":" + opts.id;
      if (seen.has(key)) { return null; }
      seen.add(key);
    }
    const li = document.createElement("li");
    li.className = sender + (opts.kind === "urgent" ? " urgent" : "");
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = sender === "writer" ? T.you : (sender === "counsellor" ? T.counsellor : T.helpline);
    const msg = document.createElement("span");
    msg.className = "text";
    msg.textContent = text;
    li.append(who, msg);
    if (opts.buttons && opts.buttons.length) {
      const row = document.createElement("div");
      row.className = "choices";
      opts.buttons.forEach((b) => {
        const btn = document.createElement("button");
        btn.type = "button";
        btn.textContent = b.label;
        btn.addEventListener("click", () => send({ type: "choose", data: b.data }));
        row.append(btn);
      });
      li.append(row);
    }
    log.append(li);
    li.scrollIntoView({ block: "end" });
    return li;
  }

  function handle(m) {
    if (m.type === "status") {
      statusEl.textContent = m.position_text ? m.text + " " + m.position_text : m.text;
      statusEl.className = "status " + (m.open ? "open" : "closed");
    } else if (m.type === "message") {
      if (m.code) { code = m.code; }
      add(m.sender, m.text, { id: m.id, kind: m.kind, buttons: m.buttons });
    } else if (m.type === "ack") {
      const li = m.client_id && document.querySelector('[data-client-id="' + CSS.escape(m.client_id) + '"]');
      if (li) { li.classList.add("stored"); li.removeAttribute("data-client-id"); }
      if (m.id != null) { seen.add("writer:" + m.id); }
    } else if (m.type === "history") {
      log.textContent = "";
      seen.clear();
      m.messages.forEach((x) => add(x.sender, x.text, { id: x.id, kind: x.kind }));
      showNotice(m.text);
    } else if (m.type === "notice") {
      showNotice(m.text, m.key);
      // A refused message: mark it not sent and give its text back, so nothing typed is lost.
      const li = m.client_id && document.querySelector('[data-client-id="' + CSS.escape(m.client_id) + '"]');
      if (li) {
        li.classList.add("not-sent");
        li.removeAttribute("data-client-id");
        const mark = document.createElement("span");
        mark.className = "mark";
        mark.textContent = T.not_sent_label;
        li.append(mark);
        const typed = li.querySelector(".text");
        if (typed && !box.value) { box.value = typed.textContent; }
      }
    } else if (m.type === "slots") {
      showSlots(m);
    } else if (m.type === "answer") {
      add("bot", m.text, { id: m.id, kind: m.kind, buttons: m.buttons });
    }
  }

  // "Everything arrives and is read" stays up while the writer keeps sending; other notices
  // (an empty message, ...) go with the next message sent.
  let noticeKey = "";
  function showNotice(text, key) {
    notice.textContent = text || "";
    noticeKey = key || "";
  }

  function showSlots(m) {
    extra.textContent = "";
    const form = document.createElement("form");
    const slotId = "slot-" + m.kind;
    const lab = document.createElement("label");
    lab.htmlFor = slotId;
    lab.textContent = T.callback_slot_label;
    const sel = document.createElement("select");
    sel.id = slotId;
    m.slots.forEach((s) => {
      const o = document.createElement("option");
      o.value = s.value;
      o.textContent = s.label;
      sel.append(o);
    });
    form.append(lab, sel);
    let phone = null;
    if (m.kind === "phone") {
      const pl = document.createElement("label");
      pl.htmlFor = "callback-phone";
      pl.textContent = T.callback_phone_label;
      phone = document.createElement("input");
      phone.id = "callback-phone";
      phone.type = "tel";
      phone.autocomplete = "off";
      form.append(pl, phone);
    }
    const btn = document.createElement("button");
    btn.type = "submit";
    btn.textContent = m.kind === "phone" ? T.callback_submit : T.chat_slot_submit;
    form.append(btn);
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const msg = { type: "choose", data: "book:" + m.kind, slot: sel.value };
      if (phone) { msg.phone = phone.value; phone.value = ""; }
      send(msg);
      extra.textContent = "";
    });
    extra.append(form);
    sel.focus();
  }

  document.getElementById("send-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const text = box.value;
    if (!text.trim()) { showNotice(T.empty); return; }
    const clientId = Math.random().toString(36).slice(2);
    const li = add("writer", text);
    li.dataset.clientId = clientId;
    send({ type: "message", text: text, client_id: clientId });
    box.value = "";
    if (noticeKey !== "many_messages") { showNotice(""); }
    box.focus();
  });

  box.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey) {
      ev.preventDefault();
      document.getElementById("send-form").requestSubmit();
    }
  });

  document.getElementById("resume-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const input = document.getElementById("resume-code");
    code = input.value.trim();
    input.value = "";
    send({ type: "resume", code: code });
  });

  // Quick exit: leave no trace on screen or in this tab's history.
  function quickExit() {
    closing = true;
    try { if (ws) { ws.close(); } } catch (e) { /* leaving anyway */ }
    code = null;
    try { sessionStorage.clear(); localStorage.clear(); } catch (e) { /* storage may be off */ }
    document.title = "";
    body.textContent = "";
    location.replace(body.dataset.exitUrl);
  }
  document.getElementById("quick-exit").addEventListener("click", quickExit);
  let lastEsc = 0;
  document.addEventListener("keydown", (ev) => {
    if (ev.key !== "Escape") { return; }
    const now = Date.now();
    if (now - lastEsc < 1500) { quickExit(); }
    lastEsc = now;
  });

  connect();
})();
