// Shows event times (<time datetime="…" data-local>) in the reader's own time zone and the page's
// language; <time data-local-clock> the same with a 24-hour clock (an event's start). Fills
// <input data-time-zone> with the reader's zone, so their emails give times in it. Without
// JavaScript the server's text stays.
(function () {
  var lang = document.documentElement.lang || undefined;
  var opts = { year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" };
  var clock = { weekday: "long", year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" };
  function show(selector, options) {
    document.querySelectorAll(selector).forEach(function (el) {
      var t = new Date(el.getAttribute("datetime"));
      if (isNaN(t)) return;
      try {
        el.textContent = new Intl.DateTimeFormat(lang, options).format(t);
        el.title = t.toISOString();
      } catch (e) { /* an unknown language tag: keep the server's text */ }
    });
  }
  show("time[data-local]", opts);
  show("time[data-local-clock]", clock);
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) {
      document.querySelectorAll("input[data-time-zone]").forEach(function (el) { el.value = zone; });
      document.querySelectorAll("[data-reader-zone]").forEach(function (el) { el.textContent = zone; });
    }
  } catch (e) { /* no zone: the event's is used */ }
})();
