// The conversation of this browser tab, kept in sessionStorage so that the chat carries on across the site's pages
// (the launcher's panel is a new page each time) and shows what was said so far: the conversation and user ids,
// the messages, and for Direct Line the token and the watermark to reconnect from. sessionStorage ends with the tab.
// Where storage is refused (a browser blocking third-party storage in the launcher's frame) the chat still works,
// it just starts afresh on each page.
(function () {
  'use strict';

  var key = 'gutskin.conversation';
  var maxMessages = 100;

  function read() {
    try {
      var stored = JSON.parse(window.sessionStorage.getItem(key) || 'null');
      return stored && typeof stored === 'object' && Array.isArray(stored.activities) ? stored : null;
    } catch (e) {
      return null;
    }
  }

  function write(session) {
    try {
      window.sessionStorage.setItem(key, JSON.stringify(session));
    } catch (e) {
      // Storage full or refused: the conversation goes on, only the next page will not resume it.
    }
  }

  // The stored conversation of this tab in the given mode ("local" or "directline"), or null.
  function load(mode) {
    var stored = read();
    return stored && stored.mode === mode ? stored : null;
  }

  // A new conversation for this tab: mode, userID, conversationId and, for Direct Line, directLine.
  function start(fields) {
    var session = Object.assign({ activities: [] }, fields);
    write(session);
    return session;
  }

  // Keeps a message (what Web Chat shows) and the Direct Line position reached.
  function record(session, activity, directLine) {
    if (activity.type === 'message') {
      session.activities = session.activities.concat([activity]).slice(-maxMessages);
    }

    if (directLine) {
      session.directLine = directLine;
    }

    write(session);
  }

  function clear() {
    try {
      window.sessionStorage.removeItem(key);
    } catch (e) {
      // Nothing stored, nothing to clear.
    }
  }

  window.GutSkinChatSession = { load: load, start: start, record: record, clear: clear };
})();
