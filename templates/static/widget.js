// Chorus widget: <script src="https://CHORUS/static/widget.js" data-chorus-petition="SLUG"
// data-partner="YOUR-CODE" async></script> shows the petition's live count and sign form here;
// data-chorus-event="SLUG" instead shows an event's registration form.
(function () {
  var scripts = document.querySelectorAll("script[data-chorus-petition], script[data-chorus-event]");
  for (var i = 0; i < scripts.length; i++) {
    var s = scripts[i];
    if (s.getAttribute("data-chorus-done")) continue;
    s.setAttribute("data-chorus-done", "1");
    var origin = new URL(s.src).origin;
    var event = s.getAttribute("data-chorus-event");
    var url;
    if (event) {
      url = origin + "/e/" + encodeURIComponent(event) + "/widget";
    } else {
      url = origin + "/p/" + encodeURIComponent(s.getAttribute("data-chorus-petition")) + "/widget";
      var partner = s.getAttribute("data-partner");
      if (partner) url += "?partner=" + encodeURIComponent(partner);
    }
    var frame = document.createElement("iframe");
    frame.src = url;
    frame.title = event ? "Register for the event" : "Sign the petition";
    frame.style.width = "100%";
    frame.style.maxWidth = "420px";
    frame.style.height = s.getAttribute("data-height") || (event ? "640px" : "560px");
    frame.style.border = "0";
    s.parentNode.insertBefore(frame, s.nextSibling);
  }
})();
