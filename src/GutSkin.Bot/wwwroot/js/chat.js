// Starts Web Chat in the mode the bot says: "local" (POSTs to /api/messages on this origin; only when the bot
// has no app id) or "directline" (a token from the bot's own token endpoint; the secret stays on the server).
// Either way the tab's conversation is kept (chat-session.js): a new page carries it on and shows it again.
// With ?embed=1 the page is the launcher's panel (embed.js): a compact header, and Escape closes the panel.
(function () {
  'use strict';

  var Session = window.GutSkinChatSession;
  var ConnectionStatus = { ExpiredToken: 3, FailedToConnect: 4 };
  var embedded = new URLSearchParams(window.location.search).get('embed') === '1';
  var narrow = window.matchMedia('(max-width: 30rem)');
  var brand = '#2e7d32';
  var styleOptions = {
    accent: brand,
    backgroundColor: '#ffffff',
    primaryFont: "'Segoe UI', system-ui, -apple-system, Roboto, 'Helvetica Neue', Arial, sans-serif",
    bubbleBackground: '#eef6ee',
    bubbleBorderRadius: 12,
    bubbleBorderWidth: 0,
    bubbleFromUserBackground: brand,
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 12,
    bubbleFromUserBorderWidth: 0,
    bubbleMinHeight: 44,
    botAvatarInitials: 'GS',
    botAvatarBackgroundColor: brand,
    hideUploadButton: true,
    sendBoxHeight: 56,
    sendBoxButtonColor: brand,
    sendBoxButtonColorOnHover: '#1b5e20',
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 44,
    suggestedActionBorderRadius: 22,
    suggestedActionBorderColor: brand,
    suggestedActionTextColor: '#1b5e20',
    suggestedActionBackgroundColorOnHover: '#e8f5e9',
    subtle: '#4d5b4d',
    timestampColor: '#4d5b4d'
  };

  // On a phone (or in the launcher's narrow panel) Web Chat and its padding leave room for one card at a time, and
  // a carousel hides the second one, the trial, behind the edge: stack the cards instead.
  if (narrow.matches) {
    Object.assign(styleOptions, {
      avatarSize: 32,
      botAvatarInitials: undefined,
      bubbleMinHeight: 40,
      paddingRegular: 8,
      sendBoxHeight: 48
    });
  }

  function stackCardsWhenNarrow() {
    return function () {
      return function (next) {
        return function (action) {
          var activity = action.payload && action.payload.activity;
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && narrow.matches && activity && activity.attachmentLayout === 'carousel') {
            action = Object.assign({}, action, {
              payload: Object.assign({}, action.payload, { activity: Object.assign({}, activity, { attachmentLayout: 'list' }) })
            });
          }

          return next(action);
        };
      };
    };
  }

  function showStatus(text) {
    var status = document.getElementById('chat-status');
    status.textContent = text;
    status.hidden = false;
  }

  function getJson(response) {
    if (!response.ok) {
      throw new Error('HTTP ' + response.status);
    }

    return response.json();
  }

  function toObserver(observerOrNext, error, complete) {
    return typeof observerOrNext === 'function' ? { next: observerOrNext, error: error, complete: complete } : observerOrNext || {};
  }

  function connectLocal() {
    var session = Session.load('local') || Session.start(Object.assign({ mode: 'local' }, window.GutSkinLocalDirectLine.newIds()));
    return window.GutSkinLocalDirectLine.create({
      endpoint: '/api/messages',
      userID: session.userID,
      conversationId: session.conversationId,
      history: session.activities,
      onActivity: function (activity) {
        Session.record(session, activity);
      }
    });
  }

  // A token is good for a while after it was issued or refreshed; DirectLineJS refreshes it while the page is open.
  function usable(session) {
    return session && session.directLine && session.directLine.token && session.directLine.expiresAt > Date.now() + 60000;
  }

  function newDirectLineSession() {
    return fetch('/api/directline/token', { method: 'POST' })
      .then(getJson)
      .then(function (token) {
        return Session.start({
          mode: 'directline',
          userID: token.userId,
          conversationId: token.conversationId,
          directLine: { token: token.token, domain: token.domain, watermark: '', expiresIn: token.expiresIn, expiresAt: Date.now() + token.expiresIn * 1000 }
        });
      });
  }

  // DirectLineJS reconnects to the stored conversation from the stored watermark; the messages before it come from
  // the session, played to Web Chat ahead of the live ones.
  function directLineFor(session, resumed) {
    var position = session.directLine;
    var inner = window.WebChat.createDirectLine({
      token: position.token,
      domain: position.domain,
      conversationId: resumed ? session.conversationId : undefined,
      watermark: resumed ? position.watermark : undefined
    });

    function reached() {
      var token = inner.token || position.token;
      position = Object.assign({}, position, {
        token: token,
        watermark: inner.watermark || position.watermark,
        expiresAt: token === position.token ? position.expiresAt : Date.now() + position.expiresIn * 1000
      });
      return position;
    }

    if (resumed) {
      inner.connectionStatus$.subscribe(function (status) {
        // The conversation or its token has gone (expired, or the tab slept for hours): start a new one.
        if (status === ConnectionStatus.ExpiredToken || status === ConnectionStatus.FailedToConnect) {
          Session.clear();
          window.location.reload();
        }
      });
    }

    return {
      userID: session.userID,
      directLine: {
        activity$: {
          subscribe: function (observerOrNext, error, complete) {
            var observer = toObserver(observerOrNext, error, complete);
            session.activities.forEach(function (activity) {
              observer.next(activity);
            });
            return inner.activity$.subscribe({
              next: function (activity) {
                Session.record(session, activity, reached());
                observer.next(activity);
              },
              error: function (reason) {
                if (observer.error) { observer.error(reason); }
              },
              complete: function () {
                if (observer.complete) { observer.complete(); }
              }
            });
          }
        },
        connectionStatus$: inner.connectionStatus$,
        postActivity: function (activity) {
          return inner.postActivity(activity);
        },
        end: function () {
          inner.end();
        }
      }
    };
  }

  function connect(config) {
    if (config.mode === 'local') {
      return Promise.resolve(connectLocal());
    }

    var stored = Session.load('directline');
    if (usable(stored)) {
      return Promise.resolve(directLineFor(stored, true));
    }

    return newDirectLineSession().then(function (session) {
      return directLineFor(session, false);
    });
  }

  function focusSendBox() {
    var input = document.querySelector('[data-id="webchat-sendbox-input"]');
    if (input) {
      input.focus();
    }
  }

  if (embedded) {
    document.documentElement.classList.add('is-embedded');
    // Keys typed in the panel reach this document, not the brand's page: pass Escape on so the launcher closes it.
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        window.parent.postMessage({ type: 'gutskin:close' }, '*');
      }
    });
    window.addEventListener('message', function (event) {
      if (event.source === window.parent && event.data && event.data.type === 'gutskin:focus') {
        focusSendBox();
      }
    });
  }

  fetch('/api/webchat/config')
    .then(getJson)
    .then(connect)
    .then(function (connection) {
      // Bot text is Markdown; Web Chat renders it and sanitises it. HTML stays off.
      window.WebChat.renderWebChat(
        {
          directLine: connection.directLine,
          userID: connection.userID,
          locale: 'en-US',
          store: window.WebChat.createStore({}, stackCardsWhenNarrow()),
          styleOptions: styleOptions
        },
        document.getElementById('webchat')
      );
      focusSendBox();
    })
    .catch(function () {
      showStatus('Sorry, the chat could not start. Please reload the page in a minute.');
    });
})();
