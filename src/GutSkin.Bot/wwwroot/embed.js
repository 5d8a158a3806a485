// The GutSkin launcher for the brand's site: one line,
//   <script src="https://BOT_HOST/embed.js" data-title="Ask GutSkin" defer></script>
// adds a button in a corner that opens the bot's own chat page (https://BOT_HOST/?embed=1) in a panel.
// The chat page keeps its conversation in the tab's sessionStorage, so it carries on across the site's pages.
// Everything is built with DOM calls and inline style properties (no <style>, no inline script), so it runs under a
// strict Content-Security-Policy on the host page too; the host's CSP must allow this script and frame-src BOT_HOST.
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || window.GutSkinLauncher) {
    return;
  }

  var botOrigin = new URL(script.src, document.baseURI).origin;
  var title = script.getAttribute('data-title') || 'Ask GutSkin';
  var side = script.getAttribute('data-position') === 'bottom-left' ? 'left' : 'right';
  var colour = script.getAttribute('data-colour') || '#2e7d32';
  var idPrefix = 'gutskin-chat';
  var svgNs = 'http://www.w3.org/2000/svg';

  function style(element, properties) {
    Object.keys(properties).forEach(function (name) {
      element.style.setProperty(name, properties[name]);
    });
    return element;
  }

  function chatIcon() {
    var svg = document.createElementNS(svgNs, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '24');
    svg.setAttribute('height', '24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS(svgNs, 'path');
    path.setAttribute('d', 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z');
    path.setAttribute('fill', 'currentColor');
    svg.appendChild(path);
    return svg;
  }

  var launcher = style(document.createElement('button'), {
    position: 'fixed', bottom: '20px', [side]: '20px', 'z-index': '2147483000',
    display: 'inline-flex', 'align-items': 'center', gap: '8px',
    'min-height': '48px', padding: '0 18px', border: '2px solid #fff', 'border-radius': '24px',
    background: colour, color: '#fff', font: '600 16px/1 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    cursor: 'pointer', 'box-shadow': '0 4px 14px rgba(0, 0, 0, 0.25)'
  });
  launcher.type = 'button';
  launcher.id = idPrefix + '-launcher';
  launcher.setAttribute('aria-haspopup', 'dialog');
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', idPrefix + '-panel');
  launcher.appendChild(chatIcon());
  launcher.appendChild(document.createTextNode(title));

  // A dialog: role, name, and focus kept inside it while it is open (aria-modal), as the WAI-ARIA dialog pattern asks.
  var panel = style(document.createElement('div'), {
    position: 'fixed', bottom: '84px', [side]: '20px', 'z-index': '2147483001',
    width: 'min(400px, calc(100vw - 24px))', height: 'min(640px, calc(100vh - 108px))',
    display: 'none', 'flex-direction': 'column', overflow: 'hidden',
    background: '#fff', border: '1px solid #cfe3cf', 'border-radius': '12px', 'box-shadow': '0 8px 30px rgba(0, 0, 0, 0.3)'
  });
  panel.id = idPrefix + '-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-modal', 'true');
  panel.setAttribute('aria-labelledby', idPrefix + '-title');

  var bar = style(document.createElement('div'), {
    display: 'flex', 'align-items': 'center', 'justify-content': 'space-between', gap: '8px',
    padding: '4px 4px 4px 14px', background: colour, color: '#fff',
    font: '600 16px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'
  });
  var heading = document.createElement('h2');
  heading.id = idPrefix + '-title';
  heading.textContent = title;
  style(heading, { margin: '0', font: 'inherit' });

  var close = style(document.createElement('button'), {
    width: '44px', height: '44px', border: '0', 'border-radius': '22px', background: 'transparent', color: '#fff',
    font: '400 28px/1 system-ui, sans-serif', cursor: 'pointer'
  });
  close.type = 'button';
  close.setAttribute('aria-label', 'Close chat');
  close.textContent = '\u00d7';
  bar.appendChild(heading);
  bar.appendChild(close);

  var frame = null;
  var frameLoaded = false;
  var isOpen = false;
  var focusBeforeOpen = null;

  function createFrame() {
    var iframe = style(document.createElement('iframe'), { flex: '1 1 auto', width: '100%', border: '0' });
    iframe.src = botOrigin + '/?embed=1';
    iframe.title = 'GutSkin chat';
    iframe.setAttribute('allow', 'clipboard-write');
    return iframe;
  }

  // Tab from the last stop wraps to the first and back: two invisible stops at the edges send focus round.
  function focusStop(onFocus) {
    var stop = style(document.createElement('span'), { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden' });
    stop.tabIndex = 0;
    stop.addEventListener('focus', onFocus);
    return stop;
  }

  // The chat page puts focus in its message box when asked; until it has loaded it does that itself.
  function focusChat() {
    frame.focus();
    if (frameLoaded) {
      frame.contentWindow.postMessage({ type: 'gutskin:focus' }, botOrigin);
    }
  }

  // Shown and hidden through display (an inline display would override the hidden attribute).
  function show(visible) {
    isOpen = visible;
    panel.style.display = visible ? 'flex' : 'none';
    launcher.setAttribute('aria-expanded', String(visible));
  }

  function open() {
    if (isOpen) {
      return;
    }

    focusBeforeOpen = document.activeElement;
    if (!frame) {
      frame = createFrame();
      panel.insertBefore(frame, panel.lastChild);
      frame.addEventListener('load', function () {
        frameLoaded = true;
        if (isOpen) {
          focusChat();
        }
      });
    }

    show(true);
    focusChat();
  }

  function shut() {
    if (!isOpen) {
      return;
    }

    show(false);
    (focusBeforeOpen && document.contains(focusBeforeOpen) ? focusBeforeOpen : launcher).focus();
  }

  panel.appendChild(focusStop(function () { focusChat(); }));
  panel.appendChild(bar);
  panel.appendChild(focusStop(function () { close.focus(); }));

  launcher.addEventListener('click', function () {
    if (isOpen) {
      shut();
    } else {
      open();
    }
  });
  close.addEventListener('click', shut);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      event.preventDefault();
      shut();
    }
  });

  // Keys pressed inside the chat go to its own (cross-origin) document, which passes Escape on.
  window.addEventListener('message', function (event) {
    if (event.origin === botOrigin && frame && event.source === frame.contentWindow && event.data && event.data.type === 'gutskin:close') {
      shut();
    }
  });

  function mount() {
    document.body.appendChild(panel);
    document.body.appendChild(launcher);
  }

  if (document.body) {
    mount();
  } else {
    document.addEventListener('DOMContentLoaded', mount);
  }

  window.GutSkinLauncher = { open: open, close: shut };
})();
