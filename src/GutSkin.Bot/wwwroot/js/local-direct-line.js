// A DirectLineJS-shaped connection for local use (dotnet run, no Azure): Web Chat accepts any object with
// activity$, connectionStatus$ and postActivity. Each user activity is POSTed to the bot on this origin with
// deliveryMode "expectReplies", and the replies come back in the response. The bot only offers this mode
// when it has no app id, i.e. when /api/messages is unauthenticated anyway. Given the ids and messages of an earlier
// page (options.history), it carries on that conversation instead of starting one.
(function () {
  'use strict';

  var ConnectionStatus = { Uninitialized: 0, Connecting: 1, Online: 2, FailedToConnect: 4 };

  function randomId(prefix) {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return prefix + Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function toObserver(observerOrNext, error, complete) {
    if (typeof observerOrNext === 'function') {
      return { next: observerOrNext, error: error, complete: complete };
    }

    return observerOrNext || {};
  }

  // A minimal observable that remembers what it emitted: Web Chat subscribes after the page starts the
  // conversation, and must still see the welcome and the current connection status.
  function createReplaySubject(replayLastOnly) {
    var observers = [];
    var emitted = [];
    var subject = {
      next: function (value) {
        emitted = replayLastOnly ? [value] : emitted.concat([value]);
        observers.slice().forEach(function (observer) {
          if (observer.next) {
            observer.next(value);
          }
        });
      },
      observable: {
        subscribe: function (observerOrNext, error, complete) {
          var observer = toObserver(observerOrNext, error, complete);
          observers.push(observer);
          emitted.forEach(function (value) {
            if (observer.next) {
              observer.next(value);
            }
          });
          if (subject.onSubscribe) {
            subject.onSubscribe();
          }

          var subscription = {
            closed: false,
            unsubscribe: function () {
              subscription.closed = true;
              observers = observers.filter(function (o) { return o !== observer; });
            }
          };
          return subscription;
        }
      }
    };
    return subject;
  }

  // A hot single-value observable: the request runs once whether Web Chat subscribes once or not at all.
  function fromPromise(promise) {
    return {
      subscribe: function (observerOrNext, error, complete) {
        var observer = toObserver(observerOrNext, error, complete);
        var subscription = { closed: false, unsubscribe: function () { subscription.closed = true; } };
        promise.then(
          function (value) {
            if (!subscription.closed) {
              if (observer.next) { observer.next(value); }
              if (observer.complete) { observer.complete(); }
            }
          },
          function (reason) {
            if (!subscription.closed && observer.error) {
              observer.error(reason);
            }
          }
        );
        return subscription;
      }
    };
  }

  function create(options) {
    var endpoint = options.endpoint;
    var userID = options.userID;
    var conversation = { id: options.conversationId };
    var history = options.history || [];
    var onActivity = options.onActivity || function () {};
    var bot = { id: 'gutskin', name: 'GutSkin', role: 'bot' };
    var activities = createReplaySubject(false);
    var status = createReplaySubject(true);
    // Ids go on from the highest an earlier page gave, so no new message takes the id of a shown one.
    var sequence = history.reduce(function (highest, activity) {
      return Math.max(highest, parseInt(String(activity.id).split('|').pop(), 10) || 0);
    }, 0);
    var started = false;

    history.forEach(function (activity) {
      activities.next(activity);
    });

    status.next(ConnectionStatus.Uninitialized);

    function stamp(activity, role) {
      sequence += 1;
      var stamped = Object.assign({}, activity);
      stamped.id = stamped.id || conversation.id + '|' + ('0000000' + sequence).slice(-7);
      stamped.timestamp = stamped.timestamp || new Date().toISOString();
      stamped.from = Object.assign({ role: role }, stamped.from);
      return stamped;
    }

    function emit(activity) {
      onActivity(activity);
      activities.next(activity);
    }

    function send(activity) {
      return fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(Object.assign({}, activity, { deliveryMode: 'expectReplies' }))
      }).then(function (response) {
        if (!response.ok) {
          throw new Error('The bot answered HTTP ' + response.status);
        }

        return response.status === 200 ? response.json() : {};
      }).then(function (body) {
        (body && body.activities || []).forEach(function (reply) {
          emit(stamp(reply, 'bot'));
        });
      });
    }

    function envelope(activity) {
      return Object.assign({}, activity, {
        channelId: 'webchat',
        serviceUrl: window.location.origin,
        conversation: conversation,
        recipient: bot,
        from: Object.assign({}, activity.from, { id: userID, role: 'user' }),
        locale: activity.locale || navigator.language || 'en-US',
        timestamp: new Date().toISOString()
      });
    }

    // DirectLineJS connects when activity$ gets its first subscriber; the welcome follows the members-added update,
    // which a conversation carried on from an earlier page has had already.
    activities.onSubscribe = function () {
      if (started) {
        return;
      }

      started = true;
      status.next(ConnectionStatus.Connecting);
      window.setTimeout(function () {
        status.next(ConnectionStatus.Online);
        if (history.length > 0) {
          return;
        }

        send(envelope({ type: 'conversationUpdate', membersAdded: [{ id: userID }] })).catch(function () {
          status.next(ConnectionStatus.FailedToConnect);
        });
      }, 0);
    };

    return {
      userID: userID,
      directLine: {
        activity$: activities.observable,
        connectionStatus$: status.observable,
        postActivity: function (activity) {
          var outgoing = stamp(envelope(activity), 'user');
          // Web Chat marks a message as sent, and shows the suggested actions that follow it, only when it
          // sees its own activity come back with an id and the same clientActivityID.
          emit(outgoing);
          return fromPromise(send(outgoing).then(function () { return outgoing.id; }));
        },
        end: function () {
          status.next(ConnectionStatus.Uninitialized);
        }
      }
    };
  }

  // Ids for a new local conversation: the user's, and the conversation's (the bot keys its state by it).
  function newIds() {
    return { userID: randomId('web_'), conversationId: randomId('local_') };
  }

  window.GutSkinLocalDirectLine = { create: create, newIds: newIds };
})();
