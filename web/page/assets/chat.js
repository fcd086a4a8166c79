/*
 * The residents' chat page: Microsoft Web Chat on the service's own Direct Line subset (polling).
 * What this adds to Web Chat: a conversation that survives a reload or the language switch (its
 * token in sessionStorage), the "call 120" banner when a reply says to call, a notice when a
 * message could not be sent, focus kept in the send box, and a page as tall as the visible
 * viewport so the keyboard never hides the send box. Served as a file: the CSP forbids inline script.
 */
(function () {
  'use strict';

  var root = document.getElementById('webchat');
  var config = JSON.parse(root.getAttribute('data-config'));
  var app = document.getElementById('app');
  var banner = document.getElementById('emergency-banner');
  var notice = document.getElementById('notice');
  var KEY = 'hotline.chat';
  var HERO_CARD = 'application/vnd.microsoft.card.hero';
  /* Direct Line JS connection states. */
  var EXPIRED_TOKEN = 3;
  var FAILED_TO_CONNECT = 4;
  var ENDED = 5;

  function load() {
    try {
      return JSON.parse(sessionStorage.getItem(KEY) || 'null');
    } catch (e) {
      return null;
    }
  }

  function save(session) {
    try {
      sessionStorage.setItem(KEY, JSON.stringify(session));
    } catch (e) {
      /* Private mode: the chat still works, it just does not survive a reload. */
    }
  }

  function post(path, token) {
    var headers = token ? { Authorization: 'Bearer ' + token } : {};
    return fetch(config.directLine + path, { method: 'POST', headers: headers, credentials: 'omit' }).then(
      function (res) {
        if (!res.ok) throw new Error('Direct Line ' + path + ': ' + res.status);
        return res.json();
      },
    );
  }

  function randomId() {
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return (
      'r_' +
      Array.prototype.map
        .call(bytes, function (b) {
          return (b + 256).toString(16).slice(1);
        })
        .join('')
    );
  }

  /* The conversation of this tab if its token can still be refreshed, else a new one. */
  function session() {
    var saved = load();
    var fresh = function () {
      return post('/tokens/generate').then(function (grant) {
        return { conversationId: grant.conversationId, token: grant.token, userId: randomId() };
      });
    };
    if (!saved || !saved.token) return fresh();
    return post('/tokens/refresh', saved.token).then(function (grant) {
      return { conversationId: grant.conversationId, token: grant.token, userId: saved.userId || randomId() };
    }, fresh);
  }

  function show(el, text) {
    if (text !== undefined) el.textContent = text;
    el.hidden = false;
  }

  function showEmergency(activity) {
    var card = (activity.attachments || []).filter(function (a) {
      return a.contentType === HERO_CARD;
    })[0];
    var content = (card && card.content) || {};
    var button = (content.buttons || [])[0] || {};
    var call = document.getElementById('banner-call');
    document.getElementById('banner-title').textContent = content.title || config.texts.bannerTitle;
    call.textContent = button.title || config.texts.bannerCall;
    call.href = /^tel:/.test(button.value || '') ? button.value : 'tel:' + config.emergencyNumber;
    show(banner);
    app.classList.add('emergency');
  }

  function sendBox() {
    return root.querySelector('[data-id="webchat-sendbox-input"]');
  }

  /* A tapped suggested action disappears with its row; focus must not fall to the page body. */
  function keepFocus() {
    setTimeout(function () {
      var active = document.activeElement;
      var box = sendBox();
      if (box && (!active || active === document.body || !root.contains(active))) box.focus();
    }, 0);
  }

  /*
   * Web Chat's minimal bundle has no card renderer: the emergency card becomes the banner, and the
   * activity goes on to the transcript without it (its text says the same).
   */
  function takeEmergencyCard(action) {
    var activity = (action.payload && action.payload.activity) || {};
    var hotline = (activity.channelData && activity.channelData.hotline) || {};
    if (!activity.from || activity.from.role !== 'bot') return action;
    if (hotline.action === 'call_emergency') showEmergency(activity);
    if (!activity.attachments) return action;
    var rest = activity.attachments.filter(function (a) {
      return a.contentType !== HERO_CARD;
    });
    var stripped = Object.assign({}, activity, { attachments: rest });
    return Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: stripped }) });
  }

  function onAction(action) {
    var payload = action.payload || {};
    if (action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED') {
      show(notice, config.texts.notSent);
    } else if (action.type === 'DIRECT_LINE/CONNECT_REJECTED') {
      show(notice, config.texts.expired);
    } else if (action.type === 'DIRECT_LINE/UPDATE_CONNECTION_STATUS') {
      var status = payload.connectionStatus;
      if (status === EXPIRED_TOKEN || status === FAILED_TO_CONNECT || status === ENDED)
        show(notice, config.texts.expired);
    } else if (action.type === 'WEB_CHAT/SEND_MESSAGE') {
      keepFocus();
    }
  }

  /* Phones whose browser does not shrink the layout for the keyboard: follow the visual viewport. */
  function fitViewport() {
    var viewport = window.visualViewport;
    var height = viewport ? viewport.height : window.innerHeight;
    document.documentElement.style.setProperty('--app-height', Math.round(height) + 'px');
    app.classList.toggle('compact', height < 560);
    if (viewport && viewport.offsetTop) window.scrollTo(0, 0);
  }

  var styleOptions = {
    accent: '#0b3d7a',
    primaryFont: "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif",
    fontSizeSmall: '85%',
    bubbleBackground: '#eef1f5',
    bubbleTextColor: '#111111',
    bubbleBorderColor: '#767676',
    bubbleBorderWidth: 1,
    bubbleBorderRadius: 12,
    bubbleFromUserBackground: '#0b3d7a',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 12,
    bubbleMinHeight: 44,
    bubbleMaxWidth: 640,
    sendBoxHeight: 56,
    sendBoxTextWrap: true,
    sendBoxButtonColor: '#0b3d7a',
    sendBoxTextColor: '#111111',
    sendBoxPlaceholderColor: '#595959',
    sendBoxBorderTop: 'solid 2px #0b3d7a',
    hideUploadButton: true,
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 48,
    suggestedActionBorderRadius: 24,
    suggestedActionBorderWidth: 2,
    suggestedActionBorderColor: '#0b3d7a',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionTextColor: '#0b3d7a',
    timestampColor: '#595959',
    maxMessageLength: config.maxTextLength,
    rootHeight: '100%',
    rootWidth: '100%',
  };

  function start(s) {
    save(s);
    var directLine = window.WebChat.createDirectLine({
      domain: location.origin + config.directLine,
      token: s.token,
      conversationId: s.conversationId,
      webSocket: false,
      pollingInterval: 1000,
    });
    /* Direct Line JS refreshes the token itself every 15 minutes; keep the stored one current. */
    var remember = function () {
      if (directLine.token) save({ conversationId: s.conversationId, token: directLine.token, userId: s.userId });
    };
    setInterval(remember, 60000);
    document.addEventListener('visibilitychange', remember);
    window.addEventListener('pagehide', remember);

    var store = window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') action = takeEmergencyCard(action);
          var result = next(action);
          onAction(action);
          return result;
        };
      };
    });
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        userID: s.userId,
        locale: config.locale,
        nonce: config.nonce,
        styleOptions: styleOptions,
      },
      root,
    );
  }

  document.getElementById('restart').addEventListener('click', function () {
    try {
      sessionStorage.removeItem(KEY);
    } catch (e) {
      /* nothing stored */
    }
    location.reload();
  });

  fitViewport();
  if (window.visualViewport) window.visualViewport.addEventListener('resize', fitViewport);
  window.addEventListener('resize', fitViewport);

  session().then(start, function () {
    show(notice, config.texts.expired);
  });
})();
