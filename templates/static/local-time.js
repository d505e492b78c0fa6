// Shows event times (<time datetime="…" data-local>) in the reader's own time zone and the page's
// language. Without JavaScript the server's UTC text stays.
(function () {
  var lang = document.documentElement.lang || undefined;
  var opts = { year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" };
  document.querySelectorAll("time[data-local]").forEach(function (el) {
    var t = new Date(el.getAttribute("datetime"));
    if (isNaN(t)) return;
    try {
      el.textContent = new Intl.DateTimeFormat(lang, opts).format(t);
      el.title = t.toISOString();
    } catch (e) { /* an unknown language tag: keep the server's text */ }
  });
})();
