/* global document */
// Marks the page as read with JavaScript before it is first drawn, so the scrollies' sticky layout
// shows from the start; a file of its own, not an inline script, so a strict security policy allows it.
document.documentElement.classList.add("js");
