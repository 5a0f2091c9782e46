// Keeps server-rendered pages live: the server names changed topics over Server-Sent Events (/api/changes), and a
// page whose #live region shows one of them fetches itself again and swaps that region in place, keeping open
// <details>, scroll position and the console's "follow the bottom" behaviour.
(function () {
    const live = document.getElementById('live');
    const status = document.getElementById('live-status');
    let refreshing = false, again = false, timer = null;

    function wants(topics) {
        if (!live) return false;
        const mine = (live.dataset.topics || '').split(' ').filter(Boolean);
        return topics.some(t => mine.includes(t));
    }

    async function refresh() {
        if (refreshing) { again = true; return; }
        refreshing = true;
        try {
            const response = await fetch(location.href, { headers: { 'Accept': 'text/html' }, cache: 'no-store' });
            if (!response.ok) return;
            const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
            const fresh = doc.getElementById('live');
            const current = document.getElementById('live');
            if (!fresh || !current) return;
            const open = new Set([...current.querySelectorAll('details[open]')].map(keyOf));
            const scroller = current.querySelector('.console');
            const atBottom = scroller && scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 40;
            const scrollTop = scroller ? scroller.scrollTop : 0;
            current.innerHTML = fresh.innerHTML;
            current.querySelectorAll('details').forEach(d => { if (open.has(keyOf(d))) d.open = true; });
            const newScroller = current.querySelector('.console');
            if (newScroller) newScroller.scrollTop = atBottom ? newScroller.scrollHeight : scrollTop;
            document.dispatchEvent(new CustomEvent('dashboard:refreshed'));
        } finally {
            refreshing = false;
            if (again) { again = false; schedule(); }
        }
    }

    function keyOf(details) {
        return details.dataset.span || details.querySelector('summary')?.textContent.trim().slice(0, 200) || '';
    }

    function schedule() {
        clearTimeout(timer);
        timer = setTimeout(refresh, 150);
    }

    // Browsers allow six HTTP/1.1 connections per host, and each open stream holds one: hidden tabs let theirs go
    // and catch up when shown again.
    let events = null;
    function connect() {
        if (events) return;
        events = new EventSource('/api/changes');
        events.onopen = () => status && status.classList.add('on');
        events.onerror = () => status && status.classList.remove('on');
        events.onmessage = e => { if (wants(e.data.split(' '))) schedule(); };
    }
    function disconnect() {
        if (!events) return;
        events.close();
        events = null;
        status && status.classList.remove('on');
    }
    document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'hidden') { disconnect(); } else { connect(); schedule(); }
    });
    window.addEventListener('pagehide', disconnect);

    // Start / stop / restart buttons post a command, then the page follows the resource's state over SSE.
    document.addEventListener('click', async e => {
        const button = e.target.closest('button[data-command]');
        if (!button) return;
        button.disabled = true;
        const url = `/api/resources/${encodeURIComponent(button.dataset.name)}/commands/${button.dataset.command}`;
        const response = await fetch(url, { method: 'POST', headers: { 'X-Dashboard-Action': '1' } });
        if (!response.ok) {
            const body = await response.json().catch(() => ({}));
            alert(body.error || `Command failed (${response.status})`);
        }
        schedule();
    });

    const consoleView = document.querySelector('.console');
    if (consoleView) consoleView.scrollTop = consoleView.scrollHeight;
    connect();
})();
