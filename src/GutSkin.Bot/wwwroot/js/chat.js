// Starts Web Chat in the mode the bot says: "local" (POSTs to /api/messages on this origin; only when the bot
// has no app id) or "directline" (a token from the bot's own token endpoint; the secret stays on the server).
(function () {
  'use strict';

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

  function connect(config) {
    if (config.mode === 'local') {
      return Promise.resolve(window.GutSkinLocalDirectLine.create({ endpoint: '/api/messages' }));
    }

    return fetch('/api/directline/token', { method: 'POST' })
      .then(getJson)
      .then(function (token) {
        return {
          userID: token.userId,
          directLine: window.WebChat.createDirectLine({ token: token.token, domain: token.domain })
        };
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
          styleOptions: styleOptions
        },
        document.getElementById('webchat')
      );
      var input = document.querySelector('[data-id="webchat-sendbox-input"]');
      if (input) {
        input.focus();
      }
    })
    .catch(function () {
      showStatus('Sorry, the chat could not start. Please reload the page in a minute.');
    });
})();
