// The intake form's script: checks the form, sends it as JSON, and shows the
// next step on the same page. Without it the form still posts and the server
// answers with a page. No framework, no build step.
(function () {
  'use strict';
  var form = document.getElementById('intake-form');
  if (!form || !window.fetch) return;
  var endpoint = form.getAttribute('data-endpoint') || form.action;
  var summary = document.getElementById('error-summary');
  var list = document.getElementById('error-list');
  var button = document.getElementById('submit');
  var status = document.getElementById('status');
  var result = document.getElementById('next-steps');
  var safetyNow = document.getElementById('safety-now');
  // Every sentence this script shows, in the page's language (rendered by the server from the locale catalogue).
  var S = JSON.parse(form.getAttribute('data-strings') || '{}');
  var busy = false;
  // How long the page keeps trying when the server is busy or unreachable, before asking the person to try later.
  var RETRY_FOR_MS = 30000;

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map
      .call(b, function (x) {
        return (x + 256).toString(16).slice(1);
      })
      .join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  // One idempotency key per page view: a double click or a retry is the same submission.
  var idField = form.querySelector('input[name="submissionId"]');
  if (!idField) {
    idField = document.createElement('input');
    idField.type = 'hidden';
    idField.name = 'submissionId';
    form.appendChild(idField);
  }
  idField.value = uuid();

  var LABELS = S.labels || {};

  function target(field) {
    var group = document.getElementById(field + '-group');
    if (group) return group.querySelector('input') || group;
    return document.getElementById(field);
  }

  function clearErrors() {
    summary.hidden = true;
    list.innerHTML = '';
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (el) {
      el.removeAttribute('aria-invalid');
      var ids = (el.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
        return !/-error$/.test(id);
      });
      if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
      else el.removeAttribute('aria-describedby');
    });
    Array.prototype.forEach.call(form.querySelectorAll('.error'), function (el) {
      el.hidden = true;
      el.textContent = '';
    });
  }

  function showErrors(errors) {
    clearErrors();
    var fields = Object.keys(errors);
    fields.forEach(function (field) {
      var message = errors[field];
      var error = document.getElementById(field + '-error');
      var inputs = form.querySelectorAll('[name="' + field + '"]');
      if (error) {
        error.textContent = message;
        error.hidden = false;
      }
      Array.prototype.forEach.call(inputs, function (input) {
        if (input.type === 'hidden') return;
        input.setAttribute('aria-invalid', 'true');
        if (error) {
          var ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
          if (ids.indexOf(error.id) < 0) ids.push(error.id);
          input.setAttribute('aria-describedby', ids.join(' '));
        }
      });
      var li = document.createElement('li');
      var a = document.createElement('a');
      var el = target(field);
      a.href = '#' + (el && el.id ? el.id : field);
      a.textContent = (LABELS[field] || field) + ': ' + message;
      a.addEventListener('click', function (event) {
        var t = target(field);
        if (t) {
          event.preventDefault();
          t.focus();
        }
      });
      li.appendChild(a);
      list.appendChild(li);
    });
    summary.hidden = false;
    summary.focus();
  }

  function value(name) {
    var el = form.elements[name];
    if (!el) return '';
    if (el instanceof RadioNodeList) return el.value;
    if (el.type === 'checkbox') return el.checked ? el.value : '';
    return el.value.trim();
  }

  function validate() {
    var errors = {};
    if (!value('name')) errors.name = S.needName;
    var email = value('email');
    if (!email) errors.email = S.needEmail;
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = S.badEmail;
    if (!value('message')) errors.message = S.needMessage;
    if (!value('safety')) errors.safety = S.needSafety;
    if (!form.elements.consent.checked) errors.consent = S.needConsent;
    var region = value('region');
    if (region && !/^[A-Za-z0-9-]{1,10}$/.test(region)) errors.region = S.badRegion;
    return errors;
  }

  /** A list in the page's language ("English and Spanish", "inglés y español"). */
  function listOf(items) {
    try {
      return new Intl.ListFormat(S.locale, { style: 'long', type: 'conjunction' }).format(items);
    } catch (_) {
      return items.join(', ');
    }
  }

  /** A language's name in the page's language. */
  function languageName(code) {
    try {
      return new Intl.DisplayNames([S.locale], { type: 'language' }).of(code) || code;
    } catch (_) {
      return code;
    }
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      node.setAttribute(k, attrs[k]);
    });
    if (text) node.textContent = text;
    return node;
  }

  function safeHref(href) {
    return /^(https:\/\/|tel:|sms:|mailto:)/i.test(href) ? href : null;
  }

  function link(href, text, cls) {
    var safe = safeHref(href);
    if (!safe) return document.createTextNode(text);
    var a = el('a', cls ? { href: safe, class: cls } : { href: safe }, text);
    return a;
  }

  function crisisList(lines) {
    var ul = el('ul');
    lines.forEach(function (line) {
      var li = el('li');
      li.appendChild(el('strong', {}, line.name));
      if (line.emergency) li.appendChild(document.createTextNode(S.immediateDanger));
      if (line.hours) li.appendChild(el('span', { class: 'muted' }, ' ' + line.hours));
      li.appendChild(el('br'));
      var ways = [];
      if (line.phone && line.callHref) ways.push([S.call + ' ', link(line.callHref, line.phone)]);
      if (line.text) ways.push([S.text + ' ', line.textHref ? link(line.textHref, line.text) : document.createTextNode(line.text)]);
      if (line.url) ways.push(['', link(line.url, S.website)]);
      ways.forEach(function (w, i) {
        if (i) li.appendChild(document.createTextNode(' · '));
        li.appendChild(document.createTextNode(w[0]));
        li.appendChild(w[1]);
      });
      ul.appendChild(li);
    });
    return ul;
  }

  function showNextSteps(answer) {
    var steps = answer.nextSteps;
    result.innerHTML = '';
    if (steps.route === 'crisis') {
      var box = el('div', { class: 'crisis' });
      box.appendChild(el('h2', {}, steps.headline));
      box.appendChild(crisisList(steps.crisisLines || []));
      result.appendChild(box);
      result.appendChild(el('p', {}, steps.message));
    } else {
      result.appendChild(el('h2', {}, steps.headline));
      result.appendChild(el('p', {}, steps.message));
    }
    if (steps.bookingUrl) {
      var p = el('p');
      p.appendChild(link(steps.bookingUrl, S.book, 'button'));
      result.appendChild(p);
      if (steps.firstSession) {
        result.appendChild(el('h3', {}, S.firstSession));
        result.appendChild(el('p', {}, steps.firstSession));
      }
      if (steps.pricing) {
        result.appendChild(el('h3', {}, S.pricing));
        result.appendChild(el('p', {}, steps.pricing));
      }
    }
    if (steps.referrals) {
      result.appendChild(el('h3', {}, steps.route === 'crisis' ? S.ongoingTherapist : S.therapistsFit));
      if (steps.referrals.length === 0) {
        result.appendChild(el('p', {}, S.noneFit));
      }
      var ul = el('ul', { class: 'plain' });
      steps.referrals.forEach(function (r) {
        var li = el('li', { class: 'card' });
        li.appendChild(el('h4', {}, r.name));
        li.appendChild(el('div', { class: 'muted' }, r.credentials));
        var modes = listOf([r.inPerson ? S.inPerson : '', r.telehealth ? S.online : ''].filter(Boolean));
        var money = [r.insurance ? S.takes.replace('{insurance}', r.insurance) : '', r.slidingScale ? S.slidingScale : ''].filter(Boolean).join(' · ');
        li.appendChild(el('div', {}, S.sees.replace('{modes}', modes) + (money ? ' · ' + money : '')));
        if (r.languages && r.languages.length) li.appendChild(el('div', {}, S.speaks.replace('{languages}', listOf(r.languages.map(languageName)))));
        var contact = el('div');
        var parts = [];
        if (r.phone) parts.push([S.phone + ' ', link('tel:' + r.phone.replace(/[^0-9+]/g, ''), r.phone)]);
        if (r.email) parts.push([S.emailLabel + ' ', link('mailto:' + r.email, r.email)]);
        if (r.url) parts.push(['', link(r.url, S.website)]);
        parts.forEach(function (w, i) {
          if (i) contact.appendChild(document.createTextNode(' · '));
          contact.appendChild(document.createTextNode(w[0]));
          contact.appendChild(w[1]);
        });
        li.appendChild(contact);
        ul.appendChild(li);
      });
      result.appendChild(ul);
      if (steps.referralsRegionUnchecked) {
        result.appendChild(el('p', { class: 'muted' }, S.regionCheck));
      }
    }
    if (steps.directories && steps.directories.length) {
      result.appendChild(el('h3', {}, S.directories));
      var dl = el('ul');
      steps.directories.forEach(function (d) {
        var li = el('li');
        li.appendChild(link(d.url, d.name));
        dl.appendChild(li);
      });
      result.appendChild(dl);
    }
    if (steps.route === 'therapy' && steps.crisisLines) {
      result.appendChild(el('h3', {}, S.ifHard));
      result.appendChild(crisisList(steps.crisisLines));
    }
    result.appendChild(el('p', { class: 'muted' }, S.alsoEmailed));
    form.hidden = true;
    summary.hidden = true;
    // The next step comes first on the screen: for someone in crisis, the lines before anything else.
    var header = document.querySelector('main > header');
    if (header) header.hidden = true;
    // The next steps hold the crisis lines now, first: the early box has done its work.
    if (safetyNow) safetyNow.hidden = true;
    result.hidden = false;
    result.focus();
    window.scrollTo(0, 0);
  }

  function setBusy(on) {
    busy = on;
    button.disabled = on;
    button.setAttribute('aria-busy', on ? 'true' : 'false');
    button.textContent = on ? S.sending : S.send;
    status.textContent = on ? S.sendingForm : '';
  }

  /** Someone who answered yes to the safety question sees their country's crisis lines at once, whatever the server answers. */
  function showSafetyNow() {
    if (!safetyNow || value('safety') !== 'yes') return;
    var country = (value('country') || form.getAttribute('data-country') || '').toUpperCase();
    var source = document.querySelector('#crisis-lines [data-country="' + country + '"]') || document.querySelector('#crisis-lines [data-country="*"]');
    var target = document.getElementById('safety-now-lines');
    if (!source || !target) return;
    target.innerHTML = '';
    target.appendChild(source.cloneNode(true));
    safetyNow.hidden = false;
    // Brought into view at once: the person is at the foot of a long form, by the Send button.
    safetyNow.focus();
  }

  /** Answers worth trying again: the server was busy (429, 503), a gateway failed (502, 504). */
  function retryable(statusCode) {
    return statusCode === 429 || statusCode === 502 || statusCode === 503 || statusCode === 504;
  }

  /** The wait before the next try: the server's Retry-After when it gives one, else 1, 2, 4 … seconds with jitter. */
  function delayFor(attempt, retryAfter) {
    var seconds = Number(retryAfter);
    if (retryAfter && Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 10000);
    var base = Math.min(8000, 1000 * 2 ** (attempt - 1));
    return base / 2 + Math.random() * (base / 2);
  }

  /** One POST; a network failure becomes { status: 0 }. */
  function post(body) {
    return fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: body })
      .then(function (response) {
        return response
          .json()
          .catch(function () {
            return {};
          })
          .then(function (data) {
            return { status: response.status, data: data, retryAfter: response.headers.get('retry-after') };
          });
      })
      .catch(function () {
        return { status: 0, data: {}, retryAfter: null };
      });
  }

  /**
   * Sends, and on a busy server or a dropped connection tries again for about
   * RETRY_FOR_MS with the same submissionId, so a retry can never make a
   * second intake.
   */
  function send(body) {
    var started = Date.now();
    var attempt = 0;
    function tryOnce() {
      attempt++;
      return post(body).then(function (answer) {
        if (answer.status !== 0 && !retryable(answer.status)) return answer;
        var wait = delayFor(attempt, answer.retryAfter);
        if (Date.now() - started + wait > RETRY_FOR_MS) return answer;
        status.textContent = answer.status === 0 ? S.stillTryingOffline : S.stillTryingBusy;
        return new Promise(function (resolve) {
          setTimeout(resolve, wait);
        }).then(tryOnce);
      });
    }
    return tryOnce();
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (busy) return;
    var errors = validate();
    if (Object.keys(errors).length) {
      showErrors(errors);
      return;
    }
    clearErrors();
    showSafetyNow();
    var body = {};
    Array.prototype.forEach.call(form.elements, function (input) {
      if (!input.name || input.disabled) return;
      if ((input.type === 'radio' || input.type === 'checkbox') && !input.checked) return;
      var v = input.type === 'textarea' || input.tagName === 'TEXTAREA' ? input.value : input.value.trim();
      if (v !== '') body[input.name] = v;
    });
    setBusy(true);
    send(JSON.stringify(body))
      .then(function (answer) {
        setBusy(false);
        if (answer.status === 200 || answer.status === 202) return showNextSteps(answer.data);
        if (answer.status === 400 && answer.data.fields) return showErrors(answer.data.fields);
        if (answer.status === 409) {
          idField.value = uuid();
        }
        status.textContent = answer.status === 0 ? S.failedOffline : S.failedBusy;
      })
      .catch(function () {
        // Something unexpected in this page's own code: never leave the person with a busy button.
        setBusy(false);
        status.textContent = S.pageError;
      });
  });
})();
