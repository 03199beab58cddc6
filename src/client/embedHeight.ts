import pym from "pym.js";
import { initFrame, sendFrameHeight } from "@newswire/frames";

/**
 * An embed page tells the page that hosts it how tall it is, in both protocols newsrooms use: pym.js
 * and @newswire/frames, through the packages' own child code. It says so again whenever its content
 * changes height (a figure switching step, a table opening, a narrower iframe reflowing the text).
 */
const child = new pym.Child();
initFrame();
new ResizeObserver(() => {
  child.sendHeight();
  sendFrameHeight();
}).observe(document.body);
